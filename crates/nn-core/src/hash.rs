//! The URL-hash codec: reads every key of the original verbatim and writes a canonical
//! hash in the original's key order. It never panics; every value it cannot use is
//! reported as a [`Warning`] and the default is kept.

use std::collections::HashMap;
use std::fmt;

use crate::config::Config;
use crate::data::{Dataset, Problem};
use crate::registry::entries;

/// Suffix of the keys that hide a control.
pub const HIDE_SUFFIX: &str = "_hide";
/// Suffix of the keys that lock a control (ours).
pub const LOCK_SUFFIX: &str = "_lock";
/// At most this many warnings are listed; the rest are counted in one last warning.
const MAX_WARNINGS: usize = 50;
/// The smallest training share a link may ask for, in per cent.
pub const MIN_PERC_TRAIN: f64 = 1.0;
/// The largest training share a link may ask for, in per cent.
pub const MAX_PERC_TRAIN: f64 = 99.0;
/// The largest momentum μ a link may ask for.
pub const MAX_MOMENTUM: f64 = 0.999;

/// Why a value in a link was not used as given.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The key is not one the playground knows.
    UnknownKey,
    /// The value is not one of the allowed names.
    UnknownValue {
        /// The names that would have been accepted.
        allowed: Vec<&'static str>,
    },
    /// The value is not a number.
    NotANumber,
    /// The value must be a whole number.
    NotAnInteger,
    /// The number was outside the range and was replaced by `used`.
    OutOfRange {
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
        /// The value used instead.
        used: f64,
    },
    /// A hidden layer size is not a whole number from 1 to the maximum.
    BadLayerSize {
        /// The most neurons a layer may have.
        max: usize,
    },
    /// Wider layers than allowed; they were cut to `max` neurons.
    TooManyNeurons {
        /// The most neurons a layer may have.
        max: usize,
    },
    /// More hidden layers than allowed; the extra ones were dropped.
    TooManyLayers {
        /// The most layers a link may have.
        max: usize,
    },
    /// Replaced by `used`, exactly as the original page does with this value.
    Adjusted {
        /// The value used instead.
        used: f64,
    },
    /// A split that would leave the training or the test set without points.
    EmptySplit {
        /// The percentage used instead.
        used: f64,
    },
    /// The `points` value is not points this link's problem can train on.
    BadPoints,
    /// More problems than are listed.
    MoreWarnings {
        /// How many were not listed.
        count: usize,
    },
}

/// One ignored or adjusted value.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The URL key.
    pub key: String,
    /// The value as written in the link (shortened if very long).
    pub value: String,
    /// What was wrong.
    pub reason: Reason,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (k, v) = (&self.key, &self.value);
        match &self.reason {
            Reason::UnknownKey => write!(f, "unknown setting \"{k}\" was ignored"),
            Reason::UnknownValue { allowed } => write!(
                f,
                "{k}={v}: \"{v}\" is not one of {}; the default was kept",
                allowed.join(", ")
            ),
            Reason::NotANumber => write!(f, "{k}={v}: not a number; the default was kept"),
            Reason::NotAnInteger => {
                write!(f, "{k}={v}: must be a whole number; the default was kept")
            }
            Reason::OutOfRange { min, max, used } => write!(
                f,
                "{k}={v}: outside {min}–{max}; {used} was used instead"
            ),
            Reason::BadLayerSize { max } => write!(
                f,
                "{k}={v}: each layer needs a whole number of neurons from 1 to {max}; the default was kept"
            ),
            Reason::TooManyNeurons { max } => write!(
                f,
                "{k}={v}: at most {max} neurons per layer; wider layers were cut to {max}"
            ),
            Reason::TooManyLayers { max } => {
                write!(f, "{k}={v}: at most {max} hidden layers; the rest were dropped")
            }
            Reason::Adjusted { used } => write!(
                f,
                "{k}={v}: {used} was used instead, as the original playground does"
            ),
            Reason::EmptySplit { used } => write!(
                f,
                "{k}={v}: the training and the test set both need points; {used} was used instead"
            ),
            Reason::BadPoints => write!(
                f,
                "{k}: the points are damaged or do not fit the problem type; the data set was generated instead"
            ),
            Reason::MoreWarnings { count } => write!(f, "{count} more problems were not listed"),
        }
    }
}

impl Warning {
    /// Whether the value was handled just as the original handles it (so a link that
    /// carries it still reproduces the original's numbers).
    pub fn matches_original(&self) -> bool {
        matches!(self.reason, Reason::Adjusted { .. })
    }
}

/// The result of reading a hash.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// The configuration, with defaults wherever the link had nothing usable.
    pub config: Config,
    /// Everything that was ignored or adjusted, in the order found.
    pub warnings: Vec<Warning>,
}

/// Shortens a value for a message.
fn shown(v: &str) -> String {
    const MAX: usize = 40;
    if v.chars().count() <= MAX {
        v.to_string()
    } else {
        let mut s: String = v.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

/// Reads a hash (`#a=1&b=2`), a bare `a=1&b=2`, or a whole URL (the part after `#`).
pub fn parse(input: &str) -> Parsed {
    match input.find('#') {
        Some(i) => parse_fragment(&input[i + 1..]),
        None => parse_fragment(input),
    }
}

/// Reads a fragment exactly as given (`a=1&b=2`, no leading `#`): what [`write`] wrote
/// reads back through this unchanged, whatever its seed holds (`seed=a#b` too).
pub fn parse_fragment(hash: &str) -> Parsed {
    // The original's map: split on '&', then on '=', keeping the first two parts; a
    // later duplicate overwrites an earlier one. Names keep their first-seen order.
    let mut order: Vec<&str> = Vec::new();
    let mut map: HashMap<&str, Option<&str>> = HashMap::new();
    for pair in hash.split('&') {
        if pair.is_empty() {
            continue;
        }
        let mut parts = pair.split('=');
        let name = parts.next().unwrap_or("");
        let value = parts.next();
        if map.insert(name, value).is_none() {
            order.push(name);
        }
    }
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let table = entries();
    for key in table {
        let Some(&value) = map.get(key.key) else {
            continue;
        };
        let v = value.unwrap_or("");
        if !key.list && v.trim().is_empty() {
            continue;
        }
        let mut reasons = Vec::new();
        (key.read)(&mut config, v, &mut reasons);
        warnings.extend(reasons.into_iter().map(|reason| Warning {
            key: key.key.to_string(),
            value: shown(v),
            reason,
        }));
    }
    for name in order {
        if let Some(prop) = name.strip_suffix(HIDE_SUFFIX) {
            let on = map.get(name).copied().flatten() == Some("true");
            // Names in `order` are distinct, so a push keeps the list free of repeats
            // (a search per key would make 100,000 keys take seconds).
            config.page.hidden.push((prop.to_string(), on));
        } else if let Some(prop) = name.strip_suffix(LOCK_SUFFIX) {
            let on = map.get(name).copied().flatten() == Some("true");
            config.page.locked.push((prop.to_string(), on));
        } else if !table.iter().any(|k| k.key == name) {
            warnings.push(Warning {
                key: shown(name),
                value: shown(map.get(name).copied().flatten().unwrap_or("")),
                reason: Reason::UnknownKey,
            });
        }
    }
    // `problem=multiclass&dataset=spiral` names the K-arm spiral, unless the link says
    // otherwise with `multiDataset`.
    if config.problem == Problem::Multiclass
        && !map.contains_key("multiDataset")
        && map.get("dataset").copied().flatten() == Some(Dataset::Spiral.key())
    {
        config.multi_dataset = Dataset::Spirals;
    }
    if warnings.len() > MAX_WARNINGS {
        let count = warnings.len() - MAX_WARNINGS;
        warnings.truncate(MAX_WARNINGS);
        warnings.push(Warning {
            key: String::new(),
            value: String::new(),
            reason: Reason::MoreWarnings { count },
        });
    }
    Parsed { config, warnings }
}

/// Writes the canonical hash (without the leading `#`) in the original's key order,
/// then the `_hide` and the `_lock` keys in the order they were set.
pub fn write(config: &Config) -> String {
    let mut parts: Vec<String> = entries()
        .iter()
        .filter_map(|k| (k.write)(config).map(|v| format!("{}={v}", k.key)))
        .collect();
    parts.extend(
        config
            .page
            .hidden
            .iter()
            .map(|(name, on)| format!("{name}{HIDE_SUFFIX}={on}")),
    );
    parts.extend(
        config
            .page
            .locked
            .iter()
            .map(|(name, on)| format!("{name}{LOCK_SUFFIX}={on}")),
    );
    parts.join("&")
}

/// JavaScript's `Number(string)` (unary plus): NaN for anything it would reject.
pub fn js_number(s: &str) -> f64 {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return 0.0;
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(digits) = t.strip_prefix(prefix) {
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return f64::NAN;
            }
            // Exact for the values a link could sensibly hold; larger ones round.
            return digits.chars().fold(0.0, |acc, c| {
                acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
            });
        }
    }
    let (sign, body) = match t.as_bytes()[0] {
        b'+' => (1.0, &t[1..]),
        b'-' => (-1.0, &t[1..]),
        _ => (1.0, t),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    if !is_decimal_literal(body) {
        return f64::NAN;
    }
    body.parse::<f64>().map_or(f64::NAN, |v| sign * v)
}

/// `digits [. digits] [e [+-] digits]` with at least one digit in the mantissa.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activation::{Activation, Regularization};
    use crate::config::{Language, Speed, MAX_LAYERS, MAX_NEURONS};
    use crate::data::{Dataset, Problem};
    use crate::features::Feature;
    use crate::init::Init;
    use crate::loss::Loss;
    use crate::more_data::MAX_CLASSES;
    use crate::optimizer::OptimizerKind;

    const ORIGINAL_DEFAULT: &str = "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.59704&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false";

    #[test]
    fn the_originals_default_hash_round_trips_verbatim() {
        let p = parse(&format!("#{ORIGINAL_DEFAULT}"));
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        let want = Config {
            seed: Some("0.59704".into()),
            ..Config::default()
        };
        assert_eq!(p.config, want);
        assert_eq!(write(&p.config), ORIGINAL_DEFAULT);
    }

    #[test]
    fn reads_every_key() {
        let p = parse("https://x.org/p/?q=1#activation=relu&regularization=L1&batchSize=30&dataset=spiral&regDataset=reg-gauss&learningRate=0.3&regularizationRate=0.01&noise=35&networkShape=8,1,3&seed=abc&showTestData=true&discretize=true&percTrainData=70&x=false&y=false&xTimesY=true&xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true&collectStats=true&tutorial=t1&problem=regression&initZero=true&hideText=true&noise_hide=true&x_hide=false");
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        let c = &p.config;
        assert_eq!(c.activation, Activation::Relu);
        assert_eq!(c.regularization, Regularization::L1);
        assert_eq!(c.batch_size, 30);
        assert_eq!(c.dataset, Dataset::Spiral);
        assert_eq!(c.reg_dataset, Dataset::RegGauss);
        assert_eq!(
            (c.learning_rate, c.regularization_rate, c.noise),
            (0.3, 0.01, 35.0)
        );
        assert_eq!(c.network_shape, vec![8, 1, 3]);
        assert_eq!(c.seed.as_deref(), Some("abc"));
        assert!(
            c.page.show_test_data
                && c.page.discretize
                && c.page.cos_x
                && c.page.cos_y
                && c.page.collect_stats
        );
        assert_eq!(c.perc_train_data, 70.0);
        assert_eq!(c.features, [false, false, true, true, true, true, true]);
        assert_eq!(c.page.tutorial.as_deref(), Some("t1"));
        assert_eq!(c.problem, Problem::Regression);
        assert!(c.init_zero && c.page.hide_text);
        assert!(c.is_hidden("noise") && !c.is_hidden("x"));
        assert_eq!(parse(&write(c)).config, *c);
    }

    #[test]
    fn original_quirks() {
        // An empty networkShape means no hidden layers; a blank value elsewhere is ignored.
        let c = parse("networkShape=&batchSize=&seed=").config;
        assert!(c.network_shape.is_empty());
        assert_eq!(c.batch_size, 10);
        assert_eq!(c.seed, None);
        // Booleans: anything but "false" is true; _hide only for "true".
        let c = parse("showTestData=0&discretize=false&x_hide=yes&y_hide=true").config;
        assert!(c.page.show_test_data && !c.page.discretize);
        assert!(!c.is_hidden("x") && c.is_hidden("y"));
        assert_eq!(c.active_features(), vec![Feature::X]);
        // Noise: up to 80 is kept, above 80 becomes 50, below 0 becomes 0.
        assert_eq!(parse("noise=70").config.noise, 70.0);
        assert_eq!(parse("noise=90").config.noise, 50.0);
        assert_eq!(parse("noise=-5").config.noise, 0.0);
        // Later duplicates win; a value keeps only the part before a second '='.
        assert_eq!(parse("batchSize=3&batchSize=4").config.batch_size, 4);
        assert_eq!(parse("seed=a=b").config.seed.as_deref(), Some("a"));
        // Unary plus number syntax.
        assert_eq!(parse("learningRate=.5").config.learning_rate, 0.5);
        assert_eq!(parse("learningRate=1e-2").config.learning_rate, 0.01);
        assert_eq!(parse("batchSize=0x10").config.batch_size, 16);
    }

    #[test]
    fn bad_values_warn_and_keep_defaults() {
        let p = parse("activation=swoosh&learningRate=fast&batchSize=2.5&networkShape=4,0&problem=&bogus=1&percTrainData=150");
        let c = &p.config;
        assert_eq!(c.activation, Activation::Tanh);
        assert_eq!(c.learning_rate, 0.03);
        assert_eq!(c.batch_size, 10);
        assert_eq!(c.network_shape, vec![4, 2]);
        assert_eq!(c.perc_train_data, 99.0);
        let keys: Vec<&str> = p.warnings.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "activation",
                "batchSize",
                "learningRate",
                "networkShape",
                "percTrainData",
                "bogus"
            ]
        );
        let text = p.warnings[0].to_string();
        assert!(text.contains("swoosh") && text.contains("relu"), "{text}");
        let p = parse(&format!("networkShape={}", vec!["64"; 16].join(",")));
        assert_eq!(p.config.network_shape, vec![MAX_NEURONS; MAX_LAYERS]);
        assert_eq!(
            p.warnings.iter().map(|w| &w.reason).collect::<Vec<_>>(),
            [
                &Reason::TooManyNeurons { max: MAX_NEURONS },
                &Reason::TooManyLayers { max: MAX_LAYERS }
            ]
        );
        let p = parse(&format!("networkShape={}", vec!["2"; 40].join(",")));
        assert_eq!(p.config.network_shape.len(), MAX_LAYERS);
        assert!(matches!(p.warnings[0].reason, Reason::TooManyLayers { .. }));
    }

    #[test]
    fn our_own_keys() {
        let c = parse("#lang=zh&embed=true&speed=max").config;
        assert_eq!(c.page.lang, Some(Language::Zh));
        assert!(c.page.embed);
        assert_eq!(c.page.speed, Speed::Max);
        let text = write(&c);
        assert!(text.ends_with("&lang=zh&embed=true&speed=max"), "{text}");
        assert_eq!(parse("speed=50").config.page.speed, Speed::PerFrame(50));
        // Defaults stay out of the link.
        let plain = write(&Config::default());
        assert!(!plain.contains("lang=") && !plain.contains("embed=") && !plain.contains("speed="));
        let p = parse("lang=fr&speed=0");
        assert_eq!(p.config.page.lang, None);
        assert_eq!(p.config.page.speed, Speed::PerFrame(1));
        assert_eq!(p.warnings.len(), 2);
    }

    #[test]
    fn keys_of_the_general_engine_round_trip() {
        let link = "activation=gelu&dataset=moons&problem=multiclass&classes=5&multiDataset=spiral&loss=crossentropy&optimizer=momentum&momentum=0.5&init=he&layerActivations=relu,,elu&networkShape=3,3,3&seed=s";
        let p = parse(link);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        let c = &p.config;
        assert_eq!(c.activation, Activation::Gelu);
        assert_eq!(c.dataset, Dataset::Moons);
        assert_eq!(c.problem, Problem::Multiclass);
        assert_eq!(c.classes, 5);
        assert_eq!(c.multi_dataset, Dataset::Spirals);
        assert_eq!(c.loss, Loss::CrossEntropy);
        assert_eq!(c.optimizer, OptimizerKind::Momentum);
        assert_eq!(c.momentum, 0.5);
        assert_eq!(c.init, Init::He);
        assert_eq!(
            c.layer_activations,
            vec![Some(Activation::Relu), None, Some(Activation::Elu)]
        );
        assert_eq!(c.layer_activation(1), Activation::Gelu);
        let again = parse(&write(c));
        assert!(again.warnings.is_empty());
        assert_eq!(again.config, *c);
        // Every activation, optimiser, loss and scheme survives a round trip.
        for a in Activation::ALL {
            let c = Config {
                activation: a,
                ..Config::default()
            };
            assert_eq!(parse(&write(&c)).config, c);
        }
        for (o, (l, i)) in OptimizerKind::ALL
            .into_iter()
            .zip(Loss::ALL.into_iter().cycle().zip(Init::ALL))
        {
            let c = Config {
                optimizer: o,
                loss: l,
                init: i,
                ..Config::default()
            };
            assert_eq!(parse(&write(&c)).config, c);
        }
        // Bad values warn and keep the defaults.
        let p = parse("classes=9&loss=hinge&optimizer=rmsprop&momentum=2&init=lecun&layerActivations=relu,bogus");
        assert_eq!(p.config.classes, MAX_CLASSES);
        assert_eq!(p.config.loss, Loss::SquaredError);
        assert_eq!(p.config.optimizer, OptimizerKind::Sgd);
        assert_eq!(p.config.momentum, MAX_MOMENTUM);
        assert_eq!(p.config.init, Init::Original);
        assert_eq!(p.config.layer_activations, vec![Some(Activation::Relu)]);
        assert_eq!(p.warnings.len(), 6, "{:?}", p.warnings);
    }

    #[test]
    fn a_fragment_keeps_a_seed_with_a_hash_sign() {
        let c = parse("#seed=a#b&speed=max").config;
        assert_eq!(c.seed.as_deref(), Some("a#b"));
        assert_eq!(parse_fragment(&write(&c)).config, c);
        // Read as a whole URL instead, the part before the first '#' would be dropped.
        assert_ne!(parse(&write(&c)).config.seed.as_deref(), Some("a#b"));
    }

    #[test]
    fn multi_class_sets_may_be_named_by_dataset_too() {
        let c = parse("problem=multiclass&dataset=spiral&classes=4").config;
        assert_eq!(c.multi_dataset, Dataset::Spirals);
        assert_eq!(c.dataset, Dataset::Spiral);
        let c = parse("problem=multiclass&dataset=blobs").config;
        assert_eq!(c.multi_dataset, Dataset::Blobs);
        assert_eq!(c.dataset, Dataset::Circle);
        assert!(parse("problem=multiclass&dataset=blobs")
            .warnings
            .is_empty());
        // multiDataset wins, and a two-class link keeps its spiral.
        let c = parse("problem=multiclass&dataset=spiral&multiDataset=blobs").config;
        assert_eq!(c.multi_dataset, Dataset::Blobs);
        let c = parse("dataset=spiral").config;
        assert_eq!(
            (c.dataset, c.multi_dataset),
            (Dataset::Spiral, Dataset::Blobs)
        );
        // The canonical link names it under its own key.
        let c = parse("problem=multiclass&dataset=spiral").config;
        assert!(write(&c).contains("multiDataset=spiral"));
        assert_eq!(parse(&write(&c)).config, c);
    }

    #[test]
    fn the_split_keeps_both_sets() {
        for (v, used) in [
            ("100", 99.0),
            ("0", 1.0),
            ("1e308", 99.0),
            ("Infinity", 99.0),
            ("-5", 1.0),
        ] {
            let p = parse(&format!("percTrainData={v}"));
            assert_eq!(p.config.perc_train_data, used, "{v}");
            assert_eq!(p.warnings[0].reason, Reason::EmptySplit { used });
            assert!(p.warnings[0].to_string().contains("both need points"));
        }
        assert!(parse("percTrainData=95").warnings.is_empty());
    }

    #[test]
    fn lock_keys_round_trip_and_only_true_locks() {
        let c = parse("seed=a&learningRate_lock=true&noise_lock=yes&activation_hide=true").config;
        assert!(c.is_locked("learningRate"));
        assert!(!c.is_locked("noise"), "only the literal true locks");
        assert!(!c.is_locked("activation"));
        let link = write(&c);
        assert!(
            link.ends_with("activation_hide=true&learningRate_lock=true&noise_lock=false"),
            "{link}"
        );
        let mut again = parse(&link).config;
        assert_eq!(again, c);
        again.set_locked("learningRate", false);
        assert!(!write(&again).contains("learningRate_lock"));
    }

    #[test]
    fn a_hundred_thousand_hide_keys_are_each_kept_once() {
        // Each name is pushed once, without a search through the ones before it (that
        // search made 100,000 keys take 7 s in the page).
        let mut link: Vec<String> = (0..100_000).map(|i| format!("k{i}_hide=true")).collect();
        link.push("k5_hide=false".into());
        let p = parse(&link.join("&"));
        assert_eq!(p.config.page.hidden.len(), 100_000);
        assert!(p.config.is_hidden("k99999"));
        assert!(!p.config.is_hidden("k5"));
    }

    #[test]
    fn js_number_semantics() {
        for (s, v) in [
            ("3", 3.0),
            (" 4 ", 4.0),
            ("-2.5", -2.5),
            ("1e3", 1000.0),
            ("5.", 5.0),
            ("0b11", 3.0),
            ("", 0.0),
        ] {
            assert_eq!(js_number(s), v, "{s}");
        }
        assert_eq!(js_number("-Infinity"), f64::NEG_INFINITY);
        for s in [
            "abc", "1,5", "inf", "NaN", "1e", ".", "--1", "0x", "-0x5", "1_0",
        ] {
            assert!(js_number(s).is_nan(), "{s}");
        }
    }

    #[test]
    fn many_warnings_are_capped() {
        let junk: Vec<String> = (0..200).map(|i| format!("k{i}=1")).collect();
        let p = parse(&junk.join("&"));
        assert_eq!(p.warnings.len(), MAX_WARNINGS + 1);
        assert_eq!(
            p.warnings.last().unwrap().reason,
            Reason::MoreWarnings { count: 150 }
        );
    }
}
