//! How a weight moves given its mean batch gradient: plain SGD (the original's), SGD with
//! momentum, and Adam. Each keeps its own state per weight and per bias.

/// The update rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OptimizerKind {
    /// w ← w − η·g (the original's).
    Sgd,
    /// v ← μ·v + g; w ← w − η·v.
    Momentum,
    /// Adam with bias correction (β₁ = 0.9, β₂ = 0.999, ε = 1e-8).
    Adam,
}

impl OptimizerKind {
    /// Every rule, in menu order.
    pub const ALL: [OptimizerKind; 3] = [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum,
        OptimizerKind::Adam,
    ];

    /// The URL name.
    pub fn key(self) -> &'static str {
        match self {
            OptimizerKind::Sgd => "sgd",
            OptimizerKind::Momentum => "momentum",
            OptimizerKind::Adam => "adam",
        }
    }

    /// The English menu label.
    pub fn label(self) -> &'static str {
        match self {
            OptimizerKind::Sgd => "SGD",
            OptimizerKind::Momentum => "Momentum",
            OptimizerKind::Adam => "Adam",
        }
    }

    /// Parses a URL name.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.key() == key)
    }

    /// How many numbers of state it keeps per weight.
    pub fn slots(self) -> usize {
        match self {
            OptimizerKind::Sgd => 0,
            OptimizerKind::Momentum => 1,
            OptimizerKind::Adam => 2,
        }
    }
}

/// Adam's decay of the mean gradient.
pub const ADAM_BETA1: f64 = 0.9;
/// Adam's decay of the mean squared gradient.
pub const ADAM_BETA2: f64 = 0.999;
/// Adam's guard against division by zero.
pub const ADAM_EPSILON: f64 = 1e-8;
/// Momentum's default μ.
pub const DEFAULT_MOMENTUM: f64 = 0.9;

/// An update rule with its settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Optimizer {
    /// The rule.
    pub kind: OptimizerKind,
    /// μ for [`OptimizerKind::Momentum`], 0–1 (default 0.9).
    pub momentum: f64,
}

impl Default for Optimizer {
    fn default() -> Self {
        Optimizer {
            kind: OptimizerKind::Sgd,
            momentum: DEFAULT_MOMENTUM,
        }
    }
}

/// Numbers that stay the same for every weight in one update: the bias corrections.
#[derive(Clone, Copy, Debug)]
pub struct UpdateStep {
    kind: OptimizerKind,
    learning_rate: f64,
    momentum: f64,
    /// 1 − β₁ᵗ and 1 − β₂ᵗ for Adam's t-th update.
    correction1: f64,
    correction2: f64,
}

impl Optimizer {
    /// The constants of update number `t` (1 for the first).
    pub fn step(&self, learning_rate: f64, t: u64) -> UpdateStep {
        // powi takes an i32; past 2^31 updates both corrections are 1 to the last bit.
        let t = t.min(i32::MAX as u64) as i32;
        UpdateStep {
            kind: self.kind,
            learning_rate,
            momentum: self.momentum,
            correction1: 1.0 - ADAM_BETA1.powi(t),
            correction2: 1.0 - ADAM_BETA2.powi(t),
        }
    }
}

impl UpdateStep {
    /// How far to move a weight against its mean gradient `g`, updating its state
    /// (`state` holds [`OptimizerKind::slots`] numbers).
    #[inline]
    pub fn delta(&self, g: f64, state: &mut [f64]) -> f64 {
        match self.kind {
            OptimizerKind::Sgd => self.learning_rate * g,
            OptimizerKind::Momentum => {
                let v = self.momentum * state[0] + g;
                state[0] = v;
                self.learning_rate * v
            }
            OptimizerKind::Adam => {
                let m = ADAM_BETA1 * state[0] + (1.0 - ADAM_BETA1) * g;
                let v = ADAM_BETA2 * state[1] + (1.0 - ADAM_BETA2) * (g * g);
                state[0] = m;
                state[1] = v;
                let m_hat = m / self.correction1;
                let v_hat = v / self.correction2;
                self.learning_rate * m_hat / (v_hat.sqrt() + ADAM_EPSILON)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adams_first_step_is_the_learning_rate_times_the_sign() {
        // m̂ = g and v̂ = g² after one update, so the step is η·g/(|g| + ε).
        let opt = Optimizer {
            kind: OptimizerKind::Adam,
            ..Optimizer::default()
        };
        let step = opt.step(0.01, 1);
        let mut s = [0.0, 0.0];
        let d = step.delta(-3.0, &mut s);
        assert!((d - (-0.01 * 3.0 / (3.0 + 1e-8))).abs() < 1e-15);
    }

    #[test]
    fn momentum_accumulates() {
        let opt = Optimizer {
            kind: OptimizerKind::Momentum,
            momentum: 0.5,
        };
        let mut s = [0.0];
        let step = opt.step(0.1, 1);
        assert_eq!(step.delta(1.0, &mut s), 0.1);
        assert_eq!(step.delta(1.0, &mut s), 0.15000000000000002);
        assert_eq!(s[0], 1.5);
        assert_eq!(OptimizerKind::Sgd.slots(), 0);
    }
}
