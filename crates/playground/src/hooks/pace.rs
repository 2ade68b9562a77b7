//! The training loop: each animation frame trains at the chosen pace, and the measured
//! epochs per second come back for display.

use std::cell::RefCell;
use std::rc::Rc;

use nn_core::Speed;
use yew::prelude::*;

use super::use_frame_loop;
use crate::browser;
use crate::pace::Pacer;
use crate::state::{Action, AppState};

/// How often the displayed rate changes (a number changing every frame is unreadable).
const RATE_REFRESH_MS: f64 = 500.0;

/// Trains while `playing`, `speed` epochs per frame or as many as the frame budget
/// allows; returns the measured epochs per second while playing.
#[hook]
pub fn use_pace(
    dispatcher: UseReducerDispatcher<AppState>,
    speed: Speed,
    playing: bool,
) -> Option<f64> {
    let speed_now = use_mut_ref(|| speed);
    *speed_now.borrow_mut() = speed;
    let pacer: Rc<RefCell<Pacer>> = use_mut_ref(Pacer::default);
    let rate = use_state_eq(|| None::<f64>);
    let last_shown = use_mut_ref(|| 0.0_f64);

    let onframe = {
        let (pacer, rate, last_shown) = (pacer.clone(), rate.clone(), last_shown.clone());
        use_callback((), move |time: f64, _| {
            let speed = *speed_now.borrow();
            let epochs = pacer.borrow().epochs_for(speed);
            let redraw = pacer.borrow_mut().redraw(time, speed);
            let start = browser::now_ms();
            dispatcher.dispatch(match speed {
                Speed::PerFrame(_) => Action::Tick,
                Speed::Max => Action::TrainFor { epochs, redraw },
            });
            let work = browser::now_ms() - start;
            let mut p = pacer.borrow_mut();
            p.record(time, speed, epochs, work);
            if time - *last_shown.borrow() >= RATE_REFRESH_MS {
                *last_shown.borrow_mut() = time;
                rate.set(p.rate());
            }
        })
    };
    {
        let (pacer, rate) = (pacer.clone(), rate.clone());
        use_effect_with(playing, move |&playing| {
            if !playing {
                pacer.borrow_mut().pause();
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
