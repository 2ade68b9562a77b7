//! The playground web app: a Yew front end over `nn-core`.
//!
//! The layers, from pure to web-facing:
//! - [`state`]: the app state and its [`state::Action`]s (no browser calls; tested natively);
//! - [`settings`]: the menus' and sliders' choices and how each writes the config (pure);
//! - [`network_edit`]: the hidden-layer editor's limits and the ids of nodes, weights and
//!   biases (pure);
//! - [`text`], [`format`], [`colors`], [`shortcuts`]: strings, number formats, the colour
//!   scales and the keyboard map (pure);
//! - [`parts`]: the parts of the page a link or the classroom panel hides (pure);
//! - [`draw`]: canvas painting from a precomputed colour table;
//! - [`hooks`]: the animation loop, keyboard and URL-hash glue;
//! - [`trainer`]: training in a Web Worker at maximum speed (the `trainer` binary);
//! - [`views`]: one component per part of the page, composed by [`app::App`].

pub mod app;
pub mod browser;
pub mod colors;
pub mod compare;
pub mod draw;
pub mod format;
pub mod hooks;
pub mod lessons;
pub mod lockstep;
pub mod network_edit;
pub mod pace;
pub mod parts;
pub mod runs;
pub mod settings;
pub mod shortcuts;
pub mod side;
pub mod state;
pub mod text;
pub mod trainer;
pub mod views;
