// Your own data (issue 11): Import CSV by file picker or drop, with what was detected
// confirmed first; each kind of bad file named with its line and changing nothing; the
// imported points trained on; Export CSV giving the points back.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 60_000 };

async function ready(t, hash) {
  const opened = await openPlayground(t, hash);
  await opened.page.getByLabel('Epoch', { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return opened;
}

/** Chooses a file with the Import CSV button's picker. */
async function importFile(page, name, contents) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(contents) });
}

/** A ring of -1 around a disc of +1, 60 points, with a split column. */
function ring() {
  const lines = ['x,y,label,split'];
  for (let i = 0; i < 60; i += 1) {
    const a = (i / 60) * 2 * Math.PI;
    const r = i % 2 ? 4.5 : 1.2;
    lines.push(`${(r * Math.cos(a)).toFixed(3)},${(r * Math.sin(a)).toFixed(3)},${i % 2 ? -1 : 1},${i % 3 ? 'train' : 'test'}`);
  }
  return `${lines.join('\n')}\n`;
}

test('a good CSV is detected, confirmed, trained on, and exported back', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=csv');
  await importFile(page, 'ring.csv', ring());
  const status = page.getByRole('status').filter({ hasText: 'ring.csv' });
  await status.waitFor();
  assert.match(await textOf(status), /60 points; labels: two classes .*; the file splits them: 40 training, 20 test\./);
  await page.getByRole('button', { name: 'Use this data', exact: true }).click();
  await page.getByText(/Your data is in use \(60 points\)/).waitFor();
  // No built-in data set is marked as the one in use.
  assert.equal(await page.getByRole('button', { name: 'Circle', exact: true }).getAttribute('aria-pressed'), 'false');
  // The batch slider's end is the file's training set.
  assert.match(await textOf(page.locator('.data-column')), /40/);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await eventually(() => textOf(page.getByLabel('Epoch', { exact: true })), (e) => e === '000,001', { what: 'one epoch' });
  // Export gives the same points back, training points first.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV', exact: true }).click();
  const file = await (await download).path();
  const text = await readFile(file, 'utf8');
  const rows = text.trim().split('\n');
  assert.equal(rows[0], 'x,y,label,split');
  assert.equal(rows.length, 61);
  const source = ring().trim().split('\n').slice(1);
  const key = (r) => r.split(',').map((v, i) => (i < 3 ? Number(v) : v)).join('|');
  assert.deepEqual(rows.slice(1).map(key).sort(), source.map(key).sort());
  assert.equal(rows.filter((r) => r.endsWith(',test')).length, 20);
  // A built-in data set takes over again.
  await page.getByRole('button', { name: 'Back to the built-in data', exact: true }).click();
  await eventually(() => page.getByText(/Your data is in use/).count(), (n) => n === 0, { what: 'the built-in data' });
  assert.deepEqual(errors, []);
});

test('each kind of bad file is named with its line and changes nothing', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=bad');
  const before = await textOf(page.getByLabel('Test loss', { exact: true }));
  const cases = [
    ['empty.csv', '', /It has no points\./],
    ['short.csv', '1,1,1\n2,2\n', /Line 2: the column "label" is missing\./],
    ['word.csv', 'x,y,label\n1,1,1\n1,oops,1\n', /Line 3: y "oops" is not a number\./],
    ['far.csv', '1,1,1\n9,1,1\n', /Line 2: x = 9 is outside −6 … 6/],
    ['classes.csv', '0,0,0\n1,1,1\n2,2,2\n3,3,9\n', /Line 4: class 9: at most 5 classes/],
    ['split.csv', '1,1,1,train\n1,1,1,maybe\n', /Line 2: split "maybe" is neither train nor test\./],
    ['image.png', '\u0089PNG\r\n\u001a\n\u0000\u0000', /It is not a text \(CSV\) file\./],
  ];
  for (const [name, contents, message] of cases) {
    await importFile(page, name, contents);
    const alert = page.getByRole('alert').filter({ hasText: name });
    await alert.waitFor();
    const text = await textOf(alert);
    assert.match(text, new RegExp(`${name.replace('.', '\\.')} cannot be imported; nothing was changed\\.`));
    assert.match(text, message, name);
    await alert.getByRole('button', { name: 'Dismiss', exact: true }).click();
  }
  assert.equal(await textOf(page.getByLabel('Test loss', { exact: true })), before);
  assert.equal(await page.getByText(/Your data is in use/).count(), 0);
  assert.deepEqual(errors, []);
});

test('a file dropped on the data column imports too, and the Chinese page says what it holds', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '#seed=drop&lang=zh');
  await page.getByLabel('轮次', { exact: true }).waitFor({ timeout: 20_000 });
  const data = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'values.csv', { type: 'text/csv' }));
    return dt;
  }, '1,1,0.5\n2,2,-0.25\n-1,-2,0.75\n0,0,0.1\n');
  await page.locator('.data-file').dispatchEvent('drop', { dataTransfer: data });
  const status = page.getByRole('status').filter({ hasText: 'values.csv' });
  await status.waitFor();
  assert.match(await textOf(status), /4 个点；标签：数值，回归问题；按训练集比例滑块划分。/);
  await page.getByRole('button', { name: '使用这些数据', exact: true }).click();
  await page.getByText(/正在使用你的数据（4 个点）/).waitFor();
  assert.equal(
    await page.getByLabel('问题类型', { exact: true }).evaluate((el) => el.selectedOptions[0].textContent),
    '回归',
  );
  assert.deepEqual(errors, []);
});

test('a saved playground file opens in a fresh page and trains on identically', { timeout: 120_000 }, async (t) => {
  const link = '#seed=json&networkShape=3,2&activation=relu&learningRate=0.1';
  const a = await ready(t, link);
  const step = (page, n) => (async () => {
    for (let i = 0; i < n; i += 1) await page.getByRole('button', { name: 'Step', exact: true }).click();
  })();
  const save = async (page) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save playground file', exact: true }).click();
    return readFile(await (await download).path(), 'utf8');
  };
  await step(a.page, 20);
  const saved = await save(a.page);
  assert.equal(JSON.parse(saved).format, 'nn-playground');
  await step(a.page, 100);
  await eventually(() => textOf(a.page.getByLabel('Epoch', { exact: true })), (e) => e === '000,120', { what: 'epoch 120' });
  const later = JSON.parse(await save(a.page));

  // Another page, on other settings, opens the file.
  const b = await ready(t, '#seed=other&dataset=xor');
  const chooser = b.page.waitForEvent('filechooser');
  await b.page.getByRole('button', { name: 'Open playground file', exact: true }).click();
  await (await chooser).setFiles({ name: 'playground.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await eventually(() => textOf(b.page.getByLabel('Epoch', { exact: true })), (e) => e === '000,020', { what: 'epoch 20' });
  await eventually(() => new URL(b.page.url()).hash, (h) => /seed=json/.test(h), { what: "the file's link in the address" });
  await step(b.page, 100);
  await eventually(() => textOf(b.page.getByLabel('Epoch', { exact: true })), (e) => e === '000,120', { what: 'epoch 120' });
  const replayed = JSON.parse(await save(b.page));
  assert.deepEqual(replayed.state, later.state, 'the same weights, optimiser state and histories, bit for bit');
  assert.equal(await textOf(b.page.getByLabel('Test loss', { exact: true })), await textOf(a.page.getByLabel('Test loss', { exact: true })));

  // A file from elsewhere says why and changes nothing.
  const again = b.page.waitForEvent('filechooser');
  await b.page.getByRole('button', { name: 'Open playground file', exact: true }).click();
  await (await again).setFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
  const alert = b.page.getByRole('alert').filter({ hasText: 'other.json' });
  await alert.waitFor();
  assert.match(await textOf(alert), /It is not a saved playground/);
  assert.equal(await textOf(b.page.getByLabel('Epoch', { exact: true })), '000,120');
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

test('the exported PyTorch script is Python and runs on the exported CSV where PyTorch is installed', { timeout: 120_000 }, async (t) => {
  const { execFileSync, spawnSync } = await import('node:child_process');
  const { page, errors } = await ready(t, '#seed=torch&networkShape=3&activation=relu&batchSize=5');
  const grab = async (button) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button, exact: true }).click();
    const d = await download;
    return { name: d.suggestedFilename(), path: await d.path() };
  };
  const script = await grab('Export PyTorch script');
  const data = await grab('Export CSV');
  assert.equal(script.name, 'playground.py');
  assert.equal(data.name, 'playground-data.csv');
  const code = await readFile(script.path, 'utf8');
  assert.match(code, /BATCH_SIZE = 5\n/);
  assert.match(code, /HIDDEN_ACTIVATIONS = \["relu"\]/);
  assert.match(code, /seed=torch/);
  execFileSync('python3', ['-m', 'py_compile', script.path]);
  const torch = spawnSync('python3', ['-c', 'import torch']);
  if (torch.status === 0) {
    const out = execFileSync('python3', [script.path, data.path, '50'], { encoding: 'utf8' });
    const last = out.trim().split('\n').pop().split(',');
    assert.equal(last[0], '50');
    assert.ok(Number(last[2]) < Number(out.split('\n')[1].split(',')[2]), 'the test loss falls');
  }
  assert.deepEqual(errors, []);
});
