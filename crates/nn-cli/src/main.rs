//! `nn-cli`: run a playground configuration without a browser.
//!
//! ```text
//! nn-cli train --config '<hash or URL>' --epochs N [--every K]
//! nn-cli data  --config '<hash or URL>'
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use nn_core::{hash, rng, Session};

const USAGE: &str = "usage:
  nn-cli train --config '<hash or URL>' --epochs N [--every K]
      prints CSV epoch,train_loss,test_loss (epoch 0, then every K epochs)
  nn-cli data --config '<hash or URL>'
      prints the generated points as CSV x,y,label,split";

struct Args {
    command: String,
    config: Option<String>,
    epochs: u64,
    every: u64,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = it.next().ok_or("missing command")?;
    if command != "train" && command != "data" {
        return Err(format!("unknown command \"{command}\""));
    }
    let mut args = Args {
        command,
        config: None,
        epochs: 100,
        every: 1,
    };
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--config" => args.config = Some(value()?),
            "--epochs" => args.epochs = count(&flag, &value()?, 0)?,
            "--every" => args.every = count(&flag, &value()?, 1)?,
            _ => return Err(format!("unknown option \"{flag}\"")),
        }
    }
    Ok(args)
}

fn count(flag: &str, v: &str, min: u64) -> Result<u64, String> {
    match v.parse::<u64>() {
        Ok(n) if n >= min => Ok(n),
        _ => Err(format!(
            "{flag} must be a whole number ≥ {min}, got \"{v}\""
        )),
    }
}

/// Full precision: 17 significant digits, as the issue asks.
fn num(v: f64) -> String {
    if v.is_finite() {
        format!("{v:.16e}")
    } else {
        format!("{v}")
    }
}

fn run(args: Args, out: &mut impl Write) -> Result<(), String> {
    let parsed = hash::parse(args.config.as_deref().unwrap_or(""));
    if !parsed.warnings.is_empty() {
        let list: Vec<String> = parsed.warnings.iter().map(|w| w.to_string()).collect();
        return Err(format!("bad config:\n  {}", list.join("\n  ")));
    }
    let mut session = Session::new(parsed.config, rng::fresh_seed);
    let io = |e: io::Error| e.to_string();
    match args.command.as_str() {
        "train" => {
            writeln!(out, "epoch,train_loss,test_loss").map_err(io)?;
            let row = |s: &Session, out: &mut dyn Write| {
                writeln!(
                    out,
                    "{},{},{}",
                    s.epoch(),
                    num(s.train_loss()),
                    num(s.test_loss())
                )
            };
            row(&session, out).map_err(io)?;
            for e in 1..=args.epochs {
                session.step();
                if e % args.every == 0 {
                    row(&session, out).map_err(io)?;
                }
            }
        }
        _ => {
            writeln!(out, "x,y,label,split").map_err(io)?;
            let sets = [
                ("train", session.train_points()),
                ("test", session.test_points()),
            ];
            for (name, points) in sets {
                for p in points {
                    writeln!(out, "{},{},{},{name}", num(p.x), num(p.y), num(p.label))
                        .map_err(io)?;
                }
            }
        }
    }
    eprintln!("seed: {}", session.config().seed.as_deref().unwrap_or(""));
    Ok(())
}

fn main() -> ExitCode {
    let result = parse_args(std::env::args().skip(1)).and_then(|a| {
        let stdout = io::stdout();
        let mut lock = io::BufWriter::new(stdout.lock());
        run(a, &mut lock).and_then(|()| lock.flush().map_err(|e| e.to_string()))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nn-cli: {e}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
