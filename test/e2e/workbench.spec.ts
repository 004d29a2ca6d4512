// Issue 13, the shopper's workbench, in real browsers: the popup's first screen at 380 × 600, the
// compare page built from the products looked at (sorted by price per 100 mg, CSV export), the stack
// total on a third product, clearing the history; axe on the popup (folded and unfolded) and on the
// compare page, light and dark; the README's screenshots.
import { resolve } from 'node:path';
import { test, expect, fixture, popupFor } from './fixtures';
import type { ExtensionDriver } from './driver';

const BISGLYCINATE = {
  url: 'https://www.iherb.com/pr/brightfield-magnesium-bisglycinate-200-mg-120-veggie-capsules/190512',
  file: 'iherb/magnesium-bisglycinate.html',
};
const CITRATE = {
  url: 'https://www.vitacost.com/brightfield-magnesium-citrate-200-mg-250-tablets',
  file: 'vitacost/magnesium-citrate.html',
};
const MULTI = {
  url: 'https://www.iherb.com/pr/california-gold-nutrition-multivitamin-and-mineral-with-methyl-b12-vitamin-c-l-methylfolate-and-quercetin-two-a-day-60-veggie-capsules/104996',
  file: 'iherb/two-a-day-multivitamin.html',
};
const GLYCINATE_AMAZON = { url: 'https://www.amazon.com/dp/B0MGLY4001', file: 'amazon/magnesium-glycinate.html' };

const FIRST_SCREEN = ['[data-maglens="summary"]', '[data-maglens="gauge"]', '[data-maglens="claims"]'];

async function visit(driver: ExtensionDriver, product: { url: string; file: string }) {
  const { popup } = await popupFor(driver, product.url, product.file, 'analysis');
  await popup.setViewport(380, 600);
  return popup;
}

async function expectFirstScreen(popup: Awaited<ReturnType<typeof visit>>) {
  for (const selector of FIRST_SCREEN) {
    const box = await popup.box(selector);
    expect(box, selector).not.toBeNull();
    expect(box!.bottom, `${selector} ends inside the first 600 px`).toBeLessThanOrEqual(600);
    expect(box!.right, `${selector} fits the popup's 380 px`).toBeLessThanOrEqual(380);
  }
}

function screenshotPath(name: string) {
  const dir = process.env.UPDATE_SCREENSHOTS ? '../../docs/screenshots' : '../../test-results/screenshots';
  return resolve(import.meta.dirname, `${dir}/${name}.png`);
}

test('three products: first screens inside 600 px, compare sorts by price, the stack total on the third, clearing empties compare', async ({
  driver,
}) => {
  // 1. First product: add it to the stack from the popup (the label says one serving a day).
  let popup = await visit(driver, BISGLYCINATE);
  await expectFirstScreen(popup);
  expect(await popup.count('[data-maglens="stack-total"]')).toBe(0);
  await popup.click('take-this');
  await popup.click('take-add');
  await expect.poll(() => popup.texts('in-stack')).toEqual(['In your stack: 1 serving a day']);
  // With only this product in the stack, the total is the product itself.
  await expect.poll(() => popup.attr('[data-maglens="stack-total"]', 'data-mg')).toBe('200');

  // 2. Second product: add two servings a day, then set it back to one on the compare page.
  popup = await visit(driver, CITRATE);
  await expectFirstScreen(popup);
  await popup.click('take-this');
  await popup.fill('take-servings', '2');
  await popup.click('take-add');
  await expect.poll(() => popup.attr('[data-maglens="stack-total"]', 'data-mg')).toBe('600');

  // 3. Third product: the popup adds it to the stack, against the limit.
  popup = await visit(driver, MULTI);
  await expectFirstScreen(popup);
  expect(await popup.attr('[data-maglens="stack-total"]', 'data-mg')).toBe('705');
  expect(await popup.attr('[data-maglens="stack-total"]', 'data-verdict')).toBe('above');
  expect((await popup.texts('compare-link'))[0]).toBe('Compare (3)');

  // The compare page: one row per product, sortable by price per 100 mg.
  const compare = await driver.openExtensionPage('compare.html');
  await expect.poll(() => compare.count('[data-maglens="compare-row"]')).toBe(3);
  await compare.click('sort-price100');
  const prices = (await compare.attrs('[data-maglens="compare-row"]', 'data-price100')).map(Number);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  expect(await compare.attrs('[data-maglens="compare-row"]', 'data-form')).toEqual(['citrate', 'glycinate', 'mixed']);
  expect(await compare.attrs('[data-maglens="compare-row"]', 'data-mg-day')).toEqual(['200', '200', '105']);
  await compare.click('sort-price100');
  expect(await compare.attrs('[data-maglens="compare-row"]', 'data-form')).toEqual(['mixed', 'glycinate', 'citrate']);
  await compare.click('sort-mgDay');
  expect((await compare.attrs('[data-maglens="compare-row"]', 'data-mg-day')).at(-1)).toBe('200');
  // Each row links back to its page.
  expect((await compare.attrs('[data-testid="row-link"]', 'href')).sort()).toEqual(
    [BISGLYCINATE.url, CITRATE.url, MULTI.url].sort(),
  );
  // Filter by form.
  await compare.select('filter-form', 'citrate');
  expect(await compare.count('[data-maglens="compare-row"]')).toBe(1);
  await compare.select('filter-form', 'all');
  // CSV export is a local download: no request leaves the browser.
  await compare.click('export-csv');
  await expect.poll(async () => (await compare.texts('status'))[0] ?? '').toBe('Exported 3 products as CSV.');

  // The stack is editable there: the citrate back to one serving a day, then removed.
  expect(await compare.count('[data-testid="stack-row"]')).toBe(2);
  expect(await compare.attr('[data-maglens="stack-total"]', 'data-mg')).toBe('600');
  await compare.fillSelector('[data-testid="stack-row"]:nth-child(2) [data-testid="stack-servings"]', '1');
  await expect.poll(() => compare.attr('[data-maglens="stack-total"]', 'data-mg')).toBe('400');

  // Back in the popup on the third product, the total follows the stack: 200 + 200 + 105.
  await driver.open(MULTI.url);
  popup = await driver.openPopup();
  await popup.waitForState('analysis');
  expect(await popup.attr('[data-maglens="stack-total"]', 'data-mg')).toBe('505');
  expect(await popup.attr('[data-maglens="stack-total"]', 'data-verdict')).toBe('above');
  expect((await popup.texts('stack-sentence'))[0]).toBe('With your stack: 505 mg a day, above the 350 mg limit');

  await compare.clickSelector('[data-testid="stack-row"]:nth-child(2) [data-testid="stack-remove"]');
  await expect.poll(() => compare.count('[data-testid="stack-row"]')).toBe(1);
  await expect.poll(() => popup.attr('[data-maglens="stack-total"]', 'data-mg')).toBe('305');
  expect(await popup.attr('[data-maglens="stack-total"]', 'data-verdict')).toBe('near');

  // Clearing the history (options page) empties compare; the stack stays.
  const options = await driver.openExtensionPage('options.html');
  await options.click('history-clear');
  await expect.poll(async () => (await options.texts('status'))[0] ?? '').toBe('History cleared.');
  const after = await driver.openExtensionPage('compare.html');
  await expect.poll(() => after.count('[data-testid="compare-empty"]')).toBe(1);
  expect(await after.count('[data-maglens="compare-row"]')).toBe(0);
  expect(await after.count('[data-testid="stack-row"]')).toBe(1);
});

test('with history switched off, a product page is not kept', async ({ driver }) => {
  const options = await driver.openExtensionPage('options.html');
  await options.click('history-enabled');
  await expect.poll(async () => (await options.texts('status'))[0] ?? '').toContain('no new products');
  await visit(driver, BISGLYCINATE);
  const compare = await driver.openExtensionPage('compare.html');
  await expect.poll(() => compare.count('[data-testid="compare-empty"]')).toBe(1);
});

test('the first screen holds the summary, gauge and six claims of the Amazon page; claims unfold with the trial dose', async ({
  driver,
}) => {
  const popup = await visit(driver, GLYCINATE_AMAZON);
  await expectFirstScreen(popup);
  expect(await popup.count('[data-maglens="claims"] [data-testid="claim"]')).toBeGreaterThanOrEqual(6);
  await popup.clickSelector('[data-testid="claim"][data-topic="sleep"] summary');
  const fits = await popup.texts('evidence-fit');
  expect(fits.some((f) => f.includes('320–729 mg') && f.includes('does not say how much'))).toBe(true);
});

test('axe: the popup folded and unfolded, and the compare page, light and dark; screenshots', async ({ driver, target }) => {
  let popup = await visit(driver, BISGLYCINATE);
  await popup.click('take-this');
  await popup.click('take-add');
  popup = await visit(driver, MULTI);
  await expect.poll(() => popup.count('[data-maglens="stack-total"]')).toBe(1);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.setColorScheme(scheme);
    expect(await popup.seriousA11yViolations(), `popup folded, ${scheme}`).toEqual([]);
    if (target === 'chromium') await popup.screenshotViewport(screenshotPath(`popup-first-screen-${scheme}`));
  }
  await popup.click('more-toggle');
  await popup.clickSelector('[data-testid="claim"] summary');
  for (const scheme of ['light', 'dark'] as const) {
    await popup.setColorScheme(scheme);
    expect(await popup.seriousA11yViolations(), `popup unfolded, ${scheme}`).toEqual([]);
  }
  await visit(driver, CITRATE);
  const compare = await driver.openExtensionPage('compare.html');
  await expect.poll(() => compare.count('[data-maglens="compare-row"]')).toBe(3);
  await compare.setViewport(1000, 640);
  for (const scheme of ['light', 'dark'] as const) {
    await compare.setColorScheme(scheme);
    expect(await compare.seriousA11yViolations(), `compare, ${scheme}`).toEqual([]);
    if (target === 'chromium') await compare.screenshotViewport(screenshotPath(`compare-${scheme}`));
  }
});

test('a hostile title stays text on the compare page and in its links', async ({ driver }) => {
  const hostile = fixture(BISGLYCINATE.file).replaceAll(
    'Brightfield, Magnesium Bisglycinate, 200 mg, 120 Veggie Capsules',
    '=HYPERLINK(&quot;x&quot;) &lt;img src=x onerror=&quot;alert(1)&quot;&gt; Magnesium Bisglycinate, 200 mg, 120 Veggie Capsules',
  );
  driver.serve(BISGLYCINATE.url, hostile);
  await driver.open(BISGLYCINATE.url);
  const popup = await driver.openPopup();
  await popup.waitForState('analysis');
  const compare = await driver.openExtensionPage('compare.html');
  await expect.poll(() => compare.count('[data-maglens="compare-row"]')).toBe(1);
  expect((await compare.texts('row-link'))[0]).toContain('<img src=x onerror="alert(1)">');
  expect(await compare.count('main img, main script')).toBe(0);
});
