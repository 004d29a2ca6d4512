// Every row of test/corpus/iherb-2015-labels.dev.jsonl (290 real iHerb magnesium rows, US style:
// the row's amount is elemental). The engine must name the same forms and read the same elemental
// amount on at least 98% of rows. The expected forms come from an independent keyword reading of the
// row below, not from the engine's own catalogue.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { Analysis } from '../../src/core/schema';
import { type FormId } from '../../src/vocabulary/ids';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusPath = resolve(repoRoot, 'test/corpus/iherb-2015-labels.dev.jsonl');

interface CorpusRow {
  name: string;
  url: string;
  servingText: string;
  containerText: string;
  price: number;
  magnesiumRow: { label: string; amount: string; percentDV: number };
}

// Keyword -> form, read by hand from the corpus rows. Order matters only for documentation.
const KEYWORDS: [string, FormId][] = [
  ['oxide', 'oxide'],
  ['carbonate', 'carbonate'],
  ['sulfate', 'sulfate'],
  ['citrate', 'citrate'],
  ['malate', 'malate'],
  ['glycinate', 'glycinate'],
  ['aspartate', 'aspartate'],
  ['taurinate', 'taurate'],
  ['gluconate', 'gluconate'],
  ['amino acid', 'amino-acid-chelate'],
  ['aminoate', 'amino-acid-chelate'],
  ['rice chelate', 'amino-acid-chelate'],
  ['magnesium chelate', 'amino-acid-chelate'],
];
// Sources the catalogue has no FormId for: the engine reports them as `other`.
const OTHER_SOURCES = [
  'ascorbate',
  'succinate',
  'fumarate',
  'ketoglutarate',
  'arginate',
  'histidinate',
  'hydrogenphosphate',
  'cerevisiae',
  'algae',
  'concentrace',
  'lantana',
  'lactobacillus',
  'food blend',
  'chia',
  'krebs',
  'aminomin',
];

/** Forms a reader would name from the row; "manganese …" is another mineral, not a magnesium form. */
function expectedForms(label: string): Set<FormId> {
  const items = label.toLowerCase().split(/[,;/&]| and /);
  const out = new Set<FormId>();
  for (const item of items) {
    if (item.includes('manganese')) continue;
    const specific = KEYWORDS.filter(([k, id]) => item.includes(k) && id !== 'amino-acid-chelate').map(([, id]) => id);
    const chelate = KEYWORDS.some(([k, id]) => item.includes(k) && id === 'amino-acid-chelate');
    const other = OTHER_SOURCES.some((k) => item.includes(k));
    specific.forEach((id) => out.add(id));
    if (!specific.length && other) out.add('other');
    else if (!specific.length && chelate) out.add('amino-acid-chelate');
  }
  return out;
}

function expectedMg(amount: string): number | null {
  const m = /^([\d.]+)\s*(mg|g)$/.exec(amount.trim());
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'g' ? 1000 : 1);
}

describe('iHerb 2015 corpus', () => {
  it('agrees with the magnesium row on forms and elemental amount for at least 98% of rows', () => {
    if (!existsSync(corpusPath)) {
      throw new Error(`Corpus missing: expected ${corpusPath} (it is part of the repository).`);
    }
    const rows = readFileSync(corpusPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as CorpusRow);
    expect(rows.length).toBeGreaterThan(200);
    const misses: string[] = [];
    for (const row of rows) {
      const r = row.magnesiumRow;
      const labelText = `${r.label}\t${r.amount}\t${r.percentDV}%`;
      const analysis = analyze({
        url: row.url,
        store: 'iherb',
        isProductPage: true,
        title: row.name,
        labelText,
        servingSize: row.servingText,
      });
      Analysis.parse(analysis);
      const forms = new Set(analysis.forms.map((f) => f.id));
      const want = expectedForms(r.label);
      const mg = expectedMg(r.amount);
      const got = analysis.elementalMgPerServing;
      const formsAgree = forms.size === want.size && [...want].every((id) => forms.has(id));
      const amountAgrees =
        mg === null
          ? got === null
          : got !== null && got.basis === 'stated-elemental' && got.min === got.max && Math.abs(got.min - mg) < 0.01;
      if (!formsAgree || !amountAgrees) {
        misses.push(
          `${labelText}  | want [${[...want].join(',')}] ${mg ?? 'null'} mg; got [${[...forms].join(',')}] ${got ? `${got.min}–${got.max} (${got.basis})` : 'null'}`,
        );
      }
    }
    const agreement = (rows.length - misses.length) / rows.length;
    console.log(`corpus agreement: ${(agreement * 100).toFixed(1)}% (${rows.length - misses.length}/${rows.length})`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(agreement).toBeGreaterThanOrEqual(0.98);
  });
});
