//! The gradient figure: each layer's mean |gradient| over the epochs on a log scale,
//! coloured by depth, and a note when the first layer's falls under 1/100 of the
//! output layer's for a while (vanishing gradients).

use nn_core::diagnose::vanishing;
use nn_core::stats::StatsHistory;
use plotters::style::RGBColor;
use yew::prelude::*;

use super::figure::{figure, layer_name, legend, CanvasFigureProps};
use super::GRADIENT_FIGURE_ID;
use crate::colors::depth;
use crate::draw::plot::{self, Axis, Mark, Plot};
use crate::format;
use crate::hooks::use_painted_canvas;
use crate::text::{use_lang, Text};

/// Each layer's curve as runs of (epoch, log₁₀ |gradient|), broken where there is no
/// figure (no update yet, or a gradient of exactly 0).
pub fn curves(history: &StatsHistory) -> Vec<Vec<Vec<(f64, f64)>>> {
    let layers = history.points().map(|p| p.layers.len()).max().unwrap_or(0);
    (0..layers)
        .map(|i| {
            let mut runs: Vec<Vec<(f64, f64)>> = vec![];
            let mut run = vec![];
            for p in history.points() {
                let g = p.layers.get(i).map_or(f64::NAN, |l| l.mean_abs_gradient);
                if g.is_finite() && g > 0.0 {
                    run.push((p.epoch as f64, g.log10()));
                } else if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
            }
            if !run.is_empty() {
                runs.push(run);
            }
            runs
        })
        .collect()
}

/// The whole decades spanned by `curves` (at least one).
pub fn decades(curves: &[Vec<Vec<(f64, f64)>>]) -> (f64, f64) {
    let values = curves.iter().flatten().flatten().map(|&(_, v)| v);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() {
        return (-3.0, 0.0);
    }
    let (lo, hi) = (lo.floor(), hi.ceil());
    (lo, if hi > lo { hi } else { lo + 1.0 })
}

/// `10` to the power `k`, written with superscripts (`10⁻³`).
pub fn power_of_ten(k: i32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let digits: String = k
        .unsigned_abs()
        .to_string()
        .chars()
        .map(|d| DIGITS[d.to_digit(10).unwrap_or(0) as usize])
        .collect();
    format!("10{}{digits}", if k < 0 { "⁻" } else { "" })
}

/// A gradient's size in three significant digits.
fn size(g: f64) -> String {
    if g.is_finite() && g > 0.0 && !(1e-3..1e3).contains(&g) {
        format!("{g:.2e}")
    } else if g.is_finite() {
        format!("{:.3}", g)
    } else {
        "–".into()
    }
}

/// The figure, its legend and its notes.
#[function_component]
pub fn GradientFigure(props: &CanvasFigureProps) -> Html {
    let lang = use_lang();
    let session = props.view.session.clone();
    let layers = session.network().layers().len();
    let canvas_ref = {
        let session = session.clone();
        use_painted_canvas(
            (props.painted, lang),
            Box::new(move |canvas, css, ratio| {
                let history = session.stats_history();
                let curves = curves(history);
                let x_max = history.points().last().map_or(1, |p| p.epoch.max(1));
                let y_range = decades(&curves);
                let n = curves.len();
                let marks = curves
                    .into_iter()
                    .enumerate()
                    .flat_map(|(i, runs)| {
                        let [r, g, b] = depth(i, n);
                        runs.into_iter().map(move |points| Mark::Line {
                            points,
                            color: RGBColor(r, g, b),
                            width: 1.5,
                        })
                    })
                    .collect();
                let plot = Plot {
                    x: Axis {
                        range: (0.0, x_max as f64),
                        title: lang.text(Text::ChartEpochs),
                        ticks: 4,
                        label: &|e| format::thousands(e.round() as u64),
                    },
                    y: Axis {
                        range: y_range,
                        title: lang.text(Text::FigGradientAxis),
                        ticks: 5,
                        label: &|v| {
                            if (v - v.round()).abs() < 1e-6 {
                                power_of_ten(v.round() as i32)
                            } else {
                                String::new()
                            }
                        },
                    },
                    grid: true,
                    marks,
                };
                plot::paint(canvas, css, ratio, &plot);
            }),
        )
    };
    let stats = session.stats();
    let now = match (stats.layers.first(), stats.layers.last()) {
        (Some(first), Some(last)) if stats.layers.len() > 1 => Some(lang.fill(
            Text::FigGradientNow,
            &[
                &size(first.mean_abs_gradient),
                &size(last.mean_abs_gradient),
            ],
        )),
        _ => None,
    };
    let vanishing = vanishing(session.stats_history()).map(|ratio| {
        let share = if ratio > 0.0 {
            format!("1/{}", format::thousands((1.0 / ratio).round() as u64))
        } else {
            "0".into()
        };
        lang.fill(Text::FigGradientVanishing, &[&share])
    });
    html! {
        { figure(lang, GRADIENT_FIGURE_ID, Text::FigGradientTitle, Text::FigGradientExplain, html! { <>
            <canvas ref={canvas_ref} class="figure-canvas" role="img"
                aria-label={lang.text(Text::FigGradientLabel)}></canvas>
            if let Some(note) = vanishing {
                <p class="figure-note" role="status">{ note }</p>
            }
            if let Some(now) = now {
                <p class="figure-readout">{ now }</p>
            }
            { legend((0..layers).map(|i| (depth(i, layers), layer_name(lang, i, layers)))) }
        </> }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::stats::{LayerPoint, StatsPoint};

    fn point(epoch: u64, gradients: &[f64]) -> StatsPoint {
        StatsPoint {
            epoch,
            layers: gradients
                .iter()
                .map(|&g| LayerPoint {
                    mean_abs_gradient: g,
                    mean_abs_change: 0.0,
                    dead: 0,
                    saturated: 0,
                    zero_weights: 0,
                    small_weights: 0,
                })
                .collect(),
        }
    }

    #[test]
    fn curves_are_log_sized_and_break_without_a_figure() {
        let mut h = StatsHistory::new(16);
        h.push(point(0, &[f64::NAN, f64::NAN]));
        h.push(point(1, &[0.001, 0.1]));
        h.push(point(2, &[0.0, 0.1]));
        h.push(point(3, &[0.0001, 1.0]));
        let c = curves(&h);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0], vec![vec![(1.0, -3.0)], vec![(3.0, -4.0)]]);
        assert_eq!(c[1], vec![vec![(1.0, -1.0), (2.0, -1.0), (3.0, 0.0)]]);
        assert_eq!(decades(&c), (-4.0, 0.0));
        assert_eq!(decades(&[]), (-3.0, 0.0));
    }

    #[test]
    fn powers_of_ten_read_as_in_print() {
        assert_eq!(power_of_ten(-3), "10⁻³");
        assert_eq!(power_of_ten(0), "10⁰");
        assert_eq!(power_of_ten(12), "10¹²");
        assert_eq!(size(0.0123), "0.012");
        assert_eq!(size(0.0000123), "1.23e-5");
    }
}
