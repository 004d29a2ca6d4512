// The popup's states in real browsers: analysis (with claims, sources and the user's own limit),
// not-magnesium, unsupported page with the paste box; accessibility and README screenshots.
import { resolve } from 'node:path';
import { test, expect, fixture, popupFor } from './fixtures';

const IHERB_URL =
  'https://www.iherb.com/pr/california-gold-nutrition-multivitamin-and-mineral-with-methyl-b12-vitamin-c-l-methylfolate-and-quercetin-two-a-day-60-veggie-capsules/104996';
const GLYCINATE_URL = 'https://www.amazon.com/dp/B0MGLY4001';
const ARTICLE_URL = 'https://www.amazon.com/gp/help/customer/display.html';

test('the real iHerb page: mixed forms, 105 mg stated elemental, within the adult US limit', async ({ driver }) => {
  const { popup } = await popupFor(driver, IHERB_URL, 'iherb/two-a-day-multivitamin.html', 'analysis');
  expect(await popup.attr('[data-testid="kind"]', 'data-kind')).toBe('multi-nutrient');
  const forms = await popup.texts('form');
  expect(forms).toHaveLength(2);
  expect(await popup.texts('mixed-forms')).toHaveLength(1);
  expect((await popup.texts('mg-per-serving'))[0]).toMatch(/^105 mg/);
  expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis')).toBe('stated-elemental');
  expect(await popup.texts('mg-per-day')).toEqual(['105 mg']);
  expect(await popup.attr('[data-testid="verdict"]', 'data-verdict')).toBe('within');
  // The figure's label text is one click away.
  expect((await popup.texts('mg-source'))[0]).toContain('Magnesium (as Magnesium Oxide and Magnesium Bisglycinate)');
  expect(await popup.toolbarBadge()).toBe('105');
});

test('claims on an Amazon page are graded, quoted and cited', async ({ driver }) => {
  const { popup } = await popupFor(driver, GLYCINATE_URL, 'amazon/magnesium-glycinate.html', 'analysis');
  const topics = await Promise.all(
    [0, 1, 2, 3, 4, 5].map((i) => popup.attr(`[data-testid="claim"]:nth-child(${i + 1})`, 'data-topic')),
  );
  expect(topics.filter(Boolean)).toEqual(expect.arrayContaining(['sleep', 'muscle-cramps', 'absorption', 'gentle-digestion']));
  const phrases = await popup.texts('claim-text');
  expect(phrases.some((p) => /sleep/i.test(p))).toBe(true);
  expect((await popup.texts('claim-grade')).every((g) => g.length > 0)).toBe(true);
  // The title's 400 mg is shown as the title's figure, and no daily verdict is made from it.
  expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis')).toBe('from-title');
  expect(await popup.texts('mg-per-day')).toEqual(['not stated']);
  expect(await popup.attr('[data-testid="verdict"]', 'data-verdict')).toBe('unknown');
});

test("the user's profile changes the limit: a 1–3-year-old's limit is 65 mg", async ({ driver }) => {
  driver.serve(IHERB_URL, fixture('iherb/two-a-day-multivitamin.html'));
  await driver.open(IHERB_URL);
  const options = await driver.openExtensionPage('options.html');
  await options.select('age-band', '1-3');
  await expect.poll(async () => (await options.texts('status'))[0] ?? '').toContain('1–3');
  expect(await options.seriousA11yViolations()).toEqual([]);
  await driver.open(IHERB_URL);
  const popup = await driver.openPopup();
  await popup.waitForState('analysis');
  expect(await popup.attr('[data-testid="verdict"]', 'data-verdict')).toBe('above');
  expect((await popup.texts('limit-note'))[0]).toContain('65 mg');
});

test("a child's profile and a label that doses by age: the day is the child's group's, quoted under the verdict", async ({
  driver,
}) => {
  driver.serve(ARTICLE_URL, '<!doctype html><html><body><h1>Help</h1><p>Returns and refunds.</p></body></html>');
  await driver.open(ARTICLE_URL);
  const options = await driver.openExtensionPage('options.html');
  await options.select('age-band', '4-8');
  await expect.poll(async () => (await options.texts('status'))[0] ?? '').toContain('4–8');
  await driver.open(ARTICLE_URL);
  const popup = await driver.openPopup();
  await popup.waitForState('unsupported-page');
  await popup.fill(
    'paste-text',
    [
      'Kids Magnesium Gummies',
      'Nutrition Information\tPer gummy\t%NRV',
      'Magnesium (as magnesium citrate)\t50 mg\t13%',
      'Directions: Children 4-8 years: chew 1 gummy daily. Children 9 years and over and adults: chew 2 gummies daily.',
    ].join('\n'),
  );
  await popup.click('paste-submit');
  await popup.waitForState('analysis');
  expect(await popup.texts('mg-per-day')).toEqual(['50 mg']);
  expect(await popup.attr('[data-testid="verdict"]', 'data-verdict')).toBe('within');
  expect((await popup.texts('dose-for-age'))[0]).toContain('Children 4-8 years: chew 1 gummy daily');
});

test('a store page that is not a product: unsupported state, then a pasted label is analysed', async ({ driver }) => {
  driver.serve(
    ARTICLE_URL,
    '<!doctype html><html><head><title>Help</title></head><body><h1>Returns and refunds</h1><p>How to return an item.</p></body></html>',
  );
  await driver.open(ARTICLE_URL);
  const popup = await driver.openPopup();
  await popup.waitForState('unsupported-page');
  await popup.fill(
    'paste-text',
    'Supplement Facts\nServing Size 2 Capsules\nMagnesium (as magnesium citrate) 300 mg 71%\nSuggested use: take 2 capsules daily.',
  );
  await popup.click('paste-submit');
  await popup.waitForState('analysis');
  expect(await popup.attr('[data-testid="form"]', 'data-form')).toBe('citrate');
  expect((await popup.texts('mg-per-day'))[0]).toBe('300 mg');
  expect(await popup.texts('origin')).toEqual(['From the label text you pasted.']);
});

test('hostile page text is shown as text, never parsed or run', async ({ driver }) => {
  // The title as the page shows it: markup characters as text (escaped in the page's HTML).
  const hostile = fixture('amazon/magnesium-glycinate.html').replaceAll(
    'Brightfield Magnesium Glycinate 400mg',
    'Brightfield &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt; \u202Egnp.exe\u200B Magnesium Glycinate 400mg',
  );
  driver.serve(GLYCINATE_URL, hostile);
  await driver.open(GLYCINATE_URL);
  const popup = await driver.openPopup();
  await popup.waitForState('analysis');
  const [title] = await popup.texts('title');
  expect(title).toContain('<img src=x onerror="alert(1)"><script>alert(2)</script>');
  expect(await popup.count('main img, main script')).toBe(0);
  expect(await popup.attr('[data-testid="form"]', 'data-form')).toBe('glycinate');
});

test('the popup has no serious accessibility problems, in light and dark', async ({ driver, target }) => {
  const { popup } = await popupFor(driver, IHERB_URL, 'iherb/two-a-day-multivitamin.html', 'analysis');
  expect(await popup.seriousA11yViolations()).toEqual([]);
  if (target === 'chromium') {
    for (const scheme of ['light', 'dark'] as const) {
      // Every run writes test-results/; UPDATE_SCREENSHOTS=1 also refreshes the README's copies.
      const dir = process.env.UPDATE_SCREENSHOTS ? '../../docs/screenshots' : '../../test-results/screenshots';
      await popup.screenshot(resolve(import.meta.dirname, `${dir}/popup-${scheme}.png`), scheme);
      expect(await popup.seriousA11yViolations()).toEqual([]);
    }
  }
});

// Chromium only: the delayed response is a Playwright route (the popup's logic is the same in Firefox).
test('opened while the page is still loading, the popup says so, then shows the analysis @chromium-only', async ({ driver }) => {
  driver.serve(IHERB_URL, fixture('iherb/two-a-day-multivitamin.html'), 3_000);
  await driver.open(IHERB_URL, { wait: false });
  const popup = await driver.openPopup();
  await popup.waitForState('loading');
  expect(await popup.texts('loading')).toEqual(['Reading the page…']);
  await popup.waitForState('analysis');
  expect(await popup.texts('mg-per-day')).toEqual(['105 mg']);
});
