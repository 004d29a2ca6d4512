// Any input -> never throws, always a valid Analysis, in bounded time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { analyzeTitle } from './title';
import { Analysis } from './schema';
import { STORE_IDS } from '../vocabulary/ids';

const labelish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Magnesium',
        'magnesium stearate',
        '(as ',
        ')',
        '(',
        ' mg',
        ' g',
        '%',
        '1,000',
        '1.000',
        '1,5',
        '\t',
        '\n',
        'citrate',
        'oxide',
        'glycinate',
        'Serving Size',
        'Directions:',
        'take 1-2 capsules twice daily',
        'per capsule',
        'pro Tagesdosis (2 Kapseln)',
        'providing ',
        ' elemental magnesium',
        'NRV',
        'Magnesiumcitrat',
        '999999999',
        'µg',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const snapshot = fc.record(
  {
    url: fc.option(fc.oneof(fc.webUrl(), fc.constantFrom('https://www.amazon.de/dp/X', 'not a url')), { nil: null }),
    store: fc.constantFrom(...STORE_IDS),
    isProductPage: fc.boolean(),
    title: fc.option(labelish, { nil: undefined }),
    bullets: fc.option(fc.array(labelish, { maxLength: 5 }), { nil: undefined }),
    labelText: fc.option(labelish, { nil: undefined }),
    labelIsImage: fc.option(fc.boolean(), { nil: undefined }),
    servingSize: fc.option(labelish, { nil: undefined }),
    servingsPerContainer: fc.option(fc.string(), { nil: undefined }),
    directions: fc.option(labelish, { nil: undefined }),
    ingredients: fc.option(labelish, { nil: undefined }),
    description: fc.option(labelish, { nil: undefined }),
    price: fc.option(
      fc.record({ amount: fc.double({ min: 0, max: 1e6, noNaN: true }), currency: fc.constantFrom('USD', 'EUR') }),
      { nil: undefined },
    ),
    unitCount: fc.option(fc.integer({ min: 1, max: 100000 }), { nil: undefined }),
  },
  { requiredKeys: ['url', 'store', 'isProductPage'] },
);

describe('robustness', () => {
  it('any snapshot gives a valid Analysis', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const a = analyze(s);
        expect(() => Analysis.parse(a)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
  it('any title gives a title analysis', () => {
    fc.assert(
      fc.property(labelish, (t) => {
        const r = analyzeTitle(t);
        expect(typeof r.containsMagnesium).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
  it.each([
    ['repeated open parentheses', 'Magnesium ' + '('.repeat(100_000)],
    ['a long row of digits and separators', `Magnesium ${'1,'.repeat(50_000)} mg`],
    ['many magnesium rows', 'Magnesium (as citrate, oxide) 200 mg 48%\n'.repeat(2_500)],
    ['long words', `Magnesium ${'a'.repeat(100_000)}`],
    ['spaces and dashes', `Magnesium${' -'.repeat(50_000)}citrate`],
    ['number words', 'take one or two '.repeat(6_000)],
  ])('100 KB of %s: bounded time', (_name, text) => {
    const started = performance.now();
    const a = analyze({
      url: null,
      store: 'generic',
      isProductPage: true,
      title: text,
      labelText: text,
      directions: text,
      description: text,
    });
    expect(() => Analysis.parse(a)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
