import type { StoreId } from '../core/schema';
import type { ProductSnapshot } from './snapshot';

/** The fields an adapter reads from a page; the registry adds url and store. */
export type SnapshotFields = Omit<ProductSnapshot, 'url' | 'store'>;

export interface StoreAdapter {
  id: StoreId;
  /** Match patterns of the store's hosts, used for the content script and the manifest. */
  matches: string[];
  /** Pure check: is this URL one of the store's product pages? */
  isProductUrl(url: URL): boolean;
  /** Read what the page states. Missing fields stay absent. */
  read(doc: Document, url: URL): SnapshotFields;
}
