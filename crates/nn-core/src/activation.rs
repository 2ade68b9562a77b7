//! Activation functions and regularisation, each beside its derivative.

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
            Activation::Tanh => z.tanh(),
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

    /// f(z) for pictures only: tanh and sigmoid through a fast, branch-free exponential
    /// (within 1e-11 of the exact value) that vectorises in the grid's loops. Never used for
    /// training or losses, which must match the original bit for bit.
    #[inline]
    pub fn apply_display(self, z: f64) -> f64 {
        match self {
            Activation::Tanh => {
                // tanh |z| = 1 - 2 / (e^(2|z|) + 1), which is exactly 1 beyond |z| = 20.
                let a = z.abs();
                let a = if a > 20.0 { 20.0 } else { a };
                let t = (1.0 - 2.0 / (fast_exp(2.0 * a) + 1.0)).copysign(z);
                if z.is_nan() {
                    z
                } else {
                    t
                }
            }
            Activation::Sigmoid => {
                let s = 1.0 / (1.0 + fast_exp(-z));
                // Past ±708 the clamp leaves a value within 1e-300 of the limit.
                let s = if z < -708.0 {
                    0.0
                } else if z > 708.0 {
                    1.0
                } else {
                    s
                };
                if z.is_nan() {
                    z
                } else {
                    s
                }
            }
            _ => self.apply(z),
        }
    }

    /// [`Activation::apply_display`] over a whole slice, with the choice of function
    /// made once outside the loop so the loop vectorises.
    pub fn apply_display_all(self, values: &mut [f64]) {
        match self {
            Activation::Tanh => values
                .iter_mut()
                .for_each(|v| *v = Activation::Tanh.apply_display(*v)),
            Activation::Sigmoid => values
                .iter_mut()
                .for_each(|v| *v = Activation::Sigmoid.apply_display(*v)),
            Activation::Relu => values
                .iter_mut()
                .for_each(|v| *v = Activation::Relu.apply(*v)),
            Activation::Linear => {}
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
                let t = z.tanh();
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

/// e^x for pictures, branch-free so loops over it vectorise: x = k·ln2 + r with
/// |r| ≤ ln2/2, e^r by a degree-9 Taylor polynomial (relative error below 1e-11), scaled
/// by 2^k through the exponent bits. Inputs are clamped to [-708, 708].
#[inline]
fn fast_exp(x: f64) -> f64 {
    // Adding 1.5·2^52 rounds to an integer (to nearest) and leaves it in the low bits.
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    const LN2_HI: f64 = 0.693_147_180_369_123_8;
    const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
    // Comparisons rather than f64::clamp/min: on wasm those become calls to fmin and
    // fmax, which stop the grid's loops from vectorising.
    #[allow(clippy::manual_clamp)]
    let x = if x < -708.0 {
        -708.0
    } else if x > 708.0 {
        708.0
    } else {
        x
    };
    let shifted = x * std::f64::consts::LOG2_E + SHIFT;
    let k = shifted - SHIFT;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    // Estrin's scheme: independent products instead of one long Horner chain.
    let r2 = r * r;
    let r4 = r2 * r2;
    let p01 = 1.0 + r;
    let p23 = 0.5 + r * (1.0 / 6.0);
    let p45 = 1.0 / 24.0 + r * (1.0 / 120.0);
    let p67 = 1.0 / 720.0 + r * (1.0 / 5_040.0);
    let p89 = 1.0 / 40_320.0 + r * (1.0 / 362_880.0);
    let p = (p01 + r2 * p23) + r4 * ((p45 + r2 * p67) + r4 * p89);
    // The integer k sits in the low bits of `shifted`; move it into the exponent field.
    let bits = shifted.to_bits().wrapping_add(1023) << 52;
    p * f64::from_bits(bits)
}

#[inline]
fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
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
    fn display_functions_are_close_to_the_exact_ones() {
        let mut worst: f64 = 0.0;
        let mut z = -40.0;
        while z <= 40.0 {
            for a in Activation::ALL {
                let (e, f) = (a.apply(z), a.apply_display(z));
                worst = worst.max((e - f).abs());
            }
            z += 0.001_37;
        }
        assert!(worst < 1e-11, "worst difference {worst:e}");
        for z in [-1e308, -800.0, 800.0, 1e308] {
            assert_eq!(Activation::Tanh.apply_display(z), Activation::Tanh.apply(z));
            assert_eq!(
                Activation::Sigmoid.apply_display(z),
                Activation::Sigmoid.apply(z)
            );
        }
        assert!(Activation::Tanh.apply_display(f64::NAN).is_nan());
        assert!(Activation::Sigmoid.apply_display(f64::NAN).is_nan());
        for x in [-700.0, -30.0, -1.0, 0.0, 0.3, 1.0, 20.0, 700.0] {
            let rel = (fast_exp(x) / x.exp() - 1.0).abs();
            assert!(rel < 1e-11, "e^{x}: relative error {rel:e}");
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
