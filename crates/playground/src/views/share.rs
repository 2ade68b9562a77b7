//! The Share button: copies the link to the current playground and shows it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::text::{use_lang, Text};

/// Props of [`Share`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The canonical hash of the configuration, without `#`.
    pub hash: AttrValue,
}

/// What the last press of Share achieved.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Not pressed yet, or the clipboard has not answered.
    Idle,
    /// This link is on the clipboard.
    Copied(String),
    /// No clipboard: the link is selected for the person to copy.
    Manual,
}

fn select(field: &NodeRef) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// A button that copies the link, then a read-only field with the link and a status.
#[function_component]
pub fn Share(props: &ShareProps) -> Html {
    let lang = use_lang();
    let copy = use_state_eq(|| Outcome::Idle);
    // Every press selects the link again when there is no clipboard.
    let presses = use_state_eq(|| 0_u32);
    let field = use_node_ref();
    let link = browser::page_url(&props.hash);

    {
        // Selecting needs the field on the page, so it waits for the render.
        let field = field.clone();
        use_effect_with(((*copy).clone(), *presses), move |(copy, _)| {
            if *copy == Outcome::Manual {
                select(&field);
            }
        });
    }
    let onclick = {
        let (copy, presses, link) = (copy.clone(), presses.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            presses.set(*presses + 1);
            let (copy, copied) = (copy.clone(), link.clone());
            browser::copy_to_clipboard(&link, move |ok| {
                copy.set(if ok {
                    Outcome::Copied(copied)
                } else {
                    Outcome::Manual
                });
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });
    let status = match &*copy {
        Outcome::Copied(copied) if *copied == link => lang.text(Text::Copied),
        Outcome::Manual => lang.text(Text::CopyManually),
        _ => "",
    };
    html! {
        <div class="share">
            <button type="button" class="text-button share-button" title={lang.text(Text::ShareHint)}
                {onclick}>
                { lang.text(Text::Share) }
            </button>
            if *presses > 0 {
                <input ref={field} class="share-link" type="text" readonly=true value={link}
                    aria-label={lang.text(Text::ShareLink)} spellcheck="false" {onfocus} />
            }
            <span class="share-status" role="status">{ status }</span>
        </div>
    }
}
