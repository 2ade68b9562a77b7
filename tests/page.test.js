// The first look at the page: it loads cleanly and shows the network's output at epoch 0.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPlayground, paintedShare, textOf } from './support/browser.js';

test('the page loads without errors and shows a heatmap at epoch 000,000', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await openPlayground(t);

  const heatmap = page.getByLabel('Output heatmap', { exact: true });
  await heatmap.waitFor({ state: 'visible', timeout: 20_000 });
  assert.equal(await heatmap.evaluate((el) => el.tagName), 'CANVAS', 'the output heatmap is a canvas');
  // Every pixel painted. (Not "more than one colour": with the random default seed a
  // fresh network's output can be one flat shade.)
  await eventually(() => paintedShare(heatmap), (share) => share === 1, {
    what: 'the output heatmap to be drawn',
  });

  assert.equal(await textOf(page.getByLabel('Epoch', { exact: true })), '000,000');
  for (const name of ['Training loss', 'Test loss']) {
    assert.match(await textOf(page.getByLabel(name, { exact: true })), /^\d+\.\d{3}$/, `${name} shows 3 decimals`);
  }

  // Late failures (a missing file, a panic after the first frame) surface by now.
  await page.waitForLoadState('networkidle');
  assert.deepEqual(errors, [], 'no console errors and no page errors');
});
