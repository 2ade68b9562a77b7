//! Every user-visible string, keyed by [`Text`].
//!
//! Views never spell out a sentence themselves: they ask the current [`Lang`] for it, so a
//! second language is one more table here and one more arm in [`Lang::text`].

use nn_core::Warning;
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
    }

    #[test]
    fn warnings_are_worded() {
        let parsed = nn_core::hash::parse("activation=nope");
        let w = &parsed.warnings[0];
        assert!(Lang::En.warning(w).contains("nope"));
    }
}
