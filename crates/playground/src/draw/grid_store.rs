//! The decision grids, one per network ([`Side`]), each computed at most once per
//! network version and shared by every heatmap on the page that shows that network.

use std::cell::RefCell;
use std::rc::Rc;

use nn_core::Grid;

use super::DENSITY;
use crate::state::SessionView;

/// Each network's grid and the network version it was computed for.
#[derive(Debug)]
pub struct GridStore {
    grids: [(Grid, Option<u64>); 2],
}

impl GridStore {
    /// An empty store at the page's resolution.
    pub fn new() -> Self {
        GridStore {
            grids: [(Grid::new(DENSITY), None), (Grid::new(DENSITY), None)],
        }
    }

    /// The grid of `view`'s network, recomputed only if that network changed.
    pub fn get(&mut self, view: &SessionView) -> &Grid {
        let (grid, version) = &mut self.grids[view.side.index()];
        if *version != Some(view.network_version) {
            view.session.compute_grid(grid);
            *version = Some(view.network_version);
        }
        grid
    }
}

impl Default for GridStore {
    fn default() -> Self {
        Self::new()
    }
}

/// The store as a Yew context: one per page, compared by identity.
#[derive(Clone, Debug, Default)]
pub struct SharedGrid(pub Rc<RefCell<GridStore>>);

impl PartialEq for SharedGrid {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
