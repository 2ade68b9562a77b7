//! The data column: which data set, how it is split and how noisy, the batch size,
//! and Regenerate.

use nn_core::{Dataset, Problem};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::data_file::{DataFile, PointsView};
use super::slider::Slider;
use crate::draw::dataset_thumbnails as thumbnails;
use crate::parts::{use_hidden, Part};
use crate::settings::{self, Setting, CLASSES_RANGE, PERC_TRAIN_RANGE};
use crate::state::Action;
use crate::text::{use_lang, Text};

/// Id of the column heading, which names the column.
const HEADING_ID: &str = "data-heading";
/// Id of the question above the thumbnails, which names the group.
const QUESTION_ID: &str = "dataset-question";

/// Props of [`DataColumn`]: the current values, compared cheaply every frame.
#[derive(Properties, PartialEq)]
pub struct DataColumnProps {
    /// Classification or regression: picks the thumbnails.
    pub problem: Problem,
    /// The data set in use.
    pub dataset: Dataset,
    /// Percentage of training points.
    pub perc_train_data: f64,
    /// Noise in percent.
    pub noise: f64,
    /// Samples per update.
    pub batch_size: usize,
    /// Points in the training set (the batch slider's end: full batch).
    pub train_points: usize,
    /// Weight updates since the network was built.
    pub updates: u64,
    /// Classes of a multi-class problem.
    pub classes: usize,
    /// The points in use (for import and export).
    pub points: PointsView,
    /// Receives the changes.
    pub onaction: Callback<Action>,
}

/// Props of [`Thumbnail`].
#[derive(Properties, PartialEq)]
struct ThumbnailProps {
    dataset: Dataset,
    selected: bool,
    #[prop_or_default]
    frozen: bool,
    onpick: Callback<Dataset>,
}

/// A data set's picture as a toggle button named after it.
#[function_component]
fn Thumbnail(props: &ThumbnailProps) -> Html {
    let lang = use_lang();
    let canvas_ref = use_node_ref();
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(props.dataset, move |&dataset| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                thumbnails::paint(&canvas, dataset);
            }
        });
    }
    let onclick = {
        let (dataset, onpick) = (props.dataset, props.onpick.clone());
        Callback::from(move |_: MouseEvent| onpick.emit(dataset))
    };
    html! {
        <button type="button" class={classes!("thumbnail", props.selected.then_some("selected"))}
            aria-pressed={props.selected.to_string()} {onclick} disabled={props.frozen}
            title={props.frozen.then(|| lang.text(Text::LockedHint))}>
            <canvas ref={canvas_ref} aria-hidden="true"></canvas>
            <span class="thumbnail-name">{ lang.dataset(props.dataset) }</span>
        </button>
    }
}

/// Everything left of the network.
#[function_component]
pub fn DataColumn(p: &DataColumnProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let set =
        |setting: fn(f64) -> Setting| p.onaction.reform(move |v: f64| Action::Set(setting(v)));
    let sets = Dataset::of(p.problem);
    let onpick = p
        .onaction
        .reform(|d: Dataset| Action::Set(Setting::Dataset(d)));
    let onregenerate = p.onaction.reform(|_: MouseEvent| Action::Regenerate);
    // With every data control hidden there is nothing to head: no lone "Data".
    let multiclass = p.problem == Problem::Multiclass;
    let any = [
        Part::Dataset,
        Part::PercTrainData,
        Part::Noise,
        Part::BatchSize,
        Part::StepBatch,
        Part::Regenerate,
        Part::DataFile,
    ]
    .into_iter()
    .chain(multiclass.then_some(Part::Classes))
    .any(|part| hidden.shows(part));
    if !any {
        return html! {};
    }
    // Noise and Regenerate make no sense for the user's own points.
    let given = p.points.session.config().given.is_some();
    html! {
        <section class="column data-column" aria-labelledby={HEADING_ID}>
            <h2 class="column-heading" id={HEADING_ID}>{ lang.text(Text::Data) }</h2>
            if hidden.shows(Part::Dataset) {
                <div class="datasets" role="group" aria-labelledby={QUESTION_ID}>
                    <p class="control-label" id={QUESTION_ID}>{ lang.text(Text::WhichDataset) }</p>
                    <div class="thumbnails">
                        { for sets.iter().map(|&d| html! {
                            <Thumbnail key={d.key()} dataset={d} selected={d == p.dataset && !given}
                                onpick={onpick.clone()} frozen={hidden.locks(Part::Dataset)} />
                        }) }
                    </div>
                </div>
            }
            if p.problem == Problem::Multiclass && hidden.shows(Part::Classes) {
                <Slider id="slider-classes" label={lang.text(Text::Classes)}
                    range={CLASSES_RANGE} value={p.classes as f64} locked={hidden.locks(Part::Classes)}
                    onchange={p.onaction.reform(|v: f64| Action::Set(Setting::classes(v)))} />
            }
            if hidden.shows(Part::PercTrainData) {
                <Slider id="slider-percTrainData" label={lang.text(Text::RatioTrainData)}
                    range={PERC_TRAIN_RANGE} value={p.perc_train_data} unit="%"
                    locked={hidden.locks(Part::PercTrainData)}
                    onchange={set(Setting::PercTrainData)} />
            }
            if hidden.shows(Part::Noise) && !given {
                <Slider id="slider-noise" label={lang.text(Text::Noise)}
                    range={settings::noise_range(p.noise)} value={p.noise}
                    locked={hidden.locks(Part::Noise)}
                    onchange={set(Setting::Noise)} />
            }
            if hidden.shows(Part::BatchSize) {
                // Its end is the whole training set: full-batch gradient descent.
                <Slider id="slider-batchSize" label={lang.text(Text::BatchSize)}
                    range={settings::batch_range(p.train_points, p.batch_size)}
                    value={p.batch_size as f64} locked={hidden.locks(Part::BatchSize)}
                    max_label={lang.fill(Text::BatchAll, &[&p.train_points.to_string()])}
                    note={lang.fill(Text::BatchNote, &[
                        &p.train_points.to_string(),
                        &updates_per_epoch(p.train_points, p.batch_size),
                    ])}
                    onchange={set(Setting::batch_size)} />
            }
            if hidden.shows(Part::StepBatch) {
                <div class="step-batch">
                    <button type="button" class="text-button"
                        disabled={hidden.locks(Part::StepBatch)}
                        title={if hidden.locks(Part::StepBatch) {
                            lang.text(Text::LockedHint).to_string()
                        } else {
                            lang.fill(Text::StepBatchHint, &[&p.batch_size.min(p.train_points).to_string()])
                        }}
                        onclick={p.onaction.reform(|_: MouseEvent| Action::StepBatch)}>
                        { lang.text(Text::StepBatch) }
                    </button>
                    <span class="updates-count">
                        { lang.fill(Text::UpdatesCount, &[&crate::format::thousands(p.updates)]) }
                    </span>
                </div>
            }
            if hidden.shows(Part::Regenerate) && !given {
                <button type="button" class="text-button regenerate"
                    title={lang.text(if hidden.locks(Part::Regenerate) { Text::LockedHint } else { Text::RegenerateHint })}
                    onclick={onregenerate} disabled={hidden.locks(Part::Regenerate)}>
                    { lang.text(Text::Regenerate) }
                </button>
            }
            if hidden.shows(Part::DataFile) {
                <DataFile points={p.points.clone()} onaction={p.onaction.clone()}
                    locked={hidden.locks(Part::DataFile)} />
            }
        </section>
    }
}

/// Weight updates per epoch at `batch` samples each over `points`: an update after
/// every `batch`-th sample, counted from each epoch's start (the original's rule), so
/// a batch larger than the training set never updates.
fn updates_per_epoch(points: usize, batch: usize) -> String {
    (points / batch.max(1)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_per_epoch_follow_the_originals_rule() {
        assert_eq!(updates_per_epoch(250, 10), "25");
        assert_eq!(updates_per_epoch(250, 30), "8");
        assert_eq!(updates_per_epoch(250, 250), "1");
        assert_eq!(updates_per_epoch(250, 1000), "0");
    }
}
