// Supplement Facts text -> rows. A row is "name [amount…] [percent]"; the magnesium row is read as
// ELEMENTAL ("Magnesium (as …) 200 mg", "Magnesium 375 mg (100% NRV) aus Magnesiumcitrat") or as a
// SALT weight ("Magnesium Glycinate 500 mg", "Magnesiumcitrat 1.000 mg"). Lines around the rows give
// serving size, directions, ingredients and whether amounts are per unit, per serving or per day.
import type { FormFinding } from './schema';
import { MG_PER_MMOL_MAGNESIUM, REFERENCE_INTAKE, findAmounts, findPercents, rangeLowBefore, type Amount } from './units';
import {
  CYRILLIC_MAGNESIUM,
  LATIN_MAGNESIUM,
  NUMBER_WORDS,
  OTHER_SCRIPT_MAGNESIUM,
  fold,
  linesOf,
  pluralUnit,
  quote,
} from './text';
import {
  CEILING_WORDS,
  COUNTED_UNITS,
  DAY_DOSE_WORDS,
  cjkOneUnit,
  cjkUnitKind,
  findUnitCount,
  parseServingSize,
  unitKind,
  type UnitCount,
} from './servings';
import {
  formsInSourceList,
  formsNearMagnesium,
  magnesiumMentions,
  mentionsMagnesiumNutrient,
  namedHydrate,
  saltFractions,
  saysBuffered,
} from './forms';
import { FORM_BY_ID, type Hydrate } from '../knowledge/forms';

type AmountBasis = { per: 'serving' } | { per: 'unit'; unit: string } | { per: 'day'; units: number | null; unit: string | null };
/**
 * A header's column: a basis, or a column beside the dose that is no dose of it: the content per 100 g
 * or ml ("Per 100 g | Per 2 buste"), or another serving's ("Amount Per 2 Capsules | Amount Per 3 Capsules").
 */
type HeaderColumn = AmountBasis | { per: 'aside' };

export interface MagnesiumRow {
  /** The row as printed (continuation lines joined). */
  text: string;
  reading: 'elemental' | 'compound';
  /** Mass amounts outside parentheses, in column order. */
  amounts: Amount[];
  percent: { value: number; kind: 'dv' | 'nrv' } | null;
  forms: FormFinding[];
  buffered: boolean;
  /** The amount read as the row's value: the column whose header says per serving/day/unit. */
  amount: Amount | null;
  basis: AmountBasis;
  /** Several amount columns and no header to say which is which. */
  ambiguousColumns: boolean;
  /** The row's name ran into the amount without "Magnesium (as" (a cut-off scrape). */
  truncated: boolean;
  /** The hydrate the salt's own name states ("magnesium orotate dihydrate 500 mg"), for one amount. */
  hydrate?: Hydrate | null;
  /** "Leichtes Magnesiumoxid 403.-435.2mg": the low end of a range whose top is the amount. */
  amountLow?: number | null;
  /** "w 1 kapsułce | w 2 kapsułkach": one unit's column beside the one read, and its amount. */
  unitColumn?: { amount: Amount; unit: string } | null;
  /** A day's column beside the serving's column read: the label's own amount a day. */
  dayColumn?: Amount | null;
  /** The row's own words name its basis ("Each serving provides …", "Magnesium per serving"). */
  basisNamed?: boolean;
  /** "Each 2-capsule serving delivers …": the serving the row's words count. */
  servingNamed?: string | null;
  /** The facts panel the row stands in, where a page prints more than one ("Supplement Facts" twice: a twin pack's). */
  panel?: number;
}

export interface LabelReading {
  magnesiumRows: MagnesiumRow[];
  /** Rows of other nutrients with an amount (vitamins, minerals, botanicals). */
  otherNutrientRows: number;
  /**
   * Rows that name magnesium and its source but whose amount could not be read ("Magnesium (as
   * magnesium oxide)" alone: a label image's row whose figures failed their checks). The label does
   * list magnesium; it does not say how much.
   */
  magnesiumRowsWithoutAmount: number;
  /** Magnesium named as a member of a blend ("Magnesium Chelate" under "Proprietary Blend 500 mg"): one ingredient of many. */
  magnesiumInBlend: boolean;
  /** Magnesium salts a table lists with no weight ("Магния карбонат" with its cell empty). */
  unweighedSalts: FormFinding[];
  servingSize: string | null;
  /** The serving size is a header column's count ("per dose giornaliera (3 compresse)"), no "Serving Size" line. */
  servingFromHeader: boolean;
  servingsPerContainer: string | null;
  directions: string | null;
  ingredients: string | null;
  /** Label uses IU for vitamins: a pre-2020 US label, whose %DV for magnesium was 400 mg. */
  oldStyleUnits: boolean;
  isNutritionFactsPanel: boolean;
}

const BULLET_RE = /^[\s*•·†‡>\-–—]+/;
const NRV_RE =
  /(?<![a-z])(?:nrv|ri|vnr|vrn|nrw|nbw|ar|rm|referenzmenge|nahrstoffbezugswert|rws|apports? de reference|valeurs? nutritionnelles? de reference|reference intake|referentie-inname)(?![a-z])|(?<![а-я])(?:рхп|референтни хранителни приеми)(?![а-я])/;
/**
 * A serving's size, folded, in the languages read: words that say so alone ("Portionsgröße", "Wielkość porcji"),
 * and a portion's word that does with a colon or its count after it ("Porcja: 2 kapsułki", "Annos<TAB>2 kapselia").
 */
const SERVING_SIZE_WORDS = [
  'serving size',
  'portion size',
  'portionsgros?se',
  "taille (?:de (?:la )?|d'une )portion",
  'tamano (?:de (?:la )?|por )porcion',
  'tamanho da porcao',
  'portiegrootte',
  'portionsstorlek',
  'portionsstorrelse',
  'porsjonsstorrelse',
  'wielkosc porcji',
  'velikost porce',
  'velkost porcie',
  'adagmeret',
  'marimea portiei',
  'µεγεθος µεριδας',
  'porsiyon buyuklugu',
  'velicina porcije',
  'porcijos dydis',
  'porcijas lielums',
  'portsjoni suurus',
  'annoskoko',
  // Malay and Indonesian: "Saiz Hidangan: 3 tablet", "Takaran saji: 3 kapsul".
  'saiz hidangan',
  'takaran saji',
  'размер (?:на )?порци(?:я|ята|и)',
  'розмір порці[їі]',
  // Thai: "one unit of consumption", the serving on Thai nutrition labels.
  'หนึ่งหน่วยบริโภค',
  // Hebrew: serving size ("גודל המנה": the serving's size).
  'גודל ה?מנה',
  // Korean (iHerb's pages): "1회 제공량: 2정", the amount given at one time.
  '1회 제공량',
  // Chinese (iHerb's pages): "份量:2 片", "每份量", "每份含量：2 粒素食膠囊".
  '每?份量',
  '每份含量(?=[ ]{0,2}[:：])',
  // Japanese (iHerb's pages): "1回分：2粒" (one serving), "1回分の分量：3粒".
  '1回分(?:の分量)?',
].join('|');
const PORTION_WORDS =
  'serving|portion|porcion|racion|porcao|porzione|razione|portie|porcja|porce|porcia|porcija|portsjon|porsjon|µεριδα|porsiyon|порция|порція|מנה';
// ("Annos: 400 mg", a medicine's strength: a dose's word is a serving's size only over a count of units.)
const DOSE_WORDS = 'annos|davka|adag|obrok';
/** "Porzione giornaliera: 2 capsule", "Porción diaria: 2 cápsulas": a day's portion, the serving all the same. */
const DAILY_AFTER = String.raw`(?:[ ]{1,2}(?:giornaliera|diaria|journaliere|quotidienne|dzienna|denni|denna|zilnica|napi|dagelijkse|daglig|dagliga))?`;
const PORTION = String.raw`(?:${PORTION_WORDS})${DAILY_AFTER}(?=[ ]{0,2}:|[ ]{1,3}(?:(?:de|di|of)[ ]{1,2})?\d{1,2}(?:[.,]\d)?[ ]{1,2}\p{L})|(?:${DOSE_WORDS}|${DAY_DOSE_WORDS})(?=[ ]{0,2}:?[ ]{1,3}\d{1,2}(?:[.,]\d)?[ ]{1,2}(?!(?:mg|g|µg|mcg|ml)(?!\p{L}))\p{L})`;
/** A serving-size line: its words, then its value. */
export const SERVING_SIZE_LINE_RE = new RegExp(String.raw`^(?:${SERVING_SIZE_WORDS}|${PORTION})(?![\p{L}])`, 'u');
/** A serving's value that is a ceiling: "2 tableti geçmemelidir", "not to exceed 4 capsules", "ne pas dépasser 2 gélules". */
const SERVING_CEILING_RE = new RegExp(
  String.raw`(?<![a-z])(?:exceed|no more than|not more than|${CEILING_WORDS}|nicht uberschreiten|niet overschrijden|nie przekraczac|gecmemeli\w*|gecmeyin\w*|asmamali\w*|asmayin\w*)(?![a-z])`,
);
const SERVING_RE = new RegExp(
  String.raw`^(?:${SERVING_SIZE_WORDS}|${PORTION}|tagesdosis|tagesportion|tagliche verzehrmenge|dose journaliere|portion journaliere|porcion(?: de(?= \d))?|porcao(?: de(?= \d))?|takaran saji|dosis diaria|porzione|dose giornaliera|dose quotidiana|(?:dose|dosis|δοση)(?=[ ]{0,2}:[ ]{0,3}\d{1,2}[ ]{1,2}\p{L}{3,}[ ]*$)|(?:1回)?摂取量|1[ ]?회[ ]?섭취량|食用量|每一?份(?:用)?量|每一?份(?=[ ]{0,2}:))[ ]{0,3}[:：-]?[ ]{0,3}(?:\|[ ]{0,3})?(.*)$`,
  'u',
);
/** A serving's value alone on a line: "3 Tablets", "2 capsules (1.2 g)", "1 scoop". */
const SERVING_CELL_RE = /^\d{1,2}(?:[.,]\d)?[ ]{1,2}[a-z][a-z -]{1,25}(?:\([^)]{1,20}\))?$/;
/** "Pour une gélule de 506,1 mg.", "Pour un comprimé pelliculé.": the unit the rows above are for. */
const TRAILING_PER_UNIT_RE =
  /^(?:pour|per|pro|por|for)[ ]{1,2}(?:un|une|one|1|una|uno|eine?)[ ]{1,2}(gelule|comprime|capsule|tablet|caplet|softgel|kapsel|tablette|capsula|compressa|comprimido|sachet|ampoule)s?(?![a-z])[^\d]{0,30}(?:de[ ]{1,2}\d[\d.,]*[ ]{0,2}(?:mg|g|ml))?[ .]*$/;
/** "Pour 100 g de granulés", "pro 100 g", "per 100 ml": a basis that is no dose. */
/** "per 100 g", "pour 100 ml": a basis of 100 g, at a line's start or within a heading. */
/** ("100gr of Almonds provide:", "100 g of powder contain": the same basis, said as a sentence's subject.) */
/** ("100g当たり", "每100g", "100g당": in Japanese, Chinese and Korean; "Trong 100g" in Vietnamese.) */
const PER_100 = String.raw`(?:(?<![א-ת])ב-?[ ]?100[ ]?(?:גרם|גר'|מ"ל)|100[ ]?(?:g|ml)[ ]?(?:当たり|あたり|中|당)|每[ ]?100[ ]?(?:g|ml|克|公克|毫升)|100[ ]?(?:g|ml)-?(?:ban|ben)|100[ ]?(?:g|ml):?(?:ssa|ssä)|100[ ]?(?:g|ml)'?(?:de|da|te|ta)|100[ ]?(?:g|ml) icin|(?:(?:pour|par|per|pr\.|pro|por|je|para|in|dans|w|ve|v|na|u|i|la|fur|trong|в|на|у|ανα)[ ]{1,2}|\/[ ]{0,2})100[ ]{0,2}(?:g|gr|ml|gramm?e?s?|grams?|г|мл)(?:[ ]{0,2}\/[ ]{0,2}100[ ]{0,2}(?:g|ml))?|100[ ]{0,2}(?:g|gr|ml|grams?)[ ]{1,2}(?:of[ ]{1,2}[a-z -]{1,40}?[ ]{1,2})?(?:provides?|contains?|give|gives))(?![a-z0-9])`;
const PER_100_RE = new RegExp(`^${PER_100}`);
const PER_100_INSIDE_RE = new RegExp(`(?<![a-z])${PER_100}`);
/** A basis of 100 g or 100 ml named in a (folded) line: what follows is a food's content, never a dose. */
export const namesPer100Basis = (folded: string): boolean => PER_100_INSIDE_RE.test(folded);
/** "would be required to obtain 100% of the RI", "needed to reach the RDA": how much one would need, a calculation. */
const NEEDED_TO_REACH_RE =
  /(?<![a-z])(?:required|needed|necessary) to (?:obtain|reach|meet|get|provide|cover|achieve)(?![a-z])[^.;]{0,30}(?:\d{1,3} ?%|(?<![a-z])(?:ri|rda|rdi|nrv|dv|daily value|reference intake|recommended (?:daily )?(?:intake|allowance))(?![a-z]))/;
/**
 * "Informação Nutricional (Porções Necessárias)", "Recommended daily intakes", "食事摂取基準": a heading over what people
 * need, not what a product holds; not a footnote under the rows that names the percent's reference ("(*) % Ingesta Diaria
 * Recomendada para adultos.", "*Porcentaje de la Ingesta Diaria Recomendada para la población mexicana.", "*Ingesta Diaria
 * Recomendada …": a line that opens with a footnote's mark or the percent).
 */
export const namesReferenceNeeds = (folded: string): boolean =>
  folded.length <= 80 &&
  REFERENCE_NEEDS_HEAD_RE.test(folded) &&
  !/^(?:\(?[*†‡]{1,3}\)?|(?:%|porcentaje|percentage|percentagem|pourcentage|percentuale)(?![a-z]))/.test(folded);
/** A header line's own weights left out: its 100 g basis and a serving's weight in brackets ("per portie (5 g)"). */
export const withoutHeaderWeights = (folded: string): string => folded.replace(PER_100_ALL_RE, ' ').replace(DOSE_WEIGHT_RE, ' ');
const PER_100_ALL_RE = new RegExp(PER_100_INSIDE_RE.source, 'g');
/** A facts panel's heading: "Supplement Facts", "Nutrition Facts". */
const FACTS_HEADING_RE = /^(?:supplement|nutrition) facts(?![a-z])/;
const PANEL_HEADING_RE = /^(?:supplement|nutrition) facts[ \t]{1,3}(?=serving)/;
const SERVINGS_PER_CONTAINER_RE =
  /^(?:(\d{1,4})[ ]{1,2})?(?:servings per container|servings per package|portionen pro packung|portionen je packung|portions par boite|porciones por envase)[ ]{0,3}[:-]?[ ]{0,3}(.*)$/;
const DIRECTIONS_RE =
  /^(?:directions(?: for use)?|(?:use|usage) instructions|instructions for use|suggested use|recommended use|recommended dose|suggested dose|dosage|how to use|how to take|usage|verzehrempfehlung|einnahmeempfehlung|empfohlene tagesdosis|anwendung(?:sempfehlung)?|dosierung|conseils? d'utilisation|mode d'emploi|utilisation|posologie|modo de empleo|modo de consumo|modo de uso|dosis recomendada|modo d'uso|dose consigliata|modalita d'uso|dosi consigliate)[ ]{0,3}[:\-.]?[ ]{0,3}(.*)$/;
// (Not a panel's header, "Inhaltsstoffe pro Portion (2 Kapseln)": the ingredients per a basis are its rows' heading.)
const INGREDIENTS_RE =
  /^(?:other ingredients|medicinal ingredients?|ingredients medicinaux|ingredients|zutaten|ingredients|ingredientes|ingredienti|composition|inhaltsstoffe)(?![ ]{1,3}(?:pro|per|je|par|por) )[ ]{0,3}[:-]?[ ]{0,3}(.*)$/;
/** "per capsule", "each tablet", "pro Kapsel": one unit's basis (exported: a title that says so, amount.ts). */
export const PER_UNIT_RE =
  /(?<![a-z])(?:per|each|pro|je|par|por|pr\.|ogni|chaque|jede[rs]?|cada|elke|iedere|varje|kazd[aey]|pour (?:un|une)|for one|in one|setiap|tiap|moi|hver|hvert|her bir|bir|(?:un|una|une|ein|eine|een|1) )[ ]{1,3}(?:(?:gelatin|vegetarian|veggie|vegan|hard|soft|film-?coated|coated|chewable|effervescent|enrobe|pellicule|rigide|gastro-resistant|film kapl[iı]|efervesan|cigneme)[ ]{1,2})?(capsule|vcap|veggie capsule|vegecap|vegicap|veggie cap|softgel|soft gel|tablet|caplet|gummy|gummie|jujube|gelifie|chewable|lozenge|(?:kau|brause|film|lutsch|weich|hart|trink|direkt)?(?:kapsel|tablette)|gelule|comprime|capsula|compressa|tableta|comprimido|comprimat|drajeu|dragee|stick|scoop|messloffel|misurino|dosette|cuillere a (?:the|cafe|soupe|table)|maatschep|sachet|bustina|sobre|saqueta|zakje|saszetk[a-z]{1,2}|kesic[a-z]|vrecko|beutel|kapsul|(?:tygge|tugg)?tablett?|ampoule|ampola|ampolla|ampulle|fiala|flaconcino|vial|vien|goi|gel(?![a-z]))/;
export const PER_DAY_RE =
  /(?<![a-z])(?:per day|daily dose|daily serving|quantite ?\/ ?j|\/ ?jour|pro tag|tagesdosis|tagesportion|tagliche(?:n)? (?:verzehrmenge|dosis)|par jour|dose journaliere|por dia|dosis diaria|dosi diaria|toma diaria|al giorno|dose (?:massima |max\.? )?giornaliera|dose diaria|per dag|dagdosering|dagdosis|dagelijkse dosis|dagsdos|dzienn(?:a|ej) porcj[ai]|porcj[ai] dzienn(?:a|ej)|denni davk\w*|denni davce|denna davk\w*|dennej davke|doza zilnica|dnevn\w* odmer\w*|dnevn[aeoiu]\w* doz[aeiu]\w*|paeva\w* annus\w*|paevaannus\w*|dienas dev\w*|paros doz\w*|gunluk doz\w*|gunluk porsiyon|gunluk al[iı]m(?: miktar[iı])?|dagsdose|dagsdosis|daglig dos(?:is|e)?|d[oø]gndos(?:e|is)|dygnsdos(?:is|en)?|(?:paiva|vuorokausi)anno[sk]\w*|paivittai(?:nen|sessa) annok?s\w*|napi adag\w*)(?![a-z])|ηµερησι[α-ω]* δοσ[α-ω]*|(?<![а-яі])(?:в (?:рекомендуем[а-я]* )?суточн[а-я]* (?:норм|доз|порци)[а-я]*|суточная (?:доза|порция)|добов[а-яі]* порці[а-яі]*|в сутки|дневна доза|добов[а-яі]* доз[а-яі]*)(?![а-яі])|1[ ]?일[ ]?섭취량|하루[ ]?섭취량|1日(?:当たり|あたり|分)|1日(?:の)?(?:摂取)?目安量|(?:每日|每天)(?=[ ]?[0-9]{1,2}[ ]?(?:粒|片|颗|顆|包|袋|支))/;
export const PER_SERVING_RE =
  /(?<![a-z])(?:per serving|per serve(?![a-z])|per \d{2,4} ?ml (?:serving|drink|bottle)|per \d{1,3}(?:[.,]\d)? ?g (?:serving|portion|dose|scoop|sachet|stick)|amount per serving|per portion|pro portion|par portion|por porcion|por racion|por racao|per razione|per porzione|each serving|(?:in |per )?(?:1|one) dose|per dose|per dos|per dosering|per dosis|pro dosis|par dose|por dosis|por dose|por toma|por tomada|par prise|per assunzione|adagban|adagonkent|(?:1[ ]{1,2}|vienoje[ ]{1,2})?porcijoje|(?:1[ ]{1,2})?portsjonis|porsiyon bas[iı]na|annoksessa|annos(?:pussi)?(?=[ ]?\(|[ ]*$)|(?:porsiyon(?:da)?|portion|porcion|porcao|porzione|portie|porcja|porsjon|portsjon)(?=[ ]?\([ ]?\d{1,2}[ ]?[a-z])|(?:por|per|par|pro) (?:envase|botella|frasco|vial|shot|bottle|can|flacon|flasche|flacone|flesje|lattina|lata|bidon|gourde|borraccia|trinkflasche|shaker)|(?:per|pro|par|por|je|w|v|ve|u|na|za|po)[ ]{1,2}(?:1[ ]{1,2}|jedn[a-z]*[ ]{1,2})?(?:portie|porcj[a-z]*|porci(?:[ai][a-z]*)?|porcij[a-z]*|porce|porsjon[a-z]*|portsjon[a-z]*|davc[a-z]*|davk[a-z]*))(?![a-z])|每份(?!量)|每一份(?!量)|(?<![а-я])(?:в 1 дозе|в одно[йи] дозе|на 1 дозу|(?:на|в|у)[ ]{1,2}(?:1[ ]{1,2}|одн[а-яі]*[ ]{1,2})?(?:порци[а-я]*|порці[а-яі]*))(?![а-яі])|ανα µεριδα|(?<![א-ת])(?:כמות )?[לב]מנה(?![א-ת])/;
/** "Equivalent to", in the languages of labels that restate a salt's magnesium on a line of its own (folded). */
const EQUIVALENT_WORDS = String.raw`equivalent(?: to)?|equivalant a|equiv\.?(?: to)?|corresponding to|which corresponds to|entsprechend|entspricht|correspondant a|soit|equivalente a|corrispondente a|overeenkomend met|odpowiada|setara(?: dengan)?|bersamaan(?: dengan)?|tuong (?:duong|ung)(?: voi)?|что соответствует|что эквивалентно|эквивалентно|което съответства на|съответстващ[оа]? на|що відповідає|що еквівалентно`;
/** A line wholly in brackets that gives what a salt above it is equivalent to ("(equiv. magnesium 250 mg)"). */
const EQUIVALENT_LINE_RE = new RegExp(String.raw`^\((?:${EQUIVALENT_WORDS})[ ]{1,2}[^()]{1,40}\d[^()]{0,20}\)$`);
/** "Tá dược vừa đủ 1 viên", "Excipients q.s. for one tablet", "Excipients qsp 1 comprimé": made up to one unit (folded). */
const QS_ONE_UNIT_RE =
  /^(?:(?:ta duoc|phu lieu|excipients?|excipientes|eccipienti)(?::[^:]{0,300}?[ ,])?[ ]?)?(?:vua du|q\.? ?s\.?(?: ad| for)?|qsp|q\.s\.p\.?|quantum satis(?: for)?)[ ]{1,2}(?:1|one|un|une)[ ]{1,2}(vien|tablet|capsule|comprime|gelule|capsula|compressa|comprimido)(?![a-z])/;
/** "(tương ứng magnesi)<TAB>48mg", "(equivalent to magnesium) 48 mg": the restating row's name in brackets, its amount after. */
const BRACKETED_EQUIVALENT_NAME_RE = new RegExp(
  String.raw`^[ ]{0,4}\(((?:${EQUIVALENT_WORDS})[ ][^()]{2,30})\)(?=[ \t]+\d)`,
  'i',
);
/** A line that restates the magnesium of the line above: "Equivalent to magnesium (Mg2+) 100 mg", "setara dengan …". */
const EQUIVALENT_START_RE = new RegExp(String.raw`^(?:${EQUIVALENT_WORDS})(?![a-z])`);
/** A table's heading that says its rows are what people need, not what a product holds. */
const REFERENCE_NEEDS_HEAD_RE =
  /(?<![a-z])(?:porcoes necessarias|porciones necesarias|quantidades? necessarias|cantidades? necesarias|recommended (?:daily )?(?:intakes|allowances)|daily requirements|empfohlene (?:tages)?zufuhr|apports? (?:journaliers? )?recommandes|ingestas? diarias? recomendadas?|fabbisogno giornaliero|食事摂取基準|膳食营养素参考摄入量|膳食營養素參考攝取量|영양소 ?섭취기준)(?![a-z])/;
/** "Nutrient<TAB>Thai RDI**", "Nährstoff<TAB>RDA": a table whose one value column is a reference intake's. */
export const REFERENCE_ONLY_HEADER_RE = /^[^\t]{1,40}\t+(?:(?:thai|us|eu|uk) )?(?:rdi|rda|dri|nrv)\**[ ]*$/i;
/** "1 dose (6 caps.)": the units a dose column's header names. */
const DOSE_UNITS_RE =
  /(?:(?:1|one|per|pro|par|por|each|every|cada|chaque) (?:dose|dosering|dosis|serving|portion|porzione|porcion))[ ]{0,2}\((\d{1,2}[ ]{0,2}(?:[a-z]{1,10} )?(?:caps|tabs?|capsules?|tablets?|softgels?|gummies|kapsul\w*|tablett\w*|таблет\w*|капсул\w*)\.?)\)/;
/**
 * A header cell that names a reference level, not the product ("Daily Intake Levels", "RDA",
 * "Upper level"): its column's amounts are someone else's figures.
 */
const REFERENCE_COLUMN_RE =
  /(?<![a-z])(?:(?:recommended |reference |adequate )?daily intake(?: levels?)?|recommended (?:daily )?(?:intake|allowance|level)|rda|upper (?:intake )?level|tolerable upper|referenzwert|zufuhrempfehlung|apport recommande|ingesta recomendada)(?![a-z])|(?<![а-я])(?:рекомендуем\w* (?:уров\w*|суточн\w*)|уровень потребления|верхн\w* допустим\w*)(?![а-я])/;
/**
 * "Per 2 capsules", "w 2 kapsułkach", "tính cho 2 viên", "per 5 ml": a header's count of units (or measure), the
 * serving's; its weight may come first, the count in its bracket ("Por 10 g (2 cacitos)").
 */
const PER_N_UNITS_RE =
  /(?:(?:(?<![a-z])(?:per|pour|pro|pr\.|je|por|par|for|w|v|u|in|moi|trong|(?:tinh )?cho|i(?=[ ]{1,2}\d{1,2}[ ]{1,2}(?:hylk|tofl)))|(?<![а-яі])(?:в|у|во)|(?<![α-ω])ανα)[ ]{1,2}(?:\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:g|ml)[ ]{0,2}\([ ]{0,2})?|(?<![a-z0-9.,])(?=\d{1,2}[ ]{1,2}(?:tabletese|kapsulese|tabletissa|kapselissa|kapslis|tabletis|(?:film|pezsgo)?tablettaban|kapszulaban|таблеткада|капсулада)(?![a-zа-я])))(\d{1,2}|two|three|four|zwei|drei|vier|deux|trois|quatre|dos|tres|due|tre)(?:[ ]{1,2}|(?<=\d)-(?=[a-z])|(?<=\d)(?=ml(?![a-z])))(?:[a-z]{1,10}[ ]){0,1}(tabletese|kapsulese|tabletissa|kapselissa|kapslis|tabletis|(?:film|pezsgo)?tablettaban|kapszulaban|capsules?|vcaps?|softgels?|tablets?|caplets?|gumm(?:y|ies)|gommes?|gominolas?|gomitas?|(?:frucht|vitamin)?gummis?|zelk\w*|zelek|chewables?|kapseln?|(?:kau|kauw|brause|bruis|lutsch|zuig)?tabletten?|(?:tygge|tugg)?tabletter|kapslar|kapsler|hylkjum|hylki|toflum|toflur|toflu|kapsulk\w*|tabletk\w*|kapsulce|tabletce|tablete|tobolc[ei]|tobolkach|kapsli|kapslich|kapsule|kapsul(?:ach|iach)|tabletach|gelules?|comprimes?|capsulas?|capsule|compress[ae]|tabletas?|comprimidos?|sticks?|scoops?|messloffel|sachets?|packets?|bust(?:in)?[ae]|beutel|sobres?|bolsitas?|saquetas?|saquinhos?|saszet\w*|ampoules?|pulverisations?|sprays?|spruzz[io]|erogazion[ei]|ampolas?|ampollas?|ampullen?|fiale|flaconcin[io]|pastilles?|pastillas?|pastiglie|lozenges?|caramelle|ml|drops?|tropfen|gouttes|gotas|gocce|druppels|kropl\w*|teaspoons?|tablespoons?|cucchiain[oi]|cucchiai[oi]?|misurin[oi]|teeloffel|essloffel|cuilleres?(?:[- ](?:mesures?|doseuses?|a cafe|a soupe))?|mesurettes?|dosettes?|cucharaditas?|cucharadas?|cacitos?|medidas?|vien|капсул[а-яі]*|таблетк[а-яі]*|καψουλ[α-ω]*|δισκι[α-ω]*|ταµπλετ[α-ω]*|φακελ[α-ω]*|αµπουλ[α-ω]*)(?![a-zа-яіα-ω])/;
/**
 * "3粒あたり", "3粒当たり" (per 3 tablets, Japanese), "每2粒", "每份（2粒）", "每份 2粒" (Chinese), "2정(1,200mg)당" (Korean,
 * not after "1일 섭취량", a day's amount), "Her 2 Kapsülde" (in each 2 capsules, Turkish), "ใน 2 เม็ด" (in 2
 * tablets, Thai): the rows are for that many units; "小さじ1杯(5mL)あたり", "10mLあたり": for that measure of a liquid.
 */
const CJK_PER_N_UNITS_RE =
  /(?<=(?:小さし|大さし)[0-9]{1,2}杯?\()[0-9]{1,3}(?:[.,][0-9])?[ ]?ml(?=\)(?:あたり|当たり))|(?<![0-9.,])[0-9]{1,3}[ ]?ml(?=あたり|当たり)|(?<![a-z])her[ ]{1,2}[0-9]{1,2}[ ]{1,2}(?:kapsul|tablet|sase)(?:de|da|te|ta)(?![a-z])|[0-9]{1,2}(?:粒|錠|カフセル|カプセル|包|片)\)?(?:\([^)]{0,20}\)|[ ]?[0-9][0-9.,]{0,5}[ ]?(?:g|mg))?(?:あたり|当たり|中)|每[0-9]{0,2}(?:粒|片|颗|包|袋|支)(?![0-9]|份)|(?<=每份[(（ ]?)[0-9]{1,2}(?:粒|片|颗|包|袋|支)(?=[)）]|[ ]*$)|(?<!섭취량[ ]?\(?)[0-9]{1,2}[ ]?(?:정|캡슐|포|알)[ ]?(?:\([^)]{0,20}\)[ ]?)?당|ใน[ ]?[2-9][ ]?(?:เม็ด|แคปซูล|ซอฟท์?เจล|ซอง)/;
/** "4 Tablets Contain:", "Each 2 capsules contain:": the rows below are for that many units, a serving. */
// (Also a header's second column, after the first's colon: "1 tablet contain: 4 tablets contain:"; and the count's words in a
// bracket, "each 2 capsule (daily serving) contains:", as an Arabic label reads.)
const UNITS_CONTAIN_HEADER_RE =
  /(?<=^(?:each |every |tiap |setiap |cada |chaque |ogni |jede |je )?|: (?:each |every |tiap |setiap |cada |chaque |ogni |jede |je )?)(?:[2-9]|1[0-2]|two|three|four|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro)(?:[ ]{1,2}\([2-9]\))?[ ]{1,2}(?:[a-z]{1,12}[ ]){0,1}(?:capsules|vcaps|softgels|tablets|caplets|gummies|chewables|kapseln|tabletten|gelules|comprimes|capsulas|capsule|compresse|comprimidos|kaplet|kapsul|tablet|tablete|comprimate|таблетки|капсулы|капсули|таблеток|капсул|tablettia|kapselia|annospussia|tabletter|kapsler|kapslar|tabletti|kapslit|tabletki|kapsulki|tablety|tobolky|kapsle|sprays|pumps|pulverisations|spruhstosse|spruzzi)(?=(?:[ ]{0,2}\(\d{1,2}(?:[.,]\d{1,2})?[ ]?ml\)|[ ]{0,2}\([^()\d]{3,30}\))?[ ]{1,2}(?:contains?|provides?|delivers?|supply|supplies|gives?|contin|contine|enthalten|liefern|contiennent|apportent|contienen|aportan|contengono|forniscono|mengandung|содержат|містять|sisaltaa|sisaltavat|innehaller|inneholder|indeholder|sisaldavad|sisaldab|zawieraja|obsahuji|obsahuje|bevatten)(?![a-zа-яі]))/;
/** "Each 2-capsule serving provides:", "Active Ingredient Each 3 capsule serving provides:": the rows below are that many units'. */
const N_UNIT_SERVING_HEADER_RE =
  /(?<=^(?:(?:active )?ingredients? )?(?:each |every |one |a )?)(?:[2-9]|two|three|four)[- ](?:capsule|tablet|softgel|caplet|gummy|chewable|scoop)(?= (?:serving|dose|portion)[ ]{1,2}(?:contains?|provides?|delivers?|supplies|gives)(?![a-z]))/;
/** "Each 5 ml contains:", "10 ml enthalten:", "Each 5 mL (1 teaspoon) contains:": a measure of liquid over the rows, the serving. */
const VOLUME_CONTAINS_HEADER_RE =
  /(?<=^(?:each |every |per |chaque |cada |jede |ogni )?)\d{1,2}(?:[.,]\d)?[ ]?ml(?=(?:[ ]{1,2}(?:of|de|di|der|van|du|da|des)(?:[ ]{1,2}[a-z]+){1,2}|[ ]{1,2}(?:syropu|roztworu|zawiesiny|sirupu|roztoku|oldatban|sirupa|rastvora))?(?:[ ]{1,2}\([^()]{1,20}\))?[ ]{1,2}(?:contains?|provides?|contient|contiennent|contiene|contienen|contem|enthalten|enthalt|contengono|bevat|bevatten|zawiera|zawieraja|obsahuje|obsahuju|sadrzi|tartalmaz|contine)[ ]{0,2}:?[ ]*$)/;
/**
 * "Each serving of 2 gummies provides:", "cada dosis de 2 gominolas aporta:", "Cada porción (2 cápsulas) contiene:": a
 * serving of that many units.
 */
const SERVING_OF_UNITS_HEADER_RE =
  /(?<=^(?:each |every |one |per |cada |chaque |jede |ogni )?(?:serving|dose|portion|dosis|porcion|porzione|portie|porcja|dosi)(?:[ ]{1,2}(?:of|de|di|von|van|z)[ ]{1,2}|[ ]{1,2}\())(?:[2-9]|two|three|four|dos|tres|deux|trois|zwei|drei|due|tre)[ ]{1,2}[a-z]{3,14}(?=\)?[ ]{1,2}(?:contains?|provides?|delivers?|supplies|gives|aporta|contiene|proporciona|contient|apporte|fournit|enthalt|liefert|contengono|fornisce|bevat|levert|zawiera)[ ]{0,2}:)/;
/** ", approx. 1.35 g)": a unit's weight, roughly, in a header's bracket; no nutrient's amount. */
const APPROX_UNIT_WEIGHT_RE = /,?[ ]?(?:approx\.?|approximately|ca\.|about|~)[ ]?\d[\d.,]*[ ]?g(?=[ ]?\))/g;
/** "(per serving of 1 tablet, approx. 1.35 g)": the serving named with its count of units, in a heading's bracket. */
const PER_SERVING_OF_RE =
  /(?<=(?<![a-z])(?:per|each|one) (?:serving|portion|dose) of )(?:[1-9]|one|two|three|four)[ ]{1,2}(?:tablets?|capsules?|caplets?|softgels?|gumm(?:y|ies)|sachets?|scoops?|sticks?|packets?)(?![a-z])/;
/**
 * "Per serving (2 scoops)", "Per porsjon (1 måleskje = 2,4 g)", "(Per serve: 1 gummy, 3 g)": the serving's column, its units
 * in its bracket or after its colon; and
 * "Склад (1 порція — 3 таблетки):", "Ingredients (1 serving = 3 tablets):": one serving said to be that many units; and a
 * portion's cell of its own, "Porsiyon (2 tablet)", "למנה (2 טבליות)" (Hebrew: per serving); a composition's heading
 * with its count, "Склад (2 таблетки)", "Composition (2 tablets)", "Состав (1 ампула 10 мл)".
 */
const SERVING_UNITS_IN_BRACKET_RE =
  /(?<=(?:(?<![a-z])(?:per|pro|par|por|pour|each|je)[ ]{1,2}(?:serving|serve|portion|porsjon|portie|porzione|porcion|porcao|porcja|annos|dose|dosis)(?:[ ]{0,2}\(|[ ]?:)|(?<![α-ω])ανα[ ]{1,2}(?:δοση|µεριδα)[ ]{0,2}\(|\((?:1|one)[ ]{1,2}(?:serving|serve|portion|porsjon|portie|porzione|porcion|porcao|porcja|porce|porcia|porsiyon|annos|dose|dosis|порци[яи]|порці[яїі])[ ]{0,2}(?:=|-|:)|(?<![a-z])(?:porsiyon(?:da)?|portion|porcion|porcao|porzione|portie|porcja|porcij[iea]|porsjon|portsjon)[ ]{0,2}\(|(?<![א-ת])[לב]מנה(?:[ ]יומית)?[ ]{0,2}\(|(?<![a-zа-яі])(?:склад|состав|sklad|composition|zusammensetzung|composizione|composicion|composicao|samenstelling)(?:[ ]{0,2}\(|[ ](?=\d{1,2}[ ]\p{L}{3,14}[ ]{0,2}:)))[ ]{0,2})(?:[1-9]|1[0-2])[ ]{1,2}(\p{L}{3,14})(?=[ ]{0,2}(?:\)|=|,|:)|[ ]{1,2}(?:(?:da|de|di|of|von|a|от|по)[ ]{1,2})?\d[\d.,]{0,4}[ ]?(?:g|ml|г|мл)[ ]?\))/u;
/** "per portie (2,5 g)", "Per serving (5 g)": the serving's column, weighed in its bracket (a powder's scoop). */
const WEIGHED_SERVING_CELL_RE =
  /(?<=(?<![a-z])(?:per|pro|par|por|pour|je)[ ]{1,2}(?:serving|serve|portion|porsjon|portie|porzione|porcion|porcao|porcja|dose|dosis)[ ]{0,2}\([ ]{0,2})\d{1,3}(?:[.,]\d{1,2})?[ ]?g(?=[ ]{0,2}\))/;
/** "1袋7粒当たり", "1包(5粒)あたり": one packet's column, its tablets named after it (the packet is the serving). */
const CJK_ONE_PACKET_RE = /(?:1|一)(?:袋|包)(?=[ ]?[(（]?\d{1,2}[粒錠][)）]?[ ]?(?:当たり|あたり))/;
/** "每份（2片，2.0g）": a Chinese serving's column, its count of units in its bracket. */
const CJK_SERVING_UNITS_IN_BRACKET_RE = /(?<=每份[（(][ ]?)\d{1,2}[ ]?([片粒颗顆包袋支])(?=[，,）)])/u;
function servingUnitsInBracket(folded: string): RegExpExecArray | null {
  const m = SERVING_UNITS_IN_BRACKET_RE.exec(folded);
  const unit = m ? unitKind(m[1]!) : null;
  if (unit && unit !== 'serving') return m;
  const cjk = CJK_SERVING_UNITS_IN_BRACKET_RE.exec(folded);
  return cjk && cjkUnitKind(cjk[1]!) ? cjk : null;
}
/** "Nutrient | 1 Tablet Contain: | 4 Tablets Contain:": a header's column of one unit, counted as one. */
const ONE_UNIT_COLUMN_RE =
  /(?<=^|[a-z] |: )(?:1|one) (capsule|tablet|softgel|caplet|gummy|kapsel|tablette|gelule|comprime|capsula|compressa)[ ]{1,2}(?:contains?|provides?|enthalt|contient|contiene)(?![a-z])/;
/** "Tablet başına", "kapseli kohden": one unit's column with its "per" after it, in Turkish and Finnish. */
const UNIT_THEN_PER_RE =
  /(?<![a-z])(tablet|kapsul|sase|olcek|kapseli|tabletti|annospussi)[a-z]{0,4} (?:bas[iı]na|kohden)(?![a-z])/;
// ("Per dagdosering (twee (2) tabletten)": the count in words, then in figures in its own bracket.)
const COUNT_THEN_WORD_RE =
  /(\d{1,2})\)?[ ]{0,2}(?:(?:vegan|veg|vegetarian|vegetable|plant|soft) )?(\p{L}{2,16}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{1,4})/gu;
/** The first count of units in a header from its day's column on, in any language the unit words know. */
function unitsInHeader(folded: string, from = 0): RegExpExecArray | null {
  COUNT_THEN_WORD_RE.lastIndex = from;
  for (let m = COUNT_THEN_WORD_RE.exec(folded); m; m = COUNT_THEN_WORD_RE.exec(folded))
    if (COUNTED_UNITS.has(unitKind(m[2]!) ?? cjkUnitKind(m[2]!) ?? 'serving')) return m;
  return null;
}

/**
 * The units a day's column counts: after its words ("per daily dose (2 capsules)"), or right before them, the words in
 * a bracket ("Pour 3 gélules (dose journalière)").
 */
function dayUnits(folded: string, dayAt: number): RegExpExecArray | null {
  // ("Tenori medi per dose giornaliera | 1 capsula | 3 capsule": the day's words in the rows' names' cell, over one unit's
  // column and the day's; the day is the second's count.)
  const [one, more, ...rest] = bareCountCells(folded);
  if (more && !rest.length && one!.basis.per === 'unit' && more.basis.per === 'serving' && dayAt < one!.at) return more.cell;
  const before = /(?<![\d.,])(\d{1,2})[ ](\p{L}{3,14})(?=[ ]?\([ ]?$)/u.exec(folded.slice(0, dayAt));
  return unitsInHeader(folded, dayAt) ?? (before && unitKind(before[2]!) ? before : null);
}

/** A count of units with their weight in a bracket: "2정(1,600mg)", "2 capsules (1,200 mg)". */
// ("4粒 1.0g当たり": a Japanese header gives the units' weight after them, unbracketed.)
const UNITS_WEIGHT_RE =
  /\d{1,2}[ ]?\p{L}{1,12}\.?[ ]?\([ ]?\d[\d.,]{0,6}[ ]?(?:mg|g)[ ]?\)|\d{1,2}(?:粒|錠|カプセル|包|片|정|캡슐|포|알)[ ]?\d[\d.,]{0,5}[ ]?(?:mg|g)(?=[ ]?[)）]?[ ]?(?:あたり|当たり|中|당|$))/gu;
/**
 * "Por dosis diaria (12 g)", "per dose (2 g)", "pro Tagesdosis (2 Messlöffel = 2,5 g)", "per dose (1 misurino da 5 g)",
 * "per gel (60 ml / 66 g)", "… bebida preparada (6 g en 750 ml)", "Per 5 g scoop": a dose column's own weight, no amount of a nutrient (its count of units stays).
 */
const DOSE_WEIGHT_RE =
  /(?<=\p{L}[ ]?)\([ ]?\d[\d.,]{0,5}[ ]?(?:g|ml|克|公克|毫升)(?:[ ](?:en|in|em|auf|dans|su|na|w|para)[ ]\d[\d.,]{0,5}[ ]?(?:ml|l)|[ ]?\/[ ]?\d[\d.,]{0,5}[ ]?(?:g|ml))?[ ]?\)|(?<=\((?:(?:per|pro|par|por|pour)[ ](?:serving|serve|portion|dose|dosis)[ ]?:)?[ ]?\d{1,2}[ ]?\p{L}{2,20}(?:[ ]\p{L}{2,12})?\.?[ ]?)(?:[=:,–-]|(?:da|di|de|of|von|zu|van|a)[ ])[ ]?\d[\d.,]{0,5}[ ]?(?:g|ml)(?=[ ]?\))|(?<=(?:per|pro|par|por|je)[ ])\d[\d.,]{0,5}[ ]?(?:g|ml)(?=[ ](?:level |heaped )?(?:scoop|serving|sachet|stick|portion|dose|measure|spoon|teaspoon|tablespoon|messloffel|portie|misurino|cacito|dosette)s?(?![a-z]))|(?<=\([ ]?)\d[\d.,]{0,5}[ ]?(?:g|ml)(?=[ ]?=[ ]?\d{1,2}[ ]?\p{L}{2,20}[ ]?\))/gu;

/** A row whose every amount is nought: "Sodio<TAB>0 mg<TAB>0 mg", "Grasas totales 0 g 0 g". */
const ZERO_AMOUNTS_RE = /^[^\d]+(?:[ \t]+0(?:[.,]0+)?[ ]?(?:mg|g|mcg|µg)(?![a-z]))+[ \t%*\d]*$/i;
/** Rows of other nutrients: a name with letters, then an amount in a nutrient unit (its thousands may be spaced, "3 000 mg"). */
const NUTRIENT_ROW_RE =
  /^[^\d\n]{2,80}?[ \t]\d[\d.,]{0,9}(?:[ \u00a0\u202f]\d{3})?[ ]{0,2}(?:mg|mcg|µg|ug|g|iu|i\.u\.|cfu|mg ne|mg dfe|mcg dfe|mcg rae|mg a-te)(?![a-z])/;
/**
 * "кальций (в виде кальция карбоната)<TAB>250 мг", "витамин D3<TAB>50 МЕ": a row weighed in Cyrillic units, counted
 * only under a nutrient's own name (Russian, Ukrainian, Bulgarian), never a tablet's mass ("Масса таблетки 500 мг"),
 * a food value ("Белки 0 г"), a shelf life ("2 г.") or an excipient ("Кальция стеарат 5 мг").
 */
const CYRILLIC_NUTRIENT_ROW_RE =
  /^(?!.*(?:стеарат|силикат|диоксид))(?:витамин|вітамін|кальци|кальці|калци|цинк|мед[ьи]|мідь|марган|бор(?![а-я])|желез|желяз|залізо|кали[йяи]|калі[йи]|натри|натрі|селен|[йи]од|хром|фосфор|фолиев|фолієв|никотин|нікотин|пиридоксин|піридоксин|тиамин|тіамін|рибофлавин|рибофлавін|цианокобаламин|ціанокобаламін|биотин|біотин|пантотен|аскорбин|аскорбін|холекальциферол|колекальциферол|токоферол|ретинол|молибден|молібден)[^\d\n]{0,70}?[ \t]\d[\d.,]{0,9}[ ]{0,2}(?:мг|мкг|г|ме)(?![а-яіїє])/;
/** "סידן (כסידן קרבונט)<TAB>600 מ"ג", "ויטמין D3 10 מק"ג": a row weighed under a nutrient's Hebrew name (calcium, zinc, iron, …). */
const HEBREW_NUTRIENT_ROW_RE =
  /^(?:סידן|אבץ|ברזל|ויטמין|אשלגן|נתרן|סלניום|יוד|כרום|נחושת|מנגן|חומצה פולית)(?![א-ת])[^\d\n]{0,60}\d[\d.,]*[ ]?(?:מ["״]?ג|מק["״]?ג|יב["״]?ל|mg|mcg|µg|iu)/;
/** "500 mg of calcium citrate maleate": a row written amount first. */
/** "Vitamin B6", "D3", "K2-MK7": a vitamin's number is part of its name, not the row's amount. */
const VITAMIN_NUMBER_RE =
  /(?<![a-z\d])([bdk])-?(?:1|2|3|5|6|7|9|12)(?:-mk-?[47])?(?![\d.,]|[ ]{0,2}(?:mg|mcg|µg|ug|g|iu)(?![a-z]))/g;
const AMOUNT_FIRST_NUTRIENT_RE = /^\d[\d.,]{0,9}[ ]{0,2}(?:mg|mcg|µg|ug|g|iu)[ ]{1,2}(?:of[ ]{1,2}|de[ ]{1,2})?[a-z]{3}/;
// (Folded, as the line is: "エネルギー" and "たんぱく質" lose their voicing marks.)
const NOT_NUTRIENT_NAME_RE =
  /^(?:エネルキー|熱量|たんはく質|たんはく|蛋白質|脂質|炭水化物|糖質|食塩相当量|ナトリウム|热量|能量|蛋白质|脂肪|碳水化合物|钠|熱量|鈉|열량|탄수화물|단백질|지방|나트륨|serving|servings|calories|total|amount|portion|tagesdosis|each|per|energy|energie|kcal|kj|(?:[a-z-]+ )?(?:tablets?|capsules?|softgels?|caplets?|dragees?|lozenges?)(?: [a-z-]+){0,3} (?:weighing|weight|mass)(?![a-z]))/;
/**
 * "Protein 0 g", "Carbohydrate 0.5 g", "of which Sugar 1.5 g", "Fat 0 g": a powder's or a gummy's food rows. They make
 * no multi-nutrient of magnesium alone, but count beside another nutrient ("Malate 240 mg", "L-Theanine 50 mg").
 */
const FOOD_ROW_NAME_RE =
  /^(?:protein|(?:glyca?emic )?carbohydrates?|(?:of which )?(?:total )?sugars?|of which|fat|saturates|(?:dietary )?fib(?:re|er))(?![a-z])/;
/**
 * "Karbad: Opløs 500 g–1 kg flager i et varmt karbad … i 20–30 minutter.": a sentence goes on after its amount, where a
 * row ends at its amount and its percent (a bracket that names the source aside).
 */
function sentenceAfterAmount(line: string): boolean {
  const amount = /\d[\d.,]{0,9}[ ]{0,2}(?:mg|mcg|µg|ug|g|kg|iu)(?![a-z])/.exec(line);
  if (!amount) return false;
  const rest = line.slice(amount.index + amount[0].length).replace(/\([^()]*\)/g, ' ');
  return /[.!]\s*$/.test(rest) && (rest.match(/\p{L}{2,}/gu) ?? []).length >= 6;
}

/**
 * "Conveniently dosed at 150 mg per capsule", "Each serving provides 200 mg": a sentence leading to its
 * amount with a verb or a preposition is prose, not a nutrient's row (it must not make a label "list
 * other nutrients" and hide the magnesium its page names).
 */
const PROSE_BEFORE_AMOUNT_RE =
  /(?:^|[ \t])(?:at|of|to|is|are|was|were|only|just|about|around|over|under|than|contains?|provides?|delivers?|gives?|offers?|supplies|dosed|packed|formulated|standardi[sz]ed)[ \t]+\d/;

/**
 * "магний – 100,0 мг, в виде …; пиридоксина гидрохлорид – 10,0 мг": rows run together with
 * semicolons, each part with its own amount, are rows of their own.
 */
function splitAtSemicolons(line: string): string[] {
  const parts = line.split(/;[ \t]+(?=\p{L})/u);
  // Not inside brackets: "Magnesium (40 mg; S. cerevisiae) 2 mg" is one row.
  const balanced = (p: string) => (p.match(/[([]/g) ?? []).length === (p.match(/[)\]]/g) ?? []).length;
  return parts.length > 1 && parts.every((p) => balanced(p) && findAmounts(p).length > 0) ? parts : [line];
}

/** A list's item: a short name, its amount and maybe its percent ("탄수화물 4g(1%)", "마그네슘 110mg(35%)"). */
const LISTED_AMOUNT_RE =
  /^[^\d,()]{1,30}(?:\([^\d(),]{0,30}(?:magn|магн)[^\d(),]{0,30}\)[ ]?)?(?:b\d{1,2}|d3|k2)?[ ]?(?:[—–-][ ]?)?\d[\d.,]*(?:[ ]?[–-][ ]?\d[\d.,]*)?[ ]?(?:mg|g|mcg|µg|ug|kcal|kj|iu|мг|мкг|г)(?:[ ]?\(\d{1,3}(?:[.,]\d)?(?:[ ]?[–-][ ]?\d{1,3})?[ ]?%[^()]{0,20}\))?\.?$/;
/**
 * "열량 15kcal, 탄수화물 4g(1%), …, 마그네슘 110mg(35%)", "마그네슘 315mg (100%), 비타민B6 1.5mg (100%)": a Korean panel's
 * contents run on in one line, each item a name and its amount: a row for each.
 */
function splitAmountList(line: string): string[] {
  // (Or between bars: "钙 200mg ｜ 镁 100mg ｜ 锌 5mg"; or slashes: "열량 5kcal / 탄수화물 0g / … / 마그네슘 180mg (57%)".)
  const parts = line.split(/,[ ]+|[ ]*[|｜][ ]*|[ ]+\/[ ]+/).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => LISTED_AMOUNT_RE.test(fold(p))) ? parts : [line];
}

/** Where a list run on with spaces only goes on to its next item: after an amount, before a name's letter. */
const AFTER_AMOUNT_RE = /(?<=\d[ ]?(?:mg|mcg|µg|ug|iu|g)(?:[ ]\d{1,3}[ ]?%)?)[ ]+(?=\p{L}{3})/iu;
const AFTER_AMOUNT_ALL_RE = new RegExp(AFTER_AMOUNT_RE.source, 'giu');
const RUN_ON_ROW_END_RE = /[ ]\d[\d.,]*[ ]?(?:mg|mcg|µg|ug|iu|g)(?:[ ]\d{1,3}[ ]?%)?$/i;
/**
 * "calcium (as calcium carbonate) 500 mg magnesium (as magnesium oxide) 250 mg vitamin d (as d3 cholecalciferol) 400 iu":
 * a panel's rows run on with spaces only, each a name and its amount: a row for each (else "500 mg magnesium" reads as
 * one). Only where every part has one amount, at its end.
 */
function splitRunOnRows(line: string): string[] {
  if (line.includes('\t') || !AFTER_AMOUNT_RE.test(line)) return [line];
  const parts = line.split(AFTER_AMOUNT_ALL_RE);
  const oneAmountAtEnd = (p: string) => {
    const end = RUN_ON_ROW_END_RE.exec(p);
    return !!end && /\p{L}{3}/u.test(p.slice(0, end.index)) && !findAmounts(p.slice(0, end.index)).length;
  };
  return parts.length >= 3 && parts.every(oneAmountAtEnd) ? parts : [line];
}

/** An "and" after an amount (and its bracket), before the next item's name. */
const AND_AFTER_AMOUNT_RE = /(?<=\d[ ]?(?:mg|мг|g|г)(?:[ ]?\([^()]{1,80}\))?)[ ]+(?:and|und|et|y|e|та|і|и)[ ]+(?=\p{L})/giu;
/**
 * "… калію аспарагінату гемігідрату 175 мг (що еквівалентно 36,2 мг іонів калію) та магнію аспарагінату тетрагідрату
 * 175 мг (…)": items of a unit's contents joined by "and", each with its amount, another's first: a row for each, so the
 * first amount is not read as magnesium's. (Magnesium's item first, "… 470 мг, що еквівалентно 48 мг магнію, та
 * піридоксину гідрохлориду 5 мг", is split the same way when no other item names magnesium.)
 */
function splitAtAnd(line: string): string[] {
  if (!/\d[ ]?(?:mg|мг|g|г)(?![\p{L}])/iu.test(line)) return [line];
  const parts = line.split(AND_AFTER_AMOUNT_RE);
  // ("(aporta magnesio elemental 44 mg y taurina 456 mg)": so the taurine's amount is no second column of magnesium's.)
  const magnesiumItems = parts.filter((p) => mentionsMagnesiumNutrient(p)).length;
  return parts.length >= 2 &&
    (!mentionsMagnesiumNutrient(parts[0]!) || magnesiumItems === 1) &&
    parts.every((p) => findAmounts(p).length > 0)
    ? parts
    : [line];
}

/** "providing", "yielding", "(que) aporta", "furnizând" (folded): a row or a line that gives the element of the salt above it. */
export const PROVIDING_WORDS = String.raw`providing|supplying|yielding|delivering|(?:which|that) (?:provides?|yields?|delivers?)|που (?:παρεχ|αποδιδ)(?:ει|ουν)|(?:que )?aportan?|aportando|aporte de|que proporcionan?|che apportano|che forniscono|apportant|qui apportent|que fornecem?|fornecendo|furnizand`;
/** "of which", in the languages the reader knows (folded), before the element's name and its amount. */
export const OF_WHICH_WORDS =
  'of which|其中|מתוכו|מתוכם|מתוכה|t\\. ?sk\\.|tai skaita|davon|dont|di cui|de los cuales|del cual|de la cual|del que|dos quais|das quais|do qual|da qual|w tym|z toho|z tego|waarvan|varav|hvorav|herav|heraf|þar af|josta|ebbol|din care|od cega|od tega|od toga|millest|sellest|no ka|is kurio|is kuriu|is jo|is ju|от които|од кои|од кој[ае]?|од чега|из которых|(?:в|у) т\\.ч\\.|у тому числі|в том числе|з яких|εκ των οποιων|απο το οποιο|απο τα οποια|εκ του οποιου|εκ της οποιας';
/**
 * A salt's row that goes on with its element's ("…, of which magnesium 150 mg", "(dont magnésium 150 mg)", "waarvan
 * elementair magnesium 150 mg").
 */
const OF_WHICH_SPLIT_RE = new RegExp(
  String.raw`(?:[ ]*[,;(][ ]*|[ ]+)(?=(?:${OF_WHICH_WORDS})[ ]{1,2}(?:\S{3,14}[ ]{1,2}){1,2}\d[\d.,]*[ ]?(?:mg|g)\b)`,
  'i',
);

/**
 * "Magnesium citrate 1000 mg (of which magnesium 150 mg)", "Citrate de magnésium 1000 mg dont magnésium 150 mg":
 * the salt's row and its element's row, as a panel prints them on two lines.
 */
function splitOfWhich(line: string): string[] {
  const folded = fold(line);
  const m = OF_WHICH_SPLIT_RE.exec(folded);
  if (!m) return [line];
  // (The bracket the element's row opened closes with it; "…, waarvan … 150 mg (40% RI*)" keeps its percent's.)
  const tail = line.slice(m.index + m[0].length);
  const rest = m[0].includes('(') ? tail.replace(/\)\s*$/, '') : tail;
  // ("der Speisefettsäuren. davon Magnesium 240 mg 64 %": a PDF's columns run together, another column's sentence
  // ending before the element's row.)
  if (findAmounts(line.slice(0, m.index)).length === 0)
    return /[.;:][ ]*$/.test(line.slice(0, m.index)) ? [line.slice(0, m.index), rest] : [line];
  // ("1 kapsułka zawiera: diglicynian magnezu 700 mg, w tym magnez 98 mg": the element's row is the same unit's.)
  const unitHead = oneUnitHeader(folded.trim());
  return [line.slice(0, m.index), unitHead?.[2] ? `${unitHead[0]} ${rest}` : rest];
}

/** "…, що еквівалентно магнію 48 мг", "equivalent to": a sentence that restates its salt as the element. */
const ELEMENT_RESTATED_RE = /(?<![a-zа-яі])(?:equiv|еквівалентн|эквивалентн|відповіда|соответств)/;
/**
 * "діючі речовини: 1 таблетка, вкрита оболонкою, містить магнію лактату дигідрату 470 мг, …": a field's name, then one
 * unit (its coating said between commas) and what it contains, the list on the same line. (The name may be given in two
 * languages: "medicinal ingredients / ingrédients médicinaux: each capsule contains / chaque capsule contient: …".)
 */
const UNIT_CONTAINS_AFTER_COLON_RE =
  /^([^:]{2,60}:[ ]{1,2})(1|одна|один|една|един|one|each)[ ]{1,2}(\p{L}{3,16})(?:,?[ ]{1,2}\p{L}{2,20}){0,4},?[ ]{1,2}(містить|содержит|съдържа|contains|contient|contiene|zawiera|obsahuje|enthält)[ ]{0,2}:?[ ]{1,2}/iu;
/**
 * "Léčivou látkou je magnesii lactas dihydricus. Jedna tableta obsahuje magnesii lactas dihydricus 500 mg.": a
 * sentence that tells one unit's contents starts a line of its own.
 */
function splitBeforeUnitContents(line: string): string[] {
  // (Not a sentence that states its element as well, "…, що еквівалентно магнію 48 мг": that one is read as a statement.)
  // ("Orotmag 500 tablet: Each tablet contains …": a name's figure in the field's name, no amount.)
  const coated = UNIT_CONTAINS_AFTER_COLON_RE.exec(line);
  if (
    coated &&
    !findAmounts(coated[1]!).length &&
    findAmounts(line.slice(coated[0].length)).length &&
    !ELEMENT_RESTATED_RE.test(fold(line))
  )
    return [coated[1]!.trim(), `${coated[2]} ${coated[3]} ${coated[4]}:`, line.slice(coated[0].length)];
  const parts = line.split(/(?<=[.!?])[ ]{1,2}(?=\p{Lu})/u);
  const at = parts.findIndex((p, i) => i > 0 && oneUnitHeader(fold(p)));
  return at > 0 ? [parts.slice(0, at).join(' '), parts.slice(at).join(' ')] : [line];
}

/**
 * "Magnesium<TAB>Magnesium citrate<TAB>150 mg": a medicinal-ingredients table (Health Canada's licence record) of the
 * ingredient, its source material and its amount: the amount is the ingredient's, as "Magnesium (Magnesium citrate) 150 mg".
 */
function sourceCellAsBracket(line: string): string {
  const cells = line.split('\t');
  if (cells.length < 3 || !/^[ ]*(?:magnesium|magnesio|magnezium|magnez|magnesium \(mg\))[ ]*$/.test(fold(cells[0]!)))
    return line;
  const source = cells[1]!.trim();
  if (!source || /\d/.test(source) || !formsNearMagnesium(source).length || !findAmounts(cells.slice(2).join(' ')).length)
    return line;
  return [`${cells[0]!.trim()} (${source})`, ...cells.slice(2)].join('\t');
}

/**
 * "Magnésio (mg) | 6667 | 140 | 33", "100 g | 3 cápsulas | %VD*", "Typical values | Per 100g | Per scoop (7g) | …": a
 * table copied with bars between its cells (and maybe one after its last) has them as cells, where it has three cells
 * or more, each short, one a figure or a column's basis.
 */
function pipesAsCells(line: string): string {
  const cells = line.replace(/[ ]*\|[ ]*$/, '').split(/[ ]*\|[ ]*/);
  return cells.length >= 3 &&
    cells.every((c) => c.length <= 60) &&
    cells.some((c) => /^[<>]?\d[\d.,]*/.test(c.trim()) || BASIS_CELL_RE.test(fold(c).trim()))
    ? cells.join('\t')
    : line;
}
/** A column's basis in a header cell: "Per 100g", "pro Portion", "%NRV per serving". */
const BASIS_CELL_RE = /^(?:per|pro|pour|por|par|je|%)(?![a-z])/;

/**
 * "Tabela nutricional — Porção de 2 cápsulas (1,2 g)": a panel's heading, then its serving, on one line.
 * "Supplement Facts · Serving Size 3 Capsules · Servings Per Container 30": each between dots a line of its own;
 * so too rows between dots or dashes, "Magnesium 150 mg (40% NRV) · Vitamin B6 1.4 mg (100% NRV)", "Magnésium 300 mg (80 %
 * VNR*) – Vitamine B6 1,4 mg (100 % VNR*)", each with its amount.
 */
function splitAtMarks(line: string): string[] {
  const dotted = line.split(/[ ]+[·•|][ ]+/);
  if (dotted.length >= 2 && !findAmounts(dotted[0]!).length && dotted.slice(1).some((p) => SERVING_RE.exec(fold(p))?.[1]))
    return dotted;
  const rows = line.split(/[ ]+[·•–—][ ]+/);
  if (rows.length >= 2 && rows.every((p) => /^\p{L}/u.test(p) && findAmounts(p).length === 1)) return rows;
  const m = /^(.{3,60}?)[ ]+[—–-][ ]+(.+)$/.exec(line);
  return m && !findAmounts(m[1]!).length && SERVING_RE.exec(fold(m[2]!))?.[1] ? [m[1]!, m[2]!] : [line];
}

/**
 * "2 Capsules Servings Per Container: 60 Amount Per Serving % Daily Value Magnesium (from …) 140mg 33% *Daily Value not
 * established": a US panel copied onto one line is its serving, its count, its header and its rows again.
 */
const RUN_ON_PANEL_BREAK_RE =
  /(?<=[.:])[ ]+(?=serving size|other ingredients)|[ ]+(?=servings? per container|amount per serving|[*†][ ]?(?:percent )?daily value)|(?<=% daily value\*?|%[ ]?dv\*?)[ ]+/gi;
function splitRunOnPanel(line: string): string[] {
  if (line.length < 60 || !/amount per serving|servings? per container/i.test(line) || !findAmounts(line).length) return [line];
  // ("Serving Size 1 Tablespoon (15 mL). Amount Per Serving: …": a part's closing stop is no part of its value.)
  return line
    .split(RUN_ON_PANEL_BREAK_RE)
    .filter(Boolean)
    .map((p) => p.replace(/[.,;][ ]*$/, ''));
}

/** "Magnesium Citrate (1,000 mg per serving), Vegetable Cellulose …": a list's first item, its weight and basis in brackets. */
const ITEM_BRACKET_RE = /^([^(),;]{3,60}?)[ ]?\([ ]?(\d[\d.,]*[ ]?(?:mg|g))[ ]{1,2}((?:per|pro|par|por|je)[ ][^)]{3,30})\)/i;
function amountInItemBracket(inline: string, percentKindHint: 'dv' | 'nrv' | null): MagnesiumRow | null {
  const m = ITEM_BRACKET_RE.exec(inline);
  const header = m ? headerBasis(fold(m[3]!)) : null;
  if (!m || !header || header.length !== 1 || header[0]!.per === 'aside') return null;
  const row = readMagnesiumRow(`${m[1]!.trim()}\t${m[2]}`, header, percentKindHint);
  return row ? { ...row, text: quote(m[0], 300), basisNamed: true } : null;
}

/** A header before a colon: the words since the line's start or its last sentence's end. */
/** A row that opens with the element's own name and its amount ("Mg2+ 301 mg", "Magnesium (Mg) 150 mg"). */
const ELEMENT_THEN_AMOUNT_RE = new RegExp(
  String.raw`^(?:mg ?2\+|mg\+\+|${LATIN_MAGNESIUM})[ ]{0,2}(?:\([^)]{0,20}\)[ ]{0,2})?:?[ ]{0,2}\d`,
);
const HEADER_THEN_COLON_RE = /(?:^|(?<=[.;][ ]{1,2}))([^.;:\t]{3,60}):[ ]{1,3}(?=\S)/g;

/**
 * "Amount per serving: Magnesium (as citrate) 250 mg", "Pro Tagesdosis (2 Kapseln): Magnesium 300 mg",
 * "Serving Size 1 Tablespoon (15 mL). Amount Per Serving: Magnesium …": a header and the row it heads
 * run together on one line are a header line and a row, as a panel prints them.
 */
function splitHeaderColon(line: string): string[] {
  // "Содержание в 1 таблетке<TAB>магний — 100 мг": a spec table's key that heads its value's row, as a colon does.
  const keyed = /^([^\t]{3,60})\t(?=[^\t]+$)/.exec(line);
  // ("[1일 섭취량 2정(1,400mg)당] 열량 0kcal, …, 마그네슘 250mg(79%)": Korea's nutrition line, its basis in brackets first.)
  const bracketed = /^[[【]([^\]】]{3,60})[\]】][ ]*(?=\S)/.exec(line);
  // ("영양정보<TAB>1일 섭취량 3캡슐(2,550mg)당 마그네슘 144mg (46%)": the same basis unbracketed, after a record's key.)
  const perDang = /^(?:[^\t]{1,20}\t)?((?:1일|1회) 섭취량[^\t\]]{0,40}?당)[ ]+(?=\S)/.exec(line);
  for (const m of [
    ...(keyed ? [keyed] : []),
    ...(bracketed ? [bracketed] : []),
    ...(perDang ? [perDang] : []),
    ...line.matchAll(HEADER_THEN_COLON_RE),
  ]) {
    const head = m[1]!;
    const rest = line.slice(m.index + m[0].length);
    const folded = fold(head);
    if (findAmounts(folded.replace(UNITS_WEIGHT_RE, ' ').replace(DOSE_WEIGHT_RE, ' ')).length) continue;
    // (An ingredients heading reads its own inline row: "Medicinal Ingredients (per capsule): …".)
    // ("1 Sachet enthält: Mg2+ 301 mg …": one unit's contents head a row of the element's own amount too; not a salt's,
    // "Un flaconcino contiene: magnesio pidolato 1,500 g …", which the unit's sentence reads.)
    const elementRow = () => ELEMENT_THEN_AMOUNT_RE.test(fold(rest).trim());
    if (!(headerBasis(folded.trim()) || (elementRow() && oneUnitHeader(folded.trim()))) || INGREDIENTS_RE.test(folded.trim()))
      continue;
    if (!mentionsMagnesiumNutrient(rest) || !findAmounts(rest).length) continue;
    const before = line.slice(0, m.index).trim().replace(/[.;]$/, '');
    return [...(before ? [before] : []), `${head.trim()}:`, rest];
  }
  return [line];
}

/**
 * One cell of a table's values on a line of its own: "300 mg", "1,4 mg", "71%", "<1%", "**", "–", or an amount with
 * its percent ("200 mg 53%", "200mg53%").
 */
// ("15 000 mg": thousands spaced, as Polish, French and Czech labels print them.)
const VALUE_CELL_RE =
  /^[<>≤~]?[ ]?(?:\d{1,3}(?:[ ]\d{3})+(?:,\d{1,2})?|\d[\d.,]{0,8})[ ]?(?:(?:mg|mcg|µg|ug|g|iu)(?:[ ]?\d{1,3}[ ]?%)?(?:[ ]?\([\dOo.,]{1,6}[ ]?(?:i\.?e\.?|iu|u\.?i\.?|ui)\))?|%|kcal|kj)[ ]?\*{0,2}$|^[*†–—-]{1,2}$/;
/** The heads of a table's columns and rows that are no nutrient: "Amount Per Serving", "% Daily Value", "Serving Size". */
const NOT_A_NAME_RE =
  /^(?:amount per|per serving|serving|servings|supplement facts|nutrition facts|% ?daily value|daily value|ingredients?|other ingredients|directions|typical values|average values)(?![a-z])/;

/**
 * A table a phone's reader read column by column: its names on lines of their own ("Magnesium (as magnesium citrate)",
 * "Sodium"), maybe a header cell ("%DV"), then its values ("300 mg", "10 mg", "71%", "<1%"): each name with its
 * values on one line again. The values come row by row ("6977 mg", "300 mg", "80 %", then the next row's) or column
 * by column (every row's amount, then every row's percent); the order their kinds repeat in tells which, and where
 * it does not, the lines stay as they were. A further column under its own header cells ("1 tabletce", values,
 * "2 tabletkach (dzienna porcja)", values) goes on the same rows, its header beside the first column's.
 */
export function zipColumns(lines: string[]): string[] {
  const out = [...lines];
  const isValue = (l: string) => VALUE_CELL_RE.test(fold(l).trim());
  const isHeaderCell = (l: string) => {
    const t = fold(l).trim();
    // ("(dzienna porcja)" is a day's cell by headerBasis; "2 tabletkach", "(2 Kapseln)": a column's count of units.)
    return REFERENCE_COLUMN_HEAD_RE.test(t) || !!headerBasis(t) || unitCountCell(t.replace(/^\((.*)\)$/, '$1'));
  };
  // The rows last put together: where they start, how many, and where their header's cells stand above them.
  let last: { at: number; count: number; heads: number } | null = null;
  for (let i = 0; i < out.length; i++) {
    if (!isValue(out[i]!) || (i > 0 && isValue(out[i - 1]!))) continue;
    let end = i;
    while (end < out.length && isValue(out[end]!)) end++;
    const values = out.slice(i, end).map((l) => l.trim());
    // Back over the header's cells ("%DV"), then the names.
    let h = i - 1;
    while (h >= 0 && i - h <= 4 && isHeaderCell(out[h]!)) h--;
    if (last && h === last.at + last.count - 1 && h < i - 1 && values.length === last.count) {
      // A further column under its own header: its values go on the rows, its header beside the first one's.
      const heads = out.slice(h + 1, i).map((l) => l.trim());
      for (let r = 0; r < last.count; r++) out[last.at + r] = `${out[last.at + r]}\t${values[r]}`;
      // ("Zawartość w:" above "1 tabletce": the heading's words lead the header, as they do in print.)
      const lead = last.heads > 0 && /^[^\d\t]{2,40}:$/.test(out[last.at - last.heads - 1]?.trim() ?? '') ? 1 : 0;
      const headAt: number = last.at - last.heads - lead;
      const head = [...out.slice(headAt, last.at).map((l) => l.trim()), heads.join(' ')].join('\t');
      out.splice(h + 1, end - (h + 1));
      out.splice(headAt, last.heads + lead, head);
      last = { at: headAt + 1, count: last.count, heads: 1 };
      i = last.at + last.count - 1;
      continue;
    }
    if (values.length < 2) continue;
    h = i - 1;
    while (h >= 0 && isHeaderCell(out[h]!)) h--;
    let n = h;
    while (n >= 0 && h - n < 12 && nameCell(out[n]!)) n--;
    // ("Magnesium" over "(as magnesium oxide)": a source in brackets on the line under a name is that name's.)
    const names = out
      .slice(n + 1, h + 1)
      .map((l) => l.trim())
      .reduce<string[]>((acc, l) => {
        if (acc.length && /^\([^()]{2,60}\)$/.test(l) && SOURCE_LINE_RE.test(fold(l))) acc[acc.length - 1] = `${acc.at(-1)} ${l}`;
        else acc.push(l);
        return acc;
      }, []);
    const rows = zipped(names, values);
    if (!rows) continue;
    // The names left over stay; the header's cells keep their place above the rows.
    const kept = [...names.slice(0, names.length - rows.names), ...out.slice(h + 1, i)];
    out.splice(n + 1, end - (n + 1), ...kept, ...rows.lines);
    last = { at: n + 1 + kept.length, count: rows.lines.length, heads: i - (h + 1) };
    i = n + kept.length + rows.lines.length;
  }
  return out;
}
/** A cell that is a count of units alone ("2 tabletkach", "1 tabletě"), folded. */
const unitCountCell = (t: string): boolean => /^\d{1,2}[ ]{1,2}\p{L}{3,14}\.?$/u.test(t) && !!unitKind(t.split(/\s+/)[1]!);

/** A nutrient's name on a line of its own: letters, no amount, no heading's colon, no column's head. */
function nameCell(line: string): boolean {
  const t = fold(line).trim();
  return (
    /\p{L}{2}/u.test(t) &&
    t.length <= 60 &&
    !t.endsWith(':') &&
    !findAmounts(t).length &&
    !NOT_A_NAME_RE.test(t) &&
    !REFERENCE_COLUMN_HEAD_RE.test(t) &&
    !headerBasis(t)
  );
}

/** The names' rows, from the nearest names the values divide among evenly in an order their kinds repeat in. */
function zipped(names: string[], values: string[]): { names: number; lines: string[] } | null {
  // A percent, an amount, or a placeholder ("**", "–") that goes with either.
  const kinds = values.map((l) => (/\d[ ]?(?:mg|mcg|µg|ug|g|iu)/i.test(l) ? 'A' : /%/.test(l) ? 'P' : /\d/.test(l) ? 'A' : 'X'));
  const same = (a: string, b: string) => a === b || a === 'X' || b === 'X';
  // ("Magnesiumcitraat" / "waarvan magnesium", then "1250 mg" / "200 mg" / "53%": every row's amount, then fewer percents,
  // the last rows', a salt's row printing none.)
  const n = names.length;
  const pattern = kinds.join('');
  // (Not under a name and its source, "Magnesio" / "da magnesio bisglicinato": one row's two lines, whose figures pair
  // otherwise.)
  const sourceLine = names.slice(1).some((x) => SOURCE_LINE_RE.test(fold(x)));
  if (n >= 2 && !sourceLine && new RegExp(`^A{${n}}P{1,${n - 1}}$`).test(pattern)) {
    const percents = values.length - n;
    return {
      names: n,
      lines: names.map((name, r) =>
        [name, values[r]!, ...(r >= n - percents ? [values[n + r - (n - percents)]!] : [])].join('\t'),
      ),
    };
  }
  for (let count = names.length; count >= 1; count--) {
    if (values.length % count) continue;
    const k = values.length / count;
    if (k > 4) continue;
    const byRow = kinds.every((x, j) => same(x, kinds[j % k]!));
    const byColumn = kinds.every((x, j) => same(x, kinds[Math.floor(j / count) * count]!));
    if (count > 1 && k > 1 && byRow === byColumn) continue;
    if (!byRow && !byColumn) continue;
    const own = names.slice(names.length - count);
    const lines = own.map((name, r) =>
      [name, ...Array.from({ length: k }, (_, c) => values[byRow ? r * k + c : c * count + r]!)].join('\t'),
    );
    return { names: count, lines };
  }
  return null;
}

/** A reference intake's column head: "% VNR* pour 5 ml", "%NRV", "NRV %", "% RI*", "%DV". */
const REFERENCE_COLUMN_HEAD_RE = new RegExp(
  String.raw`^(?:%[ ]?\*?${REFERENCE_INTAKE}|${REFERENCE_INTAKE}[ ]?\*{0,2}[ ]?%)(?![a-z])`,
);

/**
 * "Pour 3 gélules", "Per 1 capsule", "v 1 tabletě": a short cell of one column's basis, a count of units, and no amount;
 * "v denní dávce (2 tablety)": a day's, its count in brackets.
 */
const basisCell = (t: string): boolean => {
  if (t.length > 40 || !/\d/.test(t) || findAmounts(t).length) return false;
  const basis = headerBasis(t);
  return (
    basis?.length === 1 &&
    ((t.length <= 30 && /^\p{L}{1,5} \d{1,2} \p{L}/u.test(t)) ||
      (basis[0]!.per === 'day' && 'units' in basis[0]! && !!basis[0].units))
  );
};
/** "% VNR* pour 3 gélules": a reference's column for a count of units. */
const referenceForCount = (t: string): boolean =>
  t.length <= 30 && REFERENCE_COLUMN_HEAD_RE.test(t) && /\d{1,2} \p{L}{3,14}$/u.test(t) && !findAmounts(t).length;

/** A header cell's closing bracket of a few words and no amount: "(dzienna porcja)", "(2 kapsułki)". */
const COUNT_CELL_BRACKET_RE = /[ ]?\((?:\d{1,2} )?\p{L}[\p{L} ]{2,24}\)$/u;

/** "Per gummy", "Per 2-gummy dose": a short cell of one column's basis, "per" and its words, no amount. */
const perOneCell = (t: string): boolean =>
  t.length <= 30 && /^(?:per|pro|par|por|pour|je)[ ]\S/.test(t) && headerBasis(t)?.length === 1 && !findAmounts(t).length;
/** "(2,5 g)", "(5 ml)": a header cell's weight in its bracket, at the cell's end or on a line of its own. */
const CELL_WEIGHT = String.raw`\(\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:g|ml)\)`;
const CELL_WEIGHT_RE = new RegExp(String.raw`[ ]?${CELL_WEIGHT}$`);
const BRACKETED_WEIGHT_LINE_RE = new RegExp(String.raw`^[ ]*${CELL_WEIGHT}[ ]*$`, 'i');

/** "Per gummy" / "(2,5 g)" / "Per 2-gummy dose (5 g)": a header cell's weight that broke onto its own line goes back to the cell. */
function withCellWeights(lines: string[]): string[] {
  if (!lines.some((l) => BRACKETED_WEIGHT_LINE_RE.test(l))) return lines;
  const out: string[] = [];
  for (const l of lines) {
    const last = out.at(-1);
    if (last !== undefined && BRACKETED_WEIGHT_LINE_RE.test(l) && perOneCell(fold(last).trim()))
      out[out.length - 1] = `${last.trimEnd()} ${l.trim()}`;
    else out.push(l);
  }
  return out;
}

/**
 * "Per 100 g" then "Per 2 buste": a header whose cells came one per line (a table copied cell by cell)
 * is one header again, so the rows' two amounts keep their columns.
 */
function joinSplitHeader(lines: string[]): string[] {
  lines = withCellWeights(lines);
  const out: string[] = [];
  const hundredOnly = (t: string) =>
    (PER_100_RE.test(t) && findAmounts(t.replace(PER_100_INSIDE_RE, '')).length === 0) || BARE_HUNDRED_CELL_RE.test(t);
  // "Obsah v:" / "1 tabletě" / "%RHP*" / "2 tabletách" / "%RHP*": a header of counts and references, a cell a line.
  // ("Per 1 bustina" / "%VNR*" / "Per 100 g": a unit's column, its reference's, then the per-100 g column.)
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    let counts = 0;
    let hundreds = 0;
    for (; j < lines.length && j < i + 8; j++) {
      const t = fold(lines[j]!).trim();
      // ("2 kapsułki (dzienna porcja)" and "%RWS* (2 kapsułki)": a count with its day in brackets, a reference with its
      // count; "Pour 1 gélule" / "Pour 3 gélules" / "% VNR* pour 3 gélules": each cell a basis of its own.)
      // ("Per gummy (2,5 g)" / "Per 2-gummy dose (5 g)": a cell's dose weight in its bracket weighs no nutrient.)
      const unbracketed = t.replace(COUNT_CELL_BRACKET_RE, '').replace(CELL_WEIGHT_RE, '');
      if (unitCountCell(unbracketed) || basisCell(t) || perOneCell(unbracketed)) counts++;
      else if (counts && !hundreds && t.length <= 20 && hundredOnly(t)) hundreds++;
      else if (!(unbracketed.length <= 12 && REFERENCE_COLUMN_HEAD_RE.test(t)) && !referenceForCount(t)) break;
    }
    // (The table's heading or its first column's head a line above: "Obsah v:", "Składnik", "Účinná látka".)
    const headed = counts > 0 && out.length > 0 && /^\p{L}[^\d\t.!?]{1,29}$/u.test(out.at(-1)!.trim());
    // ("Sudedamoji dalis" / "3 kapsulėse" / "RMV %*": one count's column and its reference's, under a column head.)
    if ((counts + hundreds >= 2 && j - i >= 2 + hundreds) || (counts === 1 && !hundreds && headed && j - i === 2)) {
      const heading = headed ? [out.pop()!] : [];
      out.push([...heading, ...lines.slice(i, j)].map((l) => l.trim()).join('\t'));
      i = j - 1;
      continue;
    }
    const here = fold(lines[i]!).trim();
    const next = lines[i + 1] === undefined ? '' : fold(lines[i + 1]!).trim();
    // ("pro Beutel (5 g)": the dose's own weight in its bracket is no amount of a row.)
    // (Nor "Porciones por envase: 30", a count of servings over the table's header.)
    const doseOnly = (t: string) =>
      !hundredOnly(t) &&
      t.length <= 60 &&
      !SERVINGS_PER_CONTAINER_RE.test(t) &&
      headerBasis(t) !== null &&
      findAmounts(t.replace(DOSE_WEIGHT_RE, ' ')).length === 0;
    // (The cheap per-100 test first: a dose header is only looked for beside a per-100 line.)
    if ((hundredOnly(here) && doseOnly(next)) || (hundredOnly(next) && doseOnly(here))) {
      // (Its reference's column may follow on a third line: "% VNR* pour 5 ml".)
      const third = lines[i + 2] === undefined ? '' : fold(lines[i + 2]!).trim();
      const reference = third.length <= 40 && REFERENCE_COLUMN_HEAD_RE.test(third);
      out.push([lines[i]!, lines[i + 1]!, ...(reference ? [lines[i + 2]!] : [])].map((l) => l.trim()).join('\t'));
      i += reference ? 2 : 1;
    } else out.push(lines[i]!);
  }
  return out;
}

/**
 * Brazil's table (ANVISA, 2020): a header of bare columns "100 g | 1,1 g | %VD*" (per 100 g, per
 * portion, the portion's share of the daily value) over rows that put the unit in the name
 * ("Magnésio (mg) | 23636 | 260 | 62"); a supplement's table may print the portion's column alone
 * ("1,3 g | %VD*" over "Magnésio (mg) | 140 | 33"). The header is written as the columns it names and
 * each row's unit goes to its amounts, so the rows read as any other panel's.
 */
const BARE_HUNDRED_CELL_RE = /^(?:(?:por|per) )?100 ?(?:g|ml)$/;
/** "100 g" as a header's cell of its own, after a word (not "(100 g)", "per 100 g" or an amount). */
const BARE_HUNDRED_IN_HEADER_RE =
  /(?<=^|\t|[\p{L}%)]\*{0,2} )(?<!(?<!\p{L})(?:per|pro|por|par|pour|pr|je|para|in|dans|w|ve|v|na|u|i|la|fur|в|на|у|ανα) )100 ?(?:g|ml)(?![\p{L}\d'’:-])/gu;
const PORTION_CELL_RE =
  /^(?:\d[\d.,]{0,5} ?(?:g|ml)|(?:(?:quantidade|cantidad) )?(?:por |per |1 )?porc(?:ao|ion)(?: \(\d[\d.,]{0,5} ?(?:g|ml)\))?|\d{1,2} [a-z]{3,12}\.?(?: \(\d[\d.,]{0,5} ?(?:g|ml)\))?|per serv(?:e|ing)(?: \([^)]{2,40}\))?)$/;
const VD_CELL_RE = /^%[ ]?(?:vd|dv|vdr|idr|ddr|ids|idd)(?:\*{0,2}|[ ]?\(\*{1,2}\))$/;
/**
 * Beside a per-100 g cell, India's "%RDA*" and the EU's "%NRV" are the same reference column; it may say what it is of
 * ("% NRV* (1 merica)").
 */
const REFERENCE_CELL_RE =
  /^%[ ]?(?:vd|dv|vdr|idr|ddr|ids|idd|rda|ri|nrv)(?:\*{0,2}|[ ]?\(\*{1,2}\))(?:[ ]?\(\d{1,2} [a-z]{3,12}\))?$/;
// ("Magnesium (mg)<TAB>6 250<TAB>250": a cell's thousands set apart by a space.)
const UNIT_IN_NAME_ROW_RE =
  /^([^\t]+?)[ ]?\((mg|mcg|µg|ug|g)\)((?:\t[ ]*(?:\d{1,3}(?:[ ]\d{3})+|[\d.,]+(?:[ ]?%)?)[ ]*|\t[ ]*[*-]{1,2}[ ]*){2,3})$/iu;

/**
 * The same table copied one cell per line: "100 g" / "2 cápsulas" / "%VD*", then "Magnésio (mg)" / "10833" / "130" /
 * "31": the header's cells, and each row's name with the bare figures under it, are lines of cells again.
 */
function rejoinUnitInNameCells(lines: string[]): string[] {
  const out: string[] = [];
  // ("200 (67%)*": a serving's value with its reference's percent in brackets.)
  const bare = (l: string | undefined) =>
    l !== undefined && /^[<>]?\d[\d.,]*(?:[ ]?\(\d{1,3}(?:[.,]\d)?[ ]?%\)\*{0,2})?$/.test(l.trim());
  for (let i = 0; i < lines.length; i++) {
    const here = fold(lines[i]!).trim();
    if (BARE_HUNDRED_CELL_RE.test(here) && PORTION_CELL_RE.test(fold(lines[i + 1] ?? '').trim())) {
      const vd = VD_CELL_RE.test(fold(lines[i + 2] ?? '').trim());
      out.push(
        lines
          .slice(i, i + (vd ? 3 : 2))
          .map((l) => l.trim())
          .join('\t'),
      );
      i += vd ? 2 : 1;
      continue;
    }
    if (/^[^\t\d]{2,60}\((?:mg|mcg|µg|ug|g|kcal|kj)\)$/.test(here) && bare(lines[i + 1]) && bare(lines[i + 2])) {
      let end = i + 1;
      while (end < lines.length && end - i <= 3 && bare(lines[end])) end++;
      out.push(
        lines
          .slice(i, end)
          .map((l) => l.trim())
          .join('\t'),
      );
      i = end - 1;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

function unitInNameTable(lines: string[], printed: Map<string, string>): string[] {
  let columns: ('aside' | 'serving' | 'vd')[] | null = null;
  return rejoinUnitInNameCells(lines).map((line) => {
    // (Until a header has been seen, only a line naming 100 g or a %VD column can be one.)
    if (!columns && !line.includes('100') && !line.includes('%')) return line;
    const cells = line
      .split('\t')
      .map((c) => fold(c).trim())
      .filter(Boolean);
    // (A first cell may name the table: "Quantidade por | 100 g | 1,1 g | %VD*".)
    const values = cells.slice(-(cells.length && REFERENCE_CELL_RE.test(cells.at(-1)!) ? 3 : 2));
    if (
      cells.length - values.length <= 1 &&
      values.length >= 2 &&
      BARE_HUNDRED_CELL_RE.test(values[0]!) &&
      PORTION_CELL_RE.test(values[1]!)
    ) {
      columns = values.length === 3 ? ['aside', 'serving', 'vd'] : ['aside', 'serving'];
      // ("Per serve (2 tablets = 2.6 g)": a portion's cell that names its units keeps them.)
      const portion = line
        .split('\t')
        .filter((c) => c.trim())
        .at(-values.length + 1)!
        .trim();
      const serving = /^per serv/i.test(portion) ? portion : 'Per serving';
      return columns.map((c) => ({ aside: 'Per 100 g', serving, vd: '%VD' })[c]).join('\t');
    }
    // A supplement's table prints the portion alone: "1,3 g | %VD*".
    if (
      !columns &&
      cells.length >= 2 &&
      cells.length <= 3 &&
      VD_CELL_RE.test(cells.at(-1)!) &&
      PORTION_CELL_RE.test(cells.at(-2)!) &&
      !BARE_HUNDRED_CELL_RE.test(cells.at(-2)!)
    ) {
      columns = ['serving', 'vd'];
      return 'Per serving\t%VD';
    }
    if (!columns) return line;
    // ("Magnesio (mg)<TAB>2000<TAB>100<TAB>%VD 25%": a percent's cell of its own after the columns read is set aside.)
    // ("Magnesio (mg)<TAB>15385<TAB>200 (67% DDR)": so is a percent in brackets after the portion's amount.)
    const row = UNIT_IN_NAME_ROW_RE.exec(
      line
        .trim()
        .replace(/\t[ ]*%[ ]?(?:vd|dv)?[ ]?\d{1,3}[ ]?%[ ]*$/i, '')
        .replace(/(?<=\d)[ ]{0,2}\([ ]?\d{1,3}[ ]?%[ ]?[a-z]{0,4}\*{0,2}[ ]?\)\*{0,2}[ ]*$/i, ''),
    );
    const amounts = row?.[3]!
      .split('\t')
      .slice(1)
      .map((v) => v.trim().replace(/(?<=\d) (?=\d{3})/g, ''));
    // ("Magnesio (mg) | 20833 | 250 | 83%": the reference's cell printed with its percent sign; no amount's cell has one.)
    if (amounts?.some((v, k) => v.endsWith('%') && columns![k] !== 'vd')) return line;
    if (!row || !/\p{L}/u.test(row[1]!) || amounts?.length !== columns.length) return line;
    const unit = row[2]!;
    const rewritten = [
      row[1]!.trim(),
      ...amounts.map((v, k) => (!/^\d/.test(v) ? v : columns![k] === 'vd' ? `${v.replace(/[ ]?%$/, '')}%` : `${v} ${unit}`)),
    ].join('\t');
    // (A row's quote is the line as printed.)
    printed.set(quote(rewritten, 300), quote(line, 300));
    return rewritten;
  });
}

/**
 * "Amount Per<TAB>% Daily<TAB>Amount Per<TAB>% Daily" over "1 Capsule<TAB>Value<TAB>2 Capsules<TAB>Value": a header whose
 * cells wrapped onto a second line, cell under cell, is one header again.
 */
function joinTwoLineHeader(lines: string[]): string[] {
  const out: string[] = [];
  const wordsOnly = (cells: string[]) => cells.every((c) => c.length <= 30 && !findAmounts(c).length);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('\t')) {
      out.push(lines[i]!);
      continue;
    }
    const top = lines[i]!.split('\t').map((c) => c.trim());
    const below = (lines[i + 1] ?? '').split('\t').map((c) => c.trim());
    if (top.length >= 2 && below.length === top.length && wordsOnly(top) && wordsOnly(below) && /\d/.test(below.join(' '))) {
      const zipped = top.map((c, k) => `${c} ${below[k]}`.trim()).join('\t');
      if ((headerBasis(fold(zipped))?.length ?? 0) >= 2) {
        out.push(zipped);
        i++;
        continue;
      }
    }
    // ("Zawartość w: | 1 tabletce | 2 tabletkach | %RWS*" over "(dzienna porcja)" alone: a note under the last column that
    // counts units, which it names.)
    // (Or with the reference's column after it: "(dzienna porcja)<TAB>%RWS*".)
    const rest = below.slice(1);
    const note =
      below.length <= 3 &&
      /^\([^()\d]{3,40}\)$/.test(below[0]!) &&
      rest.every((c) => /^%[ ]?\p{L}{1,6}\*{0,3}$|^\p{L}{1,6}\*{0,3}[ ]?%$/u.test(c))
        ? below[0]!
        : '';
    const counted = note && wordsOnly(top) ? top.findLastIndex((c) => /\d/.test(c)) : -1;
    if (counted > 0) {
      const noted = [...top.map((c, k) => (k === counted ? `${c} ${note}` : c)), ...rest].join('\t');
      if ((headerBasis(fold(noted))?.length ?? 0) >= 2) {
        out.push(noted);
        i++;
        continue;
      }
    }
    out.push(lines[i]!);
  }
  return out;
}

/**
 * "Magnesium<TAB>200 mg" then "[Magnesium Bisglycinate Blend (magnesium bisglycinate, magnesium oxide, glycine)]": a
 * Canadian label's source in square brackets under its row's amount, no figure of its own, is the row's source.
 */
function joinSourceBelow(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    // "Magnez" over "(z cytrynianu magnezu)<TAB>100 mg<TAB>200 mg<TAB>53%": the name on its line, its source in brackets
    // with the row's cells on the next.
    if (
      prev !== undefined &&
      /^[^\d\t()[\]:]{3,40}$/.test(prev.trim()) &&
      /^\s*\([^()\t]{3,80}\)\s*\t/.test(line) &&
      findAmounts(line).length
    ) {
      out[out.length - 1] = `${prev.trim()} ${line.trim()}`;
      continue;
    }
    const source = /^\s*\[([^\]\d]{4,160})\]\s*$/.exec(line);
    const cells = prev?.split('\t') ?? [];
    if (source && prev && cells.length >= 2 && /^[^\d()[\]]{3,40}$/.test(cells[0]!.trim()) && findAmounts(cells[1]!).length) {
      out[out.length - 1] = [`${cells[0]!.trim()} (${source[1]!.trim()})`, ...cells.slice(1)].join('\t');
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * "Magnesium (as magnesium bisglycinate chelate," then "magnesium L-threonate)<TAB>250 mg<TAB>60%": a row's name whose
 * bracket runs on to the next line, where it closes before the amount, is one row again.
 */
export function joinOpenBrackets(lines: string[]): string[] {
  // ("栄養成分表示［3粒（" / "900mg）当たり］": a header's full-width bracket, as a label photo's text breaks it, too.)
  const opens = (line: string) =>
    line.length <= 160 &&
    /[(（][^()（）]*$/.test(line) &&
    !/\d/.test(line.slice(Math.max(line.lastIndexOf('('), line.lastIndexOf('（'))));
  // (Or it closes the name alone, its amounts on the line under it, as a label photo's text puts them: "Magnesium (as
  // magnesium" / "bisglycinate chelate)" / "200 mg<TAB>48%".)
  const closes = (next: string, after = '') =>
    /^[^()（）]{1,60}[)）]/.test(next) &&
    (findAmounts(next).length > 0 ||
      (/^[^()（）]{1,60}[)）][ ]*$/.test(next) && /^[ \t]*\d/.test(after) && findAmounts(after).length > 0));
  // "Magnesium (as magnesium bisglycinate,<TAB>300 mg<TAB>71%": the name's bracket left open in its cell, the amounts after.
  const opensBeforeCells = (line: string) => {
    const [name, ...cells] = line.split('\t');
    return cells.length > 0 && name!.length <= 80 && /\([^()]*$/.test(name!) && findAmounts(cells.join(' ')).length > 0;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (opensBeforeCells(line)) {
      // ("… magnesium citrate, magnesium orotate," / "magnesium chloride, magnesium L-threonate)": the names under it close it.)
      const names: string[] = [];
      let closedAt = -1;
      for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
        const next = lines[k]!.trim();
        if (/[\d(\t]/.test(next) || next.length > 80) break;
        names.push(next);
        if (/\)$/.test(next)) {
          closedAt = k;
          break;
        }
      }
      if (closedAt >= 0) {
        const [name, ...cells] = line.split('\t');
        out.push([`${name!.trim()} ${names.join(' ')}`, ...cells].join('\t'));
        i = closedAt;
        continue;
      }
    }
    if (!opens(line)) {
      out.push(line);
      continue;
    }
    // ("Magnesium (as Magnesium Bisglycinate," / "Magnesium Malate, Magnesium Taurate," / "Magnesium Citrate) 350 mg":
    // a line or two of the bracket's names between, no figure in them.)
    let joined = line.trim();
    let closedAt = -1;
    for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
      const next = lines[k]!;
      joined = `${joined} ${next.trim()}`;
      if (closes(next, lines[k + 1])) {
        closedAt = k;
        break;
      }
      if (/[()（）\d]/.test(next) || next.trim().length > 60) break;
    }
    out.push(closedAt < 0 ? line : joined);
    if (closedAt >= 0) i = closedAt;
  }
  return out;
}

/**
 * "Equiv. magnesium 相等於鎂<TAB>200 mg", "equiv. magnesium 相当于镁 100 mg": a bilingual row's name, English then its Chinese
 * (or Japanese, Korean) gloss before the cells or the amount; the English is the name read. (Not a row in Korean that names a brand in Latin letters:
 * "마그네슘(TRAACS® 마그네슘 리시네이트 …)".) Or the gloss first: "鎂 (甘胺酸鎂) Magnesium (magnesium bisglycinate)<TAB>150 mg",
 * its full-width bracket closing it right before the English ("鎂（來自甘氨酸鎂）Magnesium (as …)"); so are a panel's own
 * lines, "每份 Serving Size：…"; and a Hebrew gloss the same way ("מגנזיום (כמגנזיום ציטראט) Magnesium (as …)").
 */
const CJK_GLOSS_BEFORE_RE =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hebrew}][^\t\p{Script=Latin}\d]{0,30}?(?:[ ]+|(?<=[）】]))(?=(?:magnesium|magnesio|magnez|mg|serving size|servings per container|amount per serving)(?![\p{L}]))/iu;
function withoutCjkGloss(line: string): string {
  return line
    .replace(CJK_GLOSS_BEFORE_RE, '')
    .replace(
      /^([^\t\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]*\p{Script=Latin}{2}[^\t\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]*?)[ ]+[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}](?:[^\t]*(?=\t)|[^\t\d]*?(?=[ ]+\d))/u,
      '$1',
    );
}

/**
 * "На порцию | % от РУСП*" over "Магний (аспартат магния) | 450 мг | 113": a header whose last cell is a percent's, over
 * rows whose last cell is a bare number after their amount: that number is the percent, its sign left in the header.
 */
function bareReferencePercents(lines: string[], printed: Map<string, string>): string[] {
  let percentColumn = false;
  return lines.map((line) => {
    const cells = line.trim().split(/\t+|[ ]{2,}/);
    if (cells.length >= 2 && /^%[^\d]{0,30}$/.test(cells.at(-1)!) && !findAmounts(line).length) {
      percentColumn = true;
      return line;
    }
    if (!percentColumn) return line;
    const bare = /(\d[\d.,]*[ ]?(?:mg|мг|mcg|µg|мкг|g|г)(?:\t+|[ ]{2,}))(\d{1,4})[ ]*$/i.exec(line);
    if (!bare) {
      if (!findAmounts(line).length) percentColumn = false;
      return line;
    }
    const row = `${line.slice(0, bare.index)}${bare[1]}${bare[2]}%`;
    // (The row's quote is the line as printed, its percent bare.)
    printed.set(quote(row, 300), quote(line, 300));
    return row;
  });
}

/**
 * "<TAB>5 ml<TAB>%VNR*": a header of one bare measure under 100 and a reference's percent, as a syrup's label prints its
 * column; read as "per 5 ml", the serving's measure. (Not "100 g | 30 g", two measures: a food's table, read elsewhere.)
 */
const BARE_MEASURE_HEADER_RE = /^((?:[^\t\d]{0,40}\t+)?)(\d{1,2}(?:[.,]\d{1,2})?[ ]?ml)(\t+%[^\t\d]{0,20})$/i;
const perBareMeasure = (line: string): string => line.replace(BARE_MEASURE_HEADER_RE, '$1per $2$3');

/**
 * `eu`: an EU shop (percents are of the NRV). `taken`: what the page's directions take at one time, where they
 * give one count ("Take 2 capsules daily"): of a header's columns for several counts, with no serving size
 * printed, the one for that count is the serving's. `takenMl`: the volumes the directions measure in millilitres
 * ("1 dose de 5 ml"): of a liquid's columns ("Pour 5 ml | Pour 10 ml"), the one they name alone is the serving's.
 */
export function readLabel(
  labelText: string,
  opts: { eu: boolean; taken?: UnitCount | null; takenMl?: readonly number[] },
): LabelReading {
  // "Magnesium (as magnesium citrate) - 133 mg": a dash between a row's name and its amount is a
  // cell break, not a range ("100 - 200 mg" has a number before it).
  const printed = new Map<string, string>();
  const lines = bareReferencePercents(
    unitInNameTable(
      zipColumns(
        joinSplitHeader(
          joinTwoLineHeader(joinSourceBelow(joinOpenBrackets(linesOf(labelText))))
            .map(pipesAsCells)
            .map((l) => {
              const row = sourceCellAsBracket(l);
              // (The row's quote is the line as printed, "Magnesium | Magnesium citrate | 150 mg".)
              if (row !== l) printed.set(quote(row, 300), quote(l, 300));
              return row;
            })
            .map((l) => (BRACKETED_EQUIVALENT_NAME_RE.test(fold(l)) ? l.replace(/^([ ]{0,4})\(([^()]+)\)/, '$1$2') : l))
            .map(withoutCjkGloss)
            .map(perBareMeasure)
            .flatMap(splitBeforeUnitContents)
            .flatMap(splitAtMarks)
            .flatMap(splitRunOnPanel)
            .flatMap(splitHeaderColon)
            .flatMap(splitAtSemicolons)
            .flatMap(splitAmountList)
            .flatMap(splitRunOnRows)
            .flatMap(splitAtAnd)
            .flatMap(splitOfWhich)
            .map((l) => {
              const dashed = l.replace(NAME_DASH_AMOUNT_RE, '\t');
              const row = dashed.replace(
                MARINE_MAGNESIUM_RE,
                (_m, mg?: string, _sea?: string, _sea2?: string, mg2?: string) => (mg ?? mg2)!,
              );
              // (The row's quote is the line as printed, "Magnésium marin 300 mg".)
              if (row !== dashed) printed.set(quote(row, 300), quote(l, 300));
              return row;
            }),
        ),
      ),
      printed,
    ),
    printed,
  );
  const reading: LabelReading = {
    magnesiumRows: [],
    otherNutrientRows: 0,
    magnesiumRowsWithoutAmount: 0,
    magnesiumInBlend: false,
    unweighedSalts: [],
    servingSize: null,
    servingFromHeader: false,
    servingsPerContainer: null,
    directions: null,
    ingredients: null,
    oldStyleUnits: false,
    isNutritionFactsPanel: false,
  };
  let basis: HeaderColumn[] = [{ per: 'serving' }];
  let percentKindHint: 'dv' | 'nrv' | null = opts.eu ? 'nrv' : null;
  // Rows under a "per 100 g" heading, or just above a "Pour 100 g de granulés." line, are a
  // powder's content per 100 g, never a dose (docs/design.md): they are left out.
  let per100g = false;
  // The serving was read from one unit's contents ("Each tablet contains:"), not from a printed serving size.
  let servingOfOneUnit = false;
  // Where the rows of that one unit's panel start.
  let oneUnitRowsFrom = 0;
  let severalUnits = false;
  let weighedServing: string | null = null;
  let doseThenReference = false;
  // The serving was named by a header whose rows are each one unit's ("Pour 1 comprimé :").
  let servingOfUnitHeader = false;
  let panelStart = 0;
  let otherAtPanelStart = 0;
  let foodRows = 0;
  let lastRowEnd = -2;
  // Under a blend's row ("Proprietary Blend 500 mg"), while the lines are its members' names.
  let inBlend = false;
  // Each "Supplement Facts" heading after rows opens another panel: a second product's, whose rows are no part of the first's.
  let panel = 0;
  const keep = (row: MagnesiumRow) => {
    if (panel) row.panel = panel;
    reading.magnesiumRows.push(row);
  };
  for (let i = 0; i < lines.length; i++) {
    // "(equiv. magnesium 250 mg)" under "Magnesium amino acid chelate 1.25 g", as Australian labels
    // print a salt's element: a row of its own, out of its brackets.
    const bracketed = lines[i]!.trim();
    const line = bracketed.startsWith('(') && EQUIVALENT_LINE_RE.test(fold(bracketed)) ? bracketed.slice(1, -1) : lines[i]!;
    const folded = fold(line).replace(BULLET_RE, (s) => ' '.repeat(s.length));
    const trimmed = folded.trim();
    if (reading.magnesiumRows.length && FACTS_HEADING_RE.test(trimmed)) panel++;
    const weighed = findAmounts(line).length > 0;
    // ("… approximately 2.4g of magnesium malate would be required to obtain 100% of the RI": a sum of what one would need, no
    // product's amount.)
    if (weighed && NEEDED_TO_REACH_RE.test(trimmed)) continue;
    const blendMember: boolean = inBlend && !weighed && BLEND_MEMBER_RE.test(trimmed);
    // (A row of magnesium's own, "Magnesium Complex 300 mg", opens no blend.)
    inBlend = weighed ? BLEND_ROW_RE.test(trimmed) && !mentionsMagnesiumNutrient(line) : blendMember;
    // "Pour une gélule de 506,1 mg.": a basis printed under the rows it is for.
    // ("pour un comprimé pelliculé. Excipient à effet notoire : lactose.": the basis is the line's first sentence.)
    const trailingUnit = TRAILING_PER_UNIT_RE.exec(trimmed.split(/(?<=\.)[ ]/)[0]!);
    if (trailingUnit && reading.magnesiumRows.length > panelStart) {
      for (const r of reading.magnesiumRows.slice(panelStart))
        if (r.basis.per === 'serving' && !reading.servingSize) r.basis = { per: 'unit', unit: trailingUnit[1]! };
      continue;
    }
    // ("Ingesta Diaria Recomendada para la población mexicana." under the rows, its footnote's mark lost: a sentence that
    // names the percent's reference ends the table, it heads none.)
    if (namesReferenceNeeds(trimmed) && trimmed.endsWith('.') && reading.magnesiumRows.length > panelStart) continue;
    // "Per 100 g", "Nutritional value per 100 g (3.5 oz)", "pour 100 g / 100 ml": a heading whose only basis is 100 g.
    const per100Heading =
      // (A table of what people need.)
      namesReferenceNeeds(trimmed) ||
      REFERENCE_ONLY_HEADER_RE.test(line.trim()) ||
      (PER_100_RE.test(trimmed) && !headerBasis(trimmed)) ||
      // A heading, or a table's header row ("Informations nutritionnelles<TAB>Tel que vendu pour 100 g / 100 ml").
      (PER_100_INSIDE_RE.test(trimmed) &&
        !headerBasis(trimmed) &&
        (trimmed.length <= 80 || (line.includes('\t') && trimmed.length <= 120)));
    if (per100Heading && findAmounts(trimmed.replace(PER_100_INSIDE_RE, '')).length === 0) {
      // A nutrition table per 100 g is a food's ("Nutritional value per 100 g").
      if (/^nutrition(?:al)? values?/.test(trimmed)) reading.isNutritionFactsPanel = true;
      // (Rows above a line that heads rows of its own, "Wartość odżywcza w 100 g: wartość energetyczna 1290 kJ …" or
      // such a heading over a row, are another table's: only a basis printed under its rows, "Pour 100 g de granulés.",
      // takes them.)
      // (A table's header row over its cells heads them too, its first row an energy's in kJ: "项目<TAB>每100克<TAB>NRV%"
      // over "能量<TAB>1120千焦<TAB>13%".)
      const next = lines[i + 1];
      const headsOwnRows =
        /:[ ]*\p{L}[^:]{0,40}\d/u.test(trimmed) ||
        (!trimmed.endsWith('.') &&
          next !== undefined &&
          (findAmounts(next).length > 0 ||
            (line.includes('\t') && /\t[^\t]*\d/.test(next)) ||
            // ("Typical values per 100 ml" over "Energy<TAB>198 kJ / 47 kcal": an energy's row heads a food's table of its own.)
            /\d[ ]?(?:kj|kcal)(?![a-z])/i.test(next)));
      if (!per100g && !headsOwnRows) {
        reading.magnesiumRows.splice(panelStart);
        reading.otherNutrientRows = otherAtPanelStart;
      }
      per100g = true;
      continue;
    }
    if (/(?<![a-z])(?:iu|i\.u\.)(?![a-z])/.test(folded) && /\d/.test(folded)) reading.oldStyleUnits = true;
    if (/^nutrition facts/.test(trimmed)) reading.isNutritionFactsPanel = true;
    if (NRV_RE.test(folded) && /%/.test(folded)) percentKindHint = 'nrv';
    else if (/(?<![a-z])(?:daily value|dv)(?![a-z])/.test(folded) && !opts.eu) percentKindHint = 'dv';

    // "Each tablespoon (15 ml) contains:" heading rows with amounts: one unit is the serving. (Not
    // when no amount follows: a list that lost its figures says nothing about what they are per.)
    const unitHead = oneUnitHeader(trimmed);
    const oneUnit = reading.servingSize ? null : unitHead;
    // ("1 Filmtablette enthält: …" then "1 Brausetablette enthält: …": a leaflet of several dosage forms names no one serving.)
    if (servingOfOneUnit && unitHead && !oneUnit && !reading.servingSize?.startsWith(`1 ${unitHead[2]}`)) severalUnits = true;
    // ("1 таблетка содержит:" / "Действующие вещества:" / "магния цитрат — 618,43 мг": a subheading between them; so are a
    // header's cells copied one per line, "Nährstoff" / "Menge" / "% NRV*", or on one, "Wirkstoffe<TAB>Menge".)
    let skip = 1;
    while (
      skip <= 3 &&
      /^(?:[^\d:]{3,40}:|[^\d:\t]{1,20}(?:\t+[^\d:\t]{1,20}){0,3})$/.test(lines[i + skip]?.trim() ?? '') &&
      !findAmounts(lines[i + skip]!).length
    )
      skip++;
    const firstRow = lines[i + skip];
    if (
      oneUnit &&
      firstRow !== undefined &&
      findAmounts(firstRow).length > 0 &&
      findAmounts(trimmed.slice(oneUnit[0].length)).length === 0
    ) {
      const measure = oneUnit[3]
        ? ` ${line.trim().slice(oneUnit[0].indexOf(oneUnit[3]), oneUnit[0].indexOf(oneUnit[3]) + oneUnit[3].length)}`
        : '';
      reading.servingSize = `1 ${[oneUnit[1], oneUnit[2]].filter(Boolean).join(' ')}${measure}`;
      servingOfOneUnit = true;
      oneUnitRowsFrom = reading.magnesiumRows.length;
    }

    // "Tá dược vừa đủ 1 viên", "Excipients q.s. for 1 tablet": the rows above are one unit's, where no serving was named.
    const qsUnit = QS_ONE_UNIT_RE.exec(trimmed);
    if (qsUnit && !reading.servingSize && reading.magnesiumRows.length > panelStart) {
      reading.servingSize = `1 ${qsUnit[1]}`;
      servingOfOneUnit = true;
      continue;
    }
    const spc = SERVINGS_PER_CONTAINER_RE.exec(trimmed);
    if (spc) {
      // ("22 porciones por envase": the count before the words.)
      reading.servingsPerContainer ??= spc[2] ? quote(line.trim().slice(line.trim().length - spc[2].length), 60) : (spc[1] ?? '');
      continue;
    }
    // "Supplement Facts Serving Size 2 Capsules Servings Per Container 60": the heading, the serving
    // and the count on one line.
    const servingLine = trimmed.replace(PANEL_HEADING_RE, '');
    const serving = SERVING_RE.exec(servingLine);
    // "Serving Size" then "3 Tablets": a table whose cells came on their own lines.
    const nextCell = lines[i + 1]?.trim() ?? '';
    if (serving && !reading.servingSize && !serving[1] && SERVING_CELL_RE.test(fold(nextCell))) {
      reading.servingSize = quote(nextCell, 120);
      i++;
      continue;
    }
    // (A printed serving's line, "Porción: 2 comprimidos" over its own table, takes over from one unit's contents above it,
    // "Cada comprimido contiene: …" or "Thành phần trong 1 viên:": the rows after it are the serving's.)
    // ("Günlük doz 2 tableti geçmemelidir": the day's dose must not pass two tablets, a ceiling, no serving.)
    if (
      serving &&
      (!reading.servingSize || servingOfOneUnit || servingOfUnitHeader) &&
      serving[1] &&
      !SERVING_CEILING_RE.test(fold(serving[1]))
    ) {
      servingOfOneUnit = false;
      servingOfUnitHeader = false;
      // ("Porção de 3 cápsulas": the count without its "of".)
      const value = line
        .trim()
        .slice(line.trim().length - serving[1].length)
        .replace(/^(?:de|di|of)[ ]{1,2}(?=\d)/i, '');
      const count =
        /(?:[ \t]{1,3}|[ ]?\|[ ]?)(?:servings? per (?:container|package|pack)|porciones por envase|portionen (?:pro|je) packung|מספר מנות באריזה|每[瓶盒袋罐包]份数)/i.exec(
          value,
        );
      // "Serving Size: Flexible, 1 to 4 capsules daily, as needed": directions, not a serving.
      // ("Serving Size 9 Tablets (per day)": one count, the day's: a serving, and directions too.)
      if (SERVING_AS_DIRECTIONS_RE.test(fold(value))) {
        reading.directions ??= quote(value, 400);
        if (!ONE_COUNT_A_DAY_RE.test(fold(value))) continue;
      }
      reading.servingSize = quote(count ? value.slice(0, count.index) : value, 120);
      // ("per tablet" on a bottle's front, then "Supplement Facts" / "Serving Size 2 Tablets": the rows below are the serving's.)
      basis = headerBasis(trimmed) ?? (basis.length === 1 && basis[0]!.per === 'unit' ? [{ per: 'serving' }] : basis);
      continue;
    }
    const directions = DIRECTIONS_RE.exec(trimmed);
    if (directions && !reading.directions) {
      const rest = line
        .trim()
        .slice(line.trim().length - (directions[1] ?? '').length)
        .trim();
      reading.directions = quote(rest || lines[i + 1] || '', 400) || null;
      continue;
    }
    // ("Inhaltsstoffe<TAB>pro Kapsel<TAB>pro Tagesdosis (2 Kapseln)<TAB>% NRV": a table's first column named so heads columns,
    // read below as any header.)
    const ingredientsHead = INGREDIENTS_RE.exec(trimmed);
    const ingredients =
      ingredientsHead && /\t/.test(line.trim()) && (headerBasis(trimmed)?.length ?? 0) >= 2 ? null : ingredientsHead;
    if (ingredients && !reading.ingredients) {
      const rest = line
        .trim()
        .slice(line.trim().length - (ingredients[1] ?? '').length)
        .trim();
      // "Ingredients (per 30 drops): Magnesium (as magnesium chloride) 80 mg.": a facts row under
      // an ingredients heading.
      // "Ingredients per 2 tablets:": the heading names the serving the rows below are for.
      // ("(per teaspoon (2.3 g))", "(par cuillère à thé de 2,3 g)", "(each scoop / 5 g contains)": the measure's weight
      // weighs no nutrient.)
      const weighsNothing =
        findAmounts(
          rest.replace(/[ ]?(?:\([ ]?|\/[ ]?|(?:de|of|von|di|da)[ ])\d{1,3}(?:[.,]\d{1,2})?[ ]?g[ ]?\)?(?![a-z])/giu, ''),
        ).length === 0;
      const perUnits = PER_N_UNITS_RE.exec(fold(rest));
      if (perUnits && weighsNothing) {
        basis = [{ per: 'serving' }];
        if (!reading.servingSize) {
          reading.servingFromHeader = true;
          reading.servingSize = rest.slice(perUnits.index, perUnits.index + perUnits[0].length).replace(/^\S+\s+/, '');
        }
        panelStart = reading.magnesiumRows.length;
        continue;
      }
      // "Ingredients per Capsule:": the rows below are one unit's.
      const header = weighsNothing ? headerBasis(fold(rest)) : null;
      if (header) {
        basis = header;
        panelStart = reading.magnesiumRows.length;
        continue;
      }
      const inline = rest.replace(/^\([^)]{0,40}\)\s*:?\s*/, '').split(/\.\s+(?=[A-Z])/)[0] ?? '';
      const inlineRow = inline
        ? (readMagnesiumRow(inline, basis, percentKindHint) ?? amountInItemBracket(inline, percentKindHint))
        : null;
      if (inlineRow?.amount) {
        keep(inlineRow);
        const per = /^\((?:per|pro|par|por)\s+([^)]{1,30})\)/i.exec(rest);
        if (per && !reading.servingSize) {
          reading.servingFromHeader = true;
          // ("(par capsule)": one unit, its count unsaid.)
          const basis = per[1]!.trim();
          reading.servingSize = unitKind(basis) ? `1 ${basis}` : basis;
        }
      }
      reading.ingredients = quote(rest || lines[i + 1] || '', 1000) || null;
      continue;
    }

    // "Óxido de magnesio pesado (equivalente a 70 mg de magnesio)" / "116,0400 mg": a row whose
    // amount column wrapped onto the next line.
    // "Magnesium" / "(als magnesiumbisglycinaat)<TAB>200 mg<TAB>53%": the name cell wrapped before its source.
    // "Magnesium (as magnesium oxide,<TAB>250 mg<TAB>60%" / "magnesium citrate)": the name cell's bracket closed below.
    const nextLine = lines[i + 1];
    const [nameCell, ...valueCells] = line.split('\t');
    const wrapped =
      nextLine === undefined
        ? null
        : AMOUNT_ONLY_RE.test(fold(nextLine).trim()) && !hasAmountOutsideParentheses(line)
          ? `${line}\t${nextLine.trim()}`
          : ELEMENTAL_NAME_RE.test(trimmed) && SOURCE_THEN_AMOUNT_RE.test(fold(nextLine).trim())
            ? `${line.trim()} ${nextLine.trim()}`
            : valueCells.length && /\([^)]*$/.test(nameCell!) && /^[^()\d]{3,80}\)$/.test(nextLine.trim())
              ? `${nameCell!.trim()} ${nextLine.trim()}\t${valueCells.join('\t')}`
              : null;
    // "Jedna tableta obsahuje magnesii lactas dihydricus 500 mg": one unit's contents and its row on one line.
    const inlineUnit: RegExpExecArray | null = wrapped ? null : oneUnitHeader(trimmed);
    const unitRow: MagnesiumRow | null =
      // (One amount: a salt's weight with its element's in brackets is the statement reader's.)
      inlineUnit && inlineUnit[2] && findAmounts(trimmed.slice(inlineUnit[0].length)).length === 1
        ? readMagnesiumRow(
            line
              .trim()
              .slice(inlineUnit[0].length)
              .replace(/^[ :]+/, ''),
            [{ per: 'unit', unit: inlineUnit[2] }],
            percentKindHint,
          )
        : null;
    const byName: MagnesiumRow | null = unitRow ?? readMagnesiumRow(wrapped ?? line, basis, percentKindHint, doseThenReference);
    // ("CITRATE: Every 2-capsule serving gives you 1000 mg of magnesium citrate": a serving's statement is read as
    // one, its caption's words no row name.)
    const row: MagnesiumRow | null =
      (!unitRow && SERVING_STATEMENT_RE.test(fold(line).trim()) ? amountFirstRow(line, basis, percentKindHint) : null) ??
      byName ??
      amountFirstRow(line, basis, percentKindHint);
    const rowStart = i;
    if (row && wrapped) i++;
    if (row && per100g) continue;
    // ("市面常见的氧化镁含元素镁约60%，柠檬酸镁约16%": a note's salts and their shares of the element, no row.)
    if (row && saltFractions(line)) continue;
    if (row?.servingNamed && !reading.servingSize) reading.servingSize = row.servingNamed;
    if (row) {
      // A source list printed on the next line: "Magnesium 300 mg" / "(as magnesium citrate)" / "aus Magnesiumcitrat".
      const next = lines[i + 1];
      // (Its salts may be weighed: "from Magnesium Bisglycinate 500mg and Magnesium Malate 200mg".)
      if (
        next &&
        (WEIGHED_SOURCE_RE.test(fold(next)) || SOURCE_LINE_RE.test(fold(next))) &&
        (findAmounts(next).length === 0 || (row.reading === 'elemental' && formsInSourceList(next).length > 0))
      ) {
        row.text = quote(`${row.text} ${next}`, 300);
        row.forms = mergeForms(row.forms, formsInSourceList(next, row.text));
        row.buffered ||= saysBuffered(next);
        i++;
        // ("da magnesio citrato" / "e magnesio bisglicinato": the list goes on over a line of its own after "and"; or after
        // a comma, its bracket still open: "(as magnesium bisglycinate chelate, magnesium malate," / "magnesium taurate, …)".)
        // (Or a next weighed source of the element: "uit magnesiumcitraat 200 mg" / "uit bisglycinaat 100 mg".)
        const weighedSource = (more: string) =>
          row.reading === 'elemental' && WEIGHED_SOURCE_RE.test(fold(more)) && formsInSourceList(more).length > 0;
        for (
          let more = lines[i + 1];
          more &&
          (((SOURCE_MORE_RE.test(fold(more)) || listGoesOn(row.text)) && !findAmounts(more).length) || weighedSource(more));
          more = lines[i + 1]
        ) {
          const forms = (weighedSource(more) ? formsInSourceList(more, row.text) : formsNearMagnesium(more)).filter(
            (x) => x.id !== 'other',
          );
          if (!forms.length) break;
          row.text = quote(`${row.text} ${more}`, 300);
          row.forms = mergeForms(row.forms, forms);
          i++;
        }
      }
      // "magnesiumlaktatdihydrat 760 mg och magnesiumcitrat 313 mg, motsvarande 120 mg magnesium": two salts weighed in one
      // row are both its forms.
      if (row.amounts.length >= 2 && row.reading === 'compound') {
        const named = formsNearMagnesium(row.text).filter((x) => x.id !== 'other');
        if (named.length > row.forms.length) row.forms = mergeForms(row.forms, named);
      }
      // "Magnesium (from SevenMag™ Blend) 500 mg" over "SevenMag™ Blend: Magnesium Bisglycinate, Magnesium Malate, …": the
      // blend the row names is listed by its name on a line of its own, below; its members are the row's forms.
      const blend = /\((?:from|as)[ ]+([^()]{2,40}?(?:blend|complex|matrix|formula))\W{0,3}\)/i.exec(fold(row.text))?.[1];
      const members = blend
        ? lines.slice(i + 1, i + 4).find((l) => fold(l).trim().startsWith(blend) && /^[^:]{2,60}:/.test(l.trim()))
        : undefined;
      if (members && !findAmounts(members).length) {
        const listed = formsInSourceList(members.slice(members.indexOf(':') + 1), row.text);
        if (listed.length)
          row.forms = mergeForms(
            listed,
            row.forms.filter((x) => x.id !== 'other'),
          );
      }
      // "magnesium glycerophosphate 97.2mg (4mmol) chewable tablet": the row names the one unit it is for;
      // "hořčík 170 mg v denní dávce", "Magnesium 375 mg pro Tagesdosis": the day's dose it is for.
      const folded = fold(line);
      const amountEnd = row.amount ? folded.indexOf(fold(row.amount.raw)) + row.amount.raw.length : -1;
      const afterAmount = row.amount ? folded.slice(amountEnd) : null;
      // "Magnesium 60 mg per 100 ml", "Magnesium 375 mg/100 g": a food's content, never a dose, as
      // under a "per 100 ml" heading.
      const basisAfter = afterAmount?.replace(PERCENT_LEAD_RE, '') ?? '';
      // (Its "100 g" read as an amount is the basis's own.)
      const otherAmounts = row.amounts.filter((a) => a !== row.amount && !(a.unit === 'g' && a.mg === 100_000));
      if (!otherAmounts.length && PER_100_AFTER_RE.test(basisAfter)) continue;
      const unitAfter = afterAmount === null ? null : UNIT_AFTER_AMOUNT_RE.exec(afterAmount);
      // "Magnesium 150 mg per 10 ml", "Magnesium 200 mg / 2 Kapseln": the row names the serving it is for.
      const perN = ROW_PER_N_RE.exec(basisAfter)?.groups;
      const perNUnit = perN && (perN.per || perN.suffix || LOCATIVE_UNIT_RE.test(perN.unit!)) ? unitKind(perN.unit!) : null;
      if (row.basis.per === 'serving' && !reading.servingSize) {
        if (unitAfter) row.basis = { per: 'unit', unit: unitKind(unitAfter[1]!) ?? unitAfter[1]! };
        else if (afterAmount !== null && PER_DAY_RE.test(afterAmount.slice(0, 30)))
          row.basis = { per: 'day', units: null, unit: null };
        else if (perN && perNUnit && perNUnit !== 'serving') {
          reading.servingSize = `${perN.count} ${perNUnit}`;
          reading.servingFromHeader = true;
        }
      }
      // "Magnesium amino acid chelate 1.25 g" then "(equiv. magnesium 250 mg)", "Magnesiumcitrat 1000 mg"
      // then "davon Magnesium 150 mg": the element of the salt row right above takes its forms.
      const above = reading.magnesiumRows.at(-1);
      // "Magnesium (as citrate) 618.43 mg," then "Equivalent to magnesium (Mg2+) 100 mg": the line
      // above, named as the element, weighed its salt.
      if (
        row.reading === 'elemental' &&
        above?.reading === 'elemental' &&
        lastRowEnd === rowStart - 1 &&
        EQUIVALENT_START_RE.test(trimmed) &&
        row.amount &&
        above.amount &&
        row.amount.mg < above.amount.mg
      )
        above.reading = 'compound';
      if (row.reading === 'elemental' && !row.forms.length && above?.reading === 'compound' && lastRowEnd === rowStart - 1) {
        row.forms = above.forms.map((f) => ({ ...f, source: row.text }));
      }
      keep(row);
      lastRowEnd = i;
      // "436,8 mg Magnesiumcitrat … und 165,4 mg Magnesium-L-Glutamat …": a second salt written amount
      // first, after "and", is a row of its own.
      if (!byName)
        for (const part of line.split(AND_BEFORE_AMOUNT_RE).slice(1)) {
          const more = amountFirstRow(part, row.basis.per === 'unit' ? [row.basis] : basis, percentKindHint);
          if (more) keep(more);
        }
      continue;
    }
    // Drug Facts "Active ingredient(s)": its amounts are per dosage unit, whether or not the heading
    // adds "(in each tablet)" (an unnamed unit: the directions name it).
    // "3 tablets" then "NRV** (3 tablets)": that header with its cells one per line.
    if (
      !reading.servingSize &&
      SERVING_CELL_RE.test(trimmed) &&
      ONE_COUNT_THEN_REFERENCE_RE.test(`${trimmed} ${fold(lines[i + 1] ?? '').trim()}`)
    ) {
      reading.servingSize = quote(line.trim(), 60);
      basis = [{ per: 'serving' }];
      panelStart = reading.magnesiumRows.length;
      otherAtPanelStart = reading.otherNutrientRows;
      i++;
      continue;
    }
    // ("Children 4–12 years: 1 Gummy | Adults & Children 13 years and older: 4 Gummies": the adults' serving.)
    const servingUnits = reading.servingSize ? parseServingSize(reading.servingSize).units : null;
    const servingNow: ServingNow = {
      count: servingUnits && servingUnits.min === servingUnits.max ? servingUnits.max : null,
      known: !!reading.servingSize,
      taken: opts.taken,
      takenMl: opts.takenMl,
    };
    const header: HeaderColumn[] | null = doseLine(line, reading.magnesiumRows.length > panelStart)
      ? null
      : (headerBasis(trimmed, servingNow) ?? (ACTIVE_INGREDIENTS_RE.test(trimmed) ? [{ per: 'unit' as const, unit: '' }] : null));
    // "1일 섭취량 2정(1,600mg)당", "Per 2 capsules (1,200 mg)": the units' own weight is no amount of a nutrient.
    // ("Besin Öğeleri | 100 g'da | 5 g'da (1 ölçek) | %BRD*": a measure's bare cell is its column's basis.)
    const measured = header ? folded.replace(CASE_AFTER_MEASURE_RE, '') : '';
    if (
      header &&
      findAmounts(
        measured
          .replace(UNITS_WEIGHT_RE, ' ')
          .replace(DOSE_WEIGHT_RE, ' ')
          .replace(APPROX_UNIT_WEIGHT_RE, ' ')
          .replace(PER_100_INSIDE_RE, ' ')
          .replace(BARE_HUNDRED_IN_HEADER_RE, ' ')
          .replace(PER_MEASURE_ALL_RE, ' ')
          .replace(bareMeasureCells(measured) ? BARE_MEASURE_ALL_RE : /$^/, ' '),
      ).length === 0
    ) {
      basis = header;
      // "1 dose (6 caps.) | Daily Intake Levels | % of RSP": one dose column, then references.
      const cells = line.trim().split(/\t+/).map(fold);
      doseThenReference =
        header.length === 1 &&
        cells.length >= 2 &&
        !REFERENCE_COLUMN_RE.test(cells[0]!) &&
        REFERENCE_COLUMN_RE.test(cells.slice(1).join(' '));
      per100g = false;
      panelStart = reading.magnesiumRows.length;
      otherAtPanelStart = reading.otherNutrientRows;
      // "pro Tagesdosis (2 Kapseln)", "Pour 2 gélules": the header names the serving.
      const units =
        DOSE_UNITS_RE.exec(folded) ??
        // "1袋7粒当たり": per packet (of 7 tablets), the packet the directions count.
        CJK_ONE_PACKET_RE.exec(folded) ??
        // "Per 1 tablet | Per 2 tablets": the column read as the serving's names it.
        countedColumns(folded, servingNow)?.servingCell ??
        perNUnitsServing(folded) ??
        CJK_PER_N_UNITS_RE.exec(folded) ??
        UNITS_CONTAIN_HEADER_RE.exec(folded) ??
        N_UNIT_SERVING_HEADER_RE.exec(folded) ??
        SERVING_OF_UNITS_HEADER_RE.exec(folded) ??
        PER_SERVING_OF_RE.exec(folded) ??
        VOLUME_CONTAINS_HEADER_RE.exec(folded) ??
        servingUnitsInBracket(folded) ??
        (header.some((b) => b.per === 'day') ? dayUnits(folded, PER_DAY_RE.exec(folded)?.index ?? 0) : null) ??
        // "1 kapseli / 3 kapselia": the serving's cell.
        // ("1 tablette | 2 tablette* | %BRD**": its footnote's mark is no part of the cell; spaces keep the offsets.)
        bareCountCells(withoutFootnoteMarks(folded)).find((c) => c.basis.per === 'serving')?.cell;
      // ("per portie (2,5 g)": a serving weighed, not counted, for where no line names the serving.)
      if (!units) weighedServing ??= WEIGHED_SERVING_CELL_RE.exec(folded)?.[0] ?? null;
      // "Pour 1 comprimé : oxyde de magnésium 250 mg" then "Apports nutritionnels pour 2 comprimés":
      // rows per unit name their unit themselves, so a later header's count of units is the serving.
      const afterUnitHeader = servingOfUnitHeader && header.every((b) => b.per === 'serving');
      servingOfUnitHeader = false;
      // "Each film-coated tablet contains: …" then "Nutrient | Per 100 g | Per serve (2 tablets = 2.6 g)": the later panel
      // prints the serving, of the same units; the rows above it are one unit's.
      const unitsNamed = units ? findUnitCount(line.slice(units.index, units.index + units[0].length)) : null;
      const oneUnitServing = servingOfOneUnit && reading.servingSize ? parseServingSize(reading.servingSize).units : null;
      const servingOfUnits =
        !!unitsNamed &&
        !!oneUnitServing &&
        // (A table's header of its columns, "Per 100 g | Per serve (2 tablets)", not "В 2 таблетках:" over its own row.)
        header.length >= 2 &&
        header.some((b) => b.per === 'serving') &&
        unitsNamed.min === unitsNamed.max &&
        unitsNamed.max > 1 &&
        unitsNamed.unit === oneUnitServing.unit;
      if (servingOfUnits) {
        for (const row of reading.magnesiumRows.slice(oneUnitRowsFrom))
          if (row.basis.per === 'serving') row.basis = { per: 'unit', unit: oneUnitServing.unit };
        reading.servingSize = null;
        servingOfOneUnit = false;
      }
      // ("Por comprimido:" then "Por dose diária máxima (4 comprimidos)": the most a day may hold replaces no serving.)
      const ceiling =
        (!!reading.servingSize || reading.magnesiumRows.some((r) => r.basis.per === 'unit')) &&
        /(?<![a-z])(?:maxima|maximum|maximale|massima|max\.?|hochst\w*|maksymaln\w*)(?![a-z])/.test(folded);
      // (Nor a rule's count: "Günlük doz 2 tableti geçmemelidir", the day's dose must not pass two tablets.)
      if (units && !ceiling && !SERVING_CEILING_RE.test(folded) && (!reading.servingSize || afterUnitHeader)) {
        servingOfUnitHeader = header.every((b) => b.per === 'unit');
        reading.servingFromHeader = true;
        reading.servingSize = line
          .slice(units.index, units.index + units[0].length)
          .replace(/^(?!\d)\S+\s+(?=\d)/, '')
          // "3粒あたり", "2정 당": the count without its "per"; "per dosering (3 vegan capsules)": the bracket's count.
          .replace(/\s*(?:あたり|当たり|당)$/, '')
          // ("1日摂取目安量(2粒)当たり": the bracket the count closed.)
          .replace(/^([^(]*)\)$/, '$1')
          // "每片", "每粒" (per tablet, Chinese): one of the unit.
          .replace(/^每([^\d\s]{1,3})$/u, '1$1')
          .replace(
            /^(?:per|pro|par|por|each|every|cada|chaque) (?:dose|dosering|dosis|serving|portion|porzione|porcion)\s*\((.*)\)$/i,
            '$1',
          )
          // "twee (2) tabletten": the figure's bracket closes before the unit.
          .replace(/^(\d{1,2})\)\s*/, '$1 ')
          // "2-capsule (serving)": the count and its units.
          .replace(/^(\d)-(\p{L}+)$/u, (_, n: string, unit: string) => `${n} ${pluralUnit(unit)}`)
          .trim();
      }
      continue;
    }
    // "Magnesium (as citrate)" with its cell empty, or "Magnesium Chelate" under "Proprietary Blend 500 mg":
    // magnesium the label names without its weight.
    if (
      !weighed &&
      (MAGNESIUM_ROW_NAME_RE.test(trimmed) || (blendMember && mentionsMagnesiumNutrient(line))) &&
      magnesiumMentions(line).every((m) => !m.excipient)
    ) {
      reading.magnesiumRowsWithoutAmount++;
      if (blendMember) reading.magnesiumInBlend = true;
      reading.unweighedSalts.push(...formsNearMagnesium(line).filter((f) => f.id !== 'other'));
      continue;
    }
    // "Магния лактат 200,0 мг" then "Магния карбонат" with its cell empty, then the next nutrient's row
    // with its own amount: a second magnesium salt the table lists without a weight.
    const next = lines[i + 1] ?? '';
    if (
      reading.magnesiumRows.length > 0 &&
      trimmed.length <= 40 &&
      !/\d/.test(line) &&
      /\d/.test(next) &&
      !/^\s*\d/.test(next) &&
      magnesiumMentions(line).every((m) => !m.excipient)
    ) {
      const salts = formsNearMagnesium(line).filter((f) => f.id !== 'other');
      if (salts.length) {
        reading.unweighedSalts.push(...salts);
        continue;
      }
    }
    // "Vitamin B6 (as pyridoxine HCl)" / "2 mg" / "118%": a table whose cells came on their own lines.
    const amountBelow = fold(lines[i + 1] ?? '').trim();
    const rowText = !weighed && AMOUNT_ONLY_RE.test(amountBelow) ? `${trimmed}\t${amountBelow}` : trimmed;
    const named = rowText.replace(VITAMIN_NUMBER_RE, '$1x');
    if (
      !per100g &&
      (NUTRIENT_ROW_RE.test(named) ||
        CYRILLIC_NUTRIENT_ROW_RE.test(named) ||
        HEBREW_NUTRIENT_ROW_RE.test(trimmed) ||
        AMOUNT_FIRST_NUTRIENT_RE.test(trimmed)) &&
      !NOT_NUTRIENT_NAME_RE.test(trimmed) &&
      !PROSE_BEFORE_AMOUNT_RE.test(rowText.slice(0, (/\d/.exec(rowText)?.index ?? 0) + 1)) &&
      !sentenceAfterAmount(trimmed) &&
      !magnesiumMentions(line).some((m) => !m.excipient) &&
      // ("Sodio<TAB>0 mg<TAB>0 mg": a nutrient the product holds none of.)
      !ZERO_AMOUNTS_RE.test(rowText)
    ) {
      if (FOOD_ROW_NAME_RE.test(trimmed)) foodRows++;
      else reading.otherNutrientRows++;
    }
  }
  if (reading.otherNutrientRows > 0) reading.otherNutrientRows += foodRows;
  for (const row of reading.magnesiumRows) row.text = printed.get(row.text) ?? row.text;
  if (severalUnits && servingOfOneUnit) reading.servingSize = null;
  if (!reading.servingSize && weighedServing) {
    reading.servingSize = weighedServing;
    reading.servingFromHeader = true;
  }
  // "Per tablet (4g) | Per 500ml serving" with the same amount in both: the serving is one tablet.
  const first = reading.magnesiumRows[0];
  if (
    !reading.servingSize &&
    first?.basis.per === 'serving' &&
    first.unitColumn &&
    first.unitColumn.amount.mg === first.amount?.mg
  )
    reading.servingSize = `1 ${first.unitColumn.unit}`;
  return reading;
}

/** "(18%)", "(16% elemental)": a share of magnesium in brackets at the end of a salt's name. */
const SHARE_IN_NAME_RE = /\((\d{1,2}(?:[.,]\d)?)[ ]?%(?:[ ]?(?:elemental|elementaire|elementar|magnesium|mg))?\)$/;

/** A blend's row: "Proprietary Blend 500 mg", "Sleep Complex 250 mg", "Mineral Matrix". */
const BLEND_ROW_RE = /(?<![a-z])(?:blend|complex|matrix|formula|mezcla|mischung|melange|miscela)(?![a-z])/;
/**
 * A blend member's line: a short name ("Pancreas Substance Note: porcine"), with no sentence, no source in
 * brackets of its own ("(as …)") and no footnote ("† Daily Value not established", "Other ingredients: …" end
 * the blend).
 */
const BLEND_MEMBER_RE = /^(?![(†*‡]|other ingredients|sonstige|autres ingredients|otros ingredientes)[^.;!?]{2,60}$/;
/** A row's name cell: magnesium, then its source in brackets, and nothing after the bracket but a percent. */
const MAGNESIUM_ROW_NAME_RE =
  /^(?:magnesium|magnesio|magnesie)[ ]{0,2}[([](?:as|from|aus|als|sous forme de|como|come)[ ][^)\]]{2,120}[)\]](?:[ \t]{1,8}\d{1,4}[ ]?%)?$/;

/**
 * "Each tablespoon (15 ml) contains:", "Each level teaspoon (3 g) contains:", "1 packet contains", "Each 5 g scoop contains:": one
 * unit (a measure's "level" or "rounded" kept, a capsule's material dropped) and its bracket.
 */
const ONE_UNIT_CONTAINS_RE =
  /^(?:each|every|one|1|una?|une?|uno|eine?|cada|chaque|ogni|jede[rs]?|een|elke|iedere|hver|hvert|varje|kazd[aey]|uma|um|jedna|jedan|jeden|ena|egy|o|yksi|viena|uks|setiap|tiap|одна|един|една|једна|свака|секоја|µια|ενα|καθε)[ ]{1,2}(?:\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:g|ml)[ ]{1,2})?(?:(?:size [0-9]{1,2}|vegetable|veggie|vegetarian|gelatin|hard|soft|film-coated|pale|yellow|white|chewable|(?!(?:level|rounded|heaping|two|three|four|five|six|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro)[ ])[a-zа-яіα-ωµ-]{3,20}),?[ ]{1,2}){0,3}(level|rounded|heaping)?[ ]{0,2}((?:kau|brause|lutsch|film|schmelz|hart|weich|trink|tygge|tugg)?(?:tablespoon|teaspoon|scoop|capsule|softgel|tablet|caplet|packet|sachet|stick|gummy|lozenge|vial|ampoule|ampule|ampola|ampolla|ampulle|ampulla|compressa|capsula|bustina|fiala|flaconcino|comprime|comprimat|drajeu|gelule|comprimido|capsula|sobre|plic|tablette|kapsel|beutel|tablete|tablet|capsule|zakje|kapsula|tableta|kapsul|kaplet|tablett|vrecica|kapsle|tobolka|kapszula|kapseli|kapsulka|tabletka|tabletti|капсула|таблетка|таблета|кесица|кесичка|ампула|саше|пакетче|пакетик|(?:мірн|мерн)[а-яі]* ложк[а-яі]|καψουλα|δισκιο|dose|dosis|cacito|misurino|messloffel))s?(?:[ ]{1,2}(?:effervescente?s?|rivestita|pelliculee?|enrobee?|molle|rigide|dura|blanda|recubierto|effervescent|dosificador|dosatore|doseur|salut (?:selaput|gula|enterik)))?(?:,[ ][^,:\d]{3,45},)?[ ]{0,2}(\([^)]{1,30}\)|(?:of|de|da|di|von|van|zu|a|\/)[ ]{1,2}\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:ml|g))?[ ]{0,2}(?:contains?|provides?|contiene|contient|contem|enthalt|bevat|sisaldab|sadrzi|vsebuje|obsahuje|mengandung|inneholder|indeholder|innehaller|tartalmaz|contine|sisaltaa|satur|zawiera|icerir|містить|содержит|съдържа|садржи|содржи|περιεχει)(?![a-zа-яіα-ω])/;
/** "jednej", "jedne", "jednoj", "jednom": one, as a word after "in" (v, w, u), in Slovak, Czech, Polish and Croatian. */
const SLAVIC_ONE = 'jednej|jedne|jednoj|jednom';
const SLAVIC_ONE_RE = new RegExp(`(?<=(?<![a-z])(?:v|w|u) )(?:${SLAVIC_ONE})(?= )`, 'g');
/**
 * "1 kapsulėje yra", "Her kapsülde:", "Bir tablette:", "Obsah v 1 kapsli", "W 1 kapsułce": what is in one unit, the unit
 * inflected. ("Liečivá v jednej obalenej tablete:", the active substances in one coated tablet: the unit's kind between;
 * "Léčivé látky v jedné ampuli (10 ml):", its volume after it.)
 */
const IN_ONE_UNIT_RE = new RegExp(
  String.raw`^(?:(?:1|vienoje|bir) |her (?:bir )?|(?:obsah |lieciva |lecive latky |substancje czynne )?(?:v|w|u) (?:1|${SLAVIC_ONE})(?: [a-z]{4,14})? |w 1 )(kapsul|kapsl|tablet|ampul|sacku|sacek)\w*(?: yra)?(?: \(\d{1,3} ?ml\))?(?=[ ]?:|$)`,
);
/** "в 1 таблетке содержится", "в одной капсуле", "у 1 таблетці міститься": what is in one unit, in Russian and Ukrainian. */
const CYRILLIC_IN_ONE_UNIT_RE =
  /^(?:в|у) (?:1|одно[йи]|одні[йи]) ((?:таблетк|капсул)[а-яі]*|саше|пакетик[а-яі]*)(?: (?:содержится|содержит|міститься|містить))?(?=[ ]?:|[ ]|$)/;
/** "1 tabletta tartalma:", "Egy kapszula tartalma": the contents of one unit, in Hungarian. */
const CONTENTS_OF_ONE_UNIT_RE = /^(?:1|egy) (tablet|kapszul|tasak)\w* tartalma(?=[ ]?:|$)/;
/**
 * "ใน 1 แคปซูล ประกอบด้วย" (in one capsule are), "ใน 1 เม็ด มี:", "ส่วนประกอบสำคัญ ใน 1 แคปซูล …" (its important ingredients),
 * "ส่วนประกอบสำคัญโดยประมาณใน 1 แคปซูล" (… approximately), "สารสำคัญใน 1 แคปซูล" (the active substances in one
 * capsule): Thai, the unit read by cjkOneUnit.
 */
const THAI_ONE_UNIT_RE =
  /^(?:(?:ส่วนประกอบ|สารสำคัญ)[\u0e00-\u0e7f]{0,24}?[ ]?)?ใน[ ]?1[ ]?([\u0e00-\u0e7f]{2,12}?)[ ]?(?:ประกอบด้วย|มี)?[ ]?:?$/;
/** "1 เม็ด ประกอบด้วย:" (one tablet is made of), with no "ใน" (in) before it. */
const THAI_UNIT_CONSISTS_RE = /^1[ ]?([\u0e00-\u0e7f]{2,12}?)[ ]?ประกอบด้วย[ ]?:?$/;

/** "Mỗi viên nén bao phim chứa:", "Mỗi viên nang chứa:" (each tablet, each capsule contains, Vietnamese): one unit's contents. */
const VIETNAMESE_ONE_UNIT_RE = /^(?:thanh phan[ ]?:?[ ]?)?moi[ ](vien)(?:[ ][a-z]{2,6}){0,4}[ ]chua[ ]{0,2}:?$/;

/** Hebrew units of a dose: a tablet, a capsule (two spellings), a caplet, a lozenge, a sachet. */
const HEBREW_UNITS = 'טבליה|כמוסה|קפסולה|קפליה|סוכריה|שקית';

/**
 * "רכיבים פעילים בטבליה:" (active ingredients in a tablet), "בכל כמוסה:", "לכמוסה אחת:", "ערכים תזונתיים – כמות בכמוסה": one unit's contents in Hebrew,
 * the unit prefixed by "in" or "per".
 */
const HEBREW_ONE_UNIT_RE = new RegExp(
  String.raw`^(?:(?:רכיבים פעילים|מרכיבים פעילים|הרכב|רכיבים|ערכים תזונתיים|ערך תזונתי)(?:[ ]{1,2}[–-])?[ ]{1,2})?(?:כמות[ ]{1,2})?(?:ב|ל)(?:כל[ ]{1,2})?(${HEBREW_UNITS}|מנה)(?:[ ]{1,2}אחת)?[ ]{0,2}:?$`,
);

/**
 * "ערכים תזונתיים | בכמוסה אחת | % …" (in one capsule), "לטבליה": one unit's column in Hebrew, "in" or "per" its prefix,
 * after the header's first cell (a line of its own, "בכל כמוסה:", heads one unit's serving: HEBREW_ONE_UNIT_RE).
 */
const HEBREW_UNIT_CELL_RE = new RegExp(
  String.raw`(?<=\S[ \t]{1,6})(?:ב|ל)(?:כל[ ]{1,2})?(${HEBREW_UNITS})(?:[ ]{1,2}אחת)?(?![א-ת])(?![ ]{0,2}:)`,
);

/** "प्रत्येक टैबलेट में:" (in each tablet), "हर कैप्सूल में है:": one unit's contents in Hindi. */
const HINDI_ONE_UNIT_RE = /^(?:प्रत्येक|हर)[ ]{1,2}(टैबलेट|कैप्सूल|गोली)[ ]{1,2}में(?:[ ]{1,2}(?:है|शामिल है|होता है))?[ ]{0,2}:?$/;

/** "1 tab.", "1 caps", "1 таб.": a drug reference's heading of one unit, its rows under it. */
const BARE_ONE_UNIT_RE = /^1[ ]?(tab|tabl|tablet|caps|capsule|таб|табл|капс)\.?[ ]?:?$/;
/**
 * "כל כמוסה מכילה:", "כל טבליה מכילה" (each capsule, each tablet contains, Hebrew): one unit's contents, the unit
 * unprefixed.
 */
const HEBREW_EACH_UNIT_CONTAINS_RE = new RegExp(String.raw`^כל[ ]{1,2}(${HEBREW_UNITS})[ ]{1,2}מכיל(?:ה|ות)?[ ]{0,2}:?$`);

/** "Composition:", "Zusammensetzung:": a section's word, then what one unit holds. */
const SECTION_WORD_BEFORE_RE =
  /^(?:composition|ingredients|zusammensetzung|composizione|composicion|composicao|samenstelling|sklad|slozeni)[ ]?:[ ]{1,2}(?=\S)/;
/** One unit's contents heading a panel, as ONE_UNIT_CONTAINS_RE's groups: [match, measure, unit, volume]. */
function oneUnitHeader(folded: string): RegExpExecArray | null {
  // ("Composition: Each film coated tablet contains:": a section's word before it, part of the match the callers cut at.)
  const section = SECTION_WORD_BEFORE_RE.exec(folded)?.[0];
  if (section) {
    const inner = oneUnitHeader(folded.slice(section.length));
    if (inner) inner[0] = section + inner[0];
    return inner;
  }
  const m = ONE_UNIT_CONTAINS_RE.exec(folded);
  if (m) return m;
  const inOne =
    IN_ONE_UNIT_RE.exec(folded) ??
    CYRILLIC_IN_ONE_UNIT_RE.exec(folded) ??
    CONTENTS_OF_ONE_UNIT_RE.exec(folded) ??
    THAI_ONE_UNIT_RE.exec(folded) ??
    THAI_UNIT_CONSISTS_RE.exec(folded) ??
    VIETNAMESE_ONE_UNIT_RE.exec(folded) ??
    HEBREW_ONE_UNIT_RE.exec(folded) ??
    HEBREW_EACH_UNIT_CONTAINS_RE.exec(folded) ??
    HINDI_ONE_UNIT_RE.exec(folded) ??
    BARE_ONE_UNIT_RE.exec(folded);
  if (!inOne) return null;
  // (The unit's word as the unit table knows it, "tablet", "טבליה", "टैबलेट"; else its stem, "kapsl", "tasak"; else a Thai word.)
  const word = inOne[1] ?? '';
  const unit = unitKind(word) ?? (/^kaps/.test(word) ? 'capsule' : word === 'tasak' ? 'packet' : cjkOneUnit(folded));
  if (!unit) return null;
  return Object.assign([inOne[0], undefined, unit, undefined] as unknown as RegExpExecArray, { index: 0, input: folded });
}

/** "1 Filmtablette enthält:", "Each capsule contains:", "W 1 kapsułce:": a heading of one unit's contents (folded). */
export const namesOneUnitContents = (folded: string): boolean => !!oneUnitHeader(folded.trim());

/**
 * "Magnésium marin 300 mg", "Marine Magnesium 300 mg": magnesium from the sea, a source named as an adjective, no salt:
 * the element's row (the salts are the ingredients' to name).
 */
const MARINE_MAGNESIUM_RE =
  /^(?:([\p{L}]*magn[eé]si\p{L}*|magnez\p{L}*)[ ](marin[eoa]?|marinho|del mare|de mar|do mar|morski)|(marine|sea|meeres)[ -]?(magnesium))(?=[\t ]{1,4}\d)/iu;
const NAME_DASH_AMOUNT_RE = /(?<=[\p{L})\]*])[ \t]+[-–—][ \t]+(?=\d[\d.,]*[ ]?(?:mg|mcg|µg|g|iu|mmol)(?![\p{L}]))/giu;

const ACTIVE_INGREDIENTS_RE = /^active ingredients?(?: \([^)]{0,30}\))?[ :]*$/;
/**
 * "2 gélules par jour.", "2 capsules per day" under the rows: a count of units that opens a line of its own,
 * a sentence or under rows already read, is how much to take, no column's header ("pro Tagesdosis (2 Kapseln)").
 */
function doseLine(line: string, underRows: boolean): boolean {
  const t = line.trim();
  // ("Tomar 2 cápsulas por dia.": a verb before the count; not a basis's words, "Pro Tagesdosis 2 Kapseln".)
  const count = /^((?:\p{L}{2,12}[ ]{1,2}){0,2})\d{1,2}(?:[ ]?[-–][ ]?\d{1,2})?[ ]{1,2}(\p{L}{3,20})/u.exec(fold(t));
  if (!count || t.includes('\t') || !(underRows || /\.$/.test(t)) || unitKind(count[2]!) === null) return false;
  // ("2 tablets provide:", "2 Tabletten enthalten:": a heading of the rows under it.)
  if (/:\s*$/.test(t) || CONTAINS_WORD_RE.test(fold(t))) return false;
  const before = count[1]!.trim();
  return !before || !(BASIS_WORD_RE.test(before) || PER_DAY_RE.test(before) || PER_SERVING_RE.test(before));
}
const CONTAINS_WORD_RE =
  /(?<![\p{L}])(?:contains?|contain|provides?|provide|supplies|enthalten|enthalt|contient|contiennent|contiene|contienen|contengono|bevat|bevatten|zawiera|zawieraja|obsahuj\w*|tartalmaz\w*|innehaller|indeholder|inneholder|sisaltaa|содерж\w*|містять|містить)(?![\p{L}])/u;
const BASIS_WORD_RE =
  /(?<![\p{L}])(?:per|pro|par|por|pour|je|in|w|v|в|у|u|na|za|for|each|jede\w*|chaque|cada|ogni|elke)(?![\p{L}])/u;

/** "9 Tablets (per day)", "2 capsules daily": a single count of units, said to be the day's. */
const ONE_COUNT_A_DAY_RE = /^\d{1,2} [a-z-]{3,20}(?: [a-z-]{3,20})? ?(?:\((?:per day|daily|a day)\)|(?:per day|daily|a day))\s*$/;
const SERVING_AS_DIRECTIONS_RE =
  /(?<![a-z])(?:daily|a day|per day|times|twice|as needed|taglich|pro tag|par jour|al dia|al giorno|per dag)(?![a-z])/;

/** The column of one unit beside the column read ("per 1 compressa" beside "per dose giornaliera (3 compresse)"). */
function unitColumnBeside(columns: AmountBasis[], amounts: Amount[], col: number): MagnesiumRow['unitColumn'] {
  if (columns.length !== amounts.length || columns[col]?.per === 'unit') return null;
  const i = columns.findIndex((b) => b.per === 'unit');
  const basis = columns[i];
  return basis?.per === 'unit' && basis.unit ? { amount: amounts[i]!, unit: basis.unit } : null;
}

/** A line that is only an amount (and its percent): the wrapped value column of the row above. */
const AMOUNT_ONLY_RE = /^\d[\d.,]{0,12}[ ]{0,2}(?:mg|mcg|µg|g)(?:[ \t]{1,4}\d{1,4}(?:[.,]\d{1,2})?[ ]{0,2}%)?\*?$/;
/** Words that open a row's source list: "(as …)", "aus …", "sous forme de …". */
const SOURCE_WORDS = 'as|from|aus|als|sous forme de|en forme de|como|come|da';
/** A plus, then another nutrient's name ("+ Vitamin B6", "+ 비타민B6", "+ Zink"), not magnesium's. */
const JOINED_OTHER_RE = /^[^\d+]{0,4}\+[ ]{0,2}(?![^\d]*(?:magnes|magnez|магн|마그네슘))\p{L}{2}/iu;

/** A line that goes on with a source list: "and magnesium bisglycinate", "e magnesio bisglicinato". */
const SOURCE_MORE_RE = /^[\s(]{0,3}(?:and|und|et|y|e|en|i|&|\+)[ ]/;
/** A source list cut after a comma inside its open bracket: its next line goes on with it. */
const listGoesOn = (text: string): boolean =>
  /,[ ]*$/.test(text) && (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
/** A line that opens with a source list: the source cell of the row above ("Magnesium" / "(as citrate)"). */
const SOURCE_LINE_RE = new RegExp(String.raw`^[\s(]{0,3}(?:${SOURCE_WORDS})[ ]`);
/**
 * "uit magnesiumcitraat 200 mg", "fra magnesiumcitrat 200 mg": a salt the element comes from, named right after "from" in
 * Dutch, the Nordic languages and Croatian (not "uit de volledige verbinding van: Glycine …", the rest of the compound).
 */
const WEIGHED_SOURCE_RE = /^[\s(]{0,3}(?:uit|fra|fran|iz)[ ](?!de |het |den |det |the )\p{L}/u;
/** A source list in brackets, then the amount: the rest of a row whose name cell wrapped. */
const SOURCE_THEN_AMOUNT_RE = new RegExp(
  String.raw`^\((?:${SOURCE_WORDS})[ ][^)]{2,120}\)[ \t]{1,8}\d[\d.,]{0,8}[ ]{0,2}(?:mg|g)(?![a-z])`,
);

function hasAmountOutsideParentheses(line: string): boolean {
  const { depth } = depthMap(line);
  return findAmounts(line).some((a) => depth[a.start] === 0);
}

/** A day's words starting within three characters after a cell's end: "2 tablets (daily dose)". */
const dayRightAfter = (day: RegExpExecArray | null, end: number): day is RegExpExecArray =>
  !!day && day.index >= end && day.index - end <= 3;

/**
 * "Ravintosisältö / Näringsinnehåll <TAB> 1 kapseli / kapsel / 3 kapselia / kapslar": a header whose
 * cells are counts of units with no "per": "1 capsule" is one unit's column, "3 capsules" a serving's.
 * Only two cells, each ending at a slash, a bracket or the line's end, after a heading's words.
 */
function bareCountCells(
  folded: string,
  serving: { count: number | null; known: boolean } = { count: null, known: false },
): { at: number; basis: HeaderColumn; cell: RegExpExecArray }[] {
  const cells: { at: number; basis: HeaderColumn; cell: RegExpExecArray }[] = [];
  // (A cell ends at the line's end, a slash, a bracket, or where the next count's cell starts: "1 tablet<TAB>2 tablets".)
  for (const m of folded.matchAll(
    /(?<![\d.,])(\d{1,2})[ ]{1,2}(\p{L}{3,14})\.?(?=[ ]?(?:$|\/|\()|[ ]{1,3}\d{1,2}[ ]{1,2}\p{L}|[ ]{1,3}%[ ]?\p{L}{0,6}\*{0,2}(?:[ ]|$)|[ ]{1,3}\p{L}{2,5}[ ]?%\*{0,2}[ ]*$)/gu,
  )) {
    const unit = unitKind(m[2]!);
    if (!unit || unit === 'serving' || unit === 'ml') continue;
    const basis: HeaderColumn = m[1] === '1' ? { per: 'unit', unit: m[2]! } : { per: 'serving' };
    cells.push({ at: m.index, basis, cell: m as RegExpExecArray });
  }
  // A heading's words first ("Ravintosisältö"), then one unit's column, then a serving's of several.
  // (Or no words where each count has its reference's column: "<TAB>1 kapslis<TAB>%RV*<TAB>2 kapslis<TAB>%RV*". A bare
  // "1 tablet / 2 tablets" is no header.)
  // (Nor words where the second count is the day's: "1 kapsułka | 2 kapsułki (dzienna porcja) | %RWS*".)
  const lead = folded.slice(0, cells[0]?.at ?? 0).trim();
  const headed =
    cells.length > 0 &&
    (/^\p{L}[^\d]*$/u.test(lead) ||
      (!lead && /^\d[ ]{1,2}\p{L}{3,14}[ ]{1,3}%/u.test(folded.trim())) ||
      (!lead &&
        cells.length === 2 &&
        (dayRightAfter(PER_DAY_RE.exec(folded), cells[1]!.at + cells[1]!.cell[0].length) ||
          // ("<TAB>1 tabletti<TAB>2 tablettia<TAB>% saantisuosituksesta": the two counts' cells, then their reference's.)
          /^[ ]{1,3}%/.test(folded.slice(cells[1]!.at + cells[1]!.cell[0].length)) ||
          // ("1 kaps.<TAB>4 kaps." under "Ravintosisältö": a line of nothing but the two columns' counts, in cells.)
          /^\d{1,2}[ ]{1,2}\p{L}{3,14}\.?[ ]{1,3}\d{1,2}[ ]{1,2}\p{L}{3,14}\.?$/u.test(folded.trim()))));
  if (headed && cells.length === 2 && cells[0]!.basis.per === 'unit' && cells[1]!.basis.per === 'serving') {
    // "Serving Size 1 Capsule" above "1 capsule | 2 capsules": the printed serving's column is the serving's.
    const [one, more] = cells as [(typeof cells)[0], (typeof cells)[0]];
    if (!serving.known || serving.count === null || Number(more.cell[1]) === serving.count) return cells;
    if (Number(one.cell[1]) === serving.count)
      return [
        { ...one, basis: { per: 'serving' } },
        { ...more, basis: { per: 'aside' } },
      ];
    return [];
  }
  // "3 tablets<TAB>NRV** (3 tablets)": a table's header of one count's column, then its reference
  // intake's: the rows are that serving's.
  const one = ONE_COUNT_THEN_REFERENCE_RE.exec(folded);
  const unit = one ? unitKind(one[3]!) : null;
  if (!one || !unit || unit === 'serving' || unit === 'ml') return [];
  const cell = /(\d{1,2})[ ]{1,2}\p{L}{3,14}/uy;
  cell.lastIndex = one[1]?.length ?? 0;
  const m = cell.exec(folded);
  return m ? [{ at: m.index, basis: { per: 'serving' }, cell: m }] : [];
}

/** "3 tablets  NRV** (3 tablets)", "Tabelle  1 capsule  % DV", "2 tablettia  %*": heading words, one count, a reference intake's column. */
const ONE_COUNT_THEN_REFERENCE_RE = new RegExp(
  String.raw`^(\p{L}[^\d]{0,40}[ ])?(\d{1,2})[ ]{1,2}(\p{L}{3,14})\.?[ ]{1,3}(?:(?:%[ ]?)?${REFERENCE_INTAKE}(?![a-z])|(?:[a-z]{2,4}[ ]?)?%[ ]?\*{0,2}[ ]*$)`,
  'u',
);

const PER_N_UNITS_ALL_RE = new RegExp(PER_N_UNITS_RE.source, 'g');

function countWord(token: string): number | null {
  return /^\d/.test(token) ? Number(token) : (NUMBER_WORDS[token] ?? null);
}

/** The serving size printed so far, as a count of units, and what the directions take at one time. */
interface ServingNow {
  count: number | null;
  known: boolean;
  taken?: UnitCount | null;
  takenMl?: readonly number[];
}

/** Columns for groups of people ("(Men)", "(Women)", "Kinder"): each is a dose, none is set aside. */
const GROUP_COLUMN_RE =
  /(?<![a-z])(?:men|women|adults?|children|kids|teens|manner|frauen|erwachsene|kinder|hommes|femmes|adultes|enfants|hombres|mujeres|adultos|ninos)(?![a-z])/;

/**
 * "Amount Per 2 Capsules | % DV | Amount Per 3 Capsules | % DV", "Per 1 tablet | Per 2 tablets": a
 * column for each of several counts of one unit. One unit's column is the unit's; the serving's is the
 * count the serving size names, else (no serving size) the largest; any other count's column is set
 * aside. Not where the serving size names none of them or a range, where a column is a day's, or where
 * the columns are for groups of people (men's and women's doses): those stay ambiguous.
 */
function countedColumns(
  folded: string,
  serving: ServingNow,
): { cols: { at: number; basis: HeaderColumn }[]; servingCell: RegExpExecArray } | null {
  // ("% VNR* pour 3 gélules", "% AR* (pour 4 comprimés)": a reference's column names its count again; it is no column of
  // amounts.)
  const found = [...folded.matchAll(PER_N_UNITS_ALL_RE)]
    .map((m) => ({ m, n: countWord(m[1]!) }))
    .filter(
      ({ m, n }, k, all) =>
        !all.slice(0, k).some((f) => f.n === n) ||
        !/%[ ]?[a-z]{0,5}[* ]{0,4}(?:\([ ]?)?$/.test(folded.slice(Math.max(0, m.index - 12), m.index)),
    );
  if (found.length < 2 || found.length > 3 || found.some((f) => f.n === null)) return null;
  if (PER_DAY_RE.test(folded) || GROUP_COLUMN_RE.test(folded)) return null;
  const counts = found.map((f) => f.n!);
  if (new Set(counts).size !== counts.length || new Set(found.map((f) => unitKind(f.m[2]!))).size !== 1) return null;
  if (serving.known && (serving.count === null || !counts.includes(serving.count))) return null;
  // ("Per 2 capsules | Per 4 capsules" with "Take 2 capsules daily": the directions' count, else the largest.)
  // ("Pour 2 comprimés | Pour 4 comprimés" with "2 à 4 comprimés par jour": the columns of the directions' least and most;
  // the least is the serving, the most its double.)
  const taken = serving.taken;
  const unit = unitKind(found[0]!.m[2]!);
  const fromTaken =
    taken && taken.unit === unit && counts.includes(taken.max)
      ? taken.min === taken.max
        ? taken.max
        : taken.min > 1 && counts.includes(taken.min)
          ? taken.min
          : null
      : null;
  // ("Pour 5 ml | Pour 10 ml" with "1 dose de 5 ml par jour … 2 doses de 5 ml par jour": the measure the directions name.)
  const measured = unit === 'ml' ? counts.filter((n) => serving.takenMl?.includes(n)) : [];
  const target = serving.count ?? fromTaken ?? (measured.length === 1 ? measured[0]! : Math.max(...counts));
  return {
    cols: found.map(({ m, n }) => ({
      at: m.index,
      basis: n === target ? { per: 'serving' } : n === 1 ? { per: 'unit', unit: m[2]! } : { per: 'aside' },
    })),
    servingCell: found.find((f) => f.n === target)!.m as RegExpExecArray,
  };
}

/**
 * "Per 2 capsules": a header's count of units, the serving's. Not "per 1 compressa" beside a day's
 * column ("per dose massima giornaliera (3 compresse)"): that one is one unit's column.
 */
function perNUnitsServing(folded: string): RegExpExecArray | null {
  const m = PER_N_UNITS_RE.exec(folded);
  return m && !(countWord(m[1]!) === 1 && PER_DAY_RE.test(folded)) ? m : null;
}

/**
 * One unit's column in any language the directions reader knows: "pr. kapsel", "ανά κάψουλα", "w 1 kapsułce",
 * "1 kapselissa", "в 1 капсуле", "1 kapsülde", "(в 1 ампула от 10 ml)"; the cell (its volume, its bracket) ends the line
 * or stands before the next one.
 */
const ONE_UNIT_CELL_RE =
  /(?<![\p{L}\d])(?:(?:per|pro|par|por|pr|pour|ανα|je|na|za|po)\.?[ ]{1,2}(?:1[ ]{1,2})?|(?:в|у|v|u|w|in|en|i)[ ]{1,2}1[ ]{1,2}|1[ ]{1,2})(?:(?:plaska|level|gestrichener?|afgestreken)[ ]{1,2})?(\p{L}{2,16})\.?(?=[ ]*\)?[ ]*:?[ ]*$|[ ]{1,3}(?:%|\(|\/|[\p{L}%]{1,6}[ ]?%|[a-z]{2,4}\*{0,3}$)|[ ]{1,2}(?:от|of|de|di|da|van|von|z|ze|iz|od)[ ]{1,2}\d{1,3}[ ]?(?:ml|мл|g|г)\)?[ ]*:?[ ]*$)/u;
/** "Bir porsiyonda (1 tablet)", "per serving (1 capsule)": a count in the bracket right after a serving's words is its size. */
function inServingBracket(folded: string, at: number): boolean {
  const before = folded.slice(0, at);
  const head = before.replace(/[ ]?\([ ]?$/, '');
  const serving = head !== before ? PER_SERVING_RE.exec(folded) : null;
  return !!serving && serving.index + serving[0].length === head.length;
}
function oneUnitCell(folded: string): RegExpExecArray | null {
  const m = ONE_UNIT_CELL_RE.exec(folded);
  // ("1 kapseli / 3 kapselia", "1 tablet / 2 tablets": cells of several counts are read as such, or not at all; a
  // reference's cell, "% RHP* na 1 odmerku", counts no column.)
  const rest = m
    ? folded
        .slice(m.index + m[0].length)
        .replace(/%[ ]?\p{L}{0,5}\*{0,3}[ ]{1,2}(?:per|pro|par|por|pour|je|na|za|po)[ ]{1,2}(?:1[ ]{1,2})?\p{L}{2,16}/gu, ' ')
    : '';
  if (!m || /\d{1,2}[ ]{1,2}\p{L}{3}/u.test(rest)) return null;
  // ("Dávkování: 1 tobolka": a field's value after its colon, no column.)
  if (/:[ ]*$/.test(folded.slice(0, m.index))) return null;
  // ("Bir porsiyonda (1 tablet)": a serving's bracket names the serving's size, no column of its own.)
  if (inServingBracket(folded, m.index)) return null;
  const kind = unitKind(m[1]!);
  return kind && kind !== 'serving' && kind !== 'ml' ? m : null;
}

/**
 * "Besin Öğeleri | 1 Tablet | Günlük Doz (2 Tablet) | %BRD*": one unit's bare cell right before the day's column, after
 * the heading's words (the day's bracket names its own count).
 */
function oneUnitBeforeDay(folded: string, dayAt: number): RegExpExecArray | null {
  // ("u 1 kapsuli | u dnevnoj dozi (3 kapsule)": the day's cell may open with its preposition.)
  const m = /^(?:\p{L}[^\d]*[ ])?1[ ]{1,2}(\p{L}{3,14})\.?[ ]{1,3}(?:(?:u|w|v|в|у|na|in)[ ]{1,2})?$/u.exec(
    folded.slice(0, dayAt),
  );
  if (!m) return null;
  const kind = unitKind(m[1]!);
  if (!kind || kind === 'serving' || kind === 'ml') return null;
  m.index = dayAt - m[0].length + m[0].search(/1[ ]/);
  return m;
}

/** "100 g'da", "5 g'da", "200 ml'ye" (folded): a Turkish case ending after a measure. */
/** (And after a unit's word: "1 Saşe'de (5 g)", "2 Tablet'te", folded.) */
const CASE_AFTER_MEASURE_RE =
  /(?<=\d[ ]?(?:g|mg|ml)|\d[ ]?(?:sase|tablet|kapsul|olcek|sachet|stick))['’](?:da|de|ta|te|dan|den|ye|ya)(?![\p{L}])/gu;
/** "Pour 2 g (dose journalière)", "per 5 ml": a column per a measure of the product, its basis and no amount. */
const PER_MEASURE_ALL_RE = /(?<![\p{L}])(?:per|pour|pro|por|par|je)[ ]\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:g|ml)(?![\p{L}\d])/gu;
/** The bare measures of such a header's cells ("100 g", "5 g"), its columns' bases and no amounts. */
const BARE_MEASURE_ALL_RE = /(?<![\d.,(])\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:ml|g)(?![\p{L}\d])/gu;

/**
 * "Maistinė vertė<TAB>10 ml<TAB>100 ml<TAB>% RMV*": a measure's bare cell beside a bare 100 ml or 100 g cell, with no
 * "per": the small measure is the serving's column, the hundred's is set aside.
 */
function bareMeasureCells(folded: string): HeaderColumn[] | null {
  // (Cells are parted by spaces once folded; a measure in brackets, "% RMV* (10 ml)", says what a percent is for.)
  const measures = [...folded.matchAll(/(?<![\d(.,/])(\d{1,3}(?:[.,]\d{1,2})?)[ ]?(ml|g)(?![\p{L}\d])(?![^()]*\))/gu)].filter(
    (m) =>
      !/(?<![\p{L}])(?:per|pro|par|por|je|na|w|v|u|in|for|each|pour|para)[ ]{1,2}$/u.test(
        folded.slice(Math.max(0, m.index - 8), m.index),
      ),
  );
  if (measures.length !== 2 || measures[0]![2] !== measures[1]![2]) return null;
  const sizes = measures.map((m) => Number(m[1]!.replace(',', '.')));
  if (!sizes.includes(100) || !sizes.some((n) => n > 0 && n < 100)) return null;
  return sizes.map((n) => (n === 100 ? { per: 'aside' } : { per: 'serving' }));
}

/** A footnote's mark right after a word: "tablette*", "NRV**", "Magnesium†". */
const FOOTNOTE_MARK_RE = /(?<=\p{L})[*†‡]+/gu;
/** The marks as spaces, so offsets stay the line's. */
const withoutFootnoteMarks = (folded: string): string => folded.replace(FOOTNOTE_MARK_RE, (s) => ' '.repeat(s.length));

/** Column bases a header line announces, in column order ("pro Kapsel | pro Tagesdosis (2 Kapseln)"). */
export function headerBasis(marked: string, serving: ServingNow = { count: null, known: false }): HeaderColumn[] | null {
  // ("1 tablette | 2 tablette* | %BRD**": a footnote's mark after a cell's word is no part of it.)
  // (Taken out, not spaced: columns are told apart by their words, "% pv 100 g", not by offsets.)
  // ("100 g'da | 5 g'da (1 ölçek)": a Turkish case ending after a measure is no part of its cell.)
  // ("v jednej obalenej tablete", "w jednej kapsułce": one unit, its number a word, in Slovak, Czech and Polish.)
  const folded = marked.replace(FOOTNOTE_MARK_RE, '').replace(CASE_AFTER_MEASURE_RE, '').replace(SLAVIC_ONE_RE, '1');
  const cols: { at: number; basis: HeaderColumn }[] = [];
  const day = PER_DAY_RE.exec(folded);
  // "Zawartość | 1 tabletka | 2 tabletki (dzienna porcja) | % RWS*": one unit's bare cell, then the day's count with its
  // words right after it.
  const bare = day && !PER_100_INSIDE_RE.test(folded) ? bareCountCells(folded, serving) : [];
  const [one, more] = bare;
  if (
    bare.length === 2 &&
    one!.basis.per === 'unit' &&
    more!.basis.per === 'serving' &&
    (dayRightAfter(day, more!.at + more!.cell[0].length) || day!.index + day![0].length <= one!.at)
  )
    return [
      { per: 'unit', unit: one!.cell[2]! },
      { per: 'day', units: Number(more!.cell[1]), unit: more!.cell[2]! },
    ];
  const measures = bareMeasureCells(folded);
  if (!day && measures) return measures;
  if (day) {
    const units = dayUnits(folded, day.index);
    cols.push({ at: day.index, basis: { per: 'day', units: units ? Number(units[1]) : null, unit: units?.[2] ?? null } });
  }
  // ("Bir porsiyonda (1 tablet)": the count in a serving's bracket is the serving's, no unit's column.)
  // ("… | Pour 1 ampoule (15 ml) | Pour 100 ml | % VNR** par ampoule": the reference's cell names the unit its percent is
  // of; it is no column of amounts.)
  const perUnitWords = PER_UNIT_RE.exec(folded);
  const inReferenceCell = !!perUnitWords && /%[^\t]*$/.test(folded.slice(0, perUnitWords.index));
  const countAt = perUnitWords ? perUnitWords.index + Math.max(0, perUnitWords[0].search(/1[ ]/)) : 0;
  const perUnit =
    (perUnitWords && !inReferenceCell && !inServingBracket(folded, countAt) ? perUnitWords : null) ??
    ONE_UNIT_COLUMN_RE.exec(folded) ??
    oneUnitCell(folded) ??
    UNIT_THEN_PER_RE.exec(folded) ??
    HEBREW_UNIT_CELL_RE.exec(folded) ??
    (day ? oneUnitBeforeDay(folded, day.index) : null);
  if (perUnit) cols.push({ at: perUnit.index, basis: { per: 'unit', unit: perUnit[1]! } });
  // "per 1 compressa | per dose massima giornaliera (3 compresse)": a count of one beside a day's column is one unit's.
  const perN = PER_N_UNITS_RE.exec(folded);
  const oneUnit = perN && !perUnit && day && countWord(perN[1]!) === 1 ? perN : null;
  if (oneUnit) cols.push({ at: oneUnit.index, basis: { per: 'unit', unit: oneUnit[2]! } });
  // ("per dose massima giornaliera" is the day's column, not a serving's "per dose" as well.)
  const servingWords = PER_SERVING_RE.exec(folded);
  const perServing =
    (servingWords &&
    !(day && servingWords.index < day.index + day[0].length && day.index < servingWords.index + servingWords[0].length)
      ? servingWords
      : null) ??
    // ("W 1 kapsułce", "в 1 капсуле": one unit's column, read above, is no serving's as well.)
    (oneUnit || (perUnit && perN && countWord(perN[1]!) === 1) ? null : perN) ??
    CJK_PER_N_UNITS_RE.exec(folded) ??
    UNITS_CONTAIN_HEADER_RE.exec(folded) ??
    N_UNIT_SERVING_HEADER_RE.exec(folded) ??
    SERVING_OF_UNITS_HEADER_RE.exec(folded) ??
    VOLUME_CONTAINS_HEADER_RE.exec(folded) ??
    servingUnitsInBracket(folded);
  const counted = countedColumns(folded, serving)?.cols;
  // "per 20 ml (dagdosering)", "per 2 capsules (daily dose)": the count and, in its bracket, the day it makes: one column, the day's.
  const dayCol = cols.find((c) => c.basis.per === 'day');
  const dayInBracket =
    !counted &&
    perServing === perN &&
    perN &&
    dayCol?.basis.per === 'day' &&
    (dayCol.basis.units === null || dayCol.basis.units === Number(countWord(perN[1]!))) &&
    /^[ ]?\([ ]?$/.test(folded.slice(perN.index + perN[0].length, day!.index));
  if (dayInBracket) dayCol.basis = { per: 'day', units: Number(countWord(perN[1]!)), unit: perN[2]! };
  else if (counted) cols.push(...counted);
  else if (perServing) cols.push({ at: perServing.index, basis: { per: 'serving' } });
  if (!cols.length) cols.push(...bareCountCells(folded, serving));
  // ("Obsah v: | 1 tabletě | %RHP* | 2 tabletách | %RHP*": the cells, one unit's then two units', not one serving's.)
  else if (cols.length === 1 && cols[0]!.basis.per === 'serving' && /\d[ ]{1,2}\p{L}{3,14}[ ]{1,3}%/u.test(folded)) {
    const cells = bareCountCells(folded, serving);
    if (cells.length >= 2 && cells[0]!.basis.per === 'unit') cols.splice(0, 1, ...cells);
  }
  if (!cols.length) return null;
  // "Valori nutrizionali | Per 100 g | Per 2 buste": the per-100 column beside a dose's, kept in its place; so is each
  // of two ("Por 100 g | Por cacito (6 g) | Por 100 ml de bebida preparada").
  for (const hundred of folded.matchAll(PER_100_ALL_RE)) cols.push({ at: hundred.index, basis: { per: 'aside' } });
  // ("Ravintosisältö | 100 g | annos (1 mittalusikallinen, 3 g)": a cell of "100 g" alone, beside a dose's, is that basis too.)
  for (const bare of folded.matchAll(BARE_HUNDRED_IN_HEADER_RE)) cols.push({ at: bare.index, basis: { per: 'aside' } });
  return cols.sort((a, b) => a.at - b.at).map((c) => c.basis);
}

function mergeForms(a: FormFinding[], b: FormFinding[]): FormFinding[] {
  const seen = new Set(a.map((f) => f.id));
  return [...a, ...b.filter((f) => !seen.has(f.id))];
}

/** Depth of parentheses at each index; also whether a ")" closed nothing (a cut-off "(as …"). */
function depthMap(s: string): { depth: Uint8Array; unmatchedCloseAt: number } {
  const depth = new Uint8Array(s.length);
  let d = 0;
  let unmatchedCloseAt = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    // Full-width brackets too ("200mg（提取自2000mg甘氨酸鎂）").
    if (c === '(' || c === '[' || c === '（' || c === '［') {
      d = Math.min(d + 1, 200);
      depth[i] = d;
      continue;
    }
    if (c === ')' || c === ']' || c === '）' || c === '］') {
      depth[i] = d;
      if (d === 0) {
        if (unmatchedCloseAt < 0) unmatchedCloseAt = i;
      } else d--;
      continue;
    }
    depth[i] = d;
  }
  return { depth, unmatchedCloseAt };
}

const ELEMENTAL_NAME_RE = new RegExp(
  String.raw`^[ *†‡#¹²³]{0,6}(?:(?:wirkstoffe?|active ingredients?|principes? actifs?|principios? activos?|principio attivo|principi attivi|substances? actives?|werkzame stof(?:fen)?|активные вещества|де[йи]ствующие вещества|активно вещество|ucinna latka|ucinne latky|substanta activa):[ ]{1,2})?(?:(?:(?:total|toplam|gesamt|totale|totaal|celkovy|obsah|calkowity|osszes|kokonais|jumlah|συνολο|συνολικ[οηα]|एलिमेंटल|elemental|elementares|elementarem|elementair|elementaire|elementale|elementel|elementarn[a-z]{1,3}|elementaar[a-z]{0,3}|elementar(?:ais|ai|a|us|usis|aus)|elemi|στοιχειακ[α-ω]*|[эе]лементарн[а-яі]{1,4}|reines|${PROVIDING_WORDS}|soit|${OF_WHICH_WORDS}):? ){1,2}|(?:(?:quantite|quantity|amount|menge|cantidad|quantita) )?(?:correspondant|correspondante|corresponding|correspondiente|corrispondente|(?:sto |kar )?(?:odgovara|ustreza)|entsprechend|equivalent|equivalente|equiv\.?|overeenkomend met|odpowiadajac[ay]|setara(?: dengan)?|bersamaan(?: dengan)?|tuong (?:duong|ung)(?: voi)?|(?:что |що )?(?:соответствует|эквивалентно|відповідає|еквівалентно)(?: (?:суммарному )?(?:содержанию|вмісту))?|(?:което )?(?:съответства|съответстващ[оа]?) на)(?: (?:a|to|al|ad|de|en|of)(?= ?m))?:? ?)?(?:magnesium(?:ia|in)?|magnesio|magnezium|magnezij|magneziu|magnez|magie|magnesi|horcik[a-z]{0,2}|magni[os]|magnij[as]|${OTHER_SCRIPT_MAGNESIUM.join('|')}|magnezyum|magnezijum[au]?|magneesium(?:i|it)?|магни[ияею]|магнези[ия]|магнезиј?ум|магні[июя]|mg)(?: ?2\+| ?\+\+|[ -]?ion(?:en|s)?| elemental| elementare| elementaire| elementarny| elementarni| elementair| elementar| element| unsur| total| \(?elemental\)?| gesamt| insgesamt| totale| totaal| toplam| celkem| celkom| spolu| ogolem| lacznie| osszesen| yhteensa| totalt| i alt| kokku| is viso| kopa| ukupno| skupaj| के रूप में)?[ *†‡#¹²³,:-]{0,8}$`,
);
// ("Magnésium — bisglycinate 56,25 mg": the source after a dash, as a review's table prints it.)
const SOURCE_PHRASE_RE =
  /^[ *†‡#¹²³]{0,6}(?:davon |of which )?(?:magnesium|magnesio|magnezij|magnezyum|magnez(?:u)?|horcik(?:u)?|magneziu|magie|magnesi|mg)(?:[ *†‡,:]{0,6}(?:aus|from|as|als|sous forme de|en forme de|de|como|come|da|in form von|iz|sebagai|som|ως|w postaci|w formie|jako|ve forme|vo forme|sub forma de|din|duoi dang)[ ]|[ ]{1,2}[—–-][ ]{1,2}(?=[a-z]))|^[ *]{0,6}(?:магни[ияюе]|магні[ияю])[ ,:]{0,3}(?:в виде|в форме|у вигляді|у формі|из|із)[ ]/;

/** "of the compound gives", "of the salt": the figure before it weighs a salt in general, a table's basis. */
const COMPOUND_BASIS_AFTER_RE =
  /^[ ]{0,2}(?:of (?:the )?(?:compound|salt|whole compound|magnesium salt)|der verbindung|du compose|del compuesto)(?![a-z])/;

/** "(equiv. magnesium 30 mg)", "(equivalent to elemental magnesium 30 mg)": a bracket that gives the element's amount. */
const EQUIV_IN_NAME_RE =
  /\((?:equiv\.?|equivalent|eq\.?)(?:[ ]to)?[ ]{1,2}(?:elemental[ ]{1,2})?magnesium[ ]{1,2}\d[\d.,]*[ ]?mg\)/i;
/** How far a bracketed figure may stray from the salt's magnesium share (labels round it). */
const BRACKET_SHARE_SLACK = 0.05;

const MAGNESIUM_WORDS = String.raw`(?:${LATIN_MAGNESIUM}|${CYRILLIC_MAGNESIUM}|${OTHER_SCRIPT_MAGNESIUM.join('|')})`;
const MAGNESIUM_WORD_RE = new RegExp(MAGNESIUM_WORDS);
/** What a bracket after a salt's weight opens with when it gives the element's: "=", "equiv.", "entspricht", "(эквивалентно содержанию Mg2+ 100 мг)". */
const BRACKET_EQUIVALENT = String.raw`=|~|ca\.?|approx\.?|equiv(?:alent)?\.?(?: to)?|providing|yielding|supplying|entspr(?:\.|icht|echend)|soit|dont|davon|di cui|เทียบเท่า|setara dengan|bersamaan dengan|equivalente a|corrispondente a|odpowiada|(?:что )?(?:соответствует|эквивалентно)(?: содержанию)?|(?:що )?(?:відповідає|еквівалентно)(?: вмісту)?|eli|svarende til|motsvarande|(?:co )?(?:z?odpovid\w*|z?odpoved\w*)|в пере(?:с|рас)чете на|у перерахунку на|expressed as|calculated as|(?:ซึ่ง)?ให้`;
/**
 * "(equiv. magnesium 80 mg)", "(= 80 mg)", "(providing 80 mg elemental magnesium)", folded; "(що еквівалентно 11,8 мг іонів
 * магнію)", "(equivalent to 11.8 mg of magnesium ions)": the element counted as its ions.
 */
const BRACKET_ELEMENTAL_RE = new RegExp(
  String.raw`^[ \t]{0,6}\([ ]{0,2}(?:(?:${BRACKET_EQUIVALENT})[ ]{0,2})?(?:(?:elemental )?(?:${MAGNESIUM_WORDS}|mg(?=[ ]?2\+|\+\+))(?:[ ]?2\+|\+\+|(?:으)?로서)?[ ]{0,2}[:–-]?[ ]{0,2})?(\d[\d.,]*[ ]{0,2}(?:mg|мг|มก\.?))(?:[ ]{1,2}(?:of |de |di )?(?:elemental )?(?:(?:ions?|іонів|ионов|jonow) (?:of )?)?${MAGNESIUM_WORDS}(?:[ ]ions?)?(?:,?[ ]{0,2}mg[ ]?2\+)?)?[ ]{0,2}\)`,
);
/**
 * The amount in brackets right after a salt's weight ("470 mg (48 mg)"), when it is that salt's
 * magnesium: its share of the weight lies within the named forms' elemental fractions. A second salt
 * weight ("280 mg (350 mg)", anhydrous and hydrate) or a figure for something else does not fit.
 */
function elementalInBrackets(text: string, salt: Amount, forms: FormFinding[]): Amount | null {
  // ("(equiv. magnesium 80 mg)", "(= 80 mg)", "(providing 80 mg elemental magnesium)": the same, said.)
  // (In other languages too: "(что соответствует содержанию магния 80 мг)", "(entspricht 80 mg Magnesium)".)
  const m = BRACKET_ELEMENTAL_RE.exec(fold(text.slice(salt.end)));
  if (!m || !forms.length) return null;
  const inside = findAmounts(m[1]!)[0];
  const fractions = forms.map((f) => FORM_BY_ID[f.id]?.fraction);
  if (!inside || !(salt.mg > 0)) return null;
  const share = inside.mg / salt.mg;
  // A salt of no one fraction (an amino acid chelate) whose bracket names magnesium: its word, if a share a salt can hold.
  const saysMagnesium = MAGNESIUM_WORD_RE.test(m[0]);
  if (fractions.some((f) => !f)) return saysMagnesium && share > 0.05 && share < 0.65 ? bracketAmount(salt, m, inside) : null;
  // (A bracket that names magnesium, "Magnesium glycinate dihydrate 1.03 g (equiv. magnesium 120 mg)", may weigh a hydrate the
  // catalogue has no share for: water only lowers the share, so down to three quarters of the lightest known is the salt's.)
  const lo = Math.min(...fractions.map((f) => f!.min)) * (1 - BRACKET_SHARE_SLACK) * (saysMagnesium ? 0.75 : 1);
  const hi = Math.max(...fractions.map((f) => f!.max)) * (1 + BRACKET_SHARE_SLACK);
  if (share < lo || share > hi) return null;
  return bracketAmount(salt, m, inside);
}

/** The bracket's amount, placed in the row's text. */
function bracketAmount(salt: Amount, m: RegExpExecArray, inside: Amount): Amount {
  const start = salt.end + m.index + m[0].indexOf(m[1]!);
  return { ...inside, start, end: start + m[1]!.length };
}

/**
 * "Magnesium aspartate (in the form of … tetrahydrate) 280 mg (350 mg)": the salt's weight and, in
 * brackets, the same salt weighed as a hydrate. Where the two weights are in the ratio of two of the
 * salt's known hydrates (within 1%), the figure outside the bracket is the lighter hydrate's weight.
 */
function hydrateOfWeights(text: string, salt: Amount, forms: FormFinding[]): Hydrate | null {
  const hydrates = forms.length === 1 ? FORM_BY_ID[forms[0]!.id]?.fraction?.hydrates : undefined;
  // "(350 mg)", "(у вигляді 350 мг магнію аспарагінату тетрагідрату)": the same salt weighed as another hydrate.
  const m =
    /^[ ]{0,2}\([ ]{0,2}(?:(?:as|in the form of|als|in form von|sous forme de|en forma de|in forma di|у вигляді|в виде|във вид на)[ ]{1,2})?(\d[\d.,]*[ ]{0,2}(?:mg|мг))(?:[ ]{1,2}[^\d()]{2,80})?[ ]{0,2}\)/i.exec(
      text.slice(salt.end),
    );
  const bracketed = m ? findAmounts(m[1]!)[0] : undefined;
  if (!hydrates || !bracketed || !(salt.mg > 0)) return null;
  const ratio = bracketed.mg / salt.mg;
  const entries = Object.entries(hydrates) as [Hydrate, number][];
  for (const [outside, outsideShare] of entries)
    for (const [, insideShare] of entries)
      if (Math.abs(ratio - outsideShare / insideShare) <= 0.01 * ratio && outsideShare !== insideShare) return outside;
  return null;
}

/**
 * "magnesium / magnesium" → "magnesium": the first of the names of the element a bilingual (or Swiss trilingual,
 * "Magnesium / Magnésium / Magnesio") row gives (else the name as is; "Magnesium / Magnesium citrate" names a salt,
 * whose weight it is).
 */
function firstOfNames(name: string): string {
  const parts = name.split(/[ ]?\/[ ]?/);
  // (Each part read as a name before an amount, as the row gives it: Vietnamese "Magie" is magnesium there.)
  const element = (part: string) =>
    part.length >= 3 && part.length <= 40 && magnesiumMentions(`${part} 1 mg`).length > 0 && !formsNearMagnesium(part).length;
  return parts.length >= 2 && parts.length <= 4 && parts.every(element) ? parts[0]! : name;
}

/** A salt row's name outside brackets is a few words ("Magnesium Bisglycinate Chelate (TRAACS)"). */
const MAX_ROW_NAME_WORDS = 8;

/** "… per tablet", "… tablettánként", "… pro Tablette": the weight before it is one unit's. */
const PER_UNIT_AFTER_RE =
  /^[ ,]{0,3}(?:(?:per|pro|par|por|je|in each|in one)[ ]{1,2}(?:1[ ]{1,2}|une?[ ]{1,2}|one[ ]{1,2})?(capsule|tablet|caplet|softgel|sachet|kapsel|tablette|brausetablette|gelule|comprime|capsula|comprimido|compressa|bustina)|(tablettankent|kapszulankent))(?![a-z])/;
/** A percent printed right after a row's amount ("200 mg (53%) per 2 capsules"): not the basis's words. */
const PERCENT_LEAD_RE = /^[ ,]{0,3}\(?\d[\d.,]*[ ]?%\)?/;
/** After a row's amount, its basis of 100 g, 100 ml or a litre: "per 100 ml", "/100 g", "mg/l" (a water's analysis). */
const PER_100_AFTER_RE = new RegExp(
  String.raw`^[ ,]{0,3}(?:${PER_100}|\/[ ]{0,2}(?:100[ ]{0,2}(?:g|gr|ml|г|мл)|1?[ ]?l|л)(?![a-z0-9]))`,
);
/**
 * After a row's amount, the count of units it is for: "per 10 ml", "/ 2 Kapseln", "na 2 tabletki", "в 10 мл",
 * and the locative of Hungarian, Finnish and Turkish: "2 kapszulában", "10 ml:ssa", "2 kapsülde".
 */
const ROW_PER_N_RE =
  /^[ ,]{0,3}(?<per>(?:\/|(?<![a-zа-я])(?:per|pr\.|pro|par|pour|por|para|je|na|w|v|ve|u|la|in|dans|en|в|на|у|ανα)[ ]{1,2})[ ]{0,2})?(?<count>\d{1,3}(?:[.,]\d{1,2})?)[ ]{0,2}(?<unit>[^\s\d.,;:()/'-]+)(?<suffix>[-:'](?:ban|ben|ssa|ssä|de|da|te|ta)(?![a-z]))?/;
/** A unit's word in a locative case, its ending joined on: "kapszulában", "kapselissa", "kapsülde". */
const LOCATIVE_UNIT_RE = /(?:ban|ben|ssa|ssä|de|da)$/;
/** After a row's amount, one unit and nothing else: "97.2mg (4mmol) chewable tablet", "400 mg per capsule". */
const UNIT_AFTER_AMOUNT_RE =
  /^[ ]{0,2}(?:\([^)]{0,30}\)[ ]{0,2})?(?:(?:per|in each|each|in one)[ ]{1,2})?(?:(?:chewable|film-coated|coated|effervescent|soft|hard|vegetarian|sugar-free)[ ]{1,2}){0,2}(tablet|capsule|caplet|softgel|sachet|ampoule|vial)(?:[ ]{1,2}(?:sugar-free|sr|mr|xl))?[ .]{0,2}$/;
/** A magnesium salt by its name's ending ("Magnesium-L-Glutamat", "magnesium fumarate"). */
const UNNAMED_SALT_RE = /^(?:magnesium|magnesio|magnez\w*)[ -]{1,2}(?:[a-z]-)?[a-z]{3,}(?:at|ate|ato|aat)(?![a-z])/;
/** "… und 165,4 mg …": "and" before the next amount, in the languages the reader knows. */
const AND_WORDS = 'and|und|et|e|y|i|es|en|og|och|ve|dan|и|і|та';
/** Split on the printed text: Hungarian "és" keeps its accent there. */
const AND_BEFORE_AMOUNT_RE = new RegExp(String.raw`(?<=\S)[ ]{1,2}(?:${AND_WORDS}|és)[ ]{1,2}(?=\d)`);
/** Where a salt's name written amount first ends: a bracket, a sentence, "per tablet", "and" before the next amount, "equivalent to". */
const SALT_NAME_END_RE = new RegExp(
  String.raw`[(;]|,(?!\d)|\.(?:[ ]|$)|[ ]{1,2}(?:per|pro|par|por|je|tablettankent|kapszulankent)(?![a-z])|[ ]{1,2}(?:${AND_WORDS})[ ]{1,2}(?=\d)|[ ]{1,2}(?:entsprechend|equivalent to|equivalente a|corresponding to|correspondant a|soit|pari a)(?![a-z])`,
);
/**
 * "Each serving provides", "Each 2-capsule serving delivers a full", "Jede Portion enthält": words that
 * say the amount after them is one serving's (and may count its units); a bullet's caption may come first.
 */
const SERVING_STATEMENT_RE = new RegExp(
  String.raw`^(?:[^:.]{2,40}(?::|[ ][–—-])[ ]{1,2})?(?:each|every|one|1|per|jede|chaque|cada|ogni|elke|kazda)[ ]{1,2}(?:(\d{1,2}|two|three|four)[- ](\p{L}{3,12})[ ]{1,2})?(?:(?:daily|single|full|recommended)[ ]{1,2})?(?:${PORTION_WORDS}|dose|dosis)(?:[ ]{1,2}(?:of|von|de|di|van)[ ]{1,2}(\d{1,2}|two|three|four)[ ]{1,2}(\p{L}{3,12}))?[ ,]{1,2}(?:contains?|provides?|delivers?|supplies|gives|offers|enthalt|liefert|contient|fournit|contiene|aporta|proporciona|bevat|levert|zawiera)(?:[ ]{1,2}you)?(?:[ ]{1,2}(?:a full|a total of|approximately|about|roughly|around|over))?(?![\p{L}])`,
  'u',
);

/** A salt's weight written amount first: "500 mg", "1,5 g of". */
// ("1,000 mg of fully reacted magnesium bisglycinate chelate": a seller's word before the salt is no part of its name.)
const LEADING_AMOUNT_RE =
  /^(\d{1,4}(?:[.,]\d{1,3})?[ ]?(?:mg|g|мг|г))[ ]{1,2}(?:of[ ]{1,2}(?:(?:fully[ ])?(?:reacted|chelated|pure|premium|micronized)[ ])?|de[ ]{1,2}|di[ ]{1,2}|d'[ ]?)?/;

/**
 * "Each tablet contains 500 mg magnesium orotate dihydrate.", "500 mg magnézium-orotát-dihidrát
 * tablettánként": a salt's weight written amount first, as medicines' composition sections put it,
 * read as the row "magnesium orotate dihydrate 500 mg" of the unit it names.
 */
function amountFirstRow(line: string, header: HeaderColumn[], percentKindHint: 'dv' | 'nrv' | null): MagnesiumRow | null {
  const columns = header.filter((c): c is AmountBasis => c.per !== 'aside');
  const text = line.replace(BULLET_RE, '').trim();
  const folded = fold(text);
  const unit = oneUnitHeader(folded);
  const servingHead = unit ? null : SERVING_STATEMENT_RE.exec(folded);
  const head = unit ?? servingHead;
  const from = head ? head[0].length + (/^[ ]{0,2}:?[ ]{0,2}/.exec(folded.slice(head[0].length))?.[0].length ?? 0) : 0;
  const lead = LEADING_AMOUNT_RE.exec(folded.slice(from));
  if (!lead) return null;
  const start = from + lead[0].length;
  // "420 mg magnézium-oxidot és 150 mg aszkorbinsavat": the name ends where SALT_NAME_END_RE says.
  const stop = SALT_NAME_END_RE.exec(folded.slice(start));
  const end = start + (stop ? stop.index : Math.min(folded.length - start, 80));
  const salt = text.slice(start, end).trim();
  if (!salt || salt.length > 80 || findAmounts(salt).length) return null;
  // The name must open on the salt: magnesium or its form first ("Magnesiumcitrat", "citrate de magnésium").
  const named = formsNearMagnesium(salt);
  const opens =
    magnesiumMentions(salt).some((m) => m.start <= 2 && !m.excipient) ||
    named.some((f) => fold(salt).startsWith(fold(f.source).slice(0, 4)));
  // "Magnesium-L-Glutamat Tetrahydrat": a salt of magnesium the catalogue does not name.
  const unnamedSalt = !named.length && UNNAMED_SALT_RE.test(fold(salt));
  if ((!named.length && !unnamedSalt) || !opens) return null;
  const perUnit = PER_UNIT_AFTER_RE.exec(folded.slice(end));
  const unitWord = unit?.[2] ?? perUnit?.[1] ?? perUnit?.[2];
  const basis: AmountBasis[] = unitWord
    ? [{ per: 'unit', unit: unitKind(unitWord.replace(/nkent$/, '')) ?? unitWord }]
    : servingHead
      ? [{ per: 'serving' }]
      : columns;
  // "280 мг магнію аспарагінату (у вигляді 350 мг … тетрагідрату)": the bracket after the name goes with the weight.
  const bracket = /^[ ]{0,2}\([^()]{1,100}\)/.exec(text.slice(end))?.[0] ?? '';
  const row = readMagnesiumRow(`${salt}\t${text.slice(from, from + lead[1]!.length)}${bracket}`, basis, percentKindHint);
  if (row?.reading !== 'compound') return null;
  if (!servingHead) return { ...row, text: quote(text, 300) };
  const count = servingHead[1] ?? servingHead[3];
  const countedUnit = servingHead[2] ?? servingHead[4];
  // ("Every 2-capsule serving": the unit said once, counted twice.)
  const counted = countedUnit && (countWord(count ?? '1') ?? 1) > 1 ? pluralUnit(countedUnit) : countedUnit;
  const servingNamed = count && countedUnit && unitKind(countedUnit) ? `${countWord(count)} ${counted}` : null;
  return { ...row, text: quote(text, 300), basisNamed: true, servingNamed };
}

/** "12,3 mmol (", "10 mmol<TAB>", "1,65 mmol = ": millimoles right before an amount in milligrams, in brackets, a cell of its own or equated. */
const MMOL_BEFORE_RE = /(\d{1,3}(?:[.,]\d{1,3})?)[ ]?(mmol|meq|ммоль)[ ]{0,2}[(\t=][ \t]{0,2}$/i;

/** "(4mmol)", "= 10 mmol" right after an amount that is that many millimoles of magnesium (3% for rounding). */
function mmolOfMagnesium(after: string, mg: number): boolean {
  // "84 mg, or 7 mEq of elemental magnesium": milliequivalents, two to a millimole of magnesium.
  const m = /^[ ]{0,2}(?:[(=]|,?[ ]{1,2}(?:or|oder|ou|o|soit|bzw\.?))[ ]{0,2}(\d{1,3}(?:[.,]\d{1,3})?)[ ]?(mmol|meq|ммоль)/i.exec(
    after,
  );
  if (!m) return false;
  const mmol = Number(m[1]!.replace(',', '.')) / (/meq/i.test(m[2]!) ? 2 : 1);
  return Math.abs(mmol * MG_PER_MMOL_MAGNESIUM - mg) <= mg * 0.03;
}

/** "USP", "BP", "IP", "Ph. Eur.": the pharmacopoeia a row's ingredient meets, right before its amount. */
const PHARMACOPOEIA_BEFORE_AMOUNT_RE = /(?<=[\p{L})])[ ]+(?:USP|BP|IP|EP|NF|JP|Ph\.?[ ]?Eur\.?)(?=[ \t]+\d|\t)/gu;

/** A magnesium row, or null when the line is not one. Exported for tests. */
/** A word for what a row holds, then its basis, after the nutrient's name ("Magnesium content per capsule"). */
const BASIS_IN_NAME_RE =
  /[ ,]{1,3}(?:content|contents|level|gehalt|teneur|contenido|contenuto|gehalte|zawartosc|obsah|tartalom)?[ ]{0,2}((?:per|pro|par|por|je|each|w|v|na)[ ]{1,2}[\p{L}\d ()]{3,40}?)?[ :]*$/u;

/**
 * "Magnesium per serving<TAB>250 mg", "Magnesium per capsule 100 mg", "Magnesium content 250 mg": the
 * basis a shop's table prints in the row's name, and where the name proper ends.
 */
function basisInName(name: string): { at: number; basis: AmountBasis | null } | null {
  const m = BASIS_IN_NAME_RE.exec(name);
  if (!m || !m[0].trim().replace(/[:,]/g, '')) return null;
  if (!m[1]) return { at: m.index, basis: null };
  const columns = headerBasis(m[1]);
  const only = columns?.length === 1 ? columns[0]! : null;
  return only && only.per !== 'aside' ? { at: m.index, basis: only } : null;
}

/** A list's separator, then another nutrient's name ("… - Vitamine B6", ", zinc", ", витамин В6"; folded: й is и). */
const ANOTHER_NUTRIENT_NEXT_RE =
  /(?:[,;]|[ ][-–—][ ])[^,;\t]{0,20}?(?<![a-z])(?:vitamin[ae]?|witamin[ay]?|zinc|zink|cynk|zinco|calcium|calcio|kalzium|potassium|potasio|kalium|selenium|selen|iron|eisen|hierro|ferro|b6|b12|d3|k2|витамин|вітамін|цинк|кальци[ийяю]|кальці[ийяю]|кали[ийяю]|калі[ийяю]|селен|пиридоксин|піридоксин|в6|в12)(?![a-z])/;

function readMagnesiumRow(
  line: string,
  header: HeaderColumn[] = [{ per: 'serving' }],
  percentKindHint: 'dv' | 'nrv' | null = null,
  /** The header names one dose column and then reference levels: the first amount is the dose. */
  doseThenReference = false,
): MagnesiumRow | null {
  // "Magnesium | 20mg | 5%DV": a table flattened with pipes between its cells.
  const cells = line
    .replace(BULLET_RE, '')
    .replace(/[ ]*\|[ ]*/g, '\t')
    .trim();
  // "(Quantité correspondante en magnésium … 0,1044 mg)": a whole row in brackets, under its salt's row.
  const shown =
    /^\(.*\)$/.test(cells) &&
    depthMap(cells)
      .depth.slice(1, -1)
      .every((d) => d > 0)
      ? cells.slice(1, -1).trim()
      : cells;
  // "Magnesium (as Magnesium sulphate) BP 1mg": a pharmacopoeia's grade before the amount is no part
  // of the name (blanked, so offsets still match the row as shown).
  const text = shown.replace(PHARMACOPOEIA_BEFORE_AMOUNT_RE, (m) => ' '.repeat(m.length));
  if (!text.trim()) return null;
  const folded = fold(text);
  // "providing 200 mg elemental magnesium" continues the row above; "providing Magnesium<TAB>240 mg", a
  // sub-row's name then its amount, is the element's own row.
  if (/^(?:providing|provides|yielding|supplying|\(providing)(?! (?:elemental )?magnesium[ :]{1,3}\d)/.test(folded)) return null;
  const { depth, unmatchedCloseAt } = depthMap(text);
  let amounts = findAmounts(text).filter((a) => depth[a.start] === 0 && (unmatchedCloseAt < 0 || a.start > unmatchedCloseAt));
  // "магний (оксид) 250 мг, витамин D3 25 мкг, …": magnesium is weighed in milligrams; a figure in
  // micrograms on its line is another nutrient's, no column of its.
  if (amounts.some((a) => a.unit !== 'mcg')) amounts = amounts.filter((a) => a.unit !== 'mcg');
  // "Magnésium 56 mg (15 % VNR) - Vitamine B6 0,7 mg (50 % VNR)": the list goes on to another nutrient, whose figures
  // are its own.
  const next = amounts.findIndex((a, i) => i > 0 && ANOTHER_NUTRIENT_NEXT_RE.test(folded.slice(amounts[i - 1]!.end, a.start)));
  if (next > 0) amounts = amounts.slice(0, next);
  // "Magnesium<TAB>12,3 mmol (300 mg)": millimoles first, the milligrams they come to in brackets, are the row's amount.
  let mmolAt = -1;
  if (!amounts.length) {
    for (const a of findAmounts(text)) {
      const m = MMOL_BEFORE_RE.exec(text.slice(Math.max(0, a.start - 24), a.start));
      if (a.unit !== 'mg' || depth[a.start] !== 1 || !m || !mmolOfMagnesium(`(${m[1]} ${m[2]})`, a.mg)) continue;
      amounts = [a];
      mmolAt = a.start - m[0].length;
      break;
    }
  }
  // "Magnesium 10 mmol<TAB>243 mg": the same, the brackets turned into a cell of its own.
  const mmolCell = amounts[0] && MMOL_BEFORE_RE.exec(text.slice(Math.max(0, amounts[0].start - 24), amounts[0].start));
  if (mmolCell && mmolOfMagnesium(`(${mmolCell[1]} ${mmolCell[2]})`, amounts[0]!.mg))
    mmolAt = amounts[0]!.start - mmolCell[0].length;
  const first = amounts[0];
  // "Elemental magnesium (approx.) | 1,000 mg of the compound gives | Known for": a table's header, its
  // figure the weight of salt each row's share is taken of, no amount of magnesium.
  if (first && COMPOUND_BASIS_AFTER_RE.test(fold(text.slice(first.end)))) return null;
  // No amount: the name ends at the first percent ("Magnesium (from citrate,\t\t0%").
  // "Magnesium 114-342 mg": the name ends before the range's low end.
  const rangeAt = first
    ? /\d{1,4}(?:[.,]\d{1,2})?[ ]{0,2}[-–][ ]{0,2}$/.exec(text.slice(Math.max(0, first.start - 12), first.start))
    : null;
  // "Magnesium<TAB>53%<TAB>211.4 mg": a percent column before the amount's also ends the name.
  const firstPercent = findPercents(text)[0]?.start ?? text.length;
  const nameEnd = Math.min(
    mmolAt >= 0 ? mmolAt : first ? first.start - (rangeAt ? rangeAt[0].length : 0) : text.length,
    firstPercent,
  );
  const name = text.slice(0, nameEnd);
  // Name outside parentheses, e.g. "Magnesium*" of "Magnesium* (as oxide)".
  let outside = '';
  let inside = '';
  for (let i = 0; i < name.length; i++) {
    if (unmatchedCloseAt >= 0 && i <= unmatchedCloseAt) {
      inside += name[i];
      continue;
    }
    if (depth[i] === 0 && name[i] !== ')' && name[i] !== ']') outside += name[i];
    else inside += name[i];
  }
  const truncated = unmatchedCloseAt >= 0 && unmatchedCloseAt < nameEnd;
  // "Magnesium / Magnésium", "Magnesium / Magnesium": a bilingual label names the nutrient twice; the first name is the row's.
  const nameFolded = firstOfNames(fold(outside).replace(/\s+/g, ' '));
  const nameBasis = basisInName(nameFolded);
  const outsideFolded = nameBasis ? nameFolded.slice(0, nameBasis.at) : nameFolded;
  // (The name read with its amount after it: Vietnamese "Magie" is magnesium before a figure.)
  const mentions = magnesiumMentions(`${truncated ? name : outside} ${first?.raw ?? ''}`).filter((m) => !m.excipient);
  const magtein = /(?<![a-z])magtein(?![a-z])/.test(outsideFolded);
  if (!mentions.length && !magtein) return null;
  // Another mineral in the name ("Calcium Magnesium Zinc blend", "Magnesium Sulphate eq to Elemental
  // Manganese"): not a magnesium row of its own.
  if (
    /(?<![a-z])(?:calcium|zinc|zink|potassium|kalium|sodium|iron|eisen|manganese|mangan|copper|kupfer|selenium|chromium|boron|iodine|molybdenum|vitamin|vitamine)(?![a-z])/.test(
      outsideFolded,
    )
  )
    return null;
  // Cells of columns set aside (a per-100 g cell, another serving's): left out with their percents
  // ("186.8 mg (50% NRV) | 71 mg (19% NRV)").
  const asideCells: { start: number; end: number }[] = [];
  if (amounts.length === header.length && header.some((c) => c.per === 'aside')) {
    header.forEach((c, k) => {
      if (c.per === 'aside') asideCells.push({ start: amounts[k]!.start, end: amounts[k + 1]?.start ?? text.length });
    });
    amounts = amounts.filter((_, k) => header[k]!.per !== 'aside');
  }
  const columns =
    nameBasis?.basis && header.length === 1 ? [nameBasis.basis] : header.filter((c): c is AmountBasis => c.per !== 'aside');
  const tail = text.slice(nameEnd);
  const percents = findPercents(tail).filter(
    (p) => !asideCells.some((cell) => nameEnd + p.start >= cell.start && nameEnd + p.start < cell.end),
  );
  if (!amounts.length && !percents.length) return null;
  const percentRaw = percents[0];
  const kind: 'dv' | 'nrv' = NRV_RE.test(fold(tail))
    ? 'nrv'
    : /(?<![a-z])(?:dv|daily value)(?![a-z])/.test(fold(tail))
      ? 'dv'
      : (percentKindHint ?? 'dv');
  const percent = percentRaw && percentRaw.value > 0 ? { value: percentRaw.value, kind } : null;
  // Source text after the amount: "Magnesium 300 mg aus Magnesiumcitrat", "… 375 mg (100% NRV) (as citrate)".
  const afterSource = tail.replace(/\d[\d.,]*\s*(?:mg|mcg|µg|g|%)/gi, ' ');
  // The source word opens what follows the amount, after a reference's bracket or a restatement in
  // millimoles at most ("375 mg (100% NRV) (as citrate)", "301 mg = 12.4 mmol … ut Magnesii citras");
  // not a comment column's prose ("56,25 mg<TAB>Dose modérée ; pas de preuve …").
  const sourceAfter =
    /^[\s*†,]*(?:=\s*[\d.,]+\s*(?:mmol|mval|meq)[\s,]*)*(?:\([^()]{0,24}\)[\s*†,]*)?\(?\s*(?:aus|from|as|als|ut|sous forme de|de|como|come|da)(?![a-z])/i.test(
      fold(afterSource),
    )
      ? afterSource
      : '';
  const buffered = saysBuffered(text);
  let reading: MagnesiumRow['reading'];
  let forms: FormFinding[];
  if (truncated) {
    reading = 'elemental';
    forms = formsInSourceList(text.slice(0, unmatchedCloseAt), quote(shown));
  } else if (ELEMENTAL_NAME_RE.test(outsideFolded.trimEnd()) || SOURCE_PHRASE_RE.test(outsideFolded)) {
    reading = 'elemental';
    // ("Magnesium as magnesium glycinate, magnesium oxide (SIMAG™)": the list read in its order, so a
    // bracket after a form's name is that form's trade name.)
    const sourcePart = SOURCE_PHRASE_RE.test(outsideFolded) ? name.replace(/^[^\p{L}]*\S+/u, '') : inside;
    forms = formsInSourceList(`${sourcePart} ${sourceAfter}`, quote(shown));
  } else {
    const named = formsNearMagnesium(outside);
    if (!named.length && !magtein) return null; // "Magnesium Complex 200 mg": what it weighs is unclear
    // "Magnesium citrate offers very well absorbed magnesium in a high potency, 120 mg capsule": a
    // sentence, not a row's name; what its figure weighs is not said.
    if (outsideFolded.trim().split(' ').length > MAX_ROW_NAME_WORDS) return null;
    reading = 'compound';
    forms = mergeForms(
      named.map((f) => ({ ...f, source: quote(shown) })),
      formsInSourceList(inside, quote(shown)).filter((f) => f.id !== 'other'),
    );
  }
  // "Mg2+ 301 mg = 12.4 mmol ut Magnesii citras anhydricus 1863 mg", "Magnesium 300 mg aus
  // Magnesiumcitrat 1000 mg": a figure after the salt named as the source is the salt's weight, not
  // another column of the element.
  if (reading === 'elemental')
    amounts = amounts.filter((a, i) => i === 0 || !formsNearMagnesium(text.slice(amounts[i - 1]!.end, a.start)).length);
  // "Magnesium (as Magtein® magnesium L-threonate) 2,000 mg | 144 mg | 34%": the salt's weight printed in the name's cell,
  // then the element's, its share of it: one figure of the element, not two columns.
  if (reading === 'elemental' && amounts.length === 2 && forms.length === 1) {
    const share = FORM_BY_ID[forms[0]!.id]?.fraction;
    const [salt, element] = amounts as [Amount, Amount];
    if (
      share &&
      element.mg >= salt.mg * share.min * 0.9 &&
      element.mg <= salt.mg * share.max * 1.1 &&
      formsNearMagnesium(text.slice(0, salt.start)).length
    )
      amounts = [element];
  }
  // "마그네슘 315mg + 비타민B6 1.5mg + 비타민D 10μg", "Magnesium 300 mg + Zinc 10 mg": after a plus and another name, the
  // figures are the other nutrients', not more columns of magnesium.
  const joined = amounts.findIndex((a, i) => i > 0 && JOINED_OTHER_RE.test(text.slice(amounts[i - 1]!.end, a.start)));
  if (joined > 0) amounts = amounts.slice(0, joined);
  // "magnesium glycerophosphate 97.2mg (4mmol)": millimoles that are the amount's own at magnesium's
  // 24.305 mg each say the amount is the element's, whatever salt the name gives.
  if (reading === 'compound' && amounts.length === 1 && mmolOfMagnesium(text.slice(amounts[0]!.end), amounts[0]!.mg))
    reading = 'elemental';
  // "Magnesium lactate dihydrate (calculated as magnesium) 470 mg (48 mg)": a second figure in
  // brackets right after the salt's weight, whose share of it is the named salt's magnesium share,
  // is the elemental amount the label states.
  // "Magnesium Glycinate Buffered (18%)<TAB>75 mg<TAB>†": a share in brackets closing the salt's name is
  // the magnesium in that material (13.5 mg), not a daily value.
  const share =
    reading === 'compound' && amounts.length === 1 ? SHARE_IN_NAME_RE.exec(fold(text.slice(0, amounts[0]!.start)).trim()) : null;
  const shareOf = share ? Number(share[1]!.replace(',', '.')) : 0;
  const shared = shareOf >= 5 && shareOf <= 60 ? { ...amounts[0]!, mg: Math.round(amounts[0]!.mg * shareOf * 10) / 1000 } : null;
  // ("магния цитрат — 494,7 мг (что соответствует … 80 мг), пиридоксина гидрохлорид — 8 мг": the next
  // item of a list, after the bracket and a comma, is another ingredient's.)
  const nextItemAfter =
    amounts.length > 1 && /^[^,;()]{0,20}\([^()]{1,80}\)[ ]{0,2}[,;][ ]{0,2}\p{L}/u.test(text.slice(amounts[0]!.end));
  // "Magnesium oxide - heavy (equiv. magnesium 30 mg) 49.7 mg": the element's amount in a bracket inside the salt's name.
  const inName = reading === 'compound' && amounts.length === 1 ? EQUIV_IN_NAME_RE.exec(text.slice(0, amounts[0]!.start)) : null;
  const named = inName ? findAmounts(inName[0])[0] : undefined;
  const equivInName =
    named && named.mg > 0.05 * amounts[0]!.mg && named.mg < 0.65 * amounts[0]!.mg
      ? { ...named, start: named.start + inName!.index, end: named.end + inName!.index }
      : null;
  const bracketed =
    shared ??
    equivInName ??
    (reading === 'compound' && (amounts.length === 1 || nextItemAfter) ? elementalInBrackets(text, amounts[0]!, forms) : null);
  if (bracketed) {
    return {
      text: quote(shown, 300),
      reading: 'elemental',
      amounts: [bracketed],
      amount: bracketed,
      percent: shared ? null : percent,
      forms,
      buffered,
      basis: columns[0] ?? { per: 'serving' },
      ambiguousColumns: false,
      truncated,
    };
  }
  // Pick the column to read: per day (the dose), else per serving, else per unit. A serving's column
  // beside a day's ("per dose (2 g) | per dose max giornaliera (4 g)") is the serving's; the day's
  // column is the label's day.
  let col = 0;
  let dayColumn: Amount | null = null;
  if (amounts.length > 1 && columns.length === amounts.length) {
    const serving = columns.findIndex((b) => b.per === 'serving');
    const day = columns.findIndex((b) => b.per === 'day');
    const rank = (b: AmountBasis) => (b.per === 'day' ? 0 : b.per === 'serving' ? 1 : 2);
    col = columns.reduce((best, b, i) => (rank(b) < rank(columns[best]!) ? i : best), 0);
    if (serving >= 0 && day >= 0 && amounts[day]!.mg > amounts[serving]!.mg) {
      col = serving;
      dayColumn = amounts[day]!;
    }
  }
  const ambiguousColumns =
    !doseThenReference &&
    amounts.length > 1 &&
    columns.length !== amounts.length &&
    amounts.some((a) => Math.abs(a.mg - amounts[0]!.mg) > 1e-9);
  const basis =
    columns.length === amounts.length || amounts.length <= 1 || doseThenReference
      ? (columns[col] ?? { per: 'serving' })
      : ({ per: 'serving' } as AmountBasis);
  // ("83 mg | 20% | 330 mg | 79%", the second column read: its percent is the second.)
  const colPercent = col > 0 && percents.length === amounts.length ? percents[col]! : null;
  return {
    text: quote(shown, 300),
    reading,
    amounts,
    amount: amounts[col] ?? null,
    basisNamed: !!nameBasis?.basis,
    percent: colPercent && colPercent.value > 0 ? { value: colPercent.value, kind } : percent,
    forms,
    buffered,
    basis,
    ambiguousColumns,
    truncated,
    amountLow: amounts[col] ? rangeLowBefore(text, amounts[col]!) : null,
    unitColumn: unitColumnBeside(columns, amounts, col),
    dayColumn,
    hydrate:
      reading === 'compound' && amounts.length === 1
        ? (hydrateOfWeights(text, amounts[0]!, forms) ?? namedHydrate(outsideFolded))
        : null,
  };
}
