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

/// Clears `canvas` and draws each layer of points (later layers on top), coloured by
/// label with the heatmap scale. Points outside the domain are skipped, as in the
/// original. The backing store follows the displayed size times `ratio`.
pub fn paint(canvas: &HtmlCanvasElement, layers: &[(&[Point], PointStyle)], ratio: f64) {
    let Some(ctx) = context_2d(canvas) else {
        return;
    };
    let Some((w, h)) = fit_to_display(canvas, &ctx, ratio) else {
        return;
    };
    let sx = LinearScale::new([-DOMAIN, DOMAIN], [0.0, w]);
    let sy = LinearScale::new([-DOMAIN, DOMAIN], [h, 0.0]);
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
}

fn in_domain(p: &Point) -> bool {
    p.x.abs() <= DOMAIN && p.y.abs() <= DOMAIN
}
