// OCR lines → label text the page-text reader understands. Tesseract keeps a table's columns apart
// with runs of spaces (preserve_interword_spaces); here they become tabs, printed rules and specks
// are dropped, rows the label printed over two lines are joined, and the usual misreads inside
// figures ("2O0 rng") are put right where a figure is unambiguous. Each output line remembers the
// OCR lines behind it and how sure the engine was of their digits.

import { fixFigures, fixMagnesium } from '../stores/misreads';

/** A word of a line that holds digits, and how sure the engine was of it (0–100). */
interface OcrFigure {
  text: string;
  confidence: number;
}

/** One line as the engine gave it, with the lowest confidence (0–100) of the words in it that hold digits. */
export interface OcrLine {
  text: string;
  digitConfidence: number | null;
  /** Its words that hold digits, each with its own confidence (absent in text the user typed). */
  figures?: OcrFigure[];
}

export interface LabelLine {
  /** Cells joined by tabs, as a store adapter hands facts rows to the core. */
  text: string;
  /** The OCR lines it was made from, as read. */
  read: string[];
  digitConfidence: number | null;
  /** The words with digits of the OCR lines it was made from. */
  figures: OcrFigure[];
}

const COLUMN_GAP = /\s{2,}|\t+/;
const HAS_WORD = /[\p{L}\p{N}]{2,}|\d/u;
/** A cell that holds an amount: a figure with a unit or a percent. */
const AMOUNT_CELL = /^[<~≈]?\d[\d.,]*\s*(?:mg|mcg|µg|g|iu|%|kcal)\b|^\d[\d.,]*\s*%|^[†*‡]+$|^\*\*$/i;
/** Braces are not label punctuation: the reader's "{as" and "iodide}" are brackets. */
const fixBraces = (line: string) => line.replace(/\{/g, '(').replace(/\}/g, ')');

/** An amount at the end of a cell whose bracket is still open: "Magnesium (as magnesium 14.5 mg". */
const TRAILING_AMOUNT = /^(.*\p{L}.*?)\s+(\d[\d.,]*\s*(?:mg|mcg|µg|g|iu))$/iu;

function cells(line: string): string[] {
  return line
    .split(COLUMN_GAP)
    .map((c) => c.trim())
    .filter(Boolean)
    .flatMap((c) => {
      const m = openParens(c) > 0 ? TRAILING_AMOUNT.exec(c) : null;
      return m && openParens(m[1]!) > 0 ? [m[1]!, m[2]!] : [c];
    });
}

function openParens(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth;
}

function splitRow(text: string): { name: string[]; amounts: string[] } {
  const parts = cells(text);
  const firstAmount = parts.findIndex((c) => AMOUNT_CELL.test(c));
  return firstAmount < 0
    ? { name: parts, amounts: [] }
    : { name: parts.slice(0, firstAmount), amounts: parts.slice(firstAmount) };
}

/** What two joined lines were read from: both lines as read, and the digits of both. */
function readFromBoth(a: LabelLine, b: LabelLine): Omit<LabelLine, 'text'> {
  const confidences = [a.digitConfidence, b.digitConfidence].filter((c): c is number => c !== null);
  return {
    read: [...a.read, ...b.read],
    digitConfidence: confidences.length ? Math.min(...confidences) : null,
    figures: [...a.figures, ...b.figures],
  };
}

function joinRows(a: LabelLine, b: LabelLine): LabelLine {
  const first = splitRow(a.text);
  const second = splitRow(b.text);
  const name = [...first.name, ...second.name].join(' ');
  return { text: [name, ...first.amounts, ...second.amounts].filter(Boolean).join('\t'), ...readFromBoth(a, b) };
}

/**
 * A row whose name runs onto the next lines: "Magnesium (as magnesium" … "glycinate)  48%", or
 * "Magnesium (as  350 mg  88%" … "magnesium amino acid" … "chelate)". The next line continues the
 * name while the bracket is open and it closes it or carries no figures of its own.
 */
function continuesOnNext(line: LabelLine, next: LabelLine | undefined): boolean {
  if (!next || openParens(splitRow(line.text).name.join(' ')) === 0) return false;
  const following = splitRow(next.text);
  // A row of its own ("Magnesium (as …)  300 mg  75%") after a row with figures: the bracket left
  // open above was misread ("[Ferrochel)"), not continued.
  if (following.amounts.length && splitRow(line.text).amounts.length && NEW_ROW.test(following.name.join(' '))) return false;
  return /[)\]]/.test(next.text) || following.amounts.length === 0;
}

/** A nutrient's name with its own bracket: "Magnesium (as", "Vitamin B6 (as", "Zinc [from". */
const NEW_ROW = /^\p{Lu}[\p{L}\d -]*[([]/u;

/** A name with the brackets it left open closed: "(as magnesium citrate, fumarate," → "(as magnesium citrate, fumarate)". */
export function closeBrackets(name: string): string {
  const open = openParens(name);
  return open ? `${name.replace(/[\s,;&]+$/, '')}${')'.repeat(open)}` : name;
}

/** A name whose closing bracket the reader lost: closed before the figures, so they stay the row's. */
function closeName(line: LabelLine): LabelLine {
  const row = splitRow(line.text);
  const name = row.name.join(' ');
  if (!openParens(name) || !row.amounts.length) return line;
  return { ...line, text: [closeBrackets(name), ...row.amounts].join('\t') };
}

/** "Magnesium  70 mg  15%" then "(as magnesium glycinate)": the second line names the first row's source. */
function namesPrevious(line: LabelLine, previous: LabelLine | undefined): boolean {
  if (!previous) return false;
  const row = splitRow(line.text);
  // Not a line with an amount of its own ("(equiv. Magnesium 125 mg)"): that is a statement, not a name.
  return (
    /^\(/.test(line.text.trim()) &&
    row.amounts.length === 0 &&
    !/\d\s*(?:mg|mcg|µg|g|iu|%)(?!\p{L})/iu.test(line.text) &&
    splitRow(previous.text).amounts.length > 0
  );
}

/** Column headings the reader may put on the serving-size line: "Serving Size 3 capsules    Amount per serving". */
const HEADING_CELL = /^(?:amount per|%\s*(?:daily|dv|nrv)|daily value|per serving)/i;

/** A serving-size line with the table's headings beside it becomes the serving line and a heading line. */
function splitHeadings(line: LabelLine): LabelLine[] {
  const parts = cells(line.text);
  const at = parts.findIndex((c, i) => i > 0 && HEADING_CELL.test(c));
  if (!/^serving size/i.test(line.text) || at < 0) return [line];
  return [
    { ...line, text: parts.slice(0, at).join(' ') },
    { ...line, text: parts.slice(at).join('\t') },
  ];
}

/** Prose the panel wrapped: "117 mg of magnesium from 900 mg of pure, fully" then "reacted magnesium bisglycinate". */
function continuesSentence(line: LabelLine, previous: LabelLine | undefined): boolean {
  if (!previous || !/^\p{Ll}/u.test(line.text) || line.text.includes('\t') || previous.text.includes('\t')) return false;
  return !/[.:;!?]$/.test(previous.text.trim());
}

/** A nutrient's name alone on its line: a few words, no figures, not a heading or a sentence. */
function nameOnly(line: LabelLine | undefined): boolean {
  if (!line || /[\d:.]/.test(line.text)) return false;
  const row = splitRow(line.text);
  return row.amounts.length === 0 && row.name.length === 1 && row.name[0]!.split(' ').length <= 3 && /^\p{Lu}/u.test(line.text);
}

/** Figures alone on their line. */
const amountsOnly = (line: LabelLine | undefined) => !!line && splitRow(line.text).name.length === 0;

/**
 * A tilted photo puts a row's name and its figures on different lines: "Magnesium" then "400 mg", or
 * "(from magnesium citrate)  435 mg" then "Magnesium". The two become one row.
 */
function splitByTilt(line: LabelLine, next: LabelLine | undefined): LabelLine | null {
  if (!next) return null;
  if (nameOnly(line) && amountsOnly(next)) return joinRows(line, next);
  const row = splitRow(line.text);
  if (row.amounts.length > 0 && row.name.length === 1 && /^\((?:as|from)\b/i.test(row.name[0]!) && nameOnly(next))
    return joinRows({ ...next, text: `${next.text} ${row.name[0]}` }, { ...line, text: row.amounts.join('\t') });
  return null;
}

export function toLabelLines(ocr: OcrLine[]): LabelLine[] {
  const lines: LabelLine[] = ocr
    .map((l) => ({
      text: fixFigures(fixMagnesium(fixBraces(l.text.replace(/\s+$/, '')))),
      read: [l.text.trim()],
      digitConfidence: l.digitConfidence,
      figures: l.figures ?? [],
    }))
    .filter((l) => HAS_WORD.test(l.text))
    .flatMap(splitHeadings)
    .map((l) => ({ ...l, text: cells(l.text).join('\t') }));
  const out: LabelLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const untilted = splitByTilt(line, lines[i + 1]);
    if (untilted) {
      line = untilted;
      i++;
    }
    // A name split over at most four lines.
    for (let joined = 0; joined < 3 && continuesOnNext(line, lines[i + 1]); joined++) line = joinRows(line, lines[++i]!);
    line = closeName(line);
    const previous = out.at(-1);
    if (continuesSentence(line, previous)) {
      // Two lines of one sentence: the text runs on, and the digits of both count.
      out[out.length - 1] = { text: `${previous!.text} ${line.text}`, ...readFromBoth(previous!, line) };
      continue;
    }
    if (namesPrevious(line, previous)) {
      const prev = splitRow(previous!.text);
      out[out.length - 1] = {
        text: [[...prev.name, line.text.trim()].join(' '), ...prev.amounts].join('\t'),
        read: [...previous!.read, ...line.read],
        digitConfidence: previous!.digitConfidence,
        figures: previous!.figures,
      };
      continue;
    }
    out.push(line);
  }
  return out;
}
