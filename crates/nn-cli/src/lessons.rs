//! `nn-cli lessons [PATH]`: checks lesson files and shows what each prediction
//! question's run does, with the values its choices test, so a teacher writing a lesson
//! sees how far the run is from each threshold.

use std::io::Write;
use std::path::Path;

use nn_core::goal::{self, Condition};
use nn_lessons::{conditions, outcome, Lesson};

/// Checks `path` (a lesson file, or a folder holding the eight built-in lessons) and
/// writes a report to `out`.
pub fn run(path: &Path, out: &mut impl Write) -> Result<(), String> {
    let lessons = if path.is_dir() {
        nn_lessons::load_dir(path)?
    } else {
        vec![nn_lessons::load_file(path)?]
    };
    let io = |e: std::io::Error| e.to_string();
    for l in &lessons {
        report(l, out).map_err(io)?;
    }
    Ok(())
}

fn report(l: &Lesson, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "{}: {} / {}", l.name, l.title.en, l.title.zh)?;
    for (i, st) in l.steps.iter().enumerate() {
        writeln!(out, "  step {}: {}", i + 1, st.title.en)?;
        if let Some(q) = &st.question {
            match outcome(st) {
                Some((k, s)) => {
                    writeln!(
                        out,
                        "    at epoch {}: test loss {:.4}, training loss {:.4}",
                        q.after,
                        s.test_loss(),
                        s.train_loss()
                    )?;
                    for (j, c) in q.choices.iter().enumerate() {
                        let mark = if j == k { "=>" } else { "  " };
                        let values: Vec<String> = c
                            .when
                            .as_deref()
                            .map(conditions)
                            .unwrap_or_default()
                            .iter()
                            .map(|cond: &Condition| {
                                format!(
                                    "{} = {:.4} (wants {})",
                                    cond.measure.key(),
                                    cond.measure.of(&s),
                                    goal::write(std::slice::from_ref(cond))
                                )
                            })
                            .collect();
                        writeln!(
                            out,
                            "    {mark} {}. {} {}",
                            j + 1,
                            c.words.en,
                            values.join("; ")
                        )?;
                    }
                }
                None => writeln!(out, "    no choice happened")?,
            }
        }
        if let Some(g) = &st.goal {
            writeln!(out, "    goal: {}", g.check)?;
        }
    }
    Ok(())
}
