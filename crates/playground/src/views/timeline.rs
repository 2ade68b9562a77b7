//! The Timeline under the loss chart: a slider over the run's checkpoints. Moving it
//! shows the run as it was at that epoch (map, network, chart and instruments); Continue
//! from here trains on from there, dropping what came after.

use yew::prelude::*;

use crate::format;
use crate::state::Action;
use crate::text::{use_lang, Text};

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The checkpoints' epochs, oldest first.
    pub epochs: Vec<u64>,
    /// The checkpoint shown, while looking back.
    pub viewing: Option<usize>,
    /// Receives the looks and the branch.
    pub onaction: Callback<Action>,
    /// Shown but not movable (a teacher locked it).
    #[prop_or_default]
    pub locked: bool,
}

/// Id of the slider, which its label names.
const ID: &str = "timeline";

/// The slider, once the run has two checkpoints.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let Some(&reached) = props.epochs.last().filter(|_| props.epochs.len() > 1) else {
        return html! {};
    };
    let at = props.viewing.unwrap_or(props.epochs.len() - 1);
    let epoch = props.epochs.get(at).copied().unwrap_or(reached);
    let shown = lang.fill(Text::TimelineEpoch, &[&format::thousands(epoch)]);
    let oninput = props.onaction.reform(|e: InputEvent| {
        let i = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map_or(0.0, |el| el.value_as_number());
        Action::ViewCheckpoint(if i.is_finite() {
            i.max(0.0) as usize
        } else {
            0
        })
    });
    let onclick = props
        .onaction
        .reform(|_: MouseEvent| Action::ContinueFromCheckpoint);
    html! {
        <div class="timeline">
            <div class="slider-head">
                <label class="control-label" for={ID}>{ lang.text(Text::Timeline) }</label>
                <output class="slider-value" for={ID}>{ shown.clone() }</output>
            </div>
            <input type="range" id={ID} min="0" max={(props.epochs.len() - 1).to_string()} step="1"
                value={at.to_string()} aria-valuetext={shown} {oninput} disabled={props.locked}
                title={props.locked.then(|| lang.text(Text::LockedHint))} />
            if props.viewing.is_some() {
                <p class="timeline-note" role="status">
                    { lang.fill(Text::TimelineViewing, &[&format::thousands(epoch), &format::thousands(reached)]) }
                    { " " }
                    <button type="button" class="text-button" {onclick}>{ lang.text(Text::ContinueHere) }</button>
                </p>
            }
        </div>
    }
}
