//! The note shown when training goes wrong without blowing up: what the numbers show,
//! the likely cause, something to try, and where on the page to see it.

use nn_core::diagnose::{Cause, StallCause, Trouble};
use yew::prelude::*;

use crate::browser;
use crate::format;
use crate::parts::{use_hidden, Part};
use crate::text::{use_lang, Text};
use crate::views::inside::GRADIENT_FIGURE_ID;

/// Id of the note's heading, which names it.
const TITLE_ID: &str = "trouble-title";
/// Id of the dead and saturated counts under the network, which the note links to.
pub const COUNTS_ID: &str = "node-counts";
/// Id of the loss chart's place, which the note links to.
pub const LOSSES_ID: &str = "losses";

/// Props of [`TroubleNote`].
#[derive(Properties, PartialEq)]
pub struct TroubleNoteProps {
    /// What is wrong.
    pub trouble: Trouble,
}

/// A polite live region: a screen reader reads it when it appears, without
/// interrupting (unlike the divergence alert, training goes on).
#[function_component]
pub fn TroubleNote(props: &TroubleNoteProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let figure_shown = |part| hidden.shows(Part::Inside) && hidden.shows(part);
    let (title, why, fix, target, see) = match props.trouble {
        Trouble::MostlyDead { dead, of } => (
            lang.fill(
                Text::TroubleDeadTitle,
                &[&dead.to_string(), &of.to_string()],
            ),
            lang.text(Text::TroubleDeadWhy).to_string(),
            lang.text(Text::TroubleDeadFix).to_string(),
            COUNTS_ID,
            Text::TroubleSeeNetwork,
        ),
        Trouble::NoBetterThanGuessing { loss, guess, cause } => (
            lang.text(Text::TroubleGuessTitle).to_string(),
            lang.fill(
                Text::TroubleGuessWhy,
                &[&format::loss(loss), &format::loss(guess)],
            ),
            lang.text(match cause {
                Cause::LargeSteps => Text::TroubleFixSteps,
                Cause::VanishingGradients => Text::TroubleFixVanishing,
                Cause::Unclear => Text::TroubleFixUnclear,
            })
            .to_string(),
            if cause == Cause::VanishingGradients && figure_shown(Part::GradientFigure) {
                GRADIENT_FIGURE_ID
            } else {
                LOSSES_ID
            },
            if cause == Cause::VanishingGradients && figure_shown(Part::GradientFigure) {
                Text::TroubleSeeFigure
            } else {
                Text::TroubleSeeLosses
            },
        ),
        Trouble::Stalled {
            epochs,
            loss,
            guess,
            cause,
        } => (
            lang.fill(Text::TroubleStalledTitle, &[&format::thousands(epochs)]),
            lang.fill(
                Text::TroubleStalledWhy,
                &[&format::loss(loss), &format::loss(guess)],
            ),
            lang.text(match cause {
                StallCause::SmallSteps => Text::TroubleFixSmallSteps,
                StallCause::StrongRegularization => Text::TroubleFixRegularization,
                StallCause::Capacity => Text::TroubleFixCapacity,
            })
            .to_string(),
            LOSSES_ID,
            Text::TroubleSeeLosses,
        ),
    };
    html! {
        <section class="trouble" role="status" aria-labelledby={TITLE_ID}>
            <h2 id={TITLE_ID}>{ title }</h2>
            <p>{ why }</p>
            <p class="trouble-fix">{ fix }</p>
            <p><a href={format!("#{target}")} onclick={Callback::from(move |e: MouseEvent| {
                // An in-page jump, without touching the location's hash (the link's
                // settings live there).
                e.prevent_default();
                browser::scroll_to(target);
            })}>{ lang.text(see) }</a></p>
        </section>
    }
}
