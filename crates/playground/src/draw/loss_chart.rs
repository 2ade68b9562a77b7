//! The loss chart: training (grey) and test (black) loss over the epochs, with axes,
//! drawn with plotters on a canvas. It draws a bounded history, so its cost stays the
//! same however long training runs.

use nn_core::history::{EarlyStop, LossHistory, LossPoint};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::canvas::context_2d;
use crate::format;

/// Training-loss curve colour (the original's #777).
const TRAIN: RGBColor = RGBColor(0x77, 0x77, 0x77);
/// Test-loss curve colour (black, as in the original).
const TEST: RGBColor = RGBColor(0, 0, 0);
/// Axis, tick and label colour.
const INK: RGBColor = RGBColor(0x66, 0x66, 0x66);
/// Grid-line colour.
const RULE: RGBColor = RGBColor(0xe6, 0xe6, 0xe6);
/// The lowest test loss's mark and the overfitting gap's shade.
const BEST: RGBColor = RGBColor(0xa8, 0x6b, 0x00);

/// The axis titles, in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct Titles<'a> {
    /// Horizontal axis.
    pub epochs: &'a str,
    /// Vertical axis.
    pub loss: &'a str,
}

/// The plotted ranges: epochs `0..=x_max` and losses `0..=y_max`, both non-empty.
pub fn bounds(points: &[LossPoint]) -> (u64, f64) {
    let x_max = points.last().map_or(0, |p| p.epoch).max(1);
    let y_max = points
        .iter()
        .flat_map(|p| [p.train, p.test])
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let y_max = if y_max > 0.0 { y_max * 1.1 } else { 1.0 };
    (x_max, y_max)
}

/// Decimals for the loss ticks, so that ticks over `0..=y_max` read differently.
pub fn decimals(y_max: f64) -> usize {
    match y_max {
        m if m >= 10.0 => 0,
        m if m >= 1.0 => 1,
        m if m >= 0.1 => 2,
        _ => 3,
    }
}

/// Stretches of finite values of one curve: a NaN or infinite loss breaks the line.
pub fn finite_runs(points: &[LossPoint], pick: fn(&LossPoint) -> f64) -> Vec<Vec<(u64, f64)>> {
    let mut runs = vec![];
    let mut run = vec![];
    for p in points {
        let v = pick(p);
        if v.is_finite() {
            run.push((p.epoch, v));
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Draws `history` on `canvas`, whose displayed size is `(w, h)` CSS pixels, at `ratio`
/// device pixels per CSS pixel. Does nothing while the canvas is not laid out.
pub fn paint(
    canvas: &HtmlCanvasElement,
    (w, h): (i32, i32),
    history: &LossHistory,
    titles: Titles,
    ratio: f64,
) {
    if w <= 0 || h <= 0 {
        return;
    }
    let device = |css: f64| (css * ratio).round().max(1.0);
    let (bw, bh) = (device(f64::from(w)) as u32, device(f64::from(h)) as u32);
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let points: Vec<LossPoint> = history.points().collect();
    let stop = history.early_stop().filter(|_| points.len() > 1);
    // A failed draw (a detached canvas) is simply retried on the next change.
    let _ = draw(canvas, &points, stop, titles, &|css| device(css) as u32);
}

/// The band between the training and the test curve from the best epoch on, where both
/// are finite: the training curve forwards, the test curve back.
pub fn gap_band(points: &[LossPoint], from: u64) -> Vec<(u64, f64)> {
    let after: Vec<&LossPoint> = points
        .iter()
        .filter(|p| p.epoch >= from && p.train.is_finite() && p.test.is_finite())
        .collect();
    let forth = after.iter().map(|p| (p.epoch, p.train));
    let back = after.iter().rev().map(|p| (p.epoch, p.test));
    forth.chain(back).collect()
}

fn draw(
    canvas: &HtmlCanvasElement,
    points: &[LossPoint],
    stop: Option<EarlyStop>,
    titles: Titles,
    px: &dyn Fn(f64) -> u32,
) -> Option<()> {
    // The chart sits on the page background: clear the last frame instead of filling.
    let ctx = context_2d(canvas)?;
    ctx.clear_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    let root = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    let (x_max, y_max) = bounds(points);
    let font = |size: f64| ("sans-serif", f64::from(px(size))).into_font().color(&INK);
    let mut chart = ChartBuilder::on(&root)
        .margin_top(px(8.0))
        .margin_right(px(14.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(0u64..x_max, 0.0..y_max)
        .ok()?;
    let y_decimals = decimals(y_max);
    let x_label = |e: &u64| format::thousands(*e);
    let y_label = |v: &f64| format!("{v:.y_decimals$}");
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(RULE)
        .light_line_style(TRANSPARENT)
        .axis_style(INK)
        .x_labels(4)
        .y_labels(4)
        .set_all_tick_mark_size(px(4.0))
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .label_style(font(11.0))
        .axis_desc_style(font(11.0))
        .x_desc(titles.epochs)
        .y_desc(titles.loss)
        .draw()
        .ok()?;
    if let Some(stop) = stop.filter(|s| s.overfitting) {
        // Overfitting: shade the widening gap since the best epoch.
        let band = gap_band(points, stop.best_epoch);
        chart
            .draw_series(std::iter::once(Polygon::new(band, BEST.mix(0.18).filled())))
            .ok()?;
    }
    let width = px(1.5);
    for (colour, pick) in [
        (TRAIN, (|p: &LossPoint| p.train) as fn(&LossPoint) -> f64),
        (TEST, |p: &LossPoint| p.test),
    ] {
        for run in finite_runs(points, pick) {
            chart
                .draw_series(LineSeries::new(run, colour.stroke_width(width)))
                .ok()?;
        }
    }
    if let Some(stop) = stop {
        // The lowest test loss: where early stopping would keep the network.
        let at = (stop.best_epoch, stop.best_test);
        chart
            .draw_series(std::iter::once(Circle::new(
                at,
                px(3.5),
                BEST.stroke_width(px(1.5)),
            )))
            .ok()?;
    }
    root.present().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(epoch: u64, train: f64, test: f64) -> LossPoint {
        LossPoint::losses(epoch, train, test)
    }

    #[test]
    fn ranges_are_never_empty() {
        assert_eq!(bounds(&[]), (1, 1.0));
        assert_eq!(bounds(&[p(0, 0.0, 0.0)]), (1, 1.0));
        let (x, y) = bounds(&[p(0, 0.5, 0.4), p(40, 0.1, f64::NAN)]);
        assert_eq!(x, 40);
        assert!((y - 0.55).abs() < 1e-12);
    }

    #[test]
    fn nan_breaks_the_line() {
        let pts = [
            p(0, 1.0, 1.0),
            p(1, f64::NAN, 1.0),
            p(2, 2.0, 1.0),
            p(3, 3.0, 1.0),
        ];
        let runs = finite_runs(&pts, |q| q.train);
        assert_eq!(runs, vec![vec![(0, 1.0)], vec![(2, 2.0), (3, 3.0)]]);
        assert_eq!(finite_runs(&pts, |q| q.test).len(), 1);
    }

    #[test]
    fn tick_decimals_follow_the_scale() {
        assert_eq!(decimals(0.55), 2);
        assert_eq!(decimals(0.05), 3);
        assert_eq!(decimals(3.0), 1);
        assert_eq!(decimals(250.0), 0);
    }

    #[test]
    fn the_gap_band_goes_out_along_training_and_back_along_test() {
        let pts = [
            p(0, 0.5, 0.5),
            p(10, 0.2, 0.25),
            p(20, 0.1, 0.3),
            p(30, f64::NAN, 0.4),
        ];
        assert_eq!(
            gap_band(&pts, 10),
            [(10, 0.2), (20, 0.1), (20, 0.3), (10, 0.25)]
        );
        assert!(gap_band(&pts, 40).is_empty());
    }
}
