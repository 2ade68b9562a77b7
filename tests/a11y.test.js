// Accessibility audit (issue 10): axe-core, run in the page, finds no serious or critical
// violation in English, in Chinese, in embed mode, with the panels and Classroom open, or
// with a lesson open (its question answered, the Lessons menu open; in Chinese with a goal).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { openPlayground } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical violations axe finds in the page as it is now. */
async function audit(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const [name, hash, epoch] of [
  ['English', '#seed=a11y', 'Epoch'],
  ['Chinese', '#seed=a11y&lang=zh', '轮次'],
  ['embed mode', '#seed=a11y&embed=true&panels=controls,data,network,output,inside', 'Epoch'],
  ['an all-Linear network after training, with earlier runs', '#seed=a11y&activation=linear&networkShape=3,2', 'Epoch'],
  ['a lesson with its question answered and the Lessons menu open', '#lesson=activations&step=3', 'Epoch'],
  ['a lesson in Chinese with a goal', '#lesson=linear-collapse&step=2&lang=zh', '轮次'],
  ['drawing, with the timeline after a run looked back at', '#seed=a11y&speed=10', 'Epoch'],
  ['compare mode after a run, in Chinese', '#seed=a11y&lang=zh&speed=10&compare=activation:relu', '轮次'],
]) {
  test(`no serious or critical accessibility violation: ${name}`, OPTIONS, async (t) => {
    const { page, errors } = await openPlayground(t, hash);
    await page.getByLabel(epoch, { exact: true }).first().waitFor({ timeout: 20_000 });
    if (name.startsWith('an all-Linear')) {
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await page.getByRole('button', { name: 'New weights', exact: true }).click();
      await page.getByRole('table', { name: /^Earlier runs/ }).waitFor();
      await page.getByRole('button', { name: 'Classroom', exact: true }).click();
    }
    if (name.startsWith('a lesson with its question')) {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('heading', { name: /^What happened at epoch/ }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    }
    if (name.startsWith('drawing')) {
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('slider', { name: 'Timeline', exact: true }).waitFor({ timeout: 20_000 });
      await page.getByRole('slider', { name: 'Timeline', exact: true }).focus();
      await page.keyboard.press('Home');
      await page.getByRole('button', { name: 'Continue from here', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Draw', exact: true }).click();
      await page.getByRole('application', { name: /^Drawing area/ }).focus();
    }
    if (name.startsWith('compare mode')) {
      await page.getByRole('region', { name: '对比两个网络', exact: true }).waitFor();
      await page.getByRole('button', { name: '运行', exact: true }).click();
      await page.getByText(/测试损失在第 [\d,]+ 轮降到 0\.1/).first().waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: '暂停', exact: true }).click();
    }
    assert.deepEqual(await audit(page), []);
    assert.deepEqual(errors, []);
  });
}
