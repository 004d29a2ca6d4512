// What a listing badge says, from a title's analysis: pure, so the wording is tested without a DOM.
// data-form: a FormId, "mixed" (several forms named) or "unknown" (none named); data-tier: the
// form's tier, for a mix the lowest tier among its forms (the title gives no shares, so a blend is
// not presented as better than its weakest form).
import type { FormId, Tier } from '../vocabulary/ids';
import type { TitleAnalysis, TitleClaim } from '../core/title';
import { FORM_BY_ID } from '../knowledge/forms';
import { DEFAULT_PROFILE, upperLimitMg, verdictFor } from '../core/limits';
import { titlePerDayMg } from './per-day';

export interface BadgeModel {
  form: FormId | 'mixed' | 'unknown';
  tier: Tier;
  /** The title's mg claim; null when it states none. */
  mg: number | null;
  /** Per-day verdict against the adult UL, only when the title states a per-day amount unambiguously. */
  ul: { perDayMg: number; limitMg: number; verdict: 'within' | 'near' | 'above' } | null;
  topical: boolean;
  /** The one-line text on the badge. */
  text: string;
  /** The explanation shown on hover and focus. */
  explanation: string;
}

const TIER_RANK: Record<Tier, number> = { lower: 0, unknown: 1, 'higher-limited-data': 2, higher: 3 };
const TIER_LABEL: Record<Tier, string> = {
  higher: 'higher',
  'higher-limited-data': 'higher (limited data)',
  lower: 'lower',
  unknown: 'tier unknown',
};

function formLabel(id: FormId): string {
  if (id === 'other') return 'Other form';
  if (id === 'threonate') return 'L-threonate';
  const words = id.replace(/-/g, ' ');
  return words[0]!.toUpperCase() + words.slice(1);
}

export function badgeModel(analysis: TitleAnalysis, title: string): BadgeModel | null {
  if (!analysis.containsMagnesium) return null;
  const ids = [...new Set(analysis.forms.map((f) => f.id))];
  const tiers = analysis.forms.map((f) => f.tier);
  const form: BadgeModel['form'] = ids.length === 0 ? 'unknown' : ids.length === 1 ? ids[0]! : 'mixed';
  let tier: Tier = tiers.length ? tiers.reduce((a, b) => (TIER_RANK[b] < TIER_RANK[a] ? b : a)) : 'unknown';
  if (analysis.topical) tier = 'unknown';
  const mg = analysis.mgClaim?.mg ?? null;

  const perDay = titlePerDayMg(title, analysis);
  const limitMg = upperLimitMg(DEFAULT_PROFILE);
  const ul = perDay !== null && limitMg > 0 ? { perDayMg: perDay, limitMg, verdict: verdictFor(perDay, limitMg) } : null;

  const formText =
    form === 'unknown'
      ? 'Magnesium, form not named'
      : form === 'mixed'
        ? `Mixed: ${ids
            .slice(0, 3)
            .map((id) => formLabel(id).toLowerCase())
            .join(' + ')}${ids.length > 3 ? ` +${ids.length - 3}` : ''}`
        : formLabel(form);
  const parts = [analysis.topical ? `Topical · ${formText}` : formText];
  if (!analysis.topical) parts.push(TIER_LABEL[tier]);
  const claim = analysis.mgClaim;
  if (claim) parts.push(claimText(claim));
  if (ul && ul.verdict !== 'within')
    parts.push(ul.verdict === 'above' ? `above ${ul.limitMg} mg/day UL` : `near ${ul.limitMg} mg/day UL`);

  const explain: string[] = ['MagLens read this from the product title only.'];
  if (analysis.topical) explain.push('Topical product: absorption tiers and dose limits are for magnesium you swallow.');
  if (form === 'unknown') explain.push('The title names no form of magnesium; the product page may.');
  else
    explain.push(
      `Form: ${ids.map((id) => `${FORM_BY_ID[id].name} (${TIER_LABEL[FORM_BY_ID[id].tier]} absorption tier)`).join('; ')}.`,
    );
  if (form === 'mixed') explain.push('The title gives no shares, so the badge shows the lowest tier of the mix.');
  if (claim) {
    explain.push(
      claim.why
        ? `${formatMg(claim.mg)} mg is what the title prints ("${claim.source}"): ${claim.why}; not a verified elemental dose, and it may be per capsule or per serving.`
        : `${formatMg(claim.mg)} mg is what the title claims ("${claim.source}"), not a verified elemental dose: it may be the weight of the whole salt, and per capsule or per serving.`,
    );
  }
  if (ul)
    explain.push(
      `The title states ${formatMg(ul.perDayMg)} mg of magnesium per day: ${ul.verdict} the ${ul.limitMg} mg/day adult upper limit for supplemental magnesium.`,
    );
  else if (mg !== null && !analysis.topical) explain.push('No upper-limit check: the daily amount cannot be told from a title.');
  explain.push('Open the product for the label reading.');

  return { form, tier, mg, ul, topical: analysis.topical, text: parts.join(' · '), explanation: explain.join(' ') };
}

/**
 * "400 mg (title)"; "1400 mg salt ≈ 158–227 mg Mg (title)" where the figure weighs the salt it follows;
 * "56–400 mg Mg (title)" where it may; "1000 mg salt or blend (title)" where it is too large to be
 * magnesium and follows no one salt's name.
 */
function claimText(claim: TitleClaim): string {
  const m = claim.magnesium;
  if (!claim.why) return `${formatMg(claim.mg)} mg (title)`;
  if (!m) return `${formatMg(claim.mg)} mg salt or blend (title)`;
  const [low, high] = [Math.round(m.min), Math.round(m.max)];
  const magnesium = `${low === high ? low : `${low}–${high}`} mg Mg (title)`;
  return m.max === claim.mg ? magnesium : `${formatMg(claim.mg)} mg salt ≈ ${magnesium}`;
}

function formatMg(mg: number): string {
  return Number.isInteger(mg) ? String(mg) : mg.toFixed(1);
}
