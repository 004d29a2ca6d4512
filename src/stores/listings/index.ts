// One flat map of listing readers, store → reader. The listing content script registers
// LISTING_MATCHES only: listing pages of supported stores, nothing else.
import type { BadgeStore } from './types';
import type { ListingReader } from './types';
import { amazonListing } from './amazon';
import { iherbListing } from './iherb';
import { walmartListing } from './walmart';
import { targetListing } from './target';

export type { BadgeSlot, ListingReader } from './types';

export const LISTINGS: Partial<Record<BadgeStore, ListingReader>> = {
  amazon: amazonListing,
  iherb: iherbListing,
  walmart: walmartListing,
  target: targetListing,
};

export const LISTING_READERS: ListingReader[] = Object.values(LISTINGS);

export const LISTING_MATCHES: string[] = LISTING_READERS.flatMap((r) => r.matches);

/** The reader of the store whose listing this URL is, or undefined. */
export function listingReaderFor(url: URL): ListingReader | undefined {
  return LISTING_READERS.find((r) => r.isListingUrl(url));
}
