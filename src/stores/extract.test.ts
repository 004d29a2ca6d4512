// The content script sends only its adapter's regions: reading that copy in the background must
// give the same snapshot as reading the whole page, for every saved page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { adapterFor, snapshotFromDocument } from './registry';
import { JSON_LD, MAX_REGION_CHARS, extractPage } from './extract';
import { snapshotFromExtract } from './extract-read';
import { fixtureUrl, listFixturePairs } from '../../scripts/fixtures/pairs';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const FIXTURES = resolve(__dirname, '../../test/fixtures');
// Every saved page with its address; the hostile pages have no expected JSON, so they are listed here.
const pages = [
  ...listFixturePairs(FIXTURES).map((p) => ({ name: p.name, html: p.html, url: fixtureUrl(p.expected) })),
  ...['iherb-minimal', 'iherb-hostile'].map((n) => ({
    name: `hostile/${n}`,
    html: resolve(FIXTURES, `hostile/${n}.html`),
    url: 'https://www.iherb.com/pr/sample-labs-magnesium-glycinate/99999',
  })),
];

describe('a page extract reads like the whole page', () => {
  it.each(pages.map((p) => [p.name, p] as const))(
    '%s',
    (_name, { html: path, url }) => {
      const page = readFileSync(path, 'utf8');
      const adapter = adapterFor(new URL(url));
      expect(adapter).toBeDefined();
      const whole = snapshotFromDocument(doc(page), new URL(url));
      const html = extractPage(doc(page), adapter!.regions);
      expect(snapshotFromExtract({ url, html })).toEqual(whole);
      // And it is a small part of the page (the real iHerb page is 4 MB of markup).
      expect(html.length).toBeLessThan(Math.max(page.length / 4, 30_000));
    },
    30_000,
  );
});

describe('extractPage', () => {
  const page = doc(`<!doctype html><html><head>
    <script type="application/ld+json">{"@type":"Product","name":"LD name"}</script></head><body>
    <div id="a"><p class="x">one</p></div><p class="x">two</p><div id="b">b</div>
    <script>window.secret = 1</script></body></html>`);

  it('copies the listed regions once each (id-scoped ones as listed, then one walk) and nothing else', () => {
    expect(extractPage(page, ['#b', JSON_LD, '.x', '#a', '#missing']).split('\n')).toEqual([
      '<div id="b">b</div>',
      '<div id="a"><p class="x">one</p></div>', // its .x is not copied twice
      '<script type="application/ld+json">{"@type":"Product","name":"LD name"}</script>',
      '<p class="x">two</p>',
    ]);
    // A region holding one copied before replaces it: still once.
    expect(extractPage(page, [['#a .x'], '#a'])).toBe('<div id="a"><p class="x">one</p></div>');
  });

  it('uses the first alternative that finds anything, and scopes "#id rest" to that element', () => {
    expect(extractPage(page, [['#missing', '#a .x', '.x']])).toBe('<p class="x">one</p>');
    expect(extractPage(page, [['#missing', '.x']])).toBe('<p class="x">one</p>\n<p class="x">two</p>');
  });

  it('drops a region too large to be the right element', () => {
    const big = doc(`<div id="big">${'x'.repeat(MAX_REGION_CHARS)}</div><div id="small">ok</div>`);
    expect(extractPage(big, ['#big', '#small'])).toBe('<div id="small">ok</div>');
  });

  it('keeps page text as text: markup in a title is escaped in the copy and read back literally', () => {
    const hostile = doc('<h1 id="name">&lt;img src=x onerror=alert(1)&gt; Magnesium</h1>');
    const html = extractPage(hostile, ['#name']);
    expect(html).not.toContain('<img');
    const s = snapshotFromExtract({ url: 'https://www.iherb.com/pr/x/1', html });
    expect(s?.title).toBe('<img src=x onerror=alert(1)> Magnesium');
  });

  it("gives no snapshot for an address that is not a store's web page", () => {
    for (const url of ['not a url', 'javascript:alert(1)', 'file:///www.iherb.com/pr/x/1', 'https://example.com/pr/x/1']) {
      expect(snapshotFromExtract({ url, html: '<h1 id="name">Magnesium</h1>' })).toBeUndefined();
    }
  });
});
