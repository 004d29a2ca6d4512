import { describe, expect, it } from 'vitest';
import { filterItems, formOf, sortItems } from './compareTable';
import type { HistoryItem } from '../extension/history';

const row = (n: number, over: Partial<HistoryItem>): HistoryItem => ({
  key: `k${n}`,
  url: `https://www.iherb.com/pr/x/${n}`,
  store: 'iherb',
  title: `P${n}`,
  forms: ['citrate'],
  tier: 'higher',
  mgPerDay: { min: 100, max: 100 },
  mgPerServing: { min: 100, max: 100 },
  servingsPerDay: 1,
  price100: { amount: 0.5, currency: 'USD' },
  topical: false,
  seenAt: n,
  ...over,
});

const rows = [
  row(1, {
    price100: { amount: 0.39, currency: 'USD' },
    mgPerDay: { min: 105, max: 105 },
    tier: 'mixed',
    forms: ['oxide', 'glycinate'],
  }),
  row(2, { price100: null, mgPerDay: null, tier: 'lower', forms: ['oxide'], store: 'walmart' }),
  row(3, { price100: { amount: 0.06, currency: 'USD' }, mgPerDay: { min: 200, max: 200 } }),
  row(4, { price100: { amount: 0.17, currency: 'USD' }, mgPerDay: { min: 150, max: 250 }, forms: ['glycinate'] }),
];

describe('compare table', () => {
  it('sorts by price per 100 mg, cheapest first, unknown prices last', () => {
    expect(sortItems(rows, 'price100', 'asc').map((r) => r.title)).toEqual(['P3', 'P4', 'P1', 'P2']);
    expect(sortItems(rows, 'price100', 'desc').map((r) => r.title)).toEqual(['P1', 'P4', 'P3', 'P2']);
  });

  it('sorts by mg a day (the upper end) and by tier', () => {
    expect(sortItems(rows, 'mgDay', 'desc').map((r) => r.title)).toEqual(['P4', 'P3', 'P1', 'P2']);
    expect(sortItems(rows, 'tier', 'asc').map((r) => r.tier)).toEqual(['higher', 'higher', 'mixed', 'lower']);
  });

  it('keeps currencies apart', () => {
    const mixed = [
      row(1, { price100: { amount: 0.1, currency: 'GBP' } }),
      row(2, { price100: { amount: 0.2, currency: 'EUR' } }),
    ];
    expect(sortItems(mixed, 'price100', 'asc').map((r) => r.price100?.currency)).toEqual(['EUR', 'GBP']);
  });

  it('filters by form (any of a product’s forms) and store', () => {
    expect(filterItems(rows, 'glycinate', 'all').map((r) => r.title)).toEqual(['P1', 'P4']);
    expect(filterItems(rows, 'all', 'walmart').map((r) => r.title)).toEqual(['P2']);
    expect(formOf(rows[0]!)).toBe('mixed');
    expect(formOf({ forms: [] })).toBe('unknown');
  });
});
