// The analysis contract (docs/design.md): the popup, the toolbar badge, the listing badges and the CLI
// all read this one shape. It is the single definition; change it here and in docs/design.md together.
import { z } from 'zod';
import { ClaimTopicSchema, FormIdSchema, KindSchema, StoreIdSchema, TierSchema, VerdictSchema } from '../vocabulary/schemas';

const mg = z.number().finite().nonnegative();
/** A min–max pair; a single known value has min === max. */
const range = z.object({ min: mg, max: mg }).refine((r) => r.min <= r.max, 'min must not exceed max');

export const FormFinding = z.object({
  id: FormIdSchema,
  tier: TierSchema,
  /** The label text that named the form. */
  source: z.string(),
});
export type FormFinding = z.infer<typeof FormFinding>;

const ELEMENTAL_BASES = ['stated-elemental', 'from-compound', 'from-percent-dv', 'from-title'] as const;
const ElementalBasis = z.enum(ELEMENTAL_BASES);
type ElementalBasis = z.infer<typeof ElementalBasis>;

export const ElementalAmount = z
  .object({ min: mg, max: mg, basis: ElementalBasis, source: z.string() })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
export type ElementalAmount = z.infer<typeof ElementalAmount>;

const ServingsPerDay = z
  .object({
    min: z.number().finite().positive(),
    max: z.number().finite().positive(),
    source: z.enum(['directions', 'assumed-one']),
  })
  .refine((r) => r.min <= r.max, 'min must not exceed max');
type ServingsPerDay = z.infer<typeof ServingsPerDay>;

export const UpperLimit = z.object({
  mg: z.number().finite().nonnegative(),
  /** Human-readable profile the limit applies to, e.g. "adult (US)". */
  profile: z.string(),
  verdict: VerdictSchema,
  percentOfLimit: z.number().finite().nonnegative().nullable(),
});
export type UpperLimit = z.infer<typeof UpperLimit>;

export const Claim = z.object({
  topic: ClaimTopicSchema,
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
  store: StoreIdSchema,
  isProductPage: z.boolean(),
  /** As a nutrient; magnesium stearate does not count. */
  containsMagnesium: z.boolean(),
  topical: z.boolean(),
  kind: KindSchema,
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
