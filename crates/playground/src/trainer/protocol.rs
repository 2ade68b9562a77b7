//! The messages between the page and the training worker, as plain JS objects with a
//! `kind` field. Reading never panics: anything malformed reads as `None`.

use js_sys::{Float64Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use std::sync::Arc;

use nn_core::given::GivenData;
use nn_core::TrainingState;

use super::Progress;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum ToWorker {
    /// Train `state` (a [`nn_core::Session::training_state`]) of the session of `link`.
    Start {
        /// The page's run number.
        run: u64,
        /// The session's link, seed included.
        link: String,
        /// The points given in place of the link's data set, if any.
        given: Option<Arc<GivenData>>,
        /// The training state.
        state: Box<TrainingState>,
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

/// A run number travels as a JS number (exact below 2^53).
fn run_of(value: &JsValue) -> Option<u64> {
    let n = get(value, "run")?.as_f64()?;
    (n >= 0.0 && n.fract() == 0.0 && n < 9e15).then_some(n as u64)
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
            ToWorker::Start {
                run,
                link,
                given,
                state,
            } => {
                set(&obj, "kind", &"start".into());
                set(&obj, "run", &(*run as f64).into());
                set(&obj, "link", &link.as_str().into());
                if let Some(g) = given {
                    set(
                        &obj,
                        "given",
                        &Float64Array::from(g.to_words().as_slice()).into(),
                    );
                }
                set(&obj, "state", &words(state));
            }
            ToWorker::Stop => set(&obj, "kind", &"stop".into()),
        }
        obj.into()
    }

    /// Reads a message; `None` if it is not one.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        match kind(value)?.as_str() {
            "start" => Some(ToWorker::Start {
                run: run_of(value)?,
                link: get(value, "link")?.as_string()?,
                given: match get(value, "given") {
                    None => None,
                    Some(v) if v.is_instance_of::<Float64Array>() => Some(Arc::new(
                        GivenData::from_words(&Float64Array::from(v).to_vec())?,
                    )),
                    Some(_) => return None,
                },
                state: Box::new(training_state(value, "state")?),
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
                set(&obj, "run", &(p.run as f64).into());
                set(&obj, "state", &words(&p.state));
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
                run: run_of(value)?,
                state: training_state(value, "state")?,
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
