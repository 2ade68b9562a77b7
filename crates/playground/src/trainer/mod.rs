//! Training in a Web Worker at maximum speed, so the main thread only draws.
//!
//! - [`Trainer`]: what the worker does with the messages (pure; tested natively);
//! - [`protocol`]: the messages, as plain JS objects;
//! - [`worker`]: the worker's event loop (the `trainer` binary runs it);
//! - [`client`]: the page's handle on the worker.
//!
//! The page owns the session. When it plays at maximum speed it sends the worker its link
//! (from which the worker rebuilds the same data) and the training state; the worker
//! trains in slices of about [`SLICE_MS`] and posts its state after each; about 30 times
//! a second an animation frame adopts the latest. Any other change to the session starts a
//! new *run*: the page sends the changed state again, and progress from older runs is
//! dropped, so nothing the user does is overwritten by training that did not see it.

pub mod client;
pub mod protocol;
pub mod worker;

use nn_core::{hash, Session};

/// Training time per slice in the worker. Each slice ends with both losses (for the
/// heavy network that is as much work as an epoch and a half) and a post, so longer is
/// cheaper; the page adopts a state only about every 30 ms anyway, and a new run or a
/// stop waits for the slice to end.
pub const SLICE_MS: f64 = 25.0;

/// The worker's training run.
#[derive(Debug, Default)]
pub struct Trainer {
    session: Option<Session>,
    /// The link `session` was built from.
    link: String,
    /// The page's run number for the current state.
    run: u64,
    running: bool,
    /// Epochs per slice, adapted to [`SLICE_MS`].
    epochs: u64,
}

/// The state after a slice, for the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The run it belongs to.
    pub run: u64,
    /// [`Session::training_state`].
    pub state: Vec<f64>,
}

impl Trainer {
    /// Takes over a run: the session of `link` (rebuilt only if the link changed) in
    /// `state`, and starts training. An error (a link or state that does not fit) leaves
    /// the trainer stopped.
    pub fn start(&mut self, run: u64, link: &str, state: &[f64]) -> Result<(), String> {
        self.running = false;
        if self.session.is_none() || self.link != link {
            let parsed = hash::parse(link);
            if parsed.config.seed.is_none() {
                return Err(format!("the link has no seed: {link}"));
            }
            self.session = Some(Session::new(parsed.config, String::new));
            self.link = link.to_owned();
        }
        let session = self.session.as_mut().expect("just built");
        if !session.load_training_state(state) {
            return Err("the training state does not fit the network of the link".into());
        }
        self.run = run;
        self.running = !session.diverged();
        self.epochs = self.epochs.max(1);
        Ok(())
    }

    /// Stops training (until the next start).
    pub fn stop(&mut self) {
        self.running = false;
    }

    /// Whether a slice would train.
    pub fn running(&self) -> bool {
        self.running
    }

    /// Trains one slice, timing it with `now` (milliseconds), and returns the state to
    /// post. Stops by itself when the losses stop being finite.
    pub fn slice(&mut self, mut now: impl FnMut() -> f64) -> Option<Progress> {
        if !self.running {
            return None;
        }
        let session = self.session.as_mut()?;
        let start = now();
        session.step_many(self.epochs);
        let spent = now() - start;
        // Double while well under the slice, halve when well over.
        if spent < SLICE_MS * 0.5 {
            self.epochs = (self.epochs * 2).min(1 << 20);
        } else if spent > SLICE_MS * 1.5 {
            self.epochs = (self.epochs / 2).max(1);
        }
        if session.diverged() {
            self.running = false;
        }
        Some(Progress {
            run: self.run,
            state: session.training_state(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(link: &str) -> Session {
        Session::new(hash::parse(link).config, || unreachable!())
    }

    #[test]
    fn trains_on_from_the_state_it_was_given() {
        let mut page = session("seed=w&batchSize=3&networkShape=3,2");
        page.step_many(4);
        let link = hash::write(page.config());
        let mut t = Trainer::default();
        t.start(7, &link, &page.training_state()).unwrap();
        // A fake clock: every slice "takes" 1 ms, so the slices grow 1, 2, 4 epochs.
        let mut clock = 0.0;
        let mut epochs = Vec::new();
        for _ in 0..3 {
            let p = t.slice(|| {
                clock += 0.5;
                clock
            });
            let p = p.expect("a running trainer posts");
            assert_eq!(p.run, 7);
            epochs.push(p.state[0]);
        }
        assert_eq!(epochs, [5.0, 7.0, 11.0]);
        // The same as training on the page.
        page.step_many(7);
        let last = t.slice(|| 0.0).unwrap();
        page.step_many(8);
        assert_eq!(last.state, page.training_state());
    }

    #[test]
    fn stops_on_request_on_divergence_and_on_bad_input() {
        let mut t = Trainer::default();
        let page = session("seed=d");
        let link = hash::write(page.config());
        t.start(1, &link, &page.training_state()).unwrap();
        t.stop();
        assert!(t.slice(|| 0.0).is_none());

        let mut boom = session("seed=boom&learningRate=10&problem=regression&networkShape=8,8,8&activation=relu&batchSize=1");
        let link = hash::write(boom.config());
        t.start(2, &link, &boom.training_state()).unwrap();
        let mut last = None;
        for _ in 0..200 {
            match t.slice(|| 0.0) {
                Some(p) => last = Some(p),
                None => break,
            }
        }
        assert!(!t.running(), "a diverged run stops");
        boom.load_training_state(&last.unwrap().state);
        assert!(boom.diverged(), "and its last state shows why");

        assert!(t.start(3, &link, &[1.0, 2.0]).is_err());
        assert!(!t.running());
        assert!(t
            .start(4, "networkShape=2", &page.training_state())
            .is_err());
    }
}
