//! Which image the big heatmap shows: the output, or the node under the pointer.

use nn_core::grid::feature_image;
use nn_core::{Feature, Grid};

use crate::network_edit::NodeId;

/// The image of `node` in `grid` (fed with `features`), or the output's when there is
/// no such node. A switched-off feature is not in the grid: its image is computed into
/// `scratch`.
pub fn image<'a>(
    grid: &'a Grid,
    features: &[Feature],
    node: Option<NodeId>,
    scratch: &'a mut Vec<f32>,
) -> &'a [f32] {
    let sizes = grid.sizes();
    match node {
        Some(NodeId::Feature(f)) => match features.iter().position(|&g| g == f) {
            Some(k) if sizes.first().is_some_and(|&n| k < n) => grid.node(0, k),
            _ => {
                *scratch = feature_image(f, grid.resolution());
                scratch
            }
        },
        Some(NodeId::Neuron { layer, index }) if sizes.get(layer).is_some_and(|&n| index < n) => {
            grid.node(layer, index)
        }
        _ => grid.output(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AppState;

    #[test]
    fn picks_the_node_or_falls_back_to_the_output() {
        let s = AppState::from_hash("seed=h&networkShape=3", || unreachable!());
        let mut grid = Grid::new(10);
        s.session.compute_grid(&mut grid);
        let features = s.session.features();
        let mut scratch = Vec::new();
        let hidden = Some(NodeId::Neuron { layer: 1, index: 2 });
        assert_eq!(
            image(&grid, features, hidden, &mut scratch),
            grid.node(1, 2)
        );
        let missing = Some(NodeId::Neuron { layer: 1, index: 3 });
        assert_eq!(image(&grid, features, missing, &mut scratch), grid.output());
        assert_eq!(image(&grid, features, None, &mut scratch), grid.output());
        let y = Some(NodeId::Feature(Feature::Y));
        assert_eq!(image(&grid, features, y, &mut scratch), grid.node(0, 1));
        let off = Some(NodeId::Feature(Feature::XSquared));
        let img = image(&grid, features, off, &mut scratch).to_vec();
        assert_eq!(img, feature_image(Feature::XSquared, 10));
    }
}
