//! What the network diagram can change and point at: the editor's limits on the hidden
//! layers, the shape edits, and the ids of nodes, weights and biases.
//!
//! Pure: the reducer applies these to the session, the views draw them.

use nn_core::{Feature, Network, Session};

/// Most hidden layers the editor builds (a link may ask for more; then only Remove works).
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// Most neurons per layer the editor builds (a link may ask for more, as above).
pub const MAX_NEURONS: usize = 16;
/// Fewest neurons a hidden layer keeps.
pub const MIN_NEURONS: usize = 1;
/// Neurons in a newly added layer (the original's choice).
pub const NEW_LAYER_NEURONS: usize = 2;

/// One press of a +/− button of the hidden-layer editor. Layers count from 0 here and
/// from 1 on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeEdit {
    /// Append a layer of [`NEW_LAYER_NEURONS`].
    AddLayer,
    /// Drop the last layer.
    RemoveLayer,
    /// One more neuron in a layer.
    AddNeuron(usize),
    /// One neuron fewer in a layer.
    RemoveNeuron(usize),
}

impl ShapeEdit {
    /// Whether the edit can be made to `shape` (its button is disabled otherwise).
    pub fn allowed(self, shape: &[usize]) -> bool {
        match self {
            ShapeEdit::AddLayer => shape.len() < MAX_HIDDEN_LAYERS,
            ShapeEdit::RemoveLayer => !shape.is_empty(),
            ShapeEdit::AddNeuron(l) => shape.get(l).is_some_and(|&n| n < MAX_NEURONS),
            ShapeEdit::RemoveNeuron(l) => shape.get(l).is_some_and(|&n| n > MIN_NEURONS),
        }
    }

    /// Makes the edit; returns false, changing nothing, when it is not allowed.
    pub fn apply(self, shape: &mut Vec<usize>) -> bool {
        if !self.allowed(shape) {
            return false;
        }
        match self {
            ShapeEdit::AddLayer => shape.push(NEW_LAYER_NEURONS),
            ShapeEdit::RemoveLayer => {
                shape.pop();
            }
            ShapeEdit::AddNeuron(l) => shape[l] += 1,
            ShapeEdit::RemoveNeuron(l) => shape[l] -= 1,
        }
        true
    }
}

/// A node of the diagram, which the big heatmap can show in place of the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeId {
    /// An input feature (switched on or not).
    Feature(Feature),
    /// A computed node: `layer` counts the grid's way (1 = first hidden layer, the
    /// last = the output), `index` from 0.
    Neuron {
        /// Grid layer (≥ 1).
        layer: usize,
        /// Node within the layer.
        index: usize,
    },
}

/// An editable number of the network. `layer` counts the engine's way: 0 is the first
/// layer after the inputs (the first hidden layer, or the output if there is none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    /// The weight of the link `src → dest` into `layer`.
    Weight {
        /// Engine layer of the destination.
        layer: usize,
        /// Destination node.
        dest: usize,
        /// Source node in the layer before.
        src: usize,
    },
    /// The bias of `node` in `layer`.
    Bias {
        /// Engine layer.
        layer: usize,
        /// Node within the layer.
        node: usize,
    },
}

impl Param {
    /// The current value, if the network has this parameter.
    pub fn value(self, net: &Network) -> Option<f64> {
        match self {
            Param::Weight { layer, dest, src } => {
                let l = net.layers().get(layer)?;
                (dest < l.n_out && src < l.n_in).then(|| l.weights[dest * l.n_in + src])
            }
            Param::Bias { layer, node } => net.layers().get(layer)?.biases.get(node).copied(),
        }
    }

    /// Whether L1 has frozen this link at 0 (never true for a bias).
    pub fn is_dead(self, net: &Network) -> bool {
        match self {
            Param::Weight { layer, dest, src } => net
                .layers()
                .get(layer)
                .is_some_and(|l| dest < l.n_out && src < l.n_in && l.dead[dest * l.n_in + src]),
            Param::Bias { .. } => false,
        }
    }

    /// Writes `value` and recomputes the losses; false (nothing changed) for a
    /// parameter the network lacks or a value that is not finite.
    pub fn set(self, session: &mut Session, value: f64) -> bool {
        match self {
            Param::Weight { layer, dest, src } => session.set_weight(layer, dest, src, value),
            Param::Bias { layer, node } => session.set_bias(layer, node, value),
        }
    }
}

/// Reads a typed number: surrounding spaces, a leading `+`, a typographic minus (−),
/// thousands separators and a decimal comma are accepted; anything that is not a finite
/// number is refused. A comma separates thousands when the text also has a point, when
/// there are several commas, or when one comma follows 1–3 leading digits (not a lone 0)
/// and precedes exactly three: `1,000` and `1,000,000` are whole numbers, `1,5` and
/// `0,001` have a decimal comma.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let thousands = text.contains(',') && {
        let commas = text.matches(',').count();
        let (head, tail) = text.split_once(',').unwrap_or((text, ""));
        let head_digits = head.trim_start_matches(['+', '-', '−', '–']);
        text.contains('.')
            || commas > 1
            || (tail.len() == 3
                && tail.chars().all(|c| c.is_ascii_digit())
                && (1..=3).contains(&head_digits.len())
                && head_digits != "0")
    };
    let cleaned: String = text
        .chars()
        .filter(|&c| !(thousands && c == ','))
        .map(|c| match c {
            '−' | '–' => '-',
            ',' => '.',
            c => c,
        })
        .collect();
    // Rust also reads "inf" and "NaN"; only plain decimal numbers are wanted.
    let plain = cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    if !plain {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A value with two significant digits and a true minus sign, as the hover card shows
/// it (`0.23`, `−0.10`, `1.5`, `12`, `340`); never in exponent form.
pub fn two_digits(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "∞" } else { "−∞" }.into();
    }
    if v == 0.0 {
        return "0".into();
    }
    if v.abs() < 1e-6 || v.abs() >= 1e6 {
        return format!("{v:.1e}").replace('-', "−");
    }
    let magnitude = v.abs().log10().floor() as i32;
    let decimals = (1 - magnitude).max(0) as usize;
    let mut s = format!("{:.*}", decimals, v.abs());
    // Rounding may carry into a new digit (0.0996 → "0.100"): drop the extra one.
    let digits = |s: &str| {
        let significant = s.trim_start_matches(['0', '.']);
        significant.chars().filter(char::is_ascii_digit).count()
    };
    if decimals > 0 && digits(&s) > 2 {
        s = format!("{:.*}", decimals - 1, v.abs());
    }
    if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        s.insert(0, '−');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, AppState};
    use nn_core::hash;
    use std::rc::Rc;
    use yew::Reducible;

    #[test]
    fn shape_edits_respect_the_limits() {
        let mut shape = vec![4, 2];
        assert!(ShapeEdit::AddLayer.apply(&mut shape));
        assert_eq!(shape, vec![4, 2, 2]);
        assert!(ShapeEdit::AddNeuron(0).apply(&mut shape));
        assert_eq!(shape, vec![5, 2, 2]);
        assert!(ShapeEdit::RemoveNeuron(1).apply(&mut shape));
        assert!(
            !ShapeEdit::RemoveNeuron(1).apply(&mut shape),
            "1 is the minimum"
        );
        assert!(!ShapeEdit::AddNeuron(7).apply(&mut shape), "no such layer");
        let mut full = vec![MAX_NEURONS; MAX_HIDDEN_LAYERS];
        assert!(!ShapeEdit::AddLayer.apply(&mut full));
        assert!(!ShapeEdit::AddNeuron(3).apply(&mut full));
        assert!(ShapeEdit::RemoveNeuron(3).apply(&mut full));
        let mut none = vec![];
        assert!(!ShapeEdit::RemoveLayer.apply(&mut none));
        assert!(ShapeEdit::AddLayer.apply(&mut none));
        assert_eq!(none, vec![NEW_LAYER_NEURONS]);
    }

    #[test]
    fn shapes_from_links_beyond_the_limits_can_shrink() {
        let mut shape = vec![20; 9];
        assert!(!ShapeEdit::AddLayer.allowed(&shape));
        assert!(!ShapeEdit::AddNeuron(0).allowed(&shape));
        assert!(ShapeEdit::RemoveNeuron(0).apply(&mut shape));
        assert!(ShapeEdit::RemoveLayer.apply(&mut shape));
        assert_eq!(shape.len(), 8);
    }

    #[test]
    fn params_read_and_write_the_network() {
        let mut s = Session::new(hash::parse("seed=p").config, String::new);
        let w = Param::Weight {
            layer: 1,
            dest: 1,
            src: 3,
        };
        assert_eq!(
            w.value(s.network()),
            Some(s.network().layers()[1].weights[7])
        );
        let loss = s.train_loss();
        assert!(w.set(&mut s, 2.5));
        assert_eq!(w.value(s.network()), Some(2.5));
        assert_ne!(s.train_loss(), loss);
        let out_bias = Param::Bias { layer: 2, node: 0 };
        assert!(out_bias.set(&mut s, -0.4));
        assert_eq!(out_bias.value(s.network()), Some(-0.4));
        assert!(!w.is_dead(s.network()));
        let missing = Param::Weight {
            layer: 1,
            dest: 2,
            src: 0,
        };
        assert_eq!(missing.value(s.network()), None);
        assert!(!missing.set(&mut s, 1.0));
        assert!(!w.set(&mut s, f64::INFINITY));
    }

    fn reduce(hash: &str, actions: impl IntoIterator<Item = Action>) -> Rc<AppState> {
        let mut s = Rc::new(AppState::from_hash(hash, || unreachable!()));
        for a in actions {
            s = s.reduce(a);
        }
        s
    }

    #[test]
    fn toggling_a_feature_starts_over() {
        let s = reduce(
            "seed=f",
            [
                Action::Play,
                Action::Tick,
                Action::Highlight(Some(NodeId::Feature(Feature::X))),
                Action::ToggleFeature(Feature::XSquared),
            ],
        );
        assert_eq!(s.session.epoch(), 0);
        assert!(!s.playing);
        assert_eq!(s.highlight, None);
        assert_eq!(
            s.session.features(),
            &[Feature::X, Feature::Y, Feature::XSquared]
        );
        assert_eq!(s.session.network().input_count(), 3);
        let s = reduce("seed=f", [Action::ToggleFeature(Feature::X)]);
        assert_eq!(s.session.features(), &[Feature::Y]);
    }

    #[test]
    fn shape_edits_start_over_unless_refused() {
        let s = reduce(
            "seed=s",
            [Action::Step, Action::EditShape(ShapeEdit::AddLayer)],
        );
        assert_eq!(s.config().network_shape, vec![4, 2, 2]);
        assert_eq!(s.session.network().sizes(), vec![2, 4, 2, 2, 1]);
        assert_eq!(s.session.epoch(), 0);
        let s = reduce(
            "seed=s&networkShape=16,16,16,16,16,16,16,16",
            [Action::Step, Action::EditShape(ShapeEdit::AddLayer)],
        );
        assert_eq!(s.session.epoch(), 1, "a refused edit changes nothing");
        let s = reduce(
            "seed=s",
            [Action::Step, Action::EditShape(ShapeEdit::RemoveNeuron(0))],
        );
        assert_eq!(s.config().network_shape, vec![3, 2]);
        assert_eq!(s.session.epoch(), 0);
    }

    #[test]
    fn edits_of_weights_and_biases_keep_training_where_it_was() {
        let s = reduce("seed=w", [Action::Step]);
        let (loss, version) = (s.session.train_loss(), s.network_version);
        let w = Param::Weight {
            layer: 0,
            dest: 0,
            src: 0,
        };
        let s = s.reduce(Action::SetParam(w, 3.0));
        assert_eq!(s.session.epoch(), 1);
        assert_eq!(w.value(s.session.network()), Some(3.0));
        assert_ne!(s.session.train_loss(), loss);
        assert!(s.network_version > version);
        let output_bias = Param::Bias { layer: 2, node: 0 };
        let s = s.reduce(Action::SetParam(output_bias, -1.0));
        assert_eq!(output_bias.value(s.session.network()), Some(-1.0));
        let version = s.network_version;
        let missing = Param::Bias { layer: 9, node: 0 };
        let s = s.reduce(Action::SetParam(missing, 1.0));
        let s = s.reduce(Action::SetParam(w, f64::NAN));
        assert_eq!(s.network_version, version, "refused edits change nothing");
        assert_eq!(w.value(s.session.network()), Some(3.0));
    }

    #[test]
    fn numbers_are_parsed_leniently_but_safely() {
        assert_eq!(parse_number(" 0.5 "), Some(0.5));
        assert_eq!(parse_number("−1.25"), Some(-1.25));
        assert_eq!(parse_number("+3"), Some(3.0));
        assert_eq!(parse_number("0,75"), Some(0.75));
        assert_eq!(parse_number("1e-3"), Some(0.001));
        assert_eq!(parse_number("-.5"), Some(-0.5));
        // Thousands separators, consistently.
        assert_eq!(parse_number("1,000"), Some(1000.0));
        assert_eq!(parse_number("1,000,000"), Some(1e6));
        assert_eq!(parse_number("−12,345.5"), Some(-12345.5));
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("0,001"), Some(0.001));
        assert_eq!(parse_number("1e308"), Some(1e308));
        assert_eq!(two_digits(1e308), "1.0e308");
        for bad in ["", "abc", "inf", "NaN", "1..2", "1e999", "0x10", "--1"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn two_significant_digits() {
        assert_eq!(two_digits(0.2345), "0.23");
        assert_eq!(two_digits(-0.1), "−0.10");
        assert_eq!(two_digits(1.5), "1.5");
        assert_eq!(two_digits(12.3), "12");
        assert_eq!(two_digits(345.6), "346");
        assert_eq!(two_digits(0.0996), "0.10");
        assert_eq!(two_digits(9.96), "10");
        assert_eq!(two_digits(0.00012345), "0.00012");
        assert_eq!(two_digits(0.0), "0");
        assert_eq!(two_digits(-0.0), "0");
        assert_eq!(two_digits(f64::NAN), "NaN");
        assert_eq!(two_digits(-1.04e-30), "−1.0e−30");
        assert_eq!(two_digits(2e-6), "0.0000020");
    }
}
