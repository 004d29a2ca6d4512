// Number and label formatting shared by the popup and the listing badge.
import type { FormId, Tier } from '../core/schema';

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

export function formName(id: FormId): string {
  if (id === 'amino-acid-chelate') return 'amino acid chelate';
  if (id === 'acetyl-taurate') return 'acetyl taurate';
  if (id === 'other') return 'other form';
  return id;
}
