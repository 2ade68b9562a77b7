//! Data-set thumbnails: a small sample from the engine's own generator, drawn the
//! right way up (the original mirrors them vertically against the main plot).

use nn_core::grid::DOMAIN;
use nn_core::scale::LinearScale;
use nn_core::{Dataset, Point, SeedRandom};
use web_sys::HtmlCanvasElement;

use super::canvas::context_2d;

/// Side of a thumbnail's backing store, in pixels.
pub const SIZE: u32 = 100;
/// Points per thumbnail.
pub const POINTS: usize = 200;
/// Side of the square drawn for each point, in backing pixels.
const SQUARE: f64 = 4.0;
/// Classes a multi-class thumbnail shows.
const THUMBNAIL_CLASSES: usize = 3;
/// A fixed seed: thumbnails look the same on every visit and use no page randomness.
const SEED: &str = "thumbnails";

/// The points a thumbnail shows: `POINTS` points at noise 0 from a throwaway stream.
pub fn sample(dataset: Dataset) -> Vec<Point> {
    dataset.generate(POINTS, 0.0, THUMBNAIL_CLASSES, &mut SeedRandom::new(SEED))
}

/// Where `p` lands on a `size`×`size` image: x to the right and y up, as on the main plot.
pub fn position(p: &Point, size: f64) -> (f64, f64) {
    let sx = LinearScale::new([-DOMAIN, DOMAIN], [0.0, size]);
    let sy = LinearScale::new([-DOMAIN, DOMAIN], [size, 0.0]);
    (sx.apply(p.x), sy.apply(p.y))
}

/// Draws `dataset`'s thumbnail on `canvas` (its backing store is set to SIZE×SIZE).
pub fn paint(canvas: &HtmlCanvasElement, dataset: Dataset) {
    let Some(ctx) = context_2d(canvas) else {
        return;
    };
    canvas.set_width(SIZE);
    canvas.set_height(SIZE);
    let size = f64::from(SIZE);
    ctx.clear_rect(0.0, 0.0, size, size);
    for p in sample(dataset) {
        let (x, y) = position(&p, size);
        ctx.set_fill_style_str(&crate::colors::point_css(&p));
        ctx.fill_rect(x - SQUARE / 2.0, y - SQUARE / 2.0, SQUARE, SQUARE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_is_up() {
        let at = |x, y| {
            position(
                &Point {
                    x,
                    y,
                    target: nn_core::Target::Value(0.0),
                },
                100.0,
            )
        };
        assert_eq!(at(-6.0, 6.0), (0.0, 0.0));
        assert_eq!(at(6.0, -6.0), (100.0, 100.0));
        assert_eq!(at(0.0, 3.0), (50.0, 25.0));
    }

    #[test]
    fn every_set_has_its_points_and_stays_the_same() {
        for d in nn_core::Problem::ALL
            .into_iter()
            .flat_map(Dataset::of)
            .copied()
        {
            let a = sample(d);
            assert!(a.len() >= POINTS, "{d:?}");
            assert_eq!(a, sample(d), "{d:?}");
        }
    }

    #[test]
    fn the_gaussian_blue_cluster_is_where_the_main_plot_has_it() {
        // Blue (+1) sits at (2, 2): upper right on the main plot, so upper right here.
        let blue: Vec<Point> = sample(Dataset::Gauss)
            .into_iter()
            .filter(|p| p.label() > 0.0)
            .collect();
        let mean_y = blue.iter().map(|p| position(p, 100.0).1).sum::<f64>() / blue.len() as f64;
        assert!(mean_y < 50.0, "{mean_y}");
    }
}
