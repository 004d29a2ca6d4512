import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { Analysis } from './schema';
import type { ProductSnapshot } from './snapshot';
import { DEFAULT_PROFILE } from './limits';

const base = (over: Partial<ProductSnapshot>): ProductSnapshot => ({ url: null, store: 'generic', isProductPage: true, ...over });
const run = (over: Partial<ProductSnapshot>) => Analysis.parse(analyze(base(over)));
const codes = (a: Analysis) => a.warnings.map((w) => w.code);

describe("words near an amount that do not make it someone else's", () => {
  it.each([
    ['Chaque gélule apporte 100 mg de magnésium, pour plus de vitalité au quotidien.', 100],
    ['Eine Kapsel liefert 150 mg Magnesium – mehr als herkömmliche Präparate.', 150],
    ['Cada cápsula aporta 200 mg de magnesio, con menos de 1 g de azúcar.', 200],
  ])('%s', (description, mg) => {
    expect(run({ title: 'Magnesium 60 capsules', description }).elementalMgPerServing).toMatchObject({ min: mg, max: mg });
  });
  it('the strength the title names outranks a total elsewhere; "total daily value" is no total magnesium', () => {
    const a = run({
      title: 'Magnesium Forte 150 mg 60 Kapseln',
      description:
        'Magnesium Forte: 1 Kapsel enthält 150 mg Magnesium. Magnesium Extra: 1 Kapsel enthält insgesamt 243 mg Magnesium.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 150, max: 150 });
  });
  it('a Russian side-effect note ("слабительное действие") keeps a supplement a supplement', () => {
    const a = run({
      title: 'Магний хелат 60 капсул',
      labelText: '1 капсула содержит:\nМагний (в форме бисглицината) 100 мг',
      description: 'Принимать по 1 капсуле 2 раза в день во время еды. В больших дозах может оказывать слабительное действие.',
    });
    expect(a.kind).toBe('magnesium-supplement');
  });
  it('"% от суточной нормы" is a percent of the reference, not a per-day column', () => {
    const a = run({
      labelText: 'Пищевая ценность\tСодержание в 1 капсуле\t% от суточной нормы\nМагний\t100 мг\t25%',
      directions: 'Принимать по 1 капсуле 2 раза в день.',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
  });
  it("a label's day over a serving range gives servings a day in order", () => {
    const a = run({
      servingSize: '1-2 capsules',
      labelText: 'Each capsule contains:\nMagnesium 100 mg\nPer day (2 capsules):\nMagnesium 200 mg',
    });
    expect(a.servingsPerDay!.min).toBeLessThanOrEqual(a.servingsPerDay!.max);
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
  });
});

describe('amounts stated in more languages', () => {
  it('two salts weighed for one unit: their magnesium is added up', () => {
    const a = run({
      labelText: 'Oxyde de magnésium léger\t171,00 mg\nCarbonate de magnésium léger\t335,00 mg\nPour un sachet-dose.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 186.9, max: 199.6, basis: 'from-compound' });
    expect(a.warnings.map((w) => w.code)).toContain('salts-added');
  });
  it('three salts in one table, two of the same weight, are three salts to add up', () => {
    const a = run({
      labelText:
        'Ingredients per 2 capsule serving\nMagnesium Bisglycinate\t500mg\nMagnesium Malate\t500mg\nMagnesium Taurate\t250mg',
    });
    // 500 × 0.141 + 500 × (0.116–0.155) + 250 × 0.089.
    expect(a.elementalMgPerServing).toMatchObject({ min: 150.8, max: 170.3, basis: 'from-compound' });
  });
  it('"corresp. à 47,4 mg Mg²+" and "corresponds to magnesium in the amount of 295.7 mg" state the element', () => {
    expect(
      run({ labelText: '1 comprimé contient: Magnesii lactas dihydricus 465,4 mg corresp. à 47,4 mg Mg²+ (2 mmol)' })
        .elementalMgPerServing,
    ).toMatchObject({ min: 47.4, max: 47.4, basis: 'stated-elemental' });
    expect(
      run({
        description: 'active substance: magnesium citrate - 1830 mg, which corresponds to magnesium in the amount of 295.7 mg;',
      }).elementalMgPerServing,
    ).toMatchObject({ min: 295.7, max: 295.7 });
  });
  it("a label's own per-day section gives the day where no directions say", () => {
    const a = run({ labelText: '1 капсула содержит:\nМагний 57 мг\nВ суточной дозе (2-6 капс.):\nМагний 114-342 мг' });
    expect(a.elementalMgPerServing).toMatchObject({ min: 57, max: 57 });
    expect(a.elementalMgPerDay).toEqual({ min: 114, max: 342 });
  });
  it('a children\'s per-day row ("для детей") is not the label\'s day', () => {
    const a = run({ labelText: '1 капсула содержит:\nМагний 57 мг\nВ суточной дозе (2 капс.):\nМагний 114 мг (для детей)' });
    expect(a.servingsPerDay?.source).toBe('assumed-one');
  });
  it("each salt's share, then the total: the total is the product's", () => {
    const a = run({
      description:
        'Magnesii subcarbonas levis 670 mg (= 169 mg magnézia), Magnesii oxidum leve 342 mg (= 196 mg magnézia). Celkový obsah magnézia 365 mg, to je 15 mmol.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 365, max: 365 });
  });
  it('"(zodpovedá 250 mg horčíka)" and "что эквивалентно магнию 100 мг" state the element', () => {
    expect(
      run({ labelText: 'Jedna šumivá tableta obsahuje 420 mg ťažkého oxidu horečnatého (zodpovedá 250 mg horčíka)' })
        .elementalMgPerServing,
    ).toMatchObject({ min: 250, max: 250 });
    expect(
      run({ labelText: '1 таблетка содержит магния цитрата 618,43 мг, что эквивалентно магнию 100 мг' }).elementalMgPerServing,
    ).toMatchObject({ min: 100, max: 100 });
  });
});

describe('elemental magnesium per serving', () => {
  it.each<[string, Partial<ProductSnapshot>, number | null, number | null, string | null]>([
    [
      'US row, elemental',
      { labelText: 'Magnesium (as magnesium bisglycinate chelate)\t200 mg\t48%' },
      200,
      200,
      'stated-elemental',
    ],
    [
      'iHerb row, mixed forms',
      { labelText: 'Magnesium (as Magnesium Oxide and Magnesium Bisglycinate)\t105 mg\t25%' },
      105,
      105,
      'stated-elemental',
    ],
    ['footnote mark', { labelText: 'Magnesium*\t43 mg\t11%' }, 43, 43, 'stated-elemental'],
    [
      'amount inside the source is not the dose',
      { labelText: 'Magnesium (40 mg; S. cerevisiae)\t2 mg\t1%' },
      2,
      2,
      'stated-elemental',
    ],
    ['salt weight, glycinate', { labelText: 'Magnesium Glycinate 500 mg' }, 70.5, 70.5, 'from-compound'],
    ['salt weight, citrate hydrate unknown -> range', { labelText: 'Magnesium citrate 1,000 mg' }, 113, 162, 'from-compound'],
    ['German salt weight with thousands dot', { labelText: 'Magnesiumcitrat 1.000 mg' }, 113, 162, 'from-compound'],
    ['decimal comma in grams', { labelText: 'Magnesiumoxid 1,5 g' }, 904.5, 904.5, 'from-compound'],
    [
      'providing elemental wins over arithmetic',
      { labelText: 'Magnesium Glycinate 500 mg\n(providing 70 mg elemental magnesium)' },
      70,
      70,
      'stated-elemental',
    ],
    [
      'EU row with NRV',
      { url: 'https://www.amazon.de/dp/B000000001', labelText: 'Magnesium 375 mg (100% NRV)\naus Magnesiumcitrat' },
      375,
      375,
      'stated-elemental',
    ],
    ['German "aus" on the row', { labelText: 'Magnesium 300 mg aus Magnesiumcitrat 80 %' }, 300, 300, 'stated-elemental'],
    [
      'French row',
      {
        url: 'https://www.amazon.fr/dp/B000000001',
        labelText: 'Pour 2 gélules\nMagnésium (bisglycinate de magnésium) 300 mg 80% VNR',
      },
      300,
      300,
      'stated-elemental',
    ],
    ['%DV only -> back-calculated at 420', { labelText: 'Magnesium (as oxide)\t\t50%' }, 210, 210, 'from-percent-dv'],
    [
      '%DV only on an old (IU) label -> 400',
      { labelText: 'Vitamin D 400 IU 100%\nMagnesium (as oxide)\t\t50%' },
      200,
      200,
      'from-percent-dv',
    ],
    ['compound name but %DV says elemental', { labelText: 'Magnesium Citrate 400 mg 95%' }, 400, 400, 'stated-elemental'],
    ['amino acid chelate salt weight: no fixed fraction', { labelText: 'Magnesium Amino Acid Chelate 500 mg' }, null, null, null],
    [
      'stearate never counts',
      {
        title: 'Calcium 600 mg',
        labelText: 'Calcium (as carbonate) 600 mg 46%\nVitamin D3 20 mcg 100%\nOther ingredients: cellulose, magnesium stearate',
      },
      null,
      null,
      null,
    ],
    ['title-only number', { title: 'Magnesium 200mg, 180 Capsules', labelIsImage: true }, 200, 200, 'from-title'],
    // As magnesium, 400 mg would take 2.8 g of the glycinate (three capsules and more): it may weigh the salt.
    [
      "a title's figure after a salt's name that may weigh the salt",
      { title: 'Magnesium Glycinate 400mg, 180 Capsules', labelIsImage: true },
      56.4,
      400,
      'from-title',
    ],
    // … and 1400 mg would take 8.6 g of the citrate: it weighs the salt.
    [
      "a title's figure after a salt's name too large to be magnesium",
      { title: 'Citrato De Magnesio 1400 Mg, 60 Cápsulas', labelIsImage: true },
      158.2,
      226.8,
      'from-title',
    ],
    ['the salt needs little room', { title: 'Magnesium Oxide Tablets, 500 mg', labelIsImage: true }, 500, 500, 'from-title'],
    [
      'the figure names magnesium itself',
      { title: 'Magnesium Glycinate Complex - 300 mg Magnesium per Serving', labelIsImage: true },
      300,
      300,
      'from-title',
    ],
    [
      'a blend too large to be magnesium',
      { title: 'Magnesium Complex 1000 mg, 120 Capsules', labelIsImage: true },
      null,
      null,
      null,
    ],
    [
      "a title that calls its figure elemental is still the title's claim",
      {
        title: 'Aspartato de magnesio 50mg (Magnesio elemental) - 100 cápsulas',
        description: 'Magnesio unido al ácido aspártico.',
      },
      50,
      50,
      'from-title',
    ],
    ['implausible amount is refused', { labelText: 'Magnesium (from magnesium citrate)\t225 g\t1%' }, null, null, null],
  ])('%s', (_name, snap, min, max, basis) => {
    const a = run(snap);
    expect(a.elementalMgPerServing?.min ?? null).toBe(min);
    expect(a.elementalMgPerServing?.max ?? null).toBe(max);
    expect(a.elementalMgPerServing?.basis ?? null).toBe(basis);
  });

  it('keeps the label text each number came from', () => {
    const a = run({ labelText: 'Serving Size 2 capsules\nMagnesium (as magnesium citrate) 200 mg 48%' });
    expect(a.elementalMgPerServing?.source).toBe('Magnesium (as magnesium citrate) 200 mg 48%');
    expect(a.forms[0]?.source).toContain('magnesium citrate');
  });
  it('says which DV it assumed', () => {
    const a = run({ labelText: 'Magnesium (as oxide)\t\t50%' });
    expect(a.warnings.find((w) => w.code === 'from-percent')?.message).toMatch(/420/);
  });
  it('flags a %DV that does not match the amount', () => {
    expect(codes(run({ labelText: 'Magnesium (Oxide)\t25 mg\t167%' }))).toContain('percent-mismatch');
  });
});

describe('per unit vs per serving vs per day', () => {
  it.each<[string, Partial<ProductSnapshot>, number, number, number, number]>([
    [
      'per capsule, serving of 2',
      { servingSize: '2 capsules', labelText: 'Per capsule\nMagnesium (as glycinate) 100 mg' },
      200,
      200,
      200,
      200,
    ],
    [
      'per serving, 1-2 twice daily',
      { servingSize: '1 capsule', directions: 'Take 1–2 capsules twice daily', labelText: 'Magnesium (as citrate) 100 mg' },
      100,
      100,
      200,
      400,
    ],
    [
      'per day header',
      { labelText: 'Nährwerte pro Tagesdosis (2 Kapseln)\nMagnesium 400 mg 107 %', directions: 'täglich 2 Kapseln' },
      400,
      400,
      400,
      400,
    ],
    [
      'two columns: per capsule and per day',
      { labelText: 'pro Kapsel\tpro Tagesdosis (2 Kapseln)\nMagnesium\t150 mg\t300 mg\t80 %' },
      300,
      300,
      300,
      300,
    ],
  ])('%s', (_name, snap, sMin, sMax, dMin, dMax) => {
    const a = run(snap);
    expect([a.elementalMgPerServing?.min, a.elementalMgPerServing?.max]).toEqual([sMin, sMax]);
    expect([a.elementalMgPerDay?.min, a.elementalMgPerDay?.max]).toEqual([dMin, dMax]);
  });
  it('no directions: one serving a day, assumed-one', () => {
    const a = run({ labelText: 'Magnesium (as oxide) 250 mg' });
    expect(a.servingsPerDay).toEqual({ min: 1, max: 1, source: 'assumed-one' });
  });
  it('a title figure never becomes a daily dose or a verdict', () => {
    const a = run({ title: 'Magnesium Glycinate 400mg, 180 Capsules', directions: 'Take 2 capsules daily', labelIsImage: true });
    expect(a.elementalMgPerDay).toBeNull();
    expect(a.upperLimit.verdict).toBe('unknown');
    expect(a.pricePer100mgElemental).toBeNull();
  });
});

describe('kind, forms, buffered', () => {
  it.each<[string, Partial<ProductSnapshot>, Analysis['kind'], boolean]>([
    [
      'single magnesium',
      { title: 'Magnesium Citrate 200 mg, 120 Tablets', labelText: 'Magnesium (as citrate) 200 mg 48%' },
      'magnesium-supplement',
      false,
    ],
    [
      'multi-nutrient',
      {
        title: 'Two-A-Day Multivitamin',
        labelText: 'Vitamin C 250 mg 278%\nZinc 11 mg 100%\nSelenium 55 mcg 100%\nMagnesium (as oxide) 105 mg 25%',
      },
      'multi-nutrient',
      false,
    ],
    [
      'topical spray',
      { title: 'Magnesium Oil Spray 8 fl oz', labelText: 'Magnesium (as magnesium chloride) 56 mg' },
      'topical',
      true,
    ],
    ['bath flakes', { title: 'Zechstein Magnesium Flakes 1 kg', directions: 'Add 2 cups to a warm bath.' }, 'topical', true],
    [
      'a Korean body spray on sale',
      { title: '[1+1 기획] 미네랄랩 마그네슘 릴렉싱 바디 스프레이 100ml', price: { amount: 14400, currency: 'KRW' } },
      'topical',
      true,
    ],
    [
      'a Taiwanese roll-on of magnesium oil on sale',
      { title: '澳洲進口 鎂離子舒緩滾珠 50ml 氯化鎂 鎂油 肩頸 小腿', price: { amount: 390, currency: 'TWD' } },
      'topical',
      true,
    ],
    [
      'a Korean oral spray on sale is no topical',
      { title: '마그네슘 구강 스프레이 30ml', price: { amount: 14400, currency: 'KRW' } },
      'magnesium-supplement',
      false,
    ],
    [
      // A German bag's directions by the kind of bath, its word for the bath water.
      'German bath flakes',
      {
        title: 'Zechstein Magnesium',
        labelText: 'Magnesiumchlorid-Hexahydrat 99 %',
        directions: 'Vollbad: 500 g Flocken in warmem Badewasser auflösen. Fußbad: 150 g auf 5 l Wasser.',
      },
      'topical',
      true,
    ],
    [
      // ("therapeuticaction" holds the letters of "peu", a French word of side effects: whole words only.)
      "a record's therapeutic action: an antacid",
      {
        title: 'GASOPAX 24COM.MAST.',
        labelText:
          'ActiveIngredients\tALUMINIO HIDROXIDO 200 MG,MAGNESIO HIDROXIDO 200 MG\nTherapeuticAction\tANTIACIDO-ANTIFLATULENTO',
      },
      'not-a-supplement',
      false,
    ],
    [
      'a shop post about its flakes that calls one use "a recipe"',
      {
        isProductPage: false,
        title: 'The Amazing Benefits of Magnesium Chloride Flakes and How to use them',
        description:
          'Adding the flakes to a bath or foot soak lets magnesium pass through the skin.\nAs the ultimate relaxation recipe, add two cups of flakes to a warm bath.',
      },
      'topical',
      true,
    ],
    [
      "flakes dissolved in the users' bath tub",
      {
        title: 'FAQ – Magnesium Health Institute',
        directions: 'The best effects are reported by users who dissolve 3 – 5% concentration in their bath tub.',
      },
      'topical',
      true,
    ],
    [
      'not a supplement',
      { title: 'Portable Charger 10000mAh', bullets: ['Aluminium-magnesium alloy shell'] },
      'not-a-supplement',
      false,
    ],
    [
      'a food',
      { title: 'Dark Chocolate Almonds 1 lb', labelText: 'Nutrition Facts\nMagnesium 60 mg 15%' },
      'not-a-supplement',
      false,
    ],
    [
      "a toddler's milk formula",
      { title: 'LEITE NINHO 1+ 800G', labelText: 'Porção de 32 g (7 colheres de medida)\nMagnésio\t15mg\t6%' },
      'not-a-supplement',
      false,
    ],
    [
      'a formula for children, its name not found',
      {
        title: 'Ninho Fases 1+',
        description: 'Fórmula para crianças de 1 a 3 anos, com fibras, vitaminas e minerais.',
        labelText: 'Porção de 32 g (7 colheres de medida)\nMagnésio\t15mg\t6%',
      },
      'not-a-supplement',
      false,
    ],
    [
      'milk thistle is a herb, not milk',
      { title: 'Milk Thistle Complex', labelText: 'Supplement Facts\nMagnesium (as citrate)\t100 mg\t24%' },
      'magnesium-supplement',
      false,
    ],
  ])('%s', (_name, snap, kind, topical) => {
    const a = run(snap);
    expect(a.kind).toBe(kind);
    expect(a.topical).toBe(topical);
  });
  it('topical: no oral verdict and no daily total', () => {
    const a = run({
      title: 'Magnesium Oil Spray',
      labelText: 'Magnesium (as magnesium chloride) 56 mg',
      directions: 'Spray onto skin',
    });
    expect(a.upperLimit.verdict).toBe('not-applicable');
    expect(a.elementalMgPerDay).toBeNull();
  });
  it.each<[string, Partial<ProductSnapshot>, boolean]>([
    ['buffered word', { labelText: 'Magnesium (as TRAACS Magnesium Bisglycinate Chelate Buffered) 200 mg 48%' }, true],
    ['chelate with oxide', { labelText: 'Magnesium (as oxide, amino acid chelate) 200 mg 48%' }, true],
    ['glycinate alone', { labelText: 'Magnesium (as bisglycinate) 200 mg 48%' }, false],
  ])('buffered: %s', (_n, snap, want) => expect(run(snap).buffered).toBe(want));
  it('forms from the image-only Amazon page come from the ingredients, not a comparison bullet', () => {
    const a = run({
      url: 'https://www.amazon.com/dp/B0MGLY4001',
      store: 'amazon',
      labelIsImage: true,
      title: 'Magnesium Glycinate 400mg – 180 Vegan Capsules',
      bullets: ['Superior absorption compared with magnesium oxide'],
      ingredients: 'Magnesium (as magnesium bisglycinate chelate), hypromellose, rice flour.',
    });
    expect(a.forms.map((f) => f.id)).toEqual(['glycinate']);
  });
});

describe('a title in Arabic script from a store adapter', () => {
  it('is read for its salt and shown as written', () => {
    const title = 'سترات المغنيسيوم 200 ملغ، 120 قرص';
    const a = analyze({ url: 'https://shop.example/ar/p', store: 'generic', isProductPage: true, title });
    expect(a.title).toBe(title);
    expect(a.forms.map((f) => f.id)).toEqual(['citrate']);
    expect(a.containsMagnesium).toBe(true);
  });
});

describe('price per 100 mg elemental', () => {
  it('from a label amount, unit count and price', () => {
    const a = run({
      servingSize: '2 capsules',
      labelText: 'Magnesium (as glycinate) 200 mg',
      price: { amount: 20, currency: 'USD' },
      unitCount: 120,
    });
    // 60 servings x 200 mg = 12,000 mg -> $20 / 120 = $0.167 per 100 mg
    expect(a.pricePer100mgElemental).toEqual({ amount: 0.167, currency: 'USD' });
  });
  it('null when the dose is unknown', () => {
    expect(run({ title: 'Magnesium', price: { amount: 20, currency: 'USD' }, unitCount: 120 }).pricePer100mgElemental).toBeNull();
  });
});

describe('store ids', () => {
  it('every known store is kept; an unknown one becomes generic', async () => {
    const { STORE_IDS } = await import('../vocabulary/ids');
    expect(analyze({ url: null, store: 'nowhere' as never, isProductPage: false }).store).toBe('generic');
    for (const store of STORE_IDS) expect(analyze({ url: null, store, isProductPage: false }).store).toBe(store);
  });
});

describe('page-text rules on whole snapshots', () => {
  it('a product for horses or for the garden is not a supplement for people', () => {
    const epsomSalt = (description: string) =>
      run({ title: 'Epsom Salt 4 lb', description, price: { amount: 6, currency: 'USD' } });
    const garden = epsomSalt(
      'Epsom salt supplies magnesium to plants. A foliar spray of 1 tablespoon per gallon helps tomatoes; spread it on lawns in spring.',
    );
    expect(garden.kind).toBe('not-a-supplement');
    expect(codes(garden)).toContain('not-for-people');
    // An Epsom salt for the bath, the feet and the face, with one use in the garden, is for people (part T76).
    const bath = epsomSalt(
      'Use 2 cups per bath. Use 1 cup for a foot soak. A paste for the face. Add 1 tbsp per plant as a fertilizer, or sprinkle it around your plants.',
    );
    expect(bath.kind).toBe('topical');
    expect(codes(bath)).not.toContain('not-for-people');
    const horse = run({
      title: 'Calm Mix 3 kg',
      description:
        'A magnesium powder for horses. Spooky horses often lack magnesium; most horses settle within days. One scoop a day.',
    });
    expect(horse.kind).toBe('not-a-supplement');
    // "plant-based capsules" are no plants.
    expect(
      run({
        title: 'Magnesium Glycinate 120 plant-based capsules',
        labelText: 'Magnesium (as magnesium glycinate) 200 mg',
        description: 'Plant-based capsules. Plant-derived cellulose. Plant-sourced.',
      }).kind,
    ).toBe('magnesium-supplement');
    // Why food holds less magnesium ("depleted soil … plants … animals that feed on these plants") names no user.
    const soil = {
      title: 'Magnesium Oil Mist',
      description: [
        'Depleted soil conditions mean that plants (and meat from animals that feed on these plants) are lower in magnesium.',
        'Spray onto the skin and massage in.',
      ].join('\n'),
    };
    expect(run(soil).kind).toBe('topical');
    expect(run({ ...soil, description: `${soil.description}\nLoved by dogs and cats; safe on plants.` }).kind).toBe(
      'not-a-supplement',
    );
    // Pets stay pets in a sentence on depleted soils.
    const chews = run({
      title: 'Magnesium for Dogs 120 chews',
      description:
        'Modern dog food is made from crops grown in depleted soils, so dogs and cats often lack magnesium. Give 1 chew per 10 kg daily.',
    });
    expect(chews.kind).toBe('not-a-supplement');
  });

  it('"topical" or "transdermal" with one other word of the skin makes a page for the skin; with capsules it does not', () => {
    const page = {
      title: 'Magnesium Collection',
      description:
        'Topical magnesium is an easy way to take in magnesium: it goes in through the skin, and the body takes what it needs.\nBenefits: better sleep, fewer cramps.',
    };
    expect(run(page).kind).toBe('topical');
    expect(run({ ...page, description: page.description.replace('Topical', 'Our') }).kind).not.toBe('topical');
    expect(run({ ...page, title: 'Magnesium Glycinate 120 Capsules' }).kind).not.toBe('topical');
  });

  it("a site named after a product for the skin ('magnesiumoel.ch') makes its pages about it topical", () => {
    const page = {
      url: 'https://www.magnesiumoel.ch/infos-magnesium-herkunft-haltbarkeit/',
      isProductPage: false,
      title: 'Infos zu Magnesium: Herkunft und Haltbarkeit',
      description:
        'Was ist Magnesiumchlorid? Eine Verbindung aus Magnesium und Chlorid, gewonnen aus dem Toten Meer oder dem Zechstein Urmeer.',
    };
    expect(run(page).kind).toBe('topical');
    expect(run({ ...page, url: 'https://www.example.ch/infos-magnesium-herkunft-haltbarkeit/' }).kind).not.toBe('topical');
    // A host with a skin word but not magnesium's name, or capsules in the title, says nothing of the skin.
    const capsules = {
      title: 'Magnesium Glycinate 400 mg, 120 capsules',
      description: 'Take 2 capsules daily with water.',
      price: { amount: 20, currency: 'USD' },
    };
    expect(run({ ...capsules, url: 'https://www.spray-labs.com/products/magnesium-glycinate' }).kind).toBe(
      'magnesium-supplement',
    );
    expect(run({ ...capsules, url: 'https://www.magnesiumoel.ch/products/magnesium-glycinate' }).kind).toBe(
      'magnesium-supplement',
    );
  });

  it('"Not a dietary supplement." denies it: a laxative whose long name hides its purpose is still a medicine', () => {
    const page = {
      title: 'Equate Milk of Magnesia Saline Laxative, Magnesium Hydroxide Oral Suspension, Original, 26 fl oz',
      labelText:
        'Drug Facts\nActive ingredient (in each 15 mL tablespoon)\tPurpose\nMagnesium hydroxide 1200 mg\tSaline laxative\neach tablespoon (15 mL) contains:\nmagnesium 500 mg',
      description: 'A saline laxative that relieves occasional constipation.\nNot a dietary supplement.',
    };
    const laxative = run(page);
    expect(laxative.kind).toBe('not-a-supplement');
    expect(laxative.elementalMgPerDay).toBeNull();
    // Said of a supplement ("a dietary supplement, not a laxative"), the word still makes it one.
    const supplement = run({ ...page, description: 'A dietary supplement for magnesium, not a laxative.' });
    expect(supplement.kind).not.toBe('not-a-supplement');
  });

  it('"便秘薬ではありません" (it is no laxative) names no purpose of the product', () => {
    const a = run({
      title: 'マグネシウム 300mg 90粒',
      labelText: '栄養成分表示（1日3粒当たり）\nマグネシウム\t300mg',
      description: '本品は便秘薬ではありません。毎日の栄養補給にどうぞ。',
      directions: '1日3粒を目安にお召し上がりください。',
    });
    expect(a.kind).toBe('magnesium-supplement');
  });

  it('a page that says its product is no supplement gets no dose verdict', () => {
    const nigari = run({
      title: '海水にがり 500ml 国産 液体',
      labelText: '栄養成分表示（100ml当たり）\nエネルギー\t0kcal\nマグネシウム\t4,700mg',
      description:
        '本品は食品添加物（豆腐用凝固剤）・調味料として販売しております。健康食品ではありませんので、料理用途でお使いください。',
    });
    expect(nigari.kind).toBe('not-a-supplement');
    expect(codes(nigari)).toContain('said-not-supplement');
    // "Not a substitute for a varied diet" denies nothing.
    const capsules = run({
      title: 'Magnesium Citrate 200 mg, 90 Capsules',
      labelText: 'Supplement Facts\nMagnesium (as magnesium citrate)\t200 mg',
      description: 'Food supplements are not a substitute for a varied diet.',
    });
    expect(capsules.kind).toBe('magnesium-supplement');
  });

  it('magnesium hydroxide as an oral suspension is milk of magnesia: a medicine, even where its page says not what for', () => {
    const page = {
      title: "Dowall's 415mg/5ml Suspensión Oral – Frasco 150 mL",
      labelText: 'Composición\nHidróxido de magnesio 415mg/5ml',
      price: { amount: 7.8, currency: 'PEN' },
    };
    const suspension = run(page);
    expect(suspension.kind).toBe('not-a-supplement');
    expect(codes(suspension)).toContain('drug-not-supplement');
    expect(suspension.elementalMgPerDay).toBeNull();
    // Magnesium hydroxide in capsules is a supplement, whatever its prose says of a suspension; so is a
    // powder whose text names another hydroxide.
    const capsules = {
      title: 'Magnesium Hydroxide 400 mg, 120 capsules',
      labelText: 'Magnesium (as magnesium hydroxide) 400 mg',
      description: 'Unlike a liquid suspension, these capsules are tasteless.',
    };
    expect(run(capsules).kind).toBe('magnesium-supplement');
    expect(
      run({
        title: 'Magnesium citrate powder 200 g',
        labelText: 'Magnesium (as magnesium citrate) 200 mg',
        description: 'Free of aluminium hydroxide. Stir one scoop into water; a fine suspension forms.',
      }).kind,
    ).toBe('magnesium-supplement');
  });

  it.each([
    ['塩化マグネシウムでマグネシウムオイル自作!', 'マグネシウムオイルを肌にスプレーする。'],
    ['Cómo hacer aceite de cloruro de magnesio', 'Aplicar el aceite de magnesio sobre la piel limpia.'],
  ])('a title that makes the oil oneself (%s) is a recipe', (title, description) => {
    const a = run({ title, description });
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });

  it('a magnesium oil the page makes itself is a recipe, not a topical product; one on sale is topical', () => {
    const page = {
      title: 'Magnesium oil',
      description: 'Magnesium oil is expensive in shops, so I decided to make my own from flakes and distilled water.',
      directions: 'Spray 10 to 20 squirts morning and evening on legs and arms.',
    };
    const recipe = run(page);
    expect(recipe.kind).toBe('not-a-supplement');
    expect(codes(recipe)).toContain('recipe');
    expect(run({ ...page, price: { amount: 12, currency: 'EUR' } }).kind).toBe('topical');
    // A shop that sells flakes (a cart, no price read) and tells how to make an oil of them.
    expect(run({ ...page, forSale: true }).kind).toBe('topical');
    // A label's photo read (no price, no cart): its cosmetic declaration says it is the product (round 33).
    expect(run({ ...page, ingredients: 'Inhaltsstoffe (INCI): Magnesium Chloride.' }).kind).toBe('topical');
  });

  it.each([
    ['Magnesiumchlorid kann direkt auf die Haut aufgebracht werden.'],
    ["L'huile de magnésium s'applique sur la peau après la douche."],
    ['Aplicar el aceite de magnesio sobre la piel limpia.'],
    ['Нанести магниевое масло на кожу и втереть.'],
    ['To wodny roztwór chlorku magnezu, łatwy do nałożenia na skórę.'],
    ['Nicht zum Einnehmen, nur auf die Haut auftragen.'],
  ])('put on the skin in other languages: %s is topical', (description) => {
    const a = run({ title: 'Magnesiumchlorid', isProductPage: false, description });
    expect(a.kind).toBe('topical');
  });

  it('rubbing it in, in Dutch or German, is use on the body: with a word of the way in, a topical', () => {
    const description =
      'De transdermale toepassing van magnesium werkt goed tegen spierkrampen. Goed aanbrengen, inmasseren en de spieren strekken.';
    expect(run({ title: 'Magnesium bij kramp', isProductPage: false, description }).kind).toBe('topical');
    const german = 'Transdermales Magnesium: sanft in die Waden einmassieren.';
    expect(run({ title: 'Magnesium bei Krämpfen', isProductPage: false, description: german }).kind).toBe('topical');
    // Massage said three ways is one word; a word said of something else does not count.
    const massage = 'Die Waden nach dem Lauf massieren, Massage-Öl einmassieren, und von innen mit Magnesium versorgen.';
    expect(run({ title: 'Magnesium Direkt Sticks', isProductPage: false, description: massage }).kind).not.toBe('topical');
    const unlike = 'Anders als transdermales Magnesium muss hier nichts einmassiert werden.';
    expect(run({ title: 'Magnesiumcitrat Pulver', isProductPage: false, description: unlike }).kind).not.toBe('topical');
    // Tablets one dissolves and drinks, in Dutch: the skin words are what the magnesium does for the body.
    const drunk = 'Transdermaal werkt minder goed dan deze bruistabletten: goed voor de huid, na een massage of met een crème.';
    expect(run({ title: 'Magnesium 20 bruistabletten', isProductPage: false, description: drunk }).kind).not.toBe('topical');
    // Tablets named as what the product is not ("in plaats van", "sneller dan een", "geen") leave a skin product on the
    // skin; a "no", "not" or "than" elsewhere in the sentence does not ("older than 12 years: 1 tablet a day").
    const skin = 'Supports healthy skin, hair and nails. Relax after a warm bath. Pair with our magnesium lotion or spray.';
    for (const title of [
      'Magnesium Glycinate 400mg, No Fillers, 120 Veggie Capsules',
      'Magnesium Glycinate - Gentler Than Oxide - 120 Capsules',
      'Magnesium Glycinate Caps',
      'Magnesium Glycinate 400 mg, 120 Vegetable Caps',
    ])
      expect(run({ title, isProductPage: false, description: skin }).kind).not.toBe('topical');
    const older =
      'Adults and children older than 12 years: 1 tablet a day. Supports healthy skin, after a massage or with a lotion.';
    expect(run({ title: 'Magnesium Forte', isProductPage: false, description: older }).kind).not.toBe('topical');
    const relaxing = 'More relaxing than a regular bath: soothes skin, great as a lotion or massage oil.';
    expect(run({ title: 'Magnesium Zechstein 1000 ml', isProductPage: false, description: relaxing }).kind).toBe('topical');
    for (const said of [
      'Magnesium opnemen via de huid, in plaats van bruistabletten. Te gebruiken in bad, als lotion of voor een massage.',
      'Opname via de huid werkt sneller dan een bruistablet. Te gebruiken in bad, als lotion of voor een massage.',
      'Magnesium via de huid: geen zuigtablet of bruistablet meer nodig. Te gebruiken in bad, als lotion of voor een massage.',
    ])
      expect(run({ title: 'Magnesium Zechstein 1000 ml', isProductPage: false, description: said }).kind).toBe('topical');
    const kauw = 'Transdermaal werkt minder goed dan een kauwtablet: goed voor de huid, na een massage of met een crème.';
    expect(run({ title: 'Magnesium kauwtablet sinaasappel', isProductPage: false, description: kauw }).kind).not.toBe('topical');
  });

  it('Vietnamese directions that spray it on and massage it in make a topical', () => {
    const page = { title: 'Magne Oil 100ml', directions: 'Xịt trực tiếp lên vùng cần giảm đau, xoa bóp nhẹ 1–2 phút.' };
    expect(run(page).kind).toBe('topical');
    expect(run({ ...page, directions: 'Uống 1 viên mỗi ngày sau bữa ăn.' }).kind).not.toBe('topical');
  });

  it('a dated article about magnesium sprays is an article, not a topical product', () => {
    const page = {
      title: '美網紅狂推「鎂噴霧」紓壓神器!專家:皮膚根本難吸收',
      isProductPage: false,
      description: '網紅向肚臍、腋下及腳底噴灑含鎂噴霧。醫生則指這種說法沒有根據。',
    };
    expect(run(page).kind).toBe('topical');
    const a = run({ ...page, genre: 'article' });
    expect(a.kind).toBe('not-a-supplement');
    expect(a.warnings.map((w) => w.message).join(' ')).toContain('dated article');
  });

  it.each([
    ['Magnesium kann nicht nur eingenommen, sondern auch als Öl auf die Haut aufgetragen werden.'],
    ['Beneficios del magnesio sobre la piel y sus aplicaciones en el deporte.'],
    ['Nicht auf die Haut auftragen.'],
  ])('an oral product saying "%s" stays oral', (description) => {
    const a = run({
      title: 'Magnesiumcitrat Kapseln 120 Stück',
      labelText: '1 Kapsel enthält:\nMagnesium 150 mg',
      directions: '2 Kapseln täglich',
      description,
    });
    expect(a.kind).toBe('magnesium-supplement');
    const noRows = run({ title: 'Magnesiumchlorid', isProductPage: false, description });
    expect(noRows.kind).not.toBe('topical');
  });

  it('"nicht mehr selbst herstellen" and "selbst herstellen kann" (the body) are no recipe', () => {
    for (const said of ['den der Körper nicht mehr selbst herstellen kann', 'das der Körper selbst herstellen kann']) {
      const a = run({
        title: 'Magnesiumöl',
        isProductPage: false,
        description: `Magnesium ist ein Mineralstoff, ${said}. Magnesiumöl wird auf die Haut aufgesprüht.`,
      });
      expect(codes(a)).not.toContain('recipe');
    }
  });

  it('"oliwki magnezowe" (magnesium body oils, plural) in a title is topical', () => {
    expect(run({ title: 'Jakie zalety mają oliwki magnezowe?', isProductPage: false }).kind).toBe('topical');
  });

  it('"den der Körper nicht selbst herstellen kann" (the body cannot make it) is no recipe', () => {
    const a = run({
      title: 'Anwendung von Magnesiumchlorid',
      isProductPage: false,
      description: [
        'Magnesium ist ein Mineralstoff, den der Körper nicht selbst herstellen kann.',
        'Magnesiumchlorid kann direkt auf die Haut aufgebracht werden.',
      ].join('\n'),
    });
    expect(a.kind).toBe('topical');
    expect(codes(a)).not.toContain('recipe');
  });

  it("a monograph's two dosage forms: the serving is the one the directions name", () => {
    const strengths = [
      'Dosage Forms & Strengths',
      'tablet, enteric-coated',
      '50mg elemental Mg (500mg salt form)',
      'granules for oral solution',
      '100mg elemental Mg/packet (1000mg salt form)',
    ].join('\n');
    const packet = run({ title: 'Magnesium lactate (OTC)', description: strengths, directions: '1 packet up to 3 times daily' });
    expect(packet.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(packet.elementalMgPerDay).toEqual(expect.objectContaining({ min: 100, max: 300 }));
    const tablet = run({ title: 'Magnesium lactate (OTC)', description: strengths, directions: '2 tablets up to 3 times daily' });
    expect(tablet.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    // No directions: which form is not known, so the two strengths are a range.
    const neither = run({ title: 'Magnesium lactate (OTC)', description: strengths });
    expect(neither.elementalMgPerServing).toMatchObject({ min: 50, max: 100 });
  });

  it('an Indonesian antacid (antasida) is a medicine, not a supplement', () => {
    expect(
      run({ title: 'Magnesium Oksida', description: 'Kelas: Antasida, Mineral & Elektrolit.\nDosis: 400 mg setiap hari.' }).kind,
    ).toBe('not-a-supplement');
  });

  it('"obat maag" (a stomach medicine, Indonesian) is an antacid, even where "antasida" follows a comma', () => {
    expect(
      run({
        title: 'Tablet',
        description:
          'PROMAG obat maag dengan Magnesium Hydroxide dan simethicone redakan sakit maag & kembung.\nBersama Magnesium hidroksida, keduanya menjadi antasida yang menetralkan asam lambung.',
      }).kind,
    ).toBe('not-a-supplement');
  });

  it('a product made with a magnesium oil goes on the skin, a pain reliever among them', () => {
    expect(
      run({
        title: 'Go Go Pain – Intense Pain Reliever',
        price: { amount: 185, currency: 'ZAR' },
        description:
          'An intense pain reliever boosted with MSM and magnesium oil, blending 15 herbal oils for stubborn aches and pains.',
      }).kind,
    ).toBe('topical');
    expect(
      run({
        title: 'Mezcla de aceite DMSO y magnesio (3.4 onzas)',
        price: { amount: 1035, currency: 'MXN' },
        description: 'Fórmula original que combina DMSO y aceite de magnesio. Botella de vidrio con gotero.',
      }).kind,
    ).toBe('topical');
  });

  it('"it can be massaged on the chest" puts a product on the skin; "creams … are applied to the skin" describes a kind of product', () => {
    const spritz = run({
      title: 'Elektra Magnesium Charge',
      description:
        'A high-strength magnesium mist; it can be massaged on the chest when stressed or on feet and legs for spasms.',
    });
    expect(spritz.kind).toBe('topical');
    expect(
      run({
        title: 'Magnesium Chloride',
        description: 'Extracted from seawater. It can also be rubbed into the feet and calves before bed.',
      }).kind,
    ).toBe('topical');
    const article = run({
      title: 'Magnesium',
      description:
        'Magnesium is a mineral taken by mouth for deficiency. Creams and oils containing magnesium are applied to the skin.',
    });
    expect(article.kind).not.toBe('topical');
  });

  it('an Epsom salt sold as a soak and a saline laxative is topical; one sold only as a laxative is a medicine', () => {
    const both = run({
      title: 'Epsom Salt Magnesium Sulfate USP 4 lb',
      description:
        'Epsom salt dissolves easily in water for bath soaks that ease sore muscles and sprains, and as a saline laxative it gives occasional relief of constipation.',
      price: { amount: 6.97, currency: 'USD' },
    });
    expect(both.kind).toBe('topical');
    expect(both.elementalMgPerDay).toBeNull();
    const laxative = run({
      title: 'Epsom Salt Magnesium Sulfate USP 4 lb',
      description: 'Saline laxative: for relief of occasional constipation. Dissolve 2 to 4 level teaspoons in a glass of water.',
      price: { amount: 6.97, currency: 'USD' },
    });
    expect(laxative.kind).toBe('not-a-supplement');
    // A bath in Bosnian ("kupke") is a soak as well.
    const bosnian = run({
      title: 'Epsom so i magnezijum: kupke i laksativ',
      isProductPage: false,
      description:
        'Epsom so se koristi u kupkama ili lokalno na koži. Oralno, magnezijum-sulfat funkcioniše kao laksativ. Za kupku rastvorite 1–2 šolje Epsom soli u toploj vodi.',
    });
    expect(bosnian.kind).toBe('topical');
  });

  it('a kind of medicine named as an example of others ("drugs (antacids, …) lower magnesium") is no purpose of a body butter', () => {
    const page = {
      title: 'Calming Magnesium Body Butter',
      isProductPage: false,
      description:
        'A batch I make for massaging clients with muscle cramping. Some prescription drugs (antacids, antibiotics) can lower magnesium. The magnesium chloride oil in the butter is absorbed into the skin.',
    };
    expect(run(page).kind).toBe('topical');
    expect(
      run({ ...page, description: page.description.replace('Some prescription drugs (antacids, antibiotics)', 'Antacids') }).kind,
    ).not.toBe('topical');
  });

  it("a formulary or guide that states two salts' amounts for two products, its title naming neither, gives no one dose", () => {
    const a = run({
      title: 'Calcium and magnesium',
      labelText:
        'Magnesium\nPreferred list\nEach 6.5g Magnaspartate® sachet contains magnesium aspartate equivalent to 243mg (10mmol) of magnesium.\nOne or two sachets once daily.\nAlternative\nEach magnesium glycerophosphate chewable tablet contains magnesium 97mg (4mmol Mg2+).',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('several-products');
    expect(a.elementalMgPerDay).toBeNull();
  });

  it('"magnesium glycerophosphate 97.2mg (4mmol) chewable tablet": millimoles of magnesium make the figure elemental, per tablet', () => {
    const a = run({
      title: 'Magnesium glycerophosphate oral',
      labelText: 'magnesium glycerophosphate 97.2mg (4mmol) chewable tablet',
      directions: '4mmol to 8mmol (1 to 2 tablets) three times a day.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 97.2, max: 97.2, basis: 'stated-elemental' });
    expect(a.elementalMgPerDay).toEqual({ min: 291.6, max: 583.2 });
    // A salt's own weight with its millimoles of salt is not read as the element's.
    const b = run({ title: 'Magnesium citrate', labelText: 'Magnesium citrate 500mg (2.3mmol) tablet' });
    expect(b.elementalMgPerServing?.basis).toBe('from-compound');
  });

  it("a range of elemental magnesium taken once a day is the intake's and the day's range", () => {
    const a = run({
      title: 'Magnesium gluconate',
      description:
        'Usual Adult Dose for Dietary Supplement:\n500 to 1000 mg magnesium gluconate (27 to 54 mg elemental magnesium) orally once a day.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 27, max: 54 });
    expect(a.elementalMgPerDay).toEqual({ min: 27, max: 54 });
  });

  it('one unit\'s two salts with their shares and the total are one product, and "contains magnesium 97mg" is elemental', () => {
    const a = run({
      title: 'Magnosolv granule',
      labelText:
        'Jeden sáček obsahuje:\nMagnesii subcarbonas levis 670 mg (= 169 mg magnézia),\nMagnesii oxidum leve 342 mg (= 196 mg magnézia).\nCelkový obsah magnézia 365 mg.',
    });
    expect(codes(a)).not.toContain('several-products');
    expect(a.elementalMgPerServing).toMatchObject({ min: 365, max: 365 });
    const b = run({
      title: 'Magnesium glycerophosphate',
      labelText: 'Each chewable tablet contains magnesium 97mg (4mmol Mg2+).',
    });
    expect(b.elementalMgPerServing).toMatchObject({ min: 97, max: 97, basis: 'stated-elemental' });
  });

  const base = { url: 'https://example.com/p', store: 'generic' as const, isProductPage: true };

  it("a leaflet's indications heading states its purpose however far down the page's text it stands", () => {
    const menus = Array.from({ length: 120 }, (_, i) => `Menu item ${i + 1}`).join('\n');
    const a = analyze({
      ...base,
      title: 'Magnesia S',
      labelText: 'Una bustina contiene:\nmagnesio idrossido 900 mg',
      description: `${menus}\nINDICAZIONI:\nAntiacido.\nPOSOLOGIA:\nUna bustina per volta.`,
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });

  it('what a medicine is for, in several languages, makes it no supplement', () => {
    for (const description of [
      'Anwendungsgebiete:\nAkute und chronische Verstopfung.',
      'Magnesia medic tabletter er et middel mod forstoppelse.',
      // Danish: "acts as a laxative", "you can use it for • constipation"; Swedish, Finnish.
      'Magnesia DAK virker afførende og neutraliserer mavesyre.',
      'Du kan bruge Magnesia ved\n • Forstoppelse, hvor livstilsændring ikke hjælper',
      'Magnesia är ett laxermedel som används vid förstoppning.',
      'Valmistetta käytetään ummetuksen hoitoon.',
      // Swedish and Norwegian heartburn (part T103).
      'Används vid halsbränna och sura uppstötningar.',
      'Brukes ved halsbrann og sure oppstøt.',
      // Russian: "a preparation with an antacid action", "as a laxative, 1 teaspoon".
      'Magnesio San Pellegrino — препарат с антацидным действием.',
      'Взрослые: как слабительное 1 столовая ложка.',
      // A bowel cleanser before a colonoscopy.
      'Updated 2 Feb 2023 | Colonic evacuation',
      // Romanian: "an osmotic laxative" (part T79).
      'Laxativ osmotic: trage apă în intestin și grăbește tranzitul.',
    ]) {
      const a = analyze({
        ...base,
        title: 'Magnesia',
        labelText: 'Magnesiumhydroxid 500 mg',
        description,
        directions: '2-3 Tabletten täglich',
      });
      expect(a.kind).toBe('not-a-supplement');
    }
  });

  it('heartburn said of magnesium in general leaves a Swedish or Norwegian supplement a supplement (review of T103)', () => {
    for (const description of [
      'Magnesium bidrar till normal muskelfunktion. Många tar magnesium vid halsbränna och sura uppstötningar.',
      'Magnesium bidrar til normal muskelfunksjon. Mange bruker magnesium ved halsbrann.',
    ]) {
      const a = analyze({
        ...base,
        title: 'Magnesiumcitrat 100 tabletter',
        labelText: 'Innehåll per tablett:\nMagnesium (citrat) 150 mg',
        description,
        directions: '1 tablett dagligen.',
      });
      expect(a.kind).toBe('magnesium-supplement');
    }
    // A page that calls itself a food supplement ("Kosttillskott") keeps its verdict whatever it says of heartburn.
    const eases = 'Kosttillskott. Magnesiumkarbonat är en basisk form av magnesium som även kan lindra vid halsbränna.';
    const supplement = analyze({
      ...base,
      title: 'Magnesiumkarbonat 100 tabletter',
      labelText: 'Innehåll per tablett:\nMagnesium 200 mg (som magnesiumkarbonat)',
      description: eases,
      directions: '1–2 tabletter dagligen.',
    });
    expect(supplement.kind).toBe('magnesium-supplement');
    // The medicine used for it, however its label words it, is an antacid.
    for (const description of [
      'Används vid halsbränna.',
      'Indikation: Halsbränna och sura uppstötningar.',
      'Til behandling av halsbrann og sure oppstøt.',
      'Tillfällig lindring vid halsbränna.',
      'Ved halsbrann og sure oppstøt: tygg 1-2 tabletter.',
    ]) {
      const drug = analyze({ ...base, title: 'Novalucol tuggtablett', labelText: 'Magnesiumhydroxid 500 mg', description });
      expect(drug.kind).toBe('not-a-supplement');
    }
  });

  it('an address that names a magnesium oil makes a page about it topical', () => {
    const a = analyze({
      ...base,
      url: 'https://shop.example/produits/huile-chlorure-magnesium/',
      title: 'Le chlorure de magnésium',
      description: "Le chlorure de magnésium dissous dans de l'eau s'applique sur la peau.",
    });
    expect(a.kind).toBe('topical');
  });

  it('shares of the composition in prose add the forms the title leaves out', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Glycinate Chelated 200mg',
      description: 'Buffered Magnesium Glycinate includes 82% magnesium glycinate and 18% magnesium oxide to increase the dose.',
      directions: 'Take 2 capsules daily.',
    });
    expect(a.forms.map((f) => f.id).sort()).toEqual(['glycinate', 'oxide']);
  });

  it("a footnote's 'Buffered with magnesium oxide' adds oxide to the row's chelate; another brand's buffering in prose does not (round 9)", () => {
    const label = 'Serving Size: 2 Capsules\nMagnesium\t200 mg\t48%\n(as buffered magnesium bisglycinate chelate)†';
    const a = analyze({ ...base, title: 'Magnesium Glycinate 200mg', labelText: `${label}\n† Buffered with magnesium oxide.` });
    expect(a.forms.map((f) => f.id).sort()).toEqual(['glycinate', 'oxide']);
    const b = analyze({
      ...base,
      title: 'Magnesium Glycinate 200mg',
      labelText: label.replace('buffered ', ''),
      description: 'Unlike brands buffered with magnesium oxide, ours is pure glycinate.',
    });
    expect(b.forms.map((f) => f.id)).toEqual(['glycinate']);
  });

  it('a label that states its magnesium in a sentence contains magnesium, whatever other rows it lists', () => {
    const a = analyze({
      ...base,
      title: 'Magne B6 Forte filmtabletta',
      labelText:
        '618,43 mg vízmentes magnézium-citrátot (megfelel 100 mg magnéziumnak) és 10 mg piridoxin-hidrokloridot (B6-vitamin) tartalmaz filmtablettánként.',
      directions: 'Javasolt napi adag 3-4 darab filmtabletta. A napi adag 2-3 részre osztva alkalmazandó.',
    });
    expect(a.kind).not.toBe('not-a-supplement');
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 400 });
  });

  it('Drug Facts with supplement directions of 1 to 2 tablets: a serving is one tablet', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Oxide Tablets',
      labelText: 'ACTIVE INGREDIENTS\nMagnesium Oxide 400mg (241.3mg elemental magnesium)\nPurposes\nAntacid',
      directions: 'take 1 to 2 tablets daily or as directed by a physician',
      description: 'Magnesium Dietary Supplement and Antacid',
    });
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerServing).toMatchObject({ min: 241.3, max: 241.3 });
    expect(a.elementalMgPerDay).toEqual({ min: 241.3, max: 482.6 });
  });

  it('a pain reliever is no supplement; a side effect ("may cause constipation") is no purpose', () => {
    const doans = analyze({
      ...base,
      title: 'Doan (Magnesium Salicylate)',
      labelText: 'Each tablet contains: magnesium salicylate 325 mg.',
      description: 'Indications And Clinical Uses: For quick relief of muscular backache pain.',
      directions: '1 to 2 tablets every 6 hours.',
    });
    expect(doans.kind).toBe('not-a-supplement');
    const epsom = analyze({
      ...base,
      title: 'EPSOM SALT',
      description: 'For a warm bath, add 2 cups of Epsom Salt to warm water. Frequent use may cause constipation.',
      directions: 'For a warm bath, add 2 cups of Epsom Salt to warm water and soak.',
    });
    expect(epsom.kind).toBe('topical');
  });

  it("a chelate a page's prose describes is the glycinate it names", () => {
    const a = analyze({
      ...base,
      title: 'Magnesium MeloSleep',
      description:
        'Magnesiumoxid hat einen hohen Magnesiumanteil. Im Magnesiumglycinat ist Magnesium als Chelat-Komplex an die Aminosäure Glycin gebunden. Magnesiumtaurat ergänzt die Formel.',
      directions: 'Täglich 2 Kapseln verzehren.',
    });
    expect(a.forms.map((f) => f.id).sort()).toEqual(['glycinate', 'oxide', 'taurate']);
  });

  it('two strengths on one page: the one the title names', () => {
    const a = analyze({
      ...base,
      title: 'Magnetrans forte 150mg',
      labelText: [
        '1 Hartkapsel enthält 250 mg schweres Magnesiumoxid, entsprechend 150 mg Magnesium, entsprechend 6,2 mmol Magnesium.',
        '1 Hartkapsel enthält 403 mg schweres Magnesiumoxid, entsprechend 243 mg Magnesium, entsprechend 10 mmol Magnesium.',
      ].join('\n'),
      directions: 'Soweit nicht anders verordnet, nehmen Jugendliche und Erwachsene morgens und abends je 1 Hartkapsel ein.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 150, max: 150 });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 300 });
  });

  it('an amount per sachet and "1–2 sachets per day": one sachet a serving, 1–2 a day', () => {
    const a = analyze({
      ...base,
      title: 'Magnence',
      labelText: 'Bevat per sachet: 243 mg = 10 mmol magnesium.',
      directions: '1–2 sachets per dag.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 243, max: 243 });
    expect(a.elementalMgPerDay).toEqual({ min: 243, max: 486 });
  });

  it('directions with no frequency under "Not intended for … use more than once a day": one use a day (part T80)', () => {
    const page = {
      ...base,
      title: 'Green Superfood Multivitamin',
      labelText: 'Serving Size 1 Scoop (7 g)\nMagnesium (as magnesium oxide) 200 mg',
      directions: 'Suggested Use: Add one scoop with 8 oz. or more of water.',
    };
    const capped = analyze({ ...page, description: 'Not intended for children or use more than once a day.' });
    expect(capped.servingsPerDay).toMatchObject({ min: 1, max: 1, source: 'directions' });
    expect(analyze(page).servingsPerDay?.source).toBe('assumed-one');
  });

  it("a medicine's name that gives the amount with its dose unit states it per unit (a Turkish SmPC's)", () => {
    const page = {
      ...base,
      labelText: 'Etkin madde:\nMagnezyum oksit* 613,2 mg\n* 365 mg magnezyum iyonuna eşdeğer',
      directions: 'Yetişkinler için önerilen günlük doz 1-2 tablettir.',
    };
    const named = analyze({ ...page, title: 'EFERMAG 365 mg efervesan tablet' });
    expect(named.elementalMgPerServing).toMatchObject({ min: 365, max: 365 });
    expect(named.elementalMgPerDay).toEqual({ min: 365, max: 730 });
    // (A name with no amount leaves the basis open: per tablet or per 1-2 tablets.)
    expect(analyze({ ...page, title: 'EFERMAG efervesan tablet' }).elementalMgPerServing).toMatchObject({ min: 365, max: 730 });
  });

  it("directions for two dosage forms: the intake in the unit the title's product is stated for", () => {
    const a = analyze({
      ...base,
      title: 'Mag 2 - Os Grat 20bust 2,25g',
      labelText:
        'Un flaconcino contiene: magnesio pidolato 1,500 g (corrispondenti a 122 mg di ione Mg++). Una bustina contiene: magnesio pidolato 2,250 g (corrisponden a 184 mg di ione Mg++).',
      directions: 'Solo per adulti: 3 flaconcini o 2 bustine di granulato al giorno.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 184, max: 184 });
    expect(a.elementalMgPerDay).toEqual({ min: 368, max: 368 });
  });

  it('an amount per sachet and "2 sachets a day": a sachet is a dose of its own, so 2 servings a day', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Direkt',
      labelText: '1 Beutel enthält 400 mg Magnesiumcitrat, entsprechend 60 mg Magnesium.',
      directions: 'Täglich 2 Beutel einnehmen.',
    });
    expect(a.servingSize).toBe('1 packet');
    expect(a.elementalMgPerServing).toMatchObject({ min: 60, max: 60 });
    expect(a.elementalMgPerDay).toEqual({ min: 120, max: 120 });
  });

  it('an amount per tablet that fits one tablet is not doubted once scaled to a 3-tablet serving', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Chelate 400mg',
      description:
        'Each tablet delivers 133 mg of elemental magnesium as a bis-glycinate/lysine chelate or 400 mg per 3 tablet serving.',
      directions: 'Adults take 3 tablets daily as a dietary supplement, or as directed.',
    });
    expect(a.forms.map((f) => f.id)).toEqual(['glycinate', 'lysinate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 399, max: 399 });
    expect(a.warnings.map((w) => w.code)).not.toContain('elemental-or-compound');
  });

  it('an amount for two capsules with a serving of one: read per capsule', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Glycinate Capsules',
      description: 'Two capsules provide 200 mg of elemental magnesium.',
      directions: 'Take 1 capsule twice daily with food.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
  });

  it('a Bulgarian pharmacy page: forms, amount per capsule and the daily range', () => {
    const a = analyze({
      ...base,
      title: 'БИОЛЕКТРА МАГНЕЗИЙ 300 КАПС. Х 20',
      labelText: '',
      description:
        'Една твърда капсула съдържа: магнезиев оксид, тежък 497,4mg – 523.6mg , съответстващ на 300mg магнезиеви йони',
      directions: 'възрастни и младежи приемат 1-2 пъти дневно по 1 капсула.',
    });
    expect(a.forms.map((f) => f.id)).toEqual(['oxide']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 300, max: 300 });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 600 });
  });

  it("a day's count split into intakes: the serving is one tablet", () => {
    const a = analyze({
      ...base,
      title: 'MAGNEVIE B6 100 mg/10 mg, comprimé pelliculé',
      labelText: 'Magnésium\t100,00 mg\nSous forme de citrate de magnésium anhydre\nPour un comprimé pelliculé.',
      directions: "Chez l'adulte: 3 à 4 comprimés par jour à répartir en 2 ou 3 prises pendant les repas.",
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 400 });
  });

  it('"per 1 teaspoon" names the serving: the directions\' 2 teaspoons are 2 servings', () => {
    const a = analyze({
      ...base,
      title: 'Calm Magnesium Citrate Powder',
      description: ['Nutrient Value, per 1 teaspoon: 205mg of magnesium', 'Adults: 2 teaspoons in hot water daily.'].join('\n'),
      directions: 'Adults: 2 teaspoons in hot water daily.',
    });
    expect(a.servingSize).toBe('1 teaspoon');
    expect(a.elementalMgPerServing).toMatchObject({ min: 205, max: 205 });
    expect(a.elementalMgPerDay).toEqual({ min: 410, max: 410 });
  });

  it("an amount that names no basis, for sachets taken one at a time, is one sachet's", () => {
    const a = analyze({
      ...base,
      title: 'Magnesio pidolato bustine',
      labelText: 'Magnesio pidolato 2,250 g (corrispondenti a 184 mg di ione Mg++).',
      directions: 'Solo per adulti: 2 bustine al giorno.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 184, max: 184 });
    expect(a.elementalMgPerDay).toEqual({ min: 368, max: 368 });
  });

  it('an amount per caplet and "1 or 2 caplets b.i.d.": one caplet a serving, 2–4 a day', () => {
    const a = analyze({
      ...base,
      title: 'Mag SR',
      description: 'Each caplet contains 84 mg magnesium as magnesium L-lactate dihydrate.',
      directions: 'Take 1 or 2 caplets b.i.d.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 84, max: 84 });
    expect(a.elementalMgPerDay).toEqual({ min: 168, max: 336 });
  });

  it('a unit range whose own amount the directions give stays the serving', () => {
    const a = analyze({
      ...base,
      title: 'Magnesio 48,62 mg comprimidos',
      labelText: 'Cada comprimido contiene 48,62 mg de magnesio, aportados por 404,85 mg de lactato de magnesio.',
      directions:
        'Dosis media: de 1 a 2 comprimidos (de 48,62 mg a 97,24 mg de magnesio) después de cada una de las tres comidas.',
    });
    expect(a.servingSize).toBe('1 a 2 comprimidos');
    expect(a.elementalMgPerServing).toMatchObject({ min: 48.6, max: 97.2 });
    expect(a.elementalMgPerDay!.min).toBeCloseTo(145.8, 0);
    expect(a.elementalMgPerDay!.max).toBeCloseTo(291.6, 0);
  });

  it("a salt row that names its hydrate uses that hydrate's share; an unnamed one gives the range", () => {
    const named = analyze({ ...base, title: 'Magnerot', labelText: '1 tablet contains:\nmagnesium orotate dihydrate 500 mg;' });
    expect(named.elementalMgPerServing).toMatchObject({ min: 32.8, max: 32.8, basis: 'from-compound' });
    const unnamed = analyze({ ...base, title: 'Magnelis', labelText: '1 tablet contains:\nmagnesium lactate 470 mg' });
    expect(unnamed.elementalMgPerServing).toMatchObject({ min: 47.9, max: 56.4 });
  });

  it('a salt weighed two ways ("280 mg (350 mg)" anhydrous and tetrahydrate) gives one exact figure', () => {
    const a = analyze({
      ...base,
      title: 'Panangin Forte',
      labelText: '1 tab.\nMagnesium aspartate (in the form of magnesium aspartate tetrahydrate) 280 mg (350 mg)',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 23.6, max: 23.6, basis: 'from-compound' });
    // Weights in no hydrate's ratio: the hydrate stays open.
    const b = analyze({ ...base, title: 'X', labelText: 'Magnesium aspartate 280 mg (300 mg)' });
    expect(b.elementalMgPerServing).toMatchObject({ min: 18.8, max: 23.5 });
  });

  it('"120-360 mg … per day" with "1 tablet 1-3 times daily": the range is the units a day times 120 mg', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Meda tuggtablett 120 mg',
      directions: '1 tablett 1-3 gånger dagligen motsvarande 5-15 mmol eller 120-360 mg magnesium per dygn.',
      labelText: '1 tablett 1-3 gånger dagligen motsvarande 5-15 mmol eller 120-360 mg magnesium per dygn.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 120, max: 120 });
    expect(a.elementalMgPerDay).toEqual({ min: 120, max: 360 });
    // A range the directions do not explain gives no point figure.
    const b = analyze({ ...base, title: 'Mag', description: 'Provides 120-360 mg of elemental magnesium.' });
    expect(b.elementalMgPerServing?.basis).not.toBe('stated-elemental');
  });

  it("general advice about magnesium is not the product's dose", () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Malate',
      description: 'The recommended dose of magnesium varies from 150 to 600 mg of elemental magnesium a day.',
    });
    expect(a.elementalMgPerServing).toBeNull();
  });

  it("a day's amount with fixed directions is shared over the day's intakes", () => {
    const a = analyze({
      ...base,
      title: 'Magnesiocard saquetas',
      description:
        'O conteúdo de uma saqueta com 4 g de pó para solução oral, três vezes por dia, o que corresponde a 364,5 mg de magnésio.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 121.5, max: 121.5 });
    expect(a.elementalMgPerDay).toEqual({ min: 364.5, max: 364.5 });
  });

  it('an amount in millimoles of magnesium is read in mg (1 mmol = 24.305 mg); a per-kilo dose before it is not', () => {
    const a = analyze({
      ...base,
      title: 'Mg-nor Kautabletten',
      description: [
        'Als mittlere Tagesdosis gilt 0,2 mmol (=ca. 5 mg) Magnesium je kg Körpergewicht.',
        'Soweit nicht anders verordnet, gelten für Mg-nor mit einer Einzeldosis von 5 mmol Magnesium folgende Dosierungsrichtlinien:',
      ].join(' '),
      directions: 'Erwachsene und Jugendliche 1-3mal täglich 1 Kautablette.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 121.5, max: 121.5 });
    expect(a.elementalMgPerDay).toEqual({ min: 121.5, max: 364.5 });
  });

  it('Polish magnesium ions with their source, per tablet, and a day split into doses', () => {
    const a = analyze({
      ...base,
      title: 'Magne B6 Forte',
      labelText:
        'Skład: 1 tabletka zawiera: substancje czynne: jony magnezu (w postaci magnezu cytrynianu) 100mg oraz pirydoksyny chlorowodorek (witamina B6) 10mg.',
      directions: 'Dorośli: od 3 do 4 tabletek na dobę, w 2 lub 3 dawkach podzielonych, podczas posiłku.',
    });
    expect(a.forms.map((f) => f.id)).toEqual(['citrate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 400 });
  });

  it('a title\'s "magnesium chelate" gives way to the chelate the composition names', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium chelate (Tablets)',
      description:
        'Composition: magnesium amino acid chelate (magnesium bisglycinate), maltodextrin, microcrystalline cellulose.',
    });
    expect(a.forms.map((f) => f.id)).toEqual(['glycinate']);
  });

  it('rows per 100 g of granules are no dose; the statement per measuring spoon is, with a day split into doses', () => {
    const a = analyze({
      ...base,
      title: 'MAGNESPASMYL 1,9 POUR CENT, granulés',
      labelText: [
        'Magnésium\t1,896 g',
        'sous forme de lactate de magnésium dihydraté\t18,605 g',
        'Pour 100 g de granulés.',
        'La teneur totale en magnésium-élément est de 47,4 mg (1,9 mmol) par cuillère-mesure.',
      ].join('\n'),
      directions: '6 à 10 cuillères mesure par jour à répartir en plusieurs prises.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 47.4, max: 47.4 });
    expect(a.elementalMgPerDay).toEqual({ min: 284.4, max: 474 });
  });

  it('"Pour une gélule" under the rows makes them per capsule; the adults\' heading wins over a passing mention', () => {
    const a = analyze({
      ...base,
      title: 'SPASMAG, gélule',
      labelText: [
        'Sulfate de magnésium trihydraté\t423,5 mg',
        'Quantité correspondant à magnésium élément\t59,0 mg',
        'Pour une gélule de 506,1 mg.',
      ].join('\n'),
      directions:
        "Réservé à l'adulte et à l'enfant à partir de 12 ans. Chez l'enfant à partir de 12 ans : 2 à 6 gélules par jour. Chez l'adulte : 6 gélules par jour.",
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 59, max: 59 });
    expect(a.elementalMgPerDay).toEqual({ min: 354, max: 354 });
  });

  it('"Magnesiumgehalt: 5 mmol=121,5 mg" is the elemental content', () => {
    const a = analyze({
      ...base,
      title: 'Magnesium Verla Brausetabletten',
      labelText: 'Brausetabletten enthaltend Magnesiumbis(hydrogenaspartat)-Dihydrat 1623 mg; Magnesiumgehalt: 5 mmol=121,5 mg.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 121.5, max: 121.5, basis: 'stated-elemental' });
  });

  it('a salt weight printed as a range ("403.-435.2mg") gives the range of magnesium, not its top', () => {
    const a = analyze({
      ...base,
      title: 'Biolectra 243 forte',
      labelText: 'Zusammensetzung:\tLeichtes Magnesiumoxid 403.-435.2mg',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 243, max: 262.4, basis: 'from-compound' });
  });

  it('"Una compressa effervescente contiene:" over its row makes the serving one tablet', () => {
    const a = analyze({
      ...base,
      title: 'MAG2 2,25 g compresse effervescenti',
      labelText:
        'Una compressa effervescente contiene:\nprincipio attivo: magnesio pidolato 2,250 g (corrispondenti a 184 mg di ione Mg++);',
      directions: 'Solo per adulti: 2 compresse effervescenti al giorno.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 184, max: 184 });
    expect(a.elementalMgPerDay).toEqual({ min: 368, max: 368 });
  });

  it('a table flattened with pipes is read as a facts row', () => {
    const a = analyze({ ...base, title: 'Formula', labelText: 'Magnesium | 20mg | 5%DV' });
    expect(a.elementalMgPerServing).toMatchObject({ min: 20, max: 20, basis: 'stated-elemental' });
  });

  it('"5 sprays on your skin" is topical', () => {
    const a = analyze({
      ...base,
      title: 'Mag Spray',
      labelText: 'Magnesium chloride 52 mg per spray',
      directions: 'To Use: 5 sprays on your skin (per day).',
    });
    expect(a.kind).toBe('topical');
  });

  it('a page about magnesium oil with nothing for sale is topical; a recipe for it is not a product', () => {
    const info = analyze({
      url: 'https://example.org/magnesiumoel',
      store: 'generic',
      isProductPage: false,
      title: 'Magnesiumöl',
      description:
        'Magnesiumöl ist eine gesättigte Magnesiumchlorid-Lösung. Ein Milliliter enthält etwa 103 Milligramm reines Magnesium.',
    });
    expect(info.kind).toBe('topical');
    const recipe = analyze({
      url: 'https://example.org/magnesiumoel',
      store: 'generic',
      isProductPage: false,
      title: 'Magnesiumöl',
      description:
        'Eine Alternative zu Tabletten ist Magnesiumöl, eine Lösung von Magnesiumchlorid. Man löst 35-40g des Pulvers in einem Liter Wasser auf.',
    });
    expect(recipe.kind).toBe('not-a-supplement');
  });

  it("a page whose own text puts the product on the skin is topical, even where it names the salt's antacid use", () => {
    const page = {
      url: 'https://example.org/ingredients/magnesium-hydroxide',
      store: 'generic' as const,
      isProductPage: false,
      title: 'Magnesium Hydroxide',
      description: [
        'Magnesium hydroxide is the milk of magnesia taken for occasional constipation and heartburn; here it is the active of our deodorants.',
        'Being alkaline, it keeps odour-causing bacteria in the armpit at bay and soothes the skin.',
      ].join('\n'),
    };
    const deodorant = analyze(page);
    expect(deodorant.kind).toBe('topical');
    expect(codes(deodorant)).not.toContain('drug-not-supplement');
    // The same words beside tablets one swallows are an antacid's page.
    const antacid = analyze({ ...page, description: `${page.description}\nChew 2 tablets as needed for heartburn.` });
    expect(antacid.kind).toBe('not-a-supplement');
  });

  it('a device that adds magnesium to water is no supplement', () => {
    const filter = analyze({
      url: null,
      store: 'generic',
      isProductPage: true,
      title: 'PristineHydro Travel/Portable Water Filter System',
      description: 'The filter finally adds magnesium, as magnesium bicarbonate, to the water.',
      price: { amount: 895, currency: 'USD' },
    });
    expect(filter.kind).toBe('not-a-supplement');
  });

  it.each([
    'Pilulier Semainier 7 Jours 4 Prises – Idéal pour Gélules de Magnésium, Vitamines et Médicaments',
    'Weekly Pill Organizer, 28 Compartments – for Magnesium Capsules and Vitamins',
    'Pillendose 7 Tage für Magnesium Kapseln und Tabletten',
  ])('a pill box "for magnesium capsules" is no supplement: %s (round 11)', (title) => {
    const box = analyze({
      url: null,
      store: 'generic',
      isProductPage: true,
      title,
      description: 'Holds your 3 magnesium capsules, your vitamin D and your medicines for the week.',
      price: { amount: 1299, currency: 'EUR' },
    });
    expect(box.kind).toBe('not-a-supplement');
    expect(box.elementalMgPerDay).toBeNull();
  });

  it('the metal in a tool (a fire starter, an anode rod) is no supplement', () => {
    for (const title of [
      'Magnesium Fire Starting Tool',
      'Magnesium Anode Rod for Water Heaters',
      'Healthy Home Hamper - small',
    ]) {
      const a = analyze({
        url: null,
        store: 'generic',
        isProductPage: true,
        title,
        description: 'A solid block of magnesium: shavings burn hot enough to light damp tinder.',
        price: { amount: 1299, currency: 'USD' },
      });
      expect(a.kind, title).toBe('not-a-supplement');
      expect(codes(a), title).toContain('not-a-supplement-product');
    }
  });

  it('a title counting its servings ("- 30 Servings") names a product on sale', () => {
    const a = analyze({
      url: null,
      store: 'generic',
      isProductPage: true,
      forSale: true,
      title: 'MegaMag Fem Balance - 30 Servings | Metagenics',
      description: 'A powder featuring: Magnesium Glycinate: 200mg in its highly bioavailable form; Myo-Inositol: 2000mg.',
    });
    expect(a.kind).not.toBe('not-a-supplement');
  });

  it("a supplier's page for the raw chemical (CAS number, formula, 25 kg drums) is no supplement", () => {
    const description = [
      'Product name\tMagnesium glycerophosphate powder',
      'CAS Number\t927-20-8',
      'Molecular Formula\tC3H7MgO6P',
      'Benefits\tMineral supplement',
      'Dosage\t500mg/day',
      'Package\t25kg/drum',
    ].join('\n');
    const a = run({ title: 'Magnesium glycerophosphate powder', description });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('raw-material');
    // A supplement that prints its salt's CAS number is still one.
    const b = run({
      title: 'Magnesium Glycinate 120 capsules',
      labelText: 'Supplement Facts\nServing Size 2 capsules\nMagnesium (as magnesium bisglycinate)\t200 mg',
      description: 'Magnesium bisglycinate (CAS 14783-68-7).',
    });
    expect(b.kind).toBe('magnesium-supplement');
  });

  it('a Latin salt name weighs the salt ("MAGNESII LACTICI 500 MG", hydrate named before it in the text)', () => {
    const a = run({
      title: 'MAGNESII LACTICI 500 MG TBL. GALVEX',
      description: 'Magnéziové tablety 500 mg Galvex\ntablety\ndihydrát magnéziumlaktátu',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 51, max: 51, basis: 'from-compound' });
    expect(codes(a)).toContain('title-salt-weight');
    // An English name with its figure stays the title's claim.
    expect(run({ title: 'Magnesium Lactate 500 mg Tablets' }).elementalMgPerServing).toMatchObject({ basis: 'from-title' });
    // A title stating the element's amount gives that figure, not the next one after its last mention.
    expect(run({ title: 'Magnefar B6 tabletki 50 mg jonów magnezu Mg2 5 05 mg' }).elementalMgPerServing).toMatchObject({
      min: 50,
      basis: 'from-title',
    });
  });

  it("a salt row whose weight the page lost leaves the unit's magnesium unknown", () => {
    const a = run({
      title: 'Магний плюс, таблетки шипучие',
      labelText: 'На одну таблетку:\nМагния лактат\t200,0 мг\nМагния карбонат\t\nПиридоксина гидрохлорид (Витамин B6)\t2,0 мг',
    });
    expect(a.elementalMgPerServing).toBeNull();
    expect(codes(a)).toContain('fraction-unknown');
    expect(a.forms.map((f) => f.id)).toEqual(['lactate', 'carbonate']);
  });

  it("an Open Food Facts record whose ingredients open with a magnesium salt is a supplement's, panel per 100 g or not", () => {
    const panel = 'Nährwertangaben\tje 100 g\nFett\t0.8 g\nKohlenhydrate\t7 g\nEiweiß\t0 g\nSalz\t0.02 g';
    const a = run({
      title: 'Magnesium Dragees 400',
      ingredients: 'Magnesiumoxid; Füllstoff: mikrokristalline Cellulose',
      labelText: panel,
    });
    expect(a.kind).toBe('magnesium-supplement');
    // So is one named by magnesium alone, whatever its first ingredient.
    const named = run({
      title: 'Magnésium',
      ingredients: 'Edulcorant : sorbitol ; minéral : oxyde de magnésium',
      labelText: panel,
    });
    expect(named.kind).toBe('magnesium-supplement');
    // A food that lists a magnesium salt further down is still a food, its panel per 100 g in Polish too.
    const food = run({
      title: 'Cappuccino z magnezem',
      ingredients: 'Mleczna baza (syrop glukozowy, oleje roślinne), cukier, węglan magnezu',
      labelText: 'Wartość odżywcza\tw 100 g\nTłuszcz\t9.6 g\nWęglowodany\t80 g\nBiałko\t5 g\nSól\t0.29 g',
    });
    expect(food.kind).toBe('not-a-supplement');
    expect(codes(food)).toContain('food-or-drink');
  });

  it('a herb whose prose names magnesium among its own nutrients, over an ingredient list without it, holds none as a supplement', () => {
    const page = {
      title: 'Owoc róży 50g, Flos',
      description: 'Suszone owoce róży zawierają węglowodany, białko, potas, sód, magnez, żelazo i witaminy.',
      ingredients: 'Rozdrobniony owoc róży (Rosae pseudo-fructus) 100%',
      price: { amount: 899, currency: 'PLN' },
    };
    expect(run(page).kind).toBe('not-a-supplement');
    // The same prose with an amount on its line keeps its magnesium.
    expect(run({ ...page, description: 'Each capsule provides 100 mg of magnesium.' }).kind).not.toBe('not-a-supplement');
  });

  it('homemade lotion bars are a recipe, not a topical product', () => {
    const a = run({
      title: 'Sleepytime Lavender and Magnesium Lotion Bars',
      description:
        'These homemade lotion bars combine cacao butter and shea with magnesium chloride, to massage into tired muscles.',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('recipe');
  });

  it('magnesium in distilled water, or nigari for tofu, is a food', () => {
    for (const title of [
      'Wat-Aah! Power, Vapor Distilled Water + Magnesium',
      'Nigari (chlorure de magnésium marin) - 1KG',
      'Ekologiczny sok z pokrzywy 500ml',
    ]) {
      const a = run({ title, ingredients: 'Water, magnesium chloride.' });
      expect(a.kind, title).toBe('not-a-supplement');
      expect(codes(a), title).toContain('food-or-drink');
    }
  });

  it("a table that weighs some actives, over an ingredient list naming magnesium, is a multi-nutrient's", () => {
    const a = run({
      title: 'More Than Multivitamin Complex',
      ingredients: 'Vitamin C, Vitamin D3, Vitamin B12, Çinko, Magnezyum, Koenzim Q10.',
      labelText: 'Etken Madde\tMiktar\nVitamin C\t80 mg\nVitamin D3\t1000 IU\nÇinko\t10 mg',
      directions: 'Günde 1 tablet.',
    });
    expect(a.kind).toBe('multi-nutrient');
    expect(a.elementalMgPerServing).toBeNull();
  });

  it("reference intakes per 100 ml are a drink's label, not a supplement's", () => {
    const rows = ['Vitamin C 24,0 mg 30,0 %', 'Niacin 4,8 mg 30,0 %', 'Calcium 36,0 mg 4,5 %', 'Magnesium 16,9 mg 4,5 %'];
    const page = {
      url: null,
      store: 'generic' as const,
      isProductPage: true,
      title: 'Fassbrause Zitrone',
      labelText: rows.join('\n'),
    };
    expect(analyze(page).kind).not.toBe('not-a-supplement');
    const drink = analyze({ ...page, bullets: ['*% RDA pro 100 ml = Prozentanteil der empfohlenen Tagesdosis'] });
    expect(drink.kind).toBe('not-a-supplement');
  });

  it('a ranking or a forum thread about a bath salt is no topical product', () => {
    const page = {
      url: 'https://example.org/epsom-salt',
      store: 'generic' as const,
      isProductPage: false,
      title: 'Epsom Salt (magnesium sulfate)',
      description: 'I add 2 cups to a hot bath for sore muscles.',
    };
    expect(analyze(page).kind).toBe('topical');
    for (const genre of ['forum', 'ranking'] as const) {
      const a = analyze({ ...page, genre });
      expect(a.kind).toBe('not-a-supplement');
      expect(codes(a)).toContain('not-a-product');
    }
  });
});

describe('look-alikes told by what they pair magnesium with', () => {
  it('magnesium hydroxide with aluminium hydroxide or simethicone is an antacid, in any language the page is in', () => {
    const antacid = run({
      title: 'Hỗn dịch uống Alumag-S (20 gói x 15g)',
      labelText: 'Thành phần\tNhôm hydroxyd, Magnesium hydroxide, Simethicone',
    });
    expect(antacid.kind).toBe('not-a-supplement');
    expect(codes(antacid)).toContain('drug-not-supplement');
    // Ukrainian, the aluminium named first in the genitive (Maalox sachets).
    const maalox = run({
      title: 'Маалокс суспензія оральна, саше 15 мл №20',
      labelText:
        'діючі речовини: 1 пакет (15 мл) містить алюмінію гідроксиду (у вигляді гелю) 525 мг, магнію гідроксиду (у вигляді гелю) 600 мг;',
    });
    expect(maalox.kind).toBe('not-a-supplement');
    expect(codes(maalox)).toContain('drug-not-supplement');
    // A capsule page that says what it is free of stays a supplement.
    const capsules = run({
      title: 'Magnesium Hydroxide 400 mg, 120 capsules',
      labelText: 'Magnesium (as magnesium hydroxide) 400 mg',
      description: 'Free of aluminium hydroxide, gluten and lactose.',
    });
    expect(capsules.kind).toBe('magnesium-supplement');
  });
  it('aspirin buffered with magnesium hydroxide is a heart medicine, in Ukrainian or English', () => {
    const magnikor = run({
      title: 'Магнікор 150 мг таблетки',
      labelText: 'діючі речовини: 1 таблетка містить кислоти ацетилсаліцилової 150 мг, магнію гідроксиду 30,39 мг;',
    });
    expect(magnikor.kind).toBe('not-a-supplement');
    expect(codes(magnikor)).toContain('drug-not-supplement');
    expect(magnikor.elementalMgPerDay).toBeNull();
    const buffered = run({
      title: 'Buffered aspirin 81 mg',
      labelText: 'Active ingredient (in each tablet): Aspirin 81 mg\nInactive ingredients: magnesium hydroxide, starch',
    });
    expect(buffered.kind).toBe('not-a-supplement');
    // A magnesium hydroxide supplement that names aspirin only as an interaction is still a supplement,
    // and so is one with aspirin said to be absent.
    const supplement = run({
      title: 'Magnesium Hydroxide 400 mg, 120 capsules',
      labelText: 'Magnesium (as magnesium hydroxide) 400 mg',
      description: 'Ask a doctor before use if you take aspirin or other blood thinners.',
    });
    expect(supplement.kind).toBe('magnesium-supplement');
    for (const note of [
      'Free of aspirin, gluten and lactose.',
      'Aspirin free, gluten free.',
      'Suitable for use alongside low-dose aspirin.',
    ]) {
      const free = run({
        title: 'Magnesium Hydroxide 400 mg, 120 capsules',
        labelText: `Magnesium (as magnesium hydroxide) 400 mg\n${note}`,
      });
      expect(free.kind).toBe('magnesium-supplement');
    }
  });
  it('an injection, named in its title or its dosage form, is a drug given into a vein, not a supplement', () => {
    for (const page of [
      { title: 'Magnesium Sulfate Injection, USP 50%', labelText: 'Each mL contains: Magnesium sulfate heptahydrate 500 mg' },
      { title: 'Magnesium Verla i.v. 10 Ampullen', labelText: '1 Ampulle zu 10 ml enthält 1 g Magnesiumsulfat-Heptahydrat' },
      {
        title: 'Magnesiumsulfat 10 %, 5 Ampullen',
        labelText: '1 ml Injektionslösung enthält 100 mg Magnesiumsulfat-Heptahydrat (entsprechend 9,9 mg Magnesium)',
      },
      { title: 'Магния сульфат, 10 ампул', labelText: 'Раствор для инъекций: 1 мл содержит магния сульфата 250 мг' },
    ]) {
      const injection = run(page);
      expect(injection.kind).toBe('not-a-supplement');
      expect(codes(injection)).toContain('drug-not-supplement');
      expect(injection.elementalMgPerDay).toBeNull();
    }
    // Water for injections is an excipient; "no injections needed" and an oral leaflet's "intravenous
    // magnesium first" name no injection.
    for (const page of [
      {
        title: 'Magnesium Citrate Drinking Ampoules 20 x 10 ml',
        labelText: 'Magnesium 300 mg\nIngredients: water for injections, magnesium citrate',
      },
      { title: 'Magnesium Glycinate: no injections needed, 120 capsules', labelText: 'Magnesium (as bisglycinate) 200 mg' },
      {
        title: 'Magnesium 4 mmol chewable tablets',
        labelText: 'Magnesium 97 mg',
        description:
          'Severe hypomagnesaemia should first be corrected with intravenous magnesium before these tablets are started.',
      },
    ]) {
      const oral = run(page);
      expect(oral.kind).toBe('magnesium-supplement');
      expect(codes(oral)).not.toContain('drug-not-supplement');
    }
  });
  it("a food's nutrition panel (calories, total fat, cholesterol) with magnesium only as a percent is no supplement", () => {
    const drink = run({
      title: 'Hyper Hydration Drink Mix',
      price: { amount: 23.95, currency: 'USD' },
      description:
        'Nutrition Information: Serving Size: One Pack (25g). Amount Per Serving: Calories 70, Total Fat 0g (0% DV), Cholesterol 0mg (0% DV), Sodium 1700mg (71% DV), Magnesium (10% DV).',
    });
    expect(drink.kind).toBe('not-a-supplement');
    // A Supplement Facts panel with the same rows stays a supplement's.
    const powder = run({
      title: 'Creatine drink powder',
      labelText: 'Supplement Facts\nCalories\t140\nTotal Fat\t0 g\nCholesterol\t0 mg\nMagnesium\t60 mg\t15%',
    });
    expect(powder.kind).not.toBe('not-a-supplement');
  });
  it('a bare "chelate" beside the bisglycinate the ingredients name is that bisglycinate', () => {
    const a = run({
      title: 'Magnesium + Chelate - 60 tablets',
      labelText: 'Supplement Facts\n1 capsule\tNRV** (1 capsule)\nMagnesium\t250 mg',
      ingredients:
        'Bulking agent (calcium phosphates), magnesium oxide (38.5%), magnesium bisglycinate (9.7%).\nWhy do we recommend Magnesium + Chelate?',
      description: 'What does Magnesium + Chelate contain?\nDaily amount: 1 capsule',
    });
    expect(a.forms.map((f) => f.id).sort()).toEqual(['glycinate', 'oxide']);
  });
});

describe('misfires of the look-alike rules, kept out (review 5)', () => {
  it('calories, fat and cholesterol in an FAQ or a spec list beside a stated dose leave a supplement a supplement', () => {
    const gummies = run({
      title: 'Magnesium Glycinate Gummies 200mg - 60 Gummies',
      bullets: ['Each serving of 2 gummies delivers 200 mg of magnesium from magnesium glycinate.'],
      description:
        'Are these gummies low in calories? Yes: a serving has just 15 calories, with 0 g total fat and 0 mg cholesterol.',
    });
    expect(gummies.kind).toBe('magnesium-supplement');
  });
  it("a table per 100 g beside a serving, over an energy row, with no word of a supplement, is a food's", () => {
    const table =
      'Nutritional Information\nPer 100 g\tPer serving\nEnergy\t1520 kJ / 365 kcal\t152 kJ / 37 kcal\nFat\t11 g\t1.1 g\nMagnesium\t499 mg (133% NRV)\t50 mg (13% NRV)';
    const cacao = run({ title: 'Organic Cacao Powder 250g', labelText: table, price: { amount: 6.49, currency: 'GBP' } });
    expect(cacao.kind).toBe('not-a-supplement');
    expect(cacao.elementalMgPerDay).toBeNull();
    // A drink's table "Ravintosisältö / 100 ml" over its macronutrients: a food's.
    const energyDrink = run({
      title: 'Voltti Energiajuoma Magnesium sokeriton 0,5 l',
      labelText:
        'Ravintosisältö / 100 ml\nEnergia\t5 kJ / 1 kcal\nRasva\t0 g\nHiilihydraatti\t0,3 g\nProteiini\t0 g\nSuola\t0,08 g\nMagnesium\t28 mg (7 %*)',
    });
    expect(energyDrink.kind).toBe('not-a-supplement');
    // The serving's column named in Dutch ("Per portie (6 g)").
    const dutch = run({
      title: 'Cacaopoeder Mager 250 g',
      labelText:
        'Voedingswaarde\nPer 100 g\tPer portie (6 g)\tRI* per portie\nEnergie\t1480 kJ\t89 kJ\t1%\nMagnesium\t480 mg (128%)\t29 mg\t8%',
    });
    expect(dutch.kind).toBe('not-a-supplement');
    // So it is where the page calls it a "suplemento dietario", as Argentine labels do.
    const argentine = run({
      title: 'Citrato De Magnesio En Polvo 300 G',
      labelText:
        'Porción: 5 g\n\tCantidad por 100 g\tCantidad por porción\t% VD (*)\nValor energético\t20 kcal = 84 kJ\t1 kcal = 4 kJ\t0 %\nMagnesio\t5000 mg\t250 mg\t96 %',
      description: 'Suplemento dietario. Mantener fuera del alcance de los niños.',
    });
    expect(argentine.kind).not.toBe('not-a-supplement');
    // The same table on a food supplement's page is the supplement's.
    const powder = run({
      title: 'Recovery drink powder 500 g',
      labelText: table,
      description: 'Food supplement with magnesium.',
    });
    expect(powder.kind).not.toBe('not-a-supplement');
    // Beside a tablet's column, an effervescent tablet's (its "Food supplement" in its warnings), it is no food's.
    const tablet = run({
      title: 'Hydrate Zero Electrolyte Tablets – Tube of 20',
      labelText:
        'Typical values\tPer 100g\tPer tablet (4g)\tPer 500ml serving\t%NRV per tablet\nEnergy\t410kJ / 98kcal\t16kJ / 4kcal\t16kJ / 4kcal\nMagnesium\t1400mg\t56mg\t56mg\t15%',
    });
    expect(tablet.kind).not.toBe('not-a-supplement');
    // "% NRV* | pro 100 g": a reference's column beside a per-100 g one is a supplement's table, no "%NRV per 100 g".
    const sticks = run({
      title: 'Verdena Magnesium Direkt 375 mg + Vitamin B6, 20 Sticks',
      labelText: 'Nährwertinformationen\nNährstoff\tpro Stick (1,9 g)\t% NRV*\tpro 100 g\nMagnesium\t375 mg\t100 %\t19,7 g',
    });
    expect(sticks.kind).not.toBe('not-a-supplement');
    // A drink's table per 100 ml beside its bottle's is a food's too.
    const drink = run({
      title: 'Iso Sport Zitrone – isotonisches Sportgetränk, 0,5 l PET',
      labelText:
        'Nährwertangaben\npro 100 ml\tpro Flasche (500 ml)\t% RI* pro Flasche\nBrennwert\t113 kJ / 27 kcal\t565 kJ / 135 kcal\t7 %\nMagnesium\t7,5 mg\t37,5 mg\t10 %',
    });
    expect(drink.kind).toBe('not-a-supplement');
  });
  it("an interaction warning's antacid is not the product's composition", () => {
    const capsules = run({
      title: 'Magnesium Hydroxide 400 mg - 120 Capsules',
      labelText: 'Each capsule contains 400 mg magnesium hydroxide (165 mg magnesium, 44% NRV).',
      description: 'Interactions: do not combine with antacids containing aluminium hydroxide or simethicone without advice.',
    });
    expect(capsules.kind).toBe('magnesium-supplement');
  });
  it('a title\'s bare "chelate" beside the bisglycinate the label names is no form the label leaves out', () => {
    const a = run({
      title: 'Magnesium Chelate 100 mg',
      labelText: 'Magnesium (as magnesium bisglycinate)\t100 mg',
    });
    expect(codes(a)).not.toContain('title-form-not-on-label');
  });
});

describe('part T36–T38: totals, name lines, drugs, waters and food panels', () => {
  it('"(magnésium élément total = 146,8 mg)" beside two salts is the product magnesium', () => {
    const a = run({
      title: 'Magnesium+ gélules',
      labelText:
        'Ingrédients :\nGlycérophosphate de magnésium\t741,88 mg\nBisglycinate de magnésium\t300 mg (magnésium élément total = 146,8 mg = 39% VNR)\nTaurine\t200 mg',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 146.8, max: 146.8, basis: 'stated-elemental' });
  });
  it('a salt row that cannot join the sum leaves no point figure from the other salt alone', () => {
    const a = run({
      title: 'Magnesium+ gélules',
      labelText:
        'Ingrédients :\nGlycérophosphate de magnésium\t741,88 mg\nBisglycinate de magnésium\t300 mg\t39% VNR\nTaurine\t200 mg',
    });
    expect(a.elementalMgPerServing).toBeNull();
    expect(codes(a)).toContain('fraction-unknown');
  });
  it('a name line with its pack ("… 250 mg Magnezyum … 60 Bitkisel Kapsül") is the title\'s claim, no daily dose', () => {
    const a = run({
      title: 'Octomag Magnezyum Complex Vitamin B6 60 Kapsül',
      labelText: 'Octomag Magnezyum\t250 mg Magnezyum 5 Aktif Form. 60 Bitkisel Kapsül',
    });
    expect(a.elementalMgPerServing).toMatchObject({ basis: 'from-title' });
    expect(a.elementalMgPerDay).toBeNull();
  });
  it('a Japanese laxative and antacid ("便秘治療薬・制酸剤") is a medicine, not a supplement', () => {
    const a = run({
      title: 'ミルマグ液',
      description: '一般用医薬品第3類医薬品\n便秘治療薬・制酸剤\n水酸化マグネシウムが便をやわらかくします。',
      labelText: '成分 (100mLあたり)\n水酸化マグネシウム\t12g',
    });
    expect(a.kind).toBe('not-a-supplement');
  });
  it('a mineral water analysed per litre is not a supplement', () => {
    const a = run({
      title: 'Laboratorní test a recenze Magnesia - 1,5l',
      price: { amount: 9.9, currency: 'CZK' },
      description: 'Typ: balená přírodní minerální voda',
      labelText: 'Parametr\tVýsledek analýzy\nCa (Vápník - mg/l)\t39,3\nMg (Hořčík - mg/l)\t160',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('food-or-drink');
  });
  it("a monograph's day in mg counts whole servings of its unit's stated amount", () => {
    const page = {
      title: 'Magnitria (trimagnesium citrate anhydrous)',
      description:
        'oral powder\n1504mg/powder sachet (elemental magnesium/sachet: 243mg [20mEq])\nDose based on elemental magnesium (Mg) 243-486 mg PO daily\n243 mg elemental Mg provides ~60% of recommended daily intake (RDI)',
      price: { amount: 20, currency: 'USD' },
    };
    const a = run(page);
    expect(a.elementalMgPerServing).toMatchObject({ min: 243, max: 243 });
    expect(a.elementalMgPerDay).toEqual({ min: 243, max: 486 });
    expect(a.servingsPerDay).toMatchObject({ min: 1, max: 2, source: 'directions' });
    // A day that is no whole count of the unit's amount says nothing of servings.
    const odd = run({ ...page, description: page.description.replace('243-486', '300-500') });
    expect(odd.servingsPerDay?.source).toBe('assumed-one');
  });
  it("an ingredient list that weighs its actives and names magnesium only as an excipient: the prose's electrolytes add none", () => {
    const page = {
      title: 'Electrolitos',
      price: { amount: 13.39, currency: 'EUR' },
      description: 'Los electrolitos incluyen el sodio, magnesio, calcio, potasio y cloro.',
      ingredients:
        'Cloruro sódico 298 mg, Fosfato sódico 195 mg, Cloruro potásico 190 mg, Agente de carga (Estearato de magnesio), Carbonato de Calcio 62.5 mg',
    };
    expect(run(page).kind).toBe('not-a-supplement');
    expect(
      run({ ...page, ingredients: page.ingredients.replace('Estearato de magnesio', 'Citrato de magnesio 100 mg') }).kind,
    ).not.toBe('not-a-supplement');
    // An "other ingredients" list weighs nothing: the prose's magnesium stands.
    expect(run({ ...page, ingredients: 'Celulosa microcristalina, estearato de magnesio' }).kind).not.toBe('not-a-supplement');
  });
  it("an injection named in a summary's first lines, an EU food's panel, a brine to inhale: no supplement verdict", () => {
    const injection = run({
      title: 'Zusammenfassung der Merkmale des Arzneimittels - Cormagnesin 400',
      description: 'Cormagnesin® 400; Injektionslösung\nNachgewiesener Magnesiummangel.',
      labelText: '1 Ampulle enthält: 4,095 g Magnesiumsulfat-Heptahydrat (entsprechend 403,8 mg Magnesium)',
    });
    expect(injection.kind).toBe('not-a-supplement');
    expect(injection.elementalMgPerDay).toBeNull();
    const food = {
      title: 'Eko magnesio',
      ingredients: 'Extracto de cereales (73,7%), achicoria (18,5%), sulfato de magnesio (6,2%)',
      labelText: 'Información nutricional\tPor 100 g\nGrasas\t0.2 g\nHidratos de carbono\t72.1 g\nProteínas\t5.3 g\nSal\t0.22 g',
    };
    expect(codes(run(food))).toContain('food-or-drink');
    // A supplement with the same panel (its tablets named) is no food.
    expect(codes(run({ ...food, title: 'Magnesium 20 Brausetabletten' }))).not.toContain('food-or-drink');
    // A page's "Small Caps" (a text-size menu's) names no capsules; "120 Caps" and "Veg Caps" do.
    expect(codes(run({ ...food, description: 'Text size\nSmall Caps' }))).toContain('food-or-drink');
    expect(codes(run({ ...food, description: 'Magnesium Glycinate 120 Caps' }))).not.toContain('food-or-drink');
    expect(codes(run({ ...food, description: 'Magnesium Glycinate Veg Caps' }))).not.toContain('food-or-drink');
    // A panel of zeros only (Open Food Facts fills one in for a supplement) says nothing of a food.
    const zeros = 'Informations nutritionnelles\tPour 100 g\nMatières grasses\t0 g\nGlucides\t0 g\nProtéines\t0 g\nSel\t0 g';
    expect(
      codes(
        run({
          title: 'Bion 3 Equilibre Magnesium',
          ingredients: 'Préparation de magnésium (oxyde de magnésium, bisglycinate de magnésium)',
          labelText: zeros,
        }),
      ),
    ).not.toContain('food-or-drink');
    const brine = run({
      title: 'Mgiełka solankowa jodowo-bromowa 950ml',
      description: 'Do nawilżaczy, rozpylaczy i inhalatorów. Inhalacje: rozcieńczyć z wodą. Bogata w jod, wapń i magnez.',
      price: { amount: 30, currency: 'PLN' },
    });
    expect(brine.kind).toBe('not-a-supplement');
    expect(brine.topical).toBe(false);
    expect(codes(brine)).toContain('inhaled');
  });
  it('electrolytes named in Spanish, Italian or German make a multi-nutrient', () => {
    for (const title of ['Hydrops – Electrolitos Efervescentes', 'Elettroliti in bustine', 'Elektrolyte Pulver']) {
      const a = run({
        title,
        price: { amount: 7, currency: 'EUR' },
        ingredients: 'Maltodextrina, citrato de magnesio, cloruro sódico',
      });
      expect(a.kind).toBe('multi-nutrient');
    }
  });
  it('cereals named in Portuguese, Spanish or German are a food, whatever minerals the text lists', () => {
    for (const title of ['Cereais integrais 500 g', 'Cereales con magnesio', 'Getreide Müsli 750 g']) {
      const a = run({
        title,
        price: { amount: 12, currency: 'EUR' },
        description: 'Fonte de magnésio, zinco e ferro.',
      });
      expect(a.kind).toBe('not-a-supplement');
      expect(codes(a)).toContain('food-or-drink');
    }
  });
  it("a food's page keeps its food title over a magnesium row; a supplement's panel or a title naming magnesium does not", () => {
    const cereals = {
      title: 'Cereais',
      description: 'A loja tem uma linha completa de produtos naturais feitos de cereais.',
      labelText: 'Informação Nutricional (Porções Necessárias)\nFerro:\t30,4mg\nMagnésio:\t27mg\nCálcio:\t5mg',
    };
    const a = run(cereals);
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
    expect(
      run({
        ...cereals,
        labelText: cereals.labelText.replace('Informação Nutricional (Porções Necessárias)', 'Supplement Facts'),
      }).kind,
    ).not.toBe('not-a-supplement');
  });
  it("a Japanese food's panel with no magnesium figure is a food's; a supplement's panel names its magnesium", () => {
    const food = run({
      title: 'ポカリスエット パウダー',
      price: { amount: 698, currency: 'JPY' },
      description:
        '原材料名 砂糖、ぶどう糖、炭酸Mg(マグネシウム)\n栄養成分表示\n1袋74g当たり\nエネルギー:288Kcal\n脂質:0g\n炭水化物:73g',
    });
    expect(food.kind).toBe('not-a-supplement');
    const supplement = run({
      title: 'マグネシウム 90粒',
      price: { amount: 698, currency: 'JPY' },
      description: '栄養成分表示 1日3粒当たり\nエネルギー:2.7kcal\n炭水化物:0.74g\nマグネシウム:300mg',
    });
    expect(supplement.kind).toBe('magnesium-supplement');
  });
});

describe('misfires of the part T36–T38 rules, kept out (review 6), and Hebrew statements', () => {
  it('"Magnesium 250 mg per tablet" under a title with its count is a row, not a name line', () => {
    const a = run({
      title: 'Magnesium 250 mg Tablets, 100 Count',
      labelText: 'Magnesium 250 mg per tablet',
      directions: 'Take 1 tablet daily.',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 250, max: 250 });
  });
  it('a description that counts the bottle is no name line', () => {
    const a = run({
      title: 'Pure Magnesium Capsules',
      description: 'Each bottle contains 120 capsules. Elemental magnesium: 100 mg.',
      directions: 'Take 1 capsule up to 3 times daily.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ basis: 'stated-elemental' });
  });
  it.each([
    ['栄養機能食品（マグネシウム）', 'ご注意：制酸剤や便秘薬を服用中の方は医師にご相談ください。'],
    ['膳食补充剂', '正在服用泻药或抗酸剂者，请咨询医生。'],
    ['건강기능식품', '제산제, 변비약을 복용 중인 경우 전문가와 상담하십시오.'],
  ])('a caution about antacids or laxatives on a supplement (%s) keeps it a supplement', (status, caution) => {
    const a = run({ title: 'マグネシウム 90粒', labelText: 'マグネシウム\t300mg', description: `${status}\n${caution}` });
    expect(a.kind).toBe('magnesium-supplement');
  });
  it("a summary's dosage form under '1. DENOMINATION DU MEDICAMENT' counts below a shop's long menus", () => {
    const menus = Array.from({ length: 80 }, (_, i) => `Menu entry number ${i}`).join('\n');
    const a = run({
      title: 'sterop - E-compendium.be',
      description: `${menus}\n1. DENOMINATION DU MEDICAMENT\nMAGNECLO STEROP 10mEq/10ml Solution injectable.`,
      labelText: 'MAGNECLO STEROP 10mEq/10ml : chlorure de magnésium hexahydraté 1g.',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });
  it('a drawing paste of magnesium sulphate goes on the skin', () => {
    expect(run({ title: 'Magnesium Sulphate Paste BP', labelText: 'Dried Magnesium Sulphate\t47.762g' }).kind).toBe('topical');
  });
  it.each([
    'Det som inte tas upp kan verka laxerande.',
    'Magnesiumsitraatilla voi olla ulostava vaikutus.',
    'Hos nogle kan magnesium virke afførende.',
  ])('a Nordic side effect ("%s") keeps a supplement a supplement', (caution) => {
    const a = run({
      title: 'Magnesium Diasporal 300 mg',
      labelText: 'Per dagsdos\nMagnesium (citrat)\t300 mg\t80 %',
      description: caution,
      directions: 'Ta 1 dospåse dagligen.',
    });
    expect(a.kind).toBe('magnesium-supplement');
  });
  it('a Japanese panel that names its magnesium in full-width digits is a supplement panel', () => {
    const a = run({
      title: 'マグネシウム 90粒',
      price: { amount: 698, currency: 'JPY' },
      description: '栄養成分表示 3粒当たり\nエネルギー 2.7kcal、炭水化物 0.74g、マグネシウム １００ｍｇ',
    });
    expect(a.kind).not.toBe('not-a-supplement');
  });
  it('mineral water named in an aside beside a magnesium row keeps a supplement a supplement', () => {
    const a = run({
      title: 'Magnesium Bisglycinate 60 capsules',
      description: 'Magnesium is found in nuts and in hard mineral water (some brands over 100 mg/l).',
      labelText: 'Per 2 capsules\t%NRV\nMagnesium (as bisglycinate)\t200 mg\t53%',
      directions: 'Take 2 capsules daily.',
    });
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
  });
  it('"520 מ"ג מגנזיום אלמנטרי לכמוסה" states the element', () => {
    const a = run({
      title: 'מגנזיום 520',
      labelText: 'רכיבים פעילים\n520 מ"ג מגנזיום אלמנטרי לכמוסה (מופק מ-866 מ"ג מגנזיום אוקסיד)',
      directions: 'כמוסה אחת ביום בין הארוחות או לפני השינה.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 520, max: 520, basis: 'stated-elemental' });
    expect(a.elementalMgPerDay).toEqual({ min: 520, max: 520 });
  });
});

describe('a Turkish panel for so many units', () => {
  it('"İçindekiler (Her 2 Kapsülde)" makes its rows two capsules\' amount', () => {
    const a = run({
      title: 'Sidrex Mag4Ever',
      labelText: 'İçindekiler (Her 2 Kapsülde)\nMagnezyum\t250 mg – %66,66 BRD\nMagnezyum Malat\t75 mg',
      directions: '11 yaş ve üzeri yetişkinler için günde 2 kapsül alınması tavsiye edilmektedir.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 250, max: 250 });
    expect(a.elementalMgPerDay).toEqual({ min: 250, max: 250 });
  });
});

describe('a Turkish composition for each tablet', () => {
  it('"Her bir tablet;" above "Etkin madde:" makes its rows per tablet, so "1–2 tablets a day" is one to two servings', () => {
    const a = run({
      title: 'MAGNEZYUM 300 mg tablet',
      labelText: 'Her bir tablet;\nEtkin madde:\nMagnezyum 300 mg (497 mg magnezyum oksit olarak)',
      directions: 'Yetişkinler için önerilen günlük doz 1–2 tablettir.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 300, max: 300 });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 600 });
    expect(codes(a)).not.toContain('amount-basis-unclear');
  });
});

describe('a serving size that is a range of units', () => {
  const label =
    'Supplement Facts\nServing Size 1-3 Tablets\nServings Per Container 15\nMagnesium (as magnesium citrate)\t50 mg\t12%';
  it('whose servings per container count the largest (15 × 3 = 45 tablets): fewer tablets give less', () => {
    const a = run({
      title: 'Immune formula, 45 tablets',
      unitCount: 45,
      labelText: label,
      directions: '1-3 tablets, three times daily.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 50, max: 50 });
    expect(a.elementalMgPerDay).toEqual({ min: 50, max: 150 });
    expect(codes(a)).toContain('serving-range-largest');
  });
  it("whose amounts are said to be one unit's, or whose servings per container are a range: no smaller share", () => {
    const perCapsule = run({
      title: 'Magnesium glycinate, 120 capsules',
      unitCount: 120,
      labelText:
        'Supplement Facts\nServing Size 1-2 Capsules\nServings Per Container 60\nAmount Per Capsule\nMagnesium (as magnesium glycinate)\t100 mg\t24%',
      directions: 'Take 1-2 capsules daily.',
    });
    expect(perCapsule.elementalMgPerDay).toEqual({ min: 100, max: 200 });
    const spread = run({
      title: 'Magnesium citrate, 120 tablets',
      unitCount: 120,
      labelText:
        'Supplement Facts\nServing Size 1-2 Tablets\nServings Per Container 60-120\nMagnesium (as magnesium citrate)\t150 mg\t36%',
      directions: 'Take 1-2 tablets daily.',
    });
    expect(codes(spread)).not.toContain('serving-range-largest');
  });
  it('whose servings per container do not say which count (15 servings in 90 tablets): an intake is a serving', () => {
    const a = run({
      title: 'Immune formula, 90 tablets',
      unitCount: 90,
      labelText: label,
      directions: '1-3 tablets, three times daily.',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 150, max: 150 });
    expect(codes(a)).not.toContain('serving-range-largest');
  });
});

describe('review 9: rows that add up, percents that are no reference, look-alikes', () => {
  it("each salt's elemental row adds to the product's magnesium; a shared form or a total row does not", () => {
    const two = run({
      title: 'Mag Duo 60 capsules',
      labelText: 'Serving Size 1 Capsule\nMagnesium (as citrate)\t100 mg\nMagnesium (as oxide)\t50 mg',
    });
    expect(two.elementalMgPerServing).toMatchObject({ min: 150, max: 150, basis: 'stated-elemental' });
    const equiv = run({
      title: 'Mag Recovery Powder 200 g',
      labelText:
        'Each 5 g dose contains:\nMagnesium amino acid chelate\t1.25 g\n(equiv. magnesium 250 mg)\nMagnesium orotate dihydrate\t200 mg\n(equiv. magnesium 13.1 mg)',
    });
    expect(equiv.elementalMgPerServing).toMatchObject({ min: 263.1, max: 263.1 });
    const total = run({
      title: 'Mag Duo 60 capsules',
      labelText: 'Magnesium (as citrate)\t100 mg\nMagnesium (as oxide)\t50 mg\nTotal magnesium\t150 mg',
    });
    expect(total.elementalMgPerServing).toMatchObject({ min: 150, max: 150 });
    const repeated = run({
      title: 'Mag 60 capsules',
      labelText: 'Magnesium (as citrate)\t100 mg\nMagnesium (as citrate)\t100 mg',
    });
    expect(repeated.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
  });
  it("a salt's bare 100% is its purity, no share of a reference intake", () => {
    const powder = run({
      title: 'Cloreto de magnésio P.A. 33 g',
      labelText: 'Composição: cloreto de magnésio hexahidratado 100%.',
    });
    expect(powder.elementalMgPerServing).toBeNull();
    // A salt row whose percent names its reference still gives the amount back.
    const dv = run({ title: 'Magnesium 60 tablets', labelText: 'Magnesium (as oxide)\t50% DV' });
    expect(dv.elementalMgPerServing?.basis).toBe('from-percent-dv');
  });
  it('"470 mg magnezu mleczanu" is the salt\'s weight (Polish leaflet order), its magnesium the 48 mg after it', () => {
    const leaflet = run({
      title: 'Magne B6 tabletki powlekane',
      labelText:
        '1 tabletka powlekana zawiera: 470 mg magnezu mleczanu dwuwodnego (co odpowiada 48 mg jonów magnezu) oraz 5 mg pirydoksyny chlorowodorku.',
    });
    expect(leaflet.elementalMgPerServing).toMatchObject({ min: 48, max: 48 });
  });
  it("a magnesium product whose title and rows name another nutrient is a multi-nutrient; a Japanese panel's energy rows are not nutrients", () => {
    const b6 = run({
      title: 'Magnésium Bisglycinate + Vitamine B6 – 90 gélules',
      labelText: 'Pour 3 gélules\nMagnésium\t300 mg\nVitamine B6\t1,4 mg',
    });
    expect(b6.kind).toBe('multi-nutrient');
    const plain = run({
      title: 'Magnesium Bisglycinate 90 capsules',
      labelText: 'Per 3 capsules\nMagnesium\t300 mg\nSodium\t5 mg',
    });
    expect(plain.kind).toBe('magnesium-supplement');
    const japanese = run({
      title: 'マグネシウム 200mg 60粒',
      labelText:
        '栄養成分表示［2粒あたり］\nエネルギー\t2kcal\nたんぱく質\t0g\n脂質\t0g\n炭水化物\t0.5g\n食塩相当量\t0g\nマグネシウム\t200mg',
    });
    expect(japanese.kind).toBe('magnesium-supplement');
  });
  it("a Dutch stomach tablet is an antacid; a Polish chocolate's table is a food's", () => {
    const antacid = run({
      title: 'Maagtabletten Pepermunt – 36 kauwtabletten – bij maagzuur',
      labelText: 'Samenstelling: per kauwtablet 680 mg calciumcarbonaat en 80 mg magnesiumcarbonaat.',
    });
    expect(antacid.kind).toBe('not-a-supplement');
    expect(codes(antacid)).toContain('drug-not-supplement');
    const chocolate = run({
      title: 'Czekolada gorzka 90% kakao – 100 g',
      labelText:
        'Wartość odżywcza\tw 100 g\tw porcji (20 g)\nWartość energetyczna\t2453 kJ / 592 kcal\t491 kJ / 118 kcal\nTłuszcz\t55 g\t11 g\nMagnez\t230 mg\t46 mg',
    });
    expect(chocolate.kind).toBe('not-a-supplement');
    expect(chocolate.elementalMgPerDay).toBeNull();
    // "pour 100 g | par portion (20 g)" over an energy row, and a chocolate named in French.
    const chocolat = run({
      title: 'Chocolat noir 85 % cacao - Tablette 100 g',
      labelText:
        'Valeurs nutritionnelles moyennes\tpour 100 g\tpar portion (20 g)\nÉnergie\t2427 kJ / 580 kcal\t485 kJ / 116 kcal\nMagnésium\t230 mg (61 % VNR*)\t46 mg (12 % VNR*)',
    });
    expect(chocolat.kind).toBe('not-a-supplement');
    expect(chocolat.elementalMgPerDay).toBeNull();
  });
});

describe("a label's daily column and directions that allow less", () => {
  const labelText =
    'Tenori medi\tper 1 compressa\tper dose massima giornaliera (3 compresse)\t%VNR*\nMagnesio\t100 mg\t300 mg\t80 %';
  it('"da 1 a 3 compresse al giorno" under a 3-tablet daily column: the day runs from one tablet to three', () => {
    const a = run({ title: 'Magnesio bisglicinato, 90 compresse', labelText, directions: 'Da 1 a 3 compresse al giorno.' });
    expect(a.elementalMgPerDay).toEqual({ min: 100, max: 300 });
    expect(codes(a)).toContain('label-day-is-largest');
  });
  it('"one capsule one to two times daily" under "Amount per day (3 capsules)": the day spans both readings, with a warning', () => {
    const a = run({
      title: 'Magnesium (Citrate), EU',
      labelText: 'Amount per day (3 capsules):\t%RI*\nMagnesium (as magnesium citrate)\t300 mg\t80',
      directions: 'Take one (1) capsule one to two times daily with or without food.',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 100, max: 300 });
    expect(codes(a)).toContain('label-day-differs');
  });
  it('"one capsule once or twice daily" under "Amount per Day (1 Capsule)": the day is the directions\' range', () => {
    const a = run({
      title: 'Extend-Release Magnesium, EU',
      labelText: 'Amount per Day (1 Capsule):\t%RI*\nMagnesium (as magnesium oxide, magnesium citrate)\t250 mg\t67',
      directions: 'Take one (1) capsule once or twice daily, with or without food.',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 250, max: 500 });
    expect(codes(a)).toContain('label-day-in-range');
  });
  it("directions that take the whole column leave the label's day as printed", () => {
    for (const directions of ['3 compresse al giorno.', '1 compressa 3 volte al giorno.']) {
      const a = run({ title: 'Magnesio bisglicinato, 90 compresse', labelText, directions });
      expect(a.elementalMgPerDay, directions).toEqual({ min: 300, max: 300 });
      expect(codes(a), directions).not.toContain('label-day-is-largest');
      expect(codes(a), directions).not.toContain('label-day-differs');
    }
  });
  it("directions that take more than the column: the day runs from the column to the directions', with a warning", () => {
    const a = run({ title: 'Magnesio bisglicinato, 90 compresse', labelText, directions: '2 compresse 3 volte al giorno.' });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 600 });
    expect(codes(a)).toContain('label-day-differs');
    const nl = run({
      title: 'Magnesium Citraat 200 – 90 tabletten',
      labelText: 'Samenstelling\tPer dagdosering (2 tabletten)\t%RI*\nwaarvan magnesium\t200 mg\t53 %',
      directions: 'Volwassenen: 3 tabletten per dag, verdeeld over de maaltijden.',
    });
    expect(nl.elementalMgPerDay).toEqual({ min: 200, max: 300 });
    expect(codes(nl)).toContain('label-day-differs');
  });
});

describe("a label's column of one unit beside one of several, and directions that take fewer at a time", () => {
  it('"w 1 kapsułce | w 2 kapsułkach" over "1 kapsułka 2 razy dziennie": a serving of one capsule, twice a day', () => {
    const a = run({
      title: 'Magnez Chelat Aminokwasowy – 60 kapsułek',
      labelText: 'Składniki\tw 1 kapsułce\tw 2 kapsułkach\t% RWS*\nw tym magnez\t100 mg\t200 mg\t53 %',
      directions: '1 kapsułka 2 razy dziennie w trakcie posiłku.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.servingsPerDay).toMatchObject({ min: 2, max: 2 });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
    // The 53% is the two capsules' share: not checked against one capsule's 100 mg.
    expect(codes(a)).not.toContain('percent-mismatch');
  });
  it("directions that take the column's count at a time keep the column as the serving", () => {
    const a = run({
      title: 'Magnez Chelat Aminokwasowy – 60 kapsułek',
      labelText: 'Składniki\tw 1 kapsułce\tw 2 kapsułkach\t% RWS*\nw tym magnez\t100 mg\t200 mg\t53 %',
      directions: '2 kapsułki dziennie.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 200, max: 200 });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
  });
  it('"per 1 compressa | per dose massima giornaliera (3 compresse)" over "1 compressa 3 volte al giorno": one tablet a serving', () => {
    const a = run({
      title: 'Magnesio bisglicinato, 90 compresse',
      labelText:
        'Tenori medi\tper 1 compressa\tper dose massima giornaliera (3 compresse)\t%VNR*\nMagnesio\t100 mg\t300 mg\t80 %',
      directions: '1 compressa 3 volte al giorno.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 300, max: 300 });
  });
});

describe("one unit's bare cell before the day's column, whose bracket names the day's count", () => {
  it('"Besin Öğeleri | 1 Tablet | Günlük Doz (2 Tablet) | %BRD*": one tablet\'s 100 mg, the day\'s 200 mg', () => {
    const a = run({
      title: 'Magnezyum Bisglisinat 60 Tablet',
      labelText:
        'Besin Öğeleri\t1 Tablet\tGünlük Doz (2 Tablet)\t%BRD*\nMagnezyum (Magnezyum bisglisinattan)\t100 mg\t200 mg\t%53',
      directions: 'Günde 2 tablet, yemeklerle birlikte su ile alınız.',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
    expect(codes(a)).not.toContain('ambiguous-columns');
  });
  it('"Ingredients | 1 tablet | Daily dose (2 tablets)" with no directions: the label\'s day column is the day', () => {
    const a = run({
      title: 'Magnesium Citrate 60 Tablets',
      labelText: 'Ingredients\t1 tablet\tDaily dose (2 tablets)\t%NRV*\nMagnesium (from citrate)\t100 mg\t200 mg\t53%',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
    expect(codes(a)).not.toContain('ambiguous-columns');
  });
});

describe("a percent against any country's label reference", () => {
  it('a Finnish "%RDI" of 100 beside 375 mg is the EU\'s 375 mg: no mismatch', () => {
    const a = run({
      title: 'Magnesiumsitraatti jauhe 200 g',
      labelText: 'Ravintoaineet\t1 mittalusikka (5 g)\t%RDI*\nMagnesium\t375 mg\t100 %',
    });
    expect(codes(a)).not.toContain('percent-mismatch');
  });
  it('a Brazilian "%VD" of 50 beside 130 mg is the older 260 mg reference: no mismatch; 90% beside 130 mg is one', () => {
    const labelText = (pct: string) => `Quantidade por porção\t%VD(*)\nMagnésio\t130 mg\t${pct}`;
    expect(codes(run({ title: 'Magnésio Quelato 60 cápsulas', labelText: labelText('50%') }))).not.toContain('percent-mismatch');
    expect(codes(run({ title: 'Magnésio Quelato 60 cápsulas', labelText: labelText('90%') }))).toContain('percent-mismatch');
  });
});

describe("a dose column's own weight in its header", () => {
  it('"Por 100 g | Por dosis diaria (12 g)": the "(12 g)" is the dose\'s weight, the day\'s column is read', () => {
    const a = run({
      title: 'Colágeno con Magnesio – 350 g',
      labelText:
        'Información nutricional\tPor 100 g\tPor dosis diaria (12 g)\t% VRN*\nProteínas\t80 g\t9,6 g\t\nMagnesio\t1550 mg\t186 mg\t50 %',
      directions: 'Tomar 2 cucharadas soperas rasas (12 g) al día disueltas en agua.',
    });
    expect(a.elementalMgPerDay).toEqual({ min: 186, max: 186 });
    expect(codes(a)).not.toContain('ambiguous-columns');
  });
  it('"per dose (2 g) | per dose max giornaliera (4 g)": the serving\'s column is the serving, the directions count the day', () => {
    const labelText = 'Tenori medi\tper dose (2 g)\tper dose max giornaliera (4 g)\t%VNR*\nMagnesio\t225 mg\t450 mg\t120 %';
    const a = run({
      title: 'Magnesio Puro in Polvere – 300 g',
      labelText,
      directions: "Sciogliere 1 cucchiaino raso (2 g) in mezzo bicchiere d'acqua, 1-2 volte al giorno.",
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 225, max: 225 });
    expect(a.elementalMgPerDay).toEqual({ min: 225, max: 450 });
    // The 120 % is the day column's (450 mg of the NRV's 375 mg).
    expect(codes(a)).not.toContain('percent-mismatch');
    // No directions: the label's day column is the day.
    const undirected = run({ title: 'Magnesio Puro in Polvere – 300 g', labelText });
    expect(undirected.elementalMgPerDay).toEqual({ min: 450, max: 450 });
  });
});

describe("a label's amounts per one volume and directions that take another", () => {
  const labelText = 'Medicinal Ingredients (per 5 mL):\nMagnesium (Magnesium citrate)\t100 mg';
  it('"per 5 mL" over "Take 10 mL twice daily": a serving of 10 mL holds 200 mg, and the label\'s basis is said', () => {
    const a = run({ title: 'Liquid Magnesium – 450 mL', labelText, directions: 'Adults: Take 10 mL twice daily.' });
    expect(a.servingSize).toMatch(/^10 ml$/i);
    expect(a.elementalMgPerServing).toMatchObject({ min: 200, max: 200 });
    expect(a.elementalMgPerDay).toEqual({ min: 400, max: 400 });
    expect(codes(a)).toContain('serving-is-directions-volume');
  });
  it("directions that take the same volume leave the label's serving", () => {
    const a = run({ title: 'Liquid Magnesium – 450 mL', labelText, directions: 'Adults: Take 5 mL twice daily.' });
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
    expect(codes(a)).not.toContain('serving-is-directions-volume');
  });
  it('a printed serving size is kept whatever the directions take', () => {
    const a = run({
      title: 'Liquid Magnesium – 450 mL',
      labelText: 'Serving Size 5 mL\nMagnesium (as magnesium citrate)\t100 mg',
      directions: 'Take 10 mL daily.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
  });
});

describe('a product page whose title does not say magnesium', () => {
  it('"Slow-Mag 60 tabl." that gives one tablet\'s magnesium is a magnesium product; a page with no amount is not', () => {
    const page = { title: 'Slow-Mag 60 tabl.', description: 'Lek. Jedna tabletka zawiera 64 mg jonów magnezu.' };
    const a = run(page);
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerServing).toMatchObject({ min: 64, max: 64 });
    const water = run({ title: "L'eau", description: 'Les eaux minérales riches en magnésium et en calcium.' });
    expect(water.kind).toBe('not-a-supplement');
    expect(codes(water)).toContain('not-a-product');
  });
});

describe('a figure said twice, once per what', () => {
  it('"fornece 230mg de magnésio" takes the basis of "230mg de magnésio na porção" below it', () => {
    const a = run({
      title: 'Magnésio Malato Elixir com 60 cápsulas',
      description: 'O Magnésio Malato Elixir é um suplemento alimentar que fornece 230mg de magnésio e ácido málico.',
      bullets: ['Sem glúten', '230mg de magnésio na porção'],
      directions: 'Tomar 2 (duas) cápsulas ao dia ou conforme orientação profissional.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 230, max: 230 });
    expect(a.elementalMgPerDay).toMatchObject({ min: 230, max: 230 });
  });
});

describe('aspirin listed with magnesium hydroxide', () => {
  it('as the active substances of a record, with no amount beside aspirin, is a heart medicine', () => {
    const a = run({
      title: 'Фазостабил таблетки покрыт.плен.об. 75 мг+15,2 мг 100 шт',
      labelText: 'Действующее вещество:\tАцетилсалициловая кислота, [Магния гидроксид]',
      unitCount: 100,
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('drug-not-supplement');
  });
});

describe('a title longer than any name', () => {
  it('is read to its first 1,000 characters', () => {
    const a = run({ title: `Magnesium Glycinate 200 mg ${'1'.repeat(50_000)}` });
    expect(a.title?.length).toBeLessThanOrEqual(1_000);
    expect(a.title?.startsWith('Magnesium Glycinate 200 mg')).toBe(true);
  });
});

describe('two facts panels with their own magnesium rows (part T72)', () => {
  const panel = (serving: string, mg: number, dv: number) =>
    [
      'Supplement Facts',
      `Serving Size ${serving}`,
      'Amount Per Serving\t% Daily Value',
      `Magnesium (as magnesium oxide)\t${mg} mg\t${dv}%`,
    ].join('\n');
  it("a weight gainer's two panels of different amounts give a range, not one panel's figure", () => {
    const a = run({
      title: 'Weight Gainer Powder, Chocolate, 6 lb',
      labelText: [panel('2 scoops (334 g)', 239, 60), panel('1 scoop (167 g)', 140, 35)].join('\n'),
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 140, max: 239 });
    expect(codes(a)).toContain('several-panels');
  });
  it('the same amount said twice, or a nearly equal one, is no rival', () => {
    const a = run({
      title: 'Magnesium Oxide 250 mg',
      labelText: [panel('1 tablet', 250, 60), panel('1 tablet', 250, 60)].join('\n'),
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 250, max: 250 });
    expect(codes(a)).not.toContain('several-panels');
  });
  it('rows naming other sources are parts or other products, not rival panels', () => {
    const a = run({
      title: 'Magnesium Complex',
      labelText: [panel('2 capsules', 200, 48), 'Magnesium (as magnesium glycinate)\t100 mg\t24%'].join('\n'),
    });
    expect(codes(a)).not.toContain('several-panels');
  });
  it("a printed total of each salt's 'providing Magnesium' is the serving, its parts no rivals (round 9)", () => {
    const label = [
      'Nutrient\tPer 2 capsules\t%NRV*',
      'Magnesium L-Threonate (Magtein®)\t1000mg',
      'providing Magnesium\t72mg\t19%',
      'Magnesium Bisglycinate (Albion® TRAACS®)\t700mg',
      'providing Magnesium\t98mg\t26%',
    ];
    const a = run({ title: 'Night Magnesium Complex', labelText: [...label, 'Total Magnesium\t170mg\t45%'].join('\n') });
    expect(a.elementalMgPerServing).toMatchObject({ min: 170, max: 170 });
    expect(codes(a)).not.toContain('several-panels');
  });
  it('"Magnesium gesamt" after each salt\'s "davon Magnesium" is the printed total, the serving (round 14)', () => {
    const labelText = [
      'Nährwertangaben\tpro Tagesdosis (3 Kapseln)\t% NRV*',
      'Magnesiumcitrat\t600 mg',
      'davon Magnesium\t90 mg',
      'Magnesiumoxid\t140 mg',
      'davon Magnesium\t84 mg',
      'Magnesium gesamt\t174 mg\t46 %',
    ].join('\n');
    const a = run({ title: 'Magnesium Komplex 7 Formen', labelText, directions: 'Täglich 3 Kapseln verzehren.' });
    expect(a.elementalMgPerServing).toMatchObject({ min: 174, max: 174 });
  });
});

describe('an antacid, an antiepileptic and an injection in drug-database records (part T73)', () => {
  it('aluminium hydroxide beside a bare "Magnesium (550mg)" is an antacid', () => {
    const a = run({
      title: 'Alcid Tablet',
      labelText: 'Composition:\nAluminium Hydroxide\t300mg\nMagnesium\t550mg\nSimethicone\t40mg',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
    // Simethicone alone still needs magnesium hydroxide beside it.
    expect(run({ title: 'Gas Relief Magnesium', labelText: 'Composition:\nMagnesium\t100mg\nSimethicone\t40mg' }).kind).not.toBe(
      'not-a-supplement',
    );
  });
  it('"Magnesium Valproate (300mg)" is a drug\'s salt, no nutrient', () => {
    const a = run({ title: 'Macorate CR 300 Tablet', labelText: 'Composition:\nMagnesium Valproate\t300mg' });
    expect(a.kind).not.toBe('magnesium-supplement');
    expect(a.elementalMgPerServing).toBeNull();
  });
  it('a record whose dosage form is "sediaan<TAB>INJEKSI" is an injection', () => {
    const a = run({ title: 'magnesium sulfat', labelText: 'nama obat\tmagnesium sulfat\nsediaan\tINJEKSI\nkekuatan\t20' });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('drug-not-supplement');
  });
});

describe("a drug's registration record (part T75)", () => {
  const record = (extra: string, directions = '') =>
    run({
      title: 'Magnesium Oxide',
      labelText: `Active ingredients\tStrength\nMAGNESIUM OXIDE\t400 mg/1\nPackage\t90 TABLET in 1 BOTTLE\n${extra}`,
      directions,
    });
  it.each([
    ['Product NDC\t71610-182'],
    // (A copy that puts each cell on its own line.)
    ['Product NDC\n71610-182'],
    ['Marketing category\tOTC MONOGRAPH FINAL'],
    ['Product Type\tHUMAN OTC DRUG\tItem Code (Source)\tNDC:69256-329'],
    ['Marketing category\tBULK INGREDIENT'],
  ])('%j lists a drug: no daily dose', (extra) => {
    const a = record(extra);
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('drug-not-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });
  it('a drug so registered whose label gives supplement directions is still read as a supplement', () => {
    const a = record('Product NDC\t71610-182', 'Magnesium Supplement Directions: take 1 or 2 tablets daily.');
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerServing?.min).toBeCloseTo(241.2, 0);
  });
  it('a supplement\'s own record ("Product Type DIETARY SUPPLEMENT") is no drug', () => {
    expect(codes(record('Product Type\tDIETARY SUPPLEMENT'))).not.toContain('drug-not-supplement');
  });
});

describe("an NDC listing's vial (part T75)", () => {
  it('"20 mL in 1 VIAL" packs an injection, whatever its name says; a bottle does not', () => {
    const listing = (pack: string) =>
      run({
        title: 'Magnesium Sulfate',
        labelText: `Active ingredients\tStrength\nMAGNESIUM SULFATE HEPTAHYDRATE\t500 mg/mL\nPackage\t${pack}\nProduct NDC\t0409-2168`,
      });
    const vial = listing('25 VIAL, PLASTIC in 1 TRAY / 20 mL in 1 VIAL, PLASTIC');
    expect(vial.kind).toBe('not-a-supplement');
    expect(vial.elementalMgPerDay).toBeNull();
    expect(vial.warnings.map((w) => w.message).join(' ')).toMatch(/injection/);
    // (A bottle's listing is a drug's too, by its NDC, but no injection.)
    expect(
      listing('296 mL in 1 BOTTLE, PLASTIC')
        .warnings.map((w) => w.message)
        .join(' '),
    ).not.toMatch(/injection/);
  });
});

describe('"for external use only" in Dutch (round 16)', () => {
  it('"Uitsluitend voor uitwendig gebruik." puts the product on the skin', () => {
    const a = run({
      title: 'Zechstein Magnesiumchloride 200 ml',
      description: 'Magnesiumchloride uit de Zechstein-zee. Uitsluitend voor uitwendig gebruik.',
    });
    expect(a.kind).toBe('topical');
  });
});

describe("a Swedish leaflet's salts and their printed total (round 16)", () => {
  it('"… motsvarande 110 mg … motsvarande 10 mg … Totalt 120 mg magnesium per tuggtablett": the total, one product', () => {
    const a = run({
      title: 'Magnesium Meda 120 mg tuggtablett',
      labelText:
        'En tuggtablett innehåller:\n1078,5 mg magnesiumlaktatdihydrat motsvarande 110 mg magnesium\n125 mg magnesiumcitrat motsvarande 10 mg magnesium\nTotalt 120 mg magnesium per tuggtablett.',
      directions: '1 tuggtablett 1–3 gånger dagligen.',
    });
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerServing).toMatchObject({ min: 120, max: 120 });
    expect(a.elementalMgPerDay).toEqual({ min: 120, max: 360 });
  });
  it('the total named first, "Total mängd magnesium per tuggtablett: 120 mg (5 mmol)", after one sentence of both salts', () => {
    const a = run({
      labelText:
        'Varje tuggtablett innehåller 1 078,5 mg magnesiumlaktatdihydrat, motsvarande 110 mg magnesium, och 125 mg magnesiumcitrat, motsvarande 10 mg magnesium.\nTotal mängd magnesium per tuggtablett: 120 mg (5 mmol).',
      directions: 'Vuxna och ungdomar från 12 år: 1 tuggtablett 1–3 gånger dagligen.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 120, max: 120 });
    expect(a.elementalMgPerDay).toEqual({ min: 120, max: 360 });
  });
});

describe('an amino acid chelate the label names, and the prose (round 15)', () => {
  const label = 'Each tablet contains:\nMagnesium amino acid chelate 1.25 g\nequiv. magnesium 250 mg';
  it("the prose's general words on forms do not name the label's chelate", () => {
    const a = run({
      labelText: label,
      description: 'Magnesium in a glycinate or chelate form is usually easier on the gut than magnesium oxide.',
    });
    expect(a.forms.map((f) => f.id)).toEqual(['amino-acid-chelate']);
  });
  it("the product's own words do", () => {
    const a = run({ labelText: label, description: 'Our tablets use Albion® magnesium bisglycinate.' });
    expect(a.forms.map((f) => f.id)).toEqual(['glycinate']);
  });
});

describe('first sight on parts T87 and T88: kinds', () => {
  it('magnesium only as a member of a proprietary blend is a multi-nutrient with no amount', () => {
    const a = run({
      title: 'BioAnue Sleep Mender',
      directions: 'As a dietary supplement consume four (4) capsules per day.',
      labelText: 'Amount Per Serving\nProprietary Blend\t500 mg\t†\n  CDP-Choline (as citicoline)\n  Magnesium Chelate',
    });
    expect(a.containsMagnesium).toBe(true);
    expect(a.kind).toBe('multi-nutrient');
    expect(a.forms.map((f) => f.id)).toEqual(['amino-acid-chelate']);
    expect(a.elementalMgPerServing).toBeNull();
  });
  it('an article on the forms that mentions Epsom salt for constipation or baths is no topical', () => {
    const description =
      'Magnesium citrate is well absorbed and helps constipation.\nMagnesium oxide is used for heartburn.\nMagnesium sulfate: Epsom salt, for constipation or baths; too much can be dangerous.';
    const article = run({ isProductPage: false, title: 'Understanding Magnesium Supplements', description });
    expect(article.kind).toBe('not-a-supplement');
    const salt = run({ isProductPage: false, title: 'Epsom Salt', description });
    expect(salt.kind).toBe('topical');
  });
});

describe('first sight on part T90: a product for sale whose text names its magnesium salt', () => {
  it('"Mag Taurine Matrix" with its cart and "Magnesium is supplied as … bis-glycinate" is a magnesium product with no amount', () => {
    const page = {
      title: 'Mag Taurine Matrix',
      forSale: true,
      description:
        'Magnesium is supplied as a well-absorbed, buffered bis-glycinate to support cellular energy and muscle function.',
    };
    const a = run(page);
    expect(a.kind).not.toBe('not-a-supplement');
    expect(a.forms.map((f) => f.id)).toContain('glycinate');
    expect(run({ ...page, forSale: undefined }).kind).toBe('not-a-supplement');
  });
});

describe('review of the T90 rules: kinds and one capsule under a serving of two', () => {
  it('a page for sale that pairs its product with a magnesium salt sold separately is no magnesium product', () => {
    const a = run({
      title: 'Bone Strength Calcium',
      forSale: true,
      description: 'Strong bones need calcium. Pair it with our magnesium citrate, sold separately.',
    });
    expect(a.kind).toBe('not-a-supplement');
  });
  it('"1 Capsule Contains:" under "Serving Size: 2 Capsules": the serving holds two capsules\' amount', () => {
    const a = run({
      title: 'Magnesium Citrate',
      labelText: 'Supplement Facts\nServing Size: 2 Capsules\n1 Capsule Contains:\nMagnesium (as citrate)\t100 mg\t24%',
      directions: 'Take 2 capsules daily.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 200, max: 200 });
    expect(a.elementalMgPerDay).toMatchObject({ min: 200, max: 200 });
  });
});

describe('first sight on part T92: injections and infusions in more languages', () => {
  it.each([
    ['硫酸镁注射液', '通用名称: 硫酸镁注射液\n本品的主要成份为硫酸镁。'],
    ['Addex-Magnesium', '1 mmol/ml Koncentrat till infusionsvätska, lösning\nMagnesiumsulfat'],
  ])('"%s" is given into a vein, no supplement', (title, labelText) => {
    const a = run({ title, labelText, directions: 'Take 1 daily.' });
    expect(a.kind).toBe('not-a-supplement');
  });
});

describe('first sight on part T94: a garden fertiliser named in a German compound word', () => {
  it('"Spezialdünger … als Blattdünger" is for plants, no supplement', () => {
    const a = run({
      isProductPage: false,
      title: 'Bittersalz',
      description:
        'Das Bittersalz ist auch unter Magnesiumsulfat-Heptahydrat bekannt.\nEs ist ein Spezialdünger, der in Landwirtschaft und Garten vor allem als Blattdünger dient.\nDie zweiprozentige Bittersalzlösung wird für eine Düngung der Blätter angerührt.',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(a.warnings.map((w) => w.code)).toContain('not-for-people');
  });
});

describe('review of the T91–T94 rules: kinds', () => {
  it.each(['柠檬酸镁片 口服补镁 无需注射', '注射级原料 甘氨酸镁胶囊', '주사제 대신 먹는 마그네슘', '注射ではなく飲むタイプ'])(
    '"%s" says it is no injection: a supplement',
    (title) => {
      const a = run({ title, labelText: 'Magnesium (as citrate)\t200 mg', directions: 'Take 1 tablet daily.' });
      expect(a.kind).toBe('magnesium-supplement');
    },
  );
  it('"ohne chemische Dünger" tells how its plants were grown, not that it is for plants', () => {
    const a = run({
      title: 'Magnesium Bio',
      labelText: 'Magnesium (as citrate)\t200 mg',
      directions: 'Take 1 capsule daily.',
      description:
        'Unsere Pflanzen wachsen ohne chemische Dünger. Sie wachsen ohne synthetische Düngung. Ohne Kunstdünger angebaut.',
    });
    expect(a.kind).toBe('magnesium-supplement');
  });
  it('"470 mg magnesi clorid" weighs the salt, no element', () => {
    const a = run({ title: 'X', description: 'Mỗi viên chứa 470 mg magnesi clorid.' });
    expect(a.elementalMgPerServing).toBeNull();
  });
});

describe('first sight on parts T95 and T96: animals, plants and making it oneself', () => {
  it('a garden page in German ("Pflanzen", "Boden", "Düngemittel") is for plants', () => {
    const a = run({
      isProductPage: false,
      title: 'Bittersalz im Gemüsebeet',
      description:
        'Bittersalz ist ein Düngemittel für Pflanzen mit Magnesiummangel.\nEine Bodenprobe zeigt, ob der Boden genug Magnesium hat.\nTomaten und Pflanzen im Garten danken es.',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('not-for-people');
  });
  it('"selbst hergestelltes Magnesiumöl": making the oil oneself is a recipe, no product', () => {
    const a = run({
      isProductPage: false,
      title: 'Magnesiumöl',
      description: 'Selbst hergestelltes Magnesiumöl kostet wenig: Magnesiumchlorid in Wasser lösen und auf die Haut sprühen.',
    });
    expect(a.kind).toBe('not-a-supplement');
  });
  it("a horse's directions by body weight make the page an animal's", () => {
    const a = run({
      title: 'Magnesium Plus 2 kg',
      description: 'A source of magnesium for performance horses.',
      directions: 'Horses under 400 kg: 1 scoop daily. Horses over 400 kg: 2 scoops daily. Ponies: half a scoop.',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('not-for-people');
  });
});

describe("first sight on part T97: a horse's electrolyte paste", () => {
  it('what magnesium does for muscles is no use of the salt by people: the horses count', () => {
    const a = run({
      title: 'Electrolyte Paste 60 g',
      description:
        'Oral electrolyte paste for mature performance horses.\nReplaces electrolytes mature horses lose in sweat.\nMagnesium is required for muscle function and muscle contraction; a lack brings muscle fatigue and muscle weakness.\nA balanced profile for all mature horses.',
      labelText: 'Potassium – 3000 mg/oz\nMagnesium – 160 mg/oz\nSodium – 5000 mg/oz',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('not-for-people');
  });
  it('an Epsom salt for sore muscles and for the garden stays a product for people', () => {
    const a = run({
      title: 'Epsom Salt 2 kg',
      description: 'Soak sore muscles in a warm bath.\nRelaxing muscles after sport.\nAlso feeds garden plants and lawns.',
    });
    expect(codes(a)).not.toContain('not-for-people');
  });
});

describe('review of the T95–T97 rules: kinds', () => {
  it.each([
    [
      'Pflanzliches Magnesium – 120 Kapseln',
      'Unsere Böden sind oft ausgelaugt, und viele Pflanzen enthalten weniger Magnesium.\nUnser Magnesium stammt aus Pflanzen: aus einer Meeresalge.\nNahrungsergänzungsmittel.',
    ],
    [
      'Magnesio con Plantas 60 comprimidos',
      'Complemento alimenticio con extractos de plantas.\nLas plantas proceden de cultivo ecológico.\nLa tradición de las plantas medicinales.',
    ],
    [
      'Magnesiumcitrat Kapseln, 90 Stück',
      'Aus meinem Garten steht für natürliche Produkte.\nIm Garten unserer Manufaktur wachsen Kräuter, den Boden prüfen wir jährlich.',
    ],
  ])('"%s": a supplement whose herbs grow in plants and gardens is for people', (title, description) => {
    const a = run({
      title,
      description,
      labelText: 'Nährwerte\tpro Tagesdosis (2 Kapseln)\nMagnesium\t200 mg\t53 %',
      directions: 'Täglich 2 Kapseln mit Wasser verzehren.',
    });
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerDay).toMatchObject({ min: 200, max: 200 });
  });
  it.each([
    'Unser Magnesiumöl wird von uns selbst hergestellt und im Harz abgefüllt. Auf die Haut sprühen.',
    'Das Magnesiumöl wird selbst hergestellt, in unserer Manufaktur. Auf die Haut sprühen.',
  ])('a maker\'s "selbst hergestellt" is no recipe: %s', (description) => {
    const a = run({ isProductPage: false, title: 'Magnesiumöl Spray 100 ml', description });
    expect(a.kind).toBe('topical');
  });
});

describe('review of the T97 and T98 rules', () => {
  it('"charley horses" are cramps in people\'s legs, no horses', () => {
    const a = run({
      title: 'Magnesium Leg Cramp Relief – 60 Tablets',
      description:
        'Wake up to fewer charley horses.\nHelps relieve night-time leg cramps and charley horses.\nWhy do charley horses happen? Low magnesium is one reason.',
      labelText: 'Supplement Facts\nServing Size 2 Tablets\nMagnesium (as magnesium citrate)\t250 mg\t60%',
      directions: 'Adults take 2 tablets with water at bedtime.',
    });
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerDay).toMatchObject({ min: 250, max: 250 });
  });
  it("a label's marine magnesium names no salt: the ingredients' salt for it is a form too", () => {
    const a = run({
      title: 'MARINOMAG Magnesio Marino + Citrato 60 compresse',
      labelText:
        'Tenori medi\tper 2 compresse\t%VNR*\nMagnesio\t300 mg\t80%\ndi cui da magnesio marino\t180 mg\ndi cui da magnesio citrato\t120 mg',
      ingredients: 'Magnesio marino (ossido di magnesio da acqua di mare) 31%, magnesio citrato 28%, cellulosa microcristallina.',
    });
    expect(a.forms.map((x) => x.id).sort()).toEqual(['citrate', 'oxide']);
  });
  it('"mare" is the Italian sea ("Puro Mare", "antico mare di Zechstein"), no horse', () => {
    const a = run({
      title: 'Olio di Magnesio Spray Zechstein 200 ml - Puro Mare',
      description: "Il cloruro di magnesio di Puro Mare proviene dall'antico mare di Zechstein.",
      directions: 'Spruzzare 10-20 volte su braccia e gambe e massaggiare fino ad assorbimento.',
    });
    expect(a.kind).toBe('topical');
    // Mares are horses still.
    const horses = run({
      title: 'Magnesium Calm Mix for Horses and Mares 1 kg',
      directions: 'Feed 1 scoop daily. Mares in foal: ask your vet.',
    });
    expect(horses.kind).toBe('not-a-supplement');
  });
  it('a Russian magnesium citrate whose composition weighs only the tablet still holds magnesium', () => {
    const a = run({
      title: 'Магния цитрат таблетки 60 шт.',
      labelText: 'Состав\nмагния цитрат, целлюлоза микрокристаллическая, кальция стеарат\nМасса таблетки\t500 мг',
      directions: 'Взрослым по 1 таблетке 2 раза в день во время еды.',
    });
    expect(a.kind).toBe('magnesium-supplement');
  });
});

describe('a laxative named so in Hungarian, Slovenian, Estonian, Baltic, Vietnamese, Bulgarian or Ukrainian', () => {
  it.each([
    ['Keserűsó por belsőleges oldathoz, 100 g', 'Ozmotikus hatású hashajtó alkalmi székrekedés kezelésére.'],
    ['Magnezijev sulfat, 100 g', 'Odvajalo za kratkotrajno zdravljenje zaprtja.'],
    ['Magneesiumsulfaat, 100 g', 'Lahtisti kõhukinnisuse lühiajaliseks raviks.'],
    ['Magnio sulfatas, 100 g', 'Vidurius laisvinanti priemonė vidurių užkietėjimui gydyti.'],
    ['Magnija sulfāts, 100 g', 'Caurejas līdzeklis aizcietējuma ārstēšanai.'],
    ['Magnesi sulfat 5 g', 'Thuốc nhuận tràng dùng khi táo bón.'],
    ['Магнезиев сулфат, 100 g', 'Слабително при запек.'],
    ['Магнію сульфат, 100 г', 'Проносний засіб при закрепі.'],
  ])('"%s" under "%s" is a medicine, no supplement', (title, description) => {
    const a = run({ title, description, labelText: 'Magnesium sulfate heptahydrate 100%' });
    expect(a.kind).toBe('not-a-supplement');
    expect(codes(a)).toContain('drug-not-supplement');
  });
});

describe("a salt's weight stated only in a sentence", () => {
  it('is converted with its fraction, for the units the sentence names, and the day follows the directions', () => {
    const a = run({
      title: 'Magnesium Citrate 1000mg – 120 Vegan Capsules',
      bullets: ['Each 2 capsules contain 1000 mg magnesium citrate', 'Gentle and well tolerated'],
      directions: 'Adults take 2 capsules one to two times a day with food.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 113, max: 162, basis: 'from-compound' });
    expect(a.elementalMgPerServing?.source).toContain('Each 2 capsules contain 1000 mg magnesium citrate');
    expect(a.elementalMgPerDay).toMatchObject({ min: 113, max: 324 });
  });
  it("is one unit's weight, scaled to the serving the directions take", () => {
    const a = run({
      title: 'Magnesium Bisglycinat 120 Kapseln',
      bullets: ['Jede Kapsel enthält 600 mg reines Magnesiumbisglycinat.'],
      directions: 'Täglich 2 Kapseln mit Wasser einnehmen.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 169.2, max: 169.2, basis: 'from-compound' });
  });
  it('gives no figure where two sentences weigh the salt differently', () => {
    const a = run({
      title: 'Magnesium Citrate Capsules',
      bullets: ['Each capsule contains 500 mg magnesium citrate', 'Each 2 capsules contain 1500 mg magnesium citrate'],
      directions: 'Take 2 capsules daily.',
    });
    expect(a.elementalMgPerServing).toBeNull();
    expect(codes(a)).toContain('salt-statements-disagree');
  });
  it('yields to a facts row', () => {
    const a = run({
      title: 'Magnesium Citrate Capsules',
      labelText: 'Serving size 2 capsules\nMagnesium (as magnesium citrate) 300 mg',
      bullets: ['Each 2 capsules contain 1000 mg magnesium citrate'],
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 300, max: 300, basis: 'stated-elemental' });
  });
});

describe('round 32 leftovers of earlier rounds', () => {
  it('a compound row per serving takes its units from the sentence that weighs the same salt', () => {
    const a = run({
      title: 'Magnesium Glycinate 400mg - 120 Capsules',
      labelText: 'Each serving (2 capsules) contains 400 mg of magnesium glycinate.\n400mg magnesium glycinate per serving',
      directions: 'Take 2 capsules daily with water.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 56.4, max: 56.4, basis: 'from-compound' });
    expect(a.servingSize).toBe('2 capsules');
  });
  it("a comparison's salt of the same weight is no second name for the product's", () => {
    const a = run({
      title: 'Magnesium Citrate 400mg 60 Kaplet',
      labelText: 'Magnesium sitrat 400 mg',
      description:
        'Magnesium oksida 400 mg mengandung magnesium lebih banyak, tetapi penyerapannya lebih rendah dibanding magnesium sitrat.',
      directions: 'Minum 1 kaplet sehari.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 45.2, max: 64.8 });
  });
  it('Hebrew "המספק מגנזיום 100 מ"ג" (which provides magnesium) states the element', () => {
    const a = run({
      title: 'מגנזיום ציטראט 60 טבליות',
      labelText: 'רכיבים פעילים בכל טבליה:\nמגנזיום ציטראט 625 מ"ג\nהמספק מגנזיום 100 מ"ג',
      directions: '1–2 טבליות ביום',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100, basis: 'stated-elemental' });
  });
});

describe("a label's percents against its own country's reference (round 39)", () => {
  it('"แมกนีเซียม 34%" under a "(Thai RDI)" footnote is 34% of 350 mg, not of the US 420 mg', () => {
    const a = run({
      title: 'แคลแมกดี พลัส ซิงค์ 60 เม็ด',
      labelText: [
        'ข้อมูลโภชนาการ',
        'หนึ่งหน่วยบริโภค : 2 เม็ด (2.6 ก.)',
        'ร้อยละของปริมาณที่แนะนำต่อวัน*',
        'แคลเซียม 38%',
        'แมกนีเซียม 34%',
        '*ร้อยละของปริมาณสารอาหารที่แนะนำให้บริโภคต่อวันสำหรับคนไทยอายุตั้งแต่ 6 ปีขึ้นไป (Thai RDI)',
      ].join('\n'),
      directions: 'รับประทานวันละ 2 เม็ด หลังอาหาร',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 119, max: 119 });
  });
});

describe('gummies named in other languages (round 40)', () => {
  it('"Gominolas de magnesio" on a page whose address names an oil are gummies to chew, not a topical', () => {
    const a = run({
      url: 'https://vida-bio.es/propiedades-del-aceite-de-magnesio/',
      title: 'Gominolas de Magnesio – 60 gominolas',
      labelText: 'Información nutricional\tPor 2 gominolas\t%VRN*\nMagnesio\t100 mg\t27%',
      directions: 'Tomar 2 gominolas al día.',
    });
    expect(a.kind).not.toBe('topical');
    expect(a.elementalMgPerDay).toEqual({ min: 100, max: 100 });
  });
});

describe("a food named in Chinese over a food's panel (round 41)", () => {
  it('"低溫烘焙南瓜子" (roasted pumpkin seeds) with energy, fat and carbohydrate rows is a food, its magnesium row no dose', () => {
    const a = run({
      title: '未來生活 低溫烘焙南瓜子 (240公克/袋)',
      labelText:
        '營養標示\n每一份量 30 公克\n\t每份\t每100公克\n熱量\t169 大卡\t563 大卡\n脂肪\t14.1 公克\t47.0 公克\n碳水化合物\t3.2 公克\t10.7 公克\n鎂\t190 毫克\t633 毫克',
      description: '天然補鎂好選擇。營養補充。',
    });
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });
});

describe("a child's profile and directions that dose by age", () => {
  const gummies = base({
    title: 'Kids Magnesium Gummies, 60 gummies',
    labelText: 'Nutrition Information\tPer gummy\t%NRV\nMagnesium\t50 mg\t13%',
    ingredients: 'Glucose syrup, sugar, magnesium citrate, pectin.',
    directions:
      'Children 4-8 years: chew 1 gummy daily. Children 9 years and over and adults: chew 2 gummies daily. Not suitable for children under 4 years.',
  });
  const forAge = (ageBand: (typeof DEFAULT_PROFILE)['ageBand']) =>
    Analysis.parse(analyze(gummies, { ...DEFAULT_PROFILE, ageBand }));
  it("an adult's day is the adults' group's, with no note", () => {
    const a = forAge('31+');
    expect(a.elementalMgPerDay).toEqual({ min: 100, max: 100 });
    expect(codes(a)).not.toContain('dose-for-age');
  });
  it("a 4–8-year-old's day is the 4–8 group's, against the child's limit, and a note quotes the group", () => {
    const a = forAge('4-8');
    expect(a.elementalMgPerDay).toEqual({ min: 50, max: 50 });
    expect(a.upperLimit).toMatchObject({ mg: 110, verdict: 'within' });
    expect(a.warnings.find((w) => w.code === 'dose-for-age')?.message).toContain('Children 4-8 years: chew 1 gummy daily');
  });
  it('the label\'s own "Directions:" line, where the page has no directions of its own, doses by age too', () => {
    const a = Analysis.parse(
      analyze(
        base({
          title: 'Kids Magnesium Gummies',
          labelText:
            'Supplement Facts\nServing Size: 2 Gummies\nMagnesium (as magnesium citrate)\t100 mg\t24%\nDirections: Children 4-8 years: chew 1 gummy daily. Children 9 years and over and adults: chew 2 gummies daily.',
        }),
        { ...DEFAULT_PROFILE, ageBand: '4-8' },
      ),
    );
    expect(a.elementalMgPerDay).toEqual({ min: 50, max: 50 });
    expect(codes(a)).toContain('dose-for-age');
  });
  it('a 1–3-year-old: the label says the product is not for that age', () => {
    const a = forAge('1-3');
    expect(a.warnings.find((w) => w.code === 'not-for-age')?.message).toContain('Not suitable for children under 4 years');
  });
});
