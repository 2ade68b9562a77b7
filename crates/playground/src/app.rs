//! The root component: owns the state, wires the browser to [`Action`]s and lays out
//! the views. Training happens in the reducer; drawing happens in the views' effects.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::draw::grid_store::SharedGrid;
use crate::hooks::{use_frame_loop, use_hash_change, use_hash_sync, use_shortcuts};
use crate::shortcuts::Shortcut;
use crate::state::{Action, AppState};
use crate::text::{Lang, Text};
use crate::views::chart::SharedHistory;
use crate::views::data_column::DataColumn;
use crate::views::divergence::DivergenceAlert;
use crate::views::explainer::Explainer;
use crate::views::header::Header;
use crate::views::hyperparameters::Hyperparameters;
use crate::views::network::NetworkView;
use crate::views::notice::Notice;
use crate::views::output::OutputColumn;
use crate::views::top_bar::TopBar;

/// The playground page.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::from_hash(&browser::location_hash(), browser::fresh_seed));
    let grid = use_memo((), |_| SharedGrid::default());
    let lang = Lang::default();
    let dispatcher = state.dispatcher();

    // Callbacks are memoised so the hooks below keep their listeners between frames.
    let onaction = {
        let d = dispatcher.clone();
        use_callback((), move |action: Action, _| d.dispatch(action))
    };
    let ontick = {
        let d = dispatcher.clone();
        use_callback((), move |_time: f64, _| {
            let t0 = crate::draw::thumbnail::probe_now(); // PROBE
            d.dispatch(Action::Tick);
            crate::draw::thumbnail::probe("tick", t0); // PROBE
        })
    };
    let onshortcut = {
        let d = dispatcher.clone();
        use_callback((), move |shortcut: Shortcut, _| {
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
        let d = dispatcher;
        use_callback((), move |(), _| d.dispatch(Action::DismissNotice))
    };

    use_frame_loop(state.playing, ontick);
    use_shortcuts(onshortcut);
    use_hash_change(onhashchange);
    use_hash_sync(state.hash());

    let config = state.config();
    // Controls a course link hid with `<name>_hide=true` (the original's embed option).
    let hidden: Rc<[String]> = config
        .hidden
        .iter()
        .filter(|(_, hide)| *hide)
        .map(|(name, _)| name.clone())
        .collect();
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<SharedGrid> context={(*grid).clone()}>
            <div class="app" lang={lang.code()}>
                <Notice warnings={state.warnings.clone()} {ondismiss} />
                if !config.hide_text {
                    <Header />
                }
                <TopBar playing={state.playing} epoch={state.session.epoch()} onaction={onaction.clone()}>
                    <Hyperparameters learning_rate={config.learning_rate} activation={config.activation}
                        regularization={config.regularization}
                        regularization_rate={config.regularization_rate} problem={config.problem}
                        hidden={Rc::clone(&hidden)} onaction={onaction.clone()} />
                </TopBar>
                if state.diverged() {
                    <DivergenceAlert />
                }
                // Three areas: data | features + network | output. Below 1,100 px the
                // output moves under the other two (www/style.css).
                <main class="workspace">
                    <DataColumn problem={config.problem} dataset={config.current_dataset()}
                        perc_train_data={config.perc_train_data} noise={config.noise}
                        batch_size={config.batch_size} hidden={Rc::clone(&hidden)}
                        onaction={onaction.clone()} />
                    <div class="network-area">
                        <NetworkView view={state.view()} onaction={onaction.clone()} />
                    </div>
                    <OutputColumn view={state.view()} history={SharedHistory(Rc::clone(&state.history))}
                        {hidden} {onaction} />
                </main>
                if !config.hide_text {
                    <Explainer />
                }
                <footer class="page-footer">
                    <p class="shortcuts-help">{ lang.text(Text::Shortcuts) }</p>
                </footer>
            </div>
        </ContextProvider<SharedGrid>>
        </ContextProvider<Lang>>
    }
}
