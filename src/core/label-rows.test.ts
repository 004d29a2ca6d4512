import { describe, expect, it } from 'vitest';
import { headerBasis, readLabel } from './label-rows';
import { fold } from './text';

describe('label rows', () => {
  it("a nutrition table per 100 g is a food's: its magnesium is no serving's", () => {
    const r = readLabel('Nutritional value per 100 g (3.5 oz)\nEnergy\t2,708.42 kJ\nMagnesium\t(64%)\t228 mg', { eu: false });
    expect(r.magnesiumRows).toEqual([]);
    expect(r.isNutritionFactsPanel).toBe(true);
    // A supplement's table per daily dose and per 100 g keeps its rows.
    expect(readLabel('Nährwerte pro Tagesdosis\tpro 100 g\nMagnesium\t300 mg\t20 g', { eu: true }).magnesiumRows).toHaveLength(1);
  });

  it('"Magnesium as magnesium glycinate, magnesium oxide (SIMAG™)": the bracket is the oxide\'s trade name, no other source', () => {
    const r = readLabel(
      'Amount per day (3 capsules):\t%RI*\nMagnesium as magnesium glycinate, magnesium oxide (SIMAG™)\t300 mg\t80',
      {
        eu: true,
      },
    );
    expect(r.magnesiumRows[0]!.forms.map((f) => f.id)).toEqual(['glycinate', 'oxide']);
  });

  it('"Per dagdosering (twee (2) tabletten)": the count in words, then in figures, is the day\'s two tablets', () => {
    const r = readLabel('Per dagdosering (twee (2) tabletten)\nMagnesium (magnesiumoxide)\t67%\t250 mg', { eu: true });
    expect(r.servingSize).toBe('2 tabletten');
    expect(r.magnesiumRows[0]!.basis).toEqual({ per: 'day', units: 2, unit: 'tabletten' });
  });

  it.each(['Elke capsule bevat:', 'Cada cápsula contiene:', 'Varje kapsel innehåller:'])(
    '"%s" heads one unit\'s rows',
    (head) => {
      const r = readLabel(`${head}\nSoort\t\t%RI*\nMagnesium\t113 mg\t32\nCalcium\t94 mg\t10`, { eu: true });
      expect(r.magnesiumRows[0]!.basis.per).toBe('unit');
    },
  );

  it('"Magnésium — bisglycinate<TAB>56,25 mg<TAB>Dose modérée ; pas de preuve …": the source after a dash, a comment column no source', () => {
    const r = readLabel(
      "Ingrédient\tQuantité\tCommentaire\nMagnésium — bisglycinate\t56,25 mg\tDose modérée ; pas de preuve contre les crampes d'effort à cette dose.",
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => [m.reading, m.amount?.mg, m.forms.map((f) => f.id)])).toEqual([
      ['elemental', 56.25, ['glycinate']],
    ]);
  });

  it('"Toplam Elementel Magnezyum" (Turkish: total elemental magnesium) is the element\'s row', () => {
    const r = readLabel('Etken Madde\tMiktar\nToplam Elementel Magnezyum\t200 mg\nVitamin B6 (P-5-P)\t10 mg', { eu: true });
    expect(r.magnesiumRows.map((m) => [m.reading, m.amount?.mg])).toEqual([['elemental', 200]]);
  });

  it('Russian rows: a per-day section of its own, a range, and rows run together with semicolons', () => {
    const r = readLabel(
      [
        '1 капсула содержит:',
        'Магний 57 мг',
        'В рекомендуемой суточной норме потребления БАД (2-6 капс.) взрослыми:',
        'Магний 114-342 мг (29-86% от РУСП*)',
        'Активные вещества: магний – 100,0 мг, в виде магния цитрата безводного – 618,4 мг; пиридоксина гидрохлорид – 10,0 мг',
      ].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.amountLow ?? null, m.basis.per])).toEqual([
      [57, null, 'serving'],
      [342, 114, 'day'],
      [100, null, 'day'],
    ]);
    expect(r.magnesiumRows[2]!.ambiguousColumns).toBe(false);
  });

  it('"Each tablespoon (15 ml) contains:" over rows with amounts makes one unit the serving', () => {
    const serving = (text: string) => readLabel(text, { eu: false }).servingSize;
    expect(serving('Each tablespoon (15 ml) contains:\nMagnesium (magnesium glycinate)\t250 mg')).toBe('1 tablespoon (15 ml)');
    expect(serving('Each level teaspoon (3 g) contains:\nMagnesium (from magnesium citrate)\t435 mg')).toBe(
      '1 level teaspoon (3 g)',
    );
    expect(serving('Each vegetable capsule contains:\nMagnesium\t150 mg')).toBe('1 capsule');
    // Estonian, with an adjective the reader has no list for: "One effervescent tablet contains".
    expect(serving('Üks kihisev tablett sisaldab:\nmagneesiumi (raske magneesiumkarbonaat ja magneesiumsulfaat)\t100 mg.')).toBe(
      '1 tablett',
    );
    // A list that lost its figures says nothing about what they would be per.
    expect(serving('Each Tablet Contains:\nCalcium (Citrate)\nMagnesium (Citrate/Oxide)')).toBeNull();
  });

  it('"Ingredients per Capsule:" makes the rows below one capsule\'s; a dash between name and amount is a cell break', () => {
    const label = readLabel('Serving Size: 1 Capsule\nIngredients per Capsule:\nMagnesium (as magnesium citrate) - 133 mg', {
      eu: false,
    });
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'elemental', basis: { per: 'unit' } });
    expect(label.magnesiumRows[0]?.amount?.mg).toBe(133);
    // A range keeps its dash.
    expect(readLabel('Magnesium (as citrate) 100 - 200 mg', { eu: false }).magnesiumRows[0]?.amount?.mg).not.toBe(100);
  });

  it('"Quantité correspondant à magnésium" and "Wirkstoff: Mg2+" rows are elemental; the salt weighed after "ut" is no column', () => {
    const rows = readLabel(
      'Oxyde de magnésium léger\t270,0 mg\nQuantité correspondant àmagnésium\t150,0 mg\nPour une ampoule de 5 ml',
      { eu: true },
    ).magnesiumRows;
    expect(rows.map((r) => [r.reading, r.amount?.mg, r.basis.per])).toEqual([
      ['compound', 270, 'unit'],
      ['elemental', 150, 'unit'],
    ]);
    const swiss = readLabel(
      '1 Sachet enthält:\nWirkstoff: Mg2+ 301 mg = 12.4 mmol = 24.8 mval ut Magnesii citras anhydricus 1863 mg.',
      {
        eu: true,
      },
    ).magnesiumRows[0];
    expect(swiss).toMatchObject({ reading: 'elemental', amounts: [expect.objectContaining({ mg: 301 })] });
    expect(swiss?.forms.map((f) => f.id)).toEqual(['citrate']);
  });

  it('a Drug Facts "Active ingredient" row is per dosage unit, with or without "(in each tablet)"', () => {
    for (const heading of ['ACTIVE INGREDIENTS', 'Active ingredient (in each tablet)']) {
      const row = readLabel(`${heading}\nMagnesium Oxide 400mg (241.3mg elemental magnesium)`, { eu: false }).magnesiumRows[0];
      expect(row?.basis.per).toBe('unit');
    }
  });

  it('a "Serving Size" that gives directions is read as the directions', () => {
    const label = readLabel(
      'Serving Size: Flexible, 1 to 4 capsules daily, as needed.\nPer Capsule: 100 mg elemental magnesium',
      {
        eu: false,
      },
    );
    expect(label.servingSize).toBeNull();
    expect(label.directions).toBe('Flexible, 1 to 4 capsules daily, as needed.');
  });

  it.each([
    ['Each size 00 vegetarian cellulose capsule contains:\nMagnesium (as Magnesium Citrate) 125 mg', '1 capsule'],
    ['Ingredients (per 30 drops):\nMagnesium (as magnesium chloride) 80 mg.', '30 drops'],
  ])('the heading over the rows names the serving: %j', (text, serving) => {
    expect(readLabel(text, { eu: false }).servingSize).toBe(serving);
  });

  it('"Serving Size 9 Tablets (per day)": one count, the day\'s, is the serving and the directions', () => {
    const label = readLabel('Supplement Facts\nServing Size 9 Tablets (per day)\nMagnesium (as magnesium oxide) 400 mg 100%', {
      eu: false,
    });
    expect(label.servingSize).toBe('9 Tablets (per day)');
    expect(label.directions).toBe('9 Tablets (per day)');
  });

  it('a row that names magnesium and its source but lost its amount still lists magnesium', () => {
    const label = readLabel(
      [
        'Zinc (as zinc citrate)\t15 mg\t100%',
        'Magnesium (as magnesium citrate & oxide)',
        'Potassium (as potassium chloride)\t99 mg\t3%',
      ].join('\n'),
      { eu: false },
    );
    expect(label.magnesiumRows).toHaveLength(0);
    expect(label.magnesiumRowsWithoutAmount).toBe(1);
    expect(label.otherNutrientRows).toBe(2);
    // An excipient named the same way is not magnesium the product provides.
    expect(readLabel('Magnesium (as magnesium stearate)', { eu: false }).magnesiumRowsWithoutAmount).toBe(0);
  });

  it('a row whose amount wrapped onto the next line is one row', () => {
    const label = readLabel(
      [
        'MINERALES',
        'Óxido de magnesio pesado (equivalente a 70 mg de magnesio)',
        '116,0400 mg',
        'Sulfato ferroso desecado 40 mg',
      ].join('\n'),
      { eu: false },
    );
    expect(label.magnesiumRows).toHaveLength(1);
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'compound', amount: { mg: 116.04 } });
  });

  it.each([
    ['hořčík 170 mg v denní dávce', 170],
    ['Magnesium 375 mg pro Tagesdosis', 375],
  ])('"%s": a row that names the daily dose is the day\'s', (line, mg) => {
    const label = readLabel(`Klíčové složky\n${line}`, { eu: true });
    expect(label.magnesiumRows[0]).toMatchObject({ amount: { mg }, basis: { per: 'day' } });
    // (Not where a serving size says what the rows are per.)
    expect(readLabel(`Serving size: 2 capsules\n${line}`, { eu: true }).magnesiumRows[0]?.basis.per).toBe('serving');
  });

  it.each([
    ['Each gelatin capsule contains:', 'capsule'],
    ['Pour un comprimé pelliculé', 'comprime'],
    ['Each Vegetarian Capsule Contains:', 'capsule'],
  ])('"%s" makes the rows below per unit', (header, unit) => {
    const label = readLabel(`${header}\nMagnesium aspartate complex 625mg`, { eu: false });
    expect(label.magnesiumRows[0]?.basis).toEqual({ per: 'unit', unit });
  });

  it.each([
    ['Magnesium', '(als magnesiumbisglycinaat)\t200 mg\t53%', 200, 'glycinate'],
    ['Magnesio', '(come magnesio citrato) 150 mg 40%', 150, 'citrate'],
  ])('a name cell "%s" wrapped before its source "%s" is one row', (name, rest, mg, form) => {
    const label = readLabel(['Per capsule\t%RI*', name, rest, 'Zink (als zinkcitraat)\t10 mg\t100%'].join('\n'), {
      eu: true,
    });
    expect(label.magnesiumRows).toHaveLength(1);
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg } });
    expect(label.magnesiumRows[0]?.forms.map((f) => f.id)).toEqual([form]);
  });

  it.each([
    ['100 g\t1,1 g\t%VD*', 'Magnésio (mg)\t23636\t260\t62'],
    ['Quantidade por\t100 g\t2 cápsulas\t%VD*', 'Magnésio (mg)\t23636\t260\t62'],
    ['100 g\t1,1 g', 'Magnésio (mg)\t23636\t260'],
    // A supplement's table with the portion's column alone.
    ['\t1,1 g\t%VD*', 'Magnésio (mg)\t260\t62'],
    ['2 cápsulas\t%VD*', 'Magnésio (mg)\t260\t62'],
  ])('a Brazilian table "%s" over "%s": the unit in the name, the portion\'s column read', (header, row) => {
    const label = readLabel(
      ['INFORMAÇÃO NUTRICIONAL', 'Porção: 2 cápsulas (1,1 g)', header, 'Zinco (mg)\t1000\t11\t100', row].join('\n'),
      { eu: false },
    );
    expect(label.magnesiumRows).toHaveLength(1);
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 260 }, basis: { per: 'serving' } });
    // The quote is the row as printed.
    expect(label.magnesiumRows[0]?.text).toBe(row.replace(/\t/g, ' '));
  });

  it('a row with the unit in its name and no such header is not read as amounts', () => {
    const label = readLabel(['Informação nutricional', 'Magnésio (mg)\t23636\t260\t62'].join('\n'), { eu: false });
    expect(label.magnesiumRows.map((r) => r.amount?.mg)).not.toContain(23636);
    // Nor under a header of a %VD column with no portion's.
    const bare = readLabel(['Informação nutricional', 'Nutriente\t%VD*', 'Magnésio (mg)\t260\t62'].join('\n'), { eu: false });
    expect(bare.magnesiumRows.map((r) => r.amount?.mg)).not.toContain(260);
  });

  it('"Ingredients (per 30 drops): Magnesium (as magnesium chloride) 80 mg." is a row, and its basis the serving', () => {
    const label = readLabel(
      'Ingredients (per 30 drops): Magnesium (as magnesium chloride) 80 mg. Other ingredients: de-ionized water.',
      {
        eu: false,
      },
    );
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 80 } });
    expect(label.servingSize).toBe('30 drops');
  });

  it("a bracketed figure that is the salt's magnesium share is the elemental amount", () => {
    const label = readLabel('Magnesium lactate dihydrate (calculated as magnesium) 470 mg (48 mg)', { eu: false });
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 48 } });
  });

  it.each([
    ['a second salt weight', 'Magnesium aspartate (as magnesium aspartate tetrahydrate) 280 mg (350 mg)'],
    ['a share no lactate has', 'Magnesium lactate 470 mg (120 mg)'],
  ])('%s in brackets keeps the row a salt weight', (_why, row) => {
    const label = readLabel(row, { eu: false });
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'compound', amount: { mg: row.includes('280') ? 280 : 470 } });
  });

  it.each(['4 Tablets Contain:', 'Each 2 capsules contain:'])(
    '"%s" makes the rows below a serving of that many units',
    (header) => {
      const label = readLabel(`${header}\nMagnesium\t400 mg\n(from magnesium taurate complex)`, { eu: false });
      expect(label.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 400 }, basis: { per: 'serving' } });
      expect(label.magnesiumRows[0]?.forms.map((f) => f.id)).toEqual(['taurate']);
      expect(label.servingSize).toMatch(/^(?:4 Tablets|2 capsules)$/);
    },
  );
});

describe('label rows: columns of one ampoule and of two', () => {
  it.each([
    ['Informação nutricional\tPor ampola (10 ml)\t%VRN*\tPor 2 ampolas\t%VRN*', 'Magnésio', '2 ampolas'],
    ['Nutrition\tPer ampoule (10 ml)\t%NRV\tPer 2 ampoules\t%NRV', 'Magnesium', '2 ampoules'],
    ['Información nutricional\tPor ampolla\t%VRN\tPor 2 ampollas\t%VRN', 'Magnesio', '2 ampollas'],
  ])('"%s": the serving\'s column is the two ampoules\'', (header, name, serving) => {
    const r = readLabel(`${header}\n${name}\t113 mg\t30%\t226 mg\t60%`, { eu: true });
    expect(r.servingSize).toBe(serving);
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 226 }, ambiguousColumns: false });
  });
});

describe("label rows: headers that count a serving's units", () => {
  it.each([
    ['Nutritional Information per serving (2 capsules)', '2 capsules', 140],
    ['Pour 1 pastille (4,5 g)\tPour 3 pastilles\t% VNR* (3 pastilles)', '3 pastilles', 420],
    ['Per 2 caramelle (5 g)\t%VNR*', '2 caramelle', 140],
  ])('"%s" makes the serving %s', (header, serving, mg) => {
    const row = header.includes('pastille') ? 'Magnésium\t140 mg\t420 mg\t32 %' : 'Magnesium\t140 mg\t37%';
    const r = readLabel(`${header}\n${row}`, { eu: true });
    expect(r.servingSize).toBe(serving);
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg }, ambiguousColumns: false });
  });
});

describe('label rows: headings and headers that carry no amount', () => {
  it.each([' · ', ' | ', ' • '])(
    '"Supplement Facts%sServing Size 3 Capsules", servings per container after the same mark: the serving between the marks',
    (sep) => {
      const r = readLabel(
        `Supplement Facts${sep}Serving Size 3 Veggie Capsules${sep}Servings Per Container 30\nAmount Per Serving\t% DV\nMagnesium (as magnesium L-threonate)\t144 mg\t34%`,
        { eu: false },
      );
      expect(r.servingSize).toBe('3 Veggie Capsules');
      expect(r.magnesiumRows.map((row) => row.amount?.mg)).toEqual([144]);
    },
  );
  it.each([' · ', ' – ', ' — '])('rows run together with "%s" between them are rows of their own', (sep) => {
    const r = readLabel(`Pour 2 comprimés :\nMagnésium 300 mg (80 % VNR*)${sep}Vitamine B6 1,4 mg (100 % VNR*)`, { eu: true });
    expect(r.magnesiumRows.map((row) => [row.amount?.mg, row.amounts.length])).toEqual([[300, 1]]);
  });
  it("\"1 kapsułka zawiera: … 700 mg, w tym magnez 98 mg\": the element's row, split off its salt's, is the same capsule's", () => {
    const r = readLabel('1 kapsułka zawiera: diglicynian magnezu 700 mg, w tym magnez 98 mg (26% RWS*).', { eu: true });
    expect(r.magnesiumRows.map((row) => [row.reading, row.amount?.mg, row.basis.per])).toEqual([
      ['compound', 700, 'unit'],
      ['elemental', 98, 'unit'],
    ]);
  });
  it('"Each 2-capsule serving provides:" names the serving the rows under it are for', () => {
    const r = readLabel('Each 2-capsule serving provides:\nMagnesium citrate\t1,000 mg', { eu: false });
    expect(r.servingSize).toBe('2 capsules');
    expect(r.servingFromHeader).toBe(true);
  });
  it('"Elemental magnesium (approx.) | 1,000 mg of the compound gives": a table\'s basis, no row of magnesium', () => {
    const r = readLabel(
      'Elemental magnesium (approx.)\t1,000 mg of the compound gives\tKnown for\nMagnesium citrate\t15%\t~150 mg\nMagnesium glycinate\t14%\t~140 mg',
      { eu: false },
    );
    expect(r.magnesiumRows.map((row) => row.amount?.mg)).not.toContain(1000);
    expect(r.magnesiumRows.some((row) => row.reading === 'elemental')).toBe(false);
  });
});

describe('label rows: bilingual panels', () => {
  it('a row naming magnesium twice ("Magnesium / Magnésium") is one magnesium row', () => {
    const r = readLabel('Magnesium / Magnésium\t117 mg (31%)\nVitamin B6 / Vitamine B6\t0,7 mg (50%)', { eu: true });
    expect(r.magnesiumRows.map((x) => x.amount?.mg)).toEqual([117]);
    // Two nutrients in one name stay no magnesium row; a salt named second keeps the row the salt's weight.
    expect(readLabel('Magnesium / Calcium\t117 mg', { eu: true }).magnesiumRows).toEqual([]);
    expect(readLabel('Magnesium / Magnesium citrate\t500 mg', { eu: true }).magnesiumRows[0]?.reading).toBe('compound');
  });
  it('a header of bare counts ("1 kapseli / 3 kapselia") names a unit\'s column and a serving\'s', () => {
    const r = readLabel(
      [
        'Ravintosisältö / Näringsinnehåll\t1 kapseli / kapsel / 3 kapselia / kapslar',
        'Magnesium / Magnesium\t117mg (31%*) / 351 mg (94%*)',
      ].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 351 }, basis: { per: 'serving' }, ambiguousColumns: false });
    expect(r.servingSize).toBe('3 kapselia');
    // Counts with no heading's words before them are no header.
    expect(readLabel('1 tablet / 2 tablets\nMagnesium\t200 mg', { eu: true }).magnesiumRows[0]?.basis).toEqual({
      per: 'serving',
    });
    // Without the header the two amounts are ambiguous columns.
    expect(readLabel('Magnesium\t117mg (31%*) / 351 mg (94%*)', { eu: true }).magnesiumRows[0]?.ambiguousColumns).toBe(true);
  });
  it('"Состав (в 2 капсулах):" (composition in 2 capsules) names the serving its rows are for', () => {
    const r = readLabel(['Состав (в 2 капсулах):', 'магний (оксид) 250 мг', 'витамин B6 10 мг'].join('\n'), { eu: true });
    expect(r.servingSize).toBe('2 капсулах');
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 250 }, basis: { per: 'serving' } });
  });
  it('"Active ingredients<TAB>1 tablet<TAB>2 tablets": cells side by side name a unit\'s column and a serving\'s', () => {
    const r = readLabel(['Active ingredients\t1 tablet\t2 tablets', 'Magnesium (total)\t100 mg\t200 mg'].join('\n'), {
      eu: true,
    });
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 200 }, basis: { per: 'serving' }, ambiguousColumns: false });
    expect(r.servingSize).toBe('2 tablets');
    // A printed serving size of one unit makes the one unit's column the serving's.
    const one = readLabel(
      ['Serving Size 1 Capsule', 'Nutrition Information\t1 capsule\t2 capsules', 'Magnesium\t100 mg\t200 mg'].join('\n'),
      { eu: true },
    );
    expect(one.magnesiumRows[0]).toMatchObject({ amount: { mg: 100 }, basis: { per: 'serving' } });
  });
  it("a figure in micrograms on a magnesium row is another nutrient's, no column of its", () => {
    const r = readLabel('магний (оксид) 250 мг, витамин D3 25 мкг', { eu: true });
    expect(r.magnesiumRows[0]?.amounts.map((a) => a.mg)).toEqual([250]);
  });
});

describe('label rows: medicines and reference columns', () => {
  it('a dose column followed by reference levels: the first amount is the dose, its units the serving', () => {
    const label = readLabel(
      [
        'Capsules with a mass of 900 mg.',
        '1 dose (4 caps.)\tDaily Intake Levels\t% of RSP*',
        'Potassium (in the form of potassium citrate)\t400 mg\t3500 mg*\t11%',
        'Magnesium (in the form of magnesium citrate)\t200 mg\t400 mg*-800 mg**\t50%',
      ].join('\n'),
      { eu: false },
    );
    expect(label.magnesiumRows[0]).toMatchObject({ amount: { mg: 200 }, ambiguousColumns: false, basis: { per: 'serving' } });
    expect(label.servingSize).toBe('1 dose (4 caps.)');
    // "Capsules with a mass of 900 mg" is the capsule's weight, not a nutrient.
    expect(label.otherNutrientRows).toBe(1);
  });

  it('without a reference header the same row stays ambiguous', () => {
    const label = readLabel('Magnesium (in the form of magnesium citrate)\t200 mg\t400 mg\t50%', { eu: false });
    expect(label.magnesiumRows[0]?.ambiguousColumns).toBe(true);
  });

  it.each([
    ['84 mg, or 7 mEq of elemental magnesium', 'elemental'],
    ['84 mg, or 3 mEq of elemental magnesium', 'compound'],
  ])('"magnesium L-lactate dihydrate %s": milliequivalents that match make the figure elemental', (tail, reading) => {
    const label = readLabel(`Each caplet contains magnesium L-lactate dihydrate ${tail}.`, { eu: false });
    expect(label.magnesiumRows[0]).toMatchObject({ reading, amount: { mg: 84 } });
  });

  it('a per-100 g column beside the dose column is left out, with its percent', () => {
    const label = readLabel('Valori nutrizionali\tPer 100 g\tPer 2 buste\nMagnesio\t186.8 mg (50% NRV)\t71 mg (19% NRV)', {
      eu: true,
    });
    expect(label.magnesiumRows[0]).toMatchObject({ amount: { mg: 71 }, percent: { value: 19 }, ambiguousColumns: false });
    expect(label.servingSize).toBe('2 buste');
  });

  it("a full-width bracket holds the salt's weight as an ASCII one does", () => {
    const label = readLabel('magnesium\t200mg（提取自2000mg甘氨酸鎂）', { eu: false });
    expect(label.magnesiumRows[0]).toMatchObject({ amount: { mg: 200 }, ambiguousColumns: false });
  });

  it("a sentence leading to its amount is prose, not another nutrient's row", () => {
    const prose = readLabel('Conveniently dosed at 150 mg per capsule, for easy dosing.\nEach serving provides 200 mg.', {
      eu: false,
    });
    expect(prose.otherNutrientRows).toBe(0);
    // A nutrient's name before its amount is a row, however many words it has.
    expect(readLabel('Vitamin C (as ascorbic acid) 60 mg\nZinc 5 mg', { eu: false }).otherNutrientRows).toBe(2);
    // A vitamin's number is its name's, not its amount ("Vitamin B6 10 mg", "D3 25 mcg").
    expect(
      readLabel('Vitamin B6 (as pyridoxine HCl) 10 mg\nD3 25 mcg\nVitamin K2-MK7 100 mcg', { eu: false }).otherNutrientRows,
    ).toBe(3);
  });

  it('rows written amount first count as other nutrients', () => {
    const label = readLabel('A tablet contains:\n500 mg of calcium carbonate\n50 mg of magnesium oxide\n7.5 mg of zinc oxide', {
      eu: false,
    });
    expect(label.otherNutrientRows).toBe(2);
    expect(label.magnesiumRows[0]).toMatchObject({ reading: 'compound', amount: { mg: 50 } });
  });
});

describe('label rows: compositions written amount first', () => {
  it('two salts joined by "and" are two rows; a salt the catalogue does not name is "other"', () => {
    const rows = readLabel(
      '436,8 mg Magnesiumcitrat 9H2O und 165,4 mg Magnesium-L-Glutamat Tetrahydrat entsprechend 60 mg Magnesium.',
      {
        eu: true,
      },
    ).magnesiumRows;
    expect(rows.map((r) => [r.reading, r.amount?.mg, r.forms.map((f) => f.id)])).toEqual([
      ['compound', 436.8, ['citrate']],
      ['compound', 165.4, ['other']],
    ]);
  });

  it('"and" before another nutrient\'s amount ends the salt\'s name', () => {
    const rows = readLabel('420 mg magnézium-oxidot és 150 mg aszkorbinsavat tartalmaz pezsgőtablettánként.', {
      eu: true,
    }).magnesiumRows;
    expect(rows.map((r) => [r.amount?.mg, r.forms.map((f) => f.id)])).toEqual([[420, ['oxide']]]);
  });

  it('a bracket that weighs the same salt as another hydrate names the hydrate, in Ukrainian too', () => {
    const rows = readLabel(
      '1 таблетка містить:\n280 мг магнію аспарагінату (у вигляді 350 мг магнію аспарагінату тетрагідрату);',
      { eu: true },
    ).magnesiumRows;
    expect(rows[0]).toMatchObject({ reading: 'compound', amount: { mg: 280 }, hydrate: 'anhydrous' });
  });
});

describe('label rows: a serving size on a line of its own', () => {
  it('"Serving Size" then "3 Tablets" is the serving', () => {
    const label = readLabel('Serving Size\n3 Tablets\nServings Per Container\n30\nMagnesium (as magnesium oxide)\t225 mg\t56%', {
      eu: false,
    });
    expect(label.servingSize).toBe('3 Tablets');
    expect(label.magnesiumRows[0]).toMatchObject({ amount: { mg: 225 } });
  });
});

describe('label rows: pharmacopoeia grades and other minerals', () => {
  it('"Magnesium (as Magnesium sulphate) BP 1mg" is 1 mg of magnesium, quoted as printed', () => {
    const r = readLabel(
      'Each soft gelatin capsule contains:\nIron (as Ferrous sulphate) BP 5mg\nMagnesium (as Magnesium sulphate) BP 1mg',
      {
        eu: false,
      },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.text])).toEqual([
      [1, 'elemental', 'Magnesium (as Magnesium sulphate) BP 1mg'],
    ]);
    expect(readLabel('Magnesium Oxide USP 250 mg', { eu: false }).magnesiumRows.map((m) => [m.amount?.mg, m.reading])).toEqual([
      [250, 'compound'],
    ]);
  });
  it('a row whose amount is another element\'s ("Magnesium Sulphate eq to Elemental Manganese – 2 mg") is not magnesium\'s', () => {
    const r = readLabel('Magnesium Sulphate eq to Elemental Manganese – 2 mg\nMagnesium Hydroxide – 100 mg', { eu: false });
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([100]);
  });
});

describe('label rows: a count of units in words heading the rows', () => {
  it('"Two capsules give:" makes the rows a two-capsule serving', () => {
    const r = readLabel('Two capsules give:\n400 mg of magnesium bisglycinate chelate', { eu: false });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[400, 'serving']]);
    expect(r.servingSize).toBe('Two capsules');
  });
});

describe('label rows: the element "in the form of" its salt, in Slavic and Romanian words', () => {
  it.each([
    ['магния в виде магния цитрата – 50 мг', 50],
    ['магнію у вигляді магнію лактату 48 мг', 48],
    ['magnez w postaci cytrynianu magnezu 100 mg', 100],
    ['hořčík ve formě citrátu hořečnatého 120 mg', 120],
    ['Магний в виде цитрата 100 мг', 100],
    ['Магній у вигляді цитрату 100 мг', 100],
    ['magnez w formie cytrynianu magnezu 100 mg', 100],
    ['horčík vo forme citrátu 100 mg', 100],
  ])("%s is the element's weight", (row, mg) => {
    const r = readLabel(`Состав на одну капсулу\n${row}`, { eu: true });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading])).toEqual([[mg, 'elemental']]);
    // The salt after the phrase names the form.
    expect(r.magnesiumRows[0]!.forms.map((f) => f.id)).toContain(/лакт/.test(row) ? 'lactate' : 'citrate');
  });
  it("the salt named alone with its weight is still the salt's", () => {
    const r = readLabel('1 таблетка содержит:\nмагния цитрат 618 мг', { eu: true });
    expect(r.magnesiumRows.map((m) => m.reading)).toEqual(['compound']);
  });
});

describe('label rows: columns for several counts of one unit', () => {
  const panel = (serving: string) =>
    `Serving Size ${serving}\n\tAmount Per 2 Capsules\t% DV\tAmount Per 3 Capsules\t% DV\nMagnesium (as Magnesium Aspartate)\t300 mg\t75%\t450 mg\t113%`;
  it("the serving size's count names the serving's column; the other is set aside with its percent", () => {
    const three = readLabel(panel('3 Capsules'), { eu: false }).magnesiumRows[0]!;
    expect([three.amount?.mg, three.basis.per, three.ambiguousColumns, three.percent?.value]).toEqual([
      450,
      'serving',
      false,
      113,
    ]);
    const two = readLabel(panel('2 Capsules'), { eu: false }).magnesiumRows[0]!;
    expect([two.amount?.mg, two.percent?.value]).toEqual([300, 75]);
  });
  it("with no serving size, the column for the count the directions take is the serving's", () => {
    const header = 'Typical values\tPer 2 capsules\t%NRV*\tPer 4 capsules\t%NRV*\nMagnesium\t150mg\t40%\t300mg\t80%';
    const taken = { min: 2, max: 2, unit: 'capsule' as const, raw: '2 capsules' };
    const r = readLabel(header, { eu: true, taken });
    expect([r.servingSize, r.magnesiumRows[0]!.amount?.mg]).toEqual(['2 capsules', 150]);
    // (A count no column has, or a range one of whose ends has none, leaves the largest; a range whose ends both have
    // columns, "2 to 4 capsules a day", takes its least.)
    expect(readLabel(header, { eu: true, taken: { ...taken, min: 3, max: 3 } }).magnesiumRows[0]!.amount?.mg).toBe(300);
    expect(readLabel(header, { eu: true, taken: { ...taken, min: 1, max: 4 } }).magnesiumRows[0]!.amount?.mg).toBe(300);
    expect(readLabel(header, { eu: true, taken: { ...taken, min: 2, max: 4 } }).magnesiumRows[0]!.amount?.mg).toBe(150);
  });
  it("with no serving size, the largest count is the serving's; one unit's column is the unit's", () => {
    const r = readLabel('\tPer 1 tablet\tPer 2 tablets\nMagnesium (as citrate)\t100 mg\t200 mg', { eu: true });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[200, 'serving']]);
  });
  it("the serving size reported is the chosen column's; a day's column, groups' columns or a serving of none of the counts stay as they were", () => {
    expect(readLabel('\tPer 1 tablet\tPer 2 tablets\nMagnesium (as citrate)\t100 mg\t200 mg', { eu: true }).servingSize).toBe(
      '2 tablets',
    );
    const day = readLabel('\tPer 1 capsule\tPer 2 capsules (daily dose)\nMagnesium (as bisglycinate)\t100 mg\t200 mg', {
      eu: true,
    }).magnesiumRows[0]!;
    expect([day.amount?.mg, day.basis.per, day.ambiguousColumns]).toEqual([200, 'day', false]);
    const groups = readLabel(
      'Serving Size 3 Capsules\nAmount Per 3 Capsules (Men)\t% DV\tAmount Per 2 Capsules (Women)\t% DV\nMagnesium (as aspartate)\t450 mg\t107%\t300 mg\t71%',
      { eu: false },
    ).magnesiumRows[0]!;
    expect(groups.ambiguousColumns).toBe(true);
    const range = readLabel(
      'Serving Size: 1-2 Capsules\n\tAmount Per 1 Capsule\tAmount Per 2 Capsules\nMagnesium (as citrate)\t100 mg\t200 mg',
      {
        eu: false,
      },
    ).magnesiumRows[0]!;
    expect(range.ambiguousColumns).toBe(true);
  });
  it('a header of one count and its reference intake\'s column ("3 tablets | NRV** (3 tablets)") names the serving', () => {
    const r = readLabel('Supplement Facts\n3 tablets\tNRV** (3 tablets)\nMagnesium (magnesium bisglycinate)\t112 mg\t30%', {
      eu: true,
    });
    expect(r.servingSize).toBe('3 tablets');
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[112, 'serving']]);
    // Its cells one per line, as a table copied cell by cell gives it.
    const split = readLabel('Supplement Facts\n3 tablets\nNRV** (3 tablets)\nMagnesium (magnesium bisglycinate)\n112 mg\n30%', {
      eu: true,
    });
    expect(split.servingSize).toBe('3 tablets');
  });
});

describe("label rows: one unit's column or heading in Hebrew, Turkish and a spec table (round 15)", () => {
  it.each([
    ['רכיבים פעילים בטבליה:\nמגנזיום (כמגנזיום ציטראט)\t200 מ"ג', 200, '1 tablet', 'serving'],
    ['בכל כמוסה:\nמגנזיום\t150 מ"ג', 150, '1 capsule', 'serving'],
    ['בכל שקית:\nמגנזיום\t300 מ"ג', 300, '1 packet', 'serving'],
    ["Bileşen\tTablet başına\t%BRD*\nMagnezyum\t125 mg\t%33\n(magnezyum sitrat'tan)", 125, null, 'unit'],
    ['Содержание в 1 таблетке\tмагний — 100 мг', 100, '1 таблетке', 'unit'],
  ])("%s: the amount is one unit's", (text, mg, serving, per) => {
    const r = readLabel(text, { eu: true });
    expect([r.magnesiumRows[0]?.amount?.mg, r.servingSize, r.magnesiumRows[0]?.basis.per]).toEqual([mg, serving, per]);
  });
});

describe("label rows: a blend's members listed under the row that names it (round 15)", () => {
  it('"Magnesium (from SevenMag™ Blend) 500 mg" over "SevenMag™ Blend: Magnesium Bisglycinate, …" takes the members as its forms', () => {
    const r = readLabel(
      'Amount Per Serving\t% Daily Value\nMagnesium (from SevenMag™ Blend)\t500 mg\t119%\nSevenMag™ Blend: Magnesium Bisglycinate, Magnesium Malate, Magnesium Citrate',
      { eu: false },
    );
    expect(r.magnesiumRows[0]!.forms.map((f) => f.id)).toEqual(['glycinate', 'malate', 'citrate']);
    // A line that lists another blend's members is no list of this row's.
    const other = readLabel('Magnesium (from SevenMag™ Blend)\t500 mg\nSleep Blend: Magnesium Citrate, L-Theanine', {
      eu: false,
    });
    expect(other.magnesiumRows[0]!.forms.map((f) => f.id)).toEqual(['other']);
  });
});

describe("label rows: a column's weight before its unit (round 15)", () => {
  it('"Per 5 g scoop | Per 100 g" names the scoop\'s column; the 5 g is no amount of a nutrient', () => {
    const r = readLabel('Nutrition Information\tPer 5 g scoop\tPer 100 g\t%NRV*\nMagnesium\t300 mg\t6000 mg\t80%', { eu: true });
    expect([r.magnesiumRows[0]!.amount?.mg, r.magnesiumRows[0]!.ambiguousColumns]).toEqual([300, false]);
  });
});

describe("label rows: a Finnish table's header, one cell per line (round 15)", () => {
  it('"100 g" / "annos (1 mittalusikallinen, 3 g)": a bare 100 g cell beside a serving\'s; the serving\'s column is read', () => {
    const r = readLabel(
      'Ravintosisältö\n100 g\nannos (1 mittalusikallinen, 3 g)\n% saantivertailuarvosta*\nMagnesium\t5000 mg\t150 mg\t40 %',
      { eu: true },
    );
    expect([r.magnesiumRows[0]!.amount?.mg, r.magnesiumRows[0]!.ambiguousColumns]).toEqual([150, false]);
  });
});

describe('label rows: a source line that weighs its salts (round 15)', () => {
  it('"Magnesium 100mg" over "from Magnesium Bisglycinate 500mg and Magnesium Malate 200mg": both salts are the row\'s forms', () => {
    const r = readLabel(
      'Each capsule provides:\nMagnesium 100mg (27% NRV)\nfrom Magnesium Bisglycinate 500mg and Magnesium Malate 200mg',
      { eu: true },
    );
    expect(r.magnesiumRows.map((row) => [row.amount?.mg, row.reading, row.forms.map((f) => f.id)])).toEqual([
      [100, 'elemental', ['glycinate', 'malate']],
    ]);
  });
});

describe('label rows: two salts weighed in one row (round 15)', () => {
  it('"magnesiumlaktatdihydrat 760 mg och magnesiumcitrat 313 mg, motsvarande 120 mg magnesium": both salts are its forms', () => {
    const r = readLabel(
      '1 tuggtablett innehåller:\nmagnesiumlaktatdihydrat 760 mg och magnesiumcitrat 313 mg, motsvarande 120 mg (5 mmol) magnesium.',
      { eu: true },
    );
    expect(r.magnesiumRows[0]!.forms.map((f) => f.id)).toEqual(['lactate', 'citrate']);
  });
});

describe('label rows: a serving size in Spanish (round 15)', () => {
  it.each(['Tamaño por porción: 1 cucharadita (4 g)', 'Tamaño de la porción: 1 cucharadita (4 g)'])(
    '"%s" is the serving',
    (line) => {
      expect(readLabel(`${line}\nMagnesio 250 mg\t60%`, { eu: false }).servingSize).toBe('1 cucharadita (4 g)');
    },
  );
});

describe("label rows: a PDF's columns run together (round 16)", () => {
  it('"der Speisefettsäuren. davon Magnesium 240 mg 64 %": another column\'s sentence, then the element\'s row', () => {
    const r = readLabel('Magnesiumcitrat 1500 mg\nder Speisefettsäuren. davon Magnesium 240 mg 64 %', { eu: true });
    expect(r.magnesiumRows.filter((row) => row.reading === 'elemental').map((row) => row.amount?.mg)).toEqual([240]);
  });
});

describe("label rows: a Korean day's intake with its units' weight (round 16)", () => {
  it('"1일 섭취량 2정<TAB>1,800mg" heads a day of two tablets; the 1,800 mg is the tablets\' weight', () => {
    const r = readLabel('1일 섭취량 2정\t1,800mg\n마그네슘 315mg\t100%', { eu: false });
    expect(r.magnesiumRows.map((row) => [row.amount?.mg, row.basis])).toEqual([[315, { per: 'day', units: 2, unit: '정' }]]);
  });
});

describe("label rows: one tablet's column beside the day's (round 16)", () => {
  it('"Zawartość | 1 tabletka | 2 tabletki (dzienna porcja) | % RWS*": one unit\'s column and the day\'s of two', () => {
    const r = readLabel('Zawartość\t1 tabletka\t2 tabletki (dzienna porcja)\t% RWS*\nMagnez\t100 mg\t200 mg\t53%', { eu: true });
    const row = r.magnesiumRows[0]!;
    expect([row.amount?.mg, row.basis.per, row.unitColumn?.amount.mg, row.ambiguousColumns]).toEqual([200, 'day', 100, false]);
  });
});

describe('label rows: Icelandic (round 16)', () => {
  it('"Innihald í 2 hylkjum:" heads a serving of two capsules', () => {
    const r = readLabel('Innihald í 2 hylkjum:\nMagnesíum malat\t1250 mg', { eu: true });
    expect([r.servingSize, r.magnesiumRows[0]!.amount?.mg]).toEqual(['2 hylkjum', 1250]);
  });
});

describe('label rows: Hebrew', () => {
  it('"מגנזיום (From Magnesium Citrate): 200 מ"ג" is 200 mg of the element', () => {
    const r = readLabel('מגנזיום (From Magnesium Citrate): 200 מ"ג', { eu: false });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.forms.map((f) => f.id)])).toEqual([
      [200, 'elemental', ['citrate']],
    ]);
  });
});

describe('label rows: a source bracket closed on the next line', () => {
  it('"Magnesium (as magnesium oxide,<TAB>250 mg<TAB>60%" then "magnesium citrate)" names both salts', () => {
    const r = readLabel(
      'Supplement Facts\nServing Size 2 Tablets\nAmount Per Serving\t% Daily Value\nMagnesium (as magnesium oxide,\t250 mg\t60%\n  magnesium citrate)\nZinc (as zinc gluconate)\t10 mg',
      { eu: false },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.forms.map((f) => f.id)])).toEqual([
      [250, 'elemental', ['oxide', 'citrate']],
    ]);
  });
});

describe('label rows: a dose column that weighs its count of units', () => {
  it.each([
    [
      'Nährwerte\tpro 100 g\tpro Tagesdosis (2 Messlöffel = 2,5 g)\t% NRV*\nMagnesium\t12.000 mg\t300 mg\t80 %',
      '2 Messlöffel',
      300,
    ],
    [
      'Valeurs nutritionnelles\tpour 100 g\tpar dose journalière (4 gélules = 2,4 g)\t% VNR\nMagnésium\t10 000 mg\t300 mg\t80 %',
      '4 gélules',
      300,
    ],
  ])("%s: the day's column is read, its serving %s", (text, serving, mg) => {
    const r = readLabel(text, { eu: true });
    expect(r.servingSize).toBe(serving);
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[mg, 'day']]);
  });
});

describe("label rows: one unit's contents in Hungarian", () => {
  it.each([
    ['1 tabletta tartalma:\nmagnézium 125 mg (33% NRV*)', '1 tablet'],
    ['Egy kapszula tartalma:\nMagnézium\t100 mg\t27%', '1 capsule'],
  ])('%s: the serving is %s', (text, serving) => {
    const r = readLabel(text, { eu: true });
    expect(r.servingSize).toBe(serving);
    expect(r.magnesiumRows.map((m) => m.reading)).toEqual(['elemental']);
  });
});

describe('label rows: a basis under the rows, then another sentence', () => {
  it('"pour un comprimé pelliculé. Excipient à effet notoire : lactose." makes the rows one tablet\'s', () => {
    const r = readLabel(
      'Composition\nLactate de magnésium dihydraté\t470 mg\n(soit magnésium élément\t48 mg)\npour un comprimé pelliculé. Excipient à effet notoire : lactose.',
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => m.basis)).toContainEqual({ per: 'unit', unit: 'comprime' });
  });
});

describe('label rows: "each dose contains" a salt\'s weight', () => {
  it.each([
    ['Cada dose de 30 mL contém 0,99 g de cloreto de magnésio hexaidratado.', 990, 'chloride'],
    ['Una dosis contiene 2 g de citrato de magnesio.', 2000, 'citrate'],
  ])('"%s": %f mg of the salt, one dose\'s', (text, mg, form) => {
    const r = readLabel(text, { eu: true });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.forms.map((f) => f.id)])).toEqual([[mg, 'compound', [form]]]);
  });
});

describe('label rows: the element in brackets after its salt, in other languages', () => {
  it.each([
    ['магния цитрат безводный — 494,7 мг (что соответствует содержанию магния 80 мг), пиридоксина гидрохлорид — 8 мг;', 80],
    ['Magnesiumcitrat 494,7 mg (entspricht 80 mg Magnesium)', 80],
    ['Citrate de magnésium 500 mg (soit 80 mg de magnésium), vitamine B6 1,4 mg', 80],
  ])('"%s": %f mg of the element', (text, mg) => {
    const r = readLabel(text, { eu: true });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.forms.map((f) => f.id)])).toEqual([
      [mg, 'elemental', ['citrate']],
    ]);
  });
  it("(Two columns, each a salt with its element, stay the salt's weight: no list follows the first bracket.)", () => {
    const r = readLabel('Magnesium citrate 500 mg (80 mg)\t1000 mg (160 mg)', { eu: false });
    expect(r.magnesiumRows.map((m) => m.reading)).toEqual(['compound']);
  });
});

describe("label rows: one scoop's contents", () => {
  it.each([
    ['cada cacito dosificador de 1 g contiene 1.000 mg de bisglicinato de magnesio puro.', 1000, 'glycinate'],
    ['Un misurino da 2 g contiene 1000 mg di bisglicinato di magnesio.', 1000, 'glycinate'],
  ])('"%s": one unit\'s %f mg of the salt', (text, mg, form) => {
    const r = readLabel(text, { eu: true });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.forms.map((f) => f.id)])).toEqual([[mg, 'unit', [form]]]);
  });
});

describe('label rows: Thai and Malay, the element stated beside its salts', () => {
  it('"ใน 2 เม็ด ประกอบด้วย" heads two tablets\' rows; "(เทียบเท่า Magnesium 150 มก.)" is the element', () => {
    const r = readLabel(
      'ใน 2 เม็ด ประกอบด้วย\nMagnesium Oxide 250 มก. (เทียบเท่า Magnesium 150 มก.)\nZinc Gluconate 70 มก. (เทียบเท่า Zinc 10 มก.)',
      {
        eu: false,
      },
    );
    expect(r.servingSize).toBe('2 เม็ด');
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.forms.map((f) => f.id)])).toEqual([
      [150, 'elemental', ['oxide']],
    ]);
  });
  it('"Jumlah magnesium unsur: 92 mg" under the salts is the element\'s total', () => {
    const r = readLabel(
      'Setiap kapsul mengandungi:\nMagnesium Citrate 300 mg\nMagnesium Glycinate 200 mg\nJumlah magnesium unsur: 92 mg',
      { eu: false },
    );
    expect(r.magnesiumRows.filter((m) => m.reading === 'elemental').map((m) => m.amount?.mg)).toEqual([92]);
  });
});

describe('label rows: Thai', () => {
  it('"ใน 1 แคปซูล ประกอบด้วย" (in one capsule) heads rows whose serving is one capsule', () => {
    const r = readLabel(
      [
        'ใน 1 แคปซูล ประกอบด้วย',
        'แมกนีเซียม ซิเตรต (Magnesium Citrate) 200 มก.',
        'แมกนีเซียม ไกลซิเนต (Magnesium Glycinate) 150 มก.',
      ].join('\n'),
      { eu: false },
    );
    expect(r.servingSize).toBe('1 capsule');
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.forms.map((f) => f.id)])).toEqual([
      [200, 'compound', ['citrate']],
      [150, 'compound', ['glycinate']],
    ]);
  });
});

describe('label rows: a header whose cells came one per line', () => {
  it('"Per 100 g" then "Per 2 buste" is one header: the row\'s second amount is the dose\'s', () => {
    const r = readLabel('Valori nutrizionali\nPer 100 g\nPer 2 buste\nMagnesio\t186.8 mg (50% NRV)\t71 mg (19% NRV)', {
      eu: true,
    });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.percent?.value])).toEqual([[71, 'serving', 19]]);
    // "Per 100 g" alone still heads a food's rows, which are no dose.
    expect(readLabel('Per 100 g\nMagnesio\t186.8 mg', { eu: true }).magnesiumRows).toEqual([]);
  });
  it.each([['% VNR* pour 5 ml'], ['%NRV'], ['NRV %*'], ['% RI']])(
    'its reference column on a third line ("%s") stays with it: the row\'s second amount is the dose\'s',
    (reference) => {
      const r = readLabel(
        `Valeurs nutritionnelles moyennes\nPour 100 ml\nPour 5 ml\n${reference}\nMagnésium\t1000 mg\t50 mg\t13 %`,
        {
          eu: true,
        },
      );
      expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[50, 'serving']]);
    },
  );
  it('"Účinná látka" / "v 1 tabletě" / "v denní dávce (2 tablety)" / "% RHP*": one tablet\'s column, then the day\'s', () => {
    const r = readLabel(
      ['Účinná látka', 'v 1 tabletě', 'v denní dávce (2 tablety)', '% RHP*', 'Hořčík\t150 mg\t300 mg\t80 %'].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.unitColumn?.amount.mg, m.ambiguousColumns])).toEqual([
      [300, 'day', 150, false],
    ]);
  });
  it('"Składnik" / "1 kapsułka" / "2 kapsułki" / "% RWS*": the column\'s head a line above makes the counts a header', () => {
    const r = readLabel(['Składnik', '1 kapsułka', '2 kapsułki', '% RWS*', 'Magnez\t100 mg\t200 mg\t53 %'].join('\n'), {
      eu: true,
    });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.unitColumn?.amount.mg, m.ambiguousColumns])).toEqual([
      [200, 'serving', 100, false],
    ]);
  });
  it('"Sudedamoji dalis" / "3 kapsulėse" / "RMV %*", then "iš jo magnio 144 mg": one count\'s column, the element of which', () => {
    const r = readLabel(
      [
        'Sudedamoji dalis',
        '3 kapsulėse',
        'RMV %*',
        'Magnio L-treonatas (Magtein®)',
        '2000 mg',
        '–',
        'iš jo magnio',
        '144 mg',
        '38 %',
      ].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows.filter((m) => m.reading === 'elemental').map((m) => [m.amount?.mg, m.basis.per])).toEqual([
      [144, 'serving'],
    ]);
  });
  it('"Nutritional Information (per serving of 1 tablet, approx. 1.35 g)": the serving, its rough weight no amount', () => {
    const r = readLabel('Nutritional Information (per serving of 1 tablet, approx. 1.35 g)\nMagnesium\t140 mg\t32%*', {
      eu: false,
    });
    expect(r.servingSize).toBe('1 tablet');
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[140, 'serving']]);
  });
  it('"Inhaltsstoffe<TAB>pro Kapsel<TAB>pro Tagesdosis (2 Kapseln)": a first column named "ingredients" heads a table', () => {
    const r = readLabel('Inhaltsstoffe\tpro Kapsel\tpro Tagesdosis (2 Kapseln)\t% NRV\nMagnesium\t100 mg\t200 mg\t53 %', {
      eu: true,
    });
    expect([r.servingSize, r.servingFromHeader, r.ingredients]).toEqual(['2 Kapseln', true, null]);
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.unitColumn?.amount.mg])).toEqual([[200, 'day', 100]]);
  });
  it('Greek "Συστατικά ανά 2 κάψουλες" over "από το οποίο στοιχειακό μαγνήσιο 200 mg": the serving, the element of which', () => {
    const r = readLabel(
      'Συστατικά ανά 2 κάψουλες\nΔισγλυκινικό μαγνήσιο\t1.420 mg\nαπό το οποίο στοιχειακό μαγνήσιο\t200 mg\t53%*',
      {
        eu: true,
      },
    );
    expect(r.servingSize).toBe('2 κάψουλες');
    expect(r.magnesiumRows.filter((m) => m.reading === 'elemental').map((m) => [m.amount?.mg, m.basis.per])).toEqual([
      [200, 'serving'],
    ]);
  });
  it('Finnish "100 g | annospussi (4 g) | %VS*": the sachet\'s column is the serving\'s', () => {
    const r = readLabel('Ravintosisältö\n100 g\tannospussi (4 g)\t%VS*\nMagnesium\t7500 mg\t300 mg\t80 %', { eu: true });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[300, 'serving']]);
  });
  it('Spanish "Por 100 g | Por toma (10 g) | %VRN*": "toma" (an intake) is the serving\'s column', () => {
    const r = readLabel('Información nutricional\nPor 100 g\tPor toma (10 g)\t%VRN*\nMagnesio\t1500 mg\t150 mg\t40 %', {
      eu: true,
    });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[150, 'serving']]);
  });
  it('"Per 1 bustina" / "%VNR*" / "Per 100 g", then the rows a cell a line: the sachet\'s column is read, not the 100 g\'s', () => {
    const r = readLabel(
      [
        'Tenori medi',
        'Per 1 bustina',
        '%VNR*',
        'Per 100 g',
        'Magnesio',
        '150 mg',
        '40%',
        '2.500 mg',
        'Potassio',
        '400 mg',
        '20%',
        '6.667 mg',
      ].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.percent?.value])).toEqual([[150, 'unit', 40]]);
    expect(r.servingSize).toBe('1 bustina');
  });
});

describe("label rows: a table a phone's reader read column by column (round 9)", () => {
  it('names, then every amount, then every percent: each name with its amount and percent', () => {
    const r = readLabel(
      ['Amount Per Serving', 'Magnesium (as magnesium citrate)', 'Sodium', '%DV', '300 mg', '10 mg', '71%', '<1%'].join('\n'),
      { eu: false },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.percent?.value])).toEqual([[300, 71]]);
  });
  it("names, then each row's values in turn: the second column is the serving's", () => {
    const r = readLabel(
      [
        'pro 100 g',
        'pro Brausetablette',
        '%NRV*',
        'Magnesium',
        'Vitamin B6',
        '6977 mg',
        '300 mg',
        '80 %',
        '32,6 mg',
        '1,4 mg',
        '100 %',
      ].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([300]);
  });
  it('a second column under its own header cells goes on the same rows, its header beside the first (round 20)', () => {
    const r = readLabel(
      [
        'Zawartość w:',
        'Magnez',
        'Witamina B6',
        '1 tabletce',
        '100 mg',
        '1,4 mg',
        '2 tabletkach',
        '(dzienna porcja)',
        '200 mg 53%',
        '2,8 mg 200%',
        '%RWS*',
      ].join('\n'),
      { eu: true, taken: { min: 1, max: 1, unit: 'tablet', raw: '1 tabletka' } },
    );
    expect(r.magnesiumRows.map((m) => [m.text, m.unitColumn?.amount.mg, m.basis.per])).toEqual([
      ['Magnez 100 mg 200 mg 53%', 100, 'day'],
    ]);
  });
  it('a column header broken over lines ("pro Tagesdosis", "(2 Kapseln)", "% NRV*") is no name (round 20)', () => {
    const r = readLabel(['Nährwerte', 'Magnesium', 'pro Tagesdosis', '(2 Kapseln)', '% NRV*', '180 mg', '48 %'].join('\n'), {
      eu: true,
    });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.percent?.value])).toEqual([[180, 48]]);
  });
  it("a Japanese panel read column by column, its energy's kcal a value like the rest (round 23)", () => {
    const r = readLabel(
      ['4粒(1.2g)当たり', 'エネルギー', 'カルシウム', 'マグネシウム', 'ビタミンD', '2.0kcal', '300mg', '150mg', '5.0μg'].join(
        '\n',
      ),
      { eu: false },
    );
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([150]);
  });
  it("a header's reference cell is no name: one name with its amount and a dash (round 20)", () => {
    const r = readLabel(
      ['Pour 3 gélules', '% VNR*', 'Bisglycinate de magnésium', '1500 mg', '-', 'dont magnésium élément', '210 mg 56%'].join(
        '\n',
      ),
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => m.text)).not.toContain('% VNR* 1500 mg');
    expect(r.magnesiumRows.find((m) => m.reading === 'elemental')?.amount?.mg).toBe(210);
  });
  it('values whose kinds could go either way stay as they were', () => {
    const lines = ['Magnesium', 'Zinc', '300 mg', '10 mg', '71 mg', '9 mg'];
    expect(readLabel(lines.join('\n'), { eu: false }).magnesiumRows.map((m) => m.amount?.mg)).not.toEqual([300]);
  });
});

describe("label rows: Brazil's table with bars between its cells, or one cell per line (round 11)", () => {
  it.each([
    [
      'bars',
      [
        'Porção: 3 cápsulas (2,1 g)',
        '100 g | 3 cápsulas | %VD*',
        'Valor energético (kcal) | 0 | 0 | 0',
        'Magnésio (mg) | 6667 | 140 | 33',
      ],
    ],
    [
      'one cell per line',
      [
        'Porção: 3 cápsulas (2,1 g)',
        '100 g',
        '3 cápsulas',
        '%VD*',
        'Valor energético (kcal)',
        '0',
        '0',
        '0',
        'Magnésio (mg)',
        '6667',
        '140',
        '33',
      ],
    ],
  ])("%s: the portion's column gives 140 mg", (_layout, lines) => {
    const r = readLabel(lines.join('\n'), { eu: false });
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([140]);
  });
});

describe('label rows: a US panel copied onto one line (round 9)', () => {
  it.each([
    'Supplement Facts Serving Size: 2 Capsules Servings Per Container: 60 Amount Per Serving % Daily Value Magnesium (from Magnesium Glycinate) 140mg 33% *Daily Value not established',
    '2 Capsules Servings Per Container: 60 Amount Per Serving %DV Magnesium (from Magnesium Glycinate) 140mg 33% †Daily Value not established',
  ])('"%s" is its serving and its magnesium row', (line) => {
    const r = readLabel(line, { eu: false });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.percent?.value])).toEqual([[140, 33]]);
    expect(r.servingsPerContainer).toBe('60');
  });
});

describe("label rows: a food's table per 100 g after the unit's rows (round 9)", () => {
  it('"Wartość odżywcza w 100 g: …" with its own values keeps the rows above it, one gummy\'s', () => {
    const r = readLabel(
      '1 żelka zawiera:\nmagnez – 40 mg (11% RWS*) z cytrynianu magnezu\nwitamina B6 – 0,35 mg (25% RWS*)\nWartość odżywcza w 100 g: wartość energetyczna 1290 kJ / 308 kcal; tłuszcz 0,1 g; węglowodany 72 g.',
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([40]);
  });
  it('"Pour 100 g de granulés." printed under its rows still makes them 100 g\'s', () => {
    const r = readLabel('Magnésium\t1,896 g\nPour 100 g de granulés.\nUne cuillère mesure contient 2,5 g de granulés.', {
      eu: true,
    });
    expect(r.magnesiumRows).toEqual([]);
  });
});

describe('label rows: review 9 (sub-rows of a salt, bases of columns)', () => {
  it.each([
    ['Magnesiumbisglycinat\t600 mg\ndavon elementares Magnesium\t80 mg', 80],
    ['Magnesium Citrate\t1,600 mg\nproviding Magnesium\t240 mg\t64', 240],
    ['Cytrynian trimagnezu\t3000 mg\nw tym magnez\t450 mg\t120 %', 450],
    ['Dimalato de magnésio\t2250 mg\n dos quais magnésio\t270 mg\t72 %', 270],
    ['Magnesiumbisglycinaat\t1000 mg\n waarvan elementair magnesium\t140 mg', 140],
  ])('the element under its salt is read as the element (%#)', (text, mg) => {
    const rows = readLabel(text, { eu: true }).magnesiumRows;
    expect(rows.find((r) => r.reading === 'elemental')?.amount?.mg).toBe(mg);
  });
  it('"(equiv. magnesium 250 mg)" under its salt is that salt\'s element, with its forms', () => {
    const r = readLabel(
      [
        'Each 5 g dose contains:',
        'Magnesium amino acid chelate\t1.25 g',
        '(equiv. magnesium 250 mg)',
        'Magnesium orotate dihydrate\t200 mg',
        '(equiv. magnesium 13.1 mg)',
      ].join('\n'),
      { eu: false },
    );
    const elemental = r.magnesiumRows.filter((m) => m.reading === 'elemental');
    expect(elemental.map((m) => [m.amount?.mg, m.forms.map((f) => f.id)])).toEqual([
      [250, ['amino-acid-chelate']],
      [13.1, ['orotate']],
    ]);
  });
  it.each([
    ['Tenori medi\tper 1 compressa\tper dose massima giornaliera (3 compresse)\nMagnesio\t100 mg\t300 mg', 'day', 300],
    ['Obsah v denní dávce\t2 tablety\t% RHP*\nHořčík\t200 mg\t53 %', 'day', 200],
    ['Medicinal Ingredients (per 5 mL):\nMagnesium (Magnesium citrate)\t100 mg', 'serving', 100],
    ['Składniki\tw 1 kapsułce\tw 2 kapsułkach\nw tym magnez\t100 mg\t200 mg', 'serving', 200],
    ['栄養成分表示［1日3粒（1,250mg）あたり］\nマグネシウム\t185mg', 'serving', 185],
    ['營養標示\n每一份量\t2粒\n\t每份\t每日參考值百分比\n鎂\t200毫克\t67%', 'serving', 200],
  ])('a header names the basis of its column (%#)', (text, per, mg) => {
    const r = readLabel(text, { eu: true });
    const row = r.magnesiumRows.find((m) => m.reading === 'elemental')!;
    expect(row.basis.per).toBe(per);
    expect(row.amount?.mg).toBe(mg);
    expect(row.ambiguousColumns).toBe(false);
  });
});

describe('Dutch "Waarvan:" rows and a serving in the header\'s bracket (part T54)', () => {
  it('"Waarvan: Magnesium (…)" under the salt is the elemental row; "per dosering (3 vegan capsules)" names the serving', () => {
    const r = readLabel(
      [
        'Samenstelling per dosering (3 vegan capsules)\tRI*',
        'Magnesium L-threonaat (Magtein ® )\t2000 mg\t**',
        'Waarvan: Magnesium (Magnesium L-Threonaat)\t147 mg\t39%',
      ].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows.map((x) => [x.reading, x.amount?.mg])).toEqual([
      ['compound', 2000],
      ['elemental', 147],
    ]);
    expect(r.servingSize).toBe('3 vegan capsules');
  });
});

describe("a table of what people need is no product's rows (part T54)", () => {
  it('"Informação Nutricional (Porções Necessárias)" and "Recommended daily intakes" head reference values', () => {
    for (const head of ['Informação Nutricional (Porções Necessárias)', 'Recommended daily intakes']) {
      const r = readLabel(`${head}\nFerro:\t30,4mg\nMagnésio:\t27mg`, { eu: true });
      expect(r.magnesiumRows).toEqual([]);
    }
    expect(readLabel('Informação Nutricional\nMagnésio:\t27mg', { eu: true }).magnesiumRows.map((x) => x.amount?.mg)).toEqual([
      27,
    ]);
  });
});

describe('a salt named as the element, restated on the next line (part T55)', () => {
  it('"Magnesium (as citrate) 618.43 mg," over "Equivalent to magnesium (Mg2+) 100 mg": the first weighed the salt', () => {
    const r = readLabel('1 tab.\nMagnesium (as citrate) 618.43 mg,\n   Equivalent to magnesium (Mg2+) 100 mg\nPyridoxine 10 mg', {
      eu: false,
    });
    expect(r.magnesiumRows.map((x) => [x.reading, x.amount?.mg])).toEqual([
      ['compound', 618.43],
      ['elemental', 100],
    ]);
  });
});

describe('label rows in Estonian', () => {
  it('"magneesiumi (raske magneesiumkarbonaat ja magneesiumsulfaat)" with its amount is the magnesium row', () => {
    const r = readLabel(
      'C-vitamiini (askorbiinhape)\t1000 mg;\nmagneesiumi (raske magneesiumkarbonaat ja magneesiumsulfaat)\t100 mg.',
      {
        eu: true,
      },
    );
    expect(r.magnesiumRows.map((row) => [row.reading, row.amounts[0]?.mg])).toEqual([['elemental', 100]]);
  });
});

describe("a share of magnesium in a salt's name", () => {
  it('"Magnesium Glycinate Buffered (18%)<TAB>75 mg<TAB>†" holds 13.5 mg of magnesium, and 18% is no daily value', () => {
    const [row] = readLabel('Magnesium Glycinate Buffered (18%)\t75 mg\t†', { eu: false }).magnesiumRows;
    expect([row?.reading, row?.amounts[0]?.mg, row?.percent]).toEqual(['elemental', 13.5, null]);
    // A percent in the daily-value column is one.
    const [dv] = readLabel('Magnesium Citrate\t500 mg\t18%', { eu: false }).magnesiumRows;
    expect([dv?.reading, dv?.amounts[0]?.mg, dv?.percent?.value]).toEqual(['compound', 500, 18]);
  });
});

describe('magnesium named as a member of a blend (part T87)', () => {
  it('"Magnesium Chelate" under "Proprietary Blend 500 mg" is magnesium with no weight, in a blend', () => {
    const r = readLabel('Amount Per Serving\nProprietary Blend\t500 mg\t†\n  CDP-Choline (as citicoline)\n  Magnesium Chelate', {
      eu: false,
    });
    expect(r.magnesiumRows).toHaveLength(0);
    expect(r.magnesiumRowsWithoutAmount).toBe(1);
    expect(r.magnesiumInBlend).toBe(true);
    expect(r.unweighedSalts.map((f) => f.id)).toEqual(['amino-acid-chelate']);
  });
  it("a row of magnesium's own opens no blend, and a footnote or a sentence ends one", () => {
    const own = readLabel(
      'Magnesium Complex\t300 mg\t71%\n(as Magnesium Glycinate, Magnesium Citrate, Magnesium Malate)\nMagnesium Malate',
      { eu: false },
    );
    expect(own.magnesiumInBlend).toBe(false);
    const ended = readLabel(
      'Sleep Blend\t600 mg\t†\nAshwagandha, Chamomile, L-Theanine\n† Daily Value not established.\nMagnesium Glycinate',
      { eu: false },
    );
    expect(ended.magnesiumRowsWithoutAmount).toBe(0);
    const sentence = readLabel('Sleep Blend\t600 mg\t†\nPairs well with our Magnesium Glycinate.', { eu: false });
    expect(sentence.magnesiumRowsWithoutAmount).toBe(0);
  });
  it('after a row with its own amount, a line naming magnesium is no blend member', () => {
    const r = readLabel('Proprietary Blend\t500 mg\nZinc\t10 mg\nMagnesium Chelate', { eu: false });
    expect(r.magnesiumInBlend).toBe(false);
  });
});

describe("a header of one unit's column and a dose's column (part T90)", () => {
  it('"Nutrient | 1 Tablet Contain: | 4 Tablets Contain:" reads the four tablets\' column as the serving', () => {
    const r = readLabel('Nutrient\t1 Tablet Contain:\t4 Tablets Contain:\nMagnesium (HVP chelate)\t100 mg\t400 mg', {
      eu: false,
    });
    expect(r.servingSize).toBe('4 Tablets');
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(400);
  });
});

describe('review of the T90 header columns', () => {
  it('"Nutrient: | 1 Tablet Contains: | 4 Tablets Contain:", the first cell with its colon too', () => {
    const r = readLabel('Nutrient:\t1 Tablet Contains:\t4 Tablets Contain:\nMagnesium\t100 mg\t400 mg', { eu: false });
    expect(r.servingSize).toBe('4 Tablets');
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(400);
  });
});

describe('first sight on parts T95 and T96: a table whose cells came on their own lines', () => {
  it('"Vitamin B6 (as pyridoxine HCl)" over "2 mg" over "118%" is a row of another nutrient', () => {
    const label = readLabel(
      [
        'Supplement Facts',
        'Vitamin B6 (as pyridoxine HCl)',
        '2 mg',
        '118%',
        'Zinc',
        '10 mg',
        '91%',
        'Magnesium (as citrate)',
        '150 mg',
        '36%',
        'Selenium',
        '55 mcg',
        '100%',
      ].join('\n'),
      { eu: false },
    );
    expect(label.otherNutrientRows).toBe(3);
    expect(label.magnesiumRows.map((r) => r.amount?.mg)).toEqual([150]);
  });
  it('a serving\'s size over its count, and "Calories" over "5 g", are no rows of a nutrient', () => {
    expect(readLabel('Serving Size\n2 capsules\nCalories\n5 g\nMagnesium\t100 mg', { eu: false }).otherNutrientRows).toBe(0);
  });
  it('"エネルギー" and "たんぱく質" (their voicing marks folded away) are no rows of a nutrient', () => {
    const label = readLabel('栄養成分表示（1日2粒当たり）\nエネルギー\t5kcal\nたんぱく質\t0.1g\nマグネシウム\t100mg', {
      eu: false,
    });
    expect(label.otherNutrientRows).toBe(0);
  });
});

describe('first sight on part T98: rows weighed in Cyrillic units', () => {
  it('"кальций … 250 мг", "цинк … 2 мг", "витамин D3 … 50 МЕ" are rows of other nutrients', () => {
    const label = readLabel(
      'активные вещества:\nкальций (в виде кальция цитрата)\t250 мг\nвитамин D3 (колекальциферол)\t50 МЕ\nцинк (в виде цинка оксида)\t2 мг',
      { eu: true },
    );
    expect(label.otherNutrientRows).toBe(3);
  });
});

describe('review of the T98 rules: Cyrillic rows that are no nutrient', () => {
  it.each([
    'Масса таблетки\t1400 мг\nБелки\t0 г\nЖиры\t0 г\nУглеводы\t0,3 г',
    'Срок годности\t2 г.\nВес упаковки\t90 г\nМасса таблетки\t1,5 г',
    'Лактозы моногидрат\t53 мг\nКрахмал кукурузный\t20 мг\nТальк\t10 мг\nКальция стеарат\t5 мг',
    'Микрокристална целулоза\t200 мг\nМагнезиев стеарат\t8 мг\nСилициев диоксид\t5 мг',
  ])('%s counts no other nutrient', (rows) => {
    expect(readLabel(`Магний\t100 мг\n${rows}`, { eu: true }).otherNutrientRows).toBe(0);
  });
});

describe('Finnish and Latvian rows (part T103)', () => {
  it('"Vuorokausiannoksessa (5 tablettia)" heads a day\'s column; "Magnesiumia 350 mg" is the element\'s row', () => {
    const r = readLabel('Vuorokausiannoksessa (5 tablettia):\nKalsiumia 800 mg\nMagnesiumia 350 mg', { eu: true });
    expect(r.magnesiumRows).toHaveLength(1);
    expect(r.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 350 }, basis: { per: 'day', units: 5 } });
  });
  it('"Magnijs (magnija citrāts) 100 mg" is 100 mg of the element', () => {
    const r = readLabel('1 tablete satur:\nMagnijs (magnija citrāts)\t100 mg\t27%', { eu: true });
    expect(r.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 100 } });
  });
});

describe("readLabel: a salt's row that goes on with its element's", () => {
  it.each([
    ['Magnesium citrate 1000 mg (of which magnesium 150 mg)'],
    ['Citrate de magnésium 1000 mg dont magnésium 150 mg'],
    ['Magnesio citrato 1000 mg di cui magnesio 150 mg'],
    ['Magnesiumcitraat 1000 mg waarvan magnesium 150 mg'],
    ['Magnézium-citrát 1000 mg, ebből magnézium 150 mg'],
    ['Citrat de magneziu 1000 mg, din care magneziu 150 mg'],
    ['Magnezijev citrat 1000 mg, od čega magnezij 150 mg'],
    ['Magnezijev citrat 1000 mg, od tega magnezij 150 mg'],
    ['Magneesiumtsitraat 1000 mg, millest magneesium 150 mg'],
    ['Magnija citrāts 1000 mg, no kā magnijs 150 mg'],
    ['Magnio citratas 1000 mg, iš kurio magnio 150 mg'],
    ['Магнезиев цитрат 1000 mg, от които магнезий 150 mg'],
    ['Κιτρικό μαγνήσιο 1000 mg, εκ των οποίων μαγνήσιο 150 mg'],
  ])('"%s": 150 mg of the element, from the citrate', (row) => {
    const reading = readLabel(`Each capsule contains:\n${row}`, { eu: true });
    const elemental = reading.magnesiumRows.find((r) => r.reading === 'elemental');
    expect(elemental?.amount?.mg).toBe(150);
    expect(elemental?.forms.map((f) => f.id)).toEqual(['citrate']);
  });
});

describe('readLabel: millimoles first, the milligrams in brackets', () => {
  it('"Magnesium<TAB>12,3 mmol (300 mg)<TAB>80 %" is 300 mg of the element', () => {
    const r = readLabel('Nährwerte pro Tagesdosis (2 Kapseln)\nMagnesium (aus Magnesiumcitrat)\t12,3 mmol (300 mg)\t80 %', {
      eu: true,
    });
    expect(r.magnesiumRows).toHaveLength(1);
    expect(r.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 300 }, forms: [{ id: 'citrate' }] });
  });
  it('milligrams that are not the millimoles\' ("12,3 mmol (500 mg)") are no amount of the row', () => {
    expect(readLabel('Nährwerte pro Tagesdosis\nMagnesium\t12,3 mmol (500 mg)', { eu: true }).magnesiumRows).toHaveLength(0);
  });
});

describe("readLabel: a dose line under the rows is no column's header", () => {
  it.each(['2 capsules per day.', '2 gélules par jour.', 'Tomar 2 cápsulas por dia.'])(
    '"%s" under a per-capsule panel leaves the serving unprinted',
    (dose) => {
      const r = readLabel(`Per capsule\t%NRV*\nMagnesium\t150 mg\t40 %\n${dose}`, { eu: true });
      expect(r.servingSize).toBeNull();
      expect(r.magnesiumRows[0]).toMatchObject({ basis: { per: 'unit' } });
    },
  );
  it('"Pro Tagesdosis (2 Kapseln)" over the rows still heads them', () => {
    const r = readLabel('Pro Tagesdosis (2 Kapseln)\nMagnesium\t300 mg\t80 %', { eu: true });
    expect(r.servingSize).toBe('2 Kapseln');
  });
});

describe("readLabel: the basis printed after a row's amount", () => {
  it.each([
    ['Magnesium 150 mg per 10 ml', '10 ml'],
    ['Magnesium (as citrate) 150 mg / 10 ml', '10 ml'],
    ['Magnesium 200 mg (53%) per 2 capsules', '2 capsule'],
    ['Magnez 200 mg w 2 kapsułkach', '2 capsule'],
    ['Hořčík 200 mg ve 2 tobolkách', '2 capsule'],
    ['Magnézium 200 mg 2 kapszulában', '2 capsule'],
    ['Magnesium 150 mg 10 ml:ssa', '10 ml'],
    ['Магний 150 мг в 10 мл', '10 ml'],
  ])('"%s" is for %s: the serving, as a heading would say', (row, serving) => {
    const r = readLabel(row, { eu: true });
    expect(r.magnesiumRows).toHaveLength(1);
    expect(r.servingSize).toBe(serving);
  });
  it.each([
    'Magnesium 60 mg per 100 ml',
    'Magnesium 375 mg/100 g',
    'Magnesium 60 mg pr. 100 ml',
    "Magnezyum 60 mg 100 ml'de",
    'Magnézium 60 mg 100 ml-ben',
    'Magnesium 102 mg/l',
    'Magnesium 102 mg / 1 l',
  ])('"%s" is a food\'s content per 100 or a water\'s per litre, no dose', (row) => {
    expect(readLabel(row, { eu: true }).magnesiumRows).toHaveLength(0);
  });
  it('a row with no count after it ("Magnesium 150 mg 40 %") sets no serving', () => {
    expect(readLabel('Magnesium 150 mg 40 %', { eu: true }).servingSize).toBeNull();
  });
  it('"Magnesium 10 mmol<TAB>243 mg": the millimoles\' cell is no part of the name; the milligrams are the amount', () => {
    const r = readLabel('Magnesium 10 mmol\t243 mg', { eu: true });
    expect(r.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg: 243 } });
  });
});

describe('readLabel: an ingredients heading whose basis is one unit, its count unsaid', () => {
  it.each([
    ['Ingrédients médicinaux (par capsule) : Magnésium (bisglycinate de magnésium) 100 mg', '1 capsule'],
    ['Medicinal Ingredients (per capsule): Magnesium (magnesium bisglycinate) 100 mg', '1 capsule'],
  ])('"%s" is for %s', (line, serving) => {
    const r = readLabel(line, { eu: false });
    expect(r.servingSize).toBe(serving);
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 100 } });
  });
});

describe("readLabel: a second header after one unit's, and a day's dose counted in any unit", () => {
  it('"Pour 1 comprimé : …" then "Apports nutritionnels pour 2 comprimés": the rows under the second are two tablets\'', () => {
    const r = readLabel(
      'Pour 1 comprimé :\noxyde de magnésium 250 mg\nApports nutritionnels pour 2 comprimés\nMagnésium\t300 mg (80 % VNR*)',
      { eu: true },
    );
    expect(r.servingSize).toBe('2 comprimés');
    expect(r.magnesiumRows[1]).toMatchObject({ reading: 'elemental', amount: { mg: 300 }, basis: { per: 'serving' } });
    // The unit's row keeps its own basis.
    expect(r.magnesiumRows[0]!.basis).toMatchObject({ per: 'unit' });
  });
  it.each([
    ['Tenori medi\tper 1 bustina\tper dose giornaliera massima (2 bustine)\t%VNR*', 'bustine'],
    ['Nährwerte\tpro Beutel\tpro Tagesdosis (2 Beutel)\t% NRV', 'beutel'],
    ['Składniki\tw 1 tabletce\tw zalecanej dziennej porcji (3 tabletki)\t% RWS*', 'tabletki'],
  ])('"%s": the day\'s column counts its %s', (header, unit) => {
    const r = readLabel(`${header}\nMagnesio\t196 mg\t392 mg\t105 %`, { eu: true });
    expect(r.magnesiumRows[0]!.basis).toMatchObject({ per: 'day', unit });
    expect(r.magnesiumRows[0]!.unitColumn?.amount.mg).toBe(196);
  });
});

describe('readLabel: a header and its row on one line', () => {
  it.each([
    ['Amount per serving: Magnesium 250 mg', null, 'serving'],
    ['Per 2 capsules: Magnesium (as citrate) 300 mg', '2 capsules', 'serving'],
    ['Pro Tagesdosis (2 Kapseln): Magnesium 300 mg (80% NRV)', '2 Kapseln', 'day'],
    ['Each capsule contains: Magnesium (as citrate) 100 mg', '1 capsule', 'unit'],
    [
      'Serving Size 1 Tablespoon (15 mL). Amount Per Serving: Magnesium (as magnesium citrate) 250 mg, 60% DV.',
      '1 Tablespoon (15 mL)',
      'serving',
    ],
  ])('"%s"', (line, serving, per) => {
    const r = readLabel(line, { eu: false });
    expect(r.servingSize).toBe(serving);
    expect(r.magnesiumRows).toHaveLength(1);
    expect(r.magnesiumRows[0]).toMatchObject({ reading: 'elemental', basis: { per } });
  });
  it('a sentence before a colon is no header: "Directions: take 2 capsules daily. Magnesium: 300 mg" reads no header', () => {
    expect(readLabel('Directions: take 2 capsules daily. Magnesium: 300 mg', { eu: false }).servingSize).toBeNull();
  });
});

describe("readLabel: the basis printed in the row's name", () => {
  it.each([
    ['Magnesium per serving\t250 mg', 250, 'serving'],
    ['Magnesium, per serving\t250 mg', 250, 'serving'],
    ['Magnesium per tablet 100 mg', 100, 'unit'],
    ['Elemental magnesium per capsule: 120 mg', 120, 'unit'],
    ['Magnesium content 250 mg', 250, 'serving'],
    ['Magnesium content per daily dose: 300 mg', 300, 'day'],
  ])('"%s" is %i mg of magnesium per %s', (line, mg, per) => {
    const r = readLabel(line, { eu: false });
    expect(r.magnesiumRows[0]).toMatchObject({ reading: 'elemental', amount: { mg }, basis: { per } });
  });
  it('a salt\'s row keeps its name: "Magnesium citrate per capsule 500 mg" is the citrate\'s weight in one capsule', () => {
    const r = readLabel('Magnesium citrate per capsule 500 mg', { eu: false });
    expect(r.magnesiumRows[0]).toMatchObject({ reading: 'compound', amount: { mg: 500 }, basis: { per: 'unit' } });
  });
});

describe("readLabel: a salt's weight for a serving, told in a sentence", () => {
  it.each([
    ['Each serving provides 1000 mg of magnesium glycinate.', null],
    ['Each 2-capsule serving delivers a full 1000 mg of magnesium glycinate.', '2 capsules'],
    ['1000 MG PER SERVING: Each 2-capsule serving delivers a full 1000 mg of magnesium glycinate.', '2 capsules'],
    ['Jede Portion enthält 1000 mg Magnesiumglycinat.', null],
  ])('"%s"', (line, serving) => {
    const r = readLabel(line, { eu: false });
    expect(r.magnesiumRows[0]).toMatchObject({
      reading: 'compound',
      amount: { mg: 1000 },
      basis: { per: 'serving' },
      basisNamed: true,
    });
    expect(r.servingSize).toBe(serving);
  });
});

describe('readLabel: serving lines and totals in more languages', () => {
  it.each([
    ['Tagesdosis: 2 Kapseln', '2 Kapseln'],
    ['Günlük doz: 2 kapsül', '2 kapsül'],
    ['Dose journalière : 2 gélules', '2 gélules'],
    ['每份: 2粒胶囊 每瓶份数: 60', '2粒胶囊'],
  ])('"%s" is a serving of %s', (line, serving) => {
    expect(readLabel(`${line}\nMagnesium\t250 mg`, { eu: true }).servingSize).toBe(serving);
  });
  it.each(['Magnesium gesamt', 'Magnesio totale', 'Toplam elementel magnezyum', 'Magnesium insgesamt'])(
    '"%s" is the element\'s row',
    (name) => {
      expect(readLabel(`${name}\t250 mg`, { eu: true }).magnesiumRows[0]).toMatchObject({ reading: 'elemental' });
    },
  );
  it('"栄養成分表示（4粒 1.0g当たり）": the units\' weight after them leaves the count the serving', () => {
    expect(readLabel('栄養成分表示（4粒 1.0g当たり）\nマグネシウム\t125mg', { eu: false }).servingSize).toBe('4粒 1.0g');
  });
  it('a table copied with bars, its header\'s cells bases ("Per 100g | Per scoop (7g) | Per serving (…)"), has them as columns', () => {
    const r = readLabel(
      [
        'Serving size: 2 scoops (14g) – makes 500ml',
        'Typical values | Per 100g | Per scoop (7g) | Per serving (2 scoops in 500ml) | %NRV per serving',
        'Energy | 88kJ / 21kcal | 6kJ / 1kcal | 12kJ / 3kcal |',
        'Magnesium | 857mg | 60mg | 120mg | 32%',
      ].join('\n'),
      { eu: true },
    );
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(120);
  });
  it('"Per tablet (4g) | Per 500ml serving" with the same amount in both: the serving is one tablet', () => {
    const r = readLabel(
      'Typical values\tPer 100g\tPer tablet (4g)\tPer 500ml serving\t%NRV per tablet\nMagnesium\t1400mg\t56mg\t56mg\t15%',
      { eu: true },
    );
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(56);
    expect(r.servingSize).toBe('1 tablet');
  });
  it.each([
    ['Pidolato de magnesio\t1.000 mg\nCitrato de magnesio\t390 mg\nque aportan Magnesio\t150 mg (40 % VRN*)', 150],
    ['Magnesium citrate\t1000 mg\nwhich provides magnesium\t150 mg', 150],
    ['Ταυρινικό μαγνήσιο\t1400 mg\nπου παρέχει Μαγνήσιο\t125 mg\t33% ΣΗΠ*', 125],
  ])('"que aportan Magnesio", "which provides magnesium": the element its salts above give (%#)', (text, mg) => {
    const rows = readLabel(text, { eu: true }).magnesiumRows;
    expect(rows.find((r) => r.reading === 'elemental')?.amount?.mg).toBe(mg);
  });
  it('"per gel (60 ml / 66 g)": one gel\'s column, its volume and weight no amounts', () => {
    const r = readLabel(
      'Valori nutrizionali medi\nper 100 g\tper gel (60 ml / 66 g)\t%VNR* per gel\nMagnesio\t91 mg\t60 mg\t16%',
      {
        eu: true,
      },
    );
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(60);
  });
  it('"per dose (1 misurino da 5 g)": the dose\'s weight is no amount, the column the serving\'s', () => {
    const r = readLabel(
      'Contenuti medi\tper 100 g\tper dose (1 misurino da 5 g)\t%VNR* per dose\nMagnesio\t3000 mg\t150 mg\t40%',
      {
        eu: true,
      },
    );
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(150);
  });
  it('two per-100 columns, one of the drink made up ("Por 100 ml de bebida preparada (6 g en 750 ml)"), are both aside', () => {
    const r = readLabel(
      'Información nutricional\tPor 100 g\tPor cacito (6 g)\tPor 100 ml de bebida preparada (6 g en 750 ml)\t%VRN* por cacito\nMagnesio\t1.500 mg\t90 mg\t12 mg\t24 %',
      { eu: true },
    );
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(90);
  });
  it('"Amount Per 1 Gummy | … | Amount Per 2 Gummies": the serving\'s column, one gummy\'s beside it', () => {
    const r = readLabel(
      'Serving Size: 2 Gummies\nAmount Per 1 Gummy\t% Daily Value\tAmount Per 2 Gummies\t% Daily Value\nMagnesium (as magnesium citrate)\t45 mg\t11%\t90 mg\t21%',
      { eu: false },
    );
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(90);
    expect(r.magnesiumRows[0]?.ambiguousColumns).toBe(false);
  });
  it('"Per 100ml | Per 5ml | %NRV* per 5ml": a volume written onto its figure names a column too', () => {
    const r = readLabel('Typical values\tPer 100ml\tPer 5ml\t%NRV* per 5ml\nMagnesium\t2000mg\t100mg\t27%', { eu: true });
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(100);
  });
  it('"Déclaration nutritionnelle | par 100 g | par sachet (5 g) | % AR*": French "par 100 g" is a per-100 column set aside', () => {
    const r = readLabel('Déclaration nutritionnelle\tpar 100 g\tpar sachet (5 g)\t% AR*\nMagnésium\t6 000 mg\t300 mg\t80 %', {
      eu: true,
    });
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(300);
  });
  it('"Porción: 2 comprimidos" over its own table takes over from "Cada comprimido contiene:" above it', () => {
    const r = readLabel(
      'Cada comprimido contiene:\nCitrato de magnesio 1.000 mg (aporta 160 mg de magnesio).\nINFORMACIÓN NUTRICIONAL\nPorción: 2 comprimidos (2,68 g)\n100 g\t1 porción\nMagnesio (mg)\t11.940\t320',
      { eu: false },
    );
    expect(r.servingSize).toBe('2 comprimidos (2,68 g)');
  });
  it('"Serving Size 2 Gummies" of a US panel takes over from "Thành phần trong 1 viên:" above it', () => {
    const r = readLabel(
      'Thành phần trong 1 viên: Magie (dạng magnesium citrate) 50mg.\nSupplement Facts\nServing Size 2 Gummies\nAmount Per Serving\t% Daily Value\nMagnesium (as magnesium citrate) 100 mg\t24%',
      { eu: false },
    );
    expect(r.servingSize).toBe('2 Gummies');
    expect(r.magnesiumRows.map((row) => row.basis.per)).toEqual(['unit', 'serving']);
  });
  it('"גודל מנה: 3 כמוסות צמחיות   מספר מנות באריזה: 30": the serving, not the servings in the pack', () => {
    const r = readLabel(
      'גודל מנה: 3 כמוסות צמחיות   מספר מנות באריזה: 30\nמגנזיום (כ-Magtein® מגנזיום L-תראונאט)\t144 מ"ג\t34%',
      {
        eu: false,
      },
    );
    expect(r.servingSize).toBe('3 כמוסות צמחיות');
  });
  it('"Maistinė vertė | 100 g | 1 porcijoje (1,5 g)" (Lithuanian): the portion\'s column, not the 100 g\'s', () => {
    const r = readLabel('Maistinė vertė\t100 g\t1 porcijoje (1,5 g)\t%RV*\nMagnis\t15 000 mg\t225 mg\t60 %', { eu: true });
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(225);
  });
  it('"1 kapsülde | 2 kapsülde (günlük alım miktarı)": one capsule\'s column, and the day\'s of two', () => {
    const r = readLabel(
      'Besin öğesi\t1 kapsülde\t2 kapsülde (günlük alım miktarı)\t%BRD*\nElementel magnezyum\t100 mg\t200 mg\t%53',
      { eu: true },
    );
    expect(r.magnesiumRows[0]?.basis).toMatchObject({ per: 'day', units: 2 });
    expect(r.magnesiumRows[0]?.unitColumn?.amount.mg).toBe(100);
  });
  it('a Korean panel run on in one line, "…, 나트륨 10mg(1%), 마그네슘 110mg(35%)": a row for each item', () => {
    const r = readLabel(
      '1일 섭취량 1포(20g)당 함량 : 열량 15kcal, 탄수화물 4g(1%), 당류 1g(1%), 나트륨 10mg(1%), 마그네슘 110mg(35%)',
      { eu: false },
    );
    expect(r.magnesiumRows.map((row) => row.amount?.mg)).toEqual([110]);
  });
  it("a source bracket left open in the name's cell, its names on the lines under the amounts, is one row", () => {
    const r = readLabel(
      'Amount Per Serving\t%DV\nMagnesium (as magnesium bisglycinate,\t300 mg\t71%\n  magnesium malate, magnesium taurate,\n  magnesium chloride, magnesium L-threonate)',
      { eu: false },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.forms.map((f) => f.id)])).toEqual([
      [300, ['glycinate', 'malate', 'taurate', 'chloride', 'threonate']],
    ]);
  });
  it.each([
    [
      '1 Beutel zu 6,1 g enthält:\nMagnesiumcarbonat 670 mg (= 165 mg Magnesium),\nMagnesiumoxid 342 mg (= 200 mg Magnesium).',
      /^1 beutel/i,
    ],
    ['1 Sachet enthält: Mg2+ 301 mg = 12.4 mmol = 24.8 mval ut Magnesii citras anhydricus 1863 mg.', /^1 sachet/i],
    ['Serving size: 30 g | Servings per pack: approx. 8\nMagnesium\t160 mg', /^30 g$/],
  ])('%s: the serving', (text, serving) => {
    expect(readLabel(text, { eu: true }).servingSize).toMatch(serving);
  });
  it('"1 Sachet enthält: Mg2+ 301 mg …": the element\'s amount, one sachet\'s', () => {
    const r = readLabel('1 Sachet enthält: Mg2+ 301 mg = 12.4 mmol = 24.8 mval ut Magnesii citras anhydricus 1863 mg.', {
      eu: true,
    });
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([301]);
  });
  it('a leaflet of several dosage forms, each "1 … enthält:", names no one serving', () => {
    const r = readLabel('1 Filmtablette enthält:\nMagnesium 60.8 mg\n1 Brausetablette enthält:\nMagnesium 182.3 mg', {
      eu: true,
    });
    expect(r.servingSize).toBeNull();
  });
  it('a header of counts and references a cell a line ("Obsah v:" / "1 tabletě" / "%RHP*" / "2 tabletách" / "%RHP*")', () => {
    const r = readLabel('Obsah v:\n1 tabletě\n%RHP*\n2 tabletách\n%RHP*\nHořčík\t150 mg\t40 %\t300 mg\t80 %', { eu: true });
    expect(r.magnesiumRows[0]?.unitColumn?.amount.mg).toBe(150);
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(300);
  });
  it('"pro Tagesportion (2 g = 1 Messlöffel)": the portion\'s weight in its bracket is no amount; the column is the day\'s', () => {
    const r = readLabel(
      'Nährwertangaben\npro 100 g\tpro Tagesportion (2 g = 1 Messlöffel)\t% NRV*\nMagnesiumcitrat\t100 g\t2.000 mg\t–\ndavon Magnesium\t15,5 g\t310 mg\t83 %',
      { eu: true },
    );
    expect(r.magnesiumRows.find((m) => m.reading === 'elemental')?.amount?.mg).toBe(310);
  });
  it('"Por 100 g | Por porción" over "Magnesio (mg) | 2000 | 100 | %VD 25%": the unit in the name, the portion\'s column', () => {
    const r = readLabel(
      'Tamaño de porción: 2 gomitas (5 g)\nPor 100 g\tPor porción\nSodio (mg)\t40\t2\nMagnesio (mg)\t2000\t100\t%VD 25%',
      {
        eu: false,
      },
    );
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([100]);
  });
  it('a bilingual row, "Equiv. magnesium 相等於鎂<TAB>200 mg": the English name is read', () => {
    const r = readLabel('Each tablet contains 每片含:\nMagnesium citrate 檸檬酸鎂\t300 mg\nEquiv. magnesium 相等於鎂\t200 mg', {
      eu: false,
    });
    expect(r.magnesiumRows.find((m) => m.reading === 'elemental')?.amount?.mg).toBe(200);
  });
  it('"2 таблетки содержат:": the rows are for a serving of two tablets', () => {
    const r = readLabel('2 таблетки содержат:\nМагний — 200 мг — 50% от адекватного уровня суточного потребления*', {
      eu: false,
    });
    expect(r.servingSize).toBe('2 таблетки');
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(200);
  });
  it('"1 Brausetablette enthält:" over its header\'s cells one per line ("Nährstoff" / "Menge" / "% NRV*")', () => {
    const r = readLabel('1 Brausetablette enthält:\nNährstoff\nMenge\n% NRV*\nMagnesium\t150 mg\t40 %', { eu: true });
    expect(r.servingSize).toBe('1 brausetablette');
  });
  it.each(['1 Kautablette enthält:', '1 Brausetablette enthält:', 'Eine Filmtablette enthält:'])(
    '"%s": one unit of a German compound\'s name is the serving',
    (head) => {
      const r = readLabel(`${head}\nMagnesium\t100 mg\t27 % NRV*`, { eu: true });
      expect(r.servingSize).toMatch(/^1 \S*tablette$/);
      expect(r.magnesiumRows[0]?.amount?.mg).toBe(100);
    },
  );
  it('"1 таблетка содержит:" over "Действующие вещества:": one tablet is the serving, "что соответствует содержанию магния" the element', () => {
    const r = readLabel(
      '1 таблетка содержит:\nДействующие вещества:\nмагния цитрат — 618,43 мг,\nчто соответствует содержанию магния (Mg2+) — 100 мг;',
      { eu: false },
    );
    expect(r.servingSize).toBe('1 таблетка');
    expect(r.magnesiumRows.find((m) => m.reading === 'elemental')?.amount?.mg).toBe(100);
  });
  it('a row whose bracket runs on to the next line, closing before the amount, is one row with both forms', () => {
    const r = readLabel(
      'Amount Per Serving\t% Daily Value\nMagnesium (as magnesium bisglycinate chelate,\nmagnesium L-threonate)\t250 mg\t60%\nZinc (as zinc picolinate)\t10 mg\t91%',
      { eu: false },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.forms.map((f) => f.id)])).toEqual([[250, ['glycinate', 'threonate']]]);
  });
  it('a bracket that runs on over three lines, the middle one only names, is one row with all four forms', () => {
    const r = readLabel(
      'Amount Per Serving\t%DV\nMagnesium (as Magnesium Bisglycinate,\n  Magnesium Malate, Magnesium Taurate,\n  Magnesium Citrate)\t350 mg\t83%',
      { eu: false },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.forms.map((f) => f.id)])).toEqual([
      [350, ['glycinate', 'malate', 'taurate', 'citrate']],
    ]);
  });
  it("a per-100 g table's header over its own rows (its first an energy in kJ) leaves the unit's row above it", () => {
    const r = readLabel(
      '主要成分含量:\n每片含柠檬酸镁600mg\n营养成分表\n项目\t每100克\tNRV%\n能量\t1120千焦\t13%\n钠\t12毫克\t1%',
      {
        eu: false,
      },
    );
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([600]);
  });
  it('"项目<TAB>每份（2粒）<TAB>NRV%": the serving\'s column names its count of units', () => {
    const r = readLabel('项目\t每份（2粒）\tNRV%\n能量\t0千焦\t0%\n镁\t200毫克\t67%', { eu: false });
    expect(r.servingSize).toBe('2粒');
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(200);
  });
});

describe("readLabel: one ampoule's contents, its volume named", () => {
  it.each([
    'Cada ampola de 10 ml contém 1,5 g de pidolato de magnésio.',
    'Each ampoule of 10 ml contains 1.5 g of magnesium pidolate.',
    'Jede Ampulle (10 ml) enthält 1,5 g Magnesiumpidolat.',
  ])('"%s" is the pidolate\'s weight in one ampoule', (line) => {
    expect(readLabel(line, { eu: true }).magnesiumRows[0]).toMatchObject({
      reading: 'compound',
      amount: { mg: 1500 },
      basis: { per: 'unit' },
    });
  });
});

describe("readLabel: one unit's contents in a sentence after another", () => {
  it.each([
    'Jedna tableta obsahuje magnesii lactas dihydricus 500 mg.',
    'Léčivou látkou je magnesii lactas dihydricus. Jedna tableta obsahuje magnesii lactas dihydricus 500 mg.',
  ])('"%s" is the lactate\'s weight in one tablet', (line) => {
    expect(readLabel(line, { eu: true }).magnesiumRows[0]).toMatchObject({
      reading: 'compound',
      amount: { mg: 500 },
      basis: { per: 'unit' },
    });
  });
});

describe('readLabel: a Japanese panel per day', () => {
  it('"栄養成分表示（1日当たり）" heads a day\'s amounts', () => {
    expect(
      readLabel('栄養成分表示（1日当たり）\nエネルギー\t0.8kcal\nマグネシウム\t200mg', { eu: false }).magnesiumRows[0]!.basis,
    ).toMatchObject({
      per: 'day',
    });
  });
});

describe('readLabel: headers and serving lines in more words', () => {
  it('"Składnik | Porcja dzienna (2 kapsułki) | % RWS*" heads a day\'s column of two capsules', () => {
    const r = readLabel('Składnik\tPorcja dzienna (2 kapsułki)\t% RWS*\nw tym magnez\t165 mg\t44', { eu: true });
    expect(r.magnesiumRows[0]!.basis).toMatchObject({ per: 'day', units: 2 });
  });
  it('"Näringsvärde | Per 100 g | Per dos (5 g)": the dose\'s column, not the 100 g\'s', () => {
    const r = readLabel('Näringsvärde\tPer 100 g\tPer dos (5 g)\t% RI* per dos\nMagnesium\t2 000 mg\t100 mg\t27 %', { eu: true });
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 100 }, ambiguousColumns: false });
  });
  it.each([
    [
      'Tabela nutricional — Porção de 2 cápsulas (1,2 g)\nQuantidade por porção\t%VD*\nMagnésio\t130 mg\t31%',
      '2 cápsulas (1,2 g)',
    ],
  ])('"%s" is a serving of %s', (text, serving) => {
    expect(readLabel(text, { eu: false }).servingSize).toBe(serving);
  });
});

describe("readLabel: an ingredient list's first item, its weight and basis in brackets", () => {
  it('"Ingredients: Magnesium Citrate (1,000 mg per serving), Vegetable Cellulose …" is the citrate\'s weight in a serving', () => {
    const r = readLabel('Ingredients: Magnesium Citrate (1,000 mg per serving), Vegetable Cellulose (capsule), Rice Flour.', {
      eu: false,
    });
    expect(r.magnesiumRows[0]).toMatchObject({
      reading: 'compound',
      amount: { mg: 1000 },
      basis: { per: 'serving' },
      basisNamed: true,
    });
  });
  it('"Ingredients: Magnesium Citrate (1,000 mg), …" names no basis and stays unread', () => {
    expect(readLabel('Ingredients: Magnesium Citrate (1,000 mg), Vegetable Cellulose.', { eu: false }).magnesiumRows).toEqual([]);
  });
});

describe("readLabel: a header's count of spoons, their weight beside it", () => {
  it.each([
    ['Valori medi\tper 2 cucchiaini (4,6 g)\t% VNR*', '2 cucchiaini'],
    ['Nutrition\tper 2 teaspoons (5 g)\t%NRV', '2 teaspoons'],
  ])('"%s" is a serving of %s', (header, serving) => {
    const r = readLabel(`${header}\nMagnesio\t374 mg\t100 %`, { eu: true });
    expect(r.servingSize).toBe(serving);
    expect(r.servingFromHeader).toBe(true);
  });
});

describe('label rows: "22 porciones por envase", the count before the words (round 20)', () => {
  it('is the servings per container, not a column per container', () => {
    const r = readLabel('Porción: 4 gomitas\n22 porciones por envase\nMagnesio\t100 mg\t24%', { eu: false });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per])).toEqual([[100, 'serving']]);
    expect(r.servingsPerContainer).toBe('22');
  });
});

describe('label rows: a Chilean table, "100 g | 1 porción | %DDR*" (round 21)', () => {
  it("reads the portion's column", () => {
    const r = readLabel('Porción: 1 comprimido (1,1 g)\n100 g\t1 porción\t%DDR*\nMagnesio (mg)\t13636\t150\t50', { eu: false });
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([150]);
  });
});

describe('label rows: "Pour 1 gélule | Pour 3 gélules (dose journalière)" (round 22)', () => {
  it("the day's column counts the units right before its bracket; the serving printed is its count", () => {
    const r = readLabel(
      'Valeurs nutritionnelles moyennes\tPour 1 gélule\tPour 3 gélules (dose journalière)\t% VNR*\nMagnésium\t50 mg\t150 mg\t40 %',
      { eu: true },
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis, m.unitColumn?.amount.mg])).toEqual([
      [150, { per: 'day', units: 3, unit: 'gelules' }, 50],
    ]);
    expect(r.servingSize).toBe('3 gélules');
  });
});

describe('label rows: German headers per chewable tablet and per measuring scoop (round 22)', () => {
  it.each([
    ['pro Kautablette\tpro Tagesdosis (2 Kautabletten)\t% NRV*\nMagnesium\t150 mg\t300 mg\t80 %', 150],
    [
      'pro Messlöffel (1,1 g)\tpro Tagesdosis (2 Messlöffel)\t%NRV*\tpro 100 g\ndavon Magnesium\t165 mg\t330 mg\t88 %\t15.000 mg',
      165,
    ],
  ])('%s: a unit column beside the day', (text, unitMg) => {
    const r = readLabel(text, { eu: true });
    expect(r.magnesiumRows.map((m) => m.unitColumn?.amount.mg)).toEqual([unitMg]);
  });
});

describe('label rows: "Per tablet | Per 2 tablets (daily dose)" stays two columns (round 22)', () => {
  it("the count before the bracket is the day's, not a serving's column besides", () => {
    const r = readLabel('Typical values\tPer tablet\tPer 2 tablets (daily dose)\t%NRV*\nproviding Magnesium\t150mg\t300mg\t80%', {
      eu: true,
    });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.unitColumn?.amount.mg, m.ambiguousColumns])).toEqual([
      [300, 'day', 150, false],
    ]);
  });
});

describe('label rows: magnesium from the sea, named as an adjective (round 22)', () => {
  it.each(['Pour 3 comprimés\nMagnésium marin\t300 mg (80 % VNR*)', 'Per 3 tablets\nMarine magnesium\t300 mg 80%'])(
    "%s: the element's row, quoted as printed",
    (text) => {
      const r = readLabel(text, { eu: true });
      expect(r.magnesiumRows.map((m) => [m.reading, m.amount?.mg, m.forms.length])).toEqual([['elemental', 300, 0]]);
      expect(r.magnesiumRows[0]!.text).toMatch(/marin/i);
    },
  );
});

describe("label rows: round 23's headers (stop 59)", () => {
  const columns = (text: string) =>
    readLabel(text, { eu: true }).magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.ambiguousColumns]);
  it('"1 kapsułka" / "2 kapsułki (dzienna porcja)" / "%RWS* (2 kapsułki)", a cell a line, is one header: unit, then day', () => {
    const cells = ['Składnik', '1 kapsułka', '2 kapsułki (dzienna porcja)', '%RWS* (2 kapsułki)'];
    expect(columns([...cells, 'Magnez\t100 mg\t200 mg\t53%'].join('\n'))).toEqual([[200, 'day', false]]);
    // (So is the same header on one line with no word before its counts.)
    expect(columns(`${cells.slice(1).join('\t')}\nMagnez\t100 mg\t200 mg\t53%`)).toEqual([[200, 'day', false]]);
  });
  it('"Pour 1 gélule" / "Pour 3 gélules" / "% VNR* pour 3 gélules": the reference\'s count is no third column', () => {
    const text = [
      'Pour 1 gélule',
      'Pour 3 gélules',
      '% VNR* pour 3 gélules',
      'dont magnésium élément',
      '100 mg',
      '300 mg',
      '80 %',
    ];
    expect(columns(text.join('\n'))).toEqual([[300, 'serving', false]]);
    expect(readLabel(text.join('\n'), { eu: true }).servingSize).toBe('3 gélules');
  });
  it('"Cada porción (2 cápsulas) contiene:" prints the serving', () => {
    expect(readLabel('Cada porción (2 cápsulas) contiene:\nCitrato de magnesio\t1400 mg', { eu: false }).servingSize).toBe(
      '2 cápsulas',
    );
  });
  it('Chile\'s "100 g | 1 porción" over "Magnesio (mg) | 15385 | 200 (67% DDR)": the portion\'s 200 mg', () => {
    const r = readLabel('Porción: 2 cápsulas (1,3 g)\n100 g\t1 porción\nMagnesio (mg)\t15385\t200 (67% DDR)', { eu: false });
    expect(r.magnesiumRows.map((m) => m.amount?.mg)).toEqual([200]);
  });
});

describe("label rows: round 24's headers and rows (stop 59)", () => {
  const read = (text: string, eu = true) => readLabel(text, { eu });
  const mg = (text: string, eu = true) => read(text, eu).magnesiumRows.map((m) => [m.amount?.mg, m.basis.per]);
  it('"Pr. tablet | Pr. dagsdosis (2 tabletter)": the Danish "pr." is "per"', () => {
    expect(mg('Næringsindhold\tPr. tablet\tPr. dagsdosis (2 tabletter)\t% RI*\nMagnesium\t150 mg\t300 mg\t80 %')).toEqual([
      [300, 'day'],
    ]);
  });
  it('"Elke capsule bevat 500 mg magnesiumcitraat": one unit\'s salt, in Dutch', () => {
    const r = read('Elke capsule bevat 500 mg magnesiumcitraat');
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.reading, m.basis.per])).toEqual([[500, 'compound', 'unit']]);
  });
  it.each([
    ['Per porsjon (1 måleskje = 2,4 g)', '1 måleskje'],
    ['Per serving (2 scoops)', '2 scoops'],
    ['每份（2片，2.0g）', '2片'],
  ])('"%s" beside "Per 100 g" prints the serving', (header, serving) => {
    expect(read(`Nutrition\tPer 100 g\t${header}\t% RI\nMagnesium\t15 000 mg\t360 mg\t96 %`).servingSize).toBe(serving);
  });
  it('"Tiap 3 kaplet mengandung:" heads a serving of three caplets', () => {
    expect(read('Tiap 3 kaplet mengandung:\nMagnesium (sebagai magnesium oksida) 300 mg', false).servingSize).toBe('3 kaplet');
  });
  it('"Typical values per 100 ml" over an energy row heads a food\'s table of its own: the rows above stay', () => {
    expect(
      mg(
        'Per 10 ml\t%NRV*\tPer 20 ml (daily dose)\t%NRV*\nMagnesium\t150 mg\t40%\t300 mg\t80%\nTypical values per 100 ml\nEnergy\t198 kJ / 47 kcal',
      ),
    ).toEqual([[150, 'serving']]);
  });
  it('"마그네슘 315mg (100%), 비타민B6 1.5mg (100%)": two items on one line are two rows', () => {
    const r = read('1일 섭취량 2정(2,000mg)당 함량\n마그네슘 315mg (100%), 비타민B6 1.5mg (100%)', false);
    expect(r.magnesiumRows.map((m) => m.amounts.map((a) => a.mg))).toEqual([[315]]);
  });
});

describe("label rows: round 26's layouts (stop 59)", () => {
  const read = (text: string, eu = false) => readLabel(text, { eu });
  it('Brazil\'s "2 cápsulas | %VD(*)" over "Magnésio (mg) | 200 | 48"', () => {
    expect(read('2 cápsulas\t%VD(*)\nMagnésio (mg)\t200\t48').magnesiumRows.map((m) => m.amount?.mg)).toEqual([200]);
  });
  it("a source in square brackets under its row is the row's; a blend's name and its glycine name no other source", () => {
    const r = read(
      'Each Vegetarian Capsule Contains:\nMagnesium\t200 mg\n[Magnesium Bisglycinate Blend (magnesium bisglycinate, magnesium oxide, glycine)]',
    );
    expect(r.magnesiumRows.map((m) => m.forms.map((f) => f.id).sort())).toEqual([['glycinate', 'oxide']]);
  });
  it('"(= 12,4 mmol = 24,8 mval) als Magnesiumcitrat, wasserfrei" and "Magnesio totale (elemento)" name no other source', () => {
    expect(
      read('Wirkstoff: Magnesium 301 mg (= 12,4 mmol = 24,8 mval) als Magnesiumcitrat, wasserfrei 1863 mg.').magnesiumRows.map(
        (m) => m.forms.map((f) => f.id),
      ),
    ).toEqual([['citrate']]);
    expect(read('Magnesio totale (elemento)\t150 mg\t40%').magnesiumRows.map((m) => m.forms.map((f) => f.id))).toEqual([[]]);
  });
  it('"Amount Per | % Daily | Amount Per | % Daily" over "1 Capsule | Value | 2 Capsules | Value" is one header', () => {
    const r = read(
      'Serving Size 1 Capsule\nAmount Per\t% Daily\tAmount Per\t% Daily\n1 Capsule\tValue\t2 Capsules\tValue\nMagnesium (as magnesium bisglycinate chelate)\t100 mg\t24%\t200 mg\t48%',
    );
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.ambiguousColumns])).toEqual([[100, false]]);
  });
});

describe("label rows: after round 25's measurement (stop 59)", () => {
  it('"soit Magnésium élément 240 mg" is the element\'s row', () => {
    const r = readLabel(
      'Pour 1 dosette (2,5 g)\tPour 100 g\t% VNR*\nCitrate de magnésium\t350 mg\t14 000 mg\nsoit Magnésium élément\t240 mg\t9 600 mg\t64 %',
      {
        eu: true,
      },
    );
    expect(r.magnesiumRows.filter((m) => m.reading === 'elemental').map((m) => m.amount?.mg)).toEqual([240]);
  });
  it('a table retyped with slashes: "Zawartość w: 1 tabletce / 2 tabletkach (dzienna porcja)" over "Magnez 100 mg … / 200 mg …"', () => {
    const r = readLabel('Zawartość w: 1 tabletce / 2 tabletkach (dzienna porcja)\nMagnez 100 mg (27% RWS*) / 200 mg (53% RWS*)', {
      eu: true,
    });
    expect(r.magnesiumRows.map((m) => [m.amount?.mg, m.basis.per, m.ambiguousColumns])).toEqual([[200, 'day', false]]);
  });
});

describe('a Canadian header whose measure weighs itself (round 32)', () => {
  it.each([
    'Ingrédients médicinaux (par cuillère à thé de 2,3 g) :\nMagnésium (carbonate de magnésium)\t205 mg',
    'Medicinal ingredients (per teaspoon (2.3 g)):\nMagnesium (magnesium carbonate)\t205 mg',
  ])("%s: the rows are one teaspoon's", (text) => {
    const r = readLabel(text, { eu: false });
    expect(r.magnesiumRows[0]).toMatchObject({ basis: { per: 'unit' }, amount: { mg: 205 } });
  });
});

describe('a Chinese serving line (round 32)', () => {
  it('"每份用量：2片" (amount used per serving) is the serving size', () => {
    const r = readLabel('每份用量：2片　　每瓶份数：60\n每份含量\t\t%每日参考值*\n镁（来自赖氨酸甘氨酸螯合镁）\t200mg\t48%', {
      eu: false,
    });
    expect(r.servingSize).toMatch(/^2片/);
  });
});

describe('a serving size for children and for adults over a column for each (round 32)', () => {
  it("reads the adults' column, with its own percent", () => {
    const r = readLabel(
      [
        'Supplement Facts',
        'Serving Size: Children 4–12 years: 1 Gummy | Adults & Children 13 years and older: 4 Gummies',
        '\tAmount Per 1 Gummy\t% DV\tAmount Per 4 Gummies\t% DV',
        'Magnesium (as magnesium citrate)\t83 mg\t20%\t330 mg\t79%',
      ].join('\n'),
      { eu: false },
    );
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 330 }, percent: { value: 79 } });
  });
});

describe("Korea's nutrition line, its basis in brackets first (round 32)", () => {
  it('"[1일 섭취량 2정(1,400mg)당] 열량 0kcal, …, 마그네슘 250mg(79%)" is a day\'s two tablets', () => {
    const r = readLabel(
      '영양정보:\n[1일 섭취량 2정(1,400mg)당] 열량 0kcal, 나트륨 0mg, 마그네슘 250mg(79%), 비타민B6 1.5mg(100%)',
      {
        eu: false,
      },
    );
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 250 }, basis: { per: 'day', units: 2 } });
  });
});

describe('bare measure cells beside a bare hundred (round 32 review)', () => {
  it('"Maistinė vertė | 10 ml | 100 ml | % RMV* (10 ml)" reads the 10 ml column', () => {
    const r = readLabel('Maistinė vertė\t10 ml\t100 ml\t% RMV* (10 ml)\nMagnis\t150 mg\t1500 mg\t40 %', { eu: true });
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 150 }, basis: { per: 'serving' } });
  });
});

describe("a footnote's mark after a header cell's word (round 33)", () => {
  it('"1 tablette | 2 tablette* | %BRD**" is one tablet\'s column and a serving of two', () => {
    const r = readLabel(
      'Besin öğeleri\t1 tablette\t2 tablette*\t%BRD**\nMagnezyum (magnezyum bisglisinattan)\t125 mg\t250 mg\t%67\n* Günlük önerilen porsiyon',
      { eu: true },
    );
    expect(r.servingSize).toBe('2 tablette');
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 250 }, unitColumn: { amount: { mg: 125 } } });
  });
});

describe('"del cual magnesio" (of which magnesium), in Spanish and Portuguese (round 33)', () => {
  it("the salt's row, then its element's", () => {
    const r = readLabel(
      'Información nutricional\tPor dosis diaria (3 cápsulas)\t%VRN*\nCitrato de magnesio\t1500 mg\t-\ndel cual magnesio\t225 mg\t60 %',
      {
        eu: true,
      },
    );
    expect(r.magnesiumRows.map((x) => [x.reading, x.amount?.mg])).toEqual([
      ['compound', 1500],
      ['elemental', 225],
    ]);
  });
});

describe('a note under a header cell on a line of its own (round 33)', () => {
  it('"1 tabletce | 2 tabletkach | %RWS*" over "(dzienna porcja)": the day\'s column beside one tablet\'s', () => {
    const r = readLabel('Zawartość w:\t1 tabletce\t2 tabletkach\t%RWS*\n(dzienna porcja)\nMagnez\t100 mg\t200 mg\t53%', {
      eu: true,
    });
    expect(r.magnesiumRows[0]).toMatchObject({
      basis: { per: 'day', units: 2 },
      amount: { mg: 200 },
      unitColumn: { amount: { mg: 100 } },
    });
  });
});

describe("a footnote's mark beside a per-100 g column (round 33 review)", () => {
  it('"1 vrečka (2,6 g) | % PV* | 100 g" still sets the hundred grams aside', () => {
    const r = readLabel('Hranilna vrednost\t1 vrečka (2,6 g)\t% PV*\t100 g\nMagnezij\t300 mg\t80 %\t11 538 mg', { eu: true });
    expect(r.magnesiumRows[0]).toMatchObject({ amount: { mg: 300 } });
  });
});

describe('rows and headers split over lines (round 39)', () => {
  it('"Magnez" over "(z cytrynianu magnezu)<TAB>100 mg<TAB>200 mg<TAB>53%" is one row', () => {
    const r = readLabel(
      'Składniki aktywne\tw 1 tabletce\tw 2 tabletkach\t%RWS*\nMagnez\n(z cytrynianu magnezu)\t100 mg\t200 mg\t53%',
      {
        eu: true,
      },
    );
    expect(r.magnesiumRows).toHaveLength(1);
    expect(r.magnesiumRows[0]!.text).toMatch(/^Magnez \(z cytrynianu magnezu\)/);
  });
  it("a header's note under its last count with the reference's cell beside it (\"(dzienna porcja)<TAB>%RWS*\") makes that count the day's", () => {
    const r = readLabel(
      'Składniki aktywne\tw 1 tabletce\tw 2 tabletkach\n(dzienna porcja)\t%RWS*\nMagnez (z cytrynianu magnezu)\t100 mg\t200 mg\t53%',
      { eu: true },
    );
    expect(r.magnesiumRows[0]!.basis).toMatchObject({ per: 'day', units: 2 });
    expect(r.magnesiumRows[0]!.amount!.mg).toBe(200);
  });
  it('an Estonian "%VK" (võrdluskogus) column beside "3 tabletis" makes the count the serving', () => {
    const r = readLabel('Toitainesisaldus\t3 tabletis\t%VK*\nMagneesium (magneesiumoksiid, magneesiumtsitraat)\t300 mg\t80%', {
      eu: true,
    });
    expect(r.servingSize).toBe('3 tabletis');
    expect(r.magnesiumRows[0]!.basis).toEqual({ per: 'serving' });
  });
});

describe('headers and lists read from round 40', () => {
  it('"Cada 5 ml de solução oral contêm:" heads a serving of 5 ml', () => {
    const r = readLabel('Cada 5 ml de solução oral contêm:\nMagnésio 54 mg', { eu: true });
    expect(r.servingSize).toBe('5 ml');
  });
  it('"магний (в форме бисглицината магния) — 150 мг (38% от АУП*), витамин B6 — 2 мг" is two rows, magnesium\'s 150 mg alone', () => {
    const r = readLabel(
      '2 капсулы содержат:\nмагний (в форме бисглицината магния) — 150 мг (38% от АУП*), витамин B6 — 2 мг (100% от АУП*).',
      { eu: true },
    );
    expect(r.magnesiumRows.map((x) => x.amount!.mg)).toEqual([150]);
    expect(r.magnesiumRows[0]!.amounts.map((a) => a.mg)).toEqual([150]);
  });
  it('an excipient list ("Sucrose (white sugar) - 27.4 mg, kaolin - 41.0 mg, magnesium stearate - 6.8 mg") is no list of nutrients', () => {
    const r = readLabel('Sucrose (white sugar) - 27.4 mg, kaolin - 41.0 mg, magnesium stearate - 6.8 mg, talc - 6.8 mg.', {
      eu: true,
    });
    expect(r.otherNutrientRows).toBe(0);
  });
});

describe('a header of two bare measures (round 41)', () => {
  it.each([
    ['Nutrient\t100 g\t5 g (1 scoop)\t%NRV*\nMagnesium\t6000 mg\t300 mg\t80%'],
    ["Besin Öğeleri\t100 g'da\t5 g'da (1 ölçek)\t%BRD*\nMagnezyum\t6000 mg\t300 mg\t%80"],
  ])('"%s": the small measure is the serving\'s column, the hundred\'s is set aside', (text) => {
    const r = readLabel(text, { eu: true });
    expect(r.magnesiumRows[0]!.amount!.mg).toBe(300);
  });
});

describe('rows and headers read from round 41, second part', () => {
  it('"Wirkstoffe: Magnesium 60 mg (2,5 mmol) als Magnesiumcitrat …; Kalium 150 mg" is magnesium\'s row, the plural key too', () => {
    const r = readLabel(
      '1 Tablette enthält:\nWirkstoffe: Magnesium 60 mg (2,5 mmol) als Magnesiumcitrat und Magnesiumoxid; Kalium 150 mg (3,8 mmol) als Kaliumcitrat.',
      { eu: true },
    );
    expect(r.magnesiumRows.map((x) => x.amount!.mg)).toEqual([60]);
  });
  it('"栄養成分表示 1日目安量(4粒2.4g)当たり" heads a day\'s column of four tablets', () => {
    const r = readLabel('■栄養成分表示 1日目安量(4粒2.4g)当たり\nカルシウム\t400mg\nマグネシウム\t200mg', { eu: false });
    expect(r.magnesiumRows[0]!.basis).toMatchObject({ per: 'day', units: 4 });
  });
});

describe('a bilingual row whose Chinese gloss comes first (round 41)', () => {
  it('"鎂 (甘胺酸鎂) Magnesium (magnesium bisglycinate) ......... 150 mg" is a row of 150 mg', () => {
    const r = readLabel(
      '藥用成分 Medicinal Ingredients (每粒 per capsule):\n鎂 (甘胺酸鎂) Magnesium (magnesium bisglycinate)\t150 mg',
      {
        eu: false,
      },
    );
    expect(r.magnesiumRows.map((x) => x.amount!.mg)).toEqual([150]);
  });
});

describe("a Bulgarian ampoule's contents (round 39)", () => {
  it('"Една ампула (10 ml) съдържа:" over the salt and "което съответства на магнезий 130 mg": one ampoule\'s 130 mg', () => {
    const r = readLabel(
      'Една ампула (10 ml) съдържа:\nМагнезиев пидолат\t1,5 g\nкоето съответства на магнезий\t130 mg (5,35 mmol)',
      {
        eu: true,
      },
    );
    const element = r.magnesiumRows.find((x) => x.reading === 'elemental');
    expect(element?.amount?.mg).toBe(130);
    expect(r.servingSize).toMatch(/^1 ампула/);
  });
  it('"что соответствует магнию 130 мг" is the element\'s row', () => {
    const r = readLabel('Магния пидолат\t1,5 г\nчто соответствует магнию\t130 мг', { eu: true });
    expect(r.magnesiumRows.some((x) => x.reading === 'elemental' && x.amount?.mg === 130)).toBe(true);
  });
});

describe('a level measure\'s header beside a bare "100 g" (round 65)', () => {
  it('"1 płaska łyżeczka (2,5 g) | 100 g" is one teaspoon\'s column, then the 100 g one', () => {
    expect(headerBasis(fold('Zawartość składników\t1 płaska łyżeczka (2,5 g)\t100 g'))).toEqual([
      { per: 'unit', unit: 'lyzeczka' },
      { per: 'aside' },
    ]);
  });
});

describe('a Hong Kong panel in two languages (stop 76)', () => {
  const label = [
    '營養資料 Supplement Facts',
    '每份 Serving Size：1平匙 1 level scoop (2 g)',
    '每包份數 Servings Per Container：約100',
    '每份含量 Amount Per Serving',
    '鎂（來自甘氨酸鎂）Magnesium (as Magnesium Bisglycinate)　280 mg',
  ].join('\n');
  it('reads "每份 Serving Size：…" as the serving, not "每包份數" (servings per pack) as one packet', () => {
    const r = readLabel(label, { eu: false });
    expect(r.servingSize).toBe('1平匙 1 level scoop (2 g)');
    expect(r.magnesiumRows[0]?.amount?.mg).toBe(280);
  });
});
