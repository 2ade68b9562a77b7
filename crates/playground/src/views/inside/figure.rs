//! What every figure of the panel has: a heading that names it, a line on what to look
//! for, its content, and a legend of coloured swatches.

use yew::prelude::*;

use crate::colors::{css_rgb, Rgb};
use crate::state::SessionView;
use crate::text::{Lang, Text};

/// Props of every figure drawn on a canvas.
#[derive(Properties, PartialEq)]
pub struct CanvasFigureProps {
    /// The session to show.
    pub view: SessionView,
    /// The network version the canvas shows (the panel holds it while out of view, and
    /// the canvases take turns while training plays).
    pub painted: u64,
}

/// A `<figure>` named by its heading: `id` (the heading's id is derived from it), the
/// heading, what to look for, and its content (canvas, controls, readouts). A function
/// rather than a component: it has no state, and each component costs download size.
pub fn figure(lang: Lang, id: &'static str, title: Text, explain: Text, content: Html) -> Html {
    let heading = format!("{id}-title");
    html! {
        <figure class="inside-figure" {id} aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ lang.text(title) }</h3>
            <p class="figure-explain">{ lang.text(explain) }</p>
            { content }
        </figure>
    }
}

/// A legend: each entry's colour and its text.
pub fn legend(entries: impl IntoIterator<Item = (Rgb, String)>) -> Html {
    html! {
        <ul class="figure-legend">
            { for entries.into_iter().map(|(color, text)| html! {
                <li>
                    <span class="swatch" style={format!("background:{}", css_rgb(color))}
                        aria-hidden="true"></span>
                    { text }
                </li>
            }) }
        </ul>
    }
}

/// The name of non-input layer `i` of `n` (the last is the output layer).
pub fn layer_name(lang: Lang, i: usize, n: usize) -> String {
    if i + 1 == n {
        lang.text(Text::OutputLayer).to_string()
    } else {
        lang.fill(Text::LayerNumbered, &[&(i + 1).to_string()])
    }
}
