// Inside the network (issue 9): what the statistics show on the page, driven as a person
// would.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 60_000 };

/** Opens `hash` and waits for the epoch counter (named `epoch` in the page's language). */
async function ready(t, hash, epoch = 'Epoch') {
  const opened = await openPlayground(t, hash);
  await opened.page.getByLabel(epoch, { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return opened;
}

/** "Dead neurons: 5 of 16" -> [5, 16] */
function counted(text, what) {
  const m = new RegExp(`^${what}: (\\d+) of (\\d+)$`).exec(text);
  if (!m) throw new Error(`not a count of ${what}: ${JSON.stringify(text)}`);
  return [Number(m[1]), Number(m[2])];
}

test('a ReLU link at learning rate 3 shows its dead neurons marked and counted', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=dead&activation=relu&learningRate=3&networkShape=8,8');
  const count = page.getByRole('region', { name: 'Network', exact: true }).getByText(/^Dead neurons: \d+ of \d+$/);
  assert.deepEqual(counted(await textOf(count), 'Dead neurons'), [0, 16], 'none dead before training');
  assert.equal(await page.getByRole('img', { name: /, dead: / }).count(), 0);
  for (let i = 0; i < 5; i += 1) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
  }
  await eventually(async () => textOf(page.getByLabel('Epoch', { exact: true })), (e) => e.endsWith('005'), {
    what: 'epoch 5',
  });
  const [dead, of] = counted(await textOf(count), 'Dead neurons');
  assert.equal(of, 16);
  assert.ok(dead > 0, 'some ReLUs die at learning rate 3');
  // Each dead neuron says so in its name and its tooltip.
  const marked = page.getByRole('img', { name: /^Neuron \d+ of layer \d+, dead: / });
  assert.equal(await marked.count(), dead);
  assert.match(await marked.first().getAttribute('title'), /no longer learns/);
  // A reset brings them back to life.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await eventually(async () => counted(await textOf(count), 'Dead neurons')[0], (n) => n === 0, {
    what: 'no dead neuron after Reset',
  });
  assert.deepEqual(errors, []);
});

test('Tanh neurons pushed into their flat zone by learning rate 10 are marked saturated, in Chinese with lang=zh', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=sat&activation=tanh&learningRate=10&networkShape=6,6&lang=zh', '轮次');
  const network = page.getByRole('region', { name: '网络', exact: true });
  const count = network.getByText(/^饱和神经元：\d+ \/ \d+$/);
  await count.waitFor({ timeout: 5_000 });
  assert.equal(await network.getByText(/^死亡神经元/).count(), 0, 'Tanh cannot die');
  assert.match(await textOf(count), /^饱和神经元：0 \/ 12$/);
  for (let i = 0; i < 3; i += 1) {
    await page.getByRole('button', { name: '单步', exact: true }).click();
  }
  const saturated = await eventually(async () => Number(/：(\d+) \//.exec(await textOf(count))[1]), (n) => n > 0, {
    what: 'a saturated neuron at learning rate 10',
  });
  // The count is of hidden neurons; the output neuron is marked too when it saturates.
  assert.equal(await page.getByRole('img', { name: /^第 ?\d+ ?层第 ?\d+ ?个神经元，已饱和：/ }).count(), saturated);
  assert.deepEqual(errors, []);
});

test('the batch slider reaches All, the whole training set, and says how many updates an epoch makes', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=batch');
  const slider = page.getByLabel('Batch size', { exact: true });
  const note = page.getByText(/^\d+ training points · updates per epoch: [\d.]+$/);
  assert.equal(await textOf(note), '250 training points · updates per epoch: 25');
  await slider.focus();
  await page.keyboard.press('End');
  await eventually(() => new URL(page.url()).hash, (h) => h.includes('batchSize=250&'), {
    what: 'batchSize=250 in the link',
  });
  assert.equal(await slider.getAttribute('aria-valuetext'), 'All (250)');
  assert.equal(await textOf(note), '250 training points · updates per epoch: 1');
  // The batch survives a step (an epoch of full-batch gradient descent).
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await eventually(async () => textOf(page.getByLabel('Epoch', { exact: true })), (e) => e === '000,001', {
    what: 'epoch 1',
  });
  assert.equal(await slider.inputValue(), '250');
  assert.deepEqual(errors, []);
});

test('classification at learning rate 10 does not fail silently: a note says what is wrong and what to try', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=ten&activation=relu&learningRate=10&networkShape=8,8&speed=20');
  const note = page.getByRole('status').filter({ has: page.getByRole('heading') });
  assert.equal(await note.count(), 0, 'nothing is wrong before training');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await note.first().waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const heading = await textOf(note.getByRole('heading'));
  assert.match(heading, /^(Most hidden neurons are dead \(\d+ of 16\)|The network does no better than guessing)$/);
  const text = await textOf(note);
  // A cause and something to try, and where to look.
  assert.match(text, /learning rate/i);
  assert.match(text, /Reset/);
  assert.equal(await note.getByRole('link', { name: /^See (them in the network|the losses)$/ }).count(), 1);
  // A reset with a sensible learning rate clears it.
  await page.getByLabel('Learning rate', { exact: true }).selectOption({ label: '0.03' });
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await eventually(async () => note.count(), (n) => n === 0, { what: 'the note gone after Reset' });
  assert.deepEqual(errors, []);
});

test('the loss chart circles the lowest test loss and names overfitting when the test loss rises', OPTIONS, async (t) => {
  const { page, errors } = await ready(
    t,
    '#seed=over&dataset=spiral&percTrainData=10&noise=50&networkShape=8,8,8&learningRate=0.03&speed=50',
  );
  const note = page.getByText(/^Lowest test loss: /);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const text = await eventually(async () => ((await note.count()) ? textOf(note) : ''), (s) => s.includes('Overfitting'), {
    timeout: 20_000,
    what: 'overfitting named under the chart',
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const m = /^Lowest test loss: \d+\.\d+ at epoch ([\d,]+) \(circled\)\. Overfitting: .* Early stopping would keep the network of epoch ([\d,]+)\.$/.exec(text);
  assert.ok(m, text);
  assert.equal(m[1], m[2]);
  assert.deepEqual(errors, []);
});

test('a run whose test loss keeps falling is not called overfitting', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=calm&speed=50');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await eventually(async () => textOf(page.getByLabel('Epoch', { exact: true })), (e) => Number(e.replace(/,/g, '')) >= 3000, {
    timeout: 20_000,
    what: 'epoch 3,000',
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const note = await textOf(page.getByText(/^Lowest test loss: /));
  assert.doesNotMatch(note, /Overfitting/);
  assert.deepEqual(errors, []);
});
