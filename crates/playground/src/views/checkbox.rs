//! A labelled checkbox for an on/off setting.

use yew::prelude::*;

use crate::text::{use_lang, Text};

/// Props of [`Checkbox`].
#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    /// The label, which is also the checkbox's accessible name.
    pub label: AttrValue,
    /// Whether it is ticked.
    pub checked: bool,
    /// Receives the new state.
    pub onchange: Callback<bool>,
    /// Shown but not changeable (a teacher locked it).
    #[prop_or_default]
    pub locked: bool,
}

/// A checkbox inside its label, so the whole text is a target.
#[function_component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let lang = use_lang();
    let onchange = props.onchange.reform(|e: Event| {
        e.target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|el| el.checked())
    });
    html! {
        <label class="checkbox" title={props.locked.then(|| lang.text(Text::LockedHint))}>
            <input type="checkbox" checked={props.checked} {onchange} disabled={props.locked} />
            <span>{ props.label.clone() }</span>
        </label>
    }
}
