// Generic reader for a facts panel in text: "Supplement Facts", "Nutrition Facts", "Nährwerte",
// "Valeurs nutritionnelles". It pulls the rows that follow the heading, bounded in lines and
// characters, plus the serving size and servings per container printed in that panel. It knows
// panel words, not magnesium.
import type { SnapshotFields } from './types';
import { blockText, capText, cleanText } from './dom';

const FACTS_HEADING =
  /(?:supplement|nutrition(?:al)?)\s+(?:facts|information)|n[äa]hrwert\w*|valeurs\s+nutritionnelles|informations?\s+nutritionnelles|nutrition\s+facts/i;
/** An amount as label rows print it: "105 mg", "1,5 g", "400 IU", "25%". */
const AMOUNT = /\d\s*(?:mg|mcg|µg|μg|g|iu|i\.e\.|kcal|kj|%)(?![a-z])/i;
/** A line that starts the next section: the panel ends there. */
const NEXT_SECTION =
  /^(?:other ingredients|ingredients|zutaten|sonstige (?:bestandteile|zutaten)|directions|suggested use|recommended use|verzehrempfehlung|warnings?|cautions?|allergen|mode d'emploi|ingrédients|conseils d'utilisation|disclaimer)\b/i;
const SERVING_SIZE = /^(?:serving size|portionsgröße|portion size|taille de la portion|portion)\s*:?\s*(.+)$/i;
const SERVINGS_PER =
  /^(?:servings per container|servings per package|portionen pro (?:packung|dose|behälter)|portions par (?:contenant|emballage))\s*:?\s*(.+)$/i;

const MAX_LINES = 80;
const MAX_CHARS = 6_000;

type FactsFields = Pick<SnapshotFields, 'labelText' | 'servingSize' | 'servingsPerContainer'>;

/** The facts panel in a page's text: the heading line and the rows after it, bounded. */
export function factsFromText(text: string): FactsFields {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.split('\t').map(cleanText).filter(Boolean).join('\t'))
    .filter(Boolean);
  const start = lines.findIndex((l) => l.length < 120 && FACTS_HEADING.test(l));
  if (start < 0) return {};
  const rows: string[] = [];
  let size = 0;
  for (let i = start; i < lines.length && rows.length < MAX_LINES; i++) {
    const line = lines[i]!;
    if (i > start && (NEXT_SECTION.test(line) || line.length > 400)) break;
    if (size + line.length > MAX_CHARS) break;
    rows.push(line);
    size += line.length + 1;
  }
  if (!rows.slice(1).some((r) => AMOUNT.test(r))) return {};
  const out: FactsFields = { labelText: rows.join('\n') };
  for (const row of rows) {
    const flat = row.replace(/\t/g, ' ');
    const size = SERVING_SIZE.exec(flat)?.[1];
    if (size && !out.servingSize) out.servingSize = cleanText(size);
    const per = SERVINGS_PER.exec(flat)?.[1];
    if (per && !out.servingsPerContainer) out.servingsPerContainer = cleanText(per);
  }
  return out;
}

/**
 * A headed passage in plain text: "Directions: take 2 …" on one line, or the heading alone on a
 * line and the passage on the next. Bounded to maxChars.
 */
export function passageAfter(text: string, heading: RegExp, maxChars = 600): string | undefined {
  const lines = text.split(/\r?\n/).map(cleanText).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const m = new RegExp(`^(?:${heading.source})\\s*:?\\s*(.*)$`, 'i').exec(lines[i]!);
    if (!m) continue;
    const rest = (m[1] ?? '').trim() || (lines[i + 1] ?? '');
    if (rest && !NEXT_SECTION.test(rest)) return capText(rest, maxChars);
  }
  return undefined;
}

const CANDIDATES = [
  'table',
  '[class*="facts" i]',
  '[id*="facts" i]',
  '[class*="nutrition" i]',
  '[id*="nutrition" i]',
  '[class*="supplement" i]',
  '[id*="supplement" i]',
  '[class*="naehrwert" i]',
  '[class*="nutri-table" i]',
].join(',');
const HEADINGS = 'h1,h2,h3,h4,h5,h6,caption,strong,b';
const MAX_CANDIDATES = 300;
const MAX_CONTAINER_CHARS = 20_000;

/**
 * The facts panel of a document: the smallest table or facts-named container whose text has a
 * facts heading and amounts, else the container around a facts heading. Reads only those nodes.
 */
export function readFactsFromDocument(doc: Document): FactsFields {
  let best: { text: string; size: number } | undefined;
  const consider = (text: string) => {
    if (text.length > MAX_CONTAINER_CHARS || !FACTS_HEADING.test(text) || !AMOUNT.test(text)) return;
    if (!best || text.length < best.size) best = { text, size: text.length };
  };
  let n = 0;
  for (const el of doc.querySelectorAll(CANDIDATES)) {
    if (++n > MAX_CANDIDATES) break;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_CONTAINER_CHARS || !AMOUNT.test(raw)) continue;
    if (FACTS_HEADING.test(raw)) {
      consider(blockText(el));
    } else if (el.tagName === 'TABLE') {
      // The heading often sits just before the table ("<h3>Supplement Facts</h3><table>").
      const before = cleanText(el.previousElementSibling?.textContent);
      if (before.length < 120 && FACTS_HEADING.test(before)) consider(`${before}\n${blockText(el)}`);
    }
  }
  if (!best) {
    n = 0;
    for (const h of doc.querySelectorAll(HEADINGS)) {
      if (++n > MAX_CANDIDATES) break;
      const t = cleanText(h.textContent);
      if (t.length > 60 || !FACTS_HEADING.test(t)) continue;
      let box: Element | null = h.parentElement;
      for (let up = 0; box && up < 4; up++, box = box.parentElement) {
        const raw = box.textContent ?? '';
        if (raw.length > MAX_CONTAINER_CHARS) break;
        if (AMOUNT.test(raw)) {
          consider(blockText(box));
          break;
        }
      }
      if (best) break;
    }
  }
  return best ? factsFromText(best.text) : {};
}
