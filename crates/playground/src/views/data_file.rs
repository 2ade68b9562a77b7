//! Your own data: Import CSV (a file picker, or a file dropped on the data column), with
//! what was detected shown for confirmation and any problem named with its line, and
//! Export CSV of the points in use.

use std::rc::Rc;
use std::sync::Arc;

use nn_core::csv::{self, CsvError, Labels, Table};
use nn_core::given::GivenData;
use nn_core::given_link::{self, NotInLink};
use nn_core::Session;
use web_sys::{DragEvent, File};
use yew::prelude::*;

use crate::browser;
use crate::state::Action;
use crate::text::{use_lang, Lang, Text};

/// What the page is doing with a file.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    /// Nothing.
    Idle,
    /// A file read and understood, waiting for the user's yes.
    Ready { name: String, table: Rc<Table> },
    /// A file that could not be used (nothing was changed); `None`: it could not be read.
    Failed {
        name: String,
        error: Option<CsvError>,
    },
}

/// The session's points for views that show or export them: equal while the data is
/// the same (the network may train on), so training does not redraw them.
#[derive(Clone, Debug)]
pub struct PointsView {
    /// The session.
    pub session: Rc<Session>,
    /// [`crate::state::AppState::data_version`].
    pub version: u64,
}

impl PartialEq for PointsView {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version
    }
}

/// Props of [`DataFile`].
#[derive(Properties, PartialEq)]
pub struct DataFileProps {
    /// The points (exported, and whether they are the user's).
    pub points: PointsView,
    /// Receives [`Action::UseData`].
    pub onaction: Callback<Action>,
    /// Import and Back shown but not usable (a teacher locked them).
    #[prop_or_default]
    pub locked: bool,
}

/// A problem with a file, in words.
pub fn csv_error(lang: Lang, e: &CsvError) -> String {
    match e {
        CsvError::NotText => lang.text(Text::CsvNotText).to_string(),
        CsvError::Empty => lang.text(Text::CsvEmpty).to_string(),
        CsvError::TooManyPoints { count } => lang.fill(
            Text::CsvTooMany,
            &[&count.to_string(), &csv::MAX_POINTS.to_string()],
        ),
        CsvError::MissingColumn { line, column } => {
            lang.fill(Text::CsvMissingColumn, &[&line.to_string(), column])
        }
        CsvError::NotANumber {
            line,
            column,
            value,
        } => lang.fill(Text::CsvNotANumber, &[&line.to_string(), column, value]),
        CsvError::OutOfDomain {
            line,
            column,
            value,
        } => lang.fill(
            Text::CsvOutOfDomain,
            &[&line.to_string(), column, &value.to_string()],
        ),
        CsvError::BadSplit { line, value } => {
            lang.fill(Text::CsvBadSplit, &[&line.to_string(), value])
        }
        CsvError::TooManyClasses { line, label } => lang.fill(
            Text::CsvTooManyClasses,
            &[&line.to_string(), &label.to_string()],
        ),
        CsvError::BadHeader { missing } => lang.fill(Text::CsvBadHeader, &[missing]),
    }
}

/// What a file holds, in words: "200 points, two classes (−1 and +1), …".
fn summary(lang: Lang, t: &Table) -> String {
    let labels = match t.labels {
        Labels::TwoClasses => lang.text(Text::LabelsTwo).to_string(),
        Labels::Classes(k) => {
            lang.fill(Text::LabelsClasses, &[&k.to_string(), &(k - 1).to_string()])
        }
        Labels::Values => lang.text(Text::LabelsValues).to_string(),
    };
    let split = match &t.splits {
        Some(s) => {
            let test = s.iter().filter(|&&s| s == csv::Split::Test).count();
            lang.fill(
                Text::ImportSplitGiven,
                &[&(s.len() - test).to_string(), &test.to_string()],
            )
        }
        None => lang.text(Text::ImportSplitRatio).to_string(),
    };
    lang.fill(
        Text::ImportSummary,
        &[&t.points.len().to_string(), &labels, &split],
    )
}

/// Reads `file` and reports what it holds through `pending`.
fn read_file(file: File, pending: UseStateHandle<Pending>) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        let Some(bytes) = browser::file_bytes(&file).await else {
            pending.set(Pending::Failed { name, error: None });
            return;
        };
        pending.set(match csv::read_bytes(&bytes) {
            Ok(table) => Pending::Ready {
                name,
                table: Rc::new(table),
            },
            Err(e) => Pending::Failed {
                name,
                error: Some(e),
            },
        });
    });
}

/// The data file tools of the data column.
#[function_component]
pub fn DataFile(props: &DataFileProps) -> Html {
    let lang = use_lang();
    let pending = use_state(|| Pending::Idle);
    let input = use_node_ref();
    let pick = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| browser::open_file_picker(&input))
    };
    let chosen = {
        let pending = pending.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = browser::chosen_file(&e) {
                read_file(file, pending.clone());
            }
        })
    };
    let dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let dropped = {
        let (pending, locked) = (pending.clone(), props.locked);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if locked {
                return;
            }
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                read_file(file, pending.clone());
            }
        })
    };
    let export = {
        let session = Rc::clone(&props.points.session);
        Callback::from(move |_: MouseEvent| {
            let text = csv::write(session.train_points(), session.test_points());
            browser::download("playground-data.csv", "text/csv", &text);
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(Pending::Idle))
    };
    // How many points are the user's, and whether the link carries them.
    let given = props.points.session.config().given.as_ref().map(|g| {
        let link = match g.link() {
            Ok(_) => lang.text(Text::GivenInLink).to_string(),
            Err(NotInLink::OffGrid) => lang.text(Text::GivenOffGrid).to_string(),
            Err(NotInLink::TooLong { chars }) => lang.fill(
                Text::GivenTooLong,
                &[&chars.to_string(), &given_link::MAX_CHARS.to_string()],
            ),
        };
        (g.points.len(), link)
    });
    let back = props.onaction.reform(|_: MouseEvent| Action::UseData(None));
    html! {
        <div class="data-file" ondragover={dragover} ondrop={dropped}>
            <div class="data-file-buttons">
                <button type="button" class="text-button" onclick={pick} disabled={props.locked}
                    title={props.locked.then(|| lang.text(Text::LockedHint))}>{ lang.text(Text::ImportCsv) }</button>
                <button type="button" class="text-button" onclick={export}>{ lang.text(Text::ExportCsv) }</button>
                <input ref={input} type="file" accept=".csv,text/csv,text/plain" class="visually-hidden"
                    tabindex="-1" aria-hidden="true" onchange={chosen} />
            </div>
            <p class="data-file-help">{ lang.text(Text::ImportHelp) }</p>
            if let Some((count, link)) = given {
                <p class="data-file-given">
                    { lang.fill(Text::GivenInUse, &[&count.to_string()]) }
                    { " " }{ link }{ " " }
                    <button type="button" class="link-button" onclick={back} disabled={props.locked}>{ lang.text(Text::GivenBack) }</button>
                </p>
            }
            {
                match &*pending {
                    Pending::Idle => html! {},
                    Pending::Ready { name, table } => {
                        let use_it = {
                            let (table, onaction, pending) = (Rc::clone(table), props.onaction.clone(), pending.clone());
                            Callback::from(move |_: MouseEvent| {
                                onaction.emit(Action::UseData(Some((
                                    Arc::new(GivenData::from((*table).clone())),
                                    table.labels,
                                ))));
                                pending.set(Pending::Idle);
                            })
                        };
                        html! {
                            <div class="data-file-confirm" role="status">
                                <p><strong>{ name }</strong>{ ": " }{ summary(lang, table) }</p>
                                <button type="button" class="text-button" onclick={use_it}>{ lang.text(Text::ImportUse) }</button>
                                <button type="button" class="text-button" onclick={cancel}>{ lang.text(Text::ImportCancel) }</button>
                            </div>
                        }
                    }
                    Pending::Failed { name, error } => html! {
                        <div class="data-file-error" role="alert">
                            <p>{ lang.fill(Text::ImportFailed, &[name]) }</p>
                            <p>{ error.as_ref().map_or_else(|| lang.text(Text::CsvUnreadable).to_string(), |e| csv_error(lang, e)) }</p>
                            <button type="button" class="text-button" onclick={cancel}>{ lang.text(Text::ImportDismiss) }</button>
                        </div>
                    },
                }
            }
        </div>
    }
}
