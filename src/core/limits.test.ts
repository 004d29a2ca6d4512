import { describe, expect, it } from 'vitest';
import type { Profile } from './profile';
import {
  DEFAULT_PROFILE,
  assessDose,
  doseSummary,
  intakeReferenceFor,
  percentRange,
  profileLabel,
  rdaMg,
  straddles,
  upperLimitFor,
  upperLimitMg,
} from './limits';

const P = (over: Partial<Profile>): Profile => ({ ...DEFAULT_PROFILE, ...over });

describe('upper limit by profile', () => {
  it.each([
    ['0-6mo', 'US', 0, null],
    ['7-12mo', 'US', 0, null],
    ['1-3', 'US', 65, 65],
    ['4-8', 'US', 110, 110],
    ['9-13', 'US', 350, 350],
    ['14-18', 'US', 350, 350],
    ['19-30', 'US', 350, 350],
    ['31+', 'US', 350, 350],
    ['0-6mo', 'EU', 0, null],
    ['7-12mo', 'EU', 0, null],
    ['1-3', 'EU', 65, 65],
    ['4-8', 'EU', 250, 250],
    ['9-13', 'EU', 250, 250],
    ['14-18', 'EU', 250, 250],
    ['19-30', 'EU', 250, 250],
    ['31+', 'EU', 250, 250],
  ] as const)('%s %s: %i mg', (ageBand, region, mg, infoMg) => {
    const profile = P({ ageBand, region });
    expect(upperLimitMg(profile)).toBe(mg);
    expect(upperLimitFor(profile).mg).toBe(infoMg);
  });
  it('the same for pregnancy and both sexes', () => {
    expect(upperLimitMg(P({ sex: 'male' }))).toBe(350);
    expect(upperLimitMg(P({ pregnancy: 'pregnant' }))).toBe(350);
    expect(upperLimitMg(P({ pregnancy: 'lactating', region: 'EU' }))).toBe(250);
  });
  it('says why a limit is missing or borrowed', () => {
    expect(upperLimitFor(P({ ageBand: '0-6mo' })).note).toMatch(/No upper limit/);
    expect(upperLimitFor(P({ ageBand: '1-3', region: 'EU' })).note).toMatch(/US limit/);
    expect(upperLimitFor(P({})).scope).toMatch(/not from food/);
  });
});

describe('RDA / AI by profile', () => {
  it.each([
    ['0-6mo', 'female', 'none', 'US', 30, 'AI'],
    ['7-12mo', 'male', 'none', 'US', 75, 'AI'],
    ['1-3', 'female', 'none', 'US', 80, 'RDA'],
    ['4-8', 'male', 'none', 'US', 130, 'RDA'],
    ['9-13', 'female', 'none', 'US', 240, 'RDA'],
    ['14-18', 'male', 'none', 'US', 410, 'RDA'],
    ['14-18', 'female', 'none', 'US', 360, 'RDA'],
    ['14-18', 'female', 'pregnant', 'US', 400, 'RDA'],
    ['14-18', 'female', 'lactating', 'US', 360, 'RDA'],
    ['19-30', 'male', 'none', 'US', 400, 'RDA'],
    ['19-30', 'female', 'none', 'US', 310, 'RDA'],
    ['19-30', 'female', 'pregnant', 'US', 350, 'RDA'],
    ['19-30', 'female', 'lactating', 'US', 310, 'RDA'],
    ['31+', 'male', 'none', 'US', 420, 'RDA'],
    ['31+', 'female', 'none', 'US', 320, 'RDA'],
    ['31+', 'female', 'pregnant', 'US', 360, 'RDA'],
    ['31+', 'female', 'lactating', 'US', 320, 'RDA'],
    ['31+', 'male', 'pregnant', 'US', 420, 'RDA'], // pregnancy ignored for men
    ['9-13', 'female', 'pregnant', 'US', 240, 'RDA'], // and under 14
    ['0-6mo', 'male', 'none', 'EU', 30, 'AI'],
    ['7-12mo', 'male', 'none', 'EU', 80, 'AI'],
    ['1-3', 'male', 'none', 'EU', 170, 'AI'],
    ['4-8', 'female', 'none', 'EU', 230, 'AI'],
    ['14-18', 'female', 'none', 'EU', 250, 'AI'],
    ['14-18', 'male', 'none', 'EU', 300, 'AI'],
    ['31+', 'male', 'none', 'EU', 350, 'AI'],
    ['31+', 'female', 'pregnant', 'EU', 300, 'AI'],
  ] as const)('%s %s %s %s: %i mg (%s)', (ageBand, sex, pregnancy, region, mg, kind) => {
    const profile = P({ ageBand, sex, pregnancy, region });
    expect(rdaMg(profile)).toBe(mg);
    expect(intakeReferenceFor(profile).kind).toBe(kind);
  });
  it('labels the reference', () => {
    expect(intakeReferenceFor(P({ pregnancy: 'pregnant' })).label).toBe('RDA for women 31+, pregnant (US)');
    expect(intakeReferenceFor(P({ ageBand: '9-13', sex: 'male' })).label).toBe('RDA for boys 9–13 (US)');
  });
});

describe('profile label', () => {
  it.each([
    [P({}), 'adult (US)'],
    [P({ ageBand: '19-30', region: 'EU' }), 'adult (EU)'],
    [P({ ageBand: '4-8' }), 'age 4–8 (US)'],
    [P({ ageBand: '0-6mo' }), 'infant 0–6 months (US)'],
    [P({ ageBand: '1-3', region: 'EU' }), 'age 1–3 (EU, US limit: no EU limit under 4)'],
  ])('%o -> %s', (profile, label) => {
    expect(profileLabel(profile)).toBe(label);
  });
});

describe('dose verdict', () => {
  const adult = P({});
  it.each([
    [{ min: 100, max: 100 }, 'within', 29],
    [{ min: 279, max: 279 }, 'within', 80], // 79.7% rounds to 80 but is below the 80% line
    [{ min: 280, max: 280 }, 'near', 80],
    [{ min: 350, max: 350 }, 'near', 100],
    [{ min: 350.5, max: 350.5 }, 'above', 100],
    [{ min: 400, max: 400 }, 'above', 114],
    [{ min: 200, max: 400 }, 'above', 114], // straddles: judged on the maximum
    [{ min: 100, max: 300 }, 'near', 86],
    [{ min: 0, max: 0 }, 'within', 0],
  ] as const)('%o -> %s (%i%%)', (perDay, verdict, pct) => {
    const ul = assessDose(perDay, { topical: false, profile: adult });
    expect(ul).toMatchObject({ mg: 350, profile: 'adult (US)', verdict, percentOfLimit: pct });
  });
  it('never says within when the maximum exceeds the limit', () => {
    for (let max = 351; max < 2000; max += 37) {
      expect(assessDose({ min: 1, max }, { topical: false }).verdict).toBe('above');
    }
  });
  it('topical products are not applicable', () => {
    expect(assessDose({ min: 500, max: 500 }, { topical: true })).toMatchObject({
      verdict: 'not-applicable',
      percentOfLimit: null,
    });
  });
  it('an unknown dose is unknown', () => {
    expect(assessDose(null, { topical: false })).toMatchObject({ verdict: 'unknown', percentOfLimit: null, mg: 350 });
  });
  it('a broken range is unknown, not a number', () => {
    expect(assessDose({ min: 300, max: 100 }, { topical: false }).verdict).toBe('unknown');
    expect(assessDose({ min: Number.NaN, max: 100 }, { topical: false }).verdict).toBe('unknown');
  });
  it('infants: unknown with a clear label, whatever the dose', () => {
    const ul = assessDose({ min: 50, max: 50 }, { topical: false, profile: P({ ageBand: '7-12mo' }) });
    expect(ul).toEqual({ mg: 0, profile: 'infant 7–12 months (US)', verdict: 'unknown', percentOfLimit: null });
    expect(doseSummary({ min: 50, max: 50 }, ul)).toMatch(/No upper limit is set for infant 7–12 months/);
  });
  it('children use their own limits', () => {
    expect(assessDose({ min: 100, max: 100 }, { topical: false, profile: P({ ageBand: '4-8' }) })).toMatchObject({
      verdict: 'near',
      percentOfLimit: 91,
    });
    expect(assessDose({ min: 100, max: 100 }, { topical: false, profile: P({ ageBand: '1-3' }) })).toMatchObject({
      verdict: 'above',
      percentOfLimit: 154,
    });
    expect(assessDose({ min: 300, max: 300 }, { topical: false, profile: P({ region: 'EU' }) })).toMatchObject({
      verdict: 'above',
      mg: 250,
    });
  });
  it('defaults to the default profile', () => {
    expect(assessDose({ min: 200, max: 200 }, { topical: false }).profile).toBe('adult (US)');
  });
});

describe('straddling range', () => {
  it.each([
    [{ min: 200, max: 400 }, 350, true],
    [{ min: 350, max: 400 }, 350, true],
    [{ min: 351, max: 400 }, 350, false], // wholly above
    [{ min: 100, max: 350 }, 350, false], // wholly within
    [{ min: 200, max: 200 }, 350, false],
    [null, 350, false],
    [{ min: 100, max: 200 }, 0, false],
  ] as const)('%o vs %i -> %s', (perDay, limit, expected) => {
    expect(straddles(perDay, limit)).toBe(expected);
  });
  it('takes an assessed limit too, and says "may exceed" in words', () => {
    const perDay = { min: 200, max: 400 };
    const ul = assessDose(perDay, { topical: false });
    expect(ul.verdict).toBe('above');
    expect(straddles(perDay, ul)).toBe(true);
    expect(doseSummary(perDay, ul)).toBe(
      '200–400 mg a day: the highest directed dose exceeds the 350 mg limit for adult (US); the lowest stays within it.',
    );
    expect(straddles(perDay, assessDose(perDay, { topical: true }))).toBe(false);
  });
  it('percent range for the gauge band', () => {
    expect(percentRange({ min: 175, max: 700 }, 350)).toEqual({ min: 50, max: 200 });
    expect(percentRange(null, 350)).toBeNull();
  });
});

describe('dose summary', () => {
  it.each([
    [{ min: 100, max: 100 }, '100 mg a day: within the 350 mg limit for adult (US).'],
    [{ min: 300, max: 300 }, '300 mg a day: close to the 350 mg limit for adult (US) (86%).'],
    [{ min: 500, max: 500 }, '500 mg a day: above the 350 mg limit for adult (US).'],
  ])('%o', (perDay, text) => {
    expect(doseSummary(perDay, assessDose(perDay, { topical: false }))).toBe(text);
  });
  it('unknown and topical', () => {
    expect(doseSummary(null, assessDose(null, { topical: false }))).toMatch(/could not be read/);
    expect(doseSummary(null, assessDose(null, { topical: true }))).toMatch(/skin/);
  });
});
