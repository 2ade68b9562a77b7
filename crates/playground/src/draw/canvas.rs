//! Getting a 2D context and sizing a canvas's backing store.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The canvas's 2D context, if the browser gives one.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
}

/// Matches the backing store to the displayed size times `ratio` (device pixels per
/// CSS pixel) and returns the CSS size, with the context scaled so that drawing is
/// in CSS pixels. `None` while the canvas is not laid out.
pub fn fit_to_display(
    canvas: &HtmlCanvasElement,
    ctx: &CanvasRenderingContext2d,
    ratio: f64,
) -> Option<(f64, f64)> {
    let (w, h) = (canvas.client_width(), canvas.client_height());
    if w <= 0 || h <= 0 {
        return None;
    }
    let (bw, bh) = (backing(w, ratio), backing(h, ratio));
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let (w, h) = (f64::from(w), f64::from(h));
    ctx.set_transform(f64::from(bw) / w, 0.0, 0.0, f64::from(bh) / h, 0.0, 0.0)
        .ok()?;
    ctx.clear_rect(0.0, 0.0, w, h);
    Some((w, h))
}

fn backing(css: i32, ratio: f64) -> u32 {
    (f64::from(css) * ratio).round().clamp(1.0, 16_384.0) as u32
}
