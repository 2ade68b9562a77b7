//! The transcendental functions training uses (`tanh`, `exp`, `ln`), computed the way the
//! original's browser computes `Math.tanh`, `Math.exp` and `Math.log`.
//!
//! There is no single answer to the last bit. V8 implements these with its port of fdlibm
//! (Sun's freely distributable libm, by way of FreeBSD), except in builds linked against the
//! system's libm, such as Debian's Chromium, where glibc answers (on a CPU with FMA, glibc's
//! FMA variants, which differ from fdlibm in the last bit for a few per cent of inputs).
//!
//! - **In the page (`wasm32`)** the functions are [`fdlibm`]'s: bit-identical to V8's own
//!   (checked against values V8 produced, `tests/v8_math.rs`), and two to three times faster
//!   than the musl-derived libm Rust would otherwise link into wasm, which matches neither
//!   (its `tanh` splits the range at other points; its `exp` and `log` are table-driven).
//! - **Natively** they are the platform's (`f64::tanh` and friends). On glibc that matches
//!   the Chromium the parity fixtures were recorded in, bit for bit (`tests/parity.rs`).

/// `tanh x`: fdlibm's in wasm, the platform's natively (see the module docs).
#[inline]
pub fn tanh(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return fdlibm::tanh(x);
    #[cfg(not(target_arch = "wasm32"))]
    return x.tanh();
}

/// `e^x`: fdlibm's in wasm, the platform's natively (see the module docs).
#[inline]
pub fn exp(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return fdlibm::exp(x);
    #[cfg(not(target_arch = "wasm32"))]
    return x.exp();
}

/// `e^x − 1`, accurate near 0: fdlibm's in wasm, the platform's natively.
#[inline]
pub fn expm1(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return fdlibm::expm1(x);
    #[cfg(not(target_arch = "wasm32"))]
    return x.exp_m1();
}

/// `ln x`: fdlibm's in wasm, the platform's natively (see the module docs).
#[inline]
pub fn ln(x: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return fdlibm::ln(x);
    #[cfg(not(target_arch = "wasm32"))]
    return x.ln();
}

/// fdlibm's algorithms as V8 ports them: the same argument reductions, polynomials and
/// branch points, in plain `f64` arithmetic (Rust never fuses a multiply and an add on its
/// own), so every platform gets the same bits.
// The constants keep fdlibm's published digits (more than a double holds; each rounds to
// the intended double), which makes them easy to check against the literature.
#[allow(clippy::excessive_precision, clippy::approx_constant)]
pub mod fdlibm {
    /// High 32 bits of a double.
    #[inline(always)]
    fn high(x: f64) -> u32 {
        (x.to_bits() >> 32) as u32
    }

    /// `x` with its high 32 bits replaced by `hi`.
    #[inline(always)]
    fn with_high(x: f64, hi: u32) -> f64 {
        f64::from_bits((u64::from(hi) << 32) | (x.to_bits() & 0xffff_ffff))
    }

    /// The double 2^k for −1022 ≤ k ≤ 1023.
    #[inline(always)]
    fn two_to(k: i32) -> f64 {
        f64::from_bits(((0x3ff + k) as u64) << 52)
    }

    /// ln 2 split so that `k * LN2_HI` is exact for the k that occur.
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const INV_LN2: f64 = 1.442_695_040_888_963_387_00;
    /// Beyond this, e^x overflows.
    const OVERFLOW: f64 = 7.097_827_128_933_839_730_96e2;
    /// Below this, e^x underflows to 0.
    const UNDERFLOW: f64 = -7.451_332_191_019_411_084_20e2;

    /// The reduction `exp` and `expm1` share, for |x| > ln2/2 (`hx` is |x|'s high word):
    /// x = k·ln2 + (hi − lo) with |hi − lo| ≤ ln2/2. Returns (k, hi, lo).
    #[inline(always)]
    fn reduce(x: f64, hx: u32, negative: bool) -> (i32, f64, f64) {
        if hx < 0x3ff0_a2b2 {
            // |x| < 3 ln2 / 2
            if negative {
                (-1, x + LN2_HI, -LN2_LO)
            } else {
                (1, x - LN2_HI, LN2_LO)
            }
        } else {
            let k = (INV_LN2 * x + if negative { -0.5 } else { 0.5 }) as i32;
            let t = f64::from(k);
            (k, x - t * LN2_HI, t * LN2_LO)
        }
    }

    /// e^x − 1, accurate near 0 (fdlibm's `expm1`).
    #[inline(always)]
    pub fn expm1(x: f64) -> f64 {
        // Coefficients of the rational approximation on [−ln2/2, ln2/2].
        const Q1: f64 = -3.333_333_333_333_313_164_28e-2;
        const Q2: f64 = 1.587_301_587_254_814_601_65e-3;
        const Q3: f64 = -7.936_507_578_674_879_424_73e-5;
        const Q4: f64 = 4.008_217_827_329_362_395_52e-6;
        const Q5: f64 = -2.010_992_181_836_243_713_26e-7;

        let hx_signed = high(x);
        let negative = hx_signed & 0x8000_0000 != 0;
        let hx = hx_signed & 0x7fff_ffff;

        // Huge or non-finite arguments.
        if hx >= 0x4043_687a {
            // |x| ≥ 56 ln 2
            if hx >= 0x4086_2e42 {
                // |x| ≥ 709.78…
                if hx >= 0x7ff0_0000 {
                    if x.is_nan() {
                        return x + x;
                    }
                    return if negative { -1.0 } else { x };
                }
                if x > OVERFLOW {
                    return f64::INFINITY;
                }
            }
            if negative {
                // e^x is below half an ulp of 1.
                return -1.0;
            }
        }

        // Argument reduction: x = k ln2 + r, |r| ≤ ln2/2, with r = hi − lo and c the error of
        // that subtraction.
        let (k, x, c) = if hx > 0x3fd6_2e42 {
            // |x| > ln2/2
            let (k, hi, lo) = reduce(x, hx, negative);
            let r = hi - lo;
            (k, r, (hi - r) - lo)
        } else if hx < 0x3c90_0000 {
            // |x| < 2^−54: e^x − 1 rounds to x.
            return x;
        } else {
            (0, x, 0.0)
        };

        let hfx = 0.5 * x;
        let hxs = x * hfx;
        let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        let t = 3.0 - r1 * hfx;
        let e = hxs * ((r1 - t) / (6.0 - x * t));
        if k == 0 {
            return x - (x * e - hxs);
        }
        let e = (x * (e - c) - c) - hxs;
        if k == -1 {
            return 0.5 * (x - e) - 0.5;
        }
        if k == 1 {
            return if x < -0.25 {
                -2.0 * (e - (x + 0.5))
            } else {
                1.0 + 2.0 * (x - e)
            };
        }
        if k <= -2 || k > 56 {
            let y = 1.0 - (e - x);
            let y = if k == 1024 {
                y * 2.0 * two_to(1023)
            } else {
                y * two_to(k)
            };
            return y - 1.0;
        }
        if k < 20 {
            // t = 1 − 2^−k
            let t = with_high(1.0, 0x3ff0_0000 - (0x0020_0000 >> k));
            (t - (e - x)) * two_to(k)
        } else {
            // t = 2^−k
            let t = with_high(1.0, ((0x3ff - k) as u32) << 20);
            ((x - (e + t)) + 1.0) * two_to(k)
        }
    }

    /// tanh x (fdlibm's `tanh`, built on [`expm1`]).
    #[inline(always)]
    pub fn tanh(x: f64) -> f64 {
        let jx = high(x);
        let ix = jx & 0x7fff_ffff;
        let negative = jx & 0x8000_0000 != 0;
        if ix >= 0x7ff0_0000 {
            // ±∞ → ±1, NaN → NaN
            return if negative {
                1.0 / x - 1.0
            } else {
                1.0 / x + 1.0
            };
        }
        let z = if ix < 0x4036_0000 {
            // |x| < 22
            if ix < 0x3e30_0000 {
                // |x| < 2^−28: tanh x rounds to x (this keeps −0 too).
                return x;
            }
            if ix >= 0x3ff0_0000 {
                // |x| ≥ 1
                let t = expm1(2.0 * x.abs());
                1.0 - 2.0 / (t + 2.0)
            } else {
                let t = expm1(-2.0 * x.abs());
                -t / (t + 2.0)
            }
        } else {
            1.0
        };
        if negative {
            -z
        } else {
            z
        }
    }

    /// e^x (fdlibm's `exp`, with V8's exact e^1).
    #[inline]
    pub fn exp(x: f64) -> f64 {
        const P1: f64 = 1.666_666_666_666_660_190_37e-1;
        const P2: f64 = -2.777_777_777_701_559_338_42e-3;
        const P3: f64 = 6.613_756_321_437_934_361_17e-5;
        const P4: f64 = -1.653_390_220_546_525_153_90e-6;
        const P5: f64 = 4.138_136_797_057_238_460_39e-8;
        /// 2^−1000
        const TWO_M1000: f64 = 9.332_636_185_032_188_789_90e-302;

        let hx_signed = high(x);
        let negative = hx_signed & 0x8000_0000 != 0;
        let hx = hx_signed & 0x7fff_ffff;

        if hx >= 0x4086_2e42 {
            // |x| ≥ 709.78…
            if hx >= 0x7ff0_0000 {
                if x.is_nan() {
                    return x + x;
                }
                return if negative { 0.0 } else { x };
            }
            if x > OVERFLOW {
                return f64::INFINITY;
            }
            if x < UNDERFLOW {
                return 0.0;
            }
        }

        // V8 adds this one case to fdlibm, so that Math.exp(1) === Math.E.
        if x == 1.0 {
            return std::f64::consts::E;
        }
        let (k, hi, lo, x) = if hx > 0x3fd6_2e42 {
            // |x| > ln2/2
            let (k, hi, lo) = reduce(x, hx, negative);
            (k, hi, lo, hi - lo)
        } else if hx < 0x3e30_0000 {
            // |x| < 2^−28
            return 1.0 + x;
        } else {
            (0, 0.0, 0.0, x)
        };

        let t = x * x;
        let c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if k == 0 {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        let y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if k >= -1021 {
            if k == 1024 {
                return y * 2.0 * two_to(1023);
            }
            y * two_to(k)
        } else {
            y * two_to(k + 1000) * TWO_M1000
        }
    }

    /// ln x (fdlibm's `log`).
    #[inline]
    pub fn ln(x: f64) -> f64 {
        const TWO54: f64 = 1.801_439_850_948_198_400_00e16;
        const LG1: f64 = 6.666_666_666_666_735_130e-1;
        const LG2: f64 = 3.999_999_999_940_941_908e-1;
        const LG3: f64 = 2.857_142_874_366_239_149e-1;
        const LG4: f64 = 2.222_219_843_214_978_396e-1;
        const LG5: f64 = 1.818_357_216_161_805_012e-1;
        const LG6: f64 = 1.531_383_769_920_937_332e-1;
        const LG7: f64 = 1.479_819_860_511_658_591e-1;

        let mut x = x;
        let mut hx = high(x) as i32;
        let lx = x.to_bits() as u32;
        let mut k: i32 = 0;
        if hx < 0x0010_0000 {
            // x < 2^−1022: zero, negative or subnormal.
            if (hx & 0x7fff_ffff) as u32 | lx == 0 {
                return f64::NEG_INFINITY;
            }
            if hx < 0 {
                return f64::NAN;
            }
            k -= 54;
            x *= TWO54;
            hx = high(x) as i32;
        }
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        let hx = hx & 0x000f_ffff;
        // Scale x into [√2/2, √2).
        let i = (hx + 0x95f64) & 0x0010_0000;
        let x = with_high(x, (hx | (i ^ 0x3ff0_0000)) as u32);
        k += i >> 20;
        let f = x - 1.0;
        let dk = f64::from(k);
        if (0x000f_ffff & (2 + hx)) < 3 {
            // −2^−20 ≤ f < 2^−20
            if f == 0.0 {
                return if k == 0 {
                    0.0
                } else {
                    dk * LN2_HI + dk * LN2_LO
                };
            }
            let r = f * f * (0.5 - 0.333_333_333_333_333_33 * f);
            return if k == 0 {
                f - r
            } else {
                dk * LN2_HI - ((r - dk * LN2_LO) - f)
            };
        }
        let s = f / (2.0 + f);
        let z = s * s;
        let w = z * z;
        let i = (hx - 0x6147a) | (0x6b851 - hx);
        let t1 = w * (LG2 + w * (LG4 + w * LG6));
        let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        let r = t2 + t1;
        if i > 0 {
            let hfsq = 0.5 * f * f;
            if k == 0 {
                f - (hfsq - s * (hfsq + r))
            } else {
                dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
            }
        } else if k == 0 {
            f - s * (f - r)
        } else {
            dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fdlibm::*;

    #[test]
    fn special_values() {
        assert_eq!(tanh(0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(tanh(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(tanh(f64::INFINITY), 1.0);
        assert_eq!(tanh(f64::NEG_INFINITY), -1.0);
        assert_eq!(tanh(30.0), 1.0);
        assert!(tanh(f64::NAN).is_nan());
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(1000.0), f64::INFINITY);
        assert_eq!(exp(-1000.0), 0.0);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert!(exp(f64::NAN).is_nan());
        assert_eq!(expm1(-100.0), -1.0);
        assert_eq!(expm1(1e-300), 1e-300);
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(ln(0.0), f64::NEG_INFINITY);
        assert!(ln(-1.0).is_nan());
        assert_eq!(ln(f64::INFINITY), f64::INFINITY);
    }

    #[test]
    fn close_to_the_platform_everywhere() {
        // Not the bit-exactness check (that is tests/v8_math.rs, against V8's own values):
        // a wide sweep that no branch is badly wrong, within 2 ulp of the platform libm.
        let mut x = -750.0f64;
        while x < 750.0 {
            for (ours, theirs) in [
                (tanh(x), x.tanh()),
                (exp(x), x.exp()),
                (expm1(x), x.exp_m1()),
                (ln(x.abs()), x.abs().ln()),
            ] {
                let ulp = (theirs.abs() * f64::EPSILON).max(f64::MIN_POSITIVE);
                assert!(
                    (ours - theirs).abs() <= 2.0 * ulp || ours == theirs,
                    "x = {x}: {ours} vs {theirs}"
                );
            }
            x += 0.000_731_3;
        }
        let mut x = 1e-310f64;
        while x < 1e300 {
            let (ours, theirs) = (ln(x), x.ln());
            assert!((ours - theirs).abs() <= 2.0 * theirs.abs() * f64::EPSILON);
            x *= 1.000_37;
        }
    }
}
