// zod schemas for the limit tables; used by the knowledge test so that a typo fails CI.
import { z } from 'zod';
import { AGE_BANDS } from '../vocabulary/ids';
import { SOURCES } from './sources';

const mg = z.number().int().positive().max(2000);
const sourceId = z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]);

const IntakeByGroupSchema = z
  .object({
    male: mg,
    female: mg,
    pregnant: mg.optional(),
    lactating: mg.optional(),
  })
  .strict();

const LimitRowSchema = z
  .object({
    ageBand: z.enum(AGE_BANDS),
    ulMg: mg.nullable(),
    ulSource: sourceId,
    ulNote: z.string().min(10).optional(),
    intake: IntakeByGroupSchema,
    intakeKind: z.enum(['RDA', 'AI']),
    intakeSource: sourceId,
    intakeNote: z.string().min(10).optional(),
  })
  .strict()
  .refine((r) => r.ulMg !== null || r.ulNote !== undefined, 'a missing limit needs a note saying why');

export const LimitTableSchema = z
  .object({
    region: z.enum(['US', 'EU']),
    ulScope: z.string().min(20),
    rows: z.array(LimitRowSchema),
  })
  .strict()
  .refine(
    (t) => t.rows.length === AGE_BANDS.length && AGE_BANDS.every((b, i) => t.rows[i]?.ageBand === b),
    'one row per age band, in AGE_BANDS order',
  );
