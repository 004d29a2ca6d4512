// Walmart product pages (www.walmart.com/ip/…). Read from the rendered DOM and the page's JSON-LD
// (the generic reader); the large __NEXT_DATA__ script is deliberately not parsed (speed budget).
// Selectors: h1#main-title / h1[itemprop=name], [itemprop=price], [data-seo-id=brand-name] are the
// ones public Walmart scrapers use; the headed "product details" sections (Ingredients, Directions)
// follow Walmart's documented idml section names and are not verified against a saved page.
import type { SnapshotFields, StoreAdapter, StoreSite } from './types';
import { $optional, blockText, capText, cleanLabel, cleanText, firstTextOf } from './dom';
import { parsePrice } from './values';
import { JSON_LD } from './extract';
import { factsFromText } from './generic-facts-text';

const MAX_SECTION = 1_500;

export const walmartSite: StoreSite = {
  id: 'walmart',
  matches: ['*://*.walmart.com/*'],
  regions: [
    '#main-title', 'h1[itemprop="name"]', '[itemprop="price"]', '[data-seo-id="hero-price"]', '[data-testid="price-wrap"]',
    '[data-seo-id="brand-name"]', '[data-testid="product-specifications"]', '[data-testid="specifications"]',
    '[data-testid="product-highlights"]', '[data-testid="product-description-content"]', '[data-testid="product-details-section"]',
    JSON_LD,
  ],
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

export const walmart: StoreAdapter = {
  ...walmartSite,
  read(doc, url) {
    const title = firstTextOf(doc, ['h1#main-title', 'h1[itemprop="name"]']);
    const out: SnapshotFields = { isProductPage: walmart.isProductUrl(url) && title !== undefined };
    if (title) out.title = title;

    const priceEl = $optional(doc, '[itemprop="price"]');
    const price =
      parsePrice(priceEl?.getAttribute('content') ? `$${priceEl.getAttribute('content')}` : priceEl?.textContent, url.hostname) ??
      parsePrice(firstTextOf(doc, ['[data-seo-id="hero-price"]', '[data-testid="price-wrap"]']), url.hostname);
    if (price) out.price = price;

    const details: Record<string, string> = {};
    const brand = firstTextOf(doc, ['[data-seo-id="brand-name"]']);
    if (brand) details['Brand'] = brand;
    for (const row of doc.querySelectorAll('[data-testid="product-specifications"] li, [data-testid="specifications"] li')) {
      const key = cleanLabel(row.querySelector('h3, dt, b, strong')?.textContent);
      const value = cleanText(row.querySelector('div, dd, span:last-child')?.textContent);
      if (key && value && !(key in details)) details[key] = capText(value, 300);
    }
    if (Object.keys(details).length) out.details = details;

    const highlights = [...doc.querySelectorAll('[data-testid="product-highlights"] li')].slice(0, 12)
      .map((li) => cleanText(li.textContent)).filter(Boolean);
    if (highlights.length) out.bullets = highlights;

    const description = $optional(doc, '[data-testid="product-description-content"]');
    if (description) {
      const t = capText(cleanText(blockText(description, 10_000).replace(/\n/g, ' ')), MAX_SECTION);
      if (t) out.description = t;
    }

    for (const section of doc.querySelectorAll('[data-testid="product-details-section"] section')) {
      const heading = cleanLabel(section.querySelector('h2, h3')?.textContent).toLowerCase();
      const body = section.querySelector('.dangerous-html, div, p');
      if (!body) continue;
      const text = blockText(body, 10_000);
      if (/^ingredients?$/.test(heading) && !out.ingredients) out.ingredients = capText(text.replace(/\n/g, ' '), MAX_SECTION);
      if (/^(directions|suggested use)$/.test(heading) && !out.directions) out.directions = capText(text.replace(/\n/g, ' '), MAX_SECTION);
      if (/(supplement|nutrition) facts/.test(heading) && !out.labelText) {
        Object.assign(out, factsFromText(`Supplement Facts\n${text}`));
      }
    }
    return out;
  },
};
