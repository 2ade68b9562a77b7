// Embedding: `embed=true` gives a compact page for an iframe with a way out to the full
// playground, and the example course page runs two playgrounds side by side.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { epochNumber, eventually, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 120_000 };

const EMBEDDED = '#activation=relu&dataset=xor&networkShape=5,3&seed=embedded&noise_hide=true&embed=true';

test('embed=true: no header, guide or panels, fits 480 px, and opens the full playground', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, EMBEDDED);
  await page.setViewportSize({ width: 480, height: 900 });
  const testLoss = page.getByLabel('Test loss', { exact: true });
  await testLoss.waitFor({ timeout: 20_000 });

  assert.equal(await page.getByRole('heading', { name: /Tinker With a Neural Network/ }).count(), 0, 'no header');
  assert.equal(await page.getByRole('heading', { name: 'How to read the playground' }).count(), 0, 'no guide');
  for (const name of ['Classroom', 'Share']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `no ${name} button`);
  }
  assert.equal(await page.getByLabel('Noise', { exact: true }).count(), 0, 'the link’s hides still apply');

  // Everything fits the width: nothing sticks out, no sideways scrolling.
  for (const width of [480, 560, 700, 900]) {
    await page.setViewportSize({ width, height: 900 });
    await sleep(300);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `no sideways scrolling at ${width} px (${scroll})`);
    for (const locator of [
      page.getByRole('button', { name: 'Play', exact: true }),
      page.getByLabel('Learning rate', { exact: true }),
      page.getByLabel('Output heatmap', { exact: true }),
      page.getByRole('button', { name: 'Add hidden layer', exact: true }),
      testLoss,
    ]) {
      const box = await locator.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width, `${locator} fits across at ${width} px`);
    }
  }

  // The way out: the same state, full size, in a new tab.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const open = page.getByRole('link', { name: 'Open in full playground', exact: true });
  assert.equal(await open.getAttribute('target'), '_blank');
  const href = await open.getAttribute('href');
  const embeddedHash = await page.evaluate(() => location.hash);
  assert.equal(new URL(href).hash, embeddedHash.replace('&embed=true', ''), 'the same link without embed=true');
  const [full] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
  await full.getByLabel('Test loss', { exact: true }).waitFor({ timeout: 20_000 });
  assert.ok(await full.getByRole('heading', { name: /Tinker With a Neural Network/ }).isVisible(), 'the full page');
  assert.ok(await full.getByRole('button', { name: 'Classroom', exact: true }).isVisible());
  assert.equal(await full.getByLabel('Noise', { exact: true }).count(), 0, 'with the same hides');
  assert.equal(await full.evaluate(() => location.hash), new URL(href).hash);
  await full.close();
  assert.deepEqual(errors, []);
});

test('the embed example shows two working playgrounds side by side on the same data', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, 'embed-example.html');
  const frames = ['Playground with linear activation', 'Playground with tanh activation'];
  const iframes = frames.map((title) => page.getByTitle(title, { exact: true }));

  // Side by side, the same seed and data, relative addresses, embedded.
  const [left, right] = await Promise.all(iframes.map((f) => f.boundingBox()));
  assert.ok(Math.abs(left.y - right.y) < 2 && left.x + left.width <= right.x, 'side by side');
  const links = await Promise.all(iframes.map((f) => f.getAttribute('src')));
  for (const src of links) assert.match(src, /^index\.html#.*&embed=true/);
  const seeds = links.map((src) => new URL(src, 'http://x/').hash.match(/seed=([^&]*)/)[1]);
  assert.equal(seeds[0], seeds[1], 'the same seed');
  const datasets = links.map((src) => src.match(/dataset=([^&]*)/)[1]);
  assert.deepEqual(datasets, ['circle', 'circle']);

  for (const [i, iframe] of iframes.entries()) {
    const frame = iframe.contentFrame();
    const epoch = frame.getByLabel('Epoch', { exact: true });
    await epoch.waitFor({ timeout: 20_000 });
    assert.equal(await textOf(epoch), '000,000', `${frames[i]} starts at epoch 0`);
    await frame.getByRole('button', { name: 'Play', exact: true }).click();
    await eventually(() => textOf(epoch), (text) => epochNumber(text) > 5, {
      what: `${frames[i]}: the epoch counter to advance`,
    });
    await frame.getByRole('button', { name: 'Pause', exact: true }).click();
  }
  const activations = await Promise.all(
    iframes.map((f) =>
      f.contentFrame()
        .getByLabel('Activation', { exact: true })
        .evaluate((el) => el.selectedOptions[0].textContent),
    ),
  );
  assert.deepEqual(activations, ['Linear', 'Tanh']);
  assert.deepEqual(errors, []);
});

test('an embedded playground reports its height and the notes\' script sizes its iframe to fit', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '');
  await page.goto(new URL('embed-example.html', page.url()).href);
  const frame = page.locator('iframe').first();
  await frame.waitFor();
  // The script sets the height the playground posts, in place of the notes' 1,120 px.
  const height = await eventually(() => frame.evaluate((el) => el.style.height), (h) => /^\d+px$/.test(h), {
    timeout: 30_000,
    what: 'the iframe sized by its playground',
  });
  const inner = await frame.evaluate((el) => el.contentDocument.documentElement.scrollHeight);
  assert.equal(height, `${inner}px`);
  assert.deepEqual(errors, []);
});

test('panels= picks which areas an embed shows', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '#seed=panels&embed=true&panels=network,output,inside');
  await page.getByLabel('Test loss', { exact: true }).waitFor({ timeout: 20_000 });
  assert.equal(await page.getByRole('button', { name: 'Play', exact: true }).count(), 0, 'no run controls');
  assert.equal(await page.getByRole('heading', { name: 'Data', exact: true }).count(), 0);
  assert.ok(await page.getByRole('heading', { name: 'Output', exact: true }).isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Inside the network', exact: true }).isVisible());
  // Without panels= an embed keeps its usual areas, the panel left out.
  const plain = await openPlayground(t, '#seed=panels&embed=true');
  await plain.page.getByLabel('Test loss', { exact: true }).waitFor({ timeout: 20_000 });
  assert.ok(await plain.page.getByRole('button', { name: 'Play', exact: true }).isVisible());
  assert.equal(await plain.page.getByRole('heading', { name: 'Inside the network', exact: true }).count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(plain.errors, []);
});
