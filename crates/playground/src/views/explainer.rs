//! The explanation under the tool: how to read what it shows.

use yew::prelude::*;

use crate::text::{use_lang, Text};

/// Id of the article heading, which names it.
const HEADING_ID: &str = "guide-heading";

/// The sections, as (heading, body) pairs.
const SECTIONS: [(Text, Text); 7] = [
    (Text::GuideColorsTitle, Text::GuideColors),
    (Text::GuideNeuronTitle, Text::GuideNeuron),
    (Text::GuideOutputTitle, Text::GuideOutput),
    (Text::GuideLossTitle, Text::GuideLoss),
    (Text::GuideRegenerateTitle, Text::GuideRegenerate),
    (Text::GuideDivergeTitle, Text::GuideDiverge),
    (Text::GuideBeyondTitle, Text::GuideBeyond),
];

/// A short guide in plain words (hidden by `hideText=true`).
#[function_component]
pub fn Explainer() -> Html {
    let lang = use_lang();
    html! {
        <article class="guide" aria-labelledby={HEADING_ID}>
            <h2 id={HEADING_ID}>{ lang.text(Text::GuideTitle) }</h2>
            <div class="guide-sections">
                { for SECTIONS.iter().map(|&(title, body)| html! {
                    <section>
                        <h3>{ lang.text(title) }</h3>
                        <p>{ lang.text(body) }</p>
                    </section>
                }) }
            </div>
        </article>
    }
}
