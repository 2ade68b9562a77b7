//! The messages between the page and the training worker, as plain JS objects with a
//! `kind` field. Reading never panics: anything malformed reads as `None`.

use js_sys::{Float64Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use std::sync::Arc;

use nn_core::given::GivenData;
use nn_core::TrainingState;

use super::{Job, Progress};
use crate::side::Side;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum ToWorker {
    /// Train a run.
    Start(Box<Job>),
    /// Let the run of number `run` go on up to epoch `limit`.
    Extend {
        /// The run.
        run: u64,
        /// The new limit.
        limit: u64,
    },
    /// Stop training.
    Stop,
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum FromWorker {
    /// The worker has loaded and listens.
    Ready,
    /// The state after a slice of training.
    Progress(Box<Progress>),
    /// A start it could not follow.
    Failed(String),
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    // Setting a plain property of a fresh object cannot fail.
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

fn get(value: &JsValue, key: &str) -> Option<JsValue> {
    if !value.is_object() {
        return None;
    }
    Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined())
}

fn kind(value: &JsValue) -> Option<String> {
    get(value, "kind")?.as_string()
}

fn run_of(value: &JsValue) -> Option<u64> {
    whole(value, "run")
}

/// A whole number (an epoch) travels as a JS number (exact below 2^53).
fn whole(value: &JsValue, key: &str) -> Option<u64> {
    let n = get(value, key)?.as_f64()?;
    (n >= 0.0 && n.fract() == 0.0 && n < 9e15).then_some(n as u64)
}

/// A side travels as its index.
fn side_of(value: &JsValue) -> Option<Side> {
    Side::from_index(usize::try_from(whole(value, "side")?).ok()?)
}

/// A [`TrainingState`] travels as its words in a Float64Array.
fn training_state(value: &JsValue, key: &str) -> Option<TrainingState> {
    let v = get(value, key)?;
    if !v.is_instance_of::<Float64Array>() {
        return None;
    }
    TrainingState::from_words(&Float64Array::from(v).to_vec()).ok()
}

fn words(state: &TrainingState) -> JsValue {
    Float64Array::from(state.to_words().as_slice()).into()
}

impl ToWorker {
    /// As a JS object.
    pub fn to_js(&self) -> JsValue {
        let obj = Object::new();
        match self {
            ToWorker::Start(job) => {
                set(&obj, "kind", &"start".into());
                set(&obj, "side", &(job.side.index() as f64).into());
                set(&obj, "run", &(job.run as f64).into());
                set(&obj, "link", &job.link.as_str().into());
                if let Some(g) = &job.given {
                    set(
                        &obj,
                        "given",
                        &Float64Array::from(g.to_words().as_slice()).into(),
                    );
                }
                set(&obj, "state", &words(&job.state));
                if let Some(limit) = job.limit {
                    set(&obj, "limit", &(limit as f64).into());
                }
                set(&obj, "watch", &job.watch.into());
            }
            ToWorker::Extend { run, limit } => {
                set(&obj, "kind", &"extend".into());
                set(&obj, "run", &(*run as f64).into());
                set(&obj, "limit", &(*limit as f64).into());
            }
            ToWorker::Stop => set(&obj, "kind", &"stop".into()),
        }
        obj.into()
    }

    /// Reads a message; `None` if it is not one.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        match kind(value)?.as_str() {
            "start" => Some(ToWorker::Start(Box::new(Job {
                side: side_of(value)?,
                run: run_of(value)?,
                link: get(value, "link")?.as_string()?,
                given: match get(value, "given") {
                    None => None,
                    Some(v) if v.is_instance_of::<Float64Array>() => Some(Arc::new(
                        GivenData::from_words(&Float64Array::from(v).to_vec())?,
                    )),
                    Some(_) => return None,
                },
                state: training_state(value, "state")?,
                limit: match get(value, "limit") {
                    None => None,
                    Some(_) => Some(whole(value, "limit")?),
                },
                watch: get(value, "watch")?.as_bool()?,
            }))),
            "extend" => Some(ToWorker::Extend {
                run: run_of(value)?,
                limit: whole(value, "limit")?,
            }),
            "stop" => Some(ToWorker::Stop),
            _ => None,
        }
    }
}

impl FromWorker {
    /// As a JS object.
    pub fn to_js(&self) -> JsValue {
        let obj = Object::new();
        match self {
            FromWorker::Ready => set(&obj, "kind", &"ready".into()),
            FromWorker::Progress(p) => {
                set(&obj, "kind", &"progress".into());
                set(&obj, "side", &(p.side.index() as f64).into());
                set(&obj, "run", &(p.run as f64).into());
                set(&obj, "state", &words(&p.state));
                if let Some(epoch) = p.reached {
                    set(&obj, "reached", &(epoch as f64).into());
                }
            }
            FromWorker::Failed(why) => {
                set(&obj, "kind", &"failed".into());
                set(&obj, "message", &why.as_str().into());
            }
        }
        obj.into()
    }

    /// Reads a message; `None` if it is not one.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        match kind(value)?.as_str() {
            "ready" => Some(FromWorker::Ready),
            "progress" => Some(FromWorker::Progress(Box::new(Progress {
                side: side_of(value)?,
                run: run_of(value)?,
                state: training_state(value, "state")?,
                reached: match get(value, "reached") {
                    None => None,
                    Some(_) => Some(whole(value, "reached")?),
                },
            }))),
            "failed" => Some(FromWorker::Failed(
                get(value, "message")
                    .and_then(|m| m.as_string())
                    .unwrap_or_default(),
            )),
            _ => None,
        }
    }
}
