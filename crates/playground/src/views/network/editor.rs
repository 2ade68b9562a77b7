//! The hidden-layer editor: +/− layers with the "N HIDDEN LAYERS" heading, and +/−
//! neurons with "N neurons" above each layer's column.

use nn_core::Activation;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::diagram::SharedDiagram;
use crate::network_edit::ShapeEdit;
use crate::settings::Setting;
use crate::state::Action;
use crate::text::{use_lang, Text};

/// A − and a + button sending `remove` and `add`, each disabled when not allowed or
/// when a teacher locked them (`frozen`).
fn plus_minus(
    shape: &[usize],
    (remove, remove_name): (ShapeEdit, String),
    (add, add_name): (ShapeEdit, String),
    frozen: bool,
    onaction: &Callback<Action>,
) -> Html {
    let button = |edit: ShapeEdit, name: String, sign: &'static str| {
        let onclick = onaction.reform(move |_: MouseEvent| Action::EditShape(edit));
        html! {
            <button type="button" class="round-button" aria-label={name.clone()} title={name}
                disabled={frozen || !edit.allowed(shape)} {onclick}>
                <span aria-hidden="true">{ sign }</span>
            </button>
        }
    };
    html! {
        <span class="plus-minus">
            { button(remove, remove_name, "−") }
            { button(add, add_name, "+") }
        </span>
    }
}

/// Props of [`LayersEditor`].
#[derive(Properties, PartialEq)]
pub struct LayersEditorProps {
    /// Hidden layer widths.
    pub shape: Vec<usize>,
    /// Receives the edits.
    pub onaction: Callback<Action>,
    /// Id for the heading, which names the network section.
    pub heading_id: AttrValue,
    /// Show the +/− buttons (a course link may hide them: `numHiddenLayers_hide`).
    pub buttons: bool,
    /// Show them but disabled (`numHiddenLayers_lock` or `layers_lock`).
    #[prop_or_default]
    pub frozen: bool,
}

/// +/− layers and the count as the network's heading.
#[function_component]
pub fn LayersEditor(props: &LayersEditorProps) -> Html {
    let lang = use_lang();
    let n = props.shape.len();
    let heading = if n == 1 {
        lang.text(Text::HiddenLayersOne).to_string()
    } else {
        lang.fill(Text::HiddenLayersMany, &[&n.to_string()])
    };
    let remove = (
        ShapeEdit::RemoveLayer,
        lang.text(Text::RemoveLayer).to_string(),
    );
    let add = (ShapeEdit::AddLayer, lang.text(Text::AddLayer).to_string());
    html! {
        <div class="layers-editor">
            if props.buttons {
                { plus_minus(&props.shape, remove, add, props.frozen, &props.onaction) }
            }
            <h2 class="column-heading" id={props.heading_id.clone()}>{ heading }</h2>
        </div>
    }
}

/// Props of [`NeuronControls`].
#[derive(Properties, PartialEq)]
pub struct NeuronControlsProps {
    /// The diagram (for each column's position).
    pub diagram: SharedDiagram,
    /// Hidden layer widths.
    pub shape: Vec<usize>,
    /// Receives the edits.
    pub onaction: Callback<Action>,
    /// Per layer, whether a course link hid its +/− buttons (`numNodes<k>_hide`).
    pub locked: Vec<bool>,
    /// Per layer, its own activation (`None`: the global one).
    pub activations: Vec<Option<Activation>>,
    /// The global activation.
    pub global: Activation,
    /// Show each layer's activation menu (hidden with the Activation menu).
    pub menus: bool,
    /// Per layer, its +/− buttons shown but disabled (`layers_lock`, `numNodes<k>_lock`).
    #[prop_or_default]
    pub frozen: Vec<bool>,
    /// The activation menus shown but disabled (`activation_lock`).
    #[prop_or_default]
    pub menus_frozen: bool,
}

/// A hidden layer's activation menu: "Global (Tanh)" first, then every activation.
fn layer_menu(
    lang: crate::text::Lang,
    layer: usize,
    own: Option<Activation>,
    global: Activation,
    frozen: bool,
    onaction: &Callback<Action>,
) -> Html {
    let name = lang.fill(Text::LayerActivation, &[&(layer + 1).to_string()]);
    let onchange = onaction.reform(move |e: Event| {
        let index = e
            .target_dyn_into::<HtmlSelectElement>()
            .map_or(0, |s| s.selected_index());
        // Index 0 is "global"; the rest follow Activation::ALL.
        let own = usize::try_from(index - 1)
            .ok()
            .and_then(|i| Activation::ALL.get(i).copied());
        Action::Set(Setting::LayerActivation(layer, own))
    });
    let default = lang.fill(Text::LayerActivationGlobal, &[lang.activation(global)]);
    html! {
        <select class="layer-activation" aria-label={name.clone()} disabled={frozen}
            title={if frozen { lang.text(Text::LockedHint).to_string() } else { name }} {onchange}>
            <option value="" selected={own.is_none()}>{ default }</option>
            { for Activation::ALL.iter().map(|&a| html! {
                <option value={a.key()} selected={own == Some(a)}>{ lang.activation(a) }</option>
            }) }
        </select>
    }
}

/// +/− neurons and "N neurons" above every hidden column.
#[function_component]
pub fn NeuronControls(props: &NeuronControlsProps) -> Html {
    let lang = use_lang();
    let layers = &props.diagram.0.layout.layers;
    let columns = props
        .shape
        .iter()
        .zip(layers)
        .enumerate()
        .map(|(k, (&size, slot))| {
            let number = (k + 1).to_string();
            let remove = (
                ShapeEdit::RemoveNeuron(k),
                lang.fill(Text::RemoveNeuron, &[&number]),
            );
            let add = (
                ShapeEdit::AddNeuron(k),
                lang.fill(Text::AddNeuron, &[&number]),
            );
            let count = if size == 1 {
                lang.text(Text::NeuronsOne).to_string()
            } else {
                lang.fill(Text::NeuronsMany, &[&size.to_string()])
            };
            html! {
                <div class="neuron-controls" style={format!("left: {:.1}px", slot.cx)}>
                    if !props.locked.get(k).copied().unwrap_or(false) {
                        { plus_minus(&props.shape, remove, add,
                            props.frozen.get(k).copied().unwrap_or(false), &props.onaction) }
                    }
                    <span class="neuron-count">{ count }</span>
                    if props.menus {
                        { layer_menu(lang, k, props.activations.get(k).copied().flatten(),
                            props.global, props.menus_frozen, &props.onaction) }
                    }
                </div>
            }
        });
    columns.collect::<Html>()
}
