//! The user's points in a link (`points=`), compact and exact.
//!
//! A link carries points on a grid of 0.01 (positions within ±6, values within ±327):
//! every number is a whole count of hundredths, so it comes back bit for bit. Drawn
//! points are put on that grid as they are drawn; a file's points are carried when they
//! already lie on it. The counts are laid out column by column (all x, all y, all
//! labels, all sets), deflated and written in URL-safe base64.
//!
//! Layout before deflation: version (1), kind (0 two classes, 1 classes, 2 values; +128
//! when each point has its set), the count (u16, big-endian), then per column: x + 6
//! and y + 6 in hundredths (u16), the label (one byte: 0/1 or the class; values: i16 in
//! hundredths), and the set (one byte: 0 training, 1 test).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::csv::{Split, MAX_POINTS};
use crate::data::Point;
use crate::given::GivenData;
use crate::loss::Target;
use crate::more_data::MAX_CLASSES;

/// The longest `points=` value a link gets; longer sets are saved in a file instead.
pub const MAX_CHARS: usize = 8_000;
/// The grid's step is 1 / `SCALE`.
const SCALE: f64 = 100.0;
/// Positions lie within ±`EDGE` hundredths.
const EDGE: i32 = 600;
const VERSION: u8 = 1;
const WITH_SETS: u8 = 128;

/// Why points stay out of a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotInLink {
    /// A position or a value is not a whole number of hundredths (or out of range).
    OffGrid,
    /// The link would be this many characters long (more than [`MAX_CHARS`]).
    TooLong {
        /// The length of the encoded points.
        chars: usize,
    },
}

/// Why a link's `points=` value was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadPoints;

/// `v` on the grid, kept within ±`limit`.
fn snap_number(v: f64, limit: f64) -> f64 {
    ((v.clamp(-limit, limit) * SCALE).round()) / SCALE
}

/// `p` on the link's grid: its position within the domain, its value (if any) in
/// hundredths.
pub fn snap(p: Point) -> Point {
    let edge = f64::from(EDGE) / SCALE;
    let target = match p.target {
        Target::Value(v) => Target::Value(snap_number(v, f64::from(i16::MAX) / SCALE)),
        t => t,
    };
    Point {
        x: snap_number(p.x, edge),
        y: snap_number(p.y, edge),
        target,
    }
}

/// `v` as whole hundredths within ±`limit`, if it is exactly that.
fn hundredths(v: f64, limit: i32) -> Option<i32> {
    let k = (v * SCALE).round();
    (k.abs() <= f64::from(limit) && k / SCALE == v).then_some(k as i32)
}

/// The `points=` value for `data`.
pub fn write(data: &GivenData) -> Result<String, NotInLink> {
    let n = data.points.len();
    let kind = match data.points.first().map(|p| p.target) {
        None | Some(Target::Binary(_)) => 0,
        Some(Target::Class(_)) => 1,
        Some(Target::Value(_)) => 2,
    };
    let count = u16::try_from(n).map_err(|_| NotInLink::TooLong { chars: usize::MAX })?;
    let mut bytes = vec![
        VERSION,
        kind + if data.splits.is_some() { WITH_SETS } else { 0 },
    ];
    bytes.extend(count.to_be_bytes());
    for coord in [|p: &Point| p.x, |p: &Point| p.y] {
        for p in &data.points {
            let k = hundredths(coord(p), EDGE).ok_or(NotInLink::OffGrid)?;
            bytes.extend(((k + EDGE) as u16).to_be_bytes());
        }
    }
    for p in &data.points {
        match (kind, p.target) {
            (0, Target::Binary(b)) => bytes.push(u8::from(b)),
            (1, Target::Class(c)) => bytes.push(c),
            (2, Target::Value(v)) => {
                let k = hundredths(v, i32::from(i16::MAX)).ok_or(NotInLink::OffGrid)?;
                bytes.extend((k as i16).to_be_bytes());
            }
            // Points of different kinds are not a data set a link describes.
            _ => return Err(NotInLink::OffGrid),
        }
    }
    if let Some(splits) = &data.splits {
        bytes.extend(splits.iter().map(|s| u8::from(*s == Split::Test)));
    }
    let text = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bytes, 9));
    if text.len() > MAX_CHARS {
        return Err(NotInLink::TooLong { chars: text.len() });
    }
    Ok(text)
}

/// Reads a `points=` value. Nothing in it is trusted: its size is bounded before and
/// after inflation, and every number is checked.
pub fn read(text: &str) -> Result<GivenData, BadPoints> {
    // Base64 of deflated bytes: 4 header bytes and at most 7 per point.
    let most = 4 + 7 * MAX_POINTS;
    if text.len() > most * 2 {
        return Err(BadPoints);
    }
    let packed = URL_SAFE_NO_PAD.decode(text).map_err(|_| BadPoints)?;
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, most).map_err(|_| BadPoints)?;
    let [version, kind, hi, lo, rest @ ..] = bytes.as_slice() else {
        return Err(BadPoints);
    };
    let (with_sets, kind) = (kind & WITH_SETS != 0, kind & !WITH_SETS);
    let n = usize::from(u16::from_be_bytes([*hi, *lo]));
    let label_bytes = if kind == 2 { 2 } else { 1 };
    let want = n * (4 + label_bytes + usize::from(with_sets));
    if *version != VERSION || kind > 2 || n > MAX_POINTS || rest.len() != want {
        return Err(BadPoints);
    }
    let (xs, rest) = rest.split_at(2 * n);
    let (ys, rest) = rest.split_at(2 * n);
    let (labels, sets) = rest.split_at(label_bytes * n);
    let position = |b: &[u8]| {
        let k = i32::from(u16::from_be_bytes([b[0], b[1]])) - EDGE;
        (k.abs() <= EDGE)
            .then(|| f64::from(k) / SCALE)
            .ok_or(BadPoints)
    };
    let mut points = Vec::with_capacity(n);
    for i in 0..n {
        let target = match kind {
            0 => match labels[i] {
                0 => Target::Binary(false),
                1 => Target::Binary(true),
                _ => return Err(BadPoints),
            },
            1 if usize::from(labels[i]) < MAX_CLASSES => Target::Class(labels[i]),
            1 => return Err(BadPoints),
            _ => {
                let k = i16::from_be_bytes([labels[2 * i], labels[2 * i + 1]]);
                Target::Value(f64::from(k) / SCALE)
            }
        };
        points.push(Point {
            x: position(&xs[2 * i..])?,
            y: position(&ys[2 * i..])?,
            target,
        });
    }
    let splits = if with_sets {
        let s = sets.iter().map(|&b| match b {
            0 => Ok(Split::Train),
            1 => Ok(Split::Test),
            _ => Err(BadPoints),
        });
        Some(s.collect::<Result<Vec<_>, _>>()?)
    } else {
        None
    };
    Ok(GivenData::new(points, splits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::SeedRandom;

    fn point(x: f64, y: f64, target: Target) -> Point {
        Point { x, y, target }
    }

    #[test]
    fn drawn_points_come_back_bit_for_bit() {
        let mut rng = SeedRandom::new("draw");
        for target in [Target::Binary(true), Target::Class(3), Target::Value(0.37)] {
            let points: Vec<Point> = (0..300)
                .map(|i| {
                    let t = match target {
                        Target::Binary(_) => Target::Binary(i % 3 == 0),
                        Target::Class(_) => Target::Class((i % 4) as u8),
                        Target::Value(_) => Target::Value(rng.next_f64() * 2.0 - 1.0),
                    };
                    snap(point(
                        rng.next_f64() * 14.0 - 7.0,
                        rng.next_f64() * 12.0 - 6.0,
                        t,
                    ))
                })
                .collect();
            let splits = (0..300)
                .map(|i| {
                    if i % 5 == 0 {
                        Split::Test
                    } else {
                        Split::Train
                    }
                })
                .collect();
            for data in [
                GivenData::new(points.clone(), Some(splits)),
                GivenData::new(points, None),
            ] {
                let text = write(&data).unwrap();
                assert!(text
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
                let back = read(&text).unwrap();
                assert_eq!(back, data);
                for (a, b) in back.points.iter().zip(&data.points) {
                    assert_eq!(
                        (a.x.to_bits(), a.y.to_bits()),
                        (b.x.to_bits(), b.y.to_bits())
                    );
                    assert_eq!(a.label().to_bits(), b.label().to_bits());
                }
            }
        }
        let empty = GivenData::new(Vec::new(), Some(Vec::new()));
        assert_eq!(read(&write(&empty).unwrap()).unwrap(), empty);
    }

    #[test]
    fn five_hundred_drawn_points_make_a_link_of_a_few_thousand_characters() {
        let mut rng = SeedRandom::new("size");
        let mut coordinate = || snap_number(rng.next_f64() * 12.0 - 6.0, 6.0);
        let points: Vec<Point> = (0..500)
            .map(|i| point(coordinate(), coordinate(), Target::Binary(i % 2 == 0)))
            .collect();
        let splits = (0..500)
            .map(|i| if i < 250 { Split::Train } else { Split::Test })
            .collect();
        let text = write(&GivenData::new(points, Some(splits))).unwrap();
        eprintln!("500 points: {} characters", text.len());
        assert!((2_000..4_000).contains(&text.len()), "{}", text.len());
    }

    #[test]
    fn snapping_moves_a_point_by_half_a_hundredth_at_most_and_into_the_domain() {
        let p = snap(point(1.234_567, -9.0, Target::Value(0.123_456)));
        assert_eq!((p.x, p.y, p.label()), (1.23, -6.0, 0.12));
        assert_eq!(snap(p), p);
    }

    #[test]
    fn points_off_the_grid_or_too_many_stay_out() {
        let off = GivenData::new(vec![point(0.123, 0.0, Target::Binary(true))], None);
        assert_eq!(write(&off), Err(NotInLink::OffGrid));
        let mixed = GivenData::new(
            vec![
                point(0.0, 0.0, Target::Binary(true)),
                point(0.0, 0.0, Target::Class(1)),
            ],
            None,
        );
        assert_eq!(write(&mixed), Err(NotInLink::OffGrid));
        let mut rng = SeedRandom::new("many");
        let many: Vec<Point> = (0..5_000)
            .map(|_| {
                snap(point(
                    rng.next_f64() * 12.0 - 6.0,
                    rng.next_f64() * 12.0 - 6.0,
                    Target::Binary(true),
                ))
            })
            .collect();
        assert!(matches!(
            write(&GivenData::new(many, None)),
            Err(NotInLink::TooLong { chars }) if chars > MAX_CHARS
        ));
    }

    #[test]
    fn mangled_values_are_refused() {
        let data = GivenData::new(
            vec![point(1.0, 2.0, Target::Class(2))],
            Some(vec![Split::Test]),
        );
        let good = write(&data).unwrap();
        for bad in [
            "",
            "!!",
            "AAAA",
            &good[..good.len() - 2],
            &format!("{good}A"),
        ] {
            assert_eq!(read(bad), Err(BadPoints), "{bad}");
        }
        // Well-formed bytes with a class beyond the most classes, or a position off the domain.
        for bytes in [
            vec![VERSION, 1, 0, 1, 2, 0x58, 2, 0x58, 9],
            vec![VERSION, 0, 0, 1, 0x10, 0, 2, 0x58, 1],
        ] {
            let text = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bytes, 9));
            assert_eq!(read(&text), Err(BadPoints));
        }
        // A bomb: a small value that would inflate past the bound.
        let text = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
            &vec![0u8; 200_000],
            9,
        ));
        assert_eq!(read(&text), Err(BadPoints));
    }
}
