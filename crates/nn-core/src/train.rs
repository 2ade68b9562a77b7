//! One epoch and the losses, exactly as the original's `oneStep` and `getLoss`.

use crate::data::Point;
use crate::features::{fill_inputs, Feature};
use crate::network::Network;
use crate::stats::Collector;

/// Hyperparameters that apply at each update (they can change between epochs).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepParams {
    /// Step size.
    pub learning_rate: f64,
    /// Weight-penalty strength.
    pub regularization_rate: f64,
    /// Samples per update, at least 1.
    pub batch_size: usize,
}

pub use crate::loss::half_squared_error;

/// Every point's input values (its active features), row by row, computed once per data
/// set and feature choice: `sin` and the products are the same every epoch, so training
/// reads them instead of recomputing them (the original recomputes them; the values are
/// identical).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputTable {
    width: usize,
    values: Vec<f64>,
}

impl InputTable {
    /// The inputs of `points` for `features`.
    pub fn new(points: &[Point], features: &[Feature]) -> Self {
        let width = features.len();
        let mut values = vec![0.0; points.len() * width];
        if width > 0 {
            for (pt, row) in points.iter().zip(values.chunks_exact_mut(width)) {
                fill_inputs(features, pt.x, pt.y, row);
            }
        }
        InputTable { width, values }
    }

    /// The inputs of point `i`.
    #[inline]
    pub fn row(&self, i: usize) -> &[f64] {
        &self.values[i * self.width..(i + 1) * self.width]
    }
}

/// Trains one epoch over `points` (with their `inputs`) in their fixed order: per-sample
/// backprop, an update after every `batch_size`-th sample of the epoch, leftovers carried
/// into the next epoch. Allocates nothing.
pub fn train_epoch(net: &mut Network, points: &[Point], inputs: &InputTable, p: StepParams) {
    train_from(net, points, inputs, p, 0);
}

/// Trains the rest of an epoch from point `from` on (an epoch a single batch stepped into):
/// the same per-sample order and update points as [`train_epoch`].
pub fn train_from(
    net: &mut Network,
    points: &[Point],
    inputs: &InputTable,
    p: StepParams,
    from: usize,
) {
    let batch = p.batch_size.max(1);
    let mut i = from;
    while i < points.len() {
        // Two samples with no update between them train side by side (the same numbers).
        let pair = i + 1 < points.len() && (i + 1) % batch != 0;
        if pair {
            net.train_pair(
                [inputs.row(i), inputs.row(i + 1)],
                [points[i].target, points[i + 1].target],
            );
            i += 2;
        } else {
            net.forward(inputs.row(i));
            net.backward(points[i].target);
            i += 1;
        }
        if i % batch == 0 {
            net.update(p.learning_rate, p.regularization_rate);
        }
    }
}

/// Trains from point `from` of the epoch up to and including the next update, or to the
/// epoch's end if none comes first. Returns the index after the last point trained and
/// whether it updated the weights.
pub fn train_until_update(
    net: &mut Network,
    points: &[Point],
    inputs: &InputTable,
    p: StepParams,
    from: usize,
) -> (usize, bool) {
    let batch = p.batch_size.max(1);
    for (i, pt) in points.iter().enumerate().skip(from) {
        net.forward(inputs.row(i));
        net.backward(pt.target);
        if (i + 1) % batch == 0 {
            net.update(p.learning_rate, p.regularization_rate);
            return (i + 1, true);
        }
    }
    (points.len().max(from), false)
}

/// A set's mean loss and, for classification, the share of points put in their class.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// Mean loss per point (NaN for an empty set, as in the original).
    pub loss: f64,
    /// Fraction of points classified correctly, 0–1; `None` for regression or no points.
    pub accuracy: Option<f64>,
}

/// The loss and accuracy of `net` over `points` with their `inputs`.
pub fn evaluate(net: &mut Network, points: &[Point], inputs: &InputTable) -> Metrics {
    evaluate_with(net, points, inputs, |_| {})
}

/// [`evaluate`], also counting every point into `counts` for the statistics (the same
/// forward passes: the numbers are the same).
pub fn evaluate_collecting(
    net: &mut Network,
    points: &[Point],
    inputs: &InputTable,
    counts: &mut Collector,
) -> Metrics {
    counts.reset(net);
    evaluate_with(net, points, inputs, |n| counts.add(n))
}

fn evaluate_with(
    net: &mut Network,
    points: &[Point],
    inputs: &InputTable,
    mut each: impl FnMut(&Network),
) -> Metrics {
    let mut total = 0.0;
    let (mut right, mut counted) = (0usize, 0usize);
    for (i, pt) in points.iter().enumerate() {
        net.forward(inputs.row(i));
        each(net);
        total += net.point_loss(pt.target);
        if let Some(ok) = net.correct(pt.target) {
            counted += 1;
            right += usize::from(ok);
        }
    }
    Metrics {
        loss: total / points.len() as f64,
        accuracy: (counted > 0).then(|| right as f64 / counted as f64),
    }
}

/// Mean loss over `points` with their `inputs` (NaN for an empty set, as in the original).
pub fn loss(net: &mut Network, points: &[Point], inputs: &InputTable) -> f64 {
    evaluate(net, points, inputs).loss
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activation::Activation;
    use crate::loss::Head;
    use crate::network::NetworkSpec;
    use crate::rng::SeedRandom;

    fn setup() -> (Network, Vec<Point>) {
        let mut rng = SeedRandom::new("train");
        let pts = crate::data::Dataset::Circle.generate(100, 0.0, 2, &mut rng);
        let net = Network::new(
            &NetworkSpec::original(
                2,
                vec![4, 2],
                Activation::Tanh,
                Head::Squared(Activation::Tanh),
            ),
            &mut rng,
        );
        (net, pts)
    }

    #[test]
    fn training_lowers_the_loss() {
        let (mut net, pts) = setup();
        let f = [Feature::X, Feature::Y];
        let inputs = InputTable::new(&pts, &f);
        let before = loss(&mut net, &pts, &inputs);
        let p = StepParams {
            learning_rate: 0.03,
            regularization_rate: 0.0,
            batch_size: 10,
        };
        for _ in 0..200 {
            train_epoch(&mut net, &pts, &inputs, p);
        }
        let after = loss(&mut net, &pts, &inputs);
        assert!(after < before * 0.5, "{before} -> {after}");
    }

    #[test]
    fn leftover_samples_join_the_next_batch() {
        // 100 points at batch 30: updates at 30, 60, 90; 10 samples carry over, so the
        // next epoch's first update averages 40 samples. Compare against doing it by hand.
        let (mut a, pts) = setup();
        let mut b = a.clone();
        let f = [Feature::X, Feature::Y];
        let p = StepParams {
            learning_rate: 0.1,
            regularization_rate: 0.0,
            batch_size: 30,
        };
        let inputs = InputTable::new(&pts, &f);
        train_epoch(&mut a, &pts, &inputs, p);
        train_epoch(&mut a, &pts, &inputs, p);
        let mut input = [0.0; 2];
        for _ in 0..2 {
            for (i, pt) in pts.iter().enumerate() {
                fill_inputs(&f, pt.x, pt.y, &mut input);
                b.forward(&input);
                b.backward(pt.target);
                if (i + 1) % 30 == 0 {
                    b.update(0.1, 0.0);
                }
            }
        }
        assert_eq!(a.weights(), b.weights());
        // And it differs from dropping the leftovers.
        let (mut c, _) = setup();
        let first90 = InputTable::new(&pts[..90], &f);
        train_epoch(&mut c, &pts[..90], &first90, p);
        train_epoch(&mut c, &pts[..90], &first90, p);
        assert_ne!(a.weights(), c.weights());
    }

    #[test]
    fn empty_set_has_nan_loss() {
        let (mut net, _) = setup();
        let none = InputTable::new(&[], &[Feature::X, Feature::Y]);
        assert!(loss(&mut net, &[], &none).is_nan());
    }

    #[test]
    fn the_table_holds_each_points_features() {
        let (_, pts) = setup();
        let f = [Feature::SinX, Feature::XTimesY, Feature::Y];
        let table = InputTable::new(&pts, &f);
        let mut row = [0.0; 3];
        for (i, pt) in pts.iter().enumerate() {
            fill_inputs(&f, pt.x, pt.y, &mut row);
            assert_eq!(table.row(i), row);
        }
        let empty = InputTable::new(&pts, &[]);
        assert!(empty.row(99).is_empty());
    }
}
