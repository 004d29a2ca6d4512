// `npm run eval` (images section): how well MagLens reads Supplement Facts panels that are pictures,
// scored against the truth written from each label's text (test/fixtures/label-images/truth.jsonl;
// how the images were made and where their text came from: SOURCES.md beside it). Every image goes
// through the same path as `npm run analyze -- label.png`: the OCR engine, then the label reader.
//   npx tsx scripts/eval-images.ts            the table, per look and overall, and every miss
//   npx tsx scripts/eval-images.ts --check    also writes test-results/eval-images-gates.json for npm test
//   npx tsx scripts/eval-images.ts --dir D    another set in the same layout (images the team has not seen)
//   npx tsx scripts/eval-images.ts --cache    keep the OCR lines in test-results/ocr-cache.json and reuse them
//                                             (for work on the label reader; delete the file when the engine
//                                             or the pixel preparation changes)
// A "confident wrong" figure is a single mg-per-serving value more than 5% off the truth, or a single
// value where the label has no magnesium. It must stay at zero: a figure that fails the OCR checks is
// reported as not stated, which is a miss, not a wrong number.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { Analysis } from '../src/core/schema';
import { analyseLabelLines } from '../src/ocr/read-label';
import { reportGates } from './eval-gates';
import type { OcrLine } from '../src/ocr/label-text';
import { createEngine } from '../src/ocr/engine';
import { englishDataDir, readImageFile } from '../src/cli/image';

interface Truth {
  file: string;
  look: string;
  forms: string[];
  servingSize: string | null;
  elementalMgPerServing: number | null;
  containsMagnesium?: boolean;
}

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const DIR = resolve(dirFlag >= 0 ? args[dirFlag + 1]! : 'test/fixtures/label-images');
const CHECK = args.includes('--check');
const CACHE = args.includes('--cache') ? resolve('test-results/ocr-cache.json') : null;

/**
 * A little under the figures measured on this set: a regression fails CI. Measured 2026-11-29 on the
 * 91 images: forms 91.2, mg per serving 89, serving size 82.8, confident wrong 0; on 2026-11-30, after
 * the reader learned braces, near-miss spellings of "magnesium", rows a tilted photo splits, figures
 * inside an open bracket, the 450 mg prenatal DV and %DV-backed small print: forms 97.8, mg per
 * serving 97.8, serving size 83.9, confident wrong 0; then, after a failed row kept its name and a
 * facts row stopped being taken for the title: forms 97.8, mg per serving 100, serving size 86.2; and
 * with "Each tablespoon (15 ml) contains:" read as the serving: serving size 90.8. A later rule (a serving
 * cell that says "daily" is directions) cost "Serving Size 9 Tablets (per day)" its 400 mg unseen, under a
 * gate of 96; restored 2026-12-03 (100 / 93.1), the gate on mg per serving now lets no image go.
 * A held-out set of 67 images of 35 other labels (not in the repository) measured 88.1 / 94 / 74.6
 * with 0 confident wrong once a figure's own word confidences were used (most form misses there are sources such as "ConcenTrace" the truth left
 * without a form): expect unseen labels to land between the two.
 */
const GATES = {
  forms: 95,
  mgPerServing: 100,
  servingSize: 90,
  maxConfidentWrong: 0,
};

const close = (a: number, b: number) => Math.abs(a - b) <= 0.05 * Math.max(Math.abs(b), 1);
const squash = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Row {
  truth: Truth;
  analysis: Analysis;
  checks: { forms: boolean; mgPerServing: boolean; servingSize?: boolean };
  confidentWrong: boolean;
  ms: number;
}

function score(truth: Truth, analysis: Analysis, ms: number): Row {
  const forms =
    analysis.forms
      .map((f) => f.id)
      .sort()
      .join(',') === [...truth.forms].sort().join(',');
  const got = analysis.elementalMgPerServing;
  const want = truth.elementalMgPerServing;
  const point = got && got.min === got.max ? got.min : null;
  const mgPerServing = want === null ? got === null : point !== null && close(point, want);
  const confidentWrong = point !== null && (want === null || !close(point, want));
  const checks: Row['checks'] = { forms, mgPerServing };
  if (truth.servingSize) checks.servingSize = squash(analysis.servingSize) === squash(truth.servingSize);
  return { truth, analysis, checks, confidentWrong, ms };
}

const pct = (rows: Row[], metric: keyof Row['checks']) => {
  const applicable = rows.filter((r) => r.checks[metric] !== undefined);
  return applicable.length
    ? Math.round((1000 * applicable.filter((r) => r.checks[metric]).length) / applicable.length) / 10
    : 100;
};

async function main() {
  const truthFile = resolve(DIR, 'truth.jsonl');
  if (!existsSync(truthFile)) throw new Error(`no truth.jsonl in ${DIR}`);
  const truths = readFileSync(truthFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Truth);
  // One engine a core: images are independent, and Tesseract uses one thread.
  const engines = await Promise.all(
    Array.from({ length: Math.max(1, Math.min(2, cpus().length)) }, () => createEngine({ langPath: englishDataDir() })),
  );
  const cache: Record<string, OcrLine[]> =
    CACHE && existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, OcrLine[]>) : {};
  const rows: Row[] = [];
  let next = 0;
  await Promise.all(
    engines.map(async (engine) => {
      while (next < truths.length) {
        const truth = truths[next++]!;
        const path = resolve(DIR, truth.file);
        const key = `${path}:${statSync(path).size}`;
        const started = performance.now();
        const lines = (CACHE && cache[key]) || (await engine.read(readImageFile(path))).lines;
        cache[key] = lines;
        rows.push(score(truth, analyseLabelLines(lines, null).analysis, performance.now() - started));
      }
    }),
  );
  if (CACHE) {
    mkdirSync('test-results', { recursive: true });
    writeFileSync(CACHE, JSON.stringify(cache));
  }
  await Promise.all(engines.map((e) => e.terminate()));
  rows.sort((a, b) => a.truth.file.localeCompare(b.truth.file));

  const looks = [...new Set(rows.map((r) => r.truth.look))].sort();
  console.log(`label images: ${rows.length} in ${DIR}`);
  console.log(`${'look'.padEnd(14)} ${'n'.padStart(3)}  forms  mg/serving  serving size  confident wrong`);
  for (const group of [...looks, 'overall']) {
    const rs = group === 'overall' ? rows : rows.filter((r) => r.truth.look === group);
    const wrong = rs.filter((r) => r.confidentWrong).length;
    console.log(
      `${group.padEnd(14)} ${String(rs.length).padStart(3)}  ${String(pct(rs, 'forms')).padStart(5)}  ${String(pct(rs, 'mgPerServing')).padStart(10)}  ${String(pct(rs, 'servingSize')).padStart(12)}  ${String(wrong).padStart(15)}`,
    );
  }
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `OCR + analysis per image: median ${Math.round(times[Math.floor(times.length / 2)]!)} ms, worst ${Math.round(times.at(-1)!)} ms`,
  );
  console.log('\nmisses:');
  for (const r of rows) {
    const failed = (Object.keys(r.checks) as (keyof Row['checks'])[]).filter((k) => r.checks[k] === false);
    if (!failed.length && !r.confidentWrong) continue;
    const mg = r.analysis.elementalMgPerServing;
    console.log(
      `  ${r.truth.file}: ${[...failed, ...(r.confidentWrong ? ['CONFIDENT WRONG'] : [])].join(', ')} | forms ${r.analysis.forms.map((f) => f.id).join('+') || '-'} (want ${r.truth.forms.join('+') || '-'}) | mg ${mg ? `${mg.min}-${mg.max}` : 'null'} (want ${r.truth.elementalMgPerServing}) | serving "${r.analysis.servingSize}" (want "${r.truth.servingSize}")`,
    );
  }

  const overall = { forms: pct(rows, 'forms'), mgPerServing: pct(rows, 'mgPerServing'), servingSize: pct(rows, 'servingSize') };
  const confident = rows.filter((r) => r.confidentWrong).length;
  const { maxConfidentWrong, ...floors } = GATES;
  reportGates(
    'label-image eval',
    floors,
    overall,
    { count: confident, max: maxConfidentWrong },
    CHECK ? { file: 'eval-images-gates.json' } : null,
  );
}

await main();
