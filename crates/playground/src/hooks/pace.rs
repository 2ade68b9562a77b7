//! The training loop: each animation frame trains at the chosen pace, and the measured
//! epochs per second come back for display.
//!
//! At maximum speed the training runs in a Web Worker when one can be started (see
//! [`crate::trainer`]): about 30 times a second a frame adopts the worker's latest state,
//! and the main thread is left to draw. Until the worker has loaded, if it fails, or with `?trainer=page` in
//! the address, the page trains itself, filling each frame's budget.

use std::cell::RefCell;
use std::rc::Rc;

use nn_core::{hash, Session, Speed};
use yew::prelude::*;

use super::use_frame_loop;
use crate::browser;
use crate::pace::Pacer;
use crate::state::{Action, AppState};
use crate::trainer::client::Client;

/// How often the displayed rate changes (a number changing every frame is unreadable).
const RATE_REFRESH_MS: f64 = 500.0;

/// What [`use_pace`] needs to know about the app.
pub struct PaceInput {
    /// The chosen pace.
    pub speed: Speed,
    /// Whether training is on.
    pub playing: bool,
    /// [`AppState::run`].
    pub run: u64,
    /// The session, to hand to the worker when a run starts.
    pub session: Rc<Session>,
}

/// Trains while playing, `speed` epochs per frame or as fast as possible; returns the
/// measured epochs per second while playing.
#[hook]
pub fn use_pace(dispatcher: UseReducerDispatcher<AppState>, input: PaceInput) -> Option<f64> {
    let PaceInput {
        speed,
        playing,
        run,
        session,
    } = input;
    let speed_now = use_mut_ref(|| speed);
    *speed_now.borrow_mut() = speed;
    let pacer: Rc<RefCell<Pacer>> = use_mut_ref(Pacer::default);
    let rate = use_state_eq(|| None::<f64>);
    let last_shown = use_mut_ref(|| 0.0_f64);

    // The worker, started the first time maximum speed is chosen (most visits never do,
    // and an embedded page should not load it for nothing); a change in its health
    // re-renders, and so re-decides where training runs. Until it is ready the page trains.
    let client: Rc<RefCell<Option<Client>>> = use_mut_ref(|| None);
    let rerender = use_force_update();
    {
        let client = client.clone();
        use_effect_with(speed == Speed::Max, move |&max| {
            let wanted = browser::query_param("trainer").as_deref() != Some("page");
            if max && wanted && client.borrow().is_none() {
                *client.borrow_mut() = Client::spawn(move || rerender.force_update());
            }
        });
    }
    let in_worker = speed == Speed::Max && client.borrow().as_ref().is_some_and(Client::usable);
    let in_worker_now = use_mut_ref(|| in_worker);
    *in_worker_now.borrow_mut() = in_worker;
    {
        // A new run (play, or any change while playing) goes to the worker; pausing or
        // leaving maximum speed stops it. While it is idle the run is left out of the
        // dependencies: training on the page starts a run every frame, and the worker
        // needs no message about those.
        let client = client.clone();
        let active_run = (playing && in_worker).then_some(run);
        use_effect_with(active_run, move |&active_run| {
            if let Some(c) = client.borrow().as_ref() {
                match active_run {
                    Some(run) => c.start(
                        run,
                        hash::write(session.config()),
                        session.config().given.clone(),
                        session.training_state(),
                    ),
                    None => c.stop(),
                }
            }
        });
    }

    // The epoch of the worker's last progress, to count the epochs each frame brings.
    let last_epoch = use_mut_ref(|| None::<f64>);
    let onframe = {
        let (pacer, rate, last_shown, client, last_epoch) = (
            pacer.clone(),
            rate.clone(),
            last_shown.clone(),
            client.clone(),
            last_epoch.clone(),
        );
        use_callback((), move |time: f64, _| {
            let speed = *speed_now.borrow();
            if *in_worker_now.borrow() {
                // Pictures follow at most about 30 times a second, as when the page
                // trains itself: the rest of the machine is the worker's.
                let redraw = pacer.borrow_mut().redraw(time, speed);
                let progress = redraw
                    .then(|| client.borrow().as_ref().and_then(Client::take_progress))
                    .flatten();
                let mut epochs = 0;
                if let Some(p) = progress {
                    let epoch = p.state.epoch as f64;
                    let before = last_epoch.borrow_mut().replace(epoch);
                    epochs = before.map_or(0.0, |b| (epoch - b).max(0.0)) as u64;
                    dispatcher.dispatch(Action::Adopt {
                        run: p.run,
                        state: p.state.into(),
                    });
                }
                pacer.borrow_mut().count(time, epochs);
            } else {
                last_epoch.borrow_mut().take();
                let epochs = pacer.borrow().epochs_for(speed);
                let redraw = pacer.borrow_mut().redraw(time, speed);
                let start = browser::now_ms();
                dispatcher.dispatch(match speed {
                    Speed::PerFrame(_) => Action::Tick,
                    Speed::Max => Action::TrainFor { epochs, redraw },
                });
                let work = browser::now_ms() - start;
                pacer.borrow_mut().record(time, speed, epochs, work);
            }
            if time - *last_shown.borrow() >= RATE_REFRESH_MS {
                *last_shown.borrow_mut() = time;
                rate.set(pacer.borrow().rate());
            }
        })
    };
    {
        let (pacer, rate) = (pacer.clone(), rate.clone());
        use_effect_with(playing, move |&playing| {
            if !playing {
                pacer.borrow_mut().pause();
                last_epoch.borrow_mut().take();
                rate.set(None);
            }
        });
    }
    use_frame_loop(playing, onframe);
    if playing {
        *rate
    } else {
        None
    }
}
