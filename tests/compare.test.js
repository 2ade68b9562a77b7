// Compare mode (issue 11): a second network on the same data, differing in the settings
// chosen, trains in lock-step with the page's own; the loss chart overlays its curves
// (dashed) and each network says when its test loss first reached 0.1. The link carries
// both, and training in the two workers finds the same epochs as training on the page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { darkPixels, epochNumber, eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 120_000 };

/** The cards of both networks, and readers of their epoch, test loss and status. */
function cards(page) {
  const panel = page.getByRole('region', { name: 'Compare two networks', exact: true });
  const card = (name) => {
    const region = panel.getByRole('region', { name, exact: true });
    return {
      region,
      epoch: () => textOf(region.getByLabel('Epoch', { exact: true })).then(epochNumber),
      testLoss: () => textOf(region.getByLabel('Test loss', { exact: true })),
      status: () => textOf(region.getByText(/^(Test loss (reached|has not)|Diverged)/)),
    };
  };
  return { panel, a: card('Network A'), b: card('Network B') };
}

/** The epoch a status says the test loss reached 0.1 at, or null. */
function reachedAt(status) {
  const m = /reached 0\.1 at epoch ([\d,]+)/.exec(status);
  return m ? Number(m[1].replaceAll(',', '')) : null;
}

test('compare mode trains both sides and overlays both curves', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '#seed=compare&dataset=xor&speed=10');
  const chart = page.getByRole('img', { name: 'Loss chart', exact: true });
  await chart.waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const { panel, a, b } = cards(page);
  await panel.waitFor();
  await panel.getByLabel('Activation of B', { exact: true }).selectOption({ label: 'ReLU' });
  await eventually(() => page.evaluate(() => location.hash), (h) => h.includes('compare=activation:relu'), {
    what: 'the link to carry B',
  });
  await panel.getByLabel('Batch size of B', { exact: true }).selectOption({ label: '250 (full batch)' });
  await b.region.getByText('Differs in: Activation ReLU, Batch size 250 (full batch)').waitFor();
  await eventually(() => page.evaluate(() => location.hash), (h) => /compare=activation:relu;batchSize:full(&|$)/.test(h), {
    what: 'the full batch in the link',
  });
  // Same data and starting weights, another activation: different losses at epoch 0.
  assert.equal(await a.epoch(), 0);
  assert.equal(await b.epoch(), 0);
  assert.notEqual(await a.testLoss(), await b.testLoss());

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await eventually(b.epoch, (e) => e >= 300, { what: 'B at 300 epochs', timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const epochA = await a.epoch();
  assert.equal(await b.epoch(), epochA, 'lock-step: both at the same epoch');
  const topBar = await textOf(page.getByLabel('Epoch', { exact: true }).first()).then(epochNumber);
  assert.equal(topBar, epochA, "A is the page's own network");
  assert.notEqual(await a.testLoss(), await b.testLoss());
  for (const card of [a, b]) assert.match(await card.status(), /Test loss (reached 0\.1 at epoch [\d,]+|has not reached 0\.1 yet)/);

  // Both curves are drawn: turning compare mode off takes B's dashed curves away.
  await page.getByText('Solid lines: network A · dashed lines: network B').waitFor();
  const both = await darkPixels(chart);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await panel.waitFor({ state: 'detached' });
  const one = await eventually(() => darkPixels(chart), (n) => n < both, { what: "the chart without B's curves" });
  assert.ok(both - one > 200, `B's curves drew ${both - one} dark pixels`);
  await eventually(() => page.evaluate(() => location.hash), (h) => !h.includes('compare='), {
    what: 'the link without B',
  });
  assert.equal(await textOf(page.getByLabel('Epoch', { exact: true })).then(epochNumber), epochA, "A's run goes on");
  assert.deepEqual(errors, []);
});

test('a compare link at maximum speed trains both in workers, exactly as on the page', OPTIONS, async (t) => {
  const link = '#seed=cmpmax&dataset=xor&learningRate=0.01&compare=learningRate:0.03;batchSize:5';
  const reach = async (path) => {
    const { page, errors } = await openPlayground(t, path);
    const { panel, a, b } = cards(page);
    await panel.waitFor({ timeout: 20_000 });
    const rate = panel.getByLabel('Learning rate of B', { exact: true });
    assert.equal(await rate.evaluate((s) => s.selectedOptions[0].text), '0.03', "the link's B");
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const found = [];
    for (const card of [a, b]) {
      found.push(await eventually(() => card.status().then(reachedAt), (e) => e !== null, {
        what: 'test loss 0.1 reached', timeout: 60_000,
      }));
    }
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    assert.equal(await a.epoch(), await b.epoch(), 'lock-step after a pause');
    assert.deepEqual(errors, []);
    return found;
  };
  const inWorkers = await reach(`${link}&speed=max`);
  const onPage = await reach(`${link}&speed=20`);
  assert.deepEqual(inWorkers, onPage, 'the same epochs, found one epoch at a time either way');
  assert.ok(inWorkers[1] < inWorkers[0], `the faster learning rate gets there first (${inWorkers})`);
});
