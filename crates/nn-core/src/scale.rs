//! d3 v3's linear scale, computed the d3 way.
//!
//! The original maps numbers through `d3.scale.linear()`. Its arithmetic
//! (`u = (x - d0) / (d1 - d0)`, then `r0 * (1 - u) + r1 * u`) rounds differently from the
//! simplified algebra in the last bits, and those bits reach the data and the grid.

/// A two-point linear map from `domain` to `range`, optionally clamped.
#[derive(Clone, Copy, Debug)]
pub struct LinearScale {
    d0: f64,
    span: f64,
    r0: f64,
    r1: f64,
    clamp: bool,
}

impl LinearScale {
    /// The map from `[d0, d1]` to `[r0, r1]`.
    pub fn new(domain: [f64; 2], range: [f64; 2]) -> Self {
        let span = domain[1] - domain[0];
        // d3 guards a zero-width domain by dividing by 1/0 (= Infinity) instead.
        let span = if span == 0.0 { f64::INFINITY } else { span };
        LinearScale {
            d0: domain[0],
            span,
            r0: range[0],
            r1: range[1],
            clamp: false,
        }
    }

    /// The same map with the normalised position clamped to [0, 1].
    pub fn clamped(mut self) -> Self {
        self.clamp = true;
        self
    }

    /// Maps one value.
    pub fn apply(&self, x: f64) -> f64 {
        let mut u = (x - self.d0) / self.span;
        // NaN passes through, as with JavaScript's Math.min and Math.max.
        if self.clamp && !u.is_nan() {
            u = u.clamp(0.0, 1.0);
        }
        self.r0 * (1.0 - u) + self.r1 * u
    }

    /// The value that maps to `y` (unclamped): the inverse of [`LinearScale::apply`],
    /// as d3's `scale.invert`.
    pub fn invert(&self, y: f64) -> f64 {
        let u = (y - self.r0) / (self.r1 - self.r0);
        self.d0 + u * self.span
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_ends_and_middle() {
        let s = LinearScale::new([-10.0, 10.0], [-1.0, 1.0]);
        assert_eq!(s.apply(-10.0), -1.0);
        assert_eq!(s.apply(10.0), 1.0);
        assert_eq!(s.apply(0.0), 0.0);
        assert!((s.apply(3.0) - 0.3).abs() < 1e-15);
        let screen = LinearScale::new([-6.0, 6.0], [300.0, 0.0]);
        for x in [-6.0, -1.25, 0.0, 2.5, 6.0] {
            assert!((screen.invert(screen.apply(x)) - x).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn clamps_when_asked() {
        let s = LinearScale::new([0.0, 2.0], [1.0, 0.0]).clamped();
        assert_eq!(s.apply(5.0), 0.0);
        assert_eq!(s.apply(-1.0), 1.0);
        assert_eq!(s.apply(1.0), 0.5);
    }

    #[test]
    fn descending_domain() {
        let s = LinearScale::new([99.0, 0.0], [-6.0, 6.0]);
        assert_eq!(s.apply(99.0), -6.0);
        assert_eq!(s.apply(0.0), 6.0);
    }
}
