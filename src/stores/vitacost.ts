// Vitacost product pages (www.vitacost.com/<product-slug>). Structure as public Vitacost scrapers
// read it: #pdTitleBlock h1 for the name, #productDetails for description and directions, and the
// "ifChrt" label widget (.ifTtl heading, .ifSngSz serving size, .ifSngPC servings per container,
// a table of rows inside .ifChrtInr, .ifOi other ingredients). Price: [itemprop=price], else JSON-LD.
import type { SnapshotFields, StoreAdapter, StoreSite } from './types';
import { $optional, blockText, capText, textOf } from './dom';
import { JSON_LD } from './extract';
import { parsePrice } from './values';
import { factsFromText, passageAfter } from './generic-facts-text';

const NOT_PRODUCT_PATHS =
  /^\/(?:search|cart|checkout|account|myaccount|login|brands?|categories|sale|specials|deals|new-arrivals|help|contact-us|about-us|shop)(?:[/?.]|$)/i;
/** Vitacost product slugs end in a size or count: "-250-tablets", "-60-veggie-capsules", "-16-fl-oz". */
const SIZE_SLUG =
  /-\d+(?:-\d+)?-(?:count|ct|tablets?|capsules?|veggie-capsules|vegetarian-capsules|softgels?|gummies|chewables?|lozenges?|servings?|packets?|oz|fl-oz|lbs?|g|grams?|ml)\b/i;

export const vitacostSite: StoreSite = {
  id: 'vitacost',
  matches: ['*://*.vitacost.com/*'],
  regions: [
    '#pdTitleBlock',
    '.ifChrtInr',
    '.ifOi',
    '#productDetails',
    '[itemprop="price"]',
    '[itemprop="priceCurrency"]',
    JSON_LD,
  ],
  isProductUrl(url) {
    if (!/^(?:www\.)?vitacost\.com$/.test(url.hostname)) return false;
    if (/^\/product\.aspx$/i.test(url.pathname)) return new URLSearchParams(url.search).has('pid');
    return /^\/[a-z0-9-]+\/?$/i.test(url.pathname) && !NOT_PRODUCT_PATHS.test(url.pathname) && SIZE_SLUG.test(url.pathname);
  },
  examples: {
    product: [
      'https://www.vitacost.com/now-foods-magnesium-citrate-200-mg-250-tablets',
      'https://www.vitacost.com/vitacost-magnesium-glycinate-200-mg-120-veggie-capsules',
      'https://www.vitacost.com/natural-vitality-calm-magnesium-supplement-drink-mix-16-oz',
      'https://www.vitacost.com/Product.aspx?pid=12345',
    ],
    notProduct: [
      'https://www.vitacost.com/',
      'https://www.vitacost.com/search?t=magnesium',
      'https://www.vitacost.com/magnesium',
      'https://www.vitacost.com/vitamins-supplements',
      'https://www.vitacost.com/new-arrivals?s=NewArrivals',
      'https://www.vitacost.com/checkout/cart',
    ],
  },
};

export const vitacost: StoreAdapter = {
  ...vitacostSite,
  read(doc, url) {
    const title = textOf(doc, '#pdTitleBlock h1');
    // Slugs are not always sized: the product title block confirms a product page.
    const out: SnapshotFields = {
      isProductPage: title !== undefined && (vitacost.isProductUrl(url) || /^\/[a-z0-9-]+\/?$/i.test(url.pathname)),
    };
    if (title) out.title = title;

    const chart = $optional(doc, '.ifChrtInr');
    if (chart) {
      Object.assign(out, factsFromText(blockText(chart, 20_000)));
      const size = textOf(chart, '.ifSngSz');
      if (size) out.servingSize = size.replace(/^serving size\s*:?\s*/i, '');
      const per = textOf(chart, '.ifSngPC');
      if (per) out.servingsPerContainer = per.replace(/^servings per container\s*:?\s*/i, '');
    }
    const other = textOf(doc, '.ifOi');
    if (other) out.ingredients = capText(other.replace(/^other ingredients\s*:?\s*/i, ''), 1_500);

    const details = $optional(doc, '#productDetails');
    if (details) {
      const text = blockText(details, 20_000);
      const description = passageAfter(text, /description/, 1_500);
      if (description) out.description = description;
      const directions = passageAfter(text, /directions|suggested use/);
      if (directions) out.directions = directions;
    }

    const priceEl = $optional(doc, '[itemprop="price"]');
    const content = priceEl?.getAttribute('content');
    const currency = $optional(doc, '[itemprop="priceCurrency"]')?.getAttribute('content') ?? 'USD';
    const price = content ? parsePrice(`${currency} ${content}`) : parsePrice(priceEl?.textContent, url.hostname);
    if (price) out.price = price;

    // No unitCount: Vitacost states the count only in the title, and a title is a claim, not a field.
    return out;
  },
};
