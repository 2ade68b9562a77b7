//! The keyboard map: which key does what (the browser glue is in [`crate::hooks::keyboard`]).

/// A keyboard command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Space: play or pause.
    TogglePlay,
    /// → or S: train one epoch.
    Step,
    /// R: reset the network.
    Reset,
}

impl Shortcut {
    /// The command for a key press, from `KeyboardEvent.key` and `.code`.
    ///
    /// Letters are matched by the character typed, and by the physical key when the
    /// layout types a non-Latin letter there (so S and R work on a Cyrillic keyboard).
    pub fn from_key(key: &str, code: &str) -> Option<Self> {
        let letter = |c: &str, physical: &str| {
            key.eq_ignore_ascii_case(c) || (code == physical && !key.is_ascii())
        };
        match key {
            " " | "Spacebar" => Some(Shortcut::TogglePlay),
            "ArrowRight" | "Right" => Some(Shortcut::Step),
            _ if letter("s", "KeyS") => Some(Shortcut::Step),
            _ if letter("r", "KeyR") => Some(Shortcut::Reset),
            _ => None,
        }
    }

    /// Whether the browser gives this key a meaning of its own on a focused button,
    /// link or checkbox (Space activates it), in which case the page leaves it alone.
    pub fn clashes_with_controls(self) -> bool {
        self == Shortcut::TogglePlay
    }

    /// Whether holding the key down should repeat the command.
    pub fn repeats(self) -> bool {
        self == Shortcut::Step
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_commands() {
        assert_eq!(Shortcut::from_key(" ", "Space"), Some(Shortcut::TogglePlay));
        assert_eq!(
            Shortcut::from_key("ArrowRight", "ArrowRight"),
            Some(Shortcut::Step)
        );
        assert_eq!(Shortcut::from_key("s", "KeyS"), Some(Shortcut::Step));
        assert_eq!(Shortcut::from_key("S", "KeyS"), Some(Shortcut::Step));
        assert_eq!(Shortcut::from_key("r", "KeyR"), Some(Shortcut::Reset));
        assert_eq!(Shortcut::from_key("R", "KeyR"), Some(Shortcut::Reset));
        // A Cyrillic layout types "ы" on the S key and "к" on the R key.
        assert_eq!(Shortcut::from_key("ы", "KeyS"), Some(Shortcut::Step));
        assert_eq!(Shortcut::from_key("к", "KeyR"), Some(Shortcut::Reset));
        // AZERTY and friends: the character wins over the position.
        assert_eq!(Shortcut::from_key("z", "KeyS"), None);
        assert_eq!(Shortcut::from_key("Enter", "Enter"), None);
        assert_eq!(Shortcut::from_key("ArrowLeft", "ArrowLeft"), None);
    }
}
