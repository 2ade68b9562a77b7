//! The top bar's menus: learning rate, activation, regularization and its rate, the
//! problem type, then ours. Each is one row of [`MENUS`]; what it offers, what it shows
//! as chosen, whether it applies and what a change does all come from the setting's
//! entry in [`nn_core::registry`].

use std::rc::Rc;

use nn_core::registry::{self, Choices, Entry};
use nn_core::Config;
use yew::prelude::*;

use super::select::{Choice, Select};
use crate::parts::{use_hidden, Part};
use crate::settings::{self, Setting};
use crate::state::Action;
use crate::text::{use_lang, Lang, Text};

/// One menu of the top bar: the registry key of its setting, its label (its accessible
/// name), and the part of the page whose `<name>_hide` hides it.
pub struct Menu {
    /// The registry key.
    pub key: &'static str,
    /// The label.
    pub label: Text,
    /// Hidden with this part.
    pub part: Part,
}

/// The menus in page order: the original's five, then ours. A menu shows only where its
/// setting is in use (the registry's `in_use`): the loss for classification, μ with
/// momentum.
pub const MENUS: [Menu; 9] = [
    Menu {
        key: "learningRate",
        label: Text::LearningRate,
        part: Part::LearningRate,
    },
    Menu {
        key: "activation",
        label: Text::Activation,
        part: Part::Activation,
    },
    Menu {
        key: "regularization",
        label: Text::Regularization,
        part: Part::Regularization,
    },
    Menu {
        key: "regularizationRate",
        label: Text::RegularizationRate,
        part: Part::RegularizationRate,
    },
    Menu {
        key: "problem",
        label: Text::ProblemType,
        part: Part::Problem,
    },
    Menu {
        key: "loss",
        label: Text::LossMenu,
        part: Part::Loss,
    },
    Menu {
        key: "optimizer",
        label: Text::OptimizerMenu,
        part: Part::Optimizer,
    },
    // μ belongs to the optimizer: hiding that menu hides both.
    Menu {
        key: "momentum",
        label: Text::MomentumMenu,
        part: Part::Optimizer,
    },
    Menu {
        key: "init",
        label: Text::InitMenu,
        part: Part::Init,
    },
];

/// What one menu shows now.
#[derive(Clone, Debug, PartialEq)]
pub struct MenuState {
    /// The current value, as the menu's entry for it.
    pub current: Setting,
}

/// The current value of `entry` in `config`, as a menu entry.
pub(crate) fn current(entry: &Entry, config: &Config) -> Option<Setting> {
    // A value left out of the link is the default (μ while it is 0.9).
    let written = (entry.write)(config).or_else(|| entry.default_value());
    match entry.choices {
        Choices::Named(_) => {
            let values = entry.choices.names();
            // A named value a link leaves out (no regularization) is the menu's first.
            let found = match written {
                Some(w) => values.iter().copied().find(|v| *v == w),
                None => values.first().copied(),
            };
            found.map(|v| Setting::named(entry.key, v))
        }
        Choices::Menu(_) => {
            let n = written?.parse::<f64>().ok()?;
            Some(Setting::number(entry.key, n))
        }
        _ => None,
    }
}

/// The state of each menu whose setting is in use for `config` (the registry's
/// `in_use`), by its index in [`MENUS`].
pub fn menu_states(config: &Config) -> Rc<[(usize, MenuState)]> {
    MENUS
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let entry = registry::entry(m.key).filter(|e| (e.in_use)(config))?;
            let current = current(entry, config)?;
            Some((i, MenuState { current }))
        })
        .collect()
}

/// The entries of the menu of `entry`, labelled in `lang`; a number a link gave that the
/// menu lacks is added in order.
pub(crate) fn choices(entry: &Entry, current: Setting, lang: Lang) -> Rc<[Choice<Setting>]> {
    match entry.choices {
        Choices::Named(_) => entry
            .choices
            .names()
            .into_iter()
            .map(|v| Choice {
                value: Setting::named(entry.key, v),
                label: lang.choice(entry.key, v).unwrap_or(v).into(),
            })
            .collect(),
        Choices::Menu(values) => {
            let now = match current {
                Setting::Number { value, .. } => value,
                _ => f64::NAN,
            };
            settings::menu_with(values, now)
                .into_iter()
                .map(|v| Choice {
                    value: Setting::number(entry.key, v),
                    label: settings::number_label(v).into(),
                })
                .collect()
        }
        _ => Rc::from([]),
    }
}

/// Props of [`Hyperparameters`]: the menus' states, compared cheaply every frame.
#[derive(Properties, PartialEq)]
pub struct HyperparametersProps {
    /// [`menu_states`] of the configuration.
    pub menus: Rc<[(usize, MenuState)]>,
    /// Whether a hidden layer uses Step (a note says why it cannot learn).
    pub step_used: bool,
    /// Receives the changes.
    pub onaction: Callback<Action>,
}

/// The menus of [`MENUS`] in use and not hidden.
#[function_component]
pub fn Hyperparameters(p: &HyperparametersProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let menus = p.menus.iter().filter_map(|(i, state)| {
        let menu = &MENUS[*i];
        let entry = registry::entry(menu.key)?;
        if !hidden.shows(menu.part) {
            return None;
        }
        let onchange = p.onaction.reform(|s: Setting| Action::Set(s));
        Some(html! {
            <Select<Setting> id={format!("menu-{}", menu.key)} label={lang.text(menu.label)}
                choices={choices(entry, state.current, lang)} selected={state.current}
                {onchange} locked={hidden.locks(menu.part)} />
        })
    });
    html! {
        <div class="hyperparameters">
            { for menus }
            if p.step_used {
                <p class="step-note" role="note">{ lang.text(Text::StepNote) }</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::hash;

    fn states(link: &str) -> Vec<(&'static str, MenuState)> {
        menu_states(&hash::parse(link).config)
            .iter()
            .map(|(i, s)| (MENUS[*i].key, s.clone()))
            .collect()
    }

    #[test]
    fn every_menu_has_a_registry_entry_and_every_choice_a_name_in_both_languages() {
        let everything = hash::parse("seed=a&optimizer=momentum").config;
        assert_eq!(menu_states(&everything).len(), MENUS.len());
        for menu in &MENUS {
            let entry = registry::entry(menu.key).expect(menu.key);
            let now = current(entry, &everything).expect(menu.key);
            for lang in [Lang::En, Lang::Zh] {
                let list = choices(entry, now, lang);
                assert!(list.len() >= 2, "{}", menu.key);
                assert!(list.iter().any(|c| c.value == now), "{}", menu.key);
                if let Choices::Named(_) = entry.choices {
                    for v in entry.choices.names() {
                        assert!(
                            lang.choice(menu.key, v).is_some(),
                            "{}={v} in {lang:?}",
                            menu.key
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn menus_show_the_links_values_and_only_where_they_apply() {
        let s =
            states("seed=a&learningRate=0.05&regularization=L2&optimizer=momentum&momentum=0.7");
        let get = |key| {
            s.iter()
                .find(|(k, _)| *k == key)
                .map(|(_, s)| s.clone())
                .unwrap()
        };
        assert_eq!(
            get("learningRate").current,
            Setting::number("learningRate", 0.05)
        );
        assert_eq!(
            get("regularization").current,
            Setting::named("regularization", "L2")
        );
        assert_eq!(get("momentum").current, Setting::number("momentum", 0.7));

        let entry = registry::entry("learningRate").unwrap();
        let list = choices(entry, get("learningRate").current, Lang::En);
        assert_eq!(list.len(), registry::LEARNING_RATES.len() + 1, "0.05 added");

        let s = states("seed=a&problem=regression");
        let get = |key| s.iter().find(|(k, _)| *k == key).map(|(_, s)| s.clone());
        let none = Setting::named("regularization", "none");
        assert_eq!(get("regularization").map(|s| s.current), Some(none));
        assert_eq!(get("momentum"), None, "μ only with momentum");
        assert_eq!(get("loss"), None, "regression is scored by squared error");
    }

    #[test]
    fn the_classroom_panel_lists_every_menu_in_order() {
        let mut parts: Vec<Part> = MENUS.iter().map(|m| m.part).collect();
        parts.dedup();
        let (_, group) = crate::parts::GROUPS
            .iter()
            .find(|(title, _)| *title == Text::ClassroomMenus)
            .expect("a group of menus");
        assert_eq!(*group, &parts[..]);
    }
}
