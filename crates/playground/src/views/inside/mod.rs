//! The panel "Inside the network" under the playground: one figure per idea of the
//! lesson, each drawn from the session's statistics (see [`nn_core::stats`]) and each
//! with its own heading, explanation and `*_hide` key.
//!
//! While the panel is scrolled out of view its canvases keep the last picture they drew
//! (painting is most of a figure's cost) and catch up as soon as it comes back; their
//! text stays current, for screen readers too.

mod activation;
mod collapse;
mod dead;
mod figure;
mod gradients;
mod weights;

use yew::prelude::*;

use crate::hooks::use_in_view;
use crate::parts::{use_hidden, Part};
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Text};

/// Id of the gradient figure (the trouble note links to it).
pub const GRADIENT_FIGURE_ID: &str = "figure-gradients";
/// Id of the panel's heading, which names it.
const HEADING_ID: &str = "inside-heading";

/// Props of [`InsidePanel`].
#[derive(Properties, PartialEq)]
pub struct InsidePanelProps {
    /// The session to show.
    pub view: SessionView,
    /// Receives the linear collapse figure's button.
    pub onaction: Callback<Action>,
}

/// The panel and its figures, each unless hidden.
#[function_component]
pub fn InsidePanel(props: &InsidePanelProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let panel_ref = use_node_ref();
    let in_view = use_in_view(panel_ref.clone());
    let painted = use_mut_ref(|| props.view.network_version);
    if in_view {
        *painted.borrow_mut() = props.view.network_version;
    }
    let painted = *painted.borrow();
    let view = props.view.clone();
    let figure = |part: Part, html: Html| {
        if hidden.shows(part) {
            html
        } else {
            html! {}
        }
    };
    html! {
        <section ref={panel_ref} class="inside" aria-labelledby={HEADING_ID}>
            <h2 class="inside-heading" id={HEADING_ID}>{ lang.text(Text::InsideTitle) }</h2>
            <p class="inside-intro">{ lang.text(Text::InsideIntro) }</p>
            <div class="inside-figures">
                { figure(Part::ActivationFigure, html! {
                    <activation::ActivationFigure view={view.clone()} {painted} />
                }) }
                { figure(Part::GradientFigure, html! {
                    <gradients::GradientFigure view={view.clone()} {painted} />
                }) }
                { figure(Part::DeadFigure, html! { <dead::DeadFigure view={view.clone()} {painted} /> }) }
                { figure(Part::WeightFigure, html! {
                    <weights::WeightFigure view={view.clone()} {painted} />
                }) }
                { figure(Part::CollapseFigure, html! {
                    <collapse::CollapseFigure view={view.clone()} onaction={props.onaction.clone()} />
                }) }
            </div>
        </section>
    }
}
