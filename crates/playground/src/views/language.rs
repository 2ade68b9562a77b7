//! The language menu: English or 中文, switched in place (the training goes on) and
//! written into the link as `lang=`.

use std::rc::Rc;

use yew::prelude::*;

use super::select::{Choice, Select};
use crate::settings::Setting;
use crate::state::Action;
use crate::text::{use_lang, Lang, Text};

/// Props of [`LanguagePicker`].
#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// Receives the switch.
    pub onaction: Callback<Action>,
}

/// A menu labelled in both languages, each language named in itself, so a reader who
/// landed on the wrong one can still find theirs.
#[function_component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let lang = use_lang();
    let choices: Rc<[Choice<Setting>]> = Lang::ALL
        .iter()
        .map(|&value| Choice {
            value: Setting::Language(value.into()),
            label: value.endonym().into(),
        })
        .collect();
    let onchange = props.onaction.reform(Action::Set);
    html! {
        <div class="language-picker">
            <Select<Setting> id="menu-lang" label={lang.text(Text::LanguageLabel)} {choices}
                selected={Setting::Language(lang.into())} {onchange} />
        </div>
    }
}
