//! The width of an element, kept current with a `ResizeObserver`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// The content width of `node` in whole CSS pixels (0 until it is first measured).
/// Re-renders the component whenever the width changes by a pixel or more.
#[hook]
pub fn use_width(node: NodeRef) -> f64 {
    let width = use_state_eq(|| 0.0_f64);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let observed = node.cast::<Element>().and_then(|el| {
                let callback =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let entry = entries.get(0).dyn_into::<ResizeObserverEntry>().ok();
                        if let Some(entry) = entry {
                            width.set(entry.content_rect().width().floor());
                        }
                    });
                let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}
