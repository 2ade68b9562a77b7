//! Stacked linear layers are one linear layer: when every hidden layer of a network is
//! Linear, its output's pre-activation is `z = XW + b` with `W = W₁W₂…Wₖ` and
//! `b = (…(b₁W₂ + b₂)W₃ …) + bₖ`, multiplied through here with the live weights.

use crate::activation::Activation;
use crate::network::Network;

/// The single layer a network of Linear hidden layers amounts to.
#[derive(Clone, Debug, PartialEq)]
pub struct Collapsed {
    /// Inputs (rows of `weights`).
    pub inputs: usize,
    /// Outputs (columns of `weights`).
    pub outputs: usize,
    /// `W`, row by row: `weights[i * outputs + k]` carries input `i` to output `k`.
    pub weights: Vec<f64>,
    /// `b`, one per output.
    pub biases: Vec<f64>,
    /// Hidden layers multiplied through (0: the network is one layer already).
    pub hidden: usize,
}

impl Collapsed {
    /// `W[i][k]`.
    pub fn weight(&self, input: usize, output: usize) -> f64 {
        self.weights[input * self.outputs + output]
    }

    /// As a network layer stores them: the weights destination by destination (each
    /// output's row of inputs), and the biases; for [`crate::Session::set_layer`].
    pub fn layer(&self) -> (Vec<f64>, Vec<f64>) {
        let weights = (0..self.outputs)
            .flat_map(|k| (0..self.inputs).map(move |i| (i, k)))
            .map(|(i, k)| self.weight(i, k))
            .collect();
        (weights, self.biases.clone())
    }
}

/// The equivalent single layer of `net`, or `None` when a hidden layer is not Linear.
pub fn collapse(net: &Network) -> Option<Collapsed> {
    let layers = net.layers();
    let (last, hidden) = layers.split_last()?;
    if hidden.iter().any(|l| l.activation != Activation::Linear) {
        return None;
    }
    // Carry the identity on the inputs through each layer: row i is what input i
    // contributes to each node, `bias` what the biases do.
    let n = net.input_count();
    let mut rows: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..n).map(|j| f64::from(u8::from(i == j))).collect())
        .collect();
    let mut bias = vec![0.0; n];
    for layer in layers {
        let through = |v: &[f64], with_bias: bool| -> Vec<f64> {
            (0..layer.n_out)
                .map(|d| {
                    let row = &layer.weights[d * layer.n_in..(d + 1) * layer.n_in];
                    let sum: f64 = row.iter().zip(v).map(|(w, x)| w * x).sum();
                    if with_bias {
                        sum + layer.biases[d]
                    } else {
                        sum
                    }
                })
                .collect()
        };
        rows = rows.iter().map(|r| through(r, false)).collect();
        bias = through(&bias, true);
    }
    Some(Collapsed {
        inputs: n,
        outputs: last.n_out,
        weights: rows.concat(),
        biases: bias,
        hidden: hidden.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;
    use crate::session::Session;

    #[test]
    fn the_collapsed_layer_gives_the_same_output_pre_activation() {
        let link = "seed=flat&activation=linear&networkShape=4,3&x=true&y=true&xTimesY=true";
        let mut s = Session::new(hash::parse(link).config, || unreachable!());
        s.step_many(20);
        let c = collapse(s.network()).expect("all linear");
        assert_eq!((c.inputs, c.outputs, c.hidden), (3, 1, 2));
        let mut net = s.network().clone();
        for input in [[0.5, -1.0, -0.5], [2.0, 3.0, 6.0], [0.0, 0.0, 0.0]] {
            let out = net.forward(&input);
            let z: f64 = c.biases[0] + (0..3).map(|i| input[i] * c.weight(i, 0)).sum::<f64>();
            // The output is tanh(z).
            assert!((out - z.tanh()).abs() < 1e-12, "{out} {z}");
        }
    }

    #[test]
    fn the_equivalent_network_gives_the_same_losses() {
        let link = "seed=eq&activation=linear&networkShape=3,2&problem=classification";
        let mut deep = Session::new(hash::parse(link).config, || unreachable!());
        deep.step_many(15);
        let (weights, biases) = collapse(deep.network()).unwrap().layer();
        let mut config = deep.config().clone();
        config.network_shape.clear();
        config.fit_layer_activations();
        let mut flat = Session::new(config, || unreachable!());
        assert!(flat.set_layer(0, &weights, &biases));
        assert!((flat.train_loss() - deep.train_loss()).abs() < 1e-12);
        assert!((flat.test_loss() - deep.test_loss()).abs() < 1e-12);
        assert!(!flat.set_layer(0, &weights[1..], &biases), "a wrong count");
    }

    #[test]
    fn a_nonlinear_hidden_layer_does_not_collapse() {
        let s = Session::new(
            hash::parse("seed=a&networkShape=2").config,
            || unreachable!(),
        );
        assert_eq!(collapse(s.network()), None);
        let s = Session::new(
            hash::parse("seed=a&networkShape=").config,
            || unreachable!(),
        );
        let c = collapse(s.network()).expect("no hidden layer");
        assert_eq!(c.hidden, 0);
        assert_eq!(c.weights, s.network().layers()[0].weights);
    }
}
