//! The whole playground as a file: Save writes its settings, data, weights, optimiser
//! state and histories (see [`nn_core::snapshot`]); Open restores them exactly, or says
//! why a file cannot be used and changes nothing. And the network as a PyTorch script
//! (see [`nn_core::pytorch`]).

use std::rc::Rc;

use nn_core::snapshot::{self, SnapshotError};
use yew::prelude::*;

use crate::browser;
use crate::draw::figure;
use crate::format;
use crate::parts::{use_hidden, Part};
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Lang, Text};

/// A file problem in words.
fn file_error(lang: Lang, e: &SnapshotError) -> String {
    match e {
        SnapshotError::NotJson => lang.text(Text::FileNotJson).to_string(),
        SnapshotError::NotAPlayground => lang.text(Text::FileNotPlayground).to_string(),
        SnapshotError::NewerVersion(v) => lang.fill(Text::FileNewer, &[&v.to_string()]),
        SnapshotError::BadLink(why) => lang.fill(Text::FileBadSettings, &[why]),
        SnapshotError::BadPoints => lang.text(Text::FileBadPoints).to_string(),
        SnapshotError::BadState(why) => lang.fill(Text::FileBadState, &[&why.to_string()]),
    }
}

/// Saves the figure of `session` as it is on the page (see [`figure`]).
fn save_figure(lang: Lang, session: &nn_core::Session) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut results = vec![
        format!(
            "{} {}",
            lang.text(Text::Epoch),
            format::thousands(session.epoch())
        ),
        format!(
            "{} {}",
            lang.text(Text::TestLoss),
            format::loss(session.test_loss())
        ),
        format!(
            "{} {}",
            lang.text(Text::TrainingLoss),
            format::loss(session.train_loss())
        ),
    ];
    if let Some(a) = session.test_accuracy() {
        results.push(format!(
            "{} {}",
            lang.text(Text::TestAccuracy),
            format::percent(a)
        ));
    }
    let caption = figure::Caption {
        title: lang.text(Text::PageTitle).to_string(),
        lines: vec![
            super::runs::summary(lang, session.config()),
            results.join(" · "),
        ],
        link: browser::page_url(&nn_core::hash::write(session.config())),
    };
    if let Some(url) = figure::compose(&document, &caption).and_then(|c| c.to_data_url().ok()) {
        browser::download_url("playground-figure.png", &url);
    }
}

/// Props of [`PlaygroundFile`].
#[derive(Properties, PartialEq)]
pub struct PlaygroundFileProps {
    /// The session to save.
    pub view: SessionView,
    /// Receives [`Action::OpenFile`].
    pub onaction: Callback<Action>,
}

/// Save and Open buttons, and the message of a file that could not be opened.
#[function_component]
pub fn PlaygroundFile(props: &PlaygroundFileProps) -> Html {
    let lang = use_lang();
    // Locked (`playgroundFile_lock`): Open, the one button that changes the playground,
    // is off; saving and exporting change nothing.
    let locked = use_hidden().locks(Part::PlaygroundFile);
    let failed = use_state(|| None::<(String, Option<SnapshotError>)>);
    let input = use_node_ref();
    let save = {
        let session = Rc::clone(&props.view.session);
        Callback::from(move |_: MouseEvent| {
            browser::download(
                "playground.json",
                "application/json",
                &snapshot::write(&session),
            );
        })
    };
    let pytorch = {
        let session = Rc::clone(&props.view.session);
        Callback::from(move |_: MouseEvent| {
            browser::download(
                "playground.py",
                "text/x-python",
                &nn_core::pytorch::script(session.config()),
            );
        })
    };
    let figure = {
        let session = Rc::clone(&props.view.session);
        Callback::from(move |_: MouseEvent| save_figure(lang, &session))
    };
    let pick = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| browser::open_file_picker(&input))
    };
    let chosen = {
        let (failed, onaction) = (failed.clone(), props.onaction.clone());
        Callback::from(move |e: Event| {
            let Some(file) = browser::chosen_file(&e) else {
                return;
            };
            let (failed, onaction) = (failed.clone(), onaction.clone());
            let name = file.name();
            wasm_bindgen_futures::spawn_local(async move {
                let text = match browser::file_bytes(&file).await.map(String::from_utf8) {
                    Some(Ok(text)) => text,
                    Some(Err(_)) => {
                        failed.set(Some((name, Some(SnapshotError::NotJson))));
                        return;
                    }
                    None => {
                        failed.set(Some((name, None)));
                        return;
                    }
                };
                match snapshot::read(&text) {
                    Ok((config, state)) => {
                        failed.set(None);
                        onaction.emit(Action::OpenFile {
                            config: Box::new(config),
                            state: Rc::new(state),
                        });
                    }
                    Err(e) => failed.set(Some((name, Some(e)))),
                }
            });
        })
    };
    let dismiss = {
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| failed.set(None))
    };
    html! {
        <div class="playground-file">
            <button type="button" class="text-button" onclick={save}>{ lang.text(Text::SavePlayground) }</button>
            <button type="button" class="text-button" onclick={pick} disabled={locked}
                title={locked.then(|| lang.text(Text::LockedHint))}>{ lang.text(Text::OpenPlayground) }</button>
            <button type="button" class="text-button" title={lang.text(Text::ExportPytorchHint)}
                onclick={pytorch}>{ lang.text(Text::ExportPytorch) }</button>
            <button type="button" class="text-button" title={lang.text(Text::SaveFigureHint)}
                onclick={figure}>{ lang.text(Text::SaveFigure) }</button>
            <input ref={input} type="file" accept=".json,application/json" class="visually-hidden"
                tabindex="-1" aria-hidden="true" onchange={chosen} />
            if let Some((name, error)) = &*failed {
                <div class="data-file-error" role="alert">
                    <p>{ lang.fill(Text::FileOpenFailed, &[name]) }</p>
                    <p>{ error.as_ref().map_or_else(|| lang.text(Text::CsvUnreadable).to_string(), |e| file_error(lang, e)) }</p>
                    <button type="button" class="text-button" onclick={dismiss}>{ lang.text(Text::ImportDismiss) }</button>
                </div>
            }
        </div>
    }
}
