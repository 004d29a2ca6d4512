// Target search and category results. No saved target.com listing page could be found in public
// repositories; the structure is the one public Target scrapers and UI tests rely on: cards
// `[data-test="@web/site-top-of-funnel/ProductCardWrapper"]`, title `[data-test="product-title"]`
// (a link), price `[data-test="current-price"]`. test/fixtures/target/search-magnesium.html is
// built by hand from that structure and says so.
import type { ListingReader } from './types';
import { onDomain, slotBefore, snapshotOf } from './read-card';

export const targetListing: ListingReader = {
  store: 'target',
  matches: ['*://*.target.com/s?*', '*://*.target.com/s/*', '*://*.target.com/c/*', '*://*.target.com/b/*'],
  isListingUrl(url) {
    if (!onDomain(url.hostname, 'target.com')) return false;
    const p = url.pathname;
    return (p === '/s' && url.searchParams.has('searchTerm')) || /^\/(?:s|c|b)\/[^/]+/.test(p);
  },
  examples: {
    listing: [
      'https://www.target.com/s?searchTerm=magnesium',
      'https://www.target.com/s?searchTerm=magnesium+glycinate&Nao=24',
      'https://www.target.com/s/magnesium',
      'https://www.target.com/c/vitamins-supplements-health/-/N-4y5fj',
      'https://www.target.com/b/nature-made/-/N-5q0ga',
    ],
    notListing: [
      'https://www.target.com/',
      'https://www.target.com/p/nature-made-magnesium-glycinate-200mg-capsules-60ct/-/A-87654321',
      'https://www.target.com/cart',
      'https://www.target.com/s',
      'https://www.target.com/store-locator/find-stores',
    ],
  },
  resultsSelector: '[data-test="product-grid"]',
  cardSelector: '[data-test="@web/site-top-of-funnel/ProductCardWrapper"]',
  titleOf: (card) => card.querySelector('[data-test="product-title"]') ?? undefined,
  badgeSlot(card) {
    return slotBefore(this.titleOf(card));
  },
  read(card) {
    return snapshotOf(this.titleOf(card), card.querySelector('[data-test="current-price"]'));
  },
};
