// Amounts as labels print them: "1,000 mg", "1.000 mg" (German thousands), "1,5 g", "500mcg", "250 µg".
import { fold } from './text';

export interface Amount {
  mg: number;
  /** Exactly as printed, e.g. "1,000 mg". */
  raw: string;
  unit: 'mg' | 'g' | 'mcg';
  /** Offsets in the text searched. */
  start: number;
  end: number;
}

/**
 * A printed number with either separator convention. A single "," or "." followed by exactly three
 * digits after a non-zero whole part is a thousands separator ("1,000", "1.000"); otherwise it is
 * the decimal mark ("1,5", "0.125", "7.5"). Returns null for anything that is not a plain number.
 */
export function parseLabelNumber(token: string): number | null {
  const t = token
    .trim()
    .replace(/[.,]+$/, '')
    .replace(/[\s\u00A0\u202F']/g, '');
  if (!/^\d[\d.,]{0,14}$/.test(t)) return null;
  const commas = (t.match(/,/g) ?? []).length;
  const dots = (t.match(/\./g) ?? []).length;
  let normal: string;
  if (commas && dots) {
    // The later separator is the decimal mark: "1,000.5" or "1.000,5".
    const decimal = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normal = t.split(thousands).join('').replace(decimal, '.');
  } else if (commas + dots === 0) {
    normal = t;
  } else {
    const sep = commas ? ',' : '.';
    const parts = t.split(sep);
    const groupsOfThree = parts.slice(1).every((p) => p.length === 3);
    const whole = parts[0] ?? '';
    if (parts.length > 2) normal = groupsOfThree ? parts.join('') : '';
    else if (groupsOfThree && whole.length >= 1 && whole.length <= 3 && !/^0/.test(whole)) normal = parts.join('');
    else normal = parts.join('.');
  }
  if (!normal || !/^\d{1,9}(\.\d{1,6})?$/.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

// Digits with separators (bounded), optional space, then a mass unit as a whole word. Bounded
// repetition only, so the scan is linear in the input length.
const AMOUNT_RE =
  /(?<![\d.,])(\d{1,3}(?:[.,']\d{3}){1,3}(?:[.,]\d{1,4})?|\d{1,3}(?:[ \u00A0\u202F]\d{3}){1,2}(?![.,]?\d)|\d{1,7}(?:[.,]\d{1,4})?)[ \u00A0]{0,2}(mgs?|мг|मिलीग्राम|मि\.?[ ]?ग्रा\.?|מ["״]ג|毫克|ミリクラム|มิลลิกรัม|มก\.?(?![\u0E00-\u0E7F])|ไมโครกรัม|มคก(?![\u0E00-\u0E7F])|mcg|мкг|µg|ug|微克|公克|克|g|milligrams?|milligramm|milligrammes?|milligramos?|milligrammi|micrograms?|grams?|กรัม|gramm|grammes?|gramos?|grammi|גרם(?![א-ת]))(?:(?![a-zа-я])|(?=mg ?(?:2\+|\+\+)))/g;

/**
 * The text writes decimals with a comma ("1,97 mmol", "48,62 mg", "0,1044 mg": a zero before a
 * comma is never a thousands group) and never with a point: a "470,000 mg" or "1,781 mg" in it is
 * 470 or 1.781 mg, not 470 000 or 1781.
 */
function usesDecimalComma(folded: string): boolean {
  return /\d,\d{1,2}(?![\d.,])|(?<![\d.,])0,\d/.test(folded) && !/\d\.\d{1,2}(?![\d.,])|(?<![\d.,])0\.\d/.test(folded);
}

/** A dosage unit right after an amount: "500 mg tablets", the strength of each. */
const UNIT_AFTER_RE =
  /^[ ]{0,2}(?:[a-z-]+ ){0,2}(?:caps|tabs|pills?|vcaps?|softgels?|caplets?|gumm\w*|chewables?|lozenges?|sachets?|doses?|tablet\w*|tablett\w*|kaps\w*|capsul\w*|gelul\w*|comprim\w*|compress[ae]|tobol\w*|драже|таблет[а-я]*|капсул[а-я]*)(?![a-zа-я])/;
/** A verb of taking right before a count: "take 2 250 mg …". */
const TAKE_BEFORE_RE =
  /(?<![a-z])(?:take|takes|taking|nehmen|einnehmen|prendre|prenez|tomar|tome|tomas|assumere|assumi|prendere|neem|innemen|przyjmowac|przyjmuj|uzivat|uzivejte|ta|tag|ota|принимать|принима[йи]те)[ ]{1,2}$/;

/** Milligrams as the units' pattern spells them (Thai "มก." with or without its dot), beside "milli…" and the Hebrew abbreviation. */
const MILLIGRAM_WORDS: ReadonlySet<string> = new Set([
  'mg',
  'mgs',
  'мг',
  'मिलीग्राम',
  '毫克',
  // ("ミリグラム", folded: its voicing mark is gone.)
  'ミリクラム',
  'มก',
  'มก.',
  'มิลลิกรัม',
]);

/** Every mass amount in a text, in order. */
export function findAmounts(text: string): Amount[] {
  const folded = fold(text);
  const out: Amount[] = [];
  const commaDecimal = usesDecimalComma(folded);
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(folded); m; m = AMOUNT_RE.exec(folded)) {
    const u = m[2]!;
    // "9 000 mg", "1 000 mg" (a space between thousands, as French and Nordic labels print them) is one
    // number; not across a table's cells ("2<TAB>200 mg"), nor a count before a unit's strength ("2 500 mg
    // tablets") or after a verb of taking ("Take 2 250 mg magnesium pills"): there the amount is the last group's.
    const gap = m[1]!.search(/[ \u00A0\u202F]/);
    if (
      gap > 0 &&
      (TAKE_BEFORE_RE.test(folded.slice(Math.max(0, m.index - 16), m.index)) ||
        /\t/.test(text.slice(m.index, m.index + m[1]!.length)) ||
        UNIT_AFTER_RE.test(folded.slice(m.index + m[0].length)))
    ) {
      AMOUNT_RE.lastIndex = m.index + gap + 1;
      continue;
    }
    // "1,500 g" of an active ingredient is 1.5 g (a decimal comma), not a kilogram and a half;
    // so is "470,000 mg" in a text whose other numbers use the decimal comma ("1,97 mmol"), and "190,500 mg" anywhere
    // (read in thousands, 190 g: no label row weighs that).
    const grams = u === 'g' || u === '克' || u === '公克' || u.startsWith('gram');
    const decimalReading =
      (grams && /^\d{1,2}[.,]\d{3}$/.test(m[1]!)) ||
      (commaDecimal && /^\d{1,3},\d{3}$/.test(m[1]!)) ||
      (MILLIGRAM_WORDS.has(u) && /^\d{3},\d{3}$/.test(m[1]!));
    const value = decimalReading ? Number(m[1]!.replace(',', '.')) : parseLabelNumber(m[1]!);
    if (value === null) continue;
    const unit: Amount['unit'] =
      u.startsWith('mc') ||
      u.startsWith('µ') ||
      u === 'ug' ||
      u === 'мкг' ||
      u === '微克' ||
      u.startsWith('micro') ||
      u === 'มคก' ||
      u === 'ไมโครกรัม'
        ? 'mcg'
        : MILLIGRAM_WORDS.has(u) || u.startsWith('מ') || u.startsWith('milli') || u.startsWith('मि')
          ? 'mg'
          : 'g';
    const mg = unit === 'mg' ? value : unit === 'g' ? value * 1000 : value / 1000;
    if (!Number.isFinite(mg)) continue;
    out.push({
      mg: round(mg),
      raw: text.slice(m.index, m.index + m[0].length),
      unit,
      start: m.index,
      end: m.index + m[0].length,
    });
    if (out.length > 200) break;
  }
  return out;
}

const PERCENT_RE = /(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)[ \u00A0]{0,2}%/g;

export interface Percent {
  value: number;
  raw: string;
  start: number;
}

/**
 * The reference intakes a label's percent is of, folded, in the languages read: one list for every reader of a
 * reference's column or word ("%NRV", "% RI*", "%VNR", "RWS", "%DV", "%VD", "%BRD", "% Daily Value", "РХП").
 */
export const REFERENCE_INTAKE = String.raw`(?:nrv|nrw|ri|vnr|vrn|rws|rda|rdi|dri|dv|vd|vdr|idr|ir|vr|rv|pvk|vk|ar|adt|adh|ajr|rhp|rsp|rds|pv|pu|rvm|rmv|gda|brd|daily value|valor diario|valeur de reference|saantisuosituksesta|saantisuositus|referensintag(?:et)?|referenceindtag(?:et)?|referanseinntak(?:et)?|рхп|ауп|рсп|дпд)`;

export function findPercents(text: string): Percent[] {
  const out: Percent[] = [];
  PERCENT_RE.lastIndex = 0;
  for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
    const v = Number(m[1]!.replace(',', '.'));
    if (Number.isFinite(v)) out.push({ value: v, raw: m[0], start: m.index });
    if (out.length > 50) break;
  }
  return out;
}

/** Round to 0.01 mg so binary fractions never leak into the output. */
export function round(n: number, step = 0.01): number {
  return Math.round(n / step) * step === 0 ? 0 : Number((Math.round(n / step) * step).toFixed(6));
}

/** Grams of magnesium in one mole (docs/knowledge.md §2): 1 mmol of magnesium is 24.305 mg. */
export const MG_PER_MMOL_MAGNESIUM = 24.305;

const MMOL_MAGNESIUM_RE =
  /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)[ \u00A0]{0,2}mmol(?=[ ]{1,2}(?:(?:of|de|di|du|von|van)[ ]{1,2})?(?:magnesium|magnesio|mg)(?:[ -]{0,2}ion(?:en|e|s)?)?(?![a-z]))/g;
/** "магний 10 ммоль", "magnesium: 10 mmol": the element named first, then its millimoles. */
const MAGNESIUM_THEN_MMOL_RE =
  /(?<=(?<![a-zа-я])(?:magnesium|magnesio|магни[ийяю])[ ]{0,2}:?[ ]{1,2})(\d{1,3}(?:[.,]\d{1,3})?)[ \u00A0]{0,2}(?:mmol|ммоль)(?![a-zа-я])/g;

/** What may stand between an amount in mg and its millimoles restated: the element's words, a bracket, "bzw.", "=". */
const ELEMENT_WORDS_BETWEEN = String.raw`[\s(=,/]*(?:(?:magnesium|magnesio|magnez\w*|mg|ionen?|ions?|de|of|von)[\s,]*)*`;
const RESTATED_BEFORE_RE = new RegExp(
  String.raw`^${ELEMENT_WORDS_BETWEEN}(?:bzw\.?|oder|or|ou|o|eller|lub|sau|tai|vagy|resp\.?|entspricht|entsprechend|entspr\.?|equivalent to|equals|soit|d\.h\.)?[\s(=,/]*$`,
);
const RESTATED_AFTER_RE = new RegExp(String.raw`^${ELEMENT_WORDS_BETWEEN}[\s(=,]*$`);

/**
 * "5 mmol Magnesium", "10 mmol of magnesium", "10 mmol de magnésium": an amount of magnesium in millimoles, as milligrams
 * (raw keeps the label's "5 mmol"). A figure restated right after an amount in mg ("243 mg oder
 * 10 mmol Magnesium") is left out: the label gives that amount already.
 */
export function findMagnesiumMmol(text: string): Amount[] {
  const folded = fold(text);
  const inMg = findAmounts(text);
  const out: Amount[] = [];
  const found = [...folded.matchAll(MMOL_MAGNESIUM_RE), ...folded.matchAll(MAGNESIUM_THEN_MMOL_RE)].sort(
    (x, y) => x.index - y.index,
  );
  for (const m of found.slice(0, 50)) {
    // ("1 sachet de 5 g contient 10 mmol": a weight before, with words between, restates nothing; "5 mmol magnesium
    // (120 mg)": the milligrams in the bracket after it restate it.)
    const end = m.index + m[0].length;
    const restates = (a: Amount) =>
      (a.end <= m.index && m.index - a.end <= 25 && RESTATED_BEFORE_RE.test(folded.slice(a.end, m.index))) ||
      (a.start >= end && a.start - end <= 25 && RESTATED_AFTER_RE.test(folded.slice(end, a.start)));
    if (inMg.some(restates)) continue;
    // ("Magnesium 2.5 mmol/5 mval (Magnesium 60.8 mg …)": the milligrams in a bracket a little further on restate it.)
    if (inMg.some((a) => a.start >= end && a.start - end <= 30 && folded.slice(end, a.start).includes('('))) continue;
    const mmol = Number(m[1]!.replace(',', '.'));
    if (!(mmol > 0)) continue;
    out.push({
      mg: round(mmol * MG_PER_MMOL_MAGNESIUM, 0.1),
      raw: text.slice(m.index, m.index + m[0].length),
      unit: 'mg',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/**
 * "120-", "403.-", "120 to ", "250 a ": the low end of a range, right before the amount that is its top; its unit may be
 * said twice ("od 48 mg do 400 mg", "from 100 mg to 400 mg").
 */
const RANGE_LOW_BEFORE_RE =
  /(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)\.?[ ]{0,2}(?:mg[ ]{1,2}(?=(?:to|bis|a|till|do|tot|az)[ ]))?(?:-|–|to|bis|a|till|do|tot|az)[ ]{0,2}$/;

/** The low end of a range printed before an amount ("403.-435.2mg", "120-360 mg"), in mg; null when none. */
export function rangeLowBefore(text: string, amount: Amount): number | null {
  const m = RANGE_LOW_BEFORE_RE.exec(fold(text.slice(Math.max(0, amount.start - 20), amount.start)));
  if (!m) return null;
  const low = Number(m[1]!.replace(',', '.')) * (amount.unit === 'g' ? 1000 : amount.unit === 'mcg' ? 0.001 : 1);
  return low > 0 && low < amount.mg ? low : null;
}

/** "Mg (Hořčík - mg/l) 160", "Magnesium 107 mg/l", "mg pro Liter", "Магний Mg2+ … мг/дм³": an amount per litre (folded text). */
export const PER_LITRE_RE =
  /mg ?\/ ?(?:l|dm[3³])(?![a-z])|mg (?:per|pro|par|por|na|je|w) (?:1 )?(?:l|liter|litre|litro|litr)(?![a-z])|мг ?\/ ?(?:л|дм[3³])(?![а-я])/;
