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
const LOOKALIKE_FIGURE = /(?<![\p{L}\d])([\dOoDQlI|iSsBZ][\dOoDQlI|iSsBZ.,]*)(\s*)(mg|rng|mq|mgs|mcg|µg|%)(?![\p{L}])/gu;

/** "2O0 rng" → "200 mg", "1O%" → "10%"; words that merely end near a unit ("is mg") stay. */
export function fixFigures(line: string): string {
  return line.replace(LOOKALIKE_FIGURE, (whole, figure: string, space: string, unit: string) => {
    if (!/\d/.test(figure)) return whole;
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

/** "Supp|ement", "Va|ue": a bar between two small letters is a misread "l". */
const BAR_FOR_L = /(?<=\p{Ll})\|(?=\p{Ll})|(?<=[\s(]\p{Lu}?\p{Ll}{0,12})\|(?=\p{Ll})/gu;
/** "Take l capsule", "one (l) tablet": a one read as the letter, before a unit or in its bracket. */
const LETTER_FOR_ONE =
  /(?<![\p{L}\d])[lI](?=\s+(?:[Cc]aps|[Tt]ab|[Ss]oft|[Gg]umm|[Ss]coop|[Ss]erving|[Ss]achet|[Ss]tick|[Cc]aplet|[Cc]hew)|\))/gu;
/** Signs of a misread text: a figure with a letter in it before its unit ("2OO mg", "l44 mg"), "rng" for mg, a bar inside a word. */
const MISREAD_SIGNS =
  /(?<![\p{L}\d])(?=[\dOoIl]*\d)(?=[\dOoIl]*[OoIl])[\dOoIl]{2,6}(?:[.,][\dOoIl]{1,3})?\s*(?:mg|rng|%)(?!\p{L})|\d\s*rng(?!\p{L})|\p{Ll}\|\p{Ll}/gu;
/** "Magnesiurn", "Magnesi1m": the misreads of magnesium's own name a phone's reader makes. */
const MISREAD_MAGNESIUM = /(?<!\p{L})([Mm])agnes(?:iurn|i[1l|]m|[1l|]um)(?!\p{L})/gu;

/**
 * Pasted text that shows three or more misreads ("Supp|ement Facts", "2OO rng", "Magnesiurn") is mended
 * line by line as the label-image reader mends its lines; other text is left as it is.
 */
export function mendPastedMisreads(text: string): string {
  const signs = text.slice(0, 20_000).match(MISREAD_SIGNS)?.length ?? 0;
  if (signs < 3) return text;
  return text
    .split('\n')
    .map((line) => fixFigures(line.replace(BAR_FOR_L, 'l').replace(LETTER_FOR_ONE, '1').replace(MISREAD_MAGNESIUM, '$1agnesium')))
    .join('\n');
}
