//! The decision grid: one batched forward pass over an n×n grid of [-6, 6]², keeping
//! every node's output for the heatmaps. It is for pictures only, so it runs in `f32`
//! (four lanes per SIMD instruction instead of two) with fast activation functions;
//! the heatmaps quantise to 31 shades, far coarser than the error (about 1e-6).
//! Training and the losses never use it.

use crate::activation::Activation;
use crate::features::Feature;
use crate::loss::Head;
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
    values: Vec<f32>,
    xs: Vec<f64>,
    ys: Vec<f64>,
    /// The features whose images fill the input layer now (they depend only on the
    /// features and the resolution, so they are computed once, not every pass).
    inputs_for: Option<Vec<Feature>>,
}

/// Pixels per tile of the batched pass: a tile of every node of two adjacent layers fits
/// in the L1 cache (8 nodes × 256 pixels × 4 bytes = 8 KB per layer).
const TILE: usize = 256;

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
            self.inputs_for = None;
        }
        // Inputs: each active feature's value at every pixel, kept between passes.
        if self.inputs_for.as_deref() != Some(features) {
            for (k, f) in features.iter().enumerate() {
                let img = &mut self.values[k * px..(k + 1) * px];
                for (j, &y) in self.ys.iter().enumerate() {
                    for (i, &x) in self.xs.iter().enumerate() {
                        img[j * self.n + i] = f.eval(x, y) as f32;
                    }
                }
            }
            self.inputs_for = Some(features.to_vec());
        }
        // Tile by tile, layer by layer: z = bias, then + w·a for each source in order,
        // then f(z). Each pixel depends only on the same pixel of the layer before, so a
        // tile runs through the whole network while its values are in the cache.
        for t0 in (0..px).step_by(TILE) {
            let t1 = (t0 + TILE).min(px);
            for (l, layer) in net.layers().iter().enumerate() {
                let (prev_part, cur_part) = self.values.split_at_mut(self.layer_start[l + 1]);
                let prev = &prev_part[self.layer_start[l]..];
                for i in 0..layer.n_out {
                    let out = &mut cur_part[i * px + t0..i * px + t1];
                    out.fill(layer.biases[i] as f32);
                    let row = &layer.weights[i * layer.n_in..(i + 1) * layer.n_in];
                    let src = |j: usize| &prev[j * px + t0..j * px + t1];
                    // Four sources per pass over the tile: one load and one store of the
                    // sums for every four products, instead of one each per product.
                    let mut j = 0;
                    while j + 4 <= layer.n_in {
                        let w = [row[j], row[j + 1], row[j + 2], row[j + 3]].map(|w| w as f32);
                        let (a, b, c, d) = (src(j), src(j + 1), src(j + 2), src(j + 3));
                        for ((((o, a), b), c), d) in out.iter_mut().zip(a).zip(b).zip(c).zip(d) {
                            *o += (w[0] * a + w[1] * b) + (w[2] * c + w[3] * d);
                        }
                        j += 4;
                    }
                    for (j, &w) in row.iter().enumerate().skip(j) {
                        let w = w as f32;
                        for (o, a) in out.iter_mut().zip(src(j)) {
                            *o += w * a;
                        }
                    }
                    activate(layer.activation, out);
                }
            }
            let outputs = self.layer_start[self.sizes.len() - 1];
            head_transform(net.head(), &mut self.values[outputs..], px, t0, t1);
        }
    }

    /// The image of node `index` of layer `layer` (layer 0 = inputs, last = output).
    pub fn node(&self, layer: usize, index: usize) -> &[f32] {
        let px = self.n * self.n;
        let start = self.layer_start[layer] + index * px;
        &self.values[start..start + px]
    }

    /// The output node's image.
    pub fn output(&self) -> &[f32] {
        self.node(self.sizes.len() - 1, 0)
    }

    /// Every output node's image, one after another (for a softmax head: the class
    /// probabilities).
    pub fn output_layer(&self) -> &[f32] {
        &self.values[self.layer_start[self.sizes.len() - 1]..]
    }

    /// Node counts per layer of the last computed network.
    pub fn sizes(&self) -> &[usize] {
        &self.sizes
    }
}

/// A feature's own image over an n×n grid (for the feature thumbnails).
pub fn feature_image(feature: Feature, n: usize) -> Vec<f32> {
    let (xs, ys) = coordinates(n);
    ys.iter()
        .flat_map(|&y| xs.iter().map(move |&x| feature.eval(x, y) as f32))
        .collect()
}

/// Puts the output layer's pixels `t0..t1` on the scale the map shows: a sigmoid's p as
/// 2p − 1 (the original's −1 … 1), a softmax's logits as class probabilities.
fn head_transform(head: Head, outputs: &mut [f32], px: usize, t0: usize, t1: usize) {
    match head {
        Head::Squared(_) => {}
        Head::Logistic => outputs[t0..t1].iter_mut().for_each(|v| *v = 2.0 * *v - 1.0),
        Head::Softmax(_) => {
            let k = outputs.len() / px.max(1);
            for p in t0..t1 {
                let mut max = f32::NEG_INFINITY;
                for c in 0..k {
                    max = max.max(outputs[c * px + p]);
                }
                let mut sum = 0.0;
                for c in 0..k {
                    let e = exp32(outputs[c * px + p] - max);
                    outputs[c * px + p] = e;
                    sum += e;
                }
                for c in 0..k {
                    outputs[c * px + p] /= sum;
                }
            }
        }
    }
}

/// Applies `act` to a whole image, choosing the function once so the loop vectorises.
fn activate(act: Activation, values: &mut [f32]) {
    match act {
        Activation::Tanh => values.iter_mut().for_each(|v| *v = tanh32(*v)),
        Activation::Sigmoid => values.iter_mut().for_each(|v| *v = sigmoid32(*v)),
        Activation::Relu => values.iter_mut().for_each(|v| {
            // NaN stays NaN, as in the exact function.
            *v = if *v > 0.0 || v.is_nan() { *v } else { 0.0 }
        }),
        Activation::Linear => {}
        // Ours: exact in f64, one value at a time (fast enough for a picture).
        other => values
            .iter_mut()
            .for_each(|v| *v = other.apply(f64::from(*v)) as f32),
    }
}

/// e^x in f32 for x in about [-87, 87], branch-free: x = k·ln2 + r, |r| ≤ ln2/2, e^r by
/// its Taylor polynomial to degree 6 (relative error below 2e-7), times 2^k through the
/// exponent bits. Comparisons instead of clamp: on wasm clamp becomes fminf/fmaxf calls.
#[inline]
fn exp32(x: f32) -> f32 {
    #[allow(clippy::manual_clamp)]
    let x = if x < -87.0 {
        -87.0
    } else if x > 87.0 {
        87.0
    } else {
        x
    };
    // Adding 1.5·2^23 rounds to an integer and leaves it in the low mantissa bits.
    const SHIFT: f32 = 12_582_912.0;
    let shifted = x * std::f32::consts::LOG2_E + SHIFT;
    let k = shifted - SHIFT;
    // ln 2 split in two so k·ln2 stays exact enough for large |k|.
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    let r2 = r * r;
    let p = (1.0 + r)
        + r2 * ((0.5 + r * (1.0 / 6.0))
            + r2 * ((1.0 / 24.0 + r * (1.0 / 120.0)) + r2 * (1.0 / 720.0)));
    let bits = (shifted.to_bits().wrapping_add(127)) << 23;
    p * f32::from_bits(bits)
}

/// tanh for pictures: 1 - 2 / (e^(2|z|) + 1) with the sign of z; exactly ±1 past 10.
#[inline]
fn tanh32(z: f32) -> f32 {
    let a = z.abs();
    let a = if a > 10.0 { 10.0 } else { a };
    let t = (1.0 - 2.0 / (exp32(2.0 * a) + 1.0)).copysign(z);
    if z.is_nan() {
        z
    } else {
        t
    }
}

/// The logistic function for pictures.
#[inline]
fn sigmoid32(z: f32) -> f32 {
    let s = 1.0 / (1.0 + exp32(-z));
    if z.is_nan() {
        z
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activation::Activation;
    use crate::features::fill_inputs;
    use crate::loss::Loss;
    use crate::network::NetworkSpec;
    use crate::rng::SeedRandom;

    #[test]
    fn display_functions_are_close_to_the_exact_ones() {
        let mut worst = 0.0f64;
        let mut z = -30.0f64;
        while z < 30.0 {
            let zf = z as f32;
            let zd = f64::from(zf);
            worst = worst.max((f64::from(tanh32(zf)) - zd.tanh()).abs());
            worst = worst.max((f64::from(sigmoid32(zf)) - 1.0 / (1.0 + (-zd).exp())).abs());
            z += 0.0007;
        }
        assert!(worst < 1e-6, "worst {worst:e}");
        assert!(tanh32(f32::NAN).is_nan() && sigmoid32(f32::NAN).is_nan());
        assert_eq!((tanh32(1e30), tanh32(-1e30)), (1.0, -1.0));
        assert!(sigmoid32(-1e30) < 1e-30 && sigmoid32(1e30) == 1.0);
        for x in [-80.0f32, -5.0, 0.0, 1.0, 30.0, 80.0] {
            let rel = (f64::from(exp32(x)) / f64::from(x).exp() - 1.0).abs();
            assert!(rel < 1e-6, "e^{x}: {rel:e}");
        }
    }

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
            &NetworkSpec::original(
                features.len(),
                vec![5, 3],
                Activation::Tanh,
                Head::Squared(Activation::Tanh),
            ),
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
                assert!((f64::from(grid.output()[j * 20 + i]) - out).abs() < 1e-5);
                let h = net.layers()[0].outputs()[2];
                assert!((f64::from(grid.node(1, 2)[j * 20 + i]) - h).abs() < 1e-5);
                assert_eq!(grid.node(0, 2)[j * 20 + i], x.sin() as f32);
            }
        }
        assert_eq!(feature_image(Feature::Y, 20)[0], 6.0);
        // Same shape, other features: the input images follow.
        let other = [Feature::Y, Feature::X, Feature::SinY, Feature::XSquared];
        grid.compute(&net, &other);
        assert_eq!(grid.node(0, 0), feature_image(Feature::Y, 20));
        assert_eq!(grid.node(0, 3), feature_image(Feature::XSquared, 20));
        // And a resolution that is not a whole number of tiles is computed to the end.
        let mut odd = Grid::new(37);
        odd.compute(&net, &features);
        let (xs, ys) = coordinates(37);
        fill_inputs(&features, xs[36], ys[36], &mut input);
        let out = net.forward(&input);
        assert!((f64::from(*odd.output().last().unwrap()) - out).abs() < 1e-5);
        let mut relu = [-1.0f32, 0.5, f32::NAN];
        activate(Activation::Relu, &mut relu);
        assert_eq!(relu[..2], [0.0, 0.5]);
        assert!(relu[2].is_nan());
    }

    #[test]
    fn the_output_map_shows_probabilities_and_the_sigmoids_scale() {
        let features = [Feature::X, Feature::Y];
        for (head, outputs) in [(Head::Softmax(Loss::CrossEntropy), 4), (Head::Logistic, 1)] {
            let mut rng = SeedRandom::new("heads");
            let spec = NetworkSpec {
                outputs,
                ..NetworkSpec::original(2, vec![3], Activation::Gelu, head)
            };
            let mut net = Network::new(&spec, &mut rng);
            let mut grid = Grid::new(9);
            grid.compute(&net, &features);
            let (xs, ys) = coordinates(9);
            for (j, &y) in ys.iter().enumerate() {
                for (i, &x) in xs.iter().enumerate() {
                    net.forward(&[x, y]);
                    let px = j * 9 + i;
                    if outputs == 1 {
                        let shown = 2.0 * net.output() - 1.0;
                        assert!((f64::from(grid.output()[px]) - shown).abs() < 1e-5);
                    } else {
                        for k in 0..outputs {
                            let p = net.probabilities()[k];
                            assert!((f64::from(grid.node(2, k)[px]) - p).abs() < 1e-5);
                        }
                    }
                }
            }
        }
    }
}
