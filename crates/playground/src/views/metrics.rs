//! The test and training loss read-outs.

use yew::prelude::*;

use crate::format;
use crate::text::{use_lang, Text};

/// Props of [`Metrics`].
#[derive(Properties, PartialEq)]
pub struct MetricsProps {
    /// Loss on the test points.
    pub test_loss: f64,
    /// Loss on the training points.
    pub train_loss: f64,
    /// Share of test points classified correctly (classification only).
    pub test_accuracy: Option<f64>,
    /// Share of training points classified correctly (classification only).
    pub train_accuracy: Option<f64>,
}

fn metric(class: &'static str, id: &'static str, label: &str, value: String) -> Html {
    html! {
        <div class={classes!("metric", class)}>
            <span class="metric-label" id={id}>{ label }</span>
            <output class="metric-value" aria-labelledby={id} aria-live="off">
                { value }
            </output>
        </div>
    }
}

/// Both losses with three decimals, test loss first as in the original; for
/// classification the accuracies under them, in per cent.
#[function_component]
pub fn Metrics(props: &MetricsProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="metrics">
            { metric("test", "test-loss-label", lang.text(Text::TestLoss), format::loss(props.test_loss)) }
            { metric("train", "train-loss-label", lang.text(Text::TrainingLoss), format::loss(props.train_loss)) }
            if let Some(a) = props.test_accuracy {
                { metric("test", "test-accuracy-label", lang.text(Text::TestAccuracy), format::percent(a)) }
            }
            if let Some(a) = props.train_accuracy {
                { metric("train", "train-accuracy-label", lang.text(Text::TrainingAccuracy), format::percent(a)) }
            }
        </div>
    }
}
