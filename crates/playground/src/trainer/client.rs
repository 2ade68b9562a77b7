//! The page's handle on the training worker.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::protocol::{FromWorker, ToWorker};
use super::{Job, Progress};
use crate::side::Side;

/// The worker's script: Trunk's loader for the `trainer` binary, next to index.html.
const SCRIPT: &str = "./trainer_loader.js";

/// A running worker, the latest progress it posted and whether it is usable.
pub struct Client {
    worker: Worker,
    latest: Rc<RefCell<Option<Progress>>>,
    ready: Rc<Cell<bool>>,
    failed: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

impl Client {
    /// Starts the worker for network `side`. `on_change` is called when it becomes ready or fails (the page
    /// then switches between training here and there). `None` if the browser refuses
    /// to start it.
    pub fn spawn(side: Side, on_change: impl Fn() + 'static) -> Option<Client> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(SCRIPT, &options).ok()?;
        let latest = Rc::new(RefCell::new(None));
        let ready = Rc::new(Cell::new(false));
        let failed = Rc::new(Cell::new(false));
        let on_change = Rc::new(on_change);
        let on_message = {
            let (latest, ready, failed, on_change) = (
                latest.clone(),
                ready.clone(),
                failed.clone(),
                on_change.clone(),
            );
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                match FromWorker::from_js(&event.data()) {
                    Some(FromWorker::Ready) => {
                        ready.set(true);
                        on_change();
                    }
                    // Each network has its own worker: progress for another is a bug.
                    Some(FromWorker::Progress(p)) if p.side == side => {
                        *latest.borrow_mut() = Some(*p)
                    }
                    Some(FromWorker::Progress(_)) => {}
                    Some(FromWorker::Failed(why)) => {
                        web_sys::console::warn_1(
                            &format!("training worker: {why}; training on the page instead").into(),
                        );
                        failed.set(true);
                        on_change();
                    }
                    None => {}
                }
            })
        };
        let on_error = {
            let (failed, on_change) = (failed.clone(), on_change.clone());
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                if !failed.replace(true) {
                    web_sys::console::warn_1(
                        &"training worker: it failed to load or stopped; training on the page instead"
                            .into(),
                    );
                }
                on_change();
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Client {
            worker,
            latest,
            ready,
            failed,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Whether the worker has loaded and never failed.
    pub fn usable(&self) -> bool {
        self.ready.get() && !self.failed.get()
    }

    /// Hands the worker a run (forgetting progress of earlier runs).
    pub fn start(&self, job: Job) {
        self.latest.borrow_mut().take();
        self.send(&ToWorker::Start(Box::new(job)));
    }

    /// Lets the run `run` go on up to epoch `limit`.
    pub fn extend(&self, run: u64, limit: u64) {
        self.send(&ToWorker::Extend { run, limit });
    }

    /// Stops the worker's training.
    pub fn stop(&self) {
        self.send(&ToWorker::Stop);
    }

    /// The latest progress posted since the last call.
    pub fn take_progress(&self) -> Option<Progress> {
        self.latest.borrow_mut().take()
    }

    fn send(&self, message: &ToWorker) {
        if self.worker.post_message(&message.to_js()).is_err() {
            self.failed.set(true);
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
