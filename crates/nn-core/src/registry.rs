//! Every setting a link can carry, each as one declarative entry: its URL key (also the
//! name `<key>_hide` hides it by), what a change does to a running session ([`Effect`]),
//! how it is read (with its range and choices) and how it is written. The codec
//! ([`crate::hash`]) and [`crate::Session::apply`] read this table, so a new setting is
//! one entry here and its field in [`Config`].

use std::sync::OnceLock;

use crate::activation::{Activation, Regularization};
use crate::config::{
    Config, Language, LessonStep, Speed, LESSONS, MAX_BATCH, MAX_EPOCHS_PER_FRAME, MAX_LAYERS,
    MAX_LESSON_STEPS, MAX_NEURONS, PANELS,
};
use crate::data::{Dataset, Problem};
use crate::features::Feature;
use crate::hash::{js_number, Reason, MAX_MOMENTUM, MAX_PERC_TRAIN, MIN_PERC_TRAIN};
use crate::init::Init;
use crate::loss::Loss;
use crate::more_data::MAX_CLASSES;
use crate::optimizer::OptimizerKind;

/// Reads a value into the config, reporting what it could not use.
pub type Reader = fn(&mut Config, &str, &mut Vec<Reason>);
/// Writes the config's value (`None`: the key is left out of the link).
pub type Writer = fn(&Config) -> Option<String>;

/// What a change of a setting does to a running session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effect {
    /// New data from the next seed of the stream, then a new network (the original's
    /// `generateData` and `reset`).
    Data,
    /// A new network on the same data (the original's `reset`).
    Network,
    /// Applies from the next update on; training goes on.
    Live,
    /// Changes only what the page shows of the run.
    View,
    /// The page's own (language, pace, layout, the seed's bookkeeping): not the engine's.
    Page,
}

/// The most New weights a link may ask for (each is one more network drawn on load).
pub const MAX_DRAWS: u32 = 10_000;

/// A slider's range: minimum, maximum and step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// Smallest value.
    pub min: f64,
    /// Largest value.
    pub max: f64,
    /// Distance between stops.
    pub step: f64,
}

/// What the page offers for a setting.
#[derive(Clone, Copy, Debug)]
pub enum Choices {
    /// Something with its own editor or none (the seed, the network's shape, …).
    Other,
    /// On or off (`true`, `false`).
    Flag,
    /// Named values, by their URL spellings, in menu order: the `i`-th, while there is
    /// one (see [`Choices::names`]).
    Named(fn(usize) -> Option<&'static str>),
    /// Numbers offered in a menu; a link may give others, which the menu then shows too.
    Menu(&'static [f64]),
    /// A slider.
    Slider(Range),
}

impl Choices {
    /// The named values in menu order (none for other kinds of choice).
    pub fn names(&self) -> Vec<&'static str> {
        match self {
            Choices::Named(nth) => (0..).map_while(nth).collect(),
            _ => Vec::new(),
        }
    }
}

/// The learning-rate menu (the original's values).
pub const LEARNING_RATES: [f64; 11] = [
    0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0,
];

/// The momentum menu (μ): light, the usual 0.9, and heavy.
pub const MOMENTA: [f64; 4] = [0.5, 0.8, 0.9, 0.99];

/// The regularization-rate menu (the original's values).
pub const REGULARIZATION_RATES: [f64; 10] =
    [0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0];

/// The training share's slider (the original's; a link may give 1–99).
pub const PERC_TRAIN_RANGE: Range = Range {
    min: 10.0,
    max: 90.0,
    step: 10.0,
};

/// The noise slider in percent (a link may give up to 80).
pub const NOISE_RANGE: Range = Range {
    min: 0.0,
    max: 50.0,
    step: 5.0,
};

/// The classes of a multi-class problem.
pub const CLASSES_RANGE: Range = Range {
    min: 2.0,
    max: MAX_CLASSES as f64,
    step: 1.0,
};

/// One setting: its URL key (also its `<key>_hide` name), what a change does, and how
/// it is read from and written to a link. The table drives the codec both ways and
/// [`crate::Session::apply`].
pub struct Entry {
    /// The URL key.
    pub key: &'static str,
    /// What the page offers (a menu's values, a slider's range).
    pub choices: Choices,
    /// What a change does.
    pub effect: Effect,
    /// Lists count when present even with a blank value; other keys need a value.
    pub list: bool,
    /// Reads a value.
    pub read: Reader,
    /// Writes the value.
    pub write: Writer,
    /// Whether the setting matters for a config (the regression data set does not while
    /// classifying); a change where it does not matter has no effect.
    pub in_use: fn(&Config) -> bool,
}

impl Entry {
    /// The value a config without this key has, as a link would write it (`None`: left
    /// out, as the original leaves out "no regularization").
    pub fn default_value(&self) -> Option<String> {
        (self.write)(&Config::default())
    }

    /// Whether `a` and `b` differ in this setting where it matters (as the link would
    /// show it).
    pub fn differs(&self, a: &Config, b: &Config) -> bool {
        ((self.in_use)(a) || (self.in_use)(b)) && (self.write)(a) != (self.write)(b)
    }
}

/// For settings that always matter.
fn always(_: &Config) -> bool {
    true
}

fn enum_value<T: Copy>(
    v: &str,
    all: &[T],
    key: fn(T) -> &'static str,
    out: &mut Vec<Reason>,
) -> Option<T> {
    let found = all.iter().copied().find(|&x| key(x) == v);
    if found.is_none() {
        out.push(Reason::UnknownValue {
            allowed: all.iter().map(|&x| key(x)).collect(),
        });
    }
    found
}

fn number(v: &str, min: f64, max: f64, out: &mut Vec<Reason>) -> Option<f64> {
    let n = js_number(v);
    if n.is_nan() {
        out.push(Reason::NotANumber);
        return None;
    }
    if n < min || n > max {
        let used = n.clamp(min, max);
        out.push(Reason::OutOfRange { min, max, used });
        return Some(used);
    }
    Some(n)
}

/// A whole number within `min`–`max` (clamped as [`number`] does); a fraction is
/// refused with a warning.
fn whole(v: &str, min: f64, max: f64, out: &mut Vec<Reason>) -> Option<f64> {
    let n = number(v, min, max, out)?;
    if n.fract() == 0.0 {
        Some(n)
    } else {
        out.push(Reason::NotAnInteger);
        None
    }
}

fn flag(v: &str) -> bool {
    // As in the original: anything but the literal "false" is true.
    v != "false"
}

fn fmt_num(v: f64) -> String {
    format!("{v}")
}

fn feature_key(f: Feature) -> Entry {
    // One reader/writer pair per feature, chosen by index.
    macro_rules! fk {
        ($i:expr, $name:expr) => {
            Entry {
                key: $name,
                choices: Choices::Flag,
                effect: Effect::Network,
                in_use: always,
                list: false,
                read: |c, v, _| c.features[$i] = flag(v),
                write: |c| Some(c.features[$i].to_string()),
            }
        };
    }
    match f {
        Feature::X => fk!(0, "x"),
        Feature::Y => fk!(1, "y"),
        Feature::XSquared => fk!(2, "xSquared"),
        Feature::YSquared => fk!(3, "ySquared"),
        Feature::XTimesY => fk!(4, "xTimesY"),
        Feature::SinX => fk!(5, "sinX"),
        Feature::SinY => fk!(6, "sinY"),
    }
}

/// Every setting, in the original's serialisation order, then ours.
pub fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(build)
}

/// The entry of URL key `key`.
pub fn entry(key: &str) -> Option<&'static Entry> {
    entries().iter().find(|e| e.key == key)
}

fn build() -> Vec<Entry> {
    vec![
        Entry {
            key: "activation",
            choices: Choices::Named(|i| Activation::ALL.get(i).map(|a| a.key())),
            effect: Effect::Network,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(a) = enum_value(v, &Activation::ALL, Activation::key, w) {
                    c.activation = a;
                }
            },
            write: |c| Some(c.activation.key().into()),
        },
        Entry {
            key: "regularization",
            choices: Choices::Named(|i| Regularization::ALL.get(i).map(|r| r.key())),
            effect: Effect::Network,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(r) = enum_value(v, &Regularization::ALL, Regularization::key, w) {
                    c.regularization = r;
                }
            },
            // The original stores "none" as null and leaves it out.
            write: |c| match c.regularization {
                Regularization::None => None,
                r => Some(r.key().into()),
            },
        },
        Entry {
            key: "batchSize",
            choices: Choices::Slider(Range {
                min: 1.0,
                max: MAX_BATCH as f64,
                step: 1.0,
            }),
            effect: Effect::Live,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(n) = whole(v, 1.0, MAX_BATCH as f64, w) {
                    c.batch_size = n as usize;
                }
            },
            write: |c| Some(c.batch_size.to_string()),
        },
        Entry {
            key: "dataset",
            choices: Choices::Named(|i| Dataset::CLASSIFICATION.get(i).map(|d| d.key())),
            effect: Effect::Data,
            in_use: |c| c.problem == Problem::Classification,
            list: false,
            read: |c, v, w| {
                // A multi-class set named here (`blobs`) is taken as the multi-class choice;
                // `spiral` is the two-class one (see `hash::parse` for multi-class links).
                let binary = Dataset::CLASSIFICATION.into_iter().find(|d| d.key() == v);
                let multi = Dataset::MULTICLASS.into_iter().find(|d| d.key() == v);
                match (binary, multi) {
                    (Some(d), _) => c.dataset = d,
                    (None, Some(d)) => c.multi_dataset = d,
                    (None, None) => {
                        enum_value(v, &Dataset::CLASSIFICATION, Dataset::key, w);
                    }
                }
            },
            write: |c| Some(c.dataset.key().into()),
        },
        Entry {
            key: "regDataset",
            choices: Choices::Named(|i| Dataset::REGRESSION.get(i).map(|d| d.key())),
            effect: Effect::Data,
            in_use: |c| c.problem == Problem::Regression,
            list: false,
            read: |c, v, w| {
                if let Some(d) = enum_value(v, &Dataset::REGRESSION, Dataset::key, w) {
                    c.reg_dataset = d;
                }
            },
            write: |c| Some(c.reg_dataset.key().into()),
        },
        Entry {
            key: "learningRate",
            choices: Choices::Menu(&LEARNING_RATES),
            effect: Effect::Live,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(n) = number(v, 0.0, 1e6, w) {
                    c.learning_rate = n;
                }
            },
            write: |c| Some(fmt_num(c.learning_rate)),
        },
        Entry {
            key: "regularizationRate",
            choices: Choices::Menu(&REGULARIZATION_RATES),
            effect: Effect::Live,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(n) = number(v, 0.0, 1e6, w) {
                    c.regularization_rate = n;
                }
            },
            write: |c| Some(fmt_num(c.regularization_rate)),
        },
        Entry {
            key: "noise",
            choices: Choices::Slider(NOISE_RANGE),
            effect: Effect::Data,
            in_use: always,
            list: false,
            read: |c, v, w| {
                let n = js_number(v);
                if n.is_nan() {
                    w.push(Reason::NotANumber);
                } else if n > 80.0 {
                    // The original's rule: up to 80 is kept, above 80 becomes 50.
                    w.push(Reason::Adjusted { used: 50.0 });
                    c.noise = 50.0;
                } else if n < 0.0 {
                    w.push(Reason::Adjusted { used: 0.0 });
                    c.noise = 0.0;
                } else {
                    c.noise = n;
                }
            },
            write: |c| Some(fmt_num(c.noise)),
        },
        Entry {
            key: "networkShape",
            choices: Choices::Other,
            effect: Effect::Network,
            in_use: always,
            list: true,
            read: |c, v, w| {
                if v.trim().is_empty() {
                    c.network_shape = Vec::new();
                    return;
                }
                let mut shape = Vec::new();
                let mut cut = false;
                for item in v.split(',') {
                    let n = js_number(item);
                    if !(n >= 1.0 && n.fract() == 0.0) {
                        w.push(Reason::BadLayerSize { max: MAX_NEURONS });
                        return;
                    }
                    // Wider layers than the page can draw smoothly are cut to the widest.
                    cut |= n > MAX_NEURONS as f64;
                    shape.push(n.min(MAX_NEURONS as f64) as usize);
                }
                if cut {
                    w.push(Reason::TooManyNeurons { max: MAX_NEURONS });
                }
                if shape.len() > MAX_LAYERS {
                    w.push(Reason::TooManyLayers { max: MAX_LAYERS });
                    shape.truncate(MAX_LAYERS);
                }
                c.network_shape = shape;
            },
            write: |c| {
                let parts: Vec<String> = c.network_shape.iter().map(|n| n.to_string()).collect();
                Some(parts.join(","))
            },
        },
        Entry {
            key: "seed",
            choices: Choices::Other,
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, _| c.seed = Some(v.to_string()),
            write: |c| c.seed.clone(),
        },
        Entry {
            key: "showTestData",
            choices: Choices::Flag,
            effect: Effect::View,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.show_test_data = flag(v),
            write: |c| Some(c.page.show_test_data.to_string()),
        },
        Entry {
            key: "discretize",
            choices: Choices::Flag,
            effect: Effect::View,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.discretize = flag(v),
            write: |c| Some(c.page.discretize.to_string()),
        },
        Entry {
            key: "percTrainData",
            choices: Choices::Slider(PERC_TRAIN_RANGE),
            effect: Effect::Data,
            in_use: always,
            list: false,
            read: |c, v, w| {
                let n = js_number(v);
                if n.is_nan() {
                    w.push(Reason::NotANumber);
                } else if !(MIN_PERC_TRAIN..=MAX_PERC_TRAIN).contains(&n) {
                    // 1–99 % of 500 or 1,200 points leaves at least 5 in each set; the
                    // original accepts 0 or 100 and then shows a NaN loss.
                    let used = n.clamp(MIN_PERC_TRAIN, MAX_PERC_TRAIN);
                    w.push(Reason::EmptySplit { used });
                    c.perc_train_data = used;
                } else {
                    c.perc_train_data = n;
                }
            },
            write: |c| Some(fmt_num(c.perc_train_data)),
        },
        feature_key(Feature::X),
        feature_key(Feature::Y),
        feature_key(Feature::XTimesY),
        feature_key(Feature::XSquared),
        feature_key(Feature::YSquared),
        Entry {
            key: "cosX",
            choices: Choices::Flag,
            effect: Effect::View,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.cos_x = flag(v),
            write: |c| Some(c.page.cos_x.to_string()),
        },
        feature_key(Feature::SinX),
        Entry {
            key: "cosY",
            choices: Choices::Flag,
            effect: Effect::View,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.cos_y = flag(v),
            write: |c| Some(c.page.cos_y.to_string()),
        },
        feature_key(Feature::SinY),
        Entry {
            key: "collectStats",
            choices: Choices::Flag,
            effect: Effect::View,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.collect_stats = flag(v),
            write: |c| Some(c.page.collect_stats.to_string()),
        },
        Entry {
            key: "tutorial",
            choices: Choices::Other,
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.tutorial = Some(v.to_string()),
            write: |c| c.page.tutorial.clone(),
        },
        Entry {
            key: "problem",
            choices: Choices::Named(|i| Problem::ALL.get(i).map(|p| p.key())),
            effect: Effect::Data,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(p) = enum_value(v, &Problem::ALL, Problem::key, w) {
                    c.problem = p;
                }
            },
            write: |c| Some(c.problem.key().into()),
        },
        Entry {
            key: "initZero",
            choices: Choices::Flag,
            effect: Effect::Network,
            in_use: always,
            list: false,
            read: |c, v, _| c.init_zero = flag(v),
            write: |c| Some(c.init_zero.to_string()),
        },
        Entry {
            key: "hideText",
            choices: Choices::Flag,
            effect: Effect::View,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.hide_text = flag(v),
            write: |c| Some(c.page.hide_text.to_string()),
        },
        // Our own keys, after the original's; the original ignores them. Written only
        // when they differ from the default, so plain links stay as the original's.
        Entry {
            key: "classes",
            choices: Choices::Slider(CLASSES_RANGE),
            effect: Effect::Data,
            in_use: |c| c.problem == Problem::Multiclass,
            list: false,
            read: |c, v, w| {
                if let Some(n) = whole(v, 2.0, MAX_CLASSES as f64, w) {
                    c.classes = n as usize;
                }
            },
            write: |c| {
                (c.problem == Problem::Multiclass || c.classes != Config::default().classes)
                    .then(|| c.classes.to_string())
            },
        },
        Entry {
            key: "multiDataset",
            choices: Choices::Named(|i| Dataset::MULTICLASS.get(i).map(|d| d.key())),
            effect: Effect::Data,
            in_use: |c| c.problem == Problem::Multiclass,
            list: false,
            read: |c, v, w| {
                if let Some(d) = enum_value(v, &Dataset::MULTICLASS, Dataset::key, w) {
                    c.multi_dataset = d;
                }
            },
            write: |c| {
                (c.problem == Problem::Multiclass
                    || c.multi_dataset != Config::default().multi_dataset)
                    .then(|| c.multi_dataset.key().to_string())
            },
        },
        Entry {
            key: "loss",
            choices: Choices::Named(|i| Loss::ALL.get(i).map(|l| l.key())),
            effect: Effect::Network,
            in_use: |c| c.problem.is_classification(),
            list: false,
            read: |c, v, w| {
                if let Some(l) = enum_value(v, &Loss::ALL, Loss::key, w) {
                    c.loss = l;
                }
            },
            write: |c| (c.loss != Loss::SquaredError).then(|| c.loss.key().to_string()),
        },
        Entry {
            key: "optimizer",
            choices: Choices::Named(|i| OptimizerKind::ALL.get(i).map(|o| o.key())),
            effect: Effect::Network,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(o) = enum_value(v, &OptimizerKind::ALL, OptimizerKind::key, w) {
                    c.optimizer = o;
                }
            },
            write: |c| (c.optimizer != OptimizerKind::Sgd).then(|| c.optimizer.key().to_string()),
        },
        Entry {
            key: "momentum",
            choices: Choices::Menu(&MOMENTA),
            effect: Effect::Live,
            in_use: |c| c.optimizer == OptimizerKind::Momentum,
            list: false,
            read: |c, v, w| {
                if let Some(n) = number(v, 0.0, MAX_MOMENTUM, w) {
                    c.momentum = n;
                }
            },
            // Written while momentum is the optimizer (or when set away from its default).
            write: |c| {
                let used = c.optimizer == OptimizerKind::Momentum;
                (used || c.momentum != Config::default().momentum).then(|| fmt_num(c.momentum))
            },
        },
        Entry {
            key: "init",
            choices: Choices::Named(|i| Init::ALL.get(i).map(|i| i.key())),
            effect: Effect::Network,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(i) = enum_value(v, &Init::ALL, Init::key, w) {
                    c.init = i;
                }
            },
            write: |c| (c.init != Init::Original).then(|| c.init.key().to_string()),
        },
        Entry {
            key: "layerActivations",
            choices: Choices::Other,
            effect: Effect::Network,
            in_use: always,
            list: false,
            read: |c, v, w| {
                // `networkShape` comes first in the table, so its length is known here.
                c.layer_activations = v
                    .split(',')
                    .take(c.network_shape.len())
                    .map(|item| match item.trim() {
                        "" => None,
                        item => enum_value(item, &Activation::ALL, Activation::key, w),
                    })
                    .collect();
                c.fit_layer_activations();
            },
            write: |c| {
                let used = c.used_layer_activations();
                let parts: Vec<&str> = used.iter().map(|a| a.map_or("", Activation::key)).collect();
                (!used.is_empty()).then(|| parts.join(","))
            },
        },
        Entry {
            key: "draws",
            choices: Choices::Other,
            effect: Effect::Network,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(n) = whole(v, 0.0, f64::from(MAX_DRAWS), w) {
                    c.draws = n as u32;
                }
            },
            write: |c| (c.draws > 0).then(|| c.draws.to_string()),
        },
        Entry {
            key: "lang",
            choices: Choices::Named(|i| Language::ALL.get(i).map(|l| l.key())),
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(l) = enum_value(v, &Language::ALL, Language::key, w) {
                    c.page.lang = Some(l);
                }
            },
            write: |c| c.page.lang.map(|l| l.key().to_string()),
        },
        Entry {
            key: "embed",
            choices: Choices::Flag,
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, _| c.page.embed = flag(v),
            write: |c| c.page.embed.then(|| "true".to_string()),
        },
        Entry {
            key: "goal",
            choices: Choices::Other,
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, w| match crate::goal::parse(v) {
                Some(goal) => c.page.goal = Some(goal),
                None => w.push(Reason::UnknownValue {
                    allowed: vec!["testLoss_lt_0.1,neurons_le_6"],
                }),
            },
            write: |c| c.page.goal.as_ref().map(|g| crate::goal::write(g)),
        },
        Entry {
            key: "lesson",
            choices: Choices::Named(|i| LESSONS.get(i).copied()),
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if let Some(name) = enum_value(v, &LESSONS, |n| n, w) {
                    let step = c.page.lesson.map_or(1, |l| l.step);
                    c.page.lesson = Some(LessonStep { name, step });
                }
            },
            write: |c| c.page.lesson.map(|l| l.name.to_string()),
        },
        Entry {
            key: "step",
            choices: Choices::Other,
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, w| {
                // Read after `lesson`; without a lesson the step means nothing.
                if let Some(n) = whole(v, 1.0, f64::from(MAX_LESSON_STEPS), w) {
                    if let Some(l) = &mut c.page.lesson {
                        l.step = n as u32;
                    }
                }
            },
            write: |c| c.page.lesson.map(|l| l.step.to_string()),
        },
        Entry {
            key: "panels",
            choices: Choices::Other,
            effect: Effect::Page,
            in_use: always,
            list: true,
            read: |c, v, w| {
                let mut shown = Vec::new();
                for name in v.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    if let Some(&p) = enum_value(name, &PANELS, |p| p, w).as_ref() {
                        if !shown.contains(&p) {
                            shown.push(p);
                        }
                    }
                }
                c.page.panels = Some(shown);
            },
            write: |c| c.page.panels.as_ref().map(|p| p.join(",")),
        },
        Entry {
            key: "speed",
            choices: Choices::Other,
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, w| {
                if v == "max" {
                    c.page.speed = Speed::Max;
                } else if let Some(n) = whole(v, 1.0, f64::from(MAX_EPOCHS_PER_FRAME), w) {
                    c.page.speed = Speed::PerFrame(n as u32);
                }
            },
            write: |c| match c.page.speed {
                Speed::PerFrame(1) => None,
                Speed::PerFrame(n) => Some(n.to_string()),
                Speed::Max => Some("max".to_string()),
            },
        },
        Entry {
            key: "compare",
            choices: Choices::Other,
            effect: Effect::Page,
            in_use: always,
            list: false,
            read: |c, v, w| {
                let (compare, bad) = crate::compare::Compare::parse(v);
                c.page.compare = Some(compare);
                if !bad.is_empty() {
                    w.push(Reason::UnknownValue {
                        allowed: vec!["activation:relu;learningRate:0.3", "same"],
                    });
                }
            },
            write: |c| c.page.compare.as_ref().map(crate::compare::Compare::write),
        },
        Entry {
            key: "points",
            choices: Choices::Other,
            effect: Effect::Data,
            in_use: always,
            list: true,
            read: |c, v, w| {
                // Read last: the problem and the class count are known.
                match crate::given_link::read(v) {
                    Ok(data) if data.points.iter().all(|p| c.takes(p.target)) => {
                        c.given = Some(std::sync::Arc::new(data));
                    }
                    _ => w.push(Reason::BadPoints),
                }
            },
            write: |c| c.given.as_ref().and_then(|g| g.link().clone().ok()),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `value` for `entry` into a default config; the warnings it gave.
    fn read(entry: &Entry, value: &str) -> (Config, Vec<Reason>) {
        let mut c = Config::default();
        let mut w = Vec::new();
        (entry.read)(&mut c, value, &mut w);
        (c, w)
    }

    #[test]
    fn every_offered_choice_reads_back_as_itself_without_a_warning() {
        for e in entries() {
            let offered: Vec<String> = match e.choices {
                Choices::Named(_) => e.choices.names().into_iter().map(String::from).collect(),
                Choices::Menu(values) => values.iter().map(|v| fmt_num(*v)).collect(),
                Choices::Slider(r) => [r.min, r.max].iter().map(|v| fmt_num(*v)).collect(),
                Choices::Flag => vec!["true".into(), "false".into()],
                Choices::Other => continue,
            };
            assert!(!offered.is_empty(), "{}", e.key);
            for v in offered {
                let (c, w) = read(e, &v);
                assert!(w.is_empty(), "{}={v}: {w:?}", e.key);
                // Named values a link leaves out when they are the default (no
                // regularization) write as nothing.
                let back = (e.write)(&c).unwrap_or_else(|| v.clone());
                let expected = if let Choices::Slider(_) | Choices::Menu(_) = e.choices {
                    fmt_num(js_number(&v))
                } else {
                    v.clone()
                };
                assert_eq!(back, expected, "{}", e.key);
            }
        }
    }

    #[test]
    fn the_defaults_are_among_the_choices() {
        for e in entries() {
            let Some(d) = e.default_value() else { continue };
            match e.choices {
                Choices::Named(_) => assert!(e.choices.names().contains(&d.as_str()), "{}", e.key),
                Choices::Menu(values) => {
                    assert!(values.iter().any(|v| fmt_num(*v) == d), "{}", e.key)
                }
                Choices::Slider(r) => {
                    let n = js_number(&d);
                    assert!(n >= r.min && n <= r.max, "{}={d}", e.key)
                }
                Choices::Flag => assert!(d == "true" || d == "false", "{}", e.key),
                Choices::Other => {}
            }
        }
    }

    #[test]
    fn panels_keep_known_names_once_and_warn_of_others() {
        let parsed = crate::hash::parse("seed=a&panels=network,output,network,menu");
        assert_eq!(parsed.config.page.panels, Some(vec!["network", "output"]));
        assert_eq!(parsed.warnings.len(), 1);
        let link = crate::hash::write(&parsed.config);
        assert!(link.contains("panels=network,output"), "{link}");
        assert_eq!(crate::hash::parse("seed=a").config.page.panels, None);
        assert_eq!(
            crate::hash::parse("seed=a&panels=").config.page.panels,
            Some(vec![])
        );
    }
}
