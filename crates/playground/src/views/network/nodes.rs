//! The diagram's elements, rendered once per shape and width: computed nodes with their
//! bias marks, and the links. Thumbnails, link strokes and bias colours are updated each
//! frame by [`super::paint::Painter`] through the diagram's element handles.

use yew::prelude::*;

use super::diagram::SharedDiagram;
use super::layout::{BIAS, NODE};
use crate::network_edit::NodeId;
use crate::text::use_lang;

/// Props of [`NodeLayer`] and [`LinkLayer`].
#[derive(Properties, PartialEq)]
pub struct LayerProps {
    /// The diagram to render.
    pub diagram: SharedDiagram,
}

/// Hidden and output nodes (focusable; hovering or focusing one shows it in the big
/// heatmap) and one bias button per node.
#[function_component]
pub fn NodeLayer(props: &LayerProps) -> Html {
    let lang = use_lang();
    let d = &props.diagram.0;
    let output_layer = d.output_layer();
    let nodes = d.layout.nodes.iter().enumerate().map(|(i, slot)| {
        let output = matches!(slot.id, NodeId::Neuron { layer, .. } if layer == output_layer);
        html! {
            <div class={classes!("node", output.then_some("output-node"))} role="img" tabindex="0"
                aria-label={d.node_name(lang, slot.id)} data-node={d.node_index(i).to_string()}
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
