// "My stack": the magnesium products the user takes, each with how many servings a day, and the total
// supplemental magnesium a day they add up to. Kept in storage.local; edited from the popup and the
// compare page. No zod (the popup imports this): reads check the shape by hand.
import { browser } from 'wxt/browser';
import type { FormId, StoreId } from '../vocabulary/ids';
import type { DoseRange, HistoryItem, ProductTier } from './history';
import { NEAR_FRACTION } from '../knowledge/limits';

export const STACK_KEY = 'stack';
/** Enough for any real stack; keeps a runaway list from growing without end. */
const STACK_LIMIT = 50;

export interface StackItem {
  key: string;
  url: string;
  store: StoreId;
  title: string | null;
  forms: FormId[];
  tier: ProductTier;
  /** Elemental mg per serving; null when the page did not say (the total is then "at least"). */
  mgPerServing: DoseRange | null;
  /** Servings a day the user takes. */
  servings: number;
  topical: boolean;
  addedAt: number;
}

/** Servings a day: a positive number, in halves, at most 20. */
export function cleanServings(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 1;
  return Math.min(20, Math.max(0.5, Math.round(n * 2) / 2));
}

/** A stack entry for a product, taking `servings` a day (the label's directions, or one). */
export function stackItemOf(
  item: Omit<HistoryItem, 'seenAt' | 'mgPerDay' | 'price100'>,
  servings: number,
  now: number,
): StackItem {
  return {
    key: item.key,
    url: item.url,
    store: item.store,
    title: item.title,
    forms: item.forms,
    tier: item.tier,
    mgPerServing: item.mgPerServing,
    servings: cleanServings(servings),
    topical: item.topical,
    addedAt: now,
  };
}

export function parseStack(raw: unknown): StackItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (s): s is StackItem =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as StackItem).key === 'string' &&
      typeof (s as StackItem).url === 'string' &&
      /^https?:\/\//.test((s as StackItem).url) &&
      Number.isFinite((s as StackItem).servings) &&
      (s as StackItem).servings > 0 &&
      ((s as StackItem).mgPerServing === null ||
        (typeof (s as StackItem).mgPerServing === 'object' &&
          Number.isFinite((s as StackItem).mgPerServing!.min) &&
          Number.isFinite((s as StackItem).mgPerServing!.max) &&
          (s as StackItem).mgPerServing!.min <= (s as StackItem).mgPerServing!.max)),
  );
}

export async function getStack(): Promise<StackItem[]> {
  return parseStack((await browser.storage.local.get(STACK_KEY))[STACK_KEY]);
}

async function saveStack(items: StackItem[]): Promise<StackItem[]> {
  const kept = items.slice(0, STACK_LIMIT);
  await browser.storage.local.set({ [STACK_KEY]: kept });
  return kept;
}

/** Adds the product, or updates its servings when it is already in the stack. */
export async function addToStack(item: StackItem): Promise<StackItem[]> {
  const list = await getStack();
  const at = list.findIndex((s) => s.key === item.key);
  if (at >= 0) return saveStack(list.map((s, i) => (i === at ? { ...s, servings: item.servings } : s)));
  return saveStack([...list, item]);
}

export async function setServings(key: string, servings: number): Promise<StackItem[]> {
  return saveStack((await getStack()).map((s) => (s.key === key ? { ...s, servings: cleanServings(servings) } : s)));
}

export async function removeFromStack(key: string): Promise<StackItem[]> {
  return saveStack((await getStack()).filter((s) => s.key !== key));
}

export function watchStack(cb: (items: StackItem[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STACK_KEY in changes) cb(parseStack(changes[STACK_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** One part of a total: a product's elemental mg a day, or null when its dose is not known. */
export interface TotalPart {
  title: string | null;
  mgPerDay: DoseRange | null;
}

export interface StackTotal {
  /** The sum of what is known; ranges add as ranges. */
  min: number;
  max: number;
  /** Some part's dose is not known: the real total is at least min. */
  atLeast: boolean;
  /** How many parts have no known dose. */
  unknownCount: number;
  parts: number;
}

/** A stack item's elemental mg a day: per serving × servings; null when the dose is not known. */
export function itemMgPerDay(item: Pick<StackItem, 'mgPerServing' | 'servings'>): DoseRange | null {
  if (!item.mgPerServing) return null;
  return { min: item.mgPerServing.min * item.servings, max: item.mgPerServing.max * item.servings };
}

/** Adds the parts: known ranges add as ranges, an unknown dose makes the total "at least". */
export function totalOf(parts: readonly TotalPart[]): StackTotal {
  let min = 0;
  let max = 0;
  let unknownCount = 0;
  for (const p of parts) {
    if (!p.mgPerDay) {
      unknownCount++;
      continue;
    }
    min += p.mgPerDay.min;
    max += p.mgPerDay.max;
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return { min: round(min), max: round(max), atLeast: unknownCount > 0, unknownCount, parts: parts.length };
}

/** The parts of "your stack plus this product": the page's product counts once (the stack's servings win). */
export function stackParts(stack: readonly StackItem[], page: (TotalPart & { key: string | null }) | null): TotalPart[] {
  const oral = stack.filter((s) => !s.topical);
  const parts = oral.map((s) => ({ title: s.title, mgPerDay: itemMgPerDay(s) }));
  if (page && !oral.some((s) => s.key === page.key)) parts.push({ title: page.title, mgPerDay: page.mgPerDay });
  return parts;
}

export type TotalVerdict = 'within' | 'near' | 'above' | 'may-exceed' | 'incomplete' | 'no-limit';

/**
 * The total against the limit. "Within" needs every dose known; a known part already above the limit
 * is "above" even when another dose is unknown; a range across the limit "may exceed".
 */
export function totalVerdict(total: StackTotal, limitMg: number): TotalVerdict {
  if (!(limitMg > 0)) return 'no-limit';
  if (total.min > limitMg) return 'above';
  if (total.max > limitMg) return 'may-exceed';
  if (total.atLeast) return 'incomplete';
  return total.max >= NEAR_FRACTION * limitMg ? 'near' : 'within';
}

/** The sentence: "455 mg a day, above the 350 mg limit". */
export function totalSentence(total: StackTotal, limitMg: number): string {
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  const amount = total.min === total.max ? `${n(total.max)} mg a day` : `${n(total.min)}–${n(total.max)} mg a day`;
  const said = total.atLeast ? `at least ${amount}` : amount;
  const unknown =
    total.unknownCount === 1 ? 'one product’s dose is not known' : `${total.unknownCount} products’ doses are not known`;
  const limit = `the ${n(limitMg)} mg limit`;
  switch (totalVerdict(total, limitMg)) {
    case 'no-limit':
      return `${said}; no upper limit is set for your profile`;
    case 'above':
      return `${said}, above ${limit}`;
    case 'may-exceed':
      return `${said}: the upper end is above ${limit}`;
    case 'incomplete':
      return `${said} (${unknown}), so it cannot be checked against ${limit}`;
    case 'near':
      return `${said}, close to ${limit}`;
    case 'within':
      return `${said}, within ${limit}`;
  }
}
