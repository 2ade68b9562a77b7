// Takes the README's picture of the real page: `cargo xtask screenshot` builds and serves
// the page, then runs this with PLAYGROUND_URL set. Not a test (node --test skips tools/).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../support/browser.js';

const url = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:8080/';
const out = process.argv[2];
if (!out) throw new Error('usage: node tools/screenshot.js <output.png>');

// A spiral with a few features: the picture shows a network that has learned something.
const HASH =
  '#activation=tanh&batchSize=10&dataset=spiral&learningRate=0.03&noise=0&networkShape=6,5,3' +
  '&seed=0.59704&x=true&y=true&sinX=true&sinY=true&showTestData=false&speed=20';

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
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
