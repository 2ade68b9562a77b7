//! The activation figure: the function f and its slope f′ over z ∈ [−6, 6], the flat
//! zone where f′ is near 0 shaded, f′'s largest value labelled, and under the curves
//! where each hidden layer's pre-activations z fall. Step, Sigmoid, Tanh and ReLU are
//! one click away for comparison.

use nn_core::stats::{Histogram, FLAT_SLOPE, Z_RANGE};
use nn_core::Activation;
use plotters::style::RGBColor;
use yew::prelude::*;

use super::figure::{figure, legend, CanvasFigureProps};
use crate::colors::{depth, Rgb};
use crate::draw::plot::{self, Axis, Mark, Plot};
use crate::format;
use crate::hooks::use_painted_canvas;
use crate::text::{use_lang, Lang, Text};

/// The four the lesson compares.
const LESSON: [Activation; 4] = [
    Activation::Step,
    Activation::Sigmoid,
    Activation::Tanh,
    Activation::Relu,
];
/// Samples per unit of z.
const PER_UNIT: usize = 20;
/// f's colour.
const F: Rgb = [0x33, 0x33, 0x33];
/// f′'s colour.
const SLOPE: Rgb = [0xd9, 0x5f, 0x02];
/// The flat zone's shade.
const FLAT: Rgb = [0x99, 0x99, 0x99];
/// Share of the plot's height the tallest histogram bin reaches.
const HISTOGRAM_HEIGHT: f64 = 0.4;

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c[0], c[1], c[2])
}

/// The z samples over the drawn range.
fn zs() -> impl Iterator<Item = f64> {
    let n = (Z_RANGE.1 - Z_RANGE.0) as usize * PER_UNIT;
    (0..=n).map(|k| Z_RANGE.0 + k as f64 / PER_UNIT as f64)
}

/// Where |f′| < [`FLAT_SLOPE`], as intervals of z (each sample stands for the half step
/// either side of it).
pub fn flat_spans(a: Activation) -> Vec<(f64, f64)> {
    let half = 0.5 / PER_UNIT as f64;
    let mut spans: Vec<(f64, f64)> = vec![];
    for z in zs().filter(|&z| a.derivative(z).abs() < FLAT_SLOPE) {
        let (lo, hi) = ((z - half).max(Z_RANGE.0), (z + half).min(Z_RANGE.1));
        match spans.last_mut() {
            Some(last) if (last.1 - lo).abs() < 1e-9 => last.1 = hi,
            _ => spans.push((lo, hi)),
        }
    }
    spans
}

/// The share of a layer's z (from its histogram) where `a` is flat: each bin judged at
/// its centre, values beyond the range at ±8.
pub fn flat_share(a: Activation, z: &Histogram) -> f64 {
    let total = z.total();
    if total == 0 {
        return 0.0;
    }
    let width = (z.hi - z.lo) / z.counts.len() as f64;
    let flat = |v: f64| a.derivative(v).abs() < FLAT_SLOPE;
    let inside: u64 = z
        .counts
        .iter()
        .enumerate()
        .filter(|&(k, _)| flat(z.lo + (k as f64 + 0.5) * width))
        .map(|(_, &c)| u64::from(c))
        .sum();
    let outside =
        u64::from(z.below) * u64::from(flat(-8.0)) + u64::from(z.above) * u64::from(flat(8.0));
    (inside + outside) as f64 / total as f64
}

/// f′'s largest value over the range and where it is reached: at one z (`z = 0`), from
/// some z on (`z > 0`), or everywhere (`z ∈ ℝ`). `None` when f′ is 0 everywhere.
pub fn peak(a: Activation) -> Option<(f64, String)> {
    let max = a.derivative_max();
    if max <= 0.0 {
        return None;
    }
    let at: Vec<f64> = zs()
        .filter(|&z| (a.derivative(z) - max).abs() < 1e-6)
        .collect();
    let step = 1.0 / PER_UNIT as f64;
    let place = match (at.first(), at.last()) {
        (Some(&lo), Some(&hi)) if lo <= Z_RANGE.0 && hi >= Z_RANGE.1 => "z ∈ ℝ".to_string(),
        (Some(&lo), Some(&hi)) if hi >= Z_RANGE.1 => format!("z > {}", round(lo - step)),
        (Some(&lo), Some(&hi)) if (hi - lo) < 1.5 * step => format!("z = {}", round(lo)),
        // A peak between samples (Swish, GELU): where the nearest sample is.
        _ => {
            let best = zs().fold((Z_RANGE.0, f64::MIN), |b, z| {
                let d = a.derivative(z);
                if d > b.1 {
                    (z, d)
                } else {
                    b
                }
            });
            format!("z ≈ {}", round(best.0))
        }
    };
    Some((max, place))
}

fn round(z: f64) -> String {
    let r = (z * 10.0).round() / 10.0;
    format::compact(if r == 0.0 { 0.0 } else { r })
}

/// The vertical range: both curves with a margin, cut to [−1.5, 3].
fn y_range(a: Activation) -> (f64, f64) {
    let (lo, hi) = zs()
        .flat_map(|z| [a.apply(z), a.derivative(z)])
        .fold((0.0_f64, 1.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (lo, hi) = (lo.max(-1.5), hi.min(3.0));
    let pad = 0.08 * (hi - lo);
    (lo - pad, hi + pad)
}

/// The marks: the flat zone, the layers' histograms, the two curves and f′'s peak.
fn marks(a: Activation, layers: &[&Histogram]) -> Vec<Mark> {
    let (y0, y1) = y_range(a);
    let mut marks: Vec<Mark> = flat_spans(a)
        .into_iter()
        .map(|(lo, hi)| Mark::Rect {
            from: (lo, y0),
            to: (hi, y1),
            color: rgb(FLAT),
            alpha: 0.18,
        })
        .collect();
    let tallest = layers
        .iter()
        .flat_map(|h| h.counts.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = HISTOGRAM_HEIGHT * (y1 - y0) / f64::from(tallest);
    for (i, h) in layers.iter().enumerate() {
        let color = rgb(depth(i, layers.len() + 1));
        let outline = histogram_outline(h, y0, scale);
        marks.push(Mark::Fill {
            points: outline.clone(),
            color,
            alpha: 0.22,
        });
        marks.push(Mark::Line {
            points: outline,
            color,
            width: 1.0,
        });
    }
    let clip = |v: f64| v.clamp(y0, y1);
    for (curve, color) in [
        (
            zs().map(|z| (z, a.derivative(z))).collect::<Vec<_>>(),
            SLOPE,
        ),
        (zs().map(|z| (z, a.apply(z))).collect(), F),
    ] {
        for points in within(&curve, (y0, y1)) {
            marks.push(Mark::Line {
                points,
                color: rgb(color),
                width: 2.0,
            });
        }
    }
    if let Some((max, _)) = peak(a) {
        let z = zs()
            .find(|&z| (a.derivative(z) - max).abs() < 1e-3)
            .unwrap_or(0.0);
        let at = (z, clip(max));
        marks.push(Mark::Ring {
            at,
            radius: 4.0,
            color: rgb(SLOPE),
        });
        marks.push(Mark::Label {
            at: (z + 0.3, clip(max) + 0.04 * (y1 - y0)),
            text: format!("f′ = {}", format::compact(round_to(max, 3))),
            color: rgb(SLOPE),
        });
    }
    marks
}

/// The stretches of `curve` inside the vertical range: a curve that leaves the plot is
/// cut there, not flattened against its edge.
fn within(curve: &[(f64, f64)], (lo, hi): (f64, f64)) -> Vec<Vec<(f64, f64)>> {
    let mut runs = vec![];
    let mut run = vec![];
    for &(z, v) in curve {
        if (lo..=hi).contains(&v) {
            run.push((z, v));
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

fn round_to(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (v * f).round() / f
}

/// A histogram's outline as a closed step shape sitting on `base`.
fn histogram_outline(h: &Histogram, base: f64, scale: f64) -> Vec<(f64, f64)> {
    let width = (h.hi - h.lo) / h.counts.len() as f64;
    let mut points = vec![(h.lo, base)];
    for (k, &c) in h.counts.iter().enumerate() {
        let top = base + f64::from(c) * scale;
        let x = h.lo + k as f64 * width;
        points.push((x, top));
        points.push((x + width, top));
    }
    points.push((h.hi, base));
    points
}

/// The figure, with its comparison buttons and readouts.
#[function_component]
pub fn ActivationFigure(props: &CanvasFigureProps) -> Html {
    let lang = use_lang();
    let session = props.view.session.clone();
    let config = session.config();
    let used: Vec<Activation> = (0..config.network_shape.len())
        .map(|l| config.layer_activation(l))
        .collect();
    let network = used.first().copied().unwrap_or(config.activation);
    let picked = use_state(|| None::<Activation>);
    let shown = picked.unwrap_or(network);
    let choices: Vec<Activation> = std::iter::once(network)
        .filter(|a| !LESSON.contains(a))
        .chain(LESSON)
        .collect();
    let hidden = used.len();
    let canvas_ref = {
        let session = session.clone();
        use_painted_canvas(
            (props.painted, shown, lang),
            Box::new(move |canvas, css, ratio| {
                let layers: Vec<&Histogram> = session
                    .stats()
                    .layers
                    .iter()
                    .take(hidden)
                    .map(|l| &l.z)
                    .collect();
                let plot = Plot {
                    x: Axis {
                        range: Z_RANGE,
                        title: "z",
                        ticks: 7,
                        label: &|v| format::compact(v.round()),
                    },
                    y: Axis {
                        range: y_range(shown),
                        title: lang.text(Text::FigActivationAxis),
                        ticks: 5,
                        label: &|v| format::compact(round_to(v, 2)),
                    },
                    grid: true,
                    marks: marks(shown, &layers),
                };
                plot::paint(canvas, css, ratio, &plot);
            }),
        )
    };
    let stats = session.stats();
    let layer_lines = stats.layers.iter().take(hidden).enumerate().map(|(i, l)| {
        let share = format::percent(flat_share(shown, &l.z));
        let text = lang.fill(Text::FigActivationLayer, &[&(i + 1).to_string(), &share]);
        (depth(i, hidden + 1), text)
    });
    let in_use = if used.iter().all(|&a| a == network) {
        lang.fill(Text::FigActivationInUse, &[lang.activation(network)])
    } else {
        lang.text(Text::FigActivationMixed).to_string()
    };
    html! {
        { figure(lang, "figure-activation", Text::FigActivationTitle, Text::FigActivationExplain, html! { <>
            <div class="figure-choices" role="group"
                aria-label={lang.text(Text::FigActivationCompare)}>
                { for choices.into_iter().map(|a| {
                    let picked = picked.clone();
                    html! {
                        <button type="button" class="text-button"
                            aria-label={lang.fill(Text::FigActivationShow, &[lang.activation(a)])}
                            aria-pressed={(a == shown).to_string()}
                            onclick={Callback::from(move |_: MouseEvent| picked.set(Some(a)))}>
                            { lang.activation(a) }
                        </button>
                    }
                }) }
            </div>
            <canvas ref={canvas_ref} class="figure-canvas" role="img"
                aria-label={lang.fill(Text::FigActivationLabel, &[lang.activation(shown)])}></canvas>
            <p class="figure-readout">{ peak_text(lang, shown) }</p>
            <p class="figure-readout">{ in_use }</p>
            { legend(
                [
                    (F, format!("f(z): {}", lang.activation(shown))),
                    (SLOPE, "f′(z)".to_string()),
                    (FLAT, lang.text(Text::FigActivationFlat).to_string()),
                ]
                .into_iter()
                .chain(layer_lines),
            ) }
        </> }) }
    }
}

fn peak_text(lang: Lang, a: Activation) -> String {
    match peak(a) {
        Some((max, at)) => lang.fill(
            Text::FigActivationMax,
            &[&format::compact(round_to(max, 3)), &at],
        ),
        None => lang.text(Text::FigActivationNoSlope).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sigmoid_peaks_at_a_quarter_at_zero_and_flattens_far_out() {
        assert_eq!(peak(Activation::Sigmoid), Some((0.25, "z = 0".into())));
        assert_eq!(peak(Activation::Relu), Some((1.0, "z > 0".into())));
        assert_eq!(peak(Activation::Linear), Some((1.0, "z ∈ ℝ".into())));
        assert_eq!(peak(Activation::Step), None);
        let spans = flat_spans(Activation::Sigmoid);
        assert_eq!(spans.len(), 2, "{spans:?}");
        assert_eq!(spans[0].0, -6.0);
        assert!(spans[0].1 < -4.0 && spans[1].0 > 4.0, "{spans:?}");
        assert_eq!(flat_spans(Activation::Step), vec![(-6.0, 6.0)]);
        let relu = flat_spans(Activation::Relu);
        assert_eq!(relu.len(), 1);
        assert!((relu[0].1 - 0.025).abs() < 1e-9, "{relu:?}");
    }

    #[test]
    fn the_flat_share_counts_bins_and_the_tails() {
        let mut z = Histogram::new(Z_RANGE, 24);
        for v in [-7.0, -5.9, -0.2, 0.3, 9.0] {
            z.add(v);
        }
        // ReLU is flat for z ≤ 0: −7 (below), −5.9 and −0.2.
        assert!((flat_share(Activation::Relu, &z) - 0.6).abs() < 1e-12);
        // Tanh: −7, −5.9 and 9 lie where tanh′ < 0.01.
        assert!((flat_share(Activation::Tanh, &z) - 0.6).abs() < 1e-12);
        assert_eq!(flat_share(Activation::Linear, &z), 0.0);
        assert_eq!(
            flat_share(Activation::Step, &Histogram::new(Z_RANGE, 4)),
            0.0
        );
    }

    #[test]
    fn a_curve_leaving_the_plot_is_cut_not_flattened() {
        let curve = [(0.0, 1.0), (1.0, 5.0), (2.0, 2.0), (3.0, 2.5)];
        assert_eq!(
            within(&curve, (0.0, 3.0)),
            vec![vec![(0.0, 1.0)], vec![(2.0, 2.0), (3.0, 2.5)]]
        );
    }

    #[test]
    fn the_outline_steps_over_each_bin() {
        let mut h = Histogram::new((0.0, 2.0), 2);
        h.add(0.5);
        h.add(1.5);
        h.add(1.5);
        assert_eq!(
            histogram_outline(&h, -1.0, 0.5),
            [
                (0.0, -1.0),
                (0.0, -0.5),
                (1.0, -0.5),
                (1.0, 0.0),
                (2.0, 0.0),
                (2.0, -1.0)
            ]
        );
    }
}
