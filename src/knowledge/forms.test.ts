import { describe, expect, it } from 'vitest';
import { FORMS, FORM_BY_ID } from './forms';
import { FormCatalogueSchema } from './forms.schema';
import { FORM_IDS } from '../vocabulary/ids';

describe('form catalogue', () => {
  it('passes its schema', () => {
    expect(() => FormCatalogueSchema.parse(FORMS)).not.toThrow();
  });
  it('has every FormId exactly once', () => {
    expect(FORMS.map((f) => f.id).sort()).toEqual([...FORM_IDS].sort());
  });
  it.each([
    ['oxide', 0.603, 0.603],
    ['glycinate', 0.141, 0.141],
    ['citrate', 0.113, 0.162],
    ['malate', 0.116, 0.155],
    ['threonate', 0.072, 0.083],
    ['sulfate', 0.099, 0.202],
    ['chloride', 0.12, 0.255],
    ['taurate', 0.089, 0.089],
  ] as const)('%s has the docs/knowledge.md fraction %f–%f', (id, min, max) => {
    expect(FORM_BY_ID[id].fraction).toMatchObject({ min, max });
  });
  it('gives no fraction where the label cannot fix one', () => {
    expect(FORM_BY_ID['amino-acid-chelate'].fraction).toBeNull();
    expect(FORM_BY_ID.other.fraction).toBeNull();
  });
  it('never lists one synonym under two forms', () => {
    const all = FORMS.flatMap((f) => f.synonyms);
    expect(new Set(all).size).toBe(all.length);
  });
});
