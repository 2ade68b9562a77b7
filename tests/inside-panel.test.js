// The panel "Inside the network" (issue 9): each figure read as a student would read it,
// from its heading, its text and its controls.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };

/** Opens `hash` and waits for the epoch counter (named `epoch` in the page's language). */
async function ready(t, hash, epoch = 'Epoch') {
  const opened = await openPlayground(t, hash);
  await opened.page.getByLabel(epoch, { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return opened;
}

/** Presses Step `n` times and waits for the epoch counter to show it. */
async function step(page, n, { name = 'Step', epoch = 'Epoch' } = {}) {
  const counter = page.getByLabel(epoch, { exact: true });
  const before = Number((await textOf(counter)).replace(/,/g, ''));
  for (let i = 0; i < n; i += 1) {
    await page.getByRole('button', { name, exact: true }).click();
  }
  await eventually(async () => Number((await textOf(counter)).replace(/,/g, '')), (e) => e === before + n, {
    what: `epoch ${before + n}`,
  });
}

/** A figure of the panel, by its heading. */
function figure(page, name) {
  return page.getByRole('figure', { name, exact: true });
}

/** "1.23e-5" or "0.140" -> number */
function size(text) {
  const v = Number(text);
  if (!Number.isFinite(v)) throw new Error(`not a number: ${text}`);
  return v;
}

test('deep Sigmoid: the first layer\'s gradient falls far below the output layer\'s and the figure names vanishing gradients', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=v&activation=sigmoid&networkShape=8,8,8,8,8,8');
  const gradients = figure(page, 'Gradient size per layer');
  await gradients.scrollIntoViewIfNeeded();
  assert.equal(await gradients.getByRole('img', { name: /log scale/ }).count(), 1);
  assert.equal(await gradients.getByText(/^Vanishing gradients/).count(), 0, 'not said before training');
  await step(page, 6);
  const now = await textOf(gradients.getByText(/^Now: first layer /));
  const m = /^Now: first layer (\S+), output layer (\S+)$/.exec(now);
  assert.ok(m, now);
  const [first, last] = [size(m[1]), size(m[2])];
  assert.ok(first < last / 100, `first ${first} is far below last ${last}`);
  const note = await textOf(gradients.getByText(/^Vanishing gradients/));
  assert.match(note, /^Vanishing gradients: the first layer's gradient is only 1\/[\d,]+ of the output layer's\.$/);
  // The activation figure shows Sigmoid's slope topping out at 0.25.
  const activation = figure(page, 'Activation function');
  assert.equal(await textOf(activation.getByText(/^Largest slope/)), 'Largest slope f′: 0.25 (at z = 0)');
  assert.equal(await activation.getByText(/^Layer \d: .* of z in the flat zone$/).count(), 6);
  // A Tanh network of the same depth does not vanish.
  await page.getByLabel('Activation', { exact: true }).selectOption({ label: 'Tanh' });
  await step(page, 6);
  const tanh = /^Now: first layer (\S+), output layer (\S+)$/.exec(await textOf(gradients.getByText(/^Now: /)));
  assert.ok(size(tanh[1]) > size(tanh[2]) / 100, tanh[0]);
  assert.equal(await gradients.getByText(/^Vanishing gradients/).count(), 0);
  assert.deepEqual(errors, []);
});

test('the activation figure compares Step, Sigmoid, Tanh and ReLU in one click each', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=act&activation=relu');
  const activation = figure(page, 'Activation function');
  await activation.scrollIntoViewIfNeeded();
  const peak = activation.getByText(/^(Largest slope|f′ is 0)/);
  assert.equal(await textOf(peak), 'Largest slope f′: 1 (at z > 0)');
  assert.equal(await textOf(activation.getByText(/^The hidden layers use/)), 'The hidden layers use ReLU.');
  const expected = {
    Step: 'f′ is 0 everywhere: no gradient passes back.',
    Sigmoid: 'Largest slope f′: 0.25 (at z = 0)',
    Tanh: 'Largest slope f′: 1 (at z = 0)',
    ReLU: 'Largest slope f′: 1 (at z > 0)',
  };
  for (const [name, text] of Object.entries(expected)) {
    const button = activation.getByRole('button', { name: `Show ${name}`, exact: true });
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal(await textOf(peak), text, name);
    assert.equal(await activation.getByRole('img', { name: new RegExp(`^Curves of ${name} and its derivative`) }).count(), 1);
  }
  // Comparing changes nothing in the network.
  assert.match(new URL(page.url()).hash, /activation=relu/);
  assert.deepEqual(errors, []);
});

test('L1 makes weights exactly zero and L2 does not', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=l1&regularization=L1&regularizationRate=0.01&networkShape=4,2');
  const weights = figure(page, 'Weights');
  await weights.scrollIntoViewIfNeeded();
  const zero = weights.getByText(/^Zero weights: \d+ of \d+/);
  const zeros = async () => Number(/^Zero weights: (\d+) of (\d+)/.exec(await textOf(zero))[1]);
  assert.match(await textOf(zero), /^Zero weights: 0 of 18 · \|w\| < 0\.01: \d+ of 18$/);
  await step(page, 10);
  const l1 = await zeros();
  assert.ok(l1 > 0, `L1 zeroes weights (${l1})`);
  // One layer at a time: the counts of the layers add up to the whole.
  const menu = weights.getByLabel('Layer', { exact: true });
  let sum = 0;
  for (const layer of ['Layer 1', 'Layer 2', 'Output layer']) {
    await menu.selectOption({ label: layer });
    sum += await zeros();
  }
  assert.equal(sum, l1);
  await menu.selectOption({ label: 'All layers' });
  // L2 on the same network from the same start: no weight becomes exactly 0.
  await page.getByLabel('Regularization', { exact: true }).selectOption({ label: 'L2' });
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await step(page, 10);
  assert.equal(await zeros(), 0);
  assert.deepEqual(errors, []);
});

test('an all-Linear network shows its collapsed W and b, and the equivalent network draws the same boundary', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=flat&activation=linear&networkShape=4,3&problem=classification');
  await step(page, 20);
  const collapse = figure(page, 'Linear collapse');
  await collapse.scrollIntoViewIfNeeded();
  await collapse.getByText('O = XW + b', { exact: true }).waitFor();
  assert.equal(await textOf(collapse.getByText(/hidden layers multiplied through/)), '2 hidden layers multiplied through, with their weights now:');
  const table = collapse.getByRole('table', { name: 'The equivalent W and b' });
  const rows = await table.getByRole('row').allInnerTexts();
  assert.equal(rows.length, 4, rows.join('|'));
  assert.match(rows[1], /^X₁\s+−?\d\.\d{4}$/);
  assert.match(rows[3], /^b\s+−?\d\.\d{4}$/);
  const heatmap = page.getByRole('img', { name: 'Output heatmap', exact: true });
  const pixels = () => heatmap.evaluate((canvas) => Array.from(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data));
  const before = await pixels();
  const losses = async () => [await textOf(page.getByLabel('Test loss', { exact: true })), await textOf(page.getByLabel('Training loss', { exact: true }))];
  const lossesBefore = await losses();
  await collapse.getByRole('button', { name: 'Open the equivalent network', exact: true }).click();
  await collapse.getByText('No hidden layers: the network is one layer already.', { exact: true }).waitFor();
  assert.match(new URL(page.url()).hash, /networkShape=&|networkShape=$/);
  // The same W and b, now as the network's only layer, and the same losses.
  const after = await table.getByRole('row').allInnerTexts();
  assert.deepEqual(after, rows);
  assert.deepEqual(await losses(), lossesBefore);
  const now = await pixels();
  assert.equal(now.length, before.length);
  let differing = 0;
  for (let i = 0; i < now.length; i += 4) {
    const d = Math.abs(now[i] - before[i]) + Math.abs(now[i + 1] - before[i + 1]) + Math.abs(now[i + 2] - before[i + 2]);
    if (d > 0) differing += 1;
  }
  assert.ok(differing <= now.length / 4 / 1000, `${differing} of ${now.length / 4} pixels differ`);
  // A network that is not all Linear has nothing to collapse.
  await page.getByLabel('Activation', { exact: true }).selectOption({ label: 'Tanh' });
  await page.getByRole('button', { name: 'Add hidden layer' }).click();
  await collapse.getByText(/^Only a network whose hidden layers are all Linear collapses/).waitFor();
  assert.equal(await collapse.getByRole('button').count(), 0);
  assert.deepEqual(errors, []);
});

test('Step one batch makes exactly one weight update and the epoch completes after a full pass', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=b&batchSize=50');
  const button = page.getByRole('button', { name: 'Step one batch', exact: true });
  const updates = page.getByText(/^Weight updates: [\d,]+$/);
  const count = async () => Number((await textOf(updates)).replace(/\D/g, ''));
  assert.equal(await count(), 0);
  assert.match(await button.getAttribute('title'), /^Train on the next 50 training points/);
  const epoch = page.getByLabel('Epoch', { exact: true });
  for (let k = 1; k <= 5; k += 1) {
    await button.click();
    await eventually(count, (n) => n === k, { what: `${k} updates` });
    // 250 points in batches of 50: the fifth batch ends the epoch.
    assert.equal(await textOf(epoch), k < 5 ? '000,000' : '000,001');
  }
  // A whole epoch adds the 5 updates of its 5 batches.
  await step(page, 1);
  assert.equal(await count(), 10);
  assert.deepEqual(errors, []);
});

test('a stepped batch continues where it stopped when training goes on', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=c&batchSize=25');
  const updates = page.getByText(/^Weight updates: [\d,]+$/);
  const count = async () => Number((await textOf(updates)).replace(/\D/g, ''));
  for (let k = 0; k < 3; k += 1) {
    await page.getByRole('button', { name: 'Step one batch', exact: true }).click();
  }
  await eventually(count, (n) => n === 3, { what: '3 updates' });
  // Step finishes the epoch: the 7 batches left, not 10.
  await step(page, 1);
  assert.equal(await count(), 10);
  await step(page, 1);
  assert.equal(await count(), 20);
  assert.deepEqual(errors, []);
});

test('every figure has its heading, explanation and canvas name in Chinese with lang=zh', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=zh&activation=linear&networkShape=3,2&lang=zh', '轮次');
  await page.getByRole('heading', { name: '网络内部', exact: true }).scrollIntoViewIfNeeded();
  const han = /[\u4e00-\u9fff]/;
  for (const name of ['激活函数与导数', '各层梯度大小', '死亡神经元', '权重分布', '线性退化']) {
    const f = figure(page, name);
    assert.equal(await f.count(), 1, name);
    const text = await textOf(f);
    assert.match(text, han);
    assert.doesNotMatch(text, /\b(the|of|and|Layer|weights?)\b/, `${name}: ${text}`);
    const canvases = f.getByRole('img');
    for (let i = 0; i < (await canvases.count()); i += 1) {
      assert.match(await canvases.nth(i).getAttribute('aria-label'), han, name);
    }
  }
  await figure(page, '线性退化').getByRole('button', { name: '打开等价的网络', exact: true }).waitFor();
  await page.getByRole('button', { name: '单步一个批量', exact: true }).click();
  await page.getByText('权重更新次数：1', { exact: true }).waitFor();
  assert.deepEqual(errors, []);
});

test('each figure hides with its link key and comes back from the classroom panel', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=hide&gradientFigure_hide=true');
  assert.equal(await figure(page, 'Gradient size per layer').count(), 0);
  assert.equal(await figure(page, 'Weights').count(), 1);
  await page.getByRole('button', { name: 'Classroom', exact: true }).click();
  const box = page.getByRole('checkbox', { name: 'Gradient size figure', exact: true });
  assert.equal(await box.isChecked(), false, 'unticked means hidden');
  await box.check();
  await figure(page, 'Gradient size per layer').waitFor();
  assert.doesNotMatch(new URL(page.url()).hash, /gradientFigure_hide/);
  await page.getByRole('checkbox', { name: 'Inside the network panel', exact: true }).uncheck();
  await eventually(async () => page.getByRole('heading', { name: 'Inside the network', exact: true }).count(), (n) => n === 0, {
    what: 'the panel gone',
  });
  assert.match(new URL(page.url()).hash, /inside_hide=true/);
  assert.deepEqual(errors, []);
});

test('a run that stops improving is named, with something to try', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=small&dataset=spiral&learningRate=0.03&networkShape=1&speed=20');
  const note = page.getByRole('status').filter({ has: page.getByRole('heading', { name: /^No progress for/ }) });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await note.waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  assert.match(await textOf(note), /too small for this data/);
  assert.deepEqual(errors, []);
});

test('hovering the loss chart reads the epoch under the pointer, with both losses and accuracies', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=hover');
  await step(page, 20);
  const chart = page.getByRole('img', { name: 'Loss chart', exact: true });
  const box = await chart.boundingBox();
  const epochAt = async (share) => {
    // The plotting area starts right of the loss axis's labels.
    await page.mouse.move(box.x + 46 + (box.width - 60) * share, box.y + box.height / 2);
    const title = await chart.getAttribute('title');
    const m = /^Epoch ([\d,]+): training loss \d\.\d{3}, test loss \d\.\d{3}; training accuracy [\d.]+%, test accuracy [\d.]+%$/.exec(title);
    assert.ok(m, title);
    await page.getByText(title, { exact: true }).waitFor();
    return Number(m[1].replace(/,/g, ''));
  };
  assert.equal(await epochAt(0.5), 10);
  assert.equal(await epochAt(0.25), 5);
  assert.equal(await epochAt(1), 20);
  await page.mouse.move(0, 0);
  await eventually(async () => page.getByText(/^Epoch [\d,]+: training loss/).count(), (n) => n === 0, {
    what: 'the readout gone when the pointer leaves',
  });
  assert.deepEqual(errors, []);
});
