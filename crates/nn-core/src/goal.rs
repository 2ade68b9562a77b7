//! Goals a page can check while a student trains, for challenge links (`goal=`): each
//! condition compares one measure of the run with a number, all must hold
//! (`goal=testLoss_lt_0.1,neurons_le_6`). The comparisons are words because a link's
//! value cannot hold `=` (the original's parser, kept for parity, cuts a value there);
//! `<` and `>` are read too.

use crate::session::Session;

/// What a condition measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// The test loss.
    TestLoss,
    /// The training loss.
    TrainLoss,
    /// The test accuracy, 0–1 (classification).
    TestAccuracy,
    /// Neurons in the hidden layers.
    Neurons,
    /// The share of hidden neurons that can die and are dead, 0–1.
    DeadShare,
    /// Weights that are not exactly 0.
    NonzeroWeights,
    /// Epochs trained.
    Epochs,
    /// The test loss minus the training loss: how much the network learned by heart.
    Gap,
    /// The first layer's mean |gradient| over the output layer's, at the last record
    /// (NaN before one or without a hidden layer): small means vanishing gradients.
    GradientRatio,
}

impl Measure {
    /// Every measure, in menu order.
    pub const ALL: [Measure; 9] = [
        Measure::TestLoss,
        Measure::TrainLoss,
        Measure::TestAccuracy,
        Measure::Neurons,
        Measure::DeadShare,
        Measure::NonzeroWeights,
        Measure::Epochs,
        Measure::Gap,
        Measure::GradientRatio,
    ];

    /// Its name in a link.
    pub fn key(self) -> &'static str {
        match self {
            Measure::TestLoss => "testLoss",
            Measure::TrainLoss => "trainLoss",
            Measure::TestAccuracy => "testAccuracy",
            Measure::Neurons => "neurons",
            Measure::DeadShare => "deadShare",
            Measure::NonzeroWeights => "nonzeroWeights",
            Measure::Epochs => "epochs",
            Measure::Gap => "gap",
            Measure::GradientRatio => "gradientRatio",
        }
    }

    /// Its value in `session` now (NaN when it has none, e.g. accuracy in regression).
    pub fn of(self, session: &Session) -> f64 {
        let net = session.network();
        let hidden = &net.layers()[..net.layers().len().saturating_sub(1)];
        match self {
            Measure::TestLoss => session.test_loss(),
            Measure::TrainLoss => session.train_loss(),
            Measure::TestAccuracy => session.test_accuracy().unwrap_or(f64::NAN),
            Measure::Neurons => hidden.iter().map(|l| l.n_out).sum::<usize>() as f64,
            Measure::DeadShare => {
                let (dead, of) = session.stats().dead_hidden(net);
                if of == 0 {
                    0.0
                } else {
                    dead as f64 / of as f64
                }
            }
            Measure::NonzeroWeights => net
                .layers()
                .iter()
                .flat_map(|l| &l.weights)
                .filter(|&&w| w != 0.0)
                .count() as f64,
            Measure::Epochs => session.epoch() as f64,
            Measure::Gap => session.test_loss() - session.train_loss(),
            Measure::GradientRatio => session
                .stats_history()
                .points()
                .last()
                .and_then(|p| {
                    let (first, last) = (p.layers.first()?, p.layers.last()?);
                    (p.layers.len() >= 2 && last.mean_abs_gradient > 0.0)
                        .then(|| first.mean_abs_gradient / last.mean_abs_gradient)
                })
                .unwrap_or(f64::NAN),
        }
    }
}

/// How a measure is compared with the goal's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compare {
    /// Below.
    Below,
    /// At most.
    AtMost,
    /// At least.
    AtLeast,
    /// Above.
    Above,
}

impl Compare {
    /// Every comparison, in menu order.
    pub const ALL: [Compare; 4] = [
        Compare::Below,
        Compare::AtMost,
        Compare::AtLeast,
        Compare::Above,
    ];

    /// Its word in a link.
    pub fn sign(self) -> &'static str {
        match self {
            Compare::Below => "_lt_",
            Compare::AtMost => "_le_",
            Compare::AtLeast => "_ge_",
            Compare::Above => "_gt_",
        }
    }

    /// The symbol a person may write instead (`<`, `>`; none for the other two).
    fn symbol(self) -> Option<&'static str> {
        match self {
            Compare::Below => Some("<"),
            Compare::Above => Some(">"),
            _ => None,
        }
    }

    /// Whether `value` passes against `target` (never for NaN).
    pub fn holds(self, value: f64, target: f64) -> bool {
        match self {
            Compare::Below => value < target,
            Compare::AtMost => value <= target,
            Compare::AtLeast => value >= target,
            Compare::Above => value > target,
        }
    }
}

/// One condition: `measure compare value`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Condition {
    /// What is measured.
    pub measure: Measure,
    /// How it is compared.
    pub compare: Compare,
    /// With what.
    pub value: f64,
}

impl Condition {
    /// Whether it holds in `session` now.
    pub fn holds(&self, session: &Session) -> bool {
        self.compare.holds(self.measure.of(session), self.value)
    }
}

/// A goal: every condition must hold.
pub type Goal = Vec<Condition>;

/// Reads `testLoss_lt_0.1,neurons_le_6` (or `testLoss<0.1`, the sign maybe
/// percent-encoded as browsers write it); `None` if any part is not a condition.
pub fn parse(v: &str) -> Option<Goal> {
    let v = v
        .replace("%3C", "<")
        .replace("%3c", "<")
        .replace("%3E", ">")
        .replace("%3e", ">")
        .replace("%3D", "=")
        .replace("%3d", "=");
    v.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| {
            let measure = Measure::ALL
                .into_iter()
                .find(|m| part.starts_with(m.key()))?;
            let rest = &part[measure.key().len()..];
            let (compare, sign) = Compare::ALL.into_iter().find_map(|c| {
                let signs = std::iter::once(c.sign()).chain(c.symbol());
                signs
                    .into_iter()
                    .find(|s| rest.starts_with(s))
                    .map(|s| (c, s))
            })?;
            let value: f64 = rest[sign.len()..].trim().parse().ok()?;
            value.is_finite().then_some(Condition {
                measure,
                compare,
                value,
            })
        })
        .collect::<Option<Goal>>()
        .filter(|g| !g.is_empty())
}

/// Writes a goal as [`parse`] reads it.
pub fn write(goal: &[Condition]) -> String {
    goal.iter()
        .map(|c| format!("{}{}{}", c.measure.key(), c.compare.sign(), c.value))
        .collect::<Vec<_>>()
        .join(",")
}

/// Which of several outcomes `session` shows, each given by its conditions (a lesson
/// question's choices): the first whose conditions all hold, else the first given
/// without conditions (`None`); `None` if neither.
pub fn first_met<'a>(
    outcomes: impl IntoIterator<Item = Option<&'a str>> + Clone,
    session: &Session,
) -> Option<usize> {
    let holds = |w: &str| parse(w).is_some_and(|g| met(&g, session));
    outcomes
        .clone()
        .into_iter()
        .position(|w| w.is_some_and(holds))
        .or_else(|| outcomes.into_iter().position(|w| w.is_none()))
}

/// The last epoch at which `goal` can still be met, when it bounds the epochs
/// (`epochs_le_150`: 150; `epochs_lt_150`: 149); `None` when it does not.
pub fn last_epoch(goal: &[Condition]) -> Option<u64> {
    goal.iter()
        .filter(|c| c.measure == Measure::Epochs)
        .filter_map(|c| {
            let last = match c.compare {
                Compare::AtMost => c.value.floor(),
                Compare::Below => c.value.ceil() - 1.0,
                Compare::AtLeast | Compare::Above => return None,
            };
            Some(last.max(0.0) as u64)
        })
        .min()
}

/// Whether every condition holds in `session`.
pub fn met(goal: &[Condition], session: &Session) -> bool {
    !goal.is_empty() && goal.iter().all(|c| c.holds(session))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;

    #[test]
    fn the_last_epoch_a_goal_can_be_met_at() {
        let last = |v: &str| last_epoch(&parse(v).unwrap());
        assert_eq!(last("testLoss_lt_0.02,epochs_le_150"), Some(150));
        assert_eq!(last("epochs_lt_150"), Some(149));
        assert_eq!(last("epochs_lt_150.5,epochs_le_200"), Some(150));
        assert_eq!(last("epochs_ge_300,testLoss_lt_0.1"), None);
        assert_eq!(last("epochs_lt_0"), Some(0));
    }

    #[test]
    fn goals_read_and_write_back() {
        let g = parse("testLoss%3C0.1,neurons_le_6").unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].compare, Compare::Below);
        assert_eq!(g[1].compare, Compare::AtMost);
        assert_eq!(write(&g), "testLoss_lt_0.1,neurons_le_6");
        assert_eq!(parse(&write(&g)), Some(g));
        assert_eq!(parse("testLoss<x"), None);
        assert_eq!(parse("speed>3"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn a_goal_is_met_only_when_every_condition_holds() {
        let mut s = Session::new(
            hash::parse("seed=g&networkShape=4,2").config,
            || unreachable!(),
        );
        let easy = parse("neurons_le_6,epochs_ge_0").unwrap();
        assert!(met(&easy, &s));
        let hard = parse("neurons_le_6,testLoss<0.05").unwrap();
        assert!(!met(&hard, &s));
        s.step_many(300);
        assert!(s.test_loss() < 0.05, "{}", s.test_loss());
        assert!(met(&hard, &s));
        assert!(!met(&parse("neurons<6").unwrap(), &s));
        assert_eq!(Measure::NonzeroWeights.of(&s), 18.0);
        assert!(!met(&[], &s));
        let gap = Measure::Gap.of(&s);
        assert_eq!(gap, s.test_loss() - s.train_loss());
        let ratio = Measure::GradientRatio.of(&s);
        assert!(ratio.is_finite() && ratio > 0.0, "{ratio}");
        assert_eq!(
            parse("gap_gt_0.1,gradientRatio_lt_0.01").map(|g| g.len()),
            Some(2)
        );
    }

    #[test]
    fn no_measure_name_starts_another() {
        // `parse` finds a condition's measure by prefix.
        for a in Measure::ALL {
            for b in Measure::ALL {
                assert!(a == b || !b.key().starts_with(a.key()), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_gradient_ratio_is_small_in_a_deep_sigmoid_network() {
        let mut s = Session::new(
            hash::parse("seed=v&activation=sigmoid&networkShape=8,8,8,8,8,8").config,
            || unreachable!(),
        );
        assert!(Measure::GradientRatio.of(&s).is_nan(), "no record yet");
        s.step_many(30);
        let ratio = Measure::GradientRatio.of(&s);
        assert!(ratio < 0.01, "{ratio}");
    }
}
