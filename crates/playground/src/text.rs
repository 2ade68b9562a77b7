//! Every user-visible string, keyed by [`Text`], in every [`Lang`].
//!
//! Views never spell out a sentence themselves: they ask the current [`Lang`] (from
//! [`use_lang`]) for it. The tables live beside this file, one per language
//! (`text/en.rs`, `text/zh.rs`); each is an exhaustive `match`, so a new [`Text`] key does
//! not build until every language has it, and the tests below reject an empty string.

mod en;
mod zh;

use nn_core::{
    Activation, Dataset, Feature, Init, Language, Loss, OptimizerKind, Problem, Regularization,
    Warning,
};
use yew::prelude::*;

/// Declares [`Text`] together with [`Text::ALL`], so the list can never miss a key.
macro_rules! texts {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        pub enum $name { $($(#[$vmeta])* $variant),* }

        impl $name {
            /// Every key, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
        }
    };
}

/// A language the page can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the original's language).
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

// A new key needs its string in `text/en.rs` and `text/zh.rs` as well (the build says so).
texts! {
/// One piece of user-visible text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// The page headline.
    Headline,
    /// The line under the headline.
    Tagline,
    /// Label of the play button while paused.
    Play,
    /// Label of the play button while training.
    Pause,
    /// Label of the single-epoch button.
    Step,
    /// Label of the reset button.
    Reset,
    /// Tooltip of the play button.
    PlayHint,
    /// Tooltip of the step button.
    StepHint,
    /// Tooltip of the reset button.
    ResetHint,
    /// Label of the epoch counter.
    Epoch,
    /// Label of the test loss.
    TestLoss,
    /// Label of the training loss.
    TrainingLoss,
    /// Label of the test accuracy.
    TestAccuracy,
    /// Label of the training accuracy.
    TrainingAccuracy,
    /// The loss chart's tooltip; `{0}` epoch, `{1}` training loss, `{2}` test loss.
    ChartTooltip,
    /// The same with accuracies; `{3}` training accuracy, `{4}` test accuracy.
    ChartTooltipAccuracy,
    /// An output neuron's own name when there is one per class; `{0}` its number.
    OutputNeuronNumbered,
    /// The same inside a sentence.
    OutputRefNumbered,
    /// Label of the loss menu.
    LossMenu,
    /// Label of the optimizer menu.
    OptimizerMenu,
    /// Label of the momentum (μ) menu.
    MomentumMenu,
    /// Label of the initialization menu.
    InitMenu,
    /// Label of the classes slider.
    Classes,
    /// A class's name in the legend; `{0}` is its number from 1.
    ClassName,
    /// Caption of the class legend.
    LegendClasses,
    /// Why the Step activation learns nothing.
    StepNote,
    /// A hidden layer's activation menu; `{0}` is the layer number.
    LayerActivation,
    /// Its first entry, following the global menu; `{0}` the global activation.
    LayerActivationGlobal,
    /// Classroom checkbox: the loss menu.
    PartLoss,
    /// Classroom checkbox: the optimizer menu.
    PartOptimizer,
    /// Classroom checkbox: the initialization menu.
    PartInit,
    /// Classroom checkbox: the classes slider.
    PartClasses,
    /// Heading of the output column.
    Output,
    /// Accessible name of the big heatmap.
    OutputHeatmap,
    /// Caption of the colour legend.
    Legend,
    /// Heading of the notice listing what a link got wrong.
    NoticeTitle,
    /// Button that closes a notice.
    Dismiss,
    /// The keyboard help line.
    Shortcuts,
    /// Label of the speed menu.
    Speed,
    /// Speed menu entry for one epoch per frame (the original's pace).
    SpeedOne,
    /// Speed menu entry for `{0}` epochs per frame.
    SpeedPerFrame,
    /// Speed menu entry for training as fast as the frame allows.
    SpeedMax,
    /// Accessible name of the measured training rate.
    TrainingRate,
    /// The measured rate, `{0}` epochs per second.
    EpochsPerSecond,
    // Top-bar menus (their labels are their accessible names).
    /// Label of the learning-rate menu.
    LearningRate,
    /// Label of the activation menu.
    Activation,
    /// Label of the regularization menu.
    Regularization,
    /// Label of the regularization-rate menu.
    RegularizationRate,
    /// Label of the problem-type menu.
    ProblemType,
    // Data column.
    /// Heading of the data column.
    Data,
    /// Question above the data-set thumbnails.
    WhichDataset,
    /// Label of the train/test ratio slider.
    RatioTrainData,
    /// Label of the noise slider.
    Noise,
    /// Label of the batch-size slider.
    BatchSize,
    /// Label of the regenerate button.
    Regenerate,
    /// Tooltip of the regenerate button.
    RegenerateHint,
    // Output column.
    /// Accessible name of the loss chart.
    LossChart,
    /// Title of the chart's horizontal axis.
    ChartEpochs,
    /// Title of the chart's vertical axis.
    ChartLoss,
    /// Label of the show-test-data checkbox.
    ShowTestData,
    /// Label of the discretize checkbox.
    Discretize,
    // Divergence alert.
    /// Heading of the divergence alert.
    DivergedTitle,
    /// What happened.
    DivergedWhy,
    /// What to do about it.
    DivergedFix,
    // The explanation under the tool.
    /// Heading of the explanation.
    GuideTitle,
    /// Heading: the colours.
    GuideColorsTitle,
    /// What the colours mean.
    GuideColors,
    /// Heading: a neuron's picture.
    GuideNeuronTitle,
    /// What a neuron's heatmap shows.
    GuideNeuron,
    /// Heading: the output picture.
    GuideOutputTitle,
    /// What the big heatmap and its checkboxes show.
    GuideOutput,
    /// Heading: Regenerate versus Reset.
    GuideRegenerateTitle,
    /// What Regenerate does, and what Reset does.
    GuideRegenerate,
    /// Heading: the two losses.
    GuideLossTitle,
    /// What training loss and test loss tell you.
    GuideLoss,
    /// Heading: when the numbers blow up.
    GuideDivergeTitle,
    /// Why training can diverge.
    GuideDiverge,
    /// Under the loss chart: "Lowest test loss {0} at epoch {1}".
    ChartBest,
    /// After it when overfitting: what is happening and what early stopping keeps.
    ChartOverfitting,
    /// Trouble: most hidden ReLUs dead ({0} of {1}).
    TroubleDeadTitle,
    /// Why dead ReLUs stay dead.
    TroubleDeadWhy,
    /// What to try against dead ReLUs.
    TroubleDeadFix,
    /// Trouble: no better than a constant guess.
    TroubleGuessTitle,
    /// The training loss {0} against the guess's {1}.
    TroubleGuessWhy,
    /// What to try when the steps are too large.
    TroubleFixSteps,
    /// What to try when the gradients vanish.
    TroubleFixVanishing,
    /// What to try otherwise.
    TroubleFixUnclear,
    /// The link to the dead counts.
    TroubleSeeNetwork,
    /// The link to the losses.
    TroubleSeeLosses,
    /// The batch slider at its end: "All ({0})", the whole training set.
    BatchAll,
    /// Under the batch slider: the training set's size and the updates per epoch.
    BatchNote,
    /// A node's name and its mark: "{0}, {1}".
    NodeWithMark,
    /// A dead node's mark: why it no longer learns.
    DeadMark,
    /// A saturated node's mark.
    SaturatedMark,
    /// "Dead neurons: {0} of {1}" (hidden layers).
    DeadCount,
    /// "Saturated neurons: {0} of {1}" (hidden layers).
    SaturatedCount,
    /// Heading: what our menus add to the original's.
    GuideBeyondTitle,
    /// Multi-class, the loss, the optimizers, the initializations, per-layer activations.
    GuideBeyond,
    /// Trouble: no progress for {0} epochs.
    TroubleStalledTitle,
    /// The training loss {0} against the guess's {1}.
    TroubleStalledWhy,
    /// What to try when the steps are tiny.
    TroubleFixSmallSteps,
    /// What to try when regularization holds the weights down.
    TroubleFixRegularization,
    /// What to try when the network may be too small.
    TroubleFixCapacity,
    /// The link to the figure that shows it.
    TroubleSeeFigure,
    /// Heading of the panel under the playground.
    InsideTitle,
    /// The panel's one-line introduction.
    InsideIntro,
    /// Classroom: the whole panel.
    PartInside,
    /// Classroom: the activation figure.
    PartActivationFigure,
    /// Classroom: the gradient figure.
    PartGradientFigure,
    /// Classroom: the dead neurons figure.
    PartDeadFigure,
    /// Classroom: the weights figure.
    PartWeightFigure,
    /// Classroom: the linear collapse figure.
    PartCollapseFigure,
    /// Classroom: the Step one batch button.
    PartStepBatch,
    /// Heading of the activation figure.
    FigActivationTitle,
    /// What to look for in it.
    FigActivationExplain,
    /// Name of the group of activation buttons.
    FigActivationCompare,
    /// The network's activation: "The network uses {0}."
    FigActivationInUse,
    /// When the hidden layers use several activations.
    FigActivationMixed,
    /// The derivative's maximum {0} at z = {1}.
    FigActivationMax,
    /// For Step: its slope is 0 everywhere.
    FigActivationNoSlope,
    /// Legend: the shaded flat zone.
    FigActivationFlat,
    /// A layer's share of z in the flat zone: layer {0}, share {1}.
    FigActivationLayer,
    /// Vertical axis title.
    FigActivationAxis,
    /// Accessible name of the activation canvas; {0} the function.
    FigActivationLabel,
    /// Accessible name of a comparison button: show {0}'s curves.
    FigActivationShow,
    /// Heading of the gradient figure.
    FigGradientTitle,
    /// What to look for in it.
    FigGradientExplain,
    /// Vertical axis title.
    FigGradientAxis,
    /// Accessible name of the gradient canvas.
    FigGradientLabel,
    /// Note: the first layer's gradient is {0} of the last's.
    FigGradientVanishing,
    /// The first and the output layer's gradient now: {0}, {1}.
    FigGradientNow,
    /// Heading of the dead neurons figure.
    FigDeadTitle,
    /// What to look for in it.
    FigDeadExplain,
    /// Vertical axis title.
    FigDeadAxis,
    /// Accessible name of the dead neurons canvas.
    FigDeadLabel,
    /// A layer's counts: layer {0}, {1} dead, {2} saturated, of {3}.
    FigDeadLayer,
    /// When no hidden layer can die or saturate.
    FigDeadNone,
    /// Legend: the dead count line.
    FigDeadLine,
    /// Legend: the saturated count line.
    FigSaturatedLine,
    /// Heading of the weights figure.
    FigWeightsTitle,
    /// What to look for in it.
    FigWeightsExplain,
    /// Label of the layer menu.
    FigWeightsLayer,
    /// The menu's first choice.
    FigWeightsAll,
    /// "Zero weights: {0} of {1}".
    FigWeightsZero,
    /// "|w| < 0.01: {0} of {1}".
    FigWeightsSmall,
    /// Weights outside the drawn range: {0}.
    FigWeightsOutside,
    /// Legend: the current weights.
    FigWeightsNow,
    /// Legend: the weights at epoch 0.
    FigWeightsStart,
    /// Horizontal axis title.
    FigWeightsAxis,
    /// Vertical axis title.
    FigWeightsCount,
    /// Accessible name of the weights canvas.
    FigWeightsLabel,
    /// A hidden layer: "Layer {0}".
    LayerNumbered,
    /// The output layer.
    OutputLayer,
    /// Heading of the linear collapse figure.
    FigCollapseTitle,
    /// What to look for in it.
    FigCollapseExplain,
    /// When a hidden layer is not Linear.
    FigCollapseNotLinear,
    /// {0} hidden layers multiplied through.
    FigCollapseHidden,
    /// When there is no hidden layer.
    FigCollapseNoHidden,
    /// The output's activation {0} after O.
    FigCollapseOutput,
    /// Caption of the W and b table.
    FigCollapseTable,
    /// Header of the inputs column.
    FigCollapseInput,
    /// The button opening the equivalent network.
    FigCollapseOpen,
    /// Its tooltip.
    FigCollapseOpenHint,
    /// The Step one batch button.
    StepBatch,
    /// Its tooltip; {0} the batch size.
    StepBatchHint,
    /// "Weight updates: {0}".
    UpdatesCount,
    /// The New weights button.
    NewWeights,
    /// Its tooltip.
    NewWeightsHint,
    /// Classroom: the New weights button.
    PartNewWeightsButton,
    /// Classroom: the Classroom button itself.
    PartClassroomButton,
    /// Classroom: the lock box of a part: "Lock {0}".
    LockPart,
    /// Tooltip of a locked control.
    LockedHint,
    /// Classroom: what the lock boxes do.
    ClassroomLocks,
    /// Caption of the earlier runs' table.
    RunsCaption,
    /// Column: the run's number.
    RunNumber,
    /// Column: the run's settings.
    RunSettings,
    /// The restore button.
    RunRestore,
    /// Accessible name of a restore button: "Open run {0}".
    RunRestoreName,
    /// Its tooltip.
    RunRestoreHint,
    /// A run's seed: "seed {0}".
    RunSeed,
    /// A run's seed and draws: "seed {0}, draw {1}".
    RunSeedDraws,
    /// Classroom: the earlier runs.
    PartRunHistory,
    /// Measure: test loss minus training loss.
    MeasureGap,
    /// Measure: first layer's gradient over the output layer's.
    MeasureGradientRatio,
    /// The Lessons menu button.
    LessonsMenu,
    /// Heading of the lessons list.
    LessonsMenuTitle,
    /// Line under it.
    LessonsIntro,
    /// Accessible name of the lesson panel: "Lesson: {0}".
    LessonLabel,
    /// "Step {0} of {1}".
    LessonStepOf,
    /// Previous step button.
    LessonPrevious,
    /// Next step button.
    LessonNext,
    /// Close the lesson.
    LessonClose,
    /// Accessible name of the step list.
    LessonSteps,
    /// Before the run: "answer shows at epoch {0}".
    LessonPredictHelp,
    /// While the run goes to the epoch.
    LessonRunning,
    /// Heading of the answer: "At epoch {0}".
    LessonHappened,
    /// Prediction right.
    LessonRight,
    /// Prediction wrong: "You predicted: {0}".
    LessonWrong,
    /// No prediction made.
    LessonNoPrediction,
    /// The values behind the answer: "Measured: {0}".
    LessonMeasured,
    /// Accessible mark on the choice that happened.
    LessonHappenedMark,
    /// After the answer.
    LessonAgain,
    /// Heading of the step's goal.
    LessonGoal,
    /// The hint: "Hint: {0}".
    LessonHint,
    /// No choice describes this run (a setting was changed?).
    LessonNoneHappened,
    /// Import button.
    ImportCsv,
    /// Export button.
    ExportCsv,
    /// Under the buttons.
    ImportHelp,
    /// What a file holds: {0} points, {1} labels, {2} split.
    ImportSummary,
    /// Two classes.
    LabelsTwo,
    /// K classes: {0} classes, 0 to {1}.
    LabelsClasses,
    /// Numbers.
    LabelsValues,
    /// Split from the file.
    ImportSplitGiven,
    /// Split by the slider.
    ImportSplitRatio,
    /// Confirm button.
    ImportUse,
    /// Cancel button.
    ImportCancel,
    /// Dismiss an error.
    ImportDismiss,
    /// Error heading: "{0} cannot be imported; nothing was changed."
    ImportFailed,
    /// The browser could not read the file.
    CsvUnreadable,
    /// Binary file.
    CsvNotText,
    /// No rows.
    CsvEmpty,
    /// Too many: {0} points, max {1}.
    CsvTooMany,
    /// Line {0}: column {1} missing.
    CsvMissingColumn,
    /// Line {0}: {1} {2} not a number.
    CsvNotANumber,
    /// Line {0}: {1} = {2} outside.
    CsvOutOfDomain,
    /// Line {0}: split {1}.
    CsvBadSplit,
    /// Line {0}: class {1}.
    CsvTooManyClasses,
    /// Header lacks {0}.
    CsvBadHeader,
    /// Given data in use: {0} points.
    GivenInUse,
    /// Back to built-in data.
    GivenBack,
    /// Save button.
    SavePlayground,
    /// Open button.
    OpenPlayground,
    /// "{0} cannot be opened; nothing was changed."
    FileOpenFailed,
    /// Not JSON.
    FileNotJson,
    /// Not ours.
    FileNotPlayground,
    /// Newer version {0}.
    FileNewer,
    /// Bad settings: {0}.
    FileBadSettings,
    /// Bad points.
    FileBadPoints,
    /// Bad training state: {0}.
    FileBadState,
    /// Button.
    ExportPytorch,
    /// Tooltip.
    ExportPytorchHint,
    /// The points travel in the link.
    GivenInLink,
    /// The points are off the link's grid.
    GivenOffGrid,
    /// Too many points for a link: {0} characters, at most {1}.
    GivenTooLong,
    /// The Draw mode's toggle.
    Draw,
    /// Tooltip of Draw.
    DrawHint,
    /// The tool group.
    DrawTool,
    /// The add tool.
    DrawAdd,
    /// The erase tool.
    DrawErase,
    /// The class of new points.
    DrawClass,
    /// The +1 class.
    DrawBlue,
    /// The −1 class.
    DrawOrange,
    /// The value of new points (regression).
    DrawValue,
    /// Which set new points join.
    DrawSet,
    /// The training set.
    DrawTrain,
    /// The test set.
    DrawTest,
    /// Removes every point.
    DrawClear,
    /// Points count.
    DrawCount,
    /// The map's name while drawing.
    DrawArea,
    /// Help under the tools.
    DrawHelp,
    /// Button.
    SaveFigure,
    /// Tooltip.
    SaveFigureHint,
    /// The data set of a run on the user's points.
    YourPoints,
    /// The timeline slider's label.
    Timeline,
    /// The epoch a timeline position shows.
    TimelineEpoch,
    /// Note while looking back.
    TimelineViewing,
    /// Branch button.
    ContinueHere,
    /// Part: the data file tools.
    PartDataFile,
    /// Part: Draw.
    PartDraw,
    /// Part: the timeline.
    PartTimeline,
    /// Compare button (toggles compare mode).
    Compare,
    /// Tooltip of the Compare button.
    CompareHint,
    /// Heading of the compare panel.
    CompareHeading,
    /// What compare mode does.
    CompareHelp,
    /// Group name of B's menus.
    CompareSettings,
    /// First entry of each of B's menus: "Same as A ({0})".
    CompareSame,
    /// Name of the page's own network in compare mode.
    NetworkA,
    /// Name of the second network.
    NetworkB,
    /// B's differences: "Differs in: {0}".
    CompareDiffers,
    /// B has no differences.
    CompareNoDifference,
    /// "Test loss reached 0.1 at epoch {0}".
    CompareReached,
    /// The target not reached yet.
    CompareNotReached,
    /// A network of the two diverged.
    CompareDiverged,
    /// Accessible name of B's output map.
    CompareMap,
    /// Accessible name of A's small output map.
    CompareMapA,
    /// Under the loss chart in compare mode.
    CompareLegend,
    /// Instead of the timeline in compare mode.
    TimelineComparing,
    /// Part: compare mode.
    PartCompare,
    /// A menu of B's: "{0} of B".
    CompareMenu,
    /// B's batch menu: the batch of every training point, "{0} (full batch)".
    FullBatch,
    /// Heading of the challenge box.
    /// Classroom panel: the weight and bias cards of the network.
    PartWeights,
    /// Classroom panel: the playground-file buttons.
    PartPlaygroundFile,
    /// Classroom panel: the Lessons menu.
    PartLessons,
    /// Tooltip of a link or bias whose value a teacher locked.
    WeightsLockedHint,
    ChallengeTitle,
    /// The goal met: "Met at epoch {0}".
    ChallengeMet,
    /// The goal not met yet.
    ChallengeNotYet,
    /// A condition's current value: "now {0}".
    ChallengeNow,
    /// A condition that holds (accessible text).
    ChallengeDone,
    /// A condition that does not hold yet (accessible text).
    ChallengeOpen,
    /// Goal measure.
    MeasureTestLoss,
    /// Goal measure.
    MeasureTrainLoss,
    /// Goal measure.
    MeasureTestAccuracy,
    /// Goal measure.
    MeasureNeurons,
    /// Goal measure.
    MeasureDeadShare,
    /// Goal measure.
    MeasureNonzero,
    /// Goal measure.
    MeasureEpochs,
    /// Goal comparison.
    CompareBelow,
    /// Goal comparison.
    CompareAtMost,
    /// Goal comparison.
    CompareAtLeast,
    /// Goal comparison.
    CompareAbove,
    /// Classroom: the challenge group.
    GoalEditor,
    /// Label of the measure menu.
    GoalMeasureLabel,
    /// Label of the comparison menu.
    GoalCompareLabel,
    /// Label of the number field.
    GoalValueLabel,
    /// Button adding the condition.
    GoalAdd,
    /// Button removing the challenge.
    GoalClear,
    /// What the challenge does.
    GoalHelp,
    // The network: features, hidden-layer editor, links and biases.
    /// Accessible name of the network section.
    NetworkRegion,
    /// Heading of the features column.
    FeaturesHeading,
    /// The question above the feature toggles.
    FeaturesQuestion,
    /// Tooltip of a feature toggle.
    FeatureHint,
    /// The hidden-layer count when it is 1.
    HiddenLayersOne,
    /// The hidden-layer count; `{0}` is the number.
    HiddenLayersMany,
    /// Name of the add-layer button.
    AddLayer,
    /// Name of the remove-layer button.
    RemoveLayer,
    /// A layer's neuron count when it is 1.
    NeuronsOne,
    /// A layer's neuron count; `{0}` is the number.
    NeuronsMany,
    /// Name of a layer's add-neuron button; `{0}` is the layer number.
    AddNeuron,
    /// Name of a layer's remove-neuron button; `{0}` is the layer number.
    RemoveNeuron,
    /// A hidden neuron's own name; `{0}` neuron number, `{1}` layer number.
    NeuronName,
    /// A hidden neuron inside a sentence; `{0}` neuron number, `{1}` layer number.
    NeuronRef,
    /// The output node's own name.
    OutputNeuron,
    /// The output node inside a sentence.
    OutputRef,
    /// A link's name; `{0}` its source, `{1}` its destination.
    WeightName,
    /// A bias mark's name; `{0}` its node.
    BiasName,
    /// The card over a link; `{0}` the value.
    WeightIs,
    /// The card over a bias; `{0}` the value.
    BiasIs,
    /// The card's note on a link frozen by L1.
    DeadLink,
    /// The card's hint on how to edit.
    EditHint,
    /// The editing card's keys.
    EditKeys,
    /// Label of the weight field.
    WeightLabel,
    /// Label of the bias field.
    BiasLabel,
    /// Error under the field when the entry is not a number.
    NotANumber,
    /// The line under the network explaining hover and edit.
    NetworkHint,
    // The page itself.
    /// The browser tab's title.
    PageTitle,
    /// Label of the language menu, in both languages so anyone can find it.
    LanguageLabel,
    // Sharing, the classroom panel and embedding.
    /// Label of the button that copies the link to this playground.
    Share,
    /// Tooltip of the Share button.
    ShareHint,
    /// Accessible name of the read-only field showing the link.
    ShareLink,
    /// Status after the link was put on the clipboard.
    Copied,
    /// Status when there is no clipboard and the link is selected instead.
    CopyManually,
    /// Label of the button that opens the classroom panel.
    Classroom,
    /// Tooltip of the classroom button.
    ClassroomHint,
    /// Heading of the classroom panel.
    ClassroomTitle,
    /// What the classroom panel does.
    ClassroomIntro,
    /// Classroom group: the run controls.
    ClassroomRun,
    /// Classroom group: the top bar's menus.
    ClassroomMenus,
    /// Classroom group: the page around the tool.
    ClassroomPage,
    /// Classroom checkbox: the play/pause button.
    PartPlayButton,
    /// Classroom checkbox: the step button.
    PartStepButton,
    /// Classroom checkbox: the reset button.
    PartResetButton,
    /// Classroom checkbox: the epoch counter.
    PartEpoch,
    /// Classroom checkbox: the speed menu.
    PartSpeed,
    /// Classroom checkbox: the learning-rate menu.
    PartLearningRate,
    /// Classroom checkbox: the activation menu.
    PartActivation,
    /// Classroom checkbox: the regularization menu.
    PartRegularization,
    /// Classroom checkbox: the regularization-rate menu.
    PartRegularizationRate,
    /// Classroom checkbox: the problem-type menu.
    PartProblem,
    /// Classroom checkbox: the data-set pictures.
    PartDataset,
    /// Classroom checkbox: the train/test ratio slider.
    PartPercTrainData,
    /// Classroom checkbox: the noise slider.
    PartNoise,
    /// Classroom checkbox: the batch-size slider.
    PartBatchSize,
    /// Classroom checkbox: the regenerate button.
    PartRegenerate,
    /// Classroom checkbox: the feature toggles.
    PartFeatures,
    /// Classroom checkbox: the add/remove-layer buttons.
    PartNumHiddenLayers,
    /// Classroom checkbox: every +/− button of the network.
    PartLayers,
    /// Classroom checkbox: the loss chart.
    PartLossChart,
    /// Classroom checkbox: the show-test-data box.
    PartShowTestData,
    /// Classroom checkbox: the discretize box.
    PartDiscretize,
    /// Classroom checkbox: the headline and the guide (`hideText`).
    PartText,
    /// The embedded playground's link to the same state, full size, in a new tab.
    OpenFull,
    /// Notice entry for `tutorial=`; `{0}` is its value.
    TutorialUnsupported,
}
}

impl From<Language> for Lang {
    fn from(l: Language) -> Self {
        match l {
            Language::En => Lang::En,
            Language::Zh => Lang::Zh,
        }
    }
}

impl From<Lang> for Language {
    fn from(l: Lang) -> Self {
        match l {
            Lang::En => Language::En,
            Lang::Zh => Language::Zh,
        }
    }
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The BCP 47 code, for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language's name in itself, as the language menu lists it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }

    /// The first language of the browser's preferences (`navigator.languages`, most
    /// wanted first) that the page speaks; English if none.
    pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> Lang {
        preferences
            .iter()
            .find_map(|tag| {
                let tag = tag.as_ref().trim().to_ascii_lowercase();
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                match primary {
                    "zh" => Some(Lang::Zh),
                    "en" => Some(Lang::En),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }

    /// The string for `key` in this language.
    pub fn text(self, key: Text) -> &'static str {
        match self {
            Lang::En => en::text(key),
            Lang::Zh => zh::text(key),
        }
    }

    /// The menu name of an activation.
    pub fn activation(self, a: Activation) -> &'static str {
        match self {
            Lang::En => a.label(),
            Lang::Zh => zh::activation(a),
        }
    }

    /// The menu name of a regularization.
    pub fn regularization(self, r: Regularization) -> &'static str {
        match self {
            Lang::En => r.label(),
            Lang::Zh => zh::regularization(r),
        }
    }

    /// The menu name of a loss.
    pub fn loss(self, l: Loss) -> &'static str {
        match self {
            Lang::En => l.label(),
            Lang::Zh => zh::loss(l),
        }
    }

    /// The menu name of an optimizer.
    pub fn optimizer(self, o: OptimizerKind) -> &'static str {
        match self {
            Lang::En => o.label(),
            Lang::Zh => zh::optimizer(o),
        }
    }

    /// The menu name of an initialization.
    pub fn init(self, i: Init) -> &'static str {
        match self {
            Lang::En => i.label(),
            Lang::Zh => zh::init(i),
        }
    }

    /// The menu name of `value` (its URL spelling) of the named setting `key`, for the
    /// menus the registry describes; `None` for a key or value without one.
    pub fn choice(self, key: &str, value: &str) -> Option<&'static str> {
        match key {
            "activation" => Activation::from_key(value).map(|a| self.activation(a)),
            "regularization" => Regularization::from_key(value).map(|r| self.regularization(r)),
            "problem" => Problem::from_key(value).map(|p| self.problem(p)),
            "loss" => Loss::from_key(value).map(|l| self.loss(l)),
            "optimizer" => OptimizerKind::from_key(value).map(|o| self.optimizer(o)),
            "init" => Init::from_key(value).map(|i| self.init(i)),
            _ => None,
        }
    }

    /// The menu name of a problem type.
    pub fn problem(self, p: Problem) -> &'static str {
        match self {
            Lang::En => p.label(),
            Lang::Zh => zh::problem(p),
        }
    }

    /// The name of a data set (its thumbnail's accessible name).
    pub fn dataset(self, d: Dataset) -> &'static str {
        match self {
            Lang::En => d.label(),
            Lang::Zh => zh::dataset(d),
        }
    }

    /// The label of an input feature: mathematical notation, the same in both languages.
    pub fn feature(self, f: Feature) -> &'static str {
        f.label()
    }

    /// The text of `key` with `{0}`, `{1}`, … replaced by `args` (so each language can
    /// put the numbers and names where its grammar wants them).
    pub fn fill(self, key: Text, args: &[&str]) -> String {
        fill(self.text(key), args)
    }

    /// A link warning from `nn-core`, worded in this language.
    pub fn warning(self, warning: &Warning) -> String {
        match self {
            Lang::En => en::warning(warning),
            Lang::Zh => zh::warning(warning),
        }
    }
}

/// A Chinese character (not punctuation).
fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Chinese or full-width punctuation, which needs no space beside Chinese characters.
fn is_wide_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// Whether `a` followed by `b` wants a space between them: a Chinese character beside a
/// number or a Latin name, as Chinese typesetting does (`第 2 层`, `从 X₁ 到`).
fn wants_space(a: Option<char>, b: Option<char>) -> bool {
    let latin = |c: char| !c.is_whitespace() && !is_ideograph(c) && !is_wide_punctuation(c);
    match (a, b) {
        (Some(a), Some(b)) => (is_ideograph(a) && latin(b)) || (latin(a) && is_ideograph(b)),
        _ => false,
    }
}

/// Replaces `{i}` in `template` by `args[i]`, spacing Chinese from what it inserts.
/// A `{` that is not a placeholder stays as written.
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let placeholder = after.find('}').and_then(|close| {
            let arg = after[..close].parse::<usize>().ok()?;
            Some((close, *args.get(arg)?))
        });
        let Some((close, arg)) = placeholder else {
            out.push('{');
            rest = after;
            continue;
        };
        rest = &after[close + 1..];
        if wants_space(out.chars().next_back(), arg.chars().next()) {
            out.push(' ');
        }
        out.push_str(arg);
        if wants_space(arg.chars().next_back(), rest.chars().next()) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out
}

/// The page's current language, provided by the app from the link or the browser.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashMap};

    use nn_core::hash::Reason;

    use super::*;

    #[test]
    fn the_key_list_is_complete() {
        // `ALL` is generated with the enum; check it is the variants 0..n in order, so
        // the table tests below see every key.
        for (i, &key) in Text::ALL.iter().enumerate() {
            assert_eq!(key as usize, i, "{key:?}");
        }
        assert!(Text::ALL.contains(&Text::LanguageLabel));
    }

    #[test]
    fn every_key_has_text_in_every_language() {
        for lang in Lang::ALL {
            for &key in Text::ALL {
                let s = lang.text(key);
                assert!(!s.trim().is_empty(), "{lang:?} has no text for {key:?}");
                assert_eq!(s, s.trim(), "{lang:?} {key:?} has stray spaces");
            }
        }
    }

    /// The placeholders (`{0}`, `{1}`, …) a string uses.
    fn placeholders(s: &str) -> BTreeSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}'))
            .filter(|(n, _)| n.parse::<usize>().is_ok())
            .map(|(n, _)| n.to_string())
            .collect()
    }

    #[test]
    fn translations_use_the_same_placeholders() {
        for &key in Text::ALL {
            let en = placeholders(Lang::En.text(key));
            for lang in Lang::ALL {
                assert_eq!(placeholders(lang.text(key)), en, "{lang:?} {key:?}");
            }
        }
    }

    #[test]
    fn chinese_says_english_distinctions_apart() {
        // Two keys may share a translation only if they mean the same in English too
        // (ignoring capitals: "Neuron 1 of layer 2" and "neuron 1 of layer 2").
        let mut seen: HashMap<&str, Text> = HashMap::new();
        for &key in Text::ALL {
            let zh = Lang::Zh.text(key);
            if let Some(&other) = seen.get(zh) {
                assert!(
                    Lang::En
                        .text(key)
                        .eq_ignore_ascii_case(Lang::En.text(other)),
                    "{key:?} and {other:?} both read {zh:?} in Chinese"
                );
            }
            seen.insert(zh, key);
        }
    }

    #[test]
    fn chinese_is_chinese() {
        // Only the keys whose text is a name or notation may read the same in both.
        let same_by_design = [Text::LanguageLabel];
        for &key in Text::ALL {
            if !same_by_design.contains(&key) {
                assert_ne!(
                    Lang::En.text(key),
                    Lang::Zh.text(key),
                    "{key:?} untranslated"
                );
            }
        }
        for d in Dataset::CLASSIFICATION
            .into_iter()
            .chain(Dataset::REGRESSION)
        {
            assert!(Lang::Zh.dataset(d).chars().any(is_ideograph), "{d:?}");
        }
        for p in Problem::ALL {
            assert!(Lang::Zh.problem(p).chars().any(is_ideograph), "{p:?}");
        }
        assert_eq!(Lang::Zh.activation(Activation::Relu), "ReLU");
        assert_eq!(Lang::Zh.activation(Activation::Linear), "线性");
        assert_eq!(Lang::Zh.regularization(Regularization::None), "无");
    }

    #[test]
    fn accessible_names_are_the_contract() {
        // Browser tests find controls by these exact names.
        let en = Lang::En;
        assert_eq!(en.text(Text::Play), "Play");
        assert_eq!(en.text(Text::Pause), "Pause");
        assert_eq!(en.text(Text::Step), "Step");
        assert_eq!(en.text(Text::Reset), "Reset");
        assert_eq!(en.text(Text::Epoch), "Epoch");
        assert_eq!(en.text(Text::TestLoss), "Test loss");
        assert_eq!(en.text(Text::TrainingLoss), "Training loss");
        assert_eq!(en.text(Text::OutputHeatmap), "Output heatmap");
        assert_eq!(en.text(Text::LearningRate), "Learning rate");
        assert_eq!(en.text(Text::RegularizationRate), "Regularization rate");
        assert_eq!(en.text(Text::ProblemType), "Problem type");
        assert_eq!(en.text(Text::Regenerate), "Regenerate");
        assert_eq!(en.text(Text::LossChart), "Loss chart");
        assert_eq!(en.text(Text::ShowTestData), "Show test data");
        assert_eq!(en.text(Text::Discretize), "Discretize output");
        assert_eq!(en.text(Text::LanguageLabel), "Language / 语言");
        assert_eq!(en.dataset(Dataset::Xor), "Exclusive or");
        assert_eq!(en.activation(Activation::Relu), "ReLU");
        let zh = Lang::Zh;
        assert_eq!(zh.text(Text::LearningRate), "学习率");
        assert_eq!(zh.text(Text::Play), "运行");
        assert_eq!(zh.text(Text::LanguageLabel), en.text(Text::LanguageLabel));
    }

    #[test]
    fn links_and_languages_convert_both_ways() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from(Language::from(lang)), lang);
        }
        assert_eq!(Lang::ALL.len(), Language::ALL.len());
        assert_eq!(Lang::Zh.code(), "zh-CN");
    }

    #[test]
    fn the_browser_picks_the_first_language_we_speak() {
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(Lang::negotiate(&["zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::negotiate(&["zh"]), Lang::Zh);
        assert_eq!(Lang::negotiate(&["ZH_tw"]), Lang::Zh);
        assert_eq!(Lang::negotiate(&["en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::negotiate(&["fr-FR", "zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::negotiate(&["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate(&["zhx"]), Lang::En);
    }

    #[test]
    fn fill_places_arguments_and_spaces_chinese() {
        let en = Lang::En;
        assert_eq!(
            en.fill(Text::NeuronName, &["2", "1"]),
            "Neuron 2 of layer 1"
        );
        assert_eq!(en.fill(Text::HiddenLayersMany, &["3"]), "3 HIDDEN LAYERS");
        let zh = Lang::Zh;
        let neuron = zh.fill(Text::NeuronRef, &["2", "1"]);
        assert_eq!(neuron, "第 1 层第 2 个神经元");
        assert_eq!(zh.fill(Text::HiddenLayersMany, &["3"]), "3 个隐藏层");
        assert_eq!(
            zh.fill(Text::WeightName, &["X₁", &neuron]),
            "从 X₁ 到第 1 层第 2 个神经元的权重"
        );
        let output = zh.text(Text::OutputRef);
        assert_eq!(
            zh.fill(Text::WeightName, &[&neuron, output]),
            "从第 1 层第 2 个神经元到输出节点的权重"
        );
        assert_eq!(zh.fill(Text::BiasName, &[output]), "输出节点的偏置");
        assert_eq!(zh.fill(Text::WeightIs, &["−0.52"]), "权重为 −0.52。");
        // Not placeholders: kept as written.
        assert_eq!(fill("{x} {9} {0", &["a"]), "{x} {9} {0");
        assert_eq!(fill("{0}{0}", &["ab"]), "abab");
    }

    fn every_reason() -> Vec<Warning> {
        let reasons = [
            Reason::UnknownKey,
            Reason::UnknownValue {
                allowed: vec!["relu", "tanh"],
            },
            Reason::NotANumber,
            Reason::NotAnInteger,
            Reason::OutOfRange {
                min: 0.0,
                max: 100.0,
                used: 100.0,
            },
            Reason::BadLayerSize { max: 64 },
            Reason::TooManyLayers { max: 16 },
            Reason::Adjusted { used: 50.0 },
            Reason::MoreWarnings { count: 7 },
        ];
        reasons
            .into_iter()
            .map(|reason| Warning {
                key: "someKey".into(),
                value: "someValue".into(),
                reason,
            })
            .collect()
    }

    #[test]
    fn warnings_are_worded_in_each_language() {
        for w in every_reason() {
            // The English wording is the engine's, word for word.
            assert_eq!(Lang::En.warning(&w), w.to_string());
            let zh = Lang::Zh.warning(&w);
            assert!(zh.chars().any(is_ideograph), "{zh}");
            if !matches!(w.reason, Reason::MoreWarnings { .. }) {
                assert!(zh.contains("someKey"), "{zh}");
            }
        }
        let parsed = nn_core::hash::parse("activation=nope");
        let zh = Lang::Zh.warning(&parsed.warnings[0]);
        assert!(zh.contains("nope") && zh.contains("relu"), "{zh}");
    }
}
