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
