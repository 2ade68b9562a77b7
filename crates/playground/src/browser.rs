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

/// The browser's preferred languages, most wanted first (`navigator.languages`, or
/// `navigator.language` where that list is missing); empty if unknown.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets the document's language (`<html lang>`) and the tab's title.
pub fn set_document_language(code: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", code);
    }
    document.set_title(title);
}

/// Where a mouse or pointer event happened in the viewport, in CSS pixels with their
/// fractions (web-sys reads `clientX` as a whole number).
pub fn client_position(e: &web_sys::MouseEvent) -> (f64, f64) {
    let read = |key: &str| {
        js_sys::Reflect::get(e, &wasm_bindgen::JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_f64())
    };
    match (read("clientX"), read("clientY")) {
        (Some(x), Some(y)) => (x, y),
        _ => (f64::from(e.client_x()), f64::from(e.client_y())),
    }
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

/// The value of `name` in the page address's query (`?name=value`), if there.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Milliseconds from the page's time origin (0 if the clock is unavailable).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The address of this page with `hash` (without `#`) as its fragment: what a shared
/// link or the embed's "open in full playground" points at.
pub fn page_url(hash: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{hash}")
}

/// Puts `text` on the clipboard, then calls `done` with whether it worked. Without a
/// clipboard (an insecure page, a frame not allowed to write) `done(false)` runs at once.
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;

    /// `object.name` if it is a function.
    fn method(object: &JsValue, name: &str) -> Option<Function> {
        Reflect::get(object, &JsValue::from_str(name))
            .ok()?
            .dyn_into::<Function>()
            .ok()
    }

    // Looked up by name: `navigator.clipboard` is missing where it is not allowed, and
    // calling through a missing object would throw inside the app.
    let promise = web_sys::window()
        .and_then(|w| Reflect::get(&w, &JsValue::from_str("navigator")).ok())
        .and_then(|n| Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .filter(JsValue::is_object)
        .and_then(|clipboard| {
            let write = method(&clipboard, "writeText")?;
            write.call1(&clipboard, &JsValue::from_str(text)).ok()
        });
    let Some((promise, then)) = promise.and_then(|p| method(&p, "then").map(|t| (p, t))) else {
        done(false);
        return;
    };
    // One function for both outcomes, so it is called exactly once and then freed:
    // `writeText` fulfils with `undefined` and rejects with an error.
    let settle = Closure::once_into_js(move |outcome: JsValue| done(outcome.is_undefined()));
    let _ = then.call2(&promise, &settle, &settle);
}

/// Scrolls the element with id `id` into view (nothing if there is none).
pub fn scroll_to(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(el) = element {
        el.scroll_into_view();
    }
}

/// A pending call from [`after`]; dropping it cancels the call.
pub struct Timeout {
    handle: Option<i32>,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let (Some(w), Some(h)) = (web_sys::window(), self.handle) {
            w.clear_timeout_with_handle(h);
        }
    }
}

/// Calls `f` once after `ms` milliseconds, unless the returned [`Timeout`] is dropped
/// first.
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Timeout {
    let mut f = Some(f);
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            f();
        }
    });
    let handle = web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.as_ref().unchecked_ref(),
            ms,
        )
        .ok()
    });
    Timeout {
        handle,
        _callback: callback,
    }
}

/// Offers `text` as a file called `name` to download (nothing happens outside a page).
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download_url(name, &url);
    // Freed once the download has surely started.
    std::mem::forget(after(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    }));
}

/// Offers what `url` holds (a blob or data URL) as a file called `name` to download.
pub fn download_url(name: &str, url: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(url);
        a.set_download(name);
        a.click();
    }
}

/// Opens the file picker of the `<input type="file">` behind `input` (choosing the same
/// file again still reports a change).
pub fn open_file_picker(input: &yew::NodeRef) {
    if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
        i.set_value("");
        i.click();
    }
}

/// The file a file input's change event chose.
pub fn chosen_file(e: &web_sys::Event) -> Option<web_sys::File> {
    e.target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?
        .files()?
        .get(0)
}

/// A file's bytes (`None` if the browser could not read it).
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
