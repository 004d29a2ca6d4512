// The toolbar badge: a short summary of the analysis of the tab's page.
import type { Analysis } from '../core/schema';

export interface BadgeLook { text: string; color: string; title: string }

const VERDICT_COLORS: Record<Analysis['upperLimit']['verdict'], string> = {
  within: '#2e7d32', near: '#ef6c00', above: '#c62828', 'not-applicable': '#546e7a', unknown: '#546e7a',
};

/** Badge for an analysis: the daily (else per-serving) elemental mg, "Mg" when no amount is known. */
export function badgeFor(analysis: Analysis): BadgeLook | null {
  if (!analysis.containsMagnesium) return null;
  const day = analysis.elementalMgPerDay;
  const serving = analysis.elementalMgPerServing;
  const amount = day ?? serving;
  let text = 'Mg';
  if (amount) text = amount.min === amount.max ? `${Math.round(amount.max)}` : `≤${Math.round(amount.max)}`;
  const what = day ? 'mg elemental magnesium a day' : serving ? 'mg magnesium per serving (see popup)' : 'magnesium product';
  return { text, color: VERDICT_COLORS[analysis.upperLimit.verdict], title: `MagLens: ${text === 'Mg' ? '' : text + ' '}${what}` };
}
