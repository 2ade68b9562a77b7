//! Bounded histories of a run (the losses for the chart, the statistics for the panel):
//! their size, and so the cost of drawing them, never grows past a fixed number of points
//! however long training runs.

/// Points a session's history keeps (older epochs are thinned out, so the chart costs
/// the same to draw at epoch 10 and at epoch 10 million).
pub const HISTORY_POINTS: usize = 400;

/// One recorded point: the epoch, both losses and, for classification, both accuracies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LossPoint {
    /// Epoch at which the losses were measured.
    pub epoch: u64,
    /// Training loss.
    pub train: f64,
    /// Test loss.
    pub test: f64,
    /// Training accuracy 0–1 (classification only).
    pub train_accuracy: Option<f64>,
    /// Test accuracy 0–1 (classification only).
    pub test_accuracy: Option<f64>,
}

/// What a history keeps: a record taken at an epoch.
pub trait Record: Clone {
    /// The epoch it was taken at.
    fn epoch(&self) -> u64;
    /// Whether it holds the same numbers as `other` (NaN equal to NaN).
    fn same(&self, other: &Self) -> bool;
}

/// Whether `a` and `b` are the same number, NaN equal to NaN.
pub fn same_number(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || a == b
}

impl Record for LossPoint {
    fn epoch(&self) -> u64 {
        self.epoch
    }

    fn same(&self, other: &LossPoint) -> bool {
        let eq_opt = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => same_number(a, b),
            (None, None) => true,
            _ => false,
        };
        self.epoch == other.epoch
            && same_number(self.train, other.train)
            && same_number(self.test, other.test)
            && eq_opt(self.train_accuracy, other.train_accuracy)
            && eq_opt(self.test_accuracy, other.test_accuracy)
    }
}

impl LossPoint {
    /// A point with losses only (regression, or where accuracy is not wanted).
    pub fn losses(epoch: u64, train: f64, test: f64) -> Self {
        LossPoint {
            epoch,
            train,
            test,
            train_accuracy: None,
            test_accuracy: None,
        }
    }
}

/// Keeps at most `capacity` points spread over the whole run. When full, every second
/// point is dropped and the minimum spacing doubles, so early and late epochs stay
/// evenly represented.
#[derive(Clone, Debug)]
pub struct History<P> {
    points: Vec<P>,
    capacity: usize,
    stride: u64,
    /// Epoch of the last offered point, recorded or not (the chart's right edge).
    latest: Option<P>,
}

/// Both losses (and accuracies) over a run, for the loss chart.
pub type LossHistory = History<LossPoint>;

impl<P: Record> History<P> {
    /// An empty history holding at most `capacity` (≥ 2) points.
    pub fn new(capacity: usize) -> Self {
        History {
            points: Vec::with_capacity(capacity.max(2)),
            capacity: capacity.max(2),
            stride: 1,
            latest: None,
        }
    }

    /// Forgets everything (on reset).
    pub fn clear(&mut self) {
        self.points.clear();
        self.stride = 1;
        self.latest = None;
    }

    /// Offers the numbers at `p.epoch` (epochs only grow between clears; they may jump
    /// when many epochs train at once). Kept when at least `stride` epochs after the last
    /// kept point; when full, every second point goes and the stride doubles.
    pub fn push(&mut self, p: P) {
        let epoch = p.epoch();
        self.latest = Some(p.clone());
        if let Some(last) = self.points.last_mut() {
            // The same epoch again (a weight was edited): its numbers changed.
            if epoch == last.epoch() {
                *last = p;
                return;
            }
            if epoch < last.epoch().saturating_add(self.stride) {
                return;
            }
        }
        if self.points.len() == self.capacity {
            self.stride *= 2;
            let mut i = 0;
            self.points.retain(|_| {
                i += 1;
                i % 2 == 1
            });
        }
        self.points.push(p);
    }

    /// The kept points in epoch order, plus the latest one if it was not kept.
    pub fn points(&self) -> impl Iterator<Item = P> + '_ {
        let extra = self
            .latest
            .as_ref()
            .filter(|l| self.points.last().map(Record::epoch) != Some(l.epoch()));
        self.points.iter().chain(extra).cloned()
    }

    /// The last point offered, kept or not.
    pub fn latest(&self) -> Option<&P> {
        self.latest.as_ref()
    }

    /// Number of points [`LossHistory::points`] yields.
    pub fn len(&self) -> usize {
        self.points().count()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.latest.is_none()
    }

    /// The most points kept.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// The least distance in epochs between kept points (doubles each thinning).
    pub fn stride(&self) -> u64 {
        self.stride
    }

    /// The kept points, without an unkept latest one.
    pub fn kept(&self) -> &[P] {
        &self.points
    }

    /// A history from its parts (as [`LossHistory::capacity`], [`LossHistory::stride`],
    /// [`LossHistory::kept`] and [`LossHistory::latest`] give them), if they are one that
    /// [`LossHistory::push`] could have built: at most `capacity` points in growing epochs,
    /// a power-of-two stride, and a latest point no earlier than the last kept one.
    pub fn from_parts(
        capacity: usize,
        stride: u64,
        kept: Vec<P>,
        latest: Option<P>,
    ) -> Option<Self> {
        let ordered = kept.windows(2).all(|w| w[0].epoch() < w[1].epoch());
        let latest_fits = match (kept.last(), &latest) {
            (Some(last), Some(l)) => l.epoch() >= last.epoch(),
            (Some(_), None) => false,
            _ => true,
        };
        let fits = capacity >= 2
            && kept.len() <= capacity
            && stride.is_power_of_two()
            && ordered
            && latest_fits;
        fits.then_some(History {
            points: kept,
            capacity,
            stride,
            latest,
        })
    }
}

impl<P: Record> PartialEq for History<P> {
    /// The same points (NaN losses equal), capacity and stride.
    fn eq(&self, other: &Self) -> bool {
        let same_latest = match (&self.latest, &other.latest) {
            (Some(a), Some(b)) => a.same(b),
            (None, None) => true,
            _ => false,
        };
        self.capacity == other.capacity
            && self.stride == other.stride
            && same_latest
            && self.points.len() == other.points.len()
            && self
                .points
                .iter()
                .zip(&other.points)
                .all(|(a, b)| a.same(b))
    }
}

/// What the loss history says about stopping early: the epoch of the lowest test loss
/// and whether the run has been overfitting since.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EarlyStop {
    /// The epoch with the lowest test loss.
    pub best_epoch: u64,
    /// That test loss.
    pub best_test: f64,
    /// Since then the test loss rose clearly (by [`OVERFIT_RISE`] of the best, at least
    /// 0.005) while the training loss kept falling.
    pub overfitting: bool,
}

/// How far above its lowest the test loss must be for overfitting to be said.
pub const OVERFIT_RISE: f64 = 0.1;

impl LossHistory {
    /// The lowest test loss so far and whether the run is overfitting; `None` before any
    /// finite test loss.
    pub fn early_stop(&self) -> Option<EarlyStop> {
        let best = self
            .points()
            .filter(|p| p.test.is_finite())
            .min_by(|a, b| a.test.total_cmp(&b.test))?;
        let last = self.latest()?;
        let rose = last.test - best.test > (OVERFIT_RISE * best.test).max(0.005);
        let still_learning = last.train < best.train;
        Some(EarlyStop {
            best_epoch: best.epoch,
            best_test: best.test,
            overfitting: last.epoch > best.epoch && rose && still_learning,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_bounded_and_spans_the_run() {
        let mut h = LossHistory::new(100);
        for e in 0..=1_000_000u64 {
            h.push(LossPoint::losses(e, 1.0 / (e as f64 + 1.0), 0.5));
        }
        let pts: Vec<LossPoint> = h.points().collect();
        assert!(pts.len() <= 101, "{}", pts.len());
        assert!(pts.len() >= 50, "{}", pts.len());
        assert_eq!(pts[0].epoch, 0);
        assert_eq!(pts.last().unwrap().epoch, 1_000_000);
        assert!(pts.windows(2).all(|w| w[0].epoch < w[1].epoch));
    }

    #[test]
    fn jumps_of_many_epochs_stay_evenly_spread() {
        let mut h = LossHistory::new(64);
        let mut e = 0;
        while e < 2_000_000 {
            h.push(LossPoint::losses(e, 0.1, 0.2));
            e += 37;
        }
        let pts: Vec<LossPoint> = h.points().collect();
        assert!(pts.len() >= 32 && pts.len() <= 65, "{}", pts.len());
        let gaps: Vec<u64> = pts.windows(2).map(|w| w[1].epoch - w[0].epoch).collect();
        let (lo, hi) = (gaps.iter().min().unwrap(), gaps.iter().max().unwrap());
        assert!(*hi <= 3 * lo + 37, "uneven gaps {lo}..{hi}");
    }

    #[test]
    fn the_same_epoch_again_updates_its_losses() {
        let mut h = LossHistory::new(10);
        h.push(LossPoint::losses(0, 0.5, 0.5));
        h.push(LossPoint::losses(1, 0.4, 0.45));
        h.push(LossPoint::losses(1, 0.9, 0.95));
        let pts: Vec<LossPoint> = h.points().collect();
        assert_eq!(pts.len(), 2);
        assert_eq!((pts[1].train, pts[1].test), (0.9, 0.95));
    }

    #[test]
    fn short_runs_keep_every_epoch() {
        let mut h = LossHistory::new(100);
        for e in 0..50 {
            h.push(LossPoint::losses(e, 0.1, 0.2));
        }
        assert_eq!(h.len(), 50);
        h.clear();
        assert!(h.is_empty());
        assert_eq!(h.len(), 0);
    }

    #[test]
    fn parts_rebuild_the_history_and_impossible_parts_are_refused() {
        let mut h = LossHistory::new(8);
        for e in 0..30 {
            h.push(LossPoint::losses(e, 0.1, f64::NAN));
        }
        let back = LossHistory::from_parts(
            h.capacity(),
            h.stride(),
            h.kept().to_vec(),
            h.latest().copied(),
        );
        assert_eq!(back.as_ref(), Some(&h));
        let p = |e| LossPoint::losses(e, 0.0, 0.0);
        assert!(LossHistory::from_parts(8, 3, vec![p(0)], Some(p(0))).is_none());
        assert!(LossHistory::from_parts(1, 1, vec![p(0)], Some(p(0))).is_none());
        assert!(LossHistory::from_parts(8, 1, vec![p(2), p(1)], Some(p(2))).is_none());
        assert!(LossHistory::from_parts(8, 1, vec![p(2)], Some(p(1))).is_none());
        assert!(LossHistory::from_parts(8, 1, vec![p(2)], None).is_none());
        assert!(LossHistory::from_parts(8, 1, Vec::new(), None).is_some());
    }

    #[test]
    fn overfitting_is_a_rising_test_loss_under_a_falling_training_loss() {
        let mut h = LossHistory::new(100);
        assert_eq!(h.early_stop(), None);
        let curve = [
            (0, 0.5, 0.5),
            (10, 0.3, 0.32),
            (20, 0.2, 0.25),
            (30, 0.15, 0.26),
            (40, 0.1, 0.3),
        ];
        for (e, train, test) in curve {
            h.push(LossPoint::losses(e, train, test));
        }
        let stop = h.early_stop().expect("test losses");
        assert_eq!((stop.best_epoch, stop.best_test), (20, 0.25));
        assert!(
            stop.overfitting,
            "0.30 is 20 % above 0.25 while training fell"
        );
        // A test loss still near its best is not overfitting.
        h.push(LossPoint::losses(50, 0.09, 0.26));
        assert!(!h.early_stop().unwrap().overfitting);
        // Nor is a test loss that rises with the training loss (training got worse).
        h.push(LossPoint::losses(60, 0.4, 0.5));
        assert!(!h.early_stop().unwrap().overfitting);
        // NaN test losses are skipped.
        let mut nan = LossHistory::new(10);
        nan.push(LossPoint::losses(0, 0.5, f64::NAN));
        assert_eq!(nan.early_stop(), None);
    }
}
