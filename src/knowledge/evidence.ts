// What the research says about each kind of claim product pages make. Plain data, written in our own
// words from the studies cited (docs/knowledge.md §5); the schema in ./evidence.schema.ts checks it.
import type { ClaimTopic } from '../vocabulary/ids';
import type { SourceId } from './sources';

export type EvidenceTopic = Exclude<ClaimTopic, 'other'>;

/** The daily elemental dose the trials behind a grade gave, so a card can set a product's amount beside it. */
export interface TrialDose {
  /** Elemental mg a day, lowest and highest across the trials. */
  minMg: number;
  maxMg: number;
  /** The forms the trials used, in words: "oxide or citrate". */
  forms: string;
  /** Who was studied and for how long, in a few words. */
  who: string;
  /** The trials or reviews that state the dose (checked: PubMed or DOI). */
  refs: { short: string; url: string }[];
}

export interface EvidenceNote {
  topic: EvidenceTopic;
  /** Short label for the claim card. */
  title: string;
  /** Size of benefit and certainty, e.g. "small benefit, low certainty". */
  grade: string;
  /** What the studies found and who benefits most. */
  note: string;
  sources: SourceId[];
  /** Added on EU stores: what EU law does or does not allow magnesium products to say. */
  euNote?: string;
  /** Sources for the EU note, appended to the claim's sources on EU stores. */
  euSources?: SourceId[];
  /** What daily dose the trials used; null where no trial dose is known for the claim. */
  trialDose?: TrialDose | null;
}

export const EVIDENCE: Record<EvidenceTopic, EvidenceNote> = {
  sleep: {
    topic: 'sleep',
    title: 'Sleep',
    grade: 'small benefit at best, low certainty',
    note:
      'Pooled trials in older adults with insomnia found people fell asleep about 17 minutes sooner, with no clear ' +
      'gain in total sleep; the trials were small and at risk of bias. Other trials found no difference from placebo, ' +
      'and the newer positive ones were funded by the makers. Older adults and people who eat little magnesium are ' +
      'the likeliest to notice anything; it is not a sleeping pill.',
    sources: ['mahPitre2021', 'abbasi2012', 'nielsen2010', 'arab2022', 'rawji2024', 'hausenblas2024', 'schuster2025'],
    euNote: 'In the EU no health claim about sleep is authorised for magnesium (Regulation (EU) 432/2012).',
    euSources: ['euReg432'],
    // Mah & Pitre 2021, table 1: Nielsen 2010 320 mg (citrate), Abbasi 2012 500 mg (oxide), Held 2002 729 mg (oxide).
    trialDose: {
      minMg: 320,
      maxMg: 729,
      forms: 'oxide or citrate',
      who: 'older adults with poor sleep, 3 to 8 weeks',
      refs: [
        { short: 'Mah & Pitre 2021 (review of the three trials)', url: 'https://pubmed.ncbi.nlm.nih.gov/33865376/' },
        { short: 'Abbasi et al. 2012: 500 mg', url: 'https://pubmed.ncbi.nlm.nih.gov/23853635/' },
        { short: 'Nielsen et al. 2010: 320 mg', url: 'https://doi.org/10.1684/mrh.2010.0220' },
      ],
    },
  },
  'stress-anxiety': {
    topic: 'stress-anxiety',
    title: 'Stress and anxiety',
    grade: 'possible small benefit, very low certainty',
    note:
      'Reviews find hints of less self-reported anxiety in people already prone to it (mild anxiety, premenstrual ' +
      'symptoms), but the studies are few, small and of poor quality. Nothing shows a benefit for everyday stress in ' +
      'people who get enough magnesium.',
    sources: ['boyle2017', 'rawji2024'],
    euNote:
      'EU law allows "contributes to normal psychological function" and "to the normal functioning of the nervous ' +
      'system": these say magnesium is needed, not that extra magnesium calms you.',
    euSources: ['euReg432'],
    trialDose: null,
  },
  'muscle-cramps': {
    topic: 'muscle-cramps',
    title: 'Muscle cramps',
    grade: 'no meaningful benefit, high certainty (older adults)',
    note:
      'A Cochrane review found magnesium no better than placebo at preventing the common night-time leg cramps of ' +
      'older adults. Results in pregnancy conflict, and people who are actually low in magnesium were rarely studied ' +
      'apart; they are the only group where it might help.',
    sources: ['garrison2020', 'sebo2014'],
    euNote:
      'EU law allows "contributes to normal muscle function": a statement that magnesium is needed, not that it prevents cramps.',
    euSources: ['euReg432'],
    // Roffe 2002 gave citrate equivalent to 300 mg magnesium a day; the other trials state salt weights only.
    trialDose: {
      minMg: 300,
      maxMg: 300,
      forms: 'citrate',
      who: 'adults with regular night-time leg cramps, 6 weeks',
      refs: [{ short: 'Roffe et al. 2002', url: 'https://pubmed.ncbi.nlm.nih.gov/12011773/' }],
    },
  },
  'muscle-recovery': {
    topic: 'muscle-recovery',
    title: 'Muscle recovery and soreness',
    grade: 'no clear benefit in well-fed adults, low certainty',
    note:
      'A meta-analysis of 14 trials found no gain in strength or power for athletes or people with enough magnesium; ' +
      'older or magnesium-poor people did a little better. One small trial (22 students) reported less soreness after ' +
      'exercise. Those with low intake are the ones who may benefit.',
    sources: ['wang2017', 'veronese2014', 'reno2022'],
    euNote:
      'EU law allows "contributes to normal muscle function": a statement that magnesium is needed, not that it speeds recovery.',
    euSources: ['euReg432'],
    // Reno 2022: 350 mg a day for 10 days; the form (glycinate) as Tarsitano 2024's table 2 reports it.
    trialDose: {
      minMg: 350,
      maxMg: 350,
      forms: 'glycinate',
      who: '22 students, 10 days',
      refs: [
        { short: 'Reno et al. 2022', url: 'https://doi.org/10.1519/JSC.0000000000003827' },
        { short: 'Tarsitano et al. 2024 (review, table 2)', url: 'https://pubmed.ncbi.nlm.nih.gov/38970118/' },
      ],
    },
  },
  absorption: {
    topic: 'absorption',
    title: 'Absorption',
    grade: 'depends on the form, low to moderate certainty',
    note:
      'Small human studies, mostly of urinary magnesium, found citrate, chloride, lactate, aspartate and glycinate ' +
      'absorbed better than oxide; how a tablet is made matters as much as the salt. Better absorption is not a health ' +
      'benefit by itself: it matters most for people who are low in magnesium or absorb poorly.',
    sources: ['firozGraber2001', 'walker2003', 'kappeler2017', 'schuette1994', 'blancquaert2019', 'pardo2021'],
  },
  'gentle-digestion': {
    topic: 'gentle-digestion',
    title: 'Gentle on digestion',
    grade: 'plausible for glycinate, low certainty',
    note:
      'Loose stools are the main side effect of magnesium and grow with the dose; the upper limit is set to avoid ' +
      'them. Glycinate was better tolerated than oxide in a small trial, but any form can loosen stools at high doses, ' +
      'and "no laxative effect" is rarely tested for the product itself.',
    sources: ['schuette1994', 'iom1997', 'odsMagnesium'],
  },
  'clinically-proven': {
    topic: 'clinically-proven',
    title: '"Clinically proven"',
    grade: 'a marketing phrase, not evidence by itself',
    note:
      'Ask which study, in whom and at what dose. Few products are tested as sold, and products with the same salt ' +
      'can behave differently; the notes on the specific claims above say what trials actually found.',
    sources: ['blancquaert2019'],
  },
  energy: {
    topic: 'energy',
    title: 'Energy and tiredness',
    grade: 'no evidence of a boost unless you lack magnesium',
    note:
      'Magnesium is needed to turn food into energy, so a real shortage can leave you tired; we found no trials ' +
      'showing extra energy in people who already get enough. People with low intake or losses (some medicines, ' +
      'gut disease, heavy drinking) are the ones who may feel a difference.',
    sources: ['odsMagnesium'],
    euNote:
      'EU law allows "contributes to the reduction of tiredness and fatigue" for products with enough magnesium: the ' +
      'authorisation rests on what a shortage does, not on a boost for well-fed people.',
    euSources: ['euReg432'],
    trialDose: null,
  },
};
