//! Every user-visible string, keyed by [`Text`].
//!
//! Views never spell out a sentence themselves: they ask the current [`Lang`] for it, so a
//! second language is one more table here and one more arm in [`Lang::text`].

use nn_core::{Activation, Dataset, Feature, Problem, Regularization, Warning};
use yew::prelude::*;

/// A language the page can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// English (the original's language).
    #[default]
    En,
}

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
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The BCP 47 code, for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The string for `key` in this language.
    pub fn text(self, key: Text) -> &'static str {
        match self {
            Lang::En => english(key),
        }
    }

    /// The menu name of an activation.
    pub fn activation(self, a: Activation) -> &'static str {
        match self {
            Lang::En => a.label(),
        }
    }

    /// The menu name of a regularization.
    pub fn regularization(self, r: Regularization) -> &'static str {
        match self {
            Lang::En => r.label(),
        }
    }

    /// The menu name of a problem type.
    pub fn problem(self, p: Problem) -> &'static str {
        match self {
            Lang::En => p.label(),
        }
    }

    /// The name of a data set (its thumbnail's accessible name).
    pub fn dataset(self, d: Dataset) -> &'static str {
        match self {
            Lang::En => d.label(),
        }
    }

    /// The label of an input feature (mathematical notation, the same in most languages).
    pub fn feature(self, f: Feature) -> &'static str {
        match self {
            Lang::En => f.label(),
        }
    }

    /// The text of `key` with `{0}`, `{1}`, … replaced by `args` (so each language can
    /// put the numbers and names where its grammar wants them).
    pub fn fill(self, key: Text, args: &[&str]) -> String {
        let mut out = self.text(key).to_string();
        for (i, arg) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), arg);
        }
        out
    }

    /// A link warning from `nn-core`, worded in this language.
    pub fn warning(self, warning: &Warning) -> String {
        match self {
            // nn-core words its warnings in English; other languages will word the
            // `Reason` themselves here.
            Lang::En => warning.to_string(),
        }
    }
}

fn english(key: Text) -> &'static str {
    match key {
        Text::Headline => "Tinker With a Neural Network Right Here in Your Browser.",
        Text::Tagline => "Don’t Worry, You Can’t Break It. We Promise.",
        Text::Play => "Play",
        Text::Pause => "Pause",
        Text::Step => "Step",
        Text::Reset => "Reset",
        Text::PlayHint => "Run or pause the training (Space)",
        Text::StepHint => "Train one epoch (→ or S)",
        Text::ResetHint => "Reset the network (R)",
        Text::Epoch => "Epoch",
        Text::TestLoss => "Test loss",
        Text::TrainingLoss => "Training loss",
        Text::Output => "Output",
        Text::OutputHeatmap => "Output heatmap",
        Text::Legend => "Colors show data, neuron and weight values.",
        Text::NoticeTitle => "Some settings in this link could not be used:",
        Text::Dismiss => "Dismiss",
        Text::Shortcuts => "Keys: Space runs or pauses, → or S steps one epoch, R resets.",
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
            of that connection (a thicker line is a larger weight)."
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
            (half the squared error, averaged over the points): lower is better. The training \
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
    }
}

/// The page's current language (English until a language picker provides another).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(en.dataset(Dataset::Xor), "Exclusive or");
        assert_eq!(en.activation(Activation::Relu), "ReLU");
    }

    #[test]
    fn warnings_are_worded() {
        let parsed = nn_core::hash::parse("activation=nope");
        let w = &parsed.warnings[0];
        assert!(Lang::En.warning(w).contains("nope"));
    }
}
