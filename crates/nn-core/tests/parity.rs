//! Parity with the original TensorFlow Playground, checked against numbers recorded by
//! running the original page (its own build, seedrandom 2.4.4 from its lockfile) in
//! headless Chromium 156. Each fixture holds, for one link: the shuffled and split
//! points, the initial weights and biases, the losses at epochs 0–100, the weights after
//! 100 epochs, and the weights drawn by the original's first Reset afterwards (our New weights).

use std::fs;
use std::path::{Path, PathBuf};

use nn_core::{hash, Session};
use serde_json::Value;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn num(v: &Value) -> f64 {
    let s = v.as_str().expect("numbers are stored as strings");
    match s {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        _ => s.parse().unwrap_or_else(|_| panic!("bad number {s}")),
    }
}

fn nums(v: &Value) -> Vec<f64> {
    v.as_array().expect("array").iter().map(num).collect()
}

fn load(name: &str) -> Value {
    let path = fixtures_dir().join(format!("{name}.json"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("valid JSON")
}

fn assert_bits(what: &str, got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan()),
            "{what}[{i}]: got {g:e}, original {w:e}"
        );
    }
}

fn points(v: &Value) -> Vec<f64> {
    v.as_array()
        .expect("points")
        .iter()
        .flat_map(nums)
        .collect()
}

fn check(name: &str) {
    let f = load(name);
    let parsed = hash::parse(f["hash"].as_str().expect("hash"));
    assert!(parsed.warnings.is_empty(), "{name}: {:?}", parsed.warnings);
    let mut s = Session::new(parsed.config, || panic!("fixtures carry a seed"));

    let sizes: Vec<usize> = f["layer_sizes"]
        .as_array()
        .expect("sizes")
        .iter()
        .map(|v| v.as_u64().expect("size") as usize)
        .collect();
    assert_eq!(s.network().sizes(), sizes, "{name}: layer sizes");

    let flat = |pts: &[nn_core::Point]| -> Vec<f64> {
        pts.iter().flat_map(|p| [p.x, p.y, p.label()]).collect()
    };
    assert_bits(
        &format!("{name} train"),
        &flat(s.train_points()),
        &points(&f["train"]),
    );
    assert_bits(
        &format!("{name} test"),
        &flat(s.test_points()),
        &points(&f["test"]),
    );
    assert_bits(
        &format!("{name} initial weights"),
        &s.network().weights(),
        &nums(&f["init_weights"]),
    );
    assert_bits(
        &format!("{name} initial biases"),
        &s.network().biases(),
        &nums(&f["init_biases"]),
    );

    let losses = f["losses"].as_array().expect("losses");
    for (epoch, pair) in losses.iter().enumerate() {
        if epoch > 0 {
            s.step();
        }
        let want = nums(pair);
        let got = [s.train_loss(), s.test_loss()];
        assert_bits(&format!("{name} losses at epoch {epoch}"), &got, &want);
    }
    assert_bits(
        &format!("{name} weights after 100 epochs"),
        &s.network().weights(),
        &nums(&f["final_weights"]),
    );
    assert_bits(
        &format!("{name} biases after 100 epochs"),
        &s.network().biases(),
        &nums(&f["final_biases"]),
    );

    s.new_weights();
    assert_bits(
        &format!("{name} weights after Reset"),
        &s.network().weights(),
        &nums(&f["reset_init_weights"]),
    );
}

macro_rules! parity {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*
    };
}

parity!(
    default,
    xor_relu_l1_batch30,
    gauss_sigmoid_l2,
    spiral_tanh_deep_allfeatures,
    regplane_linear_nohidden,
    reggauss_relu_l2,
    circle_relu_initzero,
    diverge_regplane_lr10,
    circle_sigmoid_sinsq,
    xor_linear_l1_batch1,
    spiral_relu_noise50,
    gauss_noise70_tanh,
    hide_feature,
    no_features,
    heavy_spiral_6x8,
    reggauss_sigmoid_batch17,
);

#[test]
fn seedrandom_streams_match_the_library() {
    let f = load("seedrandom");
    let streams = f.as_object().expect("object of seeds");
    assert!(streams.len() >= 8);
    for (seed, values) in streams {
        let mut rng = nn_core::SeedRandom::new(seed);
        let want = nums(values);
        let got: Vec<f64> = want.iter().map(|_| rng.next_f64()).collect();
        assert_bits(&format!("seed {seed:?}"), &got, &want);
    }
}

/// A randomised sweep of original links (datasets, activations, regularisation, batch
/// sizes, noise, ratios, shapes, feature subsets, hidden features, initZero, seeds),
/// recorded from the original page like the fixtures above: the initial losses and the
/// losses of 100 epochs must match.
#[test]
fn random_sweep_matches_the_original() {
    let f = load("sweep");
    let cases = f.as_array().expect("array of cases");
    assert!(cases.len() >= 30, "the sweep has {} cases", cases.len());
    for case in cases {
        let h = case["hash"].as_str().expect("hash");
        let parsed = hash::parse(h);
        assert!(parsed.warnings.is_empty(), "{h}: {:?}", parsed.warnings);
        let mut s = Session::new(parsed.config, || panic!("sweep hashes carry a seed"));
        assert_eq!(
            s.train_points().len() as u64,
            case["n_train"].as_u64().expect("n_train"),
            "{h}"
        );
        assert_eq!(
            s.test_points().len() as u64,
            case["n_test"].as_u64().expect("n_test"),
            "{h}"
        );
        for (epoch, pair) in case["losses"]
            .as_array()
            .expect("losses")
            .iter()
            .enumerate()
        {
            if epoch > 0 {
                s.step();
            }
            assert_bits(
                &format!("{h} epoch {epoch}"),
                &[s.train_loss(), s.test_loss()],
                &nums(pair),
            );
        }
    }
}
