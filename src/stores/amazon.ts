// Amazon product pages (.com, .co.uk, .de, .ca). The Supplement Facts panel is usually a picture
// here, so the text to read is the title, the bullets, the overview and details tables, "Important
// information" and the A+ text; labelIsImage says so when no facts text is on the page.
import type { PageAddress, SnapshotFields, StoreAdapter, StoreSite } from './types';
import { $optional, blockText, capText, cleanLabel, cleanText, lineText, textOf } from './dom';
import { parseCount, parsePrice } from './values';
import { factsFromText } from './generic-facts-text';

const HOSTS = ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.ca'];
const ASIN_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin)\/[A-Z0-9]{10}(?:[/?]|$)/;

/** Rows of the details tables that describe the listing, not the product. */
const SKIP_DETAILS =
  /^(?:customer reviews|best sellers rank|kundenrezensionen|amazon bestseller-rang|date first available|im angebot von amazon seit|asin)$/i;
const UNIT_COUNT_KEYS = /^(?:unit count|anzahl der einheiten|nombre d'unités)$/i;
const INGREDIENT_HEADINGS = /^(?:ingredients|inhaltsstoffe|zutaten|ingrédients)$/i;
const DIRECTION_HEADINGS =
  /^(?:directions|gebrauchsanweisung|anwendung|anwendungshinweise|verzehrempfehlung|dosierung|mode d'emploi)$/i;
const A_PLUS_NOISE = /^(?:previous page|next page|product description|from the brand|\d+)$/i;

const MAX_DETAIL_VALUE = 300;
const MAX_DETAILS = 60;
const MAX_A_PLUS = 1_500;
const MAX_SECTION = 1_500;

function hostOf(url: PageAddress): string {
  return url.hostname.replace(/^(?:www|smile|m)\./, '');
}

/** Key–value rows of the overview table, the product-details tables and the detail bullets. */
function readDetails(doc: Document): Record<string, string> {
  const details: Record<string, string> = {};
  const put = (rawKey: string | null | undefined, rawValue: string) => {
    const key = cleanLabel(rawKey);
    const value = capText(cleanText(rawValue), MAX_DETAIL_VALUE);
    if (!key || !value || key.length > 80 || SKIP_DETAILS.test(key) || key in details) return;
    if (Object.keys(details).length < MAX_DETAILS) details[key] = value;
  };
  for (const tr of doc.querySelectorAll('#productOverview_feature_div tr')) {
    put(
      tr.querySelector('td.a-span3, td:first-child')?.textContent,
      lineText(tr.querySelector('td.a-span9, td:last-child') ?? tr),
    );
  }
  for (const tr of (doc.getElementById('prodDetails') ?? doc).querySelectorAll('table.prodDetTable tr')) {
    const th = tr.querySelector('th');
    const td = tr.querySelector('td');
    if (th && td) put(th.textContent, lineText(td));
  }
  for (const item of doc.querySelectorAll('#detailBullets_feature_div li .a-list-item')) {
    const label = item.querySelector('.a-text-bold');
    if (!label) continue;
    const value = label.nextElementSibling;
    put(label.textContent, value ? lineText(value) : '');
  }
  return details;
}

/** "Important information": each block's heading and the text below it. */
function readImportantInformation(doc: Document): Pick<SnapshotFields, 'ingredients' | 'directions'> {
  const out: Pick<SnapshotFields, 'ingredients' | 'directions'> = {};
  for (const block of doc.querySelectorAll('#important-information .content')) {
    const heading = block.querySelector('h4, h3, h5');
    const title = cleanLabel(heading?.textContent);
    const body = capText(
      [...block.children]
        .filter((c) => c !== heading)
        .map((c) => lineText(c, 5_000))
        .filter(Boolean)
        .join(' '),
      MAX_SECTION,
    );
    if (!body) continue;
    if (INGREDIENT_HEADINGS.test(title) && !out.ingredients) out.ingredients = body;
    if (DIRECTION_HEADINGS.test(title) && !out.directions) out.directions = body;
  }
  return out;
}

/** Short A+ / product-description text: headings and paragraphs only, capped. */
function readDescription(doc: Document): string | undefined {
  const pieces: string[] = [];
  let size = 0;
  // By id: the page repeats some ids, which sends a '#id' selector through the whole document.
  const roots = [doc.getElementById('productDescription'), doc.getElementById('aplus')].filter((r): r is HTMLElement => !!r);
  for (const root of roots) {
    for (const el of root.querySelectorAll('h3, h4, h5, p')) {
      if (size >= MAX_A_PLUS || pieces.length >= 40) break;
      const t = cleanText(el.textContent);
      // Carousels repeat their slides: keep each text once.
      if (t.length < 3 || A_PLUS_NOISE.test(t) || pieces.some((p) => p.includes(t))) continue;
      pieces.push(t);
      size += t.length + 1;
    }
  }
  return pieces.length ? capText(pieces.join(' '), MAX_A_PLUS) : undefined;
}

function readPrice(doc: Document, url: URL): SnapshotFields['price'] {
  for (const sel of [
    '#corePrice_feature_div .a-offscreen',
    '#corePriceDisplay_desktop_feature_div .priceToPay .a-offscreen',
    '#corePrice_desktop .a-offscreen',
    // The last resort: the whole #apex_desktop block is 60 KB, so only its price is copied to the background.
    '.priceToPay .a-offscreen',
    '#price_inside_buybox',
  ]) {
    for (const el of doc.querySelectorAll(sel)) {
      const p = parsePrice(el.textContent, hostOf(url));
      if (p) return p;
    }
  }
  return undefined;
}

/** A facts panel typed out as text in the description or "Important information", if any. */
function readFactsText(doc: Document): ReturnType<typeof factsFromText> {
  for (const sel of ['#important-information', '#productDescription']) {
    const el = $optional(doc, sel);
    if (!el) continue;
    const facts = factsFromText(blockText(el, 10_000));
    if (facts.labelText) return facts;
  }
  return {};
}

export const amazonSite: StoreSite = {
  id: 'amazon',
  matches: HOSTS.map((h) => `*://*.${h}/*`),
  isProductUrl(url) {
    return HOSTS.includes(hostOf(url)) && ASIN_PATH.test(url.pathname);
  },
  // The variant picker (size, count, flavour) re-renders the title block without a page load.
  liveSelector: '#title_feature_div, #titleSection',
  regions: [
    // Of "Product information" only its tables: the rest of #prodDetails is 30 KB of expander markup.
    '#titleSection',
    '#feature-bullets',
    '#productOverview_feature_div',
    ['#prodDetails table.prodDetTable', 'table.prodDetTable'],
    '#detailBullets_feature_div',
    // #aplus_feature_div, not #aplus: the page repeats that id, which makes its lookup walk the page.
    '#important-information',
    '#productDescription',
    '#aplus_feature_div',
    '#corePrice_feature_div',
    '#corePriceDisplay_desktop_feature_div',
    '#corePrice_desktop',
    '#apex_desktop .priceToPay',
    '#price_inside_buybox',
  ],
  examples: {
    product: [
      'https://www.amazon.com/dp/B0MGLY4001',
      'https://www.amazon.com/Brightfield-Magnesium-Glycinate-Absorption-Bisglycinate/dp/B0MGLY4001/ref=sr_1_3?keywords=magnesium+glycinate',
      'https://www.amazon.com/gp/product/B0DR8G428S?th=1',
      'https://www.amazon.co.uk/Magnesium-Citrate-Oxide-Tablets/dp/B0MGCO2002',
      'https://www.amazon.de/-/en/dp/B0MGDE3003',
      'https://www.amazon.de/Magnesium-Kapseln-hochdosiert/dp/B0MGDE3003/',
      'https://www.amazon.ca/gp/aw/d/B0MGCA4004',
      'https://smile.amazon.com/dp/B0MGLY4001',
    ],
    notProduct: [
      'https://www.amazon.com/',
      'https://www.amazon.com/s?k=magnesium+glycinate',
      'https://www.amazon.com/product-reviews/B0MGLY4001',
      'https://www.amazon.com/gp/cart/view.html',
      'https://www.amazon.co.uk/b?node=2826473031',
      'https://www.amazon.de/s?k=magnesium',
      'https://www.amazon.fr/dp/B0MGLY4001',
      'https://www.amazon.com/stores/Brightfield/page/1234',
    ],
  },
};

export const amazon: StoreAdapter = {
  ...amazonSite,
  read(doc, url) {
    const title = textOf(doc, '#productTitle');
    const seen = new Set<string>();
    const bullets: string[] = [];
    for (const li of doc.querySelectorAll('#feature-bullets li:not(.aok-hidden)')) {
      const t = cleanText(li.textContent);
      if (t && !seen.has(t)) {
        seen.add(t);
        bullets.push(t);
      }
    }
    const details = readDetails(doc);
    const unitCountKey = Object.keys(details).find((k) => UNIT_COUNT_KEYS.test(k));
    const unitCount = unitCountKey ? parseCount(details[unitCountKey]) : undefined;
    const description = readDescription(doc);
    const price = readPrice(doc, url);
    const facts = readFactsText(doc);
    const isProductPage = amazon.isProductUrl(url) && title !== undefined;
    return {
      isProductPage,
      ...(title ? { title } : {}),
      ...(bullets.length ? { bullets } : {}),
      ...facts,
      ...(isProductPage && !facts.labelText ? { labelIsImage: true } : {}),
      ...readImportantInformation(doc),
      ...(description ? { description } : {}),
      ...(Object.keys(details).length ? { details } : {}),
      ...(price ? { price } : {}),
      ...(unitCount ? { unitCount } : {}),
    };
  },
};
