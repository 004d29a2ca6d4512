import { describe, expect, it } from 'vitest';
import { CLAIM_ORDER, MAX_EXCERPT_CHARS, compilePattern, detectClaims, excerpt } from './claims';
import { CLAIM_PATTERNS } from '../knowledge/claim-patterns';
import { EVIDENCE } from '../knowledge/evidence';

const one = (text: string, eu = false) => detectClaims([{ field: 'bullets', text }], { eu });
const topics = (text: string) => one(text).map((c) => c.topic);

describe('the knowledge claim patterns', () => {
  it.each(CLAIM_PATTERNS.map((p) => [p.topic, p.lang, p.source] as const))('%s/%s %s compiles', (_t, _l, source) => {
    expect(() => compilePattern(source)).not.toThrow();
  });
});

describe('claim detection by topic and language', () => {
  it.each([
    // English
    ['Helps you fall asleep faster', 'sleep', 'fall asleep faster'],
    ['Supports Deep, Restful Sleep', 'sleep', 'Restful Sleep'],
    ['Relief from occasional insomnia', 'sleep', 'insomnia'],
    ['Melatonin-free formula', 'sleep', 'Melatonin-free'],
    ['Magnesium for Sleep', 'sleep', 'for Sleep'],
    ['Stress relief and a calm mind', 'stress-anxiety', 'Stress relief'],
    ['May ease anxiety', 'stress-anxiety', 'anxiety'],
    ['Reduces leg cramps at night', 'muscle-cramps', 'leg cramps'],
    ['Muscle spasms and twitching', 'muscle-cramps', 'Muscle spasms'],
    ['Faster post-workout recovery', 'muscle-recovery', 'post-workout recovery'],
    ['Soothes sore muscles', 'muscle-recovery', 'sore muscles'],
    ['Highly bioavailable chelate', 'absorption', 'Highly bioavailable'],
    ['Maximum absorption formula', 'absorption', 'Maximum absorption'],
    ['No laxative effect', 'gentle-digestion', 'No laxative effect'],
    ['Non-laxative and gentle on the stomach', 'gentle-digestion', 'Non-laxative'],
    ['Clinically proven ingredient', 'clinically-proven', 'Clinically proven'],
    ['Backed by science', 'clinically-proven', 'Backed by science'],
    ['Boosts energy levels', 'energy', 'Boosts energy levels'],
    ['Reduces tiredness and fatigue', 'energy', 'Reduces tiredness'],
    // German
    ['Für einen erholsamen Schlaf', 'sleep', 'erholsamen Schlaf'],
    ['Hilft beim Einschlafen', 'sleep', 'Einschlafen'],
    ['Gegen Muskelkrämpfe', 'muscle-cramps', 'Muskelkrämpfe'],
    ['Bei Wadenkrämpfen', 'muscle-cramps', 'Wadenkrämpfen'],
    ['Trägt zur Verringerung von Müdigkeit und Ermüdung bei', 'energy', 'Müdigkeit und Ermüdung'],
    ['Für Nerven und Psyche', 'stress-anxiety', 'Nerven'],
    ['Hohe Bioverfügbarkeit', 'absorption', 'Hohe Bioverfügbarkeit'],
    ['Magenfreundlich und gut verträglich', 'gentle-digestion', 'Magenfreundlich'],
    ['Klinisch geprüft', 'clinically-proven', 'Klinisch geprüft'],
    ['Unterstützt die Muskelfunktion', 'muscle-recovery', 'Muskelfunktion'],
    // French
    ['Favorise un sommeil réparateur', 'sleep', 'sommeil réparateur'],
    ['Aide à s’endormir', 'sleep', 's’endormir'],
    ['Contre les crampes musculaires', 'muscle-cramps', 'crampes musculaires'],
    ['Contribue à réduire la fatigue', 'energy', 'réduire la fatigue'],
    ['Anti-stress naturel', 'stress-anxiety', 'Anti-stress'],
    ['Haute biodisponibilité', 'absorption', 'Haute biodisponibilité'],
    ['Sans effet laxatif', 'gentle-digestion', 'Sans effet laxatif'],
    ['Cliniquement prouvé', 'clinically-proven', 'Cliniquement prouvé'],
    ['Favorise la récupération musculaire', 'muscle-recovery', 'récupération musculaire'],
  ] as const)('%s -> %s', (text, topic, core) => {
    const claims = one(text);
    const claim = claims.find((c) => c.topic === topic);
    expect(claim, `${topic} in ${JSON.stringify(claims)}`).toBeDefined();
    expect(claim!.text).toContain(core);
    expect(text).toContain(claim!.text); // the exact phrase from the page
  });

  it.each([
    ['Contains magnesium stearate as a flow agent'],
    ['Magnesium stearate, silicon dioxide, rice flour'],
    ['USB-C charger, 65 W, energy efficient, sleep mode, stress-tested cable, recovery mode'],
    ['Take 2 capsules daily with water.'],
    ['May have a laxative effect in large amounts.'], // a warning, not a "no laxative" claim
    ['Energy Star certified kinetic energy'],
    ['Schlafzimmer Lampe, Wohnzimmer'],
    ['Crampons for ice climbing'],
    [''],
  ])('no claim in %j', (text) => {
    expect(topics(text)).toEqual([]);
  });
});

describe('claim shape', () => {
  it('one claim per topic, in a stable order, with grade, note and sources', () => {
    const texts = [
      { field: 'title', text: 'Magnesium Glycinate 400 mg – Sleep, Stress & Muscle Recovery' },
      {
        field: 'bullets',
        text: 'Fall asleep faster. Deep sleep support. Ease muscle cramps. Highly bioavailable. No laxative effect. Clinically proven. Supports energy production.',
      },
    ];
    const claims = detectClaims(texts, { eu: false });
    expect(claims.map((c) => c.topic)).toEqual(CLAIM_ORDER);
    for (const c of claims) {
      expect(c.grade).toBe(EVIDENCE[c.topic as keyof typeof EVIDENCE].grade);
      expect(c.note.length).toBeGreaterThan(50);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const s of c.sources) expect(s).toMatch(/^https:\/\/|\d{4}/);
    }
    // The specific phrase in the bullets wins over the bare word "Sleep" in the title.
    expect(claims[0]).toMatchObject({ topic: 'sleep', text: 'Fall asleep faster' });
    // Among specific phrases, the earliest field wins: "Muscle Recovery" from the title.
    expect(claims.find((c) => c.topic === 'muscle-recovery')?.text).toContain('Muscle Recovery');
  });

  it('grades sleep as a small benefit with low certainty and cites Mah & Pitre on PubMed', () => {
    const [sleep] = one('Promotes restful sleep');
    expect(sleep?.grade).toBe('small benefit at best, low certainty');
    expect(sleep?.sources).toContain('https://pubmed.ncbi.nlm.nih.gov/33865376/');
    expect(sleep?.note).toMatch(/older adults/i);
  });

  it('grades cramps as no meaningful benefit (Cochrane)', () => {
    const [cramps] = one('Stops night cramps');
    expect(cramps?.grade).toMatch(/no meaningful benefit/);
    expect(cramps?.sources).toContain('https://doi.org/10.1002/14651858.CD009402.pub3');
  });

  it('on EU stores adds that no sleep claim is authorised', () => {
    const [eu] = one('Für einen erholsamen Schlaf', true);
    expect(eu?.note).toMatch(/no health claim about sleep is authorised/);
    expect(eu?.sources).toContain('https://eur-lex.europa.eu/eli/reg/2012/432/oj');
    const [us] = one('Für einen erholsamen Schlaf', false);
    expect(us?.note).not.toMatch(/EU/);
  });

  it('reports the first field in the list order when two fields match at the same tier', () => {
    const claims = detectClaims(
      [
        { field: 'title', text: 'Magnesium for leg cramps' },
        { field: 'bullets', text: 'Muscle cramps relief' },
      ],
      { eu: false },
    );
    expect(claims[0]?.text).toContain('leg cramps');
  });
});

describe('hostile and huge input', () => {
  it.each([
    ['100 KB of one letter', 'a'.repeat(100_000)],
    ['100 KB of spaces then a claim', `${' '.repeat(100_000 - 20)}fall asleep faster`],
    ['repeated near-misses', 'sleep mode '.repeat(9_000)],
    ['repeated prefixes', 'clinically '.repeat(9_000)],
    ['apostrophes and dashes', "'-'-".repeat(25_000)],
    ['mixed scripts', 'Schlaf睡眠сон'.repeat(8_000)],
  ])('%s finishes quickly', (_name, text) => {
    const t0 = performance.now();
    detectClaims(
      [
        { field: 'description', text },
        { field: 'label', text },
      ],
      { eu: true },
    );
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('reads at most 100 KB of a field', () => {
    const late = `${'x '.repeat(60_000)}fall asleep faster`;
    expect(topics(late)).toEqual([]);
  });

  it('ignores non-string text without throwing', () => {
    expect(detectClaims([{ field: 'x', text: undefined as unknown as string }], { eu: false })).toEqual([]);
  });

  it('excerpts stay short and exact', () => {
    const text = `${'word '.repeat(50)}restful sleep ${'more '.repeat(50)}`;
    const [c] = one(text);
    expect(c!.text.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
    expect(text).toContain(c!.text);
  });
});

describe('excerpt', () => {
  it.each([
    ['Supports Deep, Restful Sleep', 'Restful Sleep', 'Supports Deep, Restful Sleep'],
    ['Great! Fall asleep faster tonight. Really.', 'Fall asleep faster', 'Fall asleep faster tonight'],
    ['(insomnia)', 'insomnia', 'insomnia'],
  ])('%s', (text, match, expected) => {
    const start = text.indexOf(match);
    expect(excerpt(text, start, start + match.length)).toBe(expected);
  });
});
