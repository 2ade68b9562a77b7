//! The parts of the page a course link or the classroom panel can hide.
//!
//! One registry keyed by URL name, as in the original: `<name>_hide=true` hides the part
//! called `name` (the original's fifteen names are kept, ours are added), and
//! `hideText=true` hides the headline and the guide. Every view asks [`Hidden`] whether
//! to show a part, so a link and the panel use the same mechanism and a change applies
//! at once, without a reload.

use std::rc::Rc;

use nn_core::Config;
use yew::prelude::*;

use crate::shortcuts::Shortcut;
use crate::text::Text;

/// A part of the page that can be hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Play/pause (`playButton`, original).
    PlayButton,
    /// Step (`stepButton`, original).
    StepButton,
    /// Reset (`resetButton`, original).
    ResetButton,
    /// New weights (`newWeightsButton`, ours).
    NewWeightsButton,
    /// The epoch counter (`epoch`, ours).
    Epoch,
    /// The speed menu (`speed`, ours).
    Speed,
    /// Learning-rate menu (`learningRate`, original).
    LearningRate,
    /// Activation menu (`activation`, original).
    Activation,
    /// Regularization menu (`regularization`, original).
    Regularization,
    /// Regularization-rate menu (`regularizationRate`, original).
    RegularizationRate,
    /// Problem-type menu (`problem`, original).
    Problem,
    /// Loss menu (`loss`, ours).
    Loss,
    /// Optimizer menu (`optimizer`, ours).
    Optimizer,
    /// Initialization menu (`init`, ours).
    Init,
    /// The number of classes (`classes`, ours).
    Classes,
    /// The data-set pictures (`dataset`, original).
    Dataset,
    /// Train/test ratio slider (`percTrainData`, original). Unlike the original (#129),
    /// hiding it leaves the test loss alone.
    PercTrainData,
    /// Noise slider (`noise`, original).
    Noise,
    /// Batch-size slider (`batchSize`, original).
    BatchSize,
    /// The Regenerate button (`regenerate`, ours).
    Regenerate,
    /// The feature toggles (`features`, ours). The network keeps its inputs.
    Features,
    /// The add/remove-layer buttons (`numHiddenLayers`, original).
    NumHiddenLayers,
    /// Every +/− of the layer editor, layers and neurons (`layers`, ours).
    Layers,
    /// The loss chart (`lossChart`, ours).
    LossChart,
    /// The earlier runs: their faint curves and their table (`runHistory`, ours).
    RunHistory,
    /// "Show test data" (`showTestData`, original).
    ShowTestData,
    /// "Discretize output" (`discretize`, original).
    Discretize,
    /// The Step one batch button (`stepBatch`, ours).
    StepBatch,
    /// The whole "Inside the network" panel (`inside`, ours).
    Inside,
    /// Its activation function figure (`activationFigure`, ours).
    ActivationFigure,
    /// Its gradient size figure (`gradientFigure`, ours).
    GradientFigure,
    /// Its dead neurons figure (`deadFigure`, ours).
    DeadFigure,
    /// Its weights figure (`weightFigure`, ours).
    WeightFigure,
    /// Its linear collapse figure (`collapseFigure`, ours).
    CollapseFigure,
    /// The headline and the guide: the original's `hideText=true`.
    Text,
    /// Import CSV, Export CSV and the note on your data (`dataFile`, ours).
    DataFile,
    /// The Draw button and its tools (`draw`, ours).
    Draw,
    /// The timeline slider (`timeline`, ours).
    Timeline,
    /// The Compare button and B's settings (`compare`, ours).
    Compare,
    /// The value cards of the network's links and biases (`weights`, ours): hidden, they
    /// do not open; locked, they show the value but cannot edit it.
    Weights,
    /// The Lessons menu (`lessons`, ours).
    Lessons,
    /// Save and Open playground file, Export PyTorch script and Save figure
    /// (`playgroundFile`, ours); locked, Open is off (the others change nothing).
    PlaygroundFile,
    /// The Classroom button and its panel (`classroom`, ours): a student given a link
    /// with `classroom_hide=true` cannot undo what the teacher set.
    ClassroomButton,
}

/// The classroom panel's groups: a heading and its parts, in page order.
pub const GROUPS: [(Text, &[Part]); 7] = [
    (
        Text::ClassroomRun,
        &[
            Part::PlayButton,
            Part::StepButton,
            Part::ResetButton,
            Part::NewWeightsButton,
            Part::Epoch,
            Part::Speed,
        ],
    ),
    (
        Text::ClassroomMenus,
        &[
            Part::LearningRate,
            Part::Activation,
            Part::Regularization,
            Part::RegularizationRate,
            Part::Problem,
            Part::Loss,
            Part::Optimizer,
            Part::Init,
        ],
    ),
    (
        Text::Data,
        &[
            Part::Dataset,
            Part::Classes,
            Part::PercTrainData,
            Part::Noise,
            Part::BatchSize,
            Part::StepBatch,
            Part::Regenerate,
            Part::DataFile,
        ],
    ),
    (
        Text::NetworkRegion,
        &[
            Part::Features,
            Part::NumHiddenLayers,
            Part::Layers,
            Part::Weights,
        ],
    ),
    (
        Text::Output,
        &[
            Part::LossChart,
            Part::RunHistory,
            Part::ShowTestData,
            Part::Discretize,
            Part::Draw,
            Part::Timeline,
            Part::Compare,
        ],
    ),
    (
        Text::InsideTitle,
        &[
            Part::Inside,
            Part::ActivationFigure,
            Part::GradientFigure,
            Part::DeadFigure,
            Part::WeightFigure,
            Part::CollapseFigure,
        ],
    ),
    (
        Text::ClassroomPage,
        &[
            Part::Text,
            Part::Lessons,
            Part::PlaygroundFile,
            Part::ClassroomButton,
        ],
    ),
];

impl Part {
    /// Every part, in the panel's order.
    pub const ALL: [Part; 43] = [
        Part::PlayButton,
        Part::StepButton,
        Part::ResetButton,
        Part::NewWeightsButton,
        Part::Epoch,
        Part::Speed,
        Part::LearningRate,
        Part::Activation,
        Part::Regularization,
        Part::RegularizationRate,
        Part::Problem,
        Part::Loss,
        Part::Optimizer,
        Part::Init,
        Part::Dataset,
        Part::Classes,
        Part::PercTrainData,
        Part::Noise,
        Part::BatchSize,
        Part::StepBatch,
        Part::Regenerate,
        Part::DataFile,
        Part::Features,
        Part::NumHiddenLayers,
        Part::Layers,
        Part::Weights,
        Part::LossChart,
        Part::RunHistory,
        Part::ShowTestData,
        Part::Discretize,
        Part::Draw,
        Part::Timeline,
        Part::Compare,
        Part::Inside,
        Part::ActivationFigure,
        Part::GradientFigure,
        Part::DeadFigure,
        Part::WeightFigure,
        Part::CollapseFigure,
        Part::Text,
        Part::Lessons,
        Part::PlaygroundFile,
        Part::ClassroomButton,
    ];

    /// The URL name: `<key>_hide=true` hides it (for [`Part::Text`], `hideText=true`).
    pub fn key(self) -> &'static str {
        match self {
            Part::PlayButton => "playButton",
            Part::StepButton => "stepButton",
            Part::ResetButton => "resetButton",
            Part::NewWeightsButton => "newWeightsButton",
            Part::Epoch => "epoch",
            Part::Speed => "speed",
            Part::LearningRate => "learningRate",
            Part::Activation => "activation",
            Part::Regularization => "regularization",
            Part::RegularizationRate => "regularizationRate",
            Part::Problem => "problem",
            Part::Loss => "loss",
            Part::Optimizer => "optimizer",
            Part::Init => "init",
            Part::Classes => "classes",
            Part::Dataset => "dataset",
            Part::PercTrainData => "percTrainData",
            Part::Noise => "noise",
            Part::BatchSize => "batchSize",
            Part::Regenerate => "regenerate",
            Part::Features => "features",
            Part::NumHiddenLayers => "numHiddenLayers",
            Part::Layers => "layers",
            Part::LossChart => "lossChart",
            Part::RunHistory => "runHistory",
            Part::ShowTestData => "showTestData",
            Part::Discretize => "discretize",
            Part::StepBatch => "stepBatch",
            Part::Inside => "inside",
            Part::ActivationFigure => "activationFigure",
            Part::GradientFigure => "gradientFigure",
            Part::DeadFigure => "deadFigure",
            Part::WeightFigure => "weightFigure",
            Part::CollapseFigure => "collapseFigure",
            Part::DataFile => "dataFile",
            Part::Draw => "draw",
            Part::Timeline => "timeline",
            Part::Compare => "compare",
            Part::Weights => "weights",
            Part::Lessons => "lessons",
            Part::PlaygroundFile => "playgroundFile",
            Part::Text => "hideText",
            Part::ClassroomButton => "classroom",
        }
    }

    /// Its name in the classroom panel (distinct from the control's own label, so a
    /// control and its checkbox never share an accessible name).
    pub fn label(self) -> Text {
        match self {
            Part::PlayButton => Text::PartPlayButton,
            Part::StepButton => Text::PartStepButton,
            Part::ResetButton => Text::PartResetButton,
            Part::NewWeightsButton => Text::PartNewWeightsButton,
            Part::Epoch => Text::PartEpoch,
            Part::Speed => Text::PartSpeed,
            Part::LearningRate => Text::PartLearningRate,
            Part::Activation => Text::PartActivation,
            Part::Regularization => Text::PartRegularization,
            Part::RegularizationRate => Text::PartRegularizationRate,
            Part::Problem => Text::PartProblem,
            Part::Loss => Text::PartLoss,
            Part::Optimizer => Text::PartOptimizer,
            Part::Init => Text::PartInit,
            Part::Classes => Text::PartClasses,
            Part::Dataset => Text::PartDataset,
            Part::PercTrainData => Text::PartPercTrainData,
            Part::Noise => Text::PartNoise,
            Part::BatchSize => Text::PartBatchSize,
            Part::Regenerate => Text::PartRegenerate,
            Part::Features => Text::PartFeatures,
            Part::NumHiddenLayers => Text::PartNumHiddenLayers,
            Part::Layers => Text::PartLayers,
            Part::LossChart => Text::PartLossChart,
            Part::RunHistory => Text::PartRunHistory,
            Part::ShowTestData => Text::PartShowTestData,
            Part::Discretize => Text::PartDiscretize,
            Part::StepBatch => Text::PartStepBatch,
            Part::Inside => Text::PartInside,
            Part::ActivationFigure => Text::PartActivationFigure,
            Part::GradientFigure => Text::PartGradientFigure,
            Part::DeadFigure => Text::PartDeadFigure,
            Part::WeightFigure => Text::PartWeightFigure,
            Part::CollapseFigure => Text::PartCollapseFigure,
            Part::DataFile => Text::PartDataFile,
            Part::Draw => Text::PartDraw,
            Part::Timeline => Text::PartTimeline,
            Part::Compare => Text::PartCompare,
            Part::Weights => Text::PartWeights,
            Part::Lessons => Text::PartLessons,
            Part::PlaygroundFile => Text::PartPlaygroundFile,
            Part::Text => Text::PartText,
            Part::ClassroomButton => Text::PartClassroomButton,
        }
    }

    /// Whether this part is a control a teacher can lock (`<key>_lock=true`): shown, but
    /// not changeable. Readouts, figures (their buttons only change what they show) and the
    /// page's text have nothing to lock; the linear collapse figure's button changes the
    /// network, so it locks.
    pub fn lockable(self) -> bool {
        !matches!(
            self,
            Part::Epoch
                | Part::LossChart
                | Part::RunHistory
                | Part::Inside
                | Part::ActivationFigure
                | Part::GradientFigure
                | Part::DeadFigure
                | Part::WeightFigure
                | Part::Text
                | Part::ClassroomButton
        )
    }

    /// Locks or unlocks this part in `config` (unlocking drops the key).
    pub fn set_locked(self, config: &mut Config, locked: bool) {
        config.set_locked(self.key(), locked && self.lockable());
    }

    /// Whether `config` hides this part.
    pub fn is_hidden(self, config: &Config) -> bool {
        match self {
            Part::Text => config.page.hide_text,
            part => config.is_hidden(part.key()),
        }
    }

    /// Hides or shows this part in `config`. Showing drops the `_hide` key, so the link
    /// stays as short as it was.
    pub fn set_hidden(self, config: &mut Config, hidden: bool) {
        match self {
            Part::Text => config.page.hide_text = hidden,
            part if hidden => config.set_hidden(part.key(), true),
            part => config.page.hidden.retain(|(name, _)| name != part.key()),
        }
    }
}

/// Whether `page` hides the Classroom button (`classroom_hide=true`): a student's page,
/// where nothing may give the teacher's setup back (lesson links, an opened file).
pub fn students_page(page: &nn_core::PageSettings) -> bool {
    let key = Part::ClassroomButton.key();
    page.hidden.iter().any(|(name, on)| *on && name == key)
}

/// The URL name that hides the +/− buttons of hidden layer `layer` (0-based), as the
/// original names it: `numNodes1` for the first hidden layer.
pub fn neurons_key(layer: usize) -> String {
    format!("numNodes{}", layer + 1)
}

/// The names of a `<name>_hide` or `<name>_lock` list whose value is true.
fn set_names(list: &[(String, bool)]) -> Rc<[String]> {
    list.iter()
        .filter(|(_, on)| *on)
        .map(|(name, _)| name.clone())
        .collect()
}

/// What the current configuration hides, for the views (given to them as a context).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hidden {
    names: Rc<[String]>,
    locked: Rc<[String]>,
    text: bool,
}

impl Hidden {
    /// What `config` hides.
    pub fn of(config: &Config) -> Self {
        Hidden {
            names: set_names(&config.page.hidden),
            locked: set_names(&config.page.locked),
            text: config.page.hide_text,
        }
    }

    fn hides(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }

    /// Whether `part` is shown but locked: its control cannot be changed.
    pub fn locks(&self, part: Part) -> bool {
        part.lockable() && self.locked.iter().any(|n| n == part.key())
    }

    fn locks_name(&self, name: &str) -> bool {
        self.locked.iter().any(|n| n == name)
    }

    /// Whether the +/− neuron buttons of hidden layer `layer` (0-based) are locked: with
    /// the whole layer editor (`layers_lock`) or by their own key (`numNodes2_lock`).
    pub fn locks_neurons(&self, layer: usize) -> bool {
        self.locks(Part::Layers) || self.locks_name(&neurons_key(layer))
    }

    /// Whether the toggle of the feature named `key` (`x`, `sinX`, …) is locked: with all
    /// of them (`features_lock`) or by its own key (`x_lock`).
    pub fn locks_feature(&self, key: &str) -> bool {
        self.locks(Part::Features) || self.locks_name(key)
    }

    /// Whether `part` is shown.
    pub fn shows(&self, part: Part) -> bool {
        match part {
            Part::Text => !self.text,
            part => !self.hides(part.key()),
        }
    }

    /// Whether the +/− neuron buttons of hidden layer `layer` (0-based) are shown: not
    /// when the layer editor is hidden, nor when `numNodes<layer + 1>_hide=true`.
    pub fn shows_neurons(&self, layer: usize) -> bool {
        self.shows(Part::Layers) && !self.hides(&neurons_key(layer))
    }

    /// Whether the add/remove-layer buttons are shown.
    pub fn shows_layer_buttons(&self) -> bool {
        self.shows(Part::Layers) && self.shows(Part::NumHiddenLayers)
    }

    /// Whether a keyboard shortcut works: only while its button is shown (a lesson that
    /// hides Play, say, is one where students step).
    pub fn allows(&self, shortcut: Shortcut) -> bool {
        let part = match shortcut {
            Shortcut::TogglePlay => Part::PlayButton,
            Shortcut::Step => Part::StepButton,
            Shortcut::Reset => Part::ResetButton,
        };
        self.shows(part) && !self.locks(part)
    }
}

/// What the page hides (everything is shown outside the app's provider).
#[hook]
pub fn use_hidden() -> Hidden {
    use_context::<Hidden>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use nn_core::hash;

    #[test]
    fn the_originals_fifteen_names_are_kept() {
        let original = [
            "showTestData",
            "discretize",
            "playButton",
            "stepButton",
            "resetButton",
            "learningRate",
            "activation",
            "regularization",
            "regularizationRate",
            "problem",
            "dataset",
            "percTrainData",
            "noise",
            "batchSize",
            "numHiddenLayers",
        ];
        for name in original {
            assert!(Part::ALL.iter().any(|p| p.key() == name), "{name}");
        }
    }

    #[test]
    fn every_part_is_in_one_group_and_names_are_unique() {
        let grouped: Vec<Part> = GROUPS.iter().flat_map(|(_, p)| p.iter().copied()).collect();
        assert_eq!(grouped, Part::ALL.to_vec());
        let mut keys: Vec<_> = Part::ALL.iter().map(|p| p.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Part::ALL.len());
        for (i, a) in Part::ALL.iter().enumerate() {
            for b in &Part::ALL[i + 1..] {
                assert_ne!(a.label(), b.label(), "{a:?} and {b:?}");
            }
        }
    }

    #[test]
    fn links_hide_and_the_panel_writes_the_link() {
        let mut config =
            hash::parse("seed=a&noise_hide=true&dataset_hide=false&hideText=true").config;
        let hidden = Hidden::of(&config);
        assert!(!hidden.shows(Part::Noise));
        assert!(hidden.shows(Part::Dataset), "only the literal true hides");
        assert!(!hidden.shows(Part::Text));
        assert!(hidden.shows(Part::PercTrainData));

        Part::LossChart.set_hidden(&mut config, true);
        Part::Noise.set_hidden(&mut config, false);
        Part::Text.set_hidden(&mut config, false);
        let link = hash::write(&config);
        assert!(link.contains("lossChart_hide=true"), "{link}");
        assert!(!link.contains("noise_hide"), "{link}");
        assert!(link.contains("hideText=false"), "{link}");
        let again = Hidden::of(&hash::parse(&link).config);
        assert!(!again.shows(Part::LossChart));
        assert!(again.shows(Part::Noise));
        assert!(Part::LossChart.is_hidden(&config));
    }

    #[test]
    fn neuron_buttons_follow_the_layer_editor_and_their_own_key() {
        let hidden = Hidden::of(&hash::parse("numNodes2_hide=true").config);
        assert!(hidden.shows_neurons(0));
        assert!(!hidden.shows_neurons(1));
        assert!(hidden.shows_layer_buttons());
        let hidden = Hidden::of(&hash::parse("layers_hide=true").config);
        assert!(!hidden.shows_neurons(0));
        assert!(!hidden.shows_layer_buttons());
        let hidden = Hidden::of(&hash::parse("numHiddenLayers_hide=true").config);
        assert!(hidden.shows_neurons(0));
        assert!(!hidden.shows_layer_buttons());
    }

    #[test]
    fn locks_apply_to_controls_only_and_turn_shortcuts_off() {
        let hidden = Hidden::of(
            &hash::parse("learningRate_lock=true&lossChart_lock=true&stepButton_lock=true").config,
        );
        assert!(hidden.locks(Part::LearningRate));
        assert!(hidden.shows(Part::LearningRate), "locked is still shown");
        assert!(
            !hidden.locks(Part::LossChart),
            "a readout has nothing to lock"
        );
        assert!(!hidden.allows(Shortcut::Step));
        assert!(hidden.allows(Shortcut::Reset));
        let mut config = Config::default();
        Part::Noise.set_locked(&mut config, true);
        Part::Epoch.set_locked(&mut config, true);
        let link = hash::write(&config);
        assert!(link.ends_with("&noise_lock=true"), "{link}");
        assert!(!link.contains("epoch_lock"), "{link}");
    }

    #[test]
    fn one_layers_buttons_and_one_features_toggle_lock_by_their_own_names() {
        let hidden = Hidden::of(&hash::parse("numNodes2_lock=true&sinX_lock=true").config);
        assert!(!hidden.locks_neurons(0));
        assert!(hidden.locks_neurons(1));
        assert!(hidden.locks_feature("sinX"));
        assert!(!hidden.locks_feature("x"));
        let hidden = Hidden::of(&hash::parse("layers_lock=true&features_lock=true").config);
        assert!(hidden.locks_neurons(0) && hidden.locks_neurons(3));
        assert!(hidden.locks_feature("x"));
        let hidden = Hidden::of(&hash::parse("weights_lock=true&playgroundFile_lock=true").config);
        assert!(hidden.locks(Part::Weights) && hidden.locks(Part::PlaygroundFile));
    }

    #[test]
    fn a_hidden_buttons_shortcut_is_off() {
        let hidden = Hidden::of(&hash::parse("playButton_hide=true").config);
        assert!(!hidden.allows(Shortcut::TogglePlay));
        assert!(hidden.allows(Shortcut::Step));
        assert!(hidden.allows(Shortcut::Reset));
        assert!(Hidden::default().allows(Shortcut::TogglePlay));
    }
}
