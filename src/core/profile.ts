// The user's profile decides which limits apply. Stored by the options page; validated on read.
// Only types leave this module for the core (import type), so zod stays out of the content script.
import { z } from 'zod';

export const AGE_BANDS = ['1-3', '4-8', '9-13', '14-18', '19-30', '31+'] as const;
export const Profile = z.object({
  ageBand: z.enum(AGE_BANDS),
  sex: z.enum(['female', 'male']),
  pregnancy: z.enum(['none', 'pregnant', 'lactating']),
  region: z.enum(['US', 'EU']),
  kidneyDisease: z.boolean(),
  medicines: z.array(z.string()),
});
export type Profile = z.infer<typeof Profile>;
