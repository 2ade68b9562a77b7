//! The root component: owns the state, wires the browser to [`Action`]s and lays out
//! the views. Training happens in the reducer; drawing happens in the views' effects.

use yew::prelude::*;

use crate::browser;
use crate::draw::grid_store::SharedGrid;
use crate::hooks::{use_frame_loop, use_hash_change, use_hash_sync, use_shortcuts};
use crate::shortcuts::Shortcut;
use crate::state::{Action, AppState};
use crate::text::{Lang, Text};
use crate::views::header::Header;
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
        use_callback((), move |_time: f64, _| d.dispatch(Action::Tick))
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
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<SharedGrid> context={(*grid).clone()}>
            <div class="app" lang={lang.code()}>
                <Notice warnings={state.warnings.clone()} {ondismiss} />
                if !config.hide_text {
                    <Header />
                }
                <TopBar playing={state.playing} epoch={state.session.epoch()} {onaction} />
                <main class="workspace">
                    <OutputColumn view={state.view()} />
                </main>
                <footer class="page-footer">
                    <p class="shortcuts-help">{ lang.text(Text::Shortcuts) }</p>
                </footer>
            </div>
        </ContextProvider<SharedGrid>>
        </ContextProvider<Lang>>
    }
}
