//! A heatmap image: one colour-table lookup per value, written with one `putImageData`.

use wasm_bindgen::Clamped;
use web_sys::{HtmlCanvasElement, ImageData};

use super::canvas::context_2d;
use crate::colors::{class_pixel, shades, Shades};

/// Fills `out` with the RGBA pixels of `values` (row-major, top row first). With
/// `discretize`, each value shows as its sign (v ≥ 0 → +1, else −1), as in the original.
/// The buffer is sized once and written in place: the page fills about 70,000 pixels a
/// frame for the heavy network.
pub fn fill_pixels(values: &[f32], discretize: bool, out: &mut Vec<u8>) {
    let table: &Shades = shades();
    out.clear();
    out.resize(values.len() * 4, 0);
    for (px, &v) in out.chunks_exact_mut(4).zip(values) {
        let v = f64::from(v);
        let v = match (discretize && !v.is_nan(), v >= 0.0) {
            (false, _) => v,
            (true, true) => 1.0,
            (true, false) => -1.0,
        };
        px.copy_from_slice(&table.pixel(v));
    }
}

/// Fills `out` with the pixels of `k` class-probability images stored one after another
/// (`probs` holds k × pixels values): the class colours blended, or with `discretize`
/// the most likely class's colour.
pub fn fill_class_pixels(probs: &[f32], k: usize, discretize: bool, out: &mut Vec<u8>) {
    let px = probs.len() / k.max(1);
    out.clear();
    out.resize(px * 4, 0);
    for (i, pixel) in out.chunks_exact_mut(4).enumerate() {
        pixel.copy_from_slice(&class_pixel(k, |c| probs[c * px + i], discretize));
    }
}

/// What a heatmap shows.
#[derive(Clone, Copy, Debug)]
pub enum Picture<'a> {
    /// One value per pixel on the −1 … 1 scale.
    Values(&'a [f32]),
    /// `k` class-probability images, one after another.
    Classes(&'a [f32], usize),
}

/// Paints an `n`×`n` image of `values` on `canvas` (whose backing store is set to n×n;
/// CSS stretches it). `buffer` is reused between frames.
pub fn paint(
    canvas: &HtmlCanvasElement,
    values: &[f32],
    n: usize,
    discretize: bool,
    buffer: &mut Vec<u8>,
) {
    paint_picture(canvas, Picture::Values(values), n, discretize, buffer);
}

/// Paints a [`Picture`] of `n`×`n` pixels on `canvas`, as [`paint`] does.
pub fn paint_picture(
    canvas: &HtmlCanvasElement,
    picture: Picture<'_>,
    n: usize,
    discretize: bool,
    buffer: &mut Vec<u8>,
) {
    let px = n * n;
    let fits = match picture {
        Picture::Values(v) => v.len() == px,
        Picture::Classes(v, k) => k > 0 && v.len() == k * px,
    };
    if n == 0 || !fits {
        return;
    }
    let Some(ctx) = context_2d(canvas) else {
        return;
    };
    let side = n as u32;
    if canvas.width() != side || canvas.height() != side {
        canvas.set_width(side);
        canvas.set_height(side);
    }
    match picture {
        Picture::Values(v) => fill_pixels(v, discretize, buffer),
        Picture::Classes(v, k) => fill_class_pixels(v, k, discretize, buffer),
    }
    if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(buffer), side, side) {
        // Only fails for a detached or zero-sized canvas; the next frame repaints.
        let _ = ctx.put_image_data(&image, 0.0, 0.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colors::{BLUE, HEATMAP_ALPHA, NAN_RGBA, ORANGE};

    #[test]
    fn pixels_come_from_the_table() {
        let mut out = Vec::new();
        fill_pixels(&[-1.0, 1.0, f32::NAN], false, &mut out);
        assert_eq!(&out[0..3], &ORANGE);
        assert_eq!(&out[4..7], &BLUE);
        assert_eq!(out[3], HEATMAP_ALPHA);
        assert_eq!(&out[8..12], &NAN_RGBA);
    }

    #[test]
    fn every_value_gets_the_tables_pixel() {
        let mut values: Vec<f32> = (-1300..=1300).map(|i| i as f32 / 1000.0).collect();
        values.extend([
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            -0.0,
            1e-9,
            -1e-9,
        ]);
        let mut out = Vec::new();
        fill_pixels(&values, false, &mut out);
        for (v, px) in values.iter().zip(out.chunks_exact(4)) {
            assert_eq!(px, shades().pixel(f64::from(*v)), "v = {v}");
        }
    }

    #[test]
    fn discretize_shows_the_sign() {
        let mut out = Vec::new();
        fill_pixels(&[-0.01, 0.0, 0.3], true, &mut out);
        assert_eq!(&out[0..3], &ORANGE);
        assert_eq!(&out[4..7], &BLUE);
        assert_eq!(&out[8..11], &BLUE);
    }
}
