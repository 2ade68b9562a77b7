//! The diagram's elements, rendered once per shape and width: computed nodes with their
//! bias marks, and the links. Thumbnails, link strokes and bias colours are updated each
//! frame by [`super::paint::Painter`] through the diagram's element handles.

use std::rc::Rc;

use nn_core::stats::NetworkStats;
use yew::prelude::*;

use super::diagram::{Diagram, SharedDiagram};
use super::layout::{BIAS, NODE};
use crate::network_edit::NodeId;
use crate::text::{use_lang, Text};

/// Props of [`LinkLayer`].
#[derive(Properties, PartialEq)]
pub struct LayerProps {
    /// The diagram to render.
    pub diagram: SharedDiagram,
}

/// What the statistics say of a node, shown on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeMark {
    /// A ReLU whose output is 0 on every training point: it no longer learns.
    Dead,
    /// A Tanh or Sigmoid in its flat zone on almost every training point.
    Saturated,
}

impl NodeMark {
    /// Its CSS class.
    pub fn class(self) -> &'static str {
        match self {
            NodeMark::Dead => "dead",
            NodeMark::Saturated => "saturated",
        }
    }

    fn text(self) -> Text {
        match self {
            NodeMark::Dead => Text::DeadMark,
            NodeMark::Saturated => Text::SaturatedMark,
        }
    }
}

/// Each node slot's mark (features have none), from the network's statistics.
pub fn node_marks(diagram: &Diagram, stats: &NetworkStats) -> Rc<[Option<NodeMark>]> {
    diagram
        .layout
        .nodes
        .iter()
        .map(|slot| {
            let NodeId::Neuron { layer, index } = slot.id else {
                return None;
            };
            // The diagram counts the grid's way (1 = first hidden layer), the
            // statistics the engine's (0 = first hidden layer).
            let l = stats.layers.get(layer.checked_sub(1)?)?;
            if l.dead.get(index) == Some(&true) {
                Some(NodeMark::Dead)
            } else if l.saturated.get(index) == Some(&true) {
                Some(NodeMark::Saturated)
            } else {
                None
            }
        })
        .collect()
}

/// Props of [`NodeLayer`].
#[derive(Properties, PartialEq)]
pub struct NodeLayerProps {
    /// The diagram to render.
    pub diagram: SharedDiagram,
    /// Each node slot's mark ([`node_marks`]).
    pub marks: Rc<[Option<NodeMark>]>,
}

/// Hidden and output nodes (focusable; hovering or focusing one shows it in the big
/// heatmap), each marked dead or saturated when it is, and one bias button per node.
#[function_component]
pub fn NodeLayer(props: &NodeLayerProps) -> Html {
    let lang = use_lang();
    let d = &props.diagram.0;
    let output_layer = d.output_layer();
    let nodes = d.layout.nodes.iter().enumerate().map(|(i, slot)| {
        let output = matches!(slot.id, NodeId::Neuron { layer, .. } if layer == output_layer);
        let mark = props.marks.get(i).copied().flatten();
        let name = d.node_name(lang, slot.id);
        // The mark is part of the name, so a screen reader hears it too.
        let (label, title) = match mark {
            Some(m) => {
                let why = lang.text(m.text());
                (lang.fill(Text::NodeWithMark, &[&name, why]), Some(why))
            }
            None => (name, None),
        };
        html! {
            <div class={classes!("node", output.then_some("output-node"), mark.map(NodeMark::class))}
                role="img" tabindex="0" {title}
                aria-label={label} data-node={d.node_index(i).to_string()}
                style={format!("left: {:.1}px; top: {:.1}px; width: {NODE}px; height: {NODE}px", slot.left, slot.top)}>
                <canvas ref={d.node_canvases[i].clone()} class="node-image" aria-hidden="true"></canvas>
            </div>
        }
    });
    let biases = d.layout.biases.iter().enumerate().map(|(i, slot)| {
        let index = d.bias_index(i);
        html! {
            <button type="button" class="bias" ref={d.bias_marks[i].clone()}
                aria-label={d.param_name(lang, index)} data-param={index.to_string()}
                style={format!("left: {:.1}px; top: {:.1}px; width: {BIAS}px; height: {BIAS}px", slot.left, slot.top)}>
            </button>
        }
    });
    html! { <>{ for nodes }{ for biases }</> }
}

/// The links: a visible curve each (restyled in place by the painter) and, above all
/// of them, a wider transparent copy that takes the pointer and the keyboard focus.
///
/// SVG rather than a canvas, by measurement: at 6 layers of 8 with all 7 features and
/// training running, a version that stroked the 384 curves on one 2D canvas every frame
/// was no faster (frame work 19–21 ms against 18.6 ms, interleaved runs in headless
/// Chromium), and SVG gives hit-testing, focus and names for free.
#[function_component]
pub fn LinkLayer(props: &LayerProps) -> Html {
    let lang = use_lang();
    let d = &props.diagram.0;
    let (w, h) = (d.layout.width, d.layout.height);
    let lines = d.layout.links.iter().zip(&d.link_paths).map(|(slot, r)| {
        html! { <path ref={r.clone()} class="link" d={slot.path.clone()} /> }
    });
    let hits = d.layout.links.iter().enumerate().map(|(i, slot)| {
        html! {
            <path class="link-hit" d={slot.path.clone()} tabindex="0" role="button"
                aria-label={d.param_name(lang, i)} data-param={i.to_string()} />
        }
    });
    html! {
        <svg class="links" width={w.to_string()} height={h.to_string()}
            viewBox={format!("0 0 {w} {h}")}>
            <g aria-hidden="true">{ for lines }</g>
            <g>{ for hits }</g>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::network::layout::Layout;
    use nn_core::stats::{Histogram, LayerStats};
    use nn_core::Feature;

    fn layer(dead: &[bool], saturated: &[bool]) -> LayerStats {
        LayerStats {
            mean_abs_gradient: f64::NAN,
            mean_abs_change: f64::NAN,
            z: Histogram::new((-1.0, 1.0), 1),
            dead: dead.to_vec(),
            saturated: saturated.to_vec(),
            weights: Histogram::new((-1.0, 1.0), 1),
            initial_weights: Histogram::new((-1.0, 1.0), 1),
            zero_weights: 0,
            frozen_weights: 0,
            small_weights: 0,
        }
    }

    #[test]
    fn marks_land_on_the_nodes_of_their_layer() {
        let features = vec![(Feature::X, true), (Feature::Y, true)];
        let diagram = Diagram::new(Layout::new(600.0, &features, &[2, 3], 1));
        let stats = NetworkStats {
            layers: vec![
                layer(&[false, true], &[false, false]),
                layer(&[false, false, false], &[true, false, false]),
                layer(&[false], &[false]),
            ],
        };
        let marks = node_marks(&diagram, &stats);
        let by_node: Vec<(NodeId, Option<NodeMark>)> = diagram
            .layout
            .nodes
            .iter()
            .map(|slot| slot.id)
            .zip(marks.iter().copied())
            .collect();
        let mark_of = |layer, index| {
            by_node
                .iter()
                .find(|(id, _)| *id == NodeId::Neuron { layer, index })
                .map(|(_, m)| *m)
        };
        assert_eq!(mark_of(1, 1), Some(Some(NodeMark::Dead)));
        assert_eq!(mark_of(1, 0), Some(None));
        assert_eq!(mark_of(2, 0), Some(Some(NodeMark::Saturated)));
        assert_eq!(mark_of(3, 0), Some(None));
        let marked = marks.iter().filter(|m| m.is_some()).count();
        assert_eq!(marked, 2);
    }
}
