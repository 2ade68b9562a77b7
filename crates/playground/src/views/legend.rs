//! The colour legend under the heatmap: the original's −1 … 1 scale, or the classes'
//! colours of a multi-class problem.

use yew::prelude::*;

use crate::colors::{class_rgb, css_rgb};
use crate::text::{use_lang, Text};

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Classes of a multi-class problem; 0 for the −1 … 1 scale.
    #[prop_or_default]
    pub classes: usize,
}

/// A gradient from −1 (orange) through 0 (grey) to +1 (blue), or one swatch per class,
/// with its caption.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = use_lang();
    if props.classes > 0 {
        return html! {
            <figure class="legend legend-classes">
                <ul class="legend-swatches">
                    { for (0..props.classes).map(|k| {
                        let style = format!("background: {}", css_rgb(class_rgb(k)));
                        html! {
                            <li><span class="swatch" {style} aria-hidden="true"></span>
                                { lang.fill(Text::ClassName, &[&(k + 1).to_string()]) }</li>
                        }
                    }) }
                </ul>
                <figcaption>{ lang.text(Text::LegendClasses) }</figcaption>
            </figure>
        };
    }
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
