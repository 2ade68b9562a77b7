// The network: feature toggles, the hidden-layer editor, neuron heatmaps, and weights and
// biases read and edited through their cards. Driven by role, label and visible text.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctColours, eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };

/** Opens the page at `hash` and waits until the app has rendered its network. */
async function ready(t, hash = 'seed=network') {
  const opened = await openPlayground(t, `#${hash}`);
  const { page } = opened;
  const epoch = page.getByLabel('Epoch', { exact: true });
  await epoch.waitFor({ state: 'visible', timeout: 20_000 });
  await page.getByRole('img', { name: 'Output neuron' }).waitFor({ timeout: 10_000 });
  const button = (name) => page.getByRole('button', { name, exact: true });
  return { ...opened, epoch, button };
}

/** Every hidden neuron's view, or only layer `layer`'s. */
function neurons(page, layer) {
  const name = layer === undefined ? /^Neuron \d+ of layer \d+$/ : new RegExp(`^Neuron \\d+ of layer ${layer}$`);
  return page.getByRole('img', { name });
}

/** Links whose accessible name starts with `prefix`. */
function links(page, prefix) {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('button', { name: new RegExp(`^${escaped}`) });
}

/** Steps `n` epochs and waits for the counter to show them. */
async function steps(epoch, button, n) {
  for (let i = 0; i < n; i++) await button('Step').click();
  const want = `000,${String(n).padStart(3, '0')}`;
  await eventually(() => textOf(epoch), (text) => text === want, { what: `epoch ${want}` });
}

/** A fingerprint of a canvas's pixels. */
async function pixels(canvas) {
  return canvas.evaluate((el) => el.toDataURL());
}

test('adding a layer adds neurons and resets the epoch; the limits disable the buttons', OPTIONS, async (t) => {
  const { page, errors, epoch, button } = await ready(t);
  assert.equal(await neurons(page).count(), 6, 'the default network has 4 + 2 hidden neurons');
  assert.equal(await textOf(page.getByRole('heading', { name: '2 HIDDEN LAYERS' })), '2 HIDDEN LAYERS');
  await steps(epoch, button, 2);

  await button('Add hidden layer').click();
  await eventually(() => neurons(page).count(), (n) => n === 8, { what: 'two more neurons' });
  assert.equal(await neurons(page, 3).count(), 2, 'a new layer has 2 neurons');
  await page.getByRole('heading', { name: '3 HIDDEN LAYERS' }).waitFor();
  assert.equal(await textOf(epoch), '000,000', 'the network starts over');
  assert.equal(await button('Play').count(), 1, 'and is paused');

  for (let i = 0; i < 5; i++) await button('Add hidden layer').click();
  await page.getByRole('heading', { name: '8 HIDDEN LAYERS' }).waitFor();
  assert.ok(await button('Add hidden layer').isDisabled(), 'eight layers at most');
  for (let i = 0; i < 8; i++) await button('Remove hidden layer').click();
  await page.getByRole('heading', { name: '0 HIDDEN LAYERS' }).waitFor();
  assert.equal(await neurons(page).count(), 0);
  assert.ok(await button('Remove hidden layer').isDisabled());
  assert.equal(await links(page, 'Weight from X₁ to the output').count(), 1, 'the inputs feed the output');
  await button('Add hidden layer').click();
  await page.getByRole('heading', { name: '1 HIDDEN LAYER' }).waitFor();
  assert.deepEqual(errors, []);
});

test('removing a neuron removes its view; a layer keeps 1 to 16 neurons', OPTIONS, async (t) => {
  const { page, errors, epoch, button } = await ready(t);
  assert.equal(await neurons(page, 1).count(), 4);
  await steps(epoch, button, 1);

  await button('Remove neuron from layer 1').click();
  await eventually(() => neurons(page, 1).count(), (n) => n === 3, { what: 'layer 1 to have 3 neurons' });
  assert.equal(await neurons(page, 2).count(), 2, 'the other layer is untouched');
  await page.getByText('3 neurons', { exact: true }).waitFor();
  assert.equal(await textOf(epoch), '000,000');

  await button('Remove neuron from layer 2').click();
  await page.getByText('1 neuron', { exact: true }).waitFor();
  assert.ok(await button('Remove neuron from layer 2').isDisabled(), 'one neuron at least');
  for (let i = 0; i < 13; i++) await button('Add neuron to layer 1').click();
  await eventually(() => neurons(page, 1).count(), (n) => n === 16, { what: '16 neurons in layer 1' });
  assert.ok(await button('Add neuron to layer 1').isDisabled(), 'sixteen neurons at most');
  assert.deepEqual(errors, []);
});

test('toggling a feature changes the inputs of the network and resets it', OPTIONS, async (t) => {
  const { page, errors, epoch, button } = await ready(t);
  const squared = page.getByRole('button', { name: 'X₁²', exact: true });
  assert.equal(await squared.getAttribute('aria-pressed'), 'false', 'X₁² starts switched off');
  assert.equal(await links(page, 'Weight from X₁² to').count(), 0);
  assert.equal(await links(page, 'Weight from X₁ to').count(), 4);
  await steps(epoch, button, 2);

  await squared.click();
  await eventually(() => squared.getAttribute('aria-pressed'), (v) => v === 'true', { what: 'X₁² pressed' });
  assert.equal(await links(page, 'Weight from X₁² to').count(), 4, 'X₁² feeds every neuron of layer 1');
  assert.equal(await textOf(epoch), '000,000');

  // The keyboard works too: X₁ off with Space, X₂ off with Enter.
  await page.getByRole('button', { name: 'X₁', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'X₂', exact: true }).focus();
  await page.keyboard.press('Enter');
  await eventually(() => links(page, 'Weight from X₁ to').count(), (n) => n === 0, { what: 'X₁ off' });
  assert.equal(await links(page, 'Weight from X₂ to').count(), 0);
  assert.equal(await links(page, 'Weight from X₁² to').count(), 4);
  assert.equal(await button('Play').count(), 1, 'Space toggled the feature, not the training');

  // The seven features are toggles, top to bottom in the original's order.
  let above = -Infinity;
  for (const name of ['X₁', 'X₂', 'X₁²', 'X₂²', 'X₁X₂', 'sin(X₁)', 'sin(X₂)']) {
    const toggle = page.getByRole('button', { name, exact: true });
    assert.match(await toggle.getAttribute('aria-pressed'), /^(true|false)$/, `${name} is a toggle`);
    const { y } = await toggle.boundingBox();
    assert.ok(y > above, `${name} comes below the one before`);
    above = y;
  }
  assert.deepEqual(errors, []);
});

test('a feature or an editor button removed by the link is not shown', OPTIONS, async (t) => {
  const hash = 'seed=hide&sinY_hide=true&x_hide=true&numHiddenLayers_hide=true&numNodes1_hide=true';
  const { page, errors, button } = await ready(t, hash);
  assert.equal(await page.getByRole('button', { name: 'sin(X₂)', exact: true }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'X₁', exact: true }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'X₂', exact: true }).count(), 1);
  assert.equal(await links(page, 'Weight from X₁ to').count(), 0, 'a hidden feature is not fed in');
  assert.equal(await button('Add hidden layer').count(), 0);
  assert.equal(await button('Remove hidden layer').count(), 0);
  await page.getByRole('heading', { name: '2 HIDDEN LAYERS' }).waitFor();
  assert.equal(await button('Add neuron to layer 1').count(), 0);
  assert.equal(await button('Add neuron to layer 2').count(), 1);
  assert.deepEqual(errors, []);
});

test('hovering a hidden neuron shows it in the output heatmap; leaving restores it', OPTIONS, async (t) => {
  const { page, errors } = await ready(t);
  const heatmap = page.getByLabel('Output heatmap', { exact: true });
  const output = await eventually(() => pixels(heatmap), (p) => p.length > 100, { what: 'the heatmap' });

  await neurons(page, 1).first().hover();
  const shown = await eventually(() => pixels(heatmap), (p) => p !== output, {
    what: 'the heatmap to show neuron 1 of layer 1',
  });
  await neurons(page, 2).first().hover();
  await eventually(() => pixels(heatmap), (p) => p !== output && p !== shown, { what: 'another neuron' });

  await page.mouse.move(5, 5);
  await eventually(() => pixels(heatmap), (p) => p === output, { what: 'the output to come back' });

  // Keyboard focus does the same.
  await neurons(page, 1).first().focus();
  await eventually(() => pixels(heatmap), (p) => p === shown, { what: 'the focused neuron' });
  await page.getByRole('button', { name: 'Step', exact: true }).focus();
  await eventually(() => pixels(heatmap), (p) => p === output, { what: 'the output after the focus left' });
  assert.deepEqual(errors, []);
});

test('a weight edited through its card changes the loss; bad entries change nothing', OPTIONS, async (t) => {
  const { page, errors } = await ready(t);
  const loss = page.getByLabel('Training loss', { exact: true });
  const before = await textOf(loss);
  const link = page.getByRole('button', { name: 'Weight from X₁ to neuron 1 of layer 1', exact: true });

  await link.focus();
  const card = page.getByRole('tooltip');
  assert.match(await textOf(card), /^Weight is −?\d/);
  await page.keyboard.press('Enter');
  const field = page.getByLabel('Weight', { exact: true });
  await field.waitFor();

  await field.fill('not a number');
  await field.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Please type a number' }).waitFor();
  assert.equal(await textOf(loss), before, 'a refused entry changes nothing');

  await field.fill('4');
  await field.press('Enter');
  await eventually(() => textOf(loss), (text) => text !== before, { what: `the training loss to leave ${before}` });
  assert.equal(await field.count(), 0, 'the field closes');
  await eventually(() => textOf(card), (text) => text.startsWith('Weight is 4.0.'), { what: 'the card to read 4.0' });

  // Escape cancels an edit.
  await page.keyboard.press('Enter');
  await field.fill('-3');
  await field.press('Escape');
  assert.equal(await field.count(), 0);
  assert.match(await textOf(card), /^Weight is 4\.0\./);
  assert.deepEqual(errors, []);
});

test("the output's bias shows its value on hover and takes a new one", OPTIONS, async (t) => {
  const { page, errors } = await ready(t);
  const loss = page.getByLabel('Test loss', { exact: true });
  const before = await textOf(loss);
  const bias = page.getByRole('button', { name: 'Bias of the output', exact: true });
  await bias.hover();
  await eventually(() => textOf(page.getByRole('tooltip')), (text) => text.startsWith('Bias is 0.10.'), {
    what: 'the bias card',
  });
  await bias.click();
  const field = page.getByLabel('Bias', { exact: true });
  await field.fill('-0.5');
  await field.press('Enter');
  await eventually(() => textOf(loss), (text) => text !== before, { what: 'the test loss to change' });
  await bias.hover();
  await eventually(() => textOf(page.getByRole('tooltip')), (text) => text.startsWith('Bias is −0.50.'), {
    what: 'the new bias',
  });
  assert.deepEqual(errors, []);
});

test('L1 regularization kills links, and a dead link says so', OPTIONS, async (t) => {
  const { page, errors, epoch, button } = await ready(t, 'seed=dead&regularization=L1&regularizationRate=0.3');
  await steps(epoch, button, 5);
  const all = links(page, 'Weight from');
  const count = await all.count();
  assert.ok(count > 0);
  let dead = 0;
  for (let i = 0; i < count; i++) {
    await all.nth(i).focus();
    const text = await textOf(page.getByRole('tooltip'));
    if (text.includes('dead')) {
      dead += 1;
      assert.match(text, /^Weight is 0\./, 'a dead link weighs 0');
    }
  }
  assert.ok(dead > 0, `some of the ${count} links are dead after 5 epochs of strong L1`);
  assert.deepEqual(errors, []);
});

test('Discretize shows only the sign in the neuron and feature thumbnails too', OPTIONS, async (t) => {
  const { page, errors } = await ready(t);
  const thumbnails = [
    neurons(page, 1).first().locator('canvas'),
    page.getByRole('button', { name: 'X₁X₂', exact: true }).locator('canvas'),
  ];
  for (const canvas of thumbnails) {
    await eventually(() => distinctColours(canvas), (n) => n > 2, { what: 'a thumbnail in shades' });
  }
  await page.getByLabel('Discretize output', { exact: true }).check();
  for (const canvas of thumbnails) {
    await eventually(() => distinctColours(canvas), (n) => n <= 2, { what: 'a thumbnail in two colours' });
  }
  assert.deepEqual(errors, []);
});
