//! Named, timed steps whose output streams straight to the terminal.

use std::process::Command;
use std::time::{Duration, Instant};

/// Every failure is a message for a person; the step name is added by [`Steps::run`].
pub type Res<T> = Result<T, String>;

/// The steps of one `cargo xtask` run, for timing lines and the closing summary.
#[derive(Default)]
pub struct Steps {
    done: Vec<(String, Duration, bool)>,
}

impl Steps {
    /// Runs `f` as the step `name`: prints its start, its end and how long it took.
    pub fn run<T>(&mut self, name: &str, f: impl FnOnce(&mut Steps) -> Res<T>) -> Res<T> {
        eprintln!("\n==> {name}");
        let start = Instant::now();
        let result = f(self);
        let took = start.elapsed();
        match &result {
            Ok(_) => eprintln!("<== {name}: ok ({})", human(took)),
            Err(e) => eprintln!("<== {name}: FAILED after {}: {e}", human(took)),
        }
        self.done.push((name.to_string(), took, result.is_ok()));
        result.map_err(|e| format!("step \"{name}\" failed: {e}"))
    }

    /// Runs `cmd` as the step `name`.
    pub fn cmd(&mut self, name: &str, cmd: &mut Command) -> Res<()> {
        self.run(name, |_| exec(cmd))
    }

    /// One line per step, in the order they finished (nested steps before their parent).
    pub fn summary(&self) {
        if self.done.is_empty() {
            return;
        }
        eprintln!("\nsummary:");
        for (name, took, ok) in &self.done {
            let mark = if *ok { "ok    " } else { "FAILED" };
            eprintln!("  {mark} {:>10}  {name}", human(*took));
        }
    }
}

/// Runs a command with inherited stdio and turns a non-zero exit into an error.
pub fn exec(cmd: &mut Command) -> Res<()> {
    eprintln!("$ {}", show(cmd));
    let status = cmd
        .status()
        .map_err(|e| format!("could not start `{}`: {e}", program(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` exited with {status}", program(cmd)))
    }
}

fn program(cmd: &Command) -> String {
    cmd.get_program().to_string_lossy().into_owned()
}

/// The command line as a person would type it (environment changes are not shown).
fn show(cmd: &Command) -> String {
    let mut line = program(cmd);
    for arg in cmd.get_args() {
        let arg = arg.to_string_lossy();
        if arg.is_empty() || arg.contains([' ', '"', '\'']) {
            line += &format!(" '{arg}'");
        } else {
            line += &format!(" {arg}");
        }
    }
    if let Some(dir) = cmd.get_current_dir() {
        line += &format!("    (in {})", dir.display());
    }
    line
}

/// `0.4 s`, `12.3 s`, `2 min 05 s`.
pub fn human(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 60.0 {
        format!("{s:.1} s")
    } else {
        let whole = s.round() as u64;
        format!("{} min {:02} s", whole / 60, whole % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human(Duration::from_millis(420)), "0.4 s");
        assert_eq!(human(Duration::from_secs(125)), "2 min 05 s");
    }

    #[test]
    fn failed_steps_name_themselves() {
        let mut steps = Steps::default();
        let err = steps.run("demo", |_| Res::<()>::Err("boom".into()));
        assert_eq!(err.unwrap_err(), "step \"demo\" failed: boom");
        assert_eq!(steps.done.len(), 1);
    }
}
