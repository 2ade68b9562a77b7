//! The classroom panel: a checkbox per part of the page (ticked = shown). Unticking
//! hides the part at once and writes `<name>_hide=true` into the link, so a teacher can
//! prepare a page and share it (the original only applied its checklist after a reload).

use yew::prelude::*;

use super::challenge::GoalEditor;
use super::checkbox::Checkbox;
use crate::parts::{use_hidden, GROUPS};
use crate::state::Action;
use crate::text::{use_lang, Text};

/// Id of the panel, which the disclosure button controls.
const PANEL_ID: &str = "classroom-panel";
/// Id of the panel's heading, which names it.
const TITLE_ID: &str = "classroom-title";

/// Props of [`Classroom`].
#[derive(Properties, PartialEq)]
pub struct ClassroomProps {
    /// Receives the changes.
    pub onaction: Callback<Action>,
    /// The link's challenge, for its editor.
    #[prop_or_default]
    pub goal: Option<nn_core::goal::Goal>,
}

/// The "Classroom" disclosure button and, when open, its panel.
#[function_component]
pub fn Classroom(props: &ClassroomProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let groups = GROUPS.iter().map(|&(title, parts)| {
        html! {
            <fieldset class="classroom-group">
                <legend>{ lang.text(title) }</legend>
                { for parts.iter().map(|&part| html! {
                    <div class="classroom-part">
                        <Checkbox label={lang.text(part.label())} checked={hidden.shows(part)}
                            onchange={props.onaction.reform(move |shown: bool| Action::SetHidden(part, !shown))} />
                        if part.lockable() {
                            <Checkbox label={lang.fill(Text::LockPart, &[lang.text(part.label())])}
                                checked={hidden.locks(part)}
                                onchange={props.onaction.reform(move |on: bool| Action::SetLocked(part, on))} />
                        }
                    </div>
                }) }
            </fieldset>
        }
    });
    html! {
        <>
            <button type="button" class="text-button classroom-button"
                aria-expanded={open.to_string()} aria-controls={open.then_some(PANEL_ID)}
                title={lang.text(Text::ClassroomHint)} onclick={ontoggle}>
                { lang.text(Text::Classroom) }
            </button>
            if *open {
                <section class="classroom-panel" id={PANEL_ID} aria-labelledby={TITLE_ID}>
                    <h2 id={TITLE_ID}>{ lang.text(Text::ClassroomTitle) }</h2>
                    <p class="classroom-intro">{ lang.text(Text::ClassroomIntro) }</p>
                    <p class="classroom-intro">{ lang.text(Text::ClassroomLocks) }</p>
                    <div class="classroom-groups">
                        { for groups }
                        <GoalEditor goal={props.goal.clone()} onaction={props.onaction.clone()} />
                    </div>
                </section>
            }
        </>
    }
}
