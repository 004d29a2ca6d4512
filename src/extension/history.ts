// The products the user looked at, for the compare page: a bounded list in storage.local, written by
// the background each time it analyses a product page. Only these fields are kept (no page text, no
// label, no claims); a switch on the options page turns it off and a button clears it.
// No zod here: the popup imports this module, and every read checks the shape by hand.
import { browser } from 'wxt/browser';
import type { Analysis } from '../core/schema';
import type { FormId, StoreId, Tier } from '../vocabulary/ids';

/** At most this many products are kept; the oldest go first. */
export const HISTORY_LIMIT = 500;

const HISTORY_KEY = 'history';
const ENABLED_KEY = 'historyEnabled';

export interface DoseRange {
  min: number;
  max: number;
}

/** A product's absorption tier: its form's, or "mixed" when its forms sit in different tiers. */
export type ProductTier = Tier | 'mixed';

export interface HistoryItem {
  /** The product's address without query or fragment: one entry per product. */
  key: string;
  /** The address it was analysed at (http or https, no fragment). */
  url: string;
  store: StoreId;
  title: string | null;
  forms: FormId[];
  tier: ProductTier;
  /** Elemental mg a day by the label's directions; null when not known. */
  mgPerDay: DoseRange | null;
  /** Elemental mg per serving (a verified figure: the title's number does not count); null when not known. */
  mgPerServing: DoseRange | null;
  /** Servings a day by the label's directions; null when the label gives none. */
  servingsPerDay: number | null;
  price100: { amount: number; currency: string } | null;
  topical: boolean;
  /** When it was last analysed (ms since the epoch). */
  seenAt: number;
}

/** The key a product is known by: origin and path (variants and tracking parameters are the same product). */
export function productKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}

function tierOf(forms: Analysis['forms']): ProductTier {
  const tiers = new Set(forms.map((f) => f.tier));
  if (tiers.size === 0) return 'unknown';
  return tiers.size === 1 ? [...tiers][0]! : 'mixed';
}

/**
 * Servings a day the directions give: their count, also where they say how much but not how often
 * ("Take 2 capsules", read as once a day and warned); null where the page gives no directions.
 */
export function servingsFromDirections(analysis: Analysis): number | null {
  const spd = analysis.servingsPerDay;
  if (!spd) return null;
  const noFrequency = analysis.warnings.some((w) => w.code === 'directions-frequency-assumed');
  return spd.source === 'directions' || noFrequency ? spd.max : null;
}

/** The history entry for an analysis, or null when it is not a magnesium product page with an address. */
export function historyItemOf(analysis: Analysis, now: number): HistoryItem | null {
  if (!analysis.isProductPage || !analysis.containsMagnesium || !analysis.url) return null;
  const key = productKey(analysis.url);
  if (!key) return null;
  const serving = analysis.elementalMgPerServing;
  const perDay = analysis.elementalMgPerDay;
  return {
    key,
    url: analysis.url.split('#')[0]!,
    store: analysis.store,
    title: analysis.title,
    forms: analysis.forms.map((f) => f.id),
    tier: tierOf(analysis.forms),
    mgPerDay: perDay ? { min: perDay.min, max: perDay.max } : null,
    mgPerServing: serving && serving.basis !== 'from-title' ? { min: serving.min, max: serving.max } : null,
    servingsPerDay: servingsFromDirections(analysis),
    price100: analysis.pricePer100mgElemental ? { ...analysis.pricePer100mgElemental } : null,
    topical: analysis.topical,
    seenAt: now,
  };
}

/** The list with this item first (replacing an older entry of the same product), cut to the limit. */
export function withItem(list: readonly HistoryItem[], item: HistoryItem, limit = HISTORY_LIMIT): HistoryItem[] {
  return [item, ...list.filter((h) => h.key !== item.key)].slice(0, limit);
}

const isRange = (r: unknown): r is DoseRange =>
  typeof r === 'object' &&
  r !== null &&
  Number.isFinite((r as DoseRange).min) &&
  Number.isFinite((r as DoseRange).max) &&
  (r as DoseRange).min >= 0 &&
  (r as DoseRange).min <= (r as DoseRange).max;

/** Storage validates nothing: keep only entries of the right shape. */
function parseHistory(raw: unknown): HistoryItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (h): h is HistoryItem =>
      typeof h === 'object' &&
      h !== null &&
      typeof (h as HistoryItem).key === 'string' &&
      typeof (h as HistoryItem).url === 'string' &&
      /^https?:\/\//.test((h as HistoryItem).url) &&
      typeof (h as HistoryItem).store === 'string' &&
      Array.isArray((h as HistoryItem).forms) &&
      typeof (h as HistoryItem).tier === 'string' &&
      ((h as HistoryItem).mgPerDay === null || isRange((h as HistoryItem).mgPerDay)) &&
      ((h as HistoryItem).mgPerServing === null || isRange((h as HistoryItem).mgPerServing)) &&
      Number.isFinite((h as HistoryItem).seenAt),
  );
}

export async function getHistory(): Promise<HistoryItem[]> {
  return parseHistory((await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY]);
}

export async function historyEnabled(): Promise<boolean> {
  return (await browser.storage.local.get(ENABLED_KEY))[ENABLED_KEY] !== false;
}

export async function setHistoryEnabled(on: boolean): Promise<void> {
  await browser.storage.local.set({ [ENABLED_KEY]: on });
}

export async function clearHistory(): Promise<void> {
  await browser.storage.local.remove(HISTORY_KEY);
}

// One writer at a time in this context (the background), so two pages analysed at once both land.
let queue: Promise<unknown> = Promise.resolve();

/** Records an analysed product, when history is on. Returns whether it was kept. */
export function recordProduct(analysis: Analysis, now = Date.now()): Promise<boolean> {
  const item = historyItemOf(analysis, now);
  if (!item) return Promise.resolve(false);
  const run = queue.then(async () => {
    if (!(await historyEnabled())) return false;
    await browser.storage.local.set({ [HISTORY_KEY]: withItem(await getHistory(), item) });
    return true;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls back with the new list whenever the history changes (any extension page). Returns unwatch. */
export function watchHistory(cb: (list: HistoryItem[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && HISTORY_KEY in changes) cb(parseHistory(changes[HISTORY_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
