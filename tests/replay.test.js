// Runs that can be replayed (issue 10): Reset keeps the starting weights, New weights draws
// the next ones and the link records it, so a shared link reproduces what is on screen.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 60_000 };

async function ready(t, hash) {
  const opened = await openPlayground(t, hash);
  await opened.page.getByLabel('Epoch', { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return opened;
}

/** Both losses as the page shows them. */
async function losses(page) {
  return [
    await textOf(page.getByLabel('Training loss', { exact: true })),
    await textOf(page.getByLabel('Test loss', { exact: true })),
  ];
}

async function stepAndReset(page, button) {
  const epoch = page.getByLabel('Epoch', { exact: true });
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await eventually(() => textOf(epoch), (e) => e === '000,003', { what: 'epoch 3' });
  await page.getByRole('button', { name: button, exact: true }).click();
  await eventually(() => textOf(epoch), (e) => e === '000,000', { what: `epoch 0 after ${button}` });
}

test('Reset twice gives the same start; New weights changes it and the link reproduces it', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=replay&networkShape=4,2');
  const start = await losses(page);
  await stepAndReset(page, 'Reset');
  assert.deepEqual(await losses(page), start, 'the first Reset');
  await stepAndReset(page, 'Reset');
  assert.deepEqual(await losses(page), start, 'the second Reset');
  assert.doesNotMatch(new URL(page.url()).hash, /draws=/);

  await stepAndReset(page, 'New weights');
  const drawn = await losses(page);
  assert.notDeepEqual(drawn, start);
  await eventually(() => new URL(page.url()).hash, (h) => /draws=1(&|$)/.test(h), { what: 'draws=1 in the link' });
  await stepAndReset(page, 'Reset');
  assert.deepEqual(await losses(page), drawn, 'Reset keeps the new weights');

  // A student opening the shared link sees the same start.
  const shared = await ready(t, new URL(page.url()).hash);
  assert.deepEqual(await losses(shared.page), drawn);
  assert.deepEqual(errors, []);
  assert.deepEqual(shared.errors, []);
});
