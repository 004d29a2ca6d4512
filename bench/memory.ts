// Memory (issue 7): JS heap growth of a store page caused by the content script's analysis.
// Method: on a fresh load (page scripts off, as in bench/product.ts), force GC (CDP
// HeapProfiler.collectGarbage) and read JSHeapUsedSize (CDP Performance.getMetrics) three times:
//   baseline (page only) → after evaluating the analysis bundle (code + module data) → after one
//   snapshot + analyze whose JSON key is kept alive, as the content script keeps it.
// Growth = after-analysis − baseline; the ratio is growth / baseline heap of the same page.
import type { BrowserContext, CDPSession } from '@playwright/test';
import { PAGES, bundle, fixtureHtml, launchChromium, median, round, serveOnly, type BenchPage } from './common';

export interface MemoryResult {
  page: string;
  runs: number;
  baselineKB: number;
  /** Retained after the bundle was evaluated (code, catalogues, compiled patterns not yet). */
  bundleKB: number;
  /** Total growth after the analysis ran, GC forced. */
  growthKB: number;
  /** Median of per-run growth / baseline. */
  ratio: number;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage'); // a second pass frees what the first only finalised
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === 'JSHeapUsedSize');
  if (!m) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
  return m.value;
}

async function measure(
  context: BrowserContext,
  p: BenchPage,
  source: string,
): Promise<{ base: number; code: number; after: number }> {
  const page = await context.newPage();
  try {
    await page.goto(p.url, { waitUntil: 'load' });
    if (p.prepare) await page.evaluate(`${p.prepare}; void document.body.offsetHeight`); // shown and laid out, as live
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    const base = await heapUsed(cdp);
    await page.evaluate(source);
    const code = await heapUsed(cdp);
    await page.evaluate(() => void window.__maglensBench!());
    const after = await heapUsed(cdp);
    await cdp.detach();
    return { base, code, after };
  } finally {
    await page.close();
  }
}

export async function runMemory(options: { runs?: number } = {}): Promise<MemoryResult[]> {
  const runs = options.runs ?? 5;
  const source = await bundle('bench/page-entry.ts');
  const context = await launchChromium(false, { pageScripts: false });
  try {
    await serveOnly(context, new Map(PAGES.map((p) => [p.url, fixtureHtml(p.fixture)])));
    const out: MemoryResult[] = [];
    for (const p of PAGES) {
      const rows: { base: number; code: number; after: number }[] = [];
      for (let i = 0; i < runs; i++) rows.push(await measure(context, p, source));
      out.push({
        page: p.name,
        runs,
        baselineKB: round(median(rows.map((r) => r.base)) / 1024, 1),
        bundleKB: round(median(rows.map((r) => r.code - r.base)) / 1024, 1),
        growthKB: round(median(rows.map((r) => r.after - r.base)) / 1024, 1),
        ratio: round(median(rows.map((r) => (r.after - r.base) / r.base)), 4),
      });
    }
    return out;
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runMemory(), null, 1));
}
