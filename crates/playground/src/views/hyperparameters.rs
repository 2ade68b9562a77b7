//! The top bar's menus: learning rate, activation, regularization and its rate, and the
//! problem type. Each is the same [`Select`] over a different list of choices.

use std::rc::Rc;

use nn_core::{Activation, Init, Loss, OptimizerKind, Problem, Regularization};
use yew::prelude::*;

use super::select::{Choice, Select};
use crate::parts::{use_hidden, Hidden, Part};
use crate::settings::{self, Setting};
use crate::state::Action;
use crate::text::{use_lang, Lang, Text};

/// Props of [`Hyperparameters`]: the current values, compared cheaply every frame.
#[derive(Properties, PartialEq)]
pub struct HyperparametersProps {
    /// Current learning rate.
    pub learning_rate: f64,
    /// Current hidden activation.
    pub activation: Activation,
    /// Current weight penalty.
    pub regularization: Regularization,
    /// Current penalty strength.
    pub regularization_rate: f64,
    /// Current problem type.
    pub problem: Problem,
    /// Current loss.
    pub loss: Loss,
    /// Current update rule.
    pub optimizer: OptimizerKind,
    /// Current initialization.
    pub init: Init,
    /// Whether a hidden layer uses Step (a note says why it cannot learn).
    pub step_used: bool,
    /// Receives the changes.
    pub onaction: Callback<Action>,
}

fn numbers(menu: &[f64], current: f64) -> Rc<[Choice<f64>]> {
    settings::menu_with(menu, current)
        .into_iter()
        .map(|value| Choice {
            value,
            label: settings::number_label(value).into(),
        })
        .collect()
}

fn named<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Rc<[Choice<T>]> {
    all.iter()
        .map(|&value| Choice {
            value,
            label: name(value).into(),
        })
        .collect()
}

/// One labelled menu, unless the page hides it.
fn menu<T: Clone + PartialEq + 'static>(
    (p, hidden, lang): (&HyperparametersProps, &Hidden, Lang),
    (part, label): (Part, Text),
    choices: Rc<[Choice<T>]>,
    selected: T,
    setting: fn(T) -> Setting,
) -> Html {
    if !hidden.shows(part) {
        return html! {};
    }
    let onchange = p.onaction.reform(move |v: T| Action::Set(setting(v)));
    html! {
        <Select<T> id={format!("menu-{}", part.key())} label={lang.text(label)} {choices} {selected}
            {onchange} />
    }
}

/// The original's five menus in its order, then ours.
#[function_component]
pub fn Hyperparameters(p: &HyperparametersProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let at = (p, &hidden, lang);
    html! {
        <div class="hyperparameters">
            { menu(at, (Part::LearningRate, Text::LearningRate),
                numbers(&settings::LEARNING_RATES, p.learning_rate), p.learning_rate,
                Setting::LearningRate) }
            { menu(at, (Part::Activation, Text::Activation),
                named(&Activation::ALL, |a| lang.activation(a)), p.activation,
                Setting::Activation) }
            { menu(at, (Part::Regularization, Text::Regularization),
                named(&Regularization::ALL, |r| lang.regularization(r)), p.regularization,
                Setting::Regularization) }
            { menu(at, (Part::RegularizationRate, Text::RegularizationRate),
                numbers(&settings::REGULARIZATION_RATES, p.regularization_rate),
                p.regularization_rate, Setting::RegularizationRate) }
            { menu(at, (Part::Problem, Text::ProblemType),
                named(&Problem::ALL, |q| lang.problem(q)), p.problem, Setting::Problem) }
            // Regression is always scored by squared error.
            if p.problem.is_classification() {
                { menu(at, (Part::Loss, Text::LossMenu),
                    named(&Loss::ALL, |l| lang.loss(l)), p.loss, Setting::Loss) }
            }
            { menu(at, (Part::Optimizer, Text::OptimizerMenu),
                named(&OptimizerKind::ALL, |o| lang.optimizer(o)), p.optimizer, Setting::Optimizer) }
            { menu(at, (Part::Init, Text::InitMenu),
                named(&Init::ALL, |i| lang.init(i)), p.init, Setting::Init) }
            if p.step_used {
                <p class="step-note" role="note">{ lang.text(Text::StepNote) }</p>
            }
        </div>
    }
}
