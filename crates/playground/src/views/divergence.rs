//! The alert shown when training blew up (a loss became NaN or infinite).

use yew::prelude::*;

use crate::text::{use_lang, Text};

/// Id of the alert's heading, which names it.
const TITLE_ID: &str = "divergence-title";

/// Why training stopped and what to do; rendered only while the network is diverged,
/// so screen readers announce it when it appears.
#[function_component]
pub fn DivergenceAlert() -> Html {
    let lang = use_lang();
    html! {
        <section class="divergence" role="alert" aria-labelledby={TITLE_ID}>
            <svg class="divergence-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M12 2.5 1.5 21h21zM11 9h2v6.5h-2zm0 8h2v2h-2z" />
            </svg>
            <div>
                <h2 id={TITLE_ID}>{ lang.text(Text::DivergedTitle) }</h2>
                <p>{ lang.text(Text::DivergedWhy) }</p>
                <p class="divergence-fix">{ lang.text(Text::DivergedFix) }</p>
            </div>
        </section>
    }
}
