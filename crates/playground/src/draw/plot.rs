//! Every chart of the page drawn one way: two `f64` axes with titles and tick labels,
//! and a list of [`Mark`]s, drawn with plotters on a canvas at the device's pixel
//! ratio. One coordinate type for all charts keeps one copy of plotters' code in the
//! download.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::canvas::context_2d;

/// Room left of the plotting area for the vertical axis's labels, in CSS pixels.
const LEFT: f64 = 46.0;
/// Margin right of the plotting area, in CSS pixels.
const RIGHT: f64 = 14.0;

/// Axis, tick and label colour.
pub const INK: RGBColor = RGBColor(0x66, 0x66, 0x66);
/// Grid-line colour.
const RULE: RGBColor = RGBColor(0xe6, 0xe6, 0xe6);

/// One axis: its range, title, number of ticks and how a tick reads.
pub struct Axis<'a> {
    /// Lower and upper end (different).
    pub range: (f64, f64),
    /// The title beside the axis.
    pub title: &'a str,
    /// About how many ticks.
    pub ticks: usize,
    /// A tick's label.
    pub label: &'a dyn Fn(f64) -> String,
}

/// Something drawn in data coordinates.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A polyline.
    Line {
        /// Its points, in order.
        points: Vec<(f64, f64)>,
        /// Its colour.
        color: RGBColor,
        /// Its width in CSS pixels.
        width: f64,
    },
    /// A dashed polyline.
    Dashed {
        /// Its points, in order.
        points: Vec<(f64, f64)>,
        /// Its colour.
        color: RGBColor,
        /// Its width in CSS pixels.
        width: f64,
    },
    /// A filled polygon.
    Fill {
        /// Its corners, in order.
        points: Vec<(f64, f64)>,
        /// Its colour.
        color: RGBColor,
        /// Its opacity, 0–1.
        alpha: f64,
    },
    /// A filled rectangle between two corners.
    Rect {
        /// One corner.
        from: (f64, f64),
        /// The opposite corner.
        to: (f64, f64),
        /// Its colour.
        color: RGBColor,
        /// Its opacity, 0–1.
        alpha: f64,
    },
    /// A circle outline.
    Ring {
        /// Its centre.
        at: (f64, f64),
        /// Its radius in CSS pixels.
        radius: f64,
        /// Its colour.
        color: RGBColor,
    },
    /// A short text, its top left at `at`.
    Label {
        /// Where.
        at: (f64, f64),
        /// What.
        text: String,
        /// Its colour.
        color: RGBColor,
    },
}

/// A chart: its axes and what is drawn in it.
pub struct Plot<'a> {
    /// Horizontal axis.
    pub x: Axis<'a>,
    /// Vertical axis.
    pub y: Axis<'a>,
    /// Horizontal grid lines at the vertical axis's ticks.
    pub grid: bool,
    /// The marks, drawn in order.
    pub marks: Vec<Mark>,
}

/// Draws `plot` on `canvas`, whose displayed size is `(w, h)` CSS pixels, at `ratio`
/// device pixels per CSS pixel. Does nothing while the canvas is not laid out.
pub fn paint(canvas: &HtmlCanvasElement, (w, h): (i32, i32), ratio: f64, plot: &Plot) {
    if w <= 0 || h <= 0 {
        return;
    }
    let device = |css: f64| (css * ratio).round().max(1.0);
    let (bw, bh) = (device(f64::from(w)) as u32, device(f64::from(h)) as u32);
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    // A failed draw (a detached canvas) is simply retried on the next change.
    let _ = draw(canvas, plot, &|css| device(css) as u32);
}

/// The horizontal data value under CSS pixel `x` of a chart `width` pixels wide whose
/// horizontal axis spans `range`: the inverse of where [`paint`] draws it, so a pointer
/// reads the value it is over. Clamped to the range.
pub fn x_at(width: f64, x: f64, range: (f64, f64)) -> f64 {
    let (lo, hi) = usable(range);
    let inner = (width - LEFT - RIGHT).max(1.0);
    let t = ((x - LEFT) / inner).clamp(0.0, 1.0);
    lo + t * (hi - lo)
}

/// A range plotters can draw: ends in order and apart.
pub fn usable((lo, hi): (f64, f64)) -> (f64, f64) {
    let (lo, hi) = if lo.is_finite() && hi.is_finite() {
        (lo.min(hi), lo.max(hi))
    } else {
        (0.0, 1.0)
    };
    if hi - lo > 1e-12 {
        (lo, hi)
    } else {
        (lo - 0.5, hi + 0.5)
    }
}

fn draw(canvas: &HtmlCanvasElement, plot: &Plot, px: &dyn Fn(f64) -> u32) -> Option<()> {
    // Charts sit on the page background: clear the last frame instead of filling.
    let ctx = context_2d(canvas)?;
    ctx.clear_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    let root: DrawingArea<CanvasBackend, Shift> =
        CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    let font = |size: f64| ("sans-serif", f64::from(px(size))).into_font().color(&INK);
    let (x0, x1) = usable(plot.x.range);
    let (y0, y1) = usable(plot.y.range);
    let mut chart = ChartBuilder::on(&root)
        .margin_top(px(8.0))
        .margin_right(px(RIGHT))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(LEFT))
        .build_cartesian_2d(x0..x1, y0..y1)
        .ok()?;
    let x_label = |v: &f64| (plot.x.label)(*v);
    let y_label = |v: &f64| (plot.y.label)(*v);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(if plot.grid {
            RULE.to_rgba()
        } else {
            TRANSPARENT
        })
        .light_line_style(TRANSPARENT)
        .axis_style(INK)
        .x_labels(plot.x.ticks)
        .y_labels(plot.y.ticks)
        .set_all_tick_mark_size(px(4.0))
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .label_style(font(11.0))
        .axis_desc_style(font(11.0))
        .x_desc(plot.x.title)
        .y_desc(plot.y.title)
        .draw()
        .ok()?;
    let area = chart.plotting_area();
    for mark in &plot.marks {
        match mark {
            Mark::Line {
                points,
                color,
                width,
            } => area.draw(&PathElement::new(
                points.clone(),
                color.stroke_width(px(*width)),
            )),
            Mark::Dashed {
                points,
                color,
                width,
            } => area.draw(&DashedPathElement::new(
                points.clone(),
                px(6.0),
                px(4.0),
                color.stroke_width(px(*width)),
            )),
            Mark::Fill {
                points,
                color,
                alpha,
            } => area.draw(&Polygon::new(points.clone(), color.mix(*alpha).filled())),
            Mark::Rect {
                from,
                to,
                color,
                alpha,
            } => area.draw(&Rectangle::new([*from, *to], color.mix(*alpha).filled())),
            Mark::Ring { at, radius, color } => {
                area.draw(&Circle::new(*at, px(*radius), color.stroke_width(px(1.5))))
            }
            Mark::Label { at, text, color } => area.draw(&Text::new(
                text.clone(),
                *at,
                ("sans-serif", f64::from(px(11.0))).into_font().color(color),
            )),
        }
        .ok()?;
    }
    root.present().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pointer_reads_the_value_under_it() {
        assert_eq!(x_at(260.0, LEFT, (0.0, 100.0)), 0.0);
        assert_eq!(x_at(260.0, 260.0 - RIGHT, (0.0, 100.0)), 100.0);
        assert_eq!(x_at(260.0, LEFT + 100.0, (0.0, 100.0)), 50.0);
        assert_eq!(x_at(260.0, 0.0, (0.0, 100.0)), 0.0, "left of the axis");
    }

    #[test]
    fn ranges_are_made_drawable() {
        assert_eq!(usable((0.0, 2.0)), (0.0, 2.0));
        assert_eq!(usable((2.0, 0.0)), (0.0, 2.0));
        assert_eq!(usable((1.0, 1.0)), (0.5, 1.5));
        assert_eq!(usable((f64::NAN, 1.0)), (0.0, 1.0));
    }
}
