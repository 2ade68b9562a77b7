//! The dismissible notice listing what a link asked for that could not be used.

use std::rc::Rc;

use nn_core::Warning;
use yew::prelude::*;

use crate::text::{use_lang, Text};

/// Id of the notice heading, which names the notice.
const TITLE_ID: &str = "notice-title";

/// Props of [`Notice`].
#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// The warnings; nothing is shown when empty.
    pub warnings: Rc<[Warning]>,
    /// A tutorial the link named, which is never loaded (one more entry).
    #[prop_or_default]
    pub tutorial: Option<AttrValue>,
    /// Closes the notice.
    pub ondismiss: Callback<()>,
}

/// A banner at the top of the page.
#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    let lang = use_lang();
    if props.warnings.is_empty() && props.tutorial.is_none() {
        return html! {};
    }
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <section class="notice" role="alert" aria-labelledby={TITLE_ID}>
            <div class="notice-body">
                <h2 class="notice-title" id={TITLE_ID}>{ lang.text(Text::NoticeTitle) }</h2>
                <ul>
                    { for props.warnings.iter().map(|w| html! { <li>{ lang.warning(w) }</li> }) }
                    if let Some(name) = &props.tutorial {
                        <li>{ lang.fill(Text::TutorialUnsupported, &[name.as_str()]) }</li>
                    }
                </ul>
            </div>
            <button type="button" class="text-button" onclick={ondismiss}>
                { lang.text(Text::Dismiss) }
            </button>
        </section>
    }
}
