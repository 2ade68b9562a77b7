//! A short PyTorch script that trains the same network as the page: the same features,
//! layers, activations, output and loss, optimiser, learning rate, regularisation and
//! batch size, starting from the page's own starting weights, on the points of Export
//! CSV in the page's order. The update follows the engine's rule (per-sample gradients
//! summed, an update after every batch-size-th sample of an epoch with leftovers carried
//! over, the penalty step on the weight before the update, L1 freezing a weight that
//! crosses 0), so its losses follow the page's closely (see the README).

use std::fmt::Write as _;

use crate::activation::{Activation, Regularization, LEAKY_SLOPE};
use crate::config::Config;
use crate::features::Feature;
use crate::loss::{Head, Loss};
use crate::optimizer::OptimizerKind;
use crate::session::Session;

/// The Python expression of feature `f` of columns `x` and `y`.
fn feature(f: Feature) -> &'static str {
    match f {
        Feature::X => "x",
        Feature::Y => "y",
        Feature::XSquared => "x * x",
        Feature::YSquared => "y * y",
        Feature::XTimesY => "x * y",
        Feature::SinX => "torch.sin(x)",
        Feature::SinY => "torch.sin(y)",
    }
}

/// The activation's name in the script.
fn activation(a: Activation) -> &'static str {
    a.key()
}

fn floats(v: &[f64]) -> String {
    let items: Vec<String> = v.iter().map(|x| format!("{x:?}")).collect();
    format!("[{}]", items.join(", "))
}

/// The script for the session's configuration, from the starting weights of its link
/// (what Reset gives).
pub fn script(config: &Config) -> String {
    let start = Session::new(config.clone(), String::new);
    let net = start.network();
    let features = config.active_features();
    let hidden: Vec<&str> = (0..config.network_shape.len())
        .map(|l| activation(config.layer_activation(l)))
        .collect();
    let head = match config.head() {
        Head::Squared(Activation::Tanh) => "tanh",
        Head::Squared(_) => "linear",
        Head::Logistic => "logistic",
        Head::Softmax(Loss::CrossEntropy) => "softmax-crossentropy",
        Head::Softmax(Loss::SquaredError) => "softmax-squared",
    };
    let optimizer = match config.optimizer {
        OptimizerKind::Sgd => "sgd",
        OptimizerKind::Momentum => "momentum",
        OptimizerKind::Adam => "adam",
    };
    let regularization = match config.regularization {
        Regularization::None => "none",
        Regularization::L1 => "L1",
        Regularization::L2 => "L2",
    };
    let mut weights = String::new();
    let mut biases = String::new();
    for layer in net.layers() {
        let rows: Vec<String> = layer
            .weights
            .chunks(layer.n_in.max(1))
            .map(floats)
            .collect();
        let _ = writeln!(weights, "    [{}],", rows.join(",\n     "));
        let _ = writeln!(biases, "    {},", floats(&layer.biases));
    }
    let link = crate::hash::write(config);
    let feature_list: String = features
        .iter()
        .map(|&f| format!("    lambda x, y: {},  # {}\n", feature(f), f.key()))
        .collect();
    format!(
        r#"#!/usr/bin/env python3
"""Trains the neural network playground's network with PyTorch.

The playground's link: #{link}
Data: the file of Export CSV (columns x, y, label, split), training points in the
page's order. Usage: python3 playground.py [data.csv] [epochs]
"""
import csv
import sys

import torch

torch.set_default_dtype(torch.float64)

DATA = sys.argv[1] if len(sys.argv) > 1 else "playground-data.csv"
EPOCHS = int(sys.argv[2]) if len(sys.argv) > 2 else 500
LEARNING_RATE = {lr:?}
BATCH_SIZE = {batch}
REGULARIZATION = "{regularization}"  # "none", "L1" or "L2"
REGULARIZATION_RATE = {rate:?}
OPTIMIZER = "{optimizer}"  # "sgd", "momentum" or "adam"
MOMENTUM = {momentum:?}
ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON = 0.9, 0.999, 1e-8
HIDDEN_ACTIVATIONS = {hidden:?}
HEAD = "{head}"  # the output and its loss
FEATURES = [
{feature_list}]

# The page's starting weights (what Reset gives): per layer, one row per node.
WEIGHTS = [
{weights}]
BIASES = [
{biases}]


def activate(name, z):
    if name == "relu":
        return torch.relu(z)
    if name == "tanh":
        return torch.tanh(z)
    if name == "sigmoid":
        return torch.sigmoid(z)
    if name == "linear":
        return z
    if name == "leakyrelu":
        return torch.where(z > 0, z, {leaky:?} * z)
    if name == "elu":
        return torch.where(z > 0, z, torch.expm1(torch.minimum(z, torch.zeros_like(z))))
    if name == "swish":
        return z * torch.sigmoid(z)
    if name == "gelu":
        return torch.nn.functional.gelu(z)
    if name == "softplus":
        return torch.nn.functional.softplus(z)
    if name == "step":
        return (z > 0).to(z.dtype) + 0 * z  # no gradient passes, as on the page
    raise ValueError(name)


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    sets = {{}}
    for name in ("train", "test"):
        part = [r for r in rows if r.get("split", "train") == name]
        x = torch.tensor([float(r["x"]) for r in part])
        y = torch.tensor([float(r["y"]) for r in part])
        inputs = torch.stack([f(x, y) for f in FEATURES], dim=1) if FEATURES else torch.zeros(len(part), 0)
        labels = [float(r["label"]) for r in part]
        if HEAD.startswith("softmax"):
            target = torch.tensor([int(v) for v in labels])
        else:
            target = torch.tensor(labels)
        sets[name] = (inputs, target)
    return sets["train"], sets["test"]


weights = [torch.tensor(w, requires_grad=True) for w in WEIGHTS]
biases = [torch.tensor(b, requires_grad=True) for b in BIASES]
frozen = [torch.zeros_like(w, dtype=torch.bool) for w in weights]  # links L1 set to 0
slots = {{"sgd": 0, "momentum": 1, "adam": 2}}[OPTIMIZER]
state_w = [[torch.zeros_like(w) for _ in range(slots)] for w in weights]
state_b = [[torch.zeros_like(b) for _ in range(slots)] for b in biases]


def forward(inputs):
    h = inputs
    for layer, (w, b) in enumerate(zip(weights, biases)):
        z = h @ w.T + b
        h = activate(HIDDEN_ACTIVATIONS[layer], z) if layer < len(weights) - 1 else z
    return h  # the output layer's sums


def point_losses(z, target):
    if HEAD == "tanh":
        return 0.5 * (torch.tanh(z[:, 0]) - target) ** 2
    if HEAD == "linear":
        return 0.5 * (z[:, 0] - target) ** 2
    if HEAD == "logistic":
        return torch.where(target > 0, torch.nn.functional.softplus(-z[:, 0]), torch.nn.functional.softplus(z[:, 0]))
    if HEAD == "softmax-crossentropy":
        return torch.logsumexp(z, dim=1) - z.gather(1, target[:, None])[:, 0]
    one_hot = torch.nn.functional.one_hot(target, z.shape[1]).to(z.dtype)
    return 0.5 * ((torch.softmax(z, dim=1) - one_hot) ** 2).sum(dim=1)


def metrics(data):
    inputs, target = data
    with torch.no_grad():
        z = forward(inputs)
        loss = point_losses(z, target).mean().item()
        if HEAD in ("tanh", "logistic"):
            accuracy = ((z[:, 0] > 0) == (target > 0)).double().mean().item()
        elif HEAD.startswith("softmax"):
            accuracy = (z.argmax(dim=1) == target).double().mean().item()
        else:
            accuracy = None
    return loss, accuracy


def delta(g, state, t):
    if OPTIMIZER == "sgd":
        return LEARNING_RATE * g
    if OPTIMIZER == "momentum":
        state[0] = MOMENTUM * state[0] + g
        return LEARNING_RATE * state[0]
    state[0] = ADAM_BETA1 * state[0] + (1 - ADAM_BETA1) * g
    state[1] = ADAM_BETA2 * state[1] + (1 - ADAM_BETA2) * g * g
    m_hat = state[0] / (1 - ADAM_BETA1 ** t)
    v_hat = state[1] / (1 - ADAM_BETA2 ** t)
    return LEARNING_RATE * m_hat / (v_hat.sqrt() + ADAM_EPSILON)


def update(inputs, target, t):
    """One update from the summed gradients of the pending samples, as the page does."""
    for p in weights + biases:
        p.grad = None
    point_losses(forward(inputs), target).sum().backward()
    count = len(target)
    with torch.no_grad():
        for w, b, dead, sw, sb in zip(weights, biases, frozen, state_w, state_b):
            b -= delta(b.grad / count, sb, t)
            before = w.clone()
            was_dead = dead.clone()
            kept = [s.clone() for s in sw]
            after = w - delta(w.grad / count, sw, t)
            if REGULARIZATION == "L1":
                penalised = after - LEARNING_RATE * REGULARIZATION_RATE * torch.sign(before)
                crossed = after * penalised < 0
                penalised = torch.where(crossed, torch.zeros_like(penalised), penalised)
                dead |= crossed
            elif REGULARIZATION == "L2":
                penalised = after - LEARNING_RATE * REGULARIZATION_RATE * before
            else:
                penalised = after
            # A link frozen earlier keeps its 0 and its optimiser state.
            w.copy_(torch.where(was_dead, before, penalised))
            for s, k in zip(sw, kept):
                s.copy_(torch.where(was_dead, k, s))


def main():
    train, test = load(DATA)
    inputs, target = train
    pending = []
    t = 0
    print("epoch,train_loss,test_loss,train_accuracy,test_accuracy")
    for epoch in range(EPOCHS + 1):
        if epoch > 0:
            for i in range(len(target)):
                pending.append(i)
                if (i + 1) % BATCH_SIZE == 0:
                    t += 1
                    update(inputs[pending], target[pending], t)
                    pending = []
        if epoch % 50 == 0 or epoch == EPOCHS:
            (tl, ta), (vl, va) = metrics(train), metrics(test)
            print(f"{{epoch}},{{tl:.6f}},{{vl:.6f}},{{ta}},{{va}}")


if __name__ == "__main__":
    main()
"#,
        lr = config.learning_rate,
        batch = config.batch_size.max(1),
        rate = config.regularization_rate,
        momentum = config.momentum,
        leaky = LEAKY_SLOPE,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;

    #[test]
    fn the_script_carries_the_settings_and_the_starting_weights() {
        let config = hash::parse(
            "seed=py&networkShape=3,2&activation=relu&layerActivations=,gelu&optimizer=adam&regularization=L1&regularizationRate=0.001&xSquared=true&batchSize=7",
        )
        .config;
        let s = script(&config);
        assert!(s.contains("BATCH_SIZE = 7\n"));
        assert!(s.contains("OPTIMIZER = \"adam\""));
        assert!(s.contains("REGULARIZATION = \"L1\""));
        assert!(s.contains("HIDDEN_ACTIVATIONS = [\"relu\", \"gelu\"]"));
        assert!(s.contains("lambda x, y: x * x,  # xSquared"));
        let w0 = Session::new(config.clone(), String::new).network().layers()[0].weights[0];
        assert!(s.contains(&format!("[[{w0:?}, ")), "the first weight");
        assert!(s.contains("seed=py"));
    }

    /// Runs `python3` with `args`; a missing Python is a failure that says so.
    fn python(args: &[&std::ffi::OsStr]) -> std::process::Output {
        std::process::Command::new("python3")
            .args(args)
            .output()
            .expect("python3 is needed to check the PyTorch script (apt install python3)")
    }

    #[test]
    fn the_script_is_valid_python() {
        let dir = std::env::temp_dir().join(format!("nn-py-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for link in [
            "seed=a",
            "seed=b&problem=regression&regularization=L2&regularizationRate=0.01",
            "seed=c&problem=multiclass&classes=4&loss=crossentropy&optimizer=momentum",
            "seed=d&loss=crossentropy&networkShape=&activation=step",
        ] {
            let path = dir.join("playground.py");
            std::fs::write(&path, script(&hash::parse(link).config)).unwrap();
            let out = python(&["-m".as_ref(), "py_compile".as_ref(), path.as_os_str()]);
            assert!(
                out.status.success(),
                "{link}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn where_pytorch_is_installed_the_script_follows_the_engine() {
        // PyTorch is not on every machine (not on the project's): there the script is
        // only checked for syntax, above.
        let torch = python(&["-c".as_ref(), "import torch".as_ref()]);
        if !torch.status.success() {
            return;
        }
        let dir = std::env::temp_dir().join(format!("nn-torch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for link in [
            "seed=t1&networkShape=4,2&batchSize=7",
            "seed=t2&activation=relu&optimizer=adam&learningRate=0.01&regularization=L1&regularizationRate=0.003",
            "seed=t3&problem=multiclass&classes=3&loss=crossentropy&optimizer=momentum&regularization=L2&regularizationRate=0.01",
        ] {
            let config = hash::parse(link).config;
            let mut s = Session::new(config.clone(), String::new);
            let (data, code) = (dir.join("data.csv"), dir.join("playground.py"));
            std::fs::write(&data, crate::csv::write(s.train_points(), s.test_points())).unwrap();
            std::fs::write(&code, script(&config)).unwrap();
            let out = python(&[code.as_os_str(), data.as_os_str(), "100".as_ref()]);
            assert!(out.status.success(), "{link}: {}", String::from_utf8_lossy(&out.stderr));
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            let last: Vec<f64> = text
                .lines()
                .last()
                .unwrap()
                .split(',')
                .take(3)
                .map(|v| v.parse().unwrap())
                .collect();
            s.step_many(100);
            assert_eq!(last[0], 100.0);
            assert!((last[1] - s.train_loss()).abs() < 1e-4, "{link}: {last:?} vs {}", s.train_loss());
            assert!((last[2] - s.test_loss()).abs() < 1e-4, "{link}: {last:?} vs {}", s.test_loss());
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
