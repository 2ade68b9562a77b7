//! In an iframe (`embed=true`), tells the page around it how tall the playground is,
//! whenever that changes, so course notes can size their iframes to fit
//! (`www/embed-height.js` does that). Without a listener the message is simply ignored.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The message's `type`, which the notes' script looks for.
pub const MESSAGE: &str = "nn-playground:height";

/// Posts `{type, height}` to the parent window when `embed` and the element of `node`
/// changes size.
#[hook]
pub fn use_embed_height(node: NodeRef, embed: bool) {
    use_effect_with((node, embed), move |(node, embed)| {
        let observed = node
            .cast::<Element>()
            .filter(|_| *embed)
            .and_then(|element| {
                let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
                    post_height();
                });
                let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, callback))
            });
        move || {
            if let Some((observer, _callback)) = observed {
                observer.disconnect();
            }
        }
    });
}

/// The document's height, to the parent window (if the page is framed).
fn post_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(height) = window
        .document()
        .and_then(|d| d.document_element())
        .map(|e| e.scroll_height())
    else {
        return;
    };
    let message = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &JsValue::from_str(k), &v);
    if set("type", JsValue::from_str(MESSAGE)).is_ok()
        && set("height", JsValue::from_f64(f64::from(height))).is_ok()
    {
        // The height is no secret: any page may frame the playground and read it.
        let _ = parent.post_message(&message, "*");
    }
}
