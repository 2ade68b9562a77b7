//! The bar above the network: reset, play/pause, step, the epoch counter and the
//! settings menus (passed in as children).

use std::rc::Rc;

use nn_core::Speed;
use yew::prelude::*;

use super::icons;
use super::select::{Choice, Select};
use crate::format;
use crate::parts::{use_hidden, Part};
use crate::settings::{self, Setting};
use crate::state::Action;
use crate::text::{use_lang, Lang, Text};

/// Id of the epoch label, which names the counter.
const EPOCH_LABEL_ID: &str = "epoch-label";

/// Props of [`TopBar`].
#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    /// Whether training runs.
    pub playing: bool,
    /// Epochs since the last reset.
    pub epoch: u64,
    /// Measured epochs per second while playing.
    pub rate: Option<f64>,
    /// Training pace.
    pub speed: Speed,
    /// Receives the button presses.
    pub onaction: Callback<Action>,
    /// The settings menus, after the counter.
    #[prop_or_default]
    pub children: Html,
}

fn speed_choices(lang: Lang, current: Speed) -> Rc<[Choice<Setting>]> {
    settings::speeds_with(current)
        .into_iter()
        .map(|value| Choice {
            value: Setting::Speed(value),
            label: speed_label(lang, value).into(),
        })
        .collect()
}

/// How a pace reads in the speed menu.
fn speed_label(lang: Lang, speed: Speed) -> String {
    match speed {
        Speed::PerFrame(1) => lang.text(Text::SpeedOne).to_string(),
        Speed::PerFrame(n) => lang.fill(Text::SpeedPerFrame, &[&n.to_string()]),
        Speed::Max => lang.text(Text::SpeedMax).to_string(),
    }
}

/// The run controls and the epoch counter.
#[function_component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    // A locked button says so instead of what it does.
    let hint = |part: Part, text: Text| {
        lang.text(if hidden.locks(part) {
            Text::LockedHint
        } else {
            text
        })
    };
    let send = |action: Action| props.onaction.reform(move |_: MouseEvent| action.clone());
    // The button is named for what it will do; pressing it sends that, never a
    // blind toggle, so a double delivery cannot undo itself.
    let (play_action, play_name, play_icon) = if props.playing {
        (Action::Pause, Text::Pause, icons::pause())
    } else {
        (Action::Play, Text::Play, icons::play())
    };
    html! {
        <div class="top-bar">
            <div class="run-controls">
                if hidden.shows(Part::ResetButton) {
                    <button type="button" class="icon-button" title={hint(Part::ResetButton, Text::ResetHint)}
                        onclick={send(Action::Reset)} disabled={hidden.locks(Part::ResetButton)}>
                        { icons::reset() }
                        <span class="visually-hidden">{ lang.text(Text::Reset) }</span>
                    </button>
                }
                if hidden.shows(Part::PlayButton) {
                    <button type="button" class={classes!("play-button", props.playing.then_some("playing"))}
                        title={hint(Part::PlayButton, Text::PlayHint)} onclick={send(play_action)}
                        disabled={hidden.locks(Part::PlayButton)}>
                        { play_icon }
                        <span class="visually-hidden">{ lang.text(play_name) }</span>
                    </button>
                }
                if hidden.shows(Part::StepButton) {
                    <button type="button" class="icon-button" title={hint(Part::StepButton, Text::StepHint)}
                        onclick={send(Action::Step)} disabled={hidden.locks(Part::StepButton)}>
                        { icons::step() }
                        <span class="visually-hidden">{ lang.text(Text::Step) }</span>
                    </button>
                }
                if hidden.shows(Part::NewWeightsButton) {
                    <button type="button" class="text-button new-weights"
                        title={hint(Part::NewWeightsButton, Text::NewWeightsHint)} onclick={send(Action::NewWeights)}
                        disabled={hidden.locks(Part::NewWeightsButton)}>
                        { lang.text(Text::NewWeights) }
                    </button>
                }
            </div>
            if hidden.shows(Part::Epoch) {
                <div class="epoch">
                    <span class="control-label" id={EPOCH_LABEL_ID}>{ lang.text(Text::Epoch) }</span>
                    // An <output> is a live region by default; sixty updates a second would
                    // drown a screen reader, so it stays silent and is read on demand.
                    <output class="epoch-value" aria-labelledby={EPOCH_LABEL_ID} aria-live="off">
                        { format::epoch(props.epoch) }
                    </output>
                </div>
            }
            if hidden.shows(Part::Speed) {
                <div class="speed">
                    // Every menu is a Select over settings: one copy of it in the page's code.
                    <Select<Setting> id="menu-speed" label={lang.text(Text::Speed)}
                        choices={speed_choices(lang, props.speed)} selected={Setting::Speed(props.speed)}
                        onchange={props.onaction.reform(Action::Set)} locked={hidden.locks(Part::Speed)} />
                    <output class="rate" aria-label={lang.text(Text::TrainingRate)} aria-live="off">
                        { props.rate.map(|r| lang.fill(Text::EpochsPerSecond, &[&format::thousands(r.round() as u64)])).unwrap_or_default() }
                    </output>
                </div>
            }
            { props.children.clone() }
        </div>
    }
}
