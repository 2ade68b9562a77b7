//! One component per part of the page.

pub mod axes;
pub mod header;
pub mod heatmap;
pub mod icons;
pub mod legend;
pub mod metrics;
pub mod notice;
pub mod output;
pub mod top_bar;
