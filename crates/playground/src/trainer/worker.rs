//! The worker's event loop: messages from the page start and stop the [`Trainer`]; while
//! it runs, one slice follows another through a `MessageChannel` (a zero-delay task:
//! `setTimeout(0)` would be clamped to 4 ms), so a message from the page is handled
//! between any two slices.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageChannel, MessageEvent, MessagePort};

use super::protocol::{FromWorker, ToWorker};
use super::Trainer;

struct Loop {
    trainer: Trainer,
    scope: DedicatedWorkerGlobalScope,
    /// Posting on it schedules the next slice.
    tick: MessagePort,
    /// Whether a slice is already scheduled.
    scheduled: bool,
}

impl Loop {
    fn post(&self, message: &FromWorker) {
        // Posting a plain object to the page cannot fail.
        let _ = self.scope.post_message(&message.to_js());
    }

    fn schedule(&mut self) {
        if self.trainer.running() && !self.scheduled {
            self.scheduled = self.tick.post_message(&JsValue::NULL).is_ok();
        }
    }

    /// A clock for one slice that does not borrow the loop.
    fn now_fn(&self) -> impl FnMut() -> f64 {
        let performance = Reflect::get(&self.scope, &"performance".into())
            .ok()
            .and_then(|p| p.dyn_into::<web_sys::Performance>().ok());
        move || {
            performance
                .as_ref()
                .map_or_else(js_sys::Date::now, |p| p.now())
        }
    }
}

/// Runs the worker: listens to the page, says it is ready, and trains when told.
pub fn run() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let Ok(channel) = MessageChannel::new() else {
        let _ = scope.post_message(&FromWorker::Failed("no MessageChannel".into()).to_js());
        return;
    };
    let state = Rc::new(RefCell::new(Loop {
        trainer: Trainer::default(),
        scope: scope.clone(),
        tick: channel.port2(),
        scheduled: false,
    }));

    let on_tick = {
        let state = state.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| {
            let mut s = state.borrow_mut();
            s.scheduled = false;
            let clock = s.now_fn();
            if let Some(progress) = s.trainer.slice(clock) {
                s.post(&FromWorker::Progress(Box::new(progress)));
            }
            s.schedule();
        })
    };
    channel
        .port1()
        .set_onmessage(Some(on_tick.as_ref().unchecked_ref()));
    on_tick.forget();

    let on_message = {
        let state = state.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let mut s = state.borrow_mut();
            match ToWorker::from_js(&event.data()) {
                Some(ToWorker::Start(job)) => {
                    if let Err(why) = s.trainer.start(*job) {
                        s.post(&FromWorker::Failed(why));
                    }
                    s.schedule();
                }
                Some(ToWorker::Extend { run, limit }) => {
                    s.trainer.extend(run, limit);
                    s.schedule();
                }
                Some(ToWorker::Stop) => s.trainer.stop(),
                None => s.post(&FromWorker::Failed("an unknown message".into())),
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();

    // The module's memory, where `cargo xtask bench` can read its size (the page's own
    // memory it finds by watching the module load; a worker's it cannot).
    let _ = Reflect::set(&scope, &"__trainerMemory".into(), &wasm_bindgen::memory());
    state.borrow().post(&FromWorker::Ready);
}
