//! The timeline of a run: checkpoints of its training state at a bounded count, spread
//! over the whole run. Once full, every other checkpoint goes and the spacing doubles, so
//! a long run keeps its start, its end and evenly spaced moments between.

use std::sync::Arc;

use crate::state::TrainingState;

/// The most checkpoints a timeline holds.
pub const CAPACITY: usize = 32;

/// Checkpoints of one run, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    points: Vec<Arc<TrainingState>>,
    /// The fewest epochs between two checkpoints recorded by [`Timeline::record`].
    spacing: u64,
}

impl Timeline {
    /// How many checkpoints it holds.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Checkpoint `i` (0: the oldest).
    pub fn get(&self, i: usize) -> Option<&Arc<TrainingState>> {
        self.points.get(i)
    }

    /// The epochs of the checkpoints, oldest first.
    pub fn epochs(&self) -> impl Iterator<Item = u64> + '_ {
        self.points.iter().map(|s| s.epoch)
    }

    /// Whether a state at `epoch` would be recorded: the first one, one at least the
    /// spacing after the last, or one from before the last (the run went back).
    pub fn due(&self, epoch: u64) -> bool {
        self.points
            .last()
            .is_none_or(|s| epoch < s.epoch || epoch >= s.epoch + self.spacing.max(1))
    }

    /// Records `state` (at `epoch`) if it is [due](Timeline::due). A state from before
    /// the last checkpoint starts the timeline again.
    pub fn record(&mut self, state: impl FnOnce() -> TrainingState, epoch: u64) {
        if !self.due(epoch) {
            return;
        }
        if self.points.last().is_some_and(|s| epoch < s.epoch) {
            self.clear();
        }
        self.push(state());
    }

    /// Records `state` whatever the spacing (the run's latest state, kept before the
    /// timeline is used to look back).
    pub fn record_now(&mut self, state: TrainingState) {
        match self.points.last().map(|s| s.epoch) {
            Some(last) if state.epoch < last => self.clear(),
            Some(last) if state.epoch == last => {
                self.points.pop();
            }
            _ => {}
        }
        self.push(state);
    }

    fn push(&mut self, state: TrainingState) {
        self.points.push(Arc::new(state));
        if self.points.len() > CAPACITY {
            // Keep the first, then every other one, ending with the newest.
            let newest = self.points.pop();
            let mut i = 0;
            self.points.retain(|_| {
                i += 1;
                i % 2 == 1
            });
            self.points.extend(newest);
            self.spacing = self.spacing.max(1) * 2;
        }
    }

    /// Drops the checkpoints after `i`: the run branches from there.
    pub fn truncate_after(&mut self, i: usize) {
        self.points.truncate(i + 1);
    }

    /// Forgets everything (a new run).
    pub fn clear(&mut self) {
        *self = Timeline::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;
    use crate::session::Session;

    #[test]
    fn a_long_run_keeps_a_bounded_spread_of_checkpoints_from_start_to_end() {
        let mut s = Session::new(hash::parse("seed=tl&networkShape=2").config, String::new);
        let mut t = Timeline::default();
        t.record(|| s.training_state(), 0);
        for _ in 0..1_000 {
            s.step();
            t.record(|| s.training_state(), s.epoch());
        }
        assert!(
            t.len() <= CAPACITY && t.len() >= CAPACITY / 2,
            "{}",
            t.len()
        );
        let epochs: Vec<u64> = t.epochs().collect();
        assert_eq!(epochs[0], 0);
        assert!(epochs.windows(2).all(|w| w[0] < w[1]));
        assert!(*epochs.last().unwrap() >= 1_000 - 32, "{epochs:?}");
        // Evenly spread: no gap more than twice the smallest.
        let gaps: Vec<u64> = epochs.windows(2).map(|w| w[1] - w[0]).collect();
        let (lo, hi) = (gaps.iter().min().unwrap(), gaps.iter().max().unwrap());
        assert!(hi <= &(lo * 2), "{gaps:?}");
        // A checkpoint loads back into the session: the run as it was then.
        let i = t.len() / 2;
        let then = t.get(i).unwrap().clone();
        s.load_training_state(&then).unwrap();
        assert_eq!(s.epoch(), then.epoch);
        assert_eq!(s.test_loss().to_bits(), then.test_loss.to_bits());
        // Branching drops what came after; the latest is always kept on demand.
        t.truncate_after(i);
        assert_eq!(t.len(), i + 1);
        s.step();
        t.record_now(s.training_state());
        assert_eq!(t.epochs().last(), Some(then.epoch + 1));
        // A state from before the last starts over.
        let fresh = Session::new(hash::parse("seed=tl&networkShape=2").config, String::new);
        t.record(|| fresh.training_state(), 0);
        assert_eq!(t.len(), 1);
    }
}
