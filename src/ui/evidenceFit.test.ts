import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../knowledge/evidence';
import { evidenceFit } from './evidenceFit';

describe('evidence fit', () => {
  it('sets the trial dose beside this product’s daily amount', () => {
    expect(evidenceFit(EVIDENCE.sleep.trialDose, { min: 105, max: 105 })).toBe(
      'The trials used 320–729 mg of elemental magnesium a day (oxide or citrate; older adults with poor sleep, 3 to 8 weeks); this gives 105 mg a day, less than any of them used.',
    );
    expect(evidenceFit(EVIDENCE['muscle-recovery'].trialDose, { min: 350, max: 350 })).toContain(
      'this gives 350 mg a day, the same amount.',
    );
    expect(evidenceFit(EVIDENCE['muscle-cramps'].trialDose, { min: 400, max: 400 })).toContain('more than the trial used');
    expect(evidenceFit(EVIDENCE.sleep.trialDose, { min: 200, max: 400 })).toContain('partly within their range');
  });

  it('says when the product’s amount or the trial dose is not known', () => {
    expect(evidenceFit(EVIDENCE.sleep.trialDose, null)).toContain('this page does not say how much this product gives a day');
    expect(evidenceFit(EVIDENCE['stress-anxiety'].trialDose, { min: 1, max: 1 })).toMatch(/^No trial dose known/);
    expect(evidenceFit(EVIDENCE.absorption.trialDose, null)).toBeNull();
  });

  it('every sleep, cramp and recovery note has a checked trial dose', () => {
    for (const t of ['sleep', 'muscle-cramps', 'muscle-recovery'] as const) {
      expect(EVIDENCE[t].trialDose?.refs.every((r) => /^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//.test(r.url))).toBe(
        true,
      );
    }
  });
});
