// Upper limit for supplemental magnesium by profile, the reference intake for the gauge, and the dose
// verdict. No zod here (the content script bundles this file): the tables are plain data.
//
// Verdict rules (the contract's enum is fixed, so a range that straddles the limit is told apart with
// straddles()):
// - topical product                        -> 'not-applicable' (skin products are outside the oral UL)
// - daily dose unknown, or no UL (infants) -> 'unknown'
// - otherwise judged on the MAXIMUM daily amount the directions allow (docs/knowledge.md §3):
//     max > UL -> 'above'  (also when min <= UL: straddles() is then true and the popup says "may exceed")
//     max >= 80% of UL -> 'near'; else 'within'.
//   So 'within' is never given when any directed dose exceeds the limit.
// percentOfLimit is the maximum as a whole-number percentage of the UL.
import type { UpperLimit } from './schema';
import type { Verdict } from '../vocabulary/ids';
import type { ProfileShape as Profile } from './profile-options';
import { AGE_BAND_LABELS, effectivePregnancy, isAdult, isInfant } from './profile-options';
import { LIMIT_TABLES, NEAR_FRACTION, type LimitRow } from '../knowledge/limits';
import { SOURCES, type Source } from '../knowledge/sources';

export const DEFAULT_PROFILE: Profile = {
  ageBand: '31+',
  sex: 'female',
  pregnancy: 'none',
  region: 'US',
  kidneyDisease: false,
  medicines: [],
};

export interface DailyRange {
  min: number;
  max: number;
}

export interface LimitInfo {
  /** mg/day of supplemental magnesium; null when no limit is set (infants). */
  mg: number | null;
  source: Source;
  /** Why the limit is missing or borrowed from another authority, when it is. */
  note: string | null;
  /** What the limit counts (supplements, not food), to show next to the gauge. */
  scope: string;
}

export interface IntakeReference {
  mg: number;
  kind: 'RDA' | 'AI';
  /** e.g. "RDA for women 31+ (US)". */
  label: string;
  source: Source;
  note: string | null;
}

function rowFor(profile: Profile): LimitRow {
  const row = LIMIT_TABLES[profile.region].rows.find((r) => r.ageBand === profile.ageBand);
  // The schema test guarantees one row per age band and region.
  if (!row) throw new Error(`no limit row for ${profile.region} ${profile.ageBand}`);
  return row;
}

export function upperLimitFor(profile: Profile): LimitInfo {
  const row = rowFor(profile);
  return { mg: row.ulMg, source: SOURCES[row.ulSource], note: row.ulNote ?? null, scope: LIMIT_TABLES[profile.region].ulScope };
}

/**
 * UL in mg/day of supplemental magnesium. 0 when no limit is set (infants): no supplemental amount has
 * been established as safe for them. Use upperLimitFor() to tell "none set" apart.
 */
export function upperLimitMg(profile: Profile): number {
  // (From the row itself, not upperLimitFor(): the listing's badges need the figure, not the sources' citations.)
  return rowFor(profile).ulMg ?? 0;
}

/** The reference intake (RDA, or AI where no RDA exists) for total magnesium: the mark on the gauge. */
export function intakeReferenceFor(profile: Profile): IntakeReference {
  const row = rowFor(profile);
  const pregnancy = effectivePregnancy(profile);
  const byGroup = row.intake;
  const mg =
    pregnancy === 'pregnant'
      ? (byGroup.pregnant ?? byGroup.female)
      : pregnancy === 'lactating'
        ? (byGroup.lactating ?? byGroup.female)
        : byGroup[profile.sex];
  const who = isInfant(profile.ageBand)
    ? AGE_BAND_LABELS[profile.ageBand]
    : `${profile.sex === 'female' ? (isAdult(profile.ageBand) ? 'women' : 'girls') : isAdult(profile.ageBand) ? 'men' : 'boys'} ${bandText(profile)}`;
  const state = pregnancy === 'pregnant' ? ', pregnant' : pregnancy === 'lactating' ? ', breastfeeding' : '';
  return {
    mg,
    kind: row.intakeKind,
    label: `${row.intakeKind} for ${who}${state} (${profile.region})`,
    source: SOURCES[row.intakeSource],
    note: row.intakeNote ?? null,
  };
}

/** RDA (or AI) in mg/day of total magnesium for the profile: food and supplements together. */
export function rdaMg(profile: Profile): number {
  return intakeReferenceFor(profile).mg;
}

function bandText(profile: Profile): string {
  return profile.ageBand === '31+' ? '31+' : profile.ageBand.replace('-', '–');
}

/** Whom the limit applies to, e.g. "adult (US)", "age 4–8 (EU)", "infant 0–6 months (US)". */
export function profileLabel(profile: Profile): string {
  const who = isAdult(profile.ageBand)
    ? 'adult'
    : profile.ageBand === '0-6mo'
      ? 'infant 0–6 months'
      : profile.ageBand === '7-12mo'
        ? 'infant 7–12 months'
        : `age ${bandText(profile)}`;
  const borrowed = profile.region === 'EU' && profile.ageBand === '1-3' ? ', US limit: no EU limit under 4' : '';
  return `${who} (${profile.region}${borrowed})`;
}

export function verdictFor(maxMg: number, limitMg: number): Exclude<Verdict, 'not-applicable' | 'unknown'> {
  if (maxMg > limitMg) return 'above';
  if (maxMg >= NEAR_FRACTION * limitMg) return 'near';
  return 'within';
}

/** Verdict of a daily elemental range against the profile's UL; unknown when the dose is unknown. */
export function assessDose(perDay: DailyRange | null, opts: { topical: boolean; profile?: Profile }): UpperLimit {
  const profile = opts.profile ?? DEFAULT_PROFILE;
  const limit = upperLimitFor(profile).mg;
  const base = { mg: limit ?? 0, profile: profileLabel(profile) };
  if (opts.topical) return { ...base, verdict: 'not-applicable', percentOfLimit: null };
  if (!perDay || limit === null || !validRange(perDay)) return { ...base, verdict: 'unknown', percentOfLimit: null };
  return { ...base, verdict: verdictFor(perDay.max, limit), percentOfLimit: Math.round((perDay.max / limit) * 100) };
}

function validRange(r: DailyRange): boolean {
  return Number.isFinite(r.min) && Number.isFinite(r.max) && r.min >= 0 && r.min <= r.max;
}

/**
 * True when the daily range runs across the limit: the lowest directed dose is within it and the
 * highest is above it (e.g. "1–2 capsules" of 200 mg against 350 mg). The verdict is then 'above'
 * and the popup should say "may exceed". Accepts the limit in mg or an assessed UpperLimit (false
 * for 'unknown' and 'not-applicable').
 */
export function straddles(perDay: DailyRange | null, limit: number | Pick<UpperLimit, 'mg' | 'verdict'>): boolean {
  if (!perDay || !validRange(perDay)) return false;
  let mg: number;
  if (typeof limit === 'number') mg = limit;
  else if (limit.verdict === 'unknown' || limit.verdict === 'not-applicable') return false;
  else mg = limit.mg;
  if (!(mg > 0)) return false;
  return perDay.min <= mg && perDay.max > mg;
}

/** Both ends of the daily range as whole-number percentages of the limit, for a gauge band. */
export function percentRange(perDay: DailyRange | null, limitMg: number): { min: number; max: number } | null {
  if (!perDay || !validRange(perDay) || !(limitMg > 0)) return null;
  return { min: Math.round((perDay.min / limitMg) * 100), max: Math.round((perDay.max / limitMg) * 100) };
}

/** One sentence for the gauge, e.g. "Up to 400 mg a day may exceed the 350 mg limit for adult (US)." */
export function doseSummary(perDay: DailyRange | null, ul: UpperLimit): string {
  if (ul.verdict === 'not-applicable') return 'Applied to the skin: not counted against the limit for magnesium taken by mouth.';
  if (ul.verdict === 'unknown') {
    if (!perDay) return 'The daily amount of magnesium could not be read from this page.';
    return `No upper limit is set for ${ul.profile}: supplements only on a clinician's advice.`;
  }
  const amount =
    perDay && perDay.min !== perDay.max ? `${fmt(perDay.min)}–${fmt(perDay.max)} mg a day` : `${fmt(perDay?.max ?? 0)} mg a day`;
  const limitText = `the ${fmt(ul.mg)} mg limit for ${ul.profile}`;
  if (ul.verdict === 'above' && straddles(perDay, ul)) {
    return `${amount}: the highest directed dose exceeds ${limitText}; the lowest stays within it.`;
  }
  if (ul.verdict === 'above') return `${amount}: above ${limitText}.`;
  if (ul.verdict === 'near') return `${amount}: close to ${limitText} (${ul.percentOfLimit ?? 0}%).`;
  return `${amount}: within ${limitText}.`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}
