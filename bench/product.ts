// Product page benchmark (issue 7): main-thread time of the content script's analysis
// (snapshotFromDocument + analyze, bundled from the same modules) against one
// `document.body.innerText` read of the same page, on a fresh load per run, in headless Chromium.
// The page is served at its real URL from the fixture; every other request is aborted.
import type { BrowserContext, Page } from '@playwright/test';
import { PAGES, bundle, fixtureHtml, launchChromium, median, round, serveOnly, type BenchPage } from './common';
import type { BenchBreakdown, BenchTiming } from './page-entry';

export const TARGET_RATIO = 0.5;

export interface ProductPageResult {
  page: string;
  url: string;
  runs: number;
  /** Median ms of snapshotFromDocument + analyze. */
  analysisMs: number;
  snapshotMs: number;
  analyzeMs: number;
  /** Median ms of a third analysis on the same page (warm JIT, compiled regexps): the floor, for context. */
  warmAnalysisMs: number;
  /** Median ms of one document.body.innerText read (after the analysis, same load). */
  innerTextMs: number;
  innerTextChars: number;
  /** Median of the per-run ratios analysis / innerText. */
  ratio: number;
  /** Median of per-run snapshot / innerText: the page's share since 6c453db moved analyze() to the background. */
  snapshotRatio: number;
  target: number;
  pass: boolean;
  /** Medians over separate fresh loads of each part of snapshotFromDocument, and of analyze. */
  breakdown: BenchBreakdown;
  perRun: { analysisMs: number; snapshotMs: number; innerTextMs: number; ratio: number }[];
  containsMagnesium: boolean;
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

async function benchPage(context: BrowserContext, p: BenchPage, source: string, runs: number, breakdownRuns: number): Promise<ProductPageResult> {
  const perRun: ProductPageResult['perRun'] = [];
  const timings: BenchTiming[] = [];
  const warmMs: number[] = [];
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(context, p, source);
    const t = await page.evaluate(() => window.__maglensBench!());
    const it = await page.evaluate(readInnerText);
    const warm = await page.evaluate(() => { window.__maglensBench!(); return window.__maglensBench!(); }); // 3rd run: regexps tier up on their 2nd
    await page.close();
    warmMs.push(warm.analysisMs);
    timings.push(t);
    chars = it.chars;
    perRun.push({ analysisMs: round(t.analysisMs, 3), snapshotMs: round(t.snapshotMs, 3), innerTextMs: round(it.ms, 3), ratio: round(t.analysisMs / it.ms, 3) });
  }
  const parts: BenchBreakdown[] = [];
  for (let i = 0; i < breakdownRuns; i++) {
    const page = await freshPage(context, p, source);
    parts.push(await page.evaluate(() => window.__maglensBreakdown!()));
    await page.close();
  }
  const m = (f: (b: BenchBreakdown) => number) => round(median(parts.map(f)), 3);
  const ratio = round(median(perRun.map((r) => r.ratio)), 3);
  return {
    page: p.name, url: p.url, runs,
    analysisMs: round(median(timings.map((t) => t.analysisMs)), 3),
    snapshotMs: round(median(timings.map((t) => t.snapshotMs)), 3),
    analyzeMs: round(median(timings.map((t) => t.analyzeMs)), 3),
    warmAnalysisMs: round(median(warmMs), 3),
    innerTextMs: round(median(perRun.map((r) => r.innerTextMs)), 3),
    innerTextChars: chars,
    ratio, snapshotRatio: round(median(perRun.map((r) => r.snapshotMs / r.innerTextMs)), 3), target: TARGET_RATIO, pass: ratio <= TARGET_RATIO,
    breakdown: {
      adapterReadMs: m((b) => b.adapterReadMs), jsonLdMs: m((b) => b.jsonLdMs),
      factsFromDocumentMs: m((b) => b.factsFromDocumentMs), analyzeMs: m((b) => b.analyzeMs),
    },
    perRun,
    containsMagnesium: timings.every((t) => t.containsMagnesium),
  };
}

export async function runProduct(options: { runs?: number; breakdownRuns?: number } = {}): Promise<ProductPageResult[]> {
  const source = await bundle('bench/page-entry.ts');
  const context = await launchChromium(false, { pageScripts: false });
  try {
    await serveOnly(context, new Map(PAGES.map((p) => [p.url, fixtureHtml(p.fixture)])));
    const out: ProductPageResult[] = [];
    for (const p of PAGES) out.push(await benchPage(context, p, source, options.runs ?? 7, options.breakdownRuns ?? 3));
    return out;
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runProduct(), null, 1));
}
