// Upper limit for supplemental magnesium by profile, and the dose verdict against it.
import type { UpperLimit } from './schema';
import type { Profile } from './profile';

export const DEFAULT_PROFILE: Profile = {
  ageBand: '31+', sex: 'female', pregnancy: 'none', region: 'US', kidneyDisease: false, medicines: [],
};

export function upperLimitMg(profile: Profile): number {
  if (profile.region === 'EU') return 250;
  if (profile.ageBand === '1-3') return 65;
  if (profile.ageBand === '4-8') return 110;
  return 350;
}

export function profileLabel(profile: Profile): string {
  return `${profile.ageBand === '19-30' || profile.ageBand === '31+' ? 'adult' : `age ${profile.ageBand}`} (${profile.region})`;
}

/** Verdict of a daily elemental range against the profile's UL; unknown when the dose is unknown. */
export function assessDose(
  perDay: { min: number; max: number } | null,
  opts: { topical: boolean; profile?: Profile },
): UpperLimit {
  const profile = opts.profile ?? DEFAULT_PROFILE;
  const limit = upperLimitMg(profile);
  const base = { mg: limit, profile: profileLabel(profile) };
  if (opts.topical) return { ...base, verdict: 'not-applicable', percentOfLimit: null };
  if (!perDay) return { ...base, verdict: 'unknown', percentOfLimit: null };
  const pct = Math.round((perDay.max / limit) * 100);
  const verdict = perDay.max > limit ? 'above' : perDay.max >= 0.8 * limit ? 'near' : 'within';
  return { ...base, verdict, percentOfLimit: pct };
}
