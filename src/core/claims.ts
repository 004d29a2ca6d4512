// Claims the page makes -> evidence notes. Pure and bounded: every pattern is whole-word, free of
// nested quantifiers (checked by the knowledge test) and runs over at most MAX_FIELD_CHARS per field.
import type { Claim } from './schema';
import { CLAIM_PATTERNS, type ClaimPattern } from '../knowledge/claim-patterns';
import { EVIDENCE, type EvidenceTopic } from '../knowledge/evidence';
import { sourceRef } from '../knowledge/sources';
import { CLAIM_TOPICS } from '../vocabulary/ids';

export interface ClaimText {
  field: string;
  text: string;
}

/** Fields longer than this are read up to this length (a product page's text is far shorter). */
const MAX_FIELD_CHARS = 100_000;
/** At most this many fields are read. */
const MAX_FIELDS = 200;
/** Longest excerpt reported as the claim's text. */
export const MAX_EXCERPT_CHARS = 80;

/** Topics in the order claims are reported (stable, as in the contract's ClaimTopic list). */
export const CLAIM_ORDER: EvidenceTopic[] = CLAIM_TOPICS.filter((t): t is EvidenceTopic => t !== 'other');

interface Compiled {
  topic: EvidenceTopic;
  tier: ClaimPattern['tier'];
  re: RegExp;
}

/**
 * One regex per topic and tier, its phrases as alternatives in list order. At the leftmost match the
 * engine tries the alternatives in order, so the result is the one the phrases would give one by one
 * (earliest position, then first phrase), at a fraction of the cost: compiling 139 Unicode-aware
 * regexes was most of a cold analysis (bench/, issue 7).
 */
const COMPILED: Compiled[] = (() => {
  const groups = new Map<string, { topic: EvidenceTopic; tier: ClaimPattern['tier']; sources: string[] }>();
  for (const pat of CLAIM_PATTERNS) {
    const key = `${pat.topic}|${pat.tier}`;
    const group = groups.get(key) ?? { topic: pat.topic, tier: pat.tier, sources: [] };
    group.sources.push(`(?:${pat.source})`);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ topic: g.topic, tier: g.tier, re: compilePattern(g.sources.join('|')) }));
})();

/** Whole-word, case-insensitive, Unicode-aware. Exported for the knowledge test. */
export function compilePattern(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

interface Hit {
  tier: number;
  fieldIndex: number;
  index: number;
  length: number;
  text: string;
}

export function detectClaims(texts: ClaimText[], opts: { eu: boolean }): Claim[] {
  const fields = texts.slice(0, MAX_FIELDS).map((t) => (typeof t.text === 'string' ? t.text.slice(0, MAX_FIELD_CHARS) : ''));
  const best = new Map<EvidenceTopic, Hit>();
  for (const pat of COMPILED) {
    const current = best.get(pat.topic);
    if (current && current.tier < pat.tier) continue; // a more specific phrase already won
    for (let f = 0; f < fields.length; f++) {
      if (current && current.tier === pat.tier && current.fieldIndex < f) break;
      const text = fields[f] ?? '';
      const m = pat.re.exec(text);
      if (!m) continue;
      const hit: Hit = { tier: pat.tier, fieldIndex: f, index: m.index, length: m[0].length, text };
      const prev = best.get(pat.topic);
      if (!prev || better(hit, prev)) best.set(pat.topic, hit);
      break; // later fields cannot beat an earlier one of the same tier
    }
  }
  const claims: Claim[] = [];
  for (const topic of CLAIM_ORDER) {
    const hit = best.get(topic);
    if (!hit) continue;
    const ev = EVIDENCE[topic];
    const eu = opts.eu && ev.euNote !== undefined;
    claims.push({
      topic,
      text: excerpt(hit.text, hit.index, hit.index + hit.length),
      grade: ev.grade,
      note: eu ? `${ev.note} ${ev.euNote}` : ev.note,
      sources: [...ev.sources, ...(eu ? (ev.euSources ?? []) : [])].map(sourceRef),
    });
  }
  return claims;
}

function better(a: Hit, b: Hit): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  if (a.fieldIndex !== b.fieldIndex) return a.fieldIndex < b.fieldIndex;
  return a.index < b.index;
}

// Characters that end a phrase: sentence punctuation, bullets, brackets, line breaks.
const STOP = /[.!?;:\n\r\t•·|()[\]{}"“”«»]/u;

/**
 * The matched phrase widened by up to two words on each side within its clause, so "Restful Sleep"
 * reads "Supports Deep, Restful Sleep". Always an exact substring of the page text (trimmed).
 */
export function excerpt(text: string, start: number, end: number, words = 2): string {
  let s = start;
  let count = 0;
  while (s > 0 && count < words && start - s < MAX_EXCERPT_CHARS) {
    let i = s;
    while (i > 0 && text[i - 1] === ' ') i--;
    if (i === 0 || STOP.test(text[i - 1] ?? '')) break;
    let j = i;
    while (j > 0 && text[j - 1] !== ' ' && !STOP.test(text[j - 1] ?? '') && i - j < 40) j--;
    s = j;
    count++;
  }
  let e = end;
  count = 0;
  while (e < text.length && count < words && e - end < MAX_EXCERPT_CHARS) {
    let i = e;
    while (i < text.length && text[i] === ' ') i++;
    if (i >= text.length || STOP.test(text[i] ?? '')) break;
    let j = i;
    while (j < text.length && text[j] !== ' ' && !STOP.test(text[j] ?? '') && j - i < 40) j++;
    e = j;
    count++;
  }
  let out = text
    .slice(s, e)
    .trim()
    .replace(/^[,\-–—&/\s]{1,10}|[,\-–—&/\s]{1,10}$/gu, '');
  if (out.length > MAX_EXCERPT_CHARS) out = text.slice(start, end).trim();
  return out;
}
