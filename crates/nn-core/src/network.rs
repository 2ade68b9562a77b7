//! A fully connected network in flat per-layer buffers, with the original's
//! forward pass, per-sample backpropagation and batch update; the output layer's form
//! ([`Head`]), the update rule ([`Optimizer`]) and the first weights ([`Init`]) are
//! chosen by the spec, and the original's choices run the original's arithmetic.

use crate::activation::{Activation, Regularization};
use crate::init::Init;
use crate::loss::{softmax, Head, Target};
use crate::optimizer::{Optimizer, OptimizerKind};
use crate::rng::SeedRandom;

/// One non-input layer: its incoming weights, biases and working buffers.
#[derive(Clone, Debug)]
pub struct Layer {
    /// Nodes in the previous layer.
    pub n_in: usize,
    /// Nodes in this layer.
    pub n_out: usize,
    /// Incoming weights, row `dest`, column `src` (the original's link creation order).
    pub weights: Vec<f64>,
    /// One bias per node.
    pub biases: Vec<f64>,
    /// Links frozen at 0 by L1 (`isDead` in the original) until the next reset.
    pub dead: Vec<bool>,
    /// This layer's activation.
    pub activation: Activation,
    z: Vec<f64>,
    out: Vec<f64>,
    out_der: Vec<f64>,
    in_der: Vec<f64>,
    pub(crate) acc_w: Vec<f64>,
    pub(crate) acc_b: Vec<f64>,
    /// The optimiser's state: [`OptimizerKind::slots`] numbers per weight, then per bias.
    pub(crate) opt_w: Vec<f64>,
    pub(crate) opt_b: Vec<f64>,
    /// The same working buffers for two samples side by side ([`Network::train_pair`]):
    /// lane 0 and lane 1 of each node.
    z2: Vec<[f64; 2]>,
    out2: Vec<[f64; 2]>,
    out_der2: Vec<[f64; 2]>,
    in_der2: Vec<[f64; 2]>,
    /// Σ over updates of Σ |mean gradient| over the weights, and the updates counted,
    /// since the statistics last took them ([`Network::take_gradient_sums`]).
    grad_abs_sum: f64,
    grad_updates: u64,
}

impl Layer {
    fn new(n_in: usize, n_out: usize, activation: Activation, slots: usize) -> Self {
        Layer {
            n_in,
            n_out,
            weights: vec![0.0; n_in * n_out],
            biases: vec![0.0; n_out],
            dead: vec![false; n_in * n_out],
            activation,
            z: vec![0.0; n_out],
            out: vec![0.0; n_out],
            out_der: vec![0.0; n_out],
            in_der: vec![0.0; n_out],
            acc_w: vec![0.0; n_in * n_out],
            acc_b: vec![0.0; n_out],
            opt_w: vec![0.0; slots * n_in * n_out],
            opt_b: vec![0.0; slots * n_out],
            z2: vec![[0.0; 2]; n_out],
            out2: vec![[0.0; 2]; n_out],
            out_der2: vec![[0.0; 2]; n_out],
            in_der2: vec![[0.0; 2]; n_out],
            grad_abs_sum: 0.0,
            grad_updates: 0,
        }
    }

    /// Outputs of the last forward pass.
    pub fn outputs(&self) -> &[f64] {
        &self.out
    }

    /// Pre-activations z (weighted sums plus bias) of the last forward pass.
    pub fn pre_activations(&self) -> &[f64] {
        &self.z
    }
}

/// How to build a network.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkSpec {
    /// Number of inputs (active features); may be 0.
    pub inputs: usize,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Activation of each hidden layer (as many as `hidden`; a missing one is Tanh).
    pub activations: Vec<Activation>,
    /// Output nodes: 1, or one per class.
    pub outputs: usize,
    /// The output layer's form and loss.
    pub head: Head,
    /// Weight penalty.
    pub regularization: Regularization,
    /// The update rule.
    pub optimizer: Optimizer,
    /// How the first weights are drawn.
    pub init: Init,
    /// All weights and biases start at 0 (the random numbers are still drawn).
    pub init_zero: bool,
}

impl NetworkSpec {
    /// The original's network: `hidden` layers of one `activation`, one output through
    /// `head`, SGD, its own initialisation.
    pub fn original(inputs: usize, hidden: Vec<usize>, activation: Activation, head: Head) -> Self {
        NetworkSpec {
            inputs,
            activations: vec![activation; hidden.len()],
            hidden,
            outputs: 1,
            head,
            regularization: Regularization::None,
            optimizer: Optimizer::default(),
            init: Init::Original,
            init_zero: false,
        }
    }
}

/// A network of `inputs → hidden… → outputs`.
#[derive(Clone, Debug)]
pub struct Network {
    inputs: Vec<f64>,
    /// Two samples' inputs side by side ([`Network::train_pair`]).
    inputs2: Vec<[f64; 2]>,
    layers: Vec<Layer>,
    regularization: Regularization,
    head: Head,
    optimizer: Optimizer,
    /// Samples backpropagated since the last weight update.
    pending: usize,
    /// Weight updates made so far (Adam's t).
    updates: u64,
    /// Softmax probabilities of the last forward pass (empty for other heads).
    probs: Vec<f64>,
}

impl Network {
    /// Builds a network, drawing each weight in link creation order (layer by layer,
    /// destination by destination, source by source) as `spec.init` says.
    pub fn new(spec: &NetworkSpec, rng: &mut SeedRandom) -> Self {
        let mut sizes = vec![spec.inputs];
        sizes.extend(&spec.hidden);
        sizes.push(spec.outputs.max(1));
        let last = sizes.len() - 1;
        let slots = spec.optimizer.kind.slots();
        let layers = (1..sizes.len())
            .map(|l| {
                let act = if l == last {
                    spec.head.activation()
                } else {
                    let given = spec.activations.get(l - 1).copied();
                    given.unwrap_or(Activation::Tanh)
                };
                let (n_in, n_out) = (sizes[l - 1], sizes[l]);
                let mut layer = Layer::new(n_in, n_out, act, slots);
                for w in &mut layer.weights {
                    let drawn = spec.init.draw(n_in, n_out, rng);
                    *w = if spec.init_zero { 0.0 } else { drawn };
                }
                let bias = if spec.init_zero {
                    0.0
                } else {
                    spec.init.bias()
                };
                layer.biases.fill(bias);
                layer
            })
            .collect();
        let probs = match spec.head {
            Head::Softmax(_) => vec![0.0; sizes[last]],
            _ => Vec::new(),
        };
        Network {
            inputs: vec![0.0; spec.inputs],
            inputs2: vec![[0.0; 2]; spec.inputs],
            layers,
            regularization: spec.regularization,
            head: spec.head,
            optimizer: spec.optimizer,
            pending: 0,
            updates: 0,
            probs,
        }
    }

    /// Node counts per layer, inputs first and the outputs last.
    pub fn sizes(&self) -> Vec<usize> {
        let mut s = vec![self.inputs.len()];
        s.extend(self.layers.iter().map(|l| l.n_out));
        s
    }

    /// Number of inputs.
    pub fn input_count(&self) -> usize {
        self.inputs.len()
    }

    /// The non-input layers, first hidden to output.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// Mutable access for edits (a changed weight takes effect on the next pass).
    pub fn layers_mut(&mut self) -> &mut [Layer] {
        &mut self.layers
    }

    /// The weight penalty in use.
    pub fn regularization(&self) -> Regularization {
        self.regularization
    }

    /// The output layer's form and loss.
    pub fn head(&self) -> Head {
        self.head
    }

    /// Changes μ (the rule itself changes only with a new network).
    pub fn set_momentum(&mut self, momentum: f64) {
        self.optimizer.momentum = momentum;
    }

    /// Samples backpropagated since the last update (a part-filled batch).
    pub fn pending(&self) -> usize {
        self.pending
    }

    /// Weight updates made so far.
    pub fn updates(&self) -> u64 {
        self.updates
    }

    /// Per layer, the gradient sums of the updates since the last call (Σ over updates of
    /// Σ |mean gradient| over the layer's weights, and the number of updates); starts
    /// them over.
    pub fn take_gradient_sums(&mut self) -> Vec<(f64, u64)> {
        self.layers
            .iter_mut()
            .map(|l| {
                let taken = (l.grad_abs_sum, l.grad_updates);
                (l.grad_abs_sum, l.grad_updates) = (0.0, 0);
                taken
            })
            .collect()
    }

    pub(crate) fn set_counters(&mut self, pending: usize, updates: u64) {
        self.pending = pending;
        self.updates = updates;
    }

    /// Every weight in link creation order.
    pub fn weights(&self) -> Vec<f64> {
        self.layers
            .iter()
            .flat_map(|l| l.weights.iter().copied())
            .collect()
    }

    /// Every bias, layer by layer.
    pub fn biases(&self) -> Vec<f64> {
        self.layers
            .iter()
            .flat_map(|l| l.biases.iter().copied())
            .collect()
    }

    /// One forward pass; returns the first output node's value.
    pub fn forward(&mut self, inputs: &[f64]) -> f64 {
        self.inputs.copy_from_slice(inputs);
        for l in 0..self.layers.len() {
            let (before, rest) = self.layers.split_at_mut(l);
            let prev: &[f64] = match before.last() {
                Some(p) => &p.out,
                None => &self.inputs,
            };
            let layer = &mut rest[0];
            // All the sums first, then all the activations: the sums are independent
            // chains the CPU can run side by side, which a tanh between them would block.
            let n_in = layer.n_in;
            for (i, z) in layer.z.iter_mut().enumerate() {
                let row = &layer.weights[i * n_in..(i + 1) * n_in];
                // Bias first, then sources in order: the original's summation order.
                let mut sum = layer.biases[i];
                for (w, a) in row.iter().zip(prev) {
                    sum += w * a;
                }
                *z = sum;
            }
            let act = layer.activation;
            for (o, &z) in layer.out.iter_mut().zip(&layer.z) {
                *o = act.apply(z);
            }
        }
        if !self.probs.is_empty() {
            if let Some(last) = self.layers.last() {
                softmax(&last.z, &mut self.probs);
            }
        }
        self.output()
    }

    /// The first output node's value from the last forward pass.
    pub fn output(&self) -> f64 {
        self.layers.last().map_or(0.0, |l| l.out[0])
    }

    /// The output nodes' values from the last forward pass.
    pub fn outputs(&self) -> &[f64] {
        self.layers.last().map_or(&[], |l| &l.out)
    }

    /// The class probabilities of the last forward pass (softmax heads; empty otherwise).
    pub fn probabilities(&self) -> &[f64] {
        &self.probs
    }

    /// The loss of the last forward pass's point against `target`.
    #[inline]
    pub fn point_loss(&self, target: Target) -> f64 {
        let last = &self.layers[self.layers.len() - 1];
        self.head
            .point_loss(&last.z, &last.out, &self.probs, target)
    }

    /// Whether the last forward pass put the point in its class (`None` for regression).
    #[inline]
    pub fn correct(&self, target: Target) -> Option<bool> {
        self.head.correct(self.outputs(), &self.probs, target)
    }

    /// Backpropagates one sample against `target` and accumulates the gradients; call
    /// after [`Network::forward`].
    pub fn backward(&mut self, target: Target) {
        let n = self.layers.len();
        {
            let out_layer = &mut self.layers[n - 1];
            self.head.gradient(
                &out_layer.z,
                &out_layer.out,
                &self.probs,
                target,
                &mut out_layer.in_der,
            );
        }
        for l in (0..n).rev() {
            let (before, rest) = self.layers.split_at_mut(l);
            let layer = &mut rest[0];
            if l + 1 < n {
                for i in 0..layer.n_out {
                    layer.in_der[i] = layer.out_der[i]
                        * layer
                            .activation
                            .derivative_from_output(layer.z[i], layer.out[i]);
                }
            }
            for i in 0..layer.n_out {
                layer.acc_b[i] += layer.in_der[i];
            }
            // The original skips dead links when accumulating. Their accumulators are never
            // read (the update skips dead links too), so accumulating into them anyway
            // changes no live number and keeps these loops branch-free and vectorisable.
            let n_in = layer.n_in;
            match before.last_mut() {
                Some(prev) => {
                    // One pass per destination does both: its weights' gradients, and its
                    // share of each source's derivative. Dead links still carry their
                    // (zero or edited) weight backwards. Each source's sum runs over
                    // destinations in order from 0, as in the original.
                    prev.out_der.fill(0.0);
                    for i in 0..layer.n_out {
                        let d = layer.in_der[i];
                        let acc = &mut layer.acc_w[i * n_in..(i + 1) * n_in];
                        let row = &layer.weights[i * n_in..(i + 1) * n_in];
                        for (((acc, a), o), w) in acc
                            .iter_mut()
                            .zip(&prev.out)
                            .zip(prev.out_der.iter_mut())
                            .zip(row)
                        {
                            *acc += d * a;
                            *o += w * d;
                        }
                    }
                }
                None => {
                    for i in 0..layer.n_out {
                        let d = layer.in_der[i];
                        let acc = &mut layer.acc_w[i * n_in..(i + 1) * n_in];
                        for (acc, a) in acc.iter_mut().zip(&self.inputs) {
                            *acc += d * a;
                        }
                    }
                }
            }
        }
        self.pending += 1;
    }

    /// [`Network::forward`] and [`Network::backward`] for two samples in a row with no
    /// update between them, computed side by side: the weights are the same for both, so
    /// each weight is read once for two samples, and the pairs of sums run in SIMD lanes
    /// where the target has them. Every number is the one the two calls in turn give:
    /// each lane sums in the scalar order, and each accumulator adds the first sample's
    /// term, then the second's.
    pub fn train_pair(&mut self, inputs: [&[f64]; 2], targets: [Target; 2]) {
        for ((pair, a), b) in self.inputs2.iter_mut().zip(inputs[0]).zip(inputs[1]) {
            *pair = [*a, *b];
        }
        self.forward_pair();
        self.backward_pair(targets);
    }

    fn forward_pair(&mut self) {
        for l in 0..self.layers.len() {
            let (before, rest) = self.layers.split_at_mut(l);
            let prev: &[[f64; 2]] = match before.last() {
                Some(p) => &p.out2,
                None => &self.inputs2,
            };
            let layer = &mut rest[0];
            let n_in = layer.n_in;
            for (i, z) in layer.z2.iter_mut().enumerate() {
                let row = &layer.weights[i * n_in..(i + 1) * n_in];
                let b = layer.biases[i];
                let mut sum = [b, b];
                for (w, a) in row.iter().zip(prev) {
                    sum[0] += w * a[0];
                    sum[1] += w * a[1];
                }
                *z = sum;
            }
            let act = layer.activation;
            for (o, z) in layer.out2.iter_mut().zip(&layer.z2) {
                *o = [act.apply(z[0]), act.apply(z[1])];
            }
        }
    }

    fn backward_pair(&mut self, targets: [Target; 2]) {
        let n = self.layers.len();
        {
            // The output layer's gradient, one lane at a time through the scalar buffers
            // (the head reads whole slices: z, outputs, probabilities).
            let out_layer = &mut self.layers[n - 1];
            for (k, &target) in targets.iter().enumerate() {
                for i in 0..out_layer.n_out {
                    out_layer.z[i] = out_layer.z2[i][k];
                    out_layer.out[i] = out_layer.out2[i][k];
                }
                if !self.probs.is_empty() {
                    softmax(&out_layer.z, &mut self.probs);
                }
                self.head.gradient(
                    &out_layer.z,
                    &out_layer.out,
                    &self.probs,
                    target,
                    &mut out_layer.in_der,
                );
                for i in 0..out_layer.n_out {
                    out_layer.in_der2[i][k] = out_layer.in_der[i];
                }
            }
        }
        for l in (0..n).rev() {
            let (before, rest) = self.layers.split_at_mut(l);
            let layer = &mut rest[0];
            if l + 1 < n {
                let act = layer.activation;
                for i in 0..layer.n_out {
                    let (z, o, d) = (layer.z2[i], layer.out2[i], layer.out_der2[i]);
                    layer.in_der2[i] = [
                        d[0] * act.derivative_from_output(z[0], o[0]),
                        d[1] * act.derivative_from_output(z[1], o[1]),
                    ];
                }
            }
            for (acc, d) in layer.acc_b.iter_mut().zip(&layer.in_der2) {
                *acc += d[0];
                *acc += d[1];
            }
            let n_in = layer.n_in;
            match before.last_mut() {
                Some(prev) => {
                    prev.out_der2.fill([0.0; 2]);
                    for i in 0..layer.n_out {
                        let d = layer.in_der2[i];
                        let acc = &mut layer.acc_w[i * n_in..(i + 1) * n_in];
                        let row = &layer.weights[i * n_in..(i + 1) * n_in];
                        for (((acc, a), o), w) in acc
                            .iter_mut()
                            .zip(&prev.out2)
                            .zip(prev.out_der2.iter_mut())
                            .zip(row)
                        {
                            let terms = [d[0] * a[0], d[1] * a[1]];
                            *acc += terms[0];
                            *acc += terms[1];
                            o[0] += w * d[0];
                            o[1] += w * d[1];
                        }
                    }
                }
                None => {
                    for i in 0..layer.n_out {
                        let d = layer.in_der2[i];
                        let acc = &mut layer.acc_w[i * n_in..(i + 1) * n_in];
                        for (acc, a) in acc.iter_mut().zip(&self.inputs2) {
                            let terms = [d[0] * a[0], d[1] * a[1]];
                            *acc += terms[0];
                            *acc += terms[1];
                        }
                    }
                }
            }
        }
        self.pending += 2;
    }

    /// Applies the mean of the accumulated gradients through the optimiser, then the
    /// regularisation step with the original's L1 rule, and clears the accumulators.
    pub fn update(&mut self, learning_rate: f64, regularization_rate: f64) {
        if self.pending == 0 {
            return;
        }
        self.updates += 1;
        // For the statistics: the size of this update's mean gradient, per layer. Only
        // read here; the update below is the same with or without it.
        let count = self.pending as f64;
        for l in &mut self.layers {
            l.grad_abs_sum += l.acc_w.iter().map(|g| g.abs()).sum::<f64>() / count;
            l.grad_updates += 1;
        }
        if self.optimizer.kind == OptimizerKind::Sgd {
            self.update_sgd(learning_rate, regularization_rate);
        } else {
            self.update_with_state(learning_rate, regularization_rate);
        }
        self.pending = 0;
    }

    /// The original's update, operation for operation.
    fn update_sgd(&mut self, learning_rate: f64, regularization_rate: f64) {
        let count = self.pending as f64;
        let reg = self.regularization;
        let step_reg = learning_rate * regularization_rate;
        let step_grad = learning_rate / count;
        for layer in &mut self.layers {
            for i in 0..layer.n_out {
                layer.biases[i] -= learning_rate * layer.acc_b[i] / count;
                layer.acc_b[i] = 0.0;
            }
            if reg == Regularization::None && step_reg >= 0.0 && step_reg.is_finite() {
                // Without a penalty the original still subtracts step_reg × 0 = +0, which
                // leaves every weight's bits as they are (−0 too), so it can be skipped.
                // (No link is dead without L1: the flags only come from it and a change of
                // regularisation resets the network.)
                for ((w, acc), &dead) in layer
                    .weights
                    .iter_mut()
                    .zip(layer.acc_w.iter_mut())
                    .zip(&layer.dead)
                {
                    if !dead {
                        *w -= step_grad * *acc;
                        *acc = 0.0;
                    }
                }
                continue;
            }
            for k in 0..layer.weights.len() {
                if layer.dead[k] {
                    continue;
                }
                let w0 = layer.weights[k];
                let w = w0 - step_grad * layer.acc_w[k];
                layer.weights[k] = regularize(reg, step_reg, w0, w, &mut layer.dead[k]);
                layer.acc_w[k] = 0.0;
            }
        }
    }

    /// Momentum and Adam: g is the batch's mean gradient, the step comes from the
    /// optimiser's state, and the penalty step follows as in the original.
    fn update_with_state(&mut self, learning_rate: f64, regularization_rate: f64) {
        let count = self.pending as f64;
        let reg = self.regularization;
        let step_reg = learning_rate * regularization_rate;
        let step = self.optimizer.step(learning_rate, self.updates);
        let slots = self.optimizer.kind.slots();
        for layer in &mut self.layers {
            for i in 0..layer.n_out {
                let g = layer.acc_b[i] / count;
                layer.biases[i] -= step.delta(g, &mut layer.opt_b[i * slots..(i + 1) * slots]);
                layer.acc_b[i] = 0.0;
            }
            for k in 0..layer.weights.len() {
                if layer.dead[k] {
                    continue;
                }
                let w0 = layer.weights[k];
                let g = layer.acc_w[k] / count;
                let w = w0 - step.delta(g, &mut layer.opt_w[k * slots..(k + 1) * slots]);
                layer.weights[k] = regularize(reg, step_reg, w0, w, &mut layer.dead[k]);
                layer.acc_w[k] = 0.0;
            }
        }
    }

    /// Number of links frozen by L1.
    pub fn dead_links(&self) -> usize {
        self.layers
            .iter()
            .map(|l| l.dead.iter().filter(|&&d| d).count())
            .sum()
    }
}

/// The original's penalty step: from `w` (after the gradient step from `w0`), subtract
/// `step_reg · R′(w0)`; under L1 a weight that crosses zero becomes 0 and dead.
#[inline]
fn regularize(reg: Regularization, step_reg: f64, w0: f64, w: f64, dead: &mut bool) -> f64 {
    let next = w - step_reg * reg.derivative(w0);
    if reg == Regularization::L1 && w * next < 0.0 {
        *dead = true;
        0.0
    } else {
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loss::Loss;

    fn spec(act: Activation, reg: Regularization) -> NetworkSpec {
        NetworkSpec {
            regularization: reg,
            ..NetworkSpec::original(3, vec![4, 3], act, Head::Squared(Activation::Tanh))
        }
    }

    /// The head's loss plus nothing: the loss the gradient is of.
    fn loss(net: &mut Network, x: &[f64], t: Target) -> f64 {
        net.forward(x);
        net.point_loss(t)
    }

    /// Every hidden activation under every head: squared error (tanh, linear), binary
    /// cross-entropy, and softmax with either loss over 3 classes.
    fn grad_cases() -> Vec<(Activation, Head, usize, Target)> {
        let heads = [
            (Head::Squared(Activation::Tanh), 1, Target::Binary(true)),
            (Head::Squared(Activation::Linear), 1, Target::Value(0.7)),
            (Head::Logistic, 1, Target::Binary(false)),
            (Head::Softmax(Loss::CrossEntropy), 3, Target::Class(2)),
            (Head::Softmax(Loss::SquaredError), 3, Target::Class(0)),
        ];
        let mut v = Vec::new();
        for act in Activation::ALL {
            for (head, k, t) in heads {
                v.push((act, head, k, t));
            }
        }
        v
    }

    #[test]
    fn two_samples_side_by_side_give_the_bits_of_two_in_turn() {
        let (x0, x1) = ([0.3, -0.8, 0.5], [-1.7, 0.25, 2.2]);
        for (act, head, outputs, t0) in grad_cases() {
            let mut s = spec(act, Regularization::L1);
            s.head = head;
            s.outputs = outputs;
            s.activations = vec![act, Activation::Sigmoid];
            let mut one = Network::new(&s, &mut SeedRandom::new("pair"));
            let t1 = match t0 {
                Target::Binary(b) => Target::Binary(!b),
                Target::Value(v) => Target::Value(-v),
                Target::Class(c) => Target::Class((c + 1) % outputs as u8),
            };
            let mut two = one.clone();
            // Something accumulated already, then two samples, then an update.
            for net in [&mut one, &mut two] {
                net.forward(&x1);
                net.backward(t0);
            }
            one.forward(&x0);
            one.backward(t0);
            one.forward(&x1);
            one.backward(t1);
            two.train_pair([&x0, &x1], [t0, t1]);
            let bits = |n: &Network| -> Vec<u64> {
                n.layers
                    .iter()
                    .flat_map(|l| l.acc_w.iter().chain(&l.acc_b))
                    .map(|v| v.to_bits())
                    .collect()
            };
            assert_eq!(bits(&one), bits(&two), "{act:?} {head:?}");
            assert_eq!(one.pending(), two.pending());
            one.update(0.03, 0.001);
            two.update(0.03, 0.001);
            assert_eq!(one.weights(), two.weights(), "{act:?} {head:?}");
        }
    }

    #[test]
    fn gradients_match_finite_differences() {
        let x = [0.3, -0.8, 0.5];
        for (act, head, outputs, t) in grad_cases() {
            let mut rng = SeedRandom::new("grad");
            let mut s = spec(act, Regularization::None);
            s.head = head;
            s.outputs = outputs;
            // A different activation in the middle layer, as the per-layer menu allows.
            s.activations = vec![act, Activation::Tanh];
            let mut net = Network::new(&s, &mut rng);
            // Move off ReLU's kink at exactly 0 and make every unit active.
            for layer in net.layers_mut() {
                layer.biases.fill(0.37);
            }
            net.forward(&x);
            net.backward(t);
            for l in 0..net.layers.len() {
                for k in 0..net.layers[l].weights.len() {
                    let analytic = net.layers[l].acc_w[k];
                    let h = 1e-6;
                    let w = net.layers[l].weights[k];
                    net.layers[l].weights[k] = w + h;
                    let up = loss(&mut net, &x, t);
                    net.layers[l].weights[k] = w - h;
                    let down = loss(&mut net, &x, t);
                    net.layers[l].weights[k] = w;
                    let numeric = (up - down) / (2.0 * h);
                    assert!(
                        (analytic - numeric).abs() < 1e-7,
                        "{act:?} {head:?} layer {l} weight {k}: {analytic} vs {numeric}"
                    );
                }
                for i in 0..net.layers[l].biases.len() {
                    let analytic = net.layers[l].acc_b[i];
                    let h = 1e-6;
                    let b = net.layers[l].biases[i];
                    net.layers[l].biases[i] = b + h;
                    let up = loss(&mut net, &x, t);
                    net.layers[l].biases[i] = b - h;
                    let down = loss(&mut net, &x, t);
                    net.layers[l].biases[i] = b;
                    let numeric = (up - down) / (2.0 * h);
                    assert!(
                        (analytic - numeric).abs() < 1e-7,
                        "{act:?} {head:?} bias {l}/{i}"
                    );
                }
            }
        }
    }

    #[test]
    fn regularised_update_follows_the_penalty_gradient() {
        // With zero data gradient left (pending but zero accumulators), an update is a
        // pure penalty step: w - lr·rate·R'(w).
        for reg in [Regularization::L1, Regularization::L2] {
            let mut rng = SeedRandom::new("reg");
            let mut net = Network::new(&spec(Activation::Tanh, reg), &mut rng);
            let before = net.weights();
            net.pending = 1;
            let (lr, rate) = (0.1, 0.01);
            net.update(lr, rate);
            for (w0, w1) in before.iter().zip(net.weights()) {
                let h = 1e-6;
                let dr = (reg.penalty(w0 + h) - reg.penalty(w0 - h)) / (2.0 * h);
                assert!((w1 - (w0 - lr * rate * dr)).abs() < 1e-9, "{reg:?}");
            }
        }
    }

    #[test]
    fn l1_kills_a_weight_that_crosses_zero_for_good() {
        let mut rng = SeedRandom::new("l1");
        let mut net = Network::new(&spec(Activation::Linear, Regularization::L1), &mut rng);
        net.layers[0].weights[0] = 0.001;
        net.pending = 1;
        net.update(1.0, 0.01);
        assert_eq!(net.layers[0].weights[0], 0.0);
        assert!(net.layers[0].dead[0]);
        assert_eq!(net.dead_links(), 1);
        // A dead link gets no gradient and no update.
        net.forward(&[1.0, 1.0, 1.0]);
        net.backward(Target::Value(5.0));
        net.update(1.0, 0.01);
        assert_eq!(net.layers[0].weights[0], 0.0);
    }

    #[test]
    fn init_zero_and_draw_order() {
        let mut a = SeedRandom::new("order");
        let mut net_spec = spec(Activation::Tanh, Regularization::None);
        let net = Network::new(&net_spec, &mut a);
        let mut b = SeedRandom::new("order");
        let expected: Vec<f64> = (0..net.weights().len())
            .map(|_| b.next_f64() - 0.5)
            .collect();
        assert_eq!(net.weights(), expected);
        assert!(net.biases().iter().all(|&v| v == 0.1));
        // initZero still consumes the same draws.
        net_spec.init_zero = true;
        let mut c = SeedRandom::new("order");
        let z = Network::new(&net_spec, &mut c);
        assert!(z.weights().iter().chain(&z.biases()).all(|&v| v == 0.0));
        assert_eq!(c.next_f64(), b.next_f64());
    }

    #[test]
    fn no_inputs_and_no_hidden_layers() {
        let mut rng = SeedRandom::new("tiny");
        let mut net = Network::new(
            &NetworkSpec::original(
                0,
                vec![],
                Activation::Relu,
                Head::Squared(Activation::Linear),
            ),
            &mut rng,
        );
        assert_eq!(net.sizes(), vec![0, 1]);
        assert_eq!(net.forward(&[]), 0.1);
        net.backward(Target::Value(1.0));
        net.update(0.5, 0.0);
        assert!((net.forward(&[]) - (0.1 + 0.5 * 0.9)).abs() < 1e-15);
    }
}
