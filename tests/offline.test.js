// Offline (issue 10): after the first visit the page works with no network, from the
// service worker's cache (www/sw.js), training included.

import assert from 'node:assert/strict';
import { test } from 'node:test';
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
