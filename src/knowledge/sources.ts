// Reference list shared by the knowledge tables. A source has a URL only where we are sure of the
// identifier (PubMed ID, DOI or an official page); otherwise the citation text stands alone.

export interface Source {
  /** Short author–year form shown in the UI. */
  short: string;
  /** Full reference text. */
  citation: string;
  /** https://pubmed.ncbi.nlm.nih.gov/<PMID>/, https://doi.org/<doi> or an official page; null when unsure. */
  url: string | null;
}

export const SOURCES = {
  // Limits and reference intakes
  iom1997: {
    short: 'IOM 1997',
    citation:
      'Institute of Medicine. Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride. National Academies Press, 1997.',
    url: 'https://doi.org/10.17226/5776',
  },
  odsMagnesium: {
    short: 'NIH ODS',
    citation: 'NIH Office of Dietary Supplements. Magnesium: Fact Sheet for Health Professionals.',
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
  },
  scf2001: {
    short: 'SCF 2001',
    citation:
      'Scientific Committee on Food. Opinion on the Tolerable Upper Intake Level of Magnesium (SCF/CS/NUT/UPPLEV/54 Final, 2001); in EFSA, Tolerable Upper Intake Levels for Vitamins and Minerals, 2006.',
    url: null,
  },
  efsa2015: {
    short: 'EFSA 2015',
    citation: 'EFSA NDA Panel. Scientific Opinion on Dietary Reference Values for magnesium. EFSA Journal 2015;13(7):4186.',
    url: 'https://doi.org/10.2903/j.efsa.2015.4186',
  },
  euReg432: {
    short: 'Reg. (EU) 432/2012',
    citation: 'Commission Regulation (EU) No 432/2012 establishing a list of permitted health claims made on foods.',
    url: 'https://eur-lex.europa.eu/eli/reg/2012/432/oj',
  },
  fdaPpi2011: {
    short: 'FDA 2011',
    citation:
      'FDA Drug Safety Communication: Low magnesium levels can be associated with long-term use of proton pump inhibitor drugs (PPIs), 2 March 2011.',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-low-magnesium-levels-can-be-associated-long-term-use-proton-pump',
  },
  levothyroxineLabel: {
    short: 'Levothyroxine label',
    citation:
      'Levothyroxine sodium prescribing information (US): take at least 4 hours apart from antacids and other products containing magnesium.',
    url: null,
  },
  // Sleep
  mahPitre2021: {
    short: 'Mah & Pitre 2021',
    citation:
      'Mah J, Pitre T. Oral magnesium supplementation for insomnia in older adults: a systematic review & meta-analysis. BMC Complement Med Ther 2021;21:125.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/33865376/',
  },
  abbasi2012: {
    short: 'Abbasi et al. 2012',
    citation:
      'Abbasi B, et al. The effect of magnesium supplementation on primary insomnia in elderly: a double-blind placebo-controlled clinical trial. J Res Med Sci 2012;17(12):1161–9.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/23853635/',
  },
  nielsen2010: {
    short: 'Nielsen et al. 2010',
    citation:
      'Nielsen FH, Johnson LK, Zeng H. Magnesium supplementation improves indicators of low magnesium status and inflammatory stress in adults older than 51 years with poor quality sleep. Magnes Res 2010;23(4):158–68.',
    url: 'https://doi.org/10.1684/mrh.2010.0220',
  },
  arab2022: {
    short: 'Arab et al. 2022',
    citation:
      'Arab A, Rafie N, Amani R, Shirani F. The role of magnesium in sleep health: a systematic review of available literature. Biol Trace Elem Res 2023;201(1):121–8.',
    url: 'https://doi.org/10.1007/s12011-022-03162-1',
  },
  rawji2024: {
    short: 'Rawji et al. 2024',
    citation:
      'Rawji A, et al. Examining the effects of supplemental magnesium on self-reported anxiety and sleep quality: a systematic review. Cureus 2024;16(4):e59317.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/38817505/',
  },
  hausenblas2024: {
    short: 'Hausenblas et al. 2024',
    citation:
      'Hausenblas HA, et al. Magnesium-L-threonate improves sleep quality and daytime functioning in adults with self-reported sleep problems: a randomized controlled trial. Sleep Med X 2024;8:100121. Industry funded.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/39252819/',
  },
  schuster2025: {
    short: 'Schuster et al. 2025',
    citation:
      'Schuster et al. 2025: randomised placebo-controlled trial of 250 mg magnesium as bisglycinate in 155 adults with poor sleep (industry funded). Journal reference not verified.',
    url: null,
  },
  // Stress and anxiety
  boyle2017: {
    short: 'Boyle et al. 2017',
    citation:
      'Boyle NB, Lawton C, Dye L. The effects of magnesium supplementation on subjective anxiety and stress: a systematic review. Nutrients 2017;9(5):429.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28445426/',
  },
  // Muscle
  garrison2020: {
    short: 'Garrison et al. 2020 (Cochrane)',
    citation: 'Garrison SR, et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402.',
    url: 'https://doi.org/10.1002/14651858.CD009402.pub3',
  },
  sebo2014: {
    short: 'Sebo et al. 2014',
    citation:
      'Sebo P, Cerutti B, Haller DM. Effect of magnesium therapy on nocturnal leg cramps: a systematic review of randomized controlled trials with meta-analysis using simulations. Fam Pract 2014;31(1):7–19.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/24280947/',
  },
  wang2017: {
    short: 'Wang et al. 2017',
    citation:
      'Wang R, et al. The effect of magnesium supplementation on muscle fitness: a meta-analysis and systematic review. Magnes Res 2017;30(4):120–32.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/29637897/',
  },
  veronese2014: {
    short: 'Veronese et al. 2014',
    citation:
      'Veronese N, et al. Effect of oral magnesium supplementation on physical performance in healthy elderly women involved in a weekly exercise program: a randomized controlled trial. Am J Clin Nutr 2014;100(3):974–81.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25008857/',
  },
  reno2022: {
    short: 'Reno et al. 2022',
    citation:
      'Reno AM, et al. Effects of magnesium supplementation on muscle soreness and performance. J Strength Cond Res 2022;36(8):2198–203.',
    url: 'https://doi.org/10.1519/JSC.0000000000003827',
  },
  // Absorption and tolerance
  firozGraber2001: {
    short: 'Firoz & Graber 2001',
    citation: 'Firoz M, Graber M. Bioavailability of US commercial magnesium preparations. Magnes Res 2001;14(4):257–62.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11794633/',
  },
  walker2003: {
    short: 'Walker et al. 2003',
    citation:
      'Walker AF, Marakis G, Christie S, Byng M. Mg citrate found more bioavailable than other Mg preparations in a randomised, double-blind study. Magnes Res 2003;16(3):183–91.',
    url: null,
  },
  lindberg1990: {
    short: 'Lindberg et al. 1990',
    citation:
      'Lindberg JS, et al. Magnesium bioavailability from magnesium citrate and magnesium oxide. J Am Coll Nutr 1990;9(1):48–55.',
    url: null,
  },
  kappeler2017: {
    short: 'Kappeler et al. 2017',
    citation:
      'Kappeler D, et al. Higher bioavailability of magnesium citrate as compared to magnesium oxide shown by evaluation of urinary excretion and serum levels after single-dose administration in a randomized cross-over study. BMC Nutrition 2017;3:7.',
    url: 'https://doi.org/10.1186/s40795-016-0121-3',
  },
  schuette1994: {
    short: 'Schuette et al. 1994',
    citation:
      'Schuette SA, Lashner BA, Janghorbani M. Bioavailability of magnesium diglycinate vs magnesium oxide in patients with ileal resection. JPEN 1994;18(5):430–5.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/7815675/',
  },
  blancquaert2019: {
    short: 'Blancquaert et al. 2019',
    citation:
      'Blancquaert L, Vervaet C, Derave W. Predicting and testing bioavailability of magnesium supplements. Nutrients 2019;11(7):1663.',
    url: 'https://doi.org/10.3390/nu11071663',
  },
  pardo2021: {
    short: 'Pardo et al. 2021',
    citation: 'Pardo MR, et al. Bioavailability of magnesium food supplements: a systematic review. Nutrition 2021;89:111294.',
    url: 'https://doi.org/10.1016/j.nut.2021.111294',
  },
  grober2017: {
    short: 'Gröber et al. 2017',
    citation: 'Gröber U, Werner T, Vormann J, Kisters K. Myth or reality—transdermal magnesium? Nutrients 2017;9(8):813.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28788060/',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** What a claim or note lists as its source: the URL when known, otherwise the citation text. */
export function sourceRef(id: SourceId): string {
  const s: Source = SOURCES[id];
  return s.url ?? s.citation;
}
