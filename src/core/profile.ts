// The user's profile decides which limits apply. Stored by the options page; validated on read.
// Only types leave this module for the core (import type), so zod stays out of the content script:
// the choices themselves live in ./profile-options.ts and the default in ./limits.ts.
import { z } from 'zod';
import { type ProfileShape } from './profile-options';
import { AGE_BANDS, MEDICINE_IDS, PREGNANCY_STATES, REGIONS, SEXES, type MedicineId } from '../vocabulary/ids';
import { DEFAULT_PROFILE } from './limits';

const fields = {
  ageBand: z.enum(AGE_BANDS),
  sex: z.enum(SEXES),
  pregnancy: z.enum(PREGNANCY_STATES),
  region: z.enum(REGIONS),
  kidneyDisease: z.boolean(),
  medicines: z.array(z.enum(MEDICINE_IDS)).max(MEDICINE_IDS.length),
};

export const Profile = z.object(fields);
export type Profile = z.infer<typeof Profile>;

// The zod type and the plain type must stay the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<Profile, ProfileShape> = true;
void _sameShape;

/**
 * A profile from anything found in storage or a message. Never throws: a valid value is returned as is;
 * a damaged object keeps each field that is still valid (unknown medicines are dropped), everything
 * else falls back to DEFAULT_PROFILE.
 */
export function parseProfile(raw: unknown): Profile {
  const whole = Profile.safeParse(raw);
  if (whole.success) return { ...whole.data, medicines: uniqueMedicines(whole.data.medicines) };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return cloneDefault();
  const obj = raw as Record<string, unknown>;
  const pick = <K extends keyof typeof fields>(key: K): Profile[K] => {
    const r = fields[key].safeParse(obj[key]);
    return (r.success ? r.data : DEFAULT_PROFILE[key]) as Profile[K];
  };
  const meds = Array.isArray(obj.medicines)
    ? obj.medicines.filter((m): m is MedicineId => typeof m === 'string' && (MEDICINE_IDS as readonly string[]).includes(m))
    : [];
  return {
    ageBand: pick('ageBand'),
    sex: pick('sex'),
    pregnancy: pick('pregnancy'),
    region: pick('region'),
    kidneyDisease: pick('kidneyDisease'),
    medicines: uniqueMedicines(meds),
  };
}

function uniqueMedicines(list: readonly MedicineId[]): MedicineId[] {
  return MEDICINE_IDS.filter((id) => list.includes(id));
}

function cloneDefault(): Profile {
  return { ...DEFAULT_PROFILE, medicines: [...DEFAULT_PROFILE.medicines] };
}
