//! What happens inside the network while it trains, for teaching: per layer the size of
//! its gradients and of its weights' changes, the spread of its pre-activations and of
//! its weights, and per neuron whether it is dead or saturated.
//!
//! Everything here only reads the network: training gives the same bits with or without
//! it. The pre-activation figures come from the pass over the training points that
//! computes the training loss anyway ([`crate::train::evaluate_collecting`]); the
//! gradients are summed at each update ([`crate::Network::update`]).

use crate::activation::Activation;
use crate::history::{same_number, History, Record};
use crate::network::Network;

/// The pre-activation histogram's range, the span the activation figure draws.
pub const Z_RANGE: (f64, f64) = (-6.0, 6.0);
/// Bins of the pre-activation histogram (half a unit each).
pub const Z_BINS: usize = 24;
/// The weight histogram's range: a start from the original's ±0.5 and room to grow.
pub const WEIGHT_RANGE: (f64, f64) = (-2.0, 2.0);
/// Bins of the weight histogram (0.1 each, one of them centred on 0).
pub const WEIGHT_BINS: usize = 41;
/// Below this |w| a weight counts as small (L2 shrinks weights here; L1 makes them 0).
pub const SMALL_WEIGHT: f64 = 0.01;
/// Below this |f′(z)| a point is in the activation's flat zone.
pub const FLAT_SLOPE: f64 = 0.01;
/// Share of the training points in the flat zone that makes a neuron saturated.
pub const SATURATED_SHARE: f64 = 0.95;

/// Counts of values in equal bins over `[lo, hi]`, with those outside counted apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    /// Lower end of the first bin.
    pub lo: f64,
    /// Upper end of the last bin.
    pub hi: f64,
    /// Values per bin, in order.
    pub counts: Vec<u32>,
    /// Values below `lo`.
    pub below: u32,
    /// Values above `hi` (and NaN).
    pub above: u32,
}

impl Histogram {
    /// An empty histogram of `bins` bins (at least one) over `range`.
    pub fn new(range: (f64, f64), bins: usize) -> Self {
        Histogram {
            lo: range.0,
            hi: range.1,
            counts: vec![0; bins.max(1)],
            below: 0,
            above: 0,
        }
    }

    /// Counts `v` in its bin; `hi` itself goes in the last bin.
    #[inline]
    pub fn add(&mut self, v: f64) {
        let n = self.counts.len();
        let x = (v - self.lo) * (n as f64 / (self.hi - self.lo));
        if (0.0..n as f64).contains(&x) {
            self.counts[x as usize] += 1;
        } else if v < self.lo {
            self.below += 1;
        } else if v <= self.hi {
            self.counts[n - 1] += 1;
        } else {
            self.above += 1;
        }
    }

    /// Values counted, inside and outside the range.
    pub fn total(&self) -> u64 {
        self.counts.iter().map(|&c| u64::from(c)).sum::<u64>()
            + u64::from(self.below)
            + u64::from(self.above)
    }

    /// Forgets every count.
    pub fn clear(&mut self) {
        self.counts.iter_mut().for_each(|c| *c = 0);
        self.below = 0;
        self.above = 0;
    }
}

/// One non-input layer's statistics.
#[derive(Clone, Debug)]
pub struct LayerStats {
    /// Mean |∂loss/∂w| of the layer's weights at each update (the batch's mean
    /// gradient), averaged over the updates since the last record; NaN if none.
    pub mean_abs_gradient: f64,
    /// Mean |Δw| of the layer's weights per epoch since the last record; NaN if no
    /// epoch passed.
    pub mean_abs_change: f64,
    /// The pre-activations z of every node over the training points.
    pub z: Histogram,
    /// Per node: dead (a ReLU whose output is 0 on every training point: its gradient
    /// is 0 there, so it can no longer learn).
    pub dead: Vec<bool>,
    /// Per node: saturated (Tanh or Sigmoid with |f′(z)| < [`FLAT_SLOPE`] on at least
    /// [`SATURATED_SHARE`] of the training points).
    pub saturated: Vec<bool>,
    /// The incoming weights.
    pub weights: Histogram,
    /// The incoming weights at epoch 0, for comparison.
    pub initial_weights: Histogram,
    /// Weights exactly 0.
    pub zero_weights: usize,
    /// Weights frozen at 0 by L1.
    pub frozen_weights: usize,
    /// Weights with |w| < [`SMALL_WEIGHT`] (the zeros included).
    pub small_weights: usize,
}

impl PartialEq for LayerStats {
    /// The same figures, NaN equal to NaN (no update, no epoch yet).
    fn eq(&self, other: &Self) -> bool {
        same_number(self.mean_abs_gradient, other.mean_abs_gradient)
            && same_number(self.mean_abs_change, other.mean_abs_change)
            && self.z == other.z
            && self.dead == other.dead
            && self.saturated == other.saturated
            && self.weights == other.weights
            && self.initial_weights == other.initial_weights
            && (self.zero_weights, self.frozen_weights, self.small_weights)
                == (
                    other.zero_weights,
                    other.frozen_weights,
                    other.small_weights,
                )
    }
}

impl LayerStats {
    /// Dead nodes.
    pub fn dead_count(&self) -> usize {
        self.dead.iter().filter(|&&d| d).count()
    }

    /// Saturated nodes.
    pub fn saturated_count(&self) -> usize {
        self.saturated.iter().filter(|&&s| s).count()
    }
}

/// Whether `activation` can die: its output and slope are 0 on a whole half-line, so a
/// node pushed there by a large step gets no gradient to come back (ReLU).
pub fn can_die(activation: Activation) -> bool {
    activation == Activation::Relu
}

/// Whether `activation` saturates: flat on both sides (Tanh, Sigmoid).
pub fn can_saturate(activation: Activation) -> bool {
    matches!(activation, Activation::Tanh | Activation::Sigmoid)
}

/// Per-node counts gathered over the training points by the loss pass.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collector {
    points: u32,
    layers: Vec<LayerCounts>,
}

#[derive(Clone, Debug, PartialEq)]
struct LayerCounts {
    z: Histogram,
    /// Per node: points where the output was exactly 0.
    zero_out: Vec<u32>,
    /// Per node: points in the flat zone.
    flat: Vec<u32>,
}

impl Collector {
    /// Starts over for `net`'s layers.
    pub fn reset(&mut self, net: &Network) {
        self.points = 0;
        self.layers.resize_with(net.layers().len(), || LayerCounts {
            z: Histogram::new(Z_RANGE, Z_BINS),
            zero_out: Vec::new(),
            flat: Vec::new(),
        });
        for (c, l) in self.layers.iter_mut().zip(net.layers()) {
            c.z.clear();
            c.zero_out.clear();
            c.zero_out.resize(l.n_out, 0);
            c.flat.clear();
            c.flat.resize(l.n_out, 0);
        }
    }

    /// Counts the point `net` has just been run forward on.
    #[inline]
    pub fn add(&mut self, net: &Network) {
        self.points += 1;
        for (c, l) in self.layers.iter_mut().zip(net.layers()) {
            l.pre_activations().iter().for_each(|&z| c.z.add(z));
            // Only what the layer's activation can show: a ReLU's zero outputs, a Tanh's
            // or Sigmoid's flat slopes (from the output, as training computes them).
            let outs = l.outputs();
            match l.activation {
                Activation::Relu => count_where(&mut c.zero_out, outs, |o| o == 0.0),
                Activation::Tanh => {
                    count_where(&mut c.flat, outs, |o| (1.0 - o * o).abs() < FLAT_SLOPE)
                }
                Activation::Sigmoid => {
                    count_where(&mut c.flat, outs, |o| (o * (1.0 - o)).abs() < FLAT_SLOPE)
                }
                _ => {}
            }
        }
    }
}

/// Adds 1 to each node's count where `hit` holds for its output.
#[inline]
fn count_where(counts: &mut [u32], outs: &[f64], hit: impl Fn(f64) -> bool) {
    for (n, &o) in counts.iter_mut().zip(outs) {
        *n += u32::from(hit(o));
    }
}

/// The statistics of a whole network at one moment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkStats {
    /// Each non-input layer, first hidden to output.
    pub layers: Vec<LayerStats>,
}

impl NetworkStats {
    /// Dead nodes in the hidden layers, and the hidden nodes that could die.
    pub fn dead_hidden(&self, net: &Network) -> (usize, usize) {
        let hidden = self.layers.len().saturating_sub(1);
        let layers = self.layers.iter().zip(net.layers()).take(hidden);
        layers.fold((0, 0), |(dead, of), (s, l)| {
            let possible = if can_die(l.activation) { l.n_out } else { 0 };
            (dead + s.dead_count(), of + possible)
        })
    }
}

/// What the statistics need from the run between two records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tracker {
    /// Every layer's weights at the last record.
    last_weights: Vec<Vec<f64>>,
    /// The epoch of the last record.
    last_epoch: u64,
}

impl Tracker {
    /// Starts tracking from `net` at `epoch` (a new network, or a state loaded).
    pub fn restart(&mut self, net: &Network, epoch: u64) {
        self.last_weights = net.layers().iter().map(|l| l.weights.clone()).collect();
        self.last_epoch = epoch;
    }

    /// The statistics of `net` at `epoch` from the loss pass's `counts`, taking the
    /// gradient sums the updates left in `net`; the next record measures from here.
    pub fn record(&mut self, net: &mut Network, epoch: u64, counts: &Collector) -> NetworkStats {
        let epochs = epoch.saturating_sub(self.last_epoch);
        let same_shape = self.last_weights.len() == net.layers().len()
            && self
                .last_weights
                .iter()
                .zip(net.layers())
                .all(|(w, l)| w.len() == l.weights.len());
        let gradients = net.take_gradient_sums();
        let points = f64::from(counts.points.max(1));
        let layers = net
            .layers()
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let n = l.weights.len().max(1) as f64;
                let (grad_sum, updates) = gradients.get(i).copied().unwrap_or((0.0, 0));
                let mean_abs_change = if same_shape && epochs > 0 {
                    let moved: f64 = l
                        .weights
                        .iter()
                        .zip(&self.last_weights[i])
                        .map(|(a, b)| (a - b).abs())
                        .sum();
                    moved / n / epochs as f64
                } else {
                    f64::NAN
                };
                let mut weights = Histogram::new(WEIGHT_RANGE, WEIGHT_BINS);
                l.weights.iter().for_each(|&w| weights.add(w));
                let c = counts.layers.get(i);
                let by_node = |f: &dyn Fn(&LayerCounts, usize) -> bool| -> Vec<bool> {
                    (0..l.n_out)
                        .map(|k| c.is_some_and(|c| counts.points > 0 && f(c, k)))
                        .collect()
                };
                let dies = can_die(l.activation);
                let saturates = can_saturate(l.activation);
                LayerStats {
                    mean_abs_gradient: if updates > 0 {
                        grad_sum / n / updates as f64
                    } else {
                        f64::NAN
                    },
                    mean_abs_change,
                    z: c.map_or_else(|| Histogram::new(Z_RANGE, Z_BINS), |c| c.z.clone()),
                    dead: by_node(&|c, k| dies && c.zero_out[k] == counts.points),
                    saturated: by_node(&|c, k| {
                        saturates && f64::from(c.flat[k]) >= SATURATED_SHARE * points
                    }),
                    initial_weights: Histogram::new(WEIGHT_RANGE, WEIGHT_BINS),
                    weights,
                    zero_weights: l.weights.iter().filter(|&&w| w == 0.0).count(),
                    frozen_weights: l.dead.iter().filter(|&&d| d).count(),
                    small_weights: l.weights.iter().filter(|w| w.abs() < SMALL_WEIGHT).count(),
                }
            })
            .collect();
        self.restart(net, epoch);
        NetworkStats { layers }
    }
}

/// One layer's figures in the history: what the panel plots over the epochs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayerPoint {
    /// See [`LayerStats::mean_abs_gradient`].
    pub mean_abs_gradient: f64,
    /// See [`LayerStats::mean_abs_change`].
    pub mean_abs_change: f64,
    /// Dead nodes.
    pub dead: u32,
    /// Saturated nodes.
    pub saturated: u32,
    /// Weights exactly 0.
    pub zero_weights: u32,
    /// Weights with |w| < [`SMALL_WEIGHT`].
    pub small_weights: u32,
}

/// The statistics' figures at one epoch, layer by layer.
#[derive(Clone, Debug, PartialEq)]
pub struct StatsPoint {
    /// The epoch.
    pub epoch: u64,
    /// Each non-input layer.
    pub layers: Vec<LayerPoint>,
}

impl Record for StatsPoint {
    fn epoch(&self) -> u64 {
        self.epoch
    }

    fn same(&self, other: &Self) -> bool {
        self.epoch == other.epoch
            && self.layers.len() == other.layers.len()
            && self.layers.iter().zip(&other.layers).all(|(a, b)| {
                same_number(a.mean_abs_gradient, b.mean_abs_gradient)
                    && same_number(a.mean_abs_change, b.mean_abs_change)
                    && (a.dead, a.saturated, a.zero_weights, a.small_weights)
                        == (b.dead, b.saturated, b.zero_weights, b.small_weights)
            })
    }
}

/// The statistics over a run, bounded like the loss history.
pub type StatsHistory = History<StatsPoint>;

impl NetworkStats {
    /// Its figures at `epoch`, for the history.
    pub fn point(&self, epoch: u64) -> StatsPoint {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        StatsPoint {
            epoch,
            layers: self
                .layers
                .iter()
                .map(|l| LayerPoint {
                    mean_abs_gradient: l.mean_abs_gradient,
                    mean_abs_change: l.mean_abs_change,
                    dead: count(l.dead_count()),
                    saturated: count(l.saturated_count()),
                    zero_weights: count(l.zero_weights),
                    small_weights: count(l.small_weights),
                })
                .collect(),
        }
    }

    /// Takes the weights now as the run's initial weights (at epoch 0).
    pub fn mark_initial(&mut self) {
        for l in &mut self.layers {
            l.initial_weights = l.weights.clone();
        }
    }

    /// Keeps `earlier`'s initial weights, and its gradient and change figures where
    /// these have none (an edit or new data at the same epoch trained nothing in
    /// between).
    pub fn carry_from(&mut self, earlier: &NetworkStats) {
        if earlier.layers.len() != self.layers.len() {
            return;
        }
        for (now, before) in self.layers.iter_mut().zip(&earlier.layers) {
            now.initial_weights = before.initial_weights.clone();
            if now.mean_abs_gradient.is_nan() {
                now.mean_abs_gradient = before.mean_abs_gradient;
            }
            if now.mean_abs_change.is_nan() {
                now.mean_abs_change = before.mean_abs_change;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;
    use crate::loss::{Head, Target};
    use crate::network::NetworkSpec;
    use crate::rng::SeedRandom;
    use crate::session::Session;

    /// 1 input → 3 ReLU → 1 tanh, with hand-set weights:
    /// node 0 has z = −10 everywhere, node 1 z = 1, node 2 z = x; the output z = 10.
    fn hand_built() -> Network {
        let spec = NetworkSpec::original(
            1,
            vec![3],
            Activation::Relu,
            Head::Squared(Activation::Tanh),
        );
        let mut net = Network::new(&spec, &mut SeedRandom::new("stats"));
        let layers = net.layers_mut();
        layers[0].weights.copy_from_slice(&[0.0, 0.0, 1.0]);
        layers[0].biases.copy_from_slice(&[-10.0, 1.0, 0.0]);
        layers[1].weights.copy_from_slice(&[0.0, 0.005, 0.5]);
        layers[1].biases.copy_from_slice(&[10.0]);
        layers[1].dead[0] = true;
        net
    }

    fn record(net: &mut Network, xs: &[f64]) -> NetworkStats {
        let mut counts = Collector::default();
        counts.reset(net);
        for &x in xs {
            net.forward(&[x]);
            counts.add(net);
        }
        let mut tracker = Tracker::default();
        tracker.restart(net, 0);
        tracker.record(net, 0, &counts)
    }

    #[test]
    fn dead_and_saturated_nodes_and_the_pre_activations() {
        let mut net = hand_built();
        let s = record(&mut net, &[-1.0, 1.0, 0.5]);
        let hidden = &s.layers[0];
        assert_eq!(hidden.dead, [true, false, false]);
        assert_eq!(hidden.saturated, [false; 3], "ReLU does not saturate");
        // −10 three times (below the range), 1 three times and x = 1 in the bin of
        // [1, 1.5), x = −1 in [−1, −0.5), x = 0.5 in [0.5, 1).
        assert_eq!(hidden.z.below, 3);
        assert_eq!(hidden.z.counts[14], 4);
        assert_eq!(hidden.z.counts[10], 1);
        assert_eq!(hidden.z.counts[13], 1);
        assert_eq!(hidden.z.total(), 9);
        // tanh at z ≥ 10: slope below 1e-8 on every point.
        assert_eq!(s.layers[1].saturated, [true]);
        assert_eq!(s.dead_hidden(&net), (1, 3));
        // No update and no epoch yet.
        assert!(hidden.mean_abs_gradient.is_nan() && hidden.mean_abs_change.is_nan());
    }

    #[test]
    fn zero_frozen_and_small_weights_are_counted() {
        let mut net = hand_built();
        let s = record(&mut net, &[0.0]);
        let (hidden, out) = (&s.layers[0], &s.layers[1]);
        assert_eq!((hidden.zero_weights, hidden.small_weights), (2, 2));
        assert_eq!((out.zero_weights, out.small_weights), (1, 2));
        assert_eq!((hidden.frozen_weights, out.frozen_weights), (0, 1));
        // The weight histogram: 0 sits in the middle bin, 0.5 five bins up.
        assert_eq!(hidden.weights.counts[20], 2);
        assert_eq!(out.weights.counts[20], 2);
        assert_eq!(out.weights.counts[25], 1);
    }

    #[test]
    fn gradient_and_change_sizes_match_a_hand_computation() {
        // o = w·x + b, half squared error: ∂/∂w = (o − t)·x = (0 − 1)·2 = −2.
        let spec = NetworkSpec::original(
            1,
            vec![],
            Activation::Linear,
            Head::Squared(Activation::Linear),
        );
        let mut net = Network::new(&spec, &mut SeedRandom::new("grad"));
        net.layers_mut()[0].weights[0] = 0.0;
        net.layers_mut()[0].biases[0] = 0.0;
        let mut tracker = Tracker::default();
        tracker.restart(&net, 0);
        net.forward(&[2.0]);
        net.backward(Target::Value(1.0));
        net.update(0.1, 0.0);
        let mut counts = Collector::default();
        counts.reset(&net);
        let s = tracker.record(&mut net, 1, &counts);
        assert_eq!(s.layers[0].mean_abs_gradient, 2.0);
        assert_eq!(net.layers()[0].weights[0], 0.2);
        assert!((s.layers[0].mean_abs_change - 0.2).abs() < 1e-15);
        // Taken: the next record starts from zero updates.
        let again = tracker.record(&mut net, 1, &counts);
        assert!(again.layers[0].mean_abs_gradient.is_nan());
    }

    fn session(link: &str, epochs: u64) -> Session {
        let mut s = Session::new(hash::parse(link).config, || unreachable!());
        s.step_many(epochs);
        s
    }

    #[test]
    fn a_large_step_kills_relus_and_l1_zeroes_weights_where_l2_does_not() {
        let relu = session(
            "seed=dead&activation=relu&learningRate=10&networkShape=8,8",
            30,
        );
        let (dead, of) = relu.stats().dead_hidden(relu.network());
        assert_eq!(of, 16);
        assert!(dead > 0, "no dead ReLU at learning rate 10");
        let gentle = session(
            "seed=dead&activation=relu&learningRate=0.03&networkShape=8,8",
            30,
        );
        assert!(gentle.stats().dead_hidden(gentle.network()).0 < dead);

        let l1 = "seed=sparse&regularization=L1&regularizationRate=0.03&networkShape=6";
        let l2 = "seed=sparse&regularization=L2&regularizationRate=0.03&networkShape=6";
        let zeros =
            |s: &Session| -> usize { s.stats().layers.iter().map(|l| l.zero_weights).sum() };
        let (l1, l2) = (session(l1, 300), session(l2, 300));
        assert!(zeros(&l1) > 0, "L1 leaves no weight at exactly 0");
        assert_eq!(zeros(&l2), 0, "L2 only shrinks");
        let last = l1.stats_history().latest().expect("recorded");
        assert_eq!(last.epoch, 300);
        let zero_points: u32 = last.layers.iter().map(|l| l.zero_weights).sum();
        assert_eq!(zero_points as usize, zeros(&l1));
    }

    #[test]
    fn deep_sigmoid_gradients_shrink_towards_the_input() {
        let s = session(
            "seed=vanish&activation=sigmoid&networkShape=8,8,8,8,8,8&learningRate=0.03",
            5,
        );
        let g: Vec<f64> = s
            .stats()
            .layers
            .iter()
            .map(|l| l.mean_abs_gradient)
            .collect();
        assert!(g.iter().all(|v| v.is_finite() && *v > 0.0), "{g:?}");
        assert!(
            g[0] < g[g.len() - 1] / 100.0,
            "first {} last {}",
            g[0],
            g[g.len() - 1]
        );
    }

    #[test]
    fn the_statistics_do_not_change_the_training() {
        // Two sessions of one link, one of them recording after every epoch: the same
        // weights bit for bit.
        let link = "seed=same&activation=relu&networkShape=5,3&batchSize=7";
        let mut every = session(link, 0);
        for _ in 0..40 {
            every.step();
        }
        let once = session(link, 40);
        assert_eq!(every.network().weights(), once.network().weights());
    }
}
