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
}

fn metric(class: &'static str, id: &'static str, label: &str, value: f64) -> Html {
    html! {
        <div class={classes!("metric", class)}>
            <span class="metric-label" id={id}>{ label }</span>
            <output class="metric-value" aria-labelledby={id} aria-live="off">
                { format::loss(value) }
            </output>
        </div>
    }
}

/// Both losses with three decimals, test loss first as in the original.
#[function_component]
pub fn Metrics(props: &MetricsProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="metrics">
            { metric("test", "test-loss-label", lang.text(Text::TestLoss), props.test_loss) }
            { metric("train", "train-loss-label", lang.text(Text::TrainingLoss), props.train_loss) }
        </div>
    }
}
