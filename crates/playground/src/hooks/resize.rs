//! Redrawing canvases whose backing store follows the window size and zoom.

use gloo_events::EventListener;
use yew::prelude::*;

/// A number that changes whenever the window is resized or zoomed (which also changes
/// the device pixel ratio), for effects that size canvases.
#[hook]
pub fn use_layout_version() -> u32 {
    let version = use_mut_ref(|| 0u32);
    let rerender = use_force_update();
    {
        let version = version.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| {
                    let mut v = version.borrow_mut();
                    *v = v.wrapping_add(1);
                    rerender.force_update();
                })
            });
            move || drop(listener)
        });
    }
    let v = *version.borrow();
    v
}
