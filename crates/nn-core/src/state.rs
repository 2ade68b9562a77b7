//! Everything training changes, as one typed and versioned value: what moves a run to
//! the training worker and back, and what later checkpoints and exports build on.

use crate::history::LossHistory;
use crate::network::Network;
use crate::stats::{NetworkStats, StatsHistory};
use crate::words::{
    flag_word, opt_from, opt_word, put_history, put_loss_point, put_stats, put_stats_point,
    read_history, read_loss_point, read_stats, read_stats_point, Reader,
};

/// The layout version [`TrainingState::to_words`] writes and
/// [`TrainingState::from_words`] accepts.
pub const VERSION: u32 = 5;

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
    /// Training points of the current epoch already trained (a single batch stepped).
    pub cursor: usize,
    /// Each non-input layer, first hidden to output.
    pub layers: Vec<LayerState>,
    /// The losses and accuracies since epoch 0, as the chart shows them.
    pub history: LossHistory,
    /// What happens inside the network now (see [`crate::stats`]).
    pub stats: NetworkStats,
    /// The statistics' figures since epoch 0.
    pub stats_history: StatsHistory,
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

impl TrainingState {
    /// As one flat list of numbers (sent to and from the worker as a Float64Array):
    /// version, the counters and metrics, the layer count, then per layer its sizes,
    /// optimiser slots and buffers; then the loss history, the statistics and their
    /// history (see [`crate::words`]).
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
            self.cursor as f64,
            self.layers.len() as f64,
        ];
        for l in &self.layers {
            let slots = l.opt_b.len() / l.n_out.max(1);
            w.extend([l.n_in as f64, l.n_out as f64, slots as f64]);
            w.extend_from_slice(&l.weights);
            w.extend_from_slice(&l.biases);
            w.extend(l.dead.iter().map(|&d| flag_word(d)));
            w.extend_from_slice(&l.acc_w);
            w.extend_from_slice(&l.acc_b);
            w.extend_from_slice(&l.opt_w);
            w.extend_from_slice(&l.opt_b);
        }
        put_history(&mut w, &self.history, put_loss_point);
        put_stats(&mut w, &self.stats);
        put_history(&mut w, &self.stats_history, put_stats_point);
        w
    }

    /// Reads what [`TrainingState::to_words`] wrote.
    pub fn from_words(words: &[f64]) -> Result<Self, StateError> {
        let mut r = Reader::new(words);
        let version = r.count()?;
        if version != u64::from(VERSION) {
            return Err(StateError::Version(version.min(u64::from(u32::MAX)) as u32));
        }
        let epoch = r.count()?;
        let metrics = r.take(4)?;
        let (pending, updates, cursor) = (r.len()?, r.count()?, r.len()?);
        let count = r.len()?;
        let mut layers = Vec::with_capacity(count.min(64));
        for _ in 0..count {
            let (n_in, n_out, slots) = (r.len()?, r.len()?, r.len()?);
            let nw = n_in.checked_mul(n_out).ok_or(StateError::Malformed)?;
            if slots > 2 || nw > 1 << 20 {
                return Err(StateError::Malformed);
            }
            layers.push(LayerState {
                n_in,
                n_out,
                weights: r.take(nw)?.to_vec(),
                biases: r.take(n_out)?.to_vec(),
                dead: r.flags(nw)?,
                acc_w: r.take(nw)?.to_vec(),
                acc_b: r.take(n_out)?.to_vec(),
                opt_w: r.take(slots * nw)?.to_vec(),
                opt_b: r.take(slots * n_out)?.to_vec(),
            });
        }
        let state = TrainingState {
            epoch,
            train_loss: metrics[0],
            test_loss: metrics[1],
            train_accuracy: opt_from(metrics[2]),
            test_accuracy: opt_from(metrics[3]),
            pending,
            updates,
            cursor,
            layers,
            history: read_history(&mut r, read_loss_point)?,
            stats: read_stats(&mut r)?,
            stats_history: read_history(&mut r, read_stats_point)?,
        };
        r.finish()?;
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
    use crate::history::LossPoint;
    use crate::stats::{Histogram, LayerStats};

    fn sample() -> TrainingState {
        TrainingState {
            epoch: 12,
            train_loss: 0.25,
            test_loss: 0.5,
            train_accuracy: Some(0.75),
            test_accuracy: None,
            pending: 3,
            updates: 40,
            cursor: 7,
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
            stats: sample_stats(),
            stats_history: {
                let mut h = StatsHistory::new(8);
                for e in [0, 5, 12] {
                    h.push(sample_stats().point(e));
                }
                h
            },
        }
    }

    fn sample_stats() -> NetworkStats {
        let mut z = Histogram::new(crate::stats::Z_RANGE, 4);
        [-7.0, -1.0, 0.5, 9.0].into_iter().for_each(|v| z.add(v));
        NetworkStats {
            layers: vec![LayerStats {
                mean_abs_gradient: 0.125,
                mean_abs_change: f64::NAN,
                z,
                dead: vec![false, true, false],
                saturated: vec![true, false, false],
                weights: Histogram::new((-1.0, 1.0), 3),
                initial_weights: {
                    let mut h = Histogram::new((-1.0, 1.0), 3);
                    h.add(0.5);
                    h
                },
                zero_weights: 2,
                frozen_weights: 1,
                small_weights: 3,
            }],
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
    fn the_histories_and_the_statistics_travel() {
        let s = sample();
        let back = TrainingState::from_words(&s.to_words()).expect("round trip");
        assert_eq!(back.history.latest().map(|p| p.epoch), Some(12));
        assert!(back.history.kept().len() <= 4);
        assert_eq!(back.history, s.history);
        assert_eq!(back.stats, s.stats);
        assert_eq!(back.stats_history, s.stats_history);
        assert_eq!(back.stats.layers[0].dead, [false, true, false]);
    }
}
