//! The decision grid, computed at most once per network version and shared by every
//! heatmap on the page.

use std::cell::RefCell;
use std::rc::Rc;

use nn_core::Grid;

use super::DENSITY;
use crate::state::SessionView;

/// The grid and the network version it was computed for.
#[derive(Debug)]
pub struct GridStore {
    grid: Grid,
    version: Option<u64>,
}

impl GridStore {
    /// An empty store at the page's resolution.
    pub fn new() -> Self {
        GridStore {
            grid: Grid::new(DENSITY),
            version: None,
        }
    }

    /// The grid of `view`'s network, recomputed only if the network changed.
    pub fn get(&mut self, view: &SessionView) -> &Grid {
        if self.version != Some(view.network_version) {
            view.session.compute_grid(&mut self.grid);
            self.version = Some(view.network_version);
        }
        &self.grid
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
