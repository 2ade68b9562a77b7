//! The compiler that builds for wasm, and the environment its builds run in.
//!
//! Two routes (see /work/shared/TOOLCHAIN.md §1): rustup's prebuilt std for
//! `wasm32-unknown-unknown`, or Debian's `rustc-web` building std from source. Debian's
//! compiler gets its own target directory so the two compilers never rebuild each other.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::steps::{exec, Res};
use crate::sys::{apt_install, output, repo_root, version_in, which};

const WASM: &str = "wasm32-unknown-unknown";
const DEBIAN_PACKAGES: [&str; 4] = ["rustc-web", "cargo-web", "rust-web-src", "lld-22"];
const DEBIAN_MIN_RUSTC: (u32, u32, u32) = (1, 96, 0);
const DEBIAN_STD_SRC: &str = "/usr/lib/rustlib/src/rust/library/std";
const DEBIAN_LINKER: &str = "wasm-ld-22";

/// Which compiler builds the wasm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Route {
    /// rustup's toolchain with its `wasm32-unknown-unknown` std.
    Rustup,
    /// `/usr/bin/cargo` + `rustc` from Debian's `rustc-web`, std built from source.
    Debian,
}

/// Picks (and if need be installs) the wasm toolchain. `XTASK_WASM=rustup|debian` forces one.
pub fn ensure_wasm() -> Res<Route> {
    match env::var("XTASK_WASM").as_deref() {
        Ok("rustup") => return rustup_target().map(|()| Route::Rustup),
        Ok("debian") => return debian().map(|()| Route::Debian),
        Ok(other) => {
            return Err(format!(
                "XTASK_WASM must be rustup or debian, not {other:?}"
            ))
        }
        Err(_) => {}
    }
    if rustup_has_wasm() {
        eprintln!("rustup has the {WASM} target");
        return Ok(Route::Rustup);
    }
    // Checked before asking rustup to download, so warm machines never touch the network.
    if let Some(version) = debian_ready() {
        eprintln!("using Debian's rustc {version} with std built from source");
        return Ok(Route::Debian);
    }
    match rustup_target() {
        Ok(()) => Ok(Route::Rustup),
        Err(e) => {
            eprintln!("{e}; falling back to Debian's rustc-web");
            debian().map(|()| Route::Debian)
        }
    }
}

fn rustup_has_wasm() -> bool {
    output(Command::new("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|list| list.lines().any(|l| l.trim() == WASM))
}

fn rustup_target() -> Res<()> {
    if rustup_has_wasm() {
        return Ok(());
    }
    if which("rustup").is_none() {
        return Err("rustup is not installed".into());
    }
    exec(Command::new("rustup").args(["target", "add", WASM]))
}

/// The Debian compiler's version when all its parts are present.
fn debian_ready() -> Option<String> {
    let line = output(Command::new("/usr/bin/rustc").arg("--version"))?;
    let new_enough = version_in(&line)? >= DEBIAN_MIN_RUSTC;
    let complete = Path::new("/usr/bin/cargo").is_file()
        && Path::new(DEBIAN_STD_SRC).is_dir()
        && which(DEBIAN_LINKER).is_some();
    (new_enough && complete).then(|| line.split_whitespace().nth(1).unwrap_or("").to_string())
}

fn debian() -> Res<()> {
    if let Some(version) = debian_ready() {
        eprintln!("Debian's rustc {version} is installed");
        return Ok(());
    }
    apt_install(&DEBIAN_PACKAGES)?;
    debian_ready()
        .map(|_| ())
        .ok_or_else(|| format!("after installing {DEBIAN_PACKAGES:?}, /usr/bin/rustc ≥ 1.96, {DEBIAN_STD_SRC} or {DEBIAN_LINKER} is still missing"))
}

/// Variables that would make a child use rustup's compiler or this run's cargo settings.
fn is_inherited_build_var(name: &str) -> bool {
    (name.starts_with("CARGO_") && name != "CARGO_HOME")
        || name.starts_with("RUSTUP_")
        || matches!(
            name,
            "CARGO"
                | "RUSTC"
                | "RUSTDOC"
                | "RUSTC_WRAPPER"
                | "RUSTC_WORKSPACE_WRAPPER"
                | "RUSTFLAGS"
                | "RUSTDOCFLAGS"
                | "RUSTC_BOOTSTRAP"
        )
}

/// A command for native work (fmt, clippy, tests): the cargo variables set for this very
/// run are removed so they cannot leak into the child's build.
pub fn native(program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(repo_root());
    for (name, _) in env::vars_os() {
        let name = name.to_string_lossy();
        let ours = name.starts_with("CARGO_PKG_")
            || name.starts_with("CARGO_BIN_")
            || name.starts_with("CARGO_MANIFEST_")
            || matches!(
                &*name,
                "CARGO_CRATE_NAME" | "CARGO_PRIMARY_PACKAGE" | "CARGO_RUSTC_CURRENT_DIR"
            );
        if ours {
            cmd.env_remove(&*name);
        }
    }
    cmd
}

/// A command that builds for wasm along `route` (Trunk calls `cargo` from PATH).
/// `tool_dirs` hold trunk and wasm-bindgen; Trunk finds wasm-bindgen on PATH.
pub fn web(route: Route, program: &Path, tool_dirs: &[PathBuf]) -> Command {
    let mut cmd = native(&program.to_string_lossy());
    let mut path: Vec<PathBuf> = Vec::new();
    if route == Route::Debian {
        for (name, _) in env::vars_os() {
            if is_inherited_build_var(&name.to_string_lossy()) {
                cmd.env_remove(name);
            }
        }
        cmd.env("RUSTC_BOOTSTRAP", "1")
            .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", DEBIAN_LINKER)
            .env("CARGO_TARGET_DIR", repo_root().join("target/web"));
        if let Some(libs) = env::var_os("LD_LIBRARY_PATH") {
            cmd.env("LD_LIBRARY_PATH", without_rustup(&libs));
        }
        path.push("/usr/bin".into());
    }
    path.extend(tool_dirs.iter().cloned());
    let rest = env::var_os("PATH").unwrap_or_default();
    let rest = if route == Route::Debian {
        without_rustup(&rest)
    } else {
        rest
    };
    path.extend(env::split_paths(&rest));
    cmd.env("PATH", env::join_paths(path).unwrap_or(rest));
    cmd
}

/// A search path minus rustup's toolchain directories (which `cargo run` may have added).
fn without_rustup(list: &OsString) -> OsString {
    let kept = env::split_paths(list).filter(|p| !p.to_string_lossy().contains("/.rustup/"));
    env::join_paths(kept).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_build_variables_are_dropped() {
        for name in [
            "RUSTUP_TOOLCHAIN",
            "CARGO",
            "CARGO_MANIFEST_DIR",
            "RUSTC",
            "RUSTFLAGS",
        ] {
            assert!(is_inherited_build_var(name), "{name}");
        }
        for name in ["CARGO_HOME", "HOME", "PATH", "RUST_BACKTRACE"] {
            assert!(!is_inherited_build_var(name), "{name}");
        }
    }

    #[test]
    fn debian_builds_use_debian_tools_and_their_own_target_dir() {
        let cmd = web(
            Route::Debian,
            Path::new("trunk"),
            &[PathBuf::from("/x/bin")],
        );
        let var = |k: &str| {
            cmd.get_envs()
                .find(|(name, _)| *name == k)
                .and_then(|(_, v)| v)
                .map(|v| v.to_string_lossy().into_owned())
        };
        assert!(var("PATH").unwrap().starts_with("/usr/bin:/x/bin"));
        assert!(var("CARGO_TARGET_DIR").unwrap().ends_with("target/web"));
        assert_eq!(var("RUSTC_BOOTSTRAP").as_deref(), Some("1"));
    }
}
