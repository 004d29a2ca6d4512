// Listing badges without a browser (linkedom): the badge's wording and attributes as a table, the
// per-day rule, once-per-content marking, and the observer + slice queue on a saved listing page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzeTitle } from '../core/title';
import { badgeModel } from './badge-model';
import { titlePerDayMg } from './per-day';
import { renderBadge, BADGE_SELECTOR } from './badge';
import { CARD_MARK, processCard, removeListingBadges, startListingBadges } from './run';
import { createSliceQueue } from './scheduler';
import { hashText } from './hash';
import { LISTINGS } from '../stores/listings';
import type { ListingReader } from '../stores/listings';

const fixtureHtml = (path: string) => readFileSync(resolve(__dirname, '../../test/fixtures', path), 'utf8');
function page(html: string) {
  const parsed = parseHTML(html) as unknown as { document: Document; MutationObserver: typeof MutationObserver };
  // linkedom's MutationObserver stands in for the browser's; it only sees its own document.
  globalThis.MutationObserver = parsed.MutationObserver;
  return parsed;
}

describe('badge model from a title', () => {
  it.each([
    [
      'Brightfield Magnesium Glycinate 400mg – High Absorption – 180 Vegan Capsules',
      'glycinate',
      'higher',
      400,
      // As magnesium, 400 mg would take 2.8 g of the glycinate: it may weigh the salt.
      'Glycinate · higher · 56–400 mg Mg (title)',
    ],
    [
      'Sundown Magnesium Malate 1250 mg, 120 Tablets',
      'malate',
      'higher-limited-data',
      1250,
      // 8 g of malate would hold 1250 mg of magnesium: the figure weighs the salt.
      'Malate · higher (limited data) · 1250 mg salt ≈ 145–194 mg Mg (title)',
    ],
    ['Spring Valley Magnesium Oxide Tablets, 250 mg, 100 Count', 'oxide', 'lower', 250, 'Oxide · lower · 250 mg (title)'],
    [
      'Calmwell Magnesium Citrate & Magnesium Oxide 1000mg – 365 Tablets',
      'mixed',
      'lower',
      1000,
      'Mixed: citrate + oxide · lower · 1000 mg salt or blend (title)',
    ],
    [
      'Life Extension, Neuro-Mag, Magnesium L-Threonate, 90 Vegetarian Capsules',
      'threonate',
      'higher-limited-data',
      null,
      'L-threonate · higher (limited data)',
    ],
    [
      "Doctor's Best, High Absorption Magnesium, 100 mg, 240 Tablets",
      'unknown',
      'unknown',
      100,
      'Magnesium, form not named · tier unknown · 100 mg (title)',
    ],
    ['Life-flo, Pure Magnesium Oil, 8 fl oz (237 ml)', 'unknown', 'unknown', null, 'Topical · Magnesium, form not named'],
    [
      'Vitalbay Magnesium Taurate – 400 mg Magnesium per Day – 120 Capsules',
      'taurate',
      'higher-limited-data',
      400,
      'Taurate · higher (limited data) · 400 mg (title) · above 350 mg/day UL',
    ],
  ] as const)('%s', (title, form, tier, mg, text) => {
    const model = badgeModel(analyzeTitle(title), title)!;
    expect(model).toMatchObject({ form, tier, mg, text });
    expect(model.explanation).toContain('title');
    if (mg !== null) expect(model.explanation).toMatch(/not a verified elemental dose/);
  });

  it.each([
    'Anker 621 MagGo Power Bank, 5,000mAh Magnetic Portable Charger',
    'Sunvera Vitamin C 1000 mg with Rose Hips – Contains Magnesium Stearate – 250 Tablets',
    'NOW Foods, C-1000, 250 Tablets',
  ])('no badge for %s', (title) => {
    expect(badgeModel(analyzeTitle(title), title)).toBeNull();
  });
});

describe('upper-limit flag only for an unambiguous per-day amount', () => {
  it.each([
    ['Vitalbay Magnesium Taurate – 400 mg Magnesium per Day – 120 Capsules', 400],
    ['Rheinwerk Magnesium Kapseln – 400 mg Magnesium je Tagesdosis – 180 Kapseln', 400],
    ['Magnesium Glycinate 400mg – 180 Capsules', null], // salt or elemental, per what: unknown
    ['Magnesium Citrate 200 mg daily – 120 Tablets', null], // a salt weight, not magnesium itself
    ['Magnesium Oil Spray – 100 mg magnesium per day – 8 fl oz', null], // topical
  ] as const)('%s → %s', (title, perDay) => {
    expect(titlePerDayMg(title, analyzeTitle(title))).toBe(perDay);
  });

  it('no flag is shown without one', () => {
    const title = 'Nature Made Magnesium Oxide 400 mg, 100 Tablets';
    const model = badgeModel(analyzeTitle(title), title)!;
    expect(model.ul).toBeNull();
    expect(model.text).not.toMatch(/UL/);
  });
});

describe('badge element', () => {
  it('carries the testable attributes and keeps its text in a shadow root', () => {
    const { document } = page('<p></p>');
    const title = 'Brightfield Magnesium Glycinate 200mg – 180 Capsules';
    const host = renderBadge(document, badgeModel(analyzeTitle(title), title)!);
    expect(host.getAttribute('data-maglens')).toBe('badge');
    expect(host.getAttribute('data-form')).toBe('glycinate');
    expect(host.getAttribute('data-tier')).toBe('higher');
    expect(host.getAttribute('data-mg')).toBe('200');
    expect(host.getAttribute('tabindex')).toBe('0');
    expect(host.getAttribute('aria-label')).toMatch(
      /^MagLens: Glycinate · higher · 200 mg \(title\)\. MagLens read this from the product title only/,
    );
    expect(host.textContent).toBe(''); // nothing in the page's own tree
    expect(host.shadowRoot?.querySelector('.b')?.textContent).toBe('Glycinate · higher · 200 mg (title)');
    expect(host.shadowRoot?.querySelector('.tip')?.textContent).toMatch(/not a verified elemental dose/);
  });

  it('has no data-mg when the title states none, and puts hostile titles in as text', () => {
    const { document } = page('<p></p>');
    const title = 'Magnesium L-Threonate <img src=x onerror=alert(1)> 90 Capsules';
    const host = renderBadge(document, badgeModel(analyzeTitle(title), title)!);
    expect(host.hasAttribute('data-mg')).toBe(false);
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
  });
});

/** Runs a slice queue to the end synchronously enough for tests: yields are resolved promises. */
const instant = { yieldToPage: () => Promise.resolve() };
const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

function amazonPage() {
  const { document } = page(fixtureHtml('amazon/search-magnesium.html'));
  return document;
}

const AMAZON_EXPECTED = [
  { card: 1, form: 'glycinate', tier: 'higher', mg: '400' },
  { card: 4, form: 'oxide', tier: 'lower', mg: '500' },
  { card: 7, form: 'mixed', tier: 'lower', mg: '1000' },
  { card: 10, form: 'threonate', tier: 'higher-limited-data', mg: null },
  { card: 13, form: 'unknown', tier: 'unknown', mg: '100' },
  { card: 16, form: 'taurate', tier: 'higher-limited-data', mg: '400' },
];

describe('processing cards once per content', () => {
  const reader = LISTINGS.amazon!;

  it('exactly the magnesium cards get a badge, before the title, and every card is marked', () => {
    const doc = amazonPage();
    const cards = [...doc.querySelectorAll(reader.cardSelector)];
    for (const card of cards) processCard(card, reader, doc, analyzeTitle);
    const badged = cards.flatMap((card, i) => {
      const b = card.querySelector(BADGE_SELECTOR);
      return b
        ? [{ card: i, form: b.getAttribute('data-form'), tier: b.getAttribute('data-tier'), mg: b.getAttribute('data-mg') }]
        : [];
    });
    expect(badged).toEqual(AMAZON_EXPECTED);
    for (const card of cards) expect(card.getAttribute(CARD_MARK)).toMatch(/^[0-9a-z]+\+?$/);
    // The badge is the title block's first child (drawn above the title, out of the flow).
    const first = cards[1]!.querySelector('[data-cy="title-recipe"]')!;
    expect(first.firstElementChild?.getAttribute('data-maglens')).toBe('badge');
    expect(first.querySelector('h2')?.textContent).toMatch(/^Brightfield/);
  });

  it('analyses a card once; again only when its title changes, replacing the badge', () => {
    const doc = amazonPage();
    const card = doc.querySelectorAll(reader.cardSelector)[1]!;
    const analyze = vi.fn(analyzeTitle);
    expect(processCard(card, reader, doc, analyze)).toBe('badged');
    expect(processCard(card, reader, doc, analyze)).toBe('skipped');
    expect(processCard(card, reader, doc, analyze)).toBe('skipped');
    expect(analyze).toHaveBeenCalledTimes(1);

    card.querySelector('h2 span')!.textContent = 'Nature Made Magnesium Oxide 250 mg, 100 Tablets';
    expect(processCard(card, reader, doc, analyze)).toBe('badged');
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(card.querySelectorAll(BADGE_SELECTOR)).toHaveLength(1);
    expect(card.querySelector(BADGE_SELECTOR)?.getAttribute('data-form')).toBe('oxide');
    expect(card.getAttribute(CARD_MARK)).toBe(`${hashText('Nature Made Magnesium Oxide 250 mg, 100 Tablets')}+`);

    card.querySelector('h2 span')!.textContent = 'Anker Power Bank 10000mAh';
    expect(processCard(card, reader, doc, analyze)).toBe('none');
    expect(card.querySelector(BADGE_SELECTOR)).toBeNull();
  });

  it('puts a badge back when the page removed it, and replaces one copied by a cloned card', () => {
    const doc = amazonPage();
    const card = doc.querySelectorAll(reader.cardSelector)[1]!;
    const analyze = vi.fn(analyzeTitle);
    processCard(card, reader, doc, analyze);
    card.querySelector(BADGE_SELECTOR)!.remove();
    expect(processCard(card, reader, doc, analyze)).toBe('badged');

    const clone = card.cloneNode(true) as Element; // the copied host has no shadow root
    card.parentElement!.append(clone);
    expect(processCard(clone, reader, doc, analyze)).toBe('badged');
    expect(clone.querySelectorAll(BADGE_SELECTOR)).toHaveLength(1);
    expect(clone.querySelector(BADGE_SELECTOR)!.shadowRoot).not.toBeNull();
  });

  it('removeListingBadges takes every badge and mark off', () => {
    const doc = amazonPage();
    for (const card of doc.querySelectorAll(reader.cardSelector)) processCard(card, reader, doc, analyzeTitle);
    removeListingBadges(doc);
    expect(doc.querySelectorAll(BADGE_SELECTOR)).toHaveLength(0);
    expect(doc.querySelectorAll(`[${CARD_MARK}]`)).toHaveLength(0);
  });
});

describe('a run over a page: observer and slices', () => {
  async function run(path: string, reader: ListingReader, extra: Partial<Parameters<typeof startListingBadges>[0]> = {}) {
    const { document } = page(fixtureHtml(path));
    const controller = new AbortController();
    startListingBadges({ doc: document, reader, signal: controller.signal, scheduling: instant, ...extra });
    await flush();
    return { doc: document, controller };
  }

  it.each([
    ['amazon/search-magnesium.html', 'amazon', ['glycinate', 'oxide', 'mixed', 'threonate', 'unknown', 'taurate']],
    ['iherb/search-magnesium.html', 'iherb', ['citrate', 'glycinate', 'oxide', 'threonate', 'unknown', 'malate', 'unknown']],
    ['walmart/search-magnesium.html', 'walmart', ['glycinate', 'oxide', 'citrate']],
    ['target/search-magnesium.html', 'target', ['glycinate', 'oxide', 'citrate']],
  ] as const)('%s: badges on exactly the magnesium cards', async (path, store, forms) => {
    const { doc, controller } = await run(path, LISTINGS[store]!);
    expect([...doc.querySelectorAll(BADGE_SELECTOR)].map((b) => b.getAttribute('data-form'))).toEqual(forms);
    controller.abort();
  });

  it('cards added later get theirs; cards re-added unchanged are not analysed again', async () => {
    const analyze = vi.fn(analyzeTitle);
    const { doc, controller } = await run('amazon/search-magnesium.html', LISTINGS.amazon!, { analyzeTitle: analyze });
    expect(analyze).toHaveBeenCalledTimes(22);
    const slot = doc.querySelector('.s-main-slot')!;
    const template = doc.querySelectorAll(LISTINGS.amazon!.cardSelector)[0]!;
    const fresh = template.cloneNode(true) as Element;
    fresh.removeAttribute(CARD_MARK);
    fresh.setAttribute('data-asin', 'B0NEWMG001');
    fresh.querySelector('h2 span')!.textContent = 'Pure Magnesium Glycinate 120 mg, 90 Capsules';
    slot.append(fresh);
    await flush();
    expect(fresh.querySelector(BADGE_SELECTOR)?.getAttribute('data-form')).toBe('glycinate');
    expect(analyze).toHaveBeenCalledTimes(23);

    // Re-sorting moves existing cards: same content, so no new analysis and no second badge.
    const moved = doc.querySelectorAll(LISTINGS.amazon!.cardSelector)[1]!;
    slot.append(moved);
    await flush();
    expect(analyze).toHaveBeenCalledTimes(23);
    expect(moved.querySelectorAll(BADGE_SELECTOR)).toHaveLength(1);

    controller.abort();
    const late = fresh.cloneNode(true) as Element;
    late.setAttribute('data-asin', 'B0NEWMG002');
    slot.append(late);
    await flush();
    expect(analyze).toHaveBeenCalledTimes(23); // the observer stopped with the signal
  });

  it('slices respect the time budget and yield between them', async () => {
    let clock = 0;
    const slices: number[] = [];
    const yields = vi.fn(() => Promise.resolve());
    const controller = new AbortController();
    const processed: number[] = [];
    const queue = createSliceQueue<number>({
      signal: controller.signal,
      budgetMs: 8,
      now: () => clock,
      yieldToPage: yields,
      process: (n) => {
        clock += 3; // every item costs 3 ms
        processed.push(n);
      },
      onSlice: ({ items }) => slices.push(items),
    });
    queue.push([1, 2, 3, 4, 5, 6, 7, 2, 3]);
    await flush();
    expect(processed).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(slices).toEqual([3, 3, 1]); // 3 items reach 9 ms ≥ 8 ms
    expect(yields).toHaveBeenCalledTimes(3); // once before the first slice, then between slices
  });

  it('writes the badges of a pass in one slice of their own once the queue is dry', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const pending = [1, 2, 3];
    const queue = createSliceQueue<number>({
      signal: controller.signal,
      budgetMs: 1_000,
      yieldToPage: () => Promise.resolve(),
      process: (n) => log.push(`process ${n}`),
      flush: () => {
        log.push(`flush ${pending.splice(0).join(',')}`);
        return true;
      },
      onSlice: ({ items }) => log.push(`slice ${items}`),
      onIdle: () => log.push('idle'),
    });
    queue.push([1, 2, 3]);
    await flush();
    expect(log).toEqual(['process 1', 'process 2', 'process 3', 'slice 3', 'flush 1,2,3', 'slice 0', 'idle']);
  });
});
