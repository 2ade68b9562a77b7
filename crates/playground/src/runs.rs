//! Earlier runs: when a run that trained ends (Reset, New weights, a change that starts
//! the network over, another link), its link, loss history and final numbers are kept,
//! so the loss chart can draw them faintly under the current run and a table can compare
//! them (the "alchemy" of the same network from several seeds). The last [`KEPT`] stay.

use std::rc::Rc;

use nn_core::history::LossHistory;
use nn_core::{hash, Config, Session};

/// How many earlier runs are kept.
pub const KEPT: usize = 6;

/// One finished run.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Its number since the page opened (1 for the first kept).
    pub number: u64,
    /// Its link: opening it starts the same run from epoch 0.
    pub link: String,
    /// Its configuration, for the table's summary.
    pub config: Config,
    /// Its losses over the epochs.
    pub history: LossHistory,
    /// Epochs trained.
    pub epoch: u64,
    /// Final training loss.
    pub train_loss: f64,
    /// Final test loss.
    pub test_loss: f64,
    /// Final test accuracy (classification).
    pub test_accuracy: Option<f64>,
}

impl Run {
    /// The run `session` has made so far.
    pub fn of(session: &Session, number: u64) -> Self {
        Run {
            number,
            link: hash::write(session.config()),
            config: session.config().clone(),
            history: session.history().clone(),
            epoch: session.epoch(),
            train_loss: session.train_loss(),
            test_loss: session.test_loss(),
            test_accuracy: session.test_accuracy(),
        }
    }
}

/// The earlier runs after `ended` (which trained at least one epoch) is added: the
/// newest last, at most [`KEPT`].
pub fn keep(runs: &Rc<[Run]>, ended: &Session) -> Rc<[Run]> {
    let number = runs.last().map_or(1, |r| r.number + 1);
    let start = (runs.len() + 1).saturating_sub(KEPT);
    runs[start..]
        .iter()
        .cloned()
        .chain(std::iter::once(Run::of(ended, number)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trained(link: &str, epochs: u64) -> Session {
        let mut s = Session::new(hash::parse(link).config, || unreachable!());
        s.step_many(epochs);
        s
    }

    #[test]
    fn the_last_runs_are_kept_newest_last() {
        let mut runs: Rc<[Run]> = Rc::from([]);
        for k in 0..8 {
            runs = keep(&runs, &trained(&format!("seed=r{k}"), 3));
        }
        assert_eq!(runs.len(), KEPT);
        assert_eq!(runs.first().map(|r| r.number), Some(3));
        assert_eq!(runs.last().map(|r| r.number), Some(8));
        let last = runs.last().unwrap();
        assert!(last.link.contains("seed=r7"), "{}", last.link);
        assert_eq!(last.epoch, 3);
        assert_eq!(last.history.len(), 2);
    }
}
