//! The loss chart above the output heatmap.

use nn_core::Session;
use yew::prelude::*;

use crate::draw::loss_chart::{self, Titles};
use crate::format;
use crate::hooks::use_painted_canvas;
use crate::state::SessionView;
use crate::text::{use_lang, Lang, Text};

/// The run's current numbers, for the chart's tooltip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Latest {
    /// Epochs trained.
    pub epoch: u64,
    /// Training loss.
    pub train_loss: f64,
    /// Test loss.
    pub test_loss: f64,
    /// Training accuracy 0–1 (classification only).
    pub train_accuracy: Option<f64>,
    /// Test accuracy 0–1 (classification only).
    pub test_accuracy: Option<f64>,
}

impl Latest {
    /// The numbers of `session` now.
    pub fn of(session: &Session) -> Self {
        Latest {
            epoch: session.epoch(),
            train_loss: session.train_loss(),
            test_loss: session.test_loss(),
            train_accuracy: session.train_accuracy(),
            test_accuracy: session.test_accuracy(),
        }
    }

    /// The tooltip: the epoch and both losses, and for classification both accuracies.
    pub fn tooltip(self, lang: Lang) -> String {
        let losses = [
            format::epoch(self.epoch),
            format::loss(self.train_loss),
            format::loss(self.test_loss),
        ];
        match (self.train_accuracy, self.test_accuracy) {
            (Some(train), Some(test)) => lang.fill(
                Text::ChartTooltipAccuracy,
                &[
                    &losses[0],
                    &losses[1],
                    &losses[2],
                    &format::percent(train),
                    &format::percent(test),
                ],
            ),
            _ => lang.fill(Text::ChartTooltip, &[&losses[0], &losses[1], &losses[2]]),
        }
    }
}

/// Props of [`LossChart`].
#[derive(Properties, PartialEq)]
pub struct LossChartProps {
    /// The session whose history (both losses since epoch 0) the chart draws; it redraws
    /// when the view's network version changes.
    pub view: SessionView,
}

/// Training loss (grey) and test loss (black) against the epoch.
#[function_component]
pub fn LossChart(props: &LossChartProps) -> Html {
    let lang = use_lang();
    let session = props.view.session.clone();
    let canvas_ref = use_painted_canvas(
        (props.view.network_version, lang),
        Box::new(move |canvas, css, ratio| {
            let titles = Titles {
                epochs: lang.text(Text::ChartEpochs),
                loss: lang.text(Text::ChartLoss),
            };
            loss_chart::paint(canvas, css, session.history(), titles, ratio);
        }),
    );
    html! {
        <canvas ref={canvas_ref} class="loss-chart" role="img"
            aria-label={lang.text(Text::LossChart)} title={Latest::of(&props.view.session).tooltip(lang)}></canvas>
    }
}
