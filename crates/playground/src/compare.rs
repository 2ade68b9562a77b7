//! Compare mode in the app: the second network (B) follows the first (A) after every
//! action, so the reducer's other code needs to know nothing about it.
//!
//! - B's configuration is A's with B's overrides ([`nn_core::compare::Compare`]); a
//!   change to A reaches B through [`Session::follow`].
//! - The two stay in lock-step: training on the page trains both the same epochs; the
//!   training workers are held to a common epoch limit (see [`crate::hooks::pace`]),
//!   and when training stops the one behind catches up.
//! - Turning compare mode on, or changing B's settings, starts both from epoch 0, so
//!   the two runs start from the same weights.

use std::rc::Rc;

use nn_core::compare::{Compare, TARGET_LOSS};
use nn_core::{Session, TrainingState};

use crate::side::Side;
use crate::state::AppState;

/// The most work (epochs × training points) the one behind is trained on the page to
/// catch up when training stops: more than lock-step leaves between them (two frames of
/// the slower one's epochs), and little enough not to freeze the page (5,000 epochs of
/// 500 points).
const MAX_CATCH_UP: u64 = 2_500_000;

/// What the action just applied did, for B to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follow {
    /// Trained A on the page by whole epochs: B trains as many.
    Trained,
    /// Trained A one mini-batch: B trains one of its own.
    Batch,
    /// Gave A new points it keeps training on (Regenerate, drawing): B keeps its network.
    NewPoints,
    /// Put A at another point of a run (a playground file, a checkpoint): B starts again
    /// beside it.
    Replaced,
    /// Stopped training (Pause): the one the workers left behind catches up.
    Stopped,
    /// Anything else.
    Other,
}

impl AppState {
    /// This state with B built if the link asks for compare mode.
    pub(crate) fn following(mut self) -> Self {
        self.follow(Follow::Other);
        self
    }

    /// Trains A `n` epochs on the page, watching for the target loss in compare mode.
    pub(crate) fn train_epochs(&mut self, n: u64) {
        let watch = self.compare.is_some() && self.reached[0].is_none();
        let mut found = None;
        self.train(|s| {
            if watch {
                found = s.step_many_watching(n, TARGET_LOSS);
            } else {
                s.step_many(n);
            }
        });
        self.reached[0] = self.reached[0].or(found);
    }

    /// Turns compare mode on or off, or changes B's overrides; a B that changes starts
    /// from epoch 0 with A.
    pub(crate) fn set_compare(&mut self, compare: Option<Compare>) {
        if compare == self.config().page.compare {
            return;
        }
        let on = compare.is_some();
        self.set_page(|c| c.page.compare = compare);
        if on {
            self.playing = false;
            self.compare = None;
            if !at_start(&self.session) {
                self.train(Session::reset);
            }
        }
    }

    /// Takes a worker's progress for `side` (the caller checked the run).
    pub(crate) fn adopt(&mut self, side: Side, state: &TrainingState, reached: Option<u64>) {
        let (session, version) = match side {
            Side::A => (&mut self.session, &mut self.network_version),
            Side::B => match &mut self.compare {
                Some(b) => (b, &mut self.compare_version),
                None => return,
            },
        };
        if Rc::make_mut(session).load_training_state(state).is_ok() {
            *version += 1;
            let known = &mut self.reached[side.index()];
            *known = known.or(reached);
        }
    }

    /// B follows A after an action that did `how`.
    pub(crate) fn follow(&mut self, how: Follow) {
        let Some(compare) = self.config().page.compare.clone() else {
            if self.compare.take().is_some() {
                self.compare_version += 1;
            }
            self.reached = [None; 2];
            return;
        };
        let config = compare.config_b(self.config(), self.session.train_points().len());
        if how == Follow::Replaced {
            self.reached = [None; 2];
            if self.compare.take().is_some() {
                self.compare_version += 1;
            }
        }
        match &mut self.compare {
            None => {
                let mut b = Session::new(config, String::new);
                // A run replaced mid-way (a file): B goes on from the same state if it
                // can (the same shapes and optimiser), or both start over.
                if !at_start(&self.session)
                    && b.load_training_state(&self.session.training_state())
                        .is_err()
                {
                    self.playing = false;
                    self.train(Session::reset);
                }
                self.compare = Some(Rc::new(b));
                self.compare_version += 1;
            }
            Some(b) if b.config() != &config => {
                Rc::make_mut(b).follow(&self.session, config, how == Follow::NewPoints);
                self.compare_version += 1;
            }
            Some(_) => {}
        }
        self.keep_step(how);
        for side in Side::ALL {
            let session = match side {
                Side::A => &self.session,
                Side::B => self.compare.as_ref().expect("built above"),
            };
            let known = &mut self.reached[side.index()];
            if session.epoch() == 0 {
                *known = None;
            }
            if known.is_none()
                && !session.test_points().is_empty()
                && session.test_loss() <= TARGET_LOSS
            {
                *known = Some(session.epoch());
            }
        }
    }

    /// Keeps B at A's epoch: back to 0 with A, one batch with A's, as many epochs as A
    /// trained here, and when training stops, the one behind catches up.
    fn keep_step(&mut self, how: Follow) {
        let Some(b) = self.compare.as_mut() else {
            return;
        };
        let (a_epoch, b_epoch) = (self.session.epoch(), b.epoch());
        let mut changed = false;
        if at_start(&self.session) && !at_start(b) {
            Rc::make_mut(b).reset();
            changed = true;
        } else if how == Follow::Batch {
            if !b.diverged() {
                Rc::make_mut(b).step_batch();
                changed = true;
            }
        } else if how == Follow::Trained || how == Follow::Stopped {
            // B trains what A just trained here; when training stops, the one the
            // workers left behind catches up (within reason).
            let gap = a_epoch.saturating_sub(b_epoch);
            let affordable = |gap: u64, s: &Session| {
                how == Follow::Trained
                    || gap.saturating_mul(s.train_points().len().max(1) as u64) <= MAX_CATCH_UP
            };
            if gap > 0 && affordable(gap, b) && !b.diverged() {
                let b = Rc::make_mut(b);
                if self.reached[1].is_none() {
                    self.reached[1] = b.step_many_watching(gap, TARGET_LOSS);
                } else {
                    b.step_many(gap);
                }
                changed = true;
            }
            let behind = b_epoch.saturating_sub(a_epoch);
            if how == Follow::Stopped
                && behind > 0
                && affordable(behind, &self.session)
                && !self.session.diverged()
            {
                self.train_epochs(behind);
            }
        }
        if changed {
            self.compare_version += 1;
        }
    }
}

/// Whether `s` is at its starting weights: no epoch, no batch trained.
fn at_start(s: &Session) -> bool {
    s.epoch() == 0 && s.updates() == 0 && s.cursor() == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Setting;
    use crate::state::tests::{run, state};
    use crate::state::Action;
    use yew::Reducible;

    fn b(s: &AppState) -> &Session {
        s.compare.as_deref().expect("compare mode")
    }

    #[test]
    fn a_compare_link_builds_both_networks_on_the_same_data_and_weights() {
        let s = state("seed=c&networkShape=4,2&compare=activation:relu;learningRate:0.1");
        assert_eq!(b(&s).config().activation, nn_core::Activation::Relu);
        assert_eq!(b(&s).train_points(), s.session.train_points());
        assert_eq!(
            b(&s).network().layers()[0].weights,
            s.session.network().layers()[0].weights
        );
        assert!(state("seed=c").compare.is_none());
    }

    #[test]
    fn both_train_in_lock_step_and_follow_a_s_changes() {
        let s = state("seed=lock&networkShape=3&compare=activation:relu");
        let s = run(s, [Action::Step, Action::Step, Action::StepBatch]);
        assert_eq!((s.session.epoch(), b(&s).epoch()), (2, 2));
        assert_eq!(b(&s).cursor(), 10, "B stepped one batch of its own");
        // B trained exactly as a lone B would.
        let mut lone = Session::new(
            nn_core::hash::parse("seed=lock&networkShape=3&activation=relu").config,
            String::new,
        );
        lone.step();
        lone.step();
        lone.step_batch();
        assert_eq!(lone.training_state(), b(&s).training_state());
        // A's Reset resets B; New weights gives both the same new weights.
        let s = run(s, [Action::Reset]);
        assert_eq!(b(&s).epoch(), 0);
        let s = run(s, [Action::NewWeights]);
        assert_eq!(b(&s).config().draws, 1);
        assert_eq!(
            b(&s).network().layers()[0].weights,
            s.session.network().layers()[0].weights
        );
        // New data mid-run: both keep their epoch and train on it.
        let s = run(s, [Action::Step, Action::Regenerate]);
        assert_eq!(b(&s).train_points(), s.session.train_points());
        assert_eq!((s.session.epoch(), b(&s).epoch()), (1, 1));
        // A point drawn before training: both keep their (equal) starting weights.
        let s = run(s, [Action::Reset]);
        let p = nn_core::Point {
            x: 1.0,
            y: 1.0,
            target: nn_core::Target::Binary(true),
        };
        let s = run(
            s,
            [Action::EditPoints(nn_core::given::Edit::Add(
                p,
                nn_core::csv::Split::Train,
            ))],
        );
        assert_eq!(b(&s).train_points(), s.session.train_points());
        assert_eq!(
            b(&s).network().layers()[0].weights,
            s.session.network().layers()[0].weights
        );
    }

    #[test]
    fn turning_compare_on_or_changing_b_starts_both_from_epoch_0() {
        let s = run(state("seed=on"), [Action::Step, Action::Step]);
        let s = run(s, [Action::Compare(true)]);
        assert_eq!((s.session.epoch(), b(&s).epoch()), (0, 0));
        assert!(s.hash().contains("compare=same"), "{}", s.hash());
        assert_eq!(s.runs.len(), 1, "A's run is kept in the history");
        let s = run(
            s,
            [
                Action::Step,
                Action::SetCompare("optimizer", Some("adam".into())),
            ],
        );
        assert_eq!((s.session.epoch(), b(&s).epoch()), (0, 0));
        assert!(s.hash().contains("compare=optimizer:adam"), "{}", s.hash());
        assert_eq!(b(&s).config().optimizer, nn_core::OptimizerKind::Adam);
        let s = run(s, [Action::SetCompare("optimizer", None), Action::Step]);
        assert_eq!(b(&s).config().optimizer, nn_core::OptimizerKind::Sgd);
        assert_eq!(
            b(&s).training_state(),
            s.session.training_state(),
            "two equal runs"
        );
        let s = run(s, [Action::Compare(false)]);
        assert!(s.compare.is_none());
        assert_eq!(s.session.epoch(), 1, "turning it off keeps A's run");
        assert!(!s.hash().contains("compare"));
    }

    #[test]
    fn workers_progress_is_taken_per_side_and_the_one_behind_catches_up() {
        let s = run(
            state("seed=w&networkShape=3&compare=learningRate:0.3"),
            [Action::Play],
        );
        let mut a = (*s.session).clone();
        let mut bb = b(&s).clone();
        a.step_many(30);
        bb.step_many(20);
        let adopt = |side, session: &Session, run| Action::Adopt {
            side,
            run,
            state: Rc::new(session.training_state()),
            reached: Some(7),
        };
        // Both in one action, as a frame adopts them.
        let s = run(
            s.clone(),
            [Action::Batch(vec![
                adopt(Side::A, &a, s.run),
                adopt(Side::B, &bb, s.run),
            ])],
        );
        assert_eq!((s.session.epoch(), b(&s).epoch()), (30, 20));
        assert_eq!(s.reached, [Some(7), Some(7)]);
        let s = run(s, [Action::Pause]);
        assert_eq!(b(&s).epoch(), 30, "B caught up when training stopped");
        bb.step_many(10);
        assert_eq!(b(&s).training_state(), bb.training_state());
    }

    #[test]
    fn a_reset_after_a_single_batch_resets_b_and_only_stopping_catches_up() {
        let s = run(
            state("seed=batch&networkShape=3&compare=batchSize:full"),
            [Action::StepBatch],
        );
        // B's batch is all 250 training points: its one batch is a whole epoch.
        assert_eq!((s.session.epoch(), b(&s).epoch()), (0, 1));
        assert_eq!(s.session.cursor(), 10);
        // Pointing at a node trains nothing.
        let s = run(s, [Action::Highlight(None)]);
        assert_eq!((s.session.epoch(), s.session.cursor()), (0, 10));
        let s = run(s, [Action::Reset]);
        assert_eq!((b(&s).epoch(), b(&s).updates()), (0, 0));
        assert_eq!(
            b(&s).network().layers()[0].weights,
            s.session.network().layers()[0].weights
        );
    }

    #[test]
    fn the_full_batch_follows_the_training_set() {
        let s = state("seed=full&compare=batchSize:full");
        assert_eq!(b(&s).config().batch_size, 250);
        let s = run(s, [Action::Set(Setting::PercTrainData(30.0))]);
        assert_eq!(s.session.train_points().len(), 150);
        assert_eq!(b(&s).config().batch_size, 150);
    }

    #[test]
    fn a_file_opened_in_compare_mode_gives_b_its_state() {
        let link = "seed=file&networkShape=3&compare=learningRate:0.3";
        let saved = run(state(link), [Action::Step, Action::Step]);
        let file = Action::OpenFile {
            config: Box::new(saved.config().clone()),
            state: Rc::new(saved.session.training_state()),
        };
        // Trained on past the file, then the file: both are back at its epoch.
        let s = run(
            saved.clone(),
            [Action::Step, Action::Step, Action::Step, file],
        );
        assert_eq!((s.session.epoch(), b(&s).epoch()), (2, 2));
        assert_eq!(
            b(&s).network().layers()[0].weights,
            saved.session.network().layers()[0].weights,
            "B goes on from the file's weights"
        );
        // A B that cannot take the state (another optimiser) starts over with A.
        let other = run(
            state("seed=file&networkShape=3&compare=optimizer:adam"),
            [Action::Step],
        );
        let file = Action::OpenFile {
            config: Box::new(other.config().clone()),
            state: Rc::new(other.session.training_state()),
        };
        let s = run(other, [Action::Step, file]);
        assert_eq!((s.session.epoch(), b(&s).epoch()), (0, 0));
    }

    #[test]
    fn the_first_epoch_each_reaches_the_target_is_found_on_the_page() {
        let link = "seed=t&dataset=gauss&networkShape=3&learningRate=0.1&compare=learningRate:0.01";
        let mut s = state(link);
        for _ in 0..60 {
            s = s.reduce(Action::Step);
        }
        let mut lone = Session::new(nn_core::hash::parse(link).config, String::new);
        let first = (1..=60).find(|_| {
            lone.step();
            lone.test_loss() <= TARGET_LOSS
        });
        assert!(first.is_some());
        assert_eq!(s.reached[0], first);
        let s = run(s, [Action::Reset]);
        assert_eq!(s.reached, [None, None]);
    }
}
