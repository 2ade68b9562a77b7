//! Keeping the location hash and the configuration in step.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::browser;

/// Writes `hash` (the canonical hash of the configuration) to the address bar whenever
/// it changes, replacing the history entry so that Back still leaves the page.
#[hook]
pub fn use_hash_sync(hash: String) {
    use_effect_with(hash, |hash| browser::replace_hash(hash));
}

/// Calls `on_change` with the new hash when the user edits it or follows an in-page link.
#[hook]
pub fn use_hash_change(on_change: Callback<String>) {
    use_effect_with(on_change, |on_change| {
        let on_change = on_change.clone();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                on_change.emit(browser::location_hash());
            })
        });
        move || drop(listener)
    });
}
