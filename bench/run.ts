// `npm run bench`: every benchmark of issue 7 in one go, one after another (never two browsers at
// once on 2 cores), in real headless Chromium. Writes bench/results/bench.json and prints one table.
// Each figure is a ratio measured side by side in one run; medians over several runs.
//   npx tsx bench/run.ts [--runs N]
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CHROME_OUTPUT, ROOT } from './common';
import { BUDGETS, bundleSizes, kb, type BundleSizes } from './sizes';
import { runProduct, TARGET_RATIO, type ProductPageResult } from './product';
import { runPopup, type PopupResult } from './popup';
import { runMemory, type MemoryResult } from './memory';

const RESULTS = resolve(ROOT, 'bench/results');

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
    const out = (error as { stdout?: Buffer; stderr?: Buffer });
    const why = `${out.stderr ?? ''}${out.stdout ?? ''}`.split('\n').filter((l) => /error/i.test(l)).slice(0, 3).join(' / ');
    if (!existsSync(manifest)) throw new Error(`npx wxt build failed and there is no earlier build: ${why}`);
    console.log(`npx wxt build failed (${why || 'see npx wxt build'}): measuring the existing, older build`);
    return `npx wxt build failed (${why}); measured the existing .output/chrome-mv3, which is older than the sources`;
  }
}

/** bench/listing.ts (another benchmark) joins only when it exports a run function; it is never imported otherwise. */
async function runListingIfExported(): Promise<{ note: string; result?: unknown }> {
  const file = resolve(ROOT, 'bench/listing.ts');
  if (!existsSync(file)) return { note: 'bench/listing.ts not present: skipped' };
  const name = /export\s+(?:async\s+)?function\s+(runListing|run)\b/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!name) return { note: 'bench/listing.ts exports no run function (it is a script: npx tsx bench/listing.ts): skipped' };
  const mod = (await import('./listing')) as Record<string, unknown>;
  const fn = mod[name];
  if (typeof fn !== 'function') return { note: `bench/listing.ts: ${name} is not a function: skipped` };
  return { note: `bench/listing.ts ${name}()`, result: await (fn as () => Promise<unknown>)() };
}

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

function rowsOf(product: ProductPageResult[], popup: PopupResult, memory: MemoryResult[], sizes: BundleSizes): Row[] {
  const rows: Row[] = [];
  for (const p of product) {
    rows.push([
      `analysis: ${p.page}`, `${p.analysisMs} ms (snapshot ${p.snapshotMs}, analyze ${p.analyzeMs}; warm ${p.warmAnalysisMs})`,
      `innerText ${p.innerTextMs} ms (${p.innerTextChars} chars)`, `${p.ratio}×`, `≤ ${TARGET_RATIO}×`, p.pass ? 'PASS' : 'FAIL',
    ]);
    rows.push([
      `  snapshot only (on the page since 6c453db)`, `${p.snapshotMs} ms`, `innerText ${p.innerTextMs} ms`, `${p.snapshotRatio}×`,
      `≤ ${TARGET_RATIO}×`, p.snapshotRatio <= TARGET_RATIO ? 'PASS' : 'FAIL',
    ]);
  }
  rows.push([
    'popup → analysis rendered', `${popup.popupMs} ms`, `empty Preact page ${popup.emptyPreactMs} ms`, `${popup.ratio}×`, '—', 'measured',
  ]);
  for (const m of memory) {
    rows.push([
      `heap growth: ${m.page}`, `+${m.growthKB} KB (bundle alone +${m.bundleKB} KB)`, `page heap ${m.baselineKB} KB`,
      `${m.ratio}×`, '—', 'measured',
    ]);
  }
  for (const cs of sizes.contentScripts) {
    rows.push([
      `size: ${cs.file}`, `${kb(cs.gzip)} gz (${kb(cs.raw)} raw)`, `budget ${kb(BUDGETS.contentScriptGzip)} gz`,
      `${(cs.gzip / BUDGETS.contentScriptGzip).toFixed(2)}×`, '≤ 1×', cs.gzip <= BUDGETS.contentScriptGzip ? 'PASS' : 'FAIL',
    ]);
  }
  const t = sizes.popup.total;
  rows.push([
    `size: popup (${sizes.popup.files.length} chunks)`, `${kb(t.gzip)} gz (${kb(t.raw)} raw)`, `budget ${kb(BUDGETS.popupGzip)} gz`,
    `${(t.gzip / BUDGETS.popupGzip).toFixed(2)}×`, '≤ 1×', t.gzip <= BUDGETS.popupGzip ? 'PASS' : 'FAIL',
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
const product = await runProduct({ runs: runs ?? 7, breakdownRuns: 3 });
console.log('popup …');
const popup = await runPopup({ runs: runs ?? 7 });
console.log('memory …');
const memory = await runMemory({ runs: Math.min(runs ?? 3, 5) });
const listing = await runListingIfExported();
notes.push(listing.note);

const result = {
  when: new Date().toISOString(),
  seconds: Math.round((Date.now() - started) / 1000),
  chromium: 'Debian /usr/bin/chromium, headless (Playwright persistent context)',
  product, popup, memory, sizes, budgets: BUDGETS,
  ...(listing.result !== undefined ? { listing: listing.result } : {}),
  notes,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);

console.log(`\n${table(rowsOf(product, popup, memory, sizes))}\n`);
for (const p of product) {
  const b = p.breakdown;
  console.log(`${p.page}: cold parts (median of separate loads) adapter ${b.adapterReadMs} ms, JSON-LD ${b.jsonLdMs} ms, facts-from-document ${b.factsFromDocumentMs} ms (runs only when no label text was found: not on these two pages), analyze ${b.analyzeMs} ms`);
}
for (const n of notes) console.log(`note: ${n}`);
console.log(`bench/results/bench.json written (${result.seconds} s)`);
