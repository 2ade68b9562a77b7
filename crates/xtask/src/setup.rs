//! `cargo xtask setup`: everything a fresh machine needs, skipped when already there.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::browser;
use crate::steps::{Res, Steps};
use crate::sys::repo_root;
use crate::toolchain::{self, Route};
use crate::tools::{TRUNK, WASM_BINDGEN};
use crate::wasm_opt;

/// What the build steps need to know about the installed toolchain.
pub struct Toolchain {
    route: Route,
    trunk: PathBuf,
    wasm_bindgen: PathBuf,
    /// Binaryen's optimiser, where it could be installed.
    wasm_opt: Option<PathBuf>,
}

/// What to set up besides the wasm build.
#[derive(Clone, Copy, PartialEq)]
pub enum Scope {
    /// The wasm toolchain, Trunk and wasm-bindgen.
    Build,
    /// Also Chromium, Node.js and the npm packages of `tests/`.
    Test,
}

/// Installs what is missing, one timed step per part.
pub fn setup(steps: &mut Steps, scope: Scope) -> Res<Toolchain> {
    steps.run("setup", |steps| {
        let route = steps.run("setup: wasm toolchain", |_| toolchain::ensure_wasm())?;
        let trunk = steps.run("setup: trunk", |_| TRUNK.ensure())?;
        let wasm_bindgen = steps.run("setup: wasm-bindgen", |_| WASM_BINDGEN.ensure())?;
        let wasm_opt = steps.run("setup: wasm-opt", |_| wasm_opt::ensure())?;
        if scope == Scope::Test {
            steps.run("setup: chromium", |_| browser::ensure_chromium())?;
            steps.run("setup: node", |_| browser::ensure_node())?;
            steps.run("setup: npm packages of tests/", |_| {
                browser::ensure_node_modules()
            })?;
        }
        Ok(Toolchain {
            route,
            trunk,
            wasm_bindgen,
            wasm_opt,
        })
    })
}

impl Toolchain {
    /// `cargo build` of the app for wasm, with the route's environment. Run before
    /// Trunk: it downloads what the build needs (on the Debian route that includes the
    /// standard library's own dependencies, which `trunk build --offline` cannot fetch),
    /// and Trunk then reuses the compiled result.
    pub fn wasm_build(&self) -> Command {
        let cargo = match self.route {
            Route::Debian => "/usr/bin/cargo",
            Route::Rustup => "cargo",
        };
        let mut cmd = toolchain::web(self.route, Path::new(cargo), &[]);
        cmd.args([
            "build",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "playground",
            "--bins",
        ]);
        cmd
    }

    /// `cargo clippy` of the page's code for wasm, warnings denied; `None` on the Debian
    /// route when its toolchain has no clippy.
    pub fn wasm_clippy(&self) -> Option<Command> {
        let cargo = match self.route {
            Route::Debian if !Path::new("/usr/bin/clippy-driver").exists() => return None,
            Route::Debian => "/usr/bin/cargo",
            Route::Rustup => "cargo",
        };
        let mut cmd = toolchain::web(self.route, Path::new(cargo), &[]);
        cmd.args([
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "playground",
            "-p",
            "nn-core",
            "--lib",
            "--bins",
            "--",
            "-D",
            "warnings",
        ]);
        Some(cmd)
    }

    /// Builds the page into `dist/`: `cargo build` for wasm, Trunk, then `wasm-opt`.
    pub fn build_page(&self, steps: &mut Steps) -> Res<()> {
        steps.cmd("cargo build (wasm)", &mut self.wasm_build())?;
        steps.cmd("trunk build --release", &mut self.trunk_build())?;
        match &self.wasm_opt {
            Some(tool) => steps.run("wasm-opt", |_| {
                wasm_opt::optimize(tool, &repo_root().join("dist"))
            }),
            None => Ok(()),
        }
    }

    /// `trunk build --release --offline` into `dist/`, with the route's environment.
    fn trunk_build(&self) -> Command {
        let dirs: Vec<PathBuf> = [&self.wasm_bindgen, &self.trunk]
            .iter()
            .filter_map(|p| p.parent().map(Path::to_path_buf))
            .collect();
        let mut cmd = toolchain::web(self.route, &self.trunk, &dirs);
        cmd.args(["build", "--release", "--offline", "--dist", "dist"]);
        cmd
    }
}
