//! Reading a lesson file: TOML, checked strictly (an unknown key is an error, so a typo
//! never silently drops a text).

use nn_core::{config::MAX_LESSON_STEPS, goal, hash};
use toml::{Table, Value};

use crate::{Choice, Goal, Lesson, Question, Step, Words, MAX_AFTER};

/// Reads the lesson `name` from the text of its file.
pub fn parse(name: &str, text: &str) -> Result<Lesson, String> {
    if !nn_core::config::LESSONS.contains(&name) {
        return Err(format!(
            "\"{name}\" is not a lesson name the page knows ({})",
            nn_core::config::LESSONS.join(", ")
        ));
    }
    let mut t: Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let title = words(&mut t, "title", "")?;
    let summary = words(&mut t, "summary", "")?;
    let steps = match t.remove("step") {
        Some(Value::Array(a)) => a,
        _ => return Err("no [[step]]".into()),
    };
    done(&t, "")?;
    if steps.len() > MAX_LESSON_STEPS as usize {
        return Err(format!("more than {MAX_LESSON_STEPS} steps"));
    }
    let steps = steps
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let at = format!("step {}: ", i + 1);
            match v {
                Value::Table(t) => step(t, &at),
                _ => Err(format!("{at}not a table")),
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Lesson {
        name: name.to_string(),
        title,
        summary,
        steps,
    })
}

fn step(mut t: Table, at: &str) -> Result<Step, String> {
    let title = words(&mut t, "title", at)?;
    let link = string(&mut t, "link", at)?;
    check_link(&link, at)?;
    let text = words(&mut t, "text", at)?;
    let question = match t.remove("question") {
        Some(Value::Table(q)) => Some(question(q, &format!("{at}question: "))?),
        Some(_) => return Err(format!("{at}question is not a table")),
        None => None,
    };
    let goal = match t.remove("goal") {
        Some(Value::Table(g)) => Some(goal_of(g, &format!("{at}goal: "))?),
        Some(_) => return Err(format!("{at}goal is not a table")),
        None => None,
    };
    done(&t, at)?;
    Ok(Step {
        title,
        link,
        text,
        question,
        goal,
    })
}

/// A step's link must read without a single warning, carry its own seed (so every
/// student sees the same run) and leave the page's own keys to the page.
fn check_link(link: &str, at: &str) -> Result<(), String> {
    if link.starts_with('#') || link.contains("://") {
        return Err(format!("{at}link: give the keys only (a=1&b=2)"));
    }
    let parsed = hash::parse(link);
    if let Some(w) = parsed.warnings.first() {
        return Err(format!("{at}link: {w}"));
    }
    if parsed.config.seed.is_none() {
        return Err(format!("{at}link: needs a seed= of its own"));
    }
    for key in ["lesson", "step", "lang", "embed", "panels", "goal"] {
        if link.split('&').any(|p| p.split('=').next() == Some(key)) {
            return Err(format!(
                "{at}link: \"{key}\" is set by the page (use [step.goal] for a goal)"
            ));
        }
    }
    Ok(())
}

fn question(mut t: Table, at: &str) -> Result<Question, String> {
    let ask = words(&mut t, "ask", at)?;
    let after = match t.remove("after") {
        Some(Value::Integer(n)) if (1..=MAX_AFTER as i64).contains(&n) => n as u64,
        _ => {
            return Err(format!(
                "{at}after: a whole number of epochs, 1 to {MAX_AFTER}"
            ))
        }
    };
    let explain = optional_words(&mut t, "explain", at)?;
    let choices = match t.remove("choice") {
        Some(Value::Array(a)) => a,
        _ => return Err(format!("{at}no [[step.question.choice]]")),
    };
    done(&t, at)?;
    if !(2..=4).contains(&choices.len()) {
        return Err(format!("{at}2 to 4 choices, not {}", choices.len()));
    }
    let choices = choices
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let at = format!("{at}choice {}: ", i + 1);
            let Value::Table(mut c) = v else {
                return Err(format!("{at}not a table"));
            };
            let w = Words {
                en: string(&mut c, "en", &at)?,
                zh: string(&mut c, "zh", &at)?,
            };
            check_words(&w, &at)?;
            let when = match c.remove("when") {
                Some(Value::String(s)) => {
                    check_goal(&s, &at)?;
                    Some(s)
                }
                Some(_) => return Err(format!("{at}when is not a string")),
                None => None,
            };
            let explain = optional_words(&mut c, "explain", &at)?;
            done(&c, &at)?;
            Ok(Choice {
                words: w,
                when,
                explain,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    if choices.iter().filter(|c| c.when.is_none()).count() > 1 {
        return Err(format!("{at}only one choice may go without `when`"));
    }
    Ok(Question {
        ask,
        after,
        choices,
        explain,
    })
}

fn goal_of(mut t: Table, at: &str) -> Result<Goal, String> {
    let check = string(&mut t, "check", at)?;
    check_goal(&check, at)?;
    let hint = words(&mut t, "hint", at)?;
    let hint_after = match t.remove("hint_after") {
        None => 60,
        Some(Value::Integer(n)) if (1..=3600).contains(&n) => n as u32,
        Some(_) => return Err(format!("{at}hint_after: seconds, 1 to 3600")),
    };
    done(&t, at)?;
    Ok(Goal {
        check,
        hint,
        hint_after,
    })
}

fn check_goal(s: &str, at: &str) -> Result<(), String> {
    match goal::parse(s) {
        Some(g) if goal::write(&g).split(',').count() == s.split(',').count() => Ok(()),
        _ => Err(format!(
            "{at}\"{s}\" is not a list of conditions such as testLoss_lt_0.1,neurons_le_6"
        )),
    }
}

fn string(t: &mut Table, key: &str, at: &str) -> Result<String, String> {
    match t.remove(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        Some(Value::String(_)) => Err(format!("{at}{key} is empty")),
        Some(_) => Err(format!("{at}{key} is not a string")),
        None => Err(format!("{at}{key} is missing")),
    }
}

/// `key.en` and `key.zh`.
fn words(t: &mut Table, key: &str, at: &str) -> Result<Words, String> {
    optional_words(t, key, at)?.ok_or_else(|| format!("{at}{key} is missing"))
}

fn optional_words(t: &mut Table, key: &str, at: &str) -> Result<Option<Words>, String> {
    let at = format!("{at}{key}.");
    match t.remove(key) {
        None => Ok(None),
        Some(Value::Table(mut w)) => {
            let words = Words {
                en: string(&mut w, "en", &at)?,
                zh: string(&mut w, "zh", &at)?,
            };
            done(&w, &at)?;
            check_words(&words, &at)?;
            Ok(Some(words))
        }
        Some(_) => Err(format!("{at}: give {key}.en and {key}.zh")),
    }
}

/// The Chinese text must be Chinese, the English text must not be.
fn check_words(w: &Words, at: &str) -> Result<(), String> {
    let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if !cjk(&w.zh) {
        return Err(format!("{at}zh has no Chinese: \"{}\"", w.zh));
    }
    if cjk(&w.en) {
        return Err(format!("{at}en has Chinese: \"{}\"", w.en));
    }
    Ok(())
}

fn done(t: &Table, at: &str) -> Result<(), String> {
    match t.keys().next() {
        Some(k) => Err(format!("{at}unknown key \"{k}\"")),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
title.en = "Dead ReLU"
title.zh = "死亡 ReLU"
summary.en = "Neurons that stop."
summary.zh = "停止的神经元。"

[[step]]
title.en = "One"
title.zh = "第一步"
link = "activation=relu&seed=a"
text.en = "Press Play."
text.zh = "按下运行。"

[step.question]
ask.en = "What happens?"
ask.zh = "会发生什么？"
after = 10
[[step.question.choice]]
en = "Many die"
zh = "很多死亡"
when = "deadShare_ge_0.5"
[[step.question.choice]]
en = "Few die"
zh = "很少死亡"

[step.goal]
check = "testLoss_lt_0.1"
hint.en = "Lower the learning rate."
hint.zh = "降低学习率。"
"#;

    #[test]
    fn a_good_file_reads() {
        let l = parse("dead-relu", GOOD).unwrap();
        assert_eq!(l.steps.len(), 1);
        let q = l.steps[0].question.as_ref().unwrap();
        assert_eq!(q.after, 10);
        assert_eq!(q.choices[0].when.as_deref(), Some("deadShare_ge_0.5"));
        assert_eq!(q.choices[1].when, None);
        assert_eq!(l.steps[0].goal.as_ref().unwrap().hint_after, 60);
    }

    #[test]
    fn mistakes_are_named() {
        let cases = [
            (
                "activation=relu&seed=a",
                "activation=swoosh&seed=a",
                "swoosh",
            ),
            ("activation=relu&seed=a", "activation=relu", "seed"),
            (
                "activation=relu&seed=a",
                "activation=relu&seed=a&lang=zh",
                "lang",
            ),
            ("deadShare_ge_0.5", "deadShare_ge_x", "not a list"),
            ("after = 10", "after = 0", "after"),
            ("zh = \"很少死亡\"", "zh = \"few\"", "no Chinese"),
            (
                "title.en = \"One\"",
                "title.en = \"One\"\ntitel.zh = \"x\"",
                "unknown key",
            ),
            ("hint.zh = \"降低学习率。\"", "", "hint.zh is missing"),
        ];
        for (from, to, says) in cases {
            let text = GOOD.replacen(from, to, 1);
            let err = parse("dead-relu", &text).expect_err(to);
            assert!(err.contains(says), "{to}: {err}");
        }
        assert!(parse("bogus", GOOD)
            .unwrap_err()
            .contains("not a lesson name"));
        assert!(parse("dead-relu", "title = [").is_err());
    }
}
