// The analysis contract (DESIGN.md): the popup, the toolbar badge, the listing badges and the CLI
// all read this one shape. It is the single definition; change it here and in DESIGN.md together.
import { z } from 'zod';

export const FORM_IDS = [
  'oxide', 'hydroxide', 'carbonate', 'chloride', 'sulfate', 'citrate', 'malate', 'glycinate',
  'lactate', 'aspartate', 'taurate', 'acetyl-taurate', 'threonate', 'orotate', 'gluconate',
  'pidolate', 'glycerophosphate', 'lysinate', 'amino-acid-chelate', 'other',
] as const;
export const FormId = z.enum(FORM_IDS);
export type FormId = z.infer<typeof FormId>;

export const TIERS = ['higher', 'higher-limited-data', 'lower', 'unknown'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

export const CLAIM_TOPICS = [
  'sleep', 'stress-anxiety', 'muscle-cramps', 'muscle-recovery', 'absorption',
  'gentle-digestion', 'clinically-proven', 'energy', 'other',
] as const;
export const ClaimTopic = z.enum(CLAIM_TOPICS);
export type ClaimTopic = z.infer<typeof ClaimTopic>;

export const STORE_IDS = ['amazon', 'iherb', 'walmart', 'target', 'vitacost', 'generic'] as const;
export const StoreId = z.enum(STORE_IDS);
export type StoreId = z.infer<typeof StoreId>;

export const KINDS = ['magnesium-supplement', 'multi-nutrient', 'topical', 'not-a-supplement'] as const;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

export const VERDICTS = ['within', 'near', 'above', 'not-applicable', 'unknown'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

const mg = z.number().finite().nonnegative();
/** A min–max pair; a single known value has min === max. */
const range = z.object({ min: mg, max: mg }).refine((r) => r.min <= r.max, 'min must not exceed max');

export const FormFinding = z.object({
  id: FormId,
  tier: Tier,
  /** The label text that named the form. */
  source: z.string(),
});
export type FormFinding = z.infer<typeof FormFinding>;

export const ELEMENTAL_BASES = ['stated-elemental', 'from-compound', 'from-percent-dv', 'from-title'] as const;
export const ElementalBasis = z.enum(ELEMENTAL_BASES);
export type ElementalBasis = z.infer<typeof ElementalBasis>;

export const ElementalAmount = z
  .object({ min: mg, max: mg, basis: ElementalBasis, source: z.string() })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
export type ElementalAmount = z.infer<typeof ElementalAmount>;

export const ServingsPerDay = z
  .object({ min: z.number().finite().positive(), max: z.number().finite().positive(),
    source: z.enum(['directions', 'assumed-one']) })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
export type ServingsPerDay = z.infer<typeof ServingsPerDay>;

export const UpperLimit = z.object({
  mg: z.number().finite().nonnegative(),
  /** Human-readable profile the limit applies to, e.g. "adult (US)". */
  profile: z.string(),
  verdict: Verdict,
  percentOfLimit: z.number().finite().nonnegative().nullable(),
});
export type UpperLimit = z.infer<typeof UpperLimit>;

export const Claim = z.object({
  topic: ClaimTopic,
  /** The exact phrase found on the page. */
  text: z.string(),
  grade: z.string(),
  note: z.string(),
  sources: z.array(z.string()),
});
export type Claim = z.infer<typeof Claim>;

export const Warning = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof Warning>;

export const Analysis = z.object({
  schemaVersion: z.literal(1),
  url: z.string().nullable(),
  store: StoreId,
  isProductPage: z.boolean(),
  /** As a nutrient; magnesium stearate does not count. */
  containsMagnesium: z.boolean(),
  topical: z.boolean(),
  kind: Kind,
  title: z.string().nullable(),
  forms: z.array(FormFinding),
  buffered: z.boolean(),
  servingSize: z.string().nullable(),
  servingsPerDay: ServingsPerDay.nullable(),
  elementalMgPerServing: ElementalAmount.nullable(),
  elementalMgPerDay: range.nullable(),
  upperLimit: UpperLimit,
  claims: z.array(Claim),
  warnings: z.array(Warning),
  pricePer100mgElemental: z.object({ amount: z.number().finite().nonnegative(), currency: z.string() }).nullable(),
});
export type Analysis = z.infer<typeof Analysis>;
