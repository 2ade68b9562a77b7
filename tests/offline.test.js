// Offline (issue 10): after the first visit the page works with no network, from the
// service worker's cache (www/sw.js), training included.

import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };

test('after the first visit the page reloads and trains with no network', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '#seed=offline');
  await page.getByLabel('Epoch', { exact: true }).waitFor({ timeout: 20_000 });
  // The service worker has installed (the page and its files are cached) and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(() => page.evaluate(() => caches.keys().then((k) => k.length)), (n) => n > 0, {
    what: 'a cache',
  });
  await page.evaluate(async () => {
    const cache = await caches.open('nn-playground');
    for (let i = 0; i < 200 && (await cache.keys()).length < 6; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.context().setOffline(true);
  await page.reload({ waitUntil: 'load' });
  const epoch = page.getByLabel('Epoch', { exact: true });
  await epoch.waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await eventually(() => textOf(epoch), (e) => e === '000,001', { what: 'a step offline' });
  // Maximum speed needs the training worker's files: cached too.
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'As fast as possible' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await eventually(async () => Number((await textOf(epoch)).replace(/,/g, '')), (n) => n > 50, {
    timeout: 20_000,
    what: 'training offline',
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.context().setOffline(false);
  assert.deepEqual(errors, []);
});

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

/** Serves `dir` on a free port of 127.0.0.1; resolves to its base URL and a closer. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = join(dir, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

test('a page published again after the first visit says a newer version is available, and Reload brings it', OPTIONS, async (t) => {
  // A copy of the built page on a server of the test's own, so that the test can publish
  // a new version: the same files with a changed index.html.
  const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
  const dir = await mkdtemp(join(tmpdir(), 'nn-playground-update-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp(dist, dir, { recursive: true });
  const server = await serve(dir);
  t.after(server.close);

  const { page, errors } = await openPlayground(t, 'about:blank');
  await page.goto(`${server.url}#seed=update`);
  await page.getByLabel('Epoch', { exact: true }).waitFor({ timeout: 20_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(() => page.evaluate(() => caches.open('nn-playground').then((c) => c.match('./')).then(Boolean)), (v) => v, {
    what: 'the page cached',
  });
  const note = page.getByRole('status').filter({ hasText: 'A newer version is available.' });
  assert.equal(await note.count(), 0, 'no note for the version the page came with');
  await page.reload({ waitUntil: 'load' });
  await page.getByLabel('Epoch', { exact: true }).waitFor({ timeout: 20_000 });
  assert.equal(await note.count(), 0, 'none on a reload of the same version');

  // Publish a new build: a file under a new hashed name, and a changed index.html.
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  const style = html.match(/href="\.\/(style-[0-9a-f]+\.css)"/)?.[1];
  assert.ok(style && html.includes('</head>'), 'a hashed style sheet and a head');
  await cp(join(dir, style), join(dir, 'style-0123456789abcdef.css'));
  await writeFile(index, html.replace(style, 'style-0123456789abcdef.css').replace('</head>', '<meta name="x-published" content="again"></head>'));
  await page.reload({ waitUntil: 'load' });
  await note.waitFor({ timeout: 20_000 });
  await note.getByRole('button', { name: 'Reload', exact: true }).click();
  await page.getByLabel('Epoch', { exact: true }).waitFor({ timeout: 20_000 });
  // The reload is answered with the new version from the cache.
  const published = () => page.evaluate(() => document.querySelector('meta[name="x-published"]')?.content ?? null);
  await eventually(published, (v) => v === 'again', { what: 'the new version' });
  assert.deepEqual(errors, []);
});
