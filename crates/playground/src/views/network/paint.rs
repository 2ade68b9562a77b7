//! The diagram's per-frame work: node thumbnails from the small grid, and link and bias
//! colours restyled in place. Only values that changed since the last frame touch the
//! DOM, so a network whose weights have settled costs almost nothing to redraw.

use std::rc::Rc;

use nn_core::Network;
use web_sys::{Element, HtmlCanvasElement, HtmlElement};

use super::diagram::Diagram;
use crate::colors::{css_rgb, shades, Rgb, Shades, GREY};
use crate::draw::thumbnail::{ThumbStore, Thumbnail};
use crate::network_edit::NodeId;
use crate::state::SessionView;

/// |w| at which a link reaches its widest.
const WIDEST_WEIGHT: f64 = 5.0;
/// Narrowest and widest link, in CSS pixels (the original's 1–10).
const WIDTH_RANGE: (f64, f64) = (1.0, 10.0);
/// Colour of a link frozen by L1 (drawn dotted).
const DEAD_RGB: Rgb = [0x80, 0x86, 0x8b];
/// Dash pattern of a dead link (dash, gap) in CSS pixels.
const DEAD_DASH: &str = "1.5 3.5";

/// How a link looks: width in quarters of a pixel, colour, and whether it is dead.
///
/// Both are quantised so that a training step restyles only the links whose look really
/// changed: with exact colours about 145 of the heavy network's 384 links changed colour
/// every epoch, and each change makes the browser repaint and re-raster that curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkLook {
    /// Stroke width × 4, rounded (finer changes are invisible).
    pub quarters: u16,
    /// Stroke colour: the heatmaps' shade for the weight (clamped to ±1).
    pub rgb: Rgb,
    /// Frozen by L1: dotted and grey.
    pub dead: bool,
}

/// The look of a link of weight `w`: width 1–10 px for |w| from 0 to 5, colour on the
/// orange–grey–blue scale clamped at ±1; a dead link is thin, grey and dotted.
pub fn link_look(w: f64, dead: bool) -> LinkLook {
    if dead {
        return LinkLook {
            quarters: 6,
            rgb: DEAD_RGB,
            dead,
        };
    }
    let size = if w.is_nan() {
        0.0
    } else {
        w.abs().min(WIDEST_WEIGHT)
    };
    let (lo, hi) = WIDTH_RANGE;
    let px = lo + (hi - lo) * size / WIDEST_WEIGHT;
    LinkLook {
        quarters: (px * 4.0).round() as u16,
        rgb: shade(w),
        dead,
    }
}

/// The heatmaps' shade for a weight or bias (clamped to ±1; NaN is grey).
fn shade(v: f64) -> Rgb {
    Shades::index(v).map_or(GREY, |k| shades().rgb(k))
}

/// Element handles and last-drawn values for one diagram, reused frame after frame.
#[derive(Default)]
pub struct Painter {
    diagram: Option<Rc<Diagram>>,
    links: Vec<(Option<Element>, Option<LinkLook>)>,
    biases: Vec<(Option<HtmlElement>, Option<Rgb>)>,
    canvases: Vec<Option<Thumbnail>>,
    features: Vec<Option<Thumbnail>>,
    store: ThumbStore,
    buffer: Vec<u8>,
}

impl Painter {
    /// Collects the elements of `diagram` when it is new (a new shape or width).
    fn adopt(&mut self, diagram: &Rc<Diagram>) {
        if self
            .diagram
            .as_ref()
            .is_some_and(|d| Rc::ptr_eq(d, diagram))
        {
            return;
        }
        self.links = diagram
            .link_paths
            .iter()
            .map(|r| (r.cast::<Element>(), None))
            .collect();
        self.biases = diagram
            .bias_marks
            .iter()
            .map(|r| (r.cast::<HtmlElement>(), None))
            .collect();
        let thumbnails = |refs: &[yew::NodeRef]| {
            refs.iter()
                .map(|r| r.cast::<HtmlCanvasElement>().and_then(Thumbnail::new))
                .collect()
        };
        self.canvases = thumbnails(&diagram.node_canvases);
        self.features = thumbnails(&diagram.feature_canvases);
        self.diagram = Some(Rc::clone(diagram));
    }

    /// One frame: every computed node's thumbnail at `n`×`n`, then links and biases.
    pub fn frame(&mut self, diagram: &Rc<Diagram>, view: &SessionView, n: usize, discretize: bool) {
        self.adopt(diagram);
        let grid = self.store.grid(view, n);
        let sizes = grid.sizes();
        for (slot, thumb) in diagram.layout.nodes.iter().zip(&mut self.canvases) {
            let (Some(thumb), NodeId::Neuron { layer, index }) = (thumb, slot.id) else {
                continue;
            };
            if sizes.get(layer).is_some_and(|&s| index < s) {
                thumb.show(grid.node(layer, index), n, discretize, &mut self.buffer);
            }
        }
        let net = view.session.network();
        self.links(diagram, net);
        for (slot, (el, last)) in diagram.layout.biases.iter().zip(&mut self.biases) {
            let Some(el) = el else { continue };
            let rgb = shade(slot.param.value(net).unwrap_or(0.0));
            if *last != Some(rgb) {
                let _ = el.style().set_property("background-color", &css_rgb(rgb));
                *last = Some(rgb);
            }
        }
    }

    /// Restyles the links whose look changed.
    fn links(&mut self, diagram: &Diagram, net: &Network) {
        for (slot, (el, last)) in diagram.layout.links.iter().zip(&mut self.links) {
            let Some(el) = el else { continue };
            let w = slot.param.value(net).unwrap_or(0.0);
            let look = link_look(w, slot.param.is_dead(net));
            if *last != Some(look) {
                restyle_link(el, look, *last);
                *last = Some(look);
            }
        }
    }

    /// The feature thumbnails (they change only with the size or Discretize).
    pub fn features(&mut self, diagram: &Rc<Diagram>, n: usize, discretize: bool) {
        self.adopt(diagram);
        for (slot, thumb) in diagram.layout.features.iter().zip(&mut self.features) {
            if let Some(thumb) = thumb {
                let values = self.store.feature(slot.feature, n);
                thumb.show(values, n, discretize, &mut self.buffer);
            }
        }
    }
}

fn restyle_link(el: &Element, look: LinkLook, last: Option<LinkLook>) {
    if last.map(|l| l.quarters) != Some(look.quarters) {
        let width = (f64::from(look.quarters) / 4.0).to_string();
        let _ = el.set_attribute("stroke-width", &width);
    }
    if last.map(|l| l.rgb) != Some(look.rgb) {
        let _ = el.set_attribute("stroke", &css_rgb(look.rgb));
    }
    if last.map(|l| l.dead) != Some(look.dead) {
        let _ = if look.dead {
            el.set_attribute("stroke-dasharray", DEAD_DASH)
        } else {
            el.remove_attribute("stroke-dasharray")
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colors::{BLUE, ORANGE};

    #[test]
    fn width_follows_the_weight_and_colour_clamps() {
        assert_eq!(link_look(0.0, false).quarters, 4);
        assert_eq!(link_look(0.0, false).rgb, GREY);
        assert_eq!(link_look(2.5, false).quarters, 22);
        assert_eq!(link_look(-5.0, false).quarters, 40);
        assert_eq!(link_look(-50.0, false).quarters, 40);
        assert_eq!(link_look(1.0, false).rgb, BLUE);
        assert_eq!(link_look(3.0, false).rgb, BLUE);
        assert_eq!(link_look(-1.0, false).rgb, ORANGE);
        assert_eq!(link_look(f64::NAN, false).quarters, 4);
        assert_eq!(link_look(f64::NAN, false).rgb, GREY);
        // The heatmaps' shades: a small change keeps the look, a bin's width changes it.
        assert_eq!(link_look(0.30, false), link_look(0.31, false));
        assert_ne!(link_look(0.30, false).rgb, link_look(0.40, false).rgb);
        assert_eq!(
            link_look(0.3, false).rgb,
            shades().rgb(Shades::index(0.3).unwrap())
        );
    }

    #[test]
    fn dead_links_look_dead_whatever_their_value() {
        let dead = link_look(0.0, true);
        assert!(dead.dead);
        assert_eq!(dead.rgb, DEAD_RGB);
        assert_eq!(dead, link_look(4.0, true));
        assert_ne!(dead, link_look(0.0, false));
    }
}
