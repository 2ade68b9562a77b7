//! Challenges: the box that shows a link's goal (`goal=`) and whether the run meets it,
//! and the Classroom panel's editor with which a teacher writes one.

use nn_core::goal::{self, Compare, Condition, Goal, Measure};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::format;
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Lang, Text};

/// Id of the box's heading, which names it.
const TITLE_ID: &str = "challenge-title";

/// A measure's name.
pub fn measure_name(lang: Lang, m: Measure) -> &'static str {
    lang.text(match m {
        Measure::TestLoss => Text::MeasureTestLoss,
        Measure::TrainLoss => Text::MeasureTrainLoss,
        Measure::TestAccuracy => Text::MeasureTestAccuracy,
        Measure::Neurons => Text::MeasureNeurons,
        Measure::DeadShare => Text::MeasureDeadShare,
        Measure::NonzeroWeights => Text::MeasureNonzero,
        Measure::Epochs => Text::MeasureEpochs,
        Measure::Gap => Text::MeasureGap,
        Measure::GradientRatio => Text::MeasureGradientRatio,
    })
}

/// A comparison's words.
pub fn compare_name(lang: Lang, c: Compare) -> &'static str {
    lang.text(match c {
        Compare::Below => Text::CompareBelow,
        Compare::AtMost => Text::CompareAtMost,
        Compare::AtLeast => Text::CompareAtLeast,
        Compare::Above => Text::CompareAbove,
    })
}

/// A measure's value as the box shows it.
pub fn value(m: Measure, v: f64) -> String {
    match m {
        Measure::TestLoss | Measure::TrainLoss | Measure::Gap => format::loss(v),
        Measure::GradientRatio if v.is_finite() && v < 0.01 => format!("{v:.1e}"),
        Measure::GradientRatio if v.is_finite() => format!("{v:.3}"),
        Measure::TestAccuracy | Measure::DeadShare if v.is_finite() => format!("{v:.3}"),
        _ if v.is_finite() => format::compact(v),
        _ => "–".into(),
    }
}

/// A condition in words: "Test loss below 0.1".
pub fn condition_text(lang: Lang, c: &Condition) -> String {
    format!(
        "{} {} {}",
        measure_name(lang, c.measure),
        compare_name(lang, c.compare),
        format::compact(c.value)
    )
}

/// Props of [`ChallengeBox`].
#[derive(Properties, PartialEq)]
pub struct ChallengeBoxProps {
    /// The goal.
    pub goal: Goal,
    /// The session, read for the current values.
    pub view: SessionView,
    /// The epoch at which the run first met the goal.
    pub met_at: Option<u64>,
}

/// The challenge and its progress, as a polite live region.
#[function_component]
pub fn ChallengeBox(props: &ChallengeBoxProps) -> Html {
    let lang = use_lang();
    let s = &props.view.session;
    html! {
        <section class={classes!("challenge", props.met_at.is_some().then_some("met"))}
            aria-labelledby={TITLE_ID}>
            <h2 id={TITLE_ID}>{ lang.text(Text::ChallengeTitle) }</h2>
            <ul>
                { for props.goal.iter().map(|c| {
                    let holds = c.holds(s);
                    html! {
                        <li class={classes!(holds.then_some("done"))}>
                            <span aria-hidden="true">{ if holds { "✓ " } else { "○ " } }</span>
                            <span class="visually-hidden">
                                { lang.text(if holds { Text::ChallengeDone } else { Text::ChallengeOpen }) }{ ": " }
                            </span>
                            { condition_text(lang, c) }
                            { " (" }{ lang.fill(Text::ChallengeNow, &[&value(c.measure, c.measure.of(s))]) }{ ")" }
                        </li>
                    }
                }) }
            </ul>
            <p role="status">{
                match props.met_at {
                    Some(epoch) => lang.fill(Text::ChallengeMet, &[&format::thousands(epoch)]),
                    None => lang.text(Text::ChallengeNotYet).to_string(),
                }
            }</p>
        </section>
    }
}

/// Props of [`GoalEditor`].
#[derive(Properties, PartialEq)]
pub struct GoalEditorProps {
    /// The goal so far.
    pub goal: Option<Goal>,
    /// Receives [`Action::SetGoal`].
    pub onaction: Callback<Action>,
}

/// The Classroom panel's challenge editor: a measure, a comparison and a number, added as
/// one more condition of the link's goal.
#[function_component]
pub fn GoalEditor(props: &GoalEditorProps) -> Html {
    let lang = use_lang();
    let measure = use_node_ref();
    let compare = use_node_ref();
    let number = use_node_ref();
    let onadd = {
        let (measure, compare, number) = (measure.clone(), compare.clone(), number.clone());
        let (goal, onaction) = (props.goal.clone(), props.onaction.clone());
        Callback::from(move |_: MouseEvent| {
            let m = measure
                .cast::<HtmlSelectElement>()
                .and_then(|s| usize::try_from(s.selected_index()).ok())
                .and_then(|i| Measure::ALL.get(i).copied());
            let c = compare
                .cast::<HtmlSelectElement>()
                .and_then(|s| usize::try_from(s.selected_index()).ok())
                .and_then(|i| Compare::ALL.get(i).copied());
            let v = number
                .cast::<HtmlInputElement>()
                .map(|i| i.value_as_number())
                .filter(|v| v.is_finite());
            if let (Some(measure), Some(compare), Some(value)) = (m, c, v) {
                let mut next = goal.clone().unwrap_or_default();
                next.push(Condition {
                    measure,
                    compare,
                    value,
                });
                onaction.emit(Action::SetGoal(Some(next)));
            }
        })
    };
    let onclear = props.onaction.reform(|_: MouseEvent| Action::SetGoal(None));
    html! {
        <fieldset class="classroom-group goal-editor">
            <legend>{ lang.text(Text::GoalEditor) }</legend>
            <p class="classroom-intro">{ lang.text(Text::GoalHelp) }</p>
            if let Some(g) = &props.goal {
                <p>{ goal::write(g).is_empty().then(String::new).unwrap_or_else(|| {
                    g.iter().map(|c| condition_text(lang, c)).collect::<Vec<_>>().join("; ")
                }) }</p>
            }
            <label for="goal-measure">{ lang.text(Text::GoalMeasureLabel) }</label>
            <select id="goal-measure" ref={measure}>
                { for Measure::ALL.iter().map(|&m| html! { <option>{ measure_name(lang, m) }</option> }) }
            </select>
            <label for="goal-compare">{ lang.text(Text::GoalCompareLabel) }</label>
            <select id="goal-compare" ref={compare}>
                { for Compare::ALL.iter().map(|&c| html! { <option>{ compare_name(lang, c) }</option> }) }
            </select>
            <label for="goal-value">{ lang.text(Text::GoalValueLabel) }</label>
            <input id="goal-value" ref={number} type="number" step="any" value="0.1" />
            <button type="button" class="text-button" onclick={onadd}>{ lang.text(Text::GoalAdd) }</button>
            if props.goal.is_some() {
                <button type="button" class="text-button" onclick={onclear}>{ lang.text(Text::GoalClear) }</button>
            }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_read_in_words() {
        let g = goal::parse("testLoss_lt_0.1,neurons_le_6").unwrap();
        assert_eq!(condition_text(Lang::En, &g[0]), "Test loss below 0.1");
        assert_eq!(condition_text(Lang::Zh, &g[1]), "隐藏层神经元数 不超过 6");
    }
}
