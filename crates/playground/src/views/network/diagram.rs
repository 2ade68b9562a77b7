//! One network diagram's layout together with handles on its elements, so that each
//! frame can repaint thumbnails and restyle links and biases in place, without
//! re-rendering them.
//!
//! Elements name what they stand for with two data attributes, read by the diagram's
//! delegated event handlers: `data-node` (an index into [`Diagram::node`]) and
//! `data-param` (an index into [`Diagram::param`]).

use std::rc::Rc;

use yew::NodeRef;

use super::layout::Layout;
use crate::network_edit::{NodeId, Param};
use crate::text::{Lang, Text};

/// The layout and a [`NodeRef`] for every element that changes each frame.
#[derive(Debug)]
pub struct Diagram {
    /// Where everything sits.
    pub layout: Layout,
    /// One canvas per feature slot.
    pub feature_canvases: Vec<NodeRef>,
    /// One canvas per computed node (hidden, then output).
    pub node_canvases: Vec<NodeRef>,
    /// The visible path of each link.
    pub link_paths: Vec<NodeRef>,
    /// Each bias mark.
    pub bias_marks: Vec<NodeRef>,
}

impl Diagram {
    /// Fresh handles for `layout`.
    pub fn new(layout: Layout) -> Self {
        let refs = |n: usize| (0..n).map(|_| NodeRef::default()).collect();
        Diagram {
            feature_canvases: refs(layout.features.len()),
            node_canvases: refs(layout.nodes.len()),
            link_paths: refs(layout.links.len()),
            bias_marks: refs(layout.biases.len()),
            layout,
        }
    }

    /// The node behind `data-node = i`: features first, then computed nodes.
    pub fn node(&self, i: usize) -> Option<NodeId> {
        let features = &self.layout.features;
        match features.get(i) {
            Some(f) => Some(NodeId::Feature(f.feature)),
            None => self.layout.nodes.get(i - features.len()).map(|n| n.id),
        }
    }

    /// The `data-node` index of the computed node number `i`.
    pub fn node_index(&self, i: usize) -> usize {
        self.layout.features.len() + i
    }

    /// The parameter behind `data-param = i`: links first, then biases.
    pub fn param(&self, i: usize) -> Option<Param> {
        let links = &self.layout.links;
        match links.get(i) {
            Some(l) => Some(l.param),
            None => self.layout.biases.get(i - links.len()).map(|b| b.param),
        }
    }

    /// The `data-param` index of bias number `i`.
    pub fn bias_index(&self, i: usize) -> usize {
        self.layout.links.len() + i
    }

    /// The grid layer of the output node.
    pub fn output_layer(&self) -> usize {
        self.layout.layers.len()
    }

    /// A node's name inside a sentence ("X₁", "neuron 2 of layer 1", "the output").
    pub fn node_ref(&self, lang: Lang, id: NodeId) -> String {
        self.node_label(lang, id, Text::OutputRef, Text::NeuronRef)
    }

    /// A computed node's own name ("Neuron 2 of layer 1", "Output neuron").
    pub fn node_name(&self, lang: Lang, id: NodeId) -> String {
        self.node_label(lang, id, Text::OutputNeuron, Text::NeuronName)
    }

    /// A feature's name, `output` for the output node, or `neuron` filled with the
    /// neuron's number and layer.
    fn node_label(&self, lang: Lang, id: NodeId, output: Text, neuron: Text) -> String {
        match id {
            NodeId::Feature(f) => lang.feature(f).to_string(),
            NodeId::Neuron { layer, index } if layer == self.output_layer() => {
                // One output per class of a multi-class problem: numbered, as the legend's
                // classes are.
                if self.layout.layers.last().is_some_and(|l| l.size > 1) {
                    let numbered = match output {
                        Text::OutputRef => Text::OutputRefNumbered,
                        _ => Text::OutputNeuronNumbered,
                    };
                    lang.fill(numbered, &[&(index + 1).to_string()])
                } else {
                    lang.text(output).to_string()
                }
            }
            NodeId::Neuron { layer, index } => {
                lang.fill(neuron, &[&(index + 1).to_string(), &layer.to_string()])
            }
        }
    }

    /// A link's or bias's name ("Weight from X₁ to neuron 1 of layer 1").
    pub fn param_name(&self, lang: Lang, i: usize) -> String {
        let links = &self.layout.links;
        match links.get(i) {
            Some(l) => lang.fill(
                Text::WeightName,
                &[&self.node_ref(lang, l.from), &self.node_ref(lang, l.to)],
            ),
            None => match self.layout.biases.get(i - links.len()) {
                Some(b) => lang.fill(Text::BiasName, &[&self.node_ref(lang, b.node)]),
                None => String::new(),
            },
        }
    }
}

/// A diagram shared by the network view's parts, compared by identity: it is rebuilt
/// only when the shape, the features or the width change.
#[derive(Clone, Debug)]
pub struct SharedDiagram(pub Rc<Diagram>);

impl PartialEq for SharedDiagram {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::Feature;

    #[test]
    fn the_outputs_of_a_multi_class_network_are_numbered() {
        let d = Diagram::new(Layout::new(600.0, &[(Feature::X, true)], &[2], 3));
        let (en, zh) = (Lang::En, Lang::Zh);
        let out2 = NodeId::Neuron { layer: 2, index: 1 };
        assert_eq!(d.node_name(en, out2), "Output neuron 2");
        assert_eq!(d.node_name(zh, out2), "输出神经元 2");
        // Links: x→h1, x→h2, then h1→o1, h2→o1, h1→o2 …
        assert_eq!(
            d.param_name(en, 4),
            "Weight from neuron 1 of layer 1 to output 2"
        );
    }

    #[test]
    fn indices_and_names() {
        let features = [
            (Feature::X, true),
            (Feature::Y, false),
            (Feature::SinX, true),
        ];
        let d = Diagram::new(Layout::new(600.0, &features, &[3], 1));
        let en = Lang::En;
        assert_eq!(d.node(1), Some(NodeId::Feature(Feature::Y)));
        assert_eq!(d.node(3), Some(NodeId::Neuron { layer: 1, index: 0 }));
        assert_eq!(d.node(6), Some(NodeId::Neuron { layer: 2, index: 0 }));
        assert_eq!(d.node(7), None);
        assert_eq!(d.node_index(0), 3);
        assert_eq!(d.param_name(en, 0), "Weight from X₁ to neuron 1 of layer 1");
        assert_eq!(
            d.param_name(en, 1),
            "Weight from sin(X₁) to neuron 1 of layer 1"
        );
        assert_eq!(
            d.param_name(en, 6),
            "Weight from neuron 1 of layer 1 to the output"
        );
        assert_eq!(
            d.param_name(en, d.bias_index(1)),
            "Bias of neuron 2 of layer 1"
        );
        assert_eq!(d.param_name(en, d.bias_index(3)), "Bias of the output");
        assert_eq!(d.param_name(en, 99), "");
        assert_eq!(d.param(9), Some(Param::Bias { layer: 0, node: 0 }));
        assert_eq!(
            d.node_name(en, NodeId::Neuron { layer: 1, index: 2 }),
            "Neuron 3 of layer 1"
        );
        assert_eq!(
            d.node_name(en, NodeId::Neuron { layer: 2, index: 0 }),
            "Output neuron"
        );
        assert_eq!(d.feature_canvases.len(), 3);
        assert_eq!(d.link_paths.len(), 9);
        assert_eq!(d.bias_marks.len(), 4);
    }
}
