//! A bounded loss history for the chart: its size, and so the cost of drawing it,
//! never grows past a fixed number of points however long training runs.

/// One recorded point: the epoch and both losses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LossPoint {
    /// Epoch at which the losses were measured.
    pub epoch: u64,
    /// Training loss.
    pub train: f64,
    /// Test loss.
    pub test: f64,
}

/// Keeps at most `capacity` points spread over the whole run. When full, every second
/// point is dropped and the minimum spacing doubles, so early and late epochs stay
/// evenly represented.
#[derive(Clone, Debug)]
pub struct LossHistory {
    points: Vec<LossPoint>,
    capacity: usize,
    stride: u64,
    /// Epoch of the last offered point, recorded or not (the chart's right edge).
    latest: Option<LossPoint>,
}

impl LossHistory {
    /// An empty history holding at most `capacity` (≥ 2) points.
    pub fn new(capacity: usize) -> Self {
        LossHistory {
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

    /// Offers the losses at `epoch` (epochs only grow between clears; they may jump when
    /// many epochs train per frame). Kept when at least `stride` epochs after the last
    /// kept point; when full, every second point goes and the stride doubles.
    pub fn push(&mut self, epoch: u64, train: f64, test: f64) {
        let p = LossPoint { epoch, train, test };
        self.latest = Some(p);
        if let Some(last) = self.points.last_mut() {
            // The same epoch again (a weight was edited): its losses changed.
            if epoch == last.epoch {
                *last = p;
                return;
            }
            if epoch < last.epoch.saturating_add(self.stride) {
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
    pub fn points(&self) -> impl Iterator<Item = LossPoint> + '_ {
        let extra = self
            .latest
            .filter(|l| self.points.last().map(|p| p.epoch) != Some(l.epoch));
        self.points.iter().copied().chain(extra)
    }

    /// The last point offered, kept or not.
    pub fn latest(&self) -> Option<LossPoint> {
        self.latest
    }

    /// Number of points [`LossHistory::points`] yields.
    pub fn len(&self) -> usize {
        self.points().count()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.latest.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_bounded_and_spans_the_run() {
        let mut h = LossHistory::new(100);
        for e in 0..=1_000_000u64 {
            h.push(e, 1.0 / (e as f64 + 1.0), 0.5);
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
            h.push(e, 0.1, 0.2);
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
        h.push(0, 0.5, 0.5);
        h.push(1, 0.4, 0.45);
        h.push(1, 0.9, 0.95);
        let pts: Vec<LossPoint> = h.points().collect();
        assert_eq!(pts.len(), 2);
        assert_eq!((pts[1].train, pts[1].test), (0.9, 0.95));
    }

    #[test]
    fn short_runs_keep_every_epoch() {
        let mut h = LossHistory::new(100);
        for e in 0..50 {
            h.push(e, 0.1, 0.2);
        }
        assert_eq!(h.len(), 50);
        h.clear();
        assert!(h.is_empty());
        assert_eq!(h.len(), 0);
    }
}
