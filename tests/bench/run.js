// In-browser benchmarks of the built playground, run by `cargo xtask bench`.
//
// Not a test: `node --test` only picks up *.test.js, test-*.js, test.js and files in test/
// folders, so it never runs this. Everything is measured from outside the app, the way a
// person would see it: the epoch counter's text, animation frames, the browser's heap and the
// module's WebAssembly.Memory. Nothing here asserts a target; the numbers are reported as
// they are.
//
// Progress goes to stderr. The last line on stdout is one flat JSON object (string keys,
// number / string / null values) that crates/xtask/src/bench.rs reads.
//
//   PLAYGROUND_URL     the served dist/ (default http://127.0.0.1:8080/)
//   CHROMIUM           the browser (default /usr/bin/chromium)
//   BENCH_WINDOW_S     length of each measured window (default 10)
//   BENCH_ONLY         comma-separated rows to run (e.g. one.heavy,page.heavy), for a quick
//                      look; `cargo xtask bench` runs them all
//   BENCH_MEMORY_EPOCHS, BENCH_MEMORY_CAP_S
//                      the memory run stops at this epoch or after this long (1000000, 180)

import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BASE_URL, CHROMIUM_FLAGS, epochNumber } from '../support/browser.js';

const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WINDOW_S = Number(process.env.BENCH_WINDOW_S ?? 10);
const MEMORY_EPOCHS = Number(process.env.BENCH_MEMORY_EPOCHS ?? 1_000_000);
const MEMORY_CAP_S = Number(process.env.BENCH_MEMORY_CAP_S ?? 180);
const WARM_UP_MS = 2_000;
/** A window tall enough to show the whole page, the panel's five figures included. */
const PANEL_HEIGHT = 2_300;

// The flags of support/browser.js (TOOLCHAIN.md §3), plus precise heap figures and no
// throttling of a page nobody looks at.
const FLAGS = [
  ...CHROMIUM_FLAGS,
  '--enable-precise-memory-info',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** The two configurations of the issue, as URL hashes (the same as crates/nn-core/benches). */
const CONFIGS = {
  default: 'seed=bench',
  heavy:
    'seed=bench&dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&batchSize=10' +
    '&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true',
  // Ours: 5-class spiral, 6×8 tanh, cross-entropy, Adam.
  multi: 'seed=bench&problem=multiclass&classes=5&multiDataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&loss=crossentropy&optimizer=adam&learningRate=0.003&batchSize=10',
  // Ours (issue 11): 10,000 imported points (see importPoints), 6×16 tanh.
  imported: 'seed=bench&networkShape=16,16,16,16,16,16&activation=tanh&batchSize=10',
};
// Ours (issue 11): compare mode with two heavy networks, B learning at 0.01 (A at 0.03).
CONFIGS.compare = `${CONFIGS.heavy}&compare=learningRate:0.01`;

/** 10,000 points of two interleaved spirals with some scatter, labels ±1, as CSV text. */
function spiralsCsv() {
  let s = 7;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const rows = ['x,y,label'];
  for (let i = 0; i < 10_000; i += 1) {
    const label = i % 2 ? 1 : -1;
    const r = (5 * (i >> 1)) / 5_000;
    const t = 1.75 * r * 2 * Math.PI + (label > 0 ? Math.PI : 0);
    const x = r * Math.sin(t) + (random() - 0.5) * 0.6;
    const y = r * Math.cos(t) + (random() - 0.5) * 0.6;
    rows.push(`${x.toFixed(3)},${y.toFixed(3)},${label}`);
  }
  return `${rows.join('\n')}\n`;
}

/** Imports the 10,000 points with Import CSV, as a person would. */
async function importPoints(page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
  await (await chooser).setFiles({ name: 'spirals.csv', mimeType: 'text/csv', buffer: Buffer.from(spiralsCsv()) });
  await page.getByRole('button', { name: 'Use this data', exact: true }).click();
  await page.getByText('Your data is in use (10000 points).').waitFor({ timeout: 10_000 });
}

/**
 * Runs in the page before its own scripts: keeps the wasm module's memory as it is
 * instantiated, and records every animation frame while `__bench.recording` is set: its rAF
 * timestamp (for the intervals) and its cost. This callback is registered before the app's,
 * so it runs first in every frame; the cost runs from its start until a message it posts
 * arrives, which is after every rAF callback, style, layout and paint of that frame.
 */
function instrument() {
  const bench = { recording: false, starts: [], works: [], memory: null };
  window.__bench = bench;
  const keep = (result) => {
    const memory = (result?.instance ?? result)?.exports?.memory;
    if (memory instanceof WebAssembly.Memory) bench.memory = memory;
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep);
    };
  }
  addEventListener('TrunkApplicationStarted', (e) => keep({ exports: e.detail?.wasm }));
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => {
    if (bench.recording) bench.works.push(performance.now() - e.data);
  };
  const tick = (t) => {
    if (bench.recording) {
      bench.starts.push(t);
      channel.port2.postMessage(performance.now());
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const log = (...args) => console.error('[bench]', ...args);

/** Nearest-rank percentile of unsorted numbers; null when there are none. */
function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Opens `hash` with `speed` in a fresh context, once the app shows its epoch counter. The
 * window is `height` pixels tall: 900 shows the playground, PANEL_HEIGHT the whole page
 * with the "Inside the network" panel and its figures.
 */
async function open(browser, hash, speed, onResponse, query = '', height = 900) {
  const context = await browser.newContext({ viewport: { width: 1280, height } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(`console: ${msg.text()}`));
  page.on('crash', () => errors.push('page crashed'));
  if (onResponse) page.on('response', onResponse);
  await page.goto(new URL(`index.html${query}#${hash}&speed=${speed}`, BASE_URL).href, { waitUntil: 'load' });
  // The top bar's (compare mode's cards have one each too).
  const epoch = page.getByLabel('Epoch', { exact: true }).first();
  await epoch.waitFor({ state: 'visible', timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, epoch, errors, cdp };
}

async function play(page) {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page
    .getByRole('button', { name: 'Pause', exact: true })
    .waitFor({ timeout: 5_000 })
    .catch(() => log('no Pause button appeared after Play'));
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * Plays `hash` at `speed` and measures a window of WINDOW_S seconds after a warm-up.
 * `query` is the page address's query (`?trainer=page` keeps training on the page).
 */
async function measure(browser, prefix, hash, speed, query = '', height = 900, setup = null) {
  log(`${prefix}: ${query} speed=${speed}, ${WARM_UP_MS / 1000} s warm-up, then ${WINDOW_S} s`);
  const { context, page, epoch, errors, cdp } = await open(browser, hash, speed, undefined, query, height);
  try {
    if (setup) await setup(page);
    if (height === PANEL_HEIGHT) {
      // Every figure of the panel must be on screen, or it would not draw.
      const figures = page.locator('.inside-figure');
      const shown = await figures.evaluateAll((els) =>
        els.filter((el) => el.getBoundingClientRect().bottom <= innerHeight).length,
      );
      log(`${prefix}: ${shown} of ${await figures.count()} figures on screen`);
    }
    // Compare mode: network B's epoch counter, read at both ends of the window too.
    const other = hash.includes('compare=')
      ? page.getByRole('region', { name: 'Network B', exact: true }).getByLabel('Epoch', { exact: true })
      : null;
    await play(page);
    await sleep(WARM_UP_MS);
    const otherStart = other ? epochNumber((await other.innerText()).trim()) : null;
    const m0 = await metrics(cdp);
    const start = await epoch.evaluate((el) => {
      Object.assign(window.__bench, { starts: [], works: [], recording: true });
      return { text: el.innerText.trim(), t: performance.now() };
    });
    await sleep(WINDOW_S * 1_000);
    const end = await epoch.evaluate((el) => {
      const b = window.__bench;
      b.recording = false;
      return { text: el.innerText.trim(), t: performance.now(), starts: b.starts, works: b.works };
    });
    const m1 = await metrics(cdp);
    const otherEnd = other ? epochNumber((await other.innerText()).trim()) : null;
    const seconds = (end.t - start.t) / 1_000;
    const epochs = epochNumber(end.text) - epochNumber(start.text);
    const intervals = end.starts.slice(1).map((t, i) => t - end.starts[i]);
    const frames = end.starts.length;
    const out = {
      seconds,
      epochs,
      epochs_per_s: epochs / seconds,
      frames,
      fps: frames / seconds,
      epochs_per_frame: frames > 0 ? epochs / frames : null,
      interval_median_ms: percentile(intervals, 50),
      interval_p95_ms: percentile(intervals, 95),
      work_median_ms: percentile(end.works, 50),
      work_p95_ms: percentile(end.works, 95),
      work_max_ms: percentile(end.works, 100),
      busy_pct: (100 * (m1.TaskDuration - m0.TaskDuration)) / seconds,
      script_pct: (100 * (m1.ScriptDuration - m0.ScriptDuration)) / seconds,
      errors: errors.length,
      workers: page.workers().length,
      ...(other ? { b_epochs_per_s: (otherEnd - otherStart) / seconds } : {}),
    };
    log(`${prefix}:`, JSON.stringify(out));
    if (errors.length > 0) log(`${prefix}: errors on the page:`, errors.join(' | '));
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [`${prefix}.${k}`, v]));
  } finally {
    await context.close();
  }
}

/**
 * Drawing while the heavy configuration trains at maximum speed: 20 clicks on the map, each
 * timed from the moment the browser received its pointerdown (the event's timeStamp) to the
 * change of the points count, which the same task's render makes together with the
 * repainted points. Frames drawn without the point are the animation-frame callbacks that
 * ran in between (timed when they ran, by a loop of our own): the point shows in the first
 * frame drawn after that change.
 */
async function drawRun(browser) {
  log('draw: heavy at speed=max, 20 points drawn');
  const { context, page, errors } = await open(browser, CONFIGS.heavy, 'max');
  try {
    await play(page);
    await sleep(WARM_UP_MS);
    await page.getByRole('button', { name: 'Draw', exact: true }).click();
    await page.locator('.draw-count').waitFor();
    await page.evaluate(() => {
      const b = window.__bench;
      Object.assign(b, { starts: [], works: [], recording: true, downs: [], shown: [], drawn: [] });
      window.addEventListener('pointerdown', (e) => b.downs.push(e.timeStamp), true);
      const loop = () => {
        b.drawn.push(performance.now());
        if (b.recording) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      const count = document.querySelector('.draw-count');
      new MutationObserver(() => b.shown.push(performance.now())).observe(count, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const box = await page.locator('canvas.plot-points').boundingBox();
    for (let i = 0; i < 20; i += 1) {
      const x = box.x + box.width * (0.1 + 0.04 * i);
      const y = box.y + box.height * (0.5 + 0.3 * Math.sin(i));
      await page.mouse.click(x, y);
      await sleep(250);
    }
    const { downs, shown, drawn } = await page.evaluate(() => {
      window.__bench.recording = false;
      return window.__bench;
    });
    const latencies = [];
    const frames = [];
    for (const down of downs) {
      const seen = shown.find((t) => t >= down);
      if (seen === undefined) continue;
      latencies.push(seen - down);
      frames.push(drawn.filter((t) => t > down && t <= seen).length);
    }
    const out = {
      points: latencies.length,
      clicks: downs.length,
      latency_median_ms: percentile(latencies, 50),
      latency_max_ms: percentile(latencies, 100),
      frames_max: frames.length ? Math.max(...frames) : null,
      errors: errors.length,
    };
    log('draw:', JSON.stringify(out));
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [`draw.${k}`, v]));
  } finally {
    await context.close();
  }
}

/** JS heap after a full collection, and the wasm memory size, in bytes. */
async function memorySample(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const inPage = await page.evaluate(() => ({
    wasm: window.__bench.memory?.buffer.byteLength ?? null,
    heap: performance.memory?.usedJSHeapSize ?? null,
  }));
  // The training worker's module memory (it exposes it for this; see trainer/worker.rs).
  const workers = await Promise.all(
    page.workers().map((w) => w.evaluate(() => globalThis.__trainerMemory?.buffer.byteLength ?? null)),
  );
  const known = workers.filter((bytes) => bytes !== null);
  const worker_wasm = known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
  return { cdp_heap: usedSize, js_heap: inPage.heap, wasm: inPage.wasm, worker_wasm };
}

/** The default configuration at maximum speed until MEMORY_EPOCHS or MEMORY_CAP_S. */
async function memoryRun(browser) {
  log(`memory: default config, speed=max, until epoch ${MEMORY_EPOCHS} or ${MEMORY_CAP_S} s`);
  const { context, page, epoch, errors, cdp } = await open(browser, CONFIGS.default, 'max');
  try {
    const before = await memorySample(page, cdp);
    const started = Date.now();
    await play(page);
    await sleep(5_000);
    const warm = await memorySample(page, cdp);
    let reached = 0;
    for (let polls = 0; (Date.now() - started) / 1_000 < MEMORY_CAP_S; polls++) {
      reached = epochNumber((await epoch.innerText()).trim());
      if (reached >= MEMORY_EPOCHS) break;
      const elapsed = Math.round((Date.now() - started) / 1_000);
      if (polls % 30 === 0) log(`memory: epoch ${reached} after ${elapsed} s`);
      await sleep(1_000);
    }
    const seconds = (Date.now() - started) / 1_000;
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    await pause.click({ timeout: 5_000 }).catch(() => log('memory: no Pause button to press'));
    await sleep(500);
    reached = epochNumber((await epoch.innerText()).trim());
    const after = await memorySample(page, cdp);
    log('memory:', JSON.stringify({ reached, seconds, before, warm, after }));
    const out = { epochs: reached, seconds, target_epochs: MEMORY_EPOCHS, cap_s: MEMORY_CAP_S };
    out.errors = errors.length;
    for (const [when, sample] of Object.entries({ before, warm, after })) {
      for (const [what, bytes] of Object.entries(sample)) out[`${what}_${when}`] = bytes;
    }
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [`memory.${k}`, v]));
  } finally {
    await context.close();
  }
}

/** Every file the page fetches from the server while it loads, with raw and gzip -9 sizes. */
async function downloads(browser) {
  const files = new Map();
  const pending = [];
  const origin = new URL(BASE_URL).origin;
  const onResponse = (res) => {
    const url = new URL(res.url());
    if (url.origin !== origin || res.status() !== 200) return;
    const size = (body) =>
      files.set(url.pathname, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    pending.push(res.body().then(size, (e) => log(`no body for ${url.pathname}: ${e.message}`)));
  };
  const { context, page } = await open(browser, CONFIGS.default, '1', onResponse);
  let initial = 0;
  try {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    initial = files.size;
    // Then what choosing maximum speed adds: the training worker.
    await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'As fast as possible' });
    await sleep(500);
    await page.waitForLoadState('networkidle');
    await sleep(500);
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  const out = {
    'download.count': files.size,
    'download.raw': 0,
    'download.gzip': 0,
    'download.initial.raw': 0,
    'download.initial.gzip': 0,
  };
  [...files].forEach(([path, { raw, gzip }], i) => {
    out[`download.${i}.file`] = path;
    out[`download.${i}.raw`] = raw;
    out[`download.${i}.gzip`] = gzip;
    out[`download.${i}.later`] = i >= initial ? 1 : 0;
    out['download.raw'] += raw;
    out['download.gzip'] += gzip;
    if (i < initial) {
      out['download.initial.raw'] += raw;
      out['download.initial.gzip'] += gzip;
    }
  });
  log('download:', JSON.stringify(out));
  return out;
}

const browser = await chromium.launch({ executablePath: EXECUTABLE, headless: true, args: FLAGS });
try {
  const result = {
    chromium: browser.version(),
    node: process.version,
    window_s: WINDOW_S,
    warm_up_s: WARM_UP_MS / 1_000,
  };
  const only = process.env.BENCH_ONLY?.split(',');
  const wanted = (name) => !only || only.includes(name);
  if (wanted('download')) Object.assign(result, await downloads(browser));
  const rows = [
    ['max.default', CONFIGS.default, 'max', ''],
    ['max.heavy', CONFIGS.heavy, 'max', ''],
    ['page.default', CONFIGS.default, 'max', '?trainer=page'],
    ['page.heavy', CONFIGS.heavy, 'max', '?trainer=page'],
    ['one.default', CONFIGS.default, '1', ''],
    ['one.heavy', CONFIGS.heavy, '1', ''],
    ['max.multi', CONFIGS.multi, 'max', ''],
    ['one.multi', CONFIGS.multi, '1', ''],
    ['max.heavy_panel', CONFIGS.heavy, 'max', '', PANEL_HEIGHT],
    ['one.heavy_panel', CONFIGS.heavy, '1', '', PANEL_HEIGHT],
    ['max.imported', CONFIGS.imported, 'max', '', 900, importPoints],
    ['max.compare', CONFIGS.compare, 'max', ''],
  ];
  for (const [name, hash, speed, query, height, setup] of rows) {
    if (wanted(name)) Object.assign(result, await measure(browser, name, hash, speed, query, height, setup));
  }
  if (wanted('draw')) Object.assign(result, await drawRun(browser));
  if (wanted('memory')) Object.assign(result, await memoryRun(browser));
  for (const [k, v] of Object.entries(result)) {
    if (typeof v === 'number' && !Number.isFinite(v)) result[k] = null;
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
