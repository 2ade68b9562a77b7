//! One playground session: config → data → network → steps → losses and grid.
//! The CLI and the web app both drive this type.

use crate::config::Config;
use crate::data::{shuffle, split, Point};
use crate::features::Feature;
use crate::grid::Grid;
use crate::history::{LossHistory, LossPoint, HISTORY_POINTS};
use crate::network::Network;
use crate::registry::{entries, Effect};
use crate::rng::SeedRandom;
use crate::state::{StateError, TrainingState};
use crate::stats::{Collector, NetworkStats, StatsHistory, Tracker};
use crate::train::{evaluate, evaluate_collecting, train_epoch, InputTable, StepParams};

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
}

impl Session {
    /// Starts a session as the original does on page load: seed, generate and shuffle
    /// the data, split it, build the network, compute the initial losses. A config
    /// without a seed gets `fresh_seed`.
    pub fn new(mut config: Config, fresh_seed: impl FnOnce() -> String) -> Self {
        let seed = config.seed.get_or_insert_with(fresh_seed).clone();
        let mut rng = SeedRandom::new(&seed);
        let (train, test) = generate(&config, &mut rng);
        let features = config.active_features();
        let network = Network::new(&config.network_spec(features.len()), &mut rng);
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
        for _ in 0..n {
            self.train_one();
        }
        self.recompute_losses();
    }

    /// Trains one epoch and updates the losses.
    pub fn step(&mut self) {
        self.step_many(1);
    }

    fn train_one(&mut self) {
        let params = StepParams {
            learning_rate: self.config.learning_rate,
            regularization_rate: self.config.regularization_rate,
            batch_size: self.config.batch_size,
        };
        train_epoch(&mut self.network, &self.train, &self.train_inputs, params);
        self.epoch += 1;
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
        stats.carry_rates(&self.stats);
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
            layers,
            history: self.history.clone(),
            stats: self.stats.clone(),
            stats_history: self.stats_history.clone(),
        }
    }

    /// Restores [`Session::training_state`] from a session with the same config;
    /// changes nothing if it does not fit (another shape or optimiser).
    pub fn load_training_state(&mut self, state: &TrainingState) -> Result<(), StateError> {
        self.network.load_layers(state)?;
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

    /// Whether a loss is NaN or infinite: training has diverged.
    pub fn diverged(&self) -> bool {
        !(self.train_loss.is_finite() && self.test_loss.is_finite())
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

    /// New weights from the continuing random stream, epoch 0; the data is kept.
    pub fn reset(&mut self) {
        self.features = self.config.active_features();
        self.refresh_inputs();
        self.network = Network::new(
            &self.config.network_spec(self.features.len()),
            &mut self.rng,
        );
        self.epoch = 0;
        self.tracker.restart(&self.network, 0);
        self.stats = NetworkStats::default();
        self.recompute_losses();
    }

    /// New data from a new seed drawn from the stream (the original's Regenerate);
    /// the network keeps training on it.
    pub fn regenerate(&mut self) {
        let seed = self.rng.next_seed();
        self.reseed_data(seed);
        self.refresh_inputs();
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
        let data_changed = changed(Effect::Data);
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

    /// New data from `seed`; the caller then rebuilds the inputs (`reset` does).
    fn reseed_data(&mut self, seed: String) {
        self.rng = SeedRandom::new(&seed);
        self.config.seed = Some(seed);
        let (train, test) = generate(&self.config, &mut self.rng);
        self.train = train;
        self.test = test;
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

/// Generates, shuffles and splits the data of `config` from `rng` (freshly seeded).
fn generate(config: &Config, rng: &mut SeedRandom) -> (Vec<Point>, Vec<Point>) {
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
    fn reset_keeps_data_and_changes_weights() {
        let mut s = session("seed=r");
        let pts = s.train_points().to_vec();
        let w = s.network().weights();
        s.step();
        s.reset();
        assert_eq!(s.epoch(), 0);
        assert_eq!(s.train_points(), &pts[..]);
        assert_ne!(s.network().weights(), w);
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
