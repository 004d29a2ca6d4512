// `npm run bench`: every benchmark of issue 7 in one go, one after another (never two browsers at
// once on 2 cores), in real headless Chromium. Writes bench/results/bench.json and prints one table.
// Each figure is a ratio measured side by side in one run; medians over several runs.
// With --check (npm test runs it so), each gate below is a test: bench/results/gates.json lists them
// and the exit code is 1 when one fails.
//   npx tsx bench/run.ts [--runs N] [--check]
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CHROME_OUTPUT, ROOT, round } from './common';
import { BUDGETS, bundleSizes, kb, type BundleSizes } from './sizes';
import { runProduct, TARGET_RATIO, type ProductPageResult } from './product';
import { runPopup, type PopupResult } from './popup';
import { runMemory, type MemoryResult } from './memory';
import { runListing } from './listing';
import { runOcr, type OcrBenchResult } from './ocr';
import { runHostile, SCALE, type HostileResult } from './hostile';

type ListingResult = Awaited<ReturnType<typeof runListing>>;

const RESULTS = resolve(ROOT, 'bench/results');

/**
 * What every CI run checks. Each is a ratio (or a limit) from one run on this machine, set with room
 * for its noise, so that a change that loses the property fails, not one that meets the median. With
 * --check, a benchmark whose gate fails is measured once more before the failure counts.
 * - product: the content script's share of one innerText read (ratio of 11-run medians), cold (a fresh
 *   load, as a page pays it) and warm (the same work again: the part that depends on the page), and
 *   the markup it copies. Target TARGET_RATIO (0.5×): see GATES for which figure carries it.
 * - popup: opening the popup to its first screen rendered (from the stored result), against opening an
 *   empty Preact page the same way (an extension page in a tab; bench/popup.ts). Target 1.5×, gate 2×.
 * - memory: JS heap the content script leaves on a page, GC forced.
 * - listing: issue 6's limits: no badge slice over 50 ms; badges cost the page less than bare elements.
 * - hostile: the background's reader on pathological text (runs of spaces, a dot leader, a title of
 *   digits) at one size and at SCALE times it: linear grows about SCALE×, quadratic SCALE²×.
 */
/** Issue 13's target for the popup; the gate (GATES.popupRatio) leaves room for this machine's noise. */
const POPUP_TARGET = 1.5;

export const GATES = {
  // Issue 7's target is 0.5× of one innerText read. Chromium 156.0.8078.108 reads these pages' innerText
  // in 2–5 ms, and the content script's cold read takes 3–5 ms, 1–2 ms of it a fresh world's first
  // touches that do not depend on the page. The cold ratio of 11-run medians of one build measured
  // 0.68–1.8× with the machine idle (both sides move by 2–3 ms between browser launches), so it
  // cannot carry the target: it is gated loosely (a script that adds a text walk of the page doubles
  // it). The warm run, the part that grows with what the script reads, meets the target (0.05–0.44×
  // measured; the iHerb page's is 0.5–1 ms, near the timer's 0.1 ms steps): its gate leaves room for
  // that noise and still fails a script that reads the page's text once (≥ 1×). The markup copied is
  // gated exactly (extractKB).
  productRatio: 2.5,
  productWarmRatio: 0.75,
  // The markup the content script copies and sends, per page (17.6 KB and 11.5 KB now): a region that
  // grows to the whole page, or a selector that starts matching the carousels, fails here on any machine.
  extractKB: 48,
  // Issue 13's gate. The baseline is the empty Preact page as an extension page, opened as the popup is
  // (before, a data: URL: that left every extension page's own start-up, 20–40 ms here, in the
  // popup's share). The popup is one script with nothing before it (wxt.config.ts drops WXT's empty
  // plugin loader) and renders from storage: medians 1.2–1.55× measured with the machine busy (load
  // 5–8); against the data: URL page the same runs are 1.4–2.1×, and bench/popup.ts still reports it.
  popupRatio: 2,
  memoryGrowthKB: 512,
  // Issue 12 aims at 1.5 s for a warm read of one label: a clean CI run measured 0.67 s for the Amazon
  // panel (first use 1.6 s) and 3.2 s for a 30-row multi-nutrient panel (bench/ocr.ts). The gate leaves
  // room for a busy machine and catches a slower engine or a preparation that enlarges more.
  ocrWarmMs: 3_000,
  listingSliceMs: 50,
  listingRatio: 1,
  // Linear reading grows 1–2.5× here where the reader caps what it keeps, and up to 4× where it rewrites the whole
  // text first (Arabic label words, 3.5–3.7× on a quiet machine, 4.1× measured twice in a clean CI run on a busy one);
  // a pattern that backtracks grows 5–16×, quadratic 16×. The gate sits between the two, above a linear read's noise.
  hostileGrowth: 5,
} as const;

interface Gate {
  /** The benchmark it comes from: a failed gate re-runs that benchmark once. */
  bench: 'product' | 'popup' | 'memory' | 'listing' | 'ocr' | 'hostile';
  name: string;
  measured: number;
  limit: number;
  pass: boolean;
}

function gatesOf(
  product: ProductPageResult[],
  popup: PopupResult,
  memory: MemoryResult[],
  listing: ListingResult,
  ocr: OcrBenchResult[],
  hostile: HostileResult[],
): Gate[] {
  const gate = (bench: Gate['bench'], name: string, measured: number, limit: number): Gate => ({
    bench,
    name,
    measured,
    limit,
    pass: measured <= limit,
  });
  return [
    ...product.map((p) => gate('product', `content script ÷ innerText: ${p.page}`, p.ratio, GATES.productRatio)),
    ...product.map((p) => gate('product', `content script, warm ÷ innerText: ${p.page}`, p.warmRatio, GATES.productWarmRatio)),
    ...product.map((p) =>
      gate('product', `markup copied by the content script (KB): ${p.page}`, round(p.extractChars / 1024, 1), GATES.extractKB),
    ),
    gate('popup', 'popup ÷ empty Preact page', popup.ratio, GATES.popupRatio),
    ...memory.map((m) => gate('memory', `heap left by the content script (KB): ${m.page}`, m.growthKB, GATES.memoryGrowthKB)),
    gate('listing', 'listing: longest badge slice (ms)', listing.worstLongestSliceMs, GATES.listingSliceMs),
    gate('listing', 'listing: badges ÷ bare elements', listing.medians.ratioBadgeToBare, GATES.listingRatio),
    gate('ocr', `OCR warm read (ms): ${ocr[0]!.label}`, ocr[0]!.warmMedianMs, GATES.ocrWarmMs),
    ...hostile.map((h) => gate('hostile', `hostile text, ×${SCALE} longer: ${h.case} (growth)`, h.growth, GATES.hostileGrowth)),
  ];
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** Builds the Chrome extension when .output/chrome-mv3 is missing or older than its sources (never deletes .output). */
function ensureBuild(): string | null {
  const manifest = join(CHROME_OUTPUT, 'manifest.json');
  const sources = ['src', 'entrypoints', 'assets', 'public', 'wxt.config.ts'].map((p) => resolve(ROOT, p)).filter(existsSync);
  const stale = !existsSync(manifest) || Math.max(...sources.map(newestMtime)) > statSync(manifest).mtimeMs;
  if (!stale) return null;
  console.log('.output/chrome-mv3 is missing or older than the sources: npx wxt build …');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    return 'rebuilt .output/chrome-mv3 (npx wxt build) before measuring';
  } catch (error) {
    const out = error as { stdout?: Buffer; stderr?: Buffer };
    const why = `${out.stderr ?? ''}${out.stdout ?? ''}`
      .split('\n')
      .filter((l) => /error/i.test(l))
      .slice(0, 3)
      .join(' / ');
    if (!existsSync(manifest)) throw new Error(`npx wxt build failed and there is no earlier build: ${why}`);
    console.log(`npx wxt build failed (${why || 'see npx wxt build'}): measuring the existing, older build`);
    return `npx wxt build failed (${why}); measured the existing .output/chrome-mv3, which is older than the sources`;
  }
}

const CHECK = process.argv.includes('--check');

function argRuns(): number | undefined {
  const i = process.argv.indexOf('--runs');
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

type Row = [string, string, string, string, string, string];

function table(rows: Row[]): string {
  const head: Row = ['benchmark', 'measured', 'side by side (same run)', 'ratio', 'target', 'result'];
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: Row) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function rowsOf(
  product: ProductPageResult[],
  popup: PopupResult,
  memory: MemoryResult[],
  sizes: BundleSizes,
  ocr: OcrBenchResult[],
  hostile: HostileResult[],
): Row[] {
  const rows: Row[] = [];
  for (const p of product) {
    rows.push([
      `content script: ${p.page}`,
      `${p.contentMs} ms (warm ${p.warmContentMs}, ${p.warmRatio}×; sends ${kb(p.extractChars)})`,
      `innerText ${p.innerTextMs} ms (${p.innerTextChars} chars)`,
      `${p.ratio}×`,
      `≤ ${TARGET_RATIO}× (gates: cold ${GATES.productRatio}×, warm ${GATES.productWarmRatio}×)`,
      p.ratio > GATES.productRatio || p.warmRatio > GATES.productWarmRatio ? 'FAIL' : p.pass ? 'PASS' : 'above target (cold)',
    ]);
    rows.push([
      `  background (off the page)`,
      `read ${p.background.readMs} ms, analyze ${p.background.analyzeMs} ms`,
      '—',
      '—',
      '—',
      'measured',
    ]);
  }
  rows.push([
    'popup → first screen rendered',
    `${popup.popupMs} ms`,
    `empty Preact extension page ${popup.emptyPreactMs} ms (as a data: URL ${popup.emptyDataUrlMs} ms, ${popup.ratioToDataUrl}×)`,
    `${popup.ratio}×`,
    `≤ ${POPUP_TARGET}× (gate ${GATES.popupRatio}×)`,
    popup.ratio <= POPUP_TARGET ? 'PASS' : popup.ratio <= GATES.popupRatio ? 'above target' : 'FAIL',
  ]);
  for (const m of memory) {
    rows.push([
      `heap growth: ${m.page}`,
      `+${m.growthKB} KB (bundle alone +${m.bundleKB} KB)`,
      `page heap ${m.baselineKB} KB`,
      `${m.ratio}×`,
      `gate +${GATES.memoryGrowthKB} KB`,
      m.growthKB <= GATES.memoryGrowthKB ? 'PASS' : 'FAIL',
    ]);
  }
  for (const cs of sizes.contentScripts) {
    rows.push([
      `size: ${cs.file}`,
      `${kb(cs.gzip)} gz (${kb(cs.raw)} raw)`,
      `budget ${kb(BUDGETS.contentScriptGzip)} gz`,
      `${(cs.gzip / BUDGETS.contentScriptGzip).toFixed(2)}×`,
      '≤ 1×',
      cs.gzip <= BUDGETS.contentScriptGzip ? 'PASS' : 'FAIL',
    ]);
  }
  // The gate is on the first label (one Amazon panel); the larger panel is reported for scale.
  ocr.forEach((o, i) => {
    const gated = i === 0;
    rows.push([
      `OCR: ${o.label}`,
      `warm ${o.warmMedianMs} ms (worst ${o.warmWorstMs}; ${o.runs} runs)`,
      `first use ${o.firstUseMs} ms`,
      '—',
      gated ? `≤ 1500 ms warm (gate ${GATES.ocrWarmMs} ms)` : '≤ 1500 ms warm (not gated)',
      o.warmMedianMs <= 1500 ? 'PASS' : !gated || o.warmMedianMs <= GATES.ocrWarmMs ? 'above target' : 'FAIL',
    ]);
  });
  for (const h of hostile) {
    rows.push([
      `hostile text: ${h.case}`,
      `${h.largeMs} ms for ${SCALE * h.chars} chars`,
      `${h.smallMs} ms for ${h.chars} chars`,
      `${h.growth}×`,
      `≤ ${GATES.hostileGrowth}× (linear ${SCALE}× at most)`,
      h.growth <= GATES.hostileGrowth ? 'PASS' : 'FAIL',
    ]);
  }
  const t = sizes.popup.total;
  rows.push([
    `size: popup (${sizes.popup.files.length} chunks)`,
    `${kb(t.gzip)} gz (${kb(t.raw)} raw)`,
    `budget ${kb(BUDGETS.popupGzip)} gz`,
    `${(t.gzip / BUDGETS.popupGzip).toFixed(2)}×`,
    '≤ 1×',
    t.gzip <= BUDGETS.popupGzip ? 'PASS' : 'FAIL',
  ]);
  return rows;
}

const started = Date.now();
const runs = argRuns();
const notes: string[] = [];
const built = ensureBuild();
if (built) notes.push(built);
const sizes = bundleSizes(CHROME_OUTPUT);
console.log('product pages …');
let product = await runProduct({ runs: runs ?? 11 });
console.log('popup …');
let popup = await runPopup({ runs: runs ?? 11 });
console.log('memory …');
let memory = await runMemory({ runs: Math.min(runs ?? 3, 5) });
console.log('listing …');
let listing = await runListing();
console.log('label-image OCR …');
let ocr = await runOcr({ runs: Math.min(runs ?? 5, 7) });
console.log('hostile text …');
let hostile = runHostile({ runs: Math.min(runs ?? 3, 5) });
let gates = gatesOf(product, popup, memory, listing, ocr, hostile);
// A timing gate that fails is measured once more before it counts: one noisy median on a busy
// machine is not a regression, and a real one fails twice. The first figures stay in the notes.
if (CHECK && gates.some((g) => !g.pass)) {
  const failed = gates
    .filter((g) => !g.pass)
    .map((g) => `${g.name} ${g.measured}`)
    .join('; ');
  notes.push(`failed on the first measurement (${failed}): measured again`);
  console.log(`gates failed (${failed}): measuring again …`);
  const again = new Set(gates.filter((g) => !g.pass).map((g) => g.bench));
  if (again.has('product')) product = await runProduct({ runs: runs ?? 11 });
  if (again.has('popup')) popup = await runPopup({ runs: runs ?? 11 });
  if (again.has('memory')) memory = await runMemory({ runs: Math.min(runs ?? 3, 5) });
  if (again.has('listing')) listing = await runListing();
  if (again.has('ocr')) ocr = await runOcr({ runs: Math.min(runs ?? 5, 7) });
  if (again.has('hostile')) hostile = runHostile({ runs: Math.min(runs ?? 3, 5) });
  gates = gatesOf(product, popup, memory, listing, ocr, hostile);
}

const result = {
  when: new Date().toISOString(),
  seconds: Math.round((Date.now() - started) / 1000),
  chromium: 'Debian /usr/bin/chromium, headless (Playwright persistent context)',
  gates,
  product,
  popup,
  memory,
  sizes,
  budgets: BUDGETS,
  listing,
  ocr,
  hostile,
  notes,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);

writeFileSync(join(RESULTS, 'gates.json'), `${JSON.stringify(gates, null, 2)}\n`);

console.log(`\n${table(rowsOf(product, popup, memory, sizes, ocr, hostile))}\n`);
for (const n of notes) console.log(`note: ${n}`);
for (const g of gates) console.log(`${g.pass ? '✓' : '✗'} gate: ${g.name}: ${g.measured} ≤ ${g.limit}`);
console.log(`bench/results/bench.json and gates.json written (${result.seconds} s)`);
if (CHECK && gates.some((g) => !g.pass)) process.exit(1);
