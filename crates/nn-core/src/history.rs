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
/// point is dropped and the recording stride doubles, so early and late epochs stay
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

    /// Offers the losses at `epoch`; kept if the epoch falls on the current stride.
    pub fn push(&mut self, epoch: u64, train: f64, test: f64) {
        let p = LossPoint { epoch, train, test };
        self.latest = Some(p);
        if epoch % self.stride != 0 {
            return;
        }
        if self.points.len() == self.capacity {
            self.stride *= 2;
            let stride = self.stride;
            self.points.retain(|q| q.epoch % stride == 0);
            if epoch % stride != 0 {
                return;
            }
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
