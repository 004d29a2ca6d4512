// History of looked-at products: what an entry keeps, the bound (500, oldest out), the switch, clearing,
// and that the background records product pages only.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Analysis } from '../core/schema';
import {
  HISTORY_LIMIT,
  clearHistory,
  getHistory,
  historyItemOf,
  productKey,
  recordProduct,
  setHistoryEnabled,
  withItem,
} from './history';
import { handleMessage } from './results';

beforeEach(() => fakeBrowser.reset());

const analysis = (n: number, over: Partial<Analysis> = {}): Analysis => ({
  schemaVersion: 1,
  url: `https://www.iherb.com/pr/product-${n}/${n}?rcode=ABC#reviews`,
  store: 'iherb',
  isProductPage: true,
  containsMagnesium: true,
  topical: false,
  kind: 'magnesium-supplement',
  title: `Magnesium ${n}`,
  forms: [{ id: 'glycinate', tier: 'higher', source: 'Magnesium (as bisglycinate)' }],
  buffered: false,
  servingSize: '2 capsules',
  servingsPerDay: { min: 1, max: 1, source: 'directions' },
  elementalMgPerServing: { min: 200, max: 200, basis: 'stated-elemental', source: 'Magnesium 200 mg' },
  elementalMgPerDay: { min: 200, max: 200 },
  upperLimit: { mg: 350, profile: 'adult (US)', verdict: 'within', percentOfLimit: 57 },
  claims: [{ topic: 'sleep', text: 'for sleep', grade: 'x', note: 'y', sources: [] }],
  warnings: [],
  pricePer100mgElemental: { amount: 0.167, currency: 'USD' },
  ...over,
});

describe('history entries', () => {
  it('keep only the listed fields: no label text, no claims', () => {
    const item = historyItemOf(analysis(1), 1000)!;
    expect(Object.keys(item).sort()).toEqual(
      [
        'forms',
        'key',
        'mgPerDay',
        'mgPerServing',
        'price100',
        'seenAt',
        'servingsPerDay',
        'store',
        'tier',
        'title',
        'topical',
        'url',
      ].sort(),
    );
    expect(item.key).toBe('https://www.iherb.com/pr/product-1/1');
    expect(item.url).toBe('https://www.iherb.com/pr/product-1/1?rcode=ABC');
    expect(JSON.stringify(item)).not.toContain('for sleep');
    expect(JSON.stringify(item)).not.toContain('Magnesium 200 mg');
  });

  it("servings a day: the directions' count, also where they name no frequency; none without directions", () => {
    const noFrequency = analysis(3, {
      servingsPerDay: { min: 2, max: 2, source: 'assumed-one' },
      warnings: [{ code: 'directions-frequency-assumed', message: 'Directions name no frequency: read as once a day.' }],
    });
    expect(historyItemOf(noFrequency, 1)!.servingsPerDay).toBe(2);
    expect(
      historyItemOf(analysis(4, { servingsPerDay: { min: 1, max: 1, source: 'assumed-one' } }), 1)!.servingsPerDay,
    ).toBeNull();
  });

  it('tier is "mixed" for forms in different tiers; a title figure is not a dose', () => {
    const item = historyItemOf(
      analysis(2, {
        forms: [
          { id: 'oxide', tier: 'lower', source: '' },
          { id: 'glycinate', tier: 'higher', source: '' },
        ],
        elementalMgPerServing: { min: 400, max: 400, basis: 'from-title', source: '400mg' },
        elementalMgPerDay: null,
      }),
      1,
    )!;
    expect(item.tier).toBe('mixed');
    expect(item.mgPerServing).toBeNull();
  });

  it('are not made for pages that are not magnesium products', () => {
    expect(historyItemOf(analysis(3, { isProductPage: false }), 1)).toBeNull();
    expect(historyItemOf(analysis(3, { containsMagnesium: false }), 1)).toBeNull();
    expect(historyItemOf(analysis(3, { url: null }), 1)).toBeNull();
    expect(productKey('javascript:alert(1)')).toBeNull();
  });
});

describe('history bounds', () => {
  it(`keeps at most ${HISTORY_LIMIT}, newest first, the oldest out`, () => {
    let list: ReturnType<typeof withItem> = [];
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) list = withItem(list, historyItemOf(analysis(i), i)!);
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]!.title).toBe(`Magnesium ${HISTORY_LIMIT + 19}`);
    expect(list.at(-1)!.title).toBe('Magnesium 20');
    expect(list.some((h) => h.title === 'Magnesium 19')).toBe(false);
  });

  it('a product seen again moves to the front, once', () => {
    let list = withItem([], historyItemOf(analysis(1), 1)!);
    list = withItem(list, historyItemOf(analysis(2), 2)!);
    list = withItem(list, historyItemOf(analysis(1), 3)!);
    expect(list.map((h) => [h.title, h.seenAt])).toEqual([
      ['Magnesium 1', 3],
      ['Magnesium 2', 2],
    ]);
  });

  it('stored: records, bounded, cleared', async () => {
    // Newest first, as stored: Magnesium 0 (seen last) ... Magnesium 499 (seen first, the oldest).
    await fakeBrowser.storage.local.set({
      history: Array.from({ length: HISTORY_LIMIT }, (_, i) => historyItemOf(analysis(i), HISTORY_LIMIT - i)!),
    });
    expect(await recordProduct(analysis(9999), 10_000)).toBe(true);
    const list = await getHistory();
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]!.title).toBe('Magnesium 9999');
    expect(list.some((h) => h.title === `Magnesium ${HISTORY_LIMIT - 1}`)).toBe(false);
    expect(list[1]!.title).toBe('Magnesium 0');
    await clearHistory();
    expect(await getHistory()).toEqual([]);
  });

  it('the switch turns recording off', async () => {
    await setHistoryEnabled(false);
    expect(await recordProduct(analysis(1))).toBe(false);
    expect(await getHistory()).toEqual([]);
    await setHistoryEnabled(true);
    expect(await recordProduct(analysis(1))).toBe(true);
    expect(await getHistory()).toHaveLength(1);
  });

  it('two pages analysed at once are both kept', async () => {
    await Promise.all([recordProduct(analysis(1)), recordProduct(analysis(2)), recordProduct(analysis(3))]);
    expect((await getHistory()).map((h) => h.title).sort()).toEqual(['Magnesium 1', 'Magnesium 2', 'Magnesium 3']);
  });

  it('the background records a product page it analyses, not a pasted label', async () => {
    const snapshot = {
      url: 'https://www.iherb.com/pr/x/1',
      store: 'iherb' as const,
      isProductPage: true,
      title: 'Sample Magnesium Citrate, 200 mg, 120 Tablets',
      labelText: 'Serving Size: 1 Tablet\nMagnesium (as magnesium citrate)\t200 mg\t48%',
      directions: 'Take 1 tablet daily.',
    };
    await handleMessage({ type: 'page-snapshot', snapshot }, { tab: { id: 3 } });
    await handleMessage({ type: 'analyze-text', text: 'Magnesium (as magnesium oxide) 250 mg' }, {});
    const list = await getHistory();
    expect(list.map((h) => [h.title, h.mgPerDay, h.forms])).toEqual([
      ['Sample Magnesium Citrate, 200 mg, 120 Tablets', { min: 200, max: 200 }, ['citrate']],
    ]);
  });
});
