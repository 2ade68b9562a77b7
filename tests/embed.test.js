// Embedding: `embed=true` gives a compact page for an iframe with a way out to the full
// playground, and the example course notes (www/embed-example.html in Chinese, with an English
// twin) embed one playground per idea of the lesson, each followed by its guided lesson.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { epochNumber, eventually, openPlayground, textOf } from './support/browser.js';
import { LESSON_NAMES } from './support/lessons.js';

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

// The course's ideas in order, which are also the names of the guided lessons.
const LESSONS = LESSON_NAMES;

/** The notes' playgrounds in page order: each iframe's name, address and loading. */
function playgroundsOf(page) {
  return page.locator('iframe').evaluateAll((frames) =>
    frames.map((f) => ({ title: f.title, src: f.getAttribute('src'), loading: f.getAttribute('loading') })),
  );
}

/** The keys of a playground address's hash. */
function keysOf(src) {
  return new URLSearchParams(new URL(src, 'http://x/').hash.slice(1));
}

/** Where the notes' links to guided lessons lead, in page order. */
function lessonLinksOf(page) {
  return page.locator('a[href*="lesson="]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/** Opens the first playground of the notes, checks it starts at epoch 0 with linear hidden
 *  layers, presses its Play button until the epoch counter moves, then pauses it; the labels
 *  are the ones the reader's language shows. */
async function trainFirstPlayground(page, title, { epoch, play, pause, activation, linear }) {
  const frame = page.getByTitle(title, { exact: true }).contentFrame();
  const counter = frame.getByLabel(epoch, { exact: true });
  await counter.waitFor({ timeout: 20_000 });
  assert.equal(await textOf(counter), '000,000', `${title} starts at epoch 0`);
  const menu = frame.getByLabel(activation, { exact: true });
  assert.equal(await menu.evaluate((el) => el.selectedOptions[0].textContent), linear);
  await frame.getByRole('button', { name: play, exact: true }).click();
  await eventually(() => textOf(counter), (text) => epochNumber(text) > 5, {
    what: `${title}: the epoch counter to advance`,
  });
  await frame.getByRole('button', { name: pause, exact: true }).click();
  return frame;
}

test('the Chinese course notes embed one Chinese playground per idea, in the course order, each with its lesson', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, 'embed-example.html');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');

  const playgrounds = await playgroundsOf(page);
  assert.equal(playgrounds.length, LESSONS.length, 'one playground per idea');
  for (const [i, { title, src, loading }] of playgrounds.entries()) {
    const which = `playground ${i + 1} (${title})`;
    assert.match(src, /^index\.html#/, `${which}: a relative address`);
    const keys = keysOf(src);
    assert.equal(keys.get('embed'), 'true', `${which}: embedded`);
    assert.equal(keys.get('lang'), 'zh', `${which}: in Chinese`);
    assert.ok(keys.get('seed'), `${which}: a fixed seed`);
    assert.match(title, /\p{Script=Han}/u, `${which}: a Chinese name`);
    assert.equal(loading, i < 2 ? null : 'lazy', `${which}: only the first two load at once`);
  }
  assert.equal(new Set(playgrounds.map((p) => p.title)).size, playgrounds.length, 'each has its own name');
  assert.deepEqual(
    await lessonLinksOf(page),
    LESSONS.map((name) => `index.html#lesson=${name}&step=1&lang=zh`),
    'each idea links to its guided lesson, in Chinese',
  );
  const english = page.getByRole('link', { name: 'English version', exact: true });
  assert.equal(await english.getAttribute('href'), 'embed-example-en.html');

  // The first playground is in Chinese, shows its one figure of Inside the network, and trains.
  const frame = await trainFirstPlayground(page, playgrounds[0].title, {
    epoch: '轮次',
    play: '运行',
    pause: '暂停',
    activation: '激活函数',
    linear: '线性',
  });
  assert.equal(await frame.getByLabel('Epoch', { exact: true }).count(), 0, 'no English labels');
  assert.ok(await frame.getByRole('heading', { name: '线性退化', exact: true }).isVisible(), 'the collapse figure');
  assert.equal(await frame.getByRole('heading', { name: '激活函数与导数', exact: true }).count(), 0, 'only that figure');
  assert.deepEqual(errors, []);
});

test('the English twin has the same playgrounds in English, English lesson links and a way back', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, 'embed-example-en.html');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The Chinese notes' addresses, read from the page without opening its playgrounds.
  const chinese = await page.evaluate(async () => {
    const html = await (await fetch('embed-example.html')).text();
    const notes = new DOMParser().parseFromString(html, 'text/html');
    return [...notes.querySelectorAll('iframe')].map((f) => f.getAttribute('src'));
  });
  assert.equal(chinese.length, LESSONS.length);

  const playgrounds = await playgroundsOf(page);
  assert.deepEqual(
    playgrounds.map((p) => p.src),
    chinese.map((src) => src.replace('&lang=zh', '')),
    'the same setups, without lang=zh',
  );
  for (const [i, { title, src }] of playgrounds.entries()) {
    assert.equal(keysOf(src).get('lang'), null, `playground ${i + 1}: no language key`);
    assert.equal(keysOf(src).get('embed'), 'true', `playground ${i + 1}: embedded`);
    assert.doesNotMatch(title, /\p{Script=Han}/u, `playground ${i + 1}: an English name`);
  }
  assert.equal(new Set(playgrounds.map((p) => p.title)).size, playgrounds.length, 'each has its own name');
  assert.deepEqual(await lessonLinksOf(page), LESSONS.map((name) => `index.html#lesson=${name}&step=1`));
  const back = page.getByRole('link', { name: '中文版', exact: true });
  assert.equal(await back.getAttribute('href'), 'embed-example.html');

  await trainFirstPlayground(page, playgrounds[0].title, {
    epoch: 'Epoch',
    play: 'Play',
    pause: 'Pause',
    activation: 'Activation',
    linear: 'Linear',
  });
  assert.deepEqual(errors, []);
});

test('an embedded playground reports its height and the notes\' script sizes its iframe to fit', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '');
  await page.goto(new URL('embed-example.html', page.url()).href);
  const frame = page.locator('iframe').first();
  await frame.waitFor();
  // The script sets the height the playground posts, in place of the notes' starting height.
  await eventually(() => frame.evaluate((el) => el.style.height), (h) => /^\d+px$/.test(h), {
    timeout: 30_000,
    what: 'the iframe sized by its playground',
  });
  // Its figures may still be settling; each change of size is posted again.
  await eventually(
    () => frame.evaluate((el) => [el.style.height, el.contentDocument.documentElement.scrollHeight]),
    ([height, inner]) => height === `${inner}px`,
    { what: 'the iframe as tall as its playground' },
  );
  assert.deepEqual(errors, []);
});

test('without the notes\' script an embedded playground still works in an iframe of fixed height', OPTIONS, async (t) => {
  // (No service worker, so that the route below answers the notes' request.)
  const { page, errors } = await openPlayground(t, '', { serviceWorkers: 'block' });
  // A page of notes of our own, on the same server, with a plain iframe and no script.
  await page.route('**/plain-notes.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="zh"><title>Notes</title><iframe title="Playground" src="index.html#seed=plain&embed=true&lang=zh" style="width: 700px; height: 520px; border: 0"></iframe></html>',
  }));
  await page.goto(new URL('plain-notes.html', page.url()).href);
  const frame = page.frameLocator('iframe[title="Playground"]');
  const step = frame.getByRole('button', { name: '单步', exact: true });
  await step.waitFor({ timeout: 20_000 });
  await step.click();
  await eventually(() => textOf(frame.getByLabel('轮次', { exact: true })), (e) => epochNumber(e) === 1, { what: 'a step in the frame' });
  // Its height is the notes' own: nothing resized it.
  assert.equal(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), 520);
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
