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
    /// Current momentum μ.
    pub momentum: f64,
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

/// A menu of named choices, by their URL names: every such menu is one `Select` over
/// `&'static str` (one copy of the component in the page's code, not one per type).
fn named<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    name: impl Fn(T) -> &'static str,
) -> Rc<[Choice<&'static str>]> {
    all.iter()
        .map(|&value| Choice {
            value: key(value),
            label: name(value).into(),
        })
        .collect()
}

/// One labelled menu, unless the page hides it; `setting` reads a choice (`None` for
/// one it does not know, which changes nothing).
fn menu<T: Clone + PartialEq + 'static>(
    (p, hidden, lang): (&HyperparametersProps, &Hidden, Lang),
    (part, label): (Part, Text),
    choices: Rc<[Choice<T>]>,
    selected: T,
    setting: fn(T) -> Option<Setting>,
) -> Html {
    if !hidden.shows(part) {
        return html! {};
    }
    let onaction = p.onaction.clone();
    let onchange = Callback::from(move |v: T| {
        if let Some(s) = setting(v) {
            onaction.emit(Action::Set(s));
        }
    });
    html! {
        // Named by its label, since a part may hold two menus (the optimizer and its μ).
        <Select<T> id={format!("menu-{label:?}")} label={lang.text(label)} {choices} {selected}
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
                |v| Some(Setting::LearningRate(v))) }
            { menu(at, (Part::Activation, Text::Activation),
                named(&Activation::ALL, Activation::key, |a| lang.activation(a)),
                p.activation.key(), |k| Activation::from_key(k).map(Setting::Activation)) }
            { menu(at, (Part::Regularization, Text::Regularization),
                named(&Regularization::ALL, Regularization::key, |r| lang.regularization(r)),
                p.regularization.key(),
                |k| Regularization::from_key(k).map(Setting::Regularization)) }
            { menu(at, (Part::RegularizationRate, Text::RegularizationRate),
                numbers(&settings::REGULARIZATION_RATES, p.regularization_rate),
                p.regularization_rate, |v| Some(Setting::RegularizationRate(v))) }
            { menu(at, (Part::Problem, Text::ProblemType),
                named(&Problem::ALL, Problem::key, |q| lang.problem(q)), p.problem.key(),
                |k| Problem::from_key(k).map(Setting::Problem)) }
            // Regression is always scored by squared error.
            if p.problem.is_classification() {
                { menu(at, (Part::Loss, Text::LossMenu),
                    named(&Loss::ALL, Loss::key, |l| lang.loss(l)), p.loss.key(),
                    |k| Loss::from_key(k).map(Setting::Loss)) }
            }
            { menu(at, (Part::Optimizer, Text::OptimizerMenu),
                named(&OptimizerKind::ALL, OptimizerKind::key, |o| lang.optimizer(o)),
                p.optimizer.key(), |k| OptimizerKind::from_key(k).map(Setting::Optimizer)) }
            // μ only matters with momentum; it is hidden with the optimizer menu.
            if p.optimizer == OptimizerKind::Momentum {
                { menu(at, (Part::Optimizer, Text::MomentumMenu),
                    numbers(&settings::MOMENTA, p.momentum), p.momentum,
                    |v| Some(Setting::Momentum(v))) }
            }
            { menu(at, (Part::Init, Text::InitMenu),
                named(&Init::ALL, Init::key, |i| lang.init(i)), p.init.key(),
                |k| Init::from_key(k).map(Setting::Init)) }
            if p.step_used {
                <p class="step-note" role="note">{ lang.text(Text::StepNote) }</p>
            }
        </div>
    }
}
