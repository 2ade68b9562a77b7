//! The network: feature toggles, the hidden-layer editor, every node's own heatmap, and
//! links and biases that show and take their values.
//!
//! The elements are rendered only when the shape or the width changes; each frame
//! repaints the thumbnails, the links and the biases in place (see [`paint`]). Pointer,
//! focus and key events are handled once, on the diagram, by the elements' `data-node`
//! and `data-param` attributes (see [`diagram`]).

pub mod card;
pub mod diagram;
pub mod editor;
pub mod layout;
pub mod nodes;
pub mod paint;
pub mod size;

use std::rc::Rc;

use nn_core::Feature;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, SvgElement};
use yew::prelude::*;

use self::card::{Card, ParamCard};
use self::diagram::{Diagram, SharedDiagram};
use self::editor::{LayersEditor, NeuronControls};
use self::layout::{Layout, FEATURE_LEFT, NODE};
use self::nodes::{node_marks, LinkLayer, NodeLayer, NodeMark};
use self::paint::Painter;
use self::size::use_width;
use crate::browser;
use crate::draw::thumbnail;
use crate::hooks::use_layout_version;
use crate::network_edit::{NodeId, Param};
use crate::parts::{use_hidden, Part};
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Lang, Text};
use crate::views::features::FeatureColumn;
use nn_core::stats::{self, NetworkStats};

/// Id of the hidden-layer count, the heading of the network.
const LAYERS_HEADING_ID: &str = "layers-heading";

/// Props of [`NetworkView`].
#[derive(Properties, PartialEq)]
pub struct NetworkViewProps {
    /// The session to show.
    pub view: SessionView,
    /// Receives toggles, shape edits, weight edits and the hovered node.
    pub onaction: Callback<Action>,
}

/// The element an event happened on.
fn event_element(e: &Event) -> Option<Element> {
    e.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// The `attr` index of `el` or its nearest ancestor that has one.
fn data_index(el: Option<&Element>, attr: &str) -> Option<usize> {
    let owner = el?.closest(&format!("[{attr}]")).ok().flatten()?;
    owner.get_attribute(attr)?.parse().ok()
}

/// Moves the keyboard focus back to the link or bias `index` (after an edit).
fn focus_param(root: &NodeRef, index: usize) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    let Ok(Some(el)) = root.query_selector(&format!("[data-param=\"{index}\"]")) else {
        return;
    };
    if let Some(html) = el.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = el.dyn_ref::<SvgElement>() {
        let _ = svg.focus();
    }
}

/// The pointer's position in diagram pixels.
fn pointer_at(root: &NodeRef, e: &MouseEvent) -> (f64, f64) {
    root.cast::<Element>()
        .map(|el| {
            let r = el.get_bounding_client_rect();
            (
                f64::from(e.client_x()) - r.left(),
                f64::from(e.client_y()) - r.top(),
            )
        })
        .unwrap_or_default()
}

/// The features, hidden layers and output of the network, editable.
#[function_component]
pub fn NetworkView(props: &NetworkViewProps) -> Html {
    let lang = use_lang();
    let config = props.view.session.config();
    let scroll_ref = use_node_ref();
    let root = use_node_ref();
    let width = use_width(scroll_ref.clone());
    // A zoom changes the device pixel ratio, and so the thumbnails' resolution.
    let _zoom = use_layout_version();
    let features: Vec<(Feature, bool)> = config
        .available_features()
        .into_iter()
        .map(|f| (f, config.features[f.index()]))
        .collect();
    let shape = config.network_shape.clone();
    let outputs = config.outputs();
    let diagram = use_memo((width, features, shape.clone(), outputs), |(w, f, s, k)| {
        SharedDiagram(Rc::new(Diagram::new(Layout::new(*w, f, s, *k))))
    });
    let diagram: SharedDiagram = (*diagram).clone();
    // A course link or the classroom panel can hide a layer's +/− (`numNodes<k>_hide`,
    // k from 1, or `layers_hide` for all of them) and the feature toggles.
    let hidden = use_hidden();
    let locked: Vec<bool> = (0..shape.len()).map(|k| !hidden.shows_neurons(k)).collect();
    let frozen: Vec<bool> = (0..shape.len()).map(|k| hidden.locks_neurons(k)).collect();
    let features_shown = hidden.shows(Part::Features);
    // `weights_hide`: no value cards; `weights_lock`: cards that show but do not edit.
    let (weights_shown, weights_locked) =
        (hidden.shows(Part::Weights), hidden.locks(Part::Weights));
    let card = use_state_eq(|| Card::Hidden);
    let painter = use_mut_ref(Painter::default);
    let n = thumbnail::resolution(NODE, browser::device_pixel_ratio());
    let discretize = config.page.discretize;

    {
        // A card about a link that no longer exists would be wrong: close it.
        let card = card.clone();
        use_effect_with(diagram.clone(), move |_| card.set(Card::Hidden));
    }
    {
        let (painter, view, d) = (painter.clone(), props.view.clone(), diagram.clone());
        let deps = (props.view.network_version, discretize, diagram.clone(), n);
        use_effect_with(deps, move |&(_, discretize, _, n)| {
            painter.borrow_mut().frame(&d.0, &view, n, discretize);
        });
    }
    {
        let (painter, d) = (painter.clone(), diagram.clone());
        use_effect_with(
            (discretize, diagram.clone(), n),
            move |&(discretize, _, n)| {
                painter.borrow_mut().features(&d.0, n, discretize);
            },
        );
    }

    let highlight = props.view.highlight;
    let set_highlight = {
        let onaction = props.onaction.clone();
        move |node: Option<NodeId>| {
            if node != highlight {
                onaction.emit(Action::Highlight(node));
            }
        }
    };
    let anchor = {
        let d = diagram.clone();
        move |index: usize| {
            d.0.param(index)
                .and_then(|p| d.0.layout.anchor(p))
                .unwrap_or_default()
        }
    };

    let onmouseover = {
        let (d, card, root, set_highlight) = (
            diagram.clone(),
            card.clone(),
            root.clone(),
            set_highlight.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            let target = event_element(&e);
            set_highlight(data_index(target.as_ref(), "data-node").and_then(|i| d.0.node(i)));
            if !card.editing() {
                card.set(match data_index(target.as_ref(), "data-param") {
                    Some(index) => Card::Show {
                        index,
                        at: pointer_at(&root, &e),
                    },
                    None => Card::Hidden,
                });
            }
        })
    };
    let onmouseleave = {
        let (card, set_highlight) = (card.clone(), set_highlight.clone());
        Callback::from(move |_: MouseEvent| {
            set_highlight(None);
            if !card.editing() {
                card.set(Card::Hidden);
            }
        })
    };
    let onfocusin = {
        let (d, card, set_highlight, anchor) = (
            diagram.clone(),
            card.clone(),
            set_highlight.clone(),
            anchor.clone(),
        );
        Callback::from(move |e: FocusEvent| {
            let target = event_element(&e);
            if let Some(node) = data_index(target.as_ref(), "data-node").and_then(|i| d.0.node(i)) {
                set_highlight(Some(node));
            }
            match (*card, data_index(target.as_ref(), "data-param")) {
                (Card::Edit { .. }, _) | (_, None) => {}
                // A click focuses what the pointer already shows: keep the card there.
                (Card::Show { index: shown, .. }, Some(index)) if shown == index => {}
                (_, Some(index)) => card.set(Card::Show {
                    index,
                    at: anchor(index),
                }),
            }
        })
    };
    let onfocusout = {
        let (card, set_highlight) = (card.clone(), set_highlight.clone());
        Callback::from(move |e: FocusEvent| {
            let next = e
                .related_target()
                .and_then(|t| t.dyn_into::<Element>().ok());
            let left = event_element(&e);
            if data_index(left.as_ref(), "data-node").is_some()
                && data_index(next.as_ref(), "data-node").is_none()
            {
                set_highlight(None);
            }
            if !card.editing() && data_index(next.as_ref(), "data-param").is_none() {
                card.set(Card::Hidden);
            }
        })
    };
    let onclick = {
        let (card, root) = (card.clone(), root.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(index) = data_index(event_element(&e).as_ref(), "data-param") else {
                return;
            };
            let at = match *card {
                Card::Show { index: i, at } | Card::Edit { index: i, at, .. } if i == index => at,
                _ => pointer_at(&root, &e),
            };
            if weights_locked {
                card.set(Card::Show { index, at });
                return;
            }
            card.set(Card::Edit {
                index,
                at,
                error: false,
            });
        })
    };
    let onkeydown = {
        let (card, anchor) = (card.clone(), anchor.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(target) = event_element(&e) else {
                return;
            };
            let key = e.key();
            // Links are SVG paths acting as buttons: Enter and Space open the editor
            // (bias marks are real buttons and get a click instead).
            let link = target.tag_name() == "path";
            if let (true, "Enter" | " ", false) = (link, key.as_str(), weights_locked) {
                if let Some(index) = data_index(Some(&target), "data-param") {
                    e.prevent_default();
                    card.set(Card::Edit {
                        index,
                        at: anchor(index),
                        error: false,
                    });
                }
            } else if key == "Escape" && !card.editing() {
                card.set(Card::Hidden);
            }
        })
    };

    let d = &diagram.0;
    let param_card = {
        let (index, at) = match *card {
            Card::Hidden => (None, (0.0, 0.0)),
            Card::Show { index, at } | Card::Edit { index, at, .. } => (Some(index), at),
        };
        let param = index.and_then(|i| d.param(i));
        let net = props.view.session.network();
        let value = param.and_then(|p| p.value(net)).unwrap_or(f64::NAN);
        let dead = param.is_some_and(|p| p.is_dead(net));
        let weight = matches!(param, Some(Param::Weight { .. }));
        let onapply = {
            let (d, card, root, onaction) = (
                diagram.clone(),
                card.clone(),
                root.clone(),
                props.onaction.clone(),
            );
            Callback::from(move |v: f64| {
                let Some(index) = index else { return };
                if let Some(param) = d.0.param(index) {
                    onaction.emit(Action::SetParam(param, v));
                }
                focus_param(&root, index);
                card.set(Card::Show { index, at });
            })
        };
        let onerror = {
            let card = card.clone();
            Callback::from(move |()| {
                if let Some(index) = index {
                    card.set(Card::Edit {
                        index,
                        at,
                        error: true,
                    });
                }
            })
        };
        let onescape = {
            let (card, root) = (card.clone(), root.clone());
            Callback::from(move |()| {
                if let Some(index) = index {
                    focus_param(&root, index);
                    card.set(Card::Show { index, at });
                }
            })
        };
        let onblur = {
            let card = card.clone();
            Callback::from(move |()| card.set(Card::Hidden))
        };
        let shown = if param.is_some() && weights_shown {
            *card
        } else {
            Card::Hidden
        };
        html! {
            <ParamCard card={shown} {weight} {value} {dead} width={d.layout.width} locked={weights_locked}
                {onapply} {onerror} {onescape} {onblur} />
        }
    };

    let session = &props.view.session;
    let marks = node_marks(d, session.stats());
    html! {
        <section class="column network-column" aria-label={lang.text(Text::NetworkRegion)}>
            <div class="network-header">
                if features_shown {
                    <h2 class="column-heading features-heading"
                        style={format!("width: {}px", FEATURE_LEFT + NODE)}>
                        { lang.text(Text::FeaturesHeading) }
                    </h2>
                } else {
                    <div class="features-heading" style={format!("width: {}px", FEATURE_LEFT + NODE)}>
                    </div>
                }
                <LayersEditor shape={shape.clone()} onaction={props.onaction.clone()}
                    heading_id={LAYERS_HEADING_ID} buttons={hidden.shows_layer_buttons()}
                    frozen={hidden.locks(Part::NumHiddenLayers) || hidden.locks(Part::Layers)} />
            </div>
            <div class="network-scroll" ref={scroll_ref}>
                <div class="diagram" ref={root}
                    style={format!("width: {}px; height: {}px", d.layout.width, d.layout.height)}
                    {onmouseover} {onmouseleave} {onfocusin} {onfocusout} {onclick} {onkeydown}>
                    // With the toggles hidden the input nodes stay, so the links start from
                    // them; only the question and the buttons go.
                    <div class="feature-toggles">
                        if features_shown {
                            <p class="features-question" style={format!("width: {}px", FEATURE_LEFT + NODE)}>
                                { lang.text(Text::FeaturesQuestion) }
                            </p>
                        }
                        <FeatureColumn diagram={diagram.clone()} onaction={props.onaction.clone()}
                            nodes_only={!features_shown} />
                    </div>
                    <NeuronControls diagram={diagram.clone()} shape={shape} {locked}
                        activations={config.layer_activations.clone()} global={config.activation}
                        menus={hidden.shows(Part::Activation)}
                        {frozen} menus_frozen={hidden.locks(Part::Activation)}
                        onaction={props.onaction.clone()} />
                    <NodeLayer diagram={diagram.clone()} marks={marks.clone()} />
                    <LinkLayer diagram={diagram.clone()} />
                    { param_card }
                </div>
            </div>
            <p class="network-hint">{ lang.text(Text::NetworkHint) }</p>
            { node_counts(lang, session.stats(), session.network()) }
        </section>
    }
}

/// "Dead neurons: 5 of 16" where hidden neurons can die (ReLU), and the same for saturated
/// ones where they can saturate (Tanh, Sigmoid): over the hidden layers, whose units these
/// are (the output is the answer, not a hidden unit).
fn node_counts(lang: Lang, stats: &NetworkStats, net: &nn_core::Network) -> Html {
    let hidden = net.layers().len().saturating_sub(1);
    let (mut dead, mut can_die, mut saturated, mut can_saturate) = (0, 0, 0, 0);
    for (l, s) in net.layers()[..hidden].iter().zip(&stats.layers) {
        if stats::can_die(l.activation) {
            can_die += l.n_out;
            dead += s.dead_count();
        }
        if stats::can_saturate(l.activation) {
            can_saturate += l.n_out;
            saturated += s.saturated_count();
        }
    }
    let lines = [
        (Text::DeadCount, NodeMark::Dead, dead, can_die),
        (
            Text::SaturatedCount,
            NodeMark::Saturated,
            saturated,
            can_saturate,
        ),
    ];
    let shown = lines
        .iter()
        .filter(|line| line.3 > 0)
        .map(|&(text, mark, n, of)| {
            html! {
                <p class={classes!("node-count", mark.class())}>
                    { lang.fill(text, &[&n.to_string(), &of.to_string()]) }
                </p>
            }
        });
    html! { <div class="node-counts" id={crate::views::trouble::COUNTS_ID}>{ for shown }</div> }
}
