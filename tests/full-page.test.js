// The whole page, driven as a person would: every menu, slider, thumbnail and checkbox is
// found by its label, role or text, changed once, and its visible effect checked.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { distinctColours, epochNumber, eventually, openPlayground, paintedShare, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };

/** A link that blows up within a few epochs (regression, deep ReLU net, learning rate 10). */
const DIVERGING =
  '#learningRate=10&problem=regression&regDataset=reg-plane&networkShape=8,8,8&activation=relu&batchSize=1&seed=boom';

/**
 * Opens the page at `hash` and waits until the app has rendered. The default link pins the
 * seed (the page's own default is random) so that what the heatmap shows, and how it changes
 * after a step or a reset, is the same on every run.
 */
async function ready(t, hash = '#seed=full-page') {
  const opened = await openPlayground(t, hash);
  const { page } = opened;
  const epoch = page.getByLabel('Epoch', { exact: true });
  await epoch.waitFor({ state: 'visible', timeout: 20_000 });
  const heatmap = page.getByLabel('Output heatmap', { exact: true });
  await eventually(() => paintedShare(heatmap), (share) => share === 1, { what: 'the heatmap to be drawn' });
  const button = (name) => page.getByRole('button', { name, exact: true });
  const control = (name) => page.getByLabel(name, { exact: true });
  return { ...opened, epoch, heatmap, button, control };
}

/** A fingerprint of a canvas's pixels (changes when anything drawn on it changes). */
function canvasPixels(canvas) {
  return canvas.evaluate((el) => {
    const copy = document.createElement('canvas');
    copy.width = el.width;
    copy.height = el.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(el, 0, 0);
    const data = new Uint32Array(ctx.getImageData(0, 0, copy.width, copy.height).data.buffer);
    let h = 0x811c9dc5;
    for (const p of data) h = Math.imul(h ^ p, 0x01000193) >>> 0;
    return `${copy.width}x${copy.height}:${h.toString(16)}`;
  });
}

/** What the plot looks like on screen (heatmap, points and all), as PNG bytes in base64. */
async function plotOnScreen(page, heatmap) {
  const clip = await heatmap.boundingBox();
  return (await page.screenshot({ clip })).toString('base64');
}

/** Waits until `read()` gives something other than `before`. */
function changed(read, before, what) {
  return eventually(read, (now) => now !== before, { what });
}

async function hash(page) {
  return decodeURIComponent(await page.evaluate(() => location.hash));
}

async function stepTimes(button, epoch, n) {
  const start = epochNumber(await textOf(epoch));
  for (let i = 0; i < n; i++) await button('Step').click();
  await eventually(() => textOf(epoch), (t) => epochNumber(t) === start + n, { what: `${n} steps` });
}

/** The option text a <select> shows. */
function shownOption(select) {
  return select.evaluate((el) => el.selectedOptions[0]?.textContent ?? '');
}

function optionTexts(select) {
  return select.evaluate((el) => [...el.options].map((o) => o.textContent));
}

test('the menus offer the original values and defaults, by their labels', OPTIONS, async (t) => {
  const { page, errors, control } = await ready(t);
  const menus = {
    'Learning rate': [['0.00001', '0.0001', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3', '10'], '0.03'],
    // The original's four first, then ours.
    Activation: [['ReLU', 'Tanh', 'Sigmoid', 'Linear', 'Leaky ReLU', 'ELU', 'Swish', 'GELU', 'Softplus', 'Step'], 'Tanh'],
    Regularization: [['None', 'L1', 'L2'], 'None'],
    'Regularization rate': [['0', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3', '10'], '0'],
    'Problem type': [['Classification', 'Regression', 'Multi-class classification'], 'Classification'],
    // Ours, each defaulting to what the original does.
    Loss: [['Squared error', 'Cross-entropy'], 'Squared error'],
    Optimizer: [['SGD', 'Momentum', 'Adam'], 'SGD'],
    Initialization: [['Original', 'Xavier', 'He'], 'Original'],
  };
  for (const [name, [options, value]] of Object.entries(menus)) {
    const select = control(name);
    assert.equal(await select.evaluate((el) => el.tagName), 'SELECT', `${name} is a native menu`);
    assert.deepEqual(await optionTexts(select), options, `${name} options`);
    assert.equal(await shownOption(select), value, `${name} default`);
  }
  for (const [name, value] of [['Ratio of training to test data', '50'], ['Noise', '0'], ['Batch size', '10']]) {
    const slider = control(name);
    assert.equal(await slider.getAttribute('type'), 'range', `${name} is a slider`);
    assert.equal(await slider.inputValue(), value, `${name} default`);
  }
  await page.getByText('50%', { exact: true }).waitFor({ state: 'visible' });
  assert.deepEqual(errors, []);
});

test('a link value missing from a menu is shown, not blank', OPTIONS, async (t) => {
  const { errors, control } = await ready(t, '#learningRate=0.05&regularizationRate=0.2');
  assert.equal(await shownOption(control('Learning rate')), '0.05');
  assert.equal(await shownOption(control('Regularization rate')), '0.2');
  assert.equal((await optionTexts(control('Learning rate'))).length, 12);
  assert.deepEqual(errors, []);
});

test('learning rate, regularization rate and batch size apply without a reset', OPTIONS, async (t) => {
  const { page, errors, epoch, button, control } = await ready(t);
  await stepTimes(button, epoch, 3);

  await control('Learning rate').selectOption({ label: '0.1' });
  await eventually(() => hash(page), (h) => h.includes('learningRate=0.1&'), { what: 'the link to follow' });
  assert.equal(await shownOption(control('Learning rate')), '0.1');
  assert.equal(await textOf(epoch), '000,003', 'the epoch is kept');

  await control('Regularization rate').selectOption({ label: '0.01' });
  await eventually(() => hash(page), (h) => h.includes('regularizationRate=0.01&'), { what: 'the rate in the link' });
  assert.equal(await textOf(epoch), '000,003');

  const batch = control('Batch size');
  await batch.focus();
  await page.keyboard.press('ArrowRight');
  await eventually(() => hash(page), (h) => h.includes('batchSize=11&'), { what: 'batch size 11 in the link' });
  assert.equal(await batch.inputValue(), '11');
  assert.equal(await batch.getAttribute('aria-valuetext'), '11');
  assert.equal(await textOf(epoch), '000,003', 'the slider keys did not step or reset');

  await stepTimes(button, epoch, 1);
  assert.deepEqual(errors, []);
});

test('activation, regularization and problem type reset the network', OPTIONS, async (t) => {
  const { page, errors, epoch, heatmap, button, control } = await ready(t);

  await stepTimes(button, epoch, 2);
  let before = await canvasPixels(heatmap);
  await control('Activation').selectOption({ label: 'ReLU' });
  await eventually(() => textOf(epoch), (e) => e === '000,000', { what: 'a reset after the activation change' });
  await changed(() => canvasPixels(heatmap), before, 'new weights on the heatmap');
  assert.match(await hash(page), /activation=relu/);

  await stepTimes(button, epoch, 2);
  before = await canvasPixels(heatmap);
  await control('Regularization').selectOption({ label: 'L2' });
  await eventually(() => textOf(epoch), (e) => e === '000,000', { what: 'a reset after the regularization change' });
  await changed(() => canvasPixels(heatmap), before, 'new weights on the heatmap');
  assert.match(await hash(page), /regularization=L2/);

  await stepTimes(button, epoch, 2);
  const plot = await plotOnScreen(page, heatmap);
  await control('Problem type').selectOption({ label: 'Regression' });
  await eventually(() => textOf(epoch), (e) => e === '000,000', { what: 'a reset after the problem change' });
  await button('Plane').waitFor({ timeout: 5_000 });
  assert.equal(await button('Multi gaussian').count(), 1);
  assert.equal(await button('Circle').count(), 0, 'only the regression data sets are offered');
  assert.equal(await button('Plane').getAttribute('aria-pressed'), 'true');
  await changed(() => plotOnScreen(page, heatmap), plot, 'regression data on the plot');
  assert.match(await hash(page), /problem=regression/);
  assert.deepEqual(errors, []);
});

test('a data set thumbnail changes the points and resets', OPTIONS, async (t) => {
  const { page, errors, epoch, heatmap, button } = await ready(t);
  for (const name of ['Circle', 'Exclusive or', 'Gaussian', 'Spiral']) {
    assert.equal(await button(name).count(), 1, `${name} thumbnail`);
  }
  assert.equal(await button('Circle').getAttribute('aria-pressed'), 'true');
  assert.equal(await button('Spiral').getAttribute('aria-pressed'), 'false');
  await stepTimes(button, epoch, 2);

  const plot = await plotOnScreen(page, heatmap);
  await button('Spiral').click();
  await eventually(() => button('Spiral').getAttribute('aria-pressed'), (p) => p === 'true', { what: 'Spiral selected' });
  assert.equal(await button('Circle').getAttribute('aria-pressed'), 'false');
  await changed(() => plotOnScreen(page, heatmap), plot, 'the spiral points');
  assert.equal(await textOf(epoch), '000,000');
  assert.match(await hash(page), /dataset=spiral/);
  assert.deepEqual(errors, []);
});

test('the ratio and noise sliders make new data and reset', OPTIONS, async (t) => {
  const { page, errors, epoch, heatmap, button, control } = await ready(t);
  for (const [name, key, shown] of [['Ratio of training to test data', 'percTrainData=60', '60%'], ['Noise', 'noise=5', '5']]) {
    await stepTimes(button, epoch, 2);
    const plot = await plotOnScreen(page, heatmap);
    const slider = control(name);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await eventually(() => hash(page), (h) => h.includes(`${key}&`), { what: `${key} in the link` });
    await eventually(() => textOf(epoch), (e) => e === '000,000', { what: `a reset after ${name}` });
    await changed(() => plotOnScreen(page, heatmap), plot, `new points after ${name}`);
    assert.equal(await slider.getAttribute('aria-valuetext'), shown, `${name} reads ${shown}`);
  }
  assert.deepEqual(errors, []);
});

test('dragging a slider shows the value as it moves and applies it once, on release', OPTIONS, async (t) => {
  const { page, errors, control } = await ready(t);
  const slider = control('Noise');
  const box = await slider.boundingBox();
  const before = await hash(page);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 6, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 6 + i * box.width * 0.05, y);
  const shown = await slider.getAttribute('aria-valuetext');
  assert.notEqual(shown, '0', 'the shown value follows the thumb');
  assert.equal(await hash(page), before, 'nothing is applied while dragging');
  await page.mouse.up();
  await eventually(() => hash(page), (h) => h.includes(`noise=${shown}&`), { what: `noise=${shown} in the link` });
  assert.deepEqual(errors, []);
});

test('Regenerate draws new points and keeps the epoch', OPTIONS, async (t) => {
  const { page, errors, epoch, heatmap, button } = await ready(t);
  await stepTimes(button, epoch, 2);
  const seed = (await hash(page)).match(/seed=([^&]*)/)[1];
  const plot = await plotOnScreen(page, heatmap);
  await button('Regenerate').click();
  await changed(() => plotOnScreen(page, heatmap), plot, 'new points');
  assert.equal(await textOf(epoch), '000,002', 'training was not reset');
  assert.notEqual((await hash(page)).match(/seed=([^&]*)/)[1], seed, 'a new seed is in the link');
  await stepTimes(button, epoch, 1);
  assert.deepEqual(errors, []);
});

test('Show test data adds points; Discretize output changes the heatmap', OPTIONS, async (t) => {
  const { page, errors, heatmap, control } = await ready(t);
  const showTest = control('Show test data');
  assert.equal(await showTest.isChecked(), false);
  const plot = await plotOnScreen(page, heatmap);
  await showTest.check();
  await changed(() => plotOnScreen(page, heatmap), plot, 'the test points');
  assert.match(await hash(page), /showTestData=true/);

  const discretize = control('Discretize output');
  const pixels = await canvasPixels(heatmap);
  const shades = await distinctColours(heatmap);
  await discretize.check();
  await changed(() => canvasPixels(heatmap), pixels, 'a discretized heatmap');
  assert.ok((await distinctColours(heatmap)) <= Math.min(shades, 3), 'at most two colours (and NaN) remain');
  assert.match(await hash(page), /discretize=true/);
  assert.deepEqual(errors, []);
});

test('the loss chart is drawn and follows training', OPTIONS, async (t) => {
  const { errors, epoch, button, control } = await ready(t);
  const chart = control('Loss chart');
  assert.equal(await chart.evaluate((el) => el.tagName), 'CANVAS');
  await eventually(() => distinctColours(chart), (n) => n > 2, { what: 'axes and labels on the chart' });
  const before = await canvasPixels(chart);
  await stepTimes(button, epoch, 5);
  await changed(() => canvasPixels(chart), before, 'the curves to grow');
  await button('Reset').click();
  await eventually(() => textOf(epoch), (e) => e === '000,000', { what: 'a reset' });
  assert.deepEqual(errors, []);
});

test('divergence while playing pauses with an explanation; Reset recovers', OPTIONS, async (t) => {
  const { page, errors, epoch, button } = await ready(t, DIVERGING);
  const alert = page.getByRole('alert').filter({ hasText: 'learning rate' });
  assert.equal(await alert.count(), 0);

  await button('Play').click();
  await alert.waitFor({ timeout: 15_000 });
  assert.match(await textOf(alert), /too high/);
  assert.match(await textOf(alert), /Reset/);
  await button('Play').waitFor({ timeout: 5_000 });
  const stopped = await textOf(epoch);
  await sleep(600);
  assert.equal(await textOf(epoch), stopped, 'training stays paused');
  assert.match(await textOf(page.getByLabel('Training loss', { exact: true })), /NaN|Infinity/);

  await button('Reset').click();
  await eventually(() => alert.count(), (n) => n === 0, { what: 'the alert to go away' });
  assert.equal(await textOf(epoch), '000,000');
  assert.match(await textOf(page.getByLabel('Training loss', { exact: true })), /^\d+\.\d{3}$/);
  assert.deepEqual(errors, []);
});

test('divergence during Step is caught too', OPTIONS, async (t) => {
  const { page, errors, epoch, button } = await ready(t, DIVERGING);
  const alert = page.getByRole('alert').filter({ hasText: 'learning rate' });
  for (let i = 0; i < 30 && (await alert.count()) === 0; i++) {
    await button('Step').click();
    await sleep(50);
  }
  await alert.waitFor({ timeout: 5_000 });
  const at = await textOf(epoch);
  await button('Step').click();
  await sleep(300);
  assert.equal(await textOf(epoch), at, 'no more training on NaN');
  await button('Reset').click();
  await eventually(() => alert.count(), (n) => n === 0, { what: 'the alert to go away' });
  assert.deepEqual(errors, []);
});

test('shortcuts stay quiet while a menu or a slider has focus', OPTIONS, async (t) => {
  const { page, errors, epoch, button, control } = await ready(t);
  await stepTimes(button, epoch, 2);
  await control('Learning rate').focus();
  await page.keyboard.press('s');
  await page.keyboard.press('r');
  await control('Noise').focus();
  await page.keyboard.press('Space');
  await sleep(300);
  assert.equal(await textOf(epoch), '000,002', 'no step, reset or play from keys meant for the controls');
  assert.equal(await button('Play').count(), 1);
  assert.deepEqual(errors, []);
});

test('every control can be reached with Tab', OPTIONS, async (t) => {
  const { page, errors } = await ready(t);
  const wanted = new Set([
    'Learning rate', 'Activation', 'Regularization', 'Regularization rate', 'Problem type', 'Circle',
    'Exclusive or', 'Gaussian', 'Spiral', 'Ratio of training to test data', 'Noise', 'Batch size',
    'Regenerate', 'Show test data', 'Discretize output',
  ]);
  for (let i = 0; i < 80 && wanted.size > 0; i++) {
    await page.keyboard.press('Tab');
    const { name, ring } = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return { name: '', ring: '' };
      const style = getComputedStyle(el);
      const ring = `${style.outlineStyle} ${style.outlineWidth}`;
      if (el.labels?.length) return { name: el.labels[0].textContent.trim(), ring };
      return { name: el.textContent.trim(), ring };
    });
    if (wanted.delete(name)) assert.match(ring, /^solid [2-9]/, `${name} shows a focus ring`);
  }
  assert.deepEqual([...wanted], [], 'controls never reached by Tab');
  assert.deepEqual(errors, []);
});

test('controls a course link hides stay hidden', OPTIONS, async (t) => {
  const { page, errors, control, button } = await ready(t, '#learningRate_hide=true&noise_hide=true&dataset_hide=true');
  assert.equal(await control('Learning rate').count(), 0);
  assert.equal(await control('Noise').count(), 0);
  assert.equal(await button('Circle').count(), 0);
  assert.equal(await control('Activation').count(), 1, 'the others stay');
  assert.equal(await control('Batch size').count(), 1);
  assert.equal(await page.getByLabel('Test loss', { exact: true }).count(), 1, 'unlike the original, the test loss stays');
  assert.deepEqual(errors, []);
});

test('the layout holds from 1,400 px down to 800 px without overlaps', OPTIONS, async (t) => {
  const { page, errors, control, button } = await ready(t);
  const parts = {
    Data: page.getByRole('region', { name: 'Data', exact: true }),
    Output: page.getByRole('region', { name: 'Output', exact: true }),
    'Learning rate': control('Learning rate'),
    'Problem type': control('Problem type'),
    Play: button('Play'),
    Epoch: control('Epoch'),
    'Loss chart': control('Loss chart'),
    'Output heatmap': control('Output heatmap'),
    'Batch size': control('Batch size'),
  };
  const overlap = (a, b) =>
    a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
  for (const width of [1400, 1100, 800]) {
    await page.setViewportSize({ width, height: 900 });
    await sleep(300);
    const boxes = {};
    for (const [name, locator] of Object.entries(parts)) boxes[name] = await locator.boundingBox();
    const separate = ['Data', 'Output', 'Learning rate', 'Problem type', 'Play', 'Epoch'];
    for (const a of separate) {
      for (const b of separate) {
        if (a < b) assert.ok(!overlap(boxes[a], boxes[b]), `${a} and ${b} overlap at ${width} px`);
      }
    }
    for (const [name, box] of Object.entries(boxes)) {
      assert.ok(box.x >= 0 && box.x + box.width <= width, `${name} fits across at ${width} px`);
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `no sideways scrolling at ${width} px (${scroll})`);
    await page.screenshot({ path: new URL(`./screenshots/layout-${width}.png`, import.meta.url).pathname, fullPage: true });
  }
  assert.deepEqual(errors, []);
});
