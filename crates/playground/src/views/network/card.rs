//! The card over a link or a bias: its value on hover or focus, and a number field to
//! change it after a click or Enter.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::network_edit::{parse_number, two_digits};
use crate::text::{use_lang, Text};

/// Horizontal distance from the pointer (or anchor) to the card.
const OFFSET: f64 = 20.0;
/// Widest the card gets, so it can be kept inside the diagram.
const CARD_WIDTH: f64 = 210.0;

/// What the card is doing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Card {
    /// Not shown.
    Hidden,
    /// Showing the value of `data-param = index`, next to `at`.
    Show {
        /// The parameter's `data-param` index.
        index: usize,
        /// Where it points, in diagram pixels.
        at: (f64, f64),
    },
    /// Editing it; `error` after a refused entry.
    Edit {
        /// The parameter's `data-param` index.
        index: usize,
        /// Where it points, in diagram pixels.
        at: (f64, f64),
        /// The last entry was not a number.
        error: bool,
    },
}

impl Card {
    /// Whether the number field is open.
    pub fn editing(self) -> bool {
        matches!(self, Card::Edit { .. })
    }
}

/// Props of [`ParamCard`].
#[derive(Properties, PartialEq)]
pub struct ParamCardProps {
    /// The state (hidden cards render nothing).
    pub card: Card,
    /// A weight (true) or a bias.
    pub weight: bool,
    /// The current value.
    pub value: f64,
    /// The link is frozen by L1.
    pub dead: bool,
    /// The value cannot be edited (`weights_lock`).
    #[prop_or_default]
    pub locked: bool,
    /// The diagram's width, to keep the card inside.
    pub width: f64,
    /// A number was entered.
    pub onapply: Callback<f64>,
    /// The entry was not a number.
    pub onerror: Callback<()>,
    /// Escape: back to showing the value.
    pub onescape: Callback<()>,
    /// Focus left the field: close without a change.
    pub onblur: Callback<()>,
}

/// A small card next to the link or bias.
#[function_component]
pub fn ParamCard(props: &ParamCardProps) -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let (index, at, editing, error) = match props.card {
        Card::Hidden => (None, (0.0, 0.0), false, false),
        Card::Show { index, at } => (Some(index), at, false, false),
        Card::Edit { index, at, error } => (Some(index), at, true, error),
    };
    {
        // Fill, focus and select the field when it opens. It is not bound to the value
        // afterwards, so training cannot overwrite what is being typed.
        let input = input.clone();
        let value = props.value;
        use_effect_with((index, editing), move |&(_, editing)| {
            if let (true, Some(el)) = (editing, input.cast::<HtmlInputElement>()) {
                el.set_value(&editable(value));
                let _ = el.focus();
                el.select();
            }
        });
    }
    if index.is_none() {
        return html! {};
    }
    let style = placement(at, props.width);
    let (is_text, label) = if props.weight {
        (Text::WeightIs, Text::WeightLabel)
    } else {
        (Text::BiasIs, Text::BiasLabel)
    };
    let value_line = lang.fill(is_text, &[&two_digits(props.value)]);
    let dead = props
        .dead
        .then(|| html! { <p class="card-note dead-note">{ lang.text(Text::DeadLink) }</p> });
    if !editing {
        return html! {
            <div class="param-card" role="tooltip" style={style}>
                <p class="card-value">{ value_line }</p>
                { dead.unwrap_or_default() }
                <p class="card-note">{ lang.text(if props.locked { Text::WeightsLockedHint } else { Text::EditHint }) }</p>
            </div>
        };
    }
    let onkeydown = {
        let (input, onapply, onerror, onescape) = (
            input.clone(),
            props.onapply.clone(),
            props.onerror.clone(),
            props.onescape.clone(),
        );
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                let text = input
                    .cast::<HtmlInputElement>()
                    .map(|el| el.value())
                    .unwrap_or_default();
                match parse_number(&text) {
                    Some(v) => onapply.emit(v),
                    None => onerror.emit(()),
                }
            }
            "Escape" => {
                // Handled: the diagram must not also take it as "close the card".
                e.prevent_default();
                e.stop_propagation();
                onescape.emit(());
            }
            _ => {}
        })
    };
    let onblur = props.onblur.reform(|_: FocusEvent| ());
    html! {
        <div class="param-card editing" style={style}>
            <label class="card-field">
                <span class="card-label">{ lang.text(label) }</span>
                <input ref={input} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    aria-invalid={if error { "true" } else { "false" }}
                    {onkeydown} {onblur} />
            </label>
            if error {
                <p class="card-error" role="alert">{ lang.text(Text::NotANumber) }</p>
            }
            <p class="card-note">{ lang.text(Text::EditKeys) }</p>
        </div>
    }
}

/// The card's position: right of `at`, or left of it when the diagram (`width` wide)
/// has no room on the right, so it never covers what it describes.
fn placement(at: (f64, f64), width: f64) -> String {
    let top = at.1 + 8.0;
    if at.0 + OFFSET + CARD_WIDTH <= width {
        format!("left: {:.1}px; top: {top:.1}px", at.0 + OFFSET)
    } else {
        format!(
            "right: {:.1}px; top: {top:.1}px",
            (width - at.0 + OFFSET).max(0.0)
        )
    }
}

/// The value as first put in the field: short, exact enough to keep when re-entered.
fn editable(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    if v.abs() >= 1e6 {
        // Shortest exact form in exponent notation (`1e308`), which the field reads back.
        return crate::format::compact(v);
    }
    let rounded = (v * 1e4).round() / 1e4;
    // Display of an f64 never uses an exponent and drops trailing zeros.
    format!("{}", if rounded == 0.0 { 0.0 } else { rounded })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_sits_beside_its_anchor() {
        assert_eq!(
            placement((100.0, 50.0), 600.0),
            "left: 120.0px; top: 58.0px"
        );
        assert_eq!(
            placement((500.0, 50.0), 600.0),
            "right: 120.0px; top: 58.0px"
        );
    }

    #[test]
    fn field_starts_with_a_short_value() {
        assert_eq!(editable(0.123456), "0.1235");
        assert_eq!(editable(-2.0), "-2");
        assert_eq!(editable(-0.00001), "0");
        assert_eq!(editable(f64::NAN), "");
        assert_eq!(editable(1e308), "1e308");
        assert_eq!(
            crate::network_edit::parse_number(&editable(1e308)),
            Some(1e308)
        );
        assert!(!Card::Hidden.editing());
        assert!(Card::Edit {
            index: 0,
            at: (0.0, 0.0),
            error: false
        }
        .editing());
    }
}
