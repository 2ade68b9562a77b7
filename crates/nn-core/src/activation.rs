//! Activation functions and regularisation, each beside its derivative.

use crate::math;

/// A node's activation function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activation {
    /// max(0, x)
    Relu,
    /// tanh x
    Tanh,
    /// 1 / (1 + e^-x)
    Sigmoid,
    /// x
    Linear,
    /// z for z > 0, 0.01·z otherwise.
    LeakyRelu,
    /// z for z > 0, e^z − 1 otherwise.
    Elu,
    /// z · sigmoid(z) (also called SiLU).
    Swish,
    /// z · Φ(z), with Φ the standard normal CDF (the exact form, through erf).
    Gelu,
    /// ln(1 + e^z).
    Softplus,
    /// 1 for z > 0, 0 otherwise; its derivative is 0 everywhere, so nothing before it learns.
    Step,
}

impl Activation {
    /// Every activation, in menu order: the original's four, then ours.
    pub const ALL: [Activation; 10] = [
        Activation::Relu,
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Linear,
        Activation::LeakyRelu,
        Activation::Elu,
        Activation::Swish,
        Activation::Gelu,
        Activation::Softplus,
        Activation::Step,
    ];

    /// The original's four (the only ones its links name).
    pub const ORIGINAL: [Activation; 4] = [
        Activation::Relu,
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Linear,
    ];

    /// The URL name.
    pub fn key(self) -> &'static str {
        match self {
            Activation::Relu => "relu",
            Activation::Tanh => "tanh",
            Activation::Sigmoid => "sigmoid",
            Activation::Linear => "linear",
            Activation::LeakyRelu => "leakyrelu",
            Activation::Elu => "elu",
            Activation::Swish => "swish",
            Activation::Gelu => "gelu",
            Activation::Softplus => "softplus",
            Activation::Step => "step",
        }
    }

    /// The English menu label.
    pub fn label(self) -> &'static str {
        match self {
            Activation::Relu => "ReLU",
            Activation::Tanh => "Tanh",
            Activation::Sigmoid => "Sigmoid",
            Activation::Linear => "Linear",
            Activation::LeakyRelu => "Leaky ReLU",
            Activation::Elu => "ELU",
            Activation::Swish => "Swish",
            Activation::Gelu => "GELU",
            Activation::Softplus => "Softplus",
            Activation::Step => "Step",
        }
    }

    /// Parses a URL name.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.key() == key)
    }

    /// f(z).
    #[inline]
    pub fn apply(self, z: f64) -> f64 {
        match self {
            // JavaScript's Math.max(0, NaN) is NaN; f64::max would hide it.
            Activation::Relu => {
                if z > 0.0 || z.is_nan() {
                    z
                } else {
                    0.0
                }
            }
            Activation::Tanh => math::tanh(z),
            Activation::Sigmoid => sigmoid(z),
            Activation::Linear => z,
            // Ours out of line, so the original's four stay small enough to inline into
            // the training loops.
            ours => ours.apply_ours(z),
        }
    }

    #[inline(never)]
    fn apply_ours(self, z: f64) -> f64 {
        match self {
            Activation::LeakyRelu => {
                if z > 0.0 || z.is_nan() {
                    z
                } else {
                    LEAKY_SLOPE * z
                }
            }
            Activation::Elu => {
                if z > 0.0 || z.is_nan() {
                    z
                } else {
                    math::expm1(z)
                }
            }
            Activation::Swish => z * sigmoid(z),
            Activation::Gelu => 0.5 * z * (1.0 + libm::erf(z * std::f64::consts::FRAC_1_SQRT_2)),
            Activation::Softplus => softplus(z),
            Activation::Step => {
                if z > 0.0 {
                    1.0
                } else if z.is_nan() {
                    z
                } else {
                    0.0
                }
            }
            original => original.apply(z),
        }
    }

    /// f′(z) given also f(z) = `out` from the same forward pass. The original recomputes
    /// tanh(z) or sigmoid(z) for the derivative; the stored output is that same number,
    /// so reusing it gives identical bits for half the transcendental calls.
    #[inline]
    pub fn derivative_from_output(self, z: f64, out: f64) -> f64 {
        match self {
            Activation::Tanh => 1.0 - out * out,
            Activation::Sigmoid => out * (1.0 - out),
            _ => self.derivative(z),
        }
    }

    /// f′(z), computed from z the way the original does (ReLU′(0) = 0).
    #[inline]
    pub fn derivative(self, z: f64) -> f64 {
        match self {
            Activation::Relu => {
                if z <= 0.0 {
                    0.0
                } else {
                    1.0
                }
            }
            Activation::Tanh => {
                let t = math::tanh(z);
                1.0 - t * t
            }
            Activation::Sigmoid => {
                let s = sigmoid(z);
                s * (1.0 - s)
            }
            Activation::Linear => 1.0,
            ours => ours.derivative_ours(z),
        }
    }

    #[inline(never)]
    fn derivative_ours(self, z: f64) -> f64 {
        match self {
            Activation::LeakyRelu => {
                if z > 0.0 {
                    1.0
                } else {
                    LEAKY_SLOPE
                }
            }
            Activation::Elu => {
                if z > 0.0 {
                    1.0
                } else {
                    math::exp(z)
                }
            }
            Activation::Swish => {
                let s = sigmoid(z);
                s + z * s * (1.0 - s)
            }
            Activation::Gelu => {
                let cdf = 0.5 * (1.0 + libm::erf(z * std::f64::consts::FRAC_1_SQRT_2));
                let pdf = math::exp(-0.5 * z * z) * FRAC_1_SQRT_2PI;
                cdf + z * pdf
            }
            Activation::Softplus => sigmoid(z),
            Activation::Step => 0.0,
            original => original.derivative(z),
        }
    }

    /// The largest value f′ takes, or its least upper bound (the lesson's "Sigmoid′ is at
    /// most 0.25").
    pub fn derivative_max(self) -> f64 {
        match self {
            Activation::Sigmoid => 0.25,
            Activation::Step => 0.0,
            // Swish′ peaks at z ≈ 2.3994, GELU′ at z = √2.
            Activation::Swish => 1.099_839_320_128_53,
            Activation::Gelu => 1.128_904_145_185_155,
            _ => 1.0,
        }
    }
}

/// Leaky ReLU's slope for negative inputs.
pub const LEAKY_SLOPE: f64 = 0.01;

/// 1/√(2π), the standard normal density at 0.
const FRAC_1_SQRT_2PI: f64 = 0.398_942_280_401_432_7;

/// The logistic function 1 / (1 + e^−z), the original's formula.
#[inline]
pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + math::exp(-z))
}

/// ln(1 + e^z) without overflow: max(z, 0) + ln(1 + e^−|z|).
#[inline]
pub fn softplus(z: f64) -> f64 {
    if z.is_nan() {
        return z;
    }
    z.max(0.0) + libm::log1p(math::exp(-z.abs()))
}

/// Weight regularisation (never applied to biases).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Regularization {
    /// No penalty.
    None,
    /// |w|; a weight pushed across zero by it is set to 0 and frozen.
    L1,
    /// w²/2.
    L2,
}

impl Regularization {
    /// Every choice, in menu order.
    pub const ALL: [Regularization; 3] =
        [Regularization::None, Regularization::L1, Regularization::L2];

    /// The URL name.
    pub fn key(self) -> &'static str {
        match self {
            Regularization::None => "none",
            Regularization::L1 => "L1",
            Regularization::L2 => "L2",
        }
    }

    /// The English menu label.
    pub fn label(self) -> &'static str {
        match self {
            Regularization::None => "None",
            Regularization::L1 => "L1",
            Regularization::L2 => "L2",
        }
    }

    /// Parses a URL name.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The penalty R(w).
    pub fn penalty(self, w: f64) -> f64 {
        match self {
            Regularization::None => 0.0,
            Regularization::L1 => w.abs(),
            Regularization::L2 => 0.5 * w * w,
        }
    }

    /// R′(w); L1 uses sign(w) with 0 at 0.
    #[inline]
    pub fn derivative(self, w: f64) -> f64 {
        match self {
            Regularization::None => 0.0,
            Regularization::L1 => {
                if w < 0.0 {
                    -1.0
                } else if w > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Regularization::L2 => w,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numeric(f: impl Fn(f64) -> f64, x: f64) -> f64 {
        let h = 1e-6;
        (f(x + h) - f(x - h)) / (2.0 * h)
    }

    #[test]
    fn derivatives_match_finite_differences() {
        for a in Activation::ALL {
            for &z in &[-3.0, -0.7, -0.13, 0.013, 0.5, 2.2] {
                let want = numeric(|v| a.apply(v), z);
                let got = a.derivative(z);
                assert!((want - got).abs() < 1e-6, "{a:?} at {z}: {got} vs {want}");
            }
        }
        // Each peak of f′ is where derivative_max says.
        for a in Activation::ALL {
            let peak = (-6000..=6000)
                .map(|i| a.derivative(f64::from(i) / 1000.0))
                .fold(f64::MIN, f64::max);
            // Softplus′ only approaches its bound 1, reaching 0.9975 at z = 6.
            let slack = if a == Activation::Softplus {
                3e-3
            } else {
                1e-6
            };
            let max = a.derivative_max();
            assert!(peak <= max + 1e-9 && peak >= max - slack, "{a:?}: {peak}");
        }
        for r in Regularization::ALL {
            for &w in &[-1.5, -0.2, 0.3, 2.0] {
                let want = numeric(|v| r.penalty(v), w);
                assert!((want - r.derivative(w)).abs() < 1e-6, "{r:?} at {w}");
            }
        }
    }

    #[test]
    fn derivative_from_output_is_bit_identical() {
        for a in Activation::ALL {
            for &z in &[-5.0, -0.3, 0.0, 0.2, 3.3] {
                let out = a.apply(z);
                assert_eq!(
                    a.derivative_from_output(z, out).to_bits(),
                    a.derivative(z).to_bits()
                );
            }
        }
    }

    #[test]
    fn reference_values() {
        assert_eq!(Activation::Relu.apply(-2.0), 0.0);
        assert_eq!(Activation::Relu.derivative(0.0), 0.0);
        assert!(Activation::Relu.apply(f64::NAN).is_nan());
        assert_eq!(Activation::Sigmoid.apply(0.0), 0.5);
        assert_eq!(Activation::Sigmoid.derivative(0.0), 0.25);
        assert_eq!(Activation::Tanh.derivative(0.0), 1.0);
        assert_eq!(Regularization::L1.derivative(0.0), 0.0);
        assert_eq!(Activation::LeakyRelu.apply(-2.0), -0.02);
        assert!((Activation::Elu.apply(-1.0) - (-0.632_120_558_828_557_7)).abs() < 1e-15);
        assert!((Activation::Gelu.apply(1.0) - 0.841_344_746_068_542_9).abs() < 1e-15);
        assert!((Activation::Swish.apply(1.0) - 0.731_058_578_630_004_9).abs() < 1e-15);
        assert!((Activation::Softplus.apply(0.0) - std::f64::consts::LN_2).abs() < 1e-16);
        assert_eq!(Activation::Softplus.apply(800.0), 800.0);
        assert_eq!(Activation::Softplus.apply(-800.0), 0.0);
        assert_eq!(Activation::Step.apply(0.5), 1.0);
        assert_eq!(Activation::Step.apply(0.0), 0.0);
        assert_eq!(Activation::Step.derivative(0.5), 0.0);
    }

    #[test]
    fn keys_round_trip() {
        for a in Activation::ALL {
            assert_eq!(Activation::from_key(a.key()), Some(a));
        }
        for r in Regularization::ALL {
            assert_eq!(Regularization::from_key(r.key()), Some(r));
        }
        assert_eq!(Activation::from_key("Tanh"), None);
    }
}
