// iHerb search and category pages: `.product-cell-container` cards in `.product-cells`. Markup: the
// real iHerb search page in test/corpus/iherb/search-vitamin-c.html (the carousels of other
// products lower on the page are not results and get no badges).
import type { ListingReader } from './types';
import { onDomain, slotBefore, snapshotOf } from './read-card';

export const iherbListing: ListingReader = {
  store: 'iherb',
  matches: ['*://*.iherb.com/search*', '*://*.iherb.com/c/*'],
  isListingUrl(url) {
    if (!onDomain(url.hostname, 'iherb.com')) return false;
    return url.pathname === '/search' || /^\/c\/[^/]+/.test(url.pathname);
  },
  examples: {
    listing: [
      'https://www.iherb.com/search?kw=magnesium',
      'https://www.iherb.com/search?kw=magnesium%20glycinate&p=2',
      'https://www.iherb.com/c/magnesium',
      'https://www.iherb.com/c/magnesium?sr=2&noi=48',
      'https://kr.iherb.com/search?kw=vitamin%20c',
      'https://de.iherb.com/c/minerals',
    ],
    notListing: [
      'https://www.iherb.com/',
      'https://www.iherb.com/pr/doctor-s-best-high-absorption-magnesium-100-mg-240-tablets/15',
      'https://www.iherb.com/r/california-gold-nutrition-multivitamin/104996',
      'https://www.iherb.com/c/',
      'https://checkout.iherb.com/cart',
      'https://www.iherb.com/searchbrands',
    ],
  },
  resultsSelector: '.product-cells',
  cardSelector: '.product-cell-container',
  titleOf: (card) => card.querySelector('.product-title') ?? undefined,
  badgeSlot(card) {
    // Beside the block the full-card link overlays (the badge sits above it), so the pointer reaches the badge (tooltip).
    const title = this.titleOf(card);
    return slotBefore(title?.closest('.absolute-link-wrapper') ?? title);
  },
  read(card) {
    return snapshotOf(this.titleOf(card), card.querySelector('.product-price .price'));
  },
};
