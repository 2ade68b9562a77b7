//! One playground session: config → data → network → steps → losses and grid.
//! The CLI and the web app both drive this type.

use std::ops::Range;
use std::sync::Arc;

use crate::config::Config;
use crate::data::{shuffle, split, Point};
use crate::features::Feature;
use crate::given::GivenData;
use crate::grid::Grid;
use crate::history::{LossHistory, LossPoint, HISTORY_POINTS};
use crate::network::Network;
use crate::registry::{entries, Effect};
use crate::rng::SeedRandom;
use crate::state::{StateError, TrainingState};
use crate::stats::{Collector, NetworkStats, StatsHistory, Tracker};
use crate::train::{
    evaluate, evaluate_collecting, train_from, train_until_update, InputTable, StepParams,
};

/// A running playground.
#[derive(Clone, Debug)]
pub struct Session {
    config: Config,
    /// The original's `Math.random` after the last (re)seed: new weights and new seeds
    /// come from here, so the first Reset after load is reproducible too.
    rng: SeedRandom,
    train: Vec<Point>,
    test: Vec<Point>,
    features: Vec<Feature>,
    /// The training and test points' inputs, computed once per data set and features.
    train_inputs: InputTable,
    test_inputs: InputTable,
    network: Network,
    epoch: u64,
    train_loss: f64,
    test_loss: f64,
    train_accuracy: Option<f64>,
    test_accuracy: Option<f64>,
    /// The numbers after each training slice since epoch 0, bounded.
    history: LossHistory,
    /// What happens inside the network: the latest figures and their history.
    stats: NetworkStats,
    stats_history: StatsHistory,
    /// The loss pass's counts and the run's state between two records of `stats`.
    counts: Collector,
    tracker: Tracker,
    /// Training points of the current epoch already trained (0 unless a single batch
    /// was stepped into it).
    cursor: usize,
    /// The training points of the last single batch stepped, as index ranges (two when
    /// it ran over the end of an epoch); empty after any other training.
    last_batch: Vec<Range<usize>>,
    /// The seed's stream right after the data: every network is drawn from here.
    start: SeedRandom,
}

impl Session {
    /// Starts a session as the original does on page load: seed, generate and shuffle
    /// the data, split it, build the network, compute the initial losses. A config
    /// without a seed gets `fresh_seed`.
    pub fn new(mut config: Config, fresh_seed: impl FnOnce() -> String) -> Self {
        let seed = config.seed.get_or_insert_with(fresh_seed).clone();
        let mut rng = SeedRandom::new(&seed);
        let (train, test) = generate(&config, &mut rng);
        let start = rng.clone();
        let features = config.active_features();
        let network = draw_network(&config, features.len(), &mut rng);
        let (train_inputs, test_inputs) = (
            InputTable::new(&train, &features),
            InputTable::new(&test, &features),
        );
        let mut s = Session {
            config,
            rng,
            train,
            test,
            train_inputs,
            test_inputs,
            features,
            network,
            epoch: 0,
            train_loss: 0.0,
            test_loss: 0.0,
            train_accuracy: None,
            test_accuracy: None,
            history: LossHistory::new(HISTORY_POINTS),
            stats: NetworkStats::default(),
            stats_history: StatsHistory::new(HISTORY_POINTS),
            counts: Collector::default(),
            tracker: Tracker::default(),
            cursor: 0,
            last_batch: vec![],
            start,
        };
        s.tracker.restart(&s.network, 0);
        s.recompute_losses();
        s
    }

    /// The configuration (its seed is always set).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Training points, in training order.
    pub fn train_points(&self) -> &[Point] {
        &self.train
    }

    /// Test points.
    pub fn test_points(&self) -> &[Point] {
        &self.test
    }

    /// Features fed to the network, in order.
    pub fn features(&self) -> &[Feature] {
        &self.features
    }

    /// The network.
    pub fn network(&self) -> &Network {
        &self.network
    }

    /// Epochs trained since the last reset.
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Mean loss on the training points.
    pub fn train_loss(&self) -> f64 {
        self.train_loss
    }

    /// Mean loss on the test points.
    pub fn test_loss(&self) -> f64 {
        self.test_loss
    }

    /// Share of training points classified correctly, 0–1 (classification only).
    pub fn train_accuracy(&self) -> Option<f64> {
        self.train_accuracy
    }

    /// Share of test points classified correctly, 0–1 (classification only).
    pub fn test_accuracy(&self) -> Option<f64> {
        self.test_accuracy
    }

    /// Trains `n` epochs and then updates the losses once: the same numbers as `n` calls
    /// of [`Session::step`], without the loss passes nobody looks at in between.
    pub fn step_many(&mut self, n: u64) {
        if n == 0 {
            return;
        }
        self.train_epochs(n);
        self.recompute_losses();
    }

    /// Trains `n` epochs and leaves the losses as they were: call
    /// [`Session::recompute_losses`] before showing them (the training worker times the
    /// two apart).
    pub fn train_epochs(&mut self, n: u64) {
        for _ in 0..n {
            self.train_one();
        }
    }

    /// Trains `n` epochs as [`Session::step_many`] does (the same numbers), checking the
    /// test loss after each: the first epoch after which it is at most `target`, if one
    /// is. Each check is one pass over the test points; none without test points.
    pub fn step_many_watching(&mut self, n: u64, target: f64) -> Option<u64> {
        if n == 0 {
            return None;
        }
        let reached = self.train_epochs_watching(n, target);
        self.recompute_losses();
        reached
    }

    /// [`Session::step_many_watching`] without the final loss update (as
    /// [`Session::train_epochs`]).
    pub fn train_epochs_watching(&mut self, n: u64, target: f64) -> Option<u64> {
        let mut reached = None;
        for _ in 0..n {
            self.train_one();
            if reached.is_none() && !self.test.is_empty() {
                let test = evaluate(&mut self.network, &self.test, &self.test_inputs);
                if test.loss <= target {
                    reached = Some(self.epoch);
                }
            }
        }
        reached
    }

    /// Trains one epoch and updates the losses.
    pub fn step(&mut self) {
        self.step_many(1);
    }

    fn params(&self) -> StepParams {
        StepParams {
            learning_rate: self.config.learning_rate,
            regularization_rate: self.config.regularization_rate,
            batch_size: self.config.batch_size,
        }
    }

    /// Trains the (rest of the) current epoch.
    fn train_one(&mut self) {
        let (params, from) = (self.params(), std::mem::take(&mut self.cursor));
        train_from(
            &mut self.network,
            &self.train,
            &self.train_inputs,
            params,
            from,
        );
        self.last_batch.clear();
        self.epoch += 1;
    }

    /// Trains one mini-batch: the training points from where the epoch stands up to the
    /// next weight update (into the next epoch if the epoch ends first, as its leftover
    /// samples join the next epoch's first batch), then updates the losses. Playing or
    /// stepping an epoch afterwards finishes the epoch it stands in. With a batch larger
    /// than the training set no update ever comes (the original's rule): it then trains
    /// one epoch's worth of points.
    pub fn step_batch(&mut self) {
        let params = self.params();
        let n = self.train.len();
        self.last_batch.clear();
        let mut trained = 0;
        while n > 0 && trained < n {
            let from = self.cursor;
            let (to, updated) = train_until_update(
                &mut self.network,
                &self.train,
                &self.train_inputs,
                params,
                from,
            );
            trained += to - from;
            self.last_batch.push(from..to);
            if to >= n {
                self.cursor = 0;
                self.epoch += 1;
            } else {
                self.cursor = to;
            }
            if updated {
                break;
            }
        }
        self.recompute_losses();
    }

    /// Training points of the current epoch already trained (see [`Session::step_batch`]).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Indices (into [`Session::train_points`]) of the points the last
    /// [`Session::step_batch`] trained on; empty after any other training.
    pub fn last_batch(&self) -> impl Iterator<Item = usize> + '_ {
        self.last_batch.iter().flat_map(Clone::clone)
    }

    /// Weight updates since the network was built.
    pub fn updates(&self) -> u64 {
        self.network.updates()
    }

    /// Recomputes both losses and accuracies (after an edit of a weight, say) and records
    /// them in the history, which starts over at epoch 0.
    pub fn recompute_losses(&mut self) {
        let net = &mut self.network;
        let train = evaluate_collecting(net, &self.train, &self.train_inputs, &mut self.counts);
        let test = evaluate(net, &self.test, &self.test_inputs);
        self.train_loss = train.loss;
        self.test_loss = test.loss;
        self.train_accuracy = train.accuracy;
        self.test_accuracy = test.accuracy;
        if self.epoch == 0 {
            self.history.clear();
            self.stats_history.clear();
        }
        self.history.push(LossPoint {
            epoch: self.epoch,
            train: train.loss,
            test: test.loss,
            train_accuracy: train.accuracy,
            test_accuracy: test.accuracy,
        });
        let mut stats = self
            .tracker
            .record(&mut self.network, self.epoch, &self.counts);
        if self.epoch == 0 {
            stats.mark_initial();
        } else {
            stats.carry_from(&self.stats);
        }
        self.stats_history.push(stats.point(self.epoch));
        self.stats = stats;
    }

    /// What happens inside the network now (see [`crate::stats`]).
    pub fn stats(&self) -> &NetworkStats {
        &self.stats
    }

    /// The statistics' figures since epoch 0.
    pub fn stats_history(&self) -> &StatsHistory {
        &self.stats_history
    }

    /// The losses and accuracies since epoch 0, as the loss chart shows them.
    pub fn history(&self) -> &LossHistory {
        &self.history
    }

    /// Everything training changes. A session built from the same config (the data
    /// follow from its seed) continues exactly where this one is after
    /// [`Session::load_training_state`]; the page uses this to train in a worker.
    pub fn training_state(&self) -> TrainingState {
        let (layers, pending, updates) = self.network.save_layers();
        TrainingState {
            epoch: self.epoch,
            train_loss: self.train_loss,
            test_loss: self.test_loss,
            train_accuracy: self.train_accuracy,
            test_accuracy: self.test_accuracy,
            pending,
            updates,
            cursor: self.cursor,
            layers,
            history: self.history.clone(),
            stats: self.stats.clone(),
            stats_history: self.stats_history.clone(),
        }
    }

    /// Restores [`Session::training_state`] from a session with the same config;
    /// changes nothing if it does not fit (another shape or optimiser).
    pub fn load_training_state(&mut self, state: &TrainingState) -> Result<(), StateError> {
        if state.cursor > self.train.len() {
            return Err(StateError::Mismatch);
        }
        self.network.load_layers(state)?;
        self.cursor = state.cursor;
        self.last_batch.clear();
        self.epoch = state.epoch;
        self.train_loss = state.train_loss;
        self.test_loss = state.test_loss;
        self.train_accuracy = state.train_accuracy;
        self.test_accuracy = state.test_accuracy;
        self.history = state.history.clone();
        self.stats = state.stats.clone();
        self.stats_history = state.stats_history.clone();
        // The figures of the next record start from the loaded weights.
        self.network.take_gradient_sums();
        self.tracker.restart(&self.network, state.epoch);
        Ok(())
    }

    /// Whether a loss is NaN or infinite: training has diverged. The loss of an empty
    /// set (NaN, as in the original) does not count: the user's points may leave a set
    /// empty.
    pub fn diverged(&self) -> bool {
        let bad = |loss: f64, points: &[Point]| !points.is_empty() && !loss.is_finite();
        bad(self.train_loss, &self.train) || bad(self.test_loss, &self.test)
    }

    /// Sets the weight of the link `src → dest` into non-input layer `layer` (0 = first
    /// hidden layer) and recomputes the losses. A link frozen by L1 stays frozen but
    /// carries the new value. Returns false (changing nothing) for a bad index or value.
    pub fn set_weight(&mut self, layer: usize, dest: usize, src: usize, value: f64) -> bool {
        let Some(l) = self.network.layers_mut().get_mut(layer) else {
            return false;
        };
        if !value.is_finite() || dest >= l.n_out || src >= l.n_in {
            return false;
        }
        l.weights[dest * l.n_in + src] = value;
        self.recompute_losses();
        true
    }

    /// Sets the bias of node `node` of non-input layer `layer` (the output node too) and
    /// recomputes the losses. Returns false (changing nothing) for a bad index or value.
    pub fn set_bias(&mut self, layer: usize, node: usize, value: f64) -> bool {
        let Some(l) = self.network.layers_mut().get_mut(layer) else {
            return false;
        };
        if !value.is_finite() || node >= l.n_out {
            return false;
        }
        l.biases[node] = value;
        self.recompute_losses();
        true
    }

    /// Sets every weight (destination by destination, source by source) and bias of
    /// non-input layer `layer` and recomputes the losses once. Returns false (changing
    /// nothing) for a bad index, a wrong count or a value that is not finite.
    pub fn set_layer(&mut self, layer: usize, weights: &[f64], biases: &[f64]) -> bool {
        let Some(l) = self.network.layers_mut().get_mut(layer) else {
            return false;
        };
        let finite = weights.iter().chain(biases).all(|v| v.is_finite());
        if !finite || weights.len() != l.weights.len() || biases.len() != l.biases.len() {
            return false;
        }
        l.weights.copy_from_slice(weights);
        l.biases.copy_from_slice(biases);
        self.recompute_losses();
        true
    }

    /// Back to epoch 0 with the starting weights: the network drawn from the seed's
    /// stream after the data (the `draws + 1`-th draw), so Reset twice gives the same
    /// network and a link reproduces it. The data is kept.
    pub fn reset(&mut self) {
        self.features = self.config.active_features();
        self.refresh_inputs();
        self.rng = self.start.clone();
        self.network = draw_network(&self.config, self.features.len(), &mut self.rng);
        self.epoch = 0;
        self.cursor = 0;
        self.last_batch.clear();
        self.tracker.restart(&self.network, 0);
        self.stats = NetworkStats::default();
        self.recompute_losses();
    }

    /// New weights, epoch 0: the next draw of the stream, as the original's Reset does
    /// (its first Reset after loading gives its weights, bit for bit). Counted in
    /// `config.draws`, so the link reproduces them.
    pub fn new_weights(&mut self) {
        self.config.draws = self.config.draws.saturating_add(1);
        self.reset();
    }

    /// New data from a new seed drawn from the stream (the original's Regenerate);
    /// the network keeps training on it.
    pub fn regenerate(&mut self) {
        let seed = self.rng.next_seed();
        self.reseed_data(seed);
        self.refresh_inputs();
        self.last_batch.clear();
        self.cursor = self.cursor.min(self.train.len());
        self.recompute_losses();
    }

    /// Trains on `given` from now on, keeping the network, the optimiser and the epoch:
    /// the user is drawing. The points keep their order and sets (drawn points have
    /// sets, so nothing is shuffled); the next epoch starts from the first point. The
    /// seed and its stream stay; the starting weights become those a link with these
    /// points gives, so Reset and a shared link agree.
    pub fn edit_points(&mut self, given: Arc<GivenData>) {
        self.config.given = Some(given);
        let seed = self.config.seed.clone().unwrap_or_default();
        let mut rng = SeedRandom::new(&seed);
        let (train, test) = generate(&self.config, &mut rng);
        self.start = rng;
        self.train = train;
        self.test = test;
        self.refresh_inputs();
        self.cursor = 0;
        self.last_batch.clear();
        self.recompute_losses();
    }

    /// Applies a new configuration, each change as the registry's [`Effect`] says:
    /// changes that alter the data draw a new seed and regenerate it, as the original
    /// does; those the network is built from reset it; live settings (learning rate,
    /// regularisation rate, batch size, momentum) apply from the next update.
    pub fn apply(&mut self, config: Config) {
        let old = std::mem::replace(&mut self.config, config);
        self.config.seed = old.seed.clone();
        let new = &self.config;
        // What each setting's change does is written once, in the registry.
        let changed = |effect| {
            entries()
                .iter()
                .any(|e| e.effect == effect && e.differs(&old, new))
        };
        let data_changed = changed(Effect::Data) || old.given != new.given;
        // Hiding a part of the page changes nothing here; removing a feature the network
        // is fed (`x_hide=true`) does.
        let net_changed =
            changed(Effect::Network) || old.active_features() != new.active_features();
        self.network.set_momentum(new.momentum);
        if data_changed {
            let seed = self.rng.next_seed();
            self.reseed_data(seed);
        }
        if data_changed || net_changed {
            self.reset();
        }
    }

    /// Follows `a` as compare mode's second network: takes `config` (A's with this
    /// network's overrides, [`crate::compare::Compare::config_b`]) and, when A's data
    /// changed, A's points, seed and stream. A new network, or new data that started A
    /// over, starts this one over from the starting weights A's stream gives (the same as
    /// A's where the shapes agree); new data A kept training on (`kept`: Regenerate,
    /// drawing) keeps this network training too. Live settings apply from the next
    /// update.
    pub fn follow(&mut self, a: &Session, config: Config, kept: bool) {
        let old = std::mem::replace(&mut self.config, config);
        let new = &self.config;
        // Whether a setting of `effect` changed, leaving out the key `ignored`.
        let changed = |effect, ignored: &str| {
            entries()
                .iter()
                .any(|e| e.effect == effect && e.key != ignored && e.differs(&old, new))
        };
        let data_changed =
            changed(Effect::Data, "") || old.given != new.given || old.seed != new.seed;
        // New data A kept training on may reset A's count of New weights (a new seed
        // starts its own stream): that is not a new network.
        let net_changed = changed(Effect::Network, if kept { "draws" } else { "" })
            || old.active_features() != new.active_features();
        self.network.set_momentum(new.momentum);
        if data_changed {
            self.train = a.train.clone();
            self.test = a.test.clone();
            self.start = a.start.clone();
            self.rng = a.rng.clone();
        }
        if net_changed || (data_changed && !kept) {
            self.reset();
        } else if data_changed {
            self.refresh_inputs();
            // Drawn points start the epoch again, as they do for A.
            self.cursor = if old.given == self.config.given {
                self.cursor.min(self.train.len())
            } else {
                0
            };
            self.last_batch.clear();
            self.recompute_losses();
        }
    }

    /// New data from `seed`; the caller then rebuilds the inputs (`reset` does).
    fn reseed_data(&mut self, seed: String) {
        self.rng = SeedRandom::new(&seed);
        self.config.seed = Some(seed);
        let (train, test) = generate(&self.config, &mut self.rng);
        self.train = train;
        self.test = test;
        // A new seed starts its own stream: its first network comes next.
        self.start = self.rng.clone();
        self.config.draws = 0;
    }

    /// Rebuilds the points' inputs after new data or new features.
    fn refresh_inputs(&mut self) {
        self.train_inputs = InputTable::new(&self.train, &self.features);
        self.test_inputs = InputTable::new(&self.test, &self.features);
    }

    /// Fills `grid` with every node's output over the domain.
    pub fn compute_grid(&self, grid: &mut Grid) {
        grid.compute(&self.network, &self.features);
    }
}

/// The network of `config` over `inputs` inputs, drawn from `rng` (at the stream's point
/// after the data): `config.draws` networks are drawn and dropped first.
fn draw_network(config: &Config, inputs: usize, rng: &mut SeedRandom) -> Network {
    let spec = config.network_spec(inputs);
    for _ in 0..config.draws {
        Network::new(&spec, rng);
    }
    Network::new(&spec, rng)
}

/// Generates, shuffles and splits the data of `config` from `rng` (freshly seeded); given
/// points are split (and shuffled, unless the file split them) instead.
fn generate(config: &Config, rng: &mut SeedRandom) -> (Vec<Point>, Vec<Point>) {
    if let Some(given) = &config.given {
        return given.split(config.perc_train_data, rng);
    }
    let dataset = config.current_dataset();
    let n = config.problem.sample_count();
    let mut points = dataset.generate(n, config.noise / 100.0, config.classes, rng);
    shuffle(&mut points, rng);
    split(points, config.perc_train_data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;

    fn session(h: &str) -> Session {
        Session::new(hash::parse(h).config, || "fallback".into())
    }

    #[test]
    fn a_second_network_follows_the_first_one_s_data_and_resets() {
        use crate::compare::Compare;
        let (c, _) = Compare::parse("activation:relu");
        let mut a = session("seed=follow&dataset=xor&networkShape=4");
        let mut b = Session::new(c.config_b(a.config(), a.train_points().len()), String::new);
        a.step_many(5);
        b.step_many(5);
        // New data mid-run: both keep training on it, also after New weights (which
        // Regenerate's new seed counts from 0 again).
        a.new_weights();
        b.follow(&a, c.config_b(a.config(), a.train_points().len()), false);
        a.step_many(5);
        b.step_many(5);
        let weights = b.network().layers()[0].weights.clone();
        a.regenerate();
        b.follow(&a, c.config_b(a.config(), a.train_points().len()), true);
        assert_eq!(b.train_points(), a.train_points());
        assert_eq!(b.epoch(), 5);
        assert_eq!(b.config().seed, a.config().seed);
        assert_eq!(
            b.network().layers()[0].weights,
            weights,
            "B kept its network"
        );
        // New weights: B starts from A's.
        a.new_weights();
        b.follow(&a, c.config_b(a.config(), a.train_points().len()), false);
        assert_eq!(b.epoch(), 0);
        assert_eq!(
            b.network().layers()[0].weights,
            a.network().layers()[0].weights
        );
        // A new data set: both start over on the same points from the same weights.
        let mut config = a.config().clone();
        config.dataset = crate::Dataset::Circle;
        a.apply(config);
        b.follow(&a, c.config_b(a.config(), a.train_points().len()), false);
        assert_eq!(b.test_points(), a.test_points());
        assert_eq!(
            b.network().layers()[1].weights,
            a.network().layers()[1].weights
        );
        assert_eq!(b.config().activation, crate::Activation::Relu);
        // And B is what a fresh B for A's link would be.
        let fresh = Session::new(c.config_b(a.config(), a.train_points().len()), String::new);
        assert_eq!(fresh.training_state(), b.training_state());
    }

    #[test]
    fn watching_the_test_loss_trains_the_same_and_finds_its_first_epoch() {
        let link = "seed=watch&dataset=gauss&networkShape=3&learningRate=0.1";
        let (mut plain, mut watched) = (session(link), session(link));
        plain.step_many(40);
        let reached = watched.step_many_watching(40, 0.1);
        assert_eq!(plain.training_state(), watched.training_state());
        // The same first epoch, found one epoch at a time.
        let mut one = session(link);
        let first = (1..=40).find(|_| {
            one.step();
            one.test_loss() <= 0.1
        });
        assert!(first.is_some(), "this run reaches 0.1 within 40 epochs");
        assert_eq!(reached, first);
        assert_eq!(session(link).step_many_watching(40, -1.0), None);
    }

    #[test]
    fn drawing_keeps_the_network_training_and_the_link_reproduces_the_start() {
        use crate::csv::Split;
        use crate::given::Edit;
        let mut s = session("seed=draw&dataset=gauss&networkShape=3");
        s.step_many(20);
        let weights = s.training_state().layers;
        let start = GivenData::from_sets(s.train_points(), s.test_points(), true);
        let p = Point {
            x: 1.234,
            y: -2.0,
            target: crate::loss::Target::Binary(true),
        };
        let drawn = start.edited(
            Edit::Add(p, Split::Train),
            s.train_points(),
            s.test_points(),
        );
        s.edit_points(Arc::new(drawn.clone()));
        assert_eq!(s.epoch(), 20, "the run goes on");
        assert_eq!(s.train_points().last().map(|p| p.x), Some(1.23));
        assert_eq!(s.train_points().len(), 251);
        assert_eq!(weights, s.training_state().layers, "the weights are kept");
        s.step_many(5);
        assert_eq!(s.epoch(), 25);
        // The link carries the points; its epoch 0 is Reset's.
        let link = hash::write(s.config());
        assert!(link.contains("points="), "{link}");
        let mut again = session(&link);
        assert_eq!(again.train_points(), s.train_points());
        assert_eq!(again.test_points(), s.test_points());
        s.reset();
        assert_eq!(s.train_loss().to_bits(), again.train_loss().to_bits());
        again.step_many(3);
        s.step_many(3);
        assert_eq!(s.training_state(), again.training_state());
        // Every point erased: empty sets are not a divergence.
        let cleared = drawn.edited(Edit::Clear, s.train_points(), s.test_points());
        s.edit_points(Arc::new(cleared));
        s.step_many(2);
        assert!(s.train_points().is_empty() && !s.diverged());
        let mut only_train = GivenData::new(vec![p], Some(vec![Split::Train]));
        only_train = only_train.edited(
            Edit::Erase {
                x: 5.0,
                y: 5.0,
                radius: 0.5,
            },
            s.train_points(),
            s.test_points(),
        );
        s.edit_points(Arc::new(only_train));
        s.step_many(2);
        assert_eq!((s.train_points().len(), s.test_points().len()), (1, 0));
        assert!(!s.diverged() && s.train_loss().is_finite());
    }

    #[test]
    fn given_points_replace_the_data_set_and_train() {
        let table = crate::csv::read(
            &(0..40)
                .map(|i| {
                    let x = f64::from(i) / 8.0 - 2.5;
                    format!("{x},{},{}\n", -x / 2.0, if x > 0.0 { 1 } else { -1 })
                })
                .collect::<String>(),
        )
        .unwrap();
        let mut config = hash::parse("seed=given&networkShape=2").config;
        config.given = Some(std::sync::Arc::new(table.into()));
        let mut s = Session::new(config.clone(), || unreachable!());
        assert_eq!((s.train_points().len(), s.test_points().len()), (20, 20));
        let before = s.train_loss();
        s.step_many(50);
        assert!(
            s.train_loss() < before / 2.0,
            "{before} -> {}",
            s.train_loss()
        );
        // The same config gives the same split and run.
        let mut again = Session::new(config.clone(), || unreachable!());
        again.step_many(50);
        assert_eq!(again.train_loss().to_bits(), s.train_loss().to_bits());
        // Dropping the points brings the generated data set back.
        let mut generated = config.clone();
        generated.given = None;
        s.apply(generated);
        assert_eq!(s.train_points().len(), 250);
        assert_eq!(s.epoch(), 0);
    }

    #[test]
    fn same_config_same_numbers() {
        let mut a = session("seed=det&activation=relu&networkShape=5,3");
        let mut b = session("seed=det&activation=relu&networkShape=5,3");
        for _ in 0..20 {
            a.step();
            b.step();
        }
        assert_eq!(a.train_loss().to_bits(), b.train_loss().to_bits());
        assert_eq!(a.network().weights(), b.network().weights());
        assert_eq!(a.epoch(), 20);
    }

    #[test]
    fn step_many_equals_single_steps() {
        let mut a = session("seed=many&activation=sigmoid&batchSize=7");
        let mut b = a.clone();
        a.step_many(13);
        for _ in 0..13 {
            b.step();
        }
        assert_eq!(a.epoch(), 13);
        assert_eq!(a.train_loss().to_bits(), b.train_loss().to_bits());
        assert_eq!(a.test_loss().to_bits(), b.test_loss().to_bits());
        assert_eq!(a.network().weights(), b.network().weights());
        a.step_many(0);
        assert_eq!(a.epoch(), 13);
    }

    #[test]
    fn training_state_moves_a_run_to_a_fresh_session() {
        // Batch 7 over 250 points leaves a part-filled batch at every epoch's end, so the
        // accumulators must travel too; L1 makes dead links.
        let link = "seed=move&activation=tanh&batchSize=7&regularization=L1&regularizationRate=0.01&networkShape=4,3";
        let mut a = session(link);
        a.step_many(9);
        a.regenerate();
        a.step_many(3);
        // What a worker gets: the link (with the current seed) and the state.
        let hash_now = crate::hash::write(a.config());
        let mut b = session(&hash_now);
        assert!(b.load_training_state(&a.training_state()).is_ok());
        assert_eq!(b.epoch(), 12);
        assert_eq!(b.train_points(), a.train_points());
        a.step_many(5);
        b.step_many(5);
        assert_eq!(a.training_state(), b.training_state());
    }

    #[test]
    fn a_state_that_does_not_fit_changes_nothing() {
        let mut a = session("seed=fit&networkShape=4,3");
        let before = a.training_state();
        let other = session("seed=fit&networkShape=4,2").training_state();
        assert_eq!(a.load_training_state(&other), Err(StateError::Mismatch));
        let adam = session("seed=fit&networkShape=4,3&optimizer=adam").training_state();
        assert_eq!(a.load_training_state(&adam), Err(StateError::Mismatch));
        let mut short = before.clone();
        short.layers[1].acc_w.pop();
        assert_eq!(a.load_training_state(&short), Err(StateError::Mismatch));
        assert_eq!(a.training_state(), before);
    }

    #[test]
    fn missing_seed_uses_the_fresh_one() {
        let s = session("activation=relu");
        assert_eq!(s.config().seed.as_deref(), Some("fallback"));
    }

    #[test]
    fn reset_keeps_data_and_weights_and_new_weights_are_the_next_draw() {
        let mut s = session("seed=r");
        let pts = s.train_points().to_vec();
        let w = s.network().weights();
        let loss = s.train_loss();
        s.step();
        s.reset();
        assert_eq!(s.epoch(), 0);
        assert_eq!(s.train_points(), &pts[..]);
        assert_eq!(
            s.network().weights(),
            w,
            "Reset goes back to the same start"
        );
        assert_eq!(s.train_loss(), loss);
        s.new_weights();
        assert_eq!(s.config().draws, 1);
        assert_eq!(s.train_points(), &pts[..]);
        let drawn = s.network().weights();
        assert_ne!(drawn, w);
        // The link reproduces it, and Reset keeps it.
        let link = hash::write(s.config());
        assert!(link.contains("draws=1"), "{link}");
        assert_eq!(session(&link).network().weights(), drawn);
        s.step();
        s.reset();
        assert_eq!(s.network().weights(), drawn);
        // A change of shape rebuilds from the same stream: the link opens the same network.
        let mut config = s.config().clone();
        config.network_shape = vec![3];
        s.apply(config);
        let reopened = session(&hash::write(s.config()));
        assert_eq!(reopened.network().weights(), s.network().weights());
        // New data is a new seed's stream: its first draw.
        let mut config = s.config().clone();
        config.noise = 20.0;
        s.apply(config);
        assert_eq!(s.config().draws, 0);
        let reopened = session(&hash::write(s.config()));
        assert_eq!(reopened.network().weights(), s.network().weights());
        assert_eq!(reopened.train_points(), s.train_points());
    }

    #[test]
    fn a_link_asking_for_too_many_draws_is_capped_with_a_warning() {
        let parsed = hash::parse("seed=a&draws=1000000");
        assert_eq!(parsed.config.draws, crate::registry::MAX_DRAWS);
        assert!(!parsed.warnings.is_empty());
        assert_eq!(hash::parse("seed=a&draws=3").config.draws, 3);
    }

    #[test]
    fn single_batches_add_up_to_the_epoch() {
        let link = "seed=batches&batchSize=10&activation=tanh&networkShape=4,2";
        let (mut by_batch, mut by_epoch) = (session(link), session(link));
        for k in 1..=25 {
            let before = by_batch.updates();
            by_batch.step_batch();
            assert_eq!(by_batch.updates(), before + 1);
            assert_eq!(by_batch.last_batch().count(), 10);
            assert_eq!(by_batch.last_batch().next(), Some((k - 1) * 10));
        }
        by_epoch.step();
        assert_eq!(by_batch.epoch(), 1);
        assert_eq!(by_batch.cursor(), 0);
        assert_eq!(by_batch.network().weights(), by_epoch.network().weights());
        assert_eq!(by_batch.train_loss(), by_epoch.train_loss());
        by_epoch.step();
        assert_eq!(
            by_epoch.last_batch().count(),
            0,
            "only a batch step marks points"
        );
    }

    #[test]
    fn a_batch_runs_over_the_epoch_end_and_a_step_finishes_the_epoch() {
        let link = "seed=over&batchSize=30&networkShape=3";
        let (mut a, mut b) = (session(link), session(link));
        // 250 points: 8 updates per epoch; the count restarts with each epoch (the
        // original's rule), so the 10 leftover samples join the next epoch's first 30.
        for _ in 0..9 {
            a.step_batch();
        }
        assert_eq!((a.epoch(), a.cursor(), a.updates()), (1, 30, 9));
        let last: Vec<usize> = a.last_batch().collect();
        assert_eq!(last.len(), 40);
        assert_eq!((last[0], last[9], last[10], last[39]), (240, 249, 0, 29));
        a.step();
        b.step_many(2);
        assert_eq!((a.epoch(), a.cursor()), (2, 0));
        assert_eq!(a.network().weights(), b.network().weights());
        assert_eq!(a.test_loss(), b.test_loss());
    }

    #[test]
    fn a_stepped_batch_survives_the_training_state() {
        let link = "seed=carry&batchSize=7&networkShape=3";
        let mut a = session(link);
        a.step_batch();
        a.step_batch();
        let mut b = session(link);
        b.load_training_state(&a.training_state()).unwrap();
        assert_eq!(b.cursor(), 14);
        a.step_many(3);
        b.step_many(3);
        assert_eq!(a.network().weights(), b.network().weights());
        let mut bad = a.training_state();
        bad.cursor = 10_000;
        assert_eq!(b.load_training_state(&bad), Err(StateError::Mismatch));
    }

    #[test]
    fn a_batch_larger_than_the_data_never_updates_and_stops_after_an_epoch() {
        let mut s = session("seed=big&batchSize=500&networkShape=3");
        let before = s.network().weights();
        s.step_batch();
        assert_eq!((s.epoch(), s.updates()), (1, 0));
        assert_eq!(s.network().weights(), before);
        assert_eq!(s.last_batch().count(), s.train_points().len());
    }

    #[test]
    fn the_initial_weights_stay_while_training() {
        let mut s = session("seed=ghost&networkShape=4");
        let initial = s.stats().layers[0].weights.clone();
        assert_eq!(s.stats().layers[0].initial_weights, initial);
        s.step_many(50);
        assert_eq!(s.stats().layers[0].initial_weights, initial);
        assert_ne!(s.stats().layers[0].weights, initial);
        s.reset();
        assert_eq!(
            s.stats().layers[0].initial_weights,
            s.stats().layers[0].weights
        );
    }

    #[test]
    fn regenerate_changes_data_and_seed_but_not_weights() {
        let mut s = session("seed=g");
        let pts = s.train_points().to_vec();
        let w = s.network().weights();
        s.regenerate();
        assert_ne!(s.train_points(), &pts[..]);
        assert_ne!(s.config().seed.as_deref(), Some("g"));
        assert_eq!(s.network().weights(), w);
        // The new seed reproduces the new data.
        let again = Session::new(s.config().clone(), || unreachable!());
        assert_eq!(again.train_points(), s.train_points());
    }

    #[test]
    fn edits_change_the_losses_and_bad_edits_are_refused() {
        let mut s = session("seed=edit");
        let before = s.train_loss();
        assert!(s.set_weight(0, 1, 0, 3.0));
        assert_eq!(s.network().layers()[0].weights[2], 3.0);
        assert_ne!(s.train_loss(), before);
        let after_weight = s.train_loss();
        assert!(s.set_bias(2, 0, -0.4));
        assert_ne!(s.train_loss(), after_weight);
        assert!(!s.set_weight(9, 0, 0, 1.0));
        assert!(!s.set_weight(0, 0, 7, 1.0));
        assert!(!s.set_bias(0, 0, f64::NAN));
    }

    #[test]
    fn divergence_is_detected() {
        let mut s = session("seed=boom&learningRate=10&networkShape=8,8,8&batchSize=1&problem=regression&activation=relu");
        assert!(!s.diverged());
        for _ in 0..5 {
            s.step();
        }
        assert!(s.diverged());
        s.reset();
        assert!(!s.diverged());
    }

    #[test]
    fn every_setting_the_network_or_data_depend_on_has_that_effect() {
        // Change one setting at a time from a base; whenever the network that would be
        // built (momentum aside) or the data's recipe differs, the session must reset.
        let base = session("seed=reg&networkShape=3,2");
        let links = [
            "activation=relu",
            "regularization=L1",
            "networkShape=3",
            "x=false",
            "sinX=true",
            "initZero=true",
            "loss=crossentropy",
            "optimizer=adam",
            "init=xavier",
            "layerActivations=,gelu",
            "problem=regression",
            "problem=multiclass",
            "dataset=xor",
            "noise=20",
            "percTrainData=60",
            "learningRate=0.3",
            "batchSize=3",
            "regularizationRate=0.1",
            "momentum=0.5",
            "showTestData=true",
            "discretize=true",
            "speed=max",
            "lang=zh",
            "classes=4",
            "multiDataset=spiral",
            "regDataset=reg-gauss",
        ];
        for link in links {
            let mut s = base.clone();
            s.step();
            let new = hash::parse(&format!("seed=reg&networkShape=3,2&{link}")).config;
            let spec = |c: &Config| {
                let mut spec = c.network_spec(c.active_features().len());
                spec.optimizer.momentum = 0.0;
                spec
            };
            let data = |c: &Config| {
                (
                    c.problem,
                    c.current_dataset(),
                    c.class_count(),
                    c.noise.to_bits(),
                    c.perc_train_data.to_bits(),
                )
            };
            let must_reset = spec(s.config()) != spec(&new) || data(s.config()) != data(&new);
            let data_changed = data(s.config()) != data(&new);
            let seed_before = s.config().seed.clone();
            s.apply(new);
            assert_eq!(s.epoch() == 0, must_reset, "{link}");
            assert_eq!(s.config().seed != seed_before, data_changed, "{link}");
        }
    }

    #[test]
    fn live_settings_do_not_reset() {
        let mut s = session("seed=live");
        s.step();
        let mut c = s.config().clone();
        c.learning_rate = 0.1;
        c.batch_size = 3;
        s.apply(c.clone());
        assert_eq!(s.epoch(), 1);
        c.activation = crate::activation::Activation::Relu;
        s.apply(c);
        assert_eq!(s.epoch(), 0);
    }

    #[test]
    fn hiding_controls_keeps_training_but_removing_an_input_resets() {
        let mut s = session("seed=hide");
        s.step();
        let mut c = s.config().clone();
        c.set_hidden("playButton", true);
        c.set_hidden("lossChart", true);
        c.page.hide_text = true;
        // A feature that is switched off is not fed in: hiding it changes no input.
        c.set_hidden("sinX", true);
        s.apply(c.clone());
        assert_eq!(s.epoch(), 1);
        assert_eq!(s.config().page.hidden, c.page.hidden);
        c.set_hidden("x", true);
        s.apply(c);
        assert_eq!(s.epoch(), 0);
        assert_eq!(s.features(), &[Feature::Y]);
    }
}
