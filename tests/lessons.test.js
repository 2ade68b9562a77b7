// Guided lessons (issue 10): the Lessons menu, every lesson opened by link in English and
// Chinese with every step loading without a notice, a prediction question that keeps its
// answer until the run reaches its epoch, and a goal reported met, with a hint after a while.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, eventually, epochNumber, openPlayground, textOf } from './support/browser.js';
import { LESSON_NAMES } from './support/lessons.js';

const NAMES = LESSON_NAMES;

const WORDS = {
  en: { lessons: 'Lessons', steps: 'Steps', stepOf: /^Step (\d+) of (\d+)/, next: 'Next step', epoch: 'Epoch' },
  zh: { lessons: '课程', steps: '步骤', stepOf: /^第 (\d+) 步，共 (\d+) 步/, next: '下一步', epoch: '轮次' },
};

/** Opens `hash` in a fresh page load of `page` (a new document, not a hash change). */
async function load(page, hash) {
  await page.goto('about:blank');
  await page.goto(new URL(hash, BASE_URL).href);
}

/** The lesson panel, found by its name. */
function panel(page) {
  return page.getByRole('region', { name: /^(Lesson: |课程：)/ });
}

/** "Step k of n" of the open step, as numbers. */
async function stepOf(page, lang) {
  const text = await textOf(panel(page).getByRole('heading', { level: 3 }));
  const m = text.match(WORDS[lang].stepOf);
  assert.ok(m, `a step heading: ${text}`);
  return [Number(m[1]), Number(m[2])];
}

test('the Lessons menu lists the eight lessons in order and opens one by keyboard', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await openPlayground(t, '#seed=menu');
  await page.getByLabel('Epoch', { exact: true }).waitFor({ timeout: 20_000 });
  const button = page.getByRole('button', { name: 'Lessons', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const links = page.locator('#lesson-list').getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.map((h) => h.match(/lesson=([^&]*)&step=1/)?.[1]), NAMES);
  // Escape closes it and gives the focus back.
  await page.keyboard.press('Escape');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Lessons');
  // Open again, Tab to the second lesson, Enter.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const second = await textOf(links.nth(1));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), second);
  await page.keyboard.press('Enter');
  await panel(page).waitFor();
  await page.getByRole('region', { name: `Lesson: ${second}`, exact: true }).waitFor();
  assert.equal((await stepOf(page, 'en'))[0], 1);
  assert.match(new URL(page.url()).hash, /lesson=activations&step=1/);
  assert.equal(await page.locator('#lesson-list').count(), 0, 'the menu closed');
  // Tab leaving the open menu closes it too.
  await button.click();
  await links.last().focus();
  await page.keyboard.press('Tab');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(errors, []);
});

for (const lang of ['en', 'zh']) {
  for (const name of NAMES) {
    test(`lesson ${name} opens by link in ${lang} and every step loads without a notice`, { timeout: 120_000 }, async (t) => {
      const w = WORDS[lang];
      const suffix = lang === 'zh' ? '&lang=zh' : '';
      const { page, errors } = await openPlayground(t, `#lesson=${name}&step=1${suffix}`);
      await panel(page).waitFor({ timeout: 20_000 });
      const [, count] = await stepOf(page, lang);
      assert.ok(count >= 3, `${name} has ${count} steps`);
      const steps = panel(page).getByRole('navigation', { name: w.steps }).getByRole('button');
      assert.equal(await steps.count(), count);
      let previous = '';
      for (let k = 1; k <= count; k += 1) {
        if (k > 1) await panel(page).getByRole('button', { name: w.next, exact: true }).click();
        await eventually(() => stepOf(page, lang), ([at]) => at === k, { what: `step ${k}` });
        assert.equal(await page.getByRole('alert').count(), 0, `step ${k}: no notice`);
        assert.equal(await textOf(page.getByLabel(w.epoch, { exact: true })), '000,000');
        const text = await textOf(panel(page));
        assert.notEqual(text, previous, `step ${k} has its own text`);
        previous = text;
        if (lang === 'zh') {
          assert.match(text, /[\u4e00-\u9fff]/);
          // No English sentence: Latin words only as names (ReLU, L1, Sigmoid, X₁ …).
          assert.doesNotMatch(text, /\b(the|and|of|to|with|is|are)\b/i, `step ${k}: ${text.slice(0, 200)}`);
        }
        assert.match(new URL(page.url()).hash, new RegExp(`lesson=${name}&step=${k}(&|$)`));
      }
      // The last step by link, in a fresh load.
      await load(page, `#lesson=${name}&step=${count}${suffix}`);
      await panel(page).waitFor({ timeout: 20_000 });
      assert.deepEqual(await stepOf(page, lang), [count, count]);
      assert.equal(await page.getByRole('alert').count(), 0, 'no notice');
      assert.deepEqual(errors, []);
    });
  }
}

test('a prediction question keeps its answer until the run reaches its epoch, then says what happened', { timeout: 90_000 }, async (t) => {
  // Activations, step 3: ReLU on the circle; the question asks for the test loss at epoch 100.
  const { page, errors } = await openPlayground(t, '#lesson=activations&step=3');
  await panel(page).waitFor({ timeout: 20_000 });
  const question = panel(page).getByRole('group');
  const radios = question.getByRole('radio');
  assert.equal(await radios.count(), 3, 'real radio buttons');
  assert.match(await textOf(panel(page)), /The answer shows at epoch 100/);
  assert.doesNotMatch(await textOf(panel(page)), /What happened/);
  // Predict "still near 0.5", then run.
  await radios.first().check();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await panel(page).getByRole('heading', { name: 'What happened at epoch 100' }).waitFor({ timeout: 30_000 });
  // Training stopped exactly there.
  const epoch = page.getByLabel('Epoch', { exact: true });
  assert.equal(epochNumber(await textOf(epoch)), 100);
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  // The answer is the run's: the choice that matches the test loss on screen.
  const loss = Number(await textOf(page.getByLabel('Test loss', { exact: true })));
  const happened = loss > 0.35 ? 0 : loss >= 0.05 ? 1 : 2;
  const label = await textOf(question.locator('label').nth(happened));
  assert.match(label, /\(what happened\)$/);
  assert.equal(await question.getByText('(what happened)').count(), 1);
  const text = await textOf(panel(page));
  assert.match(text, happened === 0 ? /Your prediction was right/ : /You predicted: Still near 0\.5/);
  assert.match(text, new RegExp(`Measured: Test loss ${loss.toFixed(3).replace('.', '\\.')}`));
  for (let i = 0; i < 3; i += 1) assert.ok(await radios.nth(i).isDisabled(), 'locked after the run');
  // Reset asks again.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await eventually(() => textOf(panel(page)), (s) => !/What happened/.test(s), { what: 'the answer hidden again' });
  assert.ok(await radios.first().isEnabled());
  assert.ok(await radios.first().isChecked(), 'the prediction stays');
  assert.deepEqual(errors, []);
});

test('at maximum speed the training worker also stops at the question\'s epoch, and the answer is judged there', { timeout: 90_000 }, async (t) => {
  // The same question (test loss at epoch 100), run as fast as possible: the worker
  // trains thousands of epochs a second, and must still hand the page epoch 100.
  const { page, errors } = await openPlayground(t, '#lesson=activations&step=3');
  await panel(page).waitFor({ timeout: 20_000 });
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'As fast as possible' });
  await panel(page).getByRole('group').getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await panel(page).getByRole('heading', { name: 'What happened at epoch 100' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  assert.equal(epochNumber(await textOf(page.getByLabel('Epoch', { exact: true }))), 100);
  // The measured loss is the one on screen at epoch 100.
  const loss = Number(await textOf(page.getByLabel('Test loss', { exact: true })));
  assert.match(await textOf(panel(page)), new RegExp(`Measured: Test loss ${loss.toFixed(3).replace('.', '\\.')}`));
  assert.deepEqual(errors, []);
});

test('a lesson goal is reported met when reached, and a hint shows after a while if not', { timeout: 90_000 }, async (t) => {
  // Linear collapse, step 2: the goal asks for no hidden neurons, which "Open the
  // equivalent network" gives.
  const { page, errors } = await openPlayground(t, 'about:blank');
  await page.clock.install();
  await page.goto(new URL('#lesson=linear-collapse&step=2', BASE_URL).href);
  await panel(page).waitFor({ timeout: 20_000 });
  const goal = panel(page).getByRole('region', { name: 'Challenge', exact: true });
  await goal.getByText('Not met yet', { exact: false }).waitFor();
  assert.equal(await panel(page).getByText(/^Hint: /).count(), 0, 'no hint at first');
  await page.clock.runFor(61_000);
  await panel(page).getByText(/^Hint: .*Open the equivalent network/).waitFor();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Open the equivalent network', exact: true }).click();
  await goal.getByText(/^Met at epoch \d+\.$/).waitFor({ timeout: 20_000 });
  assert.equal(await panel(page).getByText(/^Hint: /).count(), 0, 'no hint once met');
  assert.deepEqual(errors, []);
});
