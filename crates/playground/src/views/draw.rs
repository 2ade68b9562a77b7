//! Draw: the pen (what a click on the output map does) and its tools under the map:
//! add or erase, the class or value of new points, the set they join, and Clear.

use nn_core::csv::Split;
use nn_core::given::Edit;
use nn_core::{Config, Point, Problem, Target};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::state::Action;
use crate::text::{use_lang, Text};

/// What the pen does on the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tool {
    /// Adds a point where it is pressed (and along a drag).
    Add,
    /// Removes the points under it.
    Erase,
}

/// The drawing pen: the tool, the label of new points and the set they join.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pen {
    /// Add or erase.
    pub tool: Tool,
    /// The label new points get.
    pub target: Target,
    /// The set new points join.
    pub set: Split,
}

/// How far the eraser reaches, in CSS pixels.
pub const ERASER: f64 = 10.0;
/// How far a drag moves before it adds the next point, in CSS pixels.
pub const SPACING: f64 = 12.0;

impl Pen {
    /// A pen for the problem of `config`: adding blue (+1), class 1 or the value 1 to
    /// the training set.
    pub fn new(config: &Config) -> Self {
        Pen {
            tool: Tool::Add,
            target: default_target(config),
            set: Split::Train,
        }
    }

    /// This pen, with a label that fits `config` (the problem may have changed).
    pub fn fitted(self, config: &Config) -> Self {
        if config.takes(self.target) {
            self
        } else {
            Pen {
                target: default_target(config),
                ..self
            }
        }
    }

    /// The edit of pressing the pen at (`x`, `y`) with an eraser `radius` (data units)
    /// wide; `erase` uses the eraser whatever the tool.
    pub fn edit(&self, x: f64, y: f64, radius: f64, erase: bool) -> Edit {
        if erase || self.tool == Tool::Erase {
            Edit::Erase { x, y, radius }
        } else {
            Edit::Add(
                Point {
                    x,
                    y,
                    target: self.target,
                },
                self.set,
            )
        }
    }
}

fn default_target(config: &Config) -> Target {
    match config.problem {
        Problem::Classification => Target::Binary(true),
        Problem::Multiclass => Target::Class(0),
        Problem::Regression => Target::Value(1.0),
    }
}

/// Props of [`DrawTools`].
#[derive(Properties, PartialEq)]
pub struct DrawToolsProps {
    /// The pen.
    pub pen: Pen,
    /// The problem and the class count the labels are for.
    pub problem: Problem,
    /// The class count (multi-class).
    pub classes: usize,
    /// Training and test points now.
    pub counts: (usize, usize),
    /// Receives a changed pen.
    pub onpen: Callback<Pen>,
    /// Receives Clear.
    pub onaction: Callback<Action>,
}

/// The tools shown while drawing.
#[function_component]
pub fn DrawTools(props: &DrawToolsProps) -> Html {
    let lang = use_lang();
    let pen = props.pen;
    let tool = |t: Tool, label: Text| {
        let onchange = props.onpen.reform(move |_: Event| Pen { tool: t, ..pen });
        html! {
            <label class="draw-choice">
                <input type="radio" name="draw-tool" checked={pen.tool == t} {onchange} />
                { lang.text(label) }
            </label>
        }
    };
    let label_control = match props.problem {
        Problem::Regression => {
            let value = match pen.target {
                Target::Value(v) => v,
                _ => 1.0,
            };
            let onchange = props.onpen.reform(move |e: Event| {
                let v = e
                    .target_dyn_into::<HtmlInputElement>()
                    .map_or(f64::NAN, |i| i.value_as_number());
                let v = if v.is_finite() {
                    v.clamp(-1.0, 1.0)
                } else {
                    1.0
                };
                Pen {
                    target: Target::Value(v),
                    ..pen
                }
            });
            html! {
                <label class="draw-field">
                    <span id="draw-value-label">{ lang.text(Text::DrawValue) }</span>
                    <input type="number" aria-labelledby="draw-value-label" min="-1" max="1" step="0.1" value={value.to_string()} {onchange} />
                </label>
            }
        }
        problem => {
            let options: Vec<(Target, String)> = if problem == Problem::Multiclass {
                (0..props.classes)
                    .map(|k| {
                        let name = lang.fill(Text::ClassName, &[&(k + 1).to_string()]);
                        (Target::Class(k as u8), name)
                    })
                    .collect()
            } else {
                vec![
                    (Target::Binary(true), lang.text(Text::DrawBlue).to_string()),
                    (
                        Target::Binary(false),
                        lang.text(Text::DrawOrange).to_string(),
                    ),
                ]
            };
            let targets: Vec<Target> = options.iter().map(|(t, _)| *t).collect();
            let onchange = props.onpen.reform(move |e: Event| {
                let i = e
                    .target_dyn_into::<HtmlSelectElement>()
                    .map_or(0, |s| s.selected_index().max(0) as usize);
                Pen {
                    target: targets.get(i).copied().unwrap_or(pen.target),
                    ..pen
                }
            });
            html! {
                <label class="draw-field">
                    <span id="draw-class-label">{ lang.text(Text::DrawClass) }</span>
                    <select aria-labelledby="draw-class-label" {onchange}>
                        { for options.into_iter().map(|(t, name)| html! {
                            <option selected={t == pen.target}>{ name }</option>
                        }) }
                    </select>
                </label>
            }
        }
    };
    let set_change = props.onpen.reform(move |e: Event| {
        let test = e
            .target_dyn_into::<HtmlSelectElement>()
            .is_some_and(|s| s.selected_index() == 1);
        Pen {
            set: if test { Split::Test } else { Split::Train },
            ..pen
        }
    });
    let clear = props
        .onaction
        .reform(|_: MouseEvent| Action::EditPoints(Edit::Clear));
    let (train, test) = props.counts;
    html! {
        <div class="draw-tools">
            <fieldset class="draw-tool">
                <legend class="visually-hidden">{ lang.text(Text::DrawTool) }</legend>
                { tool(Tool::Add, Text::DrawAdd) }
                { tool(Tool::Erase, Text::DrawErase) }
            </fieldset>
            { label_control }
            <label class="draw-field">
                <span id="draw-set-label">{ lang.text(Text::DrawSet) }</span>
                <select aria-labelledby="draw-set-label" onchange={set_change}>
                    <option selected={pen.set == Split::Train}>{ lang.text(Text::DrawTrain) }</option>
                    <option selected={pen.set == Split::Test}>{ lang.text(Text::DrawTest) }</option>
                </select>
            </label>
            <button type="button" class="text-button" onclick={clear}>{ lang.text(Text::DrawClear) }</button>
            <p class="draw-count" aria-live="polite">
                { lang.fill(Text::DrawCount, &[&(train + test).to_string(), &train.to_string(), &test.to_string()]) }
            </p>
            <p class="draw-help">{ lang.text(Text::DrawHelp) }</p>
        </div>
    }
}
