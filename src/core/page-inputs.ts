// Stage 0 of the analysis (docs/design.md, "The analyser's stages"): the snapshot's fields made
// safe to read (strings capped, lists bounded), the label read into rows, the title read. Every
// later stage takes these `PageInputs` and reads nothing else of the snapshot.
import type { Warning } from './schema';
import type { ProductSnapshot } from './snapshot';
import { readLabel, type LabelReading, type MagnesiumRow } from './label-rows';
import { analyzeTitle, type TitleAnalysis } from './title';
import { parseDirections, volumesNamed } from './servings';
import { isEuropeanStore } from './region';
import { clampText } from './text';
import { arabicAsParserWords } from './arabic';

export interface Fields {
  /** The title as the parser reads it (Arabic-script words as English); `PageInputs.titleAsWritten` is the page's. */
  title: string;
  bullets: string[];
  labelText: string;
  directions: string;
  ingredients: string;
  description: string;
  details: [string, string][];
  servingSize: string;
  servingsPerContainer: string;
}

const MAX_TITLE_CHARS = 1_000;

function fieldsOf(s: ProductSnapshot): Fields {
  const str = (v: unknown) => clampText(typeof v === 'string' ? v : '');
  return {
    // A name runs to a few hundred characters at most (the page-text reader keeps 300): a longer "title" is
    // someone's text, and reading all of it would only cost time.
    title: arabicAsParserWords(clampText(typeof s.title === 'string' ? s.title : '', MAX_TITLE_CHARS)),
    bullets: Array.isArray(s.bullets) ? s.bullets.slice(0, 100).map(str) : [],
    labelText: str(s.labelText),
    directions: str(s.directions),
    ingredients: str(s.ingredients),
    description: str(s.description),
    details:
      s.details && typeof s.details === 'object'
        ? Object.entries(s.details)
            .slice(0, 200)
            .map(([k, v]) => [clampText(k, 200), str(v)] as [string, string])
        : [],
    servingSize: str(s.servingSize),
    servingsPerContainer: str(s.servingsPerContainer),
  };
}

export interface PageInputs {
  snapshot: ProductSnapshot;
  f: Fields;
  url: string | null;
  /** An EU shop: percents are of the NRV. */
  eu: boolean;
  label: LabelReading;
  mgRows: MagnesiumRow[];
  titleInfo: TitleAnalysis;
  /** The title as the page wrote it: the one shown. */
  titleAsWritten: string;
  detailsText: string;
  /** The ingredients field, else the label's own ingredients line. */
  ingredientsText: string;
}

export function readInputs(snapshot: ProductSnapshot): PageInputs {
  const f = fieldsOf(snapshot);
  const url = typeof snapshot.url === 'string' ? snapshot.url : null;
  const eu = isEuropeanStore(url);
  // (What the directions take at one time picks a label's column where it prints one per count of units.)
  const label = readLabel(f.labelText, {
    eu,
    taken: f.directions ? parseDirections(f.directions)?.perIntake : null,
    takenMl: volumesNamed(f.directions),
  });
  return {
    snapshot,
    f,
    url,
    eu,
    label,
    mgRows: label.magnesiumRows,
    titleInfo: analyzeTitle(f.title),
    titleAsWritten: clampText(typeof snapshot.title === 'string' ? snapshot.title : '', MAX_TITLE_CHARS),
    detailsText: f.details.map(([k, v]) => `${k}: ${v}`).join('\n'),
    ingredientsText: f.ingredients || label.ingredients || '',
  };
}

/** Add a warning once (same code and message). */
export function warn(list: Warning[], code: string, message: string): void {
  if (!list.some((w) => w.code === code && w.message === message)) list.push({ code, message });
}
