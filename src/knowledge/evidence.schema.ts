// zod schemas for the evidence notes, their sources and the claim patterns.
import { z } from 'zod';
import { SOURCES } from './sources';
import { ClaimTopicSchema } from '../vocabulary/schemas';

const sourceId = z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]);
/** Every claim topic but "other", which has no evidence note. */
const topic = ClaimTopicSchema.exclude(['other']);

/** PubMed, DOI, or an official page; PubMed and DOI addresses must have the canonical form. */
const SourceUrl = z
  .string()
  .url()
  .refine((u) => {
    if (u.includes('pubmed')) return /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d{6,8}\/$/.test(u);
    if (u.includes('doi.org')) return /^https:\/\/doi\.org\/10\.\d{4,9}\/\S{3,}$/.test(u);
    return /^https:\/\/(?:ods\.od\.nih\.gov|www\.fda\.gov|eur-lex\.europa\.eu)\//.test(u);
  }, 'PubMed as https://pubmed.ncbi.nlm.nih.gov/<PMID>/, DOI as https://doi.org/10.x/..., or an official page');

export const SourceSchema = z
  .object({
    short: z.string().min(3),
    citation: z.string().min(20),
    url: SourceUrl.nullable(),
  })
  .strict();

const TrialDoseSchema = z
  .object({
    minMg: z.number().positive().max(2_000),
    maxMg: z.number().positive().max(2_000),
    forms: z.string().min(3),
    who: z.string().min(5),
    // Only PubMed or DOI addresses: a trial dose must be checkable.
    refs: z
      .array(
        z.object({ short: z.string().min(3), url: SourceUrl.refine((u) => /pubmed|doi\.org/.test(u), 'PubMed or DOI') }).strict(),
      )
      .min(1),
  })
  .strict()
  .refine((d) => d.minMg <= d.maxMg, 'minMg must not exceed maxMg');

export const EvidenceNoteSchema = z
  .object({
    topic,
    title: z.string().min(3),
    grade: z.string().min(8).max(80),
    note: z.string().min(60).max(600),
    sources: z.array(sourceId).min(1),
    euNote: z.string().min(20).optional(),
    euSources: z.array(sourceId).min(1).optional(),
    trialDose: TrialDoseSchema.nullable().optional(),
  })
  .strict()
  .refine((n) => (n.euNote === undefined) === (n.euSources === undefined), 'euNote and euSources go together');

export const ClaimPatternSchema = z
  .object({
    topic,
    lang: z.enum(['en', 'de', 'fr']),
    tier: z.union([z.literal(0), z.literal(1)]),
    // No unbounded repetition: every quantifier must be ?, or {n,m} with small m.
    source: z
      .string()
      .min(3)
      .max(400)
      .refine((s) => !/[+*]/.test(s.replace(/\\[+*]/g, '')), 'no + or * quantifiers')
      .refine((s) => [...s.matchAll(/\{(\d+),(\d*)\}/g)].every((m) => m[2] !== '' && Number(m[2]) <= 40), 'bounded {n,m} only'),
  })
  .strict();
