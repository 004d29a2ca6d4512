// Target product pages (www.target.com/p/…/-/A-<TCIN>). Checked against a real target.com product page
// (test/corpus/target/product-dust-cloths.html). What the page renders, and all this reads: the title
// h1#pdp-product-title-id[data-test=product-title]; in #above-the-fold-information the brand link
// [data-test=shopAllBrandLink] ("Shop all up&up") and the price [data-test=product-price] (a sticky
// add-to-cart bar later in the page repeats both); the "About this item" accordions in
// #product-detail-tabs: "Details" (open on load: Highlights in [data-test="@web/ProductDetailPageHighlights"],
// Description in [data-test=item-details-description]), then "Specifications" and the others, whose
// panels are empty until opened. The rows of an opened Specifications panel ("<b>Key:</b> value" in
// [data-test=item-details-specifications]) and a label panel (facts, ingredients, directions) are not
// in the saved page: assumed from public Target scrapers. The saved page's scripts were emptied, so
// whether Target ships JSON-LD is unknown; the generic reader reads one where a page has it.
import type { SnapshotFields, StoreAdapter, StoreSite } from './types';
import { blockText, capText, cleanLabel, cleanText, textOf } from './dom';
import { JSON_LD } from './extract';
import { parseCount, parsePrice } from './values';
import { factsFromText, passageAfter } from './generic-facts-text';

const MAX_SECTION = 1_500;
const HERO_PARTS = '[data-test="shopAllBrandLink"], [data-test="product-price"]';
const DETAIL_TABS = '[data-test="product-detail-tabs-container"]';

export const targetSite: StoreSite = {
  id: 'target',
  matches: ['*://*.target.com/*'],
  regions: [
    ['#pdp-product-title-id', 'h1[data-test="product-title"]'],
    [`#above-the-fold-information ${HERO_PARTS}`, HERO_PARTS],
    ['#product-detail-tabs', DETAIL_TABS],
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

const DIRECTIONS = /directions|suggested use/;
const LABEL_HEADING = /^(?:label info|ingredients|(?:supplement|nutrition|drug) facts)$/;

export const target: StoreAdapter = {
  ...targetSite,
  read(doc, url) {
    const title = textOf(doc, 'h1[data-test="product-title"]');
    const out: SnapshotFields = { isProductPage: target.isProductUrl(url) && title !== undefined };
    if (title) out.title = title;

    // The first of each is the page's own (the sticky add-to-cart bar repeats them further down).
    const price = parsePrice(textOf(doc, '[data-test="product-price"]'), url.hostname);
    if (price) out.price = price;
    const details: Record<string, string> = {};
    const brand = cleanText(textOf(doc, '[data-test="shopAllBrandLink"]')?.replace(/^shop all\s+/i, ''));
    if (brand) details['Brand'] = brand;

    const tabs = doc.getElementById('product-detail-tabs') ?? doc.querySelector(DETAIL_TABS);
    if (!tabs) {
      if (Object.keys(details).length) out.details = details;
      return out;
    }
    const highlights = [
      ...tabs.querySelectorAll('[data-test="@web/ProductDetailPageHighlights"] li, [data-test="item-details-highlights"] li'),
    ]
      .slice(0, 12)
      .map((li) => cleanText(li.textContent))
      .filter(Boolean);
    if (highlights.length) out.bullets = highlights;

    // Specification rows: "<b>Gummy Count:</b> 60 gummies".
    for (const label of tabs.querySelectorAll('[data-test="item-details-specifications"] b')) {
      const key = cleanLabel(label.textContent);
      const row = label.parentElement;
      const value = cleanText((row?.textContent ?? '').slice((label.textContent ?? '').length).replace(/^\s*:/, ''));
      if (key && value && key.length < 60 && !(key in details)) details[key] = capText(value, 300);
    }
    if (Object.keys(details).length) out.details = details;
    // "Capsule Count: 60 capsules", "Gummy Count: 60 gummies" (not "Package Quantity": that counts packs).
    const countKey = Object.keys(details).find((k) =>
      /^(?:capsule|tablet|gumm(?:y|ies)|softgel|chewable|lozenge|unit)s? count$|^count$/i.test(k),
    );
    const unitCount = parseCount(countKey ? details[countKey] : undefined);
    if (unitCount) out.unitCount = unitCount;

    const description = tabs.querySelector('[data-test="item-details-description"]');
    if (description) {
      const text = blockText(description, 10_000);
      const flat = capText(cleanText(text.replace(/\n/g, ' ')), MAX_SECTION);
      if (flat) out.description = flat;
      const directions = passageAfter(text, DIRECTIONS);
      if (directions) out.directions = directions;
    }

    // A label panel: an accordion headed "Label info" (or a facts heading), or the older
    // [data-test=item-details-label-info] block; facts, ingredients and directions from its text.
    const labels = [...tabs.querySelectorAll('[data-test="item-details-label-info"]')];
    for (const accordion of tabs.querySelectorAll('[data-test^="@web/site-top-of-funnel/ProductDetailCollapsible"]')) {
      const heading = cleanLabel(accordion.querySelector('h3')?.textContent).toLowerCase();
      if (!LABEL_HEADING.test(heading)) continue;
      const panel = accordion.querySelector('[id$="-accordion-scroll-id"]');
      if (panel && !labels.some((l) => panel.contains(l) || l.contains(panel))) labels.push(panel);
    }
    for (const label of labels) {
      const text = blockText(label, 10_000);
      if (!out.labelText) Object.assign(out, factsFromText(text));
      const ingredients = passageAfter(text, /other ingredients|ingredients/);
      if (ingredients && !out.ingredients) out.ingredients = ingredients;
      const directions = passageAfter(text, DIRECTIONS);
      if (directions && !out.directions) out.directions = directions;
    }
    return out;
  },
};
