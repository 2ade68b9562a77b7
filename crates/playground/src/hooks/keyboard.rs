//! Page-wide keyboard shortcuts.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::browser::{is_activatable, is_text_entry};
use crate::shortcuts::Shortcut;

/// Calls `on_shortcut` for the page's keys, except while typing in a field, with a
/// modifier held (so browser shortcuts such as Ctrl+R keep working), or when Space
/// would activate a focused control anyway.
#[hook]
pub fn use_shortcuts(on_shortcut: Callback<Shortcut>) {
    use_effect_with(on_shortcut, |on_shortcut| {
        let on_shortcut = on_shortcut.clone();
        let listener = web_sys::window().map(|window| {
            // Not passive: a handled Space must not also scroll the page.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.default_prevented()
                    || event.ctrl_key()
                    || event.meta_key()
                    || event.alt_key()
                    || is_text_entry(event.target())
                {
                    return;
                }
                let Some(shortcut) = Shortcut::from_key(&event.key(), &event.code()) else {
                    return;
                };
                if shortcut.clashes_with_controls() && is_activatable(event.target()) {
                    return;
                }
                event.prevent_default();
                if event.repeat() && !shortcut.repeats() {
                    return;
                }
                on_shortcut.emit(shortcut);
            })
        });
        move || drop(listener)
    });
}
