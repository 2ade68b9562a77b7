//! The settings a person changes with the page's menus, sliders, thumbnails and
//! checkboxes: their choices and ranges, and how each one writes the [`Config`].
//!
//! Pure: the reducer applies a [`Setting`] to the session, the views list the choices.

use nn_core::registry::{self, Effect};
use nn_core::{Activation, Config, Dataset, Language, Problem, Speed};

pub use nn_core::registry::{
    Range, CLASSES_RANGE, LEARNING_RATES, MOMENTA, NOISE_RANGE, PERC_TRAIN_RANGE,
    REGULARIZATION_RATES,
};

/// The speed menu: epochs per animation frame, from the original's pace to "as fast as
/// the frame allows".
pub const SPEEDS: [Speed; 9] = [
    Speed::PerFrame(1),
    Speed::PerFrame(2),
    Speed::PerFrame(5),
    Speed::PerFrame(10),
    Speed::PerFrame(20),
    Speed::PerFrame(50),
    Speed::PerFrame(100),
    Speed::PerFrame(500),
    Speed::Max,
];

/// `SPEEDS` with a linked value added in order when the menu lacks it.
pub fn speeds_with(current: Speed) -> Vec<Speed> {
    let mut v = SPEEDS.to_vec();
    if let Speed::PerFrame(n) = current {
        if !v.contains(&current) {
            let at = v.partition_point(|s| matches!(s, Speed::PerFrame(k) if *k < n));
            v.insert(at, current);
        }
    }
    v
}

/// Samples per weight update: 1 to the whole training set (full batch), or to a larger
/// value a link gave.
pub fn batch_range(train_points: usize, current: usize) -> Range {
    Range {
        min: 1.0,
        max: train_points.max(current).max(1) as f64,
        step: 1.0,
    }
}

/// Noise a link may ask for: as in the original, a value between 50 and 80 stretches
/// the slider to reach it.
pub fn noise_range(noise: f64) -> Range {
    Range {
        max: NOISE_RANGE.max.max(noise.min(80.0)),
        ..NOISE_RANGE
    }
}

/// `menu` with `current` added in order when a link gave a value the menu lacks, so the
/// menu never shows a blank (the original's does).
pub fn menu_with(menu: &[f64], current: f64) -> Vec<f64> {
    let mut values = menu.to_vec();
    if current.is_finite() && !values.contains(&current) {
        let at = values.partition_point(|&v| v < current);
        values.insert(at, current);
    }
    values
}

/// How a number appears in a menu: as short as it can be said exactly (`0.00001`, `10`).
pub fn number_label(v: f64) -> String {
    crate::format::compact(v)
}

/// One change a person makes to a setting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Setting {
    /// A named choice of a menu the registry describes (activation, loss, …), by its key
    /// and the choice's URL spelling; what it does is the registry entry's effect.
    Named {
        /// The registry key.
        key: &'static str,
        /// The choice, as a link spells it.
        value: &'static str,
    },
    /// A number chosen in a menu the registry describes (learning rate, μ, …).
    Number {
        /// The registry key.
        key: &'static str,
        /// The number.
        value: f64,
    },
    /// A data set; picks its problem type too (new data, resets).
    Dataset(Dataset),
    /// Percentage of training points (new data, resets).
    PercTrainData(f64),
    /// Noise in percent (new data, resets).
    Noise(f64),
    /// Batch size (live).
    BatchSize(usize),
    /// Draw the test points (display only).
    ShowTestData(bool),
    /// Show the sign of the output (display only).
    Discretize(bool),
    /// Training pace while playing (live).
    Speed(Speed),
    /// Interface language, written into the link as `lang=` (display only).
    Language(Language),
    /// Classes of a multi-class problem (new data, resets).
    Classes(usize),
    /// Hidden layer `.0`'s own activation; `None` follows the global one (resets).
    LayerActivation(usize, Option<Activation>),
}

/// Reads `value` into `config` by the registry entry of `key`, unless the entry warns.
fn read(config: &mut Config, key: &str, value: &str) {
    let Some(entry) = registry::entry(key) else {
        return;
    };
    let mut tried = config.clone();
    let mut warnings = Vec::new();
    (entry.read)(&mut tried, value, &mut warnings);
    if warnings.is_empty() {
        *config = tried;
    }
}

impl Setting {
    /// A named choice of the menu of `key` (see [`Setting::Named`]).
    pub fn named(key: &'static str, value: &'static str) -> Setting {
        Setting::Named { key, value }
    }

    /// A number of the menu of `key` (see [`Setting::Number`]).
    pub fn number(key: &'static str, value: f64) -> Setting {
        Setting::Number { key, value }
    }

    /// Writes this setting into `config`.
    pub fn write(self, config: &mut Config) {
        match self {
            // Read as a link's value is: a value the entry refuses changes nothing.
            Setting::Named { key, value } => read(config, key, value),
            Setting::Number { key, value } => read(config, key, &value.to_string()),
            Setting::Dataset(d) => {
                config.problem = d.problem();
                match d.problem() {
                    Problem::Classification => config.dataset = d,
                    Problem::Regression => config.reg_dataset = d,
                    Problem::Multiclass => config.multi_dataset = d,
                }
            }
            Setting::PercTrainData(v) => config.perc_train_data = v,
            Setting::Noise(v) => config.noise = v,
            Setting::BatchSize(n) => config.batch_size = n,
            Setting::Speed(v) => config.page.speed = v,
            Setting::ShowTestData(on) => config.page.show_test_data = on,
            Setting::Discretize(on) => config.page.discretize = on,
            Setting::Language(l) => config.page.lang = Some(l),
            Setting::Classes(k) => config.classes = k,
            Setting::LayerActivation(layer, own) => config.set_layer_activation(layer, own),
        }
    }

    /// The number of classes a slider position stands for.
    pub fn classes(v: f64) -> Setting {
        Setting::Classes(v.round().clamp(CLASSES_RANGE.min, CLASSES_RANGE.max) as usize)
    }

    /// The batch size a slider position stands for (a whole number, at least 1).
    pub fn batch_size(v: f64) -> Setting {
        Setting::BatchSize(v.round().max(1.0) as usize)
    }

    /// The URL key of what it sets (its entry in [`nn_core::registry`]).
    pub fn key(self) -> &'static str {
        match self {
            Setting::Named { key, .. } | Setting::Number { key, .. } => key,
            Setting::Dataset(_) => "dataset",
            Setting::PercTrainData(_) => "percTrainData",
            Setting::Noise(_) => "noise",
            Setting::BatchSize(_) => "batchSize",
            Setting::ShowTestData(_) => "showTestData",
            Setting::Discretize(_) => "discretize",
            Setting::Speed(_) => "speed",
            Setting::Language(_) => "lang",
            Setting::Classes(_) => "classes",
            Setting::LayerActivation(..) => "layerActivations",
        }
    }

    /// Whether the change starts training over (and so pauses, as a Reset does): what
    /// the registry says a change of its setting does.
    pub fn resets(self) -> bool {
        registry::entry(self.key())
            .is_some_and(|e| matches!(e.effect, Effect::Data | Effect::Network))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::{hash, Init, Loss, OptimizerKind, Regularization, Session};

    #[test]
    fn every_setting_has_a_registry_entry_with_the_expected_effect() {
        let resets = [
            Setting::named("activation", Activation::Relu.key()),
            Setting::named("regularization", Regularization::L1.key()),
            Setting::named("problem", Problem::Regression.key()),
            Setting::Dataset(Dataset::Xor),
            Setting::PercTrainData(30.0),
            Setting::Noise(10.0),
            Setting::Classes(4),
            Setting::named("loss", Loss::CrossEntropy.key()),
            Setting::named("optimizer", OptimizerKind::Adam.key()),
            Setting::named("init", Init::He.key()),
            Setting::LayerActivation(0, Some(Activation::Elu)),
        ];
        let keeps = [
            Setting::number("learningRate", 0.1),
            Setting::number("regularizationRate", 0.1),
            Setting::BatchSize(3),
            Setting::ShowTestData(true),
            Setting::Discretize(true),
            Setting::Speed(Speed::Max),
            Setting::Language(Language::Zh),
            Setting::number("momentum", 0.5),
        ];
        for s in resets {
            assert!(registry::entry(s.key()).is_some(), "{s:?}");
            assert!(s.resets(), "{s:?}");
        }
        for s in keeps {
            assert!(registry::entry(s.key()).is_some(), "{s:?}");
            assert!(!s.resets(), "{s:?}");
        }
    }

    #[test]
    fn speed_menu_gains_a_linked_value_in_order() {
        assert_eq!(speeds_with(Speed::Max), SPEEDS.to_vec());
        let v = speeds_with(Speed::PerFrame(3));
        assert_eq!(
            &v[1..4],
            &[Speed::PerFrame(2), Speed::PerFrame(3), Speed::PerFrame(5)]
        );
    }

    #[test]
    fn menus_gain_a_linked_value_in_order() {
        assert_eq!(menu_with(&LEARNING_RATES, 0.03), LEARNING_RATES.to_vec());
        let m = menu_with(&LEARNING_RATES, 0.05);
        assert_eq!(m.len(), 12);
        assert_eq!(&m[5..8], &[0.03, 0.05, 0.1]);
        assert_eq!(menu_with(&LEARNING_RATES, 100.0).last(), Some(&100.0));
        assert_eq!(menu_with(&LEARNING_RATES, f64::NAN).len(), 11);
    }

    #[test]
    fn numbers_read_as_typed() {
        let labels: Vec<String> = LEARNING_RATES.iter().map(|&v| number_label(v)).collect();
        assert_eq!(labels[0], "0.00001");
        assert_eq!(labels[5], "0.03");
        assert_eq!(labels[10], "10");
        assert_eq!(number_label(0.0), "0");
    }

    #[test]
    fn noise_slider_stretches_like_the_original() {
        assert_eq!(noise_range(20.0).max, 50.0);
        assert_eq!(noise_range(70.0).max, 70.0);
        assert_eq!(noise_range(500.0).max, 80.0);
    }

    #[test]
    fn a_dataset_brings_its_problem_type() {
        let mut c = Config::default();
        Setting::Dataset(Dataset::RegGauss).write(&mut c);
        assert_eq!(c.problem, Problem::Regression);
        assert_eq!(c.reg_dataset, Dataset::RegGauss);
        assert_eq!(c.dataset, Dataset::Circle);
    }

    #[test]
    fn resets_agrees_with_the_engine() {
        let settings = [
            Setting::number("learningRate", 0.1),
            Setting::named("activation", Activation::Relu.key()),
            Setting::named("regularization", Regularization::L2.key()),
            Setting::number("regularizationRate", 0.01),
            Setting::named("problem", Problem::Regression.key()),
            Setting::Dataset(Dataset::Spiral),
            Setting::PercTrainData(70.0),
            Setting::Noise(25.0),
            Setting::BatchSize(3),
            Setting::ShowTestData(true),
            Setting::Discretize(true),
            Setting::Language(Language::Zh),
        ];
        for s in settings {
            let mut session = Session::new(hash::parse("seed=r").config, String::new);
            session.step();
            let mut c = session.config().clone();
            s.write(&mut c);
            assert_ne!(&c, session.config(), "{s:?} changes something");
            session.apply(c);
            assert_eq!(session.epoch() == 0, s.resets(), "{s:?}");
        }
    }

    mod through_the_reducer {
        use std::rc::Rc;

        use super::*;
        use crate::state::{Action, AppState};
        use yew::Reducible;

        fn state(hash: &str) -> Rc<AppState> {
            Rc::new(AppState::from_hash(hash, || "0.5".into()))
        }

        fn run(mut s: Rc<AppState>, actions: impl IntoIterator<Item = Action>) -> Rc<AppState> {
            for a in actions {
                s = s.reduce(a);
            }
            s
        }

        #[test]
        fn live_settings_keep_playing_and_the_epoch() {
            let s = run(state("seed=l"), [Action::Play, Action::Tick, Action::Tick]);
            let s = run(
                s,
                [
                    Action::Set(Setting::number("learningRate", 0.1)),
                    Action::Set(Setting::BatchSize(4)),
                    Action::Set(Setting::Discretize(true)),
                ],
            );
            assert!(s.playing);
            assert_eq!(s.session.epoch(), 2);
            assert_eq!(s.config().learning_rate, 0.1);
            assert_eq!(s.config().batch_size, 4);
            assert!(s.config().page.discretize);
            assert!(s.hash().contains("learningRate=0.1&"));
        }

        #[test]
        fn resetting_settings_pause_and_clear_the_chart() {
            let s = run(state("seed=r"), [Action::Play, Action::Tick, Action::Tick]);
            assert_eq!(s.session.history().len(), 3);
            let s = s.reduce(Action::Set(Setting::named(
                "activation",
                Activation::Relu.key(),
            )));
            assert!(!s.playing);
            assert_eq!(s.session.epoch(), 0);
            assert_eq!(s.session.history().len(), 1);
        }

        #[test]
        fn new_data_bumps_the_data_version_and_the_seed() {
            let s = state("seed=d");
            let (d, seed) = (s.data_version, s.config().seed.clone());
            let s = s.reduce(Action::Set(Setting::Noise(25.0)));
            assert!(s.data_version > d);
            assert_ne!(s.config().seed, seed);
            let d = s.data_version;
            let s = s.reduce(Action::Set(Setting::number("learningRate", 1.0)));
            assert_eq!(s.data_version, d);
        }

        #[test]
        fn picking_the_current_dataset_changes_nothing() {
            let s = run(state("seed=c"), [Action::Step]);
            let v = s.network_version;
            let s = s.reduce(Action::Set(Setting::Dataset(Dataset::Circle)));
            assert_eq!(s.network_version, v);
            assert_eq!(s.session.epoch(), 1);
            let s = s.reduce(Action::Set(Setting::Dataset(Dataset::Spiral)));
            assert_eq!(s.session.epoch(), 0);
            assert_eq!(s.config().dataset, Dataset::Spiral);
        }

        #[test]
        fn regenerate_keeps_training() {
            let s = run(state("seed=g"), [Action::Play, Action::Tick]);
            let (d, pts) = (s.data_version, s.session.train_points().to_vec());
            let s = run(s, [Action::Regenerate, Action::Tick]);
            assert!(s.playing);
            assert_eq!(s.session.epoch(), 2);
            assert!(s.data_version > d);
            assert_ne!(s.session.train_points(), &pts[..]);
        }

        #[test]
        fn divergence_pauses_until_a_reset() {
            let link = "seed=boom&learningRate=10&networkShape=8,8,8&batchSize=1\
                        &problem=regression&activation=relu";
            let mut s = run(state(link), [Action::Play]);
            for _ in 0..20 {
                s = s.reduce(Action::Tick);
            }
            assert!(s.diverged());
            assert!(!s.playing);
            let epoch = s.session.epoch();
            let s = run(s, [Action::Step, Action::Play, Action::Tick]);
            assert_eq!(s.session.epoch(), epoch, "no training on NaN");
            assert!(!s.playing);
            let s = s.reduce(Action::Reset);
            assert!(!s.diverged());
            assert_eq!(s.session.history().len(), 1);
        }

        #[test]
        fn switching_the_language_keeps_the_training() {
            let s = run(state("seed=z"), [Action::Play, Action::Tick, Action::Tick]);
            let loss = s.session.train_loss();
            let s = s.reduce(Action::Set(Setting::Language(Language::Zh)));
            assert!(s.playing);
            assert_eq!(s.session.epoch(), 2);
            assert_eq!(s.session.train_loss().to_bits(), loss.to_bits());
            assert_eq!(s.session.history().len(), 3);
            assert!(s.hash().contains("lang=zh"), "{}", s.hash());
            let s = s.reduce(Action::Set(Setting::Language(Language::En)));
            assert!(s.hash().contains("lang=en"), "{}", s.hash());
            assert_eq!(s.session.epoch(), 2);
        }

        #[test]
        fn the_chart_history_is_bounded() {
            let mut s = run(state("seed=h"), [Action::Play]);
            for _ in 0..2_000 {
                s = s.reduce(Action::Tick);
            }
            assert!(s.session.history().len() <= nn_core::history::HISTORY_POINTS + 1);
            assert_eq!(
                s.session.history().points().last().map(|p| p.epoch),
                Some(2_000)
            );
        }
    }
}
