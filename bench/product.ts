// Product page benchmark (issue 7): main-thread time of the product content script's work on a
// store page (extractProductPage: copy the adapter's regions' markup) against one
// `document.body.innerText` read of the same page, on a fresh load per run, in headless Chromium.
// The background's share (parse the copy, read it, analyse it) is timed too, for context: it runs
// in the extension's background, not on the page. The page is served at its real URL from the
// fixture; every other request is aborted.
import type { BrowserContext, Page } from '@playwright/test';
import { PAGES, bundle, fixtureHtml, launchChromium, median, round, serveOnly, type BenchPage } from './common';
import type { BenchTiming } from './page-entry';
import type { BackgroundTiming } from './background-entry';

/** The target: the content script costs the page at most half of one innerText read. */
export const TARGET_RATIO = 0.5;

export interface ProductPageResult {
  page: string;
  url: string;
  runs: number;
  /** Median ms of the content script's work (cold: first run on a fresh load). */
  contentMs: number;
  /**
   * Median ms of the same work run a third time on the same page: what is left when the fresh world's
   * first touches (first Location and Document calls, lazy compiling, the first regular expression:
   * 1–2 ms that do not depend on the page) are paid. It grows with what the script reads.
   */
  warmContentMs: number;
  /** warmContentMs / innerTextMs (medians): the share of the work that depends on the page. */
  warmRatio: number;
  /** Characters of markup the content script sends to the background. */
  extractChars: number;
  /** Median ms of one document.body.innerText read (after the content script, same load). */
  innerTextMs: number;
  innerTextChars: number;
  /**
   * contentMs / innerTextMs: the ratio of the two medians. Each run's own ratio is kept in perRun, but
   * their median is not the figure: the two timings of one load do not move together (per-run ratios
   * of one build spread 0.25–3× on this machine), so pairing them adds the noise of both.
   */
  ratio: number;
  target: number;
  pass: boolean;
  /** Median cold ms of the background's work on the extract: parse + adapter read, then analyze. */
  background: { readMs: number; analyzeMs: number };
  perRun: { contentMs: number; innerTextMs: number; ratio: number }[];
  containsMagnesium: boolean;
  elementalMgPerServing: number | null;
}

function readInnerText(): { ms: number; chars: number } {
  const t0 = performance.now();
  const text = document.body.innerText;
  const ms = performance.now() - t0;
  return { ms, chars: text.length };
}

async function freshPage(context: BrowserContext, p: BenchPage, source: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(p.url, { waitUntil: 'load' });
  if (p.prepare) await page.evaluate(`${p.prepare}; void document.body.offsetHeight`); // shown and laid out, as live
  await page.evaluate(source); // evaluate, not a <script>: not subject to the page's CSP
  return page;
}

async function benchPage(
  context: BrowserContext,
  p: BenchPage,
  sources: { page: string; background: string },
  runs: number,
): Promise<ProductPageResult> {
  const perRun: ProductPageResult['perRun'] = [];
  const warm: number[] = [];
  const background: BackgroundTiming[] = [];
  let chars = 0;
  let extractChars = 0;
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(context, p, sources.page);
    const t: BenchTiming = await page.evaluate(() => window.__maglensBench!());
    const it = await page.evaluate(readInnerText);
    warm.push(
      await page.evaluate(() => {
        window.__maglensBench!();
        return window.__maglensBench!().contentMs;
      }),
    );
    if (!t.extract) throw new Error(`${p.url}: the content script found no store product page`);
    await page.evaluate(sources.background);
    const b = await page.evaluate((extract) => window.__maglensBackground!(extract), t.extract);
    if (!b) throw new Error(`${p.url}: the background could not read the extract`);
    background.push(b);
    await page.close();
    chars = it.chars;
    extractChars = t.extractChars;
    perRun.push({ contentMs: round(t.contentMs, 3), innerTextMs: round(it.ms, 3), ratio: round(t.contentMs / it.ms, 3) });
  }
  const contentMs = median(perRun.map((r) => r.contentMs));
  const innerTextMs = median(perRun.map((r) => r.innerTextMs));
  const ratio = round(contentMs / innerTextMs, 3);
  return {
    page: p.name,
    url: p.url,
    runs,
    contentMs: round(contentMs, 3),
    warmContentMs: round(median(warm), 3),
    warmRatio: round(median(warm) / innerTextMs, 3),
    extractChars,
    innerTextMs: round(innerTextMs, 3),
    innerTextChars: chars,
    ratio,
    target: TARGET_RATIO,
    pass: ratio <= TARGET_RATIO,
    background: {
      readMs: round(median(background.map((b) => b.readMs)), 3),
      analyzeMs: round(median(background.map((b) => b.analyzeMs)), 3),
    },
    perRun,
    containsMagnesium: background.every((b) => b.containsMagnesium),
    elementalMgPerServing: background[0]?.elementalMgPerServing ?? null,
  };
}

export async function runProduct(options: { runs?: number } = {}): Promise<ProductPageResult[]> {
  const sources = { page: await bundle('bench/page-entry.ts'), background: await bundle('bench/background-entry.ts') };
  const context = await launchChromium(false, { pageScripts: false });
  try {
    await serveOnly(context, new Map(PAGES.map((p) => [p.url, fixtureHtml(p.fixture)])));
    const out: ProductPageResult[] = [];
    for (const p of PAGES) out.push(await benchPage(context, p, sources, options.runs ?? 11));
    return out;
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runProduct(), null, 1));
}
