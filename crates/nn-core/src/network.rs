//! A fully connected network in flat per-layer buffers, with the original's
//! forward pass, per-sample backpropagation and batch update.

use crate::activation::{Activation, Regularization};
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
    acc_w: Vec<f64>,
    acc_b: Vec<f64>,
}

impl Layer {
    fn new(n_in: usize, n_out: usize, activation: Activation) -> Self {
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
        }
    }

    /// Outputs of the last forward pass.
    pub fn outputs(&self) -> &[f64] {
        &self.out
    }
}

/// How to build a network.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkSpec {
    /// Number of inputs (active features); may be 0.
    pub inputs: usize,
    /// Hidden layer widths.
    pub hidden: Vec<usize>,
    /// Activation of every hidden node.
    pub activation: Activation,
    /// Activation of the single output node.
    pub output_activation: Activation,
    /// Weight penalty.
    pub regularization: Regularization,
    /// All weights and biases start at 0 (the random numbers are still drawn).
    pub init_zero: bool,
}

/// A network of `inputs → hidden… → 1`.
#[derive(Clone, Debug)]
pub struct Network {
    inputs: Vec<f64>,
    layers: Vec<Layer>,
    regularization: Regularization,
    /// Samples backpropagated since the last weight update.
    pending: usize,
}

impl Network {
    /// Builds a network, drawing each weight as `random - 0.5` in link creation order
    /// (layer by layer, destination by destination, source by source); biases are 0.1.
    pub fn new(spec: &NetworkSpec, rng: &mut SeedRandom) -> Self {
        let mut sizes = vec![spec.inputs];
        sizes.extend(&spec.hidden);
        sizes.push(1);
        let last = sizes.len() - 1;
        let layers = (1..sizes.len())
            .map(|l| {
                let act = if l == last {
                    spec.output_activation
                } else {
                    spec.activation
                };
                let mut layer = Layer::new(sizes[l - 1], sizes[l], act);
                for w in &mut layer.weights {
                    let drawn = rng.next_f64() - 0.5;
                    *w = if spec.init_zero { 0.0 } else { drawn };
                }
                let bias = if spec.init_zero { 0.0 } else { 0.1 };
                layer.biases.fill(bias);
                layer
            })
            .collect();
        Network {
            inputs: vec![0.0; spec.inputs],
            layers,
            regularization: spec.regularization,
            pending: 0,
        }
    }

    /// Node counts per layer, inputs first and the output last.
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

    /// Appends everything training changes to `out`: per layer the weights, biases, dead
    /// flags (1 or 0) and gradient accumulators, then the count of samples since the last
    /// update. With [`Network::load_state`] this moves a training run between threads.
    pub fn save_state(&self, out: &mut Vec<f64>) {
        for l in &self.layers {
            out.extend_from_slice(&l.weights);
            out.extend_from_slice(&l.biases);
            out.extend(l.dead.iter().map(|&d| if d { 1.0 } else { 0.0 }));
            out.extend_from_slice(&l.acc_w);
            out.extend_from_slice(&l.acc_b);
        }
        out.push(self.pending as f64);
    }

    /// Length of what [`Network::save_state`] writes for this shape.
    pub fn state_len(&self) -> usize {
        self.layers
            .iter()
            .map(|l| 3 * l.weights.len() + 2 * l.biases.len())
            .sum::<usize>()
            + 1
    }

    /// Restores what [`Network::save_state`] wrote for a network of the same shape.
    /// Returns false, changing nothing, if `state` does not fit this shape.
    pub fn load_state(&mut self, state: &[f64]) -> bool {
        let pending = state.last().copied().unwrap_or(-1.0);
        if state.len() != self.state_len() || !(pending >= 0.0 && pending.fract() == 0.0) {
            return false;
        }
        let mut rest = state;
        let mut take = |n: usize| {
            let (head, tail) = rest.split_at(n);
            rest = tail;
            head
        };
        for l in &mut self.layers {
            let (nw, nb) = (l.weights.len(), l.biases.len());
            l.weights.copy_from_slice(take(nw));
            l.biases.copy_from_slice(take(nb));
            for (d, &v) in l.dead.iter_mut().zip(take(nw)) {
                *d = v != 0.0;
            }
            l.acc_w.copy_from_slice(take(nw));
            l.acc_b.copy_from_slice(take(nb));
        }
        self.pending = pending as usize;
        true
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

    /// One forward pass; returns the output node's value.
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
        self.output()
    }

    /// The output node's value from the last forward pass.
    pub fn output(&self) -> f64 {
        self.layers.last().map_or(0.0, |l| l.out[0])
    }

    /// Backpropagates one sample against `target` (half squared error) and accumulates
    /// the gradients; call after [`Network::forward`].
    pub fn backward(&mut self, target: f64) {
        let n = self.layers.len();
        let out_layer = &mut self.layers[n - 1];
        out_layer.out_der[0] = out_layer.out[0] - target;
        for l in (0..n).rev() {
            let (before, rest) = self.layers.split_at_mut(l);
            let layer = &mut rest[0];
            for i in 0..layer.n_out {
                let d = layer.out_der[i]
                    * layer
                        .activation
                        .derivative_from_output(layer.z[i], layer.out[i]);
                layer.in_der[i] = d;
                layer.acc_b[i] += d;
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

    /// Applies the mean of the accumulated gradients, then the regularisation step with
    /// the original's L1 rule, and clears the accumulators.
    pub fn update(&mut self, learning_rate: f64, regularization_rate: f64) {
        if self.pending == 0 {
            return;
        }
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
                let reg_der = reg.derivative(w0);
                let w = w0 - step_grad * layer.acc_w[k];
                let next = w - step_reg * reg_der;
                if reg == Regularization::L1 && w * next < 0.0 {
                    layer.weights[k] = 0.0;
                    layer.dead[k] = true;
                } else {
                    layer.weights[k] = next;
                }
                layer.acc_w[k] = 0.0;
            }
        }
        self.pending = 0;
    }

    /// Number of links frozen by L1.
    pub fn dead_links(&self) -> usize {
        self.layers
            .iter()
            .map(|l| l.dead.iter().filter(|&&d| d).count())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(act: Activation, reg: Regularization) -> NetworkSpec {
        NetworkSpec {
            inputs: 3,
            hidden: vec![4, 3],
            activation: act,
            output_activation: Activation::Tanh,
            regularization: reg,
            init_zero: false,
        }
    }

    /// Half squared error plus nothing: the loss the gradient is of.
    fn loss(net: &mut Network, x: &[f64], t: f64) -> f64 {
        let o = net.forward(x);
        0.5 * (o - t) * (o - t)
    }

    #[test]
    fn gradients_match_finite_differences() {
        let x = [0.3, -0.8, 0.5];
        let t = 0.7;
        for act in Activation::ALL {
            let mut rng = SeedRandom::new("grad");
            let mut net = Network::new(&spec(act, Regularization::None), &mut rng);
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
                        "{act:?} layer {l} weight {k}: {analytic} vs {numeric}"
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
                    assert!((analytic - numeric).abs() < 1e-7, "{act:?} bias {l}/{i}");
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
        net.backward(5.0);
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
            &NetworkSpec {
                inputs: 0,
                hidden: vec![],
                activation: Activation::Relu,
                output_activation: Activation::Linear,
                regularization: Regularization::None,
                init_zero: false,
            },
            &mut rng,
        );
        assert_eq!(net.sizes(), vec![0, 1]);
        assert_eq!(net.forward(&[]), 0.1);
        net.backward(1.0);
        net.update(0.5, 0.0);
        assert!((net.forward(&[]) - (0.1 + 0.5 * 0.9)).abs() < 1e-15);
    }
}
