//! The page's language: from the link when it says, else from the browser; and the
//! document following it.

use yew::prelude::*;

use crate::browser;
use crate::text::{Lang, Text};

/// The language to show: `linked` (the link's `lang=`) if given, else the first of the
/// browser's preferred languages the page speaks (read once, at the first render).
#[hook]
pub fn use_page_lang(linked: Option<Lang>) -> Lang {
    let from_browser = use_memo((), |_| Lang::negotiate(&browser::preferred_languages()));
    linked.unwrap_or(*from_browser)
}

/// Keeps `<html lang>` and the tab's title in the page's language, so screen readers
/// and the browser's font choice follow a switch.
#[hook]
pub fn use_document_language(lang: Lang) {
    use_effect_with(lang, |&lang| {
        browser::set_document_language(lang.code(), lang.text(Text::PageTitle));
    });
}
