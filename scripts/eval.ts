// `npm run eval`: how well MagLens reads real pages' text, scored against truth annotated by hand
// from each page (test/fixtures/pages/truth.jsonl; sources in SOURCES.md beside it). Every page goes
// through the same path as `npm run analyze -- page.txt --url <address>`.
//   npx tsx scripts/eval.ts            the table, per category and overall, and every miss
//   npx tsx scripts/eval.ts --check    also writes test-results/eval-gates.json: npm test counts each gate
//   npx tsx scripts/eval.ts --dir D    another set in the same layout (a held-out set, say)
//   npx tsx scripts/eval.ts --layouts  the same pages laid out as other pages and pastes print them
//                                      (cells on their own lines, list markers, …): a reader tuned
//                                      to one layout shows it here (--only <text>: only the layouts
//                                      whose name holds it)
// A "confident wrong" figure is a single value (not a range, not the title's figure) more than 5% off
// the truth, or a single value where the page states none. It must stay at zero. A daily amount
// MagLens marks as assumed (one serving a day, no directions found) counts as "not stated".
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { analyzeTitle } from '../src/core/title';
import type { Analysis } from '../src/core/schema';
import { snapshotFromText } from '../src/stores/registry';
import { reportGates } from './eval-gates';

interface Range {
  min: number;
  max: number;
}
interface Truth {
  file: string;
  url: string;
  language: string;
  category: string;
  kind: Analysis['kind'];
  forms: string[];
  /** As the label prints it ("2 capsules"); not scored. */
  servingSize?: string | null;
  elementalMgPerServing: Range | null;
  elementalMgPerDay: Range | null;
}

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const DIR = resolve(dirFlag >= 0 ? args[dirFlag + 1]! : 'test/fixtures/pages');
const CHECK = args.includes('--check');
const LAYOUTS = args.includes('--layouts');
/** `--layouts --only "own lines"`: the layouts whose name holds that text. */
const onlyFlag = args.indexOf('--only');
const ONLY = onlyFlag >= 0 ? args[onlyFlag + 1]! : '';

/** The page's text as other layouts of the same page give it. */
const RELAYOUTS: Record<string, (text: string) => string> = {
  'cells on their own lines': (t) => t.replace(/\t+/g, '\n'),
  'cells run together': (t) => t.replace(/\t+/g, ' '),
  'runs of spaces as tabs': (t) => t.replace(/ {2,}/g, '\t'),
  'non-breaking spaces': (t) => t.replace(/ /g, '\u00a0'),
  'CRLF and blank lines': (t) => t.replace(/\n/g, '\r\n\r\n'),
  'a list marker on each line': (t) => t.replace(/^(?=\S)/gm, '• '),
  'upper case': (t) => t.toUpperCase(),
  'reviews and Q&A after it': (t) => `${t}\n${NOISE.reviews}`,
  'other products after it': (t) => `${t}\n${NOISE.carousel}`,
  'a site menu above, a footer below': (t) => `${NOISE.menu}\n${t}\n${NOISE.footer}`,
  'an announcement bar above it': (t) => `${NOISE.announcements}\n${t}`,
  'other products, then the description': (t) => t.replace(/\n/, `\n${NOISE.carousel}\nProduct description\n`),
  "inside a real Amazon page's text": (t) => `${AMAZON.top}\n${t}\n${AMAZON.bottom}`,
  "inside a real iHerb page's text": (t) => `${IHERB.top}\n${t}\n${IHERB.bottom}`,
  "inside a real Walmart page's text": (t) => `${WALMART.top}\n${t}\n${WALMART.bottom}`,
};

/**
 * A real store page's visible text around its product (rendered by scripts/fixtures/visible-text.ts from
 * test/corpus/): the lines above the product (`top` stops where the product's own block starts) and below
 * its text (`bottom` starts at the first carousel after it). Not the product's buy box or breadcrumb.
 */
function storeChrome(file: string, topEnd: string, bottomStart: string): { top: string; bottom: string } {
  const lines = readFileSync(resolve('test/fixtures/pages', file), 'utf8').split('\n');
  const end = lines.findIndex((l) => l.startsWith(topEnd));
  const start = lines.findIndex((l) => l.startsWith(bottomStart));
  if (end < 0 || start < 0) throw new Error(`${file}: its chrome's markers are gone`);
  return { top: lines.slice(0, end).join('\n'), bottom: lines.slice(start).join('\n') };
}
/** Amazon: 140 lines of skip links, shortcuts and menus; sponsored carousels, charger reviews, footer. */
const AMAZON = storeChrome(
  'full-amazon-portable-charger.txt',
  'Product summary presents key product information',
  '› See more product details',
);
/** iHerb: banners, menus and breadcrumbs; similar items, other multivitamins, reviews, footer. */
const IHERB = storeChrome('full-iherb-two-a-day-multivitamin.txt', 'Deals - 30% off!', 'Similar items to consider');
/** Walmart: its header; a sponsored tile with its own "Add to cart", the feedback prompt and footer. */
const WALMART = storeChrome('full-walmart-whole-milk.txt', 'Hero image 0 of', '2K+ bought since yesterday Organic Valley');

/**
 * What real product pages print around the product (written for this eval, in the shape of a large
 * marketplace's listing): shoppers' reviews and questions with their own doses, and other products
 * with their own figures. None of it is the product's dose.
 */
const NOISE = {
  reviews: [
    'Customer reviews',
    '4.5 out of 5 stars',
    '12,408 global ratings',
    'Top reviews',
    'Sleeping better',
    'Reviewed on 3 March 2025. My doctor told me to take 400 mg of magnesium a day, so I take 2 of these with dinner plus a 200 mg citrate in the morning. Sleeping better.',
    'Gentle on the stomach',
    'Reviewed on 9 January 2025. Oxide at 500 mg gave me cramps; this one is fine even at 3 capsules.',
    'Customer questions & answers',
    'Question: How much elemental magnesium is in one capsule?',
    'Answer: I believe it is about 100mg per capsule, check the label.',
    'Question: Can I take 4 a day?',
    'Answer: The upper limit from supplements is 350 mg per day for adults.',
  ].join('\n'),
  menu: [
    'We use cookies to give you the best experience. Accept all cookies',
    'Free UK delivery on orders over £25',
    'Sign in',
    'Basket (0)',
    'Vitamins & Supplements',
    'Vitamins',
    'Minerals',
    'Magnesium',
    'Zinc',
    'Iron',
    'Sleep & Relaxation',
    'Sports Nutrition',
    'Protein Powders',
    'Beauty',
    'Brands',
    'Offers',
    'Home > Vitamins & Supplements > Minerals > Magnesium',
  ].join('\n'),
  announcements: ['Free shipping on orders over $35', '30-day money-back guarantee'].join('\n'),
  footer: [
    'Sign up to our newsletter for 10% off your first order',
    'Customer service',
    'Delivery & returns',
    'Contact us',
    'Privacy policy',
    'Terms & conditions',
    '© 2025 Example Health Ltd. Registered in England No. 01234567',
  ].join('\n'),
  carousel: [
    'Customers who viewed this item also viewed',
    'Magnesium Glycinate 400mg, 180 Capsules',
    '4.6 out of 5 stars 8,214',
    '$19.99 ($0.11/Count)',
    'Triple Magnesium Complex 400 mg (Oxide, Citrate, Aspartate) 100 Capsules',
    '$14.49',
    'Magnesium Citrate Powder 350 mg per serving, Unflavoured 226 g',
    '$12.95',
  ].join('\n'),
};

/**
 * The gates, a little under the figures measured on this set (percent of the pages each metric
 * applies to): a regression fails CI. Confident wrong figures are counted, not a percentage.
 */
const GATES = {
  // measured 96.0 / 91.0 / 93.7 on the 1909 pages (2026-12-04, after the held-out part T105, 9 pages, 2 products); 96.0 / 91.1 / 93.7 on the 1900 before it (after the held-out parts T103 and T104, 10 pages, 5 products); 95.9 / 91.1 / 93.7 on the 1890 before them (after the held-out parts T100 to T102, 27 pages, 12 products); 96.2 / 90.9 / 93.6 on the 1864 before them (after the held-out part T99, 12 pages, 1 product); 96.2 / 90.9 / 93.6 on the 1852 before it (after the held-out part T98, 11 pages, 3 products); 96.2 / 90.9 / 93.6 on the 1841 before it (after the held-out part T97, 7 pages, no product); 96.2 / 90.9 / 93.6 on the 1834 before it (after the held-out parts T95 and T96, 31 pages, no product); 96.2 / 90.9 / 93.6 on the 1803 before them (after the held-out parts T93 and T94, 33 pages); 96.2 / 90.9 / 93.5 on the 1770 before them (after the held-out parts T91 and T92, 27 pages); 96.2 / 91.0 / 93.5 on the 1743 before them (after the held-out parts T89 and T90, 41 pages); 96.2 / 90.9 / 93.7 on the 1702 before them (after the held-out parts T87 and T88, 23 pages); 96.2 / 90.8 / 93.7 on the 1679 before them (after the held-out part T86, 8 pages); 96.3 / 90.8 / 93.8 on the 1671 before it (after the held-out parts T84 and T85, 36 pages); 96.3 / 90.7 / 93.8 on the 1635 before them (after the held-out parts T82 and T83, 31 pages); 96.3 / 90.6 / 93.7 on the 1604 before them (after the held-out parts T80 and T81, 15 DSLD labels); 96.2 / 90.6 /
  // 93.9 on the 1589 before it (after the held-out part T79, 11 pages); 96.1 / 90.6 /
  // 93.8 on the 1578 before it (after the held-out parts T77 and T78, 37 pages: seven of
  // T78's twelve listings are named with their amount only, a title's claim the eval counts as not stated, so the gate on
  // mg per serving went from 91 to 90); 96.0 / 91.3 / 93.7 on the 1541 before them (after parts T75 and T76, 39 pages, kept
  // aside a session; the same on the 1502 before those, after parts T71 to T74, 49 pages; 95.9 / 91.6 / 93.8 on the 1466 before the last two); 95.9 / 91.7 / 93.9 on the 1453 before them (after parts T65 to T70, 100 pages; 95.8 / 92.1 / 94.2 on the 1419 before the last two); 95.8 / 92.0 / 94.2 on the 1353 before them, after parts T57 to T64 (175 pages, most of their
  // misses leaflets and drug-database pages whose copy stops before the dose); 95.7 / 92.6 / 94.8 on the
  // 1178 before those, 96.0 / 94.0 / 95.0 on the 1062 before those); negatives and topicals must all stay
  // right (the last topical, a Vietnamese "Magne Oil" spray of part T27, since magnesium's shop name
  // "Magne"). Products read as products: 91.4 (91.3 before T86, 91.2 before T84 and T85, 91.2 before T82 and T83, 91.1 before T80 and T81; 90.8 when T79 was added, before a record's price row counted; 91.1 before T79, 91.0 before T77 and T78, 91.2 before T75 and T76, 91.3 before T71 to T74; 88.2 before the signs of one product's page a shop or a
  // drug database prints were read: a pack in abbreviations, a SKU or NPN, a record's key rows; most misses
  // left are shop pages stored without their price or cart, and drug leaflets and FAQs about one product)
  forms: 95,
  mgPerServing: 90,
  mgPerDay: 93,
  product: 88,
  topical: 100,
  negatives: 100,
  maxConfidentWrong: 0,
};

const TOLERANCE = 0.05;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(b), 1);
}

/** The reported range matches the truth's ends within 5%; null matches null. */
function sameAmount(got: Range | null, want: Range | null): boolean {
  if (!want) return got === null;
  return !!got && close(got.min, want.min) && close(got.max, want.max);
}

/** A single value that is off the truth by more than 5%, or where the truth has none. */
function confidentWrong(got: Range | null, want: Range | null, fromTitle: boolean): boolean {
  if (!got || fromTitle || got.min !== got.max) return false;
  if (!want) return true;
  return got.min < want.min * (1 - TOLERANCE) || got.max > want.max * (1 + TOLERANCE);
}

interface Row {
  truth: Truth;
  analysis: Analysis;
  checks: Partial<Record<'forms' | 'mgPerServing' | 'mgPerDay' | 'product' | 'topical' | 'negatives', boolean>>;
  confidentWrong: string[];
}

/**
 * The daily amount as the page states it: where the directions are missing MagLens assumes one
 * serving a day and says so (servingsPerDay.source "assumed-one"); that is "not stated" here.
 */
function statedPerDay(a: Analysis): Range | null {
  return a.servingsPerDay?.source === 'assumed-one' ? null : a.elementalMgPerDay;
}

function score(truth: Truth, relayout: (text: string) => string = (t) => t): Row {
  const text = relayout(readFileSync(resolve(DIR, truth.file), 'utf8'));
  // A record with no web address (a repository file the search index named only by its id) is read as pasted text.
  const analysis = analyze(snapshotFromText(text, URL.canParse(truth.url) ? new URL(truth.url) : null));
  const checks: Row['checks'] = {};
  const isProduct = truth.kind === 'magnesium-supplement' || truth.kind === 'multi-nutrient';
  if (isProduct) {
    const got = [...new Set(analysis.forms.map((f) => f.id))].sort().join(',');
    checks.forms = got === [...truth.forms].sort().join(',');
    const perServing = analysis.elementalMgPerServing;
    checks.mgPerServing = sameAmount(
      perServing && perServing.basis === 'from-title' ? null : perServing,
      truth.elementalMgPerServing,
    );
    checks.mgPerDay = sameAmount(statedPerDay(analysis), truth.elementalMgPerDay);
    // Read as a product taken by mouth, not as "not a product page" or a topical. (Whether it is a
    // magnesium supplement or a multi-nutrient is not scored: a second nutrient's weight is a judgement.)
    checks.product = analysis.kind === 'magnesium-supplement' || analysis.kind === 'multi-nutrient';
  }
  if (truth.kind === 'topical') checks.topical = analysis.kind === 'topical';
  if (truth.kind === 'not-a-supplement')
    checks.negatives = analysis.kind === 'not-a-supplement' && analysis.elementalMgPerDay === null;
  const wrong: string[] = [];
  if (isProduct) {
    const s = analysis.elementalMgPerServing;
    if (confidentWrong(s, truth.elementalMgPerServing, s?.basis === 'from-title')) wrong.push('mg per serving');
    if (confidentWrong(statedPerDay(analysis), truth.elementalMgPerDay, false)) wrong.push('mg per day');
  } else if (analysis.elementalMgPerDay && analysis.elementalMgPerDay.min === analysis.elementalMgPerDay.max) {
    wrong.push('a daily dose on a page that is not an oral supplement');
  }
  return { truth, analysis, checks, confidentWrong: wrong };
}

type Metric = keyof Row['checks'];
const METRICS: Metric[] = ['forms', 'mgPerServing', 'mgPerDay', 'product', 'topical', 'negatives'];

function pct(rows: Row[], metric: Metric): { right: number; of: number; pct: number | null } {
  const applicable = rows.filter((r) => r.checks[metric] !== undefined);
  const right = applicable.filter((r) => r.checks[metric]).length;
  return { right, of: applicable.length, pct: applicable.length ? Math.round((1000 * right) / applicable.length) / 10 : null };
}

function fmt(range: Range | null | undefined): string {
  if (!range) return 'null';
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

function main(): void {
  const truthPath = resolve(DIR, 'truth.jsonl');
  if (!existsSync(truthPath)) throw new Error(`${truthPath} is missing`);
  const truths = readFileSync(truthPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Truth);
  const rows = truths.map((t) => score(t));
  if (LAYOUTS) {
    printLayouts(truths, rows);
    return;
  }

  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r.truth.category, [...(groups.get(r.truth.category) ?? []), r]);
  const table = [...[...groups.entries()].sort(([a], [b]) => a.localeCompare(b)), ['overall', rows] as const];
  console.log(`MagLens page-text eval: ${rows.length} pages in ${DIR}\n`);
  console.log(['category'.padEnd(14), 'pages', ...METRICS.map((m) => m.padStart(14)), 'conf. wrong'.padStart(12)].join(' '));
  for (const [name, list] of table) {
    const cells = METRICS.map((m) => {
      const p = pct(list, m);
      return (p.of ? `${p.right}/${p.of} ${p.pct}%` : '—').padStart(14);
    });
    const wrong = list.filter((r) => r.confidentWrong.length).length;
    console.log([name.padEnd(14), String(list.length).padStart(5), ...cells, String(wrong).padStart(12)].join(' '));
  }

  printTitleClaims(rows);

  console.log('\nMisses:');
  for (const r of rows) {
    const failed = METRICS.filter((m) => r.checks[m] === false);
    if (!failed.length && !r.confidentWrong.length) continue;
    const a = r.analysis;
    const parts = failed.map((m) => {
      if (m === 'forms') return `forms [${a.forms.map((f) => f.id).join(',')}] want [${r.truth.forms.join(',')}]`;
      if (m === 'mgPerServing')
        return `per serving ${fmt(a.elementalMgPerServing)}${a.elementalMgPerServing ? ` (${a.elementalMgPerServing.basis})` : ''} want ${fmt(r.truth.elementalMgPerServing)}`;
      if (m === 'mgPerDay') return `per day ${fmt(a.elementalMgPerDay)} want ${fmt(r.truth.elementalMgPerDay)}`;
      return `kind ${a.kind} want ${r.truth.kind}`;
    });
    if (r.confidentWrong.length) parts.unshift(`CONFIDENT WRONG (${r.confidentWrong.join(', ')})`);
    console.log(`- ${r.truth.file}: ${parts.join('; ')}`);
  }

  const overall = Object.fromEntries(METRICS.map((m) => [m, pct(rows, m).pct ?? 100])) as Record<Metric, number>;
  const confident = rows.filter((r) => r.confidentWrong.length).length;
  const { maxConfidentWrong, ...floors } = GATES;
  reportGates(
    'page-text eval',
    floors,
    overall,
    { count: confident, max: maxConfidentWrong },
    CHECK ? { file: 'eval-gates.json' } : null,
  );
}

/** A reported range that holds the truth's (its ends within 5% outside the truth's, or wider). */
function holdsRange(got: Range | null, want: Range): boolean {
  return !!got && got.min <= want.min * (1 + TOLERANCE) && got.max >= want.max * (1 - TOLERANCE);
}

/**
 * The products whose only figure is the title's: the eval scores that claim as "not stated", so how
 * well MagLens reads a title's figure is shown apart: where the truth has a figure for the product,
 * does the claim match it, or is it a range that holds it?
 */
function printTitleClaims(rows: Row[]): void {
  const claims = rows.filter(
    (r) => r.checks.mgPerServing !== undefined && r.analysis.elementalMgPerServing?.basis === 'from-title',
  );
  const judged = claims.filter((r) => r.truth.elementalMgPerServing);
  const match = judged.filter((r) => sameAmount(r.analysis.elementalMgPerServing, r.truth.elementalMgPerServing));
  const holds = judged.filter(
    (r) => !match.includes(r) && holdsRange(r.analysis.elementalMgPerServing, r.truth.elementalMgPerServing!),
  );
  console.log(
    `\nTitle claims (scored above as not stated): ${claims.length} products; of the ${judged.length} the truth gives a figure, ${match.length} match it, ${holds.length} are a range that holds it, ${judged.length - match.length - holds.length} miss it.`,
  );
  // Every product whose title prints a figure and whose truth has one: what the title's figure says
  // of magnesium (the figure, the salt's magnesium, a range, or nothing) against the label, per
  // serving or per unit of the serving.
  let withFigure = 0;
  let held = 0;
  let printedHeld = 0;
  for (const r of rows) {
    const want = r.truth.elementalMgPerServing;
    const claim = r.checks.mgPerServing !== undefined && want ? analyzeTitle(r.analysis.title ?? '').mgClaim : null;
    if (!claim || !want) continue;
    const units = Number(/^\s*(\d+)/.exec(r.truth.servingSize ?? '')?.[1] ?? 1) || 1;
    const wants = [want, { min: want.min / units, max: want.max / units }];
    const holdsWant = (m: Range | null) => wants.some((w) => holdsRange(m, w));
    withFigure += 1;
    if (holdsWant(claim.magnesium)) held += 1;
    if (holdsWant({ min: claim.mg, max: claim.mg })) printedHeld += 1;
  }
  console.log(
    `Titles that print a figure, against the label's figure (per serving or per unit): ${withFigure} products; what MagLens reads the figure to say of magnesium holds it in ${held}, the figure as printed in ${printedHeld}.`,
  );
}

/** Each relayout's overall figures beside the page's own, and the pages whose reading changed. */
function printLayouts(truths: Truth[], rows: Row[]): void {
  const line = (name: string, list: Row[]) =>
    [
      name.padEnd(38),
      ...METRICS.map((m) => `${pct(list, m).pct ?? '—'}`.padStart(13)),
      String(list.filter((r) => r.confidentWrong.length).length).padStart(12),
    ].join(' ');
  const reading = (r: Row) =>
    JSON.stringify([r.analysis.kind, fmt(r.analysis.elementalMgPerServing), fmt(r.analysis.elementalMgPerDay)]);
  console.log(['layout'.padEnd(38), ...METRICS.map((m) => m.padStart(13)), 'conf. wrong'.padStart(12)].join(' '));
  console.log(line('as written', rows));
  for (const [name, relayout] of Object.entries(RELAYOUTS)) {
    if (!name.includes(ONLY)) continue;
    const moved = truths.map((t) => score(t, relayout));
    console.log(line(name, moved));
    moved.forEach((r, i) => {
      if (reading(r) !== reading(rows[i]!) || r.confidentWrong.length)
        console.log(
          `    ${r.truth.file}: ${reading(rows[i]!)} -> ${reading(r)}${r.confidentWrong.length ? ' CONFIDENT WRONG' : ''}`,
        );
    });
  }
}

main();
