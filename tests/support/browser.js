// Opens the built playground in headless Chromium and records what goes wrong on the page.
//
// The browser is the system's /usr/bin/chromium (playwright-core never downloads one here),
// started with the flags of TOOLCHAIN.md §3 and a fresh profile for every page.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The page under test; `cargo xtask test` sets it, `cargo xtask serve` uses the default. */
export const BASE_URL = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:8080/';

const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling the closed network.
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where each test leaves a picture of the page as it ended (ignored by git). */
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * Launches Chromium with a fresh user-data dir and opens `path` (relative to BASE_URL) for
 * the test `t`. When the test ends, a screenshot goes to tests/screenshots/ and the browser
 * closes. Returns the page and the errors seen on it (a live array: console errors, page
 * errors and failed HTTP responses).
 */
export async function openPlayground(t, path = '', { serviceWorkers = 'allow' } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'playground-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    // 'block' keeps the offline cache (www/sw.js) out, for tests that stub files with
    // page.route (a service worker's answers bypass routes).
    serviceWorkers,
  });
  const errors = [];
  const page = context.pages()[0] ?? (await context.newPage());
  t.after(async () => {
    const file = `${t.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`;
    await mkdir(SCREENSHOTS, { recursive: true });
    await page
      .screenshot({ path: join(SCREENSHOTS, file), fullPage: true, timeout: 5_000 })
      .catch((e) => console.error(`no screenshot: ${e.message}`));
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('crash', () => errors.push('page crashed'));
  await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
  return { page, errors };
}

/**
 * Polls `read` until `accept(value)` holds and returns that value; on timeout throws with
 * the last value seen, so a failure says what the page showed instead.
 */
export async function eventually(read, accept, { timeout = 10_000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last saw ${JSON.stringify(last)}`);
    }
    await sleep(50);
  }
}

/** "001,234" -> 1234. */
export function epochNumber(text) {
  if (!/^\d{1,3}(,\d{3})+$/.test(text)) throw new Error(`not an epoch counter: ${JSON.stringify(text)}`);
  return Number(text.replaceAll(',', ''));
}

/** The visible text of a locator, trimmed. */
export async function textOf(locator) {
  return (await locator.innerText()).trim();
}

/**
 * Counts of a canvas's pixels, read in the page: how many different colours it shows
 * (counting stops at `cap`), how many pixels are not fully transparent, and for each of
 * `wanted` ([r, g, b]) whether some pixel is within 30 of it (summed over the channels).
 * The canvas is copied into a scratch 2D canvas first, so this works whatever context the
 * page draws with.
 */
function canvasCounts(canvas, cap, wanted = []) {
  return canvas.evaluate((el, [cap, wanted]) => {
    if (!(el instanceof HTMLCanvasElement) || el.width === 0 || el.height === 0) {
      return { colours: 0, painted: 0, dark: 0, pixels: 0, found: wanted.map(() => false) };
    }
    const copy = document.createElement('canvas');
    copy.width = el.width;
    copy.height = el.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(el, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const pixels = new Uint32Array(data.buffer);
    const seen = new Set();
    let painted = 0;
    let dark = 0;
    const found = wanted.map(() => false);
    for (let i = 0; i < pixels.length; i++) {
      if (seen.size < cap) seen.add(pixels[i]);
      if (data[4 * i + 3] > 0) painted++;
      if (data[4 * i + 3] > 128 && data[4 * i] + data[4 * i + 1] + data[4 * i + 2] < 3 * 160) dark++;
      wanted.forEach(([r, g, b], k) => {
        const d = Math.abs(data[4 * i] - r) + Math.abs(data[4 * i + 1] - g) + Math.abs(data[4 * i + 2] - b);
        if (d < 30) found[k] = true;
      });
    }
    return { colours: seen.size, painted, dark, pixels: pixels.length, found };
  }, [cap, wanted]);
}

/** For each colour [r, g, b], whether some pixel of the canvas shows it (within 30). */
export async function showsColours(canvas, colours) {
  return (await canvasCounts(canvas, 0, colours)).found;
}

/** How many of a canvas's pixels are dark ink (axes, labels, curves): mostly opaque and
 * darker than mid grey. */
export async function darkPixels(canvas) {
  return (await canvasCounts(canvas, 0)).dark;
}

/** How many different colours a canvas shows (counting stops at `cap`). */
export async function distinctColours(canvas, cap = 64) {
  return (await canvasCounts(canvas, cap)).colours;
}

/**
 * The share of a canvas's pixels that are not fully transparent: 0 for a canvas nothing
 * was drawn on, 1 for a heatmap painted edge to edge. Unlike counting colours, this does not
 * depend on what the network shows (a fresh network's output can be one flat shade).
 */
export async function paintedShare(canvas) {
  const { painted, pixels } = await canvasCounts(canvas, 0);
  return pixels === 0 ? 0 : painted / pixels;
}
