// Runs that can be replayed (issue 10): Reset keeps the starting weights, New weights draws
// the next ones and the link records it, so a shared link reproduces what is on screen.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 60_000 };

async function ready(t, hash) {
  const opened = await openPlayground(t, hash);
  await opened.page.getByLabel('Epoch', { exact: true }).waitFor({ state: 'visible', timeout: 20_000 });
  return opened;
}

/** Both losses as the page shows them. */
async function losses(page) {
  return [
    await textOf(page.getByLabel('Training loss', { exact: true })),
    await textOf(page.getByLabel('Test loss', { exact: true })),
  ];
}

async function stepAndReset(page, button) {
  const epoch = page.getByLabel('Epoch', { exact: true });
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await eventually(() => textOf(epoch), (e) => e === '000,003', { what: 'epoch 3' });
  await page.getByRole('button', { name: button, exact: true }).click();
  await eventually(() => textOf(epoch), (e) => e === '000,000', { what: `epoch 0 after ${button}` });
}

test('Reset twice gives the same start; New weights changes it and the link reproduces it', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=replay&networkShape=4,2');
  const start = await losses(page);
  await stepAndReset(page, 'Reset');
  assert.deepEqual(await losses(page), start, 'the first Reset');
  await stepAndReset(page, 'Reset');
  assert.deepEqual(await losses(page), start, 'the second Reset');
  assert.doesNotMatch(new URL(page.url()).hash, /draws=/);

  await stepAndReset(page, 'New weights');
  const drawn = await losses(page);
  assert.notDeepEqual(drawn, start);
  await eventually(() => new URL(page.url()).hash, (h) => /draws=1(&|$)/.test(h), { what: 'draws=1 in the link' });
  await stepAndReset(page, 'Reset');
  assert.deepEqual(await losses(page), drawn, 'Reset keeps the new weights');

  // A student opening the shared link sees the same start.
  const shared = await ready(t, new URL(page.url()).hash);
  assert.deepEqual(await losses(shared.page), drawn);
  assert.deepEqual(errors, []);
  assert.deepEqual(shared.errors, []);
});

test('a locked control is shown but cannot be changed, and classroom_hide hides the Classroom button', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=lock&learningRate_lock=true&noise_lock=true&playButton_lock=true&classroom_hide=true');
  const rate = page.getByLabel('Learning rate', { exact: true });
  assert.ok(await rate.isVisible());
  assert.ok(await rate.isDisabled());
  assert.equal(await rate.getAttribute('title'), 'Your teacher fixed this setting');
  assert.equal(await rate.inputValue().then(() => rate.evaluate((el) => el.options[el.selectedIndex].text)), '0.03');
  assert.ok(await page.getByLabel('Noise', { exact: true }).isDisabled());
  assert.ok(await page.getByLabel('Activation', { exact: true }).isEnabled(), 'only what is locked');
  const play = page.getByRole('button', { name: 'Play', exact: true });
  assert.ok(await play.isVisible());
  assert.ok(await play.isDisabled());
  // Its shortcut is off too, while Step's still works.
  await page.locator('body').press('Space');
  await page.locator('body').press('s');
  const epoch = page.getByLabel('Epoch', { exact: true });
  await eventually(() => textOf(epoch), (e) => e === '000,001', { what: 'S to step' });
  assert.equal(await page.getByRole('button', { name: 'Pause', exact: true }).count(), 0, 'Space did not play');
  assert.equal(await page.getByRole('button', { name: 'Classroom', exact: true }).count(), 0);
  assert.deepEqual(errors, []);
});

test('a teacher locks a control and hides the Classroom button from the panel, and the link follows', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=teacher');
  await page.getByRole('button', { name: 'Classroom', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Lock: Learning rate menu', exact: true }).check();
  await eventually(() => new URL(page.url()).hash, (h) => h.includes('learningRate_lock=true'), { what: 'the lock in the link' });
  assert.ok(await page.getByLabel('Learning rate', { exact: true }).isDisabled());
  assert.equal(await page.getByRole('checkbox', { name: /^Lock: Epoch/ }).count(), 0, 'a readout has no lock');
  // Unticking it takes the panel away with the button: a click, not uncheck().
  await page.getByRole('checkbox', { name: /^Classroom button/ }).click();
  await eventually(() => new URL(page.url()).hash, (h) => h.includes('classroom_hide=true'), { what: 'classroom_hide in the link' });
  assert.equal(await page.getByRole('button', { name: 'Classroom', exact: true }).count(), 0);
  // A student opening that link gets the locked menu and no way to undo it.
  const student = await ready(t, new URL(page.url()).hash);
  assert.ok(await student.page.getByLabel('Learning rate', { exact: true }).isDisabled());
  assert.equal(await student.page.getByRole('button', { name: 'Classroom', exact: true }).count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(student.errors, []);
});

test('hiding the feature toggles keeps the input nodes, and hiding every data control leaves no lone heading', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=nodes&features_hide=true');
  assert.equal(await page.getByRole('button', { name: 'X₁', exact: true }).count(), 0, 'no toggle');
  assert.ok(await page.getByText('X₁', { exact: true }).isVisible(), 'the input node stays');
  assert.ok(await page.getByRole('heading', { name: 'Data', exact: true }).isVisible());
  // With the six data controls hidden the CSV tools keep their heading; with them too,
  // nothing is left to head.
  const six = ['dataset', 'percTrainData', 'noise', 'batchSize', 'stepBatch', 'regenerate'].map((k) => `${k}_hide=true`).join('&');
  const tools = await ready(t, `#seed=nodes&${six}`);
  assert.ok(await tools.page.getByRole('heading', { name: 'Data', exact: true }).isVisible());
  assert.ok(await tools.page.getByRole('button', { name: 'Import CSV', exact: true }).isVisible());
  const bare = await ready(t, `#seed=nodes&${six}&dataFile_hide=true`);
  assert.equal(await bare.page.getByRole('heading', { name: 'Data', exact: true }).count(), 0);
  assert.ok(await bare.page.getByLabel('Test loss', { exact: true }).isVisible());
  assert.deepEqual(errors, []);
  assert.deepEqual(tools.errors, []);
  assert.deepEqual(bare.errors, []);
});

test('weights, one layer\'s buttons, one feature, the file and the lessons lock too; a student\'s lesson links keep classroom_hide', OPTIONS, async (t) => {
  const locks = ['weights', 'numNodes1', 'x', 'playgroundFile', 'lessons'].map((k) => `${k}_lock=true`).join('&');
  const { page, errors } = await ready(t, `#seed=locks&${locks}`);
  // A weight's card shows its value and says why it cannot be edited; Enter opens no field.
  const link = page.getByRole('button', { name: 'Weight from X₁ to neuron 1 of layer 1', exact: true });
  await link.focus();
  const card = page.getByRole('tooltip');
  assert.match(await textOf(card), /^Weight is −?\d[^]*Your teacher fixed the weights/);
  await page.keyboard.press('Enter');
  await link.click();
  assert.equal(await page.getByLabel('Weight', { exact: true }).count(), 0, 'no number field');
  // Layer 1's +/− are locked, layer 2's are not; X₁'s toggle is locked, X₂'s is not.
  assert.ok(await page.getByRole('button', { name: 'Add neuron to layer 1', exact: true }).isDisabled());
  assert.ok(await page.getByRole('button', { name: 'Add neuron to layer 2', exact: true }).isEnabled());
  assert.ok(await page.getByRole('button', { name: 'X₁', exact: true }).isDisabled());
  assert.ok(await page.getByRole('button', { name: 'X₂', exact: true }).isEnabled());
  // Open playground file is off (saving changes nothing and stays); so is the Lessons menu.
  assert.ok(await page.getByRole('button', { name: 'Open playground file', exact: true }).isDisabled());
  assert.ok(await page.getByRole('button', { name: 'Save playground file', exact: true }).isEnabled());
  const lessons = page.getByRole('button', { name: 'Lessons', exact: true });
  assert.ok(await lessons.isDisabled());
  assert.equal(await lessons.getAttribute('title'), 'Your teacher fixed this setting');

  // Hidden: no weight cards, no file buttons, no Lessons menu.
  const hidden = await ready(t, '#seed=locks&weights_hide=true&playgroundFile_hide=true&lessons_hide=true');
  await hidden.page.getByRole('button', { name: 'Weight from X₁ to neuron 1 of layer 1', exact: true }).focus();
  await hidden.page.getByRole('button', { name: 'Weight from X₁ to neuron 1 of layer 1', exact: true }).press('Enter');
  assert.equal(await hidden.page.getByRole('tooltip').count(), 0);
  assert.equal(await hidden.page.getByRole('button', { name: 'Open playground file', exact: true }).count(), 0);
  assert.equal(await hidden.page.getByRole('button', { name: 'Lessons', exact: true }).count(), 0);

  // On a student's page the lessons' links keep the Classroom button hidden.
  const student = await ready(t, '#seed=locks&classroom_hide=true');
  await student.page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await student.page.getByRole('link', { name: 'Dead ReLU', exact: false }).first().click();
  await student.page.getByRole('button', { name: 'Next step', exact: true }).click();
  await eventually(() => new URL(student.page.url()).hash, (h) => /lesson=dead-relu&step=2/.test(h), { what: 'step 2' });
  assert.match(new URL(student.page.url()).hash, /classroom_hide=true/);
  assert.equal(await student.page.getByRole('button', { name: 'Classroom', exact: true }).count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(hidden.errors, []);
  assert.deepEqual(student.errors, []);
});

test('earlier runs stay as faint curves with a table of their settings and results, and one opens again', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=alchemy&networkShape=4,2');
  const table = page.getByRole('table', { name: /^Earlier runs/ });
  assert.equal(await table.count(), 0, 'nothing before a run ends');
  const chart = page.getByRole('img', { name: 'Loss chart', exact: true });
  const firstLosses = await losses(page);
  await stepAndReset(page, 'New weights');
  await stepAndReset(page, 'New weights');
  await table.waitFor();
  const rows = table.getByRole('row');
  assert.equal(await rows.count(), 3, 'a header and two runs');
  // Newest first: the run of draw 1, then the first run.
  assert.match(await textOf(rows.nth(1)), /^2\s+Circle · Tanh · 4,2 · Learning rate 0\.03 · Batch size 10 · seed alchemy, draw 1\s+3\s+\d\.\d{3}\s+\d\.\d{3}\s+[\d.]+%/);
  assert.match(await textOf(rows.nth(2)), /^1\s+Circle · Tanh · 4,2 .* seed alchemy\s+3\s/);
  // The chart draws them: its pixels differ from a chart of the current run alone.
  const withRuns = await chart.screenshot();
  await page.getByRole('button', { name: 'Classroom', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Earlier runs', exact: true }).uncheck();
  await eventually(() => table.count(), (n) => n === 0, { what: 'the table hidden' });
  const alone = await chart.screenshot();
  assert.notDeepEqual(withRuns, alone, 'the faint curves were drawn');
  await page.getByRole('checkbox', { name: 'Earlier runs', exact: true }).check();
  // Opening the first run again gives its start, draws= gone from the link.
  await table.getByRole('button', { name: 'Open run 1', exact: true }).click();
  await eventually(() => new URL(page.url()).hash, (h) => !h.includes('draws='), { what: 'the first run\'s link' });
  assert.deepEqual(await losses(page), firstLosses);
  // Six more runs: the table keeps the last six, newest first; the two first are gone.
  for (let i = 0; i < 6; i += 1) await stepAndReset(page, 'New weights');
  await eventually(() => rows.count(), (n) => n === 7, { what: 'a header and six runs' });
  const numbers = [];
  for (let i = 1; i < 7; i += 1) numbers.push(Number((await textOf(rows.nth(i))).match(/^\d+/)[0]));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'newest first');
  assert.equal(numbers[0] - numbers[5], 5, 'six runs in a row');
  for (const gone of [1, 2]) {
    assert.equal(await table.getByRole('button', { name: `Open run ${gone}`, exact: true }).count(), 0, `run ${gone} dropped`);
  }
  assert.deepEqual(errors, []);
});

test('a challenge link is checked while the student trains, and a teacher writes one from the Classroom panel', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=challenge&goal=testLoss_lt_0.2,neurons_le_6&speed=20');
  const box = page.getByRole('region', { name: 'Challenge', exact: true });
  await box.waitFor();
  assert.match(await textOf(box), /Test loss below 0\.2 \(now \d\.\d{3}\)/);
  assert.match(await textOf(box), /Hidden neurons at most 6 \(now 6\)/);
  assert.match(await textOf(box), /Not met yet/);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const met = await eventually(async () => textOf(box), (s) => /Met at epoch [\d,]+\./.test(s), {
    timeout: 30_000,
    what: 'the challenge met',
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  assert.match(met, /done:\s+Test loss below 0\.2/);

  // The teacher's side: a new condition, into the link.
  const teacher = await ready(t, '#seed=teacher');
  await teacher.page.getByRole('button', { name: 'Classroom', exact: true }).click();
  await teacher.page.getByLabel('Measure', { exact: true }).selectOption({ label: 'Hidden neurons' });
  await teacher.page.getByLabel('Comparison', { exact: true }).selectOption({ label: 'at most' });
  await teacher.page.getByLabel('Value', { exact: true }).fill('4');
  await teacher.page.getByRole('button', { name: 'Add to the challenge', exact: true }).click();
  const challenge = teacher.page.getByRole('region', { name: 'Challenge', exact: true });
  await challenge.waitFor();
  assert.match(await textOf(challenge), /Hidden neurons at most 4 \(now 6\)/);
  const hash = decodeURIComponent(new URL(teacher.page.url()).hash);
  assert.match(hash, /goal=neurons_le_4(&|$)/);
  assert.deepEqual(errors, []);
  assert.deepEqual(teacher.errors, []);
});

test('at maximum speed a goal with a last epoch is checked at that epoch, and training goes on after it', OPTIONS, async (t) => {
  // Met only at epoch 300 exactly: the worker trains thousands of epochs a second, and
  // the page must still see that epoch.
  const { page, errors } = await ready(t, '#seed=bound&goal=epochs_le_300,epochs_ge_300&speed=max');
  const box = page.getByRole('region', { name: 'Challenge', exact: true });
  await box.waitFor();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await eventually(() => textOf(box), (s) => /Met at epoch 300\./.test(s), { timeout: 30_000, what: 'met at epoch 300' });
  const epoch = page.getByLabel('Epoch', { exact: true });
  await eventually(async () => Number((await textOf(epoch)).replace(/,/g, '')), (n) => n > 1_000, { timeout: 30_000, what: 'training on past it' });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  assert.deepEqual(errors, []);
});
