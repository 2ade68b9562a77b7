// Links: every setting lives in the address, links made for the original open as they
// did there, a shared link reproduces a run, course links and the classroom panel hide
// what they name, and no link can break the page, inject markup or load anything.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { BASE_URL, epochNumber, eventually, openPlayground, paintedShare, textOf } from './support/browser.js';

const OPTIONS = { timeout: 120_000 };

/** Opens the page at `hash` and waits until the app has rendered its losses. */
async function ready(t, hash = '') {
  const opened = await openPlayground(t, hash);
  const { page } = opened;
  await page.getByLabel('Test loss', { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return { ...opened, ...helpers(page) };
}

function helpers(page) {
  return {
    button: (name) => page.getByRole('button', { name, exact: true }),
    control: (name) => page.getByLabel(name, { exact: true }),
  };
}

/** Both losses as shown. */
async function losses(page) {
  return {
    test: await textOf(page.getByLabel('Test loss', { exact: true })),
    train: await textOf(page.getByLabel('Training loss', { exact: true })),
  };
}

/** The location hash, without `#`. */
function hashOf(page) {
  return page.evaluate(() => location.hash.slice(1));
}

/** Presses Step `n` times and waits for the counter to show it. */
async function step(page, n) {
  const epoch = page.getByLabel('Epoch', { exact: true });
  const start = epochNumber(await textOf(epoch));
  for (let i = 0; i < n; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await eventually(() => textOf(epoch), (text) => epochNumber(text) === start + n, { what: `${n} steps` });
}

/** A parity fixture of the engine: a link and the losses the original showed for it. */
function fixture(name) {
  const file = new URL(`../crates/nn-core/tests/fixtures/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The original's read-out of a loss: `Number(x).toFixed(3)`. */
function shown([train, test]) {
  return { test: Number(test).toFixed(3), train: Number(train).toFixed(3) };
}

test('links made for the original open with the losses the original showed', OPTIONS, async (t) => {
  // Different data sets, activations, regularization, initZero, a removed feature
  // (`xSquared_hide`), no hidden layer and regression.
  const names = [
    'default',
    'circle_relu_initzero',
    'gauss_sigmoid_l2',
    'hide_feature',
    'regplane_linear_nohidden',
    'xor_relu_l1_batch30',
  ];
  for (const name of names) {
    const f = fixture(name);
    await t.test(name, async (t) => {
      const { page, errors } = await ready(t, `#${f.hash}`);
      assert.deepEqual(await losses(page), shown(f.losses[0]), `${name}: losses at epoch 0`);
      await step(page, 10);
      assert.deepEqual(await losses(page), shown(f.losses[10]), `${name}: losses after 10 steps`);
      assert.deepEqual(errors, []);
    });
  }
});

test('the link holds every setting, with a seed, and is rewritten in place', OPTIONS, async (t) => {
  const { page, errors, button, control } = await ready(t, '#activation=relu');
  const first = await hashOf(page);
  assert.match(first, /&seed=0\.\d{1,5}&/, 'a link without a seed gets one at once');
  assert.match(first, /^activation=relu&/);
  const entries = await page.evaluate(() => history.length);

  // One change of each kind; each lands in the link.
  const changes = [
    [() => control('Learning rate').selectOption('0.1'), 'learningRate=0.1&'],
    [() => control('Activation').selectOption({ label: 'Sigmoid' }), 'activation=sigmoid&'],
    [() => control('Regularization').selectOption({ label: 'L2' }), 'regularization=L2&'],
    [() => control('Regularization rate').selectOption('0.003'), 'regularizationRate=0.003&'],
    [() => button('Exclusive or').click(), 'dataset=xor&'],
    [() => control('Noise').press('ArrowRight'), 'noise=5&'],
    [() => control('Batch size').press('ArrowRight'), 'batchSize=11&'],
    [() => control('Ratio of training to test data').press('ArrowRight'), 'percTrainData=60&'],
    [() => button('X₁²').click(), 'xSquared=true&'],
    [() => button('Add hidden layer').click(), 'networkShape=4,2,2&'],
    [() => control('Show test data').check(), 'showTestData=true&'],
    [() => control('Discretize output').check(), 'discretize=true&'],
    [() => control('Problem type').selectOption({ label: 'Regression' }), 'problem=regression&'],
    [() => control('Speed').selectOption({ index: 3 }), /&speed=\d+/],
  ];
  for (const [act, expected] of changes) {
    await act();
    const holds = (h) => (typeof expected === 'string' ? h.includes(expected) : expected.test(h));
    await eventually(() => hashOf(page), holds, { what: `${expected} in the link` });
  }
  await step(page, 3);
  const seed = (await hashOf(page)).match(/&seed=([^&]*)&/)[1];
  await button('Regenerate').click();
  await eventually(() => hashOf(page), (h) => !h.includes(`&seed=${seed}&`), {
    what: 'a new data seed in the link after Regenerate',
  });
  assert.equal(await page.evaluate(() => history.length), entries, 'no history entry was added');

  // The link alone brings it all back: a fresh page writes the very same link.
  const link = await hashOf(page);
  const fresh = await ready(t, `#${link}`);
  assert.equal(await hashOf(fresh.page), link);
  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
});

test('Share copies the link and shows it; a shared link replays the same run', OPTIONS, async (t) => {
  const start = '#dataset=xor&activation=relu&networkShape=5,3&learningRate=0.1&batchSize=5&noise=10&xTimesY=true&seed=roundtrip';
  const { page, errors, button } = await ready(t, start);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  await step(page, 20);
  const trained = await losses(page);

  await button('Share').click();
  const field = page.getByLabel('Link to this playground', { exact: true });
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor({ timeout: 5_000 });
  const link = await field.inputValue();
  assert.equal(link, await page.evaluate(() => location.href), 'the field shows the page’s link');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
  assert.equal(await field.isEditable(), false, 'the field is read-only');

  // A fresh browser, the same link, the same number of steps: the same losses.
  const other = await openPlayground(t, link);
  await other.page.getByLabel('Test loss', { exact: true }).waitFor({ timeout: 20_000 });
  await step(other.page, 20);
  assert.deepEqual(await losses(other.page), trained);
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
});

test('without a clipboard, Share selects the link for copying by hand', OPTIONS, async (t) => {
  const { page, errors, button } = await ready(t, '#seed=manual');
  await page.evaluate(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await button('Share').click();
  await page.getByRole('status').filter({ hasText: 'Ctrl+C' }).waitFor({ timeout: 5_000 });
  const selection = await page.getByLabel('Link to this playground', { exact: true }).evaluate((el) => ({
    focused: document.activeElement === el,
    all: el.selectionStart === 0 && el.selectionEnd === el.value.length,
    value: el.value,
  }));
  assert.deepEqual(selection, { focused: true, all: true, value: await page.evaluate(() => location.href) });
  assert.deepEqual(errors, []);
});

/** Every part a link or the classroom panel can hide: its `_hide` name, its checkbox in
 *  the panel, and how to find it on the page. */
const PARTS = [
  ['playButton', 'Play/pause button', (p) => p.getByRole('button', { name: 'Play', exact: true })],
  ['stepButton', 'Step button', (p) => p.getByRole('button', { name: 'Step', exact: true })],
  ['resetButton', 'Reset button', (p) => p.getByRole('button', { name: 'Reset', exact: true })],
  ['newWeightsButton', 'New weights button', (p) => p.getByRole('button', { name: 'New weights', exact: true })],
  ['epoch', 'Epoch counter', (p) => p.getByLabel('Epoch', { exact: true })],
  ['speed', 'Speed menu', (p) => p.getByLabel('Speed', { exact: true })],
  ['learningRate', 'Learning rate menu', (p) => p.getByLabel('Learning rate', { exact: true })],
  ['activation', 'Activation menu', (p) => p.getByLabel('Activation', { exact: true })],
  ['regularization', 'Regularization menu', (p) => p.getByLabel('Regularization', { exact: true })],
  ['regularizationRate', 'Regularization rate menu', (p) => p.getByLabel('Regularization rate', { exact: true })],
  ['problem', 'Problem type menu', (p) => p.getByLabel('Problem type', { exact: true })],
  ['dataset', 'Data set choice', (p) => p.getByRole('button', { name: 'Circle', exact: true })],
  ['percTrainData', 'Training/test ratio slider', (p) => p.getByLabel('Ratio of training to test data', { exact: true })],
  ['noise', 'Noise slider', (p) => p.getByLabel('Noise', { exact: true })],
  ['batchSize', 'Batch size slider', (p) => p.getByLabel('Batch size', { exact: true })],
  ['regenerate', 'Regenerate button', (p) => p.getByRole('button', { name: 'Regenerate', exact: true })],
  ['features', 'Feature toggles', (p) => p.getByRole('button', { name: 'X₁', exact: true })],
  ['numHiddenLayers', 'Add/remove layer buttons', (p) => p.getByRole('button', { name: 'Add hidden layer', exact: true })],
  ['layers', 'All +/− buttons of the network', (p) => p.getByRole('button', { name: 'Add neuron to layer 1', exact: true })],
  ['lossChart', 'Loss graph', (p) => p.getByRole('img', { name: 'Loss chart', exact: true })],
  ['showTestData', '“Show test data” box', (p) => p.getByLabel('Show test data', { exact: true })],
  ['discretize', '“Discretize output” box', (p) => p.getByLabel('Discretize output', { exact: true })],
  ['stepBatch', 'Step one batch button', (p) => p.getByRole('button', { name: 'Step one batch', exact: true })],
  ['inside', 'Inside the network panel', (p) => p.getByRole('heading', { name: 'Inside the network', exact: true })],
  ['activationFigure', 'Activation function figure', (p) => p.getByRole('figure', { name: 'Activation function', exact: true })],
  ['gradientFigure', 'Gradient size figure', (p) => p.getByRole('figure', { name: 'Gradient size per layer', exact: true })],
  ['deadFigure', 'Dead neurons figure', (p) => p.getByRole('figure', { name: 'Dead neurons', exact: true })],
  ['weightFigure', 'Weights figure', (p) => p.getByRole('figure', { name: 'Weights', exact: true })],
  ['collapseFigure', 'Linear collapse figure', (p) => p.getByRole('figure', { name: 'Linear collapse', exact: true })],
  ['lessons', 'Lessons menu', (p) => p.getByRole('button', { name: 'Lessons', exact: true })],
  ['playgroundFile', 'Playground file, PyTorch and figure buttons', (p) => p.getByRole('button', { name: 'Save playground file', exact: true })],
];

/** Names of the parts that are visible now. */
async function visibleParts(page) {
  const seen = [];
  for (const [key, , find] of PARTS) if (await find(page).isVisible()) seen.push(key);
  return seen;
}

test('_hide keys from course links hide what they name, and the losses stay', OPTIONS, async (t) => {
  const all = PARTS.map(([key]) => `${key}_hide=true`).join('&');
  const { page, errors } = await ready(t, `#seed=hide&hideText=true&${all}`);
  assert.deepEqual(await visibleParts(page), [], 'every named part is hidden');
  assert.equal(await page.getByRole('heading', { name: /Tinker With a Neural Network/ }).count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'How to read the playground' }).count(), 0);
  for (const name of ['Test loss', 'Training loss', 'Output heatmap']) {
    assert.ok(await page.getByLabel(name, { exact: true }).isVisible(), `${name} stays`);
  }
  assert.deepEqual(errors, []);

  // The original's per-layer key hides only that layer's +/−.
  const layer = await ready(t, '#seed=hide&networkShape=3,3&numNodes1_hide=true');
  const neurons = (k) => layer.page.getByRole('button', { name: `Add neuron to layer ${k}`, exact: true });
  assert.equal(await neurons(1).isVisible(), false);
  assert.equal(await neurons(2).isVisible(), true);
  assert.equal(await layer.button('Add hidden layer').isVisible(), true);
  assert.deepEqual(layer.errors, []);

  // A hidden button's keyboard shortcut is off too; the others still work.
  const keys = await ready(t, '#seed=keys&playButton_hide=true');
  const epoch = keys.control('Epoch');
  await keys.page.locator('body').press('Space');
  await sleep(500);
  assert.equal(await textOf(epoch), '000,000', 'Space does not play when Play is hidden');
  await keys.page.locator('body').press('s');
  await eventually(() => textOf(epoch), (text) => text === '000,001', { what: 'S to step' });
  assert.deepEqual(keys.errors, []);
});

test('the classroom panel hides and shows every part at once, and the link follows', OPTIONS, async (t) => {
  const { page, errors, button } = await ready(t, '#seed=panel');
  await step(page, 2);
  await page.evaluate(() => (window.__sameDocument = true));
  const entries = await page.evaluate(() => history.length);

  const disclosure = button('Classroom');
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'false');
  await disclosure.click();
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'true');
  const panel = page.getByRole('region', { name: 'Show or hide parts of the page' });
  await panel.waitFor();

  for (const [key, label, find] of PARTS) {
    const box = panel.getByLabel(label, { exact: true });
    assert.equal(await box.isChecked(), true, `${label} starts ticked (shown)`);
    assert.equal(await find(page).isVisible(), true, `${key} starts visible`);
    await box.uncheck();
    await eventually(() => find(page).isVisible(), (v) => v === false, { what: `${key} to hide` });
    await eventually(() => hashOf(page), (h) => h.includes(`${key}_hide=true`), { what: `${key}_hide in the link` });
    await box.check();
    await eventually(() => find(page).isVisible(), (v) => v === true, { what: `${key} to come back` });
    await eventually(() => hashOf(page), (h) => !h.includes(`${key}_hide`), { what: `${key}_hide to leave the link` });
  }

  // The headline and the guide (`hideText`).
  const guide = page.getByRole('heading', { name: 'How to read the playground' });
  await panel.getByLabel('Headline and guide', { exact: true }).uncheck();
  await eventually(() => guide.count(), (n) => n === 0, { what: 'the guide to hide' });
  assert.match(await hashOf(page), /hideText=true/);
  await panel.getByLabel('Headline and guide', { exact: true }).check();
  await guide.waitFor();
  assert.match(await hashOf(page), /hideText=false/);

  // Nothing reloaded or started over, and the history did not grow.
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await textOf(page.getByLabel('Epoch', { exact: true })), '000,002');
  assert.equal(await page.evaluate(() => history.length), entries);

  // A hidden part stays hidden in the link a student opens.
  await panel.getByLabel('Noise slider', { exact: true }).uncheck();
  const link = await page.evaluate(() => location.href);
  const student = await openPlayground(t, link);
  await student.page.getByLabel('Test loss', { exact: true }).waitFor({ timeout: 20_000 });
  assert.equal(await student.page.getByLabel('Noise', { exact: true }).count(), 0);
  assert.equal(await student.page.getByLabel('Batch size', { exact: true }).count(), 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(student.errors, []);
});

test('hiding the ratio slider keeps the test loss (the original’s #129)', OPTIONS, async (t) => {
  const { page, errors, button, control } = await ready(t, '#seed=129&percTrainData_hide=true');
  assert.equal(await control('Ratio of training to test data').count(), 0);
  assert.ok(await control('Test loss').isVisible());
  assert.match(await textOf(control('Test loss')), /^\d+\.\d{3}$/);

  // And when the panel hides it live.
  const shown = await ready(t, '#seed=129');
  await shown.button('Classroom').click();
  await shown.page.getByLabel('Training/test ratio slider', { exact: true }).uncheck();
  await eventually(() => shown.control('Ratio of training to test data').count(), (n) => n === 0, {
    what: 'the slider to hide',
  });
  assert.ok(await shown.control('Test loss').isVisible());
  assert.match(await textOf(shown.control('Test loss')), /^\d+\.\d{3}$/);
  assert.equal(await button('Play').count(), 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(shown.errors, []);
});

test('the page loads nothing from elsewhere, breaks no CSP rule, and is quiet while playing', OPTIONS, async (t) => {
  const { page, errors, button } = await ready(t, '#seed=quiet');
  const origin = new URL(BASE_URL).origin;

  // The policy is in the page and names no other origin.
  const policy = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
  );
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(policy, /https?:|\*|'unsafe-eval'/, 'no remote origin, wildcard or eval');

  // Everything it loaded came from here.
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((u) => !u.startsWith('data:')),
  );
  assert.ok(loaded.length >= 3, `the page loaded its files (${loaded})`);
  for (const url of loaded) assert.equal(new URL(url).origin, origin, `${url} is local`);

  // At one epoch per frame the training worker is not even loaded (it comes with the
  // first choice of maximum speed).
  assert.equal(page.workers().length, 0, 'no training worker at the default speed');

  // 5 s of training, a share and a hidden part: not one request.
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await button('Play').click();
  await button('Share').click();
  await button('Classroom').click();
  await page.getByLabel('Loss graph', { exact: true }).uncheck();
  await sleep(5_000);
  await button('Pause').click();
  assert.ok(epochNumber(await textOf(page.getByLabel('Epoch', { exact: true }))) > 10, 'it trained');
  assert.deepEqual(requests, [], 'no network request after loading');
  assert.deepEqual(errors, [], 'no CSP violation or other console error');

  // The policy is enforced: inline code is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
    return window.__inline === true;
  });
  assert.equal(ran, false, 'an inline script does not run');
});

test('mangled links never break the page; the notice shows what was wrong, as text', OPTIONS, async (t) => {
  const payload = '<img src=x onerror=alert(1)>';
  const long = Array.from({ length: 1_400 }, (_, i) => `k${i}=v`).join('&');
  const cases = [
    ['#%%%&&==', '%%%'],
    ['#networkShape=999,-1', 'networkShape=999,-1'],
    ['#<script>', '<script>'],
    [`#dataset=${encodeURIComponent(payload)}`, payload],
    [`#${payload}`, '<img src'],
    [`#${long}`.slice(0, 10_001), 'more problems were not listed'],
    ['#tutorial=evil', 'tutorials are not supported'],
  ];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));

  for (const [hash, expected] of cases) {
    await page.goto('about:blank');
    await page.goto(new URL(hash, BASE_URL).href, { waitUntil: 'load' });
    const label = hash.length > 60 ? `${hash.slice(0, 40)}… (${hash.length} characters)` : hash;
    const notice = page.getByRole('alert');
    await notice.waitFor({ timeout: 20_000 });
    assert.ok((await textOf(notice)).includes(expected), `${label}: the notice mentions ${expected}`);
    assert.equal(await notice.getByRole('img').count(), 0, `${label}: no markup from the link`);
    // Not a blank page: the controls and a drawn heatmap.
    assert.ok(await page.getByRole('button', { name: 'Play', exact: true }).isVisible(), `${label}: Play`);
    const heatmap = page.getByLabel('Output heatmap', { exact: true });
    await eventually(() => paintedShare(heatmap), (share) => share === 1, { what: `${label}: the heatmap` });
    assert.match(await hashOf(page), /&seed=[^&]+&/, `${label}: the page writes a clean link`);
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    assert.equal(await notice.count(), 0, `${label}: the notice can be dismissed`);
  }
  assert.deepEqual(problems, [], 'no panic, console error or dialog');
  assert.deepEqual(
    requests.filter((u) => !u.startsWith(BASE_URL) && u !== 'about:blank'),
    [],
    'nothing loaded from elsewhere',
  );
  assert.ok(!requests.some((u) => u.includes('tutorial')), 'no tutorial was fetched');
});
