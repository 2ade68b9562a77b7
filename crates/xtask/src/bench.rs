//! `cargo xtask bench`: Criterion benchmarks of nn-core, the built page in headless Chromium
//! (`tests/bench/run.js`) and the size of what the page downloads, written to BENCHMARKS.md
//! beside the issue's targets. Benchmarks report; they never fail because a number is poor.

use std::fs;
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};

use crate::browser::{tests_dir, CHROMIUM};
use crate::server::Server;
use crate::setup::{setup, Scope, Toolchain};
use crate::steps::{exec, human, Res, Steps};
use crate::sys::{output, repo_root};
use crate::toolchain::native;
use crate::tools::{TRUNK, WASM_BINDGEN};

/// Criterion's ids in crates/nn-core/benches/engine.rs, what each measures, and its unit.
const CRITERION: [(&str, &str, &str); 8] = [
    ("epoch/default", "One epoch, default", "epochs/s"),
    ("epoch/heavy", "One epoch, heavy", "epochs/s"),
    ("epoch/multi", "One epoch, 5-class spiral", "epochs/s"),
    (
        "grid100/multi",
        "One 100×100 grid pass, 5-class spiral",
        "passes/s",
    ),
    (
        "grid100/default",
        "One 100×100 grid pass, default",
        "passes/s",
    ),
    ("grid100/heavy", "One 100×100 grid pass, heavy", "passes/s"),
    (
        "loss_pass/heavy",
        "Loss pass over the training points, heavy",
        "passes/s",
    ),
    (
        "loss_pass_stats/heavy",
        "The same with the statistics' counts and record, heavy",
        "passes/s",
    ),
];
/// The two browser configurations (prefixes in run.js's output) and how the report names them.
const CONFIGS: [(&str, &str); 6] = [
    ("default", "default (`seed=bench`)"),
    (
        "heavy",
        "heavy (spiral, all 7 features, 6×8 tanh, batch 10)",
    ),
    (
        "multi",
        "multi (5-class spiral, x and y, 6×8 tanh, cross-entropy, Adam, batch 10)",
    ),
    (
        "heavy_panel",
        "heavy, in a 1280×2300 window that shows the whole page: the panel Inside the network and its five figures draw too",
    ),
    (
        "imported",
        "imported (10,000 points of Import CSV, 5,000 training; x and y, 6×16 tanh, batch 10)",
    ),
    (
        "compare",
        "compare (two heavy networks in compare mode, B with learning rate 0.01, each in its own worker; network A's epochs)",
    ),
];
const MEMORY_EPOCHS: f64 = 1e6;
const MB: f64 = 1e6;

/// Runs every benchmark and writes BENCHMARKS.md, also when a part fails (it then says so).
pub fn bench(steps: &mut Steps) -> Res<()> {
    let started = Instant::now();
    let mut facts = Facts::gather();
    let tools = setup(steps, Scope::Test)?;
    let native = steps.run("criterion benchmarks of nn-core", |_| criterion());
    let browser = browser(steps, &tools, &mut facts);
    facts.rustc_wasm = wasm_rustc(&tools);
    facts.load.push(("end", loadavg()));
    let report = render(&facts, &native, &browser, &human(started.elapsed()));
    steps.run("write BENCHMARKS.md", |_| {
        let path = repo_root().join("BENCHMARKS.md");
        fs::write(&path, report).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("wrote {}", path.display());
        Ok(())
    })?;
    native.and(browser).map(drop)
}

/// Mean and 95% confidence bounds of one Criterion benchmark, in nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Estimate {
    mean: f64,
    lower: f64,
    upper: f64,
}

/// `cargo bench -p nn-core --bench engine`, then each benchmark's fresh `new/estimates.json`.
fn criterion() -> Res<Vec<Estimate>> {
    let home = repo_root().join("target/criterion");
    let since = SystemTime::now();
    exec(
        native("cargo")
            .args([
                "bench", "-p", "nn-core", "--bench", "engine", "--", "--noplot",
            ])
            .env("CRITERION_HOME", &home),
    )?;
    let read = |id: &str| {
        let file = home.join(id.replace('/', "_")).join("new/estimates.json");
        let written = fs::metadata(&file).and_then(|m| m.modified());
        if !written.is_ok_and(|t| t >= since) {
            return Err(format!("Criterion wrote no fresh {}", file.display()));
        }
        let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        mean_estimate(&text).ok_or(format!("no mean estimate in {}", file.display()))
    };
    CRITERION.iter().map(|(id, _, _)| read(id)).collect()
}

/// The `"mean"` object of Criterion's estimates.json.
fn mean_estimate(json: &str) -> Option<Estimate> {
    let rest = &json[json.find("\"mean\"")?..];
    let open = rest.find('{')?;
    let mut depth = 0;
    let len = rest[open..].char_indices().find_map(|(i, c)| {
        depth += match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        };
        (depth == 0).then_some(i + 1)
    })?;
    let object = &rest[open..open + len];
    Some(Estimate {
        mean: number_after(object, "point_estimate")?,
        lower: number_after(object, "lower_bound")?,
        upper: number_after(object, "upper_bound")?,
    })
}

/// The number after `"key":` in a JSON text.
fn number_after(text: &str, key: &str) -> Option<f64> {
    let quoted = format!("\"{key}\"");
    let rest = text[text.find(&quoted)? + quoted.len()..].trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c)))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// The same build as `cargo xtask test`, served the same way, measured by tests/bench/run.js.
fn browser(steps: &mut Steps, tools: &Toolchain, facts: &mut Facts) -> Res<Flat> {
    tools.build_page(steps)?;
    facts.load.push(("browser", loadavg()));
    steps.run("browser benchmarks", |_| {
        let server = Server::start(&repo_root().join("dist"), 0)
            .map_err(|e| format!("cannot start the static server: {e}"))?;
        eprintln!("serving dist/ on {}", server.url());
        let result = run_script(&server.url());
        server.stop();
        result
    })
}

/// Runs the script with its progress on the terminal and parses its last line of stdout.
fn run_script(url: &str) -> Res<Flat> {
    let mut cmd = native("node");
    cmd.arg("bench/run.js")
        .current_dir(tests_dir())
        .env("PLAYGROUND_URL", url)
        .env("CHROMIUM", CHROMIUM)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    eprintln!("$ node bench/run.js    (in tests/, PLAYGROUND_URL={url})");
    let out = cmd
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut lines: Vec<&str> = stdout.lines().filter(|l| !l.trim().is_empty()).collect();
    let last = lines.pop();
    lines.iter().for_each(|line| eprintln!("{line}"));
    if !out.status.success() {
        return Err(format!("`node bench/run.js` exited with {}", out.status));
    }
    Flat::parse(last.ok_or("bench/run.js printed no result")?)
}

/// run.js's result: one flat JSON object of numbers, strings and nulls, as `JSON.stringify`
/// writes it, read by key.
#[derive(Default)]
struct Flat(String);

impl Flat {
    fn parse(line: &str) -> Res<Flat> {
        let line = line.trim();
        if line.starts_with('{') && line.ends_with('}') {
            Ok(Flat(line.to_string()))
        } else {
            Err(format!(
                "bench/run.js ended with {line:?}, not a JSON object"
            ))
        }
    }

    /// The number at `key`; `None` when it is null or missing.
    fn num(&self, key: &str) -> Option<f64> {
        number_after(&self.0, key)
    }

    /// The string at `key`; run.js's strings (versions, paths) have nothing to unescape.
    fn text(&self, key: &str) -> Option<&str> {
        let quoted = format!("\"{key}\":\"");
        let rest = &self.0[self.0.find(&quoted)? + quoted.len()..];
        rest.split('"').next()
    }
}

/// What the report says about the machine and the software.
struct Facts {
    date: String,
    cpu: String,
    memory: String,
    os: String,
    rustc: String,
    rustc_wasm: String,
    commit: String,
    load: Vec<(&'static str, String)>,
}

impl Facts {
    fn gather() -> Facts {
        let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        // `name : value` in /proc, `NAME="value"` in os-release.
        let field = |text: &str, name: &str| {
            text.lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l[name.len()..].trim_start().get(1..))
                .map(|v| v.trim().trim_matches('"').to_string())
        };
        let threads = cpuinfo
            .lines()
            .filter(|l| l.starts_with("processor"))
            .count();
        let model = field(&cpuinfo, "model name").unwrap_or("unknown CPU".into());
        let mhz = field(&cpuinfo, "cpu MHz").and_then(|v| v.parse::<f64>().ok());
        let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let kib: f64 = field(&meminfo, "MemTotal")
            .and_then(|v| v.trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0.0);
        let release = fs::read_to_string("/etc/os-release").unwrap_or_default();
        let git = |args: &[&str]| output(native("git").args(args)).unwrap_or_default();
        let changed = git(&["status", "--porcelain"])
            .lines()
            .any(|l| !l.ends_with("BENCHMARKS.md"));
        Facts {
            date: output(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"]))
                .unwrap_or_default(),
            cpu: format!(
                "{model}{}, {threads} logical cores",
                mhz.map(|f| format!(" at {f:.0} MHz")).unwrap_or_default()
            ),
            memory: format!("{:.1} GiB", kib / 1024.0 / 1024.0),
            os: field(&release, "PRETTY_NAME").unwrap_or("unknown".into()),
            rustc: output(native("rustc").arg("--version")).unwrap_or_default(),
            rustc_wasm: String::new(),
            commit: format!(
                "{}{}",
                git(&["rev-parse", "--short=12", "HEAD"]),
                if changed {
                    " with uncommitted changes"
                } else {
                    ""
                }
            ),
            load: vec![("start", loadavg())],
        }
    }
}

/// The 1, 5 and 15 minute load averages: other work on the machine skews every figure.
fn loadavg() -> String {
    let text = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    text.split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The compiler of the wasm build: Debian's when the build runs `/usr/bin/cargo`.
fn wasm_rustc(tools: &Toolchain) -> String {
    let debian = tools.wasm_build().get_program() == "/usr/bin/cargo";
    let rustc = if debian { "/usr/bin/rustc" } else { "rustc" };
    output(native(rustc).arg("--version")).unwrap_or_default()
}

/// BENCHMARKS.md.
fn render(facts: &Facts, native: &Res<Vec<Estimate>>, browser: &Res<Flat>, took: &str) -> String {
    let empty = Flat::default();
    let b = browser.as_ref().unwrap_or(&empty);
    let mut md = format!(
        "# Benchmarks\n\nWritten by `cargo xtask bench` on {}; the whole run, builds included, \
         took {took}. Run it again to refresh this file. Benchmarks report: nothing here is \
         asserted. KB and MB are 1,000 and 1,000,000 bytes.\n\n",
        facts.date
    );
    md += &targets(b);
    md += "\n## Machine\n\n| | |\n| --- | --- |\n";
    let chromium = b.text("chromium").unwrap_or("not measured");
    let loads: Vec<String> = facts
        .load
        .iter()
        .map(|(w, l)| format!("{l} ({w})"))
        .collect();
    for (what, value) in [
        ("CPU", facts.cpu.clone()),
        ("Memory", facts.memory.clone()),
        ("OS", facts.os.clone()),
        ("Load average, 1/5/15 min", loads.join("; ")),
        ("rustc (native benchmarks)", facts.rustc.clone()),
        ("rustc (wasm build)", facts.rustc_wasm.clone()),
        (
            "Trunk, wasm-bindgen",
            format!("{}, {}", TRUNK.version, WASM_BINDGEN.version),
        ),
        ("Chromium (headless)", chromium.to_string()),
        ("Node.js", b.text("node").unwrap_or("").to_string()),
        ("Commit", facts.commit.clone()),
    ] {
        md += &format!("| {what} | {value} |\n");
    }
    md += "\nThe machine may be shared: a load average near or above the number of cores means \
           other work competed with the benchmarks, and every figure below is then pessimistic.\n";
    md +=
        "\n## Engine, native (Criterion)\n\n`cargo bench -p nn-core --bench engine`: Criterion's \
           mean and its 95% confidence interval; the rates are derived from them.\n\n";
    match native {
        Ok(estimates) => md += &native_table(estimates),
        Err(e) => md += &format!("Not measured: {e}\n"),
    }
    md += "\n## In the browser\n\n";
    match browser {
        Ok(flat) => md += &browser_tables(flat),
        Err(e) => md += &format!("Not measured: {e}\n"),
    }
    md
}

fn native_table(estimates: &[Estimate]) -> String {
    let mut md =
        "| Benchmark | Mean | 95% CI | Rate (95% CI) |\n| --- | ---: | ---: | ---: |\n".to_string();
    for ((_, name, unit), e) in CRITERION.iter().zip(estimates) {
        md += &format!(
            "| {name} | {} | {} – {} | {} {unit} ({} – {}) |\n",
            duration(e.mean),
            duration(e.lower),
            duration(e.upper),
            rate(1e9 / e.mean),
            rate(1e9 / e.upper),
            rate(1e9 / e.lower)
        );
    }
    md
}

fn browser_tables(b: &Flat) -> String {
    let (warm, window) = (opt(b.num("warm_up_s"), secs), opt(b.num("window_s"), secs));
    let mut md = format!(
        "The built page (`trunk build --release`, served from dist/ on 127.0.0.1) in headless \
         Chromium, measured from outside the app: a fresh page per row, Play pressed, {warm} \
         of warm-up, then a {window} window. Epochs come from the epoch counter at both ends \
         of the window. Frames are counted by a `requestAnimationFrame` recorder added before \
         the app's own scripts: the *interval* is between rAF timestamps, the *frame time* \
         is the main thread's work in one frame (every rAF callback plus style, layout and \
         paint, up to a message posted from the frame). *Busy* is Chromium's TaskDuration over \
         the window (a little over 100% when tasks straddle its ends).\n\n"
    );
    for (speed, title) in [
        (
            "max",
            "Maximum speed (`speed=max`): training in the Web Worker, the page draws",
        ),
        (
            "page",
            "Maximum speed, training on the page (`?trainer=page`: no worker, for comparison)",
        ),
        ("one", "One epoch per frame (`speed=1`, always on the page)"),
    ] {
        md += &format!("### {title}\n\n| Configuration | Epochs/s | Epochs per frame | Frames/s \
                        | Frame interval median / p95 | Frame time median / p95 | Main thread busy |\n\
                        | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (config, name) in CONFIGS {
            let k = |m: &str| b.num(&format!("{speed}.{config}.{m}"));
            if k("epochs_per_s").is_none() && k("fps").is_none() {
                // Not a row this speed runs (the page-only comparison skips some).
                continue;
            }
            md += &format!(
                "| {name} | {} | {} | {} | {} / {} | {} / {} | {} |\n",
                opt(k("epochs_per_s"), grouped),
                opt(k("epochs_per_frame"), |v| format!("{v:.1}")),
                opt(k("fps"), |v| format!("{v:.1}")),
                opt(k("interval_median_ms"), ms),
                opt(k("interval_p95_ms"), ms),
                opt(k("work_median_ms"), ms),
                opt(k("work_p95_ms"), ms),
                opt(k("busy_pct"), |v| format!("{v:.0}%")),
            );
        }
        md += "\n";
    }
    let per_frame = b
        .num("max.default.epochs_per_frame")
        .zip(b.num("max.heavy.epochs_per_frame"));
    if per_frame.is_some_and(|(d, h)| d < 1.5 && h < 1.5) {
        md += "At `speed=max` the page ran about one epoch per frame, as at `speed=1`: it does \
               not seem to train more than one epoch per frame yet.\n\n";
    }
    let workers = b.num("max.default.workers").zip(b.num("max.heavy.workers"));
    if workers.is_some_and(|(d, h)| d < 1.0 || h < 1.0) {
        md += "**At `speed=max` the page ran without its training worker** (it failed to \
               start): the first table then measures training on the page.\n\n";
    }
    let errors: f64 = [
        "max.default",
        "max.heavy",
        "page.default",
        "page.heavy",
        "one.default",
        "one.heavy",
        "max.multi",
        "one.multi",
        "max.heavy_panel",
        "one.heavy_panel",
        "max.imported",
        "max.compare",
        "draw",
        "memory",
    ]
    .iter()
    .filter_map(|run| b.num(&format!("{run}.errors")))
    .sum();
    if errors > 0.0 {
        md += &format!("**The pages logged {errors} errors** (see the bench's output).\n\n");
    }
    md += &memory_table(b);
    md += &download_table(b);
    md
}

fn memory_table(b: &Flat) -> String {
    let m = |k: &str| b.num(&format!("memory.{k}"));
    let mut md = format!(
        "### Memory\n\nDefault configuration at `speed=max`, played until the counter passes \
         {} or for {}: it reached {} epochs in {}. Each figure is taken after a full garbage \
         collection (CDP `HeapProfiler.collectGarbage`).\n\n\
         | | After load | After 5 s of training | At the end | Growth (end − load) |\n\
         | --- | ---: | ---: | ---: | ---: |\n",
        opt(m("target_epochs"), grouped),
        opt(m("cap_s"), secs),
        opt(m("epochs"), grouped),
        opt(m("seconds"), secs),
    );
    for (key, name) in [
        ("wasm", "wasm memory (`memory.buffer.byteLength`)"),
        ("worker_wasm", "training worker's wasm memory"),
        ("cdp_heap", "JS heap (CDP `Runtime.getHeapUsage`)"),
        ("js_heap", "JS heap (`performance.memory.usedJSHeapSize`)"),
    ] {
        let at = |when: &str| m(&format!("{key}_{when}"));
        // The worker may still be loading at the first sample: then its growth counts
        // from the second.
        let growth = at("after")
            .zip(at("before").or(at("warm")))
            .map(|(a, z)| a - z);
        md += &format!(
            "| {name} | {} | {} | {} | {} |\n",
            opt(at("before"), megabytes),
            opt(at("warm"), megabytes),
            opt(at("after"), megabytes),
            opt(growth, |g| format!("{:+.2} MB", g / MB)),
        );
    }
    if m("worker_wasm_before").is_none() && m("worker_wasm_warm").is_some() {
        md += "\nThe training worker had not loaded at the first sample; its growth counts from \
               the second.\n";
    }
    if m("wasm_before").is_none() {
        md += "\nThe page exposed no `WebAssembly.Memory`: neither `WebAssembly.instantiate*` nor \
               Trunk's `TrunkApplicationStarted` event gave one to the recorder.\n";
    }
    md + "\n"
}

fn download_table(b: &Flat) -> String {
    let mut md = "### Download\n\nEvery file the page fetched from dist/ while loading, then \
                  what choosing maximum speed adds (the training worker, marked *later*), with \
                  sizes as served and compressed with gzip level 9.\n\n\
                  | File | Raw | gzip -9 |\n| --- | ---: | ---: |\n"
        .to_string();
    let count = b.num("download.count").unwrap_or(0.0) as usize;
    for i in 0..count {
        let file = b.text(&format!("download.{i}.file")).unwrap_or("?");
        let size = |k: &str| opt(b.num(&format!("download.{i}.{k}")), kilobytes);
        let later = if b.num(&format!("download.{i}.later")) == Some(1.0) {
            " (later)"
        } else {
            ""
        };
        md += &format!("| `{file}`{later} | {} | {} |\n", size("raw"), size("gzip"));
    }
    md += &format!(
        "| on load | {} | {} |\n| **total** | **{}** | **{}** |\n",
        opt(b.num("download.initial.raw"), kilobytes),
        opt(b.num("download.initial.gzip"), kilobytes),
        opt(b.num("download.raw"), kilobytes),
        opt(b.num("download.gzip"), kilobytes)
    );
    md
}

/// The issue's targets beside what was measured.
fn targets(b: &Flat) -> String {
    let mark = |ok: Option<bool>| match ok {
        Some(true) => "met",
        Some(false) => "**missed**",
        None => "not measured",
    };
    let n = |k: &str| b.num(k);
    let mut md =
        "## Targets\n\n| Target (from the issue) | Measured | |\n| --- | --- | --- |\n".to_string();
    let (heavy, heavy_fps) = (n("max.heavy.epochs_per_s"), n("max.heavy.fps"));
    let (page_heavy, page_heavy_fps) = (n("page.heavy.epochs_per_s"), n("page.heavy.fps"));
    md += &format!(
        "| Heavy configuration at `speed=max`: ≥ 2,000 epochs/s while ≥ 30 frames/s | {} epochs/s at {} frames/s (on the page alone: {} at {}) | {} |\n",
        opt(heavy, grouped),
        opt(heavy_fps, |v| format!("{v:.1}")),
        opt(page_heavy, grouped),
        opt(page_heavy_fps, |v| format!("{v:.1}")),
        mark(heavy.zip(heavy_fps).map(|(e, f)| e >= 2000.0 && f >= 30.0)),
    );
    let default = n("max.default.epochs_per_s");
    md += &format!(
        "| Default configuration at `speed=max`: ≥ 10,000 epochs/s | {} epochs/s (on the page alone: {}) | {} |\n",
        opt(default, grouped),
        opt(n("page.default.epochs_per_s"), grouped),
        mark(default.map(|e| e >= 10_000.0)),
    );
    // A row of a run at 1 epoch per frame: its p95 frame time against 16 ms.
    let p95_row = |target: &str, run: &str| {
        let p95 = n(&format!("{run}.work_p95_ms"));
        format!(
            "| {target}: p95 frame time ≤ 16 ms | {} | {} |\n",
            opt(p95, ms),
            mark(p95.map(|v| v <= 16.0)),
        )
    };
    // A row of a run at `speed=max`: its epochs/s against `min` while ≥ 30 frames/s.
    let rate_row = |target: &str, run: &str, min: f64| {
        let (rate, fps) = (n(&format!("{run}.epochs_per_s")), n(&format!("{run}.fps")));
        format!(
            "| {target}: ≥ {} epochs/s while ≥ 30 frames/s | {} epochs/s at {} frames/s | {} |\n",
            grouped(min),
            opt(rate, grouped),
            opt(fps, |v| format!("{v:.1}")),
            mark(rate.zip(fps).map(|(e, f)| e >= min && f >= 30.0)),
        )
    };
    md += &p95_row("Heavy configuration at 1 epoch per frame", "one.heavy");
    md += &rate_row(
        "5-class spiral (6×8 tanh, cross-entropy, Adam) at `speed=max`",
        "max.multi",
        1500.0,
    );
    md += &p95_row("5-class spiral at 1 epoch per frame", "one.multi");
    md += &rate_row(
        "Heavy at `speed=max` with every figure of the panel on screen",
        "max.heavy_panel",
        2000.0,
    );
    md += &p95_row(
        "Heavy at 1 epoch per frame with every figure on screen",
        "one.heavy_panel",
    );
    md += &rate_row(
        "10,000 imported points with 6×16 tanh at `speed=max`",
        "max.imported",
        30.0,
    );
    let (a, b, fps) = (
        n("max.compare.epochs_per_s"),
        n("max.compare.b_epochs_per_s"),
        n("max.compare.fps"),
    );
    md += &format!(
        "| Compare mode with two heavy networks at `speed=max`: each ≥ 1,500 epochs/s | A {} epochs/s, B {} epochs/s, at {} frames/s | {} |\n",
        opt(a, grouped),
        opt(b, grouped),
        opt(fps, |v| format!("{v:.1}")),
        mark(a.zip(b).map(|(a, b)| a.min(b) >= 1500.0)),
    );
    let (frames, clicks, points) = (n("draw.frames_max"), n("draw.clicks"), n("draw.points"));
    md += &format!(
        "| A point drawn while training (heavy, `speed=max`) appears within one frame | {} of {} clicks shown; at most {} drawn without it after the click arrived (from the click to the points' change: median {}, slowest {}) | {} |\n",
        opt(points, |v| format!("{v:.0}")),
        opt(clicks, |v| format!("{v:.0}")),
        opt(frames, |v| if v == 1.0 { "1 frame".into() } else { format!("{v:.0} frames") }),
        opt(n("draw.latency_median_ms"), ms),
        opt(n("draw.latency_max_ms"), ms),
        mark(frames.zip(points.zip(clicks)).map(|(f, (p, c))| f <= 1.0 && p == c && c > 0.0)),
    );
    let gzip = n("download.gzip");
    md += &format!(
        "| Download: ≤ 400 KB gzip | {} in all ({} on load; the training worker comes with the first choice of maximum speed) | {} |\n",
        opt(gzip, kilobytes),
        opt(n("download.initial.gzip"), kilobytes),
        mark(gzip.map(|v| v <= 400_000.0)),
    );
    let growth = |k: &str| {
        let first = n(&format!("memory.{k}_before")).or(n(&format!("memory.{k}_warm")));
        n(&format!("memory.{k}_after"))
            .zip(first)
            .map(|(a, z)| a - z)
    };
    let (wasm, heap, epochs) = (growth("wasm"), growth("cdp_heap"), n("memory.epochs"));
    let worker = growth("worker_wasm");
    let memory = match (wasm.zip(heap), epochs) {
        (Some((w, h)), _) if w.max(h).max(worker.unwrap_or(0.0)) > 5.0 * MB => {
            "**missed**".to_string()
        }
        (Some(_), Some(e)) if e >= MEMORY_EPOCHS => "met".to_string(),
        (Some(_), Some(e)) => format!(
            "not shown: the run reached {} of {} epochs",
            grouped(e),
            grouped(MEMORY_EPOCHS)
        ),
        _ => "not measured".to_string(),
    };
    md += &format!(
        "| Memory after 1,000,000 epochs at `speed=max` (default): wasm memory and JS heap grow ≤ 5 MB | wasm {} (worker's {}), JS heap {} after {} epochs | {memory} |\n",
        opt(wasm, |g| format!("{:+.2} MB", g / MB)),
        opt(worker, |g| format!("{:+.2} MB", g / MB)),
        opt(heap, |g| format!("{:+.2} MB", g / MB)),
        opt(epochs, grouped),
    );
    md
}

fn opt(value: Option<f64>, show: impl Fn(f64) -> String) -> String {
    value
        .filter(|v| v.is_finite())
        .map(show)
        .unwrap_or("–".into())
}

/// `1234567.8` -> `1,234,568`; below 100 one decimal is kept.
fn grouped(value: f64) -> String {
    if value.abs() < 100.0 {
        return format!("{value:.1}");
    }
    let digits = format!("{:.0}", value.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// A derived rate, to three significant digits.
fn rate(value: f64) -> String {
    let step = 10f64.powi((value.abs().log10().floor() as i32 - 2).max(0));
    grouped((value / step).round() * step)
}

/// Nanoseconds with three significant digits in a fitting unit.
fn duration(ns: f64) -> String {
    let (value, unit) = match ns {
        n if n < 1e3 => (n, "ns"),
        n if n < 1e6 => (n / 1e3, "µs"),
        n if n < 1e9 => (n / 1e6, "ms"),
        n => (n / 1e9, "s"),
    };
    let decimals = if value < 10.0 {
        2
    } else if value < 100.0 {
        1
    } else {
        0
    };
    format!("{value:.decimals$} {unit}")
}

fn secs(value: f64) -> String {
    format!("{value:.0} s")
}

fn ms(value: f64) -> String {
    format!("{value:.1} ms")
}

fn kilobytes(bytes: f64) -> String {
    format!("{:.1} KB", bytes / 1e3)
}

fn megabytes(bytes: f64) -> String {
    format!("{:.2} MB", bytes / MB)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criterion_means_are_read_with_their_bounds() {
        let json = r#"{"mean":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.5e3,"upper_bound":2100.25},"point_estimate":1800.0,"standard_error":3.0},"median":{"confidence_interval":{"confidence_level":0.95,"lower_bound":1.0,"upper_bound":2.0},"point_estimate":9.0,"standard_error":1.0}}"#;
        let e = mean_estimate(json).unwrap();
        assert_eq!((e.mean, e.lower, e.upper), (1800.0, 1500.0, 2100.25));
        assert_eq!(mean_estimate(r#"{"median":{}}"#), None);
    }

    #[test]
    fn the_flat_result_is_read_by_key() {
        let flat =
            Flat::parse(r#" {"a":1.5,"a.b":"/x.js","d":null,"e":-2e-3,"f":"v20"} "#).unwrap();
        assert_eq!(flat.num("a"), Some(1.5));
        assert_eq!(flat.text("a.b"), Some("/x.js"));
        assert_eq!(
            (flat.num("d"), flat.num("a.b"), flat.num("zz")),
            (None, None, None)
        );
        assert_eq!(flat.num("e"), Some(-0.002));
        assert_eq!(flat.text("f"), Some("v20"));
        assert!(Flat::parse("Error: boom").is_err());
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(grouped(1_234_567.8), "1,234,568");
        assert_eq!(grouped(100.0), "100");
        assert_eq!(grouped(59.96), "60.0");
        assert_eq!(rate(123_456.0), "123,000");
        assert_eq!(rate(987.6), "988");
        assert_eq!(duration(8_123.0), "8.12 µs");
        assert_eq!(duration(1_234_000.0), "1.23 ms");
        assert_eq!(duration(456.0), "456 ns");
    }

    #[test]
    fn a_missing_browser_run_is_reported_not_invented() {
        let md = targets(&Flat::default());
        assert_eq!(md.matches("not measured").count(), 12);
        let b = Flat::parse(
            r#"{"memory.wasm_before":1e6,"memory.wasm_after":1e6,"memory.cdp_heap_before":1e6,"memory.cdp_heap_after":2e6,"memory.epochs":5000}"#,
        )
        .unwrap();
        assert!(targets(&b).contains("not shown: the run reached 5,000 of 1,000,000 epochs"));
    }
}
