// Product titles: for listing badges and for pages whose facts panel is only an image. A title's
// "400mg" may be elemental or salt weight, per capsule or per serving: it is reported as the title's
// claim, never as a verified elemental dose.
import type { FormFinding } from './schema';
import { formsInName, formsNearMagnesium, magnesiumMentions, namedHydrate, type MagnesiumMention } from './forms';
import { findAmounts, round, type Amount } from './units';
import { EPSOM_SALT, OTHER_SCRIPT_EPSOM, fold, clampText, quote } from './text';
import { FORM_BY_ID } from '../knowledge/forms';

export interface TitleClaim {
  /** The figure as the title prints it. */
  mg: number;
  source: string;
  /**
   * What the figure says of magnesium: the figure itself; where it follows a salt's name and, as
   * magnesium, would need more of that salt than a serving holds, the salt's magnesium or a range up to
   * the figure; null where it is too large to be magnesium and names no salt.
   */
  magnesium: { min: number; max: number } | null;
  /** Why the magnesium is not the figure itself; null when it is. */
  why: string | null;
}

export interface TitleAnalysis {
  containsMagnesium: boolean;
  forms: FormFinding[];
  mgClaim: TitleClaim | null;
  topical: boolean;
}

/** Bath salts, oils, sprays and "for the skin" in Japanese, Chinese, Korean and Thai (folded as fold() folds them). */
const CJK_TOPICAL = [
  'バスソルト',
  '入浴剤',
  'マグネシウムオイル',
  'オイルスプレー',
  '外用',
  '浴盐',
  '浴鹽',
  '沐浴',
  '泡澡',
  '泡腳',
  '泡脚',
  '喷雾',
  '噴霧',
  '입욕제',
  '바스솔트',
  '외용',
  '마그네슘 오일',
  '마그네슘오일',
  '플레이크',
  '로션',
  // Skin care in Korean, Japanese and Chinese: serum, ampoule, skin care, cosmetics; beauty essence, toner; serum.
  '세럼',
  '앰플',
  '스킨케어',
  '화장품',
  '美容液',
  '化粧水',
  '精华液',
  '精華液',
  'フレーク',
  'ローション',
  'λαδι µαγνησιου',
  'νιφαδες µαγνησιου',
  // Thai: spray, the body's skin, external use, foot soak, bath salt, lotion, magnesium oil.
  'สเปรย์',
  'ผิวกาย',
  'ใช้ภายนอก',
  'แช่เท้า',
  'เกลืออาบน้ำ',
  'โลชั่น',
  'น้ำมันแมกนีเซียม',
  // Oils, sprays and baths in Ukrainian, Russian, Bulgarian and Greek.
  'магнієва олія',
  'магниевое масло',
  'магнезиево олио',
  'спре[йи]',
  'σπρε[ϊι]',
  'µπανιο',
  // Traditional Chinese: body lotion, cream, gel, massage oil, magnesium oil.
  '身體乳',
  '乳霜',
  '凝膠',
  '按摩油',
  '鎂油',
  '镁油',
  // Hebrew: magnesium oil, spray, bath salts, lotion, magnesium flakes.
  'שמן מגנזיום',
  'תרסיס',
  'ספריי',
  'מלח אמבט',
  'מלחי אמבט',
  'תחליב',
  'פתיתי מגנזיום',
  // Arabic: magnesium oil, Epsom salt(s), bath salt, spray, lotion.
  'زيت المغنيسيوم',
  'زيت مغنيسيوم',
  'ملح ابسوم',
  'ملح إبسوم',
  'املاح ابسوم',
  'أملاح إبسوم',
  'ملح الاستحمام',
  'بخاخ',
  'لوشن',
].map((w) => fold(w));
const TOPICAL_RE = new RegExp(
  String.raw`(?<![a-z])(?:magnesium oil|magnesiumol|magnesiumolie|magnesiumspray|olejek magnezowy|oleo de magnesio|via de huid|op de huid|uber die haut|through the skin|transdermaal|transdermale?|huile(?: de)?(?: chlorure)?(?: de)? magnesium|ulei(?:ul)? de magneziu|pe piele|transdermic|aceite de (?:cloruro de )?magnesio|olio di (?:cloruro di )?magnesio|magnesium chloride oil|spray|sprays|spruhflasche|lotion|lotions|(?<!(?:orange|vanilla|berry|strawberry|strawberries and|peach|peaches and|lemon|coconut|chocolate|cookies and|ice|sour|banana|mint) )(?:cream|creme|crema)|body butter|body milk|korpermilch|lait corporel|leche corporal|latte corpo|telove mli?eko|mleczko do ciala|kroppsmjolk|testapolo|молочко для тела|(?<!lemon )balm|balsam|(?:drawing )?paste|flakes|flocken|bath|bathing|vollbad|fussbad|badesalz|bain|bano|bagno|soak|foot soak|fussbad|${EPSOM_SALT}|baden mit|roll-on|roll on|rollon|(?:gel )?roller|spiergel|muskelgel|patch(?:es)?|(?<![а-яі])(?:ванн[а-я]*|ван[аи]|ваната)(?![а-яі])|(?:bade|bad|bath)(?:flocken|vlokken|flager|salz|zout|salt)|furdo\w*|kylpy\w*|banyo|kupk\w*|voni(?:a|ai|oje|os|ai)|vann(?:as|ai|am|a)|magnesiumoljy|magnezium ?olaj|magnio aliejus|magnija ella|magnija gels|magnio gelis|magneesiumi?geel|magneesiumoli|magnezyum yag\w*|minyak magnesium|semprot|dau magie|magnezijevo ulje|suihke|sprey|sprej|purskikl\w*|parches?|pflaster|cerott[oi]|deodorant|topical|transdermal|for external use|external use only|zur ausseren anwendung|usage externe|uso externo|uso esterno|massage oil|magnesium gel|magnesiumgel|(?:magnezium|magnesio|magnesia|magnezij|magnezijum|magnezyum|magneesium|magnij)[ -]?gel|kivulrol|(?:magneziov|horcikov|masazn)\w* gel|gel na (?:svaly|klby|telo|nohy)|(?:muscle|sports?|recovery) gel|gel (?:cu|de|au|met|z) (?:magneziu|magnesio|magnesium|magnezem)|(?:pentru|para|per|pour) (?:masaj|masaje|massaggi|massage)|uz extern|(?:body |magnesium |muscle )?rubs?|zel(?:e|u)?|magnesiumbad|badkristallen|vannisool\w*|jalavann\w*|(?:magneesiumi)?helbed vanni|magneesiumihelbed|badzout|voetbad|(?:warm|ontspannen|ontspannend) bad|magnezijev[oa]? (?:olje|gel|sprej)|kopel\w*|cezkozn\w*|na kozo|oliw(?:a|k[aeiy]|ek) magnezow\w*|olej magnezowy|na skor(?:e|ze)|kapiel\w*|przezskorn\w*|(?:horcikovy|magneziovy) olej|transdermalni|na kuzi|koupel\w*|(?:flocons|fiocchi|escamas|flocos|vlokken|platki|vlocky|flingor|flager|hiutaleet|pehely|fulgi) (?:de |di |d'|do |du |of )?(?:(?:chlorure|cloruro|cloreto|clorura|klorid|chlorid)\w* (?:de |di |d'|do |du )?)?(?:magnes|magnez|horcik)\w*|(?:magnes|magnez|horcik)\w*(?:[ -][a-z]+)? (?:en |in )?(?:flocons|fiocchi|escamas|flocos|vlokken|platki|vlocky|flingor|flager|hiutaleet|pehely|fulgi)|sels? de bain|sali da bagno|sais de banho|badsalt|huðkrem|hudkrem|hudkram|baðsalt|baðsolt|magnesiumflogur|fotabað|til utvortis notkunar|kylpysuola|furdoso|banyo tuzu|magnezyum yag[iı]|sprey|magnesiumvlokken|magnesiumflocken|magnesiumflingor|magnesiumflager|magnesiumhiutaleet|magnesiumolja|magnesiumolje|magnesiumolie|dau xoa bop|xoa bop|dang xit|dang lan|hap thu qua da|dung ngoai da|ngam chan|kepingan magnesium|serpihan magnesium|garam mandi(?:an)?|untuk (?:mandi|berendam)|rendam kaki|kegunaan luar(?:an)?|pemakaian luar)(?![a-z])|(?<![а-я])(?:магниевое масло|магниев[а-я]* хлопь[а-я]*|трансдермальн[а-я]*|на кожу|для ванн[а-я]*|гел|гель|гелове|спре[йи]|олио|лосион|крем)(?![а-я])|` +
    [...CJK_TOPICAL, ...OTHER_SCRIPT_EPSOM].join('|'),
);
const ORAL_SPRAY_RE =
  /(?<![a-z])(?:oral spray|oral sprey|mundspray|spray buccal|spray bucal|spray oral|spray orale|ustni sprej|sublingu\w*|sublingv\w*|under the tongue|sous la langue|unter die zunge|bajo la lengua|sotto la lingua|onder de tong|pod jazyk|pod jezyk|dil alt[iı]|ag[iı]z spreyi)(?![a-z])/;
/** A name that says its product is drunk or taken by mouth: Korean "마시는 … 앰플" (an ampoule to drink; "앰플" names a skin serum too), "샷" (a shot), "드링크" (a drink). */
const TAKEN_BY_MOUTH_NAME_RE = /마시는|먹는|경구|샷|드링크|음료|飲む|飲める|口服|経口|内服/;

/** A spray taken by mouth: "oral spray", "sublingual", "under the tongue" (the page's words, not only its name's). */
export function saysOralSpray(text: string): boolean {
  return ORAL_SPRAY_RE.test(fold(text));
}

/** Oils, sprays, lotions, flakes, baths; not oral sprays. */
export function looksTopical(text: string): boolean {
  const f = fold(text);
  return TOPICAL_RE.test(f) && !ORAL_SPRAY_RE.test(f) && !TAKEN_BY_MOUTH_NAME_RE.test(f);
}

/** "420mg/80mg", "500/250 mg": amounts split by slashes, one for each name before them. */
const SLASHED_AMOUNTS_RE =
  /(?<![\d.,])(\d{1,4}(?:\.\d{1,2})?) ?(?:mg)? ?\/ ?(\d{1,4}(?:\.\d{1,2})?) ?(?:mg)?(?: ?\/ ?(\d{1,4}(?:\.\d{1,2})?) ?(?:mg)?)?(?![\p{L}\d])/iu;

/**
 * "Colágeno + Magnesio 420mg/80mg", "Magnesio + Citrato De Potasio 400mg/99mg": names joined by "+" or
 * "&", then as many amounts split by slashes: each amount is its name's, in order. Null for any other title.
 */
function pairedClaim(text: string): TitleClaim | null {
  const m = SLASHED_AMOUNTS_RE.exec(text);
  if (!m || !/mg/i.test(m[0])) return null;
  const values = [m[1], m[2], m[3]].filter((v): v is string => !!v).map(Number);
  const names = text.slice(0, m.index).split(/\s[+&]\s/);
  if (names.length !== values.length) return null;
  const i = names.findIndex((n) => magnesiumMentions(n).some((x) => !x.excipient && !x.negated));
  if (i < 0) return null;
  const mg = values[i]!;
  return { mg, source: quote(text.slice(0, m.index + m[0].length).trim(), 160), magnesium: { min: mg, max: mg }, why: null };
}

/**
 * How much of a salt a figure may weigh before it cannot be the magnesium of one serving: about what
 * two large tablets or three large capsules hold (beyond it the figure may be the salt's weight), and
 * more than a capsule or tablet product's serving holds (beyond it the figure is the salt's weight).
 * A title's figure with no salt beside it is not magnesium above twice the adult upper limit: the
 * largest serving on any label of the dev set is 625 mg, of a powder.
 */
const SALT_IN_A_SERVING_MG = 2_000;
const SALT_BEYOND_A_SERVING_MG = 5_000;
const MAGNESIUM_BEYOND_A_SERVING_MG = 700;
/**
 * "MAGNESII LACTICI 500 MG TBL.", "Magnesii citras 500 mg": a pharmacopoeia's Latin name of the salt
 * (magnesii, "of magnesium", then the salt) gives the salt's weight in one unit, as medicines are named.
 */
export const LATIN_SALT_TITLE_RE =
  /(?<![a-z])magnesii (?:lactici|lactas|citras|citrici|oxidum|oxydum|(?:sub)?carbonas|hydroxidum|sulfas|(?:hydrogeno)?aspartas|orotas|gluconas|pidolas|glycerophosphas|chloridum)(?![a-z])/;
/**
 * "300 mg Magnesium per Serving", "100mg (Magnesio elemental)": the figure names magnesium itself (not
 * "650mg Magnesio Plus", a brand's name after it).
 */
const ELEMENT_AFTER_RE =
  /^[ (]{0,3}(?:of )?(?:elemental|elementar\w*|elemento|(?:elemental )?(?:magnesium|magnesio|magnesio elemental)(?: (?:per|pro|por|par|je|each|a day|daily|elemental)(?![a-z])|\)))/;

/** "180 Capsules", "150 cápsulas", "60 Tabl.": a count of units, not an amount. */
const PACK_COUNT_RE = /(?<![\d.,])\d{1,4} ?(?!(?:mg|g|mcg|µg|iu|ui|ie|kg|ml)(?!\p{L}))\p{L}{3,12}\.?/u;

/**
 * "Citrato De Magnesio 1400 Mg", "Magnesium Citrate 500mg", "마그네슘 글리시네이트 500mg": the figure
 * follows the salt's name, with no other figure or long words between, and does not name magnesium
 * itself after it. Returns the fraction of magnesium in that salt (the hydrate's, where the title
 * names one), the salt's name with the figure, and whether the name is a medicine's Latin one; else null.
 */
function saltBefore(
  text: string,
  mentions: MagnesiumMention[],
  forms: FormFinding[],
  amount: Amount,
): { fraction: { min: number; max: number }; source: string; latin: boolean } | null {
  if (forms.length !== 1) return null;
  const last = mentions.filter((m) => m.end <= amount.start).pop();
  if (!last) return null;
  // (A pack's count may stand between: "Citrato de Magnesio 150 cápsulas | 500mg".)
  const gap = text.slice(last.end, amount.start).replace(PACK_COUNT_RE, '');
  if (gap.length > 30 || /\d/.test(gap) || ELEMENT_AFTER_RE.test(fold(text.slice(amount.end, amount.end + 30)))) return null;
  // The salt's words stand at most a few words before magnesium's ("L´treonato De Magnesio").
  let from = Math.max(0, last.start - 25);
  if (from > 0 && /\S/.test(text[from - 1]!)) from = text.indexOf(' ', from) + 1;
  if (!formsNearMagnesium(text.slice(from, amount.start)).some((f) => f.id === forms[0]!.id)) return null;
  const fraction = FORM_BY_ID[forms[0]!.id]?.fraction;
  if (!fraction) return null;
  const hydrate = namedHydrate(fold(text));
  const named = hydrate ? fraction.hydrates?.[hydrate] : undefined;
  return {
    fraction: named ? { min: named, max: named } : { min: fraction.min, max: fraction.max },
    source: quote(text.slice(from, amount.end), 160),
    latin: LATIN_SALT_TITLE_RE.test(fold(text.slice(from, amount.start))),
  };
}

const span = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

/** What a title's figure says of magnesium (see TitleClaim). */
function readClaim(mg: number, figureSource: string, salt: ReturnType<typeof saltBefore>): TitleClaim {
  const asPrinted: TitleClaim = { mg, source: figureSource, magnesium: { min: mg, max: mg }, why: null };
  if (!salt) {
    if (mg <= MAGNESIUM_BEYOND_A_SERVING_MG) return asPrinted;
    return {
      ...asPrinted,
      magnesium: null,
      why: 'it is more magnesium than a serving of any supplement holds, so it weighs a salt or a blend',
    };
  }
  const asSalt = { min: round(mg * salt.fraction.min, 0.1), max: round(mg * salt.fraction.max, 0.1) };
  // The grams of the salt that would hold the figure as magnesium.
  const saltNeeded = mg / salt.fraction.max;
  const source = salt.source;
  const weighsTheSalt = salt.latin
    ? 'as medicines named in Latin do, it weighs the salt'
    : saltNeeded > SALT_BEYOND_A_SERVING_MG
      ? `as magnesium it would take ${round(saltNeeded / 1000, 0.1)} g of the salt, more than a serving holds, so it weighs the salt`
      : mg > MAGNESIUM_BEYOND_A_SERVING_MG
        ? 'it is more magnesium than a serving of any supplement holds, so it weighs the salt'
        : null;
  if (weighsTheSalt) return { mg, source, magnesium: asSalt, why: `${weighsTheSalt} (${span(asSalt)} mg of magnesium)` };
  if (saltNeeded > SALT_IN_A_SERVING_MG)
    return {
      mg,
      source,
      magnesium: { min: asSalt.min, max: mg },
      why: `it follows the salt's name and may weigh the salt (${span(asSalt)} mg of magnesium) as well as magnesium`,
    };
  return asPrinted;
}

/** Another nutrient's name in a title, beside magnesium's. */
const OTHER_NUTRIENT_RE =
  /(?<![a-z])(?:vitamin|vitamine|b6|b-6|zinc|zink|calcium|d3|k2|potassium|kalium|ashwagandha|melatonin|l-theanine|theanine)(?![a-z])/;

/** "RDA = ", "NRV: ", "UL " right before a figure: the reference intake's, not the product's. */
const REFERENCE_BEFORE_RE = /(?<![a-z])(?:rda|rdi|nrv|vnr|ajr|dv|ul|ri)\s?[=:]?\s?$/;

/** "/ 100 g", "per 100 g", "w 100 g" right after a figure: a food's content per 100 g or ml. */
const PER_100_AFTER_RE = /^[ ]{0,2}(?:\/|per|pro|par|por|je|w|na|in|en|v|на|в)[ ]{0,2}100[ ]?(?:g|gr|ml|г|мл)(?![a-z0-9а-я])/;

export function analyzeTitle(title: string): TitleAnalysis {
  try {
    const text = clampText(title, 2_000);
    const mentions = magnesiumMentions(text).filter(
      (m) => !m.excipient && !m.negated && !(m.end - m.start === 2 && text.slice(m.start, m.end) !== 'Mg'),
    );
    const containsMagnesium = mentions.length > 0 || /(?<![a-z])magtein(?![a-z])/.test(fold(text));
    if (!containsMagnesium) return { containsMagnesium: false, forms: [], mgClaim: null, topical: looksTopical(text) };
    const forms = formsInName(text);
    // The mg figure nearest after the first magnesium mention, before another nutrient's figure
    // ("Magnesium Glycinate 400mg with B6 10mg" -> 400); else the first figure before it ("400mg Magnesium").
    // ("40mg Magnesium oxide (RDA = 340mg; …)": a reference intake's figure is nobody's dose.)
    // ("Bogate w Magnez (550 mg / 100 g)": a food's content per 100 g is no dose either.)
    const amounts = findAmounts(text).filter(
      (a) =>
        a.unit !== 'mcg' &&
        !REFERENCE_BEFORE_RE.test(fold(text.slice(Math.max(0, a.start - 24), a.start))) &&
        !PER_100_AFTER_RE.test(fold(text.slice(a.end, a.end + 16))),
    );
    const firstMention = mentions[0]?.start ?? 0;
    const after = amounts.find((a) => a.start >= firstMention);
    // "Dosage: 40mg Magnesium oxide (…), 50mg Vitamin B2": a figure that leads the name, at the start or
    // after a break, is its (not "Zinc 15mg Magnesium 400mg", whose 15 mg ends zinc's name).
    // (Only where the figure after the name is another nutrient's, written the same way: "50mg Vitamin B2";
    // not "1000mg Magnesium Citrate (160mg elemental)", nor "Vitamin B6, 25mg Magnesium Citrate 200mg".)
    const before = amounts.filter((a) => a.end <= firstMention).pop();
    const leads =
      !!before &&
      !!after &&
      /^\s?(?:of\s)?$/i.test(text.slice(before.end, firstMention)) &&
      /(?:^|[:/(+&])\s*$/.test(text.slice(0, before.start)) &&
      // ("Calcium: 1000mg Magnesium: 500mg": a figure after another nutrient's name is that nutrient's.)
      !OTHER_NUTRIENT_RE.test(fold(text.slice(Math.max(0, before.start - 30), before.start))) &&
      OTHER_NUTRIENT_RE.test(fold(text.slice(after.end, after.end + 20)).replace(/^\s+/, ''));
    const claim = (leads ? before : after) ?? amounts[amounts.length - 1] ?? null;
    let mgClaim = pairedClaim(text);
    if (!mgClaim && claim && claim.mg > 0 && claim.mg <= 10_000) {
      const between = fold(text.slice(Math.min(firstMention, claim.start), Math.max(firstMention, claim.start)));
      const otherNutrient = OTHER_NUTRIENT_RE.test(between);
      if (!otherNutrient)
        mgClaim = readClaim(
          claim.mg,
          quote(text.slice(Math.min(firstMention, claim.start), Math.max(claim.end, mentions[0]?.end ?? 0)), 160),
          saltBefore(text, mentions, forms, claim),
        );
    }
    return { containsMagnesium, forms, mgClaim, topical: looksTopical(text) };
  } catch {
    return { containsMagnesium: false, forms: [], mgClaim: null, topical: false };
  }
}
