import { describe, expect, it } from 'vitest';
import type { ProductSnapshot } from '../core/snapshot';
import type { OcrLine } from './label-text';
import { analyseLabelLines } from './read-label';

const ocr = (...texts: string[]): OcrLine[] => texts.map((text) => ({ text, digitConfidence: /\d/.test(text) ? 93 : null }));

const PANEL = [
  'Supplement Facts',
  'Serving Size 2 Capsules',
  'Servings Per Container 60',
  '—————————————',
  'Amount Per Serving          %DV',
  'Magnesium (as magnesium bisglycinate         200 mg',
  'chelate)                                             48%',
  'Other ingredients: hypromellose (capsule), rice flour.',
];

describe('a label image read into an analysis', () => {
  it('reads form, serving and elemental mg from the OCR lines of a panel', () => {
    const { analysis, uncertain, text } = analyseLabelLines(ocr(...PANEL), null);
    expect(analysis.forms.map((f) => f.id)).toEqual(['glycinate']);
    expect(analysis.servingSize).toBe('2 Capsules');
    expect(analysis.elementalMgPerServing).toMatchObject({ min: 200, max: 200, basis: 'stated-elemental' });
    expect(uncertain).toEqual([]);
    expect(text).toContain('Magnesium (as magnesium bisglycinate chelate)\t200 mg\t48%');
  });

  it('takes title, price, count and claims from the page, and the label from the image', () => {
    const page: ProductSnapshot = {
      url: 'https://www.amazon.com/dp/B0TEST0001',
      store: 'amazon',
      isProductPage: true,
      title: 'Calm Nights Magnesium Glycinate, 120 Capsules',
      bullets: ['Supports restful sleep'],
      labelIsImage: true,
      price: { amount: 24, currency: 'USD' },
      unitCount: 120,
    };
    const { analysis } = analyseLabelLines(ocr(...PANEL), page);
    expect(analysis.title).toBe(page.title);
    expect(analysis.store).toBe('amazon');
    expect(analysis.claims.map((c) => c.topic)).toContain('sleep');
    // 60 servings of 200 mg for $24: $0.20 per 100 mg.
    expect(analysis.pricePer100mgElemental?.amount).toBeCloseTo(0.2, 2);
  });

  it('never shows a figure its %DV contradicts as a dose; the form still counts', () => {
    const misread = PANEL.map((l) => l.replace('200 mg', '800 mg'));
    const { analysis, uncertain } = analyseLabelLines(ocr(...misread), null);
    expect(analysis.elementalMgPerServing).toBeNull();
    expect(analysis.elementalMgPerDay).toBeNull();
    expect(analysis.forms.map((f) => f.id)).toEqual(['glycinate']);
    expect(uncertain).toHaveLength(1);
    expect(uncertain[0]!.problems[0]).toMatch(/48% Daily Value does not match 800 mg/);
    expect(analysis.warnings.find((w) => w.code === 'label-image-uncertain')?.message).toContain('800 mg');
  });

  it('keeps a multi-nutrient panel whose magnesium figure failed a product with magnesium, and no dose', () => {
    const { analysis, uncertain } = analyseLabelLines(
      ocr(
        'Supplement Facts',
        'Serving Size 4 Tablets',
        'Vitamin C (as ascorbic acid)      200 mg     333%',
        'Iron (as ferrous bisglycinate)     30 mg     167%',
        'Magnesium (as magnesium citrate & oxide)      300 mg      5%',
        'Zinc (as zinc citrate)     15 mg     100%',
      ),
      null,
    );
    expect(uncertain).toHaveLength(1);
    expect(analysis.containsMagnesium).toBe(true);
    expect(analysis.kind).toBe('multi-nutrient');
    expect(analysis.forms.map((f) => f.id).sort()).toEqual(['citrate', 'oxide']);
    expect(analysis.elementalMgPerServing).toBeNull();
  });

  it("never lets a failed row borrow the next row's figures", () => {
    // The magnesium row lost its figures; the line under it is another nutrient's wrapped amount.
    const { analysis } = analyseLabelLines(
      ocr(
        'Supplement Facts',
        'Serving Size 1 Tablet',
        'Zinc (as zinc citrate)     15 mg     100%',
        'Magnesium (as magnesium citrate, fumarate,',
        '2.3 mg     115%',
        'Potassium (as potassium citrate)     24 mg     1%',
      ),
      null,
    );
    expect(analysis.containsMagnesium).toBe(true);
    expect(analysis.elementalMgPerServing).toBeNull();
    expect(analysis.warnings.filter((w) => w.code === 'label-image-uncertain')).toHaveLength(1);
  });

  it('says no magnesium for a panel without it', () => {
    const { analysis } = analyseLabelLines(
      ocr('Supplement Facts', 'Serving Size 1 Tablet', 'Vitamin C   500 mg   556%', 'Zinc   11 mg   100%'),
      null,
    );
    expect(analysis.containsMagnesium).toBe(false);
    expect(analysis.elementalMgPerServing).toBeNull();
  });
});
