//! The table of earlier runs under the loss chart: what each run was, how far it got and
//! where it ended, with a button that opens its link again (from epoch 0).

use std::rc::Rc;

use nn_core::{Config, Regularization};
use yew::prelude::*;

use crate::format;
use crate::runs::Run;
use crate::state::Action;
use crate::text::{use_lang, Lang, Text};

/// Props of [`RunTable`].
#[derive(Properties, PartialEq)]
pub struct RunTableProps {
    /// The earlier runs, newest last.
    pub runs: Rc<[Run]>,
    /// Receives a restore.
    pub onaction: Callback<Action>,
}

/// What a run was, in a few words: data set, activation, shape, learning rate,
/// regularisation, batch size, seed and draws.
pub fn summary(lang: Lang, c: &Config) -> String {
    let shape = if c.network_shape.is_empty() {
        "–".to_string()
    } else {
        c.network_shape
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    let data = match &c.given {
        Some(g) => lang.fill(Text::YourPoints, &[&g.points.len().to_string()]),
        None => lang.dataset(c.current_dataset()).to_string(),
    };
    let mut parts = vec![
        data,
        lang.activation(c.activation).to_string(),
        shape,
        format!(
            "{} {}",
            lang.text(Text::LearningRate),
            format::compact(c.learning_rate)
        ),
    ];
    if c.regularization != Regularization::None {
        parts.push(format!(
            "{} {}",
            lang.regularization(c.regularization),
            format::compact(c.regularization_rate)
        ));
    }
    parts.push(format!("{} {}", lang.text(Text::BatchSize), c.batch_size));
    let seed = c.seed.as_deref().unwrap_or("");
    parts.push(if c.draws > 0 {
        lang.fill(Text::RunSeedDraws, &[seed, &c.draws.to_string()])
    } else {
        lang.fill(Text::RunSeed, &[seed])
    });
    parts.join(" · ")
}

/// The table, newest run first; nothing before the first run ends.
#[function_component]
pub fn RunTable(props: &RunTableProps) -> Html {
    let lang = use_lang();
    if props.runs.is_empty() {
        return html! {};
    }
    let accuracy = props.runs.iter().any(|r| r.test_accuracy.is_some());
    let rows = props.runs.iter().rev().map(|run| {
        let n = run.number;
        let onclick = props
            .onaction
            .reform(move |_: MouseEvent| Action::RestoreRun(n));
        let number = run.number.to_string();
        html! {
            <tr>
                <th scope="row">{ &number }</th>
                <td class="run-summary">{ summary(lang, &run.config) }</td>
                <td>{ format::thousands(run.epoch) }</td>
                <td>{ format::loss(run.train_loss) }</td>
                <td>{ format::loss(run.test_loss) }</td>
                if accuracy {
                    <td>{ run.test_accuracy.map(format::percent).unwrap_or_default() }</td>
                }
                <td>
                    <button type="button" class="text-button run-restore"
                        aria-label={lang.fill(Text::RunRestoreName, &[&number])}
                        title={lang.text(Text::RunRestoreHint)} {onclick}>
                        { lang.text(Text::RunRestore) }
                    </button>
                </td>
            </tr>
        }
    });
    html! {
        <table class="run-table">
            <caption>{ lang.text(Text::RunsCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ lang.text(Text::RunNumber) }</th>
                    <th scope="col">{ lang.text(Text::RunSettings) }</th>
                    <th scope="col">{ lang.text(Text::Epoch) }</th>
                    <th scope="col">{ lang.text(Text::TrainingLoss) }</th>
                    <th scope="col">{ lang.text(Text::TestLoss) }</th>
                    if accuracy {
                        <th scope="col">{ lang.text(Text::TestAccuracy) }</th>
                    }
                    <th scope="col"><span class="visually-hidden">{ lang.text(Text::RunRestore) }</span></th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::hash;

    #[test]
    fn a_summary_names_what_sets_runs_apart() {
        let c = hash::parse("seed=abc&activation=relu&networkShape=3&learningRate=0.1&regularization=L2&regularizationRate=0.01&draws=2").config;
        assert_eq!(
            summary(Lang::En, &c),
            "Circle · ReLU · 3 · Learning rate 0.1 · L2 0.01 · Batch size 10 · seed abc, draw 2"
        );
        let plain = hash::parse("seed=x&networkShape=").config;
        assert_eq!(
            summary(Lang::En, &plain),
            "Circle · Tanh · – · Learning rate 0.03 · Batch size 10 · seed x"
        );
    }
}
