// The contract of a listing-page reader: which pages are listings, which elements are product
// cards, and the plain text a card shows. Like the product adapters, readers know a store's markup
// and nothing about magnesium.
import type { StoreId } from '../../vocabulary/ids';

/** Stores that can show listing badges (every store except the generic readers). */
export const BADGE_STORES = ['amazon', 'iherb', 'walmart', 'target', 'vitacost'] as const satisfies readonly Exclude<
  StoreId,
  'generic'
>[];
export type BadgeStore = (typeof BADGE_STORES)[number];

/** What one product card in a search or category listing shows. Missing fields stay absent. */
export interface CardSnapshot {
  title: string;
  /** The price as printed on the card, e.g. "$24.99". */
  price?: string;
  /** The unit count as printed on the card where the store shows it apart from the title. */
  unitCount?: string;
}

export interface BadgeSlot {
  parent: Element;
  before: Node | null;
}

export interface ListingReader {
  store: BadgeStore;
  /** Match patterns of the store's listing pages (content script and manifest). */
  matches: string[];
  /** Pure check: is this URL one of the store's search or category listings? */
  isListingUrl(url: URL): boolean;
  /**
   * Real-looking example URLs: `listing` must pass this store's isListingUrl, `notListing` (product
   * pages, cart, home) must fail it; one test runs every check on every URL.
   */
  examples: { listing: string[]; notListing: string[] };
  /** The results container to observe; the body when the page lacks it. */
  resultsSelector: string;
  /** A product card; matches only cards that are real products (no ads without an id, no placeholders). */
  cardSelector: string;
  /** The card's title element, or undefined while the card has none (placeholder). */
  titleOf(card: Element): Element | undefined;
  /**
   * Where a badge goes: into `parent` before `before` (null: at its end), right after the title and
   * outside the title's link, so nothing in the card is moved or re-parented.
   */
  badgeSlot(card: Element): BadgeSlot | undefined;
  /** What the card shows; undefined when it has no title (yet). */
  read(card: Element): CardSnapshot | undefined;
}
