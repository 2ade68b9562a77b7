//! Where everything of the network diagram sits, in CSS pixels from the diagram's
//! top-left corner. Pure: computed once per shape and width, then shared by the nodes,
//! the links, the bias marks and the hover card.

use std::fmt::Write;

use nn_core::Feature;

use crate::network_edit::{NodeId, Param};

/// Side of a node square.
pub const NODE: f64 = 36.0;
/// Vertical distance from one node's top to the next.
pub const PITCH: f64 = 52.0;
/// Room above the first row for the per-layer +/− controls, neuron count and
/// activation menu.
pub const HEAD: f64 = 88.0;
/// Room below the last row.
const FOOT: f64 = 12.0;
/// Left edge of the feature squares; their labels sit to the left.
pub const FEATURE_LEFT: f64 = 68.0;
/// Gap between the output square and the right edge.
const OUTPUT_MARGIN: f64 = 4.0;
/// Side of a bias mark.
pub const BIAS: f64 = 10.0;
/// Narrowest distance between two columns' centres (their controls must fit).
pub const MIN_SPACING: f64 = 74.0;
/// How far apart the links arriving at one node spread vertically (the original's 12 px).
const SPREAD: f64 = 12.0;

/// A feature's row in the input column.
#[derive(Clone, Debug, PartialEq)]
pub struct FeatureSlot {
    /// The feature.
    pub feature: Feature,
    /// Whether it is fed to the network.
    pub active: bool,
    /// Top of its square.
    pub top: f64,
}

/// A hidden layer's (or the output's) column.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerSlot {
    /// Horizontal centre.
    pub cx: f64,
    /// Nodes in the column.
    pub size: usize,
}

/// A computed node's square (hidden or output).
#[derive(Clone, Debug, PartialEq)]
pub struct NodeSlot {
    /// Which node.
    pub id: NodeId,
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
}

/// A link's curve.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkSlot {
    /// Its weight.
    pub param: Param,
    /// Where it comes from.
    pub from: NodeId,
    /// Where it goes.
    pub to: NodeId,
    /// SVG path data.
    pub path: String,
    /// The curve's midpoint (where a keyboard-opened card points).
    pub mid: (f64, f64),
}

/// A bias mark at a node's bottom-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct BiasSlot {
    /// Its bias.
    pub param: Param,
    /// The node it belongs to.
    pub node: NodeId,
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
}

/// The whole diagram's geometry.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Total width (at least [`Layout::min_width`]).
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// The input column, every feature present on the page in order.
    pub features: Vec<FeatureSlot>,
    /// Hidden layers, then the output.
    pub layers: Vec<LayerSlot>,
    /// Hidden nodes layer by layer, then the output node.
    pub nodes: Vec<NodeSlot>,
    /// Every link, destination layer by layer, destination by destination, source by source.
    pub links: Vec<LinkSlot>,
    /// One bias per hidden node and the output, in node order.
    pub biases: Vec<BiasSlot>,
}

/// Horizontal centre of the input column.
fn input_cx() -> f64 {
    FEATURE_LEFT + NODE / 2.0
}

/// Top of row `i`.
pub fn row_top(i: usize) -> f64 {
    HEAD + i as f64 * PITCH
}

impl Layout {
    /// The narrowest width that fits `hidden_layers` columns of controls.
    pub fn min_width(hidden_layers: usize) -> f64 {
        input_cx() + (hidden_layers + 1) as f64 * MIN_SPACING + NODE / 2.0 + OUTPUT_MARGIN
    }

    /// Lays out `features` (present on the page, with their on/off state) feeding the
    /// hidden layers `shape` and `outputs` output nodes (one per class of a multi-class
    /// problem), in a diagram `width` pixels wide.
    pub fn new(width: f64, features: &[(Feature, bool)], shape: &[usize], outputs: usize) -> Self {
        let width = width.max(Self::min_width(shape.len()));
        let feature_slots: Vec<FeatureSlot> = features
            .iter()
            .enumerate()
            .map(|(i, &(feature, active))| FeatureSlot {
                feature,
                active,
                top: row_top(i),
            })
            .collect();
        let (in_cx, out_cx) = (input_cx(), width - OUTPUT_MARGIN - NODE / 2.0);
        let step = (out_cx - in_cx) / (shape.len() + 1) as f64;
        let mut layers: Vec<LayerSlot> = shape
            .iter()
            .enumerate()
            .map(|(k, &size)| LayerSlot {
                cx: in_cx + (k + 1) as f64 * step,
                size,
            })
            .collect();
        layers.push(LayerSlot {
            cx: out_cx,
            size: outputs.max(1),
        });

        let mut nodes = Vec::new();
        let mut biases = Vec::new();
        for (k, layer) in layers.iter().enumerate() {
            for i in 0..layer.size {
                let id = NodeId::Neuron {
                    layer: k + 1,
                    index: i,
                };
                let (left, top) = (layer.cx - NODE / 2.0, row_top(i));
                nodes.push(NodeSlot { id, left, top });
                biases.push(BiasSlot {
                    param: Param::Bias { layer: k, node: i },
                    node: id,
                    left: left - BIAS - 2.0,
                    top: top + NODE - BIAS,
                });
            }
        }

        // Sources of each engine layer: the active features, then each column's nodes.
        let inputs: Vec<(NodeId, f64, f64)> = feature_slots
            .iter()
            .filter(|f| f.active)
            .map(|f| (NodeId::Feature(f.feature), FEATURE_LEFT + NODE, f.top))
            .collect();
        let mut sources = inputs;
        let mut links = Vec::new();
        let mut node_at = 0;
        for (k, layer) in layers.iter().enumerate() {
            let dests = &nodes[node_at..node_at + layer.size];
            for (dest, slot) in dests.iter().enumerate() {
                let n = sources.len();
                for (src, &(from, x0, top0)) in sources.iter().enumerate() {
                    let offset = (src as f64 - (n as f64 - 1.0) / 2.0) / n as f64 * SPREAD;
                    let (y0, x1) = (top0 + NODE / 2.0, slot.left);
                    let y1 = slot.top + NODE / 2.0 + offset;
                    links.push(LinkSlot {
                        param: Param::Weight {
                            layer: k,
                            dest,
                            src,
                        },
                        from,
                        to: slot.id,
                        path: curve(x0, y0, x1, y1),
                        mid: ((x0 + x1) / 2.0, (y0 + y1) / 2.0),
                    });
                }
            }
            sources = dests.iter().map(|s| (s.id, s.left + NODE, s.top)).collect();
            node_at += layer.size;
        }

        let rows = features
            .len()
            .max(shape.iter().copied().max().unwrap_or(0))
            .max(outputs)
            .max(1);
        Layout {
            width,
            height: row_top(rows - 1) + NODE + FOOT,
            features: feature_slots,
            layers,
            nodes,
            links,
            biases,
        }
    }

    /// Where a card about `param` points: the link's midpoint or the bias mark.
    pub fn anchor(&self, param: Param) -> Option<(f64, f64)> {
        let link = self.links.iter().find(|l| l.param == param);
        let bias = || self.biases.iter().find(|b| b.param == param);
        link.map(|l| l.mid)
            .or_else(|| bias().map(|b| (b.left + BIAS / 2.0, b.top + BIAS / 2.0)))
    }
}

/// A horizontal S-curve from (x0, y0) to (x1, y1), as d3's `diagonal` draws links.
fn curve(x0: f64, y0: f64, x1: f64, y1: f64) -> String {
    let mx = (x0 + x1) / 2.0;
    let mut d = String::with_capacity(48);
    let _ = write!(
        d,
        "M{x0:.1},{y0:.1}C{mx:.1},{y0:.1} {mx:.1},{y1:.1} {x1:.1},{y1:.1}"
    );
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(on: &[bool]) -> Vec<(Feature, bool)> {
        Feature::ALL.into_iter().zip(on.iter().copied()).collect()
    }

    #[test]
    fn default_network_counts() {
        let l = Layout::new(700.0, &features(&[true, true, false]), &[4, 2], 1);
        assert_eq!(l.features.len(), 3);
        assert_eq!(l.layers.len(), 3);
        assert_eq!(l.nodes.len(), 4 + 2 + 1);
        assert_eq!(l.biases.len(), 7);
        assert_eq!(l.links.len(), 2 * 4 + 4 * 2 + 2);
        assert_eq!(l.width, 700.0);
        // The output is the last node, at the right edge, in the first row.
        let out = l.nodes.last().unwrap();
        assert_eq!(out.id, NodeId::Neuron { layer: 3, index: 0 });
        assert_eq!(out.left + NODE + OUTPUT_MARGIN, 700.0);
        assert_eq!(out.top, HEAD);
        // Links from inactive features do not exist; the first link is X₁ → neuron 1.
        assert_eq!(l.links[0].from, NodeId::Feature(Feature::X));
        assert_eq!(l.links[1].from, NodeId::Feature(Feature::Y));
        assert_eq!(
            l.links[2].param,
            Param::Weight {
                layer: 0,
                dest: 1,
                src: 0
            }
        );
        assert!(l.links.iter().all(|k| k.path.starts_with('M')));
        assert_eq!(
            l.biases.last().unwrap().param,
            Param::Bias { layer: 2, node: 0 }
        );
    }

    #[test]
    fn columns_are_evenly_spaced_and_never_cramped() {
        let l = Layout::new(100.0, &features(&[true; 7]), &[8; 6], 1);
        assert_eq!(l.width, Layout::min_width(6));
        let xs: Vec<f64> = l.layers.iter().map(|c| c.cx).collect();
        for w in xs.windows(2) {
            assert!((w[1] - w[0] - MIN_SPACING).abs() < 1e-9);
        }
        assert_eq!(l.links.len(), 7 * 8 + 5 * 64 + 8);
        assert_eq!(l.height, row_top(7) + NODE + FOOT);
        assert!(l
            .nodes
            .iter()
            .all(|n| n.left >= 0.0 && n.left + NODE <= l.width));
    }

    #[test]
    fn no_inputs_and_no_hidden_layers() {
        let l = Layout::new(500.0, &features(&[false, false]), &[], 1);
        assert!(l.links.is_empty());
        assert_eq!(l.nodes.len(), 1);
        assert_eq!(l.biases.len(), 1);
        assert_eq!(l.height, row_top(1) + NODE + FOOT);
        let none = Layout::new(500.0, &[], &[], 1);
        assert_eq!(none.height, row_top(0) + NODE + FOOT);
    }

    #[test]
    fn incoming_links_spread_around_the_centre() {
        let l = Layout::new(600.0, &features(&[true, true, true]), &[1], 1);
        let ends: Vec<f64> = l.links[..3]
            .iter()
            .map(|k| k.path.rsplit(',').next().unwrap().parse().unwrap())
            .collect();
        let centre = HEAD + NODE / 2.0;
        assert_eq!(ends, vec![centre - 4.0, centre, centre + 4.0]);
        let p = l.links[0].param;
        assert_eq!(l.anchor(p), Some(l.links[0].mid));
        let b = l.biases[0].param;
        assert!(l.anchor(b).is_some());
    }

    #[test]
    fn a_multi_class_network_has_one_output_node_per_class() {
        let l = Layout::new(700.0, &features(&[true, true]), &[4], 5);
        assert_eq!(l.layers.last().map(|s| s.size), Some(5));
        // 4 + 5 computed nodes, 2·4 + 4·5 links, a bias per node; room for 5 rows.
        assert_eq!(l.nodes.len(), 9);
        assert_eq!(l.links.len(), 28);
        assert_eq!(l.biases.len(), 9);
        assert_eq!(l.height, row_top(4) + NODE + FOOT);
        let last = l.links.last().unwrap().param;
        assert_eq!(
            last,
            Param::Weight {
                layer: 1,
                dest: 4,
                src: 3
            }
        );
    }
}
