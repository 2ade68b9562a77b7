//! What the browser tests in `tests/` need: Chromium, Node.js and their npm packages.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use crate::steps::{exec, Res};
use crate::sys::{apt_install, output, repo_root, version_in};
use crate::toolchain::native;

/// The browser the tests drive (Playwright must never download its own).
pub const CHROMIUM: &str = "/usr/bin/chromium";
const PACKAGES: [&str; 3] = ["chromium", "chromium-driver", "fonts-noto-cjk"];
const MIN_NODE: u32 = 20;

/// The folder of the browser tests.
pub fn tests_dir() -> PathBuf {
    repo_root().join("tests")
}

/// Installs Chromium from apt unless it is there.
pub fn ensure_chromium() -> Res<()> {
    if Path::new(CHROMIUM).is_file() {
        eprintln!("{CHROMIUM} is installed");
        return Ok(());
    }
    apt_install(&PACKAGES)?;
    if Path::new(CHROMIUM).is_file() {
        Ok(())
    } else {
        Err(format!("installed {PACKAGES:?} but {CHROMIUM} is missing"))
    }
}

/// Checks for Node.js ≥ 20 (playwright-core needs it; Debian 12's own nodejs is 18).
pub fn ensure_node() -> Res<()> {
    let line = output(Command::new("node").arg("--version")).ok_or(format!(
        "Node.js ≥ {MIN_NODE} with npm is needed for the browser tests; `node` was not found"
    ))?;
    match version_in(&line) {
        Some((major, _, _)) if major >= MIN_NODE => {
            eprintln!("node {line}");
            Ok(())
        }
        _ => Err(format!("Node.js ≥ {MIN_NODE} is needed, found {line}")),
    }
}

/// `npm ci` when `node_modules` is missing or older than the lockfile.
pub fn ensure_node_modules() -> Res<()> {
    let dir = tests_dir();
    // npm writes this copy of the lockfile on every install.
    let installed = modified(&dir.join("node_modules/.package-lock.json"));
    let wanted =
        modified(&dir.join("package-lock.json")).ok_or("tests/package-lock.json is missing")?;
    if installed.is_some_and(|t| t >= wanted) {
        eprintln!("tests/node_modules is up to date");
        return Ok(());
    }
    exec(
        native("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir),
    )
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// `node --test` in `tests/`, pointed at the page under test.
pub fn node_test(url: &str) -> Command {
    let mut cmd = native("node");
    cmd.arg("--test")
        .current_dir(tests_dir())
        .env("PLAYGROUND_URL", url)
        // The built page, for tests that serve a copy of their own (a new version).
        .env("DIST_DIR", repo_root().join("dist"))
        .env("CHROMIUM", CHROMIUM);
    cmd
}
