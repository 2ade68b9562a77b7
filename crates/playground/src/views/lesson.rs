//! Lessons on the page: the Lessons menu, and the panel of the open step with its text,
//! its prediction question (answered by the run) and its goal (with a hint after a
//! while). The content is data: see [`crate::lessons`].

use nn_core::config::LessonStep;
use nn_core::goal;
use nn_core::Language;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::challenge::{measure_name, value, ChallengeBox};
use crate::browser;
use crate::lessons::{self, Lesson, Question, LESSONS};
use crate::parts::{use_hidden, Part};
use crate::state::{Action, SessionView};
use crate::text::{use_lang, Lang, Text};

/// Props of [`LessonMenu`].
#[derive(Properties, PartialEq)]
pub struct LessonMenuProps {
    /// The link's language, kept by the lessons' links.
    pub lang: Option<Language>,
    /// The page hides the Classroom button: so do the lessons' links.
    #[prop_or_default]
    pub classroom_hidden: bool,
}

/// The Lessons button and, when open, the list of lessons: each a link that opens its
/// first step.
#[function_component]
pub fn LessonMenu(props: &LessonMenuProps) -> Html {
    let lang = use_lang();
    let locked = use_hidden().locks(Part::Lessons);
    let open = use_state(|| false);
    let button = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let close = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    // Focus leaving the menu (Tab past the last lesson, a click elsewhere) closes it.
    // (Yew delegates events, so the menu is found by its ref, not the event's target.)
    let menu = use_node_ref();
    let left = {
        let (open, menu) = (open.clone(), menu.clone());
        Callback::from(move |e: FocusEvent| {
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .zip(menu.get())
                .is_some_and(|(to, menu)| menu.contains(Some(&to)));
            if !inside {
                open.set(false);
            }
        })
    };
    let chosen = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let mut page = nn_core::PageSettings {
        lang: props.lang,
        ..Default::default()
    };
    if props.classroom_hidden {
        page.hidden
            .push((Part::ClassroomButton.key().to_owned(), true));
    }
    html! {
        <div class="lesson-menu" ref={menu} onkeydown={close} onfocusout={left}>
            <button type="button" class="text-button lesson-menu-button" ref={button}
                aria-expanded={(*open && !locked).to_string()} aria-controls="lesson-list" onclick={toggle}
                disabled={locked} title={locked.then(|| lang.text(Text::LockedHint))}>
                { lang.text(Text::LessonsMenu) }
            </button>
            if *open && !locked {
                <div id="lesson-list" class="lesson-list">
                    <h2>{ lang.text(Text::LessonsMenuTitle) }</h2>
                    <p>{ lang.text(Text::LessonsIntro) }</p>
                    <ol>
                        { for LESSONS.iter().map(|l| html! {
                            <li>
                                <a href={format!("#{}", lessons::step_link(l.name, 1, &page))}
                                    onclick={chosen.clone()}>{ l.title.get(lang) }</a>
                                <span class="lesson-summary">{ l.summary.get(lang) }</span>
                            </li>
                        }) }
                    </ol>
                </div>
            }
        </div>
    }
}

/// Props of [`LessonPanel`].
#[derive(Properties, PartialEq)]
pub struct LessonPanelProps {
    /// The open step.
    pub at: LessonStep,
    /// The session.
    pub view: SessionView,
    /// The prediction picked.
    pub prediction: Option<usize>,
    /// The question's answer: the choice that happened (if any) and the epoch.
    pub answer: Option<(Option<usize>, u64)>,
    /// The link's goal (the step's, unless the link gives its own).
    pub goal: Option<goal::Goal>,
    /// When the run met it.
    pub met_at: Option<u64>,
    /// Receives the lesson's actions.
    pub onaction: Callback<Action>,
}

/// The open lesson step.
#[function_component]
pub fn LessonPanel(props: &LessonPanelProps) -> Html {
    let lang = use_lang();
    let Some(lesson) = lessons::find(props.at.name) else {
        return html! {};
    };
    let n = props.at.step as usize;
    let Some(step) = lesson.steps.get(n.wrapping_sub(1)) else {
        return html! {};
    };
    let count = lesson.steps.len();
    let go = |k: usize| {
        props
            .onaction
            .reform(move |_: MouseEvent| Action::OpenStep(k))
    };
    let close = props.onaction.reform(|_: MouseEvent| Action::CloseLesson);
    html! {
        <section class="lesson" aria-labelledby="lesson-title">
            <div class="lesson-head">
                <h2 id="lesson-title">
                    <span class="visually-hidden">{ lang.fill(Text::LessonLabel, &[""]) }</span>
                    { lesson.title.get(lang) }
                </h2>
                <button type="button" class="text-button" onclick={close}>
                    { lang.text(Text::LessonClose) }
                </button>
            </div>
            <StepList {lesson} at={n} onaction={props.onaction.clone()} />
            <h3>
                <span class="lesson-step-of">
                    { lang.fill(Text::LessonStepOf, &[&n.to_string(), &count.to_string()]) }
                </span>
                { " " }{ step.title.get(lang) }
            </h3>
            { for step.text.paragraphs(lang).map(|p| html! { <p>{ p }</p> }) }
            if let Some(q) = &step.question {
                <Prediction question={q} prediction={props.prediction} answer={props.answer}
                    view={props.view.clone()} onaction={props.onaction.clone()} />
            }
            if let (Some(g), Some(goal)) = (&step.goal, props.goal.clone()) {
                <ChallengeBox {goal} view={props.view.clone()} met_at={props.met_at} />
                <Hint key={format!("{}-{n}", lesson.name)} text={g.hint.get(lang)}
                    after={g.hint_after} met={props.met_at.is_some()} />
            }
            <div class="lesson-nav">
                <button type="button" class="text-button" disabled={n <= 1} onclick={go(n - 1)}>
                    { lang.text(Text::LessonPrevious) }
                </button>
                <button type="button" class="text-button" disabled={n >= count} onclick={go(n + 1)}>
                    { lang.text(Text::LessonNext) }
                </button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StepListProps {
    lesson: &'static Lesson,
    at: usize,
    onaction: Callback<Action>,
}

/// The steps as a row of numbered buttons, the current one marked.
#[function_component]
fn StepList(props: &StepListProps) -> Html {
    let lang = use_lang();
    html! {
        <nav aria-label={lang.text(Text::LessonSteps)}>
            <ol class="lesson-steps">
                { for props.lesson.steps.iter().enumerate().map(|(i, s)| {
                    let k = i + 1;
                    let current = k == props.at;
                    html! {
                        <li>
                            <button type="button" class={classes!("lesson-step", current.then_some("current"))}
                                aria-current={current.then_some("step")}
                                title={s.title.get(lang)}
                                onclick={props.onaction.reform(move |_: MouseEvent| Action::OpenStep(k))}>
                                <span aria-hidden="true">{ k }</span>
                                <span class="visually-hidden">
                                    { lang.fill(Text::LessonStepOf, &[&k.to_string(), &props.lesson.steps.len().to_string()]) }
                                    { " " }{ s.title.get(lang) }
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct PredictionProps {
    question: &'static Question,
    prediction: Option<usize>,
    answer: Option<(Option<usize>, u64)>,
    view: SessionView,
    onaction: Callback<Action>,
}

/// The question as radio buttons, locked once the run starts; the answer, from the run,
/// once it reaches the question's epoch.
#[function_component]
fn Prediction(props: &PredictionProps) -> Html {
    let lang = use_lang();
    let q = props.question;
    let epoch = props.view.session.epoch();
    let after = crate::format::thousands(q.after);
    let happened = props.answer.and_then(|(c, _)| c);
    html! {
        <div class="prediction">
            <fieldset disabled={epoch > 0}>
                <legend>{ q.ask.get(lang) }</legend>
                { for q.choices.iter().enumerate().map(|(i, c)| {
                    let id = format!("prediction-{i}");
                    let onchange = props.onaction.reform(move |_: Event| Action::Predict(i));
                    html! {
                        <div class={classes!("prediction-choice", (happened == Some(i)).then_some("happened"))}>
                            <input type="radio" name="prediction" id={id.clone()}
                                checked={props.prediction == Some(i)} {onchange} />
                            <label for={id}>
                                { c.words.get(lang) }
                                if happened == Some(i) {
                                    { " " }<strong>{ lang.text(Text::LessonHappenedMark) }</strong>
                                }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>
            <div role="status" class="prediction-status">
                {
                    match props.answer {
                        Some((c, at)) => answer(lang, q, c, at, props.prediction, &props.view),
                        None if epoch > 0 => html! { <p>{ lang.fill(Text::LessonRunning, &[&after]) }</p> },
                        None => html! { <p>{ lang.fill(Text::LessonPredictHelp, &[&after]) }</p> },
                    }
                }
            </div>
        </div>
    }
}

/// What happened: the choice, whether the prediction matched, the values measured (now)
/// and the explanations.
fn answer(
    lang: Lang,
    q: &Question,
    c: Option<usize>,
    at: u64,
    prediction: Option<usize>,
    view: &SessionView,
) -> Html {
    let choice = c.and_then(|c| q.choices.get(c));
    let verdict = match prediction {
        Some(p) if Some(p) == c => lang.text(Text::LessonRight).to_string(),
        Some(p) => lang.fill(
            Text::LessonWrong,
            &[q.choices.get(p).map_or("", |x| x.words.get(lang))],
        ),
        None => lang.text(Text::LessonNoPrediction).to_string(),
    };
    // The measures the question asks about, as the run has them now (the page paused
    // at the answer, so these are the judged values until Play).
    let mut measured: Vec<String> = Vec::new();
    for ch in q.choices {
        for cond in ch.when.and_then(goal::parse).unwrap_or_default() {
            let v = value(cond.measure, cond.measure.of(&view.session));
            let text = format!("{} {v}", measure_name(lang, cond.measure));
            if !measured.contains(&text) {
                measured.push(text);
            }
        }
    }
    html! {
        <div class="prediction-answer">
            <h4>{ lang.fill(Text::LessonHappened, &[&crate::format::thousands(at)]) }</h4>
            <p><strong>{
                choice.map_or(lang.text(Text::LessonNoneHappened), |c| c.words.get(lang))
            }</strong></p>
            <p>{ verdict }</p>
            if !measured.is_empty() {
                <p>{ lang.fill(Text::LessonMeasured, &[&measured.join(lang_list(lang))]) }</p>
            }
            if let Some(e) = choice.and_then(|c| c.explain.as_ref()) {
                { for e.paragraphs(lang).map(|p| html! { <p>{ p }</p> }) }
            }
            if let Some(e) = &q.explain {
                { for e.paragraphs(lang).map(|p| html! { <p>{ p }</p> }) }
            }
            <p>{ lang.text(Text::LessonAgain) }</p>
        </div>
    }
}

/// The separator of a list in running text.
fn lang_list(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", ",
        Lang::Zh => "，",
    }
}

#[derive(Properties, PartialEq)]
struct HintProps {
    text: &'static str,
    /// Seconds.
    after: u32,
    met: bool,
}

/// The goal's hint, shown `after` seconds after the step opened unless the goal is met.
/// Keyed by the step, so another step starts the clock again.
#[function_component]
fn Hint(props: &HintProps) -> Html {
    let lang = use_lang();
    let due = use_state(|| false);
    {
        let due = due.clone();
        let ms = i32::try_from(u64::from(props.after) * 1000).unwrap_or(i32::MAX);
        use_effect_with((), move |_| {
            let timer = browser::after(ms, move || due.set(true));
            move || drop(timer)
        });
    }
    html! {
        <p class="lesson-hint" role="status">
            if *due && !props.met {
                { lang.fill(Text::LessonHint, &[props.text]) }
            }
        </p>
    }
}
