//! The colour legend under the heatmap.

use yew::prelude::*;

use crate::text::{use_lang, Text};

/// A gradient from −1 (orange) through 0 (grey) to +1 (blue), with its caption.
#[function_component]
pub fn Legend() -> Html {
    let lang = use_lang();
    html! {
        <figure class="legend">
            <div class="legend-scale" aria-hidden="true">
                <div class="legend-bar"></div>
                <div class="legend-ticks"><span>{ "−1" }</span><span>{ "0" }</span><span>{ "1" }</span></div>
            </div>
            <figcaption>{ lang.text(Text::Legend) }</figcaption>
        </figure>
    }
}
