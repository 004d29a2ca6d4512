import { describe, expect, it } from 'vitest';
import { findElementalStatements, findSaltStatements } from './dose';

const mgs = (text: string) => findElementalStatements(text).map((s) => s.mg);

describe('elemental statements', () => {
  it.each([
    ['La teneur totale en magnésium-élément est de 48 mg (1,97 mmol) par comprimé.', 48],
    ['The elemental magnesium content is 84 mg per caplet.', 84],
    // Thai: "magnesium citrate 667 mg (giving magnesium 100 mg)".
    ['แมกนีเซียม ซิเตรต 667 มก. (ให้แมกนีเซียม 100 มก.)', 100],
    // A total named before its amount.
    ['Total mängd magnesium per tuggtablett: 120 mg (5 mmol).', 120],
    ['1 Filmtablette enthält 436,8 mg Magnesiumcitrat entsprechend 60 mg (= 2,5 mmol) Magnesium.', 60],
    ['Magnesium Taurate\t1720mg\t-\n(providing elemental magnesium)\t150mg\t40', 150],
    // A square bracket restating the amount in milliequivalents is passed over; the salt's 140mg is not elemental.
    ['capsule\n- 140mg (equivalent to 84.5mg [6.93mEq] elemental magnesium)', 84.5],
    ['Each chewable tablet contains magnesium 97mg (4mmol Mg2+).', 97],
    ['* contenuto totale di Mg 2+ in 1 fiala - 100 mg.', 100],
    ['Total magnesium per sachet: 243 mg', 243],
    ['Magneesiumlaktaatdihüdraati 470 mg, mis vastab 48 mg magneesiumile (3,94 mEq e 1,97 mmol).', 48],
    ['1 таблетка містить магнію цитрат 1000 мг, що еквівалентно 160 мг магнію.', 160],
    ['Conţinutul total de magneziu elementar al unui comprimat filmat este de 100 mg (4,12 mmol).', 100],
    ['Magnesium gluconate\t1.781 mg (corresponding quantity of magnesium\t0.1044 mg) For one 2 ml ampoule.', 0.1],
    ['Gluconate de magnésium 1,781 mg (Quantité correspondante en magnésium : 0,1044 mg)', 0.1],
    // A salt spelled with k (Hungarian, Nordic) is still a salt after the element's name.
    ['470 mg magnézium-laktát-dihidrát (= 48 mg magnézium) és 5 mg piridoxin-hidroklorid bevont tablettánként.', 48],
    ['Hver tablet indeholder 1000 mg magnesiumkarbonat svarende til 250 mg magnesium.', 250],
    // Finnish names the element in the partitive case ("magnesiumia").
    ['Emgesan tabletit sisältävät 250 mg magnesiumia.', 250],
  ])('%s -> %f mg', (text, mg) => expect(mgs(text)).toEqual([mg]));

  it('"1 капсула містить:" a line above "магнію цитрат — 500 мг (магній — 80 мг)": the bracket\'s element is one capsule\'s', () => {
    expect(findElementalStatements('1 капсула містить:\nмагнію цитрат — 500 мг (магній — 80 мг);')).toMatchObject([
      { mg: 80, per: 'unit', unit: 'capsule' },
    ]);
    // (The salt's word first, "Цитрат магния 500 мг", under the same heading is still the salt's weight.)
    expect(findElementalStatements('1 капсула содержит:\nЦитрат магния 500 мг')).toEqual([]);
  });
  it('"1 dragée contient 40 mg (1,65 mmol) de magnésium": one dragée\'s', () => {
    expect(findElementalStatements('1 dragée contient 40 mg (1,65 mmol) de magnésium, sous forme de citrate.')).toMatchObject([
      { mg: 40, per: 'unit', unit: 'tablet' },
    ]);
  });
  it('a salt weight followed by "Magnesium-L-Glutamat" is the salt, not magnesium', () => {
    expect(
      mgs(
        '436,8 mg Magnesiumcitrat 9H2O und 165,4 mg Magnesium-L-Glutamat Tetrahydrat entsprechend 60 mg (= 2,5 mmol/5 mval) Magnesium.',
      ),
    ).toEqual([60]);
    expect(mgs('500 mg magnesium fumarate')).toEqual([]);
  });

  it('"chelated magnesium" is the element in a chelated form; "magnesium chelate" is the salt', () => {
    expect(mgs('100 mg of Chelated Magnesium per serving, bound to amino acids.')).toEqual([100]);
    expect(mgs('100 mg of magnesium chelate per serving.')).toEqual([]);
  });

  it('"1,000 mg of magnesium compounds" is the salts\' weight; the elemental figure after it is the statement', () => {
    expect(
      mgs(
        'Each 2-capsule serving contains 1,000 mg of magnesium compounds (750 mg magnesium glycinate + 250 mg magnesium citrate), providing 145 mg of elemental magnesium.',
      ),
    ).toEqual([145]);
    expect(mgs('500 mg of magnesium salts per tablet.')).toEqual([]);
  });

  it("a ceiling an authority recommends is someone else's figure", () => {
    const text =
      'Zweimal täglich 1 Messlöffel (ca. 1 g Magnesiumcitrat, davon 109 mg Magnesium) einnehmen. Hinweis: Das Bundesamt für Risikobewertung empfiehlt für Nahrungsergänzungsmittel eine Tageshöchstmenge von 250 mg Magnesium.';
    expect(mgs(text)).toEqual([109]);
  });

  it("the body's own magnesium traffic is no product's figure", () => {
    expect(mgs('The kidneys filter about 2,400 milligrams of magnesium a day and take back about 95-99 percent.')).toEqual([]);
    expect(mgs('Über den Urin werden täglich etwa 100 mg Magnesium ausgeschieden.')).toEqual([]);
    expect(mgs('Each capsule provides 200 mg of magnesium.')).toEqual([200]);
  });
});

describe('what an elemental statement is per', () => {
  it('"100 mg hořčíku v 1 kapsli" is one capsule\'s, in Czech', () => {
    expect(findElementalStatements('100 mg hořčíku v 1 kapsli').map((s) => [s.mg, s.per])).toEqual([[100, 'unit']]);
  });
  it('"1 Tabl. enth.:" is one tablet, and a run-together table gives the magnesium ion its own amount', () => {
    const found = findElementalStatements(
      '1 Tabl. enth.: Magnesiumaspartat hydrochlorid-3-Wasser 614.75 mg Magnesium-Ion (entspr.) 60.76 mg Magnesium-Ion (entspr.) 2.5 mmol Kartoffelstärke',
    );
    expect(found.map((s) => [s.mg, s.per])).toEqual([[60.76, 'unit']]);
  });
  it.each([
    ['(equiv. Magnesium 125 mg)', 125],
    ['magnesium citrate 618.43 mg, which corresponds to the content of magnesium (Mg2 +) 100 mg', 100],
    ['Una bustina contiene: magnesio pidolato 2,250 g (corrispondenti a 184 mg di ione Mg++).', 184],
  ])('%s -> %f mg', (text, mg) => expect(mgs(text)).toEqual([mg]));
  it('"Una bustina contiene" is per unit, and the unit is a packet', () => {
    expect(
      findElementalStatements('Una bustina contiene: magnesio pidolato 2,250 g (corrispondenti a 184 mg di ione Mg++).')[0],
    ).toMatchObject({ per: 'unit', unit: 'packet' });
  });
  it.each([
    ['Un flaconcino contiene: magnesio pidolato 1,500 g (corrispondenti a 122 mg di ione Mg++).', 'ampoule'],
    ['1 Tabl. enth.: Magnesiumaspartat 614.75 mg Magnesium-Ion (entspr.) 60.76 mg', 'tablet'],
    ['providing 200 mg of elemental magnesium per capsule', 'capsule'],
  ])('"%s" names its unit (%s)', (text, unit) => expect(findElementalStatements(text)[0]?.unit).toBe(unit));
  it.each([
    ['Léčivá látka: magnesii lactas dihydricus 500 mg v 1 tabletě (odpovídá 51 mg hořčíku).', 51, 'tablet'],
    ['Cytrynian magnezu 600 mg w 1 kapsułce (co odpowiada 100 mg magnezu).', 100, 'capsule'],
    ['Egy pezsgőtabletta 150 mg magnéziumot tartalmaz (magnézium-karbonát formájában).', 150, 'tablet'],
  ])('"v 1 tabletě", "w 1 kapsułce" after the salt, "Egy … tartalmaz" around it: %s is one unit\'s', (text, mg, unit) => {
    expect(findElementalStatements(text)[0]).toMatchObject({ mg, per: 'unit', unit });
  });
});

describe('a serving of so many units, said as one word', () => {
  it.each([
    ['Each 3-tablet serving delivers 300 mg of elemental magnesium from magnesium citrate.', '3 tablets'],
    ['Each 2-capsule serving provides 250 mg of elemental magnesium.', '2 capsules'],
    ['Two capsules provide 200 mg of magnesium.', 'two capsules'],
  ])('"%s" is for %s', (text, units) => {
    expect(findElementalStatements(text)[0]).toMatchObject({ per: 'serving', units });
  });
});

describe('statements in Turkish and Hebrew', () => {
  it('"Her film tablet; 150 mg magnezyum (…) içerir" (each film tablet contains) is one tablet\'s', () => {
    expect(
      findElementalStatements('Her film tablet; 150 mg magnezyum (magnezyum bisglisinat ve magnezyum taurat olarak) içerir.')[0],
    ).toMatchObject({ mg: 150, per: 'unit', unit: 'tablet' });
  });
  it.each(['אלמנטלי', 'אלמנטרי'])('"2 כמוסות מכילות: … מתוכו מגנזיום %s 155 מ"ג" is two capsules\' element', (word) => {
    expect(
      findElementalStatements(`2 כמוסות מכילות: מגנזיום ביסגליצינאט 1,100 מ"ג, מתוכו מגנזיום ${word} 155 מ"ג`)[0],
    ).toMatchObject({ mg: 155, per: 'serving' });
  });
});

describe("a label's words for a day's dose make a statement the day's", () => {
  it.each([
    ['Porcja dzienna (3 tabletki) zawiera 1300 mg jabłczanu magnezu, co daje 150 mg magnezu elementarnego.', 150],
    ['V denní dávce (2 tobolky): 200 mg elementárního hořčíku.', 200],
  ])('%s', (text, mg) => {
    expect(findElementalStatements(text)[0]).toMatchObject({ mg, per: 'day' });
  });
});

describe('a figure in parentheses after a count of units', () => {
  it('"2 cápsulas al día (200 mg de magnesio elemental total)" is 100 mg a capsule', () => {
    const found = findElementalStatements(
      'Para adultos: 2 cápsulas al día (200 mg de magnesio elemental total). Después: 3 cápsulas al día (300 mg de magnesio elemental total).',
    );
    expect(found.map((s) => [s.mg, s.per])).toEqual([
      [100, 'unit'],
      [100, 'unit'],
    ]);
  });
});

describe('abbreviation dots', () => {
  it('"Each capsule contains Magnesium Oxide 140 mg. U.S.P. (Heavy), or 84.5 mg. Elemental Magnesium" is 84.5 mg a capsule', () => {
    const found = findElementalStatements(
      'Each capsule contains Magnesium Oxide 140 mg. U.S.P. (Heavy), or 84.5 mg. Elemental Magnesium (6.93 mEq.)',
    );
    expect(found.map((s) => [s.mg, s.per])).toEqual([[84.5, 'unit']]);
  });
});

describe('statements of several units, of milliequivalents, of the element before its amount', () => {
  it('"Each 2 tablets contain magnesium 54 mgs (from 1000 mg magnesium gluconate dihydrate)" is 54 mg a 2-tablet serving', () => {
    const found = findElementalStatements(
      'Each 2 tablets contain magnesium 54 mgs (from 1000 mg magnesium gluconate dihydrate) calcium 175 mg and phosphorous 182 mg.',
    );
    expect(found[0]).toMatchObject({ mg: 54, per: 'serving', units: '2 tablets', fromCompound: true });
  });
  it('"Two capsules give 200 mg of magnesium" is 200 mg a 2-capsule serving', () => {
    expect(findElementalStatements('Two capsules give 200 mg of magnesium.')[0]).toMatchObject({
      mg: 200,
      per: 'serving',
      units: 'two capsules',
    });
  });
  it('"7mEq (84 Mg) magnesium as magnesium L-lactate dihydrate" is 84 mg a caplet', () => {
    const found = findElementalStatements(
      'Each pale yellow caplets contain 7mEq (84 Mg) magnesium as magnesium L-lactate dihydrate (835 Mg in a wax matrix).',
    );
    expect(found.map((x) => [x.mg, x.per, x.unit])).toEqual([[84, 'unit', 'tablet']]);
  });
  it('milliequivalents of another mineral restated in brackets are not magnesium', () => {
    expect(findElementalStatements('Each tablet contains 10 mEq (391 mg) potassium as potassium citrate.')).toEqual([]);
  });
  it('an upper-case label keeps "MG." as an abbreviation, not a sentence end', () => {
    const found = findElementalStatements(
      'EACH CAPSULE CONTAINS MAGNESIUM OXIDE 140 MG. U.S.P. (HEAVY), OR 84.5 MG. ELEMENTAL MAGNESIUM',
    );
    expect(found[0]).toMatchObject({ mg: 84.5, per: 'unit', unit: 'capsule' });
  });
  it.each([
    ['Each tablet contains 100mg of pure elemental magnesium in a bis-glycinate blend.', 100, 'unit'],
    ['Cal-Mag Powder provides 500 mg calcium and 200 mg magnesium per scoop.', 200, 'unit'],
    ['a dosagem de 260mg do magnésio elementar puro', 260, 'unknown'],
    ['80 recommended daily doses (80 level 2.5g scoops) of magnesium (375mg of elemental magnesium per dose)', 375, 'day'],
  ])('"%s" states %s mg (%s)', (text, mg, per) => {
    expect(findElementalStatements(text)[0]).toMatchObject({ mg, per });
  });
  it('"Magnesio citrato (magnesio 225 mg)" states the magnesium in the salt\'s brackets', () => {
    expect(
      findElementalStatements(
        'Componenti attivi (dosi per bustina): Magnesio citrato (magnesio 225 mg); Potassio gluconato (potassio 300 mg);',
      ),
    ).toEqual([expect.objectContaining({ mg: 225, per: 'unit', unit: 'packet' })]);
  });
  it("a hypothetical product's figure is someone else's", () => {
    expect(mgs('So a tablet boasting 500mg MgO may only provide around 15mg magnesium.')).toEqual([]);
  });
  it('"tablettánként" is per tablet; a food\'s "mg de magnésio em ¼ de xícara" is no dose', () => {
    expect(
      findElementalStatements('50 mg magnéziumot tartalmaz tablettánként, 428,6 mg magnézium-citrát-nonahidrát formájában.')[0],
    ).toMatchObject({
      mg: 50,
      per: 'unit',
      unit: 'tablet',
    });
    expect(mgs('Amêndoas: cerca de 105 mg de magnésio em ¼ de xícara.')).toEqual([]);
  });
  it('"1,200 mg of elemental potassium" is not magnesium', () => {
    expect(
      mgs('Each teaspoon provides 1,200 mg of elemental potassium (as potassium citrate) and 120 mg of elemental magnesium.'),
    ).toEqual([120]);
  });
  it('a bracket left open on its line goes on to the next; a "1 Kapsel enthält:" heading makes the amount one capsule\'s', () => {
    const found = findElementalStatements(
      '1 Kapsel enthält:\nEisen(II)-sulfat\n66,0 mg (entspr. 20 mg\nEisen)\nMagnesiumoxid\n66,4 mg (entspr. 40 mg\nMagnesium)',
    );
    expect(found).toEqual([expect.objectContaining({ mg: 40, per: 'unit', unit: 'capsule' })]);
  });
  it('"2 cápsulas diarias, equivalentes a 120 mg" is 60 mg a capsule', () => {
    expect(
      findElementalStatements('Mantenimiento: 2 cápsulas diarias, equivalentes a 120 mg de magnesio elemental.')[0],
    ).toMatchObject({
      mg: 60,
      per: 'unit',
    });
  });
  it("one unit's content stated as a range stays a range", () => {
    const found = findElementalStatements('So, in one capsule of 320mg there is 182-193mg of elemental magnesium.');
    expect(found[0]).toMatchObject({ mg: 193, mgLow: 182, per: 'unit', unit: 'capsule' });
    // Where a range of units explains the range, it is per unit (and never the top as a point).
    expect(findElementalStatements('Take 1-2 capsules daily (100-200 mg elemental magnesium).').map((s) => s.mg)).not.toContain(
      200,
    );
  });
  it('a bare "mg elemental" is of the mineral named last before it', () => {
    const text =
      'Potassium is present in its highest non-prescription dose, 99 mg elemental. Magnesium is provided at 125 mg elemental per capsule.';
    expect(mgs(text)).toEqual([125]);
    expect(mgs('Calcium 250 mg elemental and magnesium 125 mg elemental per tablet.')).toEqual([125]);
  });
  it('"(according to a potassium ion 36,2mg and a magnesium 11,8mg ion)" is 11.8 mg of magnesium', () => {
    const found = findElementalStatements(
      'one tablet contains potassium of asparaginate 0,175g and magnesium of asparaginate 0,175g (according to a potassium ion 36,2mg and a magnesium 11,8mg ion).',
    );
    expect(found.map((x) => x.mg)).toEqual([11.8]);
  });
  it('calcium before the amount is not magnesium', () => {
    expect(findElementalStatements('Each 2 tablets contain calcium 175 mg (from calcium phosphate)')).toEqual([]);
  });
});

describe('Bulgarian and Russian statements', () => {
  it('"Една твърда капсула съдържа: магнезиев оксид, тежък 497,4mg, съответстващ на 300mg магнезиеви йони" is 300 mg a capsule', () => {
    const found = findElementalStatements(
      'Една твърда капсула съдържа: магнезиев оксид, тежък 497,4mg – 523.6mg , съответстващ на 300mg магнезиеви йони',
    );
    expect(found.map((x) => [x.mg, x.per, x.unit])).toEqual([[300, 'unit', 'capsule']]);
  });
  it('an oxide weight alone is not an elemental statement', () => {
    expect(findElementalStatements('магнезиев оксид 497,4 mg')).toEqual([]);
  });
});

describe('an amount given as a magnesium compound', () => {
  it('"(25mg as magnesium oxide)" is 25 mg of magnesium from oxide', () => {
    expect(findElementalStatements('Magnesium\n(25mg as magnesium oxide)')[0]).toMatchObject({ mg: 25, fromCompound: true });
  });
  it('"(500 mg as calcium carbonate)" is not magnesium', () => {
    expect(findElementalStatements('Calcium (500 mg as calcium carbonate)')).toEqual([]);
  });
});

describe('one amount for each of several minerals', () => {
  it('"Providing 250 mg each of calcium and magnesium" is 250 mg of magnesium', () => {
    expect(mgs('Providing 250 mg each of calcium and magnesium, plus 100 IU of Vitamin D.')).toEqual([250]);
  });
  it('"250 mg each of calcium and zinc" names no magnesium', () => {
    expect(mgs('Providing 250 mg each of calcium and zinc.')).toEqual([]);
  });
});

describe("a product's name that weighs a salt (part T78)", () => {
  it.each([
    ['L´treonato De Magnesio 650mg Magnesio Plus Preventud Plus Frasco X 60 Capsulas'],
    ['Magnesium Glycinate 400mg Magnesium Plus'],
  ])('%s states no elemental amount: the amount is the salt\'s, the next "magnesium" a brand\'s', (text) =>
    expect(findElementalStatements(text)).toEqual([]),
  );
  it('"Magnesiumcitrat entsprechend 60 mg … Magnesium" still states 60 mg', () => {
    expect(findElementalStatements('436,8 mg Magnesiumcitrat entsprechend 60 mg Magnesium.')[0]?.mg).toBe(60);
  });
});

describe('a bracket that says elemental', () => {
  it('"Magnesio elemental (240 mg), vitamina C (10 mg) … por porción": the element\'s amount in brackets after its name', () => {
    expect(
      findElementalStatements('Magnesio elemental (240 mg), vitamina C (10 mg), calcio (4 mg) por porción.')[0],
    ).toMatchObject({
      mg: 240,
      per: 'serving',
    });
    expect(findElementalStatements('Elemental magnesium (240 mg)')[0]?.mg).toBe(240);
  });
  it.each([
    ['Citrato de Magnesio 100mg (Magnesio elemental) - 100 cápsulas', [100]],
    ['Magnesium Glycinate 120 mg (elemental)', [120]],
    ['Magnesium Glycinate 400 mg (2 capsules)', []],
  ])('%s -> %j', (text, want) => expect(mgs(text)).toEqual(want));
});

describe("a comparison's figure", () => {
  it('"a tablet boasting 500mg MgO is actually only likely to provide around 15mg magnesium. Compare this …" is not the product\'s', () => {
    expect(
      mgs(
        'So a tablet boasting 500mg MgO is actually only likely to provide around 15mg magnesium. Compare this is with the availability of Magnesium Aspartate at around 42%.',
      ),
    ).toEqual([]);
  });
});

describe('the window around a plain magnesium figure is whole words', () => {
  it('"… 25 Milligramm Magnesium … pro Tablette …, wobei die empfohlene Tagesdosis …" is 25 mg a tablet', () => {
    const found = findElementalStatements(
      'Das Präparat ist mit einem Gehalt von 25 Milligramm Magnesium und 80 Milligramm Kalium pro Tablette erhältlich, wobei die empfohlene Tagesdosis von 4 bis 6 Tabletten nicht überschritten werden darf.',
    );
    expect(found.map((x) => [x.mg, x.per])).toEqual([[25, 'unit']]);
  });
  it('an authority\'s "empfohlen" still marks someone else\'s figure', () => {
    expect(mgs('Für Erwachsene wird eine Zufuhr von 350 mg Magnesium empfohlen.')).toEqual([]);
  });
});

describe('magnesium, then what it comes to in brackets', () => {
  it('"one tablet of Bio-Magnesium (equivalent to 200 mg) per day" is 200 mg a day', () => {
    const found = findElementalStatements(
      'Taking one tablet of Bio-Magnesium (equivalent to 200 mg) per day is recommended for general well-being.',
    );
    expect(found.map((x) => [x.mg, x.per, x.units])).toEqual([[200, 'day', 'one tablet']]);
  });
  it('"Magnesium (equivalent to 200 mg magnesium citrate)" is a compound weight, not magnesium', () => {
    expect(mgs('Magnesium (equivalent to 200 mg magnesium citrate)')).toEqual([]);
  });

  it.each([
    [
      'Der Erwachsene benötigt am Tag mindestens 300–400 mg Magnesium (1 Brausetablette enthält 10 mmol, entsprechend 243 mg Magnesium).',
      [243],
    ],
    ['Un adulto necesita 350 mg de magnesio al día.', []],
    ['Un adulto ha bisogno di 350 mg di magnesio al giorno.', []],
  ])('a need stated for people is no product figure: "%s"', (text, want) => expect(mgs(text)).toEqual(want));

  it('a strength under the dosage form it is for, or with "/packet" after it, is one unit\'s', () => {
    const found = findElementalStatements(
      'tablet, enteric-coated\n61mg elemental Mg (615mg salt form)\ngranules\n122mg elemental Mg/packet',
    );
    expect(found.map((s) => [s.mg, s.per, s.unit])).toEqual([
      [61, 'unit', 'tablet'],
      [122, 'unit', 'packet'],
    ]);
  });
});

describe("a unit's list of contents that names the element before its amount", () => {
  it.each([
    ['Each tablet contains calcium 75 mg, magnesium 37.5 mg and vitamin D 0.93 µg.', 'tablet'],
    ['1粒にカルシウム 75mg、マグネシウム37.5mg、ビタミンD 0.93μgを含有しています。', 'tablet'],
    ['1カプセル中マグネシウム37.5mg', 'capsule'],
    ['1정당 마그네슘 37.5mg', 'tablet'],
    ['O capsulă conține: magneziu 37,5 mg.', 'capsule'],
  ])('"%s" is 37.5 mg a %s', (text, unit) => {
    const [found, ...rest] = findElementalStatements(text);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ mg: 37.5, per: 'unit', unit });
  });
  it('"1粒に" names one unit, so a day of "1日4粒" is four servings of it', () => {
    expect(findElementalStatements('1粒にマグネシウム37.5mgを含有')[0]?.namesOneUnit).toBe(true);
  });
  it("a salt named before its weight, or the element outside a unit's contents, is no such statement", () => {
    expect(mgs('Each tablet contains magnesium citrate 500 mg.')).toEqual([]);
    expect(mgs('Our best seller: magnesium 400 mg for sleep.')).toEqual([]);
  });
});

describe('Chinese specifications', () => {
  it('"規格10ml:1000mg(相當於鎂元素58.6mg)" is 58.6 mg of the element in a 10 ml serving', () => {
    expect(findElementalStatements('規格10ml:1000mg(相當於鎂元素58.6mg)')).toMatchObject([
      { mg: 58.6, per: 'serving', units: '10ml' },
    ]);
  });
  it('"含甘氨酸镁1400mg，提供镁200mg": the salt\'s weight, then the magnesium it provides', () => {
    expect(mgs('每份2粒含甘氨酸镁1400mg，提供镁200mg')).toEqual([200]);
    expect(mgs('每粒相当于镁 100mg')).toEqual([100]);
  });
  it('"每片含：钙 200mg ｜ 镁 100mg ｜ 锌 5mg": "每片" (per tablet) heads a list of one tablet\'s minerals', () => {
    expect(findElementalStatements('每片含：钙 200mg ｜ 镁 100mg ｜ 锌 5mg ｜ 维生素D 5μg')).toMatchObject([
      { mg: 100, per: 'unit', unit: 'tablet' },
    ]);
    // (The acid glued to the element names a salt: "每片含柠檬酸镁600mg" is the citrate's weight, no element's.)
    expect(findElementalStatements('主要成分含量：每片含柠檬酸镁600mg')).toEqual([]);
  });
  it('"功效成分/标志性成分含量：每片含：镁 100 mg": a colon between "contains" and magnesium', () => {
    expect(findElementalStatements('功效成分/标志性成分含量：每片含：镁 100 mg')).toMatchObject([
      { mg: 100, per: 'unit', unit: 'tablet' },
    ]);
  });
});

describe("an amount of a product named after magnesium is not the element's", () => {
  it.each([
    ['1,000 g magnesium oil contains 690 g water (69%)'],
    ['Add 200 g Magnesiumflocken to a foot bath.'],
    ['Each spray delivers 15 mg magnesium chloride brine.'],
  ])('"%s" states no elemental magnesium', (text) => expect(mgs(text)).toEqual([]));
  it('the element named alone still is', () => expect(mgs('Each capsule provides 200 mg magnesium.')).toEqual([200]));
});

describe('what a statement is per', () => {
  it.each([
    ['230mg de magnésio na porção', 'serving'],
    ['Aporta 300 mg de magnesio por porción.', 'serving'],
    ['fornece 230mg de magnésio e ácido málico', 'unknown'],
  ])('"%s" is per %s', (text, per) => expect(findElementalStatements(text)[0]?.per).toBe(per));
});

describe('a Vietnamese equivalence (part T91)', () => {
  it('"Magnesi lactat dihydrat (tương đương 9mg Magnesi) 90mg" states 9 mg of magnesium', () => {
    expect(findElementalStatements('Magnesi lactat dihydrat (tương đương 9mg Magnesi) 90mg').map((s) => s.mg)).toEqual([9]);
  });
});

describe('a statement for the daily dose in Spanish, Portuguese, Italian, Dutch and Polish', () => {
  it.each([
    'Cada dosis diaria de 2 comprimidos aporta 1400 mg de citrato de magnesio, equivalentes a 210 mg de magnesio elemental.',
    'A dose diária de 2 cápsulas fornece 210 mg de magnésio elementar.',
    'La dose giornaliera di 2 compresse apporta 210 mg di magnesio elementare.',
    'De dagdosis van 2 tabletten levert 210 mg elementair magnesium.',
  ])('"%s" is the day\'s 210 mg', (text) => {
    const s = findElementalStatements(text).find((x) => x.mg === 210);
    expect(s?.per).toBe('day');
  });
});

describe('one unit named with its weight on the way to its verb', () => {
  it.each([
    '1 Beutel à 5 g Granulat enthält: Magnesium 121,5 mg.',
    'Ein Beutel (5 g) enthält: Magnesium 121,5 mg.',
    '1 Beutel à 5 g Granulat enthält: Magnesium 5 mmol / 10 mval (Magnesium 121,5 mg entspr. 1,23 g Magnesium-L-aspartat-hydrochlorid-trihydrat).',
  ])('"%s" is one sachet\'s 121.5 mg', (text) => {
    expect(findElementalStatements(text).find((s) => s.mg === 121.5)?.per).toBe('unit');
  });
});

describe('"в една таблетка" (in one tablet), Bulgarian', () => {
  it("the element's 30 mg after the salt's 400 mg is one tablet's", () => {
    const found = findElementalStatements(
      'Активното вещество в една таблетка е магнезиев L-аспартат дихидрат 400 mg, еквивалентно на 1,23 mmol Mg2+ или 30 mg Mg2+.',
    ).find((s) => s.mg === 30);
    expect(found?.per).toBe('unit');
  });
});

describe('statements of round 20', () => {
  it('"entsprechend 32,8 mg bzw. 1,35 mmol bzw. 2,7 mval Magnesium": restated twice, still one unit\'s magnesium', () => {
    const found = findElementalStatements(
      '1 Tablette enthält:\nWirkstoff: 500 mg Magnesiumorotat-Dihydrat\n(entsprechend 32,8 mg bzw. 1,35 mmol bzw. 2,7 mval Magnesium)',
    );
    expect(found.map((s) => [s.mg, s.per])).toEqual([[32.8, 'unit']]);
  });
  it.each([
    ['1日の摂取目安量4粒あたりマグネシウム300mg(酸化マグネシウム由来)を配合。', 300, '4 tablets'],
    ['每2片含镁200mg', 200, '2 tablets'],
  ])('%s: several units in a CJK sign head a serving', (text, mg, units) => {
    expect(findElementalStatements(text).map((s) => [s.mg, s.per, s.units])).toEqual([[mg, 'serving', units]]);
  });
  it('"nicht mehr als" / "250 mg Magnesium pro Tag": advice broken over two lines states no product\'s amount', () => {
    expect(
      findElementalStatements(
        'Das BfR empfiehlt, aus Nahrungsergänzungsmitteln nicht mehr als\n250 mg Magnesium pro Tag aufzunehmen.',
      ),
    ).toEqual([]);
  });
});

describe('statements of round 21', () => {
  it.each([
    'Vo forme liekov aj výživových doplnkov nájdete hodnoty od 48 mg do 400 mg horčíka v jednej dávke, preto porovnávajte obsah.',
    'Se o rótulo disser "citrato de magnésio 1000 mg", isso não são 1000 mg de magnésio.',
  ])("%s: no product's amount", (text) => {
    expect(findElementalStatements(text).filter((s) => s.mg >= 400)).toEqual([]);
  });
});

describe("statements of round 21, the label's own", () => {
  it.each([['Magnesium Amino Acid Chelate 1000 mg\n(bersamaan dengan magnesium elemen 200 mg)', 200]])('%s', (text, mg) => {
    expect(findElementalStatements(text).map((s) => s.mg)).toContain(mg);
  });
});

describe('statements: Vietnamese "Mỗi viên" (stop 59)', () => {
  it('"Mỗi viên chứa 470 mg magnesi lactat dihydrat, tương ứng với 48 mg magnesi" is one tablet\'s', () => {
    const [s] = findElementalStatements('Mỗi viên chứa 470 mg magnesi lactat dihydrat, tương ứng với 48 mg magnesi.');
    expect([s?.mg, s?.per, s?.unit]).toEqual([48, 'unit', 'tablet']);
  });
});

describe('statements: round 24 (stop 59)', () => {
  it('"motsvarande totalt 5 mmol magnesium (120 mg)": the element in mmol, then its weight in brackets', () => {
    expect(
      findElementalStatements(
        '1 tuggtablett innehåller magnesiumlaktat 470 mg, motsvarande totalt 5 mmol magnesium (120 mg).',
      ).map((s) => s.mg),
    ).toEqual([120]);
    // (Not a dose by body weight.)
    expect(
      findElementalStatements('Als mittlere Tagesdosis empfiehlt sich 0,185 mmol Magnesium (4,5 mg) pro kg Körpergewicht.'),
    ).toEqual([]);
  });
  it('"相等於鎂 (Magnesium) 175毫克": with its English gloss in brackets', () => {
    expect(findElementalStatements('相等於鎂 (Magnesium) 175毫克').map((s) => s.mg)).toEqual([175]);
  });
});

describe("a salt's weight stated in a sentence", () => {
  const read = (text: string) =>
    findSaltStatements(text).map((x) => ({ mg: x.mg, per: x.per, units: x.units, forms: x.forms.map((f) => f.id) }));
  it.each([
    [
      '• Each 2 capsules contain 1000 mg magnesium citrate',
      { mg: 1000, per: 'serving', units: '2 capsules', forms: ['citrate'] },
    ],
    [
      'Jede Kapsel enthält 600 mg reines Magnesiumbisglycinat – ohne Beimischung von Magnesiumoxid.',
      { mg: 600, per: 'unit', units: null, forms: ['glycinate'] },
    ],
    ['Her 2 tablet 1000 mg magnezyum sitrat içerir.', { mg: 1000, per: 'serving', units: '2 tablet', forms: ['citrate'] }],
    [
      '• ALTO DOSAGGIO – 2000 mg di magnesio citrato per dose giornaliera (2 compresse), per la funzione muscolare.',
      { mg: 2000, per: 'day', units: '2 compresse', forms: ['citrate'] },
    ],
    ['Une gélule contient 400 mg de citrate de magnésium.', { mg: 400, per: 'unit', units: null, forms: ['citrate'] }],
    ['1 kapsułka zawiera 500 mg cytrynianu magnezu', { mg: 500, per: 'unit', units: null, forms: ['citrate'] }],
    // The salt named before its weight, in a unit's contents.
    ['Each tablet contains magnesium citrate 500 mg.', { mg: 500, per: 'unit', units: null, forms: ['citrate'] }],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it.each([
    // Not said per what: a name line.
    'Magnesium Citrate 1000mg – 120 Vegan Capsules',
    // Someone else's figure, a ceiling, a threshold, a child's dose.
    'Studies used 300 mg magnesium citrate per day.',
    'Do not exceed 2000 mg magnesium citrate per day.',
    'Children 4–8: each tablet contains 250 mg magnesium citrate.',
    // The element's amount, from a salt: an elemental statement, not a salt's weight.
    '400 mg magnesium from magnesium citrate per capsule',
    // A salt of no fixed share.
    'Each capsule contains 500 mg magnesium amino acid chelate.',
  ])('no salt statement: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('two statements parted by a slash (round 32)', () => {
  it('"마그네슘 1정당 125mg / 하루 2정으로 마그네슘 250mg": the 250 mg is the day\'s two tablets, not one tablet\'s', () => {
    const [s] = findElementalStatements('마그네슘 1정당 125mg / 하루 2정으로 마그네슘 250mg');
    expect(s).toMatchObject({ mg: 250, per: 'day', units: '2 tablets' });
  });
  it('arithmetic\'s "466 / 16 = 29 mg" keeps its sentence', () => {
    const [s] = findElementalStatements('1/16 teaspoon would then hold about 466 / 16 = 29 mg of elemental Mg.');
    expect(s?.source).toMatch(/^1\/16 teaspoon/);
  });
});

describe('a dose by body weight (round 39)', () => {
  it.each([
    'Doporučovaná střední denní dávka činí 4,5 mg hořčíku (0,185 mmol) na kg tělesné hmotnosti.',
    'The usual dose is 6 mg magnesium per kg body weight a day.',
  ])('"%s" states no amount of the product', (text) => {
    expect(findElementalStatements(text)).toEqual([]);
  });
});

describe('a total named before its copula (round 40)', () => {
  it('"Celkový obsah hořčíku v jedné šumivé tabletě je 300 mg" states 300 mg', () => {
    expect(
      findElementalStatements('Celkový obsah hořčíku v jedné šumivé tabletě je 300 mg, což odpovídá 12,3 mmol.').map((x) => x.mg),
    ).toEqual([300]);
  });
});

describe('a measure of liquid named by its spoon (round 41)', () => {
  it('"Her 5 ml (1 ölçek) şurupta 50 mg magnezyuma eşdeğer …" is one scoop\'s 50 mg', () => {
    const [s] = findElementalStatements('Her 5 ml (1 ölçek) şurupta 50 mg magnezyuma eşdeğer 926 mg magnezyum glukonat dihidrat');
    expect(s).toMatchObject({ mg: 50, per: 'unit', unit: 'scoop' });
  });
});
