//! How many epochs each animation frame trains, and the measured rate.
//!
//! At a fixed pace a frame trains that many epochs. At maximum speed the number adapts
//! so that a frame's work stays near [`FRAME_BUDGET_MS`]: it grows while frames are
//! cheap and shrinks when one runs long. Pure, so it is tested natively.

use std::collections::VecDeque;

use nn_core::Speed;

/// Work per frame aimed at when training as fast as possible: about one frame at
/// 60 Hz, leaving time for drawing (a heavy page then draws at 30 frames/s or more).
pub const FRAME_BUDGET_MS: f64 = 14.0;

/// At maximum speed the pictures are redrawn at most this often (about 30 times a
/// second); the frames in between only train.
pub const REDRAW_INTERVAL_MS: f64 = 30.0;

/// Time over which the rate is averaged.
const WINDOW_MS: f64 = 1_000.0;

/// The pace state between frames.
#[derive(Clone, Debug)]
pub struct Pacer {
    /// Epochs the next frame trains at maximum speed.
    batch: u64,
    /// (frame time, epochs trained) of the recent frames.
    window: VecDeque<(f64, u64)>,
    /// Time of the last frame that redrew the pictures.
    last_redraw: f64,
}

impl Default for Pacer {
    fn default() -> Self {
        Pacer {
            batch: 1,
            window: VecDeque::new(),
            last_redraw: f64::NEG_INFINITY,
        }
    }
}

impl Pacer {
    /// Epochs to train in the frame starting at `time` at `speed`.
    pub fn epochs_for(&self, speed: Speed) -> u64 {
        match speed {
            Speed::PerFrame(n) => u64::from(n),
            Speed::Max => self.batch,
        }
    }

    /// Whether the frame at `time` should redraw the pictures (always, except at
    /// maximum speed where it is rationed to one in [`REDRAW_INTERVAL_MS`]).
    pub fn redraw(&mut self, time: f64, speed: Speed) -> bool {
        if speed != Speed::Max || time - self.last_redraw >= REDRAW_INTERVAL_MS {
            self.last_redraw = time;
            true
        } else {
            false
        }
    }

    /// Records a frame at `time` that trained `epochs` in `work_ms`; adapts the batch.
    pub fn record(&mut self, time: f64, speed: Speed, epochs: u64, work_ms: f64) {
        if speed == Speed::Max {
            let next = if work_ms < FRAME_BUDGET_MS * 0.8 {
                // Grow gently, faster when far under budget.
                let factor = if work_ms < FRAME_BUDGET_MS * 0.25 {
                    2.0
                } else {
                    1.2
                };
                ((self.batch as f64 * factor).ceil() as u64).max(self.batch + 1)
            } else if work_ms > FRAME_BUDGET_MS * 1.2 {
                (self.batch as f64 * 0.75).floor() as u64
            } else {
                self.batch
            };
            self.batch = next.clamp(1, 1_000_000);
        }
        self.count(time, epochs);
    }

    /// Counts `epochs` trained by the frame at `time` towards the rate (without adapting
    /// anything: the training worker sizes its own slices).
    pub fn count(&mut self, time: f64, epochs: u64) {
        self.window.push_back((time, epochs));
        while let Some(&(t, _)) = self.window.front() {
            if time - t > WINDOW_MS {
                self.window.pop_front();
            } else {
                break;
            }
        }
    }

    /// Epochs per second over the recent frames, once there is a span to measure.
    pub fn rate(&self) -> Option<f64> {
        let (first, last) = (self.window.front()?, self.window.back()?);
        let span = last.0 - first.0;
        if span < 200.0 {
            return None;
        }
        // The first frame's epochs were trained before the span began.
        let epochs: u64 = self.window.iter().skip(1).map(|&(_, n)| n).sum();
        Some(epochs as f64 * 1_000.0 / span)
    }

    /// Forgets the rate (training paused).
    pub fn pause(&mut self) {
        self.window.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_pace_trains_that_many() {
        let p = Pacer::default();
        assert_eq!(p.epochs_for(Speed::PerFrame(1)), 1);
        assert_eq!(p.epochs_for(Speed::PerFrame(50)), 50);
    }

    #[test]
    fn max_speed_converges_to_the_budget() {
        // Work = 2 ms of drawing + 0.1 ms per epoch.
        let mut p = Pacer::default();
        let mut t = 0.0;
        for _ in 0..200 {
            let n = p.epochs_for(Speed::Max);
            let work = 2.0 + 0.1 * n as f64;
            t += 16.7;
            p.record(t, Speed::Max, n, work);
        }
        let n = p.epochs_for(Speed::Max);
        let work = 2.0 + 0.1 * n as f64;
        assert!(
            work > FRAME_BUDGET_MS * 0.7 && work < FRAME_BUDGET_MS * 1.3,
            "{n} epochs, {work} ms"
        );
        // And backs off when epochs get dearer.
        for _ in 0..50 {
            let n = p.epochs_for(Speed::Max);
            t += 16.7;
            p.record(t, Speed::Max, n, 2.0 + 1.0 * n as f64);
        }
        assert!(p.epochs_for(Speed::Max) <= 16);
    }

    #[test]
    fn max_speed_redraws_about_thirty_times_a_second() {
        let mut p = Pacer::default();
        let redraws = (0..60)
            .filter(|i| p.redraw(*i as f64 * 1000.0 / 60.0, Speed::Max))
            .count();
        assert!((28..=31).contains(&redraws), "{redraws}");
        assert!((0..60).all(|i| p.redraw(i as f64, Speed::PerFrame(1))));
    }

    #[test]
    fn rate_counts_epochs_per_second() {
        let mut p = Pacer::default();
        assert_eq!(p.rate(), None);
        for i in 0..=60 {
            p.record(i as f64 * 1000.0 / 60.0, Speed::PerFrame(10), 10, 1.0);
        }
        let r = p.rate().unwrap();
        assert!((r - 600.0).abs() < 15.0, "{r}");
        p.pause();
        assert_eq!(p.rate(), None);
    }
}
