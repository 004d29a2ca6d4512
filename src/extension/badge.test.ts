import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';
import type { Analysis } from '../core/schema';

const base: Analysis = {
  schemaVersion: 1,
  url: null,
  store: 'generic',
  isProductPage: true,
  containsMagnesium: true,
  topical: false,
  kind: 'magnesium-supplement',
  title: null,
  forms: [],
  buffered: false,
  servingSize: null,
  servingsPerDay: null,
  elementalMgPerServing: null,
  elementalMgPerDay: null,
  upperLimit: { mg: 350, profile: 'adult (US)', verdict: 'unknown', percentOfLimit: null },
  claims: [],
  warnings: [],
  pricePer100mgElemental: null,
};
const serving = (min: number, max: number, basis: NonNullable<Analysis['elementalMgPerServing']>['basis']) => ({
  min,
  max,
  basis,
  source: 'label',
});

describe('toolbar badge', () => {
  it.each([
    ['a daily amount', { elementalMgPerDay: { min: 200, max: 200 } }, '200'],
    ['a daily range shows its top', { elementalMgPerDay: { min: 200, max: 400 } }, '≤400'],
    ['a stated per-serving amount without a daily one', { elementalMgPerServing: serving(105, 105, 'stated-elemental') }, '105'],
    ['a title-only figure is marked unverified', { elementalMgPerServing: serving(400, 400, 'from-title') }, '400?'],
    ['no amount at all', {}, 'Mg'],
  ] as [string, Partial<Analysis>, string][])('%s → %s', (_what, change, text) => {
    expect(badgeFor({ ...base, ...change })?.text).toBe(text);
  });

  it("says in its tooltip when the figure is only the title's", () => {
    expect(badgeFor({ ...base, elementalMgPerServing: serving(400, 400, 'from-title') })?.title).toBe(
      "MagLens: 400 mg read from the product's title, not a verified elemental dose (see popup)",
    );
    // A range read from the title ("Magnesium Glycinate 400mg" may weigh the salt: 56–400 mg) shows its top.
    expect(badgeFor({ ...base, elementalMgPerServing: serving(56.4, 400, 'from-title') })?.title).toBe(
      "MagLens: 400 mg at most read from the product's title, not a verified elemental dose (see popup)",
    );
  });

  it('colours by the verdict and shows nothing for a product without magnesium', () => {
    expect(
      badgeFor({ ...base, elementalMgPerDay: { min: 500, max: 500 }, upperLimit: { ...base.upperLimit, verdict: 'above' } })
        ?.color,
    ).toBe('#c62828');
    expect(badgeFor({ ...base, containsMagnesium: false })).toBeNull();
  });
});
