//! The compare panel: network B's settings (each "same as A" or its own value) and the
//! two networks side by side, each with its output map, its losses and the epoch its
//! test loss first reached [`nn_core::compare::TARGET_LOSS`].

use std::rc::Rc;

use nn_core::compare::{full_batch, Compare, FULL_BATCH, KEYS};
use nn_core::config::MAX_BATCH;
use nn_core::registry::{self, Choices};
use nn_core::Config;
use yew::prelude::*;

use super::heatmap::OutputHeatmap;
use super::hyperparameters::{choices, current, MENUS};
use super::select::{Choice, Select};
use crate::format;
use crate::parts::{use_hidden, Part};
use crate::settings::Setting;
use crate::side::Side;
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Lang, Text};

/// Batch sizes offered for B, besides A's and the whole training set.
const BATCHES: [usize; 6] = [1, 5, 10, 30, 100, 300];

/// Props of [`ComparePanel`].
#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    /// Network A.
    pub a: SessionView,
    /// Network B.
    pub b: SessionView,
    /// B's overrides.
    pub compare: Compare,
    /// [`crate::state::AppState::reached`].
    pub reached: [Option<u64>; 2],
    /// Receives the changes.
    pub onaction: Callback<Action>,
}

/// A setting's value as a link writes it.
fn link_value(setting: Setting) -> Option<String> {
    match setting {
        Setting::Named { value, .. } => Some(value.to_string()),
        Setting::Number { value, .. } => Some(format::compact(value)),
        Setting::BatchSize(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The label of `key`'s menu.
fn label_of(key: &str) -> Text {
    if key == "batchSize" {
        return Text::BatchSize;
    }
    MENUS
        .iter()
        .find(|m| m.key == key)
        .map_or(Text::Compare, |m| m.label)
}

/// How `value` of `key` reads in a menu (`full`: the training points, for the full
/// batch).
fn value_label(lang: Lang, key: &str, value: &str, full: usize) -> String {
    if full_batch(key, value) {
        return lang.fill(Text::FullBatch, &[&full.to_string()]);
    }
    lang.choice(key, value)
        .map_or_else(|| value.to_string(), str::to_string)
}

/// B's menu for `key`: "Same as A (A's value)", then every value; `None` where the
/// setting is not in use for B. `full` is the number of training points: the batch that
/// takes them all at once.
fn menu(
    lang: Lang,
    key: &'static str,
    a: &Config,
    b: &Config,
    full: usize,
) -> Option<Rc<[Choice<Option<String>>]>> {
    let entry = registry::entry(key).filter(|e| (e.in_use)(b))?;
    let a_value = (entry.write)(a).or_else(|| entry.default_value());
    let list: Vec<(String, String)> = match entry.choices {
        Choices::Slider(_) => {
            let mut sizes: Vec<usize> = BATCHES.to_vec();
            sizes.push(a.batch_size);
            sizes.retain(|&n| (1..=MAX_BATCH).contains(&n));
            sizes.sort_unstable();
            sizes.dedup();
            // The full batch, in order of size: every training point, however many.
            let at = sizes.partition_point(|&n| n <= full);
            let mut list: Vec<(String, String)> = sizes
                .iter()
                .map(|n| (n.to_string(), n.to_string()))
                .collect();
            let label = value_label(lang, key, FULL_BATCH, full);
            list.insert(at, (FULL_BATCH.to_string(), label));
            list
        }
        _ => {
            let now = current(entry, b).or_else(|| current(entry, a))?;
            choices(entry, now, lang)
                .iter()
                .filter_map(|c| Some((link_value(c.value)?, c.label.to_string())))
                .collect()
        }
    };
    let same_as = a_value
        .as_deref()
        .map_or_else(String::new, |v| value_label(lang, key, v, full));
    let same_as = match entry.choices {
        // "No regularization" is left out of a link.
        Choices::Named(_) if a_value.is_none() => entry
            .choices
            .names()
            .first()
            .map_or_else(String::new, |v| value_label(lang, key, v, full)),
        _ => same_as,
    };
    let mut out = vec![Choice {
        value: None,
        label: lang.fill(Text::CompareSame, &[&same_as]).into(),
    }];
    out.extend(list.into_iter().map(|(value, label)| Choice {
        value: Some(value),
        label: label.into(),
    }));
    Some(out.into())
}

/// What B's overrides say, as "Differs in: …".
fn differences(lang: Lang, compare: &Compare, full: usize) -> String {
    let items: Vec<String> = compare
        .overrides()
        .map(|(key, value)| {
            format!(
                "{} {}",
                lang.text(label_of(key)),
                value_label(lang, key, value, full)
            )
        })
        .collect();
    if items.is_empty() {
        lang.text(Text::CompareNoDifference).to_string()
    } else {
        let separator = match lang {
            Lang::En => ", ",
            Lang::Zh => "、",
        };
        lang.fill(Text::CompareDiffers, &[&items.join(separator)])
    }
}

/// The compare panel (shown in compare mode).
#[function_component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let lang = use_lang();
    let hidden = use_hidden();
    let locked = hidden.locks(Part::Compare);
    let (a, b) = (props.a.session.config(), props.b.session.config());
    let full = props.a.session.train_points().len();
    let menus = KEYS.iter().filter_map(|&key| {
        let choices = menu(lang, key, a, b, full)?;
        let selected = props.compare.get(key).map(str::to_string);
        // A value a link gave that the menu lacks is offered too.
        let choices: Rc<[Choice<Option<String>>]> = match &selected {
            Some(v) if !choices.iter().any(|c| c.value.as_deref() == Some(v)) => {
                let mut list = choices.to_vec();
                list.push(Choice {
                    value: Some(v.clone()),
                    label: value_label(lang, key, v, full).into(),
                });
                list.into()
            }
            _ => choices,
        };
        let onchange = props
            .onaction
            .reform(move |v: Option<String>| Action::SetCompare(key, v));
        Some(html! {
            <Select<Option<String>> id={format!("compare-{key}")} label={lang.fill(Text::CompareMenu, &[lang.text(label_of(key))])}
                {choices} {selected} {onchange} {locked} />
        })
    });
    html! {
        <section class="compare-area" aria-labelledby="compare-heading">
            <h2 class="column-heading" id="compare-heading">{ lang.text(Text::CompareHeading) }</h2>
            <p class="compare-help">{ lang.text(Text::CompareHelp) }</p>
            <div class="compare-settings" role="group" aria-labelledby="compare-settings-label">
                <span class="control-label" id="compare-settings-label">{ lang.text(Text::CompareSettings) }</span>
                <div class="compare-menus">{ for menus }</div>
            </div>
            <div class="compare-sides">
                { side_card(lang, &props.a, props.reached[0], None) }
                { side_card(lang, &props.b, props.reached[1], Some(differences(lang, &props.compare, full))) }
            </div>
        </section>
    }
}

/// One network's card: its name, what differs, its map, its losses and the epoch it
/// reached the target.
fn side_card(lang: Lang, view: &SessionView, reached: Option<u64>, note: Option<String>) -> Html {
    let session = &view.session;
    let side = view.side;
    let (name, map) = match side {
        Side::A => (Text::NetworkA, Text::CompareMapA),
        Side::B => (Text::NetworkB, Text::CompareMap),
    };
    let id = |what: &str| format!("compare-{}-{what}", side.letter().to_lowercase());
    let status = if session.diverged() {
        lang.text(Text::CompareDiverged).to_string()
    } else {
        match reached {
            Some(epoch) => lang.fill(Text::CompareReached, &[&format::thousands(epoch)]),
            None => lang.text(Text::CompareNotReached).to_string(),
        }
    };
    let metric = |what: &str, label: Text, value: String| {
        html! {
            <div class="metric">
                <span class="metric-label" id={id(what)}>{ lang.text(label) }</span>
                <output class="metric-value" aria-labelledby={id(what)} aria-live="off">{ value }</output>
            </div>
        }
    };
    html! {
        <section class={classes!("compare-side", format!("compare-{}", side.letter().to_lowercase()))}
            aria-labelledby={id("name")}>
            <h3 class="compare-name" id={id("name")}>{ lang.text(name) }</h3>
            if let Some(note) = note {
                <p class="compare-note">{ note }</p>
            }
            <OutputHeatmap view={view.clone()} discretize={session.config().page.discretize}
                show_test_data={session.config().page.show_test_data} label={Some(map)} />
            <div class="metrics">
                { metric("epoch", Text::Epoch, format::epoch(session.epoch())) }
                { metric("test", Text::TestLoss, format::loss(session.test_loss())) }
                { metric("train", Text::TrainingLoss, format::loss(session.train_loss())) }
            </div>
            <p class="compare-reached" role="status">{ status }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::hash;

    #[test]
    fn b_s_menus_start_with_a_s_value_and_offer_values_a_link_can_carry() {
        let a = hash::parse("seed=m&activation=tanh&batchSize=7").config;
        let (c, _) = Compare::parse("optimizer:momentum");
        let b = c.config_b(&a, 250);
        for lang in [Lang::En, Lang::Zh] {
            for key in KEYS {
                // Every setting is in use here (classification, momentum).
                let list = menu(lang, key, &a, &b, 250).expect(key);
                assert_eq!(list[0].value, None);
                for choice in &list[1..] {
                    let v = choice.value.clone().unwrap();
                    let picked = c.with(key, Some(v.clone()));
                    assert_eq!(picked.get(key), Some(v.as_str()), "{key}={v} is refused");
                }
            }
        }
        let act = menu(Lang::En, "activation", &a, &b, 250).unwrap();
        assert_eq!(&*act[0].label, "Same as A (Tanh)");
        let batch = menu(Lang::En, "batchSize", &a, &b, 250).unwrap();
        assert!(batch.iter().any(|c| c.value.as_deref() == Some("7")));
        let full = batch
            .iter()
            .position(|c| c.value.as_deref() == Some("full"));
        assert_eq!(full.map(|i| &*batch[i].label), Some("250 (full batch)"));
        assert_eq!(
            batch[full.unwrap() + 1].value.as_deref(),
            Some("300"),
            "in order of size"
        );
        let momentum = menu(Lang::En, "momentum", &a, &b, 250);
        assert!(momentum.is_some(), "μ with momentum");
        assert!(menu(Lang::En, "momentum", &a, &a, 250).is_none());
    }

    #[test]
    fn the_differences_are_named_in_both_languages() {
        let (c, _) = Compare::parse("activation:relu;regularization:L2");
        assert_eq!(
            differences(Lang::En, &c, 250),
            "Differs in: Activation ReLU, Regularization L2"
        );
        assert!(differences(Lang::Zh, &c, 250).starts_with("不同之处："));
        assert_eq!(
            differences(Lang::En, &Compare::default(), 250),
            "The same settings as A: two runs of one setup"
        );
    }
}
