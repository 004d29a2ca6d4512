// The first real path, in both browsers: a store product page -> content script (snapshot) ->
// background (core, per-tab result, toolbar badge) -> popup.
import { test, expect, popupFor } from './fixtures';

const GLYCINATE_URL = 'https://www.amazon.com/dp/B0MGLY4001';
const CHARGER_URL = 'https://www.amazon.com/dp/B0DR8G428S';

test('an Amazon magnesium product shows its form, tier and mg in the popup and the toolbar badge', async ({ driver }) => {
  const { popup } = await popupFor(driver, GLYCINATE_URL, 'amazon/magnesium-glycinate.html', 'analysis');
  expect(await popup.texts('title')).toEqual([expect.stringContaining('Brightfield Magnesium Glycinate 400mg')]);
  expect(await popup.attr('[data-testid="form"]', 'data-form')).toBe('glycinate');
  expect(await popup.attr('[data-testid="tier"]', 'data-tier')).toBe('higher');
  // As magnesium, the title's 400 mg would take 2.8 g of the glycinate: it may weigh the salt, and says so.
  const [perServing] = await popup.texts('mg-per-serving');
  expect(perServing).toMatch(/^56–400 mg/);
  expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis')).toBe('from-title');
  expect(await popup.attr('[data-testid="warning"][data-code="title-salt-weight"]', 'data-code')).toBe('title-salt-weight');
  // Only the title states 400 mg: the badge marks it as unverified.
  expect(await popup.toolbarBadge()).toBe('400?');
});

test('a product page that is not magnesium shows the not-magnesium state and no badge', async ({ driver }) => {
  const { popup } = await popupFor(driver, CHARGER_URL, 'amazon/portable-charger.html', 'not-magnesium');
  expect(await popup.texts('title')).toEqual([expect.stringContaining('charmast 20000mAh Portable Charger')]);
  expect(await popup.toolbarBadge()).toBe('');
});
