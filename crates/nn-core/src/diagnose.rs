//! Training that goes wrong without blowing up, recognised from the statistics and the
//! losses, so the page can say why and what to try (divergence, a NaN loss, is the
//! session's own [`crate::Session::diverged`]).

use crate::data::Point;
use crate::loss::{Head, Loss};
use crate::session::Session;
use crate::stats::StatsHistory;

/// Epochs before "no better than guessing" is said: a fresh network starts there.
pub const PATIENCE: u64 = 20;
/// Share of the hidden ReLUs that must be dead for "most are dead".
const MOSTLY: f64 = 0.5;
/// First layer's gradient below this share of the last's: vanishing gradients.
pub const VANISHING: f64 = 0.01;
/// Recorded points in a row that must show vanishing gradients before it is said.
const VANISHING_POINTS: usize = 5;
/// Epochs without progress before "no progress" is said.
pub const STALL_EPOCHS: u64 = 300;
/// Lowering the best training loss by less than this share counts as no progress.
const PROGRESS: f64 = 0.01;
/// A training loss under this share of the constant guess's is good enough that a
/// pause in its fall is no trouble.
const GOOD_ENOUGH: f64 = 0.2;

/// What is wrong with a run that still has finite losses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Trouble {
    /// More than half of the hidden ReLUs are dead.
    MostlyDead {
        /// Dead hidden neurons.
        dead: usize,
        /// Hidden neurons that could die.
        of: usize,
    },
    /// After [`PATIENCE`] epochs the training loss is no lower than what always giving
    /// the same answer scores.
    NoBetterThanGuessing {
        /// The training loss.
        loss: f64,
        /// The best constant answer's loss on the training points.
        guess: f64,
        /// The likely reason.
        cause: Cause,
    },
    /// The training loss has not fallen for [`STALL_EPOCHS`] epochs while still far from
    /// good.
    Stalled {
        /// Epochs since the best training loss last fell clearly.
        epochs: u64,
        /// The training loss.
        loss: f64,
        /// The best constant answer's loss on the training points.
        guess: f64,
        /// The likely reason.
        cause: StallCause,
    },
}

/// Why a run stopped improving, as far as the settings tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StallCause {
    /// A learning rate under 0.01: the steps are tiny.
    SmallSteps,
    /// L1 or L2 at a rate of 0.03 or more holds the weights down.
    StrongRegularization,
    /// Nothing in the settings: the network may be too small for the data.
    Capacity,
}

/// Why a run learns nothing, as far as the numbers tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// A learning rate of 1 or more: the steps overshoot.
    LargeSteps,
    /// The first layer's gradient is under [`VANISHING`] of the last's (Sigmoid in a deep
    /// network, typically).
    VanishingGradients,
    /// Nothing the numbers single out.
    Unclear,
}

/// The loss of the best constant answer on `points` under `head`: what a network that
/// learned nothing about the inputs can still reach. `classes` counts a multi-class
/// problem's classes. NaN without points.
pub fn guess_loss(head: Head, points: &[Point], classes: usize) -> f64 {
    let n = points.len() as f64;
    if points.is_empty() {
        return f64::NAN;
    }
    let labels = points.iter().map(|p| p.target.label());
    match head {
        // The mean label, and half the variance around it.
        Head::Squared(_) => {
            let mean = labels.clone().sum::<f64>() / n;
            0.5 * labels.map(|y| (y - mean) * (y - mean)).sum::<f64>() / n
        }
        // The share of positives, and its entropy.
        Head::Logistic => {
            let p = labels.filter(|&y| y > 0.0).count() as f64 / n;
            entropy(&[p, 1.0 - p])
        }
        Head::Softmax(loss) => {
            let mut counts = vec![0usize; classes.max(1)];
            for p in points {
                let k = p.target.class().unwrap_or(0).min(counts.len() - 1);
                counts[k] += 1;
            }
            let shares: Vec<f64> = counts.iter().map(|&c| c as f64 / n).collect();
            match loss {
                Loss::CrossEntropy => entropy(&shares),
                Loss::SquaredError => 0.5 * (1.0 - shares.iter().map(|f| f * f).sum::<f64>()),
            }
        }
    }
}

/// −Σ p ln p, natural log, 0 ln 0 = 0.
fn entropy(shares: &[f64]) -> f64 {
    -shares
        .iter()
        .filter(|&&p| p > 0.0)
        .map(|&p| p * p.ln())
        .sum::<f64>()
}

/// What is wrong with `session`'s run now, the most telling first; `None` when nothing
/// is (or when it diverged, which the page reports on its own).
pub fn diagnose(session: &Session) -> Option<Trouble> {
    if session.diverged() {
        return None;
    }
    let net = session.network();
    let stats = session.stats();
    let (dead, of) = stats.dead_hidden(net);
    if of >= 2 && dead as f64 > MOSTLY * of as f64 {
        return Some(Trouble::MostlyDead { dead, of });
    }
    if session.epoch() < PATIENCE {
        return None;
    }
    let config = session.config();
    let guess = guess_loss(config.head(), session.train_points(), config.class_count());
    let loss = session.train_loss();
    // A hair of slack: a network stuck at the guess wobbles around it. (Not finite:
    // no points to guess from.)
    let stuck = guess.is_finite() && loss >= guess * 0.99;
    if !stuck {
        return stalled(session, guess);
    }
    let gradients: Vec<f64> = stats.layers.iter().map(|l| l.mean_abs_gradient).collect();
    let vanishing = match (gradients.first(), gradients.last()) {
        (Some(&first), Some(&last)) if gradients.len() >= 3 && last > 0.0 => {
            first < VANISHING * last
        }
        _ => false,
    };
    let cause = if config.learning_rate >= 1.0 {
        Cause::LargeSteps
    } else if vanishing {
        Cause::VanishingGradients
    } else {
        Cause::Unclear
    };
    Some(Trouble::NoBetterThanGuessing { loss, guess, cause })
}

/// [`Trouble::Stalled`] if the training loss's best has not fallen clearly for
/// [`STALL_EPOCHS`] epochs and is still above [`GOOD_ENOUGH`] of `guess`.
fn stalled(session: &Session, guess: f64) -> Option<Trouble> {
    let now = session.epoch();
    let loss = session.train_loss();
    let far_from_good = loss > GOOD_ENOUGH * guess;
    if now < STALL_EPOCHS || !far_from_good {
        return None;
    }
    let since = now - STALL_EPOCHS;
    let (mut before, mut after) = (f64::INFINITY, f64::INFINITY);
    for p in session.history().points().filter(|p| p.train.is_finite()) {
        let best = if p.epoch <= since {
            &mut before
        } else {
            &mut after
        };
        *best = best.min(p.train);
    }
    if !before.is_finite() || after < before * (1.0 - PROGRESS) {
        return None;
    }
    let config = session.config();
    let regularized = config.regularization != crate::Regularization::None;
    let cause = if config.learning_rate < 0.01 {
        StallCause::SmallSteps
    } else if regularized && config.regularization_rate >= 0.03 {
        StallCause::StrongRegularization
    } else {
        StallCause::Capacity
    };
    Some(Trouble::Stalled {
        epochs: STALL_EPOCHS,
        loss,
        guess,
        cause,
    })
}

/// The first layer's gradient over the last's, when it has been under [`VANISHING`] for
/// the last few records (a network of at least two hidden layers): vanishing gradients.
pub fn vanishing(history: &StatsHistory) -> Option<f64> {
    let ratios: Vec<f64> = history
        .points()
        .filter_map(|p| {
            let (first, last) = (p.layers.first()?, p.layers.last()?);
            let (a, b) = (first.mean_abs_gradient, last.mean_abs_gradient);
            (p.layers.len() >= 3 && b > 0.0 && a.is_finite()).then(|| a / b)
        })
        .collect();
    let recent = ratios.get(ratios.len().checked_sub(VANISHING_POINTS)?..)?;
    recent
        .iter()
        .all(|&r| r < VANISHING)
        .then(|| recent[recent.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activation::Activation;
    use crate::hash;
    use crate::loss::Target;

    fn point(target: Target) -> Point {
        Point {
            x: 0.0,
            y: 0.0,
            target,
        }
    }

    #[test]
    fn the_constant_guess_scores_what_the_formulas_say() {
        let balanced = [
            point(Target::Binary(true)),
            point(Target::Binary(false)),
            point(Target::Binary(true)),
            point(Target::Binary(false)),
        ];
        // Labels ±1, mean 0: half of a variance of 1.
        assert_eq!(
            guess_loss(Head::Squared(Activation::Tanh), &balanced, 2),
            0.5
        );
        assert!((guess_loss(Head::Logistic, &balanced, 2) - 2f64.ln()).abs() < 1e-15);
        let three = [
            point(Target::Class(0)),
            point(Target::Class(1)),
            point(Target::Class(2)),
        ];
        let ce = guess_loss(Head::Softmax(Loss::CrossEntropy), &three, 3);
        assert!((ce - 3f64.ln()).abs() < 1e-15);
        let sq = guess_loss(Head::Softmax(Loss::SquaredError), &three, 3);
        assert!((sq - 0.5 * (1.0 - 1.0 / 3.0)).abs() < 1e-15);
        let values = [point(Target::Value(1.0)), point(Target::Value(3.0))];
        assert_eq!(
            guess_loss(Head::Squared(Activation::Linear), &values, 0),
            0.5
        );
        assert!(guess_loss(Head::Logistic, &[], 2).is_nan());
    }

    fn trained(link: &str, epochs: u64) -> Session {
        let mut s = Session::new(hash::parse(link).config, || unreachable!());
        s.step_many(epochs);
        s
    }

    #[test]
    fn a_healthy_run_has_no_trouble() {
        assert_eq!(diagnose(&trained("seed=ok", 100)), None);
        assert_eq!(diagnose(&trained("seed=ok&activation=relu", 100)), None);
    }

    #[test]
    fn learning_rate_10_is_named() {
        // The case: ReLU at learning rate 10 kills neurons and sits near loss 1.
        let relu = trained(
            "seed=dead&activation=relu&learningRate=10&networkShape=8,8",
            30,
        );
        let found = diagnose(&relu);
        let named = match found {
            Some(Trouble::MostlyDead { of, .. }) => of == 16,
            Some(Trouble::NoBetterThanGuessing { cause, .. }) => cause == Cause::LargeSteps,
            _ => false,
        };
        assert!(named, "{found:?}");
        let relu = trained(
            "seed=relu&activation=relu&learningRate=3&networkShape=8,8",
            30,
        );
        assert_eq!(
            diagnose(&relu),
            Some(Trouble::MostlyDead { dead: 10, of: 16 })
        );
        // Tanh cannot die, and learns nothing either.
        let tanh = trained(
            "seed=sat&activation=tanh&learningRate=10&networkShape=6,6",
            30,
        );
        match diagnose(&tanh) {
            Some(Trouble::NoBetterThanGuessing { loss, guess, cause }) => {
                assert!(loss >= guess * 0.99, "{loss} {guess}");
                assert_eq!(cause, Cause::LargeSteps);
            }
            other => panic!("{other:?}"),
        }
    }

    /// Trained in slices of 50 epochs, as the page records them.
    fn sliced(link: &str, epochs: u64) -> Session {
        let mut s = Session::new(hash::parse(link).config, || unreachable!());
        while s.epoch() < epochs {
            s.step_many(50);
        }
        s
    }

    #[test]
    fn a_run_that_stops_improving_is_named_with_its_cause() {
        // Tiny steps on the spiral: the loss creeps.
        let slow = sliced(
            "seed=slow&dataset=spiral&learningRate=0.0001&networkShape=2",
            400,
        );
        match diagnose(&slow) {
            Some(Trouble::Stalled { cause, .. }) => assert_eq!(cause, StallCause::SmallSteps),
            Some(Trouble::NoBetterThanGuessing { .. }) => {}
            other => panic!("{other:?}"),
        }
        // A too-small network on the spiral: stuck, with ordinary settings.
        let small = sliced(
            "seed=small&dataset=spiral&learningRate=0.03&networkShape=1",
            1500,
        );
        assert!(
            matches!(
                diagnose(&small),
                Some(Trouble::Stalled {
                    cause: StallCause::Capacity,
                    ..
                })
            ),
            "{:?} at loss {}",
            diagnose(&small),
            small.train_loss()
        );
        // A network that learned its data is not stalled, however flat its curve.
        assert_eq!(diagnose(&sliced("seed=fine&networkShape=4,2", 800)), None);
    }

    #[test]
    fn vanishing_gradients_need_a_few_records_in_a_row() {
        let mut s = Session::new(
            hash::parse("seed=v&activation=sigmoid&networkShape=8,8,8,8,8,8").config,
            || unreachable!(),
        );
        assert_eq!(
            vanishing(s.stats_history()),
            None,
            "one record is not a while"
        );
        for _ in 0..6 {
            s.step();
        }
        let ratio = vanishing(s.stats_history()).expect("deep sigmoid vanishes");
        assert!(ratio < VANISHING, "{ratio}");
        let mut t = Session::new(
            hash::parse("seed=v&networkShape=4,4").config,
            || unreachable!(),
        );
        for _ in 0..6 {
            t.step();
        }
        assert_eq!(vanishing(t.stats_history()), None);
    }

    #[test]
    fn deep_sigmoid_that_learns_nothing_is_blamed_on_vanishing_gradients() {
        let s = trained(
            "seed=vanish&activation=sigmoid&dataset=xor&networkShape=8,8,8,8,8,8&learningRate=0.03",
            40,
        );
        match diagnose(&s) {
            Some(Trouble::NoBetterThanGuessing { cause, .. }) => {
                assert_eq!(cause, Cause::VanishingGradients)
            }
            other => panic!("{other:?}"),
        }
    }
}
