// The Timeline (issue 11): after training, the slider under the loss chart shows the run
// as it was at an earlier epoch (its losses), comes forward again to where it got, and
// Continue from here trains on from the epoch shown.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { epochNumber, eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };

test('the timeline shows an earlier epoch with its loss, and branches from it', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '#seed=timeline&dataset=xor&speed=5');
  const epochLabel = page.getByLabel('Epoch', { exact: true });
  await epochLabel.waitFor({ timeout: 20_000 });
  const epoch = () => textOf(epochLabel).then(epochNumber);
  const testLoss = () => textOf(page.getByLabel('Test loss', { exact: true }));
  const startLoss = await testLoss();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await eventually(epoch, (e) => e >= 400, { what: '400 epochs' });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const reached = await epoch();
  const endLoss = await testLoss();
  assert.notEqual(endLoss, startLoss);

  const timeline = page.getByRole('slider', { name: 'Timeline', exact: true });
  await timeline.focus();
  await page.keyboard.press('Home');
  await eventually(epoch, (e) => e === 0, { what: 'epoch 0 shown' });
  assert.equal(await testLoss(), startLoss, "epoch 0's test loss");
  assert.equal(await timeline.getAttribute('aria-valuetext'), 'Epoch 0');
  await page.getByRole('status').filter({ hasText: `Looking back at epoch 0; the run reached epoch ${reached}` }).waitFor();

  // Forward to the end: the run as it was paused.
  await page.keyboard.press('End');
  await eventually(epoch, (e) => e === reached, { what: 'the last epoch again' });
  assert.equal(await testLoss(), endLoss);

  // Back to the middle, then Continue from here.
  await page.keyboard.press('Home');
  const max = Number(await timeline.getAttribute('max'));
  for (let i = 0; i < Math.floor(max / 2); i += 1) await page.keyboard.press('ArrowRight');
  const middle = await eventually(epoch, (e) => e > 0 && e < reached, { what: 'a middle epoch' });
  await page.getByRole('button', { name: 'Continue from here', exact: true }).click();
  const after = await eventually(epoch, (e) => e > middle, { what: 'training from the middle' });
  assert.ok(after < reached, `training went on from epoch ${middle}, not ${reached} (saw ${after})`);
  assert.equal(await page.getByRole('button', { name: 'Pause', exact: true }).count(), 1);
  assert.deepEqual(errors, []);
});
