//! The loss chart above the output heatmap.

use std::rc::Rc;

use nn_core::history::{LossHistory, LossPoint};
use nn_core::Session;
use yew::prelude::*;

use crate::draw::loss_chart::{self, Titles};
use crate::draw::plot;
use crate::format;
use crate::hooks::use_painted_canvas;
use crate::runs::Run;
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

    /// The numbers of a recorded point of the history.
    pub fn at(p: &LossPoint) -> Self {
        Latest {
            epoch: p.epoch,
            train_loss: p.train,
            test_loss: p.test,
            train_accuracy: p.train_accuracy,
            test_accuracy: p.test_accuracy,
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
    /// Earlier runs, drawn faintly under this one.
    #[prop_or_default]
    pub runs: Rc<[Run]>,
    /// Compare mode's second network, whose curves are drawn dashed.
    #[prop_or_default]
    pub other: Option<SessionView>,
}

/// Training loss (grey) and test loss (black) against the epoch.
#[function_component]
pub fn LossChart(props: &LossChartProps) -> Html {
    let lang = use_lang();
    let session = props.view.session.clone();
    let runs = props.runs.clone();
    let other = props.other.as_ref().map(|v| v.session.clone());
    let canvas_ref = use_painted_canvas(
        (
            // New points change the losses too.
            (props.view.network_version, props.view.data_version),
            props.other.as_ref().map(|v| v.network_version),
            lang,
            props.runs.len(),
            props.runs.last().map(|r| r.number),
        ),
        Box::new(move |canvas, css, ratio| {
            let titles = Titles {
                epochs: lang.text(Text::ChartEpochs),
                loss: lang.text(Text::ChartLoss),
            };
            let earlier: Vec<&LossHistory> = runs.iter().map(|r| &r.history).collect();
            let other = other.as_ref().map(|s| s.history());
            loss_chart::paint(
                canvas,
                css,
                session.history(),
                &earlier,
                other,
                titles,
                ratio,
            );
        }),
    );
    // The epoch under the pointer, while it is over the chart.
    let hover = use_state(|| None::<f64>);
    let onmousemove = {
        let (hover, session) = (hover.clone(), props.view.session.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(canvas) = e.target_dyn_into::<web_sys::HtmlElement>() else {
                return;
            };
            let points: Vec<LossPoint> = session.history().points().collect();
            let (x_max, _) = loss_chart::bounds(&points);
            let width = f64::from(canvas.client_width());
            hover.set(Some(plot::x_at(
                width,
                f64::from(e.offset_x()),
                (0.0, x_max as f64),
            )));
        })
    };
    let onmouseleave = {
        let hover = hover.clone();
        Callback::from(move |_: MouseEvent| hover.set(None))
    };
    let hovered = hover.and_then(|epoch| nearest(props.view.session.history(), epoch));
    let shown = hovered.map_or_else(|| Latest::of(&props.view.session), |p| Latest::at(&p));
    html! {
        <div class="loss-chart-wrap">
        <canvas ref={canvas_ref} class="loss-chart" role="img"
            aria-label={lang.text(Text::LossChart)} title={shown.tooltip(lang)}
            {onmousemove} {onmouseleave}></canvas>
        if hovered.is_some() {
            <p class="chart-hover" aria-hidden="true">{ shown.tooltip(lang) }</p>
        }
        </div>
    }
}

/// The recorded point nearest to `epoch`.
pub fn nearest(history: &LossHistory, epoch: f64) -> Option<LossPoint> {
    history.points().min_by(|a, b| {
        let da = (a.epoch as f64 - epoch).abs();
        let db = (b.epoch as f64 - epoch).abs();
        da.total_cmp(&db)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pointer_picks_the_nearest_recorded_epoch() {
        let mut h = LossHistory::new(16);
        for e in [0, 10, 20, 40] {
            h.push(LossPoint::losses(e, 1.0 / (e as f64 + 1.0), 0.5));
        }
        assert_eq!(nearest(&h, 14.0).map(|p| p.epoch), Some(10));
        assert_eq!(nearest(&h, 31.0).map(|p| p.epoch), Some(40));
        assert_eq!(nearest(&LossHistory::new(4), 3.0), None);
        let shown = Latest::at(&nearest(&h, 19.0).unwrap());
        assert_eq!(shown.epoch, 20);
        assert_eq!(
            shown.tooltip(Lang::En),
            "Epoch 000,020: training loss 0.048, test loss 0.500"
        );
    }
}
