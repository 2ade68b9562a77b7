//! Whether an element is on screen, from an `IntersectionObserver` (no layout reads).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};
use yew::prelude::*;

/// Whether the element of `node` is at least partly in the viewport. True until the
/// browser first says otherwise, so the element draws once either way.
#[hook]
pub fn use_in_view(node: NodeRef) -> bool {
    let visible = use_state_eq(|| true);
    {
        let set = visible.setter();
        use_effect_with(node, move |node| {
            let watching = node.cast::<Element>().and_then(|element| {
                let seen =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let last = entries.iter().last();
                        if let Some(entry) =
                            last.and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                        {
                            set.set(entry.is_intersecting());
                        }
                    });
                let observer = IntersectionObserver::new(seen.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, seen))
            });
            move || {
                if let Some((observer, _seen)) = watching {
                    observer.disconnect();
                }
            }
        });
    }
    *visible
}
