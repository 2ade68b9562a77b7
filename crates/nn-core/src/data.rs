//! The data generators (the original's six, drawn in its exact order from its random
//! stream, and ours), the shuffle and the train/test split.

use crate::loss::Target;
use crate::math;
use crate::rng::SeedRandom;
use crate::scale::LinearScale;

/// One labelled point in the [-6, 6]² domain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// First coordinate (X₁).
    pub x: f64,
    /// Second coordinate (X₂).
    pub y: f64,
    /// What the network should output here.
    pub target: Target,
}

impl Point {
    /// The label as a number: ±1, the class index, or the regression value.
    #[inline]
    pub fn label(&self) -> f64 {
        self.target.label()
    }
}

/// Classification or regression: picks the data sets, the sample count and the output activation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Two classes labelled ±1; tanh output.
    Classification,
    /// Real-valued labels; linear output.
    Regression,
    /// K classes (2–5); one output per class through softmax (ours).
    Multiclass,
}

impl Problem {
    /// Every problem type, in menu order: the original's two, then ours.
    pub const ALL: [Problem; 3] = [
        Problem::Classification,
        Problem::Regression,
        Problem::Multiclass,
    ];

    /// The name used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Problem::Classification => "classification",
            Problem::Regression => "regression",
            Problem::Multiclass => "multiclass",
        }
    }

    /// The English label shown in the menu.
    pub fn label(self) -> &'static str {
        match self {
            Problem::Classification => "Classification",
            Problem::Regression => "Regression",
            Problem::Multiclass => "Multi-class classification",
        }
    }

    /// Parses a URL name.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.key() == key)
    }

    /// How many points the original generates for this problem.
    pub fn sample_count(self) -> usize {
        match self {
            Problem::Classification | Problem::Multiclass => 500,
            Problem::Regression => 1200,
        }
    }

    /// Whether the points have classes (accuracy means something).
    pub fn is_classification(self) -> bool {
        self != Problem::Regression
    }
}

/// The built-in data sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dataset {
    /// A disc of +1 inside a ring of -1.
    Circle,
    /// Exclusive or: the sign of x·y.
    Xor,
    /// Two Gaussian clusters.
    Gauss,
    /// Two interleaved spiral arms.
    Spiral,
    /// Regression: a tilted plane, label (x + y) / 10.
    RegPlane,
    /// Regression: six cone-shaped bumps.
    RegGauss,
    /// Two interleaved half-moons (ours).
    Moons,
    /// A 4 × 4 checkerboard of the two classes (ours).
    Checkerboard,
    /// Multi-class: K Gaussian clusters around a circle (ours).
    Blobs,
    /// Multi-class: K interleaved spiral arms (ours).
    Spirals,
}

impl Dataset {
    /// The classification sets, in thumbnail order.
    pub const CLASSIFICATION: [Dataset; 6] = [
        Dataset::Circle,
        Dataset::Xor,
        Dataset::Gauss,
        Dataset::Spiral,
        Dataset::Moons,
        Dataset::Checkerboard,
    ];
    /// The regression sets, in thumbnail order.
    pub const REGRESSION: [Dataset; 2] = [Dataset::RegPlane, Dataset::RegGauss];
    /// The multi-class sets, in thumbnail order.
    pub const MULTICLASS: [Dataset; 2] = [Dataset::Blobs, Dataset::Spirals];

    /// The sets of one problem type, in thumbnail order.
    pub fn of(problem: Problem) -> &'static [Dataset] {
        match problem {
            Problem::Classification => &Self::CLASSIFICATION,
            Problem::Regression => &Self::REGRESSION,
            Problem::Multiclass => &Self::MULTICLASS,
        }
    }

    /// The name used in the URL (`dataset=` or `regDataset=`).
    pub fn key(self) -> &'static str {
        match self {
            Dataset::Circle => "circle",
            Dataset::Xor => "xor",
            Dataset::Gauss => "gauss",
            Dataset::Spiral => "spiral",
            Dataset::RegPlane => "reg-plane",
            Dataset::RegGauss => "reg-gauss",
            Dataset::Moons => "moons",
            Dataset::Checkerboard => "checkerboard",
            Dataset::Blobs => "blobs",
            // Under its own key (`multiDataset`), beside the two-arm `dataset=spiral`.
            Dataset::Spirals => "spiral",
        }
    }

    /// The English name shown on the thumbnail.
    pub fn label(self) -> &'static str {
        match self {
            Dataset::Circle => "Circle",
            Dataset::Xor => "Exclusive or",
            Dataset::Gauss => "Gaussian",
            Dataset::Spiral => "Spiral",
            Dataset::RegPlane => "Plane",
            Dataset::RegGauss => "Multi gaussian",
            Dataset::Moons => "Moons",
            Dataset::Checkerboard => "Checkerboard",
            Dataset::Blobs => "Blobs",
            Dataset::Spirals => "Spiral",
        }
    }

    /// The problem type this set belongs to.
    pub fn problem(self) -> Problem {
        match self {
            Dataset::RegPlane | Dataset::RegGauss => Problem::Regression,
            Dataset::Blobs | Dataset::Spirals => Problem::Multiclass,
            _ => Problem::Classification,
        }
    }

    /// Parses a URL name of any kind (`spiral` is the two-class one; the multi-class
    /// sets' names are read under their own key).
    pub fn from_key(key: &str) -> Option<Self> {
        Problem::ALL
            .into_iter()
            .flat_map(Self::of)
            .copied()
            .find(|d| d.key() == key)
    }

    /// Generates `n` points at noise factor `noise` (0 to 0.5 from the slider; the
    /// URL allows up to 0.8), drawing from `rng` in the original's order; the
    /// multi-class sets make `classes` classes (2–5).
    pub fn generate(
        self,
        n: usize,
        noise: f64,
        classes: usize,
        rng: &mut SeedRandom,
    ) -> Vec<Point> {
        match self {
            Dataset::Circle => circle(n, noise, rng),
            Dataset::Xor => xor(n, noise, rng),
            Dataset::Gauss => gauss(n, noise, rng),
            Dataset::Spiral => spiral(n, noise, rng),
            Dataset::RegPlane => reg_plane(n, noise, rng),
            Dataset::RegGauss => reg_gauss(n, noise, rng),
            Dataset::Moons => crate::more_data::moons(n, noise, rng),
            Dataset::Checkerboard => crate::more_data::checkerboard(n, noise, rng),
            Dataset::Blobs => crate::more_data::blobs(n, noise, classes, rng),
            Dataset::Spirals => crate::more_data::spirals(n, noise, classes, rng),
        }
    }
}

/// A two-class target from the original's ±1 label.
#[inline]
pub(crate) fn sign(label: f64) -> Target {
    Target::Binary(label > 0.0)
}

/// U(a, b), computed as the original does: `random * (b - a) + a`.
pub(crate) fn uniform(rng: &mut SeedRandom, a: f64, b: f64) -> f64 {
    rng.next_f64() * (b - a) + a
}

/// A normal sample by the Marsaglia polar method; the second value of each pair is dropped.
pub(crate) fn normal(rng: &mut SeedRandom, mean: f64, variance: f64) -> f64 {
    let (mut v1, mut s);
    loop {
        v1 = 2.0 * rng.next_f64() - 1.0;
        let v2 = 2.0 * rng.next_f64() - 1.0;
        s = v1 * v1 + v2 * v2;
        if s <= 1.0 {
            break;
        }
    }
    let result = (-2.0 * math::ln(s) / s).sqrt() * v1;
    mean + variance.sqrt() * result
}

pub(crate) fn dist(x: f64, y: f64) -> f64 {
    (x * x + y * y).sqrt()
}

/// "Half of n" as the original's `i < n / 2` loops count it (rounding up for odd n).
fn half(n: usize) -> usize {
    n.div_ceil(2)
}

fn circle(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    const RADIUS: f64 = 5.0;
    let mut points = Vec::with_capacity(n + 1);
    let mut ring = |points: &mut Vec<Point>, r_min: f64, r_max: f64| {
        for _ in 0..half(n) {
            let r = uniform(rng, r_min, r_max);
            let angle = uniform(rng, 0.0, 2.0 * std::f64::consts::PI);
            let x = r * angle.sin();
            let y = r * angle.cos();
            let nx = uniform(rng, -RADIUS, RADIUS) * noise;
            let ny = uniform(rng, -RADIUS, RADIUS) * noise;
            let label = if dist(x + nx, y + ny) < RADIUS * 0.5 {
                1.0
            } else {
                -1.0
            };
            points.push(Point {
                x,
                y,
                target: sign(label),
            });
        }
    };
    ring(&mut points, 0.0, RADIUS * 0.5);
    ring(&mut points, RADIUS * 0.7, RADIUS);
    points
}

fn xor(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    const PADDING: f64 = 0.3;
    let pad = |v: f64| if v > 0.0 { v + PADDING } else { v - PADDING };
    (0..n)
        .map(|_| {
            let x = pad(uniform(rng, -5.0, 5.0));
            let y = pad(uniform(rng, -5.0, 5.0));
            let nx = uniform(rng, -5.0, 5.0) * noise;
            let ny = uniform(rng, -5.0, 5.0) * noise;
            let label = if (x + nx) * (y + ny) >= 0.0 {
                1.0
            } else {
                -1.0
            };
            Point {
                x,
                y,
                target: sign(label),
            }
        })
        .collect()
}

fn gauss(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    let variance = LinearScale::new([0.0, 0.5], [0.5, 4.0]).apply(noise);
    let mut points = Vec::with_capacity(n + 1);
    for (c, label) in [(2.0, 1.0), (-2.0, -1.0)] {
        for _ in 0..half(n) {
            let x = normal(rng, c, variance);
            let y = normal(rng, c, variance);
            points.push(Point {
                x,
                y,
                target: sign(label),
            });
        }
    }
    points
}

fn spiral(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    use std::f64::consts::PI;
    // The original's arm length is n / 2 as a real number, so odd n gives a fractional arm.
    let arm = n as f64 / 2.0;
    let mut points = Vec::with_capacity(n + 1);
    for (delta, label) in [(0.0, 1.0), (PI, -1.0)] {
        let mut i = 0.0;
        while i < arm {
            let r = i / arm * 5.0;
            let t = 1.75 * i / arm * 2.0 * PI + delta;
            let x = r * t.sin() + uniform(rng, -1.0, 1.0) * noise;
            let y = r * t.cos() + uniform(rng, -1.0, 1.0) * noise;
            points.push(Point {
                x,
                y,
                target: sign(label),
            });
            i += 1.0;
        }
    }
    points
}

/// Uniform points in [-6, 6]², each labelled at a position offset by
/// U(-`reach`, `reach`)·noise on each axis (four draws per point, in this order): the
/// regression sets' sampling (reach 6), and the checkerboard's (reach 5).
pub(crate) fn uniform_labelled(
    n: usize,
    noise: f64,
    reach: f64,
    rng: &mut SeedRandom,
    label_at: impl Fn(f64, f64) -> Target,
) -> Vec<Point> {
    const RADIUS: f64 = 6.0;
    (0..n)
        .map(|_| {
            let x = uniform(rng, -RADIUS, RADIUS);
            let y = uniform(rng, -RADIUS, RADIUS);
            let nx = uniform(rng, -reach, reach) * noise;
            let ny = uniform(rng, -reach, reach) * noise;
            Point {
                x,
                y,
                target: label_at(x + nx, y + ny),
            }
        })
        .collect()
}

/// The regression sets' sampling: [`uniform_labelled`] with reach 6 and real labels.
fn uniform_regression(
    n: usize,
    noise: f64,
    rng: &mut SeedRandom,
    label_at: impl Fn(f64, f64) -> f64,
) -> Vec<Point> {
    uniform_labelled(n, noise, 6.0, rng, |x, y| Target::Value(label_at(x, y)))
}

fn reg_plane(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    let scale = LinearScale::new([-10.0, 10.0], [-1.0, 1.0]);
    uniform_regression(n, noise, rng, |x, y| scale.apply(x + y))
}

/// The six cones of the multi-gaussian set: centre and sign.
const BUMPS: [(f64, f64, f64); 6] = [
    (-4.0, 2.5, 1.0),
    (0.0, 2.5, -1.0),
    (4.0, 2.5, 1.0),
    (-4.0, -2.5, -1.0),
    (0.0, -2.5, 1.0),
    (4.0, -2.5, -1.0),
];

fn reg_gauss(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    let scale = LinearScale::new([0.0, 2.0], [1.0, 0.0]).clamped();
    let label_at = |x: f64, y: f64| {
        let mut label: f64 = 0.0;
        for (cx, cy, sign) in BUMPS {
            let v = sign * scale.apply(dist(x - cx, y - cy));
            if v.abs() > label.abs() {
                label = v;
            }
        }
        label
    };
    uniform_regression(n, noise, rng, label_at)
}

/// The original's Fisher–Yates shuffle, one draw per element from the last to the first.
pub fn shuffle<T>(items: &mut [T], rng: &mut SeedRandom) {
    let mut counter = items.len();
    while counter > 0 {
        let index = (rng.next_f64() * counter as f64).floor() as usize;
        counter -= 1;
        items.swap(counter, index);
    }
}

/// Splits shuffled points: the first ⌊n·percent/100⌋ train, the rest test.
pub fn split(points: Vec<Point>, percent_train: f64) -> (Vec<Point>, Vec<Point>) {
    let at = (points.len() as f64 * percent_train / 100.0).floor();
    let at = if at.is_nan() {
        0
    } else {
        (at.max(0.0) as usize).min(points.len())
    };
    let mut train = points;
    let test = train.split_off(at);
    (train, test)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gen(d: Dataset, noise: f64) -> Vec<Point> {
        let mut rng = SeedRandom::new("stats");
        d.generate(d.problem().sample_count(), noise, 3, &mut rng)
    }

    #[test]
    fn counts_match_the_original() {
        for d in Dataset::CLASSIFICATION
            .into_iter()
            .chain(Dataset::MULTICLASS)
        {
            assert_eq!(gen(d, 0.0).len(), 500, "{d:?}");
        }
        for d in Dataset::REGRESSION {
            assert_eq!(gen(d, 0.0).len(), 1200, "{d:?}");
        }
    }

    #[test]
    fn classification_labels_are_balanced_without_noise() {
        for d in Dataset::CLASSIFICATION {
            let pts = gen(d, 0.0);
            assert!(pts.iter().all(|p| matches!(p.target, Target::Binary(_))));
            let pos = pts.iter().filter(|p| p.label() > 0.0).count();
            // Circle, gauss, spiral and moons are exactly half and half; xor and the
            // checkerboard are random.
            let tolerance = if matches!(d, Dataset::Xor | Dataset::Checkerboard) {
                40
            } else {
                0
            };
            assert!(pos.abs_diff(250) <= tolerance, "{d:?}: {pos} positive");
        }
    }

    #[test]
    fn points_stay_in_their_domain() {
        for d in Problem::ALL.into_iter().flat_map(Dataset::of).copied() {
            let limit = match d {
                Dataset::Xor => 5.3,
                Dataset::Gauss | Dataset::Blobs => 6.0 + 2.0, // clusters of sd 0.71: well inside
                _ => 6.0,
            };
            for p in gen(d, 0.0) {
                assert!(p.x.abs() <= limit && p.y.abs() <= limit, "{d:?} {p:?}");
            }
        }
    }

    #[test]
    fn circle_noise_flips_labels_only() {
        let clean = gen(Dataset::Circle, 0.0);
        assert!(clean
            .iter()
            .all(|p| (dist(p.x, p.y) < 2.5) == (p.label() > 0.0)));
        let noisy = gen(Dataset::Circle, 0.5);
        let wrong = noisy
            .iter()
            .filter(|p| (dist(p.x, p.y) < 2.5) != (p.label() > 0.0))
            .count();
        assert!(wrong > 10, "noise 0.5 flipped only {wrong} labels");
    }

    #[test]
    fn regression_labels_have_the_right_range() {
        for p in gen(Dataset::RegPlane, 0.0) {
            assert!(p.label().abs() <= 1.2 + 1e-12);
            assert!((p.label() - (p.x + p.y) / 10.0).abs() < 1e-12);
        }
        for p in gen(Dataset::RegGauss, 0.0) {
            assert!(p.label().abs() <= 1.0);
        }
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut rng = SeedRandom::new("perm");
        let mut v: Vec<usize> = (0..100).collect();
        shuffle(&mut v, &mut rng);
        assert_ne!(v, (0..100).collect::<Vec<_>>());
        v.sort_unstable();
        assert_eq!(v, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn split_by_percentage() {
        let pts = gen(Dataset::Circle, 0.0);
        let (train, test) = split(pts.clone(), 50.0);
        assert_eq!((train.len(), test.len()), (250, 250));
        let (train, test) = split(pts.clone(), 70.0);
        assert_eq!((train.len(), test.len()), (350, 150));
        let (train, test) = split(pts, 33.3);
        assert_eq!((train.len(), test.len()), (166, 334));
    }
}
