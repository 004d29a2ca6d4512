import { describe, expect, it } from 'vitest';
import { formsInSourceList, formsNearMagnesium, mentionsMagnesiumNutrient } from './forms';

const ids = (fs: { id: string }[]) => fs.map((f) => f.id);

describe('formsInSourceList (the "(as …)" of a magnesium row)', () => {
  it.each([
    ['(as Magnesium Oxide and Magnesium Bisglycinate)', ['oxide', 'glycinate']],
    ['(as Mg oxide, citrate)', ['oxide', 'citrate']],
    ['(as magnesium bisglycinate chelate)', ['glycinate']],
    ['(as glycinate amino acid chelate, magnesium oxide)', ['glycinate', 'oxide']],
    ['(as aminoate complex)', ['amino-acid-chelate']],
    ['(as TRAACS Magnesium Bisglycinate Chelate Buffered)', ['glycinate']],
    ['(as Magnesium Citrate-Malate)', ['citrate', 'malate']],
    ['(as manganese oxide, magnesium aspartate)', ['aspartate']],
    ['(40 mg; S. cerevisiae)', ['other']],
    ['(as magnesium taurinate)', ['taurate']],
    ['(as Magtein magnesium L-threonate)', ['threonate']],
    ['(as magnesium acetyl taurate)', ['acetyl-taurate']],
    ['aus Magnesiumcitrat', ['citrate']],
    ['(en forme de bisglycinate de magnésium)', ['glycinate']],
    ['(como óxido de magnesio)', ['oxide']],
    ['(come ossido di magnesio)', ['oxide']],
    ['(Magnesiumoxid, Magnesiumbisglycinat)', ['oxide', 'glycinate']],
    ['(as dimagnesium malate)', ['malate']],
    ['(as magnesium chloride hexahydrate)', ['chloride']],
  ])('%s -> %j', (text, want) => expect(ids(formsInSourceList(text))).toEqual(want));
});

describe('formsNearMagnesium (titles, ingredients, bullets)', () => {
  it.each([
    ['Magnesium Glycinate 400mg, 180 Capsules', ['glycinate']],
    ['Magnesium Glycinate & Malate Complex', ['glycinate', 'malate']],
    ['Citrate de magnésium 300 mg', ['citrate']],
    ['Bisglicinato de magnesio', ['glycinate']],
    ['Magnesio citrato 150 compresse', ['citrate']],
    ['Magtein Magnesium L-Threonate', ['threonate']],
    ['Hauptinhaltsstoffe sind Kaliumchlorid und Trimagnesiumdicitrat.', ['citrate']],
    ['magnesium as a bis-glycinate/lysine chelate', ['glycinate', 'lysinate']],
    ['Една твърда капсула съдържа: магнезиев оксид, тежък 497,4mg', ['oxide']],
    ['Состав: оксид магния 500 мг', ['oxide']],
    ['калиев цитрат и магнезиев оксид', ['oxide']],
    ['Malate et bisglycinate de magnésium viennent compléter notre formule.', ['glycinate', 'malate']],
    ['contrairement au magnésium marin (oxyde et carbonate) ou au sulfate', []],
    ['Magnesium, Magnesium glycine', ['glycinate']],
    ['a complex of organic magnesium salts with no inorganic magnesium oxide or phosphate', []],
    ['Magnesium 200 mg, Glycine 1000 mg', []],
    ['Calcium citrate and magnesium oxide', ['oxide']],
    ['Better absorbed, compared with magnesium oxide', []],
    ['Unlike magnesium oxide, gentle on the stomach', []],
    ['Rice flour, magnesium stearate', []],
    ['Mg-Citrat Kapseln', ['citrate']],
  ])('%s -> %j', (text, want) => expect(ids(formsNearMagnesium(text))).toEqual(want));
});

describe('mentionsMagnesiumNutrient', () => {
  it.each([
    ['Magnesium Glycinate', true],
    ['Cellulose, magnesium stearate, silica', false],
    ['Stéarate de magnésium', false],
    ['ohne Magnesiumstearat', false],
    ['Magnesium-free formula', false],
    ['400 mg capsules', false],
    ['Mg citrate', true],
  ])('%s -> %s', (text, want) => expect(mentionsMagnesiumNutrient(text)).toBe(want));
});

describe("a comparison ends the product's forms", () => {
  it('"citrate is a more highly absorbable form than magnesium oxide" names citrate only', () => {
    expect(ids(formsNearMagnesium('Magnesium citrate is a more highly absorbable form than magnesium oxide.'))).toEqual([
      'citrate',
    ]);
  });
});
