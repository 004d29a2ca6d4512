// A label image's text → an analysis, merged with what the page itself says. The OCR'd panel is read
// by the same page-text reader as a pasted label; the page supplies what a panel does not carry
// (title, price, count, claims). A figure that fails its checks (verify.ts) has its row taken out
// of the text before the analysis, so it can never become a confident dose; the row's name, without
// its figures, is kept after the panel and in the ingredients, so the label still lists magnesium
// and its form still counts.
import { analyze } from '../core/analyze';
import type { Profile } from '../core/profile';
import type { Analysis } from '../core/schema';
import type { ProductSnapshot } from '../core/snapshot';
import { snapshotFromText } from '../stores/registry';
import { closeBrackets, toLabelLines, type OcrLine } from './label-text';
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

/** The name cell of a row: what is left of the line before its first figure, its bracket closed. */
function nameOf(line: string): string {
  return closeBrackets(
    line
      .split('\t')[0]!
      .replace(/\s*[<~]?\d[\d.,]*\s*(?:mg|mcg|µg|g|%).*$/i, '')
      .replace(/[\s,;&]+$/, ''),
  );
}

function withNames(snapshot: ProductSnapshot, names: string[]): ProductSnapshot {
  if (!names.length) return snapshot;
  return { ...snapshot, ingredients: [snapshot.ingredients, ...names].filter(Boolean).join('; ') };
}

export function analyseLabelLines(ocr: OcrLine[], page: ProductSnapshot | null, profile?: Profile): LabelImageResult {
  const lines = toLabelLines(ocr);
  const text = lines.map((l) => l.text).join('\n');
  const url = page?.url ? safeUrl(page.url) : null;
  const title = page?.title ? { title: page.title } : {};
  /**
   * The analysis with the failed rows taken out. Their names, without figures, go after the panel
   * (where no line can be read as their amount), so the label still lists magnesium and its source
   * and a multi-nutrient panel is not read as having none.
   */
  const analyseWithout = (failed: FigureCheck[], keepNames: boolean) => {
    const names = failed.map((u) => nameOf(u.line));
    const kept = [...lines.filter((l) => !failed.some((u) => u.line === l.text)).map((l) => l.text), ...(keepNames ? names : [])];
    const snapshot = merge(withNames(snapshotFromText(kept.join('\n'), url, title), names), page);
    return { snapshot, analysis: analyze(snapshot, profile) };
  };
  const uncertain: FigureCheck[] = [];
  let keepNames = true;
  // Each round takes one more failed row out (or, once, the names): it ends within a round a row.
  for (;;) {
    let { snapshot, analysis } = analyseWithout(uncertain, keepNames);
    const check = checkFigure(analysis.elementalMgPerServing, lines);
    const again = !!check?.problems.length && uncertain.some((u) => u.line === check.line);
    if (again && keepNames) {
      keepNames = false;
      continue;
    }
    if (again) {
      // A failed figure still comes back with every failed row out: the label gives no figure.
      snapshot = merge(snapshotFromText('', url, title), page);
      analysis = analyze(snapshot, profile);
    }
    if (!check?.problems.length || again) {
      for (const u of uncertain)
        analysis.warnings.push({
          code: 'label-image-uncertain',
          message: `Not used as a dose: the label image's line "${u.read.join(' ')}" (${u.problems.join('; ')}). Correct it to use it.`,
        });
      return { text, snapshot, analysis, uncertain };
    }
    uncertain.push(check!);
  }
}

function safeUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
