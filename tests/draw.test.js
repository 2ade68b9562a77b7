// Draw your own data (issue 11): points added by clicking and dragging where the pointer
// is, erased, cleared, added by keyboard; the count and the map follow; training goes on
// while drawing; the share link carries the points and brings them back identical.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { epochNumber, eventually, openPlayground, paintedShare, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };

async function ready(t, hash) {
  const opened = await openPlayground(t, hash);
  await opened.page.getByLabel('Epoch', { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return opened;
}

const count = (page) => textOf(page.locator('.draw-count'));
const pointsCanvas = (page) => page.locator('canvas.plot-points');
const area = (page) => page.getByRole('application', { name: /^Drawing area/ });

/** The viewport pixel of data point (x, y) on the map, and back. */
async function plotBox(page) {
  const box = await pointsCanvas(page).boundingBox();
  return {
    toScreen: (x, y) => [box.x + ((x + 6) / 12) * box.width, box.y + ((6 - y) / 12) * box.height],
    toData: (px, py) => [((px - box.x) / box.width) * 12 - 6, 6 - ((py - box.y) / box.height) * 12],
  };
}

/** The rows of the Export CSV file: [x, y, label, split]. */
async function exported(page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV', exact: true }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  return text.trim().split('\n').slice(1).map((r) => r.split(','));
}

test('points drawn by clicking land under the pointer, change the count and the map, and travel in the link', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=draw&dataset=gauss');
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  assert.equal(await page.getByRole('button', { name: 'Draw', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await count(page), '500 points: 250 training, 250 test');
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await eventually(() => count(page), (c) => c === '0 points: 0 training, 0 test', { what: 'no points' });
  await eventually(() => paintedShare(pointsCanvas(page)), (s) => s === 0, { what: 'an empty map' });

  // Two blue points and an orange one, clicked at whole pixels (the map is measured
  // again after each pick: choosing an option may scroll the page).
  const clicks = [[2, 2, 'Blue (+1)'], [-3, 1.5, 'Blue (+1)'], [-2, -2, 'Orange (−1)']];
  const expected = [];
  for (const [x, y, label] of clicks) {
    await page.getByLabel('Class', { exact: true }).selectOption({ label });
    const plot = await plotBox(page);
    const [px, py] = plot.toScreen(x, y).map(Math.round);
    await page.mouse.click(px, py);
    expected.push([...plot.toData(px, py), label.startsWith('Blue') ? 1 : -1]);
  }
  await eventually(() => count(page), (c) => c === '3 points: 3 training, 0 test', { what: 'three points' });
  assert.ok((await paintedShare(pointsCanvas(page))) > 0, 'the points are drawn');
  // Each lands where it was clicked (to the link's grid of 0.01, half a step at most).
  const rows = await exported(page);
  assert.equal(rows.length, 3);
  rows.forEach(([x, y, label, split], i) => {
    assert.ok(Math.abs(Number(x) - expected[i][0]) <= 0.0051, `x ${x} vs ${expected[i][0]}`);
    assert.ok(Math.abs(Number(y) - expected[i][1]) <= 0.0051, `y ${y} vs ${expected[i][1]}`);
    assert.equal(Number(label), expected[i][2]);
    assert.equal(split, 'train');
  });

  // A test point, then a drag of 120 pixels adds a point every 12 pixels or so.
  await page.getByLabel('Add to', { exact: true }).selectOption({ label: 'Test data' });
  let plot = await plotBox(page);
  const [sx, sy] = plot.toScreen(3, -3).map(Math.round);
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  await page.mouse.move(sx + 120, sy, { steps: 30 });
  await page.mouse.up();
  const tests = (c) => Number(/^\d+ points: 3 training, (\d+) test$/.exec(c)?.[1] ?? -1);
  await eventually(() => count(page).then(tests), (n) => n >= 8 && n <= 11, { what: 'a dragged line of test points' });
  const drawn = await exported(page);

  // The eraser takes the point under it and only that one.
  await page.getByRole('radio', { name: 'Erase', exact: true }).check();
  plot = await plotBox(page);
  const [ex, ey] = plot.toScreen(Number(drawn[0][0]), Number(drawn[0][1]));
  await page.mouse.click(ex, ey);
  await eventually(() => count(page), (c) => c.startsWith(`${drawn.length - 1} points: 2 training`), { what: 'one point erased' });
  const kept = await exported(page);

  // The link carries them: another page opens with the same points, bit for bit.
  await page.getByText('The link carries them.').waitFor();
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /&points=[A-Za-z0-9_-]+/);
  const other = await page.context().newPage();
  await other.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}${hash}`);
  await other.getByText(`Your data is in use (${kept.length} points).`).waitFor({ timeout: 20_000 });
  assert.deepEqual(await exported(other), kept);
  await other.close();
  assert.deepEqual(errors, []);
});

test('the network keeps training while points are drawn, and the keyboard draws too', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=keys&dataset=xor&speed=5');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const epoch = () => textOf(page.getByLabel('Epoch', { exact: true })).then(epochNumber);
  await eventually(epoch, (e) => e >= 100, { what: 'training' });
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  const before = await epoch();
  // Keyboard: Shift+Tab from the Draw button reaches the map; arrows move the cursor a
  // quarter unit (Shift: one unit), Enter adds, Delete erases.
  await page.keyboard.press('Shift+Tab');
  assert.ok(await area(page).evaluate((el) => el === document.activeElement), 'the map has the focus');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await eventually(() => count(page), (c) => c.startsWith('501 points: 251 training'), { what: 'a point added by keyboard' });
  const rows = await exported(page);
  const row = rows.find(([x, y]) => Number(x) === 2 && Number(y) === 0.25);
  assert.ok(row, `a point at (2, 0.25) among ${rows.length}: ${rows.slice(-3).join(' | ')}`);
  assert.ok((await epoch()) > before, 'the run went on, not back to epoch 0');
  await eventually(epoch, (e) => e > before + 50, { what: 'training after the edit' });
  assert.equal(await page.getByRole('button', { name: 'Pause', exact: true }).count(), 1, 'still playing');
  // Back to the map (Export CSV took the focus), and Delete takes the point again.
  await area(page).focus();
  await page.keyboard.press('Delete');
  // The eraser reaches 10 pixels, so a neighbour may go too.
  const total = (c) => Number(c.split(' ')[0]);
  await eventually(() => count(page).then(total), (n) => n > 0 && n <= 500, { what: 'the point erased by keyboard' });
  assert.ok(!(await exported(page)).some(([x, y]) => Number(x) === 2 && Number(y) === 0.25));
  // Arrow keys on the map move the cursor, not the run (→ is Step elsewhere).
  assert.equal(await page.getByRole('button', { name: 'Pause', exact: true }).count(), 1);
  assert.deepEqual(errors, []);
});

/** `n` rows of points on the 0.01 grid, spread by a small linear congruential generator. */
function randomRows(n) {
  let s = 1;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return ((s % 1201) - 600) / 100;
  };
  return Array.from({ length: n }, (_, i) => `${next().toFixed(2)},${next().toFixed(2)},${i % 2 ? 1 : -1}`);
}

test('a mangled points value gets a notice; points off the grid or too many stay out of the link, with the way to keep them', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=bad&points=notpoints');
  await page.getByText(/points: the points are damaged or do not fit the problem type/).waitFor();
  assert.equal(await page.getByText(/Your data is in use/).count(), 0, 'the data set is generated');
  // A file of 3,000 points on the grid is too long for a link; one off the grid cannot go.
  for (const [name, rows, message] of [
    ['many.csv', randomRows(3000), /too many for a link \(\d+ characters, at most 8000\)/],
    ['fine.csv', ['0.123,1,1', '1,0.5,-1'], /not in the link, which holds only points on a grid of 0\.01/],
  ]) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${rows.join('\n')}\n`) });
    await page.getByRole('button', { name: 'Use this data', exact: true }).click();
    await page.getByText(message).waitFor();
    assert.doesNotMatch(await page.evaluate(() => location.hash), /points=/);
  }
  assert.deepEqual(errors, []);
});

test('a teacher can hide or lock Draw and the CSV tools', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=parts&draw_lock=true&dataFile_lock=true');
  const draw = page.getByRole('button', { name: 'Draw', exact: true });
  assert.ok(await draw.isDisabled(), 'Draw is locked');
  assert.ok(await page.getByRole('button', { name: 'Import CSV', exact: true }).isDisabled());
  assert.equal(await page.getByRole('application').count(), 0, 'the map does not draw');
  await page.goto(new URL('#seed=parts&draw_hide=true&dataFile_hide=true', page.url()).href);
  await page.reload();
  await page.getByLabel('Epoch', { exact: true }).waitFor();
  assert.equal(await draw.count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Import CSV', exact: true }).count(), 0);
  assert.deepEqual(errors, []);
});
