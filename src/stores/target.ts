// Target product pages (www.target.com/p/…/-/A-<TCIN>). The data-test attributes used here
// (product-title, product-price, item-details-description, item-details-specifications with
// "<b>Key:</b> value" rows, item-details-highlights) are the ones public Target scrapers use. The
// facts panel, when Target shows one as text, is left to the generic facts reader.
import type { SnapshotFields, StoreAdapter, StoreSite } from './types';
import { $optional, blockText, capText, cleanLabel, cleanText, textOf } from './dom';
import { JSON_LD } from './extract';
import { parseCount, parsePrice } from './values';
import { passageAfter } from './generic-facts-text';

const MAX_SECTION = 1_500;

export const targetSite: StoreSite = {
  id: 'target',
  matches: ['*://*.target.com/*'],
  regions: [
    'h1[data-test="product-title"]', '[data-test="product-price"]', '[data-test="item-details-highlights"]',
    '[data-test="item-details-specifications"]', '[data-test="item-details-description"]', '[data-test="item-details-label-info"]',
    JSON_LD,
  ],
  isProductUrl(url) {
    return /^(?:www\.)?target\.com$/.test(url.hostname) && /^\/p\/(?:[^/]+\/)?-\/A-\d{6,}\/?$/.test(url.pathname);
  },
  examples: {
    product: [
      'https://www.target.com/p/nature-made-magnesium-glycinate-200mg-capsules-60ct/-/A-87654321',
      'https://www.target.com/p/up-up-magnesium-oxide-250mg-tablets-100ct/-/A-13579246#lnk=sametab',
      'https://www.target.com/p/-/A-85978612',
    ],
    notProduct: [
      'https://www.target.com/',
      'https://www.target.com/s?searchTerm=magnesium',
      'https://www.target.com/c/vitamins-supplements-health/-/N-4y5fj',
      'https://www.target.com/b/nature-made/-/N-5q0ga',
      'https://www.target.com/cart',
      'https://www.target.com/p/nature-made-magnesium/-/A-87654321/reviews',
    ],
  },
};

export const target: StoreAdapter = {
  ...targetSite,
  read(doc, url) {
    const title = textOf(doc, 'h1[data-test="product-title"]');
    const out: SnapshotFields = { isProductPage: target.isProductUrl(url) && title !== undefined };
    if (title) out.title = title;

    const price = parsePrice(textOf(doc, '[data-test="product-price"]'), url.hostname);
    if (price) out.price = price;

    const highlights = [...doc.querySelectorAll('[data-test="item-details-highlights"] li')].slice(0, 12)
      .map((li) => cleanText(li.textContent)).filter(Boolean);
    if (highlights.length) out.bullets = highlights;

    const details: Record<string, string> = {};
    for (const row of doc.querySelectorAll('[data-test="item-details-specifications"] > div')) {
      const label = row.querySelector('b');
      if (!label) continue;
      const key = cleanLabel(label.textContent);
      const value = cleanText((row.textContent ?? '').slice((label.textContent ?? '').length).replace(/^\s*:/, ''));
      if (key && value && key.length < 60 && !(key in details)) details[key] = capText(value, 300);
    }
    if (Object.keys(details).length) out.details = details;
    // "Capsule Count: 60 capsules", "Gummy Count: 60 gummies" (not "Package Quantity": that counts packs).
    const countKey = Object.keys(details).find((k) => /^(?:capsule|tablet|gumm(?:y|ies)|softgel|chewable|lozenge|unit)s? count$|^count$/i.test(k));
    const unitCount = parseCount(countKey ? details[countKey] : undefined);
    if (unitCount) out.unitCount = unitCount;

    const description = $optional(doc, '[data-test="item-details-description"]');
    if (description) {
      const text = blockText(description, 10_000);
      const flat = capText(cleanText(text.replace(/\n/g, ' ')), MAX_SECTION);
      if (flat) out.description = flat;
      const directions = passageAfter(text, /directions|suggested use/);
      if (directions) out.directions = directions;
    }
    const label = $optional(doc, '[data-test="item-details-label-info"]');
    if (label) {
      const text = blockText(label, 10_000);
      const ingredients = passageAfter(text, /ingredients|other ingredients/);
      if (ingredients) out.ingredients = ingredients;
      const directions = passageAfter(text, /directions|suggested use/);
      if (directions && !out.directions) out.directions = directions;
    }
    return out;
  },
};
