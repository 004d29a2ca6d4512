// Issue 12's label-image test set (test/fixtures/label-images/, built by
// scripts/fixtures/label-images.ts) is well formed: enough images, every truth line names a file
// that exists and is a real PNG or JPEG, forms are known ids, every look is there, and the
// distractors (panels with no magnesium) say so. It checks the set, not the OCR.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_IDS } from '../../src/vocabulary/ids';

const dir = resolve(import.meta.dirname, '../fixtures/label-images');
const LOOKS = ['plain', 'inverse', 'coloured', 'small-type', 'two-line', 'photo-jpeg', 'skewed'];

interface TruthLine {
  file: string;
  source: string;
  look: string;
  forms: string[];
  servingSize: string | null;
  elementalMgPerServing: number | null;
  dvPercent: number | null;
  containsMagnesium: boolean;
  text: string;
  notes: string;
}

const truth: TruthLine[] = readFileSync(resolve(dir, 'truth.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as TruthLine);

describe('label-image set', () => {
  it('has at least 60 images, one truth line each, and no image without a line', () => {
    expect(truth.length).toBeGreaterThanOrEqual(60);
    const files = truth.map((t) => t.file);
    expect(new Set(files).size).toBe(files.length);
    const images = readdirSync(dir).filter((f) => /\.(png|jpg)$/.test(f));
    expect(images.sort()).toEqual([...files].sort());
  });

  it('every file exists and starts like a PNG or a JPEG; the set stays small', () => {
    let total = 0;
    for (const t of truth) {
      const path = resolve(dir, t.file);
      expect(existsSync(path), t.file).toBe(true);
      const head = readFileSync(path).subarray(0, 4);
      if (t.file.endsWith('.png')) expect(head.toString('hex'), t.file).toBe('89504e47');
      else expect(head.subarray(0, 3).toString('hex'), t.file).toBe('ffd8ff');
      total += statSync(path).size;
    }
    expect(total).toBeLessThan(10 * 1024 * 1024);
  });

  it('every line is complete: known forms, a look, a source, the text rendered', () => {
    for (const t of truth) {
      for (const f of t.forms) expect(FORM_IDS as readonly string[], `${t.file}: ${f}`).toContain(f);
      expect(LOOKS, t.file).toContain(t.look);
      expect(t.source.length, t.file).toBeGreaterThan(10);
      expect(t.text.length, t.file).toBeGreaterThan(10);
      expect(t.elementalMgPerServing === null || t.elementalMgPerServing > 0, t.file).toBe(true);
      expect(t.dvPercent === null || t.dvPercent >= 0, t.file).toBe(true);
    }
  });

  it('every look appears, each on at least 5 images', () => {
    for (const look of LOOKS) expect(truth.filter((t) => t.look === look).length, look).toBeGreaterThanOrEqual(5);
  });

  it('a magnesium label has its amount in the text; a distractor has no magnesium row and no figure', () => {
    const distractors = truth.filter((t) => !t.containsMagnesium);
    expect(distractors.length).toBeGreaterThanOrEqual(3);
    for (const t of distractors) {
      expect(t.forms, t.file).toEqual([]);
      expect(t.elementalMgPerServing, t.file).toBeNull();
      expect(t.text, t.file).not.toMatch(/magnesium/i);
    }
    for (const t of truth.filter((x) => x.containsMagnesium)) {
      expect(t.text, t.file).toMatch(/magnesium/i);
      if (t.elementalMgPerServing !== null) expect(t.text, t.file).toContain(String(t.elementalMgPerServing));
    }
  });

  it('mixes single-form, multi-form and multi-nutrient labels, and two-line rows really split', () => {
    const mg = truth.filter((t) => t.containsMagnesium);
    expect(mg.filter((t) => t.forms.length === 1).length).toBeGreaterThanOrEqual(10);
    expect(mg.filter((t) => t.forms.length >= 2).length).toBeGreaterThanOrEqual(10);
    const singleForms = new Set(mg.filter((t) => t.forms.length === 1).map((t) => t.forms[0]));
    expect(singleForms.size).toBeGreaterThanOrEqual(8);
    for (const t of truth.filter((x) => x.look === 'two-line')) {
      expect(t.text, t.file).toMatch(/^Magnesium\b.*\d.*\n\(/m);
    }
  });
});
