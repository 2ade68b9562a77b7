// The general engine on the page: several classes, the loss, optimizer and
// initialization menus, and the accuracies, driven as a person would.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPlayground, showsColours, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };
const BLOBS = '#problem=multiclass&classes=3&multiDataset=blobs&loss=crossentropy&optimizer=adam&learningRate=0.03&networkShape=4&seed=blobs3&speed=20';

async function ready(t, hash = '') {
  const opened = await openPlayground(t, hash);
  const { page } = opened;
  await page.getByLabel('Epoch', { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return opened;
}

/** "93.2%" -> 93.2 */
function percent(text) {
  const m = /^(\d+(\.\d)?)%$/.exec(text);
  if (!m) throw new Error(`not a percentage: ${JSON.stringify(text)}`);
  return Number(m[1]);
}

/** The link's keys and values. */
function linkOf(page) {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

/** Whether some pixel of the output map shows each colour (r, g, b). */
function mapShows(page, colours) {
  return showsColours(page.getByRole('img', { name: 'Output heatmap' }), colours);
}

test('a 3-class blobs link trains to over 90 % test accuracy, its classes coloured in map and legend', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, BLOBS);
  const accuracy = page.getByLabel('Test accuracy', { exact: true });
  const start = percent(await textOf(accuracy));
  for (const name of ['Class 1', 'Class 2', 'Class 3']) {
    await page.getByText(name, { exact: true }).waitFor({ timeout: 5_000 });
  }
  assert.equal(await page.getByText('Class 4', { exact: true }).count(), 0);
  // One output neuron per class in the diagram, each with its own picture.
  for (const k of [1, 2, 3]) {
    await page.getByRole('img', { name: `Output neuron ${k}`, exact: true }).waitFor({ timeout: 5_000 });
  }
  assert.equal(await page.getByRole('img', { name: 'Output neuron', exact: true }).count(), 0);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const reached = await eventually(async () => percent(await textOf(accuracy)), (v) => v > 90, {
    timeout: 45_000,
    what: `test accuracy over 90 % (it started at ${start} %)`,
  });
  assert.ok(reached > 90);
  assert.match(await textOf(page.getByLabel('Training accuracy', { exact: true })), /^\d+\.\d%$/);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // The loss chart's tooltip has the accuracies too.
  const chart = page.getByRole('img', { name: 'Loss chart' });
  assert.match(await chart.getAttribute('title'), /training accuracy \d+\.\d%, test accuracy \d+\.\d%/);
  // Where the network is sure, the map shows each class's own colour.
  const shown = await eventually(
    () => mapShows(page, [[0x00, 0x72, 0xb2], [0xe6, 0x9f, 0x00], [0x00, 0x9e, 0x73]]),
    (seen) => seen.every(Boolean),
    { timeout: 10_000, what: 'each class colour in the output map' },
  );
  assert.deepEqual(shown, [true, true, true]);
  assert.deepEqual(errors, []);
});

test('choosing Multi-class classification shows the Classes slider, and Classes changes the legend and link', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=mc');
  assert.equal(await page.getByRole('slider', { name: 'Classes' }).count(), 0);
  await page.getByRole('combobox', { name: 'Problem type', exact: true }).selectOption({ label: 'Multi-class classification' });
  const classes = page.getByRole('slider', { name: 'Classes' });
  await classes.waitFor({ timeout: 5_000 });
  await page.getByText('Class 3', { exact: true }).waitFor({ timeout: 5_000 });
  assert.equal(linkOf(page).get('problem'), 'multiclass');
  // Accuracy sits beside the loss for every classification problem.
  assert.match(await textOf(page.getByLabel('Test accuracy', { exact: true })), /^\d+\.\d%$/);

  await classes.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByText('Class 5', { exact: true }).waitFor({ timeout: 5_000 });
  await eventually(() => linkOf(page).get('classes'), (v) => v === '5', { what: 'classes=5 in the link' });
  assert.deepEqual(errors, []);
});

test('the Loss, Optimizer, Initialization and Activation menus change what they name', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=menus');
  const menu = (name) => page.getByRole('combobox', { name, exact: true });
  const loss = page.getByLabel('Training loss', { exact: true });

  // Cross-entropy scores the same network differently: ln 2 ≈ 0.693 for an unsure one.
  const squared = await textOf(loss);
  await menu('Loss').selectOption({ label: 'Cross-entropy' });
  await eventually(() => linkOf(page).get('loss'), (v) => v === 'crossentropy', { what: 'loss=crossentropy' });
  const entropy = await eventually(() => textOf(loss), (v) => v !== squared, { what: 'a cross-entropy loss' });
  assert.ok(Number(entropy) > 0.3, `cross-entropy near ln 2 for a fresh network, got ${entropy}`);

  for (const [name, label, key, value] of [
    ['Optimizer', 'Adam', 'optimizer', 'adam'],
    ['Optimizer', 'Momentum', 'optimizer', 'momentum'],
    ['Initialization', 'He', 'init', 'he'],
    ['Initialization', 'Xavier', 'init', 'xavier'],
    ['Activation', 'GELU', 'activation', 'gelu'],
    ['Activation', 'Leaky ReLU', 'activation', 'leakyrelu'],
  ]) {
    await menu(name).selectOption({ label });
    await eventually(() => linkOf(page).get(key), (v) => v === value, { what: `${key}=${value}` });
    assert.equal(await menu(name).locator('option:checked').innerText(), label);
  }

  // Training still works with them: a step moves the loss.
  const before = await textOf(loss);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await eventually(() => textOf(loss), (v) => v !== before, { what: 'the loss to move after a step' });

  // Step learns nothing, and the page says why.
  await menu('Activation').selectOption({ label: 'Step' });
  await page.getByRole('note').filter({ hasText: 'derivative is 0 everywhere' }).waitFor({ timeout: 5_000 });
  assert.deepEqual(errors, []);
});

test('each hidden layer has its own activation menu, which the link keeps', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=layers&networkShape=4,2');
  const first = page.getByRole('combobox', { name: 'Activation of hidden layer 1', exact: true });
  const second = page.getByRole('combobox', { name: 'Activation of hidden layer 2', exact: true });
  assert.equal(await first.locator('option:checked').innerText(), 'Global (Tanh)');
  await second.selectOption({ label: 'ReLU' });
  await eventually(() => linkOf(page).get('layerActivations'), (v) => v === ',relu', { what: 'layerActivations=,relu' });
  assert.equal(await page.getByLabel('Epoch', { exact: true }).innerText(), '000,000');
  // The global menu still names the others' activation.
  await page.getByRole('combobox', { name: 'Activation', exact: true }).selectOption({ label: 'ELU' });
  await eventually(() => first.locator('option:checked').innerText(), (v) => v === 'Global (ELU)', { what: 'layer 1 follows ELU' });
  assert.equal(await second.locator('option:checked').innerText(), 'ReLU');
  // And a reload of the link shows the same.
  const again = await openPlayground(t, new URL(page.url()).hash);
  const second2 = again.page.getByRole('combobox', { name: 'Activation of hidden layer 2', exact: true });
  await second2.waitFor({ timeout: 20_000 });
  assert.equal(await second2.locator('option:checked').innerText(), 'ReLU');
  assert.deepEqual(errors, []);
  assert.deepEqual(again.errors, []);
});

test('a network too big to draw smoothly is cut to 8 layers of 20 with a notice', OPTIONS, async (t) => {
  const shape = Array(16).fill(64).join(',');
  const { page, errors } = await ready(t, `#seed=big&networkShape=${shape}`);
  const notice = page.getByRole('alert');
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await textOf(notice), /at most 20 neurons per layer/);
  assert.match(await textOf(notice), /at most 8 hidden layers/);
  await page.getByRole('heading', { name: '8 HIDDEN LAYERS' }).waitFor();
  assert.equal(linkOf(page).get('networkShape'), Array(8).fill(20).join(','));
  assert.deepEqual(errors, []);
});

test('with Momentum chosen, its μ menu appears and applies without a reset', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=mu');
  const mu = page.getByRole('combobox', { name: 'Momentum μ', exact: true });
  assert.equal(await mu.count(), 0, 'no μ for SGD');
  await page.getByRole('combobox', { name: 'Optimizer', exact: true }).selectOption({ label: 'Momentum' });
  await mu.waitFor({ timeout: 5_000 });
  assert.equal(await mu.locator('option:checked').innerText(), '0.9');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const epoch = page.getByLabel('Epoch', { exact: true });
  await eventually(() => textOf(epoch), (e) => e === '000,001', { what: 'one step' });
  await mu.selectOption({ label: '0.5' });
  await eventually(() => linkOf(page).get('momentum'), (v) => v === '0.5', { what: 'momentum=0.5' });
  assert.equal(await textOf(epoch), '000,001', 'μ is live: training goes on');
  assert.deepEqual(errors, []);
});
