//! Which of the page's networks something belongs to: the page's own (A) or, in compare
//! mode, the second one (B). The app's sessions, the grid store and the training
//! workers' messages are keyed by it.

/// One of the page's two networks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Side {
    /// The page's own network, the only one outside compare mode.
    #[default]
    A,
    /// Compare mode's second network.
    B,
}

impl Side {
    /// Both, A first.
    pub const ALL: [Side; 2] = [Side::A, Side::B];

    /// 0 for A, 1 for B (an index into per-side arrays, and the number in messages).
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }

    /// The side of an index; `None` for any other number.
    pub fn from_index(i: usize) -> Option<Side> {
        Side::ALL.get(i).copied()
    }

    /// Its letter, as the page names the networks.
    pub fn letter(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_names_its_side_and_nothing_else() {
        for side in Side::ALL {
            assert_eq!(Side::from_index(side.index()), Some(side));
        }
        assert_eq!(Side::from_index(2), None);
    }
}
