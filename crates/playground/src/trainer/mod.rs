//! Training in a Web Worker at maximum speed, so the main thread only draws.
//!
//! - [`Trainer`]: what the worker does with the messages (pure; tested natively);
//! - [`protocol`]: the messages, as plain JS objects;
//! - [`worker`]: the worker's event loop (the `trainer` binary runs it);
//! - [`client`]: the page's handle on the worker.
//!
//! The page owns the session. When it plays at maximum speed it sends the worker its link
//! (from which the worker rebuilds the same data) and the training state; the worker
//! trains in slices of about [`SLICE_MS`] and posts its state after each; about 30 times
//! a second an animation frame adopts the latest. Any other change to the session starts a
//! new *run*: the page sends the changed state again, and progress from older runs is
//! dropped, so nothing the user does is overwritten by training that did not see it.

pub mod client;
pub mod protocol;
pub mod worker;

use std::sync::Arc;

use nn_core::given::GivenData;
use nn_core::{hash, Session, TrainingState};

use crate::side::Side;

/// Training time per slice in the worker. Each slice ends with both losses (for the
/// heavy network that is as much work as an epoch and a half) and a post, so longer is
/// cheaper; the page adopts a state only about every 30 ms anyway, and a new run or a
/// stop waits for the slice to end.
pub const SLICE_MS: f64 = 25.0;

/// A limit far beyond any run (and exact in the protocol's numbers): no limit.
pub const UNLIMITED: u64 = 1 << 52;

/// A slice trains at least this many times as long as its loss pass takes.
const LOSS_SHARE: f64 = 6.0;

/// A run handed to a worker: the session of `link` (its points in `given`, if any) in
/// `state`, trained up to `limit`.
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    /// Which network it is.
    pub side: Side,
    /// The page's run number.
    pub run: u64,
    /// The session's link, seed included.
    pub link: String,
    /// The points given in place of the link's data set, if any.
    pub given: Option<Arc<GivenData>>,
    /// [`Session::training_state`].
    pub state: TrainingState,
    /// The epoch to stop at until told to go further ([`Trainer::extend`]): compare mode
    /// keeps its two workers in lock-step this way. `None`: no limit.
    pub limit: Option<u64>,
    /// Whether to watch for the first epoch whose test loss reaches
    /// [`nn_core::compare::TARGET_LOSS`] (compare mode, until the page knows it).
    pub watch: bool,
}

/// The worker's training run.
#[derive(Debug, Default)]
pub struct Trainer {
    session: Option<Session>,
    /// The link `session` was built from.
    link: String,
    /// The points it was given, if any.
    given: Option<Arc<GivenData>>,
    side: Side,
    /// The page's run number for the current state.
    run: u64,
    running: bool,
    /// See [`Job::limit`].
    limit: Option<u64>,
    /// See [`Job::watch`].
    watch: bool,
    /// The first epoch of this run whose test loss reached the target, once found.
    reached: Option<u64>,
    /// Epochs per slice, adapted to [`SLICE_MS`].
    epochs: u64,
}

/// The state after a slice, for the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The network it belongs to.
    pub side: Side,
    /// The run it belongs to.
    pub run: u64,
    /// [`Session::training_state`].
    pub state: TrainingState,
    /// The first epoch at which the test loss reached the target, if the worker watched
    /// and found it.
    pub reached: Option<u64>,
}

impl Trainer {
    /// Takes over a run: the session of the job's link (rebuilt only if the link or the
    /// points changed) in its state, and starts training. An error (a link or state that
    /// does not fit) leaves the trainer stopped.
    pub fn start(&mut self, job: Job) -> Result<(), String> {
        self.running = false;
        if self.session.is_none() || self.link != job.link || self.given != job.given {
            // The page sends the canonical fragment it wrote: read it as one, so a seed
            // with a `#` in it (`seed=a#b`) is not taken for the start of a fragment.
            let mut parsed = hash::parse_fragment(&job.link);
            if parsed.config.seed.is_none() {
                return Err(format!("the link has no seed: {}", job.link));
            }
            parsed.config.given = job.given.clone();
            self.session = Some(Session::new(parsed.config, String::new));
            self.link = job.link;
            self.given = job.given;
        }
        let session = self.session.as_mut().expect("just built");
        if let Err(why) = session.load_training_state(&job.state) {
            return Err(format!("{why}: it does not fit the network of the link"));
        }
        self.side = job.side;
        self.run = job.run;
        self.limit = job.limit;
        self.watch = job.watch;
        self.reached = None;
        self.running = !session.diverged();
        self.epochs = self.epochs.max(1);
        Ok(())
    }

    /// Lets the run of number `run` go on up to `limit` (a later start's run ignores it).
    pub fn extend(&mut self, run: u64, limit: u64) {
        if run == self.run {
            self.limit = Some(self.limit.map_or(limit, |l| l.max(limit)));
        }
    }

    /// Stops training (until the next start).
    pub fn stop(&mut self) {
        self.running = false;
    }

    /// Whether a slice would train: running, and short of the limit.
    pub fn running(&self) -> bool {
        self.running && self.left() > 0
    }

    /// Epochs left before the limit.
    fn left(&self) -> u64 {
        let epoch = self.session.as_ref().map_or(0, Session::epoch);
        self.limit.map_or(u64::MAX, |l| l.saturating_sub(epoch))
    }

    /// Trains one slice, timing it with `now` (milliseconds), and returns the state to
    /// post. Stops by itself when the losses stop being finite.
    pub fn slice(&mut self, mut now: impl FnMut() -> f64) -> Option<Progress> {
        if !self.running() {
            return None;
        }
        let epochs = self.epochs.min(self.left());
        let session = self.session.as_mut()?;
        let start = now();
        if self.watch && self.reached.is_none() {
            self.reached = session.train_epochs_watching(epochs, nn_core::compare::TARGET_LOSS);
        } else {
            session.train_epochs(epochs);
        }
        let trained = now();
        session.recompute_losses();
        let (training, losses) = (trained - start, now() - trained);
        // The slice's training aims at SLICE_MS, or at several times the loss pass when
        // that is long (10,000 points), so that the losses after each slice cost at most
        // about a sixth of the time. Double while well under, halve when well over (a
        // slice cut short by the limit says nothing about the pace).
        let aim = SLICE_MS.max(LOSS_SHARE * losses);
        if training < aim * 0.5 && epochs == self.epochs {
            self.epochs = (self.epochs * 2).min(1 << 20);
        } else if training > aim * 1.5 {
            self.epochs = (epochs / 2).max(1);
        }
        if session.diverged() {
            self.running = false;
        }
        Some(Progress {
            side: self.side,
            run: self.run,
            state: session.training_state(),
            reached: self.reached,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(run: u64, link: &str, given: Option<Arc<GivenData>>, state: &TrainingState) -> Job {
        Job {
            side: Side::A,
            run,
            link: link.to_owned(),
            given,
            state: state.clone(),
            limit: None,
            watch: false,
        }
    }

    fn session(link: &str) -> Session {
        Session::new(hash::parse(link).config, || unreachable!())
    }

    #[test]
    fn a_run_on_given_points_trains_on_them_in_the_worker() {
        let table =
            nn_core::csv::read("1,1,1\n-1,-1,-1\n2,1,1\n-2,-1,-1\n1,2,1\n-1,-2,-1\n").unwrap();
        let given = Some(Arc::new(GivenData::from(table)));
        let mut config = hash::parse("seed=g&networkShape=2").config;
        config.given = given.clone();
        let mut page = Session::new(config, String::new);
        page.step_many(3);
        let link = hash::write(page.config());
        let mut t = Trainer::default();
        t.start(job(1, &link, given.clone(), &page.training_state()))
            .unwrap();
        let mut clock = 0.0;
        let p = t
            .slice(|| {
                clock += 1.0;
                clock
            })
            .unwrap();
        let mut direct = page.clone();
        direct.load_training_state(&p.state).unwrap();
        page.step_many(direct.epoch() - 3);
        assert_eq!(direct.train_loss().to_bits(), page.train_loss().to_bits());
        assert_eq!(page.train_points().len(), 3);
        // Without the points the link's own data set would not fit the same run.
        let mut plain = Trainer::default();
        plain
            .start(job(1, &link, None, &page.training_state()))
            .unwrap();
        assert_eq!(
            plain.session.as_ref().map(|s| s.train_points().len()),
            Some(250)
        );
    }

    #[test]
    fn trains_on_from_the_state_it_was_given() {
        let mut page = session("seed=w&batchSize=3&networkShape=3,2");
        page.step_many(4);
        let link = hash::write(page.config());
        let mut t = Trainer::default();
        t.start(job(7, &link, None, &page.training_state()))
            .unwrap();
        // A fake clock: every slice "takes" 1 ms, so the slices grow 1, 2, 4 epochs.
        let mut clock = 0.0;
        let mut epochs = Vec::new();
        for _ in 0..3 {
            let p = t.slice(|| {
                clock += 0.5;
                clock
            });
            let p = p.expect("a running trainer posts");
            assert_eq!(p.run, 7);
            epochs.push(p.state.epoch);
        }
        assert_eq!(epochs, [5, 7, 11]);
        // The same as training on the page.
        page.step_many(7);
        let last = t.slice(|| 0.0).unwrap();
        page.step_many(8);
        // The same numbers; the histories have a point at the end of each slice.
        let (mut worker, ours) = (last.state, page.training_state());
        let charted: Vec<u64> = worker.history.points().map(|p| p.epoch).collect();
        assert_eq!(charted, [0, 4, 5, 7, 11, 19]);
        let recorded: Vec<u64> = worker.stats_history.points().map(|p| p.epoch).collect();
        assert_eq!(recorded, charted);
        worker.history = ours.history.clone();
        worker.stats_history = ours.stats_history.clone();
        assert_eq!(worker, ours);
    }

    #[test]
    fn a_seed_with_a_hash_sign_reaches_the_worker_whole() {
        // The page's link for `#seed=a#b&speed=max` is `…seed=a#b…`: the worker must not
        // read the part after the '#' as the whole link.
        let page = session("#seed=a#b&speed=max&networkShape=3");
        assert_eq!(page.config().seed.as_deref(), Some("a#b"));
        let mut t = Trainer::default();
        t.start(job(
            1,
            &hash::write(page.config()),
            None,
            &page.training_state(),
        ))
        .unwrap();
        let p = t.slice(|| 0.0).unwrap();
        let mut same = page.clone();
        same.step();
        assert_eq!(p.state, same.training_state());
    }

    #[test]
    fn general_configurations_train_in_the_worker_as_on_the_page() {
        let mut page = session("seed=gen&problem=multiclass&classes=4&loss=crossentropy&optimizer=adam&networkShape=5,4&layerActivations=relu,gelu&init=he&batchSize=7");
        page.step_many(3);
        let mut t = Trainer::default();
        t.start(job(
            1,
            &hash::write(page.config()),
            None,
            &page.training_state(),
        ))
        .unwrap();
        let p = t.slice(|| 0.0).unwrap();
        page.step();
        assert_eq!(p.state, page.training_state());
        assert!(p.state.train_accuracy.is_some());
    }

    #[test]
    fn a_limited_run_waits_at_its_limit_and_reports_the_epoch_it_reached_the_target() {
        let link = "seed=lock&dataset=gauss&networkShape=3&learningRate=0.1";
        let page = session(link);
        let mut t = Trainer::default();
        let mut lock = job(3, &hash::write(page.config()), None, &page.training_state());
        lock.side = Side::B;
        lock.limit = Some(10);
        lock.watch = true;
        t.start(lock).unwrap();
        let mut last = None;
        while let Some(p) = t.slice(|| 0.0) {
            last = Some(p);
        }
        let p = last.clone().expect("it trained");
        assert_eq!(
            (p.side, p.state.epoch),
            (Side::B, 10),
            "it stops at the limit"
        );
        assert!(!t.running());
        t.extend(2, 30);
        assert!(!t.running(), "another run's limit is ignored");
        t.extend(3, 40);
        while let Some(next) = t.slice(|| 0.0) {
            last = Some(next);
        }
        let p = last.unwrap();
        assert_eq!(p.state.epoch, 40);
        // The epoch found is the one a page training epoch by epoch sees first.
        let mut one = session(link);
        let first = (1..=40).find(|_| {
            one.step();
            one.test_loss() <= nn_core::compare::TARGET_LOSS
        });
        assert!(first.is_some());
        assert_eq!(p.reached, first);
    }

    /// The epochs per slice after ten slices whose epochs take `epoch_ms` each and whose
    /// loss pass takes `loss_ms`.
    fn settled_epochs(epoch_ms: f64, loss_ms: f64) -> u64 {
        let page = session("seed=long");
        let mut t = Trainer::default();
        t.start(job(
            1,
            &hash::write(page.config()),
            None,
            &page.training_state(),
        ))
        .unwrap();
        for _ in 0..10 {
            let planned = t.epochs.min(t.left()) as f64;
            let (mut calls, mut clock) = (0, 0.0);
            t.slice(|| {
                calls += 1;
                clock += match calls {
                    1 => 0.0,
                    2 => epoch_ms * planned,
                    _ => loss_ms,
                };
                clock
            })
            .unwrap();
        }
        t.epochs
    }

    #[test]
    fn a_long_loss_pass_makes_the_slices_longer() {
        // A short loss pass: about SLICE_MS of training per slice.
        assert_eq!(settled_epochs(10.0, 1.0), 2);
        // A 20 ms loss pass (10,000 points): about 6 × 20 ms of training per slice.
        assert_eq!(settled_epochs(10.0, 20.0), 8);
    }

    #[test]
    fn stops_on_request_on_divergence_and_on_bad_input() {
        let mut t = Trainer::default();
        let page = session("seed=d");
        let link = hash::write(page.config());
        t.start(job(1, &link, None, &page.training_state()))
            .unwrap();
        t.stop();
        assert!(t.slice(|| 0.0).is_none());

        let mut boom = session("seed=boom&learningRate=10&problem=regression&networkShape=8,8,8&activation=relu&batchSize=1");
        let link = hash::write(boom.config());
        t.start(job(2, &link, None, &boom.training_state()))
            .unwrap();
        let mut last = None;
        for _ in 0..200 {
            match t.slice(|| 0.0) {
                Some(p) => last = Some(p),
                None => break,
            }
        }
        assert!(!t.running(), "a diverged run stops");
        boom.load_training_state(&last.unwrap().state).unwrap();
        assert!(boom.diverged(), "and its last state shows why");

        let other_shape = session("seed=d&networkShape=5").training_state();
        assert!(t.start(job(3, &link, None, &other_shape)).is_err());
        assert!(!t.running());
        assert!(t
            .start(job(4, "networkShape=2", None, &page.training_state()))
            .is_err());
    }
}
