//! The one slider component every range setting uses: `<input type="range">` with its
//! `<label>` and the value shown beside it.
//!
//! The shown value follows the thumb while dragging, but the setting is applied only
//! when the person lets go (`change`), so a drag regenerates the data once, not at
//! every stop it passes.

use yew::prelude::*;

use crate::settings::Range;
use crate::text::{use_lang, Text};

/// Props of [`Slider`].
#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// Element id, linking the label to the slider.
    pub id: AttrValue,
    /// The label, which is also the slider's accessible name.
    pub label: AttrValue,
    /// Minimum, maximum and step.
    pub range: Range,
    /// The current value.
    pub value: f64,
    /// Written after the number ("%" for a percentage).
    #[prop_or_default]
    pub unit: AttrValue,
    /// Shown instead of the number at the slider's maximum (the batch slider's "All").
    #[prop_or_default]
    pub max_label: Option<AttrValue>,
    /// A line under the slider saying what the value means.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Receives the value when the person lets go.
    pub onchange: Callback<f64>,
    /// Shown but not changeable (a teacher locked it).
    #[prop_or_default]
    pub locked: bool,
}

/// The slider's number, if the event came from a slider.
fn read(e: &Event) -> Option<f64> {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|el| el.value_as_number())
        .filter(|v| v.is_finite())
}

fn shown(v: f64, unit: &str) -> String {
    format!("{}{unit}", crate::format::compact(v))
}

/// A labelled slider with its value.
#[function_component]
pub fn Slider(props: &SliderProps) -> Html {
    let lang = use_lang();
    // Where the thumb is while it is being moved; `None` when it rests.
    let draft = use_state_eq(|| None::<f64>);
    let value = draft.unwrap_or(props.value);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = read(&e) {
                draft.set(Some(v));
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        let emit = props.onchange.clone();
        Callback::from(move |e: Event| {
            draft.set(None);
            if let Some(v) = read(&e) {
                emit.emit(v);
            }
        })
    };
    let text = match &props.max_label {
        Some(label) if value >= props.range.max => label.to_string(),
        _ => shown(value, &props.unit),
    };
    let output_id = format!("{}-value", props.id);
    html! {
        <div class="slider-control">
            <div class="slider-head">
                <label class="control-label" for={props.id.clone()}>{ props.label.clone() }</label>
                <output id={output_id} class="slider-value" for={props.id.clone()}>{ text.clone() }</output>
            </div>
            <input type="range" id={props.id.clone()} min={props.range.min.to_string()}
                max={props.range.max.to_string()} step={props.range.step.to_string()}
                value={value.to_string()} aria-valuetext={text} {oninput} {onchange}
                disabled={props.locked} title={props.locked.then(|| lang.text(Text::LockedHint))} />
            if let Some(note) = &props.note {
                <p class="slider-note">{ note.clone() }</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_plainly() {
        assert_eq!(shown(50.0, "%"), "50%");
        assert_eq!(shown(5.0, ""), "5");
        assert_eq!(shown(12.5, ""), "12.5");
        // A link's extreme value stays short.
        assert_eq!(shown(1e-300, "%"), "1e-300%");
    }
}
