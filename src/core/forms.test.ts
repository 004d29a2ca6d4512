import { describe, expect, it } from 'vitest';
import {
  formsInName,
  formsInProse,
  formsInSourceList,
  formsNearMagnesium,
  mentionsMagnesiumNutrient,
  namedHydrate,
} from './forms';

const ids = (fs: { id: string }[]) => fs.map((f) => f.id);

describe('formsInSourceList (the "(as …)" of a magnesium row)', () => {
  it.each([
    ['(as Magnesium Oxide and Magnesium Bisglycinate)', ['oxide', 'glycinate']],
    // A pharmacopoeia's grade names no source.
    ['(magnesium oxide, USP)', ['oxide']],
    ['(as Mg oxide, citrate)', ['oxide', 'citrate']],
    ['(as magnesium bisglycinate chelate)', ['glycinate']],
    ['(as Creatine MagnaPower (Magnesium Creatine Chelate))', ['other']],
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
    // A fizzing powder's base and acid make the acid's salt in water; an acid beside no base names nothing.
    ['(as magnesium carbonate and citric acid)', ['carbonate', 'citrate']],
    ['(aus Magnesiumcarbonat, Zitronensäure)', ['carbonate', 'citrate']],
    ['(as magnesium hydroxide, malic acid)', ['hydroxide', 'malate']],
    ['(as magnesium glycinate and citric acid)', ['glycinate']],
    // A bracket of makers' and trade names after the one naming the form is no other source.
    ['(Dimagnesium Malate) (Albion, MagSRT)', ['malate']],
    // So is a bracket right after a form's name.
    ['as magnesium glycinate, magnesium oxide (SIMAG™)', ['glycinate', 'oxide']],
    ['(as magnesium citrate, yeast)', ['citrate', 'other']],
    // A bracket saying the form is not given names none.
    ['(forme non précisée, 30 % VNR)', []],
  ])('%s -> %j', (text, want) => expect(ids(formsInSourceList(text))).toEqual(want));
});

describe('formsNearMagnesium (titles, ingredients, bullets)', () => {
  it.each([
    ['Magnesium Glycinate 400mg, 180 Capsules', ['glycinate']],
    // Latvian names end in "-s" (review of T103).
    ['Magnijs (magnija citrāts), magnija oksīds', ['citrate', 'oxide']],
    ['magnija hlorīds', ['chloride']],
    ['magnija karbonāts, nātrija hidrogēnkarbonāts, nātrija hlorīds', ['carbonate']],
    ['magnio citratas, natrio chloridas', ['citrate']],
    ['Magnesium Glycinate & Malate Complex', ['glycinate', 'malate']],
    // A salt linked to the next mineral in Romance order is that mineral's.
    ['INGREDIENTES: Dimalato de magnésio, óxido de zinco, gelatina (cápsula).', ['malate']],
    ['Ingredienti: magnesio citrato, ossido di zinco', ['citrate']],
    ['Magnesium (as citrate, oxide) and zinc', ['citrate', 'oxide']],
    // So is a salt the mineral's adjective follows.
    ['Minerais (Carbonato de Magnésio, Sulfato Ferroso, Sulfato de Manganês)', ['carbonate']],
    ['Óxido de magnesio, gluconato ferroso', ['oxide']],
    // (In English order the mineral's name comes first: the salt before it is still magnesium's.)
    ['Magnesium Glycinate, Malate & Citrate Zinc Complex', ['glycinate', 'malate', 'citrate']],
    ['Citrate de magnésium 300 mg', ['citrate']],
    ['Bisglicinato de magnesio', ['glycinate']],
    ['Magnesio citrato 150 compresse', ['citrate']],
    ['Magtein Magnesium L-Threonate', ['threonate']],
    ['Hauptinhaltsstoffe sind Kaliumchlorid und Trimagnesiumdicitrat.', ['citrate']],
    ['magnesium as a bis-glycinate/lysine chelate', ['glycinate', 'lysinate']],
    ['Една твърда капсула съдържа: магнезиев оксид, тежък 497,4mg', ['oxide']],
    // Case endings and word order of Slovak, Czech, Russian, Slovenian and Lithuanian.
    ['420 mg ťažkého oxidu horečnatého', ['oxide']],
    ['uhličitan hořečnatý těžký', ['carbonate']],
    // (Zinc gluconate further down the list is zinc's.)
    ['Uhličitan vápenatý, oxid hořečnatý, plnidlo (mikrokrystalická celulóza), glukonát zinečnatý', ['oxide']],
    ['магния цитрата 618,43 мг', ['citrate']],
    ['magnezijev citrat in magnezijev oksid', ['citrate', 'oxide']],
    ['magnio citratas', ['citrate']],
    ['Pyrrolidone carboxylate de magnésium 2,250 g', ['pidolate']],
    // A Latin-script ending of one vowel is another language's word: "se oxida" is a verb.
    ['El magnesio se oxida fácilmente al aire.', []],
    ['Citrate di magnesio: sono malata', ['citrate']],
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
    ['Magnesium (lysinaat) 25 mg', ['lysinate']],
    // (The salt after "+" is the next mineral's: potassium citrate.)
    ['Magnesio + Citrato De Potasio 400mg/99mg', []],
    ['Wirkstoff: Magnesium ut Magnesii citras anhydricus.', ['citrate']],
    ['magnesiumsubkarbonaatti, raskas 195 mg; magnesiumsulfaattidihydraatti 328 mg', ['carbonate', 'sulfate']],
    ['Magnesiumcitratdihydrat', ['citrate']],
    ['618,43 mg vízmentes magnézium-citrátot', ['citrate']],
    ['o solutie concentrata de clorura de magneziu in apa', ['chloride']],
    ['dihydrát magnéziumlaktátu/pyridoxíniumchlorid', ['lactate']],
    ['organic magnesium salts and does not contain inorganic magnesium oxide or phosphate', []],
    ['Quantité correspondant àmagnésium', []],
    // Each magnesium's forms end where the next magnesium starts: the chelate is not lost to the citrate after it.
    ['heavy magnesium oxide,magnesium amino acid chelate,magnesium citrate', ['oxide', 'amino-acid-chelate', 'citrate']],
    // Languages learnt later: Turkish, Croatian (genitive), Indonesian, Norwegian, Ukrainian, Estonian.
    ['Magnezyum sitrat 200 mg', ['citrate']],
    ['iz magnezijevog citrata', ['citrate']],
    ['magnesium sebagai magnesium bisglisinat', ['glycinate']],
    ['Magnesiumsitrat', ['citrate']],
    ['магнію цитрат', ['citrate']],
    ['Magneesiumlaktaatdihüdraati 470 mg', ['lactate']],
    // Japanese and Chinese write the acid right before the element.
    ['酸化マグネシウム、セルロース', ['oxide']],
    ['クエン酸マグネシウム', ['citrate']],
    ['配料：氧化镁、微晶纤维素', ['oxide']],
    ['乳酸カルシウム、マグネシウム', []],
    ['リンゴ酸マグネシウム', ['malate']],
    // Katakana transliterations of the English names.
    ["Doctor's Best マグネシウムグリシネート", ['glycinate']],
    ['555,6 mg magnézium-oxid és 500,0 mg magnézium-hidrogéncitrát formájában', ['oxide', 'citrate']],
    // The EU's name of E345; its fatty-acid salts stay a lubricant.
    ['Water, magnesium gluconate, L-carnitine 4%, magnesium salts of citric acid', ['gluconate', 'citrate']],
    ['Magnesiumsalze der Citronensäure', ['citrate']],
    ['Magnesium (als magnesiumbisglycinaatchelaat) (Albion®) 200 mg', ['glycinate']],
    ['magnesium salts of fatty acids', []],
    ['マグネシウム L-スレオネート', ['threonate']],
    // Polish ł: "jabłczan" folds to "jablczan".
    ['jabłczan magnezu, diglicynian magnezu', ['glycinate', 'malate']],
    ['苹果酸镁', ['malate']],
    ['Μηλικό μαγνήσιο', ['malate']],
    // Korean: the acid before the element, with or without a space, or the salt's name after it.
    ['산화마그네슘, 결정셀룰로스', ['oxide']],
    ['구연산 마그네슘', ['citrate']],
    // Zinc gluconate further down the list is zinc's.
    ['산화마그네슘(이스라엘산), 결정셀룰로스, 글루콘산아연, 피리독신염산염', ['oxide']],
    ['마그네슘 비스글리시네이트, 비타민 B6', ['glycinate']],
    ['수산화마그네슘', ['hydroxide']],
    ['마그네슘 비스글리시네이트 200mg', ['glycinate']],
    ['마그네슘 L-트레오네이트', ['threonate']],
    // Shops spell the loanwords more than one way.
    ['나우푸드 마그테인 마그네슘 L-트리오네이트 베지 캡슐', ['threonate']],
    ['마그네슘 & 포타슘 아스파르테이트 베지 캡슐', ['aspartate']],
    // Estonian salt names.
    ['Toimeained: magneesiumtsitraat', ['citrate']],
    ['magneesiumoksiid 400 mg', ['oxide']],
    ['magneesiumi (raske magneesiumkarbonaat ja magneesiumsulfaat)', ['carbonate', 'sulfate']],
    // Nitric oxide is a gas the body makes, no salt of magnesium.
    ['o papel do magnésio e óxido nítrico na contração muscular', []],
    ['젖산칼슘, 마그네슘', []],
    // Greek: the adjective before the element, with its ending, or "of the" between; stearate is an excipient.
    ['Κιτρικό μαγνήσιο 200 mg', ['citrate']],
    ['κιτρικού μαγνησίου', ['citrate']],
    ['Οξείδιο του μαγνησίου', ['oxide']],
    ['Μαγνήσιο (ως δισγλυκινικό μαγνήσιο)', ['glycinate']],
    ['Στεατικό μαγνήσιο', []],
    // (Each under its own form: these were once listed under gluconate.)
    ['Ταυρινικό μαγνήσιο 1400 mg', ['taurate']],
    ['Οροτικό μαγνήσιο', ['orotate']],
    ['Θρεονικό μαγνήσιο', ['threonate']],
    ['Γλυκονικό μαγνήσιο', ['gluconate']],
    ['L-トレオン酸マグネシウム', ['threonate']],
    ['L-苏糖酸镁', ['threonate']],
    // Hindi: magnesium lactate, magnesium carbonate.
    ['मैग्नीशियम लैक्टेट - 200 मिलीग्राम', ['lactate']],
    ['मैग्नीशियम कार्बोनेट', ['carbonate']],
    // Thai, in English word order, spelt with or without the tone mark.
    ['แมกนีเซียม ซิเตรต 200 มก.', ['citrate']],
    ['แมกนีเซียม ไกลซิเนต, แมกนีเซียม ทอเรต', ['glycinate', 'taurate']],
    ['แม็กนีเซี่ยม ออกไซด์', ['oxide']],
    ['แมกนีเซียม คลอไรด์ สำหรับใช้ภายนอก', ['chloride']],
    // The bracket names which chelate: only the glycinate.
    ['magnesium amino acid chelate (magnesium bisglycinate), maltodextrin', ['glycinate']],
    // A denial's pair is denied together, and "without the admixture of" denies as "without" does.
    [
      'Jede Kapsel enthält reines Magnesiumbisglycinat – ohne Beimischung von Magnesiumoxid oder Magnesiumcarbonat.',
      ['glycinate'],
    ],
    ['magnesium glycinate, without magnesium oxide or magnesium carbonate', ['glycinate']],
    ['no magnesium oxide, magnesium citrate only', ['citrate']],
    // Lithuanian's genitive after "magnio" (of magnesium).
    ['470 mg magnio laktato dihidrato', ['lactate']],
    ['magnio oksido', ['oxide']],
  ])('%s -> %j', (text, want) => expect(ids(formsNearMagnesium(text))).toEqual(want));
});

describe('mentionsMagnesiumNutrient', () => {
  it.each([
    ['Magnesium Glycinate', true],
    ['Cellulose, magnesium stearate, silica', false],
    ['Stéarate de magnésium', false],
    ['ohne Magnesiumstearat', false],
    ['anti-klontermiddelen (plantaardig magnesiumstearaat, siliciumdioxide)', false],
    ['Magnesium-free formula', false],
    ['400 mg capsules', false],
    ['Mg citrate', true],
    // The lubricant E470b by its other names, in an anti-caking agent's list.
    ['anti-caking agents (silicon dioxide and magnesium salts of fatty acids)', false],
    ['Trennmittel: Magnesiumsalze der Speisefettsäuren', false],
    // Russian and Bulgarian excipients: the lubricant and the coating's silicate.
    ['вспомогательные вещества: МКЦ — 199 мг; магния стеарат — 10 мг', false],
    ['оболочка: титана диоксид — 7 мг; магния силикат — 5 мг', false],
    ['помощни вещества: магнезиев стеарат', false],
    // Hebrew, spelt several ways.
    ['רכיבים נוספים: מניטול, מגנזיום סטארט, סוכרלוז', false],
    ['מגנזיום סטאראט', false],
    ['מגנזיום ציטראט 200 מ"ג', true],
    ['магния цитрат — 200 мг', true],
    ["antiagglomérant : sels de magnésium d'acides gras", false],
    ['antiagglomerante: sali di magnesio degli acidi grassi', false],
    ['substancja przeciwzbrylająca: sole magnezowe kwasów tłuszczowych', false],
    ['klumpförebyggande medel (magnesiumsalter av fettsyror, kiseldioxid)', false],
    ['klumpeforebyggende middel (magnesiumsalte af fedtsyrer)', false],
    // The salt of a drug: its magnesium is no nutrient.
    ['Esomeprazol Magnésico 20mg 28 Comprimidos Revestidos', false],
    ['esomeprazole magnesium delayed-release capsules', false],
  ])('%s -> %s', (text, want) => expect(mentionsMagnesiumNutrient(text)).toBe(want));
});

describe('namedHydrate', () => {
  it.each([
    ['magnesii lactas dihydricus', 'dihydrate'],
    ['magnezu chlorek szesciowodny', 'hexahydrate'],
    ['магнезиев dl-аспартат тетрахидрат', 'tetrahydrate'],
    ['магния цитрат безводный', 'anhydrous'],
    ['тримагнію дицитрат безводний', 'anhydrous'],
    ['magnesium citrate', null],
  ])('%s', (text, hydrate) => {
    expect(namedHydrate(text)).toBe(hydrate);
  });
});

describe("a comparison ends the product's forms", () => {
  it('"citrate is a more highly absorbable form than magnesium oxide" names citrate only', () => {
    expect(ids(formsNearMagnesium('Magnesium citrate is a more highly absorbable form than magnesium oxide.'))).toEqual([
      'citrate',
    ]);
  });
});

describe('formsInProse (a description, sentence by sentence)', () => {
  const ids = (text: string) => formsInProse(text).map((f) => f.id);
  it("keeps the product's form and drops the one it is compared with", () => {
    expect(ids('Each gummy provides 150 mg of magnesium citrate, a form better absorbed than magnesium oxide.')).toEqual([
      'citrate',
    ]);
    expect(ids('We use the organic citrate form of magnesium, better absorbed than forms like magnesium oxide.')).toEqual([
      'citrate',
    ]);
    // "Better than" in Swedish, Danish, German and Polish.
    expect(ids('Magen klarar detta bättre än magnesiumoxid.')).toEqual([]);
    expect(ids('Maven tåler det bedre end magnesiumoxid.')).toEqual([]);
    expect(ids('Magnesiumcitrat wird besser als Magnesiumoxid aufgenommen.')).toEqual(['citrate']);
    expect(ids('Cytrynian magnezu wchłania się lepiej niż tlenek magnezu.')).toEqual(['citrate']);
  });
  it('drops a note of salts and their shares of the element, two or more, no amount weighed', () => {
    expect(ids('Common magnesium oxide is about 60% magnesium, citrate about 16%, glycinate about 14%.')).toEqual([]);
    expect(ids('市面常见的氧化镁含元素镁约60%，柠檬酸镁约16%。')).toEqual([]);
  });
  it('drops a sentence about forms in general', () => {
    expect(
      ids(
        'Magnesium comes in several chemical forms; magnesium oxide is the least expensive but is poorly absorbed, magnesium citrate is the form most readily absorbed, whilst magnesium sulphate and magnesium gluconate are gentler.',
      ),
    ).toEqual([]);
  });
  it('reads the salts a sentence about magnesium lists as its blend', () => {
    expect(
      ids(
        'Mag·Matrix Liquid provides 210mg of elemental magnesium per tablespoon in a bioavailable blend of glycinate, malate and citrate.',
      ),
    ).toEqual(['glycinate', 'malate', 'citrate']);
    // (Not a blend of something else, nor one in a sentence that does not name magnesium.)
    expect(ids('A blend of vitamins and minerals with magnesium.')).toEqual([]);
    expect(ids('The sauce is a blend of citrate buffers and malate.')).toEqual([]);
  });
  it('keeps every form a product is made of', () => {
    expect(
      ids(
        'FX 1000 has been formulated to include magnesium citrate, magnesium aspartate, magnesium orotate and magnesium amino acid chelate.',
      ).sort(),
    ).toEqual(['amino-acid-chelate', 'aspartate', 'citrate', 'orotate']);
  });
});

describe('chelates', () => {
  it('German pharmacopoeia names glue their parts: "Magnesiumbis(hydrogenaspartat)-Dihydrat"', () => {
    expect(formsNearMagnesium('3,245 g Magnesiumbis(hydrogenaspartat)-Dihydrat').map((f) => f.id)).toEqual(['aspartate']);
  });
  it('"Chelated Magnesium" names an amino acid chelate', () => {
    expect(formsNearMagnesium('Solgar Chelated Magnesium 100 tabs').map((f) => f.id)).toEqual(['amino-acid-chelate']);
    // … but says how a salt named after it is made.
    expect(formsNearMagnesium('Advanced Chelated Magnesium-Malate Optimization System').map((f) => f.id)).toEqual(['malate']);
    expect(formsNearMagnesium('Chelated Magnesium (as magnesium bisglycinate)').map((f) => f.id)).toEqual(['glycinate']);
  });
});

describe('forms in Chinese, Polish and Latin leaflets', () => {
  it.each([
    ['【主要成份】 無水門冬氨酸鉀、無水門冬氨酸鎂。', ['aspartate']],
    ['1 tabletka zawiera 20 mg jonów magnezu w postaci 300 mg magnezu wodoroasparaginianu czterowodnego', ['aspartate']],
    ['Substancja czynna: Magnesii hydroaspartas', ['aspartate']],
    ["Doctor's Best マグネシウムグリシネート", ['glycinate']],
  ])('%s -> %j', (text, want) => expect(ids(formsNearMagnesium(text))).toEqual(want));
  it('what follows "鎂" in Chinese is the next phrase, not its salt', () => {
    expect(
      ids(formsNearMagnesium('會出現高鉀血癥和高鎂血癥的癥狀,此時應立即暫停服用本品并予以對癥治療( iv 氯化鈣 100mg/ 分鐘')),
    ).toEqual([]);
    expect(ids(formsNearMagnesium('氯化镁 100mg'))).toEqual(['chloride']);
  });
});

describe('hydroaspartate in English', () => {
  it('"Magnesium hydroaspartate + Potassium hydroaspartate" is aspartate', () => {
    expect(ids(formsNearMagnesium('Magnesium hydroaspartate + Potassium hydroaspartate'))).toEqual(['aspartate']);
  });
});

describe('a dot typed between the element and its salt', () => {
  it('"nehéz magnézium.oxid" names the oxide; a sentence\'s full stop still ends the window', () => {
    expect(
      ids(formsNearMagnesium('250 mg magnézium (352,92 mg nehéz magnézium.oxid, 463,93 mg magnézium-citrát formájában)')),
    ).toEqual(['oxide', 'citrate']);
    expect(ids(formsNearMagnesium('Take magnesium. Citrate of potassium is another product.'))).toEqual([]);
  });
});

describe('a list of forms after the word forms and a dash', () => {
  it('"magnesium forms – glycinate, citrate, malate and taurate" names all four, in English and Finnish', () => {
    const want = ['glycinate', 'citrate', 'malate', 'taurate'];
    expect(ids(formsNearMagnesium('Four magnesium forms – glycinate, citrate, malate and taurate – in one capsule'))).toEqual(
      want,
    );
    expect(
      ids(formsNearMagnesium('Neljä magnesiummuotoa – glysinaatti, sitraatti, malaatti ja tauraatti – samassa kapselissa')),
    ).toEqual(want);
    // A dash after magnesium's name alone, or a sentence after the dash, still ends its phrase.
    expect(ids(formsNearMagnesium('Magnesium – citrate of potassium is sold apart'))).toEqual([]);
    expect(ids(formsNearMagnesium('Magnesium forms — oxide is cheap but poorly absorbed'))).toEqual([]);
  });
});

describe('a misspelling printed on a real label', () => {
  it('"Magnesium (as Glycinate, Asparate, Citrate, Oxide)" names the aspartate', () => {
    expect(ids(formsNearMagnesium('Magnesium (as Glycinate, Asparate, Citrate, Oxide) 200 mg 50%'))).toContain('aspartate');
  });
});

describe('silicon dioxide is no magnesium oxide', () => {
  it.each([
    'Magnesium, silicon dioxide',
    'Magnésio (Bisglicinato de Magnésio), Glicina, Antiumectante Dióxido de Silício',
    'допоміжні речовини: цукор, магнію стеарат, полуничний аромат, кремнію діоксид',
    'вспомогательные вещества: магния стеарат, кремния диоксид',
  ])('%s', (text) => {
    expect(ids(formsNearMagnesium(text))).not.toContain('oxide');
  });
  it('"dimagnesium oxide" and "Magnesiumoxid" still are', () => {
    expect(ids(formsNearMagnesium('dimagnesium oxide'))).toContain('oxide');
    expect(ids(formsNearMagnesium('Magnesiumoxid'))).toContain('oxide');
  });
});

describe('a total is no source', () => {
  it('"Magnesium (total) 125 mg" above its salts names no other form', () => {
    expect(ids(formsInSourceList('total'))).toEqual([]);
    expect(ids(formsNearMagnesium('Magnesium (total) 125 mg'))).not.toContain('other');
  });
  it('"magnesium (yeast) 50 mg" still names something', () => {
    expect(ids(formsInSourceList('yeast'))).toEqual(['other']);
  });
});

describe('magnesium acetate (round 10)', () => {
  it('is a source of its own kind, and acetyl taurate stays acetyl taurate', () => {
    expect(ids(formsNearMagnesium('magnesium acetate tetrahydrate'))).toEqual(['other']);
    expect(ids(formsNearMagnesium('Magnesium Acetyl-Taurinate'))).toEqual(['acetyl-taurate']);
  });
});

describe('Polish excipients (round 9)', () => {
  it('"stearynian magnezu" and "sole magnezowe kwasów tłuszczowych" are the tablet\'s lubricant', () => {
    expect(mentionsMagnesiumNutrient('sole magnezowe kwasów tłuszczowych (stearynian magnezu), dwutlenek krzemu')).toBe(false);
    expect(mentionsMagnesiumNutrient('cytrynian magnezu, stearynian magnezu')).toBe(true);
  });
});

describe('Sucrosomial® magnesium (round 9)', () => {
  it.each(['Magnesium in Sucrosomial®-Form', 'Magnesium sucrosomial 150 mg', 'magnesio sucrosomiale'])(
    '"%s" is a source of its own kind',
    (text) => {
      expect(ids(formsNearMagnesium(text))).toEqual(['other']);
    },
  );
});

describe('Ukrainian hydroxide', () => {
  it('"магнію гідроксиду 30,39 мг" is magnesium hydroxide', () => {
    expect(ids(formsNearMagnesium('магнію гідроксиду 30,39 мг'))).toEqual(['hydroxide']);
  });
});

describe("a count in another mineral's name (part T72)", () => {
  it.each([
    'Magnesium Aspartate, Dicalcium Phosphate',
    'Magnesium Citrate, Tripotassium Citrate',
    'Magnesium Oxide, Disodium Phosphate',
  ])('%s names no other magnesium form', (text) => {
    expect(ids(formsNearMagnesium(text))).not.toContain('other');
  });
  it('"dimagnesium malate" keeps its form', () => {
    expect(ids(formsNearMagnesium('dimagnesium malate'))).toContain('malate');
  });
});

describe('a list of salts in a product name (part T88)', () => {
  it('"… as Bisglycinate, Citrate & Malate" names all three', () => {
    const ids = formsInName(
      'Magnesium Glycinate 3-in-1 Complex - 1800mg Supplements as Bisglycinate, Citrate & Malate 90 Vegan Capsules',
    ).map((f) => f.id);
    expect(ids).toEqual(['glycinate', 'citrate', 'malate']);
  });
  it('a list with a word that is no salt, or after "such as", names none of it', () => {
    expect(formsInName('Magnesium Citrate 200 mg as Capsules, Tablets and Powder').map((f) => f.id)).toEqual(['citrate']);
    const sentence = (link: string) =>
      `Magnesium is a mineral your body needs for hundreds of reactions in every cell, and makers sell it in salts ${link} glycinate, malate and taurate.`;
    expect(formsInProse(sentence('as')).map((f) => f.id)).toEqual(['glycinate', 'malate', 'taurate']);
    expect(formsInProse(sentence('such as'))).toEqual([]);
  });
  it("a list after a negation or a comparison, or another mineral's, is not magnesium's", () => {
    const ids = (t: string) => formsInName(t).map((f) => f.id);
    expect(ids('Our magnesium bisglycinate is free from oxide, citrate and carbonate fillers.')).toEqual(['glycinate']);
    expect(ids('Magnesium Glycinate – Compare with Citrate and Oxide')).toEqual(['glycinate']);
    expect(ids('Magnesium Glycinate (Not as Oxide, Citrate or Carbonate)')).toEqual(['glycinate']);
    expect(ids('Magnesium Glycinate with Zinc as Citrate and Gluconate')).toEqual(['glycinate']);
    expect(formsInProse('Potassium from citrate and gluconate supports the magnesium.')).toEqual([]);
  });
  it('"Magnesium AAC" is an amino acid chelate', () => {
    expect(formsNearMagnesium('Magnesium (from Magnesium AAC, and Magnesium Oxide)').map((f) => f.id)).toEqual([
      'amino-acid-chelate',
      'oxide',
    ]);
  });
});

describe('hydrates in Ukrainian (part T91)', () => {
  it('"магнію лактату дигідрату" is a dihydrate', () => {
    expect(namedHydrate('магнію лактату дигідрату')).toBe('dihydrate');
  });
});

describe('forms: salt names in the languages of EU labels', () => {
  it.each([
    ['citrát hořečnatý', 'citrate'],
    ['magnézium-biszglicinát', 'glycinate'],
    ['cytrynian magnezu', 'citrate'],
    ['magnija bisglicināts', 'glycinate'],
    ['magnio oksidas', 'oxide'],
    ['magnezyum bisglisinat', 'glycinate'],
    ['οξείδιο του μαγνησίου', 'oxide'],
    ['магнезиев бисглицинат', 'glycinate'],
  ])('"%s" is %s', (name, id) => {
    expect(formsNearMagnesium(name).map((f) => f.id)).toEqual([id]);
  });
});

describe("forms: Greek names an acid with its salt's adjective (stop 59)", () => {
  it('"κιτρικό οξύ" between two magnesium salts is citric acid, no citrate', () => {
    expect(
      ids(formsNearMagnesium('Συστατικά: ανθρακικό μαγνήσιο, οξινιστικό: κιτρικό οξύ, οξείδιο του μαγνησίου')).sort(),
    ).toEqual(['carbonate', 'oxide']);
    expect(ids(formsNearMagnesium('κιτρικό μαγνήσιο'))).toEqual(['citrate']);
  });
});

describe('forms: round 24 (stop 59)', () => {
  it.each([
    ['Magnezyum (magnezyum bisglisinattan) 200 mg', ['glycinate']],
    ['מגנזיום (כמגנזיום אספרטאט)', ['aspartate']],
    ['magnesíumoxíð', ['oxide']],
  ])('"%s" names %j', (text, want) => {
    expect(ids(formsNearMagnesium(text))).toEqual(want);
  });
});

describe('forms: round 29 (stop 60)', () => {
  it.each([
    // The stearate in Japanese and Chinese is the lubricant: its "リン酸" is no phosphate.
    ['ステアリン酸マグネシウム(植物性)、二酸化ケイ素', []],
    ['硬脂酸镁、二氧化硅', []],
    // Acids joined by a middle dot share the element after the last.
    ['マグネシウム(グリシン酸・リジン酸マグネシウムキレート)', ['lysinate', 'glycinate']],
    // A list's "、" and a comma alone part ingredients: glycine, then magnesium oxide; calcium's citrate malate.
    ['甘氨酸、氧化镁', ['oxide']],
    ['cálcio citrato malato, óxido de magnésio, celulose', ['oxide']],
    ['malate, citrate et bisglycinate de magnésium', ['glycinate', 'citrate', 'malate']],
    // Glutamate is a salt of its own, not in the list.
    ["sous forme d'hydrogénoglutamate de magnésium tétrahydraté", ['other']],
    // Hebrew spelt without its alef, Russian taurate, Korean lysinate.
    ['מגנזיום (כמגנזיום ביסגליצינט כלאט)', ['glycinate']],
    ['Магний (в виде таурата магния) 125 мг', ['taurate']],
    ['마그네슘 라이시네이트 글리시네이트 킬레이트', ['lysinate', 'glycinate']],
  ])('"%s" names %j', (text, want) => {
    expect(ids(formsNearMagnesium(text))).toEqual(want);
  });
});

describe('Thai lists written without spaces (round 39)', () => {
  it('"แคลเซียมคาร์บอเนต, แมกนีเซียมออกไซด์, ซิงค์กลูโคเนต": the oxide is magnesium\'s, the gluconate zinc\'s', () => {
    expect(formsNearMagnesium('แคลเซียมคาร์บอเนต, แมกนีเซียมออกไซด์, ซิงค์กลูโคเนต').map((f) => f.id)).toEqual(['oxide']);
  });
});

describe('chelates and glycerophosphates in more languages (round 39)', () => {
  it.each([
    ['Magnesium (magnesiumaminosyrechelat) 200 mg', ['amino-acid-chelate']],
    ['magnesiumaminohappokelaatti', ['amino-acid-chelate']],
    ['магнію гліцерофосфат 1 г', ['glycerophosphate']],
  ])('"%s"', (text, ids) => {
    expect(formsNearMagnesium(text).map((f) => f.id)).toEqual(ids);
  });
});
