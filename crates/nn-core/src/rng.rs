//! The original playground's random stream: seedrandom 2.4.3 (ARC4, RC4-drop[256]).
//!
//! The original replaces `Math.random` with `Math.seedrandom(seed)`. Every random draw
//! that matters for parity (data, shuffle, initial weights, new seeds) comes from this
//! stream, so it is reproduced here number for number.

use rand_core::{impls, RngCore};

const WIDTH: f64 = 256.0;
/// 256^6: the denominator of the first six bytes.
const START_DENOM: f64 = 281_474_976_710_656.0;
/// 2^52: the precision the generator fills up to.
const SIGNIFICANCE: f64 = 4_503_599_627_370_496.0;
/// 2^53.
const OVERFLOW: f64 = 9_007_199_254_740_992.0;

/// seedrandom's ARC4 generator, seeded from a string exactly like `Math.seedrandom(seed)`.
#[derive(Clone, Debug)]
pub struct SeedRandom {
    s: [u8; 256],
    i: u8,
    j: u8,
}

impl SeedRandom {
    /// Seeds the stream from a string, as `Math.seedrandom(seed)` does for a string seed.
    pub fn new(seed: &str) -> Self {
        let key = mix_key(seed);
        let mut rng = Self::from_key(&key);
        // RC4-drop[256]: the library throws the first 256 bytes away.
        rng.bytes(256);
        rng
    }

    fn from_key(key: &[u8]) -> Self {
        // An empty key behaves as the single byte 0.
        let key: &[u8] = if key.is_empty() { &[0] } else { key };
        let mut s = [0u8; 256];
        for (i, v) in s.iter_mut().enumerate() {
            *v = i as u8;
        }
        let mut j: u8 = 0;
        for i in 0..256 {
            let t = s[i];
            j = j.wrapping_add(key[i % key.len()]).wrapping_add(t);
            s[i] = s[j as usize];
            s[j as usize] = t;
        }
        SeedRandom { s, i: 0, j: 0 }
    }

    /// Reads `count` keystream bytes as one big-endian integer (`arc4.g(count)`).
    fn bytes(&mut self, count: u32) -> f64 {
        let mut r = 0.0;
        for _ in 0..count {
            r = r * WIDTH + f64::from(self.byte());
        }
        r
    }

    fn byte(&mut self) -> u8 {
        self.i = self.i.wrapping_add(1);
        let t = self.s[self.i as usize];
        self.j = self.j.wrapping_add(t);
        self.s[self.i as usize] = self.s[self.j as usize];
        self.s[self.j as usize] = t;
        let idx = self.s[self.i as usize].wrapping_add(t);
        self.s[idx as usize]
    }

    /// The next double in [0, 1), bit-identical to the library's `Math.random()`.
    pub fn next_f64(&mut self) -> f64 {
        let mut n = self.bytes(6);
        let mut d = START_DENOM;
        let mut x: u32 = 0;
        while n < SIGNIFICANCE {
            n = (n + f64::from(x)) * WIDTH;
            d *= WIDTH;
            x = self.byte() as u32;
        }
        while n >= OVERFLOW {
            n /= 2.0;
            d /= 2.0;
            x >>= 1;
        }
        (n + f64::from(x)) / d
    }

    /// A fresh seed string drawn from this stream, as the original's
    /// `Math.random().toFixed(5)` when the data changes.
    pub fn next_seed(&mut self) -> String {
        seed_from_unit(self.next_f64())
    }
}

/// Formats a number in [0, 1) as the original formats a new seed (`toFixed(5)`).
pub fn seed_from_unit(u: f64) -> String {
    format!("{u:.5}")
}

/// A fresh seed from the operating system's entropy (native builds only; the web app
/// passes `Math.random()` to [`seed_from_unit`] instead).
#[cfg(not(target_arch = "wasm32"))]
pub fn fresh_seed() -> String {
    let mut buf = [0u8; 8];
    // Entropy failure is not worth a panic: fall back to the clock.
    if getrandom::fill(&mut buf).is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        buf[..4].copy_from_slice(&nanos.to_le_bytes());
    }
    let bits = u64::from_le_bytes(buf) >> 11;
    seed_from_unit(bits as f64 / (1u64 << 53) as f64)
}

/// seedrandom's `mixkey`: folds the seed's UTF-16 code units into a key of at most 256 bytes.
fn mix_key(seed: &str) -> Vec<u8> {
    let mut key: Vec<u8> = Vec::new();
    let mut smear: i32 = 0;
    for (j, unit) in seed.encode_utf16().enumerate() {
        let slot = j & 255;
        // Slots not yet written read as `undefined`, which the XOR treats as 0.
        let old = key.get(slot).copied().map_or(0, i32::from);
        smear ^= old * 19;
        let v = (smear.wrapping_add(i32::from(unit)) & 255) as u8;
        if slot < key.len() {
            key[slot] = v;
        } else {
            key.push(v);
        }
    }
    key
}

impl RngCore for SeedRandom {
    fn next_u32(&mut self) -> u32 {
        self.bytes(4) as u32
    }

    fn next_u64(&mut self) -> u64 {
        impls::next_u64_via_u32(self)
    }

    fn fill_bytes(&mut self, dst: &mut [u8]) {
        for b in dst {
            *b = self.byte();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = SeedRandom::new("0.59704");
        let mut b = SeedRandom::new("0.59704");
        for _ in 0..100 {
            assert_eq!(a.next_f64().to_bits(), b.next_f64().to_bits());
        }
        let mut c = SeedRandom::new("0.59705");
        assert_ne!(a.next_f64(), c.next_f64());
    }

    #[test]
    fn values_are_in_unit_interval() {
        let mut r = SeedRandom::new("range");
        for _ in 0..10_000 {
            let v = r.next_f64();
            assert!((0.0..1.0).contains(&v), "{v}");
        }
    }

    #[test]
    fn seeds_format_like_to_fixed() {
        assert_eq!(seed_from_unit(0.597_041_2), "0.59704");
        assert_eq!(seed_from_unit(0.0), "0.00000");
        assert_eq!(seed_from_unit(0.123_456), "0.12346");
    }

    #[test]
    fn works_as_a_rand_rng() {
        use rand::Rng;
        let mut r = SeedRandom::new("rand");
        let v: f64 = r.random();
        assert!((0.0..1.0).contains(&v));
        let k = r.random_range(0..10u32);
        assert!(k < 10);
    }
}
