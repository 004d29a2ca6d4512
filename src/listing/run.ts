// A listing page's badge pass: one observer over the results feeds a slice queue; each card's title
// is read (store reader), analysed (core title analysis) and, when it is a magnesium product, given
// one badge just above its title; the badges of a pass are written together once the queue is dry, so
// the page lays out once rather than after every slice. A card is marked with a hash of its title, so it is processed once per
// content: unchanged cards are skipped, a card whose title changed (re-sort, SPA re-render) is
// processed again and its old badge replaced. Everything stops when the signal aborts.
import type { BadgeSlot, ListingReader } from '../stores/listings';
import { cleanText } from '../stores/dom';
import { analyzeTitle as coreAnalyzeTitle, type TitleAnalysis } from '../core/title';
import { hashText } from './hash';
import { observe } from './observe';
import { createSliceQueue, type SliceQueueOptions } from './scheduler';
import { badgeModel } from './badge-model';
import { BADGE_ATTR, BADGE_SELECTOR, BADGE_VALUE, renderBadge } from './badge';

/** On every handled card: the title hash, with "+" when the card has a badge. */
export const CARD_MARK = 'data-maglens-card';

export interface ListingRunOptions {
  doc: Document;
  reader: ListingReader;
  signal: AbortSignal;
  /** Replaceable for tests (counting calls). */
  analyzeTitle?: (title: string) => TitleAnalysis;
  scheduling?: Pick<SliceQueueOptions<Element>, 'budgetMs' | 'now' | 'yieldToPage' | 'onSlice' | 'onIdle'>;
}

/** Where a new badge goes; the run collects these and writes them together (see flush in scheduler.ts). */
export type PlaceBadge = (card: Element, slot: BadgeSlot, host: HTMLElement) => void;

const placeNow: PlaceBadge = (_card, slot, host) => {
  slot.parent.insertBefore(host, slot.before);
};

/**
 * Process one card: its title (the hot path reads nothing else), the mark, the analysis, the badge.
 * Returns what was done, for tests and timing.
 */
export function processCard(
  card: Element,
  reader: ListingReader,
  doc: Document,
  analyze: (title: string) => TitleAnalysis,
  place: PlaceBadge = placeNow,
  /** A badge made for this card is waiting to be written. */
  waiting: (card: Element) => boolean = () => false,
): 'skipped' | 'badged' | 'none' {
  const title = cleanText(reader.titleOf(card)?.textContent);
  const existing = ownBadge(card);
  if (!title) {
    // A placeholder without a title: nothing to say yet; its title arriving re-queues it.
    existing?.remove();
    card.removeAttribute(CARD_MARK);
    return 'none';
  }
  const hash = hashText(title);
  const mark = card.getAttribute(CARD_MARK);
  if (mark === hash && !existing) return 'skipped';
  if (mark === `${hash}+` && (existing || waiting(card))) return 'skipped';
  existing?.remove();
  const model = badgeModel(analyze(title), title);
  const slot = model ? reader.badgeSlot(card) : undefined;
  if (model && slot) {
    place(card, slot, renderBadge(doc, model));
    card.setAttribute(CARD_MARK, `${hash}+`);
    return 'badged';
  }
  card.setAttribute(CARD_MARK, hash);
  return 'none';
}

function ownBadge(card: Element): Element | null {
  const badge = card.querySelector(BADGE_SELECTOR);
  // A badge without its shadow root was copied along with a cloned card: not ours, replace it.
  if (badge && !badge.shadowRoot) {
    badge.remove();
    return null;
  }
  return badge;
}

function isOwnBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).getAttribute(BADGE_ATTR) === BADGE_VALUE;
}

export function startListingBadges({
  doc,
  reader,
  signal,
  analyzeTitle = coreAnalyzeTitle,
  scheduling,
}: ListingRunOptions): void {
  if (signal.aborted) return;
  // Badges made while slicing wait here (latest per card) and go in together once the queue is dry.
  const pending = new Map<Element, { slot: BadgeSlot; host: HTMLElement }>();
  const queue = createSliceQueue<Element>({
    ...scheduling,
    signal,
    process: (card) => {
      if (!card.isConnected) return;
      const done = processCard(
        card,
        reader,
        doc,
        analyzeTitle,
        (c, slot, host) => pending.set(c, { slot, host }),
        (c) => pending.has(c),
      );
      if (done === 'none') pending.delete(card); // its title changed to a non-magnesium one meanwhile
    },
    flush: (hasTime) => {
      for (const [card, { slot, host }] of pending) {
        pending.delete(card);
        // The page may have re-rendered the card meanwhile; then the card was queued again.
        if (
          card.isConnected &&
          slot.parent.isConnected &&
          card.contains(slot.parent) &&
          (!slot.before || slot.before.parentNode === slot.parent)
        ) {
          slot.parent.insertBefore(host, slot.before);
        }
        if (!hasTime()) break;
      }
      return pending.size === 0;
    },
  });
  // One observer: on the results container, or on the body while the page has none (SPA pages
  // render results late). A new search or sort that replaces the container changes the URL, and
  // the content script starts a fresh run on wxt:locationchange.
  const root = doc.querySelector(reader.resultsSelector) ?? doc.body;
  observe(root, reader.cardSelector, (cards) => queue.push(cards), { signal, ignore: isOwnBadge });
}

/** Take every badge and mark off the page (badges switched off for the store). */
export function removeListingBadges(doc: Document): void {
  for (const el of doc.querySelectorAll(BADGE_SELECTOR)) el.remove();
  for (const el of doc.querySelectorAll(`[${CARD_MARK}]`)) el.removeAttribute(CARD_MARK);
}
