//! The decision grid: one batched forward pass over an n×n grid of [-6, 6]², keeping
//! every node's output for the heatmaps. It is for pictures: tanh and sigmoid use the
//! fast display versions (within 1e-11 of the exact ones), and the sums keep the
//! original's order.

use crate::features::Feature;
use crate::network::Network;
use crate::scale::LinearScale;

/// Half-width of the square domain the grid and the plots cover.
pub const DOMAIN: f64 = 6.0;

/// Grid coordinates, computed through d3 scales as the original does: column `i` maps
/// `[0, n-1] → [-6, 6]`, row `j` maps `[n-1, 0] → [-6, 6]` (row 0 is the top, y = 6).
pub fn coordinates(n: usize) -> (Vec<f64>, Vec<f64>) {
    let last = n.saturating_sub(1) as f64;
    let xs = LinearScale::new([0.0, last], [-DOMAIN, DOMAIN]);
    let ys = LinearScale::new([last, 0.0], [-DOMAIN, DOMAIN]);
    let x = (0..n).map(|i| xs.apply(i as f64)).collect();
    let y = (0..n).map(|j| ys.apply(j as f64)).collect();
    (x, y)
}

/// Every node's output over an n×n grid, each node's image row-major from the top row.
#[derive(Clone, Debug, Default)]
pub struct Grid {
    n: usize,
    sizes: Vec<usize>,
    /// Offset of each layer's first node image in `values`.
    layer_start: Vec<usize>,
    values: Vec<f64>,
    xs: Vec<f64>,
    ys: Vec<f64>,
}

impl Grid {
    /// An empty grid of resolution `n` (allocated on the first [`Grid::compute`]).
    pub fn new(n: usize) -> Self {
        let (xs, ys) = coordinates(n);
        Grid {
            n,
            xs,
            ys,
            ..Grid::default()
        }
    }

    /// Resolution (pixels per side).
    pub fn resolution(&self) -> usize {
        self.n
    }

    /// Runs the batched forward pass for `net` fed with `features`, reusing buffers.
    pub fn compute(&mut self, net: &Network, features: &[Feature]) {
        let px = self.n * self.n;
        let sizes = net.sizes();
        if sizes != self.sizes {
            self.layer_start.clear();
            let mut off = 0;
            for s in &sizes {
                self.layer_start.push(off);
                off += s * px;
            }
            self.values = vec![0.0; off];
            self.sizes = sizes;
        }
        // Inputs: each active feature's value at every pixel.
        for (k, f) in features.iter().enumerate() {
            let img = &mut self.values[k * px..(k + 1) * px];
            for (j, &y) in self.ys.iter().enumerate() {
                for (i, &x) in self.xs.iter().enumerate() {
                    img[j * self.n + i] = f.eval(x, y);
                }
            }
        }
        // Layer by layer: z = bias, then + w·a for each source in order, then f(z).
        for (l, layer) in net.layers().iter().enumerate() {
            let (prev_part, cur_part) = self.values.split_at_mut(self.layer_start[l + 1]);
            let prev = &prev_part[self.layer_start[l]..];
            for i in 0..layer.n_out {
                let out = &mut cur_part[i * px..(i + 1) * px];
                out.fill(layer.biases[i]);
                for j in 0..layer.n_in {
                    let w = layer.weights[i * layer.n_in + j];
                    let src = &prev[j * px..(j + 1) * px];
                    for (o, a) in out.iter_mut().zip(src) {
                        *o += w * a;
                    }
                }
                layer.activation.apply_display_all(out);
            }
        }
    }

    /// The image of node `index` of layer `layer` (layer 0 = inputs, last = output).
    pub fn node(&self, layer: usize, index: usize) -> &[f64] {
        let px = self.n * self.n;
        let start = self.layer_start[layer] + index * px;
        &self.values[start..start + px]
    }

    /// The output node's image.
    pub fn output(&self) -> &[f64] {
        self.node(self.sizes.len() - 1, 0)
    }

    /// Node counts per layer of the last computed network.
    pub fn sizes(&self) -> &[usize] {
        &self.sizes
    }
}

/// A feature's own image over an n×n grid (for the feature thumbnails).
pub fn feature_image(feature: Feature, n: usize) -> Vec<f64> {
    let (xs, ys) = coordinates(n);
    ys.iter()
        .flat_map(|&y| xs.iter().map(move |&x| feature.eval(x, y)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activation::{Activation, Regularization};
    use crate::features::fill_inputs;
    use crate::network::NetworkSpec;
    use crate::rng::SeedRandom;

    #[test]
    fn coordinates_span_the_domain() {
        let (x, y) = coordinates(100);
        assert_eq!((x[0], x[99]), (-6.0, 6.0));
        assert_eq!((y[0], y[99]), (6.0, -6.0));
        // The d3 formula, not the shortcut, decides the last bits.
        let u = 1.0 / 99.0;
        assert_eq!(x[1], -6.0 * (1.0 - u) + 6.0 * u);
    }

    #[test]
    fn batch_pass_equals_per_point_forward() {
        let mut rng = SeedRandom::new("grid");
        let features = [Feature::X, Feature::Y, Feature::SinX, Feature::XTimesY];
        let mut net = Network::new(
            &NetworkSpec {
                inputs: features.len(),
                hidden: vec![5, 3],
                activation: Activation::Tanh,
                output_activation: Activation::Tanh,
                regularization: Regularization::None,
                init_zero: false,
            },
            &mut rng,
        );
        let mut grid = Grid::new(20);
        grid.compute(&net, &features);
        let (xs, ys) = coordinates(20);
        let mut input = [0.0; 4];
        for (j, &y) in ys.iter().enumerate() {
            for (i, &x) in xs.iter().enumerate() {
                fill_inputs(&features, x, y, &mut input);
                let out = net.forward(&input);
                assert!((grid.output()[j * 20 + i] - out).abs() < 1e-10);
                let h = net.layers()[0].outputs()[2];
                assert!((grid.node(1, 2)[j * 20 + i] - h).abs() < 1e-10);
                assert_eq!(grid.node(0, 2)[j * 20 + i], x.sin());
            }
        }
        assert_eq!(feature_image(Feature::Y, 20)[0], 6.0);
    }
}
