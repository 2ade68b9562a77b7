//! The loss chart: training (grey) and test (black) loss over the epochs, with axes,
//! drawn with plotters on a canvas. It draws a bounded history, so its cost stays the
//! same however long training runs.

use nn_core::history::{EarlyStop, LossHistory, LossPoint};
use plotters::style::RGBColor;
use web_sys::HtmlCanvasElement;

use super::plot::{self, Axis, Mark, Plot};
use crate::format;

/// Training-loss curve colour (the original's #777).
const TRAIN: RGBColor = RGBColor(0x77, 0x77, 0x77);
/// Test-loss curve colour (black, as in the original).
const TEST: RGBColor = RGBColor(0, 0, 0);
/// Earlier runs' test-loss curves, faint under the current run's.
const EARLIER: RGBColor = RGBColor(0xbf, 0xcb, 0xd6);
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
pub fn finite_runs(points: &[LossPoint], pick: fn(&LossPoint) -> f64) -> Vec<Vec<(f64, f64)>> {
    let mut runs = vec![];
    let mut run = vec![];
    for p in points {
        let v = pick(p);
        if v.is_finite() {
            run.push((p.epoch as f64, v));
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
/// device pixels per CSS pixel, over the test-loss curves of `earlier` runs, and with
/// compare mode's second network's curves (`other`) dashed.
pub fn paint(
    canvas: &HtmlCanvasElement,
    css: (i32, i32),
    history: &LossHistory,
    earlier: &[&LossHistory],
    other: Option<&LossHistory>,
    titles: Titles,
    ratio: f64,
) {
    let points: Vec<LossPoint> = history.points().collect();
    let stop = history.early_stop().filter(|_| points.len() > 1);
    let earlier: Vec<Vec<LossPoint>> = earlier.iter().map(|h| h.points().collect()).collect();
    let other: Vec<LossPoint> = other.map_or_else(Vec::new, |h| h.points().collect());
    // The axes take in the earlier runs and the other network too, so their curves are
    // never cut.
    let (x_max, y_max) = earlier
        .iter()
        .chain([&other])
        .filter(|pts| !pts.is_empty())
        .map(|pts| bounds(pts))
        .fold(bounds(&points), |(x, y), (a, b)| (x.max(a), y.max(b)));
    let y_decimals = decimals(y_max);
    let plot = Plot {
        x: Axis {
            range: (0.0, x_max as f64),
            title: titles.epochs,
            ticks: 4,
            label: &|e| format::thousands(e.round() as u64),
        },
        y: Axis {
            range: (0.0, y_max),
            title: titles.loss,
            ticks: 4,
            label: &|v| format!("{v:.y_decimals$}"),
        },
        grid: true,
        marks: earlier
            .iter()
            .flat_map(|pts| finite_runs(pts, |p| p.test))
            .map(|points| Mark::Line {
                points,
                color: EARLIER,
                width: 1.2,
            })
            .chain(marks(&points, stop))
            .chain(dashed(&other))
            .collect(),
    };
    plot::paint(canvas, css, ratio, &plot);
}

/// Compare mode's second network: both curves, dashed, in the same colours.
fn dashed(points: &[LossPoint]) -> Vec<Mark> {
    type Pick = fn(&LossPoint) -> f64;
    let picks: [(RGBColor, Pick); 2] = [(TRAIN, |p| p.train), (TEST, |p| p.test)];
    picks
        .into_iter()
        .flat_map(|(color, pick)| {
            finite_runs(points, pick)
                .into_iter()
                .map(move |points| Mark::Dashed {
                    points,
                    color,
                    width: 1.5,
                })
        })
        .collect()
}

/// The curves, and the best epoch's ring and the overfitting gap's shade.
fn marks(points: &[LossPoint], stop: Option<EarlyStop>) -> Vec<Mark> {
    let mut marks = vec![];
    if let Some(stop) = stop.filter(|s| s.overfitting) {
        // Overfitting: shade the widening gap since the best epoch.
        marks.push(Mark::Fill {
            points: gap_band(points, stop.best_epoch),
            color: BEST,
            alpha: 0.18,
        });
    }
    for (color, pick) in [
        (TRAIN, (|p: &LossPoint| p.train) as fn(&LossPoint) -> f64),
        (TEST, |p: &LossPoint| p.test),
    ] {
        for run in finite_runs(points, pick) {
            marks.push(Mark::Line {
                points: run,
                color,
                width: 1.5,
            });
        }
    }
    if let Some(stop) = stop {
        // The lowest test loss: where early stopping would keep the network.
        marks.push(Mark::Ring {
            at: (stop.best_epoch as f64, stop.best_test),
            radius: 3.5,
            color: BEST,
        });
    }
    marks
}

/// The band between the training and the test curve from the best epoch on, where both
/// are finite: the training curve forwards, the test curve back.
pub fn gap_band(points: &[LossPoint], from: u64) -> Vec<(f64, f64)> {
    let after: Vec<&LossPoint> = points
        .iter()
        .filter(|p| p.epoch >= from && p.train.is_finite() && p.test.is_finite())
        .collect();
    let forth = after.iter().map(|p| (p.epoch as f64, p.train));
    let back = after.iter().rev().map(|p| (p.epoch as f64, p.test));
    forth.chain(back).collect()
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
        assert_eq!(runs, vec![vec![(0.0, 1.0)], vec![(2.0, 2.0), (3.0, 3.0)]]);
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
            [(10.0, 0.2), (20.0, 0.1), (20.0, 0.3), (10.0, 0.25)]
        );
        assert!(gap_band(&pts, 40).is_empty());
    }
}
