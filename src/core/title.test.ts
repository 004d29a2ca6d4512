import { describe, expect, it } from 'vitest';
import { analyzeTitle } from './title';

describe('analyzeTitle', () => {
  it.each([
    ['Magnesium Glycinate 400mg, 180 Capsules', true, ['glycinate'], 400, false],
    // Names joined by "+" with their amounts split by slashes, in order (part T78).
    ['Colágeno + Magnesio 420mg/80mg Naturistik Frasco X 30 Cápsulas', true, [], 80, false],
    ['Magnesio + Citrato De Potasio 400mg/99mg Pharmacorp', true, [], 400, false],
    ['Calcium & Magnesium 500/250 mg', true, [], 250, false],
    ['Nature Made Magnesium Oxide 250 mg Tablets, 100 Count', true, ['oxide'], 250, false],
    ['Magnesium Citrate 1,000 mg per serving', true, ['citrate'], 1000, false],
    ['Ancient Minerals Magnesium Oil Spray, 8 oz', true, [], null, true],
    ['Epsom Salt Magnesium Sulfate Soak 3 lb', true, ['sulfate'], null, true],
    ['Sal de Epsom (sulfato de magnesio) 1 kg', true, ['sulfate'], null, true],
    ['Magnesium Glycinate with Vitamin B6 10mg', true, ['glycinate'], null, false],
    ['Portable Charger 10000mAh', false, [], null, false],
    ['Calcium 600 mg with Vitamin D3, magnesium stearate free', false, [], null, false],
    ['Magnesium Oral Spray 100 mg', true, [], 100, false],
    ['Magnesiumcitrat 400 mg Kapseln', true, ['citrate'], 400, false],
    ['Metagenics Mag Glycinate', true, ['glycinate'], null, false],
    ['Cal-Mag Citrate Effervescent Powder', true, ['citrate'], null, false],
    ['Image Mag Lens Cover', false, [], null, false],
    // Oils and baths in Slovenian, Polish, Dutch and Russian.
    ['Čezkožna uporaba magnezija', true, [], null, true],
    ['Oliwa magnezowa – na czym polega ten suplement', true, [], null, true],
    ['Ontspannen bad magnesium', true, [], null, true],
    ['Магниевое масло для тела', true, [], null, true],
    ['Bad sleep? Magnesium glycinate 200 mg', true, ['glycinate'], 200, false],
    // Epsom salt by its other names: magnesium sulfate for the bath, where the word magnesium is absent.
    ['Sól epsom', true, ['sulfate'], null, true],
    ['Hořká sůl 1 kg', true, ['sulfate'], null, true],
    ['Epsomsalt 2 kg', true, ['sulfate'], null, true],
    ['Keserűsó', true, ['sulfate'], null, true],
    ['全身浴でのエプソムソルトの使い方', true, ['sulfate'], null, true],
    ['Magnesium Sleep Patch, 30 Patches', true, [], null, true],
    // Flakes and lotions in Korean and Japanese.
    ['나우푸드 퓨어 마그네슘 플레이크, 1개, 1.53kg', true, [], null, true],
    ['マグネシウム ボディローション 200ml', true, [], null, true],
    // Flakes, bath salts and oils in more languages.
    ['Flocons de magnésium 1 kg', true, [], null, true],
    ['Fiocchi di magnesio 1 kg', true, [], null, true],
    ['Magnesiumvlokken 2 kg', true, [], null, true],
    ['Magnesium badsalt 1 kg', true, [], null, true],
    ['Magnezyum yağı sprey 100 ml', true, [], null, true],
    ['Νιφάδες μαγνησίου 1kg', true, [], null, true],
    ['鎂油噴霧 100ml', true, [], null, true],
    ['Flocons de chlorure de magnésium 1 kg', true, ['chloride'], null, true],
    ['Cloruro de magnesio en escamas', true, ['chloride'], null, true],
    ['Hořčíkové vločky 1 kg', true, [], null, true],
    // Vietnamese: a massage oil and a spray, with magnesium by its shop name "Magne".
    ['Dầu Xoa Bóp - Magne Oil 100ml', true, [], null, true],
    ['Magie dạng xịt 100 ml', false, [], null, true],
    ['Magne Oil 10ml dạng lăn', true, [], null, true],
    // Slovak cases of magnesium's name.
    ['Zdroj magnézia pre športovcov', true, [], null, false],
    // "Magne" alone is a first name, not magnesium; "Magne B6" is the brand.
    ['Magne Andersen 2 kg', false, [], null, false],
    ['Magne B6 Forte 50 viên', true, [], null, false],
    // … but not fish scales, oat flakes or an oral spray.
    ['Colágeno Marino de Escamas de Pescado con Magnesio 300 g', true, [], null, false],
    ["Fiocchi d'avena con magnesio 500 g", true, [], null, false],
    ['Magnezyum Oral Sprey 25 ml', true, [], null, false],
    ['Magnezyum Dil Altı Sprey 30 ml', true, [], null, false],
  ])('%s', (title, contains, forms, mg, topical) => {
    const r = analyzeTitle(title);
    expect(r.containsMagnesium).toBe(contains);
    expect(r.forms.map((f) => f.id)).toEqual(forms);
    expect(r.mgClaim?.mg ?? null).toBe(mg);
    expect(r.topical).toBe(topical);
  });
});

describe("what a title's figure says of magnesium", () => {
  it.each([
    // As printed: magnesium named alone, or a salt that needs little room (200 mg of magnesium in 1.4 g of glycinate).
    ['Magnesium 200mg, 180 Capsules', 200, 200, false],
    ['Magnesium Glycinate 200mg – 180 Capsules', 200, 200, false],
    ['Nature Made Magnesium Oxide 400 mg, 100 Tablets', 400, 400, false],
    ['Designs for Health Magnesium Glycinate Complex - 300 mg Magnesium per Serving', 300, 300, false],
    // "650mg Magnesio Plus" is a brand's name after the figure, not magnesium itself.
    ['L´treonato De Magnesio 650mg Magnesio Plus', 46.8, 54, true],
    // Between two and five grams of the salt: it may weigh the salt.
    ['Citrato de Magnesio 400mg (60 caps)', 45.2, 400, true],
    ['하이테크파마서티컬스 마그네슘 글리시네이트 500mg 베지 캡슐', 70.5, 500, true],
    // More than five grams, or more magnesium than a serving holds: it weighs the salt.
    ['Citrato De Magnesio 1400 Mg', 158.2, 226.8, true],
    ['Bisglicinato De Magnesio Zeo Sport 1000mg 90 Cápsulas', 141, 141, true],
    // A pack's count between the salt and its figure.
    ['Citrato de Magnesio 150 cápsulas | 500mg', 56.5, 500, true],
    ['Magnesium Chloride (Cloruro de Magnesio) 180 Capsules 1000mg per Serving', 120, 255, true],
    // A medicine's Latin name weighs the salt ("magnesii citrici", of magnesium citrate).
    ['MAGNESII LACTICI 500 MG TBL.', 51, 60, true],
    ['Naturland Magnesii citrici 500 mg tabletta', 56.5, 81, true],
    // The hydrate the title names is the one weighed.
    ['Magnesium Chloride Hexahydrate 1000 mg', 119.6, 119.6, true],
  ])('%s', (title, min, max, why) => {
    const claim = analyzeTitle(title).mgClaim!;
    expect(claim.magnesium).toEqual({ min, max });
    expect(claim.why !== null).toBe(why);
  });

  it('a figure too large to be magnesium, after no one salt, says nothing of it', () => {
    for (const title of ['Magnesium Complex 1000 mg, 120 Capsules', 'Magnesium Citrate & Magnesium Oxide 1000mg – 365 Tablets']) {
      const claim = analyzeTitle(title).mgClaim!;
      expect(claim.mg).toBe(1000);
      expect(claim.magnesium).toBeNull();
      expect(claim.why).toMatch(/salt or a blend/);
    }
  });
});

describe('analyzeTitle: which figure is the dose', () => {
  it("a reference intake's figure (RDA, NRV) is no dose; a figure that leads the name is its", () => {
    const claim = analyzeTitle('Dosage: 40mg Magnesium oxide (RDA = 340mg; 100% of RDA), 50mg Vitamin B2').mgClaim!;
    expect(claim.mg).toBe(40);
    expect(analyzeTitle('Magnesium (NRV: 375 mg) 150 mg tablets').mgClaim!.mg).toBe(150);
    expect(analyzeTitle('Calcium 500mg, 250mg Magnesium').mgClaim!.mg).toBe(250);
    // A figure that ends another nutrient's name is that nutrient's.
    expect(analyzeTitle('Zinc 15mg Magnesium 400mg').mgClaim!.mg).toBe(400);
    expect(analyzeTitle('Calcium: 1000mg Magnesium: 500mg Zinc: 15mg - 90 Tablets').mgClaim!.mg).toBe(500);
    expect(analyzeTitle('Vitamin B6, 25mg Magnesium Citrate 200mg - 60 Capsules').mgClaim!.mg).toBe(200);
    // The salt's weight leads, its elemental figure follows: the elemental figure is the claim.
    expect(analyzeTitle('1000mg Magnesium Citrate (160mg elemental)').mgClaim!.magnesium).toEqual({ min: 160, max: 160 });
  });
});

describe("analyzeTitle: a food's content per 100 g", () => {
  it.each([
    'Migdały 1 kg – bogate w magnez (270 mg / 100 g)',
    'Kürbiskerne 500 g, reich an Magnesium: 535 mg pro 100 g',
    'Raw Cacao Powder 1 lb – high in magnesium (500mg per 100g)',
  ])('"%s" claims no dose', (title) => {
    expect(analyzeTitle(title).mgClaim).toBeNull();
  });
  it('a dose beside it stays the claim', () => {
    expect(analyzeTitle('Magnesium Citrate 200 mg, 120 Capsules').mgClaim!.mg).toBe(200);
  });
});

describe('analyzeTitle: a flavour named "cream" is no cream for the skin', () => {
  it.each([
    ['Cal-Mag Chewable with Vitamin D3 – Orange Cream, 120 Chewable Tablets', false],
    ['Magnesium Citrate Gummies, Strawberries and Cream, 60 Count', false],
    ['Magnesium Glycinate Powder, Vanilla Cream Flavor', false],
    // (A cream for the skin stays one.)
    ['Magnesium Cream with Shea Butter, 4 oz', true],
    ['Magnesium Body Cream for Sore Muscles', true],
    // Lemon balm is a herb in a capsule; a balm is rubbed on.
    ['Boots Night Time Magnesium with Lemon Balm, Chamomile & L-Theanine 60 Capsules', false],
    ['Magnesium Muscle Balm 50 g', true],
    // A bath soak and a foot soak, in Chinese.
    ['【海洋礦泉】天然鎂片 氯化鎂 泡澡 泡腳 1kg 袋裝', true],
  ])('%s: topical %s', (title, topical) => expect(analyzeTitle(title).topical).toBe(topical));
});

describe('analyzeTitle: Malay and Indonesian bath flakes and soaks', () => {
  it.each([
    'Kepingan Magnesium Klorida untuk Mandi & Rendam Kaki 1kg',
    'Serpihan Magnesium untuk Berendam 500 g',
    'Garam Mandian Magnesium Lavender 1kg',
  ])('%s is topical', (title) => expect(analyzeTitle(title).topical).toBe(true));
});

describe('analyzeTitle: a roller of gel for the skin (round 16)', () => {
  it.each(['MagnaFit Magnesium Sport Gel Roller 75 ml', 'Magnesium Roll On for Legs 50 ml', 'Magnesium Spiergel 150 ml'])(
    '%s is topical',
    (title) => expect(analyzeTitle(title).topical).toBe(true),
  );
  it('an energy gel taken by mouth is not', () => expect(analyzeTitle('Gel energetico con magnesio 40 g').topical).toBe(false));
});
