// The background's work with fakeBrowser: snapshots become kept, badged results; the popup gets them
// analysed for the profile as it is now; pastes and selections; foreign messages get no answer.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_PROFILE } from '../core/limits';
import { setProfile } from './settings';
import { handleMessage, keepSelection, resultKey } from './results';
import type { PageResult, ResultReply } from './messages';
import type { ProductSnapshot } from '../core/snapshot';

const TAB = 7;
const citrate: ProductSnapshot = {
  url: 'https://www.iherb.com/pr/x/1',
  store: 'iherb',
  isProductPage: true,
  title: 'Sample Magnesium Citrate, 200 mg, 120 Tablets',
  labelText: 'Serving Size: 1 Tablet\nMagnesium (as magnesium citrate)\t200 mg\t48%',
  directions: 'Take 1 tablet daily.',
};

async function stored(tabId: number): Promise<PageResult | undefined> {
  return (await fakeBrowser.storage.session.get(resultKey(tabId)))[resultKey(tabId)] as PageResult | undefined;
}

beforeEach(() => fakeBrowser.reset());

describe('background results', () => {
  it("keeps a tab's snapshot as an analysed result and shows the daily mg on the toolbar badge", async () => {
    expect(await handleMessage({ type: 'page-snapshot', snapshot: citrate }, { tab: { id: TAB } })).toBe(true);
    const result = await stored(TAB);
    expect(result?.analysis.forms.map((f) => f.id)).toEqual(['citrate']);
    expect(result?.analysis.elementalMgPerDay).toEqual({ min: 200, max: 200 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('200');
  });

  it("reads a product page's extract (the content script's message) with the store's adapter", async () => {
    const html = [
      '<h1 id="name">Sample Labs, Magnesium Glycinate, 200 mg, 120 Tablets</h1>',
      '<div class="supplement-facts-container"><table><tr><td>Supplement Facts</td></tr><tr><td>Serving Size: 2 Tablets</td></tr>',
      '<tr><td>Magnesium (as magnesium bisglycinate chelate)</td><td>200 mg</td><td>48%</td></tr></table></div>',
    ].join('\n');
    expect(
      await handleMessage({ type: 'page-extract', url: 'https://www.iherb.com/pr/sample/99901', html }, { tab: { id: TAB } }),
    ).toBe(true);
    const result = await stored(TAB);
    expect(result?.snapshot).toMatchObject({ store: 'iherb', isProductPage: true, servingSize: '2 Tablets' });
    expect(result?.analysis.forms.map((f) => f.id)).toEqual(['glycinate']);
    expect(result?.analysis.elementalMgPerServing).toMatchObject({ min: 200, max: 200, basis: 'stated-elemental' });
  });

  it('answers the popup with the analysis for the profile as it is now', async () => {
    await handleMessage({ type: 'page-snapshot', snapshot: citrate }, { tab: { id: TAB } });
    const before = (await handleMessage({ type: 'get-result', tabId: TAB }, {})) as ResultReply;
    expect(before.profile).toEqual(DEFAULT_PROFILE);
    expect(before.result?.analysis.upperLimit.verdict).toBe('within');
    await setProfile({ ...DEFAULT_PROFILE, ageBand: '1-3' });
    const after = (await handleMessage({ type: 'get-result', tabId: TAB }, {})) as ResultReply;
    expect(after.result?.analysis.upperLimit).toMatchObject({ mg: 65, verdict: 'above' });
  });

  it('has no result for a tab it was told nothing about, and none for a snapshot without a tab', async () => {
    expect(await handleMessage({ type: 'page-snapshot', snapshot: citrate }, {})).toBeUndefined();
    expect(((await handleMessage({ type: 'get-result', tabId: TAB }, {})) as ResultReply).result).toBeNull();
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a malformed snapshot', { type: 'page-snapshot', snapshot: { url: 5 } }],
    [
      'an extract of an address no store claims (javascript:)',
      { type: 'page-extract', url: 'javascript:alert(1)x', html: '<h1 id="name">x</h1>' },
    ],
    ['an extract without markup', { type: 'page-extract', url: 'https://www.iherb.com/pr/x/1' }],
    ['a tab id that is not a number', { type: 'get-result', tabId: '7' }],
  ])('gives %s no answer and stores nothing', async (_what, raw) => {
    expect(await handleMessage(raw, { tab: { id: TAB } })).toBeUndefined();
    expect(await stored(TAB)).toBeUndefined();
  });

  it('analyses pasted label text (a row alone, no heading) without keeping it', async () => {
    const reply = (await handleMessage(
      { type: 'analyze-text', text: 'Magnesium (as magnesium glycinate) 100 mg 24%' },
      {},
    )) as ResultReply;
    expect(reply.result?.origin).toBe('pasted');
    expect(reply.result?.analysis.forms.map((f) => f.id)).toEqual(['glycinate']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps a selection for its tab, marked as a selection, even on a page with a broken address', async () => {
    const result = await keepSelection(TAB, 'Magnesium (as magnesium oxide) 400 mg 95%', 'not a url');
    expect(result.origin).toBe('selection');
    expect((await stored(TAB))?.analysis.forms.map((f) => f.id)).toEqual(['oxide']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('400');
  });
});
