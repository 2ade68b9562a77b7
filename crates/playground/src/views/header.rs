//! The page headline (hidden by `hideText=true`).

use yew::prelude::*;

use crate::text::{use_lang, Text};

/// The banner with the headline and the tagline.
#[function_component]
pub fn Header() -> Html {
    let lang = use_lang();
    html! {
        <header class="page-header">
            <h1>
                { lang.text(Text::Headline) }
                { " " }
                <span class="tagline">{ lang.text(Text::Tagline) }</span>
            </h1>
        </header>
    }
}
