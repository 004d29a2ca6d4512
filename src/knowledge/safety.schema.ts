// zod schema for the medicine notes.
import { z } from 'zod';
import { MEDICINE_IDS } from '../vocabulary/ids';
import { FormIdSchema } from '../vocabulary/schemas';
import { SOURCES } from './sources';

const sourceId = z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]);

export const MedicineNoteSchema = z
  .object({
    id: z.enum(MEDICINE_IDS),
    label: z.string().min(5),
    examples: z.string().min(5),
    kind: z.enum(['spacing', 'status']),
    hoursApart: z.object({ before: z.number().int().min(1).max(12), after: z.number().int().min(1).max(12) }).nullable(),
    message: z.string().min(30).max(300),
    sources: z.array(sourceId).min(1),
  })
  .strict()
  .refine((m) => (m.kind === 'spacing') === (m.hoursApart !== null), 'spacing notes carry hours')
  .refine(
    (m) =>
      m.hoursApart === null || m.message.includes(`${m.hoursApart.before} hours`) || m.message.includes(`${m.hoursApart.before}`),
    'the message states the hours',
  );

export const GiFormsSchema = z.array(FormIdSchema).min(1);
