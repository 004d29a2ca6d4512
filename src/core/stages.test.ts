// Each stage of the analysis, alone (docs/design.md, "The analyser's stages").
import { describe, expect, it } from 'vitest';
import type { ProductSnapshot } from './snapshot';
import type { Warning } from './schema';
import { readInputs } from './page-inputs';
import { bufferedOf, containsMagnesiumOf, formsOf, kindOf } from './page-kind';
import { AMOUNT_SOURCES, perServingOf, servingOf } from './amount';
import { dailyOf } from './analyze';

const page = (fields: Partial<ProductSnapshot>): ProductSnapshot => ({
  url: 'https://example.com/p',
  store: 'generic',
  isProductPage: true,
  ...fields,
});

describe('stage: containsMagnesiumOf', () => {
  it('a label that lists other nutrients but no magnesium row outweighs the description', () => {
    const p = readInputs(page({ labelText: 'Vitamin C 500 mg\nZinc 10 mg', description: 'Rich in magnesium.' }));
    expect(containsMagnesiumOf(p)).toBe(false);
  });
  it('magnesium stearate alone is not magnesium', () => {
    expect(containsMagnesiumOf(readInputs(page({ ingredients: 'cellulose, magnesium stearate' })))).toBe(false);
  });
  it('a label that names magnesium in a sentence, with no other nutrient rows, contains it', () => {
    const labelText =
      'Active ingredient:\none tablet contains potassium of asparaginate 0,175g and magnesium of asparaginate 0,175g.';
    expect(containsMagnesiumOf(readInputs(page({ labelText })))).toBe(true);
    expect(containsMagnesiumOf(readInputs(page({ labelText: 'Each tablet contains: cellulose, magnesium stearate' })))).toBe(
      false,
    );
  });
});

describe('stage: formsOf and bufferedOf', () => {
  it('label rows win over the title', () => {
    const warnings: Warning[] = [];
    const p = readInputs(page({ title: 'Magnesium Citrate 200 mg', labelText: 'Magnesium (as magnesium glycinate) 200 mg' }));
    expect(formsOf(p, true, warnings).map((f) => f.id)).toEqual(['glycinate']);
    expect(warnings.map((w) => w.code)).toEqual(['title-form-not-on-label']);
  });
  it('the label text outranks the title, and statements of magnesium from each compound outrank it too', () => {
    const label = readInputs(
      page({
        title: 'Cal-Mag Citrate',
        labelText: 'Each Tablet Contains:\nElemental Calcium (Citrate)\nElemental Magnesium (Citrate/Oxide)',
      }),
    );
    expect(formsOf(label, true, []).map((f) => f.id)).toEqual(['citrate', 'oxide']);
    const statements = readInputs(
      page({
        title: 'Magnesium Bisglycinate',
        bullets: [
          '117 mg of magnesium from 900 mg of magnesium bisglycinate',
          '33 mg of magnesium from 63 mg of magnesium oxide',
        ],
      }),
    );
    expect(formsOf(statements, true, []).map((f) => f.id)).toEqual(['glycinate', 'oxide']);
  });
  it('a chelate with oxide is buffered', () => {
    const warnings: Warning[] = [];
    const p = readInputs(page({ labelText: 'Magnesium (as magnesium bisglycinate, magnesium oxide) 200 mg' }));
    expect(bufferedOf(p, formsOf(p, true, warnings), true, warnings)).toBe(true);
  });
});

describe('stage: kindOf', () => {
  it('a homeopathic remedy with magnesia as a dilution is not a supplement; with a magnesium row it still is one', () => {
    const warnings: Warning[] = [];
    const remedy = readInputs(
      page({
        title: 'Cramp Relief Tablets',
        labelText: 'Active ingredients\tPurpose\nMagnesia Phosphorica 6X HPUS\tmuscle cramps',
        directions: 'Dissolve 2 tablets under the tongue every 4 hours.',
      }),
    );
    expect(kindOf(remedy, true, warnings).kind).toBe('not-a-supplement');
    expect(warnings[0]?.code).toBe('homeopathic');
    const labelled = readInputs(
      page({ title: 'Magnesium Citrate', labelText: 'Magnesium (as magnesium citrate) 200 mg', description: 'Not homeopathic.' }),
    );
    expect(kindOf(labelled, true, []).kind).toBe('magnesium-supplement');
    // Schüßler tissue salts: homeopathic too.
    const tissueSalt = readInputs(
      page({
        title: 'Tissue Salts Mag Phos 8',
        labelText: 'Active ingredient\tStrength\nMAGNESIUM PHOSPHATE, DIBASIC\t6 [hp_X]/1',
      }),
    );
    const saltWarnings: Warning[] = [];
    expect(kindOf(tissueSalt, true, saltWarnings).kind).toBe('not-a-supplement');
    expect(saltWarnings[0]?.code).toBe('homeopathic');
  });
  it('an antacid with no supplement wording is not a supplement', () => {
    const warnings: Warning[] = [];
    const p = readInputs(page({ title: 'Magnesium hydroxide', description: 'Uses: relieves acid indigestion and heartburn.' }));
    expect(kindOf(p, true, warnings)).toEqual({ kind: 'not-a-supplement', topical: false });
    expect(warnings[0]?.code).toBe('drug-not-supplement');
  });
  it('a Russian powder prescribed for constipation is a medicine, a Russian БАД is a supplement', () => {
    const drug = readInputs(
      page({
        title: 'Магния сульфат',
        description: 'При хронических запорах применяют в клизмах.',
        directions: 'по 10-30 г 1 раз в сутки',
      }),
    );
    expect(kindOf(drug, true, []).kind).toBe('not-a-supplement');
    const supplement = readInputs(
      page({ title: 'Магний В6', description: 'БАД к пище. При запорах не применять.', labelText: 'Магний 57 мг' }),
    );
    expect(kindOf(supplement, true, []).kind).not.toBe('not-a-supplement');
  });
  it('a medicine for magnesium deficiency that is also an antacid is a supplement', () => {
    const p = readInputs(
      page({
        title: 'Magnesium Oxide Capsules',
        labelText: 'Each capsule contains Magnesium Oxide 140 mg. U.S.P. (Heavy), or 84.5 mg. Elemental Magnesium (6.93 mEq.)',
        description: 'Indications: Hypomagnesemia. Supplemental magnesium during pregnancy and/or as an antacid.',
      }),
    );
    expect(kindOf(p, true, []).kind).toBe('magnesium-supplement');
  });
  it('an oil spray is topical', () => {
    const p = readInputs(page({ title: 'Magnesium Oil Spray 100 ml', price: { amount: 9, currency: 'USD' } }));
    expect(kindOf(p, true, [])).toEqual({ kind: 'topical', topical: true });
  });
  it('flakes used "per bath" or "for a foot soak" are topical, whatever the title', () => {
    const p = readInputs(
      page({
        title: 'Magnesium: The Facts',
        directions: 'Use 2 cups per bath or ½ cup for a foot soak in warm water for 20 minutes.',
      }),
    );
    expect(kindOf(p, true, [])).toEqual({ kind: 'topical', topical: true });
  });
});

describe('stage: servingOf', () => {
  it('no serving size printed: what the directions take at one time', () => {
    const s = servingOf(readInputs(page({ labelText: 'Magnesium 100 mg', directions: 'Take 2 capsules twice daily.' })));
    expect(s.servingFromDirections).toBe(true);
    expect(s.serving?.units).toMatchObject({ min: 2, max: 2, unit: 'capsule' });
  });
});

describe('stage: perServingOf and the one table of sources', () => {
  it('the sources, in order of trust', () => {
    expect(AMOUNT_SOURCES.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it("a threshold ('products providing more than 350 mg') is no product's amount", () => {
    const p = readInputs(
      page({ description: 'A statement must be given for magnesium products providing more than 350 mg of magnesium per day.' }),
    );
    expect(perServingOf(p, servingOf(p), [])).toBeNull();
  });
  it('a facts row outranks a statement in the description', () => {
    const p = readInputs(
      page({
        labelText: 'Serving Size: 1 capsule\nMagnesium (as citrate) 150 mg',
        description: 'Each capsule provides 200 mg of elemental magnesium.',
      }),
    );
    expect(perServingOf(p, servingOf(p), [])?.amount).toMatchObject({ min: 150, max: 150, basis: 'stated-elemental' });
  });
  it('a salt weight is read through its fraction when nothing states the element', () => {
    const p = readInputs(page({ labelText: 'Serving Size: 1 capsule\nMagnesium Citrate 1,000 mg' }));
    expect(perServingOf(p, servingOf(p), [])?.amount.basis).toBe('from-compound');
  });
});

describe('stage: dailyOf', () => {
  it('amount times servings a day; a topical gets no daily total', () => {
    const p = readInputs(
      page({ labelText: 'Serving Size: 1 capsule\nMagnesium (as citrate) 150 mg', directions: 'Take 1 capsule twice daily.' }),
    );
    const servingReading = servingOf(p);
    const perServing = perServingOf(p, servingReading, []);
    const oral = dailyOf(
      { containsMagnesium: true, page: { kind: 'magnesium-supplement', topical: false }, servingReading, perServing },
      [],
    );
    expect(oral.perDay).toEqual({ min: 300, max: 300 });
    const skin = dailyOf({ containsMagnesium: true, page: { kind: 'topical', topical: true }, servingReading, perServing }, []);
    expect(skin.perDay).toBeNull();
  });
});
