// The toolbar badge: a short summary of the analysis of the tab's page.
import type { Analysis } from '../core/schema';

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

const VERDICT_COLORS: Record<Analysis['upperLimit']['verdict'], string> = {
  within: '#2e7d32',
  near: '#ef6c00',
  above: '#c62828',
  'not-applicable': '#546e7a',
  unknown: '#546e7a',
};

/**
 * Badge for an analysis: the daily (else per-serving) elemental mg; "≤" before the top of a range,
 * "?" after a figure only the product title states (it may be salt weight or per capsule), and
 * "Mg" when no amount is known. The tooltip says which.
 */
export function badgeFor(analysis: Analysis): BadgeLook | null {
  if (!analysis.containsMagnesium) return null;
  const day = analysis.elementalMgPerDay;
  const serving = analysis.elementalMgPerServing;
  const amount = day ?? serving;
  const fromTitle = !day && serving?.basis === 'from-title';
  let text = 'Mg';
  if (amount) {
    const top = Math.round(amount.max);
    text = amount.min === amount.max ? `${top}` : `≤${top}`;
    if (fromTitle) text = `${top}?`;
  }
  const what = day
    ? 'mg elemental magnesium a day'
    : fromTitle
      ? `mg${amount!.min === amount!.max ? '' : ' at most'} read from the product's title, not a verified elemental dose (see popup)`
      : serving
        ? 'mg elemental magnesium per serving (see popup)'
        : 'magnesium product';
  const figure = text === 'Mg' ? '' : `${text.replace('?', '')} `;
  return { text, color: VERDICT_COLORS[analysis.upperLimit.verdict], title: `MagLens: ${figure}${what}` };
}
