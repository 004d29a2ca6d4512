// Sorting and filtering the compare table: plain functions over history items.
import type { HistoryItem, ProductTier } from '../extension/history';

export type SortKey = 'price100' | 'mgDay' | 'tier' | 'seen';
export type SortDir = 'asc' | 'desc';

const TIER_RANK: Record<ProductTier, number> = { higher: 0, 'higher-limited-data': 1, mixed: 2, lower: 3, unknown: 4 };

/** The value a row sorts by; null sorts last whichever the direction. */
function sortValue(h: HistoryItem, key: SortKey): number | null {
  switch (key) {
    case 'price100':
      return h.price100?.amount ?? null;
    case 'mgDay':
      return h.mgPerDay?.max ?? null;
    case 'tier':
      return TIER_RANK[h.tier] ?? TIER_RANK.unknown;
    case 'seen':
      return h.seenAt;
  }
}

/**
 * Sorted copy. Prices in different currencies are not compared with each other: rows group by
 * currency first (so "cheapest first" holds within each currency). Ties keep the newest first.
 */
export function sortItems(items: readonly HistoryItem[], key: SortKey, dir: SortDir): HistoryItem[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    if (key === 'price100' && a.price100 && b.price100 && a.price100.currency !== b.price100.currency)
      return a.price100.currency < b.price100.currency ? -1 : 1;
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) return va === vb ? b.seenAt - a.seenAt : va === null ? 1 : -1;
    return va === vb ? b.seenAt - a.seenAt : (va - vb) * sign;
  });
}

/** The form a row is filed under: its form id, "mixed" for several, "unknown" for none. */
export function formOf(h: Pick<HistoryItem, 'forms'>): string {
  return h.forms.length === 0 ? 'unknown' : h.forms.length === 1 ? h.forms[0]! : 'mixed';
}

/** Rows with this form among their forms ('all' for any) and from this store ('all' for any). */
export function filterItems(items: readonly HistoryItem[], form: string, store: string): HistoryItem[] {
  return items.filter(
    (h) =>
      (form === 'all' || (form === 'unknown' ? h.forms.length === 0 : h.forms.includes(form as HistoryItem['forms'][number]))) &&
      (store === 'all' || h.store === store),
  );
}
