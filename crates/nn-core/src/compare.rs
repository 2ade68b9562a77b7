//! Compare mode (`compare=`, ours): a second network, B, trained beside the page's own,
//! A, on the same data from the same seed, differing only in the settings listed here.
//!
//! B's configuration is always A's with B's overrides on top ([`Compare::config_b`]), so
//! a change to A that B does not override reaches B too; with the same seed, the same
//! data and, where the shapes allow, the same starting weights follow.
//!
//! In a link: `compare=activation:relu;learningRate:0.3` (keys and values as the link's
//! own keys spell them; a value cannot hold `=` or `&`), or `compare=same` for two equal
//! networks (two runs of the same setup).

use crate::config::Config;
use crate::registry::entry;

/// The settings B may differ in, in menu order: how the network learns, not what it
/// learns from (the data, its features and its shape stay A's).
pub const KEYS: [&str; 9] = [
    "activation",
    "learningRate",
    "regularization",
    "regularizationRate",
    "batchSize",
    "optimizer",
    "momentum",
    "loss",
    "init",
];

/// The test loss whose first epoch compare mode reports for each network.
pub const TARGET_LOSS: f64 = 0.1;

/// The link's value for two equal networks.
const SAME: &str = "same";

/// B's batch size that is every training point, however many there are (`batchSize:full`).
pub const FULL_BATCH: &str = "full";

/// Whether `key`'s `value` is [`FULL_BATCH`], the one value of B's that is not a link's.
pub fn full_batch(key: &str, value: &str) -> bool {
    key == "batchSize" && value == FULL_BATCH
}

/// B's overrides, one per key at most, in [`KEYS`] order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Compare {
    overrides: Vec<(&'static str, String)>,
}

/// Whether `key` is one B may differ in and `value` reads for it without a warning.
fn valid(key: &str, value: &str) -> bool {
    let Some(e) = entry(key).filter(|_| KEYS.contains(&key)) else {
        return false;
    };
    if full_batch(key, value) {
        return true;
    }
    let mut config = Config::default();
    let mut reasons = Vec::new();
    (e.read)(&mut config, value, &mut reasons);
    !value.is_empty() && reasons.is_empty() && !value.contains([';', ':', '&', '='])
}

impl Compare {
    /// Reads a link's value: the overrides it could use, and the items it could not
    /// (unknown keys, values that do not read).
    pub fn parse(value: &str) -> (Compare, Vec<String>) {
        let mut compare = Compare::default();
        let mut bad = Vec::new();
        if value == SAME {
            return (compare, bad);
        }
        for item in value.split(';').filter(|s| !s.is_empty()) {
            match item.split_once(':') {
                Some((key, v)) if valid(key, v) => {
                    compare = compare.with(key, Some(v.to_string()));
                }
                _ => bad.push(item.to_string()),
            }
        }
        (compare, bad)
    }

    /// The link's value.
    pub fn write(&self) -> String {
        if self.overrides.is_empty() {
            return SAME.to_string();
        }
        let items: Vec<String> = self
            .overrides
            .iter()
            .map(|(k, v)| format!("{k}:{v}"))
            .collect();
        items.join(";")
    }

    /// B's value for `key`, if B overrides it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.overrides
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The overrides, in [`KEYS`] order.
    pub fn overrides(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.overrides.iter().map(|(k, v)| (*k, v.as_str()))
    }

    /// These overrides with `key` set to `value` (`None`: B follows A again). A key not
    /// in [`KEYS`] or a value that does not read changes nothing.
    pub fn with(&self, key: &str, value: Option<String>) -> Compare {
        let Some(&key) = KEYS.iter().find(|k| **k == key) else {
            return self.clone();
        };
        if value.as_deref().is_some_and(|v| !valid(key, v)) {
            return self.clone();
        }
        let mut overrides: Vec<(&'static str, String)> = self
            .overrides
            .iter()
            .filter(|(k, _)| *k != key)
            .cloned()
            .collect();
        if let Some(v) = value {
            overrides.push((key, v));
        }
        overrides.sort_by_key(|(k, _)| KEYS.iter().position(|x| x == k));
        Compare { overrides }
    }

    /// B's configuration: A's with the overrides read on top. An overridden activation
    /// applies to every hidden layer (A's per-layer choices are dropped); the full batch
    /// is `train` points (A's training set). B's page carries no lesson, goal or compare
    /// of its own.
    pub fn config_b(&self, a: &Config, train: usize) -> Config {
        let mut b = a.clone();
        for (key, value) in &self.overrides {
            if full_batch(key, value) {
                b.batch_size = train.clamp(1, crate::config::MAX_BATCH);
            } else if let Some(e) = entry(key) {
                (e.read)(&mut b, value, &mut Vec::new());
            }
            if *key == "activation" {
                b.layer_activations.iter_mut().for_each(|a| *a = None);
            }
        }
        b.page.compare = None;
        b.page.goal = None;
        b.page.lesson = None;
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;
    use crate::{Activation, OptimizerKind, Session};

    #[test]
    fn a_link_value_reads_back_as_written_in_key_order() {
        let (c, bad) = Compare::parse("optimizer:adam;activation:relu;learningRate:0.3");
        assert!(bad.is_empty());
        assert_eq!(c.write(), "activation:relu;learningRate:0.3;optimizer:adam");
        assert_eq!(Compare::parse(&c.write()).0, c);
        assert_eq!(c.get("optimizer"), Some("adam"));
        assert_eq!(c.get("loss"), None);
        let (same, bad) = Compare::parse("same");
        assert!(bad.is_empty() && same.write() == "same");
    }

    #[test]
    fn unknown_keys_and_bad_values_are_reported_and_left_out() {
        let (c, bad) = Compare::parse("activation:nope;dataset:xor;learningRate:0.1;x");
        assert_eq!(c.write(), "learningRate:0.1");
        assert_eq!(bad, ["activation:nope", "dataset:xor", "x"]);
        assert_eq!(c.with("seed", Some("1".into())), c);
        assert_eq!(c.with("batchSize", Some("0.5".into())), c);
        assert_eq!(c.with("learningRate", None), Compare::default());
    }

    #[test]
    fn b_is_a_with_the_overrides_and_starts_from_the_same_weights() {
        let a = hash::parse(
            "seed=cmp&activation=tanh&layerActivations=sigmoid,&networkShape=3,2&goal=epochs_gt_5",
        )
        .config;
        let (c, _) = Compare::parse("activation:relu;optimizer:adam;batchSize:full");
        let b = c.config_b(&a, 250);
        assert_eq!(b.activation, Activation::Relu);
        assert_eq!(
            b.layer_activation(0),
            Activation::Relu,
            "A's per-layer choice is dropped"
        );
        assert_eq!(b.optimizer, OptimizerKind::Adam);
        assert_eq!(b.batch_size, 250, "the full batch is the training set");
        assert_eq!(
            (b.seed.as_deref(), b.page.goal.is_none()),
            (Some("cmp"), true)
        );
        assert_eq!(b.network_shape, a.network_shape);
        let (sa, sb) = (Session::new(a, String::new), Session::new(b, String::new));
        assert_eq!(sa.train_points(), sb.train_points());
        assert_eq!(sa.test_points(), sb.test_points());
        assert_eq!(
            sa.network().layers()[0].weights,
            sb.network().layers()[0].weights
        );
    }

    #[test]
    fn the_link_carries_compare_mode() {
        let parsed = hash::parse("seed=s&compare=regularization:L2;regularizationRate:0.01");
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        let c = parsed.config.page.compare.clone().unwrap();
        assert_eq!(c.get("regularization"), Some("L2"));
        let link = hash::write(&parsed.config);
        assert!(
            link.contains("compare=regularization:L2;regularizationRate:0.01"),
            "{link}"
        );
        assert_eq!(hash::parse(&link).config, parsed.config);
        let bad = hash::parse("seed=s&compare=dataset:xor");
        assert_eq!(bad.warnings.len(), 1);
        assert_eq!(bad.config.page.compare, Some(Compare::default()));
    }
}
