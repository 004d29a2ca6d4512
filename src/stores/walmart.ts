// Walmart product pages (www.walmart.com/ip/…). Checked against two real walmart.com item pages
// (test/corpus/walmart/: a Walmart-sold grocery item and a marketplace-seller item). What the page
// renders, and all this reads: h1#main-title, the brand link a[data-seo-id=brand-name] ("Great
// Value", or "Visit the Nintendo Store" on a brand-store page), the price span[data-seo-id=hero-price]
// inside [data-testid=price-wrap], the "Key item features" list in #top-highlights-module, and the
// hero column's collapsible sections (section.expand-collapse-section: "Ingredients", "Specs"),
// whose content (.expand-collapse-content) exists only while a section is open. Description,
// specifications, directions and warnings otherwise live in the large __NEXT_DATA__ JSON (the
// "View all item details" drawer), deliberately not parsed (speed budget: it is most of the page).
// Neither real page has a Product JSON-LD (only a WebPage "speakable" block); the generic JSON-LD
// reader still reads one where a page has it. The row markup of an opened "Specs" section (h3 name,
// value beside it) is not in the saved pages: assumed.
import type { SnapshotFields, StoreAdapter, StoreSite } from './types';
import { blockText, capText, cleanLabel, cleanText, textOf } from './dom';
import { parsePrice } from './values';
import { JSON_LD } from './extract';
import { factsFromText } from './generic-facts-text';

const MAX_SECTION = 1_500;
/** The hero column's parts, inside #maincontent (the page's only id around them). */
const HERO_PARTS = '[data-seo-id="brand-name"], [data-seo-id="hero-price"], .expand-collapse-section';

export const walmartSite: StoreSite = {
  id: 'walmart',
  matches: ['*://*.walmart.com/*'],
  regions: ['#main-title', '#top-highlights-module', [`#maincontent ${HERO_PARTS}`, HERO_PARTS], JSON_LD],
  isProductUrl(url) {
    return /^(?:www\.)?walmart\.com$/.test(url.hostname) && /^\/ip\/(?:[^/]+\/)?\d{5,}\/?$/.test(url.pathname);
  },
  examples: {
    product: [
      'https://www.walmart.com/ip/Nature-Made-Magnesium-Glycinate-200-mg-Capsules-60-Count/123456789',
      'https://www.walmart.com/ip/Spring-Valley-Magnesium-Oxide-Tablets-250-mg-100-Count/10311245?classType=REGULAR',
      'https://www.walmart.com/ip/193361645',
    ],
    notProduct: [
      'https://www.walmart.com/',
      'https://www.walmart.com/search?q=magnesium+glycinate',
      'https://www.walmart.com/browse/health/magnesium/976760_1005863_1005910',
      'https://www.walmart.com/cp/vitamins/1005863',
      'https://www.walmart.com/reviews/product/123456789',
      'https://www.walmart.ca/en/ip/magnesium/6000201234567',
    ],
  },
};

/** "Visit the Nintendo Store" → "Nintendo"; a plain brand name stays as it is. */
function brandName(text: string | undefined): string | undefined {
  const t = cleanText(text);
  return cleanText(/^visit the (.+?) store$/i.exec(t)?.[1] ?? t) || undefined;
}

export const walmart: StoreAdapter = {
  ...walmartSite,
  read(doc, url) {
    const title = textOf(doc, '#main-title');
    const out: SnapshotFields = { isProductPage: walmart.isProductUrl(url) && title !== undefined };
    if (title) out.title = title;

    const price = parsePrice(textOf(doc, '[data-seo-id="hero-price"]'), url.hostname);
    if (price) out.price = price;

    const details: Record<string, string> = {};
    const brand = brandName(textOf(doc, '[data-seo-id="brand-name"]'));
    if (brand) details['Brand'] = brand;

    const highlights = [...doc.querySelectorAll('#top-highlights-module li')]
      .slice(0, 12)
      .map((li) => cleanText(li.textContent))
      .filter(Boolean);
    if (highlights.length) out.bullets = highlights;

    // The hero column's collapsible sections, by heading; a closed one has no content to read.
    for (const section of doc.querySelectorAll('.expand-collapse-section')) {
      const heading = cleanLabel(section.querySelector('.expand-collapse-header h2')?.textContent).toLowerCase();
      const body = section.querySelector('.expand-collapse-content');
      if (!heading || !body) continue;
      if (/^specs$|^specifications$/.test(heading)) {
        for (const name of body.querySelectorAll('h3, dt')) {
          const key = cleanLabel(name.textContent);
          const value = cleanText(name.nextElementSibling?.textContent);
          if (key && value && key.length < 60 && !(key in details)) details[key] = capText(value, 300);
        }
        continue;
      }
      const text = blockText(body, 10_000);
      if (/^ingredients?$/.test(heading) && !out.ingredients)
        out.ingredients = capText(cleanText(text.replace(/\n/g, ' ')), MAX_SECTION);
      if (/^(directions|suggested use)$/.test(heading) && !out.directions)
        out.directions = capText(cleanText(text.replace(/\n/g, ' ')), MAX_SECTION);
      if (/(supplement|nutrition) facts/.test(heading) && !out.labelText)
        Object.assign(out, factsFromText(`Supplement Facts\n${text}`));
    }
    if (Object.keys(details).length) out.details = details;
    return out;
  },
};
