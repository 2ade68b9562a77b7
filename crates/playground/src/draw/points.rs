//! Data points over a plot of the [−6, 6]² domain.

use std::f64::consts::TAU;

use nn_core::grid::DOMAIN;
use nn_core::scale::LinearScale;
use nn_core::{Point, Target};
use web_sys::HtmlCanvasElement;

use super::canvas::{context_2d, fit_to_display};
use crate::colors::{class_css, shades, Shades};

/// Radius of a point in CSS pixels.
pub const RADIUS: f64 = 3.0;

/// How a set of points is outlined.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointStyle {
    /// Outline colour (CSS).
    pub stroke: &'static str,
    /// Opacity of the fill.
    pub fill_alpha: f64,
    /// Drawn as a ring around the point instead (a point picked out, drawn over the
    /// points themselves).
    pub ring: bool,
}

/// Training points: white outline.
pub const TRAIN: PointStyle = PointStyle {
    stroke: "rgba(255, 255, 255, 0.8)",
    fill_alpha: 0.9,
    ring: false,
};

/// Test points: black outline.
pub const TEST: PointStyle = PointStyle {
    stroke: "rgba(0, 0, 0, 0.6)",
    fill_alpha: 0.9,
    ring: false,
};

/// The last stepped batch's points: a dark ring around each.
pub const BATCH: PointStyle = PointStyle {
    stroke: "rgba(20, 20, 20, 0.95)",
    fill_alpha: 0.0,
    ring: true,
};

/// Where a plot of the domain puts it: the canvas's CSS pixels (from its top left) and
/// data coordinates, both ways. The points are drawn through it, and a click is read
/// back through the same numbers, so a drawn point lands under the pointer.
#[derive(Clone, Copy, Debug)]
pub struct Mapping {
    sx: LinearScale,
    sy: LinearScale,
    /// Data units per CSS pixel, across.
    per_pixel: f64,
}

impl Mapping {
    /// The domain over a `w` × `h` CSS-pixel canvas, y upwards.
    pub fn new(w: f64, h: f64) -> Self {
        Mapping {
            sx: LinearScale::new([-DOMAIN, DOMAIN], [0.0, w]),
            sy: LinearScale::new([-DOMAIN, DOMAIN], [h, 0.0]),
            per_pixel: 2.0 * DOMAIN / w.max(1.0),
        }
    }

    /// The pixel of a data point.
    pub fn to_screen(&self, x: f64, y: f64) -> (f64, f64) {
        (self.sx.apply(x), self.sy.apply(y))
    }

    /// The data point under a pixel.
    pub fn to_data(&self, px: f64, py: f64) -> (f64, f64) {
        (self.sx.invert(px), self.sy.invert(py))
    }

    /// `pixels` CSS pixels in data units.
    pub fn units(&self, pixels: f64) -> f64 {
        pixels * self.per_pixel
    }
}

/// Clears `canvas` and draws each layer of points (later layers on top), coloured by
/// label with the heatmap scale. Points outside the domain are skipped, as in the
/// original. The backing store follows the displayed size times `ratio`. Returns the
/// mapping it drew through (`None` if the canvas is not shown).
pub fn paint(
    canvas: &HtmlCanvasElement,
    layers: &[(&[Point], PointStyle)],
    ratio: f64,
) -> Option<Mapping> {
    let ctx = context_2d(canvas)?;
    let (w, h) = fit_to_display(canvas, &ctx, ratio)?;
    let mapping = Mapping::new(w, h);
    let (sx, sy) = (mapping.sx, mapping.sy);
    let table = shades();
    ctx.set_line_width(1.0);
    for &(points, style) in layers {
        ctx.set_stroke_style_str(style.stroke);
        // Each point is filled and then outlined before the next one, so an overlapping
        // point covers its neighbour's outline as the original's SVG circles do.
        if style.ring {
            ctx.set_line_width(2.0);
            for p in points.iter().filter(|p| in_domain(p)) {
                ctx.begin_path();
                if ctx
                    .arc(sx.apply(p.x), sy.apply(p.y), RADIUS + 3.0, 0.0, TAU)
                    .is_ok()
                {
                    ctx.stroke();
                }
            }
            ctx.set_line_width(1.0);
            continue;
        }
        for p in points.iter().filter(|p| in_domain(p)) {
            let fill = match p.target {
                Target::Class(c) => class_css(usize::from(c)),
                _ => match Shades::index(p.label()) {
                    Some(shade) => table.css(shade),
                    None => continue,
                },
            };
            let (x, y) = (sx.apply(p.x), sy.apply(p.y));
            ctx.begin_path();
            if ctx.arc(x, y, RADIUS, 0.0, TAU).is_err() {
                continue;
            }
            ctx.set_global_alpha(style.fill_alpha);
            ctx.set_fill_style_str(fill);
            ctx.fill();
            ctx.set_global_alpha(1.0);
            ctx.stroke();
        }
    }
    Some(mapping)
}

fn in_domain(p: &Point) -> bool {
    p.x.abs() <= DOMAIN && p.y.abs() <= DOMAIN
}
