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
}

impl Activation {
    /// Every activation, in the original's menu order.
    pub const ALL: [Activation; 4] = [
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
        }
    }

    /// The English menu label.
    pub fn label(self) -> &'static str {
        match self {
            Activation::Relu => "ReLU",
            Activation::Tanh => "Tanh",
            Activation::Sigmoid => "Sigmoid",
            Activation::Linear => "Linear",
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
        }
    }
}

#[inline]
fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + math::exp(-z))
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
            for &z in &[-3.0, -0.7, -0.01, 0.013, 0.5, 2.2] {
                let want = numeric(|v| a.apply(v), z);
                let got = a.derivative(z);
                assert!((want - got).abs() < 1e-6, "{a:?} at {z}: {got} vs {want}");
            }
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
