//! Painting on canvases. Each module has a `paint` function taking the canvas and the
//! data; the pixel maths is split out as pure functions where it can be tested.

pub mod canvas;
pub mod dataset_thumbnails;
pub mod figure;
pub mod grid_store;
pub mod heatmap;
pub mod highlight;
pub mod loss_chart;
pub mod plot;
pub mod points;
pub mod thumbnail;

/// Resolution of the decision grid and of the big heatmap (the original's `DENSITY`).
pub const DENSITY: usize = 100;
