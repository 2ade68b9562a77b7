//! What a point should produce ([`Target`]), how the output layer turns its sums into a
//! prediction ([`Head`]) and how that prediction is scored ([`Loss`]), each loss beside the
//! gradient it sends back.

use crate::activation::{softplus, Activation};
use crate::math;

/// The function training minimises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Loss {
    /// Half the squared error, ½(y − t)² (summed over outputs): the original's.
    SquaredError,
    /// Cross-entropy in nats: −[t ln p + (1 − t) ln(1 − p)] for one sigmoid output,
    /// −ln p_y for a softmax over classes.
    CrossEntropy,
}

impl Loss {
    /// Every loss, in menu order.
    pub const ALL: [Loss; 2] = [Loss::SquaredError, Loss::CrossEntropy];

    /// The URL name.
    pub fn key(self) -> &'static str {
        match self {
            Loss::SquaredError => "squared",
            Loss::CrossEntropy => "crossentropy",
        }
    }

    /// The English menu label.
    pub fn label(self) -> &'static str {
        match self {
            Loss::SquaredError => "Squared error",
            Loss::CrossEntropy => "Cross-entropy",
        }
    }

    /// Parses a URL name.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// What one point should produce.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// One of two classes, written +1 (`true`) or −1 as in the original.
    Binary(bool),
    /// One of K classes, 0-based.
    Class(u8),
    /// A real value (regression).
    Value(f64),
}

impl Target {
    /// The number the original stores as the label: ±1, the class index, or the value.
    #[inline]
    pub fn label(self) -> f64 {
        match self {
            Target::Binary(true) => 1.0,
            Target::Binary(false) => -1.0,
            Target::Class(c) => f64::from(c),
            Target::Value(v) => v,
        }
    }

    /// The class index of a classification target (binary: 1 for +1, 0 for −1).
    pub fn class(self) -> Option<usize> {
        match self {
            Target::Binary(b) => Some(usize::from(b)),
            Target::Class(c) => Some(usize::from(c)),
            Target::Value(_) => None,
        }
    }
}

/// The output layer's form: how its sums become the prediction, and its loss.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Head {
    /// One output node through an elementwise activation, half squared error against the
    /// label (the original: tanh for ±1, linear for regression).
    Squared(Activation),
    /// One sigmoid output p, binary cross-entropy against t = (label + 1) / 2.
    Logistic,
    /// One node per class, softmax probabilities, scored by the loss.
    Softmax(Loss),
}

impl Head {
    /// The elementwise activation of the output nodes (softmax's sums are its logits).
    pub fn activation(self) -> Activation {
        match self {
            Head::Squared(a) => a,
            Head::Logistic => Activation::Sigmoid,
            Head::Softmax(_) => Activation::Linear,
        }
    }

    /// The loss it is scored by.
    pub fn loss(self) -> Loss {
        match self {
            Head::Squared(_) => Loss::SquaredError,
            Head::Logistic => Loss::CrossEntropy,
            Head::Softmax(l) => l,
        }
    }

    /// The loss of one point, from the output layer's sums `z`, outputs `out` and (for
    /// softmax) probabilities `probs` of the same forward pass.
    #[inline]
    pub fn point_loss(self, z: &[f64], out: &[f64], probs: &[f64], target: Target) -> f64 {
        match self {
            Head::Squared(_) => half_squared_error(out[0], target.label()),
            Head::Logistic => {
                // −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z): never ln 0.
                if target.label() > 0.0 {
                    softplus(-z[0])
                } else {
                    softplus(z[0])
                }
            }
            Head::Softmax(Loss::CrossEntropy) => {
                let y = target.class().unwrap_or(0).min(z.len() - 1);
                // −ln p_y = ln Σ e^(z_k − m) − (z_y − m), with m the largest sum.
                let m = max_of(z);
                let sum: f64 = z.iter().map(|&v| math::exp(v - m)).sum();
                math::ln(sum) - (z[y] - m)
            }
            Head::Softmax(Loss::SquaredError) => {
                let y = target.class();
                probs
                    .iter()
                    .enumerate()
                    .map(|(k, &p)| half_squared_error(p, one_hot(y, k)))
                    .sum()
            }
        }
    }

    /// Writes ∂loss/∂z for each output node into `dz`.
    #[inline]
    pub fn gradient(self, z: &[f64], out: &[f64], probs: &[f64], target: Target, dz: &mut [f64]) {
        match self {
            Head::Squared(a) => {
                // The original's order: the error, then times f′.
                let d = out[0] - target.label();
                dz[0] = d * a.derivative_from_output(z[0], out[0]);
            }
            Head::Logistic => {
                let t = if target.label() > 0.0 { 1.0 } else { 0.0 };
                dz[0] = out[0] - t;
            }
            Head::Softmax(Loss::CrossEntropy) => {
                let y = target.class();
                for (k, (d, &p)) in dz.iter_mut().zip(probs).enumerate() {
                    *d = p - one_hot(y, k);
                }
            }
            Head::Softmax(Loss::SquaredError) => {
                // Through softmax's Jacobian: ∂/∂z_j = p_j (e_j − Σ_k e_k p_k), e = p − y.
                let y = target.class();
                let dot: f64 = probs
                    .iter()
                    .enumerate()
                    .map(|(k, &p)| (p - one_hot(y, k)) * p)
                    .sum();
                for (j, (d, &p)) in dz.iter_mut().zip(probs).enumerate() {
                    *d = p * ((p - one_hot(y, j)) - dot);
                }
            }
        }
    }

    /// The value the output map shows on the original's −1 … 1 scale: the output itself,
    /// 2p − 1 for a sigmoid; for softmax the first class's probability (the map blends
    /// the classes' colours instead).
    #[inline]
    pub fn shown(self, out: &[f64], probs: &[f64]) -> f64 {
        match self {
            Head::Squared(_) => out[0],
            Head::Logistic => 2.0 * out[0] - 1.0,
            Head::Softmax(_) => probs.first().copied().unwrap_or(0.0),
        }
    }

    /// Whether the prediction puts the point in its class (`None` for regression).
    #[inline]
    pub fn correct(self, out: &[f64], probs: &[f64], target: Target) -> Option<bool> {
        let want = target.class()?;
        let got = match self {
            Head::Squared(_) | Head::Logistic => usize::from(self.shown(out, probs) > 0.0),
            Head::Softmax(_) => arg_max(probs),
        };
        Some(got == want)
    }
}

/// Half squared error of one prediction.
#[inline]
pub fn half_squared_error(output: f64, target: f64) -> f64 {
    let d = output - target;
    0.5 * (d * d)
}

#[inline]
fn one_hot(class: Option<usize>, k: usize) -> f64 {
    if class == Some(k) {
        1.0
    } else {
        0.0
    }
}

fn max_of(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

/// The index of the largest value (the first of equals; 0 for an empty slice).
pub fn arg_max(v: &[f64]) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best
}

/// Softmax of `z` into `probs`, shifted by the largest sum so no exponential overflows.
#[inline]
pub fn softmax(z: &[f64], probs: &mut [f64]) {
    let m = max_of(z);
    let mut sum = 0.0;
    for (p, &v) in probs.iter_mut().zip(z) {
        *p = math::exp(v - m);
        sum += *p;
    }
    for p in probs.iter_mut() {
        *p /= sum;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numeric_grad(head: Head, z: &[f64], target: Target) -> Vec<f64> {
        let eval = |z: &[f64]| {
            let out: Vec<f64> = z.iter().map(|&v| head.activation().apply(v)).collect();
            let mut probs = vec![0.0; z.len()];
            softmax(z, &mut probs);
            head.point_loss(z, &out, &probs, target)
        };
        (0..z.len())
            .map(|k| {
                let h = 1e-6;
                let (mut up, mut down) = (z.to_vec(), z.to_vec());
                up[k] += h;
                down[k] -= h;
                (eval(&up) - eval(&down)) / (2.0 * h)
            })
            .collect()
    }

    fn analytic(head: Head, z: &[f64], target: Target) -> Vec<f64> {
        let out: Vec<f64> = z.iter().map(|&v| head.activation().apply(v)).collect();
        let mut probs = vec![0.0; z.len()];
        softmax(z, &mut probs);
        let mut dz = vec![0.0; z.len()];
        head.gradient(z, &out, &probs, target, &mut dz);
        dz
    }

    #[test]
    fn gradients_match_finite_differences() {
        let cases: Vec<(Head, Vec<f64>, Target)> = vec![
            (
                Head::Squared(Activation::Tanh),
                vec![0.3],
                Target::Binary(false),
            ),
            (
                Head::Squared(Activation::Linear),
                vec![-1.2],
                Target::Value(0.4),
            ),
            (Head::Logistic, vec![0.8], Target::Binary(true)),
            (Head::Logistic, vec![-2.5], Target::Binary(false)),
            (Head::Logistic, vec![-2.5], Target::Binary(true)),
            (
                Head::Softmax(Loss::CrossEntropy),
                vec![0.2, -1.0, 1.7],
                Target::Class(1),
            ),
            (
                Head::Softmax(Loss::SquaredError),
                vec![0.2, -1.0, 1.7, 0.0],
                Target::Class(3),
            ),
            (
                Head::Softmax(Loss::SquaredError),
                vec![2.0, -0.5],
                Target::Class(0),
            ),
        ];
        for (head, z, t) in cases {
            let (a, n) = (analytic(head, &z, t), numeric_grad(head, &z, t));
            for (x, y) in a.iter().zip(&n) {
                assert!((x - y).abs() < 1e-7, "{head:?} {t:?}: {a:?} vs {n:?}");
            }
        }
    }

    #[test]
    fn saturated_outputs_give_finite_losses() {
        let z = [800.0];
        let out = [Activation::Sigmoid.apply(800.0)];
        assert_eq!(out[0], 1.0);
        let wrong = Head::Logistic.point_loss(&z, &out, &[], Target::Binary(false));
        assert_eq!(wrong, 800.0);
        let right = Head::Logistic.point_loss(&z, &out, &[], Target::Binary(true));
        assert_eq!(right, 0.0);
        let z = [1000.0, -1000.0, 0.0];
        let mut p = [0.0; 3];
        softmax(&z, &mut p);
        assert_eq!(p, [1.0, 0.0, 0.0]);
        let ce = Head::Softmax(Loss::CrossEntropy);
        assert_eq!(ce.point_loss(&z, &z, &p, Target::Class(1)), 2000.0);
        assert_eq!(ce.point_loss(&z, &z, &p, Target::Class(0)), 0.0);
    }

    #[test]
    fn reference_values_and_accuracy() {
        // Uniform probabilities over 3 classes: −ln(1/3).
        let z = [0.5, 0.5, 0.5];
        let mut p = [0.0; 3];
        softmax(&z, &mut p);
        let ce = Head::Softmax(Loss::CrossEntropy).point_loss(&z, &z, &p, Target::Class(2));
        assert!((ce - 3f64.ln()).abs() < 1e-15);
        // σ(0) = ½: ln 2 either way.
        let l = Head::Logistic.point_loss(&[0.0], &[0.5], &[], Target::Binary(true));
        assert!((l - std::f64::consts::LN_2).abs() < 1e-16);
        assert_eq!(Head::Logistic.shown(&[0.75], &[]), 0.5);
        let tanh = Head::Squared(Activation::Tanh);
        assert_eq!(tanh.correct(&[0.2], &[], Target::Binary(true)), Some(true));
        assert_eq!(
            tanh.correct(&[-0.2], &[], Target::Binary(true)),
            Some(false)
        );
        let soft = Head::Softmax(Loss::CrossEntropy);
        assert_eq!(
            soft.correct(&[], &[0.2, 0.5, 0.3], Target::Class(1)),
            Some(true)
        );
        assert_eq!(
            soft.correct(&[], &[0.2, 0.5, 0.3], Target::Class(2)),
            Some(false)
        );
        let lin = Head::Squared(Activation::Linear);
        assert_eq!(lin.correct(&[0.2], &[], Target::Value(0.1)), None);
        assert_eq!(arg_max(&[1.0, 3.0, 3.0]), 1);
    }
}
