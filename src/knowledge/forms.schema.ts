// zod schema of the form catalogue, imported by the test only, so zod stays out of the content script.
import { z } from 'zod';
import { FormIdSchema, TierSchema } from '../vocabulary/schemas';

const fraction = z
  .object({
    min: z.number().gt(0).lt(1),
    max: z.number().gt(0).lt(1),
    source: z.string().min(8),
  })
  .refine((f) => f.min <= f.max, 'min must not exceed max');

const FormKnowledgeSchema = z.object({
  id: FormIdSchema,
  name: z.string().min(3),
  tier: TierSchema,
  tierSource: z.string().min(8),
  fraction: fraction.nullable(),
  synonyms: z
    .array(
      z
        .string()
        .regex(
          /^[a-z0-9 \u00F0\u0430-\u044F\u0456\u0457\u0454\u00B5\u30FC\p{Script=Greek}\p{Script=Devanagari}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Thai}]+$/u,
          'folded: lower case, no accents, no punctuation (Icelandic ð stays, as fold keeps it)',
        ),
    )
    .min(1),
});

export const FormCatalogueSchema = z.array(FormKnowledgeSchema);
