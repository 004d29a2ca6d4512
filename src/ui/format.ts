// Number and label formatting for the popup.
import type { FormId, StoreId, Tier } from '../vocabulary/ids';
import { FORM_BY_ID } from '../knowledge/forms';

export function formatMg(r: { min: number; max: number }): string {
  const round = (n: number) => (n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);
  return r.min === r.max ? `${round(r.max)} mg` : `${round(r.min)}–${round(r.max)} mg`;
}

export const TIER_LABELS: Record<Tier, string> = {
  higher: 'Higher absorption',
  'higher-limited-data': 'Likely higher absorption (little human data)',
  lower: 'Lower absorption',
  unknown: 'Absorption unknown',
};

/** The form catalogue's name for people, e.g. "Magnesium glycinate (bisglycinate)". */
export function formTitle(id: FormId): string {
  const name = FORM_BY_ID[id].name;
  return `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/** The same name without "magnesium", for the summary line: "glycinate (bisglycinate)". */
export function formShortName(id: FormId): string {
  return FORM_BY_ID[id].name.replace(/^magnesium /, '');
}

export const STORE_LABELS: Record<StoreId, string> = {
  amazon: 'Amazon',
  iherb: 'iHerb',
  walmart: 'Walmart',
  target: 'Target',
  vitacost: 'Vitacost',
  generic: 'Other shop',
};
