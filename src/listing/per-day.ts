// A title's mg is per day only when the title says so of magnesium itself ("400 mg magnesium per
// day", "400 mg Magnesium je Tagesdosis"): then, and only then, the badge may compare it with the
// upper limit. "Magnesium Glycinate 400mg" is not: salt or elemental, per capsule or per serving
// cannot be told from a title. (A candidate to move into src/core/title.ts.)
import type { TitleAnalysis } from '../core/title';
import { fold } from '../core/text';

const PER_DAY = String.raw`(?:per day|a day|each day|daily|per daily (?:dose|serving)|je tagesdosis|pro tag|pro tagesdosis|par jour)`;
const STATED = new RegExp(String.raw`(?<![\d.,])(\d{1,4}(?:[.,]\d+)?) ?mg (?:of )?(?:elemental )?magnesium ${PER_DAY}(?![a-z])`);

/** The per-day mg of magnesium the title states unambiguously, else null. */
export function titlePerDayMg(title: string, analysis: TitleAnalysis): number | null {
  if (!analysis.containsMagnesium || analysis.topical || !analysis.mgClaim) return null;
  const m = STATED.exec(fold(title));
  if (!m) return null;
  const mg = Number(m[1]!.replace(',', '.'));
  return mg === analysis.mgClaim.mg ? mg : null;
}
