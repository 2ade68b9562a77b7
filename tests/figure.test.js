// The figure for homework (issue 11): one click saves a PNG of the output map with its
// points, the network, the loss chart and a caption; it is a valid PNG of the figure's
// size (1200 pixels wide at twice the resolution, tall enough for the caption's link).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { eventually, epochNumber, openPlayground, textOf } from './support/browser.js';

const OPTIONS = { timeout: 60_000 };

/** Width and height from a PNG's header, after checking its signature and first chunk. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('Save figure gives a PNG of the map, the network, the chart and the caption', OPTIONS, async (t) => {
  const { page, errors } = await openPlayground(t, '#seed=figure&dataset=xor&networkShape=4,2');
  await page.getByLabel('Epoch', { exact: true }).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await eventually(() => textOf(page.getByLabel('Epoch', { exact: true })).then(epochNumber), (e) => e >= 30, { what: 'training' });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save figure (PNG)', exact: true }).click();
  const saved = await download;
  assert.equal(saved.suggestedFilename(), 'playground-figure.png');
  const bytes = await readFile(await saved.path());
  const [width, height] = pngSize(bytes);
  // The caption's link wraps at 174 characters a line, 15 pixels each.
  const url = await page.evaluate(() => location.href);
  const lines = Math.ceil(url.length / 174);
  assert.equal(width, 2400);
  assert.equal(height, 2 * (608 + 15 * lines));

  // The browser decodes it; the map shows both classes' colours, the network's corner
  // its node pictures, and the caption has ink.
  const seen = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const region = (x, y, w, h) => {
      const d = ctx.getImageData(x, y, w, h).data;
      let orange = 0;
      let blue = 0;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        const [r, g, bl] = [d[i], d[i + 1], d[i + 2]];
        if (r > g + 40 && r > bl + 60) orange += 1;
        if (bl > r + 60) blue += 1;
        if (r < 120 && g < 120 && bl < 120) ink += 1;
      }
      return { orange, blue, ink };
    };
    return {
      map: region(48, 128, 880, 880),
      network: region(1040, 128, 1300, 600),
      caption: region(48, 1016, 2300, 120),
    };
  }, bytes.toString('base64'));
  assert.ok(seen.map.orange > 1000 && seen.map.blue > 1000, `map colours ${JSON.stringify(seen.map)}`);
  assert.ok(seen.network.orange + seen.network.blue > 1000, `network ${JSON.stringify(seen.network)}`);
  assert.ok(seen.caption.ink > 500, `caption ${JSON.stringify(seen.caption)}`);
  assert.deepEqual(errors, []);
});
