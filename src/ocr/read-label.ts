// A label image's text → an analysis, merged with what the page itself says. The OCR'd panel is read
// by the same page-text reader as a pasted label; the page supplies what a panel does not carry
// (title, price, count, claims). A figure that fails its checks (verify.ts) has its row taken out
// of the text before the analysis, so it can never become a confident dose; the row's name goes to
// the ingredients, so its form still counts.
import { analyze } from '../core/analyze';
import type { Profile } from '../core/profile';
import type { Analysis } from '../core/schema';
import type { ProductSnapshot } from '../core/snapshot';
import { snapshotFromText } from '../stores/registry';
import { toLabelLines, type OcrLine } from './label-text';
import { checkFigure, type FigureCheck } from './verify';

export interface LabelImageResult {
  /** The label text as read and cleaned, one row a line: what the user sees behind "read from the label image". */
  text: string;
  snapshot: ProductSnapshot;
  analysis: Analysis;
  /** Figures that failed a check, with the line as read: the popup offers to correct them. */
  uncertain: FigureCheck[];
}

/** Page fields a label panel does not carry; the panel's own fields win for everything on it. */
const FROM_PAGE = ['title', 'bullets', 'description', 'details', 'price', 'unitCount', 'directions'] as const;

function merge(label: ProductSnapshot, page: ProductSnapshot | null): ProductSnapshot {
  if (!page) return { ...label, isProductPage: true, labelIsImage: false };
  const merged: ProductSnapshot = { ...label, url: page.url, store: page.store, isProductPage: true, labelIsImage: false };
  for (const key of FROM_PAGE)
    if (page[key] !== undefined && (key !== 'directions' || !label.directions)) Object.assign(merged, { [key]: page[key] });
  return merged;
}

/** The name cell of a row: what is left of the line before its first figure. */
function nameOf(line: string): string {
  return line
    .split('\t')[0]!
    .replace(/\s*[<~]?\d[\d.,]*\s*(?:mg|mcg|µg|g|%).*$/i, '')
    .trim();
}

function withNames(snapshot: ProductSnapshot, names: string[]): ProductSnapshot {
  if (!names.length) return snapshot;
  return { ...snapshot, ingredients: [snapshot.ingredients, ...names].filter(Boolean).join('; ') };
}

export function analyseLabelLines(ocr: OcrLine[], page: ProductSnapshot | null, profile?: Profile): LabelImageResult {
  const lines = toLabelLines(ocr);
  const text = lines.map((l) => l.text).join('\n');
  const url = page?.url ? safeUrl(page.url) : null;
  const uncertain: FigureCheck[] = [];
  for (;;) {
    const kept = lines.filter((l) => !uncertain.some((u) => u.line === l.text));
    const read = snapshotFromText(kept.map((l) => l.text).join('\n'), url, page?.title ? { title: page.title } : {});
    const snapshot = merge(
      withNames(
        read,
        uncertain.map((u) => nameOf(u.line)),
      ),
      page,
    );
    const analysis = analyze(snapshot, profile);
    const check = checkFigure(analysis.elementalMgPerServing, lines);
    // Each round takes one failed row out, so this ends after at most one round a row.
    if (!check?.problems.length || uncertain.length >= lines.length) {
      for (const u of uncertain)
        analysis.warnings.push({
          code: 'label-image-uncertain',
          message: `Not used as a dose: the label image's line "${u.read.join(' ')}" (${u.problems.join('; ')}). Correct it to use it.`,
        });
      return { text, snapshot, analysis, uncertain };
    }
    uncertain.push(check);
  }
}

function safeUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
