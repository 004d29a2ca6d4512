// Amazon search and category results: `[data-component-type="s-search-result"]` cards with a
// non-empty data-asin (the empty ones are ad and widget slots). Markup: the real amazon.com search
// page in test/corpus/amazon/search-portable-charger.html.
import type { ListingReader } from './types';
import { onDomain, slotBefore, snapshotOf } from './read-card';

const HOSTS = ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.ca'];

export const amazonListing: ListingReader = {
  store: 'amazon',
  // Search (/s?k=…, /s/ref=…) and browse-node category pages (/b?node=…, /b/ref=…).
  matches: HOSTS.flatMap((h) => ['s?*', 's/*', 'b?*', 'b/*'].map((p) => `*://*.${h}/${p}`)),
  isListingUrl(url) {
    if (!HOSTS.some((h) => onDomain(url.hostname, h))) return false;
    const p = url.pathname;
    return p === '/s' || p.startsWith('/s/') || p === '/b' || p.startsWith('/b/');
  },
  examples: {
    listing: [
      'https://www.amazon.com/s?k=magnesium+glycinate',
      'https://www.amazon.com/s?k=magnesium&i=hpc&crid=2X0&sprefix=magn%2Caps%2C180&ref=nb_sb_ss_ts-doa-p_1_4',
      'https://www.amazon.com/s/ref=nb_sb_noss?url=search-alias%3Daps&field-keywords=magnesium',
      'https://www.amazon.com/b?node=3774731',
      'https://www.amazon.com/b/ref=dp_bc_4?ie=UTF8&node=3774731',
      'https://www.amazon.co.uk/s?k=magnesium+citrate',
      'https://www.amazon.de/s?k=magnesium+kapseln&__mk_de_DE=ÅMÅŽÕÑ',
      'https://www.amazon.ca/s?k=magnesium&page=2',
    ],
    notListing: [
      'https://www.amazon.com/',
      'https://www.amazon.com/dp/B0MGLY4001',
      'https://www.amazon.com/Brightfield-Magnesium-Glycinate/dp/B0MGLY4001/ref=sr_1_3?keywords=magnesium',
      'https://www.amazon.com/gp/cart/view.html',
      'https://www.amazon.com/stores/NatureMade/page/6C0B8E15',
      'https://www.amazon.com/sp?seller=A1B2C3',
      'https://www.amazon.fr/s?k=magnesium',
    ],
  },
  resultsSelector: '.s-main-slot',
  cardSelector: '[data-component-type="s-search-result"][data-asin]:not([data-asin=""])',
  // The first h2 is the title; a later one can be a badge heading ("ClimatePartner certified").
  titleOf: (card) => (card.querySelector('[data-cy="title-recipe"]') ?? card).querySelector('h2') ?? undefined,
  badgeSlot(card) {
    // At the start of the title block, outside the (line-clamped) title link.
    const recipe = card.querySelector('[data-cy="title-recipe"]');
    if (recipe) return { parent: recipe, before: recipe.firstChild };
    const title = this.titleOf(card);
    return slotBefore(title?.closest('a') ?? title);
  },
  read(card) {
    return snapshotOf(this.titleOf(card), card.querySelector('.a-price:not(.a-text-price) .a-offscreen'));
  },
};
