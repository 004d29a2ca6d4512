import { describe, expect, it } from 'vitest';
import { AGE_BANDS, CLAIM_TOPICS, MEDICINE_IDS } from '../vocabulary/ids';
import { EU_LIMITS, US_LIMITS } from './limits';
import { LimitTableSchema } from './limits.schema';
import { SOURCES } from './sources';
import { EVIDENCE } from './evidence';
import { CLAIM_PATTERNS } from './claim-patterns';
import { ClaimPatternSchema, EvidenceNoteSchema, SourceSchema } from './evidence.schema';
import { GI_PRONE_FORMS, MEDICINES } from './safety';
import { GiFormsSchema, MedicineNoteSchema } from './safety.schema';

describe('limit tables', () => {
  it.each([US_LIMITS, EU_LIMITS])('$region table is valid', (table) => {
    expect(() => LimitTableSchema.parse(table)).not.toThrow();
  });
  it('the US figures match the IOM table (docs/knowledge.md §1)', () => {
    const ul = US_LIMITS.rows.map((r) => r.ulMg);
    expect(ul).toEqual([null, null, 65, 110, 350, 350, 350, 350]);
  });
  it('the EU limit is 250 mg from age 4', () => {
    for (const r of EU_LIMITS.rows.slice(AGE_BANDS.indexOf('4-8'))) expect(r.ulMg).toBe(250);
  });
  it('a typo in a row fails the schema', () => {
    const broken = { ...US_LIMITS, rows: US_LIMITS.rows.map((r, i) => (i === 3 ? { ...r, ulMg: -110 } : r)) };
    expect(LimitTableSchema.safeParse(broken).success).toBe(false);
    const missing = { ...US_LIMITS, rows: US_LIMITS.rows.slice(1) };
    expect(LimitTableSchema.safeParse(missing).success).toBe(false);
  });
});

describe('sources', () => {
  it.each(Object.entries(SOURCES))('%s is a valid source', (_id, source) => {
    expect(() => SourceSchema.parse(source)).not.toThrow();
  });
  it('rejects a malformed PubMed address', () => {
    expect(
      SourceSchema.safeParse({
        short: 'X 2020',
        citation: 'A long enough citation text.',
        url: 'https://pubmed.ncbi.nlm.nih.gov/abc',
      }).success,
    ).toBe(false);
  });
});

describe('evidence notes', () => {
  it('cover every claim topic except "other"', () => {
    expect(Object.keys(EVIDENCE).sort()).toEqual(CLAIM_TOPICS.filter((t) => t !== 'other').sort());
  });
  it.each(Object.entries(EVIDENCE))('%s is valid and keyed by its own topic', (key, note) => {
    expect(() => EvidenceNoteSchema.parse(note)).not.toThrow();
    expect(note.topic).toBe(key);
  });
  it('the sleep note carries the EU sleep-claim notice', () => {
    expect(EVIDENCE.sleep.euNote).toMatch(/no health claim about sleep/);
    expect(EVIDENCE.sleep.euSources).toContain('euReg432');
  });
});

describe('claim patterns', () => {
  it.each(CLAIM_PATTERNS.map((p) => [p.topic, p.lang, p.source, p] as const))('%s/%s %s', (_t, _l, _s, pattern) => {
    expect(() => ClaimPatternSchema.parse(pattern)).not.toThrow();
  });
  it('every topic has a specific English pattern and German or French basics', () => {
    for (const topic of Object.keys(EVIDENCE)) {
      const mine = CLAIM_PATTERNS.filter((p) => p.topic === topic);
      expect(mine.some((p) => p.lang === 'en' && p.tier === 0)).toBe(true);
      expect(mine.some((p) => p.lang === 'de')).toBe(true);
      expect(mine.some((p) => p.lang === 'fr')).toBe(true);
    }
  });
  it('rejects an unbounded pattern', () => {
    expect(ClaimPatternSchema.safeParse({ topic: 'sleep', lang: 'en', tier: 0, source: '(a+)+b' }).success).toBe(false);
  });
});

describe('medicines', () => {
  it('one note per medicine id, in the profile order', () => {
    expect(MEDICINES.map((m) => m.id)).toEqual([...MEDICINE_IDS]);
  });
  it.each(MEDICINES.map((m) => [m.id, m] as const))('%s is valid', (_id, m) => {
    expect(() => MedicineNoteSchema.parse(m)).not.toThrow();
  });
  it('the gut-prone forms are real form ids', () => {
    expect(() => GiFormsSchema.parse(GI_PRONE_FORMS)).not.toThrow();
  });
});
