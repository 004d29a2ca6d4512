// Walmart search and browse results. No saved walmart.com listing page could be found in public
// repositories; the structure is the one public Walmart scrapers rely on: tiles carrying
// `data-item-id`, the title in `span[data-automation-id="product-title"]` inside the tile's link,
// the price in `[data-automation-id="product-price"]`. test/fixtures/walmart/search-magnesium.html
// is built by hand from that structure and says so.
import type { ListingReader } from './types';
import { onDomain, slotBefore, snapshotOf } from './read-card';

export const walmartListing: ListingReader = {
  store: 'walmart',
  matches: ['*://*.walmart.com/search*', '*://*.walmart.com/browse/*'],
  isListingUrl(url) {
    if (!onDomain(url.hostname, 'walmart.com')) return false;
    return url.pathname === '/search' || url.pathname === '/search/' || url.pathname.startsWith('/browse/');
  },
  examples: {
    listing: [
      'https://www.walmart.com/search?q=magnesium',
      'https://www.walmart.com/search?q=magnesium+glycinate&page=2&affinityOverride=default',
      'https://www.walmart.com/search/?query=magnesium',
      'https://www.walmart.com/browse/health/magnesium/976760_1005863_1005910',
    ],
    notListing: [
      'https://www.walmart.com/',
      'https://www.walmart.com/ip/Nature-Made-Magnesium-Glycinate-200-mg-Capsules-60-Count/123456789',
      'https://www.walmart.com/cart',
      'https://www.walmart.com/reviews/product/123456789',
      'https://www.walmart.ca/search?q=magnesium',
      'https://www.walmart.com/searchhistory',
    ],
  },
  resultsSelector: 'main',
  cardSelector: '[data-item-id]:not([data-item-id=""])',
  titleOf: (card) => card.querySelector('[data-automation-id="product-title"]') ?? undefined,
  badgeSlot(card) {
    // The title sits in the tile's link (often a full-tile overlay): insert beside the link.
    const title = this.titleOf(card);
    return slotBefore(title?.closest('a') ?? title);
  },
  read(card) {
    return snapshotOf(this.titleOf(card), card.querySelector('[data-automation-id="product-price"]'));
  },
};
