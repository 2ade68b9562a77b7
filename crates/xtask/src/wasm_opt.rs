//! Binaryen's `wasm-opt` over the built page's modules: about 10 KB less to download
//! (gzip) for the page and 2 KB for the training worker, at the same speed or better.
//!
//! Trunk would run it too, but offline it cannot fetch the version it wants, so the build
//! keeps Trunk's step off (`data-wasm-opt="0"` in index.html) and runs Debian's
//! `binaryen` here, after Trunk. Without it the page still builds and works, only larger.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::steps::{exec, Res};
use crate::sys::{apt_install, output, which};

/// Optimise for speed (as small as `-Os` here, and it keeps the engine's loops fast), with
/// every feature the wasm build uses: the binaryen in Debian 12 (version 108) turns none of
/// them on by itself. Reference types stay off in the build (.cargo/config.toml): this
/// binaryen exports wasm-bindgen's table of JS values as the function table, and the page
/// then fails to start.
const FLAGS: [&str; 7] = [
    "-O3",
    "--enable-simd",
    "--enable-bulk-memory",
    "--enable-multivalue",
    "--enable-sign-ext",
    "--enable-nontrapping-float-to-int",
    "--enable-mutable-globals",
];

/// `wasm-opt` from PATH, installed from apt (`binaryen`) when missing; `None`, with a
/// note, where it cannot be installed.
pub fn ensure() -> Res<Option<PathBuf>> {
    if let Some(path) = which("wasm-opt") {
        let version = output(Command::new(&path).arg("--version")).unwrap_or_default();
        eprintln!("{} ({version})", path.display());
        return Ok(Some(path));
    }
    match apt_install(&["binaryen"]) {
        Ok(()) => Ok(which("wasm-opt")),
        Err(e) => {
            eprintln!("note: wasm-opt could not be installed ({e}); the page is built without it");
            Ok(None)
        }
    }
}

/// Runs `wasm_opt` over every `.wasm` file of `dist`, in place.
pub fn optimize(wasm_opt: &Path, dist: &Path) -> Res<()> {
    let entries = fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    let mut modules: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wasm"))
        .collect();
    modules.sort();
    if modules.is_empty() {
        return Err(format!("no .wasm file in {}", dist.display()));
    }
    for module in modules {
        let before = size(&module);
        let out = module.with_extension("opt.wasm");
        exec(
            Command::new(wasm_opt)
                .args(FLAGS)
                .arg(&module)
                .arg("-o")
                .arg(&out),
        )?;
        fs::rename(&out, &module)
            .map_err(|e| format!("cannot replace {}: {e}", module.display()))?;
        eprintln!(
            "{}: {} → {} bytes",
            module.file_name().unwrap_or_default().to_string_lossy(),
            before,
            size(&module)
        );
    }
    Ok(())
}

fn size(path: &Path) -> u64 {
    fs::metadata(path).map_or(0, |m| m.len())
}
