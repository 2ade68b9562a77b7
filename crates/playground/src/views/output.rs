//! The output column: losses, the big heatmap and the colour legend.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::LossChart;
use super::checkbox::Checkbox;
use super::draw::{DrawTools, Pen};
use super::heatmap::OutputHeatmap;
use super::legend::Legend;
use super::metrics::Metrics;
use super::timeline::Timeline;
use crate::parts::{use_hidden, Part};
use crate::runs::Run;
use crate::settings::Setting;
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Text};

/// Id of the column heading, which names the column.
const HEADING_ID: &str = "output-heading";

/// Props of [`OutputColumn`].
#[derive(Properties, PartialEq)]
pub struct OutputColumnProps {
    /// The session to show.
    pub view: SessionView,
    /// Receives the checkbox changes.
    pub onaction: Callback<Action>,
    /// Earlier runs, drawn faintly in the chart.
    #[prop_or_default]
    pub runs: Rc<[Run]>,
    /// The timeline's checkpoint epochs, oldest first.
    #[prop_or_default]
    pub checkpoints: Vec<u64>,
    /// The checkpoint shown while looking back.
    #[prop_or_default]
    pub viewing: Option<usize>,
    /// Compare mode's second network, if compare mode is on.
    #[prop_or_default]
    pub other: Option<SessionView>,
}

/// Everything right of the network.
#[function_component]
pub fn OutputColumn(props: &OutputColumnProps) -> Html {
    let lang = use_lang();
    let session = &props.view.session;
    let config = session.config();
    let hidden = use_hidden();
    // The pen while drawing, fitted to the problem (which may have changed since).
    let pen = use_state(|| None::<Pen>);
    let draw_shown = hidden.shows(Part::Draw);
    let draw_locked = hidden.locks(Part::Draw);
    let drawing = (*pen)
        .filter(|_| draw_shown && !draw_locked)
        .map(|p| p.fitted(config));
    let toggle_draw = {
        let (pen, on) = (pen.clone(), drawing.is_none());
        let start = Pen::new(config);
        Callback::from(move |_: MouseEvent| pen.set(on.then_some(start)))
    };
    let comparing = props.other.is_some();
    let compare_locked = hidden.locks(Part::Compare);
    let set_pen = {
        let pen = pen.clone();
        Callback::from(move |p: Pen| pen.set(Some(p)))
    };
    html! {
        <section class="column output-column" aria-labelledby={HEADING_ID}>
            <h2 class="column-heading" id={HEADING_ID}>{ lang.text(Text::Output) }</h2>
            // Two groups, stacked in a column and side by side when the output sits
            // under the network on narrower screens.
            <div class="output-readouts" id={super::trouble::LOSSES_ID}>
                // Always shown: the original's `percTrainData_hide` also hid the test
                // loss (its issue #129).
                <Metrics test_loss={session.test_loss()} train_loss={session.train_loss()}
                    test_accuracy={session.test_accuracy()} train_accuracy={session.train_accuracy()} />
                if hidden.shows(Part::LossChart) {
                    <LossChart view={props.view.clone()} other={props.other.clone()}
                        runs={if hidden.shows(Part::RunHistory) { props.runs.clone() } else { Rc::from([]) }} />
                    if comparing {
                        <p class="chart-note compare-legend">{ lang.text(Text::CompareLegend) }</p>
                    }
                    { early_stop_note(lang, session.history()) }
                    if comparing && hidden.shows(Part::Timeline) {
                        <p class="chart-note">{ lang.text(Text::TimelineComparing) }</p>
                    } else if hidden.shows(Part::Timeline) {
                        <Timeline epochs={props.checkpoints.clone()} viewing={props.viewing}
                            locked={hidden.locks(Part::Timeline)} onaction={props.onaction.clone()} />
                    }
                }

            </div>
            <div class="output-plot">
                <OutputHeatmap view={props.view.clone()} discretize={config.page.discretize}
                    show_test_data={config.page.show_test_data || drawing.is_some()} pen={drawing}
                    onaction={props.onaction.clone()} />
                <div class="output-options">
                    if draw_shown {
                        <button type="button" class="text-button draw-toggle" aria-pressed={drawing.is_some().to_string()}
                            disabled={draw_locked}
                            title={lang.text(if draw_locked { Text::LockedHint } else { Text::DrawHint })}
                            onclick={toggle_draw}>{ lang.text(Text::Draw) }</button>
                    }
                    if hidden.shows(Part::Compare) {
                        <button type="button" class="text-button compare-toggle" aria-pressed={comparing.to_string()}
                            disabled={compare_locked}
                            title={lang.text(if compare_locked { Text::LockedHint } else { Text::CompareHint })}
                            onclick={props.onaction.reform(move |_: MouseEvent| Action::Compare(!comparing))}>
                            { lang.text(Text::Compare) }</button>
                    }
                    if hidden.shows(Part::ShowTestData) {
                        <Checkbox label={lang.text(Text::ShowTestData)} checked={config.page.show_test_data}
                            locked={hidden.locks(Part::ShowTestData)}
                            onchange={props.onaction.reform(|on| Action::Set(Setting::ShowTestData(on)))} />
                    }
                    if hidden.shows(Part::Discretize) {
                        <Checkbox label={lang.text(Text::Discretize)} checked={config.page.discretize}
                            locked={hidden.locks(Part::Discretize)}
                            onchange={props.onaction.reform(|on| Action::Set(Setting::Discretize(on)))} />
                    }
                </div>
                if let Some(pen) = drawing {
                    <DrawTools {pen} problem={config.problem} classes={config.classes}
                        counts={(session.train_points().len(), session.test_points().len())}
                        onpen={set_pen} onaction={props.onaction.clone()} />
                }
                <Legend classes={if config.problem == nn_core::Problem::Multiclass { config.classes } else { 0 }} />
            </div>
        </section>
    }
}

/// Under the loss chart: the lowest test loss and its epoch (circled on the chart), and
/// when the run is overfitting, that it is and what early stopping would keep.
fn early_stop_note(lang: crate::text::Lang, history: &nn_core::history::LossHistory) -> Html {
    let Some(stop) = history.early_stop().filter(|_| history.len() > 1) else {
        return html! {};
    };
    let epoch = crate::format::thousands(stop.best_epoch);
    let best = lang.fill(
        Text::ChartBest,
        &[&crate::format::loss(stop.best_test), &epoch],
    );
    html! {
        <p class={classes!("chart-note", stop.overfitting.then_some("overfitting"))}>
            { best }
            if stop.overfitting {
                { " " }{ lang.fill(Text::ChartOverfitting, &[&epoch]) }
            }
        </p>
    }
}
