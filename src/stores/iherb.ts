// iHerb product pages (www.iherb.com and its country hosts): the Supplement Facts table is real
// text here, the suggested use and ingredients are headed rows of "Product information", and the
// package quantity is in the specs list. The price comes from the page's own JSON-LD offer (the
// generic reader), never from the carousels of other products.
import type { SnapshotFields, StoreAdapter, StoreSite } from './types';
import { $optional, blockText, capText, cleanLabel, cleanText, tableRowsText, textOf } from './dom';
import { parseCount } from './values';
import { factsFromText } from './generic-facts-text';
import { JSON_LD } from './extract';

const MAX_SECTION = 2_000;
const MAX_DESCRIPTION = 1_500;

function isIherbHost(host: string): boolean {
  return host === 'iherb.com' || host.endsWith('.iherb.com');
}

/** The "Product information" rows: heading text (lower case) → the element below it. */
function headedRows(info: Element | null): Map<string, Element> {
  const rows = new Map<string, Element>();
  for (const h of info?.querySelectorAll('.item-row h3') ?? []) {
    const key = cleanLabel(h.textContent).toLowerCase();
    const body = h.nextElementSibling;
    if (key && body && !rows.has(key)) rows.set(key, body);
  }
  return rows;
}

/** "Product code: CGN-01990" rows of the specs list; the value is the row's first span. */
function readSpecs(doc: Document): Record<string, string> {
  const details: Record<string, string> = {};
  for (const li of doc.querySelectorAll('#product-specs-list > li')) {
    let label = '';
    for (let n = li.firstChild; n && n.nodeType === 3; n = n.nextSibling) label += n.nodeValue ?? '';
    const key = cleanLabel(label);
    const value = cleanText(li.querySelector('span')?.textContent);
    if (key && value && key.length < 60 && !(key in details)) details[key] = capText(value, 200);
  }
  return details;
}

export const iherbSite: StoreSite = {
  id: 'iherb',
  matches: ['*://*.iherb.com/*'],
  regions: [
    ['#name', 'h1[data-testid="product-name"]'],
    '#product-overview',
    ['#product-overview .supplement-facts-container', '.supplement-facts-container'],
    '#product-specs-list',
    JSON_LD, // the price is the page's own JSON-LD offer
  ],
  isProductUrl(url) {
    return isIherbHost(url.hostname) && /^\/pr\/(?:[^/]+\/)?\d+\/?$/.test(url.pathname);
  },
  examples: {
    product: [
      'https://www.iherb.com/pr/california-gold-nutrition-multivitamin-and-mineral-with-methyl-b12-vitamin-c-l-methylfolate-and-quercetin-two-a-day-60-veggie-capsules/104996',
      'https://www.iherb.com/pr/doctor-s-best-high-absorption-magnesium-100-mg-240-tablets/15',
      'https://kr.iherb.com/pr/now-foods-magnesium-citrate-200-mg-250-tablets/69359?rec=home',
      'https://de.iherb.com/pr/104996',
    ],
    notProduct: [
      'https://www.iherb.com/',
      'https://www.iherb.com/search?kw=magnesium%20glycinate',
      'https://www.iherb.com/c/magnesium',
      'https://www.iherb.com/r/california-gold-nutrition-multivitamin/104996',
      'https://www.iherb.com/pr/california-gold-nutrition-two-a-day/104996/reviews',
      'https://www.iherb.com/cart',
    ],
  },
};

export const iherb: StoreAdapter = {
  ...iherbSite,
  read(doc, url) {
    // By id first: on a whole saved page (the CLI) an attribute selector walks 1.5 MB of markup.
    const named = doc.getElementById('name');
    const title =
      named?.tagName === 'H1' ? cleanText(named.textContent) || undefined : textOf(doc, 'h1[data-testid="product-name"]');
    const out: SnapshotFields = { isProductPage: iherb.isProductUrl(url) && title !== undefined };
    if (title) out.title = title;

    // The facts panel sits in "Product information": look there before the whole document.
    const info = doc.getElementById('product-overview');
    const find = (sel: string) => (info ? $optional(info, sel) : undefined) ?? $optional(doc, sel);
    const table = find('.supplement-facts-container table');
    if (table) {
      const rowsText = tableRowsText(table);
      const facts = factsFromText(rowsText);
      // The table is the label even when its heading row is missing: keep its rows as they are.
      const labelText = facts.labelText ?? rowsText;
      if (labelText) out.labelText = labelText;
      if (facts.servingSize) out.servingSize = facts.servingSize;
      if (facts.servingsPerContainer) out.servingsPerContainer = facts.servingsPerContainer;
    } else {
      const img = find('.supplement-facts-container img');
      if (img) out.labelIsImage = true;
    }

    const rows = headedRows(info);
    const use = rows.get('suggested use') ?? rows.get('directions');
    if (use) {
      const t = capText(cleanText(blockText(use, 5_000).replace(/\n/g, ' ')), MAX_SECTION);
      if (t) out.directions = t;
    }
    const ingredients = rows.get('other ingredients') ?? rows.get('ingredients');
    if (ingredients) {
      const t = capText(blockText(ingredients, 10_000), MAX_SECTION);
      if (t) out.ingredients = t;
    }
    const overview = rows.get('overview') ?? rows.get('description');
    if (overview) {
      const bullets = [...overview.querySelectorAll('ul > li')]
        .slice(0, 12)
        .map((li) => cleanText(li.textContent))
        .filter(Boolean);
      if (bullets.length) out.bullets = bullets;
      const text = capText(cleanText(blockText(overview, 10_000).replace(/\n/g, ' ')), MAX_DESCRIPTION);
      if (text) out.description = text;
    }

    const details = readSpecs(doc);
    if (Object.keys(details).length) out.details = details;
    const quantity = textOf(doc, '#product-specs-list .package-quantity') ?? details['Package quantity'];
    const unitCount = parseCount(quantity);
    if (unitCount) out.unitCount = unitCount;
    return out;
  },
};
