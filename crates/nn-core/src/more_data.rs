//! Our data sets, beside the original's: two binary ones (moons, checkerboard) and two
//! with K classes (blobs, spirals). They draw from the same seeded stream, so a link
//! reproduces them, and take the same noise factor (0–0.5 from the slider, 0.8 at most).

use std::f64::consts::PI;

use crate::data::{normal, sign, uniform, uniform_labelled, Point};
use crate::loss::Target;
use crate::rng::SeedRandom;
use crate::scale::LinearScale;

/// Most classes a multi-class set has.
pub const MAX_CLASSES: usize = 5;

/// `n` split as evenly as possible over `k` groups: the first `n % k` get one more.
fn share(n: usize, k: usize, group: usize) -> usize {
    n / k + usize::from(group < n % k)
}

/// Two interleaved half circles, scaled to span about ±4.5 by ±2.3: the upper arc is
/// +1, the lower (shifted right and down) −1. Each point moves by U(−1, 1)·3·noise on
/// each axis.
pub fn moons(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    const SCALE: f64 = 3.0;
    let mut points = Vec::with_capacity(n);
    for (arc, label) in [(0, 1.0), (1, -1.0)] {
        let count = share(n, 2, arc);
        for i in 0..count {
            let t = PI * i as f64 / (count.max(2) - 1) as f64;
            let (x0, y0) = if arc == 0 {
                (t.cos(), t.sin())
            } else {
                (1.0 - t.cos(), 0.5 - t.sin())
            };
            let nx = uniform(rng, -1.0, 1.0) * SCALE * noise;
            let ny = uniform(rng, -1.0, 1.0) * SCALE * noise;
            points.push(Point {
                x: SCALE * (x0 - 0.5) + nx,
                y: SCALE * (y0 - 0.25) + ny,
                target: sign(label),
            });
        }
    }
    points
}

/// Uniform points in [−6, 6]², labelled by 3 × 3 cells of a 4 × 4 board (the cell at
/// the origin's upper right is +1), at a position offset by U(−5, 5)·noise per axis, as
/// the original's XOR does.
pub fn checkerboard(n: usize, noise: f64, rng: &mut SeedRandom) -> Vec<Point> {
    const CELL: f64 = 3.0;
    uniform_labelled(n, noise, 5.0, rng, |x, y| {
        let cell = (x / CELL).floor() + (y / CELL).floor();
        Target::Binary(cell.rem_euclid(2.0) == 0.0)
    })
}

/// `classes` Gaussian clusters with centres evenly spaced on a circle of radius 3.5
/// (class 0 at the top), their variance growing with the noise as the original's
/// Gaussian set does (0.5 at noise 0, 4 at noise 0.5).
pub fn blobs(n: usize, noise: f64, classes: usize, rng: &mut SeedRandom) -> Vec<Point> {
    const RADIUS: f64 = 3.5;
    let k = classes.clamp(2, MAX_CLASSES);
    let variance = LinearScale::new([0.0, 0.5], [0.5, 4.0]).apply(noise);
    let mut points = Vec::with_capacity(n);
    for c in 0..k {
        let angle = 2.0 * PI * c as f64 / k as f64;
        let (cx, cy) = (RADIUS * angle.sin(), RADIUS * angle.cos());
        for _ in 0..share(n, k, c) {
            let x = normal(rng, cx, variance);
            let y = normal(rng, cy, variance);
            points.push(Point {
                x,
                y,
                target: Target::Class(c as u8),
            });
        }
    }
    points
}

/// `classes` spiral arms, each turned 2π/K from the last, shaped as the original's
/// two-arm spiral (radius 0 to 5 over 1.75 turns), each coordinate moved by U(−1, 1)·noise.
pub fn spirals(n: usize, noise: f64, classes: usize, rng: &mut SeedRandom) -> Vec<Point> {
    let k = classes.clamp(2, MAX_CLASSES);
    let mut points = Vec::with_capacity(n);
    for c in 0..k {
        let count = share(n, k, c);
        let delta = 2.0 * PI * c as f64 / k as f64;
        let arm = count as f64;
        for i in 0..count {
            let i = i as f64;
            let r = i / arm * 5.0;
            let t = 1.75 * i / arm * 2.0 * PI + delta;
            let x = r * t.sin() + uniform(rng, -1.0, 1.0) * noise;
            let y = r * t.cos() + uniform(rng, -1.0, 1.0) * noise;
            points.push(Point {
                x,
                y,
                target: Target::Class(c as u8),
            });
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dist;

    fn count_classes(points: &[Point], k: usize) -> Vec<usize> {
        let mut counts = vec![0; k];
        for p in points {
            counts[p.target.class().unwrap()] += 1;
        }
        counts
    }

    #[test]
    fn multi_class_sets_are_balanced_for_every_k() {
        for k in 2..=MAX_CLASSES {
            let mut rng = SeedRandom::new("k");
            for pts in [blobs(500, 0.0, k, &mut rng), spirals(500, 0.1, k, &mut rng)] {
                assert_eq!(pts.len(), 500);
                let counts = count_classes(&pts, k);
                assert!(
                    counts.iter().all(|&c| c == 500 / k || c == 500 / k + 1),
                    "{counts:?}"
                );
            }
        }
    }

    #[test]
    fn blobs_sit_around_their_centres() {
        let mut rng = SeedRandom::new("b");
        let pts = blobs(500, 0.0, 4, &mut rng);
        // Class 1 of 4 is at angle π/2: centre (3.5, 0).
        let c1: Vec<&Point> = pts
            .iter()
            .filter(|p| p.target == Target::Class(1))
            .collect();
        let mx = c1.iter().map(|p| p.x).sum::<f64>() / c1.len() as f64;
        let my = c1.iter().map(|p| p.y).sum::<f64>() / c1.len() as f64;
        assert!((mx - 3.5).abs() < 0.2 && my.abs() < 0.2, "{mx} {my}");
    }

    #[test]
    fn moons_and_checkerboard_without_noise() {
        let mut rng = SeedRandom::new("m");
        let pts = moons(500, 0.0, &mut rng);
        // The upper moon's points lie on a circle of radius 3 around (−1.5, −0.75).
        for p in pts.iter().filter(|p| p.label() > 0.0) {
            assert!((dist(p.x + 1.5, p.y + 0.75) - 3.0).abs() < 1e-9);
        }
        let board = checkerboard(500, 0.0, &mut rng);
        for p in &board {
            let same_sign_cell = ((p.x / 3.0).floor() + (p.y / 3.0).floor()).rem_euclid(2.0) == 0.0;
            assert_eq!(p.label() > 0.0, same_sign_cell);
        }
        let pos = board.iter().filter(|p| p.label() > 0.0).count();
        assert!(pos.abs_diff(250) < 50, "{pos}");
    }

    #[test]
    fn the_stream_reproduces_every_set() {
        for f in [
            |r: &mut SeedRandom| moons(100, 0.3, r),
            |r: &mut SeedRandom| checkerboard(100, 0.3, r),
            |r: &mut SeedRandom| blobs(100, 0.3, 5, r),
            |r: &mut SeedRandom| spirals(100, 0.3, 3, r),
        ] {
            let a = f(&mut SeedRandom::new("same"));
            let b = f(&mut SeedRandom::new("same"));
            assert_eq!(a, b);
        }
    }
}
