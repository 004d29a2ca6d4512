// Facts-panel layouts and languages, as whole pages through the page-text reader and the analyser:
// the heading and serving on one line, dot leaders, "per daily dose" in nine languages, "N units
// contain" statements, split rows, directions with frequencies. Each case is a short page written
// for the test; the expected figures are worked out by hand from its lines.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { snapshotFromText } from '../../src/stores/registry';

interface Page {
  title: string;
  labelText?: string;
  description?: string;
  directions?: string;
}

function analysePage(p: Page) {
  const text = [p.title, 'Add to cart', p.description ?? '', p.labelText ?? '', p.directions ? `Directions: ${p.directions}` : '']
    .filter(Boolean)
    .join('\n');
  return analyze(snapshotFromText(text, new URL('https://shop.example.com/p/1')));
}

describe("layouts and languages: elemental mg per serving (a point) and the day's maximum", () => {
  it.each<[string, Page, number, number]>([
    [
      'nl per dagdosering',
      {
        title: 'Magnesium Citraat',
        labelText: 'Samenstelling per dagdosering (2 tabletten):\nMagnesium\t200 mg\t53%*\n*Referentie-inname',
        directions: 'Neem dagelijks 2 tabletten.',
      },
      200,
      200,
    ],
    [
      'pl porcja',
      {
        title: 'Magnez cytrynian',
        labelText: 'Składniki\tw 2 kapsułkach\t% RWS\nMagnez\t300 mg\t80%',
        directions: 'Zalecana dzienna porcja: 2 kapsułki dziennie.',
      },
      300,
      300,
    ],
    [
      'pt dose diaria',
      {
        title: 'Magnésio Bisglicinato',
        labelText: 'Informação nutricional\tPor dose diária (2 cápsulas)\t%VRN\nMagnésio\t250 mg\t67%',
        directions: 'Tomar 2 cápsulas por dia.',
      },
      250,
      250,
    ],
    [
      'sv dagsdos',
      {
        title: 'Magnesium',
        labelText: 'Innehåll per dagsdos (2 tabletter):\nMagnesium 300 mg (80 % av RI)',
        directions: 'Vuxna: 2 tabletter dagligen.',
      },
      300,
      300,
    ],
    [
      'it dose giornaliera',
      {
        title: 'Magnesio',
        labelText: 'Tenori medi per dose giornaliera (2 compresse)\nMagnesio\t375 mg\t100% VNR',
        directions: 'Assumere 2 compresse al giorno.',
      },
      375,
      375,
    ],
    [
      'es dosis diaria',
      {
        title: 'Magnesio',
        labelText: 'Por dosis diaria (3 comprimidos):\nMagnesio 300 mg 80% VRN',
        directions: 'Tomar 3 comprimidos al día.',
      },
      300,
      300,
    ],
    [
      'fr gélules',
      {
        title: 'Magnésium marin',
        labelText: 'Pour 2 gélules :\nMagnésium\t150 mg\t40 % VNR',
        directions: "Prendre 2 gélules par jour avec un grand verre d'eau.",
      },
      150,
      150,
    ],
    [
      'de split row',
      {
        title: 'Magnesium',
        labelText: 'Nährwerte\tpro Tagesdosis (1 Kapsel)\nMagnesium\t200 mg\t53 %\n(aus Magnesiumcitrat)',
        directions: 'Täglich 1 Kapsel mit Flüssigkeit einnehmen.',
      },
      200,
      200,
    ],
    [
      'dot leaders',
      {
        title: 'Mag',
        labelText: 'Supplement Facts\nServing Size: 2 Capsules\nMagnesium (from magnesium citrate) ....... 200 mg ..... 48%',
        directions: 'Take 2 capsules daily.',
      },
      200,
      200,
    ],
    [
      'heading+serving one line',
      {
        title: 'Mag',
        labelText:
          'Supplement Facts Serving Size 2 Capsules Servings Per Container 60\nAmount Per Serving %DV\nMagnesium (as Magnesium Glycinate) 200 mg 48%',
        directions: 'Take two capsules daily.',
      },
      200,
      200,
    ],
    [
      'each capsule contains x2',
      {
        title: 'Mag',
        labelText: 'Each capsule contains:\nMagnesium (as bisglycinate) 100 mg',
        directions: 'Take 1 capsule twice daily with meals.',
      },
      100,
      200,
    ],
    [
      'amount per 2 capsules',
      {
        title: 'Mag',
        labelText: 'Amount per 2 capsules\nMagnesium (as citrate) 250 mg 60%',
        directions: 'Take 2 capsules once daily.',
      },
      250,
      250,
    ],
    [
      'NHP',
      {
        title: 'Mag',
        labelText: 'Medicinal ingredients: Magnesium (magnesium bisglycinate) 100 mg\nNon-medicinal ingredients: cellulose',
        directions: 'Adults: Take 1 capsule 1-2 times daily.',
      },
      100,
      200,
    ],
    [
      'OTC',
      {
        title: 'Mag Ox',
        labelText:
          'Drug Facts\nActive ingredient (in each tablet)\tPurpose\nMagnesium oxide 400 mg (241.3 mg elemental magnesium)\tSupplement',
        directions: 'Adults: take 1 tablet daily with food.',
      },
      241.3,
      241.3,
    ],
    [
      'prose per capsule',
      {
        title: 'Magnesium Glycinate',
        description: 'Each capsule provides 120 mg of elemental magnesium from magnesium bisglycinate.',
        directions: 'Take 3 capsules daily.',
      },
      360,
      360,
    ],
    [
      'prose 300 mg as citrate',
      { title: 'Mag', description: 'Delivers 300 mg magnesium (as citrate) per serving.', directions: 'Take 1 scoop daily.' },
      300,
      300,
    ],
    [
      'study distractor',
      {
        title: 'Magnesium Glycinate',
        description:
          'In one study participants took 500 mg of magnesium daily.\nEach capsule contains 100 mg of elemental magnesium.',
        directions: 'Take 2 capsules at bedtime.',
      },
      200,
      200,
    ],
    [
      'de Verzehrempfehlung',
      {
        title: 'Magnesium',
        labelText: 'pro Kapsel\nMagnesium 150 mg 40 %',
        directions: 'Verzehrempfehlung: 2 x täglich 1 Kapsel mit ausreichend Flüssigkeit verzehren.',
      },
      150,
      300,
    ],
    [
      'fr 1 à 2 fois',
      {
        title: 'Magnésium',
        labelText: 'Par comprimé\nMagnésium 100 mg 27 %',
        directions: '1 comprimé 1 à 2 fois par jour au cours des repas.',
      },
      100,
      200,
    ],
    [
      'es veces',
      {
        title: 'Magnesio',
        labelText: 'Por cápsula\nMagnesio 120 mg 32%',
        directions: 'Tomar 1 cápsula 2 veces al día con las comidas.',
      },
      120,
      240,
    ],
    [
      'it volte',
      {
        title: 'Magnesio',
        labelText: 'Per compressa\nMagnesio 150 mg 40%',
        directions: 'Assumere 1 compressa 2 volte al giorno.',
      },
      150,
      300,
    ],
    [
      'nl keer',
      { title: 'Magnesium', labelText: 'Per tablet\nMagnesium 100 mg 27%', directions: '2 keer per dag 1 tablet innemen.' },
      100,
      200,
    ],
    [
      'tablespoon',
      {
        title: 'Liquid Magnesium',
        labelText: 'Serving size: 1 tablespoon (15 mL)\nMagnesium (as magnesium chloride) 120 mg 29%',
        directions: 'Take one tablespoon once or twice a day.',
      },
      120,
      240,
    ],
    [
      'up to three times',
      {
        title: 'Mag',
        labelText: 'Serving Size 1 Tablet\nMagnesium (as oxide) 250 mg 60%',
        directions: 'Take 1-2 tablets up to three times daily.',
      },
      250,
      1500,
    ],
    [
      'traacs',
      {
        title: 'Mag Glycinate',
        labelText:
          'Supplement Facts\nServing Size: 2 Capsules\nAmount Per Serving\t%DV\nMagnesium (as Magnesium Bisglycinate Chelate) (TRAACS®)\t200 mg\t48%',
        directions: 'Take 2 capsules daily.',
      },
      200,
      200,
    ],
    [
      'two forms row',
      {
        title: 'Mag',
        labelText: 'Serving Size 1 Tablet\nMagnesium (as Magnesium Citrate, Magnesium Oxide) 400 mg 95%',
        directions: 'Take 1 tablet daily with food.',
      },
      400,
      400,
    ],
    [
      'de 2 Kapseln enthalten',
      {
        title: 'Magnesium Kapseln',
        description: '2 Kapseln enthalten 400 mg Magnesium.',
        directions: 'Täglich 2 Kapseln mit Wasser einnehmen.',
      },
      400,
      400,
    ],
    [
      'fr apportent',
      {
        title: 'Magnésium',
        description: '3 comprimés apportent 300 mg de magnésium.',
        directions: 'Prendre 3 comprimés par jour.',
      },
      300,
      300,
    ],
    [
      'es aportan',
      { title: 'Magnesio', description: '2 cápsulas aportan 200 mg de magnesio.', directions: 'Tomar 2 cápsulas al día.' },
      200,
      200,
    ],
    [
      'it apportano',
      {
        title: 'Magnesio',
        description: '2 compresse apportano 300 mg di magnesio.',
        directions: 'Assumere 2 compresse al giorno.',
      },
      300,
      300,
    ],
    [
      'nl bevatten',
      { title: 'Magnesium', description: '2 tabletten bevatten 200 mg magnesium.', directions: 'Neem 2 tabletten per dag.' },
      200,
      200,
    ],
    [
      '2 caps 1-2 times',
      {
        title: 'Mag',
        labelText: 'Serving Size: 2 Capsules\nMagnesium (as glycinate) 120 mg 29%',
        directions: 'Take 2 capsules 1-2 times daily.',
      },
      120,
      240,
    ],
    [
      'do not exceed',
      {
        title: 'Mag',
        labelText: 'Serving Size: 2 Tablets\nMagnesium (as citrate) 200 mg 48%',
        directions: 'Adults: take 2 tablets daily with food. Do not exceed 4 tablets daily.',
      },
      200,
      200,
    ],
    [
      '1 to 3 caps per unit',
      {
        title: 'Mag',
        labelText: 'Serving Size: 1 Capsule\nMagnesium (as malate) 100 mg 24%',
        directions: 'Take 1 to 3 capsules daily.',
      },
      100,
      300,
    ],
    [
      'gummies',
      {
        title: 'Mag Gummies',
        labelText: 'Serving size: 2 gummies\nMagnesium (as magnesium citrate) 100 mg 24%',
        directions: 'Children 4-12: 1 gummy daily. Adults: 2 gummies daily.',
      },
      100,
      100,
    ],
    [
      'powder scoop',
      {
        title: 'Mag Powder',
        labelText: 'Serving Size 1 Scoop (5 g)\nMagnesium (as magnesium citrate) 350 mg 83%',
        directions: 'Mix 1 scoop in 8 oz of water once daily.',
      },
      350,
      350,
    ],
    [
      'magtein',
      {
        title: 'Magtein',
        labelText:
          'Serving Size 3 Capsules\nMagnesium (as Magtein® magnesium L-threonate) 144 mg 34%\nMagtein® Magnesium L-Threonate 2000 mg †',
        directions: 'Take 3 capsules daily.',
      },
      144,
      144,
    ],
    [
      'de Verzehr 2x2',
      {
        title: 'Magnesium',
        labelText: 'Nährwerte\tpro Tagesdosis (4 Kapseln)\t%NRV\nMagnesium\t400 mg\t107 %',
        directions: 'Verzehrempfehlung: 2 x täglich 2 Kapseln.',
      },
      400,
      400,
    ],
    [
      'fr per day header',
      {
        title: 'Magnésium',
        labelText: 'Pour 2 gélules\t% VNR\nMagnésium\t300 mg\t80 %',
        directions: 'Prendre 1 gélule matin et soir.',
      },
      300,
      300,
    ],
    [
      'ingredients per 2 tablets',
      {
        title: 'High Absorption Magnesium',
        labelText:
          'Ingredients per 2 tablets:\nMagnesium........................................200mg\n...(Chelazome®, as magnesium bis-glycinate/lysinate*)',
        directions: 'Two tablets two times per day, between meals.',
      },
      200,
      400,
    ],
    [
      'it two forms in one unit',
      {
        title: 'Mag 2 20 bust grat 2,25 g',
        description:
          'Una bustina monodose di soluzione orale contiene: magnesio pidolato 1,500 g (corrispondenti a 122 mg di ione mg++).\nUna bustina di polvere per soluzione orale contiene: magnesio pidolato 2,250 g (corrispondenti a 184 mg di ione mg++).',
        directions: 'Solo per adulti: 3 flaconcini o 3 bustine monodose di soluzione o 2 bustine di polvere al giorno.',
      },
      184,
      368,
    ],
    [
      // No basis printed: 144 mg of a threonate's magnesium cannot fit one capsule, so it is the three's.
      'tr a table with no basis over "günde 3 kapsül"',
      {
        title: 'More Than Magnezyum L-Threonate',
        labelText: 'Etken Madde\tMiktar\nMagnezyum L-Threonate\t2000 mg\nElementel Magnezyum\t144 mg',
        directions: '11 yaş ve üzeri yetişkinler için günde 3 kapsül tüketilmesi tavsiye edilir.',
      },
      144,
      144,
    ],
    [
      "en a day's count told as a fact",
      {
        title: 'Sustained Release Magnesium Caplets',
        description:
          'Each caplet contains 84 mg of elemental magnesium as magnesium L-lactate dihydrate.\nFour 84 mg caplets daily contain 336 mg of elemental magnesium and meet the range for the average adult.',
      },
      84,
      336,
    ],
  ])('%s', (_name, page, perServing, perDayMax) => {
    const a = analysePage(page);
    expect(a.elementalMgPerServing?.min).toBeCloseTo(perServing, 1);
    expect(a.elementalMgPerServing?.max).toBeCloseTo(perServing, 1);
    expect(a.elementalMgPerDay?.max).toBeCloseTo(perDayMax, 1);
  });

  it('"400mg of magnesium glycinate" in a bullet is not read as elemental: the salt\'s weight, converted', () => {
    const a = analysePage({
      title: 'Magnesium Glycinate 400mg',
      description: 'HIGH ABSORPTION: Each capsule provides 400mg of magnesium glycinate for calm and sleep.',
      directions: 'Take 1 capsule daily.',
    });
    expect(a.elementalMgPerServing).toMatchObject({ min: 56.4, max: 56.4, basis: 'from-compound' });
    expect(a.elementalMgPerDay).toMatchObject({ min: 56.4, max: 56.4 });
  });
});

// Whole shop pages as they are printed in languages the reader learnt later: the magnesium's name,
// its salts, the units, "each unit contains", the directions heading and the frequency each in the
// page's own words. Written for the test; the figures are worked out by hand from the lines.
describe('whole pages in Turkish, Croatian, Indonesian, Finnish, Swedish, Danish, Ukrainian, Norwegian, Brazilian Portuguese and prescription shorthand', () => {
  it.each<[string, string, string, number, number, number]>([
    [
      'tr "Bir tablette", "Günde 1 tablet"',
      'Magnezyum Sitrat 60 Tablet\n249,90 TL\nSepete Ekle\nBir tablette: Magnezyum (magnezyum sitrat) 200 mg %53\nKullanım şekli: Günde 1 tablet alınız.',
      'citrate',
      200,
      200,
      200,
    ],
    [
      'hr "1 kapsula sadrži", "2 kapsule dnevno"',
      'Magnezij citrat 60 kapsula\n12,99 €\nDodaj u košaricu\n1 kapsula sadrži: magnezij (iz magnezijevog citrata) 150 mg 40% NRV\nDoziranje: 2 kapsule dnevno.',
      'citrate',
      150,
      300,
      300,
    ],
    [
      'id "Setiap tablet mengandung", "2 kali sehari"',
      'Magnesium Sitrat 60 Tablet\nRp 150.000\nBeli Sekarang\nSetiap tablet mengandung: Magnesium (sebagai magnesium sitrat) 200 mg\nAturan pakai: 1 tablet 2 kali sehari.',
      'citrate',
      200,
      400,
      400,
    ],
    [
      'uk "що еквівалентно … магнію", "2 рази на день"',
      'Магній цитрат 90 таблеток\n450 грн\nКупити\nСклад: 1 таблетка містить магнію цитрат 1000 мг, що еквівалентно 160 мг магнію.\nСпосіб застосування: по 1 таблетці 2 рази на день.',
      'citrate',
      160,
      320,
      320,
    ],
    [
      'no "Innhold per dagsdose", "magnesiumsitrat", "daglig"',
      'Magnesium Sitrat 120 kapsler\n249 kr\nLegg i handlekurven\nInnhold per dagsdose (2 kapsler):\nMagnesium (magnesiumsitrat)\t300 mg\t80 %*\nAnbefalt dosering: 2 kapsler daglig.',
      'citrate',
      300,
      300,
      300,
    ],
    [
      'pt-BR "Porção de 2 cápsulas", "Ingerir … ao dia"',
      'Magnésio Dimalato 120 cápsulas\nR$ 59,90\nComprar\nInformação nutricional\nPorção de 2 cápsulas\nMagnésio\t260 mg\t62%\nIngredientes: dimalato de magnésio\nSugestão de uso: Ingerir 2 cápsulas ao dia.',
      'malate',
      260,
      260,
      260,
    ],
    [
      'en medicine\'s composition, amount first: "Each tablet contains 500 mg magnesium orotate dihydrate"',
      'Magnerot tablets 200\nAdd to cart\nComposition\nEach tablet contains 500 mg magnesium orotate dihydrate.\nDosage\nAdults: 2 tablets 3 times a day.',
      'orotate',
      32.8,
      196.8,
      196.8,
    ],
    [
      'hu copied from a PDF, doubled spaces: "500  mg magnézium-orotát-dihidrát tablettánként"',
      'Magnerot tabletta 200 db\nKosárba\n2. MINŐSÉGI ÉS  MENNYISÉGI ÖSSZETÉTEL\n500  mg magnézium-orotát-dihidrát tablettánként.\nIsmert  hatású segédanyag: 50 mg laktóz-monohidrát tablettánként.\n4.2 Adagolás  és alkalmazás\nAz  ajánlott adag naponta 2 tabletta.',
      'orotate',
      32.8,
      65.6,
      65.6,
    ],
    [
      'et "Üks tablett sisaldab", "mis vastab … magneesiumile", "1...2 tabletti kaks korda päevas"',
      'Magne B6 kaetud tabletid\nÜks tablett sisaldab:\nMagneesiumlaktaatdihüdraati 470 mg, mis vastab 48 mg magneesiumile.\nAnnustamine ja manustamisviis\nTäiskasvanud: 1...2 tabletti kaks korda päevas.',
      'lactate',
      48,
      96,
      192,
    ],
    [
      'fi "Ravintosisältö" table, "magnesiumsitraattina", "2 tablettia päivässä"',
      'Magnesium Sitraatti 120 tablettia\n19,90 €\nLisää ostoskoriin\nKäyttö: 2 tablettia päivässä aterian yhteydessä.\nRavintosisältö\t2 tablettia\t% VS*\nMagnesium (magnesiumsitraattina)\t300 mg\t80 %\nAinesosat: magnesiumsitraatti, täyteaine (mikrokiteinen selluloosa).',
      'citrate',
      300,
      300,
      300,
    ],
    [
      'sv "Näringsinnehåll per kapsel", "1–2 kapslar dagligen"',
      'Magnesium Bisglycinat 90 kapslar\n249 kr\nLägg i varukorg\nDosering: 1–2 kapslar dagligen.\nNäringsinnehåll\tper kapsel\t% RI*\nMagnesium\t150 mg\t40 %\nIngredienser: magnesiumbisglycinat, kapselhölje (HPMC).',
      'glycinate',
      150,
      150,
      300,
    ],
    [
      'da "Indhold pr. daglig dosis (2 tabletter)": the amount is the day\'s',
      'Magnesium Malat 60 tabletter\nPris 149,95 kr.\nLæg i kurv\nAnbefalet daglig dosis: 2 tabletter dagligt.\nIndhold pr. daglig dosis (2 tabletter):\nMagnesium\t200 mg\t53 % NRV\nIngredienser: Magnesiummalat, fyldstof (cellulose).',
      'malate',
      200,
      200,
      200,
    ],
    [
      'en drug reference "1-2 caplets PO q12h"',
      'Mag-Tab SR (magnesium lactate)\nPrice $12\nEach caplet contains 84 mg elemental magnesium.\nDosing: 1-2 caplets PO q12h',
      'lactate',
      84,
      168,
      336,
    ],
  ])('%s', (_name, text, form, perServing, perDayMin, perDayMax) => {
    const a = analyze(snapshotFromText(text, new URL('https://shop.example.com/p/1')));
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.forms.map((f) => f.id)).toEqual([form]);
    expect(a.elementalMgPerServing?.min).toBeCloseTo(perServing, 1);
    expect(a.elementalMgPerServing?.max).toBeCloseTo(perServing, 1);
    expect(a.elementalMgPerDay?.min).toBeCloseTo(perDayMin, 1);
    expect(a.elementalMgPerDay?.max).toBeCloseTo(perDayMax, 1);
  });

  it.each([
    [
      'ja',
      'マグネシウム 90日分 270粒\n【1日の摂取目安量】\n1日3粒を目安に、水またはぬるま湯でお召し上がりください。\n【栄養成分表示】3粒あたり\nマグネシウム 300mg\n【原材料名】\n酸化マグネシウム、セルロース\nカートに入れる',
      'oxide',
      300,
      300,
    ],
    [
      'el',
      'Κιτρικό Μαγνήσιο 60 κάψουλες\nΑρχική > Συμπληρώματα > Μέταλλα\nΠροσθήκη στο καλάθι\nΔιατροφική ανάλυση\nΑνά κάψουλα\t%ΣΗΠ*\nΜαγνήσιο (ως κιτρικό μαγνήσιο)\t200 mg\t53%\nΣυστατικά\nΚιτρικό μαγνήσιο, κάψουλα, στεατικό μαγνήσιο.\nΔοσολογία\nΛαμβάνετε 1 κάψουλα 2 φορές την ημέρα με νερό.',
      'citrate',
      200,
      400,
    ],
    [
      'zh',
      '镁片 60片\n食用方法：每日2次，每次1片，饭后食用。\n营养成分 每片含镁 100mg\n配料：氧化镁、微晶纤维素\n加入购物车',
      'oxide',
      100,
      200,
    ],
    // Korean: a day's amount heads the rows ("1일 섭취량 2정(1,600mg)당"); the tablets' weight is no nutrient's.
    [
      'ko',
      '마그네슘 비스글리시네이트 120정\n판매가 29,900원\n장바구니 담기\n영양·기능정보\n1일 섭취량 2정(1,600mg)당 함량\n마그네슘 200mg 64%\n원재료명\n비스글리시네이트마그네슘, 결정셀룰로스, 스테아린산마그네슘\n섭취량 및 섭취방법\n1일 1회, 1회 2정을 물과 함께 섭취하십시오.',
      'glycinate',
      200,
      200,
    ],
    // Bracketed headings with their text on the same line, and the unit sign "㎎".
    [
      'ko',
      '산화마그네슘 250 60정\n장바구니\n【영양정보】 1정 당\n마그네슘 250㎎ 79%\n【원재료명】 산화마그네슘, 결정셀룰로스\n【섭취방법】 하루 두 번 1정씩 식후에 섭취하세요.',
      'oxide',
      250,
      500,
    ],
    // Full-width digits and letters.
    [
      'ja',
      'クエン酸マグネシウム 60粒\nカートに入れる\n【栄養成分表示】２粒あたり\nマグネシウム　２００ｍｇ\n【原材料名】クエン酸マグネシウム、セルロース\n【お召し上がり方】１日２粒を目安にお召し上がりください。',
      'citrate',
      200,
      200,
    ],
  ])('a %s shop page: its facts, salt and directions', (_lang, text, form, perServing, perDay) => {
    const a = analyze(snapshotFromText(text, new URL('https://shop.example.com/p/1')));
    expect(a.forms.map((f) => f.id)).toEqual([form]);
    expect(a.elementalMgPerServing).toMatchObject({ min: perServing, max: perServing });
    expect(a.elementalMgPerDay).toMatchObject({ min: perDay, max: perDay });
  });

  it("a bare percent may be against Korea's, Japan's or China's reference: 200 mg at 64% is no misread", () => {
    const codes = (row: string) =>
      analyze(
        snapshotFromText(`마그네슘 120정\n장바구니\n영양정보 1정 당\n${row}`, new URL('https://shop.example.kr/p/1')),
      ).warnings.map((w) => w.code);
    expect(codes('마그네슘 200mg 64%')).not.toContain('percent-mismatch');
    expect(codes('마그네슘 200mg 90%')).toContain('percent-mismatch');
  });

  it("it two dosage forms, each with its salts: the tablet's lactate and the ampoule's pidolate are not added up", () => {
    const a = analyze(
      snapshotFromText(
        'Magne B6\nLa composizione di 1 compressa contiene i seguenti principi attivi:\n- Magnesio lattato diidrato - 470 mg;\n- Piridossina cloridrato - 5 mg.\n1 flaconcino di soluzione contiene i seguenti principi attivi:\n- Magnesio pidolat - 936 mg;\n- Magnesio lattato diidrato - 186 mg;\nPosologia: 1 compressa 3 volte al giorno.',
        new URL('https://shop.example.com/p/1'),
      ),
    );
    expect(a.warnings.map((w) => w.code)).not.toContain('salts-added');
    expect(a.elementalMgPerServing?.max ?? 0).toBeLessThan(60);
  });

  it('ja: a facts row "マグネシウム 300mg" is magnesium, and a bath salt (入浴剤) is topical', () => {
    const label = analyze(
      snapshotFromText(
        'マグネシウム サプリメント 90粒\n価格 1,980円\nカートに入れる\n栄養成分表示 3粒あたり\nマグネシウム 300mg',
        new URL('https://shop.example.jp/p/1'),
      ),
    );
    expect(label.kind).toBe('magnesium-supplement');
    expect(label.elementalMgPerServing).toMatchObject({ min: 300, max: 300 });
    const bath = analyze(
      snapshotFromText(
        'マグネシウムバスソルト\nカートに入れる\n塩化マグネシウム100%の入浴剤です。\n浴槽に山盛り1杯(約25g)を入れてください。',
        new URL('https://shop.example.jp/p/2'),
      ),
    );
    expect(bath.kind).toBe('topical');
    expect(bath.elementalMgPerDay).toBeNull();
  });

  it('en a leaflet\'s "Dosage Form, Packaging, and Composition" heads its label: two salts of one tablet are added up', () => {
    const a = analyze(
      snapshotFromText(
        [
          'Magnesium Plus (Tablets) Instructions for Use',
          'Marketing Authorization Holder',
          'A pharmaceutical company',
          'ATC Code',
          'A12CC (Magnesium preparations)',
          'Dosage Form',
          'OTC Magnesium Plus Effervescent tablets: 10 pcs.',
          'Dosage Form, Packaging, and Composition',
          'Effervescent tablets round, flat-cylindrical, white, with a break line on one side.',
          '1 tab.',
          'Magnesium lactate 200 mg',
          'Magnesium carbonate 100 mg',
          'Pyridoxine hydrochloride (vit. B6) 2 mg',
        ].join('\n'),
        new URL('https://drugs.example.com/magnesium-plus'),
      ),
    );
    expect(a.kind).not.toBe('not-a-supplement');
    expect(a.elementalMgPerServing).toMatchObject({ min: 45.4, max: 52.8 });
  });

  it('zh a buying guide (选购指南) that lists products with prices is no product page', () => {
    const guide = analyze(
      snapshotFromText(
        '镁保健品选购指南|偏头痛、焦虑、腿抽筋\n本文推荐 5 款镁保健品。\nLife Extension Magnesium Caps, 500 mg\n$8.10 on Amazon',
        new URL('https://guide.example.com/magnesium'),
      ),
    );
    expect(guide.kind).toBe('not-a-supplement');
    expect(guide.elementalMgPerDay).toBeNull();
  });
});

describe("a whole page's visible text, as a shopper copies it (menus, skip links, carousels and footers included)", () => {
  const read = (lines: string[], url = 'https://shop.example.com/p/1') =>
    analyze(snapshotFromText(lines.join('\n'), new URL(url)));
  const SKIP_LINKS = [
    'Skip to',
    'Main content',
    'About this item',
    'Buying options',
    'Videos',
    'Reviews',
    'Keyboard shortcuts',
    'Search',
  ];
  const MENU = ['All Departments', 'Amazon Devices', 'Beauty & Personal Care', 'Health & Household', 'Sign in', 'Cart'];

  it('the name is the line the shop prints its brand and rating under, past skip links and menus; the bullets are the product text', () => {
    const a = read([
      ...SKIP_LINKS,
      ...MENU,
      'Video: a portable charger in use',
      'Northvale Magnesium Citrate & Magnesium Oxide 1000mg – 365 Tablets – High Strength',
      'Visit the Northvale Store',
      '4.2 4.2 out of 5 stars (226)',
      '$26.99',
      'Add to Cart',
      'About this item',
      'HIGH STRENGTH: Each daily serving of 2 tablets provides 1000mg magnesium citrate and magnesium oxide, giving 375mg elemental magnesium (100% NRV)',
      'MADE IN THE UK to GMP standards; suitable for vegetarians and vegans',
      'Directions',
      'Take 2 tablets daily with water, preferably with a meal.',
    ]);
    expect(a.title).toMatch(/^Northvale Magnesium Citrate/);
    expect(a.elementalMgPerServing).toMatchObject({ min: 375, max: 375, basis: 'stated-elemental' });
    expect(a.elementalMgPerDay).toMatchObject({ min: 375, max: 375 });
  });

  it('an image caption that repeats the name ("Hero image 0 of … 250 mg …") is the title\'s claim, not a salt weight to convert', () => {
    const a = read([
      'Skip to Main Content',
      'Departments',
      'Services',
      'Hero image 0 of Valueright Magnesium Oxide Tablets, 250 mg, 100 Count, 0 of 6',
      'Overall pick',
      'Visit the Valueright Store',
      'Valueright Magnesium Oxide Tablets, 250 mg, 100 Count',
      '4.6 out of 5 stars',
      '718 ratings',
      'Key item features',
      'Supports bone health*',
      'Current price is $6.48',
      'Add to cart',
    ]);
    expect(a.title).toBe('Valueright Magnesium Oxide Tablets, 250 mg, 100 Count');
    expect(a.elementalMgPerServing?.basis ?? 'none').not.toBe('from-compound');
    expect(a.elementalMgPerDay).toBeNull();
  });

  it("a short record whose only figure is in the product's name gives the title's claim, not a label", () => {
    const a = read(["Nature's Bounty Magnesium Glycinate 240 mg, 180 Capsules", 'Costco', '$19.88', 'each', 'Add to cart']);
    expect(a.elementalMgPerServing?.basis ?? 'none').not.toBe('from-compound');
    expect(a.elementalMgPerDay).toBeNull();
  });

  it('a specification table: a key cell before the row ("Main ingredient | Magnesium 300mg") and a directions key with its text', () => {
    for (const [key, row, useKey, use] of [
      ['Main ingredient', 'Magnesium 300mg', 'Suggested Use', 'Take 1 tablet daily'],
      ['주성분 함량', '마그네슘 300mg', '섭취 방법', '하루 1회 1알 섭취'],
    ]) {
      const a = read([
        'Magdose Magnesium 60 tablets',
        'Product name\tMagdose Magnesium',
        `${useKey}\t${use}`,
        `${key}\t${row}`,
        'Pack\t60 tablets',
      ]);
      expect(a.elementalMgPerServing).toMatchObject({ min: 300, max: 300 });
      expect(a.elementalMgPerDay).toMatchObject({ min: 300, max: 300 });
    }
  });

  it('a percent column before the amount ("Magnesium | 53% | 211.4 mg") ends the row\'s name', () => {
    const a = read(["Doctor's Best マグネシウムグリシネート", 'MY SUPPSに追加', '栄養成分詳細', 'マグネシウム\t53%\t211.4 mg']);
    expect(a.forms.map((f) => f.id)).toEqual(['glycinate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 211.4, max: 211.4 });
  });

  it('a food\'s magnesium ("a slice of bread contains 12 milligrams of magnesium") is no product\'s amount', () => {
    const a = read([
      'Bio-Available Magnesium',
      'Add to cart',
      'Q. What foods contain magnesium?',
      'A. A slice of whole wheat bread contains 12 milligrams of magnesium, and an ounce of almonds contains 77 milligrams.',
    ]);
    expect(a.elementalMgPerServing).toBeNull();
  });

  it('a panel written as one comma-separated paragraph is read row by row', () => {
    const a = read([
      'A-Z Vitamins',
      '£4.99',
      'Add to basket',
      'Nutritional info:',
      'Vitamin A 800µg (RE) (100%)*, Vitamin D 5µg (100%)*, Vitamin C 60mg (75%)*, Niacin (NE) (Vitamin B3) 18mg (112%)*, Iron 14mg (100%)*, Magnesium 45mg (12%)*, Iodine 150µg (100%)*, Zinc 10mg (100%)*',
      'Please call us to place an order.',
    ]);
    expect(a.kind).toBe('multi-nutrient');
    expect(a.elementalMgPerServing).toMatchObject({ min: 45, max: 45 });
  });

  it('topicals named in the title ("Magnesium rub", Polish "żel") or put on the body by the text ("Apply to muscles")', () => {
    expect(read(['Magnesium rub PLUS', 'Price: $23.95', 'Add to cart', 'A solution of magnesium chloride salts.']).kind).toBe(
      'topical',
    );
    expect(read(['Bishovit żel 150ml', 'Do koszyka', 'Sześciowodny chlorek magnezu oraz mikroelementy.']).kind).toBe('topical');
    expect(
      read([
        'Pure Magnesium Concentrate 100ml',
        'Add to cart',
        'Magnesium chloride solution. Apply to muscles prone to cramping and leave on for 30 minutes.',
      ]).kind,
    ).toBe('topical');
  });

  it('a listicle ("Šumivé magnézium – 5 super účinkov", "7 Benefits of …") is an article', () => {
    const a = read([
      'Šumivé magnézium – 5 super účinkov pre naše zdravie',
      'Ako užívať magnézium šumivé tablety?',
      'Dávkovanie: Dospelí by mali zvyčajne konzumovať 1 tabletu denne.',
    ]);
    expect(a.kind).toBe('not-a-supplement');
  });

  it('vi: "Thêm vào giỏ hàng" is the buy button and "Uống 1 viên / ngày" one tablet a day', () => {
    const a = read([
      'Magie Blackmores 100 Viên',
      '899.000 ₫',
      'Thêm vào giỏ hàng',
      'Thành phần',
      'Total magnesium: 305mg',
      'Uống 1 viên / ngày với bữa ăn',
    ]);
    expect(a.elementalMgPerDay).toMatchObject({ min: 305, max: 305 });
    expect(a.servingsPerDay?.source).toBe('directions');
  });
});

describe("a product inside a shop's whole page: 130 lines of menus above it, carousels and reviews below", () => {
  const MENU = Array.from(
    { length: 130 },
    (_, i) => `Department ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  );
  const BELOW = [
    'Consider a similar item',
    'charmast Portable Charger 20000mAh Power Bank',
    '4.5 out of 5 stars (6816)',
    '$39.99',
    'Read more',
    'Top reviews',
  ];
  const read = (lines: string[], url: string) =>
    analyze(snapshotFromText([...MENU, ...lines, ...BELOW].join('\n'), new URL(url)));

  it('the name is the line the address names ("mag-2-os-grat-20bust"), not a menu entry or a carousel\'s tile', () => {
    const a = read(
      [
        'Mag 2 - Os Grat 20bust 2,25g',
        'Principi attivi',
        'Una bustina contiene: magnesio pidolato 2,25 g (corrispondenti a 184 mg di ione Mg++)',
        'Posologia: 2 bustine al giorno.',
      ],
      'https://www.medpills.it/farmaci/schede/mag-2-os-grat-20bust-2-25g.html',
    );
    expect(a.title).toBe('Mag 2 - Os Grat 20bust 2,25g');
    expect(a.elementalMgPerServing).toMatchObject({ min: 184, max: 184 });
  });

  it('the lines right above the name stay the product\'s ("REGULAR STRENGTH ANTACID"): a drug stays a drug', () => {
    const a = read(
      [
        'REGULAR STRENGTH ANTACID ANTIGAS',
        'WALGREEN COMPANY',
        'aluminum hydroxide, magnesium hydroxide, simethicone',
        'Active ingredients\tStrength',
        'MAGNESIUM HYDROXIDE\t200 mg/5mL',
      ],
      'https://drugs.example.com/ndc/0363-2628',
    );
    expect(a.kind).toBe('not-a-supplement');
  });

  it('an article with a carousel\'s "Add to Cart" under it sells nothing: its figures are no product\'s', () => {
    const a = read(
      [
        'Magnesium and Sleep',
        'Magnesium helps the body relax, and 300 mg of magnesium is a common amount in the evening.',
        'Similar items to consider',
        'Acme Magnesium Glycinate 200 mg, 120 Capsules',
        '$19.99',
        'Add to Cart',
      ],
      'https://www.example.com/blog/how-much-magnesium',
    );
    expect(a.kind).toBe('not-a-supplement');
  });

  it('a sponsored tile\'s "Add to cart" (the button, then "Sponsored") sells nothing of the page\'s', () => {
    const a = analyze(
      snapshotFromText(
        [
          'Magnesium and Sleep',
          'Magnesium helps the body relax, and 300 mg of magnesium is a common amount in the evening.',
          ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the post talks about rest, routines and the evening.`),
          'Organic Valley Whole Milk, Gallon',
          'Add to cart',
          'Sponsored',
        ].join('\n'),
        new URL('https://www.example.com/blog/magnesium-and-sleep'),
      ),
    );
    expect(a.kind).toBe('not-a-supplement');
  });

  it("the line with three of the address's words is the name, below a shop's header of short links", () => {
    const a = analyze(
      snapshotFromText(
        [
          'Skip to Main Content',
          'Pickup or delivery?',
          'Cancel',
          'Reorder',
          'My Items',
          'Sign In',
          'Account',
          'Departments',
          'Services',
          'Mag 2 - Os Grat 20bust 2,25g',
          'Aggiungi al carrello',
          'Una bustina contiene: magnesio pidolato 2,25 g (corrispondenti a 184 mg di ione Mg++)',
        ].join('\n'),
        new URL('https://www.medpills.it/farmaci/schede/mag-2-os-grat-20bust-2-25g.html'),
      ),
    );
    expect(a.title).toBe('Mag 2 - Os Grat 20bust 2,25g');
  });

  it("the page's h1, where the one-off reader gives it, starts the product's text just as a found name does", () => {
    const lines = [
      ...MENU.slice(0, 40),
      'Digestive Health: Antacids & Laxatives',
      ...MENU.slice(40),
      'Magnesium Oxide 400 mg Tablets',
      'Magnesium oxide 400 mg per tablet',
      'Directions: take 1 tablet daily with a meal.',
    ];
    const a = analyze(
      snapshotFromText(lines.join('\n'), new URL('https://shop.example.com/p/1'), { title: 'Magnesium Oxide 400 mg Tablets' }),
    );
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.elementalMgPerDay).toMatchObject({ min: 241.2, max: 241.2 });
  });

  it("a name naming magnesium below a shop's header of short links, with no rating line, is the name; a sponsored tile's price is not the page's", () => {
    const fields = snapshotFromText(
      [
        'Skip to Main Content',
        'Pickup or delivery?',
        'Sign in or create account',
        'Purchase HistoryWalmart+Subscriptions',
        'Language | English',
        'Departments',
        'Services',
        'Pickup or delivery?',
        'Go to product information',
        'Acme Health',
        'Citrato de Magnesio 100mg (Magnesio elemental) - 100 cápsulas',
        'Magnesium citrate, a well tolerated salt.',
        'Organic Valley Whole Milk, Gallon',
        'current price $9.97',
        'Add to cart',
        'Sponsored',
      ].join('\n'),
      new URL('https://shop.example.com/p/123'),
    );
    expect(fields.title).toBe('Citrato de Magnesio 100mg (Magnesio elemental) - 100 cápsulas');
    expect(fields.price).toBeUndefined();
  });

  it('a leaflet below the menus is still a leaflet, and reviews\' "Read more" are no signs of an article', () => {
    const a = read(
      [
        'Magnesium Verla Kautabletten',
        'Gebrauchsinformation: Information für Anwender',
        'Eine Kautablette enthält 121,5 mg Magnesium.',
        'Dosierung: 1 Kautablette täglich.',
      ],
      'https://www.example.de/magnesium-verla-kautabletten',
    );
    expect(a.kind).not.toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toMatchObject({ min: 121.5, max: 121.5 });
  });
});

describe('drug leaflets run into one paragraph, liquids measured in mL, foods with a Nutri-Score', () => {
  const at = (text: string) => analyze(snapshotFromText(text, new URL('https://docs.example.org/d/1')));

  it('an SmPC whose sections run on in one line: "4.2. Posología …" still gives the directions, "Pour un comprimé." the basis', () => {
    const a = at(
      [
        'MAGNOSTAT 100 mg, comprimé',
        "RESUME DES CARACTERISTIQUES DU PRODUIT 1. DENOMINATION DU MEDICAMENT MAGNOSTAT 100 mg, comprimé 2. COMPOSITION QUALITATIVE ET QUANTITATIVE Lactate de magnésium dihydraté ........ 836,0 mg Quantité correspondant à magnésium élément ........ 100,0 mg Pour un comprimé. Pour la liste complète des excipients, voir rubrique 6.1. 3. FORME PHARMACEUTIQUE Comprimé. 4. DONNEES CLINIQUES 4.1. Indications thérapeutiques Carence en magnésium. 4.2. Posologie et mode d'administration Voie orale. Adulte : 2 à 3 comprimés par jour, en plusieurs prises. 4.3. Contre-indications Insuffisance rénale sévère.",
      ].join('\n'),
    );
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.forms.map((f) => f.id)).toEqual(['lactate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toMatchObject({ min: 200, max: 300 });
  });

  it('"(Quantité correspondante en magnésium … 0,52 mg)": a row in brackets under its salt is the elemental amount', () => {
    const a = at(
      [
        'OLIGOMAG, solution buvable en ampoule',
        '2. COMPOSITION QUALITATIVE ET QUANTITATIVE',
        'Gluconate de magnésium ........ 9,6 mg',
        '(Quantité correspondante en magnésium ........ 0,52 mg)',
        'Pour une ampoule de 2 ml.',
        '4.2. Posologie et mode d’administration',
        '1 à 2 ampoules par jour.',
      ].join('\n'),
    );
    // Amounts are shown to a tenth of a milligram.
    expect(a.elementalMgPerServing?.min).toBeCloseTo(0.52, 1);
    expect(a.elementalMgPerServing?.max).toBeCloseTo(0.52, 1);
    expect(a.elementalMgPerDay?.max).toBeCloseTo(1.04, 1);
  });

  it('"Cada mL contiene … 25 mg de magnesio" and "10 mL contienen … 250 mg": the amount per mL and per measure; "lactato magnésico" is lactate', () => {
    const a = at(
      [
        'MAGNESOL 120 mg/mL solución oral',
        'Cada mL de solución oral contiene 250 mg de lactato magnésico equivalente a 25 mg de magnesio.',
        '10 mL de solución oral contienen 2,5 g de lactato magnésico equivalente a 250 mg de magnesio.',
        '4.2. Posología y forma de administración',
        'Adultos: 10 mL una vez al día.',
      ].join('\n'),
    );
    expect(a.forms.map((f) => f.id)).toEqual(['lactate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 250, max: 250 });
    expect(a.elementalMgPerDay).toMatchObject({ min: 250, max: 250 });
  });

  it('a bromide, an iodide or a fluoride of magnesium is a named source of its own ("other")', () => {
    const a = at(
      'MAGNETRIX 64 mg comprimidos\nCada comprimido contiene 64 mg de magnesio (en forma de 520 mg de cloruro de magnesio y 25 mg de bromuro de magnesio).\nPosología: 2 comprimidos al día.',
    );
    expect(a.forms.map((f) => f.id).sort()).toEqual(['chloride', 'other']);
    expect(a.elementalMgPerDay).toMatchObject({ min: 128, max: 128 });
  });

  it('the same water with its cells run together, its Nutri-Score among the ingredients: still a food', () => {
    const a = at(
      [
        'Eau de source – Claire Fontaine – 1 L',
        'Ingrédients',
        'Eau de source Nutri-Score A',
        'Informations nutritionnelles Tel que vendu pour 100 g / 100 ml',
        'Calcium 8,1 mg',
        'Magnésium 2,4 mg',
      ].join('\n'),
    );
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });

  it('a spring water with a Nutri-Score and a table "pour 100 g / 100 ml" is a food: no dose', () => {
    const a = at(
      [
        'Eau de source – Claire Fontaine – 1 L',
        'Catégories : Boissons, Eaux',
        'Nutri-Score A',
        'Informations nutritionnelles\tTel que vendu pour 100 g / 100 ml',
        'Énergie\t0 kj (0 kcal)',
        'Calcium\t8,1 mg',
        'Magnésium\t2,4 mg',
      ].join('\n'),
    );
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerServing).toBeNull();
    expect(a.elementalMgPerDay).toBeNull();
  });

  it('vi: "Thành phần của thuốc …" heads the composition, "Magnesi oxyd…79 mg." is its row, "Người lớn:" the adults\' directions', () => {
    const a = at(
      [
        'Thuốc Magnesi-B6 Mekophar: liều dùng, lưu ý',
        'Thành phần của thuốc Magnesi-B6',
        '- Magnesi oxyd………………………79 mg.',
        '- Pyridoxin hydroclorid…………………5 mg.',
        '- Tá dược………………vừa đủ 1 viên.',
        'Liều dùng',
        'Người lớn:',
        'Uống 2 viên/ngày, chia làm 2 lần.',
        'Trẻ em:',
        'Uống 1 viên/ngày.',
      ].join('\n'),
    );
    expect(a.forms.map((f) => f.id)).toEqual(['oxide']);
    expect(a.elementalMgPerServing?.max).toBeCloseTo(47.6, 0);
    expect(a.elementalMgPerDay?.max).toBeCloseTo(95.3, 0);
  });

  it('"Jedna tableta obsahuje Magnesii lactas dihydricus 0,5 g.": the unit\'s contents with its row on the same line, in Latin', () => {
    const a = at(
      [
        'MAGNESII LACTICI 0,5 tbl.',
        '2. KVALITATIVNÍ A KVANTITATIVNÍ SLOŽENÍ',
        'Jedna tableta obsahuje Magnesii lactas dihydricus 0,5 g.',
        '4.2 Dávkování a způsob podání',
        'Dospělí: 3 tablety denně.',
      ].join('\n'),
    );
    expect(a.forms.map((f) => f.id)).toEqual(['lactate']);
    expect(a.elementalMgPerServing?.max).toBeCloseTo(51, 0);
    expect(a.elementalMgPerDay?.max).toBeCloseTo(153, 0);
  });

  it('a page that names two salts for one weight (text: lactate, table: hydroxide) gives the range of both, never one of them', () => {
    const a = at(
      [
        'Magne-B6 Pharma (Hộp 5 vỉ x 10 viên)',
        'Mỗi viên chứa Magnesi lactat dihydrat 470mg và Pyridoxin hydroclorid 5mg.',
        'Thành phần',
        'Magnesium hydroxide\t470mg',
        'Vitamin B6\t5mg',
        'Liều dùng',
        'Uống 1 viên/ngày.',
      ].join('\n'),
    );
    expect(a.elementalMgPerServing?.min).toBeCloseTo(47.9, 0);
    expect(a.elementalMgPerServing?.max).toBeCloseTo(196, 0);
    expect(a.warnings.map((w) => w.code)).toContain('salt-named-twice');
  });

  it('ja: "、" and "。" are a comma and a full stop; a detail told in sentences or percents is no name', () => {
    const fields = snapshotFromText(
      [
        '小林製薬 カルシウムMg 120粒',
        '栄養機能\tカルシウムは、骨や歯の形成に必要な栄養素です。 マグネシウムは、骨や歯の形成に必要な栄養素です。',
        '栄養素等表示基準値に対する割合\tカルシウム:42% マグネシウム:60%',
        'お召し上がり方\t1日4粒を目安に、水またはお湯とともにお召し上がりください。',
      ].join('\n'),
      new URL('https://shop.example.jp/item/1'),
    );
    expect(fields.title).toBe('小林製薬 カルシウムMg 120粒');
    expect(fields.directions).toBe('1日4粒を目安に, 水またはお湯とともにお召し上がりください.');
  });

  it('a salt weighed without its hydrate takes the one hydrate the page names for it elsewhere', () => {
    const a = at(
      [
        'Magnelac B6 tablets',
        'Each tablet contains:',
        'Magnesium lactate\t470 mg',
        'Pyridoxine hydrochloride\t5 mg',
        'Dosage: 2 tablets twice a day.',
        'Contraindications: hypersensitivity to magnesium lactate dihydrate or pyridoxine.',
      ].join('\n'),
    );
    expect(a.elementalMgPerServing).toMatchObject({ min: 47.9, max: 47.9 });
    expect(a.elementalMgPerDay).toMatchObject({ min: 191.6, max: 191.6 });
  });

  it('a stool softener whose directions are "for constipation" is a medicine, whatever its note says of magnesium deficiency', () => {
    const a = at(
      [
        'Mag-Ease Gentle Stool Softener',
        'Add to cart',
        'Magnesium oxide draws water into the bowel and softens stools. For magnesium deficiency, see our glycinate.',
        'Adults: For constipation, take 1 to 2 capsules at bedtime.',
        'Medicinal ingredients/capsule: Magnesium (from magnesium oxide) - 200 mg',
      ].join('\n'),
    );
    expect(a.kind).toBe('not-a-supplement');
    expect(a.warnings.map((w) => w.code)).toContain('drug-not-supplement');
  });

  it('it: "pidolato di magnesio g 2,25": the unit before the number, as Italian leaflets print it', () => {
    const a = at(
      [
        'MAGNEPID 2,25 G POLVERE PER SOLUZIONE ORALE 20 BUSTINE',
        'Aggiungi al carrello',
        'Una bustina monodose contiene:',
        'principio attivo: pidolato di magnesio g 2,25',
        'Posologia',
        'Una bustina due volte al giorno.',
      ].join('\n'),
    );
    expect(a.forms.map((f) => f.id)).toEqual(['pidolate']);
    expect(a.elementalMgPerServing?.max).toBeCloseTo(195.8, 0);
    expect(a.elementalMgPerDay?.max).toBeCloseTo(391.5, 0);
  });

  it('an article\'s question ("Composição do magnésio quelato?") heads an answer, not a facts panel', () => {
    const a = at(
      [
        'Magnésio Quelato: como tomar, bula e muito mais',
        'Blog da Farmácia',
        'O que é magnésio quelato?',
        'Magnésio quelato 200 mg é um suplemento que aumenta a absorção do magnésio no corpo.',
        'Composição do magnésio quelato?',
        'É uma combinação de magnésio com um aminoácido, como a glicina ou a lisina.',
        'Para que serve o magnésio quelato?',
        'Segundo o blog, ajuda o sono, os músculos e a memória.',
        'Como tomar magnésio quelato?',
        'Siga a orientação do médico ou do farmacêutico.',
      ].join('\n'),
    );
    expect(a.kind).toBe('not-a-supplement');
  });

  it('an INCI list makes an Epsom salt with no magnesium in its name topical', () => {
    const a = at(
      [
        'Sin perfume 500 gr',
        'Añadir al carrito',
        'La sal de Epsom es sulfato de magnesio; su nombre viene de un pueblo inglés de aguas amargas.',
        'Hoy se disuelve sobre todo en un baño caliente, para relajar los músculos tras el ejercicio.',
        'Se extrae de depósitos minerales y se recristaliza.',
        'INCI: Magnesium Sulfate, Sodium chloride, parfum.',
      ].join('\n'),
    );
    expect(a.kind).toBe('topical');
  });
});

describe('pages in Arabic script, read as the words the parser knows', () => {
  const read = (lines: string[]) => analyze(snapshotFromText(lines.join('\n'), new URL('https://shop.example.com/p/1')));
  it('an Arabic Supplement Facts panel with a dual count and twice a day', () => {
    const a = read([
      'ماغنيسيوم جلايسينات 200 ملغ',
      '120 كبسولة',
      'أضف إلى السلة',
      'حقائق المكمل الغذائي',
      'حجم الحصة: كبسولتان',
      'الكمية لكل حصة',
      'المغنيسيوم (من جلايسينات المغنيسيوم)\t٢٠٠ ملغ\t٤٨٪',
      'طريقة الاستخدام: تناول كبسولتين مرتين يوميًا مع الطعام.',
    ]);
    expect(a.kind).toBe('magnesium-supplement');
    expect(a.forms.map((f) => f.id)).toEqual(['glycinate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 200, max: 200, basis: 'stated-elemental' });
    expect(a.elementalMgPerDay).toEqual({ min: 400, max: 400 });
  });
  it("a table of one tablet's and two tablets' contents under the active ingredients, taken once a day", () => {
    const a = read([
      'مركب المغنيسيوم مع فيتامين ب6',
      'أضف إلى السلة',
      'المكونات الفعالة\tقرص واحد\tقرصين',
      'المغنيسيوم (إجمالي)\t100 ملغ\t200 ملغ',
      'سترات المغنيسيوم\t60 ملغ\t120 ملغ',
      'مالات المغنيسيوم\t40 ملغ\t80 ملغ',
      'فيتامين ب6\t1 ملغ\t2 ملغ',
      'الجرعة الموصى بها: قرصين مرة واحدة يوميًا.',
    ]);
    expect(a.forms.map((f) => f.id).sort()).toEqual(['citrate', 'malate']);
    expect(a.elementalMgPerDay).toEqual({ min: 200, max: 200 });
  });
  it('a Persian page: each tablet contains, one a day', () => {
    const a = read([
      'منیزیم سیترات ۱۰۰ میلی‌گرم',
      '۶۰ قرص',
      'افزودن به سبد خرید',
      'ترکیبات: هر قرص حاوی ۱۰۰ میلی‌گرم منیزیم (به صورت منیزیم سیترات)',
      'روزی یک قرص همراه با غذا مصرف شود.',
    ]);
    expect(a.forms.map((f) => f.id)).toEqual(['citrate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 100, max: 100 });
    expect(a.elementalMgPerDay).toEqual({ min: 100, max: 100 });
  });
  it('an Arabic antacid (magnesium hydroxide with aluminium hydroxide) is a medicine', () => {
    const a = read([
      'مالوكس أقراص مضغ',
      'ر.س 25.00',
      'أضف إلى السلة',
      'كل قرص يحتوي على: هيدروكسيد المغنيسيوم 400 ملغ، هيدروكسيد الألومنيوم 400 ملغ',
      'مضاد للحموضة لعلاج حرقة المعدة وعسر الهضم.',
      'الجرعة: قرص إلى قرصين عند الحاجة.',
    ]);
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });
  it("an Arabic shop's category page, priced in riyals, is a list of products", () => {
    const tile = (name: string, price: string) => [name, price, 'أضف إلى السلة'];
    const a = read([
      'مكملات المغنيسيوم',
      ...tile('سترات المغنيسيوم 200 ملغ 60 قرص', 'ر.س 65.00'),
      ...tile('جلايسينات المغنيسيوم 400 ملغ 120 كبسولة', 'ر.س 89.00'),
      ...tile('أكسيد المغنيسيوم 250 ملغ 100 قرص', 'ر.س 35.00'),
      ...tile('مالات المغنيسيوم 150 ملغ 90 كبسولة', 'ر.س 72.00'),
    ]);
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });
  it("an Arabic article with its author's byline is no product, whatever tablet it describes", () => {
    const a = read([
      'أفضل أنواع المغنيسيوم للنوم',
      'بقلم سارة أحمد، 12 مارس 2025',
      'في إحدى الدراسات، تناول المشاركون 500 ملغ من المغنيسيوم يوميا لمدة 8 أسابيع.',
      'يحتوي كل قرص من أكسيد المغنيسيوم عادة على 400 ملغ.',
      'الجرعة الموصى بها: قرص واحد يوميا قبل النوم.',
    ]);
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });
  it("an Arabic article's intake figures are no product's dose", () => {
    const a = read([
      'فوائد المغنيسيوم للنوم',
      '05-07-2025 06:26 PM',
      'يحتاج البالغون إلى حوالي 310-420 ملغ من المغنيسيوم يوميًا، وتشير الدراسات إلى أن نقصه شائع.',
      'كبسولة 400 ملغ من جلايسينات المغنيسيوم قد تحتوي على نحو 56 ملغ فقط من المغنيسيوم العنصري.',
    ]);
    expect(a.kind).toBe('not-a-supplement');
    expect(a.elementalMgPerDay).toBeNull();
  });
});
