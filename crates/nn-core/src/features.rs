//! The seven input features, in the original's order.

/// One input feature computed from a point (x, y).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    /// x
    X,
    /// y
    Y,
    /// x²
    XSquared,
    /// y²
    YSquared,
    /// x·y
    XTimesY,
    /// sin x
    SinX,
    /// sin y
    SinY,
}

impl Feature {
    /// All features in the order the original feeds them to the network.
    pub const ALL: [Feature; 7] = [
        Feature::X,
        Feature::Y,
        Feature::XSquared,
        Feature::YSquared,
        Feature::XTimesY,
        Feature::SinX,
        Feature::SinY,
    ];

    /// The URL key (`x`, `xSquared`, …).
    pub fn key(self) -> &'static str {
        match self {
            Feature::X => "x",
            Feature::Y => "y",
            Feature::XSquared => "xSquared",
            Feature::YSquared => "ySquared",
            Feature::XTimesY => "xTimesY",
            Feature::SinX => "sinX",
            Feature::SinY => "sinY",
        }
    }

    /// The label as displayed, in plain Unicode.
    pub fn label(self) -> &'static str {
        match self {
            Feature::X => "X₁",
            Feature::Y => "X₂",
            Feature::XSquared => "X₁²",
            Feature::YSquared => "X₂²",
            Feature::XTimesY => "X₁X₂",
            Feature::SinX => "sin(X₁)",
            Feature::SinY => "sin(X₂)",
        }
    }

    /// Position in [`Feature::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Parses a URL key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The feature's value at (x, y).
    #[inline]
    pub fn eval(self, x: f64, y: f64) -> f64 {
        match self {
            Feature::X => x,
            Feature::Y => y,
            Feature::XSquared => x * x,
            Feature::YSquared => y * y,
            Feature::XTimesY => x * y,
            Feature::SinX => x.sin(),
            Feature::SinY => y.sin(),
        }
    }
}

/// Fills `out` with the values of `features` at (x, y), in order.
#[inline]
pub fn fill_inputs(features: &[Feature], x: f64, y: f64, out: &mut [f64]) {
    for (o, f) in out.iter_mut().zip(features) {
        *o = f.eval(x, y);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_in_order() {
        for (i, f) in Feature::ALL.into_iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(Feature::from_key(f.key()), Some(f));
        }
        assert_eq!(Feature::from_key("cosX"), None);
    }

    #[test]
    fn values() {
        let v: Vec<f64> = Feature::ALL.iter().map(|f| f.eval(2.0, -3.0)).collect();
        assert_eq!(&v[..5], &[2.0, -3.0, 4.0, 9.0, -6.0]);
        assert_eq!(v[5], 2.0f64.sin());
        assert_eq!(v[6], (-3.0f64).sin());
    }
}
