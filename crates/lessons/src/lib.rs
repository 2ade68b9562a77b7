//! The built-in lessons: one TOML file per lesson in `lessons/` (the format is described
//! in `lessons/README.md`). This crate reads and checks them: the page's build turns them
//! into static data ([`codegen`]), `nn-cli lessons` checks a teacher's file and shows
//! what each prediction question's run does ([`outcome`]).
//!
//! It runs on the build machine only, so the page carries no TOML parser.

use std::fmt::Write as _;
use std::path::Path;

use nn_core::goal::{self, Condition};
use nn_core::{hash, Session};

mod read;

pub use read::parse;

/// A text in both interface languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    /// English.
    pub en: String,
    /// Simplified Chinese.
    pub zh: String,
}

/// One lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// Its name in links (`lesson=NAME`), one of [`nn_core::config::LESSONS`].
    pub name: String,
    /// Its title.
    pub title: Words,
    /// One sentence for the Lessons menu.
    pub summary: Words,
    /// Its steps, in order.
    pub steps: Vec<Step>,
}

/// One step of a lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// A short title.
    pub title: Words,
    /// The playground it sets up: a link's keys (`activation=relu&…&seed=…`).
    pub link: String,
    /// What to look at and what to do; paragraphs are separated by blank lines.
    pub text: Words,
    /// A question to answer before the run.
    pub question: Option<Question>,
    /// A goal the page checks.
    pub goal: Option<Goal>,
}

/// A multiple-choice prediction, answered by the run itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The question.
    pub ask: Words,
    /// The epoch at which the run is judged and the answer shown.
    pub after: u64,
    /// The choices, 2–4.
    pub choices: Vec<Choice>,
    /// Shown with the answer, whatever happened.
    pub explain: Option<Words>,
}

/// One answer to a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// The answer's words.
    pub words: Words,
    /// When this is what happened (a goal's conditions, all holding at epoch `after`);
    /// `None` for the one choice that happened when no other did.
    pub when: Option<String>,
    /// Shown when this is what happened.
    pub explain: Option<Words>,
}

/// A goal the page checks for a step.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    /// The conditions, in the syntax of the `goal=` key (`testLoss_lt_0.1,neurons_le_6`).
    pub check: String,
    /// A hint, shown once the student has tried for a while without meeting the goal.
    pub hint: Words,
    /// After how many seconds on the step the hint shows.
    pub hint_after: u32,
}

/// The most epochs a question may wait for.
pub const MAX_AFTER: u64 = 100_000;

/// Reads every `*.toml` in `dir`, in the course's order ([`nn_core::config::LESSONS`]):
/// each built-in lesson must be there, and nothing else.
pub fn load_dir(dir: &Path) -> Result<Vec<Lesson>, String> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            found.push(load_file(&path)?);
        }
    }
    let mut lessons = Vec::new();
    for name in nn_core::config::LESSONS {
        let i = found
            .iter()
            .position(|l| l.name == name)
            .ok_or_else(|| format!("{}: no file {name}.toml", dir.display()))?;
        lessons.push(found.swap_remove(i));
    }
    if let Some(extra) = found.first() {
        return Err(format!(
            "{}.toml: not a lesson name the page knows ({})",
            extra.name,
            nn_core::config::LESSONS.join(", ")
        ));
    }
    Ok(lessons)
}

/// Reads one lesson file; its name is the file's stem.
pub fn load_file(path: &Path) -> Result<Lesson, String> {
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{}: not a lesson file name", path.display()))?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(name, &text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The conditions of a goal or a choice (checked by [`parse`]).
pub fn conditions(check: &str) -> Vec<Condition> {
    goal::parse(check).unwrap_or_default()
}

/// What a question's run does: trains the step's link to the question's epoch and returns
/// the index of the choice that happened (the first whose conditions all hold, else the
/// one without conditions), with the session at that epoch.
pub fn outcome(step: &Step) -> Option<(usize, Session)> {
    let q = step.question.as_ref()?;
    let mut session = Session::new(hash::parse(&step.link).config, String::new);
    session.step_many(q.after);
    let i = answer(q, &session)?;
    Some((i, session))
}

/// The choice of `q` that `session` shows (see [`outcome`]).
pub fn answer(q: &Question, session: &Session) -> Option<usize> {
    goal::first_met(q.choices.iter().map(|c| c.when.as_deref()), session)
}

/// Rust source for the page: `LESSONS`, an array of the page's `Lesson` values (types
/// `Lesson`, `Step`, `Question`, `Choice`, `Goal` and `Words` must be in scope there,
/// with `&'static str` texts and slices).
pub fn codegen(lessons: &[Lesson]) -> String {
    let mut s = String::from("pub static LESSONS: &[Lesson] = &[\n");
    for l in lessons {
        let _ = writeln!(
            s,
            "Lesson {{ name: {:?}, title: {}, summary: {}, steps: &[",
            l.name,
            words(&l.title),
            words(&l.summary)
        );
        for st in &l.steps {
            let question = st.question.as_ref().map_or("None".into(), |q| {
                let choices: Vec<String> = q
                    .choices
                    .iter()
                    .map(|c| {
                        format!(
                            "Choice {{ words: {}, when: {:?}, explain: {} }}",
                            words(&c.words),
                            c.when,
                            opt_words(&c.explain)
                        )
                    })
                    .collect();
                format!(
                    "Some(Question {{ ask: {}, after: {}, choices: &[{}], explain: {} }})",
                    words(&q.ask),
                    q.after,
                    choices.join(", "),
                    opt_words(&q.explain)
                )
            });
            let goal = st.goal.as_ref().map_or("None".into(), |g| {
                format!(
                    "Some(Goal {{ check: {:?}, hint: {}, hint_after: {} }})",
                    g.check,
                    words(&g.hint),
                    g.hint_after
                )
            });
            let _ = writeln!(
                s,
                "  Step {{ title: {}, link: {:?}, text: {}, question: {question}, goal: {goal} }},",
                words(&st.title),
                st.link,
                words(&st.text)
            );
        }
        s.push_str("]},\n");
    }
    s.push_str("];\n");
    s
}

fn words(w: &Words) -> String {
    format!("Words {{ en: {:?}, zh: {:?} }}", w.en, w.zh)
}

fn opt_words(w: &Option<Words>) -> String {
    w.as_ref()
        .map_or("None".into(), |w| format!("Some({})", words(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lessons() -> Vec<Lesson> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
        load_dir(&dir).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_built_in_lesson_reads_in_the_courses_order() {
        let names: Vec<String> = lessons().into_iter().map(|l| l.name).collect();
        assert_eq!(names, nn_core::config::LESSONS);
    }

    #[test]
    fn every_question_is_answered_by_its_run() {
        for l in lessons() {
            for (i, st) in l.steps.iter().enumerate() {
                if let Some(q) = &st.question {
                    let (choice, s) = outcome(st)
                        .unwrap_or_else(|| panic!("{} step {}: no choice happened", l.name, i + 1));
                    assert_eq!(s.epoch(), q.after);
                    assert!(choice < q.choices.len());
                }
            }
        }
    }

    #[test]
    fn the_generated_source_names_every_step() {
        let all = lessons();
        let src = codegen(&all);
        for l in &all {
            assert!(src.contains(&format!("name: {:?}", l.name)));
            for st in &l.steps {
                assert!(src.contains(&format!("link: {:?}", st.link)));
            }
        }
    }
}
