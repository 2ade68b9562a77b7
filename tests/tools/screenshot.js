// Takes the README's pictures of the real page, the playground and the panel Inside the
// network: `cargo xtask screenshot` builds and serves the page, then runs this with
// PLAYGROUND_URL set. Not a test (node --test skips tools/).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../support/browser.js';

const url = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:8080/';
const [out, panelOut] = process.argv.slice(2);
if (!out || !panelOut) throw new Error('usage: node tools/screenshot.js <page.png> <panel.png>');

// A spiral with a few features: the picture shows a network that has learned something.
const HASH =
  '#activation=tanh&batchSize=10&dataset=spiral&learningRate=0.03&noise=0&networkShape=6,5,3' +
  '&seed=0.59704&x=true&y=true&sinX=true&sinY=true&showTestData=false&speed=20';

// ReLU at a brisk learning rate with a little L1 on a deep network: some neurons die, some
// weights become exactly 0, and the figures have something to show.
const PANEL_HASH =
  '#activation=relu&batchSize=10&dataset=spiral&learningRate=0.1&noise=0&networkShape=8,8,8' +
  '&regularization=L1&regularizationRate=0.001&seed=0.42&x=true&y=true&sinX=true&sinY=true&speed=20';

const profile = await mkdtemp(join(tmpdir(), 'playground-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_FLAGS,
  viewport: { width: 1400, height: 900 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(new URL(HASH, url).href, { waitUntil: 'load' });
  const epoch = page.getByLabel('Epoch', { exact: true });
  await epoch.waitFor({ state: 'visible', timeout: 20_000 });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Train until the spiral is mostly learned (or 20 s pass), then pause for the picture.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const loss = Number(await page.getByLabel('Test loss', { exact: true }).innerText());
    if (loss < 0.05) break;
    await page.waitForTimeout(250);
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out} at epoch ${await epoch.innerText()}`);

  await page.goto(new URL(PANEL_HASH, url).href, { waitUntil: 'load' });
  await page.reload({ waitUntil: 'load' });
  await epoch.waitFor({ state: 'visible', timeout: 20_000 });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const until = Date.now() + 60_000;
  while (Date.now() < until && Number((await epoch.innerText()).replace(/\D/g, '')) < 300) {
    await page.waitForTimeout(100);
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Inside the network', exact: true });
  await panel.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  await panel.screenshot({ path: panelOut });
  console.log(`wrote ${panelOut} at epoch ${await epoch.innerText()}`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
