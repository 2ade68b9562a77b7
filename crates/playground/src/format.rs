//! How numbers are shown on the page.

/// Digits the epoch counter is padded to.
const EPOCH_DIGITS: usize = 6;
/// Decimals of the loss read-outs.
const LOSS_DECIMALS: usize = 3;
/// Thousands separator of the epoch counter.
const SEPARATOR: char = ',';

/// The epoch counter: zero-padded to six digits with thousands separators
/// (`000,000`, `001,234`, `1,234,567`). Unlike the original, it never wraps.
pub fn epoch(n: u64) -> String {
    group(&format!("{n:0width$}", width = EPOCH_DIGITS))
}

/// A whole number with thousands separators (`12,500`), for the chart's epoch axis.
pub fn thousands(n: u64) -> String {
    group(&n.to_string())
}

/// `digits` with a separator before every group of three from the right.
fn group(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(SEPARATOR);
        }
        out.push(c);
    }
    out
}

/// A number as short as it can be said exactly: plain decimals from 0.00001 to below a
/// billion (`0.00001`, `10`, `0.03`), the shortest exponent form outside (`5e-324`,
/// `1e308`), so no menu or message spells out hundreds of digits.
pub fn compact(v: f64) -> String {
    let a = v.abs();
    if v == 0.0 || !v.is_finite() || (1e-5..1e9).contains(&a) {
        format!("{v}")
    } else {
        format!("{v:e}")
    }
}

/// A share 0–1 as a percentage with one decimal (`93.2%`).
pub fn percent(share: f64) -> String {
    if share.is_nan() {
        return "NaN".into();
    }
    format!("{:.1}%", 100.0 * share)
}

/// A loss with three decimals, spelled as JavaScript's `toFixed(3)` spells it, so a
/// diverged network reads `NaN` or `Infinity` as in the original.
pub fn loss(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if v == 0.0 {
        // Avoid "-0.000" for a negative zero.
        format!("{:.prec$}", 0.0, prec = LOSS_DECIMALS)
    } else {
        // Rust rounds an exact tie to even, toFixed away from zero (0.0625 → "0.063").
        // A tie is v = (2k + 1) / (2 · 10³) exactly; the fused multiply-add tells
        // whether v · 2 · 10³ is that odd integer without rounding.
        let scale = 10f64.powi(LOSS_DECIMALS as i32);
        let twice = (v * 2.0 * scale).round();
        let exact_tie = v.mul_add(2.0 * scale, -twice) == 0.0 && twice % 2.0 != 0.0;
        let v = if exact_tie {
            ((twice.abs() + 1.0) / 2.0).copysign(v) / scale
        } else {
            v
        };
        format!("{v:.prec$}", prec = LOSS_DECIMALS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_is_padded_and_grouped() {
        assert_eq!(epoch(0), "000,000");
        assert_eq!(epoch(1), "000,001");
        assert_eq!(epoch(999), "000,999");
        assert_eq!(epoch(1_000), "001,000");
        assert_eq!(epoch(123_456), "123,456");
        assert_eq!(epoch(999_999), "999,999");
        assert_eq!(epoch(1_000_000), "1,000,000");
        assert_eq!(epoch(1_234_567), "1,234,567");
        assert_eq!(epoch(12_345_678_901), "12,345,678,901");
        assert_eq!(epoch(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn thousands_are_grouped_without_padding() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(12_500), "12,500");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn loss_has_three_decimals() {
        assert_eq!(loss(0.5034), "0.503");
        assert_eq!(loss(0.0), "0.000");
        assert_eq!(loss(-0.0), "0.000");
        assert_eq!(loss(1.0), "1.000");
        assert_eq!(loss(12.3456), "12.346");
        assert_eq!(loss(0.0625), "0.063");
        assert_eq!(loss(0.1875), "0.188");
        assert_eq!(loss(1.0005), "1.000");
        assert_eq!(loss(f64::NAN), "NaN");
        assert_eq!(loss(f64::INFINITY), "Infinity");
        assert_eq!(loss(f64::NEG_INFINITY), "-Infinity");
    }
}
