//! The project's automation: `cargo xtask setup | serve | test | bench`.

mod bench;
mod browser;
mod server;
mod setup;
mod steps;
mod sys;
mod toolchain;
mod tools;
mod wasm_opt;

use std::process::ExitCode;

use server::Server;
use setup::{setup, Scope};
use steps::{Res, Steps};
use sys::repo_root;
use toolchain::native;

const USAGE: &str = "usage: cargo xtask <command>

  setup            install what building and testing need (skips what is there)
  serve [--port N] [--no-build]
                   build the page into dist/ and serve it on http://127.0.0.1:8080
                   (--no-build serves dist/ as it is)
  test             fmt, clippy (native and wasm), unit tests, the wasm build, then the browser tests
  screenshot       build the page and save pictures of it to docs/ (screenshot.png, inside.png)
  bench            native Criterion benchmarks, then the built page in headless Chromium;
                   writes BENCHMARKS.md

Set XTASK_WASM=rustup or XTASK_WASM=debian to force one wasm toolchain.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut steps = Steps::default();
    let result = match args.first().map(String::as_str) {
        Some("setup") if args.len() == 1 => setup(&mut steps, Scope::Test).map(drop),
        Some("serve") => {
            serve_options(&args[1..]).and_then(|(port, build)| serve(&mut steps, port, build))
        }
        Some("test") if args.len() == 1 => test(&mut steps),
        Some("screenshot") if args.len() == 1 => screenshot(&mut steps),
        Some("bench") if args.len() == 1 => bench::bench(&mut steps),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    steps.summary();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nerror: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `(port, build first)` from `[--port N] [--no-build]`.
fn serve_options(args: &[String]) -> Res<(u16, bool)> {
    let (mut port, mut build) = (8080, true);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match (arg.as_str(), it.as_slice().first()) {
            ("--no-build", _) => build = false,
            ("--port", Some(n)) => {
                port = n.parse().map_err(|_| format!("bad port {n:?}"))?;
                it.next();
            }
            _ => return Err(format!("unexpected argument {arg:?}\n\n{USAGE}")),
        }
    }
    Ok((port, build))
}

fn serve(steps: &mut Steps, port: u16, build: bool) -> Res<()> {
    if build {
        let tools = setup(steps, Scope::Build)?;
        tools.build_page(steps)?;
    }
    let dist = repo_root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "{} has no index.html; build it first",
            dist.display()
        ));
    }
    let server =
        Server::start(&dist, port).map_err(|e| format!("cannot serve on port {port}: {e}"))?;
    steps.summary();
    eprintln!(
        "\nServing {} on {}  (Ctrl-C stops)",
        dist.display(),
        server.url()
    );
    server.wait();
    Ok(())
}

/// Builds the page and photographs it for the README (docs/screenshot.png and the panel
/// Inside the network, docs/inside.png).
fn screenshot(steps: &mut Steps) -> Res<()> {
    let tools = setup(steps, Scope::Test)?;
    tools.build_page(steps)?;
    steps.run("screenshot", |_| {
        let server = Server::start(&repo_root().join("dist"), 0)
            .map_err(|e| format!("cannot start the static server: {e}"))?;
        let out = repo_root().join("docs/screenshot.png");
        let mut cmd = native("node");
        cmd.arg("tools/screenshot.js")
            .arg(&out)
            .arg(repo_root().join("docs/inside.png"))
            .current_dir(browser::tests_dir())
            .env("PLAYGROUND_URL", server.url())
            .env("CHROMIUM", browser::CHROMIUM);
        let result = steps::exec(&mut cmd);
        server.stop();
        result
    })
}

fn test(steps: &mut Steps) -> Res<()> {
    let tools = setup(steps, Scope::Test)?;
    steps.cmd(
        "cargo fmt --check",
        native("cargo").args(["fmt", "--all", "--", "--check"]),
    )?;
    steps.cmd(
        "cargo clippy",
        native("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    match tools.wasm_clippy() {
        Some(mut cmd) => steps.cmd("cargo clippy (wasm)", &mut cmd)?,
        None => eprintln!(
            "\nnote: Debian's rustc-web has no clippy: the wasm code is linted natively only"
        ),
    }
    steps.cmd("cargo test", native("cargo").args(["test", "--workspace"]))?;
    tools.build_page(steps)?;
    steps.run("browser tests", |_| {
        let server = Server::start(&repo_root().join("dist"), 0)
            .map_err(|e| format!("cannot start the static server: {e}"))?;
        eprintln!("serving dist/ on {}", server.url());
        let result = steps::exec(&mut browser::node_test(&server.url()));
        server.stop();
        result
    })
}
