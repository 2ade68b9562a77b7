//! The bar above the network: reset, play/pause, step, the epoch counter and the
//! settings menus (passed in as children).

use yew::prelude::*;

use super::icons;
use crate::format;
use crate::state::Action;
use crate::text::{use_lang, Text};

/// Id of the epoch label, which names the counter.
const EPOCH_LABEL_ID: &str = "epoch-label";

/// Props of [`TopBar`].
#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    /// Whether training runs.
    pub playing: bool,
    /// Epochs since the last reset.
    pub epoch: u64,
    /// Receives the button presses.
    pub onaction: Callback<Action>,
    /// The settings menus, after the counter.
    #[prop_or_default]
    pub children: Html,
}

/// The run controls and the epoch counter.
#[function_component]
pub fn TopBar(props: &TopBarProps) -> Html {
    let lang = use_lang();
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
                <button type="button" class="icon-button" title={lang.text(Text::ResetHint)}
                    onclick={send(Action::Reset)}>
                    { icons::reset() }
                    <span class="visually-hidden">{ lang.text(Text::Reset) }</span>
                </button>
                <button type="button" class={classes!("play-button", props.playing.then_some("playing"))}
                    title={lang.text(Text::PlayHint)} onclick={send(play_action)}>
                    { play_icon }
                    <span class="visually-hidden">{ lang.text(play_name) }</span>
                </button>
                <button type="button" class="icon-button" title={lang.text(Text::StepHint)}
                    onclick={send(Action::Step)}>
                    { icons::step() }
                    <span class="visually-hidden">{ lang.text(Text::Step) }</span>
                </button>
            </div>
            <div class="epoch">
                <span class="control-label" id={EPOCH_LABEL_ID}>{ lang.text(Text::Epoch) }</span>
                // An <output> is a live region by default; sixty updates a second would
                // drown a screen reader, so it stays silent and is read on demand.
                <output class="epoch-value" aria-labelledby={EPOCH_LABEL_ID} aria-live="off">
                    { format::epoch(props.epoch) }
                </output>
            </div>
            { props.children.clone() }
        </div>
    }
}
