//! `nn_core::math::fdlibm` against the values V8 (the original's JavaScript engine) returned for
//! the same inputs: every result must have the same bits. The fixture and the script that
//! wrote it are in `fixtures/v8_math.*`.

use nn_core::math::fdlibm;

fn from_hex(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("hex bits"))
}

fn check(name: &str, f: fn(f64) -> f64) {
    let text = include_str!("fixtures/v8_math.json");
    let json: serde_json::Value = serde_json::from_str(text).expect("fixture parses");
    let cases = json[name].as_array().expect("cases");
    assert!(cases.len() > 1000, "{name}: the fixture has its cases");
    let mut wrong = Vec::new();
    for case in cases {
        let x = from_hex(case[0].as_str().unwrap());
        let want = from_hex(case[1].as_str().unwrap());
        let got = f(x);
        // NaN has many encodings; any NaN matches a NaN.
        if got.to_bits() != want.to_bits() && !(got.is_nan() && want.is_nan()) {
            wrong.push(format!("{name}({x:e}) = {got:e}, V8 gives {want:e}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} differ, e.g.\n{}",
        wrong.len(),
        cases.len(),
        wrong[..wrong.len().min(10)].join("\n")
    );
}

#[test]
fn tanh_matches_v8() {
    check("tanh", fdlibm::tanh);
}

#[test]
fn exp_matches_v8() {
    check("exp", fdlibm::exp);
}

#[test]
fn expm1_matches_v8() {
    check("expm1", fdlibm::expm1);
}

#[test]
fn log_matches_v8() {
    check("log", fdlibm::ln);
}
