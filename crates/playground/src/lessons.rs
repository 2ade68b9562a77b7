//! The built-in lessons, as the page holds them: the build reads `lessons/*.toml` (see
//! `lessons/README.md` and the `nn-lessons` crate) into the static [`LESSONS`].
//!
//! A link opens a step with `lesson=NAME&step=N`. Without a seed of its own it sets the
//! playground up from the step's link (the link's other keys, such as `lang=`, still
//! apply); with one, it is a student's own state inside the lesson and is read as it is.

use nn_core::config::LessonStep;
use nn_core::hash::{self, Parsed, Reason};
use nn_core::{goal, Session, Warning};

use crate::text::Lang;

/// A text in both languages.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    /// English.
    pub en: &'static str,
    /// Simplified Chinese.
    pub zh: &'static str,
}

impl Words {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }

    /// Its paragraphs (separated by blank lines), each on one line: lines join with a
    /// space, except between two Chinese characters and after Chinese punctuation.
    pub fn paragraphs(&self, lang: Lang) -> impl Iterator<Item = String> {
        self.get(lang).split("\n\n").filter_map(|p| {
            let mut out = String::new();
            for line in p.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let (last, first) = (out.chars().next_back(), line.chars().next());
                let joins = match (last, first) {
                    (Some(a), Some(b)) => (!wide(a) || !wide(b)) && !punctuation(a),
                    _ => false,
                };
                if joins {
                    out.push(' ');
                }
                out.push_str(line);
            }
            (!out.is_empty()).then_some(out)
        })
    }
}

/// A Chinese character or full-width punctuation.
fn wide(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}') || punctuation(c)
}

/// Chinese punctuation (no space follows it).
fn punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}')
}

/// One lesson.
#[derive(Debug, PartialEq)]
pub struct Lesson {
    /// Its name in links.
    pub name: &'static str,
    /// Its title.
    pub title: Words,
    /// One sentence for the menu.
    pub summary: Words,
    /// Its steps.
    pub steps: &'static [Step],
}

/// One step.
#[derive(Debug, PartialEq)]
pub struct Step {
    /// Its title.
    pub title: Words,
    /// The setup, as a link's keys.
    pub link: &'static str,
    /// What to do.
    pub text: Words,
    /// A prediction to make before the run.
    pub question: Option<Question>,
    /// A goal the page checks.
    pub goal: Option<Goal>,
}

/// A prediction question, answered by the run.
#[derive(Debug, PartialEq)]
pub struct Question {
    /// The question.
    pub ask: Words,
    /// The epoch at which the run answers it.
    pub after: u64,
    /// The choices.
    pub choices: &'static [Choice],
    /// Shown with the answer.
    pub explain: Option<Words>,
}

/// One answer.
#[derive(Debug, PartialEq)]
pub struct Choice {
    /// Its words.
    pub words: Words,
    /// The conditions under which it is what happened (`None`: when no other's hold).
    pub when: Option<&'static str>,
    /// Shown when it is what happened.
    pub explain: Option<Words>,
}

/// A goal of a step.
#[derive(Debug, PartialEq)]
pub struct Goal {
    /// The conditions (`goal=` syntax).
    pub check: &'static str,
    /// The hint.
    pub hint: Words,
    /// Seconds on the step before the hint shows.
    pub hint_after: u32,
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// The lesson called `name`.
pub fn find(name: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.name == name)
}

/// The step a link's lesson key points at.
pub fn step_of(at: Option<LessonStep>) -> Option<&'static Step> {
    let at = at?;
    find(at.name)?.steps.get((at.step as usize).checked_sub(1)?)
}

/// The choice of `q` that `session` shows: the first whose conditions all hold, else the
/// one without conditions.
pub fn answer(q: &Question, session: &Session) -> Option<usize> {
    goal::first_met(q.choices.iter().map(|c| c.when), session)
}

/// The link that opens step `step` (from 1) of `name`, keeping how the page is shown
/// (language, embedding, areas) from `page`.
pub fn step_link(name: &str, step: usize, page: &nn_core::PageSettings) -> String {
    let mut link = format!("lesson={name}&step={step}");
    if let Some(l) = page.lang {
        link.push_str(&format!("&lang={}", l.key()));
    }
    if page.embed {
        link.push_str("&embed=true");
    }
    if let Some(p) = &page.panels {
        link.push_str(&format!("&panels={}", p.join(",")));
    }
    // A student's page without the Classroom button keeps it hidden from step to step
    // and lesson to lesson, so moving on never gives the teacher's setup back.
    if crate::parts::students_page(page) {
        let key = crate::parts::Part::ClassroomButton.key();
        link.push_str(&format!("&{key}_hide=true"));
    }
    link
}

/// Reads a lesson key in `parsed` (read from `input`): a link without a seed of its own
/// opens the step's setup, with the link's own keys applied over it and the step's goal;
/// a step past the lesson's end opens its last step.
pub fn open(input: &str, mut parsed: Parsed) -> Parsed {
    let Some(at) = parsed.config.page.lesson else {
        return parsed;
    };
    let Some(lesson) = find(at.name) else {
        parsed.config.page.lesson = None;
        return parsed;
    };
    let last = lesson.steps.len() as u32;
    let mut warnings = Vec::new();
    let at = if at.step > last {
        warnings.push(Warning {
            key: "step".into(),
            value: at.step.to_string(),
            reason: Reason::OutOfRange {
                min: 1.0,
                max: f64::from(last),
                used: f64::from(last),
            },
        });
        LessonStep { step: last, ..at }
    } else {
        at
    };
    if parsed.config.seed.is_none() {
        let step = &lesson.steps[at.step as usize - 1];
        let own = input.find('#').map_or(input, |i| &input[i + 1..]);
        parsed = hash::parse_fragment(&format!("{}&{own}", step.link));
        if parsed.config.page.goal.is_none() {
            parsed.config.page.goal = step.goal.as_ref().and_then(|g| goal::parse(g.check));
        }
    }
    parsed.config.page.lesson = Some(at);
    parsed.warnings.extend(warnings);
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_is_built_in_in_the_courses_order() {
        let names: Vec<&str> = LESSONS.iter().map(|l| l.name).collect();
        assert_eq!(names, nn_core::config::LESSONS);
        assert!(LESSONS.iter().all(|l| !l.steps.is_empty()));
    }

    #[test]
    fn a_lesson_link_opens_its_steps_setup_with_the_links_own_keys() {
        for l in LESSONS {
            for (i, step) in l.steps.iter().enumerate() {
                let link = format!("lesson={}&step={}&lang=zh", l.name, i + 1);
                let p = open(&link, hash::parse(&link));
                assert!(p.warnings.is_empty(), "{link}: {:?}", p.warnings);
                let setup = hash::parse(step.link).config;
                assert_eq!(p.config.seed, setup.seed, "{link}");
                assert_eq!(p.config.network_shape, setup.network_shape, "{link}");
                assert_eq!(p.config.activation, setup.activation, "{link}");
                assert_eq!(p.config.page.lang, Some(nn_core::Language::Zh));
                let at = p.config.page.lesson.unwrap();
                assert_eq!((at.name, at.step as usize), (l.name, i + 1));
                let goal = step.goal.as_ref().and_then(|g| goal::parse(g.check));
                assert_eq!(p.config.page.goal, goal, "{link}");
                // The page's own link for it reads back as the same state.
                let written = hash::write(&p.config);
                let again = open(&written, hash::parse(&written));
                assert_eq!(again.config, p.config, "{written}");
            }
        }
    }

    #[test]
    fn a_step_past_the_end_opens_the_last_with_a_warning() {
        let l = &LESSONS[0];
        let link = format!("lesson={}&step=20", l.name);
        let p = open(&link, hash::parse(&link));
        assert_eq!(p.config.page.lesson.unwrap().step as usize, l.steps.len());
        assert_eq!(p.warnings.len(), 1);
        let p = hash::parse("lesson=nope&step=2");
        assert_eq!(p.config.page.lesson, None);
        assert_eq!(
            p.warnings.len(),
            1,
            "an unknown lesson is named in the notice"
        );
    }

    #[test]
    fn paragraphs_are_split_on_blank_lines_and_joined_within() {
        let w = Words {
            en: "One\ntwo.\n\nThree.",
            zh: "一\n二。\n\n三 ReLU\n四，\nL1 正则化。",
        };
        let en: Vec<String> = w.paragraphs(Lang::En).collect();
        assert_eq!(en, ["One two.", "Three."]);
        let zh: Vec<String> = w.paragraphs(Lang::Zh).collect();
        assert_eq!(zh, ["一二。", "三 ReLU 四，L1 正则化。"]);
    }
}
