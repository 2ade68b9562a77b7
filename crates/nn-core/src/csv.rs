//! Points as CSV, for the page's import and export and for `nn-cli data`: one point per
//! line, `x,y,label` and optionally `split` (`train` or `test`), with or without a
//! header naming the columns. Reading checks everything and names the line of the
//! first problem; it never panics on any input.

use std::fmt;

use crate::data::{Point, Problem};
use crate::loss::Target;
use crate::more_data::MAX_CLASSES;

/// The most points a file may hold.
pub const MAX_POINTS: usize = 10_000;

/// How far from the origin a coordinate may lie: the playground shows −6 to 6.
pub const DOMAIN: f64 = 6.0;

/// Which set a point belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// The training set.
    Train,
    /// The test set.
    Test,
}

/// What the labels of a file are, as detected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Labels {
    /// Only −1 and +1 (or only 0 and 1): two classes, the original's classification.
    TwoClasses,
    /// Whole numbers 0 … K−1 with K from 3 to [`MAX_CLASSES`]: K classes.
    Classes(usize),
    /// Other numbers: a regression target.
    Values,
}

impl Labels {
    /// The problem these labels make.
    pub fn problem(self) -> Problem {
        match self {
            Labels::TwoClasses => Problem::Classification,
            Labels::Classes(_) => Problem::Multiclass,
            Labels::Values => Problem::Regression,
        }
    }
}

/// A file's points.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The points, in the file's order, with their labels read as [`Table::labels`] says.
    pub points: Vec<Point>,
    /// Each point's set, if the file has a `split` column.
    pub splits: Option<Vec<Split>>,
    /// What the labels are.
    pub labels: Labels,
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CsvError {
    /// The bytes are not UTF-8 text.
    NotText,
    /// No point at all.
    Empty,
    /// More than [`MAX_POINTS`] points.
    TooManyPoints {
        /// How many there are.
        count: usize,
    },
    /// A line with too few fields.
    MissingColumn {
        /// The line, from 1.
        line: usize,
        /// The column that is missing.
        column: &'static str,
    },
    /// A field that should be a number is not one (or not finite).
    NotANumber {
        /// The line, from 1.
        line: usize,
        /// Its column.
        column: &'static str,
        /// The field as written (shortened).
        value: String,
    },
    /// A coordinate outside −6 … 6.
    OutOfDomain {
        /// The line, from 1.
        line: usize,
        /// Its column.
        column: &'static str,
        /// The value.
        value: f64,
    },
    /// A split other than `train` or `test`.
    BadSplit {
        /// The line, from 1.
        line: usize,
        /// The field as written (shortened).
        value: String,
    },
    /// Whole-number labels naming more classes than the playground has.
    TooManyClasses {
        /// The line of the first label past the limit, from 1.
        line: usize,
        /// The label.
        label: i64,
    },
    /// A header that does not name the columns `x`, `y` and `label`.
    BadHeader {
        /// The column it lacks.
        missing: &'static str,
    },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvError::NotText => write!(f, "the file is not text (CSV)"),
            CsvError::Empty => write!(f, "the file has no points"),
            CsvError::TooManyPoints { count } => {
                write!(f, "{count} points: at most {MAX_POINTS} can be imported")
            }
            CsvError::MissingColumn { line, column } => {
                write!(f, "line {line}: the column \"{column}\" is missing")
            }
            CsvError::NotANumber {
                line,
                column,
                value,
            } => write!(f, "line {line}: {column} \"{value}\" is not a number"),
            CsvError::OutOfDomain {
                line,
                column,
                value,
            } => write!(
                f,
                "line {line}: {column} = {value} is outside −{DOMAIN} … {DOMAIN}, the area the playground shows"
            ),
            CsvError::BadSplit { line, value } => write!(
                f,
                "line {line}: split \"{value}\" is neither \"train\" nor \"test\""
            ),
            CsvError::TooManyClasses { line, label } => write!(
                f,
                "line {line}: class {label}: at most {MAX_CLASSES} classes (0 to {}) are possible",
                MAX_CLASSES - 1
            ),
            CsvError::BadHeader { missing } => {
                write!(f, "line 1: the header has no column \"{missing}\"")
            }
        }
    }
}

impl std::error::Error for CsvError {}

/// Reads a file's bytes.
pub fn read_bytes(bytes: &[u8]) -> Result<Table, CsvError> {
    let text = std::str::from_utf8(bytes).map_err(|_| CsvError::NotText)?;
    if text.contains('\0') {
        return Err(CsvError::NotText);
    }
    read(text)
}

/// The columns' positions.
struct Columns {
    x: usize,
    y: usize,
    label: usize,
    split: Option<usize>,
}

/// Reads CSV text.
pub fn read(text: &str) -> Result<Table, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .peekable();
    let mut columns = Columns {
        x: 0,
        y: 1,
        label: 2,
        split: None,
    };
    // A first line that is not all numbers is a header.
    if let Some(&(_, first)) = rows.peek() {
        let fields: Vec<&str> = fields(first).collect();
        let numeric = fields.iter().take(3).all(|f| number(f).is_some());
        if !numeric {
            let at = |name: &'static str| {
                fields
                    .iter()
                    .position(|f| f.eq_ignore_ascii_case(name))
                    .ok_or(CsvError::BadHeader { missing: name })
            };
            columns = Columns {
                x: at("x")?,
                y: at("y")?,
                label: at("label")?,
                split: at("split").ok(),
            };
            rows.next();
        } else if fields.len() >= 4 {
            columns.split = Some(3);
        }
    }
    let mut raw: Vec<(usize, f64, f64, f64)> = Vec::new();
    let mut splits = columns.split.map(|_| Vec::new());
    for (line, row) in rows {
        let fields: Vec<&str> = fields(row).collect();
        let field = |i: usize, column: &'static str| {
            fields
                .get(i)
                .copied()
                .filter(|f| !f.is_empty())
                .ok_or(CsvError::MissingColumn { line, column })
        };
        let num = |i: usize, column: &'static str| {
            let f = field(i, column)?;
            number(f).ok_or_else(|| CsvError::NotANumber {
                line,
                column,
                value: shorten(f),
            })
        };
        let (x, y, label) = (
            num(columns.x, "x")?,
            num(columns.y, "y")?,
            num(columns.label, "label")?,
        );
        for (column, value) in [("x", x), ("y", y)] {
            if value.abs() > DOMAIN {
                return Err(CsvError::OutOfDomain {
                    line,
                    column,
                    value,
                });
            }
        }
        if let (Some(i), Some(splits)) = (columns.split, splits.as_mut()) {
            let f = field(i, "split")?;
            splits.push(match f.to_ascii_lowercase().as_str() {
                "train" => Split::Train,
                "test" => Split::Test,
                _ => {
                    return Err(CsvError::BadSplit {
                        line,
                        value: shorten(f),
                    })
                }
            });
        }
        raw.push((line, x, y, label));
        if raw.len() > MAX_POINTS {
            // Count the rest without keeping them.
            let count = MAX_POINTS
                + 1
                + text
                    .lines()
                    .skip(line)
                    .filter(|l| !l.trim().is_empty())
                    .count();
            return Err(CsvError::TooManyPoints { count });
        }
    }
    if raw.is_empty() {
        return Err(CsvError::Empty);
    }
    let labels = detect(&raw)?;
    let points = raw
        .iter()
        .map(|&(_, x, y, label)| Point {
            x,
            y,
            target: match labels {
                Labels::TwoClasses => Target::Binary(label > 0.0),
                Labels::Classes(_) => Target::Class(label as u8),
                Labels::Values => Target::Value(label),
            },
        })
        .collect();
    Ok(Table {
        points,
        splits,
        labels,
    })
}

/// What the labels are: ±1 (or 0/1) two classes, 0 … K−1 classes, else values.
fn detect(raw: &[(usize, f64, f64, f64)]) -> Result<Labels, CsvError> {
    let labels = || raw.iter().map(|r| r.3);
    if labels().all(|l| l == 1.0 || l == -1.0) || labels().all(|l| l == 0.0 || l == 1.0) {
        return Ok(Labels::TwoClasses);
    }
    if labels().all(|l| l.fract() == 0.0 && l >= 0.0) {
        if let Some(&(line, _, _, l)) = raw.iter().find(|r| r.3 >= MAX_CLASSES as f64) {
            return Err(CsvError::TooManyClasses {
                line,
                label: l.min(i64::MAX as f64) as i64,
            });
        }
        let k = labels().fold(0.0, f64::max) as usize + 1;
        return Ok(Labels::Classes(k.max(2)));
    }
    Ok(Labels::Values)
}

fn fields(line: &str) -> impl Iterator<Item = &str> {
    line.split([',', ';', '\t'])
        .map(|f| f.trim().trim_matches('"').trim())
}

/// A finite number written the usual way (`1`, `-0.5`, `1e-3`).
fn number(f: &str) -> Option<f64> {
    f.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn shorten(f: &str) -> String {
    let mut s: String = f.chars().take(24).collect();
    if f.chars().count() > 24 {
        s.push('…');
    }
    s
}

/// Writes points as CSV with a header, `x,y,label,split`: the training points, then the
/// test points. Numbers are written so that they read back exactly.
pub fn write(train: &[Point], test: &[Point]) -> String {
    let mut out = String::from("x,y,label,split\n");
    for (name, points) in [("train", train), ("test", test)] {
        for p in points {
            let label = match p.target {
                Target::Class(c) => c.to_string(),
                Target::Binary(b) => if b { "1" } else { "-1" }.to_string(),
                Target::Value(v) => format!("{v:?}"),
            };
            out.push_str(&format!("{:?},{:?},{label},{name}\n", p.x, p.y));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_file_reads_back_exactly() {
        let train = vec![
            Point {
                x: 0.1,
                y: -2.0 / 3.0,
                target: Target::Binary(true),
            },
            Point {
                x: -5.999,
                y: 6.0,
                target: Target::Binary(false),
            },
        ];
        let test = vec![Point {
            x: 1e-17,
            y: 0.0,
            target: Target::Binary(true),
        }];
        let t = read(&write(&train, &test)).unwrap();
        assert_eq!(t.labels, Labels::TwoClasses);
        assert_eq!(t.points, [train.clone(), test.clone()].concat());
        assert_eq!(t.splits.unwrap(), [Split::Train, Split::Train, Split::Test]);
    }

    #[test]
    fn labels_are_detected() {
        let t = read("1,1,0\n2,2,1\n").unwrap();
        assert_eq!(t.labels, Labels::TwoClasses);
        assert_eq!(t.points[0].target, Target::Binary(false));
        let t = read("x,y,label\n1,1,0\n2,2,2\n3,3,1\n").unwrap();
        assert_eq!(t.labels, Labels::Classes(3));
        assert_eq!(t.labels.problem(), Problem::Multiclass);
        assert_eq!(t.points[1].target, Target::Class(2));
        let t = read("1,1,0.5\n2,2,-3\n").unwrap();
        assert_eq!(t.labels, Labels::Values);
        assert_eq!(t.points[1].target, Target::Value(-3.0));
        assert!(t.splits.is_none());
    }

    #[test]
    fn headers_name_columns_in_any_order() {
        let t = read("\u{feff}Label;Split;Y;X\n1;test;2;3\n-1;TRAIN;0;0\n").unwrap();
        assert_eq!((t.points[0].x, t.points[0].y), (3.0, 2.0));
        assert_eq!(t.splits.unwrap(), [Split::Test, Split::Train]);
    }

    #[test]
    fn every_problem_names_its_line() {
        let cases: [(&str, CsvError); 8] = [
            ("", CsvError::Empty),
            ("# only a comment\n\n", CsvError::Empty),
            (
                "1,2,1\n1,2\n",
                CsvError::MissingColumn {
                    line: 2,
                    column: "label",
                },
            ),
            (
                "x,y,label\n1,2,1\n1,abc,1\n",
                CsvError::NotANumber {
                    line: 3,
                    column: "y",
                    value: "abc".into(),
                },
            ),
            (
                "1,2,1\n1,NaN,1\n",
                CsvError::NotANumber {
                    line: 2,
                    column: "y",
                    value: "NaN".into(),
                },
            ),
            (
                "1,7,1\n",
                CsvError::OutOfDomain {
                    line: 1,
                    column: "y",
                    value: 7.0,
                },
            ),
            (
                "1,2,1,train\n1,2,1,valid\n",
                CsvError::BadSplit {
                    line: 2,
                    value: "valid".into(),
                },
            ),
            (
                "1,1,0\n1,1,1\n1,1,2\n1,1,7\n",
                CsvError::TooManyClasses { line: 4, label: 7 },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(read(text), Err(want.clone()), "{text:?}");
            assert!(!want.to_string().is_empty());
        }
        assert_eq!(
            read("a,b,c\n1,1,1\n"),
            Err(CsvError::BadHeader { missing: "x" })
        );
        assert_eq!(
            read_bytes(&[0x89, b'P', b'N', b'G', 0, 1]),
            Err(CsvError::NotText)
        );
        let many: String = (0..MAX_POINTS + 5)
            .map(|i| format!("0,0,{}\n", i % 2))
            .collect();
        assert_eq!(
            read(&many),
            Err(CsvError::TooManyPoints {
                count: MAX_POINTS + 5
            })
        );
        let most: String = many
            .lines()
            .take(MAX_POINTS)
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(read(&most).map(|t| t.points.len()), Ok(MAX_POINTS));
    }
}
