// Listing badges in real browsers: the saved Amazon and iHerb search pages (real markup, magnesium
// titles put into some cards) served at their real addresses; exactly the magnesium cards get a
// badge with the right form and tier, and cards appended later get theirs.
import { parseHTML } from 'linkedom';
import { test, expect, fixture } from './fixtures';
import type { PageView } from './driver';

const BADGE = '[data-maglens="badge"]';

interface Case {
  name: string;
  url: string;
  file: string;
  resultsSelector: string;
  cardSelector: string;
  expected: { form: string; tier: string; mg: string | null }[];
  /** Make a new card from the page's first card with this title. */
  newCard(html: string, title: string, n: number): string;
}

const CASES: Case[] = [
  {
    name: 'Amazon search',
    url: 'https://www.amazon.com/s?k=magnesium',
    file: 'amazon/search-magnesium.html',
    resultsSelector: '.s-main-slot',
    cardSelector: '[data-component-type="s-search-result"][data-asin]:not([data-asin=""])',
    expected: [
      { form: 'glycinate', tier: 'higher', mg: '400' },
      { form: 'oxide', tier: 'lower', mg: '500' },
      { form: 'mixed', tier: 'lower', mg: '1000' },
      { form: 'threonate', tier: 'higher-limited-data', mg: null },
      { form: 'unknown', tier: 'unknown', mg: '100' },
      { form: 'taurate', tier: 'higher-limited-data', mg: '400' },
    ],
    newCard(html, title, n) {
      const card = firstCard(html, this.cardSelector);
      card.setAttribute('data-asin', `B0LATEMG0${n}`);
      card.querySelector('h2 span')!.textContent = title;
      return card.outerHTML;
    },
  },
  {
    name: 'iHerb search',
    url: 'https://www.iherb.com/search?kw=magnesium',
    file: 'iherb/search-magnesium.html',
    resultsSelector: '.product-cells',
    cardSelector: '.product-cell-container',
    expected: [
      { form: 'citrate', tier: 'higher', mg: '200' },
      { form: 'glycinate', tier: 'higher', mg: '200' },
      { form: 'oxide', tier: 'lower', mg: '400' },
      { form: 'threonate', tier: 'higher-limited-data', mg: null },
      { form: 'unknown', tier: 'unknown', mg: '100' },
      { form: 'malate', tier: 'higher-limited-data', mg: '1250' },
      { form: 'unknown', tier: 'unknown', mg: null },
    ],
    newCard(html, title) {
      const card = firstCard(html, this.cardSelector);
      card.querySelector('.product-title bdi')!.textContent = title;
      return card.outerHTML;
    },
  },
];

function firstCard(html: string, selector: string): Element {
  const card = parseHTML(html).document.querySelector(selector);
  if (!card) throw new Error(`no card matches ${selector}`);
  return card as unknown as Element;
}

async function badges(page: PageView) {
  const [forms, tiers, mgs] = await Promise.all([
    page.attrs(BADGE, 'data-form'),
    page.attrs(BADGE, 'data-tier'),
    page.attrs(BADGE, 'data-mg'),
  ]);
  return forms.map((form, i) => ({ form, tier: tiers[i], mg: mgs[i] }));
}

for (const c of CASES) {
  test(`${c.name}: exactly the magnesium cards get badges, and cards loaded later get theirs`, async ({ driver }) => {
    const html = fixture(c.file);
    driver.serve(c.url, html);
    const page = await driver.open(c.url);

    await expect.poll(() => page.count(BADGE), { timeout: 15_000 }).toBe(c.expected.length);
    expect(await badges(page)).toEqual(c.expected);
    // Every card was looked at once (marked); badges sit inside cards, one per card at most.
    const cards = await page.count(c.cardSelector);
    expect(await page.count(`${c.cardSelector}[data-maglens-card]`)).toBe(cards);
    expect(await page.count(`${c.cardSelector}[data-maglens-card$="+"]`)).toBe(c.expected.length);
    expect(
      await page.evaluate(
        ({ card, badge }) =>
          [...document.querySelectorAll(badge)].every((b) => b.closest(card)?.querySelectorAll(badge).length === 1),
        { card: c.cardSelector, badge: BADGE },
      ),
    ).toBe(true);
    // Keyboard-reachable, text inside the shadow root only.
    expect(await page.attrs(BADGE, 'tabindex')).toEqual(c.expected.map(() => '0'));
    expect(
      await page.evaluate((badge) => {
        const host = document.querySelector(badge)!;
        return { light: host.textContent, shadow: host.shadowRoot?.textContent?.includes('(title)') ?? false };
      }, BADGE),
    ).toEqual({ light: '', shadow: true });

    // "Load more" / infinite scroll: two new cards, one magnesium, one not.
    await page.appendHtml(
      c.resultsSelector,
      c.newCard(html, 'Pure Encapsulations Magnesium Glycinate 120 mg, 180 Capsules', 1) +
        c.newCard(html, 'Anker Nano Power Bank 5000mAh', 2),
    );
    await expect.poll(() => page.count(BADGE), { timeout: 15_000 }).toBe(c.expected.length + 1);
    expect((await badges(page)).at(-1)).toEqual({ form: 'glycinate', tier: 'higher', mg: '120' });
    await expect.poll(() => page.count(`${c.cardSelector}[data-maglens-card]`)).toBe(cards + 2);

    // Badges move none of the cards' content: taking them all out changes no card's size or title place.
    const layout = () =>
      page.evaluate(
        (sel) =>
          [...document.querySelectorAll(sel)].map((card) => {
            const title = card.querySelector('h2, .product-title')?.getBoundingClientRect();
            return [Math.round(card.getBoundingClientRect().height), Math.round(title?.top ?? -1)];
          }),
        c.cardSelector,
      );
    const withBadges = await layout();
    await page.evaluate((badge) => document.querySelectorAll(badge).forEach((b) => b.remove()), BADGE);
    expect(await layout()).toEqual(withBadges);
  });
}
