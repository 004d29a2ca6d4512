import type { StoreId } from '../vocabulary/ids';
import type { ProductSnapshot } from '../core/snapshot';
import type { Region } from './extract';

/** The fields an adapter reads from a page; the registry adds url and store. */
export type SnapshotFields = Omit<ProductSnapshot, 'url' | 'store'>;

/** What the URL checks read: a URL, or the page's own `location` (no URL object to build on every page). */
export type PageAddress = Pick<URL, 'hostname' | 'pathname' | 'search'>;

/**
 * A store as the product content script knows it: hosts, product URLs and where to read. Nothing
 * here reads text, so the content script bundles no reader (src/stores/sites.ts).
 */
export interface StoreSite {
  id: StoreId;
  /** Match patterns of the store's hosts, used for the content script and the manifest. */
  matches: string[];
  /** Pure check: is this URL one of the store's product pages? */
  isProductUrl(url: PageAddress): boolean;
  /**
   * Real-looking example URLs for the URL checks: `product` must pass this store's isProductUrl,
   * `notProduct` (listing, search, cart, home) must fail it; one test runs every check on every URL.
   */
  examples: { product: string[]; notProduct: string[] };
  /**
   * Where the page swaps product content in place without a navigation (e.g. Amazon's variant
   * picker replacing the title): the content script re-reads the page when this node changes.
   */
  liveSelector?: string;
  /**
   * Every part of a product page read() looks at (see Region: id-scoped where the store has ids). The
   * content script sends only these elements' markup (src/stores/extract.ts); read() must give the
   * same snapshot on that copy as on the whole page (a test checks every saved page).
   */
  regions: readonly Region[];
}

/** A store's site and its reader (the background and the CLI run it; src/stores/registry.ts). */
export interface StoreAdapter extends StoreSite {
  /** Read what the page states. Missing fields stay absent. */
  read(doc: Document, url: URL): SnapshotFields;
}
