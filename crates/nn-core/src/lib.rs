//! The neural-network playground engine.
//!
//! Pure Rust and `f64` throughout, with no web dependencies: it builds natively (for the
//! CLI, tests and benchmarks) and for `wasm32` (for the page). Every number that the
//! original TensorFlow Playground computes from a link (data, initial weights, losses)
//! is computed here the same way, in the same order.

#![warn(missing_docs)]

pub mod activation;
pub mod collapse;
pub mod compare;
pub mod config;
pub mod csv;
pub mod data;
pub mod diagnose;
pub mod features;
pub mod given;
pub mod given_link;
pub mod goal;
pub mod grid;
pub mod hash;
pub mod history;
pub mod init;
pub mod loss;
pub mod math;
pub mod more_data;
pub mod network;
pub mod optimizer;
pub mod pytorch;
pub mod registry;
pub mod rng;
pub mod scale;
pub mod session;
pub mod snapshot;
pub mod state;
pub mod stats;
pub mod timeline;
pub mod train;
mod words;

pub use activation::{Activation, Regularization};
pub use config::{Config, Language, PageSettings, Speed};
pub use data::{Dataset, Point, Problem};
pub use features::Feature;
pub use grid::Grid;
pub use hash::{Parsed, Warning};
pub use init::Init;
pub use loss::{Head, Loss, Target};
pub use network::{Network, NetworkSpec};
pub use optimizer::{Optimizer, OptimizerKind};
pub use rng::SeedRandom;
pub use session::Session;
pub use state::TrainingState;
