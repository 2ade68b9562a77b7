//! `nn-cli`: run a playground configuration without a browser.
//!
//! ```text
//! nn-cli train --config '<hash or URL>' --epochs N [--every K]
//! nn-cli data  --config '<hash or URL>'
//! nn-cli pytorch --config '<hash or URL>'
//! nn-cli lessons [PATH]
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use nn_core::{hash, rng, Session};

mod lessons;

const USAGE: &str = "usage:
  nn-cli train --config '<hash or URL>' --epochs N [--every K]
      prints CSV epoch,train_loss,test_loss (epoch 0, then every K epochs), and for
      classification also train_accuracy,test_accuracy (fractions 0-1)
  nn-cli data --config '<hash or URL>'
      prints the generated points as CSV x,y,label,split (label: 1/-1, the class
      index 0..K-1 of a multi-class problem, or the regression value; the page
      imports this format)
  nn-cli pytorch --config '<hash or URL>'
      prints a PyTorch script that trains the same network from the same starting
      weights on the file of `nn-cli data` (or the page's Export CSV)
  nn-cli lessons [PATH]
      checks a lesson file (or a folder of the eight, default lessons/) and shows what
      each prediction question's run does";

struct Args {
    command: String,
    config: Option<String>,
    epochs: u64,
    every: u64,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = it.next().ok_or("missing command")?;
    if !["train", "data", "pytorch"].contains(&command.as_str()) {
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

/// 17 significant digits (enough to round-trip any double), written like
/// JavaScript's `toPrecision(17)`: plain decimals for moderate magnitudes.
fn num(v: f64) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    if v == 0.0 {
        return "0".to_string();
    }
    let exp = v.abs().log10().floor() as i32;
    if (-7..17).contains(&exp) {
        // Re-check the exponent after rounding (9.99…e-1 may round up to 1.0).
        let sci = format!("{v:.16e}");
        let e: i32 = sci
            .rsplit('e')
            .next()
            .and_then(|e| e.parse().ok())
            .unwrap_or(exp);
        format!("{v:.*}", (16 - e).max(0) as usize)
    } else {
        format!("{v:.16e}")
    }
}

fn run(args: Args, out: &mut impl Write) -> Result<(), String> {
    let parsed = hash::parse(args.config.as_deref().unwrap_or(""));
    let (notes, errors): (Vec<_>, Vec<_>) =
        parsed.warnings.iter().partition(|w| w.matches_original());
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|w| w.to_string()).collect();
        return Err(format!("bad config:\n  {}", list.join("\n  ")));
    }
    for n in notes {
        eprintln!("note: {n}");
    }
    let mut session = Session::new(parsed.config, rng::fresh_seed);
    let io = |e: io::Error| e.to_string();
    match args.command.as_str() {
        "train" => {
            // Classification adds the accuracies (fractions 0–1) after the losses.
            let classes = session.config().problem.is_classification();
            let header = if classes {
                "epoch,train_loss,test_loss,train_accuracy,test_accuracy"
            } else {
                "epoch,train_loss,test_loss"
            };
            writeln!(out, "{header}").map_err(io)?;
            let row = |s: &Session, out: &mut dyn Write| {
                write!(
                    out,
                    "{},{},{}",
                    s.epoch(),
                    num(s.train_loss()),
                    num(s.test_loss())
                )?;
                if classes {
                    let acc = |a: Option<f64>| a.map_or("NaN".to_string(), num);
                    write!(
                        out,
                        ",{},{}",
                        acc(s.train_accuracy()),
                        acc(s.test_accuracy())
                    )?;
                }
                writeln!(out)
            };
            row(&session, out).map_err(io)?;
            for e in 1..=args.epochs {
                session.step();
                if e % args.every == 0 {
                    row(&session, out).map_err(io)?;
                }
            }
        }
        "pytorch" => {
            let script = nn_core::pytorch::script(session.config());
            out.write_all(script.as_bytes()).map_err(io)?;
        }
        _ => {
            let csv = nn_core::csv::write(session.train_points(), session.test_points());
            out.write_all(csv.as_bytes()).map_err(io)?;
        }
    }
    eprintln!("seed: {}", session.config().seed.as_deref().unwrap_or(""));
    Ok(())
}

fn main() -> ExitCode {
    let mut argv = std::env::args().skip(1);
    if argv.next().as_deref() == Some("lessons") {
        let path = argv.next().unwrap_or_else(|| "lessons".into());
        let mut out = io::stdout().lock();
        return match lessons::run(std::path::Path::new(&path), &mut out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("nn-cli: {e}");
                ExitCode::from(1)
            }
        };
    }
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("nn-cli: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut lock = io::BufWriter::new(stdout.lock());
    match run(args, &mut lock).and_then(|()| lock.flush().map_err(|e| e.to_string())) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nn-cli: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_17_significant_digits() {
        assert_eq!(num(0.4994400967795191), "0.49944009677951912");
        assert_eq!(num(0.1), "0.10000000000000001");
        assert_eq!(num(-2.5), "-2.5000000000000000");
        assert_eq!(num(1e-9), "1.0000000000000001e-9");
        assert_eq!(num(f64::NAN), "NaN");
        for v in [0.1, 1.0 / 3.0, 123.456, -9.87e-5, 0.999_999_999_999_999_9] {
            assert_eq!(num(v).parse::<f64>().unwrap(), v);
        }
    }

    #[test]
    fn bad_configs_name_the_key_and_value() {
        let args = parse_args(
            ["train", "--config", "#activation=swoosh"]
                .map(String::from)
                .into_iter(),
        )
        .unwrap();
        let err = run(args, &mut Vec::new()).unwrap_err();
        assert!(
            err.contains("activation") && err.contains("swoosh"),
            "{err}"
        );
        // A value the original itself adjusts is a note, not an error.
        let args = parse_args(
            ["data", "--config", "seed=1&noise=90"]
                .map(String::from)
                .into_iter(),
        )
        .unwrap();
        assert!(run(args, &mut Vec::new()).is_ok());
        assert!(parse_args(["train", "--epochs", "x"].map(String::from).into_iter()).is_err());
        assert!(parse_args(["fly"].map(String::from).into_iter()).is_err());
    }

    #[test]
    fn train_prints_epoch_zero_then_every_k() {
        let args = parse_args(
            [
                "train", "--config", "seed=cli", "--epochs", "6", "--every", "3",
            ]
            .map(String::from)
            .into_iter(),
        )
        .unwrap();
        let mut out = Vec::new();
        run(args, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let epochs: Vec<&str> = text.lines().map(|l| l.split(',').next().unwrap()).collect();
        assert_eq!(epochs, ["epoch", "0", "3", "6"]);
    }

    fn output_of(words: &[&str]) -> String {
        let args = parse_args(words.iter().map(|w| w.to_string())).unwrap();
        let mut out = Vec::new();
        run(args, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn multi_class_runs_print_class_indices_and_accuracies() {
        let link = "seed=k&problem=multiclass&classes=4&multiDataset=blobs&loss=crossentropy&optimizer=adam&learningRate=0.01";
        let data = output_of(&["data", "--config", link]);
        let mut seen = [false; 4];
        for line in data.lines().skip(1) {
            let label: usize = line.split(',').nth(2).unwrap().parse().unwrap();
            seen[label] = true;
        }
        assert_eq!(seen, [true; 4]);
        // The page's CSV reader reads it back, point for point.
        let table = nn_core::csv::read(&data).unwrap();
        let script = output_of(&["pytorch", "--config", link]);
        assert!(script.contains("HEAD = \"softmax-crossentropy\""));
        let session = Session::new(hash::parse(link).config, String::new);
        let all: Vec<_> = session
            .train_points()
            .iter()
            .chain(session.test_points())
            .copied()
            .collect();
        assert_eq!(table.points, all);
        assert_eq!(table.labels, nn_core::csv::Labels::Classes(4));
        let train = output_of(&["train", "--config", link, "--epochs", "30", "--every", "30"]);
        let lines: Vec<&str> = train.lines().collect();
        assert_eq!(
            lines[0],
            "epoch,train_loss,test_loss,train_accuracy,test_accuracy"
        );
        let last: Vec<f64> = lines[2].split(',').map(|v| v.parse().unwrap()).collect();
        let first: Vec<f64> = lines[1].split(',').map(|v| v.parse().unwrap()).collect();
        assert!(last[1] < first[1], "the loss falls: {first:?} -> {last:?}");
        assert!(last[4] > 0.9, "blobs are easy: {last:?}");
        // Regression keeps the original's three columns.
        let reg = output_of(&[
            "train",
            "--config",
            "seed=r&problem=regression",
            "--epochs",
            "1",
        ]);
        assert!(reg.starts_with("epoch,train_loss,test_loss\n"));
    }
}
