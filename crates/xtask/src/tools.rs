//! Pinned command-line tools from crates.io, installed with `cargo install` when missing.

use std::path::PathBuf;
use std::process::Command;

use crate::steps::{exec, Res};
use crate::sys::{candidates, output};
use crate::toolchain::native;

/// A tool pinned to one version.
pub struct Tool {
    /// The crate to `cargo install`.
    pub krate: &'static str,
    /// The program it installs.
    pub bin: &'static str,
    /// The exact version, as `<bin> --version` prints it.
    pub version: &'static str,
    /// Whether to install with the crate's own lockfile.
    pub locked: bool,
}

/// Trunk 0.21.14: 0.22 needs rustc ≥ 1.96.1, and 0.21.14 only compiles with `--locked`.
pub const TRUNK: Tool = Tool {
    krate: "trunk",
    bin: "trunk",
    version: "0.21.14",
    locked: true,
};

/// Must equal the `wasm-bindgen` crate version in Cargo.toml. Its lockfile pins a
/// webpki-roots release the registry mirror lacks, hence no `--locked`.
pub const WASM_BINDGEN: Tool = Tool {
    krate: "wasm-bindgen-cli",
    bin: "wasm-bindgen",
    version: "0.2.130",
    locked: false,
};

impl Tool {
    /// The path of this tool at the pinned version, installing it first if need be.
    pub fn ensure(&self) -> Res<PathBuf> {
        if let Some(path) = self.find() {
            eprintln!("{} {} is at {}", self.bin, self.version, path.display());
            return Ok(path);
        }
        let mut install = native("cargo");
        install.args(["install", self.krate, "--version", self.version]);
        if self.locked {
            install.arg("--locked");
        }
        exec(&mut install)?;
        self.find().ok_or_else(|| {
            format!(
                "`cargo install {}` finished but `{} --version` does not report {}",
                self.krate, self.bin, self.version
            )
        })
    }

    fn find(&self) -> Option<PathBuf> {
        candidates(self.bin).find(|path| {
            output(Command::new(path).arg("--version"))
                .is_some_and(|line| line.split_whitespace().any(|word| word == self.version))
        })
    }
}
