// Shared reading of a card: title text, optional price and count, cleaned.
import { cleanText } from '../dom';
import type { BadgeSlot, CardSnapshot } from './types';

/**
 * The slot right before this element, in its parent. The badge is taken out of the flow and drawn
 * just above the title (src/listing/badge.ts), so inserting it moves none of the card's content.
 */
export function slotBefore(el: Element | null | undefined): BadgeSlot | undefined {
  const parent = el?.parentElement;
  return el && parent ? { parent, before: el } : undefined;
}

export function snapshotOf(
  title: Element | undefined,
  price?: Element | null,
  unitCount?: Element | null,
): CardSnapshot | undefined {
  const text = cleanText(title?.textContent);
  if (!text) return undefined;
  const snapshot: CardSnapshot = { title: text };
  const p = cleanText(price?.textContent);
  if (p) snapshot.price = p;
  const c = cleanText(unitCount?.textContent);
  if (c) snapshot.unitCount = c;
  return snapshot;
}

/** Is the hostname this domain or one of its subdomains? */
export function onDomain(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}
