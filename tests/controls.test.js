// The player controls, driven as a person would: by the buttons' names.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { epochNumber, eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 60_000 };

/** Opens the page and waits until the app has rendered its controls. */
async function ready(t) {
  const opened = await openPlayground(t);
  const { page } = opened;
  const epoch = page.getByLabel('Epoch', { exact: true });
  await epoch.waitFor({ state: 'visible', timeout: 20_000 });
  const button = (name) => page.getByRole('button', { name, exact: true });
  return { ...opened, epoch, button };
}

/** The epoch counter's value once it has stopped changing. */
async function settledEpoch(epoch) {
  let before = await textOf(epoch);
  for (;;) {
    await sleep(500);
    const now = await textOf(epoch);
    if (now === before) return now;
    before = now;
  }
}

test('Play trains: the epoch advances and the training loss changes; Pause stops it', OPTIONS, async (t) => {
  const { page, errors, epoch, button } = await ready(t);
  const loss = page.getByLabel('Training loss', { exact: true });
  const lossBefore = await textOf(loss);
  assert.match(lossBefore, /^\d+\.\d{3}$/);
  assert.equal(await textOf(epoch), '000,000');

  await button('Play').click();
  await button('Pause').waitFor({ timeout: 5_000 });
  assert.equal(await button('Play').count(), 0, 'while playing, the button is named Pause');
  await eventually(() => textOf(epoch), (text) => epochNumber(text) > 0, { what: 'the epoch to advance' });
  await eventually(() => textOf(loss), (text) => text !== lossBefore, {
    timeout: 20_000,
    what: `the training loss to move away from ${lossBefore}`,
  });

  await button('Pause').click();
  await button('Play').waitFor({ timeout: 5_000 });
  const paused = await settledEpoch(epoch);
  await sleep(1_000);
  assert.equal(await textOf(epoch), paused, 'paused training stays paused');
  assert.deepEqual(errors, []);
});

test('Step advances the epoch by exactly one', OPTIONS, async (t) => {
  const { errors, epoch, button } = await ready(t);
  assert.equal(await textOf(epoch), '000,000');

  await button('Step').click();
  await eventually(() => textOf(epoch), (text) => text !== '000,000', { what: 'the epoch to change' });
  await sleep(500);
  assert.equal(await textOf(epoch), '000,001');
  assert.equal(await button('Play').count(), 1, 'stepping does not start playing');
  assert.deepEqual(errors, []);
});

test('Reset returns the epoch counter to 000,000', OPTIONS, async (t) => {
  const { errors, epoch, button } = await ready(t);
  await button('Step').click();
  await button('Step').click();
  await eventually(() => textOf(epoch), (text) => text === '000,002', { what: 'two steps' });

  await button('Reset').click();
  await eventually(() => textOf(epoch), (text) => text === '000,000', { what: 'the counter to reset' });
  assert.deepEqual(errors, []);
});
