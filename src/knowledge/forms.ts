// The form catalogue: every FormId with its absorption tier, its elemental fraction and the words
// labels use for it. Plain data (no zod) so the content script can import it; forms.schema.ts
// validates it in a test. Fractions: docs/knowledge.md §2 (24.305 g/mol Mg / molar mass of the
// salt as sold); tiers: docs/knowledge.md §4. Where a label cannot tell which hydrate or salt it means,
// min and max span the possibilities so the engine reports a range, never a guessed point.
import type { FormId, Tier } from '../vocabulary/ids';

export type Hydrate = 'anhydrous' | 'dihydrate' | 'trihydrate' | 'tetrahydrate' | 'hexahydrate' | 'heptahydrate';

interface ElementalFraction {
  min: number;
  max: number;
  /** Where each value comes from. */
  source: string;
  /** The fraction of each hydrate a label may name ("magnesium orotate dihydrate 500 mg"). */
  hydrates?: Partial<Record<Hydrate, number>>;
}

export interface FormKnowledge {
  id: FormId;
  /** Plain English name for people. */
  name: string;
  tier: Tier;
  tierSource: string;
  /** null where no single salt is implied (amino acid chelates vary by maker; "other"). */
  fraction: ElementalFraction | null;
  /**
   * Words labels use, folded (lower case, accents removed). Matched as whole words, optionally
   * glued to "magnesium"/"di"/"tri"/"bis" as in "Magnesiumcitrat" or "dimagnesium malate".
   * Spaces match any run of spaces or hyphens.
   */
  synonyms: string[];
}

const K2 = 'docs/knowledge.md §2';
const K4 = 'docs/knowledge.md §4';

export const FORMS: readonly FormKnowledge[] = [
  {
    id: 'oxide',
    name: 'magnesium oxide',
    tier: 'lower',
    tierSource: `${K4}: Firoz & Graber 2001 (about 4% absorbed); Walker et al. 2003`,
    fraction: { min: 0.603, max: 0.603, source: `${K2}: 24.305/40.30` },
    synonyms: [
      'oxidum',
      'oxide',
      'oxid',
      'ossido',
      'oxido',
      'magnesia usta',
      'tlenek',
      'tlenku',
      'oxyde',
      'оксид',
      'oksidi',
      'oksid',
    ],
  },
  {
    id: 'hydroxide',
    name: 'magnesium hydroxide',
    tier: 'lower',
    tierSource: `${K4}: suggested tiers (inorganic)`,
    fraction: { min: 0.417, max: 0.417, source: `${K2}: 24.305/58.32` },
    synonyms: [
      'hydroxidum',
      'hydroxide',
      'hydroxid',
      'idrossido',
      'hidroxido',
      'milk of magnesia',
      'wodorotlenek',
      'wodorotlenku',
      'hydroxyde',
      'хидроксид',
      'гидроксид',
      'hydroksidi',
    ],
  },
  {
    id: 'carbonate',
    name: 'magnesium carbonate',
    tier: 'lower',
    tierSource: `${K4}: suggested tiers (inorganic)`,
    fraction: { min: 0.25, max: 0.288, source: `${K2}: 24.305/84.31 = 0.288 for MgCO3; basic carbonate nearer 0.25` },
    synonyms: [
      'carbonas',
      'carbonate',
      'carbonat',
      'carbonato',
      'karbonat',
      'hydroxycarbonate',
      'subcarbonate',
      'carbonaat',
      'weglan',
      'weglanu',
      'карбонат',
      'karbonaatti',
      'subkarbonaatti',
      'subcarbonas',
      'uhlicitan',
    ],
  },
  {
    id: 'chloride',
    name: 'magnesium chloride',
    tier: 'higher',
    tierSource: `${K4}: Firoz & Graber 2001`,
    fraction: {
      min: 0.12,
      max: 0.255,
      source: `${K2}: hexahydrate 24.305/203.30 = 0.120; anhydrous 24.305/95.21 = 0.255`,
      hydrates: { hexahydrate: 0.1196, anhydrous: 0.2553 },
    },
    synonyms: [
      'clorura',
      'chloridum',
      'chloride',
      'chlorid',
      'cloruro',
      'chlorure',
      'nigari',
      'zechstein',
      'cloreto',
      'chlorek',
      'chlorku',
      'хлорид',
      'kloridi',
      'klorid',
    ],
  },
  {
    id: 'sulfate',
    name: 'magnesium sulfate',
    tier: 'lower',
    tierSource: `${K4}: suggested tiers (inorganic, oral)`,
    fraction: {
      min: 0.099,
      max: 0.202,
      source: `${K2}: heptahydrate (Epsom) 24.305/246.47 = 0.099; anhydrous 24.305/120.37 = 0.202`,
      hydrates: { heptahydrate: 0.0986, anhydrous: 0.2019 },
    },
    synonyms: [
      'sulfas',
      'sulfate',
      'sulphate',
      'sulfat',
      'solfato',
      'sulfato',
      'epsom salt',
      'epsom salts',
      'epsom',
      'bittersalz',
      'epsomzout',
      'siarczan',
      'siarczanu',
      'sulfaatti',
      'siran',
      'сульфат',
      'сулфат',
    ],
  },
  {
    id: 'citrate',
    name: 'magnesium citrate',
    tier: 'higher',
    tierSource: `${K4}: Lindberg 1990; Walker 2003; Kappeler 2017`,
    fraction: {
      min: 0.113,
      max: 0.162,
      source: `${K2}: magnesium hydrogen citrate 24.305/214.41 = 0.113; trimagnesium dicitrate nonahydrate 0.119; anhydrous 24.305/451.11 = 0.162`,
    },
    synonyms: [
      'citras',
      'citrate',
      'citrat',
      'citrato',
      'dicitrate',
      'citrates',
      'citraat',
      'cytrynian',
      'cytrynianu',
      'цитрат',
      'sitraatti',
    ],
  },
  {
    id: 'malate',
    name: 'magnesium malate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: little human data`,
    fraction: {
      min: 0.116,
      max: 0.155,
      source: `${K2}: trihydrate 24.305/210.42 = 0.116; anhydrous 24.305/156.38 = 0.155`,
      hydrates: { trihydrate: 0.1155, anhydrous: 0.1554 },
    },
    synonyms: ['malate', 'malat', 'malato', 'malaat', 'jablczan', 'jablczanu', 'малат', 'malaatti'],
  },
  {
    id: 'glycinate',
    name: 'magnesium glycinate (bisglycinate)',
    tier: 'higher',
    tierSource: `${K4}: Schuette 1994; suggested tiers`,
    fraction: { min: 0.141, max: 0.141, source: `${K2}: bisglycinate 24.305/172.42` },
    synonyms: [
      'glycinate',
      'glycinat',
      'glicinato',
      'glycine chelate',
      // "Magnesium glycine" is how some bulk sellers name the glycinate; glycine alone is an amino acid.
      'magnesium glycine',
      'glycinate chelate',
      'glycinaat',
      'bisglycinaat',
      'glicynian',
      'glicynianu',
      'diglicynian',
      'diglicynianu',
      'bisglicynian',
      'bisglicynianu',
      'глицинат',
      'бисглицинат',
      'glysinaatti',
      'bisglysinaatti',
      'bisglycinat',
    ],
  },
  {
    id: 'lactate',
    name: 'magnesium lactate',
    tier: 'higher',
    tierSource: `${K4}: Firoz & Graber 2001`,
    fraction: {
      min: 0.102,
      max: 0.12,
      source: `${K2}: dihydrate 24.305/238.48 = 0.102; anhydrous 24.305/202.44 = 0.120`,
      hydrates: { dihydrate: 0.1019, anhydrous: 0.1201 },
    },
    synonyms: [
      'lactas',
      'lactate',
      'lactat',
      'lattato',
      'lactato',
      'lactaat',
      'mleczan',
      'mleczanu',
      'laktat',
      'laktatu',
      'лактат',
      'laktaatti',
    ],
  },
  {
    id: 'aspartate',
    name: 'magnesium aspartate',
    tier: 'higher',
    tierSource: `${K4}: Firoz & Graber 2001`,
    fraction: {
      min: 0.067,
      max: 0.084,
      source: `${K2}: tetrahydrate 24.305/360.56 = 0.067; dihydrate 24.305/324.53 = 0.075; anhydrous 24.305/288.50 = 0.084`,
      hydrates: { dihydrate: 0.0749, tetrahydrate: 0.0674, anhydrous: 0.0842 },
    },
    synonyms: [
      'aspartas',
      'aspartate',
      'aspartat',
      'aspartato',
      'aspartaat',
      'asparaginian',
      'asparaginianu',
      'asparaginate',
      'аспартат',
      'аспарагинат',
      'aspartaatti',
    ],
  },
  {
    id: 'taurate',
    name: 'magnesium taurate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: little human data`,
    fraction: { min: 0.089, max: 0.089, source: `${K2}: 24.305/272.57` },
    synonyms: ['taurate', 'taurinate', 'taurat', 'taurinat', 'taurato', 'taurinato', 'taurine chelate', 'tauraat', 'taurynian'],
  },
  {
    id: 'acetyl-taurate',
    name: 'magnesium acetyl taurate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: little human data`,
    fraction: { min: 0.068, max: 0.068, source: `${K2}: 24.305/356.65` },
    synonyms: ['acetyl taurate', 'acetyltaurate', 'acetyl taurinate', 'acetyltaurat', 'acetiltaurato'],
  },
  {
    id: 'threonate',
    name: 'magnesium L-threonate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: little human data`,
    fraction: {
      min: 0.072,
      max: 0.083,
      source: `${K2}: 24.305/294.50 = 0.083 in theory; about 0.072 as sold (Magtein: 2 g gives about 144 mg)`,
    },
    synonyms: ['threonate', 'l threonate', 'threonat', 'treonato', 'magtein', 'threonaat', 'treonian'],
  },
  {
    id: 'orotate',
    name: 'magnesium orotate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: little human data`,
    fraction: {
      min: 0.066,
      max: 0.073,
      source: `${K2}: dihydrate 24.305/370.51 = 0.066; anhydrous 24.305/334.48 = 0.073`,
      hydrates: { dihydrate: 0.0656, anhydrous: 0.0727 },
    },
    synonyms: ['orotas', 'orotate', 'orotat', 'orotato', 'orotaat', 'orotan', 'оротат'],
  },
  {
    id: 'gluconate',
    name: 'magnesium gluconate',
    tier: 'higher',
    tierSource: `${K4}: suggested tiers`,
    fraction: {
      min: 0.054,
      max: 0.059,
      source: `${K2}: dihydrate 24.305/450.63 = 0.054; anhydrous 24.305/414.60 = 0.059`,
      hydrates: { dihydrate: 0.0539, anhydrous: 0.0586 },
    },
    synonyms: ['gluconas', 'gluconate', 'gluconat', 'gluconato', 'gluconaat', 'glukonian', 'глюконат', 'глуконат', 'glukonaatti'],
  },
  {
    id: 'pidolate',
    name: 'magnesium pidolate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: little human data`,
    fraction: { min: 0.087, max: 0.087, source: `${K2}: 24.305/280.52` },
    synonyms: [
      'pidolas',
      'pidolate',
      'pidolat',
      'pidolato',
      'pidolaat',
      'pidolan',
      'пидолат',
      'pyrrolidone carboxylate',
      'pyrrolidonecarboxylate',
    ],
  },
  {
    id: 'glycerophosphate',
    name: 'magnesium glycerophosphate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: little human data`,
    fraction: { min: 0.125, max: 0.125, source: `${K2}: 24.305/194.36` },
    synonyms: [
      'glycerophosphas',
      'glycerophosphate',
      'glycerophosphat',
      'glicerofosfato',
      'glycerinphosphat',
      'glycerofosfaat',
      'glicerofosforan',
    ],
  },
  {
    // Not in docs/knowledge.md: computed here from Mg(lysinate)2, 24.305 + 2 x 145.18 = 314.67 g/mol.
    id: 'lysinate',
    name: 'magnesium lysinate',
    tier: 'unknown',
    tierSource: 'not rated in docs/knowledge.md §4: no human absorption data gathered',
    fraction: { min: 0.077, max: 0.077, source: 'computed: 24.305/314.67 for magnesium bis-lysinate (not in docs/knowledge.md)' },
    synonyms: ['lysinate', 'bislysinate', 'lysinat', 'lisinato', 'lysine chelate'],
  },
  {
    id: 'amino-acid-chelate',
    name: 'magnesium amino acid chelate',
    tier: 'higher-limited-data',
    tierSource: `${K4}: Walker et al. 2003 (better than oxide; one small study)`,
    // The chelating amino acids and the share of oxide vary by maker, so no fraction is implied.
    fraction: null,
    synonyms: [
      'amino acid chelate',
      'amino acid chelated',
      'amino acid complex',
      'aminoate',
      'aminoacid chelate',
      'aminosaurechelat',
      'aminosaeurechelat',
      'quelato de aminoacidos',
      'chelato di aminoacidi',
      'chelate d acides amines',
      'rice chelate',
      'chelate',
      'chelated',
      'chelat',
      'quelato',
      'quelado',
      'chelato',
      'traacs',
      'хелат',
    ],
  },
  {
    id: 'other',
    name: 'other source',
    tier: 'unknown',
    tierSource: 'no absorption data gathered for this source',
    fraction: null,
    synonyms: [
      'salicylate',
      'ascorbate',
      'succinate',
      'fumarate',
      'ketoglutarate',
      'arginate',
      'histidinate',
      'phosphate',
      'hydrogenphosphate',
      'trisilicate',
      'picolinate',
      'bicarbonate',
      'krebs',
    ],
  },
];

export const FORM_BY_ID: Readonly<Record<FormId, FormKnowledge>> = Object.fromEntries(FORMS.map((f) => [f.id, f])) as Record<
  FormId,
  FormKnowledge
>;
