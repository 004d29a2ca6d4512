import { describe, expect, it } from 'vitest';
import type { Profile } from './profile';
import { DEFAULT_PROFILE, assessDose } from './limits';
import { WARNING_CODES, safetyWarnings, type SafetyInput } from './safety';
import { MEDICINE_IDS } from '../vocabulary/ids';

const P = (over: Partial<Profile> = {}): Profile => ({ ...DEFAULT_PROFILE, ...over });
const input = (over: Partial<SafetyInput> & { profile?: Profile } = {}): [SafetyInput, Profile] => {
  const profile = over.profile ?? P();
  const perDay = over.perDay === undefined ? { min: 200, max: 200 } : over.perDay;
  const topical = over.topical ?? false;
  return [
    {
      forms: over.forms ?? ['glycinate'],
      perDay,
      topical,
      upperLimit: over.upperLimit ?? assessDose(perDay, { topical, profile }),
    },
    profile,
  ];
};
const codes = (args: [SafetyInput, Profile]) => safetyWarnings(...args).map((w) => w.code);

describe('safety notes', () => {
  it.each([
    ['a modest glycinate dose, healthy adult', input(), []],
    ['kidney disease', input({ profile: P({ kidneyDisease: true }) }), ['kidney-disease']],
    ['infant', input({ profile: P({ ageBand: '0-6mo' }) }), ['infant']],
    ['wholly above the limit', input({ perDay: { min: 500, max: 500 } }), ['above-upper-limit']],
    ['straddling the limit', input({ perDay: { min: 200, max: 400 } }), ['may-exceed-upper-limit']],
    ['oxide near the limit', input({ forms: ['oxide'], perDay: { min: 300, max: 300 } }), ['gi-effects-high-dose']],
    [
      'citrate above the limit',
      input({ forms: ['citrate'], perDay: { min: 400, max: 400 } }),
      ['above-upper-limit', 'gi-effects-high-dose'],
    ],
    ['chloride at a low dose', input({ forms: ['chloride'], perDay: { min: 100, max: 100 } }), []],
    ['glycinate at a high dose: limit note only', input({ perDay: { min: 400, max: 400 } }), ['above-upper-limit']],
    ['unknown dose', input({ forms: ['oxide'], perDay: null }), []],
    ['topical', input({ topical: true, forms: ['chloride'], perDay: { min: 900, max: 900 } }), ['topical']],
    ['topical with kidney disease', input({ topical: true, profile: P({ kidneyDisease: true }) }), ['kidney-disease', 'topical']],
    ['EU adult at 300 mg', input({ profile: P({ region: 'EU' }), perDay: { min: 300, max: 300 } }), ['above-upper-limit']],
    [
      'child 4–8 with oxide at 100 mg',
      input({ profile: P({ ageBand: '4-8' }), forms: ['oxide'], perDay: { min: 100, max: 100 } }),
      ['gi-effects-high-dose'],
    ],
  ] as const)('%s', (_name, args, expected) => {
    expect(codes(args)).toEqual(expected);
  });

  it.each([
    ['bisphosphonates', /2 hours/],
    ['tetracyclines', /2 hours before, or 4–6 hours after/],
    ['quinolones', /2 hours before, or 4–6 hours after/],
    ['levothyroxine', /4 hours/],
    ['diuretics', /potassium-sparing/],
    ['proton-pump-inhibitors', /prescriber/],
  ] as const)('medicine %s: spacing or status note', (id, text) => {
    const warnings = safetyWarnings(...input({ profile: P({ medicines: [id] }) }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe(`medicine-${id}`);
    expect(warnings[0]?.message).toMatch(text);
  });

  it('all notes in a stable order', () => {
    const args = input({
      profile: P({ kidneyDisease: true, medicines: [...MEDICINE_IDS].reverse() }),
      forms: ['oxide', 'glycinate'],
      perDay: { min: 250, max: 500 },
    });
    expect(codes(args)).toEqual([
      'kidney-disease',
      'may-exceed-upper-limit',
      'gi-effects-high-dose',
      ...MEDICINE_IDS.map((m) => `medicine-${m}`),
    ]);
  });

  it('codes are stable kebab-case and listed', () => {
    const args = input({
      profile: P({ kidneyDisease: true, medicines: [...MEDICINE_IDS] }),
      forms: ['oxide'],
      perDay: { min: 500, max: 500 },
    });
    for (const w of safetyWarnings(...args)) {
      expect(w.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(WARNING_CODES).toContain(w.code);
      expect(w.message.length).toBeGreaterThan(30);
    }
  });

  it('the limit messages carry the numbers', () => {
    const [straddle] = safetyWarnings(...input({ perDay: { min: 200, max: 400 } }));
    expect(straddle?.message).toMatch(/400 mg a day.*350 mg.*adult \(US\).*200 mg/);
    const [above] = safetyWarnings(...input({ perDay: { min: 500, max: 600 } }));
    expect(above?.message).toMatch(/^500–600 mg a day is above the 350 mg limit/);
  });
});
