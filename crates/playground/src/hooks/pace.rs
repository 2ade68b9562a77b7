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
use crate::lockstep::LockStep;
use crate::pace::Pacer;
use crate::side::Side;
use crate::state::{Action, AppState};
use crate::trainer::client::Client;
use crate::trainer::{Job, UNLIMITED};

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
    /// The sessions by [`Side::index`] (B only in compare mode), to hand to the workers
    /// when a run starts.
    pub sessions: [Option<Rc<Session>>; 2],
    /// [`AppState::reached`]: a worker watches for the target loss until it is known.
    pub reached: [Option<u64>; 2],
    /// [`AppState::stop_at`]: the workers train no further than the epoch where the open
    /// lesson step's question is answered, or an unmet goal's last epoch.
    pub stop_at: Option<u64>,
}

/// A worker's run and the stop it was held to (`None`: none).
type Held = (u64, Option<u64>);

/// The earlier of two limits, either of which may be absent; none beyond [`UNLIMITED`]
/// (a goal's `epochs_le_1e300` must not make a message the worker cannot read).
fn earlier(a: Option<u64>, b: Option<u64>) -> Option<u64> {
    a.into_iter().chain(b).min().map(|l| l.min(UNLIMITED))
}

/// Trains while playing, `speed` epochs per frame or as fast as possible; returns the
/// measured epochs per second while playing.
#[hook]
pub fn use_pace(dispatcher: UseReducerDispatcher<AppState>, input: PaceInput) -> Option<f64> {
    let PaceInput {
        speed,
        playing,
        run,
        sessions,
        reached,
        stop_at,
    } = input;
    let stop_at_now = use_mut_ref(|| stop_at);
    *stop_at_now.borrow_mut() = stop_at;
    // Outside compare mode: the run the worker trains, and the limit it was given.
    let held: Rc<RefCell<Option<Held>>> = use_mut_ref(|| None);
    let comparing = sessions[1].is_some();
    let speed_now = use_mut_ref(|| speed);
    *speed_now.borrow_mut() = speed;
    let pacer: Rc<RefCell<Pacer>> = use_mut_ref(Pacer::default);
    let rate = use_state_eq(|| None::<f64>);
    let last_shown = use_mut_ref(|| 0.0_f64);

    // The workers, one per network, each started the first time maximum speed is chosen
    // for it (most visits never do, and an embedded page should not load one for
    // nothing); a change in their health re-renders, and so re-decides where training
    // runs. Until they are ready the page trains.
    let clients: Rc<RefCell<[Option<Client>; 2]>> = use_mut_ref(Default::default);
    let rerender = use_force_update();
    {
        let clients = clients.clone();
        use_effect_with(
            (speed == Speed::Max, comparing),
            move |&(max, comparing)| {
                let wanted = browser::query_param("trainer").as_deref() != Some("page");
                for side in Side::ALL {
                    let needed = side == Side::A || comparing;
                    let slot = &mut clients.borrow_mut()[side.index()];
                    if max && wanted && needed && slot.is_none() {
                        let rerender = rerender.clone();
                        *slot = Client::spawn(side, move || rerender.force_update());
                    }
                }
            },
        );
    }
    let usable = |side: Side| {
        clients.borrow()[side.index()]
            .as_ref()
            .is_some_and(Client::usable)
    };
    let in_worker = speed == Speed::Max && usable(Side::A) && (!comparing || usable(Side::B));
    let in_worker_now = use_mut_ref(|| in_worker);
    *in_worker_now.borrow_mut() = in_worker;
    // Compare mode's lock-step, for the current run.
    let lock: Rc<RefCell<Option<(u64, LockStep)>>> = use_mut_ref(|| None);
    {
        // A new run (play, or any change while playing) goes to the workers; pausing or
        // leaving maximum speed stops them. While they are idle the run is left out of
        // the dependencies: training on the page starts a run every frame, and the
        // workers need no message about those.
        let (clients, lock, held) = (clients.clone(), lock.clone(), held.clone());
        let active_run = (playing && in_worker).then_some(run);
        use_effect_with(active_run, move |&active_run| {
            let clients = clients.borrow();
            let Some(run) = active_run else {
                clients.iter().flatten().for_each(Client::stop);
                lock.borrow_mut().take();
                return;
            };
            let epochs = sessions.clone().map(|s| s.map_or(0, |s| s.epoch()));
            let stopped = sessions.clone().map(|s| s.is_none_or(|s| s.diverged()));
            let step = comparing.then(|| LockStep::new(epochs, stopped));
            for side in Side::ALL {
                let Some(c) = &clients[side.index()] else {
                    continue;
                };
                // A worker with no network (compare mode turned off) stops.
                let Some(session) = &sessions[side.index()] else {
                    c.stop();
                    continue;
                };
                c.start(Job {
                    side,
                    run,
                    link: hash::write(session.config()),
                    given: session.config().given.clone(),
                    state: session.training_state(),
                    limit: earlier(step.as_ref().map(LockStep::limit), stop_at),
                    watch: comparing && reached[side.index()].is_none(),
                });
            }
            *held.borrow_mut() = (!comparing).then_some((run, stop_at));
            *lock.borrow_mut() = step.map(|s| (run, s));
        });
    }

    // The epoch of the worker's last progress, to count the epochs each frame brings.
    let last_epoch = use_mut_ref(|| None::<f64>);
    let onframe = {
        let (pacer, rate, last_shown, clients, last_epoch) = (
            pacer.clone(),
            rate.clone(),
            last_shown.clone(),
            clients.clone(),
            last_epoch.clone(),
        );
        let lock = lock.clone();
        use_callback((), move |time: f64, _| {
            let speed = *speed_now.borrow();
            if *in_worker_now.borrow() {
                // Pictures follow at most about 30 times a second, as when the page
                // trains itself: the rest of the machine is the worker's.
                let redraw = pacer.borrow_mut().redraw(time, speed);
                let mut epochs = 0;
                let clients = clients.borrow();
                let mut adopted = vec![];
                for side in Side::ALL.into_iter().filter(|_| redraw) {
                    let Some(p) = clients[side.index()]
                        .as_ref()
                        .and_then(Client::take_progress)
                    else {
                        continue;
                    };
                    let epoch = p.state.epoch;
                    if side == Side::A {
                        let before = last_epoch.borrow_mut().replace(epoch as f64);
                        epochs = before.map_or(0.0, |b| (epoch as f64 - b).max(0.0)) as u64;
                    }
                    // Progress from an earlier run says nothing about this one's lock.
                    if let Some((_, step)) =
                        lock.borrow_mut().as_mut().filter(|(run, _)| *run == p.run)
                    {
                        let finite =
                            p.state.train_loss.is_finite() && p.state.test_loss.is_finite();
                        step.progress(side, epoch, finite);
                    }
                    adopted.push(Action::Adopt {
                        side,
                        run: p.run,
                        state: p.state.into(),
                        reached: p.reached,
                    });
                }
                // One action, so the page draws once for both networks.
                match adopted.len() {
                    0 => {}
                    1 => dispatcher.dispatch(adopted.remove(0)),
                    _ => dispatcher.dispatch(Action::Batch(adopted)),
                }
                // Both workers may go on to the next common limit.
                let stop_at = *stop_at_now.borrow();
                if let Some((run, step)) = lock.borrow_mut().as_mut().filter(|_| redraw) {
                    let limit = step.next_limit();
                    let limit = earlier(Some(limit), stop_at).unwrap_or(limit);
                    clients.iter().flatten().for_each(|c| c.extend(*run, limit));
                }
                // One worker held at a stop the page has passed (a goal's last epoch,
                // checked there) goes on to the next stop, or without one.
                if let Some((run, limit)) = held.borrow_mut().as_mut() {
                    if *limit != stop_at {
                        *limit = stop_at;
                        clients[Side::A.index()].iter().for_each(|c| {
                            c.extend(*run, earlier(stop_at, None).unwrap_or(UNLIMITED))
                        });
                    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_earlier_limit_is_taken_and_none_goes_past_what_the_protocol_carries() {
        assert_eq!(earlier(Some(5), Some(3)), Some(3));
        assert_eq!(earlier(None, Some(3)), Some(3));
        assert_eq!(earlier(Some(5), None), Some(5));
        assert_eq!(earlier(None, None), None);
        assert_eq!(earlier(Some(u64::MAX), None), Some(UNLIMITED));
    }
}
