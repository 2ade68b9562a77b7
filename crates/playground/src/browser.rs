//! Small, failure-tolerant wrappers around the browser APIs the app uses.
//!
//! None of these panic: outside a normal page (no window, a sandboxed frame that forbids
//! `history`), they return a neutral value or do nothing.

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};

/// The current location hash, including its `#` (empty if none).
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Shows `hash` (without `#`) in the address bar without adding a history entry or
/// firing `hashchange`.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("#{hash}");
    if window.location().hash().ok().as_deref() == Some(url.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        // A sandboxed page may refuse; the link then just isn't updated.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A fresh seed in the original's format (`Math.random().toFixed(5)`).
pub fn fresh_seed() -> String {
    nn_core::rng::seed_from_unit(js_sys::Math::random())
}

/// Device pixels per CSS pixel (1 if unknown).
pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}

/// Input types that take no typing and no arrow keys: page shortcuts still work there.
const KEYLESS_INPUTS: [&str; 8] = [
    "checkbox", "radio", "button", "submit", "reset", "image", "color", "file",
];

fn target_element(target: Option<EventTarget>) -> Option<Element> {
    target.and_then(|t| t.dyn_into::<Element>().ok())
}

fn input_type(el: &Element) -> Option<String> {
    (el.tag_name().eq_ignore_ascii_case("input")).then(|| {
        el.get_attribute("type")
            .unwrap_or_default()
            .to_ascii_lowercase()
    })
}

/// Whether the event target takes typed text or arrow keys itself (text fields,
/// sliders, menus, editable regions), so page shortcuts must not fire there.
pub fn is_text_entry(target: Option<EventTarget>) -> bool {
    let Some(el) = target_element(target) else {
        return false;
    };
    if let Some(kind) = input_type(&el) {
        return !KEYLESS_INPUTS.contains(&kind.as_str());
    }
    let tag = el.tag_name().to_ascii_lowercase();
    let editable = el
        .dyn_ref::<HtmlElement>()
        .is_some_and(|h| h.is_content_editable());
    editable || matches!(tag.as_str(), "textarea" | "select")
}

/// Whether the event target is a control that Space activates by itself.
pub fn is_activatable(target: Option<EventTarget>) -> bool {
    let Some(el) = target_element(target) else {
        return false;
    };
    if input_type(&el).is_some() {
        return true;
    }
    let tag = el.tag_name().to_ascii_lowercase();
    let role = el.get_attribute("role").unwrap_or_default();
    matches!(tag.as_str(), "button" | "a" | "summary")
        || matches!(
            role.as_str(),
            "button" | "checkbox" | "switch" | "radio" | "link" | "menuitem" | "tab"
        )
}
