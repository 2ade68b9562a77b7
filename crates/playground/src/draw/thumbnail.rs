//! The node thumbnails of the network diagram.
//!
//! Each thumbnail is computed at its own pixel size by a second, small decision grid
//! (not block-averaged from the big one as in the original), so it is sharp at any zoom
//! and costs a fraction of the big grid.

use nn_core::grid::feature_image;
use nn_core::{Feature, Grid};
use wasm_bindgen::Clamped;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use super::canvas::context_2d;
use super::heatmap::fill_pixels;
use crate::state::SessionView;

/// Fewest data pixels per thumbnail side.
const MIN_RESOLUTION: usize = 8;
/// Most data pixels per thumbnail side (a 36 px node at 3× zoom needs 108).
const MAX_RESOLUTION: usize = 128;

/// Data pixels per side for a thumbnail `css` CSS pixels wide at `ratio` device pixels
/// per CSS pixel: one data pixel per device pixel.
pub fn resolution(css: f64, ratio: f64) -> usize {
    let n = (css * ratio).round();
    if n.is_finite() {
        (n as usize).clamp(MIN_RESOLUTION, MAX_RESOLUTION)
    } else {
        MIN_RESOLUTION
    }
}

/// The small grid and what it was computed for.
#[derive(Debug, Default)]
pub struct ThumbStore {
    grid: Grid,
    version: Option<(u64, usize)>,
    features: Option<(usize, Vec<Vec<f32>>)>,
}

impl ThumbStore {
    /// Every node's image of `view`'s network at `n`×`n`, recomputed only when the
    /// network or the resolution changed.
    pub fn grid(&mut self, view: &SessionView, n: usize) -> &Grid {
        let key = (view.network_version, n);
        if self.version != Some(key) {
            if self.grid.resolution() != n {
                self.grid = Grid::new(n);
            }
            view.session.compute_grid(&mut self.grid);
            self.version = Some(key);
        }
        &self.grid
    }

    /// A feature's own image at `n`×`n` (switched on or not), computed once per size.
    pub fn feature(&mut self, feature: Feature, n: usize) -> &[f32] {
        if self.features.as_ref().map(|(m, _)| *m) != Some(n) {
            let images = Feature::ALL.iter().map(|&f| feature_image(f, n)).collect();
            self.features = Some((n, images));
        }
        let (_, images) = self.features.as_ref().expect("just filled");
        &images[feature.index()]
    }
}

/// A thumbnail canvas, its context and the pixels it shows: an image whose pixels did
/// not change (a settled neuron, or a shade change too small to show) is not put again,
/// which spares the upload and the browser's repaint.
pub struct Thumbnail {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    side: u32,
    shown: Vec<u8>,
}

impl Thumbnail {
    /// The thumbnail on `canvas`, if it has a 2D context.
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let ctx = context_2d(&canvas)?;
        Some(Thumbnail {
            side: canvas.width(),
            canvas,
            ctx,
            shown: Vec::new(),
        })
    }

    /// Shows `values` (`n`×`n`, top row first); `scratch` is reused between calls.
    pub fn show(&mut self, values: &[f32], n: usize, discretize: bool, scratch: &mut Vec<u8>) {
        if n == 0 || values.len() != n * n {
            return;
        }
        fill_pixels(values, discretize, scratch);
        let side = n as u32;
        if side == self.side && *scratch == self.shown {
            return;
        }
        if side != self.side {
            self.canvas.set_width(side);
            self.canvas.set_height(side);
            self.side = side;
        }
        if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(scratch), side, side)
        {
            // Fails only for a detached canvas; then nothing is shown and nothing kept.
            if self.ctx.put_image_data(&image, 0.0, 0.0).is_ok() {
                std::mem::swap(&mut self.shown, scratch);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AppState;

    #[test]
    fn one_data_pixel_per_device_pixel() {
        assert_eq!(resolution(36.0, 1.0), 36);
        assert_eq!(resolution(36.0, 2.0), 72);
        assert_eq!(resolution(36.0, 10.0), MAX_RESOLUTION);
        assert_eq!(resolution(36.0, 0.01), MIN_RESOLUTION);
        assert_eq!(resolution(36.0, f64::NAN), MIN_RESOLUTION);
    }

    #[test]
    fn thumbnails_are_their_own_grid() {
        let state = AppState::from_hash("seed=t&networkShape=3,2", || unreachable!());
        let mut store = ThumbStore::default();
        let g = store.grid(&state.view(), 12);
        assert_eq!(g.resolution(), 12);
        assert_eq!(g.sizes(), &[2, 3, 2, 1]);
        assert_eq!(g.node(1, 2).len(), 144);
        // Corner pixels are exact grid points: the same as the big grid's corners.
        let mut big = Grid::new(100);
        state.session.compute_grid(&mut big);
        let small = store.grid(&state.view(), 12).node(2, 1)[0];
        assert_eq!(small.to_bits(), big.node(2, 1)[0].to_bits());
        assert_eq!(store.feature(Feature::Y, 12)[0], 6.0);
        assert_eq!(store.feature(Feature::X, 12).len(), 144);
    }
}
