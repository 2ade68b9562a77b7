//! The weights figure: the histogram of the weights now (of every layer, or of one)
//! over their histogram at epoch 0, and how many are exactly 0 (L1 makes them so) and
//! how many are merely small (L2 shrinks them).

use nn_core::stats::{Histogram, LayerStats, WEIGHT_RANGE};
use plotters::style::RGBColor;
use yew::prelude::*;

use super::figure::{figure, layer_name, legend, CanvasFigureProps};
use crate::colors::{Rgb, BLUE};
use crate::draw::plot::{self, Axis, Mark, Plot};
use crate::format;
use crate::hooks::use_painted_canvas;
use crate::text::{use_lang, Text};

/// Id of the layer menu, which its label names.
const MENU_ID: &str = "weights-layer";
/// The ghost of the weights at epoch 0.
const START: Rgb = [0x9e, 0x9e, 0x9e];

/// The histograms of `layers` added up (they share their bins); the first's shape if
/// none.
pub fn sum<'a>(mut layers: impl Iterator<Item = &'a Histogram>) -> Histogram {
    let Some(first) = layers.next() else {
        return Histogram::new(WEIGHT_RANGE, 1);
    };
    let mut total = first.clone();
    let bins = total.counts.len();
    for h in layers.filter(|h| h.counts.len() == bins) {
        for (t, c) in total.counts.iter_mut().zip(&h.counts) {
            *t += c;
        }
        total.below += h.below;
        total.above += h.above;
    }
    total
}

/// One bar per non-empty bin, from 0 up to its count.
fn bars(h: &Histogram, [r, g, b]: Rgb, alpha: f64) -> Vec<Mark> {
    let width = (h.hi - h.lo) / h.counts.len() as f64;
    h.counts
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c > 0)
        .map(|(k, &c)| {
            let x = h.lo + k as f64 * width;
            Mark::Rect {
                from: (x + 0.1 * width, 0.0),
                to: (x + 0.9 * width, f64::from(c)),
                color: RGBColor(r, g, b),
                alpha,
            }
        })
        .collect()
}

/// The figure, its layer menu and its counts.
#[function_component]
pub fn WeightFigure(props: &CanvasFigureProps) -> Html {
    let lang = use_lang();
    let session = props.view.session.clone();
    let net = session.network();
    let n = net.layers().len();
    let chosen = use_state(|| None::<usize>);
    // A layer that is gone (the network got shallower) falls back to all of them.
    let layer = chosen.filter(|&l| l < n);
    let picked = move |stats: &[LayerStats]| -> Vec<usize> {
        match layer {
            Some(l) => vec![l],
            None => (0..stats.len()).collect(),
        }
    };
    let canvas_ref = {
        let session = session.clone();
        use_painted_canvas(
            (props.painted, layer, lang),
            Box::new(move |canvas, css, ratio| {
                let stats = &session.stats().layers;
                let which = picked(stats);
                let now = sum(which.iter().map(|&l| &stats[l].weights));
                let start = sum(which.iter().map(|&l| &stats[l].initial_weights));
                let tallest = now.counts.iter().chain(&start.counts).copied().max();
                let mut marks = bars(&start, START, 0.45);
                marks.extend(bars(&now, BLUE, 0.75));
                let plot = Plot {
                    x: Axis {
                        range: WEIGHT_RANGE,
                        title: lang.text(Text::FigWeightsAxis),
                        ticks: 5,
                        label: &|v| format::compact((v * 10.0).round() / 10.0),
                    },
                    y: Axis {
                        range: (0.0, f64::from(tallest.unwrap_or(1).max(1)) * 1.08),
                        title: lang.text(Text::FigWeightsCount),
                        ticks: 4,
                        label: &|v| {
                            if (v - v.round()).abs() < 1e-6 {
                                format!("{}", v.round())
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
    let stats = &session.stats().layers;
    let which = picked(stats);
    let total: usize = which.iter().map(|&l| net.layers()[l].weights.len()).sum();
    let zero: usize = which.iter().map(|&l| stats[l].zero_weights).sum();
    let small: usize = which.iter().map(|&l| stats[l].small_weights).sum();
    let now = sum(which.iter().map(|&l| &stats[l].weights));
    let outside = now.below + now.above;
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            chosen.set(value.parse::<usize>().ok());
        })
    };
    html! {
        { figure(lang, "figure-weights", Text::FigWeightsTitle, Text::FigWeightsExplain, html! { <>
            <div class="figure-menu">
                <label for={MENU_ID}>{ lang.text(Text::FigWeightsLayer) }</label>
                <select id={MENU_ID} {onchange}>
                    <option value="all" selected={layer.is_none()}>
                        { lang.text(Text::FigWeightsAll) }
                    </option>
                    { for (0..n).map(|l| html! {
                        <option value={l.to_string()} selected={layer == Some(l)}>
                            { layer_name(lang, l, n) }
                        </option>
                    }) }
                </select>
            </div>
            <canvas ref={canvas_ref} class="figure-canvas" role="img"
                aria-label={lang.text(Text::FigWeightsLabel)}></canvas>
            <p class="figure-readout figure-totals">
                { lang.fill(Text::FigWeightsZero, &[&zero.to_string(), &total.to_string()]) }
                { " · " }
                { lang.fill(Text::FigWeightsSmall, &[&small.to_string(), &total.to_string()]) }
                if outside > 0 {
                    { " · " }
                    { lang.fill(Text::FigWeightsOutside, &[&outside.to_string()]) }
                }
            </p>
            { legend([
                (BLUE, lang.text(Text::FigWeightsNow).to_string()),
                (START, lang.text(Text::FigWeightsStart).to_string()),
            ]) }
        </> }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_add_up_bin_by_bin() {
        let mut a = Histogram::new((-1.0, 1.0), 2);
        let mut b = Histogram::new((-1.0, 1.0), 2);
        a.add(-0.5);
        b.add(0.5);
        b.add(3.0);
        let s = sum([&a, &b].into_iter());
        assert_eq!(s.counts, [1, 1]);
        assert_eq!(s.above, 1);
        assert_eq!(bars(&a, START, 1.0).len(), 1);
    }
}
