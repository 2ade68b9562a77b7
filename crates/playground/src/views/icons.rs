//! Inline SVG icons (no icon font to download). Decorative: the buttons carry the names.

use yew::prelude::*;

fn icon(body: Html) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            { body }
        </svg>
    }
}

/// A right-pointing triangle.
pub fn play() -> Html {
    icon(html! { <path d="M8 5.5v13l10.5-6.5z" /> })
}

/// Two bars.
pub fn pause() -> Html {
    icon(html! { <path d="M7 5.5h3.5v13H7zM13.5 5.5H17v13h-3.5z" /> })
}

/// A triangle against a bar.
pub fn step() -> Html {
    icon(html! { <path d="M6 6v12l8.5-6zM16 6h2.2v12H16z" /> })
}

/// An open circle with an arrowhead.
pub fn reset() -> Html {
    icon(html! {
        <>
            <path class="stroke" d="M6.2 9.2A7 7 0 1 1 5 13" />
            <path d="M3.2 4.8l0.6 6.4 6.1-2z" />
        </>
    })
}
