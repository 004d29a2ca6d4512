// Text helpers shared by the label engine. Every matcher works on folded text whose indices line up
// with the original, so a finding can quote the label exactly as printed.

/** Longest field the engine reads; longer input is cut so every scan stays bounded. */
const MAX_FIELD_CHARS = 100_000;
/** Longest single line a row matcher sees (real rows are far shorter). */
const MAX_LINE_CHARS = 1_000;

const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  const hit = foldCache.get(c);
  if (hit !== undefined) return hit;
  const code = c.charCodeAt(0);
  // A Hangul syllable stays whole (decomposed, it would keep only its first letter: "산화" oxide and
  // "수화" hydrate would fold alike); full-width digits and Latin letters ("３００ｍｇ") are ASCII.
  if (code >= 0xac00 && code <= 0xd7a3) return c;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  let f = c
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // Greek mu, small or capital, folds as the micro sign does ("μg", "Μαγνήσιο").
  if (c === 'µ' || c === 'μ' || c === 'Μ') f = 'µ';
  else if (c === 'ß') f = 's';
  // Letters with a stroke, which no decomposition splits: Polish "jabłczan", Croatian and Vietnamese "đ".
  else if (c === 'ł' || c === 'Ł') f = 'l';
  else if (c === 'đ' || c === 'Đ') f = 'd';
  else if (/[\u00A0\u2000-\u200B\u202F\t]/.test(c)) f = ' ';
  else if (/[\u2010-\u2015\u2212]/.test(c)) f = '-';
  else if (/[\u2018\u2019\u00B4`]/.test(c)) f = "'";
  // Keep one character per character so indices into the folded text are indices into the original.
  if (f.length !== 1) f = f.length > 1 ? f[0]! : ' ';
  if (foldCache.size < 4096) foldCache.set(c, f);
  return f;
}

/** Lower case, accents removed, dashes and odd spaces unified; same length as the input. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c === '\t' ? ' ' : c;
    else out += foldChar(c);
  }
  return out;
}

/** An English unit's word counted more than once: "capsule" → "capsules", "gummy" → "gummies". */
export function pluralUnit(word: string): string {
  return /s$/.test(word) ? word : `${word.replace(/y$/, 'ie')}s`;
}

export function clampText(s: string | undefined | null, max = MAX_FIELD_CHARS): string {
  if (typeof s !== 'string') return '';
  return s.length > max ? s.slice(0, max) : s;
}

/** A text's sentences and lines: split after ".", "!", "?" or ";" and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/);
}

/** Lines of a text, each cut to MAX_LINE_CHARS, blank ones dropped. */
/** Lines with each one that `belongsTogether` with the next put back on one line with it (a break a copy added). */
export function joinBrokenLines(lines: string[], belongsTogether: (line: string, next: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && belongsTogether(line, next)) {
      out.push(`${line.trim()} ${next.trim()}`);
      i++;
    } else out.push(line);
  }
  return out;
}

export function linesOf(s: string, maxLines = 5_000): string[] {
  const out: string[] = [];
  for (const raw of s.split(/\r\n|\r|\n/)) {
    const line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
    if (line.trim()) out.push(line);
    if (out.length >= maxLines) break;
  }
  return out;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Short quote of label text for `source` fields. */
export function quote(s: string, max = 200): string {
  const c = collapse(s);
  return c.length > max ? `${c.slice(0, max - 1)}…` : c;
}

/** Number words in the languages labels use (folded), for "two (2) tablets", "zwei Kapseln". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  half: 0.5,
  // "media cucharadita", "mezza compressa", "eine halbe Tablette", "une demi-dose": half a unit.
  media: 0.5,
  medio: 0.5,
  mezza: 0.5,
  mezzo: 0.5,
  halbe: 0.5,
  halben: 0.5,
  demi: 0.5,
  // "en halv måttsked", "een halve maatschep", "meia colher", "puoli mitallista", "pół miarki".
  halv: 0.5,
  halve: 0.5,
  meia: 0.5,
  puoli: 0.5,
  pol: 0.5,
  ein: 1,
  eine: 1,
  einen: 1,
  // "den Inhalt eines Beutels": the genitive and dative forms count one too.
  eines: 1,
  einem: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  quatro: 4,
  een: 1,
  twee: 2,
  drie: 3,
  ett: 1,
  tva: 2,
  fyra: 4,
  jedna: 1,
  jeden: 1,
  dwie: 2,
  dwa: 2,
  trzy: 3,
  cztery: 4,
  // Czech and Slovak ("jednu šumivú tabletu"), Slovenian, Romanian, Russian and Bulgarian.
  jednu: 1,
  jedno: 1,
  dve: 2,
  dva: 2,
  tri: 3,
  ena: 1,
  eno: 1,
  unu: 1,
  doua: 2,
  одна: 1,
  одну: 1,
  один: 1,
  две: 2,
  два: 2,
  три: 3,
  една: 1,
  един: 1,
  // Croatian, Serbian and Bosnian; Turkish; Indonesian and Malay; Ukrainian (folded: і stays і).
  jedan: 1,
  dvije: 2,
  bir: 1,
  iki: 2,
  satu: 1,
  dua: 2,
  tiga: 3,
  дві: 2,
  // Estonian.
  uks: 1,
  kaks: 2,
  kolm: 3,
  // Lithuanian and Latvian ("po vieną kapsulę", "divas tabletes"; "du", two, is French "du" too).
  viena: 1,
  vienu: 1,
  dvi: 2,
  divas: 2,
  divi: 2,
  tris: 3,
  // Finnish.
  yksi: 1,
  kaksi: 2,
  kolme: 3,
  // Hungarian ("két kapszula") and Greek ("δύο κάψουλες"; folded, Greek mu is µ).
  egy: 1,
  ket: 2,
  ketto: 2,
  harom: 3,
  µια: 1,
  ενα: 1,
  δυο: 2,
  τρεις: 3,
  // Hebrew ("שתי כמוסות", two capsules).
  שתי: 2,
  שתיים: 2,
  שלוש: 3,
};

/**
 * Vietnamese "Magie" / "Magiê" (folded "magie"), which is also German, French and Dutch for magic: magnesium
 * only where a row's cell, an amount, a salt, "B6" or a Vietnamese word follows it ("Magie (dưới dạng …)",
 * "Magie citrat", "Magie và vitamin B6") or a Vietnamese phrase leads to it ("bổ sung magie", "viên uống Magie").
 */
const VIETNAMESE_MAGNESIUM = String.raw`magie(?:(?=[ ]{0,8}(?:\t|:?[ ]{0,8}\d|\((?:duoi|dang|magie|as)|(?:citrat|glycinat|bisglycinat|oxyd|oxit|lactat|clorid|sulfat|gluconat|hydroxyd|carbonat|aspartat|pidolat|malat|threonat|taurat|b6|va|cho|giup|ho tro)(?![a-z])))|(?<=(?:bo sung|vien uong|vien nhai|keo deo|thieu|ham luong|cung cap|chua|cua) magie)(?![a-z]))`;

/**
 * Magnesium's name in Latin script (folded: "magnésium", "magnézium", "hořčík", "magnezyum" …) and in
 * Cyrillic, as regular-expression alternatives for matchers on folded text. Each matcher adds its own
 * word boundaries and extras (forms.ts: "Epsom", "Mag citrate"; the page words: "Mg2+"). "Magne" is the
 * short name of brands and shop titles ("Magne B6", "Магне-B6", Vietnamese "Magne Oil") only before B6, oil, spray or gel.
 * "Magn." is a table's short name for it after a salt ("Citrato de magn.", "Malato de magn.").
 */
export const LATIN_MAGNESIUM = String.raw`magnesium|magnesii|magnesio|magnesic[oa]s?(?![a-z])|magnesi(?![a-z])|magnezium|magneziu(?:l(?:ui)?)?(?![a-z])|magnezi(?:a|e|om)?(?![a-z])|horcik\w*|horecnat\w*|magnezij\w*|magni[os](?![a-z])|magnij(?:s|a|u|am)(?![a-z])|magnezow\w*|magnezyum\w*|magneesium\w*|magnez(?:u|em)?(?![a-z])|${VIETNAMESE_MAGNESIUM}|magne(?=[ -]{0,2}(?:b6|b 6|oil|spray|gel)(?![a-z]))|(?<=(?:de|di|da|do|du) )magn(?=\.)`;
export const CYRILLIC_MAGNESIUM = String.raw`магнези[а-яј]*|магні[а-яіїє]*|магниев[а-я]*|магни(?:и|я|ем|ю)(?![а-я])|магне(?=[ -]{0,2}(?:b|в|б)[ ]?6(?![0-9]))`;

/**
 * Magnesium's name in scripts other than Latin and Cyrillic (Japanese, Korean, Chinese, Hindi,
 * Hebrew, Greek, Thai), folded as fold() folds it (a voiced kana keeps its base, a Hangul syllable stays whole,
 * Greek mu is µ), as regular-expression parts for matchers that run on folded text. Greek
 * inflects it: "μαγνήσιο", "μαγνησίου".
 */
export const OTHER_SCRIPT_MAGNESIUM: readonly string[] = [
  ...['マグネシウム', '마그네슘', '镁', '鎂', 'मैग्नीशियम', 'מגנזיום'].map((w) => fold(w)),
  'µαγνησι[α-ω]*',
  // Thai, with or without the tone mark and the short-vowel sign shops add: "แมกนีเซียม", "แม็กนีเซี่ยม".
  'แม็?กนีเซี่?ยม',
];

/**
 * Epsom salt (magnesium sulfate heptahydrate), named so where a page never writes the word magnesium:
 * English, German "Bittersalz", Dutch "epsomzout", Nordic "epsomsalt" / "engelsk(t) salt", Finnish
 * "epsomin suola", Polish "sól gorzka", Czech "hořká sůl", Hungarian "keserűsó", Spanish "sal inglesa",
 * Italian "sale inglese", and in Japanese, Korean and Chinese; folded, as regular-expression parts.
 */
/**
 * The legal name of a food supplement in the languages labels use, folded ("food supplement", "Nahrungsergänzungsmittel",
 * "complément alimentaire", "suplemento dietario", "doplněk stravy", "kosttilskud"): one list for every reader of the
 * word, as regular-expression alternatives.
 */
export const FOOD_SUPPLEMENT_NAMES = String.raw`dietary supplements?|food supplements?|nahrungserganzungsmittel[n]?|complements? alimentaires?|complementos? alimenticios?|complementos? alimentares?|suplementos? (?:dietari[oa]s?|dieteticos?|alimenticios?|alimentares?|nutricionales?)|integratori? alimentar[ei]|voedingssupplement(?:en)?|suplementy? diety|doplnky? stravy|doplnek stravy|doplnok stravy|supliment alimentar|dodatek k prehrani|suplemen makanan|dodatak prehrani|dijetetsk[ia] suplement[ia]?|dodatak ishrani|g[iı]da takviyesi|kosttilskudd|kosttilskud|kosttillskott|ravintolisa|toidulisand|maisto papildas|uztura bagatinataj[a-z]*|etrend-kiegeszito\w*|prehransk[oa] dopolnil[oa]`;

export const EPSOM_SALT = String.raw`epsom(?:salt|salz|in)?|bittersalz|epsomzout|engelskt? salt|sol gorzka|gorzka sol|horka sul|horke soli|keseruso|sal inglesa|sale inglese`;
export const OTHER_SCRIPT_EPSOM: readonly string[] = ['エプソムソルト', 'エプソム塩', '엡솜솔트', '泻盐', '瀉鹽'].map((w) =>
  fold(w),
);

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
