//! How the first weights are drawn: the original's uniform(−0.5, 0.5) with biases 0.1,
//! Xavier/Glorot uniform and He normal, all from the seeded stream so a link reproduces
//! them.

use crate::data::normal;
use crate::rng::SeedRandom;

/// The initial-weight scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Init {
    /// Each weight `random − 0.5`, biases 0.1 (the original's).
    Original,
    /// Uniform on ±√(6 / (fan in + fan out)), biases 0.
    Xavier,
    /// Normal with variance 2 / fan in, biases 0.
    He,
}

impl Init {
    /// Every scheme, in menu order.
    pub const ALL: [Init; 3] = [Init::Original, Init::Xavier, Init::He];

    /// The URL name.
    pub fn key(self) -> &'static str {
        match self {
            Init::Original => "original",
            Init::Xavier => "xavier",
            Init::He => "he",
        }
    }

    /// The English menu label.
    pub fn label(self) -> &'static str {
        match self {
            Init::Original => "Original",
            Init::Xavier => "Xavier",
            Init::He => "He",
        }
    }

    /// Parses a URL name.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.key() == key)
    }

    /// The bias every node starts with.
    pub fn bias(self) -> f64 {
        match self {
            Init::Original => 0.1,
            Init::Xavier | Init::He => 0.0,
        }
    }

    /// Draws one weight of a layer with `fan_in` inputs and `fan_out` nodes.
    #[inline]
    pub fn draw(self, fan_in: usize, fan_out: usize, rng: &mut SeedRandom) -> f64 {
        match self {
            Init::Original => rng.next_f64() - 0.5,
            Init::Xavier => {
                let limit = (6.0 / (fan_in + fan_out) as f64).sqrt();
                (2.0 * rng.next_f64() - 1.0) * limit
            }
            Init::He => normal(rng, 0.0, 2.0 / fan_in.max(1) as f64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(init: Init, fan_in: usize, fan_out: usize) -> Vec<f64> {
        let mut rng = SeedRandom::new("init");
        (0..20_000)
            .map(|_| init.draw(fan_in, fan_out, &mut rng))
            .collect()
    }

    fn variance(v: &[f64]) -> f64 {
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / v.len() as f64
    }

    #[test]
    fn spreads_follow_the_schemes() {
        // Xavier: uniform on ±a has variance a²/3 = 2 / (in + out).
        let x = sample(Init::Xavier, 8, 4);
        let limit = (6.0f64 / 12.0).sqrt();
        assert!(x.iter().all(|w| w.abs() <= limit));
        assert!((variance(&x) - 2.0 / 12.0).abs() < 0.01, "{}", variance(&x));
        // He: variance 2 / in.
        let h = sample(Init::He, 8, 4);
        assert!((variance(&h) - 0.25).abs() < 0.015, "{}", variance(&h));
        // The original: uniform(−0.5, 0.5), variance 1/12.
        let o = sample(Init::Original, 8, 4);
        assert!(o.iter().all(|w| w.abs() <= 0.5));
        assert!((variance(&o) - 1.0 / 12.0).abs() < 0.005);
    }

    #[test]
    fn the_stream_reproduces_the_draws() {
        assert_eq!(sample(Init::He, 3, 3), sample(Init::He, 3, 3));
        assert_ne!(
            sample(Init::He, 3, 3)[..10],
            sample(Init::Xavier, 3, 3)[..10]
        );
    }
}
