//! The input column: one toggle per feature present on the page, each with a thumbnail
//! of the feature over the domain. Switched-off features stay visible, dimmed; a
//! feature removed with `<key>_hide=true` is not there at all.

use yew::prelude::*;

use crate::parts::use_hidden;
use crate::state::Action;
use crate::text::{use_lang, Text};
use crate::views::network::diagram::SharedDiagram;
use crate::views::network::layout::{FEATURE_LEFT, NODE};

/// Props of [`FeatureColumn`].
#[derive(Properties, PartialEq)]
pub struct FeatureColumnProps {
    /// The diagram (feature rows, canvases).
    pub diagram: SharedDiagram,
    /// Receives the toggles.
    pub onaction: Callback<Action>,
    /// Only the input nodes, without toggles (`features_hide`: the network keeps its
    /// inputs, and its links start from them).
    #[prop_or_default]
    pub nodes_only: bool,
}

/// The feature toggles, positioned on the diagram's rows.
#[function_component]
pub fn FeatureColumn(props: &FeatureColumnProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let d = &props.diagram.0;
    let rows = d.layout.features.iter().enumerate().map(|(i, slot)| {
        let feature = slot.feature;
        // Locked with all the toggles (`features_lock`) or by its own name (`x_lock`).
        let frozen = hidden.locks_feature(feature.key());
        let onclick = props
            .onaction
            .reform(move |_: MouseEvent| Action::ToggleFeature(feature));
        let style = format!("top: {:.1}px; width: {}px; height: {NODE}px", slot.top, FEATURE_LEFT + NODE);
        let node = html! {
            <span class="node feature-node" style={format!("width: {NODE}px; height: {NODE}px")}>
                <canvas ref={d.feature_canvases[i].clone()} class="node-image" aria-hidden="true"></canvas>
            </span>
        };
        if props.nodes_only {
            // Not a control: the input node where the links start, dimmed when off.
            return html! {
                <div class={classes!("feature", "nodes-only", (!slot.active).then_some("off"))}
                    data-node={i.to_string()} {style}>
                    <span class="feature-label">{ lang.feature(feature) }</span>
                    { node }
                </div>
            };
        }
        // The accessible name is the label as shown; the state is aria-pressed.
        html! {
            <button type="button" class={classes!("feature", (!slot.active).then_some("off"))}
                aria-pressed={if slot.active { "true" } else { "false" }}
                title={lang.text(if frozen { Text::LockedHint } else { Text::FeatureHint })}
                disabled={frozen} data-node={i.to_string()}
                {style} {onclick}>
                <span class="feature-label">{ lang.feature(feature) }</span>
                { node }
            </button>
        }
    });
    rows.collect::<Html>()
}
