//! One component per part of the page.

pub mod axes;
pub mod chart;
pub mod checkbox;
pub mod classroom;
pub mod data_column;
pub mod divergence;
pub mod embed;
pub mod explainer;
pub mod features;
pub mod header;
pub mod heatmap;
pub mod hyperparameters;
pub mod icons;
pub mod inside;
pub mod language;
pub mod legend;
pub mod metrics;
pub mod network;
pub mod notice;
pub mod output;
pub mod runs;
pub mod select;
pub mod share;
pub mod slider;
pub mod top_bar;
pub mod trouble;
