//! Losses and optimisers against an independent implementation: `fixtures/optimizers.json`
//! was made by a NumPy (float64) script run outside this repository, written from the
//! formulas of issue 8 alone (binary cross-entropy on one sigmoid, softmax cross-entropy
//! on K outputs; SGD, momentum and Adam; L2 by the original's rule; full batch from zero
//! weights, no hidden layer). Every loss per epoch must agree to 1e-9 relative.

use std::fs;
use std::path::Path;

use nn_core::data::Point;
use nn_core::features::Feature;
use nn_core::network::{Network, NetworkSpec};
use nn_core::train::{evaluate, train_epoch, InputTable, StepParams};
use nn_core::{
    Activation, Head, Init, Loss, Optimizer, OptimizerKind, Regularization, SeedRandom, Target,
};
use serde_json::Value;

const RELATIVE: f64 = 1e-9;

fn case_network(case: &Value) -> Network {
    let kind = case["kind"].as_str().expect("kind");
    let classes = case["classes"].as_u64().expect("classes") as usize;
    let head = match kind {
        "binary" => Head::Logistic,
        "softmax" => Head::Softmax(Loss::CrossEntropy),
        other => panic!("unknown kind {other}"),
    };
    let optimizer = Optimizer {
        kind: match case["optimizer"].as_str().expect("optimizer") {
            "sgd" => OptimizerKind::Sgd,
            "momentum" => OptimizerKind::Momentum,
            "adam" => OptimizerKind::Adam,
            other => panic!("unknown optimizer {other}"),
        },
        momentum: case["momentum"].as_f64().expect("momentum"),
    };
    let l2 = case["l2"].as_f64().expect("l2");
    let spec = NetworkSpec {
        inputs: 2,
        hidden: vec![],
        activations: vec![],
        outputs: if kind == "binary" { 1 } else { classes },
        head,
        regularization: if l2 > 0.0 {
            Regularization::L2
        } else {
            Regularization::None
        },
        optimizer,
        init: Init::Original,
        init_zero: true,
    };
    Network::new(&spec, &mut SeedRandom::new("unused: initZero"))
}

fn case_points(case: &Value) -> Vec<Point> {
    let binary = case["kind"] == "binary";
    case["points"]
        .as_array()
        .expect("points")
        .iter()
        .map(|p| {
            let (x, y, label) = (
                p[0].as_f64().expect("x"),
                p[1].as_f64().expect("y"),
                p[2].as_f64().expect("label"),
            );
            let target = if binary {
                Target::Binary(label > 0.0)
            } else {
                Target::Class(label as u8)
            };
            Point { x, y, target }
        })
        .collect()
}

#[test]
fn losses_match_the_independent_numpy_reference() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/optimizers.json");
    let fixture: Value =
        serde_json::from_str(&fs::read_to_string(path).expect("fixture")).expect("JSON");
    let cases = fixture["cases"].as_array().expect("cases");
    assert!(cases.len() >= 9);
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let mut net = case_network(case);
        let points = case_points(case);
        let inputs = InputTable::new(&points, &[Feature::X, Feature::Y]);
        let params = StepParams {
            learning_rate: case["learning_rate"].as_f64().expect("learning rate"),
            regularization_rate: case["l2"].as_f64().expect("l2"),
            batch_size: points.len(),
        };
        let want: Vec<f64> = case["losses"]
            .as_array()
            .expect("losses")
            .iter()
            .map(|v| v.as_str().expect("string").parse().expect("number"))
            .collect();
        assert_eq!(
            want.len() as u64,
            case["epochs"].as_u64().expect("epochs") + 1
        );
        for (epoch, &w) in want.iter().enumerate() {
            if epoch > 0 {
                train_epoch(&mut net, &points, &inputs, params);
            }
            let got = evaluate(&mut net, &points, &inputs).loss;
            assert!(
                (got - w).abs() <= RELATIVE * w.abs(),
                "{name} epoch {epoch}: {got:e}, reference {w:e}"
            );
        }
        assert_eq!(
            net.updates(),
            want.len() as u64 - 1,
            "{name}: one update per epoch"
        );
    }
}

#[test]
fn an_unused_activation_argument_changes_nothing() {
    // The head decides the output's activation; the hidden list is empty here.
    let spec = NetworkSpec::original(2, vec![], Activation::Relu, Head::Logistic);
    let net = Network::new(&spec, &mut SeedRandom::new("a"));
    assert_eq!(net.layers()[0].activation, Activation::Sigmoid);
}
