//! The app state and every change to it, as typed [`Action`]s.
//!
//! Nothing here touches the browser: the reducer is plain Rust over `nn-core`, so each
//! action can be tested, logged and replayed natively. Whatever needs the outside world
//! (a fresh random seed, the location hash) arrives inside the action.

use std::rc::Rc;

use nn_core::{hash, Config, PageSettings, Session, Speed, Warning};
use yew::Reducible;

use crate::compare::Follow;
use crate::lessons;
use crate::network_edit::{NodeId, Param, ShapeEdit};
use crate::parts::Part;
use crate::runs::{self, Run};
use crate::settings::Setting;
use crate::side::Side;

/// Everything the page shows, changed only through [`Action`]s.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The engine. Shared, so cloning the state for the reducer is cheap; changes go
    /// through [`Rc::make_mut`].
    pub session: Rc<Session>,
    /// Whether the animation loop trains.
    pub playing: bool,
    /// Values from the link that were ignored or adjusted; shown until dismissed.
    pub warnings: Rc<[Warning]>,
    /// The tutorial a link named (`tutorial=`). The original fetched it as HTML from the
    /// server; this page never loads it, and the notice says so until dismissed.
    pub tutorial: Option<String>,
    /// The epoch at which the current run first met the link's goal (`goal=`).
    pub goal_met_at: Option<u64>,
    /// Earlier runs that trained, newest last (see [`crate::runs`]).
    pub runs: Rc<[Run]>,
    /// The choice picked for the open lesson step's prediction question.
    pub prediction: Option<usize>,
    /// The question answered by the run: the choice that happened (`None` if no choice
    /// describes the run), and the epoch at which the page judged it (training pauses
    /// there). Cleared when the run starts over.
    pub answer: Option<(Option<usize>, u64)>,
    /// Bumped whenever the network may have changed (weights, shape, features).
    pub network_version: u64,
    /// Bumped whenever the data points may have changed.
    pub data_version: u64,
    /// The node under the pointer or the keyboard focus, shown in the big heatmap in
    /// place of the output.
    pub highlight: Option<NodeId>,
    /// Checkpoints of the run, for looking back (see [`nn_core::timeline`]).
    pub timeline: Rc<nn_core::timeline::Timeline>,
    /// The checkpoint shown instead of the run's latest state, while looking back.
    pub viewing: Option<usize>,
    /// Compare mode's second network (see [`crate::compare`]), while the link asks for it.
    pub compare: Option<Rc<Session>>,
    /// Bumped whenever the second network may have changed.
    pub compare_version: u64,
    /// In compare mode, the first epoch at which each network's test loss reached
    /// [`nn_core::compare::TARGET_LOSS`] in this run, by [`Side::index`].
    pub reached: [Option<u64>; 2],
    /// Counts the changes made to the session here (everything but adopting a training
    /// worker's progress). Progress from a worker that started on an older run did not see
    /// the latest change and is dropped.
    pub run: u64,
}

/// A change to the app state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Start training, one epoch per animation frame.
    Play,
    /// Stop training.
    Pause,
    /// Play if paused, pause if playing (the Space key).
    TogglePlay,
    /// Pause and train exactly one epoch.
    Step,
    /// Pause and train one mini-batch (up to the next weight update).
    StepBatch,
    /// Replace an all-Linear network by its collapsed single layer: no hidden layers,
    /// with the multiplied-through weights (see [`nn_core::collapse`]).
    OpenCollapsed,
    /// Pause and go back to epoch 0 with the same starting weights; the data is kept.
    Reset,
    /// Pause and draw new starting weights (the original's Reset); the link counts them.
    NewWeights,
    /// One animation frame while playing: train one epoch.
    Tick,
    /// One animation frame at maximum speed: train `epochs` (the page sizes it to the
    /// frame budget). With `redraw` false the pictures keep the previous network (the
    /// numbers still update), so drawing runs at a steady rate and training gets the rest.
    TrainFor {
        /// Epochs to train.
        epochs: u64,
        /// Whether the heatmaps and the network view should follow.
        redraw: bool,
    },
    /// Load the configuration of a location hash (page load, or the user edited the
    /// URL). `fresh_seed` is used if the hash has no seed.
    Load {
        /// The hash, with or without its leading `#`.
        hash: String,
        /// A seed to use when the hash gives none.
        fresh_seed: String,
    },
    /// Set or remove the link's challenge (`goal=`).
    SetGoal(Option<nn_core::goal::Goal>),
    /// Open a saved playground: its configuration (with its points), then its training.
    OpenFile {
        /// The configuration, seed and points included.
        config: Box<Config>,
        /// The training state, checked to fit it.
        state: Rc<nn_core::TrainingState>,
    },
    /// Start over from earlier run N (its number), even if it is the current one: its
    /// link, and the points it trained on if they were the user's.
    RestoreRun(u64),
    /// Open step N (from 1) of the open lesson: its setup replaces the playground.
    OpenStep(usize),
    /// Close the lesson; the playground stays as it is.
    CloseLesson,
    /// Pick choice N (from 0) as the prediction for the step's question (before the run).
    Predict(usize),
    /// Train on the user's points (imported), as the problem their labels make; `None`:
    /// back to the generated data set. Starts over.
    UseData(
        Option<(
            std::sync::Arc<nn_core::given::GivenData>,
            nn_core::csv::Labels,
        )>,
    ),
    /// Add, erase or clear points on the output map (Draw). The generated data set
    /// becomes the user's points (on the link's grid) at the first edit; the network
    /// keeps its weights and goes on training.
    EditPoints(nn_core::given::Edit),
    /// Show checkpoint N (from 0, oldest first) of the timeline: the run as it was then
    /// (training pauses; the latest state is kept as the last checkpoint).
    ViewCheckpoint(usize),
    /// Train on from the checkpoint shown: the later checkpoints go (the run branches).
    ContinueFromCheckpoint,
    /// Close the notice listing the link's warnings.
    DismissNotice,
    /// Hide (`true`) or show a part of the page; the link follows (`<name>_hide`).
    SetHidden(Part, bool),
    /// Lock (`true`) or unlock a control; the link follows (`<name>_lock`).
    SetLocked(Part, bool),
    /// Change one setting (menus, sliders, data set, checkboxes).
    Set(Setting),
    /// New data from a new seed; the network keeps its weights and keeps training.
    Regenerate,
    /// Switch an input feature on or off (resets, as in the original).
    ToggleFeature(nn_core::Feature),
    /// Add or remove a hidden layer or a neuron (resets).
    EditShape(ShapeEdit),
    /// Set a weight or a bias to a typed value; the losses follow at once.
    SetParam(Param, f64),
    /// Show this node in the big heatmap (`None`: the output again).
    Highlight(Option<NodeId>),
    /// A training worker's state after some epochs (see [`crate::trainer`]); taken only
    /// while playing and only if it continues the current `run`.
    Adopt {
        /// The network it trained.
        side: Side,
        /// The run the worker was given.
        run: u64,
        /// [`Session::training_state`].
        state: Rc<nn_core::TrainingState>,
        /// The first epoch its test loss reached the target, if the worker watched.
        reached: Option<u64>,
    },
    /// Several actions at once, in order, drawn once (both workers' progress in a frame).
    Batch(Vec<Action>),
    /// Turns compare mode on (both networks start from epoch 0) or off.
    Compare(bool),
    /// Sets a setting of the second network (`None`: the same as the first's); both
    /// start from epoch 0.
    SetCompare(&'static str, Option<String>),
}

impl AppState {
    /// The state for a location hash; `fresh_seed` is drawn only if it has no seed.
    pub fn from_hash(hash: &str, fresh_seed: impl FnOnce() -> String) -> Self {
        let link = Link::read(hash);
        AppState {
            session: Rc::new(Session::new(link.config, fresh_seed)),
            playing: false,
            warnings: link.warnings,
            tutorial: link.tutorial,
            runs: Rc::from([]),
            prediction: None,
            answer: None,
            goal_met_at: None,
            network_version: 0,
            data_version: 0,
            highlight: None,
            timeline: Rc::default(),
            viewing: None,
            compare: None,
            compare_version: 0,
            reached: [None; 2],
            run: 0,
        }
        .following()
    }

    /// The configuration in use (its seed is always set).
    pub fn config(&self) -> &Config {
        self.session.config()
    }

    /// The canonical location hash of the current configuration, without the `#`.
    pub fn hash(&self) -> String {
        hash::write(self.config())
    }

    /// A comparable snapshot of the session for views.
    pub fn view(&self) -> SessionView {
        SessionView {
            side: Side::A,
            session: Rc::clone(&self.session),
            network_version: self.network_version,
            data_version: self.data_version,
            highlight: self.highlight,
        }
    }

    /// The second network's view, in compare mode.
    pub fn view_b(&self) -> Option<SessionView> {
        Some(SessionView {
            side: Side::B,
            session: Rc::clone(self.compare.as_ref()?),
            network_version: self.compare_version,
            data_version: self.data_version,
            highlight: None,
        })
    }

    /// Changes the network's inputs or shape through `f` (which says whether it changed
    /// anything); the network starts over and training pauses, as the original's reset.
    fn reshape(&mut self, f: impl FnOnce(&mut Config) -> bool) {
        let mut config = self.config().clone();
        if !f(&mut config) {
            return;
        }
        self.playing = false;
        // The hovered node may be gone.
        self.highlight = None;
        self.train(|s| s.apply(config));
    }

    /// Replaces an all-Linear network with hidden layers by its single equivalent layer.
    fn open_collapsed(&mut self) {
        let Some(collapsed) = nn_core::collapse::collapse(self.session.network()) else {
            return;
        };
        if collapsed.hidden == 0 {
            return;
        }
        let (weights, biases) = collapsed.layer();
        self.reshape(|c| {
            c.network_shape.clear();
            c.fit_layer_activations();
            true
        });
        self.train(|s| {
            s.set_layer(0, &weights, &biases);
        });
    }

    /// Changes the network (and maybe the data) through `f`, bumping the versions.
    pub(crate) fn train(&mut self, f: impl FnOnce(&mut Session)) {
        f(Rc::make_mut(&mut self.session));
        self.network_version += 1;
        self.run += 1;
    }

    /// Writes `setting` into the configuration and applies it: live settings keep
    /// training, the rest start over (and pause, as Reset does).
    fn set(&mut self, setting: Setting) {
        let mut config = self.config().clone();
        setting.write(&mut config);
        // A built-in data set, another problem or class count: the user's points no
        // longer apply.
        let drops = matches!(setting, Setting::Dataset(_))
            || config.problem != self.config().problem
            || config.classes != self.config().classes;
        if drops {
            config.given = None;
        }
        if &config == self.config() {
            return;
        }
        let seed = self.config().seed.clone();
        self.train(|s| s.apply(config));
        if self.config().seed != seed {
            self.data_version += 1;
        }
        if setting.resets() {
            self.playing = false;
        }
    }

    /// Hides or shows a part of the page. Training carries on: no part changes the
    /// network or the data.
    fn set_hidden(&mut self, part: Part, hidden: bool) {
        self.set_page(|c| part.set_hidden(c, hidden));
    }

    /// Changes what the page shows or checks (hidden and locked parts, the challenge)
    /// through `f`; training carries on.
    pub(crate) fn set_page(&mut self, f: impl FnOnce(&mut Config)) {
        let mut config = self.config().clone();
        f(&mut config);
        if &config != self.config() {
            self.train(|s| s.apply(config));
        }
    }

    /// Whether a loss is NaN or infinite; training is stopped until a reset.
    pub fn diverged(&self) -> bool {
        self.session.diverged()
    }

    fn load(&mut self, hash: &str, fresh_seed: String) {
        let mut link = Link::read(hash);
        if link.config.seed.is_none() {
            link.config.seed = Some(fresh_seed);
        }
        self.warnings = link.warnings;
        self.tutorial = link.tutorial;
        if &link.config == self.config() {
            // Our own canonical hash coming back: nothing to rebuild.
            return;
        }
        self.start_over(link.config);
    }

    /// Replaces the session by a new one for `config` (which has a seed).
    fn start_over(&mut self, config: Config) {
        self.session = Rc::new(Session::new(config, String::new));
        self.run += 1;
        self.playing = false;
        self.network_version += 1;
        self.data_version += 1;
    }

    /// The open lesson step's prediction question.
    pub fn question(&self) -> Option<&'static lessons::Question> {
        lessons::step_of(self.config().page.lesson)?
            .question
            .as_ref()
    }

    /// The epoch where training must stop because the run answers the open lesson
    /// step's question there (`None` when there is none, or it is answered): the worker
    /// is held to it at maximum speed as the page is.
    /// So is a goal's last epoch (`epochs_le_150`) while it is not met: the page then
    /// checks the goal at that epoch, not a frame later, and training goes on after it.
    pub fn stop_at(&self) -> Option<u64> {
        let epoch = self.session.epoch();
        let question = self
            .question()
            .filter(|_| self.answer.is_none())
            .map(|q| q.after);
        let goal = self
            .config()
            .page
            .goal
            .as_deref()
            .filter(|_| self.goal_met_at.is_none())
            .and_then(nn_core::goal::last_epoch)
            .filter(|&last| last > epoch);
        question.into_iter().chain(goal).min()
    }

    /// `epochs`, cut so that training stops at [`AppState::stop_at`].
    fn to_stop(&self, epochs: u64) -> u64 {
        let epoch = self.session.epoch();
        match self.stop_at() {
            Some(at) if at > epoch => epochs.min(at - epoch),
            _ => epochs,
        }
    }

    fn open_step(&mut self, step: usize) {
        let Some(at) = self.config().page.lesson else {
            return;
        };
        let count = lessons::find(at.name).map_or(0, |l| l.steps.len());
        if !(1..=count).contains(&step) {
            return;
        }
        let link = Link::read(&lessons::step_link(at.name, step, &self.config().page));
        self.warnings = link.warnings;
        self.start_over(link.config);
    }

    fn use_data(
        &mut self,
        data: Option<(
            std::sync::Arc<nn_core::given::GivenData>,
            nn_core::csv::Labels,
        )>,
    ) {
        let mut config = self.config().clone();
        match data {
            Some((points, labels)) => {
                config.given = Some(points);
                config.problem = labels.problem();
                if let nn_core::csv::Labels::Classes(k) = labels {
                    config.classes = k;
                }
            }
            None => config.given = None,
        }
        if &config == self.config() {
            return;
        }
        self.playing = false;
        self.highlight = None;
        self.train(|s| s.apply(config));
        self.data_version += 1;
    }

    /// Makes the checkpoint looked back at the run's latest state, dropping the later
    /// ones; whether one was looked back at.
    fn branch(&mut self) -> bool {
        let Some(i) = self.viewing.take() else {
            return false;
        };
        Rc::make_mut(&mut self.timeline).truncate_after(i);
        true
    }

    fn view_checkpoint(&mut self, i: usize) {
        if self.viewing.is_none() {
            // The latest state is kept, so looking back can come forward again.
            let now = self.session.training_state();
            Rc::make_mut(&mut self.timeline).record_now(now);
        }
        let Some(state) = self.timeline.get(i).cloned() else {
            return;
        };
        self.playing = false;
        self.viewing = Some(i);
        self.train(|s| {
            // Each checkpoint is a state of this very session.
            let _ = s.load_training_state(&state);
        });
    }

    fn edit_points(&mut self, edit: nn_core::given::Edit) {
        use nn_core::given::{Edit, GivenData};
        let config = self.config();
        if let Edit::Add(p, _) = edit {
            if !config.takes(p.target) || !p.x.is_finite() || !p.y.is_finite() {
                return;
            }
        }
        let s = &self.session;
        let (train, test) = (s.train_points(), s.test_points());
        let drawn = match &config.given {
            Some(given) => given.edited(edit, train, test),
            None => GivenData::from_sets(train, test, true).edited(edit, train, test),
        };
        // An edit that changes nothing (an erase where there are no points) leaves the
        // generated data generated.
        let unchanged = match &config.given {
            Some(given) => **given == drawn,
            None => drawn.points.len() == train.len() + test.len(),
        };
        if unchanged || drawn.points.len() > nn_core::csv::MAX_POINTS {
            return;
        }
        // The weights stay, so the pictures of the network do too: only the points and
        // the losses change (a worker training the run gets the new points).
        Rc::make_mut(&mut self.session).edit_points(std::sync::Arc::new(drawn));
        self.run += 1;
        self.data_version += 1;
    }

    fn close_lesson(&mut self) {
        let step_goal = lessons::step_of(self.config().page.lesson)
            .and_then(|s| s.goal.as_ref())
            .and_then(|g| nn_core::goal::parse(g.check));
        self.set_page(|c| {
            if c.page.goal.is_some() && c.page.goal == step_goal {
                c.page.goal = None;
            }
            c.page.lesson = None;
        });
    }
}

/// What a link gives the page.
struct Link {
    config: Config,
    /// The codec's warnings, with the key and value readable (see [`readable`]).
    warnings: Rc<[Warning]>,
    /// The tutorial it names, taken out of the configuration: it is never fetched, and
    /// the page's own links leave it out.
    tutorial: Option<String>,
}

impl Link {
    fn read(hash: &str) -> Link {
        let mut parsed = lessons::open(hash, hash::parse(hash));
        let tutorial = parsed.config.page.tutorial.take().map(|t| readable(&t));
        let warnings = parsed
            .warnings
            .into_iter()
            .map(|w| Warning {
                key: readable(&w.key),
                value: readable(&w.value),
                ..w
            })
            .collect();
        Link {
            config: parsed.config,
            warnings,
            tutorial,
        }
    }
}

/// A piece of a link as a person wrote it: browsers percent-encode spaces, quotes and
/// angle brackets in the address, so `%3Cb%3E` is shown as `<b>` (as text, never as
/// markup). The codec itself reads links undecoded, as the original does.
pub fn readable(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A file opened on a student's page (one without the Classroom button) keeps what the
/// teacher set: every hidden and locked part and the challenge stay, so a file saved
/// elsewhere cannot undo the setup. Anywhere else the file's own page settings apply.
fn keep_classroom(from: &PageSettings, into: &mut PageSettings) {
    if !crate::parts::students_page(from) {
        return;
    }
    for (kept, list) in [
        (&from.hidden, &mut into.hidden),
        (&from.locked, &mut into.locked),
    ] {
        for (name, _) in kept.iter().filter(|(_, on)| *on) {
            list.retain(|(n, _)| n != name);
            list.push((name.clone(), true));
        }
    }
    if from.goal.is_some() {
        into.goal.clone_from(&from.goal);
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let before = Rc::clone(&self.session);
        let mut next = Rc::unwrap_or_clone(self);
        let replaces = matches!(action, Action::OpenFile { .. });
        let looks_back = matches!(action, Action::ViewCheckpoint(_));
        next.apply(action);
        // Looking back at the run's start is not starting over.
        let restarted = !looks_back && next.session.epoch() == 0;
        // A run that trained and is now back at epoch 0 (Reset, New weights, a change
        // that starts over, another link) or replaced by a file is kept for comparison.
        if before.epoch() > 0 && (restarted || replaces) {
            next.runs = runs::keep(&next.runs, &before);
        }
        // The timeline: a run back at epoch 0 or replaced forgets it; a run going on
        // records when due (its epoch 0 from the state before, the first time).
        let epoch = next.session.epoch();
        if restarted || replaces {
            if !next.timeline.is_empty() {
                next.timeline = Rc::default();
            }
            next.viewing = None;
        } else if next.viewing.is_none() && next.compare.is_none() && next.timeline.due(epoch) {
            let (session, timeline) = (&next.session, Rc::make_mut(&mut next.timeline));
            if timeline.is_empty() && before.epoch() == 0 {
                timeline.record(|| before.training_state(), 0);
            }
            timeline.record(|| session.training_state(), epoch);
        }
        // The lesson: another step starts without a prediction; a run back at epoch 0
        // is not answered yet; a run that reaches the question's epoch answers it and
        // pauses there.
        if before.config().page.lesson != next.config().page.lesson {
            next.prediction = None;
            next.answer = None;
        }
        if next.session.epoch() == 0 {
            next.answer = None;
        }
        if let Some(q) = next.question() {
            let epoch = next.session.epoch();
            if next.answer.is_none() && epoch >= q.after {
                next.answer = Some((lessons::answer(q, &next.session), epoch));
                next.playing = false;
            }
        }
        // The challenge: first met at this epoch; a run back at epoch 0 starts again.
        if next.session.epoch() == 0 {
            next.goal_met_at = None;
        }
        if let Some(goal) = &next.session.config().page.goal {
            if next.goal_met_at.is_none() && nn_core::goal::met(goal, &next.session) {
                next.goal_met_at = Some(next.session.epoch());
            }
        } else {
            next.goal_met_at = None;
        }
        Rc::new(next)
    }
}

impl AppState {
    /// Applies `action` to this state.
    fn apply(&mut self, action: Action) {
        let next = self;
        // Training on NaN weights changes nothing: after a divergence only a reset
        // (or a new configuration) helps, and the alert says so.
        let trains = matches!(
            action,
            Action::Play
                | Action::TogglePlay
                | Action::Step
                | Action::StepBatch
                | Action::Tick
                | Action::TrainFor { .. }
                | Action::Adopt { .. }
        );
        if trains && next.diverged() {
            next.playing = false;
            return;
        }
        let was_playing = next.playing;
        let how = match action {
            Action::Step | Action::Tick | Action::TrainFor { .. } => Follow::Trained,
            Action::StepBatch => Follow::Batch,
            Action::EditPoints(_) | Action::Regenerate => Follow::NewPoints,
            Action::OpenFile { .. }
            | Action::ViewCheckpoint(_)
            | Action::ContinueFromCheckpoint => Follow::Replaced,
            _ => Follow::Other,
        };
        // Training from a checkpoint looked back at branches the run there.
        if trains {
            next.branch();
        }
        match action {
            Action::Play => next.playing = true,
            Action::Pause => next.playing = false,
            Action::TogglePlay => next.playing = !next.playing,
            Action::Step => {
                next.playing = false;
                next.train_epochs(1);
            }
            Action::StepBatch => {
                next.playing = false;
                next.train(Session::step_batch);
            }
            Action::OpenCollapsed => next.open_collapsed(),
            Action::Reset => {
                next.playing = false;
                next.train(Session::reset);
            }
            Action::NewWeights => {
                next.playing = false;
                next.train(Session::new_weights);
            }
            Action::Tick => {
                // A frame that arrives after a pause is dropped.
                if next.playing {
                    let n = match next.config().page.speed {
                        Speed::PerFrame(n) => u64::from(n),
                        Speed::Max => 1,
                    };
                    let n = next.to_stop(n);
                    next.train_epochs(n);
                }
            }
            Action::TrainFor { epochs, redraw } => {
                let epochs = next.to_stop(epochs);
                if next.playing {
                    let version = next.network_version;
                    next.train_epochs(epochs);
                    if !redraw {
                        // Trained without drawing: the pictures stay as they are.
                        next.network_version = version;
                    }
                }
            }
            Action::Load { hash, fresh_seed } => next.load(&hash, fresh_seed),
            Action::SetGoal(goal) => next.set_page(|c| c.page.goal = goal),
            Action::RestoreRun(number) => {
                if let Some(run) = next.runs.iter().find(|r| r.number == number) {
                    let mut config = Link::read(&run.link).config;
                    config.given = run.config.given.clone();
                    if config.seed.is_some() {
                        next.start_over(config);
                    }
                }
            }
            Action::OpenStep(step) => next.open_step(step),
            Action::CloseLesson => next.close_lesson(),
            Action::UseData(data) => next.use_data(data),
            Action::EditPoints(edit) => next.edit_points(edit),
            Action::ViewCheckpoint(i) => next.view_checkpoint(i),
            Action::ContinueFromCheckpoint => next.playing = next.branch(),
            Action::OpenFile { config, state } => {
                if config.seed.is_some() {
                    next.warnings = Rc::from([]);
                    let mut config = *config;
                    keep_classroom(&next.config().page, &mut config.page);
                    next.start_over(config);
                    // Checked when the file was read; a state that does not fit leaves
                    // the file's network at epoch 0.
                    let _ = Rc::make_mut(&mut next.session).load_training_state(&state);
                }
            }
            Action::Predict(choice) => {
                let open = next.question().is_some_and(|q| choice < q.choices.len());
                if open && next.session.epoch() == 0 {
                    next.prediction = Some(choice);
                }
            }
            Action::DismissNotice => {
                next.warnings = Rc::from([]);
                next.tutorial = None;
            }
            Action::SetHidden(part, hidden) => next.set_hidden(part, hidden),
            Action::SetLocked(part, locked) => next.set_page(|c| part.set_locked(c, locked)),
            Action::Set(setting) => next.set(setting),
            Action::Regenerate => {
                next.train(Session::regenerate);
                next.data_version += 1;
            }
            Action::ToggleFeature(f) => next.reshape(|c| {
                c.features[f.index()] ^= true;
                true
            }),
            Action::EditShape(edit) => next.reshape(|c| {
                let changed = edit.apply(&mut c.network_shape);
                // A removed layer takes its own activation with it.
                c.fit_layer_activations();
                changed
            }),
            Action::SetParam(param, value) => {
                if param.value(next.session.network()).is_some() && value.is_finite() {
                    next.train(|s| {
                        param.set(s, value);
                    });
                }
            }
            Action::Highlight(node) => next.highlight = node,
            Action::Adopt {
                side,
                run,
                state,
                reached,
            } => {
                if next.playing && run == next.run {
                    next.adopt(side, &state, reached);
                }
            }
            Action::Batch(actions) => {
                for action in actions {
                    next.apply(action);
                }
                return;
            }
            Action::Compare(on) => next.set_compare(on.then(Default::default)),
            Action::SetCompare(key, value) => {
                let compare = next.config().page.compare.clone();
                next.set_compare(compare.map(|c| c.with(key, value)));
            }
        }
        let how = if how == Follow::Other && was_playing && !next.playing {
            Follow::Stopped
        } else {
            how
        };
        next.follow(how);
        if next.diverged() {
            next.playing = false;
        }
    }
}

/// A cheap handle on the session for view props and effect dependencies: two views are
/// equal when they show the same versions, without comparing the session itself.
#[derive(Clone, Debug)]
pub struct SessionView {
    /// Which network it is.
    pub side: Side,
    /// The session.
    pub session: Rc<Session>,
    /// See [`AppState::network_version`].
    pub network_version: u64,
    /// See [`AppState::data_version`].
    pub data_version: u64,
    /// See [`AppState::highlight`].
    pub highlight: Option<NodeId>,
}

impl PartialEq for SessionView {
    fn eq(&self, other: &Self) -> bool {
        self.side == other.side
            && self.network_version == other.network_version
            && self.data_version == other.data_version
            && self.highlight == other.highlight
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::parts::Hidden;
    use nn_core::Activation;

    /// The state of `hash` (a fresh seed, if it needs one, is "0.12345").
    pub(crate) fn state(hash: &str) -> Rc<AppState> {
        Rc::new(AppState::from_hash(hash, || "0.12345".into()))
    }

    /// `s` after `actions`, in order.
    pub(crate) fn run(
        mut s: Rc<AppState>,
        actions: impl IntoIterator<Item = Action>,
    ) -> Rc<AppState> {
        for a in actions {
            s = s.reduce(a);
        }
        s
    }

    #[test]
    fn a_run_that_trained_is_kept_when_it_starts_over_and_can_be_restored() {
        let s = run(
            state("seed=runs"),
            [Action::Step, Action::Step, Action::Reset],
        );
        assert_eq!(s.runs.len(), 1);
        assert_eq!(s.runs[0].epoch, 2);
        // Starting over from epoch 0 keeps nothing new.
        let s = run(s, [Action::Reset, Action::NewWeights]);
        assert_eq!(s.runs.len(), 1);
        let s = run(s, [Action::Step, Action::NewWeights]);
        assert_eq!(s.runs.len(), 2);
        assert!(s.runs[1].link.contains("draws=1"), "{}", s.runs[1].link);
        let first = s.runs[0].clone();
        let s = run(s, [Action::Step, Action::RestoreRun(first.number)]);
        assert_eq!(s.runs.len(), 3, "the run left for the restore is kept too");
        assert_eq!(s.session.epoch(), 0);
        assert_eq!(s.hash(), first.link);
        assert_eq!(
            s.session.history().points().next().map(|p| p.train),
            first.history.points().next().map(|p| p.train)
        );
    }

    /// The first lesson step with a question: (lesson, step from 1).
    fn step_with_question() -> (&'static lessons::Lesson, usize) {
        lessons::LESSONS
            .iter()
            .find_map(|l| {
                let i = l.steps.iter().position(|s| s.question.is_some())?;
                Some((l, i + 1))
            })
            .expect("some lesson asks a question")
    }

    #[test]
    fn a_question_is_answered_by_the_run_at_its_epoch_and_pauses_there() {
        let (lesson, n) = step_with_question();
        let q = lesson.steps[n - 1].question.as_ref().unwrap();
        let s = state(&format!("lesson={}&step={n}", lesson.name));
        assert_eq!(s.question(), Some(q));
        // A prediction is taken before the run only.
        let s = run(s, [Action::Predict(1), Action::Predict(99)]);
        assert_eq!(s.prediction, Some(1));
        let s = run(s, [Action::Step]);
        assert_eq!(s.answer, None, "no answer before the question's epoch");
        let s = run(s, [Action::Predict(0)]);
        assert_eq!(s.prediction, Some(1), "locked once the run started");
        let s = run(
            s,
            [
                Action::Play,
                Action::TrainFor {
                    epochs: q.after + 50,
                    redraw: true,
                },
            ],
        );
        let (choice, at) = s.answer.expect("answered");
        assert_eq!(at, q.after, "training stops at the question's epoch");
        assert!(!s.playing, "the page pauses at the answer");
        assert!(choice.is_some(), "the built-in questions cover their runs");
        assert_eq!(choice, lessons::answer(q, &s.session));
        // Play goes on from there, without stopping again.
        let s = run(
            s,
            [
                Action::Play,
                Action::TrainFor {
                    epochs: 5,
                    redraw: true,
                },
            ],
        );
        assert!(s.playing);
        assert_eq!(s.session.epoch(), at + 5);
        assert_eq!(s.answer, Some((choice, at)));
        let s = run(s, [Action::Pause]);
        // The same as the run the build checks natively.
        let mut direct = Session::new(hash::parse(lesson.steps[n - 1].link).config, String::new);
        direct.step_many(at);
        assert_eq!(choice, lessons::answer(q, &direct));
        // Reset: not answered again until the run gets there.
        let s = run(s, [Action::Reset]);
        assert_eq!(s.answer, None);
        assert_eq!(s.prediction, Some(1));
        // Another step forgets the prediction.
        let other = if n > 1 { n - 1 } else { n + 1 };
        let s = run(s, [Action::OpenStep(other)]);
        assert_eq!(s.prediction, None);
        assert_eq!(s.config().page.lesson.map(|l| l.step as usize), Some(other));
    }

    #[test]
    fn the_timeline_looks_back_and_branches() {
        let mut s = run(state("seed=timeline&networkShape=3"), [Action::Play]);
        for _ in 0..300 {
            s = s.reduce(Action::Tick);
        }
        let end = s.session.training_state();
        let count = s.timeline.len();
        assert!(count >= 10, "{count}");
        assert_eq!(s.timeline.get(0).map(|c| c.epoch), Some(0));
        // Looking back at the start: epoch 0's losses, paused, the run kept.
        let s = s.reduce(Action::ViewCheckpoint(0));
        assert!(!s.playing);
        assert_eq!(s.session.epoch(), 0);
        assert!(s.runs.is_empty(), "looking back is not a new run");
        assert_eq!(s.timeline.len(), count + 1, "the latest state is kept");
        let first = s.timeline.get(0).unwrap().clone();
        assert_eq!(s.session.test_loss().to_bits(), first.test_loss.to_bits());
        // Forward again to the end: the very state the run had.
        let last = s.timeline.len() - 1;
        let s = s.reduce(Action::ViewCheckpoint(last));
        assert_eq!(s.session.training_state(), end);
        // Branch from the middle: the later checkpoints go and training goes on from there.
        let mid = last / 2;
        let s = s.reduce(Action::ViewCheckpoint(mid));
        let from = s.session.epoch();
        assert!(from > 0 && from < 300);
        let s = run(s, [Action::ContinueFromCheckpoint, Action::Tick]);
        assert!(s.playing && s.viewing.is_none());
        assert_eq!(s.session.epoch(), from + 1);
        assert!(s.timeline.epochs().all(|e| e <= from + 1));
        // Reset forgets the timeline.
        let s = s.reduce(Action::Reset);
        assert!(s.timeline.is_empty());
    }

    #[test]
    fn drawing_adds_and_erases_points_while_training_goes_on() {
        use nn_core::csv::Split;
        use nn_core::given::Edit;
        use nn_core::{Point, Target};
        let s = run(
            state("seed=draw&networkShape=2"),
            [Action::Play, Action::Tick, Action::Tick],
        );
        let add =
            |x, target| Action::EditPoints(Edit::Add(Point { x, y: 1.0, target }, Split::Train));
        let drawn = s.clone().reduce(add(2.504, Target::Binary(true)));
        assert!(drawn.playing, "training goes on");
        assert_eq!(drawn.session.epoch(), 2);
        assert_eq!(drawn.session.train_points().len(), 251);
        assert_eq!(drawn.session.train_points()[250].x, 2.5);
        assert!(drawn.data_version > s.data_version && drawn.run > s.run);
        assert!(drawn.hash().contains("&points="), "{}", drawn.hash());
        // A class of another problem, or a position that is no number, changes nothing.
        for bad in [
            add(1.0, Target::Class(1)),
            add(f64::NAN, Target::Binary(false)),
        ] {
            let same = drawn.clone().reduce(bad);
            assert_eq!(same.data_version, drawn.data_version);
        }
        // Erasing around the new point takes it (and only what lies within the radius).
        let erase = |radius| {
            Action::EditPoints(Edit::Erase {
                x: 2.5,
                y: 1.0,
                radius,
            })
        };
        let erased = drawn.clone().reduce(erase(0.001));
        assert_eq!(erased.session.train_points().len(), 250);
        // Erasing where nothing is leaves generated data generated.
        let s2 = s.clone().reduce(Action::EditPoints(Edit::Erase {
            x: 100.0,
            y: 100.0,
            radius: 0.1,
        }));
        assert!(s2.config().given.is_none());
        let cleared = erased.reduce(Action::EditPoints(Edit::Clear));
        assert_eq!(cleared.session.train_points().len(), 0);
        assert!(!cleared.diverged());
        let cleared = run(cleared, [Action::Tick, Action::Tick]);
        assert_eq!(cleared.session.epoch(), 4, "an empty set still ticks");
    }

    #[test]
    fn imported_points_are_trained_on_until_a_built_in_data_set_is_picked() {
        let table = nn_core::csv::read("x,y,label\n1,1,0\n2,2,1\n-1,0,2\n0,-1,1\n").unwrap();
        let labels = table.labels;
        let data = std::sync::Arc::new(nn_core::given::GivenData::from(table));
        let s = run(state("seed=imp"), [Action::Play, Action::Tick]);
        let d = s.data_version;
        let s = s.reduce(Action::UseData(Some((data.clone(), labels))));
        assert!(!s.playing);
        assert_eq!(s.session.epoch(), 0);
        assert!(s.data_version > d);
        assert_eq!(s.config().problem, nn_core::Problem::Multiclass);
        assert_eq!(s.config().classes, 3);
        assert_eq!(
            s.session.train_points().len() + s.session.test_points().len(),
            4
        );
        let s = run(s, [Action::Step, Action::Step]);
        assert_eq!(s.session.epoch(), 2);
        // An earlier run on them opens on them again.
        let s = run(s, [Action::NewWeights]);
        let number = s.runs.last().unwrap().number;
        let s = run(s, [Action::Step, Action::RestoreRun(number)]);
        assert_eq!(s.config().given.as_ref(), Some(&data));
        assert_eq!(s.config().draws, 0);
        // A live setting keeps the points; a data set drops them.
        let s = s.reduce(Action::Set(Setting::number("learningRate", 0.1)));
        assert!(s.config().given.is_some());
        let s = s.reduce(Action::Set(Setting::Dataset(nn_core::Dataset::Xor)));
        assert_eq!(s.config().given, None);
        assert_eq!(s.session.train_points().len(), 250);
        // Back to built-in data by the button too.
        let s = s.reduce(Action::UseData(Some((data, labels))));
        let s = s.reduce(Action::UseData(None));
        assert_eq!(s.config().given, None);
    }

    #[test]
    fn a_saved_file_opens_as_the_run_it_saved() {
        let s = run(
            state("seed=file&networkShape=3"),
            [Action::Step, Action::Step],
        );
        let text = nn_core::snapshot::write(&s.session);
        let (config, saved) = nn_core::snapshot::read(&text).unwrap();
        let other = run(state("seed=else&activation=relu"), [Action::Step]);
        let opened = other.reduce(Action::OpenFile {
            config: Box::new(config),
            state: Rc::new(saved),
        });
        assert_eq!(opened.session.training_state(), s.session.training_state());
        assert_eq!(opened.hash(), s.hash());
        assert_eq!(opened.runs.len(), 1, "the run it replaced is kept");
    }

    #[test]
    fn a_file_opened_on_a_students_page_keeps_the_teachers_locks_and_challenge() {
        let saved = run(
            state("seed=file&networkShape=3&noise_hide=true"),
            [Action::Step],
        );
        let text = nn_core::snapshot::write(&saved.session);
        let open = |page: &str| {
            let (config, training) = nn_core::snapshot::read(&text).unwrap();
            state(page).reduce(Action::OpenFile {
                config: Box::new(config),
                state: Rc::new(training),
            })
        };
        let student = "seed=s&learningRate_lock=true&regularization_hide=true\
                       &goal=testLoss_lt_0.2&classroom_hide=true";
        let opened = open(student);
        let hidden = Hidden::of(opened.config());
        assert!(hidden.locks(Part::LearningRate));
        assert!(!hidden.shows(Part::Regularization));
        assert!(
            !hidden.shows(Part::ClassroomButton),
            "the button stays hidden"
        );
        assert!(!hidden.shows(Part::Noise), "the file's own hidden part too");
        assert!(opened.config().page.goal.is_some());
        assert_eq!(
            opened.session.training_state(),
            saved.session.training_state()
        );
        // A teacher's page (with its Classroom button) takes the file's settings as they are.
        let opened = open("seed=s&learningRate_lock=true&goal=testLoss_lt_0.2");
        let hidden = Hidden::of(opened.config());
        assert!(!hidden.locks(Part::LearningRate));
        assert!(opened.config().page.goal.is_none());
    }

    #[test]
    fn a_students_page_keeps_its_classroom_hidden_from_step_to_step() {
        let s = state("lesson=dead-relu&step=1&classroom_hide=true");
        assert!(!Hidden::of(s.config()).shows(Part::ClassroomButton));
        let s = s.reduce(Action::OpenStep(2));
        assert_eq!(s.config().page.lesson.map(|l| l.step), Some(2));
        assert!(!Hidden::of(s.config()).shows(Part::ClassroomButton));
        let s = state("lesson=dead-relu&step=1").reduce(Action::OpenStep(2));
        assert!(Hidden::of(s.config()).shows(Part::ClassroomButton));
    }

    #[test]
    fn steps_open_with_their_setup_keep_the_language_and_close_with_their_goal() {
        for l in lessons::LESSONS {
            let s = state(&format!("lesson={}&step=1&lang=zh", l.name));
            for k in 1..=l.steps.len() {
                let s = run(s.clone(), [Action::Step, Action::OpenStep(k)]);
                let setup = hash::parse(l.steps[k - 1].link).config;
                assert_eq!(s.session.epoch(), 0);
                assert!(s.warnings.is_empty(), "{} {k}: {:?}", l.name, s.warnings);
                assert_eq!(s.config().seed, setup.seed);
                assert_eq!(s.config().learning_rate, setup.learning_rate);
                assert_eq!(s.config().page.lang, Some(nn_core::Language::Zh));
                let goal = l.steps[k - 1]
                    .goal
                    .as_ref()
                    .and_then(|g| nn_core::goal::parse(g.check));
                assert_eq!(s.config().page.goal, goal);
                let closed = run(s, [Action::CloseLesson]);
                assert_eq!(closed.config().page.lesson, None);
                assert_eq!(closed.config().page.goal, None);
                assert_eq!(closed.config().seed, setup.seed, "the playground stays");
            }
            // Steps outside the lesson change nothing.
            let s2 = run(s.clone(), [Action::OpenStep(0), Action::OpenStep(99)]);
            assert_eq!(s2.hash(), s.hash());
        }
    }

    #[test]
    fn a_layers_own_activation_is_set_written_and_dropped_with_its_layer() {
        let s = state("seed=layers&networkShape=4,3");
        let s = run(s, [Action::Step]);
        let s = run(
            s,
            [Action::Set(Setting::LayerActivation(
                1,
                Some(Activation::Relu),
            ))],
        );
        assert_eq!(s.session.epoch(), 0, "a new activation is a new network");
        assert_eq!(s.session.network().layers()[1].activation, Activation::Relu);
        assert_eq!(s.session.network().layers()[0].activation, Activation::Tanh);
        assert!(s.hash().contains("layerActivations=,relu"), "{}", s.hash());
        let s = run(s, [Action::EditShape(ShapeEdit::RemoveLayer)]);
        assert!(s.config().layer_activations.is_empty());
        assert!(!s.hash().contains("layerActivations"));
        let s = run(
            s,
            [
                Action::Set(Setting::LayerActivation(0, Some(Activation::Gelu))),
                Action::Set(Setting::LayerActivation(0, None)),
            ],
        );
        assert!(s.config().layer_activations.is_empty());
    }

    #[test]
    fn defaults_with_a_fresh_seed() {
        let s = state("");
        assert_eq!(s.config().seed.as_deref(), Some("0.12345"));
        assert_eq!(s.session.epoch(), 0);
        assert!(!s.playing);
        assert!(s.warnings.is_empty());
        assert!(s.hash().contains("seed=0.12345"));
    }

    #[test]
    fn a_seed_in_the_link_wins() {
        let s = Rc::new(AppState::from_hash("#seed=abc", || unreachable!()));
        assert_eq!(s.config().seed.as_deref(), Some("abc"));
    }

    #[test]
    fn mangled_hash_gives_defaults_and_warnings() {
        let s = state("#activation=bogus&networkShape=x,&&==&%%%&learningRate=abc");
        assert_eq!(s.config().activation, Config::default().activation);
        assert_eq!(s.config().network_shape, Config::default().network_shape);
        assert!(s.warnings.len() >= 3);
        let s = s.reduce(Action::DismissNotice);
        assert!(s.warnings.is_empty());
    }

    #[test]
    fn worker_progress_is_adopted_only_for_the_current_run_while_playing() {
        let s = state("seed=adopt&networkShape=3");
        let mut ahead = (*s.session).clone();
        ahead.step_many(40);
        let progress = |s: &AppState, ahead: &Session| Action::Adopt {
            side: Side::A,
            run: s.run,
            state: ahead.training_state().into(),
            reached: None,
        };
        // Paused: ignored.
        let paused = s.clone().reduce(progress(&s, &ahead));
        assert_eq!(paused.session.epoch(), 0);
        // Playing, same run: taken, drawn and charted.
        let s = s.reduce(Action::Play);
        let taken = s.clone().reduce(progress(&s, &ahead));
        assert_eq!(taken.session.epoch(), 40);
        assert_eq!(taken.session.training_state(), ahead.training_state());
        assert!(taken.network_version > s.network_version);
        assert_eq!(
            taken.session.history().points().last().map(|p| p.epoch),
            Some(40)
        );
        assert_eq!(taken.run, s.run, "adopting is not a change of the run");
        // A change on the page (a new learning rate) starts a new run: progress that
        // did not see it is dropped.
        ahead.step_many(10);
        let stale = progress(&taken, &ahead);
        let changed = taken.reduce(Action::Set(Setting::number("learningRate", 0.3)));
        assert!(changed.playing);
        let dropped = changed.clone().reduce(stale);
        assert_eq!(dropped.session.epoch(), 40);
        assert_eq!(dropped.session.config().learning_rate, 0.3);
    }

    #[test]
    fn ticks_train_only_while_playing() {
        let s = run(state("seed=t"), [Action::Tick, Action::Tick]);
        assert_eq!(s.session.epoch(), 0);
        let s = run(s, [Action::Play, Action::Tick, Action::Tick, Action::Tick]);
        assert_eq!(s.session.epoch(), 3);
        assert!(s.playing);
        let s = run(s, [Action::Pause, Action::Tick]);
        assert_eq!(s.session.epoch(), 3);
        let s = run(s, [Action::TogglePlay, Action::Tick]);
        assert!(s.playing);
        assert_eq!(s.session.epoch(), 4);
        let s = run(s, [Action::TogglePlay, Action::Tick]);
        assert!(!s.playing);
        assert_eq!(s.session.epoch(), 4);
    }

    #[test]
    fn step_and_reset_pause() {
        let s = run(state("seed=t"), [Action::Play, Action::Step]);
        assert!(!s.playing);
        assert_eq!(s.session.epoch(), 1);
        let v = s.network_version;
        let s = run(s, [Action::Play, Action::Reset]);
        assert!(!s.playing);
        assert_eq!(s.session.epoch(), 0);
        assert!(s.network_version > v);
    }

    #[test]
    fn a_frame_trains_at_the_chosen_pace() {
        let s = run(state("seed=p&speed=20"), [Action::Play, Action::Tick]);
        assert_eq!(s.session.epoch(), 20);
        let v = s.network_version;
        let s = run(
            s,
            [Action::TrainFor {
                epochs: 500,
                redraw: false,
            }],
        );
        assert_eq!(s.session.epoch(), 520);
        assert_eq!(
            s.network_version, v,
            "a quiet frame leaves the pictures alone"
        );
        assert_eq!(
            s.session.history().points().last().map(|p| p.epoch),
            Some(520)
        );
        let s = run(
            s,
            [Action::TrainFor {
                epochs: 1,
                redraw: true,
            }],
        );
        assert_eq!(s.network_version, v + 1);
        let s = run(
            s,
            [
                Action::Pause,
                Action::TrainFor {
                    epochs: 5,
                    redraw: true,
                },
            ],
        );
        assert_eq!(s.session.epoch(), 521);
    }

    #[test]
    fn training_matches_the_engine() {
        let s = run(state("seed=same"), [Action::Step, Action::Step]);
        let mut direct = Session::new(hash::parse("seed=same").config, String::new);
        direct.step();
        direct.step();
        assert_eq!(
            s.session.train_loss().to_bits(),
            direct.train_loss().to_bits()
        );
    }

    #[test]
    fn reducing_does_not_touch_the_previous_state() {
        let before = state("seed=p");
        let after = Rc::clone(&before).reduce(Action::Step);
        assert_eq!(before.session.epoch(), 0);
        assert_eq!(after.session.epoch(), 1);
        assert_ne!(before.view(), after.view());
    }

    #[test]
    fn extreme_links_never_panic() {
        let links = [
            "percTrainData=0",
            "percTrainData=100",
            "networkShape=",
            "x=false&y=false",
            "x=false&y=false&networkShape=",
            "batchSize=10000",
            "noise=80&dataset=spiral",
            "learningRate=1000000&activation=relu",
            "problem=regression&regDataset=reg-gauss&networkShape=64,64",
            "initZero=true&regularization=L1&regularizationRate=10",
            "x_hide=true&y_hide=true&sinX=true",
            "seed=",
            "#",
            "&&&===&&&",
        ];
        for link in links {
            let s = run(
                state(link),
                [Action::Step, Action::Play, Action::Tick, Action::Reset],
            );
            assert_eq!(s.session.epoch(), 0, "{link}");
            let mut grid = crate::draw::grid_store::GridStore::new();
            let g = grid.get(&s.view());
            assert_eq!(g.output().len(), crate::draw::DENSITY.pow(2), "{link}");
            let mut pixels = Vec::new();
            crate::draw::heatmap::fill_pixels(g.output(), false, &mut pixels);
            assert_eq!(pixels.len(), 4 * crate::draw::DENSITY.pow(2));
            let _ = crate::format::loss(s.session.train_loss());
        }
    }

    #[test]
    fn a_tutorial_is_never_loaded_but_reported_and_dropped_from_the_link() {
        let s = state("seed=t&tutorial=evil%3Cb%3E&activation=relu");
        assert_eq!(s.tutorial.as_deref(), Some("evil<b>"));
        assert_eq!(s.config().page.tutorial, None);
        assert!(!s.hash().contains("tutorial"));
        assert_eq!(s.config().activation, nn_core::Activation::Relu);
        let s = s.reduce(Action::DismissNotice);
        assert_eq!(s.tutorial, None);
        let s = s.reduce(Action::Load {
            hash: "#seed=t&tutorial=again".into(),
            fresh_seed: "0.1".into(),
        });
        assert_eq!(s.tutorial.as_deref(), Some("again"));
    }

    #[test]
    fn warnings_show_the_link_as_written() {
        let s = state("#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&dataset=%3Cscript%3E");
        let keys: Vec<&str> = s.warnings.iter().map(|w| w.key.as_str()).collect();
        assert!(keys.contains(&"<img src=x onerror=alert(1)>"), "{keys:?}");
        assert!(s.warnings.iter().any(|w| w.value == "<script>"));
        assert_eq!(readable("100%"), "100%");
        assert_eq!(readable("%%%"), "%%%");
        assert_eq!(readable("%+1%zz%e4%b8%ad"), "%+1%zz中");
        assert_eq!(readable("%ff"), "\u{fffd}");
    }

    #[test]
    fn hiding_a_part_keeps_training_and_writes_the_link() {
        let s = run(state("seed=h"), [Action::Play, Action::Tick]);
        let s = s.reduce(Action::SetHidden(Part::PercTrainData, true));
        assert!(s.playing);
        assert_eq!(s.session.epoch(), 1);
        assert!(
            s.hash().ends_with("percTrainData_hide=true"),
            "{}",
            s.hash()
        );
        let s = s.reduce(Action::SetHidden(Part::Text, true));
        assert!(s.hash().contains("hideText=true"));
        let s = run(
            s,
            [
                Action::SetHidden(Part::PercTrainData, false),
                Action::SetHidden(Part::Text, false),
            ],
        );
        assert!(!s.hash().contains("_hide"), "{}", s.hash());
        assert!(s.hash().contains("hideText=false"));
        assert_eq!(s.session.epoch(), 1);
    }

    #[test]
    fn the_link_always_carries_a_seed() {
        for link in ["", "#", "seed=", "activation=relu", "&&seed&&"] {
            let s = state(link);
            assert!(s.hash().contains("&seed=0.12345&"), "{link}: {}", s.hash());
        }
    }

    #[test]
    fn loading_our_own_hash_changes_nothing() {
        let s = run(state("seed=h"), [Action::Step]);
        let hash = format!("#{}", s.hash());
        let s = s.reduce(Action::Load {
            hash,
            fresh_seed: "unused".into(),
        });
        assert_eq!(s.session.epoch(), 1);
    }

    #[test]
    fn loading_another_hash_rebuilds() {
        let s = run(state("seed=h"), [Action::Play, Action::Tick]);
        let d = s.data_version;
        let s = s.reduce(Action::Load {
            hash: "#dataset=xor".into(),
            fresh_seed: "0.5".into(),
        });
        assert_eq!(s.session.epoch(), 0);
        assert!(!s.playing);
        assert_eq!(s.config().seed.as_deref(), Some("0.5"));
        assert_eq!(s.config().dataset, nn_core::Dataset::Xor);
        assert!(s.data_version > d);
    }
}
