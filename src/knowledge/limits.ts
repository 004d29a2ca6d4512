// Limit tables: the tolerable upper intake level (UL) for SUPPLEMENTAL magnesium and the reference
// intake (RDA or AI) for TOTAL magnesium, per age band, for the US and the EU. Plain data; the logic
// that reads it is src/core/limits.ts, the schema that checks it is ./limits.schema.ts.
import type { AgeBand } from '../vocabulary/ids';
import type { SourceId } from './sources';

interface IntakeByGroup {
  male: number;
  female: number;
  /** Women only; absent when the value does not change in pregnancy / lactation. */
  pregnant?: number;
  lactating?: number;
}

export interface LimitRow {
  ageBand: AgeBand;
  /** mg/day of supplemental magnesium; null where the authority set none. */
  ulMg: number | null;
  ulSource: SourceId;
  /** Shown next to the limit when it is borrowed or missing. */
  ulNote?: string;
  intake: IntakeByGroup;
  intakeKind: 'RDA' | 'AI';
  intakeSource: SourceId;
  intakeNote?: string;
}

export interface LimitTable {
  region: 'US' | 'EU';
  /** What the UL covers, said once next to the gauge. */
  ulScope: string;
  rows: LimitRow[];
}

const US_UL_SCOPE =
  'The limit counts magnesium from supplements and medicines (antacids, laxatives) only, not from food or water; ' +
  'its first sign of excess is diarrhoea. A diet rich in magnesium does not push anyone over it.';

/** IOM 1997 as tabulated by the NIH Office of Dietary Supplements. */
export const US_LIMITS: LimitTable = {
  region: 'US',
  ulScope: US_UL_SCOPE,
  rows: [
    {
      ageBand: '0-6mo',
      ulMg: null,
      ulSource: 'iom1997',
      ulNote: 'No upper limit is set for infants: their magnesium should come from breast milk, formula and food only.',
      intake: { male: 30, female: 30 },
      intakeKind: 'AI',
      intakeSource: 'iom1997',
    },
    {
      ageBand: '7-12mo',
      ulMg: null,
      ulSource: 'iom1997',
      ulNote: 'No upper limit is set for infants: their magnesium should come from breast milk, formula and food only.',
      intake: { male: 75, female: 75 },
      intakeKind: 'AI',
      intakeSource: 'iom1997',
    },
    {
      ageBand: '1-3',
      ulMg: 65,
      ulSource: 'iom1997',
      intake: { male: 80, female: 80 },
      intakeKind: 'RDA',
      intakeSource: 'iom1997',
    },
    {
      ageBand: '4-8',
      ulMg: 110,
      ulSource: 'iom1997',
      intake: { male: 130, female: 130 },
      intakeKind: 'RDA',
      intakeSource: 'iom1997',
    },
    {
      ageBand: '9-13',
      ulMg: 350,
      ulSource: 'iom1997',
      intake: { male: 240, female: 240 },
      intakeKind: 'RDA',
      intakeSource: 'iom1997',
    },
    {
      ageBand: '14-18',
      ulMg: 350,
      ulSource: 'iom1997',
      intake: { male: 410, female: 360, pregnant: 400, lactating: 360 },
      intakeKind: 'RDA',
      intakeSource: 'iom1997',
    },
    {
      ageBand: '19-30',
      ulMg: 350,
      ulSource: 'iom1997',
      intake: { male: 400, female: 310, pregnant: 350, lactating: 310 },
      intakeKind: 'RDA',
      intakeSource: 'iom1997',
    },
    {
      ageBand: '31+',
      ulMg: 350,
      ulSource: 'iom1997',
      intake: { male: 420, female: 320, pregnant: 360, lactating: 320 },
      intakeKind: 'RDA',
      intakeSource: 'iom1997',
    },
  ],
};

/**
 * SCF 2001 (UL 250 mg/day for readily dissociable salts and oxide in supplements, from age 4, including
 * pregnancy and lactation) and EFSA 2015 adequate intakes. EFSA's age groups (1–<3, 3–<10, 10–<18) do
 * not line up with the US bands; each band takes the EFSA group covering most of its years.
 */
export const EU_LIMITS: LimitTable = {
  region: 'EU',
  ulScope:
    'The EU limit applies to magnesium salts and oxide taken as supplements or added to food and water, not to ' +
    'magnesium naturally in food; its first sign of excess is diarrhoea.',
  rows: [
    {
      ageBand: '0-6mo',
      ulMg: null,
      ulSource: 'scf2001',
      ulNote: 'No upper limit is set for infants: their magnesium should come from breast milk, formula and food only.',
      intake: { male: 30, female: 30 },
      intakeKind: 'AI',
      intakeSource: 'iom1997',
      intakeNote: 'EFSA set no value under 7 months; the US adequate intake is shown.',
    },
    {
      ageBand: '7-12mo',
      ulMg: null,
      ulSource: 'scf2001',
      ulNote: 'No upper limit is set for infants: their magnesium should come from breast milk, formula and food only.',
      intake: { male: 80, female: 80 },
      intakeKind: 'AI',
      intakeSource: 'efsa2015',
    },
    {
      ageBand: '1-3',
      ulMg: 65,
      ulSource: 'iom1997',
      ulNote: 'The EU limit starts at age 4; the US limit for ages 1–3 is used instead.',
      intake: { male: 170, female: 170 },
      intakeKind: 'AI',
      intakeSource: 'efsa2015',
    },
    {
      ageBand: '4-8',
      ulMg: 250,
      ulSource: 'scf2001',
      intake: { male: 230, female: 230 },
      intakeKind: 'AI',
      intakeSource: 'efsa2015',
    },
    {
      ageBand: '9-13',
      ulMg: 250,
      ulSource: 'scf2001',
      intake: { male: 300, female: 250 },
      intakeKind: 'AI',
      intakeSource: 'efsa2015',
    },
    {
      ageBand: '14-18',
      ulMg: 250,
      ulSource: 'scf2001',
      intake: { male: 300, female: 250 },
      intakeKind: 'AI',
      intakeSource: 'efsa2015',
    },
    {
      ageBand: '19-30',
      ulMg: 250,
      ulSource: 'scf2001',
      intake: { male: 350, female: 300 },
      intakeKind: 'AI',
      intakeSource: 'efsa2015',
    },
    {
      ageBand: '31+',
      ulMg: 250,
      ulSource: 'scf2001',
      intake: { male: 350, female: 300 },
      intakeKind: 'AI',
      intakeSource: 'efsa2015',
    },
  ],
};

export const LIMIT_TABLES = { US: US_LIMITS, EU: EU_LIMITS } as const;

/** Share of the UL at which the verdict becomes "near". */
export const NEAR_FRACTION = 0.8;
