//! Data given to a session in place of a generated data set: points imported from a file
//! or drawn on the page. The session splits them into training and test points as
//! the data says, or else as `percTrainData` says after a shuffle from the seed.

use std::sync::OnceLock;

use crate::csv::{Split, Table};
use crate::data::{shuffle, split, Point};
use crate::given_link::{self, NotInLink};
use crate::loss::Target;
use crate::rng::SeedRandom;

/// Points given to a session. Built once and then shared (`Arc`): an edit makes a new
/// value (see [`GivenData::edited`]), so the link it writes is computed once.
pub struct GivenData {
    /// The points.
    pub points: Vec<Point>,
    /// Each point's set; `None` lets the session split them.
    pub splits: Option<Vec<Split>>,
    /// [`given_link::write`] of these points, once asked for.
    link: OnceLock<Result<String, NotInLink>>,
}

impl Clone for GivenData {
    fn clone(&self) -> Self {
        GivenData::new(self.points.clone(), self.splits.clone())
    }
}

impl PartialEq for GivenData {
    fn eq(&self, other: &Self) -> bool {
        self.points == other.points && self.splits == other.splits
    }
}

impl std::fmt::Debug for GivenData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GivenData")
            .field("points", &self.points.len())
            .field("splits", &self.splits.is_some())
            .finish()
    }
}

impl From<Table> for GivenData {
    fn from(t: Table) -> Self {
        GivenData::new(t.points, t.splits)
    }
}

/// What a drawing does to the points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Edit {
    /// Adds a point (its position snapped to the link's grid) to a set.
    Add(Point, Split),
    /// Removes every point within `radius` of (`x`, `y`).
    Erase {
        /// Centre, first coordinate.
        x: f64,
        /// Centre, second coordinate.
        y: f64,
        /// Radius, in data units.
        radius: f64,
    },
    /// Removes every point.
    Clear,
}

impl GivenData {
    /// The points, with their sets (`None`: the session splits them).
    pub fn new(points: Vec<Point>, splits: Option<Vec<Split>>) -> Self {
        GivenData {
            points,
            splits,
            link: OnceLock::new(),
        }
    }

    /// A session's training and test points as the user's own, each in its set; with
    /// `snap`, moved to the link's grid (by at most 0.005): the start of a drawing on a
    /// generated data set, which a link can then carry.
    pub fn from_sets(train: &[Point], test: &[Point], snap: bool) -> Self {
        let points: Vec<Point> = train
            .iter()
            .chain(test)
            .map(|&p| if snap { given_link::snap(p) } else { p })
            .collect();
        let mut splits = vec![Split::Train; train.len()];
        splits.resize(points.len(), Split::Test);
        GivenData::new(points, Some(splits))
    }

    /// These points after `edit`. Points without sets (from a file without a split
    /// column) keep the order the session split them in only while none is added, so
    /// the first edit gives every point the set it is in now: `train` and `test` are
    /// the session's current sets.
    pub fn edited(&self, edit: Edit, train: &[Point], test: &[Point]) -> GivenData {
        let (mut points, mut splits) = match &self.splits {
            Some(s) => (self.points.clone(), s.clone()),
            None => {
                let g = GivenData::from_sets(train, test, false);
                (g.points, g.splits.unwrap_or_default())
            }
        };
        match edit {
            Edit::Add(p, set) => {
                points.push(given_link::snap(p));
                splits.push(set);
            }
            Edit::Erase { x, y, radius } => {
                (points, splits) = points
                    .into_iter()
                    .zip(splits)
                    .filter(|(p, _)| (p.x - x).hypot(p.y - y) > radius)
                    .unzip();
            }
            Edit::Clear => {
                points.clear();
                splits.clear();
            }
        }
        GivenData::new(points, Some(splits))
    }

    /// The value of the link's `points` key for these points, computed once; why they
    /// cannot go into a link otherwise.
    pub fn link(&self) -> &Result<String, NotInLink> {
        self.link.get_or_init(|| given_link::write(self))
    }

    /// The training and the test points: as the splits say (each set in the given
    /// order), or shuffled with `rng` and split at `percent_train` as generated data is.
    pub fn split(&self, percent_train: f64, rng: &mut SeedRandom) -> (Vec<Point>, Vec<Point>) {
        match &self.splits {
            Some(splits) => {
                let pick = |want: Split| {
                    self.points
                        .iter()
                        .zip(splits)
                        .filter(|(_, &s)| s == want)
                        .map(|(p, _)| *p)
                        .collect()
                };
                (pick(Split::Train), pick(Split::Test))
            }
            None => {
                let mut points = self.points.clone();
                shuffle(&mut points, rng);
                split(points, percent_train)
            }
        }
    }

    /// The data as numbers, five per point (x, y, the target's kind and value, and the
    /// split: 0 none, 1 train, 2 test), for the training worker.
    pub fn to_words(&self) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.points.len() * 5);
        for (i, p) in self.points.iter().enumerate() {
            let (kind, value) = match p.target {
                Target::Binary(b) => (0.0, if b { 1.0 } else { -1.0 }),
                Target::Class(c) => (1.0, f64::from(c)),
                Target::Value(v) => (2.0, v),
            };
            let split = match self.splits.as_ref().map(|s| s[i]) {
                None => 0.0,
                Some(Split::Train) => 1.0,
                Some(Split::Test) => 2.0,
            };
            out.extend([p.x, p.y, kind, value, split]);
        }
        out
    }

    /// Reads [`GivenData::to_words`]; `None` if the numbers are not such data.
    pub fn from_words(words: &[f64]) -> Option<GivenData> {
        if words.len() % 5 != 0 {
            return None;
        }
        let mut points = Vec::with_capacity(words.len() / 5);
        let mut splits = Vec::with_capacity(words.len() / 5);
        for w in words.chunks_exact(5) {
            let target = match w[2] {
                0.0 => Target::Binary(w[3] > 0.0),
                1.0 if w[3].fract() == 0.0 && (0.0..256.0).contains(&w[3]) => {
                    Target::Class(w[3] as u8)
                }
                2.0 => Target::Value(w[3]),
                _ => return None,
            };
            points.push(Point {
                x: w[0],
                y: w[1],
                target,
            });
            splits.push(match w[4] {
                0.0 => None,
                1.0 => Some(Split::Train),
                2.0 => Some(Split::Test),
                _ => return None,
            });
        }
        let splits = match splits.first() {
            Some(Some(_)) => Some(splits.into_iter().collect::<Option<Vec<_>>>()?),
            _ if splits.iter().all(Option::is_none) => None,
            _ => return None,
        };
        Some(GivenData::new(points, splits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv;

    #[test]
    fn given_splits_are_kept_and_words_round_trip() {
        let t = csv::read("x,y,label,split\n1,1,1,test\n2,2,-1,train\n3,3,1,train\n").unwrap();
        let g = GivenData::from(t);
        let (train, test) = g.split(50.0, &mut SeedRandom::new("s"));
        assert_eq!(train.iter().map(|p| p.x).collect::<Vec<_>>(), [2.0, 3.0]);
        assert_eq!(test.iter().map(|p| p.x).collect::<Vec<_>>(), [1.0]);
        assert_eq!(GivenData::from_words(&g.to_words()), Some(g));
        let plain = GivenData::from(csv::read("1,1,0.5\n2,2,2\n").unwrap());
        assert_eq!(
            GivenData::from_words(&plain.to_words()),
            Some(plain.clone())
        );
        assert_eq!(GivenData::from_words(&[1.0, 2.0]), None);
        assert_eq!(GivenData::from_words(&[1.0, 2.0, 7.0, 0.0, 0.0]), None);
    }

    #[test]
    fn without_splits_the_seed_shuffles_and_the_share_splits() {
        let text: String = (0..10).map(|i| format!("0.{i},0,1\n")).collect();
        let g = GivenData::from(csv::read(&text).unwrap());
        let (a_train, a_test) = g.split(70.0, &mut SeedRandom::new("a"));
        let (b_train, _) = g.split(70.0, &mut SeedRandom::new("a"));
        assert_eq!((a_train.len(), a_test.len()), (7, 3));
        assert_eq!(a_train, b_train, "the same seed, the same split");
        let (c_train, _) = g.split(70.0, &mut SeedRandom::new("other"));
        assert_ne!(a_train, c_train);
    }
}
