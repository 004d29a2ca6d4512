import { describe, expect, it } from 'vitest';
import { Profile, parseProfile } from './profile';
import { DEFAULT_PROFILE } from './limits';
import { effectivePregnancy } from './profile-options';
import { AGE_BANDS, MEDICINE_IDS } from '../vocabulary/ids';

describe('profile', () => {
  it('the default is a valid adult US profile', () => {
    expect(Profile.parse(DEFAULT_PROFILE)).toEqual(DEFAULT_PROFILE);
    expect(DEFAULT_PROFILE).toMatchObject({ region: 'US', ageBand: '31+' });
  });

  it.each(AGE_BANDS)('age band %s is accepted', (ageBand) => {
    expect(parseProfile({ ...DEFAULT_PROFILE, ageBand }).ageBand).toBe(ageBand);
  });

  it.each([
    ['undefined', undefined, DEFAULT_PROFILE],
    ['null', null, DEFAULT_PROFILE],
    ['a string', 'adult', DEFAULT_PROFILE],
    ['a number', 42, DEFAULT_PROFILE],
    ['an array', [DEFAULT_PROFILE], DEFAULT_PROFILE],
    ['an empty object', {}, DEFAULT_PROFILE],
    ['a bad age band', { ...DEFAULT_PROFILE, ageBand: '200' }, DEFAULT_PROFILE],
    ['one bad field kept apart', { ...DEFAULT_PROFILE, region: 'EU', sex: 'x' }, { ...DEFAULT_PROFILE, region: 'EU' }],
    [
      'unknown medicines dropped',
      { ...DEFAULT_PROFILE, medicines: ['levothyroxine', 'aspirin', 7, null] },
      { ...DEFAULT_PROFILE, medicines: ['levothyroxine'] },
    ],
    [
      'medicines not an array',
      { ...DEFAULT_PROFILE, kidneyDisease: true, medicines: 'diuretics' },
      { ...DEFAULT_PROFILE, kidneyDisease: true },
    ],
    [
      'duplicate medicines',
      { ...DEFAULT_PROFILE, medicines: ['diuretics', 'bisphosphonates', 'diuretics'] },
      { ...DEFAULT_PROFILE, medicines: ['bisphosphonates', 'diuretics'] },
    ],
    ['kidneyDisease as a string', { ...DEFAULT_PROFILE, kidneyDisease: 'yes' }, DEFAULT_PROFILE],
    ['extra keys ignored', { ...DEFAULT_PROFILE, theme: 'dark', __proto__: { evil: true } }, DEFAULT_PROFILE],
  ])('%s -> a valid profile', (_name, raw, expected) => {
    const parsed = parseProfile(raw);
    expect(parsed).toEqual(expected);
    expect(Profile.safeParse(parsed).success).toBe(true);
  });

  it('never hands out the shared default object', () => {
    const a = parseProfile(undefined);
    a.medicines.push('diuretics');
    expect(DEFAULT_PROFILE.medicines).toEqual([]);
  });

  it('medicine list is the fixed short list', () => {
    expect(MEDICINE_IDS).toEqual([
      'bisphosphonates',
      'tetracyclines',
      'quinolones',
      'levothyroxine',
      'diuretics',
      'proton-pump-inhibitors',
    ]);
  });

  it.each([
    [{ ageBand: '31+', sex: 'female', pregnancy: 'pregnant' }, 'pregnant'],
    [{ ageBand: '14-18', sex: 'female', pregnancy: 'lactating' }, 'lactating'],
    [{ ageBand: '9-13', sex: 'female', pregnancy: 'pregnant' }, 'none'],
    [{ ageBand: '31+', sex: 'male', pregnancy: 'pregnant' }, 'none'],
  ] as const)('effective pregnancy %o -> %s', (p, expected) => {
    expect(effectivePregnancy(p)).toBe(expected);
  });
});
