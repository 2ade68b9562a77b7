//! What every figure of the panel has: a heading that names it, a line on what to look
//! for, its content, and a legend of coloured swatches.

use yew::prelude::*;

use crate::colors::{css_rgb, Rgb};
use crate::text::{use_lang, Text};

/// Props of [`Figure`].
#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// The element id (the heading's is derived from it).
    pub id: AttrValue,
    /// The heading.
    pub title: Text,
    /// What to look for.
    pub explain: Text,
    /// The canvas, controls and readouts.
    pub children: Html,
}

/// A `<figure>` named by its heading.
#[function_component]
pub fn Figure(props: &FigureProps) -> Html {
    let lang = use_lang();
    let heading = format!("{}-title", props.id);
    html! {
        <figure class="inside-figure" id={props.id.clone()} aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ lang.text(props.title) }</h3>
            <p class="figure-explain">{ lang.text(props.explain) }</p>
            { props.children.clone() }
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
pub fn layer_name(lang: crate::text::Lang, i: usize, n: usize) -> String {
    if i + 1 == n {
        lang.text(Text::OutputLayer).to_string()
    } else {
        lang.fill(Text::LayerNumbered, &[&(i + 1).to_string()])
    }
}
