//! The flat list of numbers a [`crate::TrainingState`] travels as: how each part is
//! written, and a reader that refuses anything short, long or out of range.

use crate::history::{History, LossPoint, Record};
use crate::state::StateError;
use crate::stats::{Histogram, LayerPoint, LayerStats, NetworkStats, StatsPoint};

/// Most entries any list in a state may claim (nodes, weights, bins, points): a
/// mangled count is refused before anything is allocated for it.
const MAX_LEN: u64 = 1 << 20;

/// Reads words from the front of a list.
pub(crate) struct Reader<'a> {
    rest: &'a [f64],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(words: &'a [f64]) -> Self {
        Reader { rest: words }
    }

    /// The next `n` words.
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [f64], StateError> {
        if self.rest.len() < n {
            return Err(StateError::Malformed);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    /// The next word.
    pub(crate) fn word(&mut self) -> Result<f64, StateError> {
        Ok(self.take(1)?[0])
    }

    /// The next word as a whole number.
    pub(crate) fn count(&mut self) -> Result<u64, StateError> {
        count(self.word()?)
    }

    /// The next word as a length (a whole number up to [`MAX_LEN`]).
    pub(crate) fn len(&mut self) -> Result<usize, StateError> {
        let n = self.count()?;
        if n > MAX_LEN {
            return Err(StateError::Malformed);
        }
        Ok(n as usize)
    }

    /// The next word as a flag (exactly 0 or 1).
    pub(crate) fn flag(&mut self) -> Result<bool, StateError> {
        let w = self.word()?;
        if w == 0.0 || w == 1.0 {
            Ok(w == 1.0)
        } else {
            Err(StateError::Malformed)
        }
    }

    /// The next `n` flags.
    pub(crate) fn flags(&mut self, n: usize) -> Result<Vec<bool>, StateError> {
        (0..n).map(|_| self.flag()).collect()
    }

    /// Succeeds only if every word was read.
    pub(crate) fn finish(self) -> Result<(), StateError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(StateError::Malformed)
        }
    }
}

/// A whole number from a word, if it is one.
pub(crate) fn count(w: f64) -> Result<u64, StateError> {
    if w >= 0.0 && w.fract() == 0.0 && w < 9e15 {
        Ok(w as u64)
    } else {
        Err(StateError::Malformed)
    }
}

pub(crate) fn flag_word(b: bool) -> f64 {
    if b {
        1.0
    } else {
        0.0
    }
}

pub(crate) fn opt_word(v: Option<f64>) -> f64 {
    v.unwrap_or(f64::NAN)
}

pub(crate) fn opt_from(w: f64) -> Option<f64> {
    (!w.is_nan()).then_some(w)
}

/// A history: capacity, stride, kept count, whether a latest point follows, then the
/// points written by `put`.
pub(crate) fn put_history<P: Record>(
    w: &mut Vec<f64>,
    h: &History<P>,
    put: impl Fn(&mut Vec<f64>, &P),
) {
    w.extend([
        h.capacity() as f64,
        h.stride() as f64,
        h.kept().len() as f64,
        flag_word(h.latest().is_some()),
    ]);
    for p in h.kept().iter().chain(h.latest()) {
        put(w, p);
    }
}

/// Reads what [`put_history`] wrote, each point with `read`.
pub(crate) fn read_history<P: Record>(
    r: &mut Reader,
    read: impl Fn(&mut Reader) -> Result<P, StateError>,
) -> Result<History<P>, StateError> {
    let (capacity, stride, kept) = (r.len()?, r.count()?, r.len()?);
    let has_latest = r.flag()?;
    let points = (0..kept).map(|_| read(r)).collect::<Result<Vec<P>, _>>()?;
    let latest = if has_latest { Some(read(r)?) } else { None };
    History::from_parts(capacity, stride, points, latest).ok_or(StateError::Malformed)
}

pub(crate) fn put_loss_point(w: &mut Vec<f64>, p: &LossPoint) {
    w.extend([
        p.epoch as f64,
        p.train,
        p.test,
        opt_word(p.train_accuracy),
        opt_word(p.test_accuracy),
    ]);
}

pub(crate) fn read_loss_point(r: &mut Reader) -> Result<LossPoint, StateError> {
    let epoch = r.count()?;
    let w = r.take(4)?;
    Ok(LossPoint {
        epoch,
        train: w[0],
        test: w[1],
        train_accuracy: opt_from(w[2]),
        test_accuracy: opt_from(w[3]),
    })
}

fn put_histogram(w: &mut Vec<f64>, h: &Histogram) {
    w.extend([h.lo, h.hi, h.counts.len() as f64]);
    w.extend(h.counts.iter().map(|&c| f64::from(c)));
    w.extend([f64::from(h.below), f64::from(h.above)]);
}

fn read_counter(r: &mut Reader) -> Result<u32, StateError> {
    u32::try_from(r.count()?).map_err(|_| StateError::Malformed)
}

fn read_histogram(r: &mut Reader) -> Result<Histogram, StateError> {
    let (lo, hi) = (r.word()?, r.word()?);
    let bins = r.len()?;
    let ordered = lo < hi && lo.is_finite() && hi.is_finite();
    if !ordered || bins == 0 {
        return Err(StateError::Malformed);
    }
    let counts = (0..bins)
        .map(|_| read_counter(r))
        .collect::<Result<_, _>>()?;
    Ok(Histogram {
        lo,
        hi,
        counts,
        below: read_counter(r)?,
        above: read_counter(r)?,
    })
}

/// The statistics: the layer count, then per layer its rates and counts, its nodes'
/// flags and its two histograms.
pub(crate) fn put_stats(w: &mut Vec<f64>, s: &NetworkStats) {
    w.push(s.layers.len() as f64);
    for l in &s.layers {
        w.extend([
            l.mean_abs_gradient,
            l.mean_abs_change,
            l.zero_weights as f64,
            l.frozen_weights as f64,
            l.small_weights as f64,
            l.dead.len() as f64,
        ]);
        w.extend(l.dead.iter().chain(&l.saturated).map(|&b| flag_word(b)));
        put_histogram(w, &l.z);
        put_histogram(w, &l.weights);
        put_histogram(w, &l.initial_weights);
    }
}

pub(crate) fn read_stats(r: &mut Reader) -> Result<NetworkStats, StateError> {
    let layers = r.len()?;
    let mut stats = NetworkStats::default();
    for _ in 0..layers {
        let (mean_abs_gradient, mean_abs_change) = (r.word()?, r.word()?);
        let (zero_weights, frozen_weights, small_weights) = (r.len()?, r.len()?, r.len()?);
        let nodes = r.len()?;
        stats.layers.push(LayerStats {
            mean_abs_gradient,
            mean_abs_change,
            dead: r.flags(nodes)?,
            saturated: r.flags(nodes)?,
            z: read_histogram(r)?,
            weights: read_histogram(r)?,
            initial_weights: read_histogram(r)?,
            zero_weights,
            frozen_weights,
            small_weights,
        });
    }
    Ok(stats)
}

pub(crate) fn put_stats_point(w: &mut Vec<f64>, p: &StatsPoint) {
    w.extend([p.epoch as f64, p.layers.len() as f64]);
    for l in &p.layers {
        w.extend([
            l.mean_abs_gradient,
            l.mean_abs_change,
            f64::from(l.dead),
            f64::from(l.saturated),
            f64::from(l.zero_weights),
            f64::from(l.small_weights),
        ]);
    }
}

pub(crate) fn read_stats_point(r: &mut Reader) -> Result<StatsPoint, StateError> {
    let epoch = r.count()?;
    let layers = r.len()?;
    let layers = (0..layers)
        .map(|_| {
            Ok(LayerPoint {
                mean_abs_gradient: r.word()?,
                mean_abs_change: r.word()?,
                dead: read_counter(r)?,
                saturated: read_counter(r)?,
                zero_weights: read_counter(r)?,
                small_weights: read_counter(r)?,
            })
        })
        .collect::<Result<_, StateError>>()?;
    Ok(StatsPoint { epoch, layers })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::LossHistory;
    use crate::stats::{Z_BINS, Z_RANGE};

    fn history() -> Vec<f64> {
        let mut h = LossHistory::new(4);
        for e in 0..=12 {
            h.push(LossPoint::losses(e, 0.5, f64::NAN));
        }
        let mut w = Vec::new();
        put_history(&mut w, &h, put_loss_point);
        assert_eq!(
            w[..4],
            [4.0, 4.0, 4.0, 1.0],
            "capacity, stride, kept, latest"
        );
        w
    }

    fn read(w: &[f64]) -> Result<LossHistory, StateError> {
        let mut r = Reader::new(w);
        let h = read_history(&mut r, read_loss_point)?;
        r.finish().map(|()| h)
    }

    #[test]
    fn a_mangled_history_is_refused() {
        let w = history();
        assert!(read(&w).is_ok());
        let mut stride = w.clone();
        stride[1] = 3.0;
        assert_eq!(read(&stride), Err(StateError::Malformed));
        let mut flag = w.clone();
        flag[3] = 0.5;
        assert_eq!(read(&flag), Err(StateError::Malformed));
        let mut order = w.clone();
        // The first kept point's epoch after the second's.
        order[4] = 1e6;
        assert_eq!(read(&order), Err(StateError::Malformed));
        let mut huge = w;
        huge[2] = 1e12;
        assert_eq!(read(&huge), Err(StateError::Malformed));
    }

    #[test]
    fn mangled_statistics_are_refused() {
        let mut z = Histogram::new(Z_RANGE, Z_BINS);
        z.add(0.25);
        let stats = NetworkStats {
            layers: vec![LayerStats {
                mean_abs_gradient: 0.5,
                mean_abs_change: 0.25,
                z,
                dead: vec![true],
                saturated: vec![false],
                weights: Histogram::new((-1.0, 1.0), 2),
                initial_weights: Histogram::new((-1.0, 1.0), 2),
                zero_weights: 1,
                frozen_weights: 0,
                small_weights: 1,
            }],
        };
        let mut w = Vec::new();
        put_stats(&mut w, &stats);
        let read = |w: &[f64]| {
            let mut r = Reader::new(w);
            let s = read_stats(&mut r)?;
            r.finish().map(|()| s)
        };
        assert_eq!(read(&w), Ok(stats));
        // layers, 5 figures, node count, then the dead flag.
        let mut flag = w.clone();
        flag[8] = 2.0;
        assert_eq!(read(&flag), Err(StateError::Malformed));
        // The z histogram's range reversed.
        let mut range = w.clone();
        range[10] = -9.0;
        range[11] = -10.0;
        assert_eq!(read(&range), Err(StateError::Malformed));
        let mut count = w;
        count[13] = 0.5;
        assert_eq!(read(&count), Err(StateError::Malformed));
    }
}
