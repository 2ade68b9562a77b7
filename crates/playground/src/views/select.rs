//! The one menu component every setting uses: a native `<select>` with its `<label>`.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::text::{use_lang, Text};

/// One entry of a menu.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice<T> {
    /// What choosing it sends.
    pub value: T,
    /// What the menu shows.
    pub label: AttrValue,
}

/// Props of [`Select`].
#[derive(Properties, PartialEq)]
pub struct SelectProps<T: Clone + PartialEq + 'static> {
    /// Element id, linking the label to the menu.
    pub id: AttrValue,
    /// The label, which is also the menu's accessible name.
    pub label: AttrValue,
    /// The entries, in order.
    pub choices: Rc<[Choice<T>]>,
    /// The current value (shown blank only if no entry has it).
    pub selected: T,
    /// Receives the value the person picked.
    pub onchange: Callback<T>,
    /// Shown but not changeable (a teacher locked it).
    #[prop_or_default]
    pub locked: bool,
}

/// A labelled menu of `choices`.
#[function_component]
pub fn Select<T: Clone + PartialEq + 'static>(props: &SelectProps<T>) -> Html {
    let lang = use_lang();
    let select_ref = use_node_ref();
    let index = props.choices.iter().position(|c| c.value == props.selected);

    {
        // The `selected` attribute only sets the initial choice: once the person has
        // picked something, the menu shows what the state says only if told so.
        let select_ref = select_ref.clone();
        use_effect(move || {
            if let Some(el) = select_ref.cast::<HtmlSelectElement>() {
                let want = index.and_then(|i| i32::try_from(i).ok()).unwrap_or(-1);
                if el.selected_index() != want {
                    el.set_selected_index(want);
                }
            }
        });
    }

    let onchange = {
        let choices = Rc::clone(&props.choices);
        let emit = props.onchange.clone();
        Callback::from(move |e: Event| {
            let Some(el) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let picked = usize::try_from(el.selected_index())
                .ok()
                .and_then(|i| choices.get(i));
            if let Some(choice) = picked {
                emit.emit(choice.value.clone());
            }
        })
    };

    html! {
        <div class="select-control">
            <label class="control-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} ref={select_ref} {onchange} disabled={props.locked}
                title={props.locked.then(|| lang.text(Text::LockedHint))}>
                { for props.choices.iter().enumerate().map(|(i, c)| html! {
                    <option value={i.to_string()} selected={index == Some(i)}>{ c.label.clone() }</option>
                }) }
            </select>
        </div>
    }
}
