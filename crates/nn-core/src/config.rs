//! Every setting of a playground, with its default and range, in one typed struct.

use crate::activation::{Activation, Regularization};
use crate::data::{Dataset, Problem};
use crate::features::Feature;
use crate::init::Init;
use crate::loss::{Head, Loss, Target};
use crate::network::NetworkSpec;
use crate::optimizer::{Optimizer, OptimizerKind, DEFAULT_MOMENTUM};

/// Most hidden layers a link may ask for, as many as the editor builds: deeper networks
/// could not be drawn at a usable frame rate (16 layers of 64 played at 2 frames/s).
pub const MAX_LAYERS: usize = 8;
/// Most neurons per hidden layer a link may ask for (the editor builds up to 16; the
/// original's own links use up to 20, which must keep opening as they do there).
pub const MAX_NEURONS: usize = 20;
/// Largest batch size a link may ask for (the slider reaches the training-set size).
pub const MAX_BATCH: usize = 10_000;

/// A whole configuration: what the original keeps in its URL hash. The engine's settings
/// are its fields; the page's own are in [`Config::page`].
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Hidden-node activation. Default Tanh. URL `activation`.
    pub activation: Activation,
    /// Weight penalty. Default None. URL `regularization` (omitted when none).
    pub regularization: Regularization,
    /// Samples per weight update. Default 10; slider 1 to the training-set size (full
    /// batch); a link may give 1–10,000.
    pub batch_size: usize,
    /// Classification data set. Default circle. URL `dataset`.
    pub dataset: Dataset,
    /// Regression data set. Default reg-plane. URL `regDataset`.
    pub reg_dataset: Dataset,
    /// Multi-class data set (ours). Default blobs. URL `multiDataset`.
    pub multi_dataset: Dataset,
    /// Number of classes of a multi-class problem (ours), 2–5. Default 3. URL `classes`.
    pub classes: usize,
    /// The loss (ours). Default squared error, the original's. URL `loss`. Regression
    /// always uses squared error.
    pub loss: Loss,
    /// The update rule (ours). Default SGD, the original's. URL `optimizer`.
    pub optimizer: OptimizerKind,
    /// Momentum's μ (ours), 0–0.999. Default 0.9. URL `momentum`.
    pub momentum: f64,
    /// How the first weights are drawn (ours). Default the original's. URL `init`.
    pub init: Init,
    /// Per hidden layer, an activation that replaces the global one (ours); `None` (or
    /// a missing entry) follows `activation`. URL `layerActivations`, e.g. `relu,,tanh`.
    pub layer_activations: Vec<Option<Activation>>,
    /// Step size. Default 0.03; menu 0.00001–10; a link may give any finite value ≥ 0.
    pub learning_rate: f64,
    /// Penalty strength. Default 0; menu 0–10; a link may give any finite value ≥ 0.
    pub regularization_rate: f64,
    /// Noise in percent. Default 0; slider 0–50; a link may give up to 80 (above 80 the
    /// original resets it to 50, below 0 to 0).
    pub noise: f64,
    /// Hidden layer widths. Default [4, 2]; editor 0–8 layers of 1–16; a link may give
    /// up to 8 layers of 1–20.
    pub network_shape: Vec<usize>,
    /// The random seed string; `None` until one is chosen (a fresh one is drawn).
    pub seed: Option<String>,
    /// Percentage of points used for training. Default 50; slider 10–90; a link may give 0–100.
    pub perc_train_data: f64,
    /// Which of the seven features are switched on, in [`Feature::ALL`] order. Default x, y.
    pub features: [bool; 7],
    /// Classification or regression. Default classification.
    pub problem: Problem,
    /// Start every weight and bias at 0. Default false.
    pub init_zero: bool,
    /// New weights drawn since the data (ours): the network is the seed stream's
    /// `draws + 1`-th draw after the data, so a link reproduces what New weights made.
    /// Default 0, the original's first draw. URL `draws`.
    pub draws: u32,
    /// Points given in place of the data set (imported or drawn, ours); `None`: the
    /// data set is generated from the seed, as in the original. Not part of a link.
    pub given: Option<std::sync::Arc<crate::given::GivenData>>,
    /// The page's own settings, which change what it shows but never what it trains.
    pub page: PageSettings,
}

/// The areas a `panels=` link may name: the run controls and menus, the data column,
/// the network, the output, the panel Inside the network, the earlier runs, and compare
/// mode's panel.
pub const PANELS: [&str; 7] = [
    "controls", "data", "network", "output", "inside", "runs", "compare",
];

/// The built-in lessons' names, in the course's order (`lesson=NAME`). The page holds
/// their content (one data file per lesson); the link only names one.
pub const LESSONS: [&str; 8] = [
    "linear-collapse",
    "activations",
    "vanishing-gradients",
    "dead-relu",
    "l1-l2",
    "batch-size",
    "overfitting",
    "luck",
];

/// The most steps a lesson may have (`step=N` is read up to this).
pub const MAX_LESSON_STEPS: u32 = 20;

/// The lesson step a link opens (`lesson=NAME&step=N`, ours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonStep {
    /// One of [`LESSONS`].
    pub name: &'static str,
    /// The step, from 1.
    pub step: u32,
}

/// The page's own settings, which a link carries beside the engine's: what the page shows
/// and how (the language, the pace, the layout, the hidden parts, the original's unused
/// keys). Training never reads them, with one exception kept from the original: a feature
/// hidden with `<feature>_hide=true` is removed from the network's inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct PageSettings {
    /// Draw the test points too. Default false.
    pub show_test_data: bool,
    /// Show the sign of the output instead of its value. Default false.
    pub discretize: bool,
    /// `cosX`: kept for links, unused (as in the original).
    pub cos_x: bool,
    /// `cosY`: kept for links, unused (as in the original).
    pub cos_y: bool,
    /// `collectStats`: kept for links, unused (as in the original).
    pub collect_stats: bool,
    /// `tutorial`: kept for links; never fetched.
    pub tutorial: Option<String>,
    /// Hide the header and the article. Default false.
    pub hide_text: bool,
    /// `<name>_hide` keys in the order given, with their values.
    pub hidden: Vec<(String, bool)>,
    /// `<name>_lock` keys in the order given, with their values (ours): a locked control
    /// is shown but cannot be changed.
    pub locked: Vec<(String, bool)>,
    /// Interface language (`lang=en|zh`, ours); `None` follows the browser.
    pub lang: Option<Language>,
    /// Compact layout for an iframe (`embed=true`, ours). Default false.
    pub embed: bool,
    /// Which areas of the page to show (`panels=controls,network,output`, ours; names in
    /// [`PANELS`]); `None` shows the page's usual areas.
    pub panels: Option<Vec<&'static str>>,
    /// A challenge the page checks (`goal=testLoss_lt_0.1,neurons_le_6`, ours).
    pub goal: Option<crate::goal::Goal>,
    /// The lesson open on the page (`lesson=NAME&step=N`, ours).
    pub lesson: Option<LessonStep>,
    /// Training pace (`speed=N` epochs per frame, 1–10,000, or `speed=max`, ours).
    /// Default 1 epoch per frame, the original's pace.
    pub speed: Speed,
    /// Compare mode (`compare=`, ours): a second network beside this one, differing in
    /// these settings. Default off.
    pub compare: Option<crate::compare::Compare>,
}

impl Default for PageSettings {
    fn default() -> Self {
        PageSettings {
            show_test_data: false,
            discretize: false,
            cos_x: false,
            cos_y: false,
            collect_stats: false,
            tutorial: None,
            hide_text: false,
            hidden: Vec::new(),
            locked: Vec::new(),
            panels: None,
            goal: None,
            lesson: None,
            lang: None,
            embed: false,
            speed: Speed::PerFrame(1),
            compare: None,
        }
    }
}

/// The interface languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Language; 2] = [Language::En, Language::Zh];

    /// The URL value (`en`, `zh`).
    pub fn key(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Zh => "zh",
        }
    }
}

/// How fast training runs while playing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Speed {
    /// This many epochs per animation frame (the original: 1).
    PerFrame(u32),
    /// As many epochs as fit in the frame budget.
    Max,
}

/// Largest epochs-per-frame a link may ask for.
pub const MAX_EPOCHS_PER_FRAME: u32 = 10_000;

impl Default for Config {
    fn default() -> Self {
        Config {
            activation: Activation::Tanh,
            regularization: Regularization::None,
            batch_size: 10,
            dataset: Dataset::Circle,
            reg_dataset: Dataset::RegPlane,
            multi_dataset: Dataset::Blobs,
            classes: 3,
            loss: Loss::SquaredError,
            optimizer: OptimizerKind::Sgd,
            momentum: DEFAULT_MOMENTUM,
            init: Init::Original,
            layer_activations: Vec::new(),
            learning_rate: 0.03,
            regularization_rate: 0.0,
            noise: 0.0,
            network_shape: vec![4, 2],
            seed: None,
            perc_train_data: 50.0,
            features: [true, true, false, false, false, false, false],
            problem: Problem::Classification,
            init_zero: false,
            draws: 0,
            given: None,
            page: PageSettings::default(),
        }
    }
}

impl Config {
    /// Whether `<name>_hide=true` is set.
    pub fn is_hidden(&self, name: &str) -> bool {
        self.page.hidden.iter().any(|(n, h)| *h && n == name)
    }

    /// Sets or clears `<name>_hide`.
    pub fn set_hidden(&mut self, name: &str, hidden: bool) {
        match self.page.hidden.iter_mut().find(|(n, _)| n == name) {
            Some(entry) => entry.1 = hidden,
            None => self.page.hidden.push((name.to_string(), hidden)),
        }
    }

    /// Whether `<name>_lock=true` is set.
    pub fn is_locked(&self, name: &str) -> bool {
        self.page.locked.iter().any(|(n, on)| *on && n == name)
    }

    /// Locks `name` (`<name>_lock=true`) or drops its key.
    pub fn set_locked(&mut self, name: &str, locked: bool) {
        self.page.locked.retain(|(n, _)| n != name);
        if locked {
            self.page.locked.push((name.to_string(), true));
        }
    }

    /// Features present on the page: all but those removed with `<key>_hide=true`.
    pub fn available_features(&self) -> Vec<Feature> {
        Feature::ALL
            .into_iter()
            .filter(|f| !self.is_hidden(f.key()))
            .collect()
    }

    /// Features fed to the network, in order: switched on and not hidden.
    pub fn active_features(&self) -> Vec<Feature> {
        self.available_features()
            .into_iter()
            .filter(|f| self.features[f.index()])
            .collect()
    }

    /// The data set of the current problem type.
    pub fn current_dataset(&self) -> Dataset {
        match self.problem {
            Problem::Classification => self.dataset,
            Problem::Regression => self.reg_dataset,
            Problem::Multiclass => self.multi_dataset,
        }
    }

    /// The output layer: the original's tanh (classification) or linear (regression)
    /// under squared error; one sigmoid under cross-entropy; softmax for several classes.
    pub fn head(&self) -> Head {
        match (self.problem, self.loss) {
            (Problem::Regression, _) => Head::Squared(Activation::Linear),
            (Problem::Classification, Loss::SquaredError) => Head::Squared(Activation::Tanh),
            (Problem::Classification, Loss::CrossEntropy) => Head::Logistic,
            (Problem::Multiclass, loss) => Head::Softmax(loss),
        }
    }

    /// Whether this problem trains on points labelled `target`: ±1 for classification,
    /// a class below the class count for multi-class, a finite value for regression.
    pub fn takes(&self, target: Target) -> bool {
        match (target, self.problem) {
            (Target::Binary(_), Problem::Classification) => true,
            (Target::Value(v), Problem::Regression) => v.is_finite(),
            (Target::Class(k), Problem::Multiclass) => usize::from(k) < self.classes,
            _ => false,
        }
    }

    /// Output nodes: one per class for a multi-class problem, else one.
    pub fn outputs(&self) -> usize {
        match self.problem {
            Problem::Multiclass => self.classes,
            _ => 1,
        }
    }

    /// Classes the data has (0 for regression).
    pub fn class_count(&self) -> usize {
        match self.problem {
            Problem::Classification => 2,
            Problem::Regression => 0,
            Problem::Multiclass => self.classes,
        }
    }

    /// The activation of hidden layer `layer` (0-based): its own, or the global one.
    pub fn layer_activation(&self, layer: usize) -> Activation {
        self.layer_activations
            .get(layer)
            .copied()
            .flatten()
            .unwrap_or(self.activation)
    }

    /// Gives hidden layer `layer` its own activation (`None`: the global one again).
    pub fn set_layer_activation(&mut self, layer: usize, own: Option<Activation>) {
        let list = &mut self.layer_activations;
        if list.len() <= layer {
            list.resize(layer + 1, None);
        }
        list[layer] = own;
        self.fit_layer_activations();
    }

    /// The per-layer activations that matter: those of layers the shape has, without
    /// trailing `None`s (what a link writes).
    pub fn used_layer_activations(&self) -> &[Option<Activation>] {
        let list = &self.layer_activations;
        let mut used = &list[..list.len().min(self.network_shape.len())];
        while let [rest @ .., None] = used {
            used = rest;
        }
        used
    }

    /// Drops the entries [`Config::used_layer_activations`] leaves out, so equal networks
    /// have equal configs.
    pub fn fit_layer_activations(&mut self) {
        let n = self.used_layer_activations().len();
        self.layer_activations.truncate(n);
    }

    /// The update rule with its settings.
    pub fn optimizer(&self) -> Optimizer {
        Optimizer {
            kind: self.optimizer,
            momentum: self.momentum,
        }
    }

    /// The network this configuration trains, fed `inputs` features.
    pub fn network_spec(&self, inputs: usize) -> NetworkSpec {
        NetworkSpec {
            inputs,
            hidden: self.network_shape.clone(),
            activations: (0..self.network_shape.len())
                .map(|l| self.layer_activation(l))
                .collect(),
            outputs: self.outputs(),
            head: self.head(),
            regularization: self.regularization,
            optimizer: self.optimizer(),
            init: self.init,
            init_zero: self.init_zero,
        }
    }
}
