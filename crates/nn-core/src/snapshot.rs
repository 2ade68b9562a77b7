//! The whole playground as a file: its link (every setting and the seed), the user's
//! points if it trains on them, and the training state (weights, optimiser state,
//! counters, histories and statistics). Opening the file gives the same session, so the
//! same further epochs give the same losses, bit for bit.
//!
//! The file is JSON:
//!
//! ```json
//! {"format": "nn-playground", "version": 1, "link": "activation=tanh&…&seed=…",
//!  "points": null, "state": [5, 120, 0.0123, …]}
//! ```
//!
//! `points` is `null` for a generated data set, or five numbers per point (see
//! [`GivenData::to_words`]); `state` is [`TrainingState::to_words`], with non-finite
//! numbers (a diverged run) written as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.

use std::fmt;
use std::sync::Arc;

use serde_json::{json, Value};

use crate::config::Config;
use crate::given::GivenData;
use crate::hash;
use crate::session::Session;
use crate::state::{StateError, TrainingState};

/// The `format` field.
pub const FORMAT: &str = "nn-playground";

/// The `version` field this build writes and reads.
pub const VERSION: u64 = 1;

/// Why a file could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum SnapshotError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a playground file.
    NotAPlayground,
    /// A playground file of a later version.
    NewerVersion(u64),
    /// Its link does not read (the reason).
    BadLink(String),
    /// Its points are not points.
    BadPoints,
    /// Its training state does not fit (the reason).
    BadState(StateError),
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnapshotError::NotJson => write!(f, "the file is not JSON"),
            SnapshotError::NotAPlayground => write!(f, "the file is not a saved playground"),
            SnapshotError::NewerVersion(v) => write!(
                f,
                "the file was saved by a newer playground (version {v}; this one reads {VERSION})"
            ),
            SnapshotError::BadLink(why) => write!(f, "its settings do not read: {why}"),
            SnapshotError::BadPoints => write!(f, "its points are damaged"),
            SnapshotError::BadState(why) => write!(f, "its training does not fit: {why}"),
        }
    }
}

impl std::error::Error for SnapshotError {}

fn number(v: f64) -> Value {
    if v.is_finite() {
        json!(v)
    } else if v.is_nan() {
        json!("NaN")
    } else if v > 0.0 {
        json!("Infinity")
    } else {
        json!("-Infinity")
    }
}

fn numbers(v: &Value) -> Option<Vec<f64>> {
    v.as_array()?
        .iter()
        .map(|x| match x {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => match s.as_str() {
                "NaN" => Some(f64::NAN),
                "Infinity" => Some(f64::INFINITY),
                "-Infinity" => Some(f64::NEG_INFINITY),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The file of `session`.
pub fn write(session: &Session) -> String {
    let config = session.config();
    let points = config.given.as_ref().map_or(Value::Null, |g| {
        Value::Array(g.to_words().into_iter().map(number).collect())
    });
    let state: Vec<Value> = session
        .training_state()
        .to_words()
        .into_iter()
        .map(number)
        .collect();
    json!({
        "format": FORMAT,
        "version": VERSION,
        "link": hash::write(config),
        "points": points,
        "state": state,
    })
    .to_string()
}

/// Reads a file: the configuration (with its points) and the training state, checked to
/// fit each other.
pub fn read(text: &str) -> Result<(Config, TrainingState), SnapshotError> {
    let v: Value = serde_json::from_str(text).map_err(|_| SnapshotError::NotJson)?;
    if v.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(SnapshotError::NotAPlayground);
    }
    match v.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(later) if later > VERSION => return Err(SnapshotError::NewerVersion(later)),
        _ => return Err(SnapshotError::NotAPlayground),
    }
    let link = v
        .get("link")
        .and_then(Value::as_str)
        .ok_or(SnapshotError::NotAPlayground)?;
    let parsed = hash::parse_fragment(link);
    if let Some(w) = parsed.warnings.first() {
        return Err(SnapshotError::BadLink(w.to_string()));
    }
    let mut config = parsed.config;
    if config.seed.is_none() {
        return Err(SnapshotError::BadLink("no seed".into()));
    }
    config.given = match v.get("points") {
        None | Some(Value::Null) => None,
        Some(p) => {
            let words = numbers(p).ok_or(SnapshotError::BadPoints)?;
            let given = GivenData::from_words(&words).ok_or(SnapshotError::BadPoints)?;
            if given.points.is_empty() {
                return Err(SnapshotError::BadPoints);
            }
            Some(Arc::new(given))
        }
    };
    let words = v
        .get("state")
        .and_then(numbers)
        .ok_or(SnapshotError::BadState(StateError::Malformed))?;
    let state = TrainingState::from_words(&words).map_err(SnapshotError::BadState)?;
    // It must fit the network the settings build.
    Session::new(config.clone(), String::new)
        .load_training_state(&state)
        .map_err(SnapshotError::BadState)?;
    Ok((config, state))
}

/// Reads a file into the session it saved.
pub fn open(text: &str) -> Result<Session, SnapshotError> {
    let (config, state) = read(text)?;
    let mut s = Session::new(config, String::new);
    s.load_training_state(&state)
        .map_err(SnapshotError::BadState)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv;

    fn trained(link: &str, epochs: u64) -> Session {
        let mut s = Session::new(hash::parse(link).config, || unreachable!());
        s.step_many(epochs);
        s
    }

    #[test]
    fn a_saved_playground_trains_on_exactly_as_the_original() {
        for link in [
            "seed=snap&networkShape=5,3&activation=relu&batchSize=7",
            "seed=snap2&optimizer=adam&learningRate=0.01&problem=multiclass&classes=4&loss=crossentropy",
            "seed=snap3&problem=regression&regularization=L1&regularizationRate=0.001",
        ] {
            let mut a = trained(link, 37);
            a.step_batch();
            let mut b = open(&write(&a)).unwrap();
            assert_eq!(b.training_state(), a.training_state(), "{link}");
            a.step_many(100);
            b.step_many(100);
            assert_eq!(a.train_loss().to_bits(), b.train_loss().to_bits(), "{link}");
            assert_eq!(a.test_loss().to_bits(), b.test_loss().to_bits(), "{link}");
            assert_eq!(a.network().weights(), b.network().weights());
        }
    }

    #[test]
    fn the_users_points_and_a_diverged_run_are_kept() {
        let table = csv::read("1,1,0.5,train\n-1,2,-0.25,test\n2,-1,0.125,train\n").unwrap();
        let mut config = hash::parse("seed=pts&problem=regression&learningRate=10&activation=linear&networkShape=8,8&batchSize=1").config;
        config.given = Some(Arc::new(table.into()));
        let mut a = Session::new(config, String::new);
        a.step_many(200);
        assert!(
            a.diverged(),
            "a learning rate of 10 blows a linear network up"
        );
        let b = open(&write(&a)).unwrap();
        assert_eq!(b.config().given, a.config().given);
        assert_eq!(b.train_points(), a.train_points());
        // NaN is not equal to itself: compare the numbers bit for bit, any NaN as NaN.
        let (wa, wb) = (a.training_state().to_words(), b.training_state().to_words());
        assert_eq!(wa.len(), wb.len());
        assert!(wa
            .iter()
            .zip(&wb)
            .all(|(x, y)| x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())));
        assert_eq!(b.diverged(), a.diverged());
    }

    #[test]
    fn a_file_from_elsewhere_gets_a_clear_error() {
        let good = write(&trained("seed=e&networkShape=3", 5));
        let v: Value = serde_json::from_str(&good).unwrap();
        let with = |key: &str, value: Value| {
            let mut v = v.clone();
            v[key] = value;
            v.to_string()
        };
        assert_eq!(read("not json"), Err(SnapshotError::NotJson));
        assert_eq!(read("{\"a\": 1}"), Err(SnapshotError::NotAPlayground));
        assert_eq!(
            read(&with("format", json!("other"))),
            Err(SnapshotError::NotAPlayground)
        );
        assert_eq!(
            read(&with("version", json!(7))),
            Err(SnapshotError::NewerVersion(7))
        );
        assert!(matches!(
            read(&with("link", json!("activation=swoosh&seed=e"))),
            Err(SnapshotError::BadLink(_))
        ));
        assert_eq!(
            read(&with("points", json!([1, 2, 3]))),
            Err(SnapshotError::BadPoints)
        );
        assert!(matches!(
            read(&with("state", json!([1, 2]))),
            Err(SnapshotError::BadState(_))
        ));
        // The state of another network.
        let other = write(&trained("seed=e&networkShape=4", 5));
        let ov: Value = serde_json::from_str(&other).unwrap();
        assert_eq!(
            read(&with("state", ov["state"].clone())),
            Err(SnapshotError::BadState(StateError::Mismatch))
        );
        for e in [SnapshotError::NotJson, SnapshotError::NewerVersion(2)] {
            assert!(!e.to_string().is_empty());
        }
    }
}
