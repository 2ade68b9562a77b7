//! The original's colour scales: orange for −1, grey for 0, blue for +1.
//!
//! - The heatmap scale quantises [−1, 1] into [`NUM_SHADES`] equal bins, each coloured
//!   from a ramp through the three colours. Heatmap pixels and data points use it.
//! - The continuous scale interpolates the three colours and clamps outside [−1, 1].
//!   Links, biases and data-set thumbnails use it.
//!
//! Both reproduce d3 v3's arithmetic (interpolate, then round each channel), so colours
//! match the original to the byte.

use std::sync::OnceLock;

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// The colour of −1.
pub const ORANGE: Rgb = [0xf5, 0x93, 0x22];
/// The colour of 0.
pub const GREY: Rgb = [0xe8, 0xea, 0xeb];
/// The colour of +1.
pub const BLUE: Rgb = [0x08, 0x77, 0xbd];
/// Number of heatmap shades (the original's `NUM_SHADES + 1`).
pub const NUM_SHADES: usize = 31;
/// Opacity of heatmap pixels, so the plot background shows through as in the original.
pub const HEATMAP_ALPHA: u8 = 160;
/// A NaN pixel: d3 has no colour for it, which ends up black at the heatmap alpha
/// (dark grey over the background).
pub const NAN_RGBA: [u8; 4] = [0, 0, 0, HEATMAP_ALPHA];

/// d3's `interpolateRgb(a, b)(t)`: each channel `a + (b − a)·t`, rounded as `Math.round`.
fn mix(a: Rgb, b: Rgb, t: f64) -> Rgb {
    let channel = |x: u8, y: u8| {
        let v = f64::from(x) + (f64::from(y) - f64::from(x)) * t;
        // Math.round rounds halves up; the result is within 0..=255 for t in [0, 1].
        (v + 0.5).floor().clamp(0.0, 255.0) as u8
    };
    [
        channel(a[0], b[0]),
        channel(a[1], b[1]),
        channel(a[2], b[2]),
    ]
}

/// A three-stop d3 polylinear colour scale: `lo → GREY at mid → hi`, clamped.
fn three_stop(v: f64, lo: f64, mid: f64, hi: f64) -> Rgb {
    let v = v.clamp(lo, hi);
    // d3 picks the segment with bisectRight, so the midpoint belongs to the upper one.
    if v < mid {
        mix(ORANGE, GREY, (v - lo) / (mid - lo))
    } else {
        mix(GREY, BLUE, (v - mid) / (hi - mid))
    }
}

/// The continuous scale over [−1, 1] (clamped); NaN is treated as 0.
pub fn continuous(v: f64) -> Rgb {
    if v.is_nan() {
        return GREY;
    }
    three_stop(v, -1.0, 0.0, 1.0)
}

/// The quantised heatmap colour table.
#[derive(Clone, Debug)]
pub struct Shades {
    rgb: [Rgb; NUM_SHADES],
    /// The same colours as heatmap pixels (with the heatmap alpha).
    rgba: [[u8; 4]; NUM_SHADES],
    css: [String; NUM_SHADES],
}

impl Shades {
    fn new() -> Self {
        let last = (NUM_SHADES - 1) as f64;
        let rgb: [Rgb; NUM_SHADES] =
            std::array::from_fn(|k| three_stop(k as f64 / last, 0.0, 0.5, 1.0));
        let rgba = rgb.map(|[r, g, b]| [r, g, b, HEATMAP_ALPHA]);
        let css = std::array::from_fn(|k| css_rgb(rgb[k]));
        Shades { rgb, rgba, css }
    }

    /// The bin of `v`: d3's quantize over [−1, 1]; `None` for NaN.
    #[inline]
    pub fn index(v: f64) -> Option<usize> {
        if v.is_nan() {
            return None;
        }
        let k = (NUM_SHADES as f64 / 2.0 * (v + 1.0)).floor();
        Some(k.clamp(0.0, (NUM_SHADES - 1) as f64) as usize)
    }

    /// The colour of bin `k` (clamped to the last bin).
    pub fn rgb(&self, k: usize) -> Rgb {
        self.rgb[k.min(NUM_SHADES - 1)]
    }

    /// The colour of bin `k` as a CSS `rgb()` string, for canvas fills.
    pub fn css(&self, k: usize) -> &str {
        &self.css[k.min(NUM_SHADES - 1)]
    }

    /// The heatmap pixel for `v`, with the heatmap alpha.
    #[inline]
    pub fn pixel(&self, v: f64) -> [u8; 4] {
        Self::index(v).map_or(NAN_RGBA, |k| self.rgba[k])
    }
}

/// The shared heatmap colour table, built once.
pub fn shades() -> &'static Shades {
    static SHADES: OnceLock<Shades> = OnceLock::new();
    SHADES.get_or_init(Shades::new)
}

/// The classes' colours of a multi-class problem: Okabe and Ito's palette, which readers
/// with any common colour-vision deficiency can tell apart (blue, orange, bluish green,
/// reddish purple, sky blue; its vermillion is too close to the orange in a blend).
pub const CLASS_COLOURS: [Rgb; 5] = [
    [0x00, 0x72, 0xb2],
    [0xe6, 0x9f, 0x00],
    [0x00, 0x9e, 0x73],
    [0xcc, 0x79, 0xa7],
    [0x56, 0xb4, 0xe9],
];

/// The colour of class `k` (the palette repeats past five).
pub fn class_rgb(k: usize) -> Rgb {
    CLASS_COLOURS[k % CLASS_COLOURS.len()]
}

/// The colour of class `k` as a CSS string (built once).
pub fn class_css(k: usize) -> &'static str {
    static CSS: OnceLock<[String; 5]> = OnceLock::new();
    let css = CSS.get_or_init(|| CLASS_COLOURS.map(css_rgb));
    &css[k % css.len()]
}

/// A data point's fill: its class's colour, or the continuous scale of its label.
pub fn point_css(p: &nn_core::Point) -> String {
    match p.target {
        nn_core::Target::Class(c) => class_css(usize::from(c)).to_string(),
        _ => css_rgb(continuous(p.label())),
    }
}

/// A map pixel for class probabilities `probs` (one value per class, in `probs_at`):
/// the classes' colours blended by probability, at the heatmap's alpha. With
/// `discretize` the most likely class's colour alone.
pub fn class_pixel(k: usize, probs_at: impl Fn(usize) -> f32, discretize: bool) -> [u8; 4] {
    if discretize {
        let mut best = 0;
        for c in 1..k {
            if probs_at(c) > probs_at(best) {
                best = c;
            }
        }
        let [r, g, b] = class_rgb(best);
        return [r, g, b, HEATMAP_ALPHA];
    }
    let mut rgb = [0.0f32; 3];
    for c in 0..k {
        let p = probs_at(c);
        if p.is_nan() {
            return NAN_RGBA;
        }
        for (acc, v) in rgb.iter_mut().zip(class_rgb(c)) {
            *acc += p * f32::from(v);
        }
    }
    let [r, g, b] = rgb.map(|v| v.round().clamp(0.0, 255.0) as u8);
    [r, g, b, HEATMAP_ALPHA]
}

/// `rgb(r, g, b)` for CSS and canvas styles.
pub fn css_rgb([r, g, b]: Rgb) -> String {
    format!("rgb({r}, {g}, {b})")
}

/// Stops of the layer-depth ramp, first hidden layer to output (a colour-blind-safe
/// sequence from green through teal and blue to deep purple).
const DEPTH_STOPS: [Rgb; 4] = [
    [0x5e, 0xc9, 0x62],
    [0x21, 0x91, 0x8c],
    [0x3b, 0x52, 0x8b],
    [0x44, 0x01, 0x54],
];

/// The colour of layer `i` of `n` (0 = first hidden, `n − 1` = output) in the
/// figures that draw one line per layer: lighter near the inputs, darker deeper.
pub fn depth(i: usize, n: usize) -> Rgb {
    let t = if n > 1 {
        i.min(n - 1) as f64 / (n - 1) as f64
    } else {
        1.0
    };
    let x = t * (DEPTH_STOPS.len() - 1) as f64;
    let k = (x.floor() as usize).min(DEPTH_STOPS.len() - 2);
    mix(DEPTH_STOPS[k], DEPTH_STOPS[k + 1], x - k as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_pixels_blend_and_discretize() {
        let one_hot = |c: usize| move |k: usize| if k == c { 1.0 } else { 0.0 };
        let [r, g, b] = CLASS_COLOURS[2];
        assert_eq!(class_pixel(3, one_hot(2), false), [r, g, b, HEATMAP_ALPHA]);
        let half = class_pixel(2, |_| 0.5, false);
        assert_eq!(half[0], 0x73);
        let [r, g, b] = CLASS_COLOURS[1];
        let probs = [0.2f32, 0.5, 0.3];
        assert_eq!(class_pixel(3, |k| probs[k], true), [r, g, b, HEATMAP_ALPHA]);
        assert_eq!(class_pixel(2, |_| f32::NAN, false), NAN_RGBA);
        // Every pair of class colours is far apart.
        for (a, ca) in CLASS_COLOURS.iter().enumerate() {
            for cb in &CLASS_COLOURS[a + 1..] {
                let d: i32 = ca
                    .iter()
                    .zip(cb)
                    .map(|(x, y)| (i32::from(*x) - i32::from(*y)).abs())
                    .sum();
                assert!(d > 100, "{ca:?} {cb:?}");
            }
        }
    }

    #[test]
    fn ends_and_middle_are_the_palette() {
        let s = shades();
        assert_eq!(s.rgb(0), ORANGE);
        assert_eq!(s.rgb(15), GREY);
        assert_eq!(s.rgb(30), BLUE);
        assert_eq!(continuous(-1.0), ORANGE);
        assert_eq!(continuous(0.0), GREY);
        assert_eq!(continuous(1.0), BLUE);
        assert_eq!(continuous(7.0), BLUE);
        assert_eq!(continuous(-7.0), ORANGE);
    }

    #[test]
    fn ramp_rounds_like_d3() {
        // Stop 1 is t = 1/30 on the orange→grey half: u = 1/15.
        let u = 1.0 / 30.0 / 0.5;
        let want = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * u).round() as u8;
        assert_eq!(
            shades().rgb(1),
            [
                want(ORANGE[0], GREY[0]),
                want(ORANGE[1], GREY[1]),
                want(ORANGE[2], GREY[2])
            ]
        );
        assert_eq!(shades().css(0), "rgb(245, 147, 34)");
    }

    #[test]
    fn quantize_bins() {
        assert_eq!(Shades::index(-1.0), Some(0));
        assert_eq!(Shades::index(-5.0), Some(0));
        assert_eq!(Shades::index(1.0), Some(30));
        assert_eq!(Shades::index(0.0), Some(15));
        assert_eq!(Shades::index(f64::INFINITY), Some(30));
        assert_eq!(Shades::index(f64::NEG_INFINITY), Some(0));
        assert_eq!(Shades::index(f64::NAN), None);
        // Bin edges are 2/31 wide.
        assert_eq!(Shades::index(-1.0 + 2.0 / 31.0 + 1e-12), Some(1));
        assert_eq!(shades().pixel(f64::NAN), NAN_RGBA);
        assert_eq!(shades().pixel(1.0)[3], HEATMAP_ALPHA);
    }

    #[test]
    fn depth_runs_from_the_first_stop_to_the_last() {
        assert_eq!(depth(0, 5), DEPTH_STOPS[0]);
        assert_eq!(depth(4, 5), DEPTH_STOPS[3]);
        assert_eq!(
            depth(0, 1),
            DEPTH_STOPS[3],
            "a lone output layer is the deepest"
        );
        assert_ne!(depth(1, 5), depth(2, 5));
    }
}
