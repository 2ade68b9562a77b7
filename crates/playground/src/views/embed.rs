//! The slim bar an embedded playground (`embed=true`) shows instead of the header: a
//! link that opens the same playground, full size, in a new tab.

use yew::prelude::*;

use crate::browser;
use crate::text::{use_lang, Text};

/// Props of [`EmbedBar`].
#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The canonical hash of the configuration without `embed=true`, without `#`.
    pub hash: AttrValue,
}

/// "Open in full playground", to the same state.
#[function_component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="embed-bar">
            <a class="open-full" href={browser::page_url(&props.hash)} target="_blank"
                rel="noopener">
                { lang.text(Text::OpenFull) }
            </a>
        </div>
    }
}
