// Store adapters: every saved page against its expected JSON, every URL check against every example
// URL, and the generic readers on small hand-made pages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { STORES, adapterFor, snapshotFromDocument, snapshotFromText } from '../../src/stores/registry';
import { SITES, STORE_MATCHES, siteFor } from '../../src/stores/sites';
import { readJsonLd } from '../../src/stores/generic-jsonld';
import { factsFromText, readFactsFromDocument } from '../../src/stores/generic-facts-text';
import { parseCount, parseDecimal, parsePrice } from '../../src/stores/values';
import { blockText, tableRowsText } from '../../src/stores/dom';
import { extractPageText } from '../../src/stores/extract';
import { snapshotFromTextExtract } from '../../src/stores/extract-read';
import { fixtureUrl, listFixturePairs, snapshotOfFixture } from '../../scripts/fixtures/pairs';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const FIXTURES = resolve(__dirname, '../fixtures');
const pairs = listFixturePairs(FIXTURES);

describe('saved pages give their expected snapshot', () => {
  it('has at least two pages for every store', () => {
    for (const store of STORES) expect(pairs.filter((p) => p.name.startsWith(`${store.id}/`)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(pairs.map((p) => [p.name, p] as const))(
    '%s',
    (_name, pair) => {
      const expected = JSON.parse(readFileSync(pair.expected, 'utf8')) as Record<string, unknown>;
      const actual = snapshotOfFixture(pair.html, fixtureUrl(pair.expected)) as Record<string, unknown>;
      // A field the page lacks must be absent, not invented: the key sets are equal.
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      for (const key of Object.keys(expected)) expect({ [key]: actual[key] }).toEqual({ [key]: expected[key] });
    },
    30_000,
  );
});

describe('the real iHerb page (issue 5 acceptance)', () => {
  const pair = pairs.find((p) => p.name === 'iherb/two-a-day-multivitamin')!;
  const s = snapshotOfFixture(pair.html, fixtureUrl(pair.expected));
  it('reads the facts table as rows, tab-joined', () => {
    expect(s.labelText?.split('\n')).toContain('Magnesium (as Magnesium Oxide and Magnesium Bisglycinate)\t105 mg\t25%');
  });
  it('reads serving size as printed, suggested use, package quantity and the page’s own price', () => {
    expect(s.servingSize).toBe('2 Capsules');
    expect(s.directions).toMatch(/^Take 2 capsules daily, with food\./);
    expect(s.unitCount).toBe(60);
    expect(s.price).toEqual({ amount: 12.38, currency: 'USD' }); // not the $17.69 strikethrough, not a carousel price
  });
});

describe('URL checks', () => {
  const others = [
    'https://www.google.com/search?q=magnesium',
    'https://example-shop.myshopify.com/products/magnesium-glycinate',
    'https://www.cvs.com/shop/cvs-health-magnesium-prodid-1234',
    'about:blank',
  ];
  const all = [...STORES.flatMap((s) => [...s.examples.product, ...s.examples.notProduct]), ...others];
  const cases = STORES.flatMap((store) => all.map((u) => [store.id, u, store.examples.product.includes(u)] as const));
  it.each(cases)('%s.isProductUrl(%s) is %s', (id, u, expected) => {
    const store = STORES.find((s) => s.id === id)!;
    expect(store.isProductUrl(new URL(u))).toBe(expected);
  });

  it('every example URL is claimed by its own store only', () => {
    for (const store of STORES) {
      for (const u of [...store.examples.product, ...store.examples.notProduct]) {
        const owner = adapterFor(new URL(u));
        if (owner) expect(owner.id).toBe(store.id);
        else expect(store.examples.notProduct).toContain(u); // e.g. amazon.fr, walmart.ca: not ours
      }
    }
    for (const u of others) expect(adapterFor(new URL(u))).toBeUndefined();
  });

  it('match patterns cover every product example', () => {
    expect(STORE_MATCHES.length).toBeGreaterThanOrEqual(STORES.length);
    for (const store of STORES) for (const u of store.examples.product) expect(adapterFor(new URL(u))?.id).toBe(store.id);
  });
});

describe('values', () => {
  it.each([
    ['$24.99', 'www.amazon.com', { amount: 24.99, currency: 'USD' }],
    ['$31.49', 'www.amazon.ca', { amount: 31.49, currency: 'CAD' }],
    ['CDN$ 31.49', 'www.amazon.ca', { amount: 31.49, currency: 'CAD' }],
    ['£12.49', 'www.amazon.co.uk', { amount: 12.49, currency: 'GBP' }],
    ['24,99 €', 'www.amazon.de', { amount: 24.99, currency: 'EUR' }],
    ['1.234,56 €', 'www.amazon.de', { amount: 1234.56, currency: 'EUR' }],
    ['$1,234.56', 'www.amazon.com', { amount: 1234.56, currency: 'USD' }],
    ['Now $17.88', 'www.walmart.com', { amount: 17.88, currency: 'USD' }],
    // Crowns by the shop's country; other currencies by their sign.
    ['249 kr', 'www.apotek.se', { amount: 249, currency: 'SEK' }],
    ['Pris 149,95 kr.', 'www.helsebixen.dk', { amount: 149.95, currency: 'DKK' }],
    ['Kr 199,-', 'www.vitus.no', { amount: 199, currency: 'NOK' }],
    ['249:-', 'www.apotea.se', { amount: 249, currency: 'SEK' }],
    ['249 kr', 'www.example.com', undefined],
    ['39,99 zł', 'www.doz.pl', { amount: 39.99, currency: 'PLN' }],
    ['R$ 89,90', 'www.drogasil.com.br', { amount: 89.9, currency: 'BRL' }],
    ['₹ 599', 'www.amazon.in', { amount: 599, currency: 'INR' }],
    ['2 490 Ft', 'www.benu.hu', { amount: 2490, currency: 'HUF' }],
    ['23,040원', 'www.coupang.com', { amount: 23040, currency: 'KRW' }],
    ['1,980円', 'www.example.jp', { amount: 1980, currency: 'JPY' }],
    ['98元', 'www.example.cn', { amount: 98, currency: 'CNY' }],
    ['$10.99 - $24.99', 'www.target.com', undefined],
    ['24.99', 'www.amazon.com', undefined],
    ['', 'www.amazon.com', undefined],
  ])('parsePrice(%j, %s)', (text, host, expected) => {
    expect(parsePrice(text, host)).toEqual(expected);
  });

  it.each([
    ['180.0 Count', 180],
    ['60 count', 60],
    ['120,0 Stück', 120],
    ['90', 90],
    ['365 Tablets', 365],
    ['16 Fl Oz', undefined],
    ['2 lb', undefined],
    ['1.5 Count', undefined],
    ['0 Count', undefined],
    ['', undefined],
  ])('parseCount(%j) is %j', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([
    ['1,5', 1.5],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['12.5', 12.5],
    ['1.2.3', undefined],
    ['abc', undefined],
  ])('parseDecimal(%j) is %j', (text, expected) => expect(parseDecimal(text)).toBe(expected));
});

describe('generic JSON-LD reader', () => {
  const ld = (...blocks: string[]) =>
    doc(
      `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
    );

  it('reads a Product with an Offer', () => {
    const r = readJsonLd(
      ld(
        '{"@context":"https://schema.org","@type":"Product","name":"Mag <b>Glycinate</b>","offers":{"@type":"Offer","price":"19.95","priceCurrency":"USD"}}',
      ),
    );
    expect(r).toEqual({ found: true, fields: { title: 'Mag Glycinate', price: { amount: 19.95, currency: 'USD' } } });
  });

  it('finds the Product inside @graph and an Offer beside it', () => {
    const r = readJsonLd(
      ld(
        '{"@graph":[{"@type":"WebPage"},{"@type":"Product","name":"A"},{"@type":"Offer","price":949.99,"priceCurrency":"CAD"}]}',
      ),
    );
    expect(r.fields).toEqual({ title: 'A', price: { amount: 949.99, currency: 'CAD' } });
  });

  it('reads arrays and type arrays, and skips broken blocks without throwing', () => {
    const r = readJsonLd(
      ld(
        '{ not json',
        '[{"@type":"Organization"},{"@type":["Product","Thing"],"name":"B","offers":[{"@type":"Offer","price":5,"priceCurrency":"EUR"}]}]',
      ),
    );
    expect(r.fields).toEqual({ title: 'B', price: { amount: 5, currency: 'EUR' } });
  });

  it('gives no price when offers disagree, and ignores strikethrough price specifications', () => {
    expect(
      readJsonLd(
        ld(
          '{"@type":"Product","name":"C","offers":[{"@type":"Offer","price":5,"priceCurrency":"USD"},{"@type":"Offer","price":9,"priceCurrency":"USD"}]}',
        ),
      ).fields.price,
    ).toBeUndefined();
    const spec =
      '{"@type":"Product","name":"D","offers":{"@type":"Offer","price":null,"priceSpecification":[{"@type":"UnitPriceSpecification","priceType":"https://schema.org/StrikethroughPrice","price":"17.69","priceCurrency":"USD"},{"@type":"UnitPriceSpecification","price":"12.38","priceCurrency":"USD"}]}}';
    expect(readJsonLd(ld(spec)).fields.price).toEqual({ amount: 12.38, currency: 'USD' });
  });

  it('prefers the Product whose url is the page, and finds nothing on a page without one', () => {
    const r = readJsonLd(
      ld(
        '[{"@type":"Product","name":"Other","url":"https://shop.example/products/other"},{"@type":"Product","name":"This","url":"https://shop.example/products/this"}]',
      ),
      new URL('https://shop.example/products/this?variant=1'),
    );
    expect(r.fields.title).toBe('This');
    expect(readJsonLd(ld('{"@type":"BreadcrumbList"}'))).toEqual({ found: false, fields: {} });
    expect(readJsonLd(doc('<p>no scripts</p>'))).toEqual({ found: false, fields: {} });
  });
});

describe('generic facts-text reader', () => {
  it('pulls the rows after a Supplement Facts heading, with serving size as printed, and stops at the next section', () => {
    const text =
      'Shop now\nSupplement Facts\nServing Size 2 Capsules\nServings Per Container 60\nAmount Per Serving %DV\nMagnesium (as magnesium glycinate) 200 mg 48%\nOther ingredients: rice flour\nReviews';
    expect(factsFromText(text)).toEqual({
      labelText:
        'Supplement Facts\nServing Size 2 Capsules\nServings Per Container 60\nAmount Per Serving %DV\nMagnesium (as magnesium glycinate) 200 mg 48%',
      servingSize: '2 Capsules',
      servingsPerContainer: '60',
    });
  });

  it.each([
    ['Nährwerte je Tagesdosis (2 Kapseln)\nMagnesium\t375 mg\t100%*\n*NRV', 'Magnesium\t375 mg\t100%*'],
    ['Valeurs nutritionnelles\nMagnésium 300 mg (80% VNR)', 'Magnésium 300 mg (80% VNR)'],
    ['Nutrition Facts\nServing size 1 scoop (3.5 g)\nMagnesium 350 mg 83%', 'Magnesium 350 mg 83%'],
  ])('reads a panel in another language or format: %j', (text, row) => {
    expect(factsFromText(text).labelText?.split('\n')).toContain(row);
  });

  it('gives nothing without a heading or without amounts, and stays bounded', () => {
    expect(factsFromText('Magnesium 200 mg')).toEqual({});
    expect(factsFromText('Supplement Facts\nsee the picture')).toEqual({});
    const long = `Supplement Facts\n${Array.from({ length: 500 }, (_, i) => `Row ${i} 1 mg`).join('\n')}`;
    expect(factsFromText(long).labelText!.split('\n').length).toBeLessThanOrEqual(80);
  });

  it('finds a facts panel in a document: a table with its heading before it, or a facts-named box', () => {
    const d1 = doc(
      '<div><h3>Supplement Facts</h3><table><tr><td>Serving Size: 1 Tablet</td></tr><tr><td>Magnesium (as oxide)</td><td>250 mg</td><td>60%</td></tr></table></div>',
    );
    expect(readFactsFromDocument(d1)).toEqual({
      labelText: 'Supplement Facts\nServing Size: 1 Tablet\nMagnesium (as oxide)\t250 mg\t60%',
      servingSize: '1 Tablet',
    });
    const d2 = doc(
      '<section class="product-facts"><p>Supplement Facts</p><p>Magnesium 120 mg</p></section><table><tr><td>Size</td><td>2 mg</td></tr></table>',
    );
    expect(readFactsFromDocument(d2).labelText).toBe('Supplement Facts\nMagnesium 120 mg');
    expect(readFactsFromDocument(doc('<table><tr><td>Price</td><td>5 g</td></tr></table>'))).toEqual({});
  });
});

describe('registry', () => {
  it('pairs every store site (what the content script knows) with its reader, in the same order', () => {
    expect(STORES.map((s) => s.id)).toEqual(SITES.map((s) => s.id));
    for (const [i, site] of SITES.entries()) {
      expect(STORES[i]!.regions).toBe(site.regions);
      expect(STORES[i]!.matches).toBe(site.matches);
      for (const u of site.examples.product) expect(adapterFor(new URL(u))?.id).toBe(siteFor(new URL(u))?.id);
    }
  });

  it('fills what the store left out from JSON-LD, then facts text, on a page no store claims', () => {
    const d =
      doc(`<html><head><script type="application/ld+json">{"@type":"Product","name":"Shop Mag","offers":{"@type":"Offer","price":"21.00","priceCurrency":"USD"}}</script></head>
      <body><div class="facts"><h4>Supplement Facts</h4><div>Serving Size: 2 Capsules</div><table><tr><td>Magnesium (as magnesium malate)</td><td>150 mg</td></tr></table></div></body></html>`);
    expect(snapshotFromDocument(d, new URL('https://shop.example/products/mag'))).toEqual({
      url: 'https://shop.example/products/mag',
      store: 'generic',
      isProductPage: true,
      title: 'Shop Mag',
      price: { amount: 21, currency: 'USD' },
      labelText: 'Supplement Facts\nServing Size: 2 Capsules\nMagnesium (as magnesium malate)\t150 mg',
      servingSize: '2 Capsules',
    });
  });

  it('keeps the store adapter’s fields over JSON-LD ones', () => {
    const d =
      doc(`<html><head><script type="application/ld+json">{"@type":"Product","name":"LD name","description":"LD text","offers":{"@type":"Offer","price":"99","priceCurrency":"USD"}}</script></head>
      <body><span id="productTitle">Page name</span><div id="corePrice_feature_div"><span class="a-offscreen">$10.00</span></div></body></html>`);
    const s = snapshotFromDocument(d, new URL('https://www.amazon.com/dp/B0MGLY4001'));
    expect(s).toMatchObject({
      store: 'amazon',
      isProductPage: true,
      title: 'Page name',
      price: { amount: 10, currency: 'USD' },
      description: 'LD text',
      labelIsImage: true,
    });
  });

  it('is not a product page on a store listing, and reads no facts there', () => {
    const d = doc('<table><caption>Supplement Facts</caption><tr><td>Magnesium</td><td>100 mg</td></tr></table>');
    expect(snapshotFromDocument(d, new URL('https://www.amazon.com/s?k=magnesium'))).toEqual({
      url: 'https://www.amazon.com/s?k=magnesium',
      store: 'amazon',
      isProductPage: false,
    });
  });

  it('reads a page’s visible text (the CLI’s .txt input): its first line is the title, its blocks the fields', () => {
    const text =
      'Brightfield Magnesium\n$24.99\nSupplement Facts\nServing Size: 2 Capsules\nMagnesium (as magnesium glycinate) 200 mg 48%\nSuggested use: Take 2 capsules at bedtime.\nOther ingredients: rice flour.';
    const snapshot = snapshotFromText(text, new URL('https://www.iherb.com/pr/x/123'));
    expect(snapshot).toMatchObject({
      url: 'https://www.iherb.com/pr/x/123',
      store: 'iherb',
      isProductPage: true,
      title: 'Brightfield Magnesium',
      price: { amount: 24.99, currency: 'USD' },
      labelText: 'Supplement Facts\nServing Size: 2 Capsules\nMagnesium (as magnesium glycinate) 200 mg 48%',
      directions: 'Take 2 capsules at bedtime.',
      ingredients: 'rice flour.',
    });
    expect(snapshotFromText('just some words', null)).toEqual({
      url: null,
      store: 'generic',
      isProductPage: false,
      title: 'just some words',
    });
  });
});

describe('the one-off page reader (a page no store claims)', () => {
  const page = `<!doctype html><html><head><title>Shop</title>
    <script type="application/ld+json">{"@type":"Product","name":"Calm Mag","offers":{"price":"19.90","priceCurrency":"EUR"}}</script>
    </head><body><nav>Home  Shop  Cart</nav>\n<h1>Calm Mag Bisglycinate 120 Capsules</h1>\n<p>Supplement Facts</p>
    <p>Serving Size 2 Capsules</p>\n<p>Magnesium (as magnesium bisglycinate) 200 mg 48%</p>
    <p>Suggested use: take 2 capsules daily with water.</p>\n<p>Helps you fall asleep.</p></body></html>`;

  it('copies text, h1 and JSON-LD on the page; the background reads them into one snapshot', () => {
    const { document } = parseHTML(page);
    const extract = extractPageText(document as unknown as Document, 'https://calm-mag.example/products/bisglycinate');
    expect(extract.title).toBe('Calm Mag Bisglycinate 120 Capsules');
    expect(extract.html).toContain('application/ld+json');
    const snapshot = snapshotFromTextExtract(extract);
    expect(snapshot).toMatchObject({
      store: 'generic',
      isProductPage: true,
      title: 'Calm Mag Bisglycinate 120 Capsules',
      price: { amount: 19.9, currency: 'EUR' },
      directions: 'take 2 capsules daily with water.',
      unitCount: 120,
    });
    expect(snapshot?.labelText).toContain('Magnesium (as magnesium bisglycinate) 200 mg 48%');
  });

  it('refuses an address that is not a web page, or that a store adapter reads', () => {
    expect(snapshotFromTextExtract({ url: 'file:///etc/passwd', text: 'Magnesium 200 mg', html: '' })).toBeUndefined();
    expect(snapshotFromTextExtract({ url: 'not a url', text: 'Magnesium 200 mg', html: '' })).toBeUndefined();
    // A store's page is its content script's: a late page reader does not replace that reading.
    expect(
      snapshotFromTextExtract({ url: 'https://www.iherb.com/pr/x/123', text: 'Magnesium 200 mg', html: '' }),
    ).toBeUndefined();
  });
});

describe('Amazon details', () => {
  it('reads detail bullets (the other details layout), skipping ranks and reviews', () => {
    const d = doc(`<span id="productTitle">X</span><div id="detailBullets_feature_div"><ul>
      <li><span class="a-list-item"><span class="a-text-bold">Unit Count &rlm; : &lrm;</span><span>120.0 Count</span></span></li>
      <li><span class="a-list-item"><span class="a-text-bold">Best Sellers Rank:</span><span>#5 in Health</span></span></li></ul></div>`);
    const s = snapshotFromDocument(d, new URL('https://www.amazon.ca/dp/B0MGCA4004'));
    expect(s.details).toEqual({ 'Unit Count': '120.0 Count' });
    expect(s.unitCount).toBe(120);
  });
});

describe('dom helpers', () => {
  it('turns <br> and blocks into breaks and cells into tabs, without reading scripts', () => {
    const d = doc('<div><p>a<br>b</p><script>var x=1</script><table><tr><td>Biotin<br></td><td>30 mcg</td></tr></table></div>');
    expect(blockText(d.querySelector('div')!)).toBe('a\nb\nBiotin\t30 mcg');
    expect(tableRowsText(d.querySelector('table')!)).toBe('Biotin\t30 mcg');
  });
});
