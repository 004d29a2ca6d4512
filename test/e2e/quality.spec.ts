// Quality gates in real browsers: the extension makes no request of its own, hostile page text stays
// text, broken and huge pages neither break MagLens nor the page, and soft navigation is followed.
import { test, expect, fixture, popupFor } from './fixtures';

const IHERB_URL = 'https://www.iherb.com/pr/sample-labs-magnesium-glycinate-200-mg-120-tablets/99901';
const GLYCINATE_URL = 'https://www.amazon.com/dp/B0MGLY4001';

test('no request leaves the extension: product page, popup and options page', async ({ driver }) => {
  const { popup } = await popupFor(driver, IHERB_URL, 'hostile/iherb-minimal.html', 'analysis');
  expect(await popup.texts('mg-per-day')).toEqual(['200 mg']);
  const options = await driver.openExtensionPage('options.html');
  await options.select('region', 'EU');
  await expect.poll(async () => (await options.texts('status'))[0] ?? '').toContain('EU');
  // The page loads nothing itself, so every refused request would be the extension's.
  expect(driver.refusedRequests()).toEqual([]);
});

test('the request recording covers the background: a probe request from it is seen and refused', async ({ driver }) => {
  // Without this, an empty list above could mean the background's requests were never watched.
  await driver.requestFromBackground('https://probe.maglens.invalid/from-background');
  await expect.poll(() => driver.refusedRequests().filter((u) => u.includes('probe.maglens.invalid'))).toHaveLength(1);
});

test('hostile and broken pages: text stays text, nothing runs, the page keeps working', async ({ driver }) => {
  const { page, popup } = await popupFor(driver, IHERB_URL, 'hostile/iherb-hostile.html', 'analysis');
  const [title] = await popup.texts('title');
  expect(title).toContain('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
  expect(await popup.count('main img, main script, main iframe, main a[href^="javascript:"]')).toBe(0);
  expect(await popup.attr('[data-testid="form"]', 'data-form')).toBe('glycinate');
  // The 999 mg in the iframe is not this page's label.
  expect((await popup.texts('mg-per-serving'))[0]).not.toContain('999');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null, null)).toBeNull();
  // The page still works: its own button handler runs.
  await page.evaluate(() => (document.getElementById('counter') as HTMLButtonElement).click(), null);
  expect(await page.attrs('#counter', 'data-clicks')).toEqual(['1']);
  expect(await page.count('#many span')).toBe(20_000);
  expect(driver.refusedRequests()).toEqual([]);
});

test('an Amazon variant switch (URL and title change without a load) updates the popup and badge', async ({ driver }) => {
  driver.serve(GLYCINATE_URL, fixture('amazon/magnesium-glycinate.html'));
  const page = await driver.open(GLYCINATE_URL);
  const before = await driver.openPopup();
  await before.waitForState('analysis');
  expect(await before.attr('[data-testid="form"]', 'data-form')).toBe('glycinate');
  await page.evaluate(() => {
    // Picking the smaller size: Amazon swaps the title in place and rewrites the address.
    history.pushState(null, '', '/dp/B0MGLY2002');
    document.getElementById('productTitle')!.textContent = 'Brightfield Magnesium Glycinate 200mg – 90 Vegan Capsules';
  }, null);
  await expect
    .poll(
      async () => {
        const popup = await driver.openPopup();
        await popup.waitForState('analysis');
        return [(await popup.texts('mg-per-serving'))[0]?.slice(0, 6), await popup.toolbarBadge()];
      },
      { timeout: 15_000 },
    )
    .toEqual(['200 mg', '200?']);
});
