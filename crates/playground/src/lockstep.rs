//! Compare mode's lock-step: two training workers, one per network, may each train only
//! up to a common epoch limit, which the page moves on as both progress. The faster one
//! waits at the limit, so the two are never more than a few frames' worth of the slower
//! one's epochs apart. Pure, so it is tested natively.

use crate::side::Side;

/// The smallest lead the limit gives over the slower network.
pub const MIN_WINDOW: u64 = 8;

/// The largest.
const MAX_WINDOW: u64 = 1 << 20;

/// The two workers' epochs as last reported, and the lead the limit gives.
#[derive(Clone, Debug, PartialEq)]
pub struct LockStep {
    epochs: [u64; 2],
    /// A network whose losses stopped being finite no longer trains: it no longer holds
    /// the other back.
    stopped: [bool; 2],
    /// The slower network's epoch at the last limit.
    last_min: u64,
    window: u64,
}

impl LockStep {
    /// Lock-step from the networks' epochs at the start of a run, and whether each has
    /// stopped (diverged: its worker will not train).
    pub fn new(epochs: [u64; 2], stopped: [bool; 2]) -> Self {
        LockStep {
            epochs,
            stopped,
            last_min: epochs[0].min(epochs[1]),
            window: MIN_WINDOW,
        }
    }

    /// The limit both workers may train to now.
    pub fn limit(&self) -> u64 {
        self.min() + self.window
    }

    /// The slower running network's epoch (the faster's if both stopped).
    fn min(&self) -> u64 {
        Side::ALL
            .iter()
            .filter(|s| !self.stopped[s.index()])
            .map(|s| self.epochs[s.index()])
            .min()
            .unwrap_or_else(|| self.epochs[0].max(self.epochs[1]))
    }

    /// Records a worker's progress: its epoch, and whether its losses are finite.
    pub fn progress(&mut self, side: Side, epoch: u64, finite: bool) {
        self.epochs[side.index()] = epoch;
        self.stopped[side.index()] = !finite;
    }

    /// The next limit, after a frame's progress: the lead becomes twice what the slower
    /// network trained since the last limit, so a network limited only by the window
    /// soon is not, and the faster one stays at most two such frames ahead.
    pub fn next_limit(&mut self) -> u64 {
        let min = self.min();
        let gain = min.saturating_sub(self.last_min);
        self.last_min = min;
        self.window = (gain * 2).clamp(MIN_WINDOW, MAX_WINDOW);
        self.limit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Simulates workers of `speeds` epochs per frame under the lock-step.
    fn simulate(speeds: [u64; 2], frames: usize) -> (LockStep, Vec<u64>) {
        let mut l = LockStep::new([0, 0], [false; 2]);
        let mut limit = l.limit();
        let mut gaps = vec![];
        let mut epochs = [0u64; 2];
        for _ in 0..frames {
            for side in Side::ALL {
                let e = &mut epochs[side.index()];
                *e = (*e + speeds[side.index()]).min(limit);
                l.progress(side, *e, true);
            }
            gaps.push(epochs[0].abs_diff(epochs[1]));
            limit = l.next_limit();
        }
        (l, gaps)
    }

    #[test]
    fn the_faster_waits_for_the_slower() {
        let (l, gaps) = simulate([100, 10], 50);
        // The slower waits only in the first frame, while the window is the smallest.
        assert_eq!(l.epochs[1], 498, "{:?}", l.epochs);
        assert!(
            l.epochs[0] <= l.epochs[1] + 2 * 10 + MIN_WINDOW,
            "{:?}",
            l.epochs
        );
        assert!(gaps.iter().all(|&g| g <= 40), "{gaps:?}");
    }

    #[test]
    fn equal_speeds_are_not_held_back_for_long() {
        let (l, _) = simulate([1000, 1000], 30);
        // The window doubles while it limits: after a dozen frames it no longer does.
        assert!(l.epochs[0] > 1000 * 20, "{:?}", l.epochs);
        assert_eq!(l.epochs[0], l.epochs[1]);
    }

    #[test]
    fn a_stopped_network_no_longer_holds_the_other_back() {
        // One that diverged before the run started never reports.
        let l = LockStep::new([40, 7], [false, true]);
        assert_eq!(l.limit(), 40 + MIN_WINDOW);
        let mut l = LockStep::new([0, 0], [false; 2]);
        l.progress(Side::B, 5, false);
        l.progress(Side::A, 8, true);
        assert_eq!(l.next_limit(), 8 + 2 * 8);
        l.progress(Side::A, 24, true);
        assert!(l.next_limit() > 24);
    }
}
