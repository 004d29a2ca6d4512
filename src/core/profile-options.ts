// The profile's shape, labels and small rules, as plain data (no zod), so the content script, the core
// and the options page can use them without pulling a validator into their bundles. The choices
// themselves are shared vocabulary (src/vocabulary/ids.ts); the zod schema is in ./profile.ts.

import type { AgeBand, MedicineId, PregnancyState, Region, Sex } from '../vocabulary/ids';

export interface ProfileShape {
  ageBand: AgeBand;
  sex: Sex;
  /** Only meaningful for women aged 14 and over; ignored otherwise. */
  pregnancy: PregnancyState;
  /** Which authority's limits apply: US (IOM/NIH) or EU (SCF/EFSA). */
  region: Region;
  kidneyDisease: boolean;
  medicines: MedicineId[];
}

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '0-6mo': 'infant, 0–6 months',
  '7-12mo': 'infant, 7–12 months',
  '1-3': 'child, 1–3 years',
  '4-8': 'child, 4–8 years',
  '9-13': '9–13 years',
  '14-18': '14–18 years',
  '19-30': 'adult, 19–30 years',
  '31+': 'adult, 31 years or older',
};

/** A child's or a teen's years, for directions that dose by age; none for infants (no label doses them) or adults. */
export const AGE_BAND_YEARS: Record<AgeBand, { min: number; max: number } | null> = {
  '0-6mo': null,
  '7-12mo': null,
  '1-3': { min: 1, max: 3 },
  '4-8': { min: 4, max: 8 },
  '9-13': { min: 9, max: 13 },
  '14-18': { min: 14, max: 18 },
  '19-30': null,
  '31+': null,
};

export const PREGNANCY_LABELS: Record<PregnancyState, string> = {
  none: 'neither',
  pregnant: 'pregnant',
  lactating: 'breastfeeding',
};

export const REGION_LABELS: Record<Region, string> = {
  US: 'US limits (Institute of Medicine, NIH)',
  EU: 'EU limits (Scientific Committee on Food, EFSA)',
};

export function isInfant(ageBand: AgeBand): boolean {
  return ageBand === '0-6mo' || ageBand === '7-12mo';
}

export function isAdult(ageBand: AgeBand): boolean {
  return ageBand === '19-30' || ageBand === '31+';
}

/** Pregnancy and lactation change the reference intake only for women aged 14 and over. */
export function effectivePregnancy(p: Pick<ProfileShape, 'ageBand' | 'sex' | 'pregnancy'>): PregnancyState {
  if (p.sex !== 'female') return 'none';
  if (p.ageBand !== '14-18' && !isAdult(p.ageBand)) return 'none';
  return p.pregnancy;
}
