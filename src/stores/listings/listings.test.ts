// Listing readers: every URL check against every example URL, the match patterns, and card reading
// on the saved listing pages (which cards are read, with which title and price).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { LISTINGS, LISTING_MATCHES, LISTING_READERS, listingReaderFor } from './index';
import { STORES } from '../registry';

const fixture = (path: string) =>
  parseHTML(readFileSync(resolve(__dirname, '../../../test/fixtures', path), 'utf8')).document as unknown as Document;

const allExamples = LISTING_READERS.flatMap((r) => [
  ...r.examples.listing.map((url) => ({ url, owner: r.store, listing: true })),
  ...r.examples.notListing.map((url) => ({ url, owner: r.store, listing: false })),
]);
// Product pages of the product adapters must never count as listings.
const productExamples = STORES.flatMap((s) => s.examples.product);

describe('listing URL checks', () => {
  it.each(LISTING_READERS.flatMap((r) => allExamples.map((e) => [r.store, e.url, e.owner, e.listing] as const)))(
    '%s.isListingUrl(%s)',
    (store, url, owner, listing) => {
      expect(LISTINGS[store]!.isListingUrl(new URL(url))).toBe(store === owner && listing);
    },
  );

  it.each(productExamples)('no reader claims the product page %s', (url) => {
    expect(listingReaderFor(new URL(url))).toBeUndefined();
  });

  it('every listing example is covered by a match pattern, and no product example is', () => {
    const covered = (url: string) => LISTING_MATCHES.some((p) => matchPattern(p, new URL(url)));
    for (const e of allExamples.filter((x) => x.listing)) expect(covered(e.url), e.url).toBe(true);
    for (const url of productExamples) expect(covered(url), url).toBe(false);
  });

  it('registers no all-sites or whole-host pattern', () => {
    // A store host, then a path that starts with letters: never "<all_urls>", "*://*/*" or "host/*".
    for (const p of LISTING_MATCHES) expect(p).toMatch(/^\*:\/\/\*\.[a-z.]+\/[a-z]/);
  });
});

/** Match-pattern check as browsers do it for content scripts (scheme, host, path + query). */
function matchPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const h = host!;
  const hostOk = h.startsWith('*.') ? url.hostname === h.slice(2) || url.hostname.endsWith(h.slice(1)) : url.hostname === h;
  const re = new RegExp(
    `^${path!
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && re.test(url.pathname + url.search);
}

describe('cards on saved listing pages', () => {
  it('Amazon: every s-search-result card with an ASIN, titles from the h2, prices from .a-price', () => {
    const doc = fixture('amazon/search-magnesium.html');
    const cards = [...doc.querySelectorAll(LISTINGS.amazon!.cardSelector)];
    expect(cards).toHaveLength(22);
    const snaps = cards.map((c) => LISTINGS.amazon!.read(c));
    expect(snaps.every((s) => s && s.title.length > 10)).toBe(true);
    expect(snaps[0]).toEqual({ title: expect.stringMatching(/^Portable Charger with Wall Plug/), price: '$25.18' });
    expect(snaps[1]).toEqual({ title: expect.stringMatching(/^Brightfield Magnesium Glycinate 400mg/), price: '$35.99' });
    // The certification heading ("ClimatePartner certified") is never read as the title.
    expect(snaps.some((s) => s?.title === 'ClimatePartner certified')).toBe(false);
    for (const card of cards) {
      const recipe = card.querySelector('[data-cy="title-recipe"]');
      expect(LISTINGS.amazon!.badgeSlot(card)).toEqual({ parent: recipe, before: recipe?.firstChild });
    }
  });

  it('Amazon: cards with an empty data-asin are not products', () => {
    const doc = fixture('amazon/search-magnesium.html');
    const all = doc.querySelectorAll('[data-component-type="s-search-result"]').length;
    expect(all).toBeGreaterThanOrEqual(22);
    for (const c of doc.querySelectorAll(LISTINGS.amazon!.cardSelector)) expect(c.getAttribute('data-asin')).not.toBe('');
  });

  it('iHerb: the 48 result cells, not the carousels; title and price', () => {
    const doc = fixture('iherb/search-magnesium.html');
    const cards = [...doc.querySelectorAll(LISTINGS.iherb!.cardSelector)];
    expect(cards).toHaveLength(48);
    expect(LISTINGS.iherb!.read(cards[0]!)).toEqual({
      title: 'California Gold Nutrition, Gold C®, USP Grade Vitamin C, 1,000 mg, 60 Veggie Capsules',
      price: '$5.56',
    });
    expect(LISTINGS.iherb!.read(cards[2]!)?.title).toBe('NOW Foods, Magnesium Citrate, 200 mg, 250 Tablets');
    const slot = LISTINGS.iherb!.badgeSlot(cards[0]!);
    expect(slot?.parent.className).toContain('product-inner');
    expect(slot?.before).toBe(cards[0]!.querySelector('.absolute-link-wrapper'));
  });

  it('Walmart: tiles with an item id; the placeholder with an empty id is skipped', () => {
    const doc = fixture('walmart/search-magnesium.html');
    const cards = [...doc.querySelectorAll(LISTINGS.walmart!.cardSelector)];
    expect(cards.map((c) => LISTINGS.walmart!.read(c))).toEqual([
      { title: 'Brightfield Magnesium Glycinate 240 mg Capsules, 120 Count', price: 'current price $17.88$17.88' },
      { title: 'Spring Valley Magnesium Oxide Tablets, 250 mg, 100 Count', price: 'current price $3.98$3.98' },
      { title: 'Equate Ibuprofen Tablets, 200 mg, 100 Count', price: 'current price $4.12$4.12' },
      { title: 'Spring Valley Magnesium Citrate Gummies, 250 mg, 60 Count', price: 'current price $8.74$8.74' },
      { title: 'Great Value Sea Salt Kettle Chips, 8 oz', price: 'current price $2.48$2.48' },
    ]);
  });

  it('Target: product cards, title link, current price; the badge goes beside the link, not in it', () => {
    const doc = fixture('target/search-magnesium.html');
    const cards = [...doc.querySelectorAll(LISTINGS.target!.cardSelector)];
    expect(cards.map((c) => LISTINGS.target!.read(c)?.title)).toEqual([
      'up&up Magnesium Glycinate 120mg Capsules - 60ct',
      'Nature Made Extra Strength Magnesium Oxide 400 mg Softgels, 60 Count',
      'Olly Sleep Gummies - Blackberry Zen - 50ct',
      'Natural Vitality Calm Magnesium Citrate Powder - Raspberry Lemon - 16oz',
    ]);
    expect(LISTINGS.target!.read(cards[0]!)?.price).toBe('$9.99');
    expect(LISTINGS.target!.badgeSlot(cards[0]!)?.parent.tagName).toBe('DIV');
  });

  it('a card without a title reads as undefined (placeholder)', () => {
    const { document } = parseHTML(
      '<div data-component-type="s-search-result" data-asin="B0X"><div data-cy="title-recipe"></div></div>',
    );
    expect(LISTINGS.amazon!.read(document.querySelector('[data-asin]')!)).toBeUndefined();
  });
});
