//! Everything training changes, as one typed and versioned value: what moves a run to
//! the training worker and back, and what later checkpoints and exports build on.

use crate::history::{LossHistory, LossPoint};
use crate::network::Network;

/// The layout version [`TrainingState::to_words`] writes and
/// [`TrainingState::from_words`] accepts.
pub const VERSION: u32 = 3;

/// One non-input layer's trained numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerState {
    /// Nodes in the previous layer.
    pub n_in: usize,
    /// Nodes in this layer.
    pub n_out: usize,
    /// Incoming weights, row `dest`, column `src`.
    pub weights: Vec<f64>,
    /// One bias per node.
    pub biases: Vec<f64>,
    /// Links frozen by L1.
    pub dead: Vec<bool>,
    /// Gradients summed over the part-filled batch, per weight.
    pub acc_w: Vec<f64>,
    /// The same per bias.
    pub acc_b: Vec<f64>,
    /// The optimiser's numbers per weight (0, 1 or 2 each, interleaved).
    pub opt_w: Vec<f64>,
    /// The same per bias.
    pub opt_b: Vec<f64>,
}

/// A training run at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainingState {
    /// Epochs trained.
    pub epoch: u64,
    /// Mean training loss.
    pub train_loss: f64,
    /// Mean test loss.
    pub test_loss: f64,
    /// Training accuracy 0–1 (classification only).
    pub train_accuracy: Option<f64>,
    /// Test accuracy 0–1 (classification only).
    pub test_accuracy: Option<f64>,
    /// Samples in the part-filled batch.
    pub pending: usize,
    /// Weight updates so far (Adam's t).
    pub updates: u64,
    /// Each non-input layer, first hidden to output.
    pub layers: Vec<LayerState>,
    /// The losses and accuracies since epoch 0, as the chart shows them.
    pub history: LossHistory,
}

/// Why a state could not be read or used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateError {
    /// Written by another layout version.
    Version(u32),
    /// Too short, too long, or a count that is not a whole number.
    Malformed,
    /// Another network shape or optimiser.
    Mismatch,
}

impl std::fmt::Display for StateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StateError::Version(v) => write!(f, "training state of version {v}, not {VERSION}"),
            StateError::Malformed => write!(f, "malformed training state"),
            StateError::Mismatch => write!(f, "training state of another network"),
        }
    }
}

impl std::error::Error for StateError {}

/// A whole number from a word, if it is one.
fn count(w: f64) -> Result<u64, StateError> {
    if w >= 0.0 && w.fract() == 0.0 && w < 9e15 {
        Ok(w as u64)
    } else {
        Err(StateError::Malformed)
    }
}

fn opt_word(v: Option<f64>) -> f64 {
    v.unwrap_or(f64::NAN)
}

fn opt_from(w: f64) -> Option<f64> {
    (!w.is_nan()).then_some(w)
}

/// Words per history point: epoch, both losses, both accuracies.
const POINT_WORDS: usize = 5;

fn point_words(p: &LossPoint) -> [f64; POINT_WORDS] {
    [
        p.epoch as f64,
        p.train,
        p.test,
        opt_word(p.train_accuracy),
        opt_word(p.test_accuracy),
    ]
}

fn point_from(w: &[f64]) -> Result<LossPoint, StateError> {
    Ok(LossPoint {
        epoch: count(w[0])?,
        train: w[1],
        test: w[2],
        train_accuracy: opt_from(w[3]),
        test_accuracy: opt_from(w[4]),
    })
}

impl TrainingState {
    /// As one flat list of numbers (sent to and from the worker as a Float64Array):
    /// version, the counters and metrics, the layer count, then per layer its sizes,
    /// optimiser slots and buffers.
    pub fn to_words(&self) -> Vec<f64> {
        let mut w = vec![
            f64::from(VERSION),
            self.epoch as f64,
            self.train_loss,
            self.test_loss,
            opt_word(self.train_accuracy),
            opt_word(self.test_accuracy),
            self.pending as f64,
            self.updates as f64,
            self.layers.len() as f64,
        ];
        for l in &self.layers {
            let slots = l.opt_b.len() / l.n_out.max(1);
            w.extend([l.n_in as f64, l.n_out as f64, slots as f64]);
            w.extend_from_slice(&l.weights);
            w.extend_from_slice(&l.biases);
            w.extend(l.dead.iter().map(|&d| if d { 1.0 } else { 0.0 }));
            w.extend_from_slice(&l.acc_w);
            w.extend_from_slice(&l.acc_b);
            w.extend_from_slice(&l.opt_w);
            w.extend_from_slice(&l.opt_b);
        }
        let h = &self.history;
        w.extend([
            h.capacity() as f64,
            h.stride() as f64,
            h.kept().len() as f64,
            if h.latest().is_some() { 1.0 } else { 0.0 },
        ]);
        for p in h.kept().iter().chain(h.latest().as_ref()) {
            w.extend(point_words(p));
        }
        w
    }

    /// Reads what [`TrainingState::to_words`] wrote.
    pub fn from_words(words: &[f64]) -> Result<Self, StateError> {
        let mut rest = words;
        let mut take = |n: usize| -> Result<&[f64], StateError> {
            if rest.len() < n {
                return Err(StateError::Malformed);
            }
            let (head, tail) = rest.split_at(n);
            rest = tail;
            Ok(head)
        };
        let head = take(9)?;
        let version = count(head[0])?;
        if version != u64::from(VERSION) {
            return Err(StateError::Version(version.min(u64::from(u32::MAX)) as u32));
        }
        let mut state = TrainingState {
            epoch: count(head[1])?,
            train_loss: head[2],
            test_loss: head[3],
            train_accuracy: opt_from(head[4]),
            test_accuracy: opt_from(head[5]),
            pending: count(head[6])? as usize,
            updates: count(head[7])?,
            layers: Vec::new(),
            history: LossHistory::new(2),
        };
        let layers = count(head[8])?;
        for _ in 0..layers {
            let dims = take(3)?;
            let (n_in, n_out, slots) = (count(dims[0])?, count(dims[1])?, count(dims[2])?);
            if n_in > 1 << 20 || n_out > 1 << 20 || slots > 2 {
                return Err(StateError::Malformed);
            }
            let (n_in, n_out, slots) = (n_in as usize, n_out as usize, slots as usize);
            let nw = n_in * n_out;
            state.layers.push(LayerState {
                n_in,
                n_out,
                weights: take(nw)?.to_vec(),
                biases: take(n_out)?.to_vec(),
                dead: take(nw)?.iter().map(|&d| d != 0.0).collect(),
                acc_w: take(nw)?.to_vec(),
                acc_b: take(n_out)?.to_vec(),
                opt_w: take(slots * nw)?.to_vec(),
                opt_b: take(slots * n_out)?.to_vec(),
            });
        }
        let dims = take(4)?;
        let (capacity, stride, kept) = (count(dims[0])?, count(dims[1])?, count(dims[2])?);
        if capacity > 1 << 20 || kept > capacity || dims[3] != 0.0 && dims[3] != 1.0 {
            return Err(StateError::Malformed);
        }
        let mut points = Vec::with_capacity(kept as usize);
        for _ in 0..kept {
            points.push(point_from(take(POINT_WORDS)?)?);
        }
        let latest = if dims[3] == 1.0 {
            Some(point_from(take(POINT_WORDS)?)?)
        } else {
            None
        };
        state.history = LossHistory::from_parts(capacity as usize, stride, points, latest)
            .ok_or(StateError::Malformed)?;
        if !rest.is_empty() {
            return Err(StateError::Malformed);
        }
        Ok(state)
    }
}

impl Network {
    /// The network's part of a [`TrainingState`]: its layers and counters.
    pub fn save_layers(&self) -> (Vec<LayerState>, usize, u64) {
        let layers = self
            .layers()
            .iter()
            .map(|l| LayerState {
                n_in: l.n_in,
                n_out: l.n_out,
                weights: l.weights.clone(),
                biases: l.biases.clone(),
                dead: l.dead.clone(),
                acc_w: l.acc_w.clone(),
                acc_b: l.acc_b.clone(),
                opt_w: l.opt_w.clone(),
                opt_b: l.opt_b.clone(),
            })
            .collect();
        (layers, self.pending(), self.updates())
    }

    /// Restores the layers and counters of a state from a network of the same shape and
    /// optimiser; changes nothing if it does not fit.
    pub fn load_layers(&mut self, state: &TrainingState) -> Result<(), StateError> {
        let fits = state.layers.len() == self.layers().len()
            && self.layers().iter().zip(&state.layers).all(|(l, s)| {
                l.n_in == s.n_in
                    && l.n_out == s.n_out
                    && s.weights.len() == l.weights.len()
                    && s.biases.len() == l.biases.len()
                    && s.dead.len() == l.dead.len()
                    && s.acc_w.len() == l.acc_w.len()
                    && s.acc_b.len() == l.acc_b.len()
                    && s.opt_w.len() == l.opt_w.len()
                    && s.opt_b.len() == l.opt_b.len()
            });
        if !fits {
            return Err(StateError::Mismatch);
        }
        for (l, s) in self.layers_mut().iter_mut().zip(&state.layers) {
            l.weights.copy_from_slice(&s.weights);
            l.biases.copy_from_slice(&s.biases);
            l.dead.copy_from_slice(&s.dead);
            l.acc_w.copy_from_slice(&s.acc_w);
            l.acc_b.copy_from_slice(&s.acc_b);
            l.opt_w.copy_from_slice(&s.opt_w);
            l.opt_b.copy_from_slice(&s.opt_b);
        }
        self.set_counters(state.pending, state.updates);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> TrainingState {
        TrainingState {
            epoch: 12,
            train_loss: 0.25,
            test_loss: 0.5,
            train_accuracy: Some(0.75),
            test_accuracy: None,
            pending: 3,
            updates: 40,
            layers: vec![LayerState {
                n_in: 2,
                n_out: 1,
                weights: vec![0.5, -1.0],
                biases: vec![0.1],
                dead: vec![false, true],
                acc_w: vec![0.01, 0.0],
                acc_b: vec![0.2],
                opt_w: vec![1.0, 2.0, 3.0, 4.0],
                opt_b: vec![5.0, 6.0],
            }],
            history: {
                let mut h = LossHistory::new(4);
                for e in 0..=12 {
                    h.push(LossPoint {
                        epoch: e,
                        train: 0.25,
                        test: f64::NAN,
                        train_accuracy: Some(0.75),
                        test_accuracy: None,
                    });
                }
                h
            },
        }
    }

    #[test]
    fn words_round_trip() {
        let s = sample();
        assert_eq!(TrainingState::from_words(&s.to_words()), Ok(s));
    }

    #[test]
    fn bad_words_are_refused() {
        let w = sample().to_words();
        assert_eq!(TrainingState::from_words(&[]), Err(StateError::Malformed));
        assert_eq!(
            TrainingState::from_words(&w[..w.len() - 1]),
            Err(StateError::Malformed)
        );
        let mut longer = w.clone();
        longer.push(0.0);
        assert_eq!(
            TrainingState::from_words(&longer),
            Err(StateError::Malformed)
        );
        let mut old = w.clone();
        old[0] = 1.0;
        assert_eq!(TrainingState::from_words(&old), Err(StateError::Version(1)));
        let mut bad = w.clone();
        bad[1] = -1.0;
        assert_eq!(TrainingState::from_words(&bad), Err(StateError::Malformed));
        let mut huge = w.clone();
        huge[8] = 1e300;
        assert_eq!(TrainingState::from_words(&huge), Err(StateError::Malformed));
    }

    #[test]
    fn the_history_travels_and_a_mangled_one_is_refused() {
        let s = sample();
        let back = TrainingState::from_words(&s.to_words()).expect("round trip");
        assert_eq!(back.history.latest().map(|p| p.epoch), Some(12));
        assert!(back.history.kept().len() <= 4);
        assert_eq!(back.history, s.history);
        // The history's words end the list: four counts, the kept points, the latest.
        let w = s.to_words();
        let at = w.len() - 4 - POINT_WORDS * (s.history.kept().len() + 1);
        assert_eq!(
            w[at..at + 4],
            [4.0, 4.0, 4.0, 1.0],
            "capacity, stride, kept, latest"
        );
        let mut stride = w.clone();
        stride[at + 1] = 3.0;
        assert_eq!(
            TrainingState::from_words(&stride),
            Err(StateError::Malformed)
        );
        let mut flag = w.clone();
        flag[at + 3] = 0.5;
        assert_eq!(TrainingState::from_words(&flag), Err(StateError::Malformed));
        let mut order = w;
        // The first kept point's epoch after the second's.
        order[at + 4] = 1e6;
        assert_eq!(
            TrainingState::from_words(&order),
            Err(StateError::Malformed)
        );
    }
}
