// Misreads of a label's text: a photograph read by Tesseract (src/ocr/label-text.ts cleans its lines with
// these) or text a shopper copied from a phone's reader and pasted. Figures with letters in them
// ("2O0 rng") and magnesium spelt a letter or two wrong ("Magnesiurn") are put right where it is
// unambiguous; pasted text is mended only where it shows several such misreads.

/** Characters Tesseract confuses with digits, and what they stand for inside a figure. */
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  l: '1',
  I: '1',
  '|': '1',
  i: '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
};
const LOOKALIKE_FIGURE =
  /(?<![\p{L}\d])([\dOoDQlI|iSsBZ][\dOoDQlI|iSsBZ.,]*)(\s*)(mg|rng|mq|mgs|mcg|µg|%|g(?=[ \t]*$))(?![\p{L}])/gu;

/** "2O0 rng" → "200 mg", "1O%" → "10%"; words that merely end near a unit ("is mg") stay. */
export function fixFigures(line: string): string {
  return line.replace(LOOKALIKE_FIGURE, (whole, figure: string, space: string, unit: string) => {
    // (A one and noughts all read as letters, "lOO mg", "lO%", is a figure as sure as one with a digit in it.)
    if (!/\d/.test(figure) && !/^[lI|][Oo]{1,3}$/.test(figure)) return whole;
    const digits = [...figure].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('');
    const fixedUnit = unit === 'rng' || unit === 'mq' || unit === 'mgs' ? 'mg' : unit;
    return `${digits}${space}${fixedUnit}`;
  });
}

/**
 * Words the reader got one or two letters wrong in "magnesium" ("Magnesum", "Maognesum", "Magnesiurn").
 * Other nutrient names are further away (manganese is four edits off); "magnesia" is a word of its own.
 */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

export function fixMagnesium(line: string): string {
  return line.replace(/(?<!\p{L})([Mm])\p{L}{5,10}(?!\p{L})/gu, (word: string, m: string) => {
    const lower = word.toLowerCase();
    if (/^magn[eé]sium$|^magnesia$/.test(lower) || editDistance(lower, 'magnesium') > 2) return word;
    return word === word.toUpperCase() ? 'MAGNESIUM' : `${m}agnesium`;
  });
}

/** "Supp|ement", "Va|ue": a bar between two small letters is a misread "l"; so is one that ends a short word ("de| cual"). */
const BAR_FOR_L =
  /(?<=\p{Ll})\|(?=\p{Ll})|(?<=[\s(]\p{Lu}?\p{Ll}{0,12})\|(?=\p{Ll})|(?<=(?:^|[\s(])\p{Lu}?\p{Ll}{1,3})\|(?=[ ,.;:])/gmu;
/** "lnformazioni", "lNGREDIENTS": a capital I read as an l, where no word starts "ln". */
const L_FOR_CAPITAL_I = /(?<![\p{L}\d])l(?=n\p{Ll}{2}|N\p{Lu}{2})/gu;
/** "g1ycérophosphate", "crista11ine", "c0mprimés": a one or a nought between small letters, read for an l or an o. */
const DIGIT_FOR_L = /(?<=\p{Ll})1{1,2}(?=\p{Ll})/gu;
const DIGIT_FOR_O = /(?<=\p{Ll})0(?=\p{Ll})/gu;
/**
 * "Take l capsule", "one (l) tablet", "l-2 times daily", "tomar de l a 3 cápsulas": a one read as the letter, before a
 * unit, in its bracket or opening a range. (Not a litre after its slash: "(Magnesium 102 mg/l)".)
 */
const LETTER_FOR_ONE =
  /(?<![\p{L}\d/])[lI](?=\s+(?:[Cc]aps|[Tt]ab|[Ss]oft|[Gg]umm|[Ss]coop|[Ss]erving|[Ss]achet|[Ss]tick|[Cc]aplet|[Cc]hew)|\)|[-–]\d(?![\p{L}\d])|\s(?:a|à|to|or|bis|ou|o)\s\d(?![\p{L}\d]))/gu;
/**
 * Signs of a misread text: a figure with a letter in it before its unit ("2OO mg", "l44 mg"), "rng" for mg, a bar
 * inside a word, a nought or a one between a word's letters ("NUTRITI0N", "Magnes1o"), "rn" for the m of magnesium.
 */
const MISREAD_SIGNS =
  /(?<![\p{L}\d])(?=[\dOoIl]*\d)(?=[\dOoIl]*[OoIl])[\dOoIl]{2,6}(?:[.,][\dOoIl]{1,3})?\s*(?:mg|rng|%)(?!\p{L})|\d\s*rng(?!\p{L})|\p{Ll}\|\p{Ll}|(?<=\p{L}{2})[01](?=\p{L}{2})|(?<!\p{L})rnagn/gu;

/**
 * A label's own words with an i read as an l or a one, or an m as "rn": "Servlng Size", "Servings Per Contalner",
 * "Other lngredients", "2 tirnes daily", "oxlde", "tabiet". Only these words, whose misread spelling is no word of its own.
 */
const LABEL_WORD_MISREADS: [RegExp, string][] = [
  [/(?<!\p{L})([Ss])erv[l1|]ng(?=s?(?!\p{L}))/gu, '$1erving'],
  [/(?<!\p{L})SERV[L1|]NG(?=S?(?!\p{L}))/gu, 'SERVING'],
  [/(?<!\p{L})([Cc])onta[l1|]ner(?=s?(?!\p{L}))/gu, '$1ontainer'],
  [/(?<!\p{L})([Ii]|l)ngred[l1|]ents?(?!\p{L})/gu, 'Ingredients'],
  [/(?<!\p{L})t[il1]rnes(?!\p{L})/gu, 'times'],
  [/(?<!\p{L})([Dd])[l1|]rections(?!\p{L})/gu, '$1irections'],
  // ("magnesium oxlde", "one (1) tabiet", "TabIet": a salt's or a unit's name, its i or l read for the other.)
  [/(?<!\p{L})([Oo])x[l1|]de(s?)(?!\p{L})/gu, '$1xide$2'],
  [/(?<!\p{L})([Cc])[l1|]trate(s?)(?!\p{L})/gu, '$1itrate$2'],
  [/(?<!\p{L})([Gg])lyc[l1|]nate(s?)(?!\p{L})/gu, '$1lycinate$2'],
  [/(?<!\p{L})([Tt])ab[iI1|]et(s?)(?!\p{L})/gu, '$1ablet$2'],
];
/**
 * "Sug gested Use", "take 2 cap sules", "Magne sium": a label word a reader split with a space, joined again. Only
 * words no text splits so ("bed time" is left alone); the two parts must make the whole word.
 */
const SPLIT_LABEL_WORDS = [
  'suggested',
  'directions',
  'capsules',
  'capsule',
  'tablets',
  'tablet',
  'magnesium',
  'servings',
  'serving',
  'ingredients',
  'supplement',
  'elemental',
  'bisglycinate',
  'glycinate',
  'citrate',
  'microcrystalline',
  'practitioner',
];
/** Every split of those words at one space, as one pattern, grouped by the first letter (in either case). */
const SPLIT_WORD_RE = new RegExp(
  `(?<!\\p{L})(?:${[...new Set(SPLIT_LABEL_WORDS.map((w) => w[0]!))]
    .map(
      (first) =>
        `[${first}${first.toUpperCase()}](?:${SPLIT_LABEL_WORDS.filter((w) => w[0] === first)
          .flatMap((w) => Array.from({ length: w.length - 3 }, (_, k) => `${w.slice(1, k + 2)} ${w.slice(k + 2)}`))
          .join('|')})`,
    )
    .join('|')})(?!\\p{L})`,
  'gu',
);
const mendLabelWords = (line: string) => LABEL_WORD_MISREADS.reduce((l, [re, to]) => l.replace(re, to), line);

/** Magnesium's name in the label languages, to which a misread word is put right (folded, without accents). */
const MAGNESIUM_NAMES = ['magnesium', 'magnesio', 'magnesiu', 'magnezium', 'magneziu', 'magnezij', 'magnezu', 'magnez'];
/** The letters a phone's reader puts for others: "rn" for "m", "1", "l" or "|" for "i", "0" for "o". */
const READER_CONFUSIONS = /rn|[01|]|ii/;

/**
 * "Magnesiurn", "Magnésiurn", "rnagnesium", "Magnes1o": magnesium's name with a reader's confusion in it, put
 * right to the nearest name (one or two letters away); a word with no confusion in it stays as printed. So is the
 * name at the head of a compound ("Magnesiurnoxid").
 */
function mendMagnesiumWord(line: string): string {
  return (
    line
      .replace(/(?<![\p{L}\d])([Mm])agn([eé])siurn(?=\p{Ll})/gu, '$1agn$2sium')
      // ("agnesium            2OO rng": a row's name whose first letter the bottle's curve hid, before its amount.)
      .replace(/^([ \t]*)agn([eé])si(um|o)(?=[ \t]{2,}[\dOo])/u, '$1Magn$2si$3')
      .replace(/(?<![\p{L}\d])[MmRr][\p{L}\d|]{4,11}(?![\p{L}\d])/gu, (word) => {
        const folded = word
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '');
        if (!READER_CONFUSIONS.test(folded) || MAGNESIUM_NAMES.includes(folded)) return word;
        const near = MAGNESIUM_NAMES.find((name) => editDistance(folded, name) <= (name.length >= 8 ? 2 : 1));
        if (!near) return word;
        return word === word.toUpperCase()
          ? near.toUpperCase()
          : `${word[0] === 'r' ? 'm' : word[0] === 'R' ? 'M' : word[0]}${near.slice(1)}`;
      })
  );
}

/** A line that is one figure and its unit alone, a table's cell ("25O mg", "1O g", "4O%"): it can be nothing else. */
const VALUE_LINE_RE =
  /^[ \t]*[<>]?[ ]?(?=[\dOoIl|]*\d)[\dOoIl|]{1,6}(?:[.,][\dOoIl|]{1,3})?[ ]?(?:mg|rng|mcg|µg|g|%)[ ]?\*{0,2}[ \t]*$/;

/**
 * Misreads that can be nothing else, mended in any line however few the text shows: a figure that starts with a
 * digit and has a nought read as the letter before its unit ("5OO mg", "3OOmg80%"), "rng" or "mq" right after a
 * figure ("200rng", "5 mq"), magnesium's name with "rn" for its m or a one (or an l, at the word's end) for its i
 * ("rnagnesiumbisglycinaat", "Magnesiurn", "Magnes1o", "Magneslo"), or a q for its g ("Maqnesio"). (A code such as "B2O" has no unit after it, and starts
 * with a letter.)
 */
const SURE_FIGURE_RE = /(?<![\p{L}\d.,])(\d[\dOo]*[Oo][\dOo]*(?:[.,][\dOo]{1,3})?)([ ]?)(mg|rng|mq|%)(?!\p{L})/gu;
const SURE_UNIT_RE = /(?<=\d[ ]?)(?:rng|mq)(?!\p{L})/gu;
const SURE_NAME_RE =
  /(?<!\p{L})(?:(r)n(agn[eé]s)|([Mm]agn[eé]s)(?:(iurn)|(1|l(?=(?:o|a|um|u)(?!\p{L})))(?=[ao]|um|u(?!\p{L}))))/gu;
/** "l tabletce", "l capsule": a one read as the small letter before a unit's name (no language has "l" for a word). */
const SURE_ONE_RE =
  /(?<![\p{L}\d'’])l(?=[ ](?:tab|caps|kaps|g[eé]l|sach|sasz|bust|stick|comp|dose|dawk|porc|serving|portion)\p{L}*)/gu;
/** "Maqnesio", "MAQNESIUM": a q read for magnesium's g (no language spells it so). */
const SURE_Q_NAME_RE = /(?<!\p{L})([Mm]a|MA)([qQ])(n[eé]s|n[EÉ]S|nez|NEZ)/gu;
/**
 * "l50mg": a one read as the small letter, opening a figure of two digits or more right before "mg" (not "l0 mg" or
 * "Magnesia l0%", which may be printed so).
 */
const SURE_LEADING_ONE_RE = /(?<![\p{L}\d.,])l(?=\d{2,4}(?:[.,]\d{1,3})?[ ]?(?:mg|mcg|µg)(?!\p{L}))/gu;
/** "マグネシウ厶", "4拉": Japanese misreads, the radical 厶 for katakana ム after katakana, 拉 for 粒 (the counter) after a figure. */
const SURE_KANA_MU_RE = /(?<=[\u30a1-\u30fc])厶/gu;
const SURE_COUNTER_RE = /(?<=\d)拉/gu;
/** "l日3粒", "l日の摂取目安量": a Latin l or I read for the 1 of Japanese "1日" (a day), before a day's count or words. */
const SURE_CJK_ONE_RE = /(?<![\p{L}\d])[lI|](?=日(?:\d|の|当たり|あたり|分|に|摂取|目安))/gu;
/** "Magn6sio", "Magnes1um": magnesium's name with one digit for a letter (no word has a digit inside it). */
const SURE_DIGIT_NAME_RE = /(?<![\p{L}\d])[Mm](?=[\p{L}\d]{4,10}(?![\p{L}\d]))(?=\p{L}*\d)[\p{L}\d]+/gu;
/** "Magnésio (mg) 13OOO 26O 62": figures after a row's unit in brackets, a nought read as the letter. */
const SURE_CELLS_AFTER_UNIT_RE = /\((?:mg|g|mcg|µg|kcal)\)[ \t][^\n]*/gu;
const FIGURE_WITH_NOUGHT_LETTER_RE = /(?<![\p{L}\d])(?=[\dO]*\d)[\dO]*O[\dO]*(?![\p{L}\d])/gu;
/** Whether a row's cells after its unit in brackets hold such a figure. */
const SURE_CELLS_SIGN_RE = /\((?:mg|g|mcg|µg|kcal)\)[ \t][^\n(]*?(?<![\p{L}\d])\d*O[\dO]*(?![\p{L}\d])/u;
function mendDigitName(word: string): string {
  const folded = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const near = MAGNESIUM_NAMES.find((name) => name.length === folded.length && editDistance(folded, name) === 1);
  return near ? `${word[0]}${near.slice(1)}` : word;
}
/** Any of these in a text: whether a line is worth mending at all. */
const SURE_SIGNS_RE = new RegExp(
  [
    SURE_FIGURE_RE,
    SURE_UNIT_RE,
    SURE_NAME_RE,
    SURE_ONE_RE,
    SURE_Q_NAME_RE,
    SURE_LEADING_ONE_RE,
    SURE_KANA_MU_RE,
    SURE_COUNTER_RE,
    SURE_CJK_ONE_RE,
    SURE_DIGIT_NAME_RE,
    SURE_CELLS_SIGN_RE,
    ...LABEL_WORD_MISREADS.map(([re]) => re),
  ]
    .map((re) => re.source)
    .join('|'),
  'u',
);

/** A table's cells read on lines of their own are mended wherever they stand, and so are the misreads above. */
export function mendSureMisreads(text: string): string {
  text = text.replace(SPLIT_WORD_RE, (word) => word.replace(' ', ''));
  if (/\((?:mg|g|mcg|µg)\)/.test(text)) text = text.split('\n').map(mendBareCells).join('\n');
  const cells = /[OoIl|][ ]?(?:mg|rng|mcg|µg|g|%)[ ]?\*{0,2}[ \t]*$/m.test(text);
  if (!cells && !SURE_SIGNS_RE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (cells && VALUE_LINE_RE.test(line) ? fixFigures(line) : mendSureLine(line)))
    .join('\n');
}

function mendSureLine(line: string): string {
  if (!SURE_SIGNS_RE.test(line)) return line;
  return mendLabelWords(line)
    .replace(SURE_FIGURE_RE, (_, figure: string, space: string, unit: string) => `${figure.replace(/[Oo]/g, '0')}${space}${unit}`)
    .replace(SURE_UNIT_RE, 'mg')
    .replace(SURE_ONE_RE, '1')
    .replace(SURE_NAME_RE, (_, r?: string, rest?: string, head?: string, urn?: string) =>
      r ? `m${rest}` : `${head}${urn ? 'ium' : 'i'}`,
    )
    .replace(SURE_Q_NAME_RE, (_, head: string, q: string, rest: string) => `${head}${q === 'Q' ? 'G' : 'g'}${rest}`)
    .replace(SURE_LEADING_ONE_RE, '1')
    .replace(SURE_KANA_MU_RE, 'ム')
    .replace(SURE_COUNTER_RE, '粒')
    .replace(SURE_CJK_ONE_RE, '1')
    .replace(SURE_DIGIT_NAME_RE, mendDigitName)
    .replace(SURE_CELLS_AFTER_UNIT_RE, (cells) => cells.replace(FIGURE_WITH_NOUGHT_LETTER_RE, (cell) => cell.replace(/O/g, '0')));
}

/**
 * Pasted text that shows two or more misreads ("Supp|ement Facts", "2OO rng", "Magnesiurn") is mended
 * line by line as the label-image reader mends its lines; other text is left as it is.
 */
/**
 * "Magnésio (mg)<spaces>l4286<spaces>2OO", or the name on a line of its own over the figures: a row whose unit is in its
 * name, its cells bare figures.
 */
const UNIT_IN_NAME_RE = /^\S[^\t\d]{0,40}\((?:mg|g|mcg|µg)\)/;
/** A line of nothing but such cells, apart by runs of spaces. */
const BARE_CELLS_RE = /^[ \t]*[\dOoIl|][\dOoIl|.,]*(?:[ \t]{2,}[\dOoIl|][\dOoIl|.,]*)+[ \t]*$/;
/** Its cells read as figures where each is one: a digit in it, the rest letters that look like digits. */
const mendBareCells = (line: string, i: number, lines: string[]): string => {
  const named = UNIT_IN_NAME_RE.exec(line);
  const under = !named && BARE_CELLS_RE.test(line) && UNIT_IN_NAME_RE.test((lines[i - 1] ?? '').trim());
  if (!under && !(named && BARE_CELLS_RE.test(line.slice(named[0].length)))) return line;
  return line.replace(/(?<=^|[ \t])[\dOoIl|][\dOoIl|.,]*(?=[ \t]|$)/g, (cell) =>
    /\d/.test(cell) ? [...cell].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('') : cell,
  );
};

export function mendPastedMisreads(text: string): string {
  const signs = text.slice(0, 20_000).match(MISREAD_SIGNS)?.length ?? 0;
  if (signs < 2) return text;
  return text
    .split('\n')
    .map((line) =>
      fixFigures(
        // (Magnesium's name first: its one is an i, "Magnes1o"; in other words a one is an l.)
        mendMagnesiumWord(line.replace(BAR_FOR_L, 'l').replace(LETTER_FOR_ONE, '1').replace(L_FOR_CAPITAL_I, 'I'))
          .replace(DIGIT_FOR_L, (ones) => 'l'.repeat(ones.length))
          .replace(DIGIT_FOR_O, 'o')
          // ("rnicrocrystalline", "rnental": no word starts with "rn" and a vowel; the m's two strokes, read apart.)
          .replace(/(?<![\p{L}\d])rn(?=[aeiou]\p{Ll})/gu, 'm'),
      ),
    )
    .join('\n');
}
