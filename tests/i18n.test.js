// The page in English and in Simplified Chinese: the visible language switch translates
// every label in place (the training goes on), `#lang=zh` opens in Chinese, and without
// `lang=` the browser's preferred language decides.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { epochNumber, eventually, openPlayground, paintedShare, textOf } from './support/browser.js';

const OPTIONS = { timeout: 90_000 };
const SWITCH = 'Language / 语言';

/** Controls found by their label (menus, sliders, read-outs), in English and Chinese. */
const LABELS = [
  ['Learning rate', '学习率'],
  ['Activation', '激活函数'],
  ['Regularization', '正则化'],
  ['Regularization rate', '正则化率'],
  ['Problem type', '问题类型'],
  ['Ratio of training to test data', '训练集与测试集比例'],
  ['Noise', '噪声'],
  ['Batch size', '批量大小'],
  ['Epoch', '轮次'],
  ['Test loss', '测试损失'],
  ['Training loss', '训练损失'],
  ['Output heatmap', '输出热力图'],
  ['Loss chart', '损失曲线图'],
];

/** Buttons, by accessible name. */
const BUTTONS = [
  ['Play', '运行'],
  ['Step', '单步'],
  ['Reset', '重置'],
  ['Regenerate', '重新生成'],
  ['Add hidden layer', '添加隐藏层'],
  ['Remove hidden layer', '删除隐藏层'],
  ['Circle', '圆形'],
  ['Exclusive or', '异或'],
  ['Gaussian', '高斯'],
  ['Spiral', '螺旋'],
];

const CHECKBOXES = [
  ['Show test data', '显示测试数据'],
  ['Discretize output', '离散化输出'],
];

const HEADINGS = [
  ['Data', '数据'],
  ['Features', '特征'],
  ['Output', '输出'],
  ['How to read the playground', '如何看懂这个神经网络游乐场'],
];

/** Latin words that may stay in the Chinese page: names, notation and key names. */
// Function and method names that Chinese course material uses as they are.
const LATIN_ALLOWED = new Set([
  'Language', 'English', 'ReLU', 'Tanh', 'Sigmoid', 'NaN', 'Enter', 'Esc', 'Tab', 'sin',
  'Leaky', 'ELU', 'Swish', 'GELU', 'Softplus', 'SGD', 'Adam', 'Xavier',
  // File formats and tools, and the CSV columns and values a file must spell literally.
  'CSV', 'JSON', 'PNG', 'PyTorch', 'Python', 'label', 'split', 'train', 'test',
]);

/** Opens the page at `hash` and waits until the app has rendered its first frame. */
async function ready(t, hash = '') {
  const opened = await openPlayground(t, hash);
  const { page } = opened;
  // The page's own map (compare mode adds two more).
  const map = page.locator('canvas.plot-image').first();
  await map.waitFor({ state: 'visible', timeout: 20_000 });
  await eventually(() => paintedShare(map), (share) => share === 1, {
    what: 'the heatmap to be drawn',
  });
  return opened;
}

const label = (page, name) => page.getByLabel(name, { exact: true });
const button = (page, name) => page.getByRole('button', { name, exact: true });

async function hash(page) {
  return decodeURIComponent(await page.evaluate(() => location.hash));
}

/** Checks that every control of the page carries its name in language `i` (0 English, 1 Chinese)
 * and that none carries its name in the other. */
async function assertLanguage(page, i) {
  const other = 1 - i;
  for (const names of LABELS) {
    await label(page, names[i]).first().waitFor({ state: 'visible', timeout: 5_000 });
    assert.equal(await label(page, names[other]).count(), 0, `no control is still labelled "${names[other]}"`);
  }
  for (const names of BUTTONS) {
    await button(page, names[i]).waitFor({ state: 'visible', timeout: 5_000 });
    assert.equal(await button(page, names[other]).count(), 0, `no button is still named "${names[other]}"`);
  }
  for (const names of CHECKBOXES) {
    await page.getByRole('checkbox', { name: names[i], exact: true }).waitFor({ state: 'visible' });
    assert.equal(await page.getByRole('checkbox', { name: names[other], exact: true }).count(), 0);
  }
  for (const names of HEADINGS) {
    await page.getByRole('heading', { name: names[i], exact: true }).waitFor({ state: 'visible' });
    assert.equal(await page.getByRole('heading', { name: names[other], exact: true }).count(), 0);
  }
}

/** Every Latin word (3+ letters) the page shows or names a control with, outside the allowed list. */
function strayLatin(page) {
  return page.evaluate((allowed) => {
    const texts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[title], [aria-label]')) {
      texts.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '');
    }
    // Each option on its own: a menu's textContent runs its options together.
    for (const el of document.querySelectorAll('option')) texts.push(el.textContent ?? '');
    const words = texts.join(' ').match(/[A-Za-z]{3,}/g) ?? [];
    return [...new Set(words.filter((w) => !allowed.includes(w)))];
  }, [...LATIN_ALLOWED]);
}

/** The option texts of a <select>. */
function optionTexts(select) {
  return select.evaluate((el) => [...el.options].map((o) => o.textContent));
}

test('the language switch turns the page Chinese and back without losing the training', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=i18n');
  await assertLanguage(page, 0);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

  // Train one epoch and note what the network computes, to see it survive the switch.
  await button(page, 'Step').click();
  const epoch = label(page, 'Epoch');
  await eventually(() => textOf(epoch), (e) => epochNumber(e) === 1, { what: 'one step' });
  const losses = [await textOf(label(page, 'Test loss')), await textOf(label(page, 'Training loss'))];

  const picker = label(page, SWITCH);
  assert.equal(await picker.evaluate((el) => el.tagName), 'SELECT', 'the switch is a native menu');
  assert.deepEqual(await optionTexts(picker), ['English', '中文']);
  await picker.selectOption({ label: '中文' });

  await assertLanguage(page, 1);
  assert.equal(await textOf(label(page, '轮次')), '000,001', 'the epoch is kept');
  assert.deepEqual(
    [await textOf(label(page, '测试损失')), await textOf(label(page, '训练损失'))],
    losses,
    'the weights are kept (the same losses)',
  );
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await page.title(), '神经网络游乐场');
  await eventually(() => hash(page), (h) => /(^#|&)lang=zh(&|$)/.test(h), { what: 'lang=zh in the link' });
  assert.match(await hash(page), /seed=i18n/, 'the rest of the link is kept');
  assert.deepEqual(await optionTexts(label(page, '激活函数')), [
    'ReLU', 'Tanh', 'Sigmoid', '线性', 'Leaky ReLU', 'ELU', 'Swish', 'GELU', 'Softplus', '阶跃',
  ]);
  assert.deepEqual(await optionTexts(label(page, '正则化')), ['无', 'L1', 'L2']);
  assert.deepEqual(await optionTexts(label(page, '问题类型')), ['分类', '回归', '多分类']);
  assert.deepEqual(await optionTexts(label(page, '损失函数')), ['平方误差', '交叉熵损失']);
  assert.deepEqual(await optionTexts(label(page, '优化器')), ['随机梯度下降（SGD）', '动量法', 'Adam']);
  assert.deepEqual(await optionTexts(label(page, '初始化')), ['原版', 'Xavier 初始化', 'He 初始化']);
  await page.getByText('你想使用哪个数据集？', { exact: true }).waitFor({ state: 'visible' });
  await page.getByRole('heading', { name: '颜色代表什么？' }).waitFor({ state: 'visible' });
  // Accessible names of the network's parts and the hover tooltips.
  await page.getByRole('button', { name: '从 X₁ 到第 1 层第 1 个神经元的权重', exact: true }).first().waitFor();
  assert.equal(await button(page, '运行').getAttribute('title'), '开始或暂停训练（空格键）');
  assert.deepEqual(await strayLatin(page), [], 'no English left on the page, in tooltips or in names');

  // Nothing wider than the window in Chinese.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the window`);
  const shots = fileURLToPath(new URL('./screenshots/', import.meta.url));
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}i18n-zh-full.png`, fullPage: true });

  // Training goes on in Chinese, and the button names follow the state.
  await button(page, '单步').click();
  await eventually(() => textOf(label(page, '轮次')), (e) => epochNumber(e) === 2, { what: 'a step in Chinese' });

  await label(page, SWITCH).selectOption({ label: 'English' });
  await assertLanguage(page, 0);
  assert.equal(await textOf(epoch), '000,002', 'the epoch is kept on the way back');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.title(), 'Neural Network Playground');
  await eventually(() => hash(page), (h) => /(^#|&)lang=en(&|$)/.test(h), { what: 'lang=en in the link' });
  assert.deepEqual(errors, []);
});

test('#lang=zh opens in Chinese', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#lang=zh');
  await assertLanguage(page, 1);
  assert.equal(await textOf(label(page, '轮次')), '000,000');
  assert.equal(await label(page, SWITCH).evaluate((el) => el.selectedOptions[0].textContent), '中文');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await page.getByRole('heading', { name: '在浏览器里亲手摆弄一个神经网络。', exact: false }).waitFor();
  assert.deepEqual(await strayLatin(page), []);
  assert.deepEqual(errors, []);
});

test('a link’s problems are listed in Chinese, and the divergence alert is Chinese', OPTIONS, async (t) => {
  const link =
    '#lang=zh&activation=nope&learningRate=10&problem=regression&regDataset=reg-plane' +
    '&networkShape=8,8,8&batchSize=1&seed=boom';
  const { page, errors } = await ready(t, link);
  const notice = page.getByRole('alert').filter({ hasText: '此链接中的部分设置无法使用' });
  await notice.waitFor({ state: 'visible' });
  assert.match(
    await textOf(notice),
    /activation=nope：“nope”不是可选值（relu、tanh、sigmoid、linear、leakyrelu、elu、swish、gelu、softplus、step）之一，已保留默认值/,
  );
  await button(page, '关闭').click();
  await notice.waitFor({ state: 'detached' });

  await button(page, '运行').click();
  const alert = page.getByRole('alert').filter({ hasText: '训练已停止' });
  await alert.waitFor({ state: 'visible', timeout: 20_000 });
  assert.match(await textOf(alert), /学习率/);
  assert.deepEqual(await strayLatin(page), []);
  assert.deepEqual(errors, []);
});

test('without lang= the browser’s language decides; lang= in the link wins', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#seed=browser');
  await assertLanguage(page, 0);
  // A browser that prefers Chinese (set before the page's script runs).
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['zh-CN', 'zh', 'en'] });
    Object.defineProperty(Navigator.prototype, 'language', { get: () => 'zh-CN' });
  });
  await page.reload({ waitUntil: 'load' });
  await assertLanguage(page, 1);
  assert.doesNotMatch(await hash(page), /lang=/, 'following the browser writes nothing into the link');

  await page.goto(new URL('#seed=browser&lang=en', page.url()).href);
  await page.reload({ waitUntil: 'load' });
  await assertLanguage(page, 0);
  assert.deepEqual(errors, []);
});

test('compare mode speaks Chinese', OPTIONS, async (t) => {
  const { page, errors } = await ready(t, '#lang=zh&seed=cmp&compare=activation:relu;learningRate:0.1');
  const panel = page.getByRole('region', { name: '对比两个网络', exact: true });
  await panel.waitFor();
  await panel.getByRole('region', { name: '网络 A', exact: true }).waitFor();
  const b = panel.getByRole('region', { name: '网络 B', exact: true });
  await b.getByText('不同之处：激活函数 ReLU、学习率 0.1', { exact: true }).waitFor();
  await b.getByText('测试损失尚未降到 0.1', { exact: true }).waitFor();
  assert.equal(await panel.getByLabel('B 的激活函数', { exact: true }).evaluate((s) => s.options[0].textContent), '与 A 相同（Tanh）');
  await page.getByText('实线：网络 A · 虚线：网络 B', { exact: true }).waitFor();
  assert.equal(await button(page, '对比').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await strayLatin(page), []);
  assert.deepEqual(errors, []);
});
