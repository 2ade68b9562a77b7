//! Small facts about the machine: where programs are, their versions, apt.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::steps::{exec, Res};

/// The repository root (this crate lives in `crates/xtask`).
pub fn repo_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors().nth(2).unwrap_or(here).to_path_buf()
}

/// Where `cargo install` puts programs.
pub fn cargo_bin() -> PathBuf {
    let home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin")
}

/// Every `name` on PATH, then in `~/.cargo/bin` (often not on PATH in CI).
pub fn candidates(name: &str) -> impl Iterator<Item = PathBuf> + '_ {
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .collect::<Vec<_>>()
        .into_iter()
        .chain([cargo_bin()])
        .map(move |dir| dir.join(name))
        .filter(|p| p.is_file())
}

/// The first of [`candidates`].
pub fn which(name: &str) -> Option<PathBuf> {
    candidates(name).next()
}

/// The trimmed stdout of a command that succeeded, or `None` (also when it is missing).
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The first `major.minor.patch` in a `--version` line.
pub fn version_in(text: &str) -> Option<(u32, u32, u32)> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .find_map(|word| {
            let mut parts = word.split('.').map(|p| p.parse::<u32>().ok());
            match (parts.next(), parts.next(), parts.next()) {
                (Some(Some(a)), Some(Some(b)), Some(Some(c))) => Some((a, b, c)),
                _ => None,
            }
        })
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).as_deref() == Some("0")
}

/// A command that runs as root: itself when we are root, else through sudo.
fn privileged(program: &str) -> Command {
    let mut cmd = if is_root() {
        Command::new(program)
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg(program);
        sudo
    };
    cmd.env("DEBIAN_FRONTEND", "noninteractive");
    cmd
}

/// `apt-get install` the packages; on failure refresh the package lists once and retry.
pub fn apt_install(packages: &[&str]) -> Res<()> {
    let install = || {
        exec(
            privileged("apt-get")
                .args(["install", "-y", "--no-install-recommends"])
                .args(packages),
        )
    };
    install().or_else(|first| {
        eprintln!("apt-get install failed ({first}); refreshing the package lists");
        exec(privileged("apt-get").arg("update"))?;
        install()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_found_in_version_lines() {
        assert_eq!(version_in("trunk 0.21.14"), Some((0, 21, 14)));
        assert_eq!(
            version_in("rustc 1.96.0 (ac68faa20 2026-05-25) (built from a source tarball)"),
            Some((1, 96, 0))
        );
        assert_eq!(version_in("wasm-bindgen 0.2.130"), Some((0, 2, 130)));
        assert_eq!(version_in("v20.20.2"), Some((20, 20, 2)));
        assert_eq!(version_in("no version here"), None);
    }

    #[test]
    fn the_root_holds_the_workspace() {
        assert!(repo_root().join("Cargo.toml").is_file());
        assert!(repo_root().join("crates/xtask").is_dir());
    }
}
