//! A `requestAnimationFrame` loop that runs while a flag is set.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

struct FrameLoop {
    running: Cell<bool>,
    pending: RefCell<Option<AnimationFrame>>,
    on_frame: Callback<f64>,
}

impl FrameLoop {
    fn schedule(self: &Rc<Self>) {
        // The frame holds only a weak reference, so stopping the loop frees it.
        let this: Weak<Self> = Rc::downgrade(self);
        let frame = request_animation_frame(move |time| {
            let Some(this) = this.upgrade() else {
                return;
            };
            if this.running.get() {
                this.on_frame.emit(time);
            }
            // The callback may have stopped the loop (a re-render that pauses).
            if this.running.get() {
                this.schedule();
            }
        });
        *self.pending.borrow_mut() = Some(frame);
    }

    fn stop(&self) {
        self.running.set(false);
        // Dropping a pending frame cancels it.
        self.pending.borrow_mut().take();
    }
}

/// Calls `on_frame` with the frame time once per animation frame while `active`.
#[hook]
pub fn use_frame_loop(active: bool, on_frame: Callback<f64>) {
    use_effect_with(active, move |&active| {
        let frames = Rc::new(FrameLoop {
            running: Cell::new(active),
            pending: RefCell::new(None),
            on_frame,
        });
        if active {
            frames.schedule();
        }
        move || frames.stop()
    });
}
