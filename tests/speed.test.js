// The speed control: from the original's one epoch per frame to as fast as the frame allows.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { epochNumber, eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };

async function ready(t, path = '', options = {}) {
  const opened = await openPlayground(t, path, options);
  const epoch = opened.page.getByLabel('Epoch', { exact: true });
  await epoch.waitFor({ state: 'visible', timeout: 20_000 });
  return { ...opened, epoch };
}

/** Epochs per second over `ms` while playing, read from the visible counter. */
async function measuredRate(page, epoch, ms) {
  const before = epochNumber(await textOf(epoch));
  const t0 = Date.now();
  await sleep(ms);
  const after = epochNumber(await textOf(epoch));
  return ((after - before) * 1000) / (Date.now() - t0);
}

test('maximum speed trains more than 100 epochs a second and shows its rate', OPTIONS, async (t) => {
  const { page, errors, epoch } = await ready(t);
  const speed = page.getByLabel('Speed', { exact: true });
  assert.equal(page.workers().length, 0, 'no training worker until maximum speed is chosen');
  await speed.selectOption({ label: 'As fast as possible' });
  await eventually(() => page.workers().length, (n) => n === 1, { what: 'the training worker to start' });
  await eventually(() => page.evaluate(() => location.hash), (h) => h.includes('speed=max'), {
    what: 'the link to carry speed=max',
  });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await sleep(1_500);
  const rate = await measuredRate(page, epoch, 3_000);
  assert.ok(rate > 100, `only ${rate.toFixed(0)} epochs/s at maximum speed`);
  // The page reports a rate of the same order as the one measured from outside.
  const shown = await eventually(
    () => textOf(page.getByLabel('Training rate', { exact: true })),
    (text) => /\d/.test(text),
    { what: 'the training rate to be shown' },
  );
  const shownRate = Number(shown.replace(/[^\d]/g, ''));
  assert.ok(shownRate > rate / 4 && shownRate < rate * 4, `shown "${shown}" vs measured ${rate.toFixed(0)}`);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  assert.deepEqual(errors, []);
});

test('a fixed pace trains that many epochs per frame, and the default is one', OPTIONS, async (t) => {
  const { page, errors, epoch } = await ready(t, '#seed=pace');
  const speed = page.getByLabel('Speed', { exact: true });
  assert.equal(await speed.locator('option:checked').innerText(), '1 epoch per frame');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const slow = await measuredRate(page, epoch, 2_000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // The original's pace: one epoch per animation frame, at most about 60 a second.
  assert.ok(slow > 5 && slow <= 75, `${slow.toFixed(1)} epochs/s at one epoch per frame`);

  await speed.selectOption({ label: '50 epochs per frame' });
  const before = epochNumber(await textOf(epoch));
  assert.ok(before > 0, 'changing the speed does not reset');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await eventually(() => textOf(epoch), (text) => epochNumber(text) >= before + 500, {
    what: 'fifty epochs per frame to pass 500 epochs quickly',
    timeout: 10_000,
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // Counts advance in whole frames of 50.
  assert.equal((epochNumber(await textOf(epoch)) - before) % 50, 0);
  assert.deepEqual(errors, []);
});

test('at maximum speed a worker trains; Reset, Pause and changes while playing are never undone by it', OPTIONS, async (t) => {
  const { page, errors, epoch } = await ready(t, '#seed=worker&speed=max&batchSize=7');
  await eventually(() => page.workers().length, (n) => n === 1, { what: 'the training worker to start' });
  const button = (name) => page.getByRole('button', { name, exact: true });
  await button('Play').click();
  await eventually(() => textOf(epoch), (text) => epochNumber(text) > 300, { what: 'training in the worker' });

  // A live setting while playing: training goes on from where it was, with the new rate.
  const before = epochNumber(await textOf(epoch));
  await page.getByLabel('Learning rate', { exact: true }).selectOption({ label: '0.1' });
  await eventually(() => page.evaluate(() => location.hash), (h) => h.includes('learningRate=0.1&'), {
    what: 'the new rate in the link',
  });
  await eventually(() => textOf(epoch), (text) => epochNumber(text) > before + 300, { what: 'training to go on' });
  assert.equal(await button('Pause').count(), 1, 'still playing');

  // Reset while the worker is mid-run: nothing it posts afterwards comes back.
  await button('Reset').click();
  await eventually(() => textOf(epoch), (text) => text === '000,000', { what: 'the reset' });
  await sleep(1_000);
  assert.equal(await textOf(epoch), '000,000', 'no late progress from the worker after Reset');
  assert.equal(await button('Play').count(), 1, 'Reset pauses');

  // Pause: the counter stops where it is, and Step goes on from exactly there.
  await button('Play').click();
  await eventually(() => textOf(epoch), (text) => epochNumber(text) > 300, { what: 'training again' });
  await button('Pause').click();
  await sleep(500);
  const paused = await textOf(epoch);
  await sleep(1_000);
  assert.equal(await textOf(epoch), paused, 'paused training stays paused');
  await button('Step').click();
  await eventually(() => textOf(epoch), (text) => epochNumber(text) === epochNumber(paused) + 1, {
    what: 'Step to continue from the paused epoch',
  });
  assert.deepEqual(errors, []);
});

test('with ?trainer=page the page trains by itself at maximum speed', OPTIONS, async (t) => {
  const { page, errors, epoch } = await ready(t, '?trainer=page#seed=page&speed=max');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await sleep(1_000);
  const rate = await measuredRate(page, epoch, 2_000);
  assert.ok(rate > 100, `only ${rate.toFixed(0)} epochs/s on the page`);
  assert.equal(page.workers().length, 0, 'no worker was started');
  assert.deepEqual(errors, []);
});

test('if the worker cannot load, maximum speed trains on the page and the console says why', OPTIONS, async (t) => {
  const { page, errors, epoch } = await ready(t, '#seed=noworker&speed=max', { serviceWorkers: 'block' });
  // (The route is set after the first load; reload so the page starts its worker under it.)
  await page.route('**/trainer_loader.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const warnings = [];
  page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  await page.reload();
  await epoch.waitFor({ state: 'visible', timeout: 20_000 });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await sleep(1_000);
  const rate = await measuredRate(page, epoch, 2_000);
  assert.ok(rate > 100, `only ${rate.toFixed(0)} epochs/s without the worker`);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  assert.ok(warnings.some((w) => w.includes('training on the page instead')), `warnings: ${warnings}`);
  // The only problems are the missing file itself; the app carried on.
  assert.ok(
    errors.every((e) => e.includes('trainer_loader.js') || e.includes('404')),
    `unexpected errors: ${errors.join(' | ')}`,
  );
});
