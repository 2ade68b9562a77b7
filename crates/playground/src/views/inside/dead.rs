//! The dead neurons figure: over the epochs, how many hidden neurons are dead (a ReLU
//! whose output is 0 on every training point) and how many saturated (Tanh, Sigmoid
//! with a slope near 0 almost everywhere), and each hidden layer's counts now.

use nn_core::stats::{can_die, can_saturate, StatsHistory};
use plotters::style::RGBColor;
use yew::prelude::*;

use super::figure::{figure, legend, CanvasFigureProps};
use crate::colors::Rgb;
use crate::draw::plot::{self, Axis, Mark, Plot};
use crate::format;
use crate::hooks::use_painted_canvas;
use crate::text::{use_lang, Text};

/// The dead count's colour.
const DEAD: Rgb = [0xb2, 0x18, 0x2b];
/// The saturated count's colour.
const SATURATED: Rgb = [0xe0, 0x8a, 0x00];

/// A line over the epochs: (epoch, value) points.
type Curve = Vec<(f64, f64)>;

/// Over the epochs, the dead and the saturated neurons of the hidden layers (every
/// layer but the last).
pub fn counts(history: &StatsHistory) -> (Curve, Curve) {
    history
        .points()
        .map(|p| {
            let hidden = &p.layers[..p.layers.len().saturating_sub(1)];
            let dead: u32 = hidden.iter().map(|l| l.dead).sum();
            let saturated: u32 = hidden.iter().map(|l| l.saturated).sum();
            let e = p.epoch as f64;
            ((e, f64::from(dead)), (e, f64::from(saturated)))
        })
        .unzip()
}

/// The figure, the totals and each layer's counts.
#[function_component]
pub fn DeadFigure(props: &CanvasFigureProps) -> Html {
    let lang = use_lang();
    let session = props.view.session.clone();
    let net = session.network();
    let hidden = net.layers().len().saturating_sub(1);
    let neurons: usize = net.layers()[..hidden].iter().map(|l| l.n_out).sum();
    let canvas_ref = {
        let session = session.clone();
        use_painted_canvas(
            (props.painted, lang),
            Box::new(move |canvas, css, ratio| {
                let history = session.stats_history();
                let (dead, saturated) = counts(history);
                let x_max = history.points().last().map_or(1, |p| p.epoch.max(1));
                let line = |points, [r, g, b]: Rgb| Mark::Line {
                    points,
                    color: RGBColor(r, g, b),
                    width: 1.5,
                };
                let plot = Plot {
                    x: Axis {
                        range: (0.0, x_max as f64),
                        title: lang.text(Text::ChartEpochs),
                        ticks: 4,
                        label: &|e| format::thousands(e.round() as u64),
                    },
                    y: Axis {
                        range: (0.0, neurons.max(1) as f64),
                        title: lang.text(Text::FigDeadAxis),
                        ticks: neurons.clamp(1, 4) + 1,
                        label: &|v| {
                            if (v - v.round()).abs() < 1e-6 {
                                format!("{}", v.round())
                            } else {
                                String::new()
                            }
                        },
                    },
                    grid: true,
                    marks: vec![line(saturated, SATURATED), line(dead, DEAD)],
                };
                plot::paint(canvas, css, ratio, &plot);
            }),
        )
    };
    let stats = session.stats();
    let (dead, _) = stats.dead_hidden(net);
    let saturated: usize = stats.layers[..hidden.min(stats.layers.len())]
        .iter()
        .map(|l| l.saturated_count())
        .sum();
    let any = net.layers()[..hidden]
        .iter()
        .any(|l| can_die(l.activation) || can_saturate(l.activation));
    let per_layer = stats
        .layers
        .iter()
        .zip(net.layers())
        .take(hidden)
        .enumerate();
    html! {
        { figure(lang, "figure-dead", Text::FigDeadTitle, Text::FigDeadExplain, html! { <>
            <canvas ref={canvas_ref} class="figure-canvas" role="img"
                aria-label={lang.text(Text::FigDeadLabel)}></canvas>
            <p class="figure-readout figure-totals">
                { lang.fill(Text::DeadCount, &[&dead.to_string(), &neurons.to_string()]) }
                { " · " }
                { lang.fill(Text::SaturatedCount, &[&saturated.to_string(), &neurons.to_string()]) }
            </p>
            if !any {
                <p class="figure-readout">{ lang.text(Text::FigDeadNone) }</p>
            }
            <ul class="figure-layers">
                { for per_layer.map(|(i, (s, l))| html! {
                    <li>{ lang.fill(Text::FigDeadLayer, &[
                        &(i + 1).to_string(),
                        &s.dead_count().to_string(),
                        &s.saturated_count().to_string(),
                        &l.n_out.to_string(),
                    ]) }</li>
                }) }
            </ul>
            { legend([
                (DEAD, lang.text(Text::FigDeadLine).to_string()),
                (SATURATED, lang.text(Text::FigSaturatedLine).to_string()),
            ]) }
        </> }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::stats::{LayerPoint, StatsPoint};

    fn layer(dead: u32, saturated: u32) -> LayerPoint {
        LayerPoint {
            mean_abs_gradient: 0.1,
            mean_abs_change: 0.1,
            dead,
            saturated,
            zero_weights: 0,
            small_weights: 0,
        }
    }

    #[test]
    fn only_hidden_layers_count() {
        let mut h = StatsHistory::new(8);
        h.push(StatsPoint {
            epoch: 0,
            layers: vec![layer(1, 0), layer(2, 3), layer(1, 1)],
        });
        h.push(StatsPoint {
            epoch: 5,
            layers: vec![layer(4, 0), layer(2, 0), layer(1, 1)],
        });
        let (dead, saturated) = counts(&h);
        assert_eq!(dead, [(0.0, 3.0), (5.0, 6.0)]);
        assert_eq!(saturated, [(0.0, 3.0), (5.0, 0.0)]);
    }
}
