// The project's shared words: ids of forms, tiers, claim topics, stores, kinds, verdicts and the
// choices a profile is made of. The bottom layer: it imports nothing of ours, so knowledge, the core,
// the stores and the UI can all name the same things. Plain data (no zod), so a content script can
// import a list without pulling a validator into its bundle; the zod enums are in ./schemas.ts.

export const FORM_IDS = [
  'oxide',
  'hydroxide',
  'carbonate',
  'chloride',
  'sulfate',
  'citrate',
  'malate',
  'glycinate',
  'lactate',
  'aspartate',
  'taurate',
  'acetyl-taurate',
  'threonate',
  'orotate',
  'gluconate',
  'pidolate',
  'glycerophosphate',
  'lysinate',
  'amino-acid-chelate',
  'other',
] as const;
export type FormId = (typeof FORM_IDS)[number];

export const TIERS = ['higher', 'higher-limited-data', 'lower', 'unknown'] as const;
export type Tier = (typeof TIERS)[number];

export const CLAIM_TOPICS = [
  'sleep',
  'stress-anxiety',
  'muscle-cramps',
  'muscle-recovery',
  'absorption',
  'gentle-digestion',
  'clinically-proven',
  'energy',
  'other',
] as const;
export type ClaimTopic = (typeof CLAIM_TOPICS)[number];

export const STORE_IDS = ['amazon', 'iherb', 'walmart', 'target', 'vitacost', 'generic'] as const;
export type StoreId = (typeof STORE_IDS)[number];

export const KINDS = ['magnesium-supplement', 'multi-nutrient', 'topical', 'not-a-supplement'] as const;

export const VERDICTS = ['within', 'near', 'above', 'not-applicable', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Age bands follow the US DRI table (IOM 1997); the EU tables are mapped onto the same bands. */
export const AGE_BANDS = ['0-6mo', '7-12mo', '1-3', '4-8', '9-13', '14-18', '19-30', '31+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

export const PREGNANCY_STATES = ['none', 'pregnant', 'lactating'] as const;
export type PregnancyState = (typeof PREGNANCY_STATES)[number];

export const REGIONS = ['US', 'EU'] as const;
export type Region = (typeof REGIONS)[number];

/** The short list of medicines that interact with magnesium (see src/knowledge/safety.ts). */
export const MEDICINE_IDS = [
  'bisphosphonates',
  'tetracyclines',
  'quinolones',
  'levothyroxine',
  'diuretics',
  'proton-pump-inhibitors',
] as const;
export type MedicineId = (typeof MEDICINE_IDS)[number];
