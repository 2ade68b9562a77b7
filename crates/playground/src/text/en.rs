//! English, the original's wording. The accessible names here are what the browser tests
//! find controls by: change them only together with the tests.

use nn_core::hash::Reason;
use nn_core::Warning;

use super::Text;

/// The English string for `key`.
pub(super) fn text(key: Text) -> &'static str {
    match key {
        Text::Headline => "Tinker With a Neural Network Right Here in Your Browser.",
        Text::Tagline => "Don’t Worry, You Can’t Break It. We Promise.",
        Text::Play => "Play",
        Text::Pause => "Pause",
        Text::Step => "Step",
        Text::Reset => "Reset",
        Text::PlayHint => "Run or pause the training (Space)",
        Text::StepHint => "Train one epoch (→ or S)",
        Text::ResetHint => "Back to epoch 0 with the same starting weights (R)",
        Text::Epoch => "Epoch",
        Text::TestLoss => "Test loss",
        Text::TrainingLoss => "Training loss",
        Text::TestAccuracy => "Test accuracy",
        Text::TrainingAccuracy => "Training accuracy",
        Text::ChartTooltip => "Epoch {0}: training loss {1}, test loss {2}",
        Text::ChartTooltipAccuracy => "Epoch {0}: training loss {1}, test loss {2}; training accuracy {3}, test accuracy {4}",
        Text::OutputNeuronNumbered => "Output neuron {0}",
        Text::OutputRefNumbered => "output {0}",
        Text::LossMenu => "Loss",
        Text::OptimizerMenu => "Optimizer",
        Text::InitMenu => "Initialization",
        Text::MomentumMenu => "Momentum μ",
        Text::Classes => "Classes",
        Text::ClassName => "Class {0}",
        Text::LegendClasses => "Colors show the classes; a blend of colors is an uncertain prediction.",
        Text::StepNote => "Step's derivative is 0 everywhere, so no gradient reaches the layers before it: they never learn.",
        Text::LayerActivation => "Activation of hidden layer {0}",
        Text::LayerActivationGlobal => "Global ({0})",
        Text::PartLoss => "Loss menu",
        Text::PartOptimizer => "Optimizer menu",
        Text::PartInit => "Initialization menu",
        Text::PartClasses => "Classes slider",
        Text::Output => "Output",
        Text::OutputHeatmap => "Output heatmap",
        Text::Legend => "Colors show data, neuron and weight values.",
        Text::NoticeTitle => "Some settings in this link could not be used:",
        Text::Dismiss => "Dismiss",
        Text::Shortcuts => "Keys: Space runs or pauses, → or S steps one epoch, R resets.",
        Text::Speed => "Speed",
        Text::SpeedOne => "1 epoch per frame",
        Text::SpeedPerFrame => "{0} epochs per frame",
        Text::SpeedMax => "As fast as possible",
        Text::TrainingRate => "Training rate",
        Text::EpochsPerSecond => "{0} epochs/s",
        Text::LearningRate => "Learning rate",
        Text::Activation => "Activation",
        Text::Regularization => "Regularization",
        Text::RegularizationRate => "Regularization rate",
        Text::ProblemType => "Problem type",
        Text::Data => "Data",
        Text::WhichDataset => "Which dataset do you want to use?",
        Text::RatioTrainData => "Ratio of training to test data",
        Text::Noise => "Noise",
        Text::BatchSize => "Batch size",
        Text::Regenerate => "Regenerate",
        Text::RegenerateHint => "Draw new points of the same kind; the network keeps learning",
        Text::LossChart => "Loss chart",
        Text::ChartEpochs => "Epoch",
        Text::ChartLoss => "Loss",
        Text::ShowTestData => "Show test data",
        Text::Discretize => "Discretize output",
        Text::DivergedTitle => "Training stopped: the numbers blew up.",
        Text::DivergedWhy => {
            "The loss is no longer a number (NaN or infinity). The learning rate is \
            too high for this network: every update overshoots, so the weights grow without \
            bound until they are too large to compute with."
        }
        Text::DivergedFix => {
            "Choose a smaller learning rate, then press Reset to start again \
            with new weights."
        }
        Text::GuideTitle => "How to read the playground",
        Text::GuideColorsTitle => "What do the colours mean?",
        Text::GuideColors => {
            "Orange means a negative value and blue a positive one; pale grey \
            is close to zero, and the stronger the colour, the larger the value. The same code \
            is used everywhere: a data point's colour is its label (orange −1, blue +1), a \
            neuron's picture shows its output, and a line between two neurons shows the weight \
            of that connection (a thicker line is a larger weight). With several classes, the \
            points and the output show each class in its own colour (see the legend)."
        }
        Text::GuideNeuronTitle => "What does a neuron's picture show?",
        Text::GuideNeuron => {
            "Each small square is a map of the same plane the data lives on. \
            For every point of the plane, its colour is what that neuron outputs when the \
            network is fed that point. Neurons in the first layer can only draw simple shapes, \
            such as a straight edge between orange and blue; each later layer mixes the \
            pictures before it into more complicated shapes."
        }
        Text::GuideOutputTitle => "What does the output show?",
        Text::GuideOutput => {
            "The big picture is the output neuron's map: the network's \
            prediction for every point, with the training points on top so you can see where \
            it is right and where it is wrong. “Show test data” adds the test points (black \
            outline); “Discretize output” shows only the predicted class, orange or blue, \
            instead of the shades in between."
        }
        Text::GuideRegenerateTitle => "Regenerate or Reset?",
        Text::GuideRegenerate => {
            "Regenerate draws a new random sample of the same data set: \
            new points, same pattern. The network keeps its weights and carries on training, \
            which shows whether it learned the pattern or just these points. Reset keeps the \
            data and starts the network over with new random weights at epoch 0."
        }
        Text::GuideLossTitle => "Training loss or test loss?",
        Text::GuideLoss => {
            "The loss measures how far the predictions are from the labels \
            (half the squared error by default, or the cross-entropy when it is chosen under \
            Loss, averaged over the points): lower is better. The training \
            loss is measured on the points the network learns from, the test loss on points it \
            never trains on. When the training loss keeps falling but the test loss stalls or \
            rises, the network is memorising the training points instead of the pattern \
            (overfitting): try a smaller network, less noise, more training data or some \
            regularization."
        }
        Text::GuideDivergeTitle => "Why can training blow up?",
        Text::GuideDiverge => {
            "The learning rate sets how big a step each update takes. Too \
            small and training crawls; too big and each step overshoots the best weights, the \
            error grows instead of shrinking, and the weights run off to infinity. The \
            playground then stops and tells you: lower the learning rate and press Reset."
        }
        Text::ChartBest => "Lowest test loss: {0} at epoch {1} (circled).",
        Text::ChartOverfitting => {
            "Overfitting: since then the training loss fell while the test loss rose (shaded). \
            Early stopping would keep the network of epoch {0}."
        }
        Text::TroubleDeadTitle => "Most hidden neurons are dead ({0} of {1})",
        Text::TroubleDeadWhy => {
            "A ReLU whose input is negative on every training point outputs 0 there and gets \
            no gradient, so it never recovers. Steps that are too large push neurons there."
        }
        Text::TroubleDeadFix => {
            "Try a smaller learning rate, such as 0.03, or Leaky ReLU, then press Reset."
        }
        Text::TroubleGuessTitle => "The network does no better than guessing",
        Text::TroubleGuessWhy => {
            "Its training loss, {0}, is no lower than the {1} of always giving the same answer."
        }
        Text::TroubleFixSteps => {
            "The learning rate is probably too large: every step overshoots. Try 0.03 and press \
            Reset."
        }
        Text::TroubleFixVanishing => {
            "The first layer's gradient is under 1/100 of the last layer's: the gradients vanish \
            on their way back (Sigmoid's slope is at most 0.25). Try Tanh or ReLU, or fewer \
            layers."
        }
        Text::TroubleFixUnclear => {
            "Give it more epochs, or try another learning rate or more neurons."
        }
        Text::TroubleSeeNetwork => "See them in the network",
        Text::TroubleSeeLosses => "See the losses",
        Text::BatchAll => "All ({0})",
        Text::BatchNote => "{0} training points · updates per epoch: {1}",
        Text::NodeWithMark => "{0}, {1}",
        Text::DeadMark => "dead: its output is 0 on every training point, so it no longer learns",
        Text::SaturatedMark => {
            "saturated: its slope is near 0 on almost every training point, so it learns very slowly"
        }
        Text::DeadCount => "Dead neurons: {0} of {1}",
        Text::TroubleStalledTitle => "No progress for {0} epochs",
        Text::TroubleStalledWhy => "The training loss has stayed near {0} (always giving the same answer scores {1}).",
        Text::TroubleFixSmallSteps => "The learning rate is small: each step barely moves the weights. Try a larger one, such as 0.03.",
        Text::TroubleFixRegularization => "The regularization rate holds the weights near 0. Try a smaller rate, or none.",
        Text::TroubleFixCapacity => "The network may be too small for this data: add neurons or a layer, or features such as sin(X₁) or X₁².",
        Text::TroubleSeeFigure => "See it inside the network",
        Text::InsideTitle => "Inside the network",
        Text::InsideIntro => "Measured on the training points after every step of training.",
        Text::PartInside => "Inside the network panel",
        Text::PartActivationFigure => "Activation function figure",
        Text::PartGradientFigure => "Gradient size figure",
        Text::PartDeadFigure => "Dead neurons figure",
        Text::PartWeightFigure => "Weights figure",
        Text::PartCollapseFigure => "Linear collapse figure",
        Text::PartStepBatch => "Step one batch button",
        Text::FigActivationTitle => "Activation function",
        Text::FigActivationExplain => "The curve f and its slope f′; under them, where each hidden layer's inputs z lie. Where f′ is near 0 (shaded) little gradient passes: z piling up there is the gradient vanishing.",
        Text::FigActivationCompare => "Show the curves of",
        Text::FigActivationInUse => "The hidden layers use {0}.",
        Text::FigActivationMixed => "The hidden layers use several activations.",
        Text::FigActivationMax => "Largest slope f′: {0} (at {1})",
        Text::FigActivationNoSlope => "f′ is 0 everywhere: no gradient passes back.",
        Text::FigActivationFlat => "Flat zone: |f′| < 0.01",
        Text::FigActivationLayer => "Layer {0}: {1} of z in the flat zone",
        Text::FigActivationAxis => "f(z), f′(z)",
        Text::FigActivationLabel => "Curves of {0} and its derivative, over the hidden layers' inputs",
        Text::FigActivationShow => "Show {0}",
        Text::FigGradientTitle => "Gradient size per layer",
        Text::FigGradientExplain => "The mean |gradient| of each layer's weights, on a log scale. A first layer far below the last means the gradients vanish on their way back.",
        Text::FigGradientAxis => "|gradient|",
        Text::FigGradientLabel => "Mean gradient size of each layer over the epochs, log scale",
        Text::FigGradientVanishing => "Vanishing gradients: the first layer's gradient is only {0} of the output layer's.",
        Text::FigGradientNow => "Now: first layer {0}, output layer {1}",
        Text::FigDeadTitle => "Dead neurons",
        Text::FigDeadExplain => "Hidden neurons that are dead (a ReLU whose output is 0 on every training point: it never learns again) or saturated (Tanh, Sigmoid: slope near 0 almost everywhere), over the epochs.",
        Text::FigDeadAxis => "neurons",
        Text::FigDeadLabel => "Dead and saturated neurons over the epochs",
        Text::FigDeadLayer => "Layer {0}: {1} dead, {2} saturated of {3}",
        Text::FigDeadNone => "No hidden layer here can die or saturate (only ReLU dies; Tanh and Sigmoid saturate).",
        Text::FigDeadLine => "dead",
        Text::FigSaturatedLine => "saturated",
        Text::FigWeightsTitle => "Weights",
        Text::FigWeightsExplain => "How the weights are spread now, over their spread at epoch 0 (grey). L1 makes a spike of exact zeros (sparse weights); L2 only shrinks them.",
        Text::FigWeightsLayer => "Layer",
        Text::FigWeightsAll => "All layers",
        Text::FigWeightsZero => "Zero weights: {0} of {1}",
        Text::FigWeightsSmall => "|w| < 0.01: {0} of {1}",
        Text::FigWeightsOutside => "Outside ±2: {0}",
        Text::FigWeightsNow => "now",
        Text::FigWeightsStart => "at epoch 0",
        Text::FigWeightsAxis => "weight",
        Text::FigWeightsCount => "count",
        Text::FigWeightsLabel => "Histogram of the weights now and at epoch 0",
        Text::LayerNumbered => "Layer {0}",
        Text::OutputLayer => "Output layer",
        Text::FigCollapseTitle => "Linear collapse",
        Text::FigCollapseExplain => "Linear layers stacked on each other are one linear layer: multiply the weights through and the whole network is O = XW + b.",
        Text::FigCollapseNotLinear => "Only a network whose hidden layers are all Linear collapses. Choose the Linear activation to see it.",
        Text::FigCollapseHidden => "{0} hidden layers multiplied through, with their weights now:",
        Text::FigCollapseNoHidden => "No hidden layers: the network is one layer already.",
        Text::FigCollapseOutput => "The output neuron then applies {0} to O.",
        Text::FigCollapseTable => "The equivalent W and b",
        Text::FigCollapseInput => "Input",
        Text::FigCollapseOpen => "Open the equivalent network",
        Text::FigCollapseOpenHint => "Replaces this network by one without hidden layers and with the weights W and b: it draws the same boundary.",
        Text::StepBatch => "Step one batch",
        Text::StepBatchHint => "Train on the next {0} training points up to one weight update; they are ringed on the output map",
        Text::UpdatesCount => "Weight updates: {0}",
        Text::NewWeights => "New weights",
        Text::NewWeightsHint => "Draw new starting weights, as the original's Reset does; the link counts the draws, so it reproduces them",
        Text::PartNewWeightsButton => "New weights button",
        Text::PartClassroomButton => "Classroom button (unticked, students cannot undo your settings)",
        Text::LockPart => "Lock: {0}",
        Text::LockedHint => "Your teacher fixed this setting",
        Text::ClassroomLocks => "Ticked boxes show a part; a lock keeps it visible but unchangeable.",
        Text::RunsCaption => "Earlier runs (their test loss is drawn faintly in the chart)",
        Text::RunNumber => "Run",
        Text::RunSettings => "Settings",
        Text::RunRestore => "Open",
        Text::RunRestoreName => "Open run {0}",
        Text::RunRestoreHint => "Open this run's link again, from epoch 0",
        Text::RunSeed => "seed {0}",
        Text::RunSeedDraws => "seed {0}, draw {1}",
        Text::PartRunHistory => "Earlier runs",
        Text::MeasureGap => "Gap (test − training loss)",
        Text::MeasureGradientRatio => "First layer's gradient / output layer's",
        Text::LessonsMenu => "Lessons",
        Text::LessonsMenuTitle => "Guided lessons",
        Text::LessonsIntro => "Each lesson sets up the playground step by step, asks you to predict, then checks what the network did.",
        Text::LessonLabel => "Lesson: {0}",
        Text::LessonStepOf => "Step {0} of {1}",
        Text::LessonPrevious => "Previous step",
        Text::LessonNext => "Next step",
        Text::LessonClose => "Close lesson",
        Text::LessonSteps => "Steps",
        Text::LessonPredictHelp => "Choose your prediction, then press Play. The answer shows at epoch {0}.",
        Text::LessonRunning => "Your prediction is in. The answer shows at epoch {0}.",
        Text::LessonHappened => "What happened at epoch {0}",
        Text::LessonRight => "Your prediction was right.",
        Text::LessonWrong => "You predicted: {0}. That is not what this run did.",
        Text::LessonNoPrediction => "You made no prediction this time: choose one before the next run.",
        Text::LessonMeasured => "Measured: {0}.",
        Text::LessonHappenedMark => "(what happened)",
        Text::LessonAgain => "Press Reset to run it again, or change a setting and see whether the answer changes.",
        Text::LessonGoal => "Goal",
        Text::LessonHint => "Hint: {0}",
        Text::LessonNoneHappened => "None of the choices describes this run.",
        Text::ImportCsv => "Import CSV",
        Text::ExportCsv => "Export CSV",
        Text::ImportHelp => "Columns x, y, label and optionally split (train or test); or drop a file on this column.",
        Text::ImportSummary => "{0} points; labels: {1}; {2}.",
        Text::LabelsTwo => "two classes (−1 and +1, or 0 and 1), a classification",
        Text::LabelsClasses => "{0} classes (0 to {1}), a multi-class problem",
        Text::LabelsValues => "numbers, a regression",
        Text::ImportSplitGiven => "the file splits them: {0} training, {1} test",
        Text::ImportSplitRatio => "split by the ratio slider",
        Text::ImportUse => "Use this data",
        Text::ImportCancel => "Cancel",
        Text::ImportDismiss => "Dismiss",
        Text::ImportFailed => "{0} cannot be imported; nothing was changed.",
        Text::CsvUnreadable => "The browser could not read the file.",
        Text::CsvNotText => "It is not a text (CSV) file.",
        Text::CsvEmpty => "It has no points.",
        Text::CsvTooMany => "It has {0} points; at most {1} can be imported.",
        Text::CsvMissingColumn => "Line {0}: the column \"{1}\" is missing.",
        Text::CsvNotANumber => "Line {0}: {1} \"{2}\" is not a number.",
        Text::CsvOutOfDomain => "Line {0}: {1} = {2} is outside −6 … 6, the area the playground shows.",
        Text::CsvBadSplit => "Line {0}: split \"{1}\" is neither train nor test.",
        Text::CsvTooManyClasses => "Line {0}: class {1}: at most 5 classes (0 to 4) are possible.",
        Text::CsvBadHeader => "Line 1: the header has no column \"{0}\".",
        Text::GivenInUse => "Your data is in use ({0} points).",
        Text::GivenBack => "Back to the built-in data",
        Text::SavePlayground => "Save playground file",
        Text::OpenPlayground => "Open playground file",
        Text::FileOpenFailed => "{0} cannot be opened; nothing was changed.",
        Text::FileNotJson => "It is not a JSON file.",
        Text::FileNotPlayground => "It is not a saved playground (its \"format\" is not nn-playground).",
        Text::FileNewer => "It was saved by a newer version of the playground (file version {0}).",
        Text::FileBadSettings => "Its settings do not read: {0}.",
        Text::FileBadPoints => "Its points are damaged.",
        Text::FileBadState => "Its training does not fit its network: {0}.",
        Text::ExportPytorch => "Export PyTorch script",
        Text::ExportPytorchHint => "A Python script that trains this network with PyTorch from the same starting weights, on the file of Export CSV",
        Text::GivenInLink => "The link carries them.",
        Text::GivenOffGrid => "They are not in the link, which holds only points on a grid of 0.01: Export CSV or Save playground file keeps them.",
        Text::GivenTooLong => "They are too many for a link ({0} characters, at most {1}): Export CSV or Save playground file keeps them.",
        Text::Draw => "Draw",
        Text::DrawHint => "Add or erase points on the output map; the network keeps training",
        Text::DrawTool => "Tool",
        Text::DrawAdd => "Add points",
        Text::DrawErase => "Erase",
        Text::DrawClass => "Class",
        Text::DrawBlue => "Blue (+1)",
        Text::DrawOrange => "Orange (−1)",
        Text::DrawValue => "Value",
        Text::DrawSet => "Add to",
        Text::DrawTrain => "Training data",
        Text::DrawTest => "Test data",
        Text::DrawClear => "Clear",
        Text::DrawCount => "{0} points: {1} training, {2} test",
        Text::DrawArea => "Drawing area: click or drag to draw; arrow keys move the cursor, Enter adds a point, Delete erases",
        Text::DrawHelp => "Click or drag on the map. Keyboard: Tab to the map, arrows move the cursor, Enter adds, Delete erases.",
        Text::SaveFigure => "Save figure (PNG)",
        Text::SaveFigureHint => "One picture for homework: the output map, the network, the loss chart, and a caption with the settings, the losses and the link",
        Text::YourPoints => "your {0} points",
        Text::Timeline => "Timeline",
        Text::TimelineEpoch => "Epoch {0}",
        Text::TimelineViewing => "Looking back at epoch {0}; the run reached epoch {1}. Play or Continue from here trains on from this point, and the later epochs go.",
        Text::ContinueHere => "Continue from here",
        Text::PartDataFile => "Import and export CSV",
        Text::PartDraw => "Draw tools",
        Text::PartTimeline => "Timeline slider",
        Text::Compare => "Compare",
        Text::CompareHint => "Train a second network beside this one on the same data, differing in settings you choose",
        Text::CompareHeading => "Compare two networks",
        Text::CompareHelp => "Network B learns from the same data as network A (the network above) and starts from the same weights where their shapes allow; it differs only in the settings chosen here, and changing one starts both again. Both train in lock-step, epoch for epoch. In the loss chart B's curves are dashed.",
        Text::CompareSettings => "Network B's settings",
        Text::CompareSame => "Same as A ({0})",
        Text::NetworkA => "Network A",
        Text::NetworkB => "Network B",
        Text::CompareDiffers => "Differs in: {0}",
        Text::CompareNoDifference => "The same settings as A: two runs of one setup",
        Text::CompareReached => "Test loss reached 0.1 at epoch {0}",
        Text::CompareNotReached => "Test loss has not reached 0.1 yet",
        Text::CompareDiverged => "Diverged: its losses are no longer numbers",
        Text::CompareMap => "Network B's output heatmap",
        Text::CompareMapA => "Network A's output heatmap",
        Text::CompareLegend => "Solid lines: network A · dashed lines: network B",
        Text::TimelineComparing => "The timeline is off while two networks are compared.",
        Text::PartCompare => "Compare mode",
        Text::FullBatch => "{0} (full batch)",
        Text::CompareMenu => "{0} of B",
        Text::PartWeights => "Weight and bias cards of the network",
        Text::PartPlaygroundFile => "Playground file, PyTorch and figure buttons",
        Text::PartLessons => "Lessons menu",
        Text::WeightsLockedHint => "Your teacher fixed the weights: they can be read, not edited.",
        Text::ChallengeTitle => "Challenge",
        Text::ChallengeMet => "Met at epoch {0}.",
        Text::ChallengeNotYet => "Not met yet: train, or change the settings.",
        Text::ChallengeNow => "now {0}",
        Text::ChallengeDone => "done",
        Text::ChallengeOpen => "not yet",
        Text::MeasureTestLoss => "Test loss",
        Text::MeasureTrainLoss => "Training loss",
        Text::MeasureTestAccuracy => "Test accuracy (0–1)",
        Text::MeasureNeurons => "Hidden neurons",
        Text::MeasureDeadShare => "Share of dead neurons (0–1)",
        Text::MeasureNonzero => "Non-zero weights",
        Text::MeasureEpochs => "Epochs",
        Text::CompareBelow => "below",
        Text::CompareAtMost => "at most",
        Text::CompareAtLeast => "at least",
        Text::CompareAbove => "above",
        Text::GoalEditor => "Challenge for students",
        Text::GoalMeasureLabel => "Measure",
        Text::GoalCompareLabel => "Comparison",
        Text::GoalValueLabel => "Value",
        Text::GoalAdd => "Add to the challenge",
        Text::GoalClear => "Remove the challenge",
        Text::GoalHelp => "The link carries the challenge; the page checks it while students train.",
        Text::SaturatedCount => "Saturated neurons: {0} of {1}",
        Text::GuideBeyondTitle => "What do the other menus change?",
        Text::GuideBeyond => {
            "They go beyond the original playground; left at their first choice, everything \
            works exactly as there. Multi-class classification sorts points into up to five \
            classes, one output neuron and one colour per class. Cross-entropy scores how \
            sure the network is of the right class and usually learns classification faster \
            than squared error. Momentum and Adam change how each update steps: momentum keeps \
            part of the last step, Adam scales each weight's step by its recent gradients. \
            Xavier and He start the weights at a scale that suits the layer sizes, which \
            helps deep networks start learning. Each hidden layer's own menu gives it another \
            activation; Step cannot learn, since its slope is zero everywhere."
        }
        Text::NetworkRegion => "Network",
        Text::FeaturesHeading => "Features",
        Text::FeaturesQuestion => "Which properties do you want to feed in?",
        Text::FeatureHint => "Click to feed this property in or leave it out",
        Text::HiddenLayersOne => "1 HIDDEN LAYER",
        Text::HiddenLayersMany => "{0} HIDDEN LAYERS",
        Text::AddLayer => "Add hidden layer",
        Text::RemoveLayer => "Remove hidden layer",
        Text::NeuronsOne => "1 neuron",
        Text::NeuronsMany => "{0} neurons",
        Text::AddNeuron => "Add neuron to layer {0}",
        Text::RemoveNeuron => "Remove neuron from layer {0}",
        Text::NeuronName => "Neuron {0} of layer {1}",
        Text::NeuronRef => "neuron {0} of layer {1}",
        Text::OutputNeuron => "Output neuron",
        Text::OutputRef => "the output",
        Text::WeightName => "Weight from {0} to {1}",
        Text::BiasName => "Bias of {0}",
        Text::WeightIs => "Weight is {0}.",
        Text::BiasIs => "Bias is {0}.",
        Text::DeadLink => {
            "This link is dead: L1 regularization set it to 0 and it no longer learns."
        }
        Text::EditHint => "Click or press Enter to change it.",
        Text::EditKeys => "Enter applies, Escape cancels.",
        Text::WeightLabel => "Weight",
        Text::BiasLabel => "Bias",
        Text::NotANumber => "Please type a number, such as 0.5 or −1.2.",
        Text::NetworkHint => {
            "Hover over or tab to a neuron to see its output in the big picture. \
            Thicker lines are larger weights; point at a line or a small square to read a \
            weight or a bias, and click it to change it."
        }
        Text::PageTitle => "Neural Network Playground",
        Text::LanguageLabel => "Language / 语言",
        // Sharing, the classroom panel and embedding.
        Text::Share => "Share",
        Text::ShareHint => "Copy a link to this playground with all its settings",
        Text::ShareLink => "Link to this playground",
        Text::Copied => "Copied",
        Text::CopyManually => "Press Ctrl+C (⌘C on a Mac) to copy the selected link.",
        Text::Classroom => "Classroom",
        Text::ClassroomHint => "Choose which parts of the page your students see",
        Text::ClassroomTitle => "Show or hide parts of the page",
        Text::ClassroomIntro => "Untick a part to hide it. The change applies at once and is kept in the page’s link: share that link, or embed it in your course notes with embed=true, and your students see the same page.",
        Text::ClassroomRun => "Running",
        Text::ClassroomMenus => "Settings",
        Text::ClassroomPage => "Page",
        Text::PartPlayButton => "Play/pause button",
        Text::PartStepButton => "Step button",
        Text::PartResetButton => "Reset button",
        Text::PartEpoch => "Epoch counter",
        Text::PartSpeed => "Speed menu",
        Text::PartLearningRate => "Learning rate menu",
        Text::PartActivation => "Activation menu",
        Text::PartRegularization => "Regularization menu",
        Text::PartRegularizationRate => "Regularization rate menu",
        Text::PartProblem => "Problem type menu",
        Text::PartDataset => "Data set choice",
        Text::PartPercTrainData => "Training/test ratio slider",
        Text::PartNoise => "Noise slider",
        Text::PartBatchSize => "Batch size slider",
        Text::PartRegenerate => "Regenerate button",
        Text::PartFeatures => "Feature toggles",
        Text::PartNumHiddenLayers => "Add/remove layer buttons",
        Text::PartLayers => "All +/− buttons of the network",
        Text::PartLossChart => "Loss graph",
        Text::PartShowTestData => "“Show test data” box",
        Text::PartDiscretize => "“Discretize output” box",
        Text::PartText => "Headline and guide",
        Text::OpenFull => "Open in full playground",
        Text::TutorialUnsupported => "tutorial={0}: tutorials are not supported, so nothing was loaded; the rest of the link was used.",
    }
}

/// A link warning, worded in English (the engine's own wording, word for word).
pub(super) fn warning(w: &Warning) -> String {
    let (k, v) = (&w.key, &w.value);
    match &w.reason {
        Reason::UnknownKey => format!("unknown setting \"{k}\" was ignored"),
        Reason::UnknownValue { allowed } => format!(
            "{k}={v}: \"{v}\" is not one of {}; the default was kept",
            allowed.join(", ")
        ),
        Reason::NotANumber => format!("{k}={v}: not a number; the default was kept"),
        Reason::NotAnInteger => format!("{k}={v}: must be a whole number; the default was kept"),
        Reason::OutOfRange { min, max, used } => {
            format!("{k}={v}: outside {min}–{max}; {used} was used instead")
        }
        Reason::BadLayerSize { max } => format!(
            "{k}={v}: each layer needs a whole number of neurons from 1 to {max}; the default was kept"
        ),
        Reason::TooManyNeurons { max } => format!(
            "{k}={v}: at most {max} neurons per layer; wider layers were cut to {max}"
        ),
        Reason::TooManyLayers { max } => {
            format!("{k}={v}: at most {max} hidden layers; the rest were dropped")
        }
        Reason::Adjusted { used } => {
            format!("{k}={v}: {used} was used instead, as the original playground does")
        }
        Reason::EmptySplit { used } => format!(
            "{k}={v}: the training and the test set both need points; {used} was used instead"
        ),
        Reason::BadPoints => format!(
            "{k}: the points are damaged or do not fit the problem type; the data set was generated instead"
        ),
        Reason::MoreWarnings { count } => format!("{count} more problems were not listed"),
    }
}
