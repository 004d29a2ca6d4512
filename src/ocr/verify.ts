// Before an OCR'd figure becomes a dose it must pass the checks a careful reader would make: the row
// is really Magnesium, its %DV agrees with its mg, the amount is one a magnesium serving can have, and
// the engine was sure of the digits. A figure that fails is not shown as a dose: the popup shows the
// line as read, says which check failed, and lets the user correct it.
import type { ElementalAmount } from '../core/schema';
import type { LabelLine } from './label-text';

/**
 * Daily values the %DV of a magnesium row can be computed against: US adults (2016 on), US adults before
 * 2016 and pregnancy, EU NRV, US pregnant or lactating women before 2016 (450: prenatal panels such as
 * "100 mg 22%"), and the children's values older and children's labels use (under 4 years before 2016:
 * 200; 1–3 years: 80; infants: 75).
 */
const DAILY_VALUES_MG = [420, 400, 375, 450, 200, 80, 75];
/** More elemental magnesium in one serving than any supplement label carries: a misread digit. */
const MAX_SERVING_MG = 1_000;
/** Below this the engine's own doubt about a digit is too great to trust the figure. */
const MIN_DIGIT_CONFIDENCE = 70;
/**
 * When the row's %DV agrees with its mg, two figures read apart say the same thing: a misread digit
 * would have to be matched by a misread percent. Small print then passes with less confidence, but
 * not with none.
 */
const MIN_DIGIT_CONFIDENCE_DV_AGREES = 40;
const MAGNESIUM_NAME = /\bmagn[eé]s/i;

export interface FigureCheck {
  /** The label line behind the figure (cells joined by tabs) and the OCR lines it came from. */
  line: string;
  read: string[];
  mg: number;
  problems: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The label line a figure's source text was read from, if it came from the label: the line itself,
 * else the line that shares the most of it (never a scrap such as "NE" that merely occurs inside it).
 */
function lineOf(source: string, lines: LabelLine[]): LabelLine | undefined {
  const wanted = squash(source);
  if (!wanted) return undefined;
  let best: { line: LabelLine; shared: number } | undefined;
  for (const line of lines) {
    const text = squash(line.text);
    if (text === wanted) return line;
    const shared = text.includes(wanted) ? wanted.length : wanted.includes(text) && text.length >= 8 ? text.length : 0;
    if (shared > (best?.shared ?? 0)) best = { line, shared };
  }
  return best?.line;
}

function percentsAfter(text: string, mg: number): number[] {
  const at = text.search(new RegExp(`(?<![\\d.,])${mg}(?:[.,]0+)?\\s*mg`, 'i'));
  const rest = at < 0 ? text : text.slice(at);
  return [...rest.matchAll(/(\d{1,3})\s*%/g)].map((m) => Number(m[1]));
}

function dvAgrees(mg: number, percent: number): boolean {
  // Labels round %DV to a whole percent; allow that and the rounding of the mg figure itself.
  return DAILY_VALUES_MG.some((dv) => Math.abs((mg / dv) * 100 - percent) <= Math.max(1.5, percent * 0.04));
}

/** The number a word holds: "11,8mg" → 11.8, "1,000" → 1000 or 1, "105" → 105. */
function numbersIn(word: string): number[] {
  const figure = /\d[\d.,]*/.exec(word)?.[0].replace(/[.,]$/, '');
  if (!figure) return [];
  return [Number(figure.replace(',', '.')), Number(figure.replace(/,/g, ''))].filter((n) => Number.isFinite(n));
}

/**
 * How sure the engine was of the figure's own digits: the words that hold the amount, when they can
 * be told apart (a misread elsewhere on a joined line, "0,175¢g", does not count against "11,8mg");
 * otherwise the least sure digits of the whole line.
 */
function figureConfidence(line: LabelLine, mg: number): number | null {
  const own = line.figures.filter((f) => numbersIn(f.text).some((n) => Math.abs(n - mg) < 1e-6));
  return own.length ? Math.min(...own.map((f) => f.confidence)) : line.digitConfidence;
}

/** Checks the per-serving figure the analysis took from a label image; null when it did not come from the label. */
export function checkFigure(amount: ElementalAmount | null, lines: LabelLine[]): FigureCheck | null {
  if (!amount || amount.basis === 'from-title') return null;
  const line = lineOf(amount.source, lines);
  if (!line) return null;
  const mg = amount.max;
  const problems: string[] = [];
  if (!MAGNESIUM_NAME.test(line.text)) problems.push('the row is not clearly named Magnesium');
  if (mg > MAX_SERVING_MG) problems.push(`${mg} mg is more than a magnesium serving holds`);
  // Worked out from the %DV: the row's mg was not read, and the %DV may be of 400 mg (older US labels) or 420.
  if (amount.basis === 'from-percent-dv') problems.push('its mg was not read, only its % Daily Value');
  let agrees = false;
  if (amount.basis === 'stated-elemental' && amount.min === amount.max) {
    const percent = percentsAfter(line.text, mg)[0];
    agrees = percent !== undefined && percent > 0 && dvAgrees(mg, percent);
    if (percent !== undefined && percent > 0 && !agrees) problems.push(`its ${percent}% Daily Value does not match ${mg} mg`);
  }
  const minConfidence = agrees ? MIN_DIGIT_CONFIDENCE_DV_AGREES : MIN_DIGIT_CONFIDENCE;
  const confidence = figureConfidence(line, mg);
  if (confidence !== null && confidence < minConfidence) problems.push('the reader was unsure of its digits');
  return { line: line.text, read: line.read, mg, problems };
}
