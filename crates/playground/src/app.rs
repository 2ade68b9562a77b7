//! The root component: owns the state, wires the browser to [`Action`]s and lays out
//! the views. Training happens in the reducer; drawing happens in the views' effects.

use std::rc::Rc;

use nn_core::hash;
use yew::prelude::*;

use crate::browser;
use crate::draw::grid_store::SharedGrid;
use crate::hooks::pace::PaceInput;
use crate::hooks::{
    use_document_language, use_embed_height, use_hash_change, use_hash_sync, use_pace,
    use_page_lang, use_shortcuts,
};
use crate::parts::{Hidden, Part};
use crate::shortcuts::Shortcut;
use crate::state::{Action, AppState};
use crate::text::{Lang, Text};
use crate::views::challenge::ChallengeBox;
use crate::views::classroom::Classroom;
use crate::views::compare::ComparePanel;
use crate::views::data_column::DataColumn;
use crate::views::data_file::PointsView;
use crate::views::divergence::DivergenceAlert;
use crate::views::embed::EmbedBar;
use crate::views::explainer::Explainer;
use crate::views::header::Header;
use crate::views::hyperparameters::{menu_states, Hyperparameters};
use crate::views::inside::InsidePanel;
use crate::views::language::LanguagePicker;
use crate::views::lesson::{LessonMenu, LessonPanel};
use crate::views::network::NetworkView;
use crate::views::notice::Notice;
use crate::views::output::OutputColumn;
use crate::views::playground_file::PlaygroundFile;
use crate::views::runs::RunTable;
use crate::views::share::Share;
use crate::views::top_bar::TopBar;
use crate::views::trouble::TroubleNote;

/// The playground page.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::from_hash(&browser::location_hash(), browser::fresh_seed));
    let grid = use_memo((), |_| SharedGrid::default());
    let dispatcher = state.dispatcher();

    // Callbacks are memoised so the hooks below keep their listeners between frames.
    let onaction = {
        let d = dispatcher.clone();
        use_callback((), move |action: Action, _| d.dispatch(action))
    };
    // What a course link or the classroom panel hides; every view asks this.
    let hidden = Hidden::of(state.config());
    let onshortcut = {
        let d = dispatcher.clone();
        use_callback(hidden.clone(), move |shortcut: Shortcut, hidden| {
            if !hidden.allows(shortcut) {
                return;
            }
            d.dispatch(match shortcut {
                Shortcut::TogglePlay => Action::TogglePlay,
                Shortcut::Step => Action::Step,
                Shortcut::Reset => Action::Reset,
            })
        })
    };
    let onhashchange = {
        let d = dispatcher.clone();
        use_callback((), move |hash: String, _| {
            d.dispatch(Action::Load {
                hash,
                fresh_seed: browser::fresh_seed(),
            })
        })
    };
    let ondismiss = {
        let d = dispatcher.clone();
        use_callback((), move |(), _| d.dispatch(Action::DismissNotice))
    };

    let rate = use_pace(
        dispatcher.clone(),
        PaceInput {
            speed: state.config().page.speed,
            playing: state.playing,
            run: state.run,
            sessions: [Some(Rc::clone(&state.session)), state.compare.clone()],
            reached: state.reached,
            stop_at: state.stop_at(),
        },
    );
    use_shortcuts(onshortcut);
    use_hash_change(onhashchange);
    use_hash_sync(state.hash());
    // The link's `lang=` wins; without it, the browser's preference.
    let lang = use_page_lang(state.config().page.lang.map(Lang::from));
    use_document_language(lang);

    let config = state.config();
    // A lesson step with a goal shows it in its own panel.
    let lesson_goal = crate::lessons::step_of(config.page.lesson).is_some_and(|s| s.goal.is_some());
    let text = hidden.shows(Part::Text);
    let inside = hidden.shows(Part::Inside);
    let classroom = hidden.shows(Part::ClassroomButton);
    let lessons_menu = hidden.shows(Part::Lessons);
    let file_tools = hidden.shows(Part::PlaygroundFile);
    let hidden_runs = hidden.shows(Part::RunHistory);
    // `embed=true`: a compact page for an iframe, with a way out to the full page.
    let embed = config.page.embed;
    // `panels=` picks the areas; without it, the page's usual ones (an embed leaves out
    // the panel Inside the network and the earlier runs).
    let panel = |name: &str| match &config.page.panels {
        Some(names) => names.contains(&name),
        None => !embed || !matches!(name, "inside" | "runs"),
    };
    let app_ref = use_node_ref();
    use_embed_height(app_ref.clone(), embed);
    let full_hash = embed.then(|| {
        let mut full = config.clone();
        full.page.embed = false;
        hash::write(&full)
    });
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<SharedGrid> context={(*grid).clone()}>
        <ContextProvider<Hidden> context={hidden}>
            <div ref={app_ref} class={classes!("app", embed.then_some("embed"))} lang={lang.code()}>
                <Notice warnings={state.warnings.clone()}
                    tutorial={state.tutorial.clone().map(AttrValue::from)} {ondismiss} />
                if let Some(hash) = full_hash {
                    <EmbedBar {hash} />
                } else if text {
                    <Header>
                        if lessons_menu {
                            <LessonMenu lang={config.page.lang} classroom_hidden={!classroom} />
                        }
                        <LanguagePicker onaction={onaction.clone()} />
                    </Header>
                } else {
                    <div class="page-tools page-tools-bar">
                        if lessons_menu {
                            <LessonMenu lang={config.page.lang} classroom_hidden={!classroom} />
                        }
                        <LanguagePicker onaction={onaction.clone()} />
                    </div>
                }
                if panel("controls") {
                <TopBar playing={state.playing} epoch={state.session.epoch()} {rate}
                    speed={config.page.speed} onaction={onaction.clone()}>
                    <Hyperparameters menus={menu_states(config)} step_used={uses_step(config)}
                        onaction={onaction.clone()} />
                </TopBar>
                }
                if let Some(at) = config.page.lesson {
                    <LessonPanel {at} view={state.view()} prediction={state.prediction}
                        answer={state.answer} goal={config.page.goal.clone()}
                        met_at={state.goal_met_at} onaction={onaction.clone()} />
                }
                if let (Some(goal), false) = (config.page.goal.clone(), lesson_goal) {
                    <ChallengeBox {goal} view={state.view()} met_at={state.goal_met_at} />
                }
                if state.diverged() {
                    <DivergenceAlert />
                } else if let Some(trouble) = nn_core::diagnose::diagnose(&state.session) {
                    <TroubleNote {trouble} />
                }
                // Three areas: data | features + network | output. Below 1,100 px the
                // output moves under the other two (www/style.css).
                <main class="workspace">
                    if panel("data") {
                    <DataColumn problem={config.problem} dataset={config.current_dataset()}
                        perc_train_data={config.perc_train_data} noise={config.noise}
                        batch_size={config.batch_size} classes={config.classes}
                        train_points={state.session.train_points().len()}
                        updates={state.session.updates()}
                        points={PointsView { session: Rc::clone(&state.session), version: state.data_version }}
                        onaction={onaction.clone()} />
                    }
                    if panel("network") {
                        <div class="network-area">
                            <NetworkView view={state.view()} onaction={onaction.clone()} />
                        </div>
                    }
                    if panel("output") {
                        <OutputColumn view={state.view()} runs={state.runs.clone()} other={state.view_b()}
                            checkpoints={state.timeline.epochs().collect::<Vec<_>>()} viewing={state.viewing}
                            onaction={onaction.clone()} />
                    }
                </main>
                if let (Some(b), Some(compare), true) =
                    (state.view_b(), config.page.compare.clone(), panel("compare"))
                {
                    <ComparePanel a={state.view()} {b} {compare} reached={state.reached}
                        onaction={onaction.clone()} />
                }
                if panel("runs") && hidden_runs {
                    <div class="runs-area">
                        <RunTable runs={state.runs.clone()} onaction={onaction.clone()} />
                    </div>
                }
                if inside && panel("inside") {
                    <InsidePanel view={state.view()} onaction={onaction.clone()} playing={state.playing} />
                }
                if !embed {
                    <div class="course-tools">
                        <Share hash={state.hash()} />
                        if file_tools {
                            <PlaygroundFile view={state.view()} onaction={onaction.clone()} />
                        }
                        if classroom {
                            <Classroom onaction={onaction.clone()} goal={config.page.goal.clone()} />
                        }
                    </div>
                    if text {
                        <Explainer />
                    }
                    <footer class="page-footer">
                        <p class="shortcuts-help">{ lang.text(Text::Shortcuts) }</p>
                    </footer>
                }
            </div>
        </ContextProvider<Hidden>>
        </ContextProvider<SharedGrid>>
        </ContextProvider<Lang>>
    }
}

/// Whether any hidden layer uses Step (the page then says why nothing learns).
fn uses_step(config: &nn_core::Config) -> bool {
    (0..config.network_shape.len()).any(|l| config.layer_activation(l) == nn_core::Activation::Step)
}
