//! The page headline (hidden by `hideText=true`).

use yew::prelude::*;

use crate::text::{use_lang, Text};

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Page tools shown beside the headline (the language menu).
    #[prop_or_default]
    pub children: Html,
}

/// The banner with the headline and the tagline.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = use_lang();
    html! {
        <header class="page-header">
            <div class="page-header-inner">
                <h1>
                    { lang.text(Text::Headline) }
                    { " " }
                    <span class="tagline">{ lang.text(Text::Tagline) }</span>
                </h1>
                <div class="page-tools">{ props.children.clone() }</div>
            </div>
        </header>
    }
}
