//! The panel "Inside the network" under the playground: one figure per idea of the
//! lesson, each drawn from the session's statistics (see [`nn_core::stats`]) and each
//! with its own heading, explanation and `*_hide` key.
//!
//! Painting is most of a figure's cost, so while training plays the four canvases take
//! turns, one per frame (each still follows training at a quarter of the frame rate),
//! and while the panel is scrolled out of view they keep the last picture they drew and
//! catch up as soon as it comes back. When training stops, all of them show the latest
//! network. On screen their text is current in every frame; off screen while training
//! plays it follows a few times a second (it is still there for screen readers).

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
    /// Whether training plays (the canvases then take turns).
    pub playing: bool,
}

/// Off screen, the figures' text is brought up to date at most this often.
const OFF_SCREEN_MS: f64 = 400.0;

/// Canvases of the panel that take turns.
const CANVASES: usize = 4;

/// Which network version each canvas shows.
#[derive(Debug)]
struct Turns {
    shown: [u64; CANVASES],
    /// The version of the last render, and the canvas whose turn is next.
    last: u64,
    next: usize,
}

impl Turns {
    fn new(version: u64) -> Self {
        Turns {
            shown: [version; CANVASES],
            last: version,
            next: 0,
        }
    }

    /// The versions to show at a render of `version`: none new while out of view; one
    /// new canvas per new version while playing; all of them otherwise.
    fn next(&mut self, version: u64, in_view: bool, playing: bool) -> [u64; CANVASES] {
        if !in_view {
            return self.shown;
        }
        if !playing {
            self.shown = [version; CANVASES];
        } else if version != self.last {
            self.shown[self.next] = version;
            self.next = (self.next + 1) % CANVASES;
        }
        self.last = version;
        self.shown
    }
}

/// The panel and its figures, each unless hidden.
#[function_component]
pub fn InsidePanel(props: &InsidePanelProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let panel_ref = use_node_ref();
    let in_view = use_in_view(panel_ref.clone());
    let turns = use_mut_ref(|| Turns::new(props.view.network_version));
    let painted = turns
        .borrow_mut()
        .next(props.view.network_version, in_view, props.playing);
    // Off screen while training plays, the text follows a few times a second instead of
    // every frame.
    let held = use_mut_ref(|| (props.view.clone(), f64::NEG_INFINITY));
    let view = {
        let mut held = held.borrow_mut();
        let now = crate::browser::now_ms();
        if in_view || !props.playing || now - held.1 >= OFF_SCREEN_MS {
            *held = (props.view.clone(), now);
        }
        held.0.clone()
    };
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
                    <activation::ActivationFigure view={view.clone()} painted={painted[0]} />
                }) }
                { figure(Part::GradientFigure, html! {
                    <gradients::GradientFigure view={view.clone()} painted={painted[1]} />
                }) }
                { figure(Part::DeadFigure, html! { <dead::DeadFigure view={view.clone()} painted={painted[2]} /> }) }
                { figure(Part::WeightFigure, html! {
                    <weights::WeightFigure view={view.clone()} painted={painted[3]} />
                }) }
                { figure(Part::CollapseFigure, html! {
                    <collapse::CollapseFigure view={view.clone()} onaction={props.onaction.clone()}
                        frozen={hidden.locks(Part::CollapseFigure)} />
                }) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canvases_take_turns_while_playing_and_catch_up_when_stopped() {
        let mut t = Turns::new(0);
        assert_eq!(t.next(1, true, true), [1, 0, 0, 0]);
        assert_eq!(
            t.next(1, true, true),
            [1, 0, 0, 0],
            "the same version again: no turn"
        );
        assert_eq!(t.next(2, true, true), [1, 2, 0, 0]);
        assert_eq!(t.next(3, false, true), [1, 2, 0, 0], "out of view: held");
        assert_eq!(t.next(4, true, true), [1, 2, 4, 0]);
        assert_eq!(t.next(5, true, true), [1, 2, 4, 5]);
        assert_eq!(t.next(6, true, true), [6, 2, 4, 5]);
        assert_eq!(t.next(6, true, false), [6; 4], "paused: everything current");
        assert_eq!(t.next(7, true, false), [7; 4], "a step while paused");
    }
}
