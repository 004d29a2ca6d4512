// Compound weight -> elemental magnesium, %DV/%NRV -> elemental, and "providing 70 mg elemental
// magnesium" statements. Ranges where the label leaves the hydrate or the mix open.
import type { FormFinding } from './schema';
import { FORM_BY_ID, type Hydrate } from '../knowledge/forms';
import { findAmounts, findMagnesiumMmol, rangeLowBefore, round } from './units';
import { CYRILLIC_MAGNESIUM, LATIN_MAGNESIUM, OTHER_SCRIPT_MAGNESIUM, fold, pluralUnit, quote } from './text';
import { cjkOneUnit, findUnitCount, parseDirections, unitKind, type UnitKind } from './servings';
import { CJ_MAGNESIUM, formsNearMagnesium } from './forms';
import { PER_DAY_RE, PER_SERVING_RE } from './label-rows';

export const US_DAILY_VALUE_MG = 420; // FDA 2016 labelling rule (docs/knowledge.md §1)
export const US_OLD_DAILY_VALUE_MG = 400; // labels made before about 2020
export const EU_NRV_MG = 375; // Reg. 1169/2011
/**
 * Korea's, Japan's, China's, Thailand's and Brazil's older (RDC 269/2005) label references (docs/knowledge.md §1): a
 * bare "%" may be against one of them; a label that names its own ("(Thai RDI)", "栄養素等表示基準値") is against it.
 */
export const NATIONAL_REFERENCES: readonly { mg: number; name: string; named: RegExp | null }[] = [
  { mg: 315, name: "Korea's reference of 315 mg", named: /영양성분[ ]?기준치/ },
  { mg: 320, name: "Japan's reference of 320 mg", named: /栄養素等表示基準値/ },
  { mg: 300, name: "China's NRV of 300 mg", named: /营养素参考值|營養素參考值/ },
  { mg: 350, name: 'the Thai RDI of 350 mg', named: /(?<![a-z])thai rdi(?![a-z])/i },
  { mg: 260, name: "Brazil's former reference of 260 mg", named: null },
];

export interface MgRange {
  min: number;
  max: number;
}

/**
 * Elemental magnesium in a salt weight. Several forms and no split: the range spans them all.
 * null when any named form has no fixed fraction (amino acid chelate, other) or no form is named.
 */
export function elementalFromCompound(saltMg: number, forms: FormFinding[], hydrate: Hydrate | null = null): MgRange | null {
  if (!forms.length) return null;
  // "magnesium orotate dihydrate 500 mg": the label names which hydrate it weighed.
  const named = hydrate && forms.length === 1 ? FORM_BY_ID[forms[0]!.id]?.fraction?.hydrates?.[hydrate] : undefined;
  if (named) return { min: round(saltMg * named, 0.1), max: round(saltMg * named, 0.1) };
  let min = Infinity;
  let max = 0;
  for (const f of forms) {
    const fraction = FORM_BY_ID[f.id]?.fraction;
    if (!fraction) return null;
    min = Math.min(min, fraction.min);
    max = Math.max(max, fraction.max);
  }
  return { min: round(saltMg * min, 0.1), max: round(saltMg * max, 0.1) };
}

/** Back-calculate from a percent of the reference value. */
export function elementalFromPercent(percent: number, referenceMg: number): number {
  return round((percent * referenceMg) / 100, 0.1);
}

/** Does a stated percent fit an amount (labels round the percent to a whole number)? */
export function percentFits(amountMg: number, percent: number, referenceMg: number): boolean {
  const expected = (amountMg / referenceMg) * 100;
  return Math.abs(expected - percent) <= Math.max(1.5, percent * 0.06);
}

export interface ElementalStatement {
  mg: number;
  source: string;
  per: 'serving' | 'unit' | 'day' | 'unknown';
  /** "daily serving of 2 tablets", "(2 Kapseln)": the units the statement is for, as printed. */
  units: string | null;
  /** "117 mg of magnesium from 900 mg of magnesium bisglycinate": one compound's share. */
  fromCompound: boolean;
  /** For an amount per unit, the kind of unit ("Una bustina contiene …": packet), where it is named. */
  unit?: UnitKind | null;
  /** "Nutrient Value, per 1 teaspoon: 205 mg": the basis names one unit, as a serving-size line does. */
  namesOneUnit?: boolean;
  /** "in one capsule of 320mg there is 182-193mg of elemental magnesium": the low end of a stated range. */
  mgLow?: number;
}

/** Magnesium in general: "the recommended dose of magnesium varies from 150 to 600 mg". */
const GENERAL_ADVICE_RE =
  /(?<![a-z])(?:(?:recommended|usual|typical|suggested) (?:daily )?(?:dose|intake|amount)s? of magnesium|(?:dose|intake) of magnesium (?:varies|ranges|is)|most people (?:need|take|start))(?![a-z])/;

/** The per-unit amount behind a range "low–high mg" that matches the directions' units a day in the sentence. */
function perUnitOfRange(low: number, high: number, sentence: string): { mg: number; unit: UnitKind } | null {
  const d = parseDirections(sentence);
  const intake = d?.perIntake;
  if (!d || !intake || intake.unit === 'serving' || d.perHour) return null;
  const minUnits = intake.min * d.timesPerDay.min;
  const maxUnits = intake.max * d.timesPerDay.max;
  if (!(minUnits > 0) || minUnits === maxUnits) return null;
  const a = low / minUnits;
  const b = high / maxUnits;
  return Math.abs(a - b) <= 0.01 * Math.max(a, b) ? { mg: round(a, 0.01), unit: intake.unit } : null;
}

/** A line that only names a dosage form: "tablet", "(tablet, enteric-coated)", "caplet, extended release", "Tablet, delayed release". */
const DOSAGE_FORM_LINE_RE =
  /^\(?(tablet|caplet|capsule|softgel)s?(?:,? (?:(?:enteric|film)[- ]coated|chewable|(?:delayed|extended|sustained|modified|controlled)[- ]release|effervescent|coated))?\)?$/;

/**
 * The unit of a "1 Kapsel enthält:" / "Each tablet contains:" heading that the list holding `at`
 * stands under: the nearest line above ending in a colon, if it is such a heading.
 */
/** "Each mL contains:", "1 ml enthält:": a solution's contents per millilitre, as a heading. */
const EACH_ML_CONTAINS_RE =
  /^(?:each|every|per|1|one|jeder|chaque|cada|ogni) ?ml (?:contains?|enthalt|contient|contiene|contem|bevat)[ ]?:$/;
function unitHeadingAbove(folded: string, at: number): UnitKind | null {
  const above = folded
    .slice(Math.max(0, at - 1500), at)
    .split('\n')
    .slice(0, -1);
  // "tablet, enteric-coated" then "61mg elemental Mg (615mg salt form)": a monograph's strength
  // under the dosage form it is for.
  const form = DOSAGE_FORM_LINE_RE.exec(above.at(-1)?.trim() ?? '');
  if (form) return unitOfWord(form[1]!);
  const heading = above.reverse().find((l) => l.trim().endsWith(':'));
  if (!heading || (heading.match(/\d+/g) ?? []).length > 1) return null;
  const m = UNIT_CONTAINS_RE.exec(heading.trim()) ?? CYRILLIC_UNIT_CONTAINS_RE.exec(heading.trim());
  // ("Each mL contains:" over "magnesium glucoheptonate 100 mg (elemental magnesium 5 mg)": a solution's millilitre.)
  return m ? unitOfWord(m[1]!) : EACH_ML_CONTAINS_RE.test(heading.trim()) ? 'ml' : null;
}

/** The sentence's directions give a range of units or of times a day ("1-2 capsules", "1 to 3 times daily"). */
function countsRange(sentence: string): boolean {
  const d = parseDirections(sentence);
  return !!d && ((!!d.perIntake && d.perIntake.min !== d.perIntake.max) || d.timesPerDay.min !== d.timesPerDay.max);
}

/** One intake a day: "once a day", "once daily", "qDay", "einmal täglich". */
const ONCE_A_DAY_RE =
  /(?<![a-z])(?:once (?:a day|daily|per day)|one time (?:a|per) day|q\.?d\.?|qday|einmal (?:taglich|am tag)|une fois par jour|una vez al dia|una volta al giorno)(?![a-z])/;
const PER_ONE_UNIT_RE = /^(?:per|pro|par|por|je|in) (?:1|one|une?|una?|eine?) /;

/**
 * "100 mg of (chelated) magnesium", "70 mg elemental", "200 mg Mg2+": words after an amount that make it the element's
 * (not a compound word of the element and its salt, "936 mg magnéziumpidolátu", "470 mg magneesiumlaktaati"; nor "500 мг
 * элементарного кальция", another element).
 */
const AFTER_ELEMENTAL_RE =
  /^[ ]{0,2}(?:of[ ]{1,2})?(?:(?:(?:pure|pur|reines|reinem)[ ]{1,2})?(?:elemental|elementares|elementarem|elementaire|elementale|elemento|element(?:ar|air|aer|aar|el|ær)[a-zæ]*|elemi|alkuainemagnesium[a-z]*)(?:[ ]{1,2}(?:magnesium|magnesio|mg))?|(?:στοιχειακ[α-ωµ]*|элементарн[а-я]*|елементарн[а-яі]*)(?![α-ωµа-яі])(?![ ]{1,2}(?:кальци|кальці|цинк|желез|залiз|заліз|калия|калію|натри|ασβεστ|ψευδαργ|σιδηρ))|(?:reines|reinem|pure|pur)[ ]{1,2}(?:magnesium|magnesio)|(?:di |d'|de )?ion(?:[ei]|es|s)? (?:de |of )?(?:mg|magnesi\w*|magnez\w*)|mg ?(?:\+\+|2\+|²\+|²⁺|2⁺)|jon(?:y|ow) (?:magnez\w*|mg)|(?:de |di |do |da |du |van |a (?=magnez))?(?:(?:chelated|ionic) )?(?:magnesium(?:ia)?|magnesio|magnesi(?![a-z])|magnez(?![a-z]*(?:pidol|l[ae]ktat|citrat|cytryn|oxid|tlenk|chlorid|chlork|sulfat|siarcz|aspar|glukon|glicin|glycin|orot|karbon|weglan|hydroxid|wodorotlen))\w*|magneesium(?![a-z]*(?:tsitr|oksiid|laktaat|kloriid|sulfaat|karbonaat|glutsinaat|aspartaat|tauraat|orotaat|pidolaat|glukonaat|hudroksiid|malaat|treonaat|atsetaat|stearaat))\w*|horcik\w*|magni(?:o|s|ja|js|ju|jas)(?![a-z])|µαγνησι[α-ω]*)[ ]{0,2}(?:ion|element\w*)?(?![ -]{0,3}(?:\(?(?:as|from|aus|als|en|como|come)[ ])?(?:[dl]{1,2}-)?[a-z]*(?:citr|oxi|oxy|solf|sulph|ossid|idross|latt|chlor|klor|mlecz|lakt|karbon|szulf|aszpar|cytryn|tlen|weglan|siarcz|jablcz|glukon|sulf|carbon|lact|glyc|glic|mala|aspar|taur|threo|treo|orot|gluco|gluta|pidol|hydrox|stear|bisgly|chelat|fumar|succin|ascorb|phosph|fosf|picolin|silic|acet|bicarb|gluceptat|clor|oksid|oksit|sitrat|kalium|laktat|glisinat|bisglisinat|malat|klorur|sulfat|compound|salt))|(?:магни[а-яі]*|магні[а-яіє]*|магнези[а-яј]*)(?![а-яієј])(?![ -]{1,2}(?:[а-яієј]+[ ]{1,2})?(?:цитрат|оксид|лактат|хлорид|сульфат|карбонат|глицинат|гліцинат|бисглицинат|бісгліцинат|аспарагинат|аспарагінат|оротат|пидолат|глюконат|гидроксид))|מגנזיום(?: אלמנטרי)?(?![א-ת])(?![ ]{1,2}(?:ציטראט|ציטרט|אוקסיד|ביסגליצינט|גליצינט|כלוריד|מלאט|לקטט|קרבונט)))(?![a-z])/;
/**
 * A statement of the whole magnesium: "total magnesium", "Celkový obsah magnézia", "Gesamtgehalt an
 * Magnesium", "magnézium tartalma" (its magnesium content), "общее содержание магния".
 */
export const TOTAL_MAGNESIUM_RE =
  /(?<![a-zа-я])(?:total|totale|totaal|totalt|samlet|sammanlagt|yhteensa|gesamt\w*|insgesamt|celkov\w*|osszes\w*|lacznie|ukupno|skupaj|общее|всего)[ ]{1,2}(?:[a-zа-я]+[ ]{1,2}|\d[\d.,]*[ ]?mg[ ]{1,2}){0,3}(?:magnes\w*|magnez\w*|horcik\w*|магни[а-я]*)|(?:magnezium|magnesium)[ -]?tartalm\w*|(?<![а-яі])(?:содержание|вміст) магн[иі][а-яі]*|(?<![a-z])magnesium content|(?<![a-z])(?:magnesium|magnesio|magneziu|magnez|magnezij|magnezijum|magnezium) (?:gesamt|insgesamt|total|totale|totaal|ogolem|ukupno|skupaj|celkem|osszesen)(?![a-z])/;

/**
 * "Total mängd magnesium per tuggtablett: 120 mg", "Total magnesium: 120 mg", "Celkový obsah hořčíku v jedné šumivé
 * tabletě je 300 mg": the whole magnesium named, then its amount.
 */
const TOTAL_NAMED_BEFORE_RE = new RegExp(
  // ("Celkový obsah hořčíku v 1 sáčku (6,1 g) je 365 mg": the unit counted and weighed between; "Содержание магния в 1 стике —
  // 56 мг", a dash before the amount.)
  String.raw`(?:${TOTAL_MAGNESIUM_RE.source})(?:[ ]{1,2}(?:per|pro|par|por|je|i|in|w|v|в|у)(?:[ ]{1,2}(?:[a-zа-яі]+|\d{1,2})){1,3}(?:[ ]{0,2}\(\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:g|ml)\))?)?[ ]{0,2}(?:[:=—–-]|[ ](?:je|is|ist|est|es|jest|ar|er|on|ir|yra))[ ]{0,2}$`,
);

/**
 * A sentence that gives someone else's figure: a study, a reference intake, a limit, advice, the body's
 * own traffic ("The kidneys filter about 2,400 milligrams of magnesium a day").
 */
const OTHERS_FIGURE_RE =
  /(?<![a-z])(?:kidneys?|nieren?|reins|rinones|reni|urine|urin|harn|blood|blut|sangre|sangue|serum|plasma|skeleton|skelett|squelette|esqueleto|scheletro|excret\w*|ausgeschieden|filters|filtered|body (?:contains|stores|holds)|(?:tages)?hochstmenge|empfiehlt|empfehlen|empfehlung|bfr|dge|efsa|recommande|recomienda|raccomanda|adviseert|study|studies|trial|participants|placebo|rda|recommended|reference|upper limit|requirement|needs?|intake|should not|no more than|up to|at most|exceed|men|women|studie|empfohlen|bedarf|tagesbedarf|benotigt|benotigen|zufuhr|hochstmenge|bis zu|etudes?|besoins?|apports? (?:journaliers? )?recommandes?|jusqu'a|estudios?|estudos?|ingesta|necesidades|necesita|necesitan|hasta|studio|studi|fabbisogno|ha bisogno|hanno bisogno|fino a|onderzoek|behoefte|tot|badani\w*|zapotrzebowanie|nepieciesam\w*|reikia|vajab|vajadus\w*|tarvitsee|tarve|behov|behover|szukseglet\w*|referenciaertek\w*|ajanlott beviteli\w*|ihtiyac\w*|do|vergleich|compare|compared|comparison|comparaison|porovn\w*|porown\w*|vergelijk\w*|confronta\w*|compar[ae]\w*|may only|might only|boasting|claiming|cups?|xicaras?|tazas?|tazz[ae]|tasses?|kopje|colher|cucharadas?|cucchiai[oi]|kg|kilo|chilo|kilogram\w*|100 ?(?:g|gramm?|grammes?|ml)|per (?:litre|liter)|pro liter|par litre|slices?|ounces?|oz|handfuls?|bread|almonds?|cashews?|nuts|seeds|spinach|bananas?|avocados?|lettuce|beans|chocolate|brot|mandeln|spinat|pain|amandes|epinards|pan|almendras|espinacas|mandorle|spinaci)(?![a-z])/;
/**
 * "1,000 g magnesium oil contains 690 g water", "200 g Magnesiumflocken": an amount of a product named after
 * magnesium (an oil, flakes, a spray, a lotion, a bath salt), not of the element.
 */
const MAGNESIUM_PRODUCT_AFTER_RE =
  /^[ ]{0,2}(?:of )?(?:magnesium|magnesio|magnesie|magnez|magneesium)[ -]?(?:chloride |chlorid |cloruro )?(?:oil|olie|ol|olio|aceite|huile|flakes|flocken|vlokken|scaglie|escamas|spray|lotion|gel|butter|cream|creme|crema|bath|bad|salts?|salz|soak|brine)(?![a-z])/;
/** "more than 350 mg", "weniger als 100 mg": the amount is a threshold. */
// (The amount may start the next line: "… nicht mehr als" / "250 mg Magnesium pro Tag aufzunehmen".)
const THRESHOLD_BEFORE_RE =
  /(?<![a-z])(?:(?:more|less|fewer) than|at or above|over|above|below|mehr als|weniger als|uber|plus de|moins de|mas de|menos de|piu di|meno di|meer dan|minder dan|powyzej|ponizej|mer an|mindre an|mere end|mindre end|mer enn|mindre enn|yli|vice nez|mene nez|viac ako|menej ako|tobb mint|kevesebb mint|mai mult de|mai putin de|vise od|manje od|vec kot|manj kot|nei|kaip|neka|rohkem kui|vahem kui|περισσοτερο απο|λιγοτερο απο|πανω απο|более|больше|менее|меньше|понад|більше|менше|над|под)[ \n]{1,2}$/;
/** "17.1 g of magnesium gluconate … is equivalent to about" right before "1 g": grams of a salt said to equal grams of the element. */
const CONVERSION_BEFORE_RE =
  /(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?[ ]?g of [a-z ()-]{4,60}?(?:is )?(?:equivalent to|equals|provides) (?:about |approximately |approx\.? )?$/;
/** "is not", "não são", "sind nicht", "ne sont pas" right before an amount: the amount is denied. */
const NEGATED_BEFORE_RE =
  /(?<![a-z])(?:is not|are not|isn't|aren't|nao (?:sao|e)|no (?:son|es)|(?:sind|ist) (?:nicht|keine)|ne sont pas|n'est pas|non (?:sono|e)|zijn geen|is geen|to nie (?:jest|sa))[ ]{1,2}(?:(?:the|a|os|as|los|las|die|les|i|le|de|het)[ ]{1,2})?$/;
const CEILING_RE =
  /(?<![a-z])(?:exceed|no more than|at most|maximum|max\.|no exceder|no superar|ne pas depasser|pas plus de|nicht (?:mehr als|uberschreiten)|hochstens|non superare|non piu di|niet (?:meer dan|overschrijden)|nie przekraczac)(?![a-z])/;
/** Children, in the languages the reader knows (folded text: й is и). */
export const CHILD_DOSE_RE =
  /(?<![a-zа-яіα-ω])(?:children|child|kids|kinder|kindern|enfants?|ninos|bambini|kinderen|dzieci|deti|detske|barn|born|lapset|lapsille|børn|copii|gyermekek|gyerekek|vaikai|berni|lapsed|cocuklar|djeca|djecu|deca|decu|otroci|деца|дети|детям|детеи|діти|дітям|παιδια)(?![a-zа-яіα-ω])/;
/**
 * "L´treonato De Magnesio 650mg Magnesio Plus", "Magnesium Glycinate 400mg Magnesium Plus": a salt of
 * magnesium named right before the amount, as a product's name gives it; the amount is that name's.
 */
const SALT_NAME_BEFORE_RE = /(?:([a-z´'-]{4,20}) (?:de |di |of )?magne[sz]i[a-z]*|magne[sz]i[a-z]* ([a-z-]{4,20}))[ ]{0,2}$/;
const saltNamedBefore = (before: string): boolean => {
  const m = SALT_NAME_BEFORE_RE.exec(before);
  // (The salt's word ends the name: not "Magnesiumcitrat entsprechend 60 mg", which restates it.)
  if (m) return formsNearMagnesium(m[1] ? `${m[1]} de magnesio` : `magnesium ${m[2]}`).length > 0;
  // ("每片含柠檬酸镁600mg", "クエン酸マグネシウム600mg": the acid right before the element, as Chinese and Japanese name a salt.)
  const cj = CJ_SALT_BEFORE_RE.exec(before);
  return !!cj && formsNearMagnesium(cj[0]).length > 0;
};
/** An acid's name glued to the element, ending the text before an amount: "柠檬酸镁", "酸化マグネシウム". */
const CJ_SALT_BEFORE_RE = new RegExp(String.raw`[^\s\d:：,，、|｜]{1,8}(?:${CJ_MAGNESIUM.join('|')})[ ]{0,2}$`);

/** "(ca. 1 g magnesium citrate, of which 109 mg magnesium)": the compound's magnesium, stated. */
const COMPOUND_OF_WHICH_RE =
  /(?:of which|providing|provides|equivalent to|equal to|corresponding to|corresp\.? (?:a|to)|что эквивалентно|эквивалентно|что соответствует|соответствует|що еквівалентно|еквівалентно|що відповідає|відповідає|екв\.? на|еквивалентно на|zodpoveda|odpovida|co odpovida|echivalent(?: cu)?|ce corespunde|kar ustreza|odgovara|mis vastab|vastab|davon|entsprechend|entspricht|dont|soit|correspondant a|equivalente a|correspondiente a|corrispondent[ei] a|pari a|overeenkomend met|wat overeenkomt met|co odpowiada|tuong duong(?: voi)?|setara dengan|atitinka|atbilst|(?:που )?αντιστοιχει σε|(?:ami )?megfelel|motsvarande|motsvarar|svarende til|svarer til|tilsvarende|vastaa|karsiligi|(?:que )?equivale a|correspondendo a|equivalent a|(?:ce )?qui correspond a|(?:което )?съответства на)[ ]{0,2}(?:ca\.?|approx\.?|about|approximately|etwa|environ|aprox\.?|circa)?[ ]{0,2}$/;
const ELEMENTAL_THEN_AMOUNT_RE = new RegExp(
  [
    // "(providing elemental magnesium)<TAB>150mg": a table row whose name says its amount is elemental.
    // ("Elemental magnesium (240 mg)", "Magnesio elemental (240 mg), vitamina C (10 mg)": the amount in brackets after the name.)
    String.raw`(?:elemental|elementares|elementarem|reines)[ ]{1,2}(?:magnesium|magnesio)(?:\)[ \t]{1,3}|[ ]{0,3}[:=-]?[ ]{0,3}(?:of[ ]|von[ ])?[ ]{0,2}|[ ]{0,2}\([ ]{0,2})$`,
    // "แมกนีเซียม ซิเตรต 667 มก. (ให้แมกนีเซียม 100 มก.)": Thai "giving magnesium", "equal to magnesium".
    String.raw`(?:ให้|ซึ่งให้|เทียบเท่า(?:กับ)?)[ ]?แม็?กนีเซี่?ยม[ ]{0,2}$`,
    // "от който елементарен магнезий 200 mg", "элементарного магния 100 мг": the element, in Cyrillic, before its amount.
    String.raw`(?<![а-яі])(?:елементар|элементар)[а-яі]*[ ]{1,2}(?:магнези[а-яј]*|магни[а-я]*|магні[а-яіє]*)[ ]{0,3}[:=-]?[ ]{0,3}$`,
    // "(magnésium élément total = 146,8 mg)": the element, named after the element's name, maybe as a total.
    // ("magnesium elemen 200 mg": Malay and Indonesian.)
    String.raw`(?:magnesium|magnesio)[ -]{1,2}(?:elemental|elementaire|elementale|elemento|elementar|element|elemen)(?:[ ]{1,2}(?:total|totale|totaal))?(?:[ ]{0,3}[:=-]?[ ]{0,3}|[ ]{0,2}\([ ]{0,2})$`,
    // "La teneur totale en magnésium-élément est de 48 mg", "elemental magnesium content is 84 mg".
    String.raw`(?:magnesium|magnesio|magnez)[ -]{1,2}(?:element|elemental|elementaire|elementale|elemento|elementar|elementarny)(?:[ ]{1,2}(?:content|gehalt))?[ ]{1,2}(?:is|est(?: de)?|es(?: de)?|e(?: di)?|betragt|bedraagt|wynosi)(?:[ ]{1,2}(?:de|di|of|van|ca\.?|about|environ|etwa))?[ ]{1,2}$`,
    String.raw`(?:elemental|elementares|elementaire)[ ]{1,2}(?:magnesium|magnesio)(?:[ ]{1,2}(?:content|gehalt))?[ ]{1,2}(?:is|est(?: de)?|es(?: de)?|betragt)[ ]{1,2}$`,
    // "Conținutul total de magneziu elementar al unui comprimat filmat este de 100 mg": the element's
    // amount in one unit, the unit named between.
    String.raw`(?:magnesium|magnesio|magnez\w*)[ -]{1,2}element\w*(?:[ ]{1,2}[a-z']+){0,3}?[ ]{1,2}(?:tablet\w*|capsul\w*|comprim\w*|gelul\w*|kapsel\w*|sachet\w*|plic\w*|ampoul\w*|ampul\w*|fiol\w*|bustin\w*|compress\w*)(?:[ ]{1,2}(?:filmat\w*|pellicul\w*|film-coated|effervescent\w*|efervescent\w*))?[ ]{1,2}(?:is|est|es|e|este|betragt|bedraagt|wynosi|je)(?:[ ]{1,2}(?:de|di|of|van|ca\.?|about|environ|etwa))?[ ]{1,2}$`,
    // "in terms of magnesium (Mg2+) - 48 mg", "equivalent to magnesium content 32.8 mg",
    // "Magnesium content per tablet: 241.3 mg", "Magnesium-Ionen 121,5 mg", "ione magnesio 184 mg".
    String.raw`(?:in terms of|equivalent to|equiv\.?|eq\.|corresponds? to|corresponding to|entsprechend|entspr\.?|equivalente a|equivalente|correspondant a|pari a|soit|(?:что )?(?:эквивалентно|соответствует)|(?:що )?(?:еквівалентно|відповідає)|echivalent(?: cu)?|odpovida|zodpoveda|ustreza|odgovara|motsvarande|motsvarar|svarende til|tilsvarende|tilsv\.|vastaa|setara dengan|bersamaan dengan)[ ]{1,2}(?:the[ ]{1,2}|al[ ]{1,2}|il[ ]{1,2})?(?:(?:content[ ]{1,2}of|contenuto[ ]{1,2}di|contenido[ ]{1,2}de|teneur[ ]{1,2}en|содержани[юяе]|вмісту|вміст|ион(?:а|ов|ам|у)?|іон(?:а|ів|у)?)[ ]{1,2})?(?:magnesium|magnesio|mg|магни[а-я]*|магні[а-яіє]*|magnez\w*|horcik\w*)(?:[ -]{1,2}(?:content|ion|cation|element))?(?:[ ]{1,2}in (?:the |an )?amount of)?[ ]{0,2}(?:\([ ]?mg ?2 ?\+[ ]?\)|\([ ]?mg\+\+[ ]?\))?[ \t]{0,3}[:=-]?[ \t]{0,3}$`,
    // "(corresponding quantity of magnesium 0.1044 mg)", "(Quantité correspondante en magnésium 0,1044 mg)".
    String.raw`(?:corresponding[ ]{1,2}quantity|quantite[ ]{1,2}correspondante?)[ ]{1,2}(?:of|en|de|d')[ ]{0,2}(?:magnesium|magnesio)(?:[ -]{1,2}element)?[ \t]{0,3}[:=-]?[ \t]{0,3}$`,
    // "contenuto totale di Mg 2+ in 1 fiala - 100 mg", "total magnesium per sachet: 243 mg": the whole magnesium of a unit.
    // ("Загальний вміст магнію (Mg2+) в 1 ампулі – 100 мг", "total magnesium (Mg2+) content per ampoule: 100 mg": the ion in
    // brackets; Ukrainian, Russian, and Romanian, "Conținutul total de magneziu (Mg2+) dintr-o fiolă: 100 mg".)
    String.raw`(?:total|totale|contenuto totale|teneur totale|contenido total|continutul total|gesamtgehalt|celkov[a-z]{0,2} obsah|загальнии вміст|общее содержание)[ ]{1,2}(?:(?:di|de|en|of|an)[ ]{1,2})?(?:magnesium|magnesio|magneziu\w*|magnez[a-z]{0,3}|horcik[a-z]{0,2}|mg[ ]?2[ ]?\+|mg\+\+|магни[а-я]*|магні[а-яі]*)(?:[ ]{0,2}\([ ]?mg[ ]?(?:2[ ]?\+|\+\+)[ ]?\))?(?:[ ]{1,2}(?:content|gehalt))?(?:[ ]{1,2}(?:in|per|pro|par|por|v|vo|в|у|на|dintr-o|dintr-un|intr-o|intr-un)[ ]{1,2}(?:1[ ]{1,2}|una?[ ]{1,2}|one[ ]{1,2}|jednom[ ]{1,2}|jednej[ ]{1,2}|jedne[ ]{1,2})?[a-zа-яі]{3,12})?[ ]{0,3}[:=-]?[ ]{0,3}$`,
    // "Tổng lượng ion magnesi (Mg2+) tương ứng: 100 mg": Vietnamese, the total of the magnesium ion, corresponding.
    String.raw`tong (?:luong|ham luong)[ ]{1,2}(?:ion[ ]{1,2})?(?:magnesi|magie)(?:[ ]{0,2}\([ ]?mg[ ]?(?:2[ ]?\+|\+\+)[ ]?\))?(?:[ ]{1,2}(?:tuong ung|tuong duong))?[ ]{0,3}[:=-]?[ ]{0,3}$`,
    // "(tương đương magie nguyên tố 100mg)": Vietnamese elemental magnesium, in either order.
    String.raw`(?<![a-z])(?:(?:magie|magnesi)[ ]{1,2}nguyen to|nguyen to[ ]{1,2}(?:magie|magnesi))[ ]{0,3}[:=-]?[ ]{0,3}$`,
    // "Each chewable tablet contains magnesium 97mg (4mmol Mg2+)": the unit's magnesium, named alone.
    // ("1 sachet contains: magnesium 10 mmol (243 mg)": a colon, and the millimoles first.)
    String.raw`(?:contains?|contient|enthalt|contiene|bevat)[ ]{0,2}:?[ ]{1,2}(?:elemental[ ]{1,2})?(?:magnesium|magnesio)[ ]{0,2}:?[ ]{0,2}(?:\d{1,3}(?:[.,]\d{1,2})?[ ]?mmol[ ]{0,2}\([ ]{0,2})?$`,
    // "Magnesiumgehalt: 5 mmol=121,5 mg": the content, once in millimoles, then in mg ("Magnesiumgehalt gesamt", in all).
    String.raw`(?:magnesium|magnesio)[ -]{0,2}(?:content|gehalt|ion(?:en|e|s)?|cation)(?:[ ]{1,2}(?:gesamt|insgesamt))?(?:[ ]{1,2}per[ ]{1,2}(?:tablet|capsule|caplet|softgel))?[ \t]{0,3}(?:\((?:entspr|equiv|eq|corresp)\.?\)[ ]{0,2})?[:=-]?[ \t]{0,3}(?:\d{1,3}(?:[.,]\d{1,2})?[ ]?mmol[ ]{0,2}[=(][ ]{0,2})?$`,
    // "Celkový obsah magnézia 365 mg", "Egy tasak magnézium tartalma 365 mg", "содержание магния 100 мг":
    // the magnesium content, in Czech, Slovak, Hungarian and Russian.
    String.raw`(?:obsah|obsahu)[ ]{1,2}(?:magnezi\w*|horcik\w*)[ ]{0,3}[:=-]?[ ]{0,3}$`,
    String.raw`magnezium[ -]?tartalm\w*[ ]{0,3}[:=-]?[ ]{0,3}$`,
    String.raw`содержание[ ]{1,2}магни[а-я]*[ ]{0,3}[:=-]?[ ]{0,3}$`,
    String.raw`(?:ione|ions?)[ ]{1,2}(?:magnesio|magnesium|mg)(?:[ ]{0,2}\+\+|[ ]{0,2}2\+)?[ ]{0,3}[:=-]?[ ]{0,3}$`,
    // "jony magnezu (w postaci magnezu cytrynianu) 100mg": magnesium ions, in Polish, with their source.
    String.raw`jon(?:y|ow)[ ]{1,2}magnezu(?:[ ]{1,2}\([^)]{0,60}\))?[ ]{0,3}[:=-]?[ ]{0,3}$`,
    String.raw`mg ?(?:2 ?\+|\+\+)\)?[ ]{0,3}[:=-][ ]{0,3}$`,
    // "每片含镁 100mg": each tablet contains magnesium, in Chinese; "提供镁200mg", "相当于镁 200mg": provides, equals
    // magnesium; "(相當於鎂元素58.6mg)": the element, its ion.
    // ("相等於鎂 (Magnesium) 175毫克": with its English gloss in brackets, or after it, "相等於鎂 equiv. to Magnesium"; "每片含：镁
    // 100 mg": a colon after the verb.)
    String.raw`(?:含(?:有)?|提供|相当于|相當於|相等於|相等于|等同於|等同于)[ ]{0,2}:?[ ]{0,2}(?:镁|鎂)(?:[ ]{0,2}\([a-z][a-z -]{2,30}\)|[ ]{1,2}(?:elemental |(?:equiv\.?|equivalent)(?: to)? )?magnesium)?[ ]{0,2}:?[ ]{0,2}$`,
    String.raw`(?:镁|鎂)(?:元素|离子|離子)[ ]{0,2}:?[ ]{0,2}$`,
    // "מתוכו מגנזיום אלמנטלי 155 מ"ג" (of which elemental magnesium), Hebrew, spelt with ר or ל.
    String.raw`מגנזיום[ ]{1,2}אלמנט(?:ר|ל)י[ ]{0,2}:?[ ]{0,2}$`,
    // "מגנזיום ציטראט 625 מ"ג / המספק מגנזיום 100 מ"ג": (which) provides, contains magnesium.
    String.raw`(?<![א-ת])(?:ה|ש)?(?:מספק|מספקת|מספקים|מספקות|מכיל|מכילה|מכילים|מכילות)[ ]{1,2}מגנזיום[ ]{0,2}:?[ ]{0,2}$`,
  ].join('|'),
);
/** "magnesium (150 mg per gummy)", "150 mg of magnesium per capsule": magnesium alone, per unit. */
const MAGNESIUM_PER_UNIT_RE =
  /^[ ]{0,2}(?:of[ ]{1,2})?(?:magnesium|magnesio)?[ ]{0,2}(?:per|each|in each|pro|je|par|por|\/)[ ]{1,2}(?:capsule|tablet|softgel|gummy|gummie|caplet|chewable|kapsel|tablette|gelule|comprime|capsula|compressa|scoop|sachet|packet|stick|teaspoon|tablespoon|beutel|bustina|messloffel|misurino)/;

/** "magnesium at ", "magnesium (from … and …) at ": the element named, maybe its sources, then "at" its amount. */
const MAGNESIUM_AT_BEFORE_RE =
  /(?<![a-z])(?:contains?|provides?|with) (?:magnesium|magnesio)(?:[ ]{0,2}\([^()]{0,90}\))?[ ]{1,2}at[ ]{1,2}$/;

/** The sentence a statement quotes: from its start to its full stop, or a little past the amount where none is near. */
function sentenceSource(text: string, start: number, amountEnd: number, endDot: number): string {
  return quote(text.slice(start, endDot < 0 ? Math.min(text.length, amountEnd + 60) : amountEnd + endDot));
}

/**
 * "마그네슘 1정당 125mg / 하루 2정으로 마그네슘 250mg": a slash between spaces, a word after it, parts two statements, each
 * with its own basis; the amount's clause starts after the last one before it (not "5 mmol / 10 mval", a restatement).
 */
function clauseStart(text: string, sentenceStart: number, at: number): number {
  const slash = text.lastIndexOf(' / ', at);
  // (Not arithmetic's "466 / 16 = 29 mg": each side has words.)
  return slash >= sentenceStart &&
    /\p{L}{2,}.*\d/u.test(text.slice(sentenceStart, slash)) &&
    /^\p{L}{2,}/u.test(text.slice(slash + 3, at))
    ? slash + 3
    : sentenceStart;
}

/**
 * Where the sentence around an amount starts: after a line break, or after ".", "!" or "?" followed
 * by a space and a capital or a digit. "1 Tabl. enth.:", "(entspr.)" and "614.75" do not end one.
 */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 400; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (
      (c === '.' || c === '!' || c === '?') &&
      /^\s+[A-Z0-9À-ÝĄĆĘŁŃÓŚŹŻА-ЯЁ]/.test(text.slice(i + 1, i + 4)) &&
      // "140 mg. U.S.P.", "ca. 1 g": an abbreviation's dot.
      !(c === '.' && ABBREVIATION_BEFORE_RE.test(text.slice(Math.max(0, i - 8), i)))
    )
      return i + 1;
  }
  return Math.max(0, at - 400);
}

const ABBREVIATION_BEFORE_RE = /(?:\d ?(?:mg|mcg|g|MG|MCG|G)|(?<![A-Za-z])(?:ca|approx|[A-Z]|[A-Z]\.[A-Z]))$/;

/** "… de magnésium pour 100 g de granulés", "magnesium per 100 ml": the amount after it is a content per 100 g or 100 ml. */
const PER_100_AFTER_RE = /^[^.;\n\d]{0,30}?(?<![a-z])(?:pour|per|pro|por|je|na|para|w|in)[ ]{1,2}100[ ]?(?:g|ml)(?![a-z])/;
/** The line under an amount's line says the amounts above are per 100 g or 100 ml ("Pour 100 g de granulés."). */
const PER_100_LINE_RE = /^[ \t]*(?:pour|per|pro|por|je|na|w|para)[ ]{1,2}100[ ]?(?:g|ml)(?![a-z])[^\n]{0,40}$/;
function per100Below(folded: string, end: number): boolean {
  const lineEnd = folded.indexOf('\n', end);
  if (lineEnd < 0) return false;
  const nextEnd = folded.indexOf('\n', lineEnd + 1);
  return PER_100_LINE_RE.test(folded.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd));
}

/** The amount's sentence ends with a question mark: someone asks, no label states. */
const asked = (text: string, end: number, endDot: number): boolean => endDot >= 0 && text[end + endDot] === '?';

/** Offset from `from` to the end of its sentence (same rule), or -1 within `max` characters. */
function sentenceEndAfter(text: string, from: number, max: number): number {
  const window = text.slice(from, from + max);
  const m = /\n|[.!?](?=\s+[A-Z0-9À-ÝĄĆĘŁŃÓŚŹŻА-ЯЁ]|\s*$)/.exec(window);
  return m ? m.index : -1;
}

/**
 * "1 Tabl. enth.:", "Una bustina contiene:", "Each vial contains", "1 Beutel à 5 g Granulat enthält" (its
 * weight said on the way): the sentence is about one unit.
 */
const UNIT_CONTAINS_RE =
  /(?:^|[^a-z0-9])(?:1|one|each|every|cada|chaque|ogni|jede[rs]?|eine?|une?|una|uno|uma|um|een|elke|iedere|jedna|jeden|jedno|jedan|ena|kazda|kazdy|varje|hver|hvert|jokainen|fiecare|svaka|svaki|vsaka|vsak|kiekviena|kiekvienoje|katra|katrs|iga|o|bir|egy|yksi|uks)[ ]{1,2}(?:[a-z-]{3,20},?[ ]{1,2}){0,2}(tabl\.?|tablets?|tablett?en?|filmtablett?e|brausetablett?e|caplets?|capsules?|capsula|capsule|kaps\.?|kapsel|hartkapsel|weichkapsel|gelules?|comprimes?|comprimidos?|comprimat|compressa|softgels?|sachets?|beutel|bustina|ampoules?|ampola|ampolla|fiala|flaconcino|vials?|packets?|sticks?|stick pack|tabletka|kapsulka|saszetka|tableta|tablete|tobolka|kapsula|kapsule|capsula|tablett|kapszula|tabletti|kapseli|kapsuleje|tableteje|dragees?|drageen?|dragee|drajeu|fiola)(?:[ ]{1,2}(?:(?:a|de|of|di|da)[ ]{1,2})?\(?\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:g|ml)\)?)?(?:[ ]{1,2}[a-z-]{1,14}){0,5}?[ ]{0,2}(?:contains?|enth\.?|enthalt|contient|contiene|contem|bevat|zawiera|innehaller|inneholder|inneh\.|indeholder|obsahuje|vsebuje|sadrzi|contine|icerir|tartalmaz|sisaldab|sisaltaa|provides|delivers|gives|liefert|apporte|aporta|fornisce|fornece|levert|dostarcza|furnizeaza|ger|giver|gir|yra|satur)(?![a-z])/;
/** "Egy pezsgőtabletta 150 mg magnéziumot tartalmaz": Hungarian puts the verb after the amount. */
const VERB_LAST_UNIT_CONTAINS_RE =
  /(?:^|[^a-z0-9])(?:1|egy|minden|her)[ ]{1,2}((?:pezsgo|film|rago)?tablett?a|kapszula|kapsul|tablet)(?![a-z])[^.]{0,80}?(?<![a-z])(?:tartalmaz|icerir)(?![a-z])/;
const UNITS_BEFORE_PAREN_RE =
  /((?:(?<![\d.,])\d{1,2}|one|two|three|four|un[ae]?|una|uno|dos|tres|cuatro|ein[e]?|zwei|drei|vier|deux|trois|quatre|due|tre|quattro)[ ]{1,2}(?:[a-z-]{3,12}[ ]{1,2})?[a-z]{3,14})[ ]{1,2}(?:(?:al dia|a day|daily|diarias|diarios|per day|par jour|pro tag|taglich|al giorno|per dag)[ ]{0,2})?(?:\([ ]{0,2}(?:de |of |von |di |=[ ]?|~[ ]?|ca\.?[ ]?|approx\.?[ ]?)?|,?[ ]{0,2}(?:equivalent(?:es)? (?:to|a)|equivalent[ei] a|which (?:is|equals|provides|gives)|for a total of|para un total de|entsprechend|soit|pari a|corrispondent[ei] a)[ ]{1,2})$/;
const SOLID_UNITS = new Set(['capsule', 'tablet', 'gummy', 'packet', 'ampoule']);
const NEXT_ROW_AMOUNT_RE =
  /^[ -]{0,2}(?:ion|ionen|ione|ions)?[ ]{0,2}\(?(?:entspr\.?|equiv\.?|eq\.|equivalent|entsprechend|corresp\.?)\)?[ ]{0,2}[:=]?[ ]{0,2}\d/;

/** "7mEq (", "10 mmol (": a figure in brackets after it restates the same quantity in mg. */
const MEQ_OPEN_BEFORE_RE = /\d[ ]{0,2}(?:meq|mmol)[ ]{0,2}\([ ]{0,2}$/;
const MAGNESIUM_EQUIVALENT_BEFORE_RE =
  /(?:magnesium|magnesio)[ ]{0,2}\([ ]{0,2}(?:equivalent to|equiv\.?|corresponding to|entsprechend|entspricht|soit|pari a|equivalente a)[ ]{1,2}$/;
/** "Magnesio citrato (magnesio 225 mg)": the element and its amount in the salt's brackets. */
const MAGNESIUM_IN_BRACKETS_BEFORE_RE =
  /\([ ]{0,2}(?:magnesium|magnesio|magnesii|magnez|mg)(?:[ ]?2\+|[ ]?\+\+)?[ ]{0,2}[:=]?[ ]{0,2}$/;
/** "motsvarande totalt 5 mmol magnesium (120 mg)": the element counted in mmol, then its weight in brackets. */
const MMOL_MAGNESIUM_IN_BRACKETS_BEFORE_RE =
  /\d[ ]{0,2}(?:mmol|meq|mval)[ ]{1,2}(?:of[ ]{1,2})?(?:magnesium|magnesio|magnez|magneesium|magnio|magnija|magnesiu)[a-z]{0,4}[ ]{0,2}\([ ]{0,2}$/;
const EACH_OF_MAGNESIUM_AFTER_RE =
  /^[ ]{0,2}each of[ ]{1,2}(?:(?:calcium|zinc|potassium|sodium|iron)[ ,&]{1,3}(?:and[ ]{1,2})?){1,3}magnesium(?![a-z])/;
/** "25mg as magnesium oxide", "100 mg from magnesium citrate": a form must follow the element. */
const AS_MAGNESIUM_COMPOUND_AFTER_RE =
  /^[ ]{0,2}(?:as|from|in the form of)[ ]{1,2}(?:magnesium|magnesio)[ ]{1,2}(?:[a-z-]{2,12}[ ]{1,2})?(?:oxide|citrate|glycinate|bisglycinate|malate|chloride|carbonate|taurate|threonate|lactate|aspartate|orotate|gluconate|sulfate|hydroxide|pidolate|glycerophosphate)/;
/**
 * Magnesium named right before its amount, in any language ("… contain magnesium 54 mgs", "magnez
 * 100 mg", "マグネシウム37.5mg", "магній — 80 мг", folded): in a unit's list of contents it is the element's amount.
 */
const NAMED_MAGNESIUM_BEFORE_RE = new RegExp(
  String.raw`(?:(?<![a-z])(?:${LATIN_MAGNESIUM})|(?<![а-яі])(?:${CYRILLIC_MAGNESIUM})|${OTHER_SCRIPT_MAGNESIUM.join('|')})[ ]{0,2}[:—–-]?[ ]{0,2}$`,
);
/** The minerals a sentence names, magnesium among them: the last one before an amount is what it is of. */
const MINERAL_NAME_RE =
  /(?<![a-z])(?:magnesium|magnesio|magnez\w*|magnesii|potassium|kalium|potasio|potassio|calcium|calcio|kalzium|wapn\w*|zinc|zink|zinco|cynk\w*|iron|eisen|hierro|ferro|fer|sodium|natrium|sodio|selenium|copper|kupfer|chromium|manganese)(?![a-z])/g;
/**
 * "Each 2 tablets contain", "4 Tablets Contain:", "2 Kapseln enthalten", "Two SaltStick Caps in an
 * hour equate to": several units together.
 */
const UNITS_CONTAIN_RE =
  /(?:^|[^\p{L}0-9.,])(?:each |every |je )?((?:[2-9]|1[0-2]|two|three|four|six|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro)[ ]{1,2}(?:[\p{L}-]{3,14}[ ]{1,2}){0,2}[\p{L}-]{3,16})[ ]{0,2}(?:(?:in an hour|per hour|an hour|a day|per day|daily)[ ]{1,2})?(?:contains?|provides?|delivers?|supply|supplies|gives?|equate to|equal|enthalten|liefern|contiennent|apportent|fournissent|contienen|aportan|proporcionan|contengono|apportano|forniscono|bevatten|leveren|zawieraja|dostarczaja|obsahuji|innehaller|indeholder|inneholder|sisaltavat|sisaltaa|contin|furnizeaza|contem|fornecem|tartalmaz|tartalmaznak|icerir|sadrze|vsebujejo|vsebujeta|satur|sisaldavad|turi|содержат|съдържат|містять|περιεχουν|מכילות|מכילים|מספקות|מספקים)(?![\p{L}])/u;
/** "2 gumicukor 100 mg magnéziumot tartalmaz", "2 kapsül … içerir": the same with the verb last. */
const UNITS_CONTAIN_VERB_LAST_RE =
  /(?:^|[^\p{L}0-9.,])((?:[2-9]|1[0-2])[ ]{1,2}\p{L}{3,16}(?:[ ]{1,2}\p{L}{3,16})?)[ ]{1,2}[^.]{0,80}?(?<![\p{L}])(?:tartalmaz|icerir)(?![\p{L}])/u;
/**
 * "2 gummies contain", "2 Gummis enthalten", "2 żelki zawierają", "2 caramelle gommose contengono": several
 * units, of a kind the reader knows, together (the unit's word among the words after the count).
 */
function unitsContainOf(sentence: string): RegExpExecArray | null {
  // ("Each 3-tablet serving delivers …": the serving's count of units, said as one word.)
  const said = sentence.replace(
    /(?<![\d.,])([2-9])-(tablet|capsule|softgel|caplet|gummy|chewable)(?= (?:serving|dose|portion) )/g,
    (_, n: string, unit: string) => `${n} ${pluralUnit(unit)}`,
  );
  const m = UNITS_CONTAIN_RE.exec(said) ?? UNITS_CONTAIN_VERB_LAST_RE.exec(said);
  const words = m?.[1]!.split(/[ ]+/).slice(1) ?? [];
  return m && words.some((w) => SOLID_UNITS.has(unitKind(w) ?? '')) ? m : null;
}

/**
 * "300 mg de magnésium pour 2 comprimés", "200 mg of magnesium per 2 capsules": the amount's own count of units
 * after it, a serving of two or more (one unit's is the per-unit reader's).
 */
const UNITS_AFTER_AMOUNT_RE =
  /^[ ]{0,2}(?:(?:of |de |di |d'|von )?(?:elemental |elementaire |elemental )?(?:magnesium|magnesio|magnez\w*)(?: element\w*)?[ ]{1,2})?(?:per|pour|pro|por|para|je|for|in|dans|en|w|na)[ ]{1,2}((?:[2-9]|two|three|four|deux|trois|quatre|dos|tres|zwei|drei|vier|due|tre)[ ]{1,2}\p{L}{3,14})/u;
function unitsAfterAmount(after: string): RegExpExecArray | null {
  const m = UNITS_AFTER_AMOUNT_RE.exec(after);
  return m && SOLID_UNITS.has(findUnitCount(m[1]!)?.unit ?? '') ? m : null;
}

/** "5 mL de solución oral contienen", "10 ml sirop contiennent": a measure of liquid is the serving. */
const VOLUME_CONTAINS_RE =
  /(?:^|[^a-z0-9.,])((?:[2-9]|[1-3]\d)[ ]?ml)(?:(?:[ ]{1,2}[a-z]{1,14}){0,4}[ ]{1,2}(?:contain|provide|contiennent|apportent|contienen|aportan|contengono|enthalten|bevatten)(?![a-z])|[ ]{0,2}:(?=[ ]{0,2}\d))/;

/** "300mg магнезиеви йони" (folded: иони), "300 мг ионов магния". */
const CYRILLIC_ION_AFTER_RE =
  /^[ ]{0,2}(?:(?:магнези[а-я]*|магни[а-я]*)[ ]{1,2}(?:иони|ионов|иона|ион)|(?:иони|ионов|иона)[ ]{1,2}(?:магнези[а-я]*|магни[а-я]*))(?![а-я])/;
/** "Една твърда капсула съдържа", "Одна таблетка содержит": the sentence is about one unit. */
const CYRILLIC_UNIT_CONTAINS_RE =
  /(?<![а-яіα-ω])(?:1|една|един|едно|одна|один|одно|каждая|всяка|кожна|једна|свака|καθε|µια)[ ]{1,2}(?:[а-яіα-ω-]{3,14}[ ]{1,2}){0,2}(капсул[а-яі]*|таблет[а-яі]*|саше|пакетч[а-я]*|ампул[а-я]*|καψουλ[α-ω]*|δισκι[α-ω]*)[ ]{0,2}(?:съдържа|содержит|містить|садржи|περιεχει)(?![а-яіα-ω])/;

/** "Each tablet contains", "Одна таблетка содержит", "1粒に": the words open one unit's contents. */
function aboutOneUnit(folded: string): boolean {
  return UNIT_CONTAINS_RE.test(folded) || CYRILLIC_UNIT_CONTAINS_RE.test(folded) || !!cjkOneUnit(folded);
}
/** "4粒あたり", "3錠中に", "每2片", "2정당": several units in a CJK sign, heading what they hold (a serving). */
const CJK_UNITS_HEAD_RE =
  /(?:^|[^0-9.,])((?:[2-9]|1[0-2])[ ]?(?:粒|錠|カプセル|カフセル|包|本|袋|片|颗|顆|정|캡슐|포))(?:あたり|当たり|中(?:に)?|に|[ ]?당)|每([2-9](?:粒|片|颗|顆|包|袋))/;
function cjkUnitsHead(folded: string): RegExpExecArray | null {
  const m = CJK_UNITS_HEAD_RE.exec(folded);
  return m ? Object.assign([m[0], m[1] ?? m[2]!] as unknown as RegExpExecArray, { index: m.index, input: folded }) : null;
}

/** The text between two offsets, widened to whole words, so a cut never makes "empfohlene" read "empfohlen". */
function wordsAround(folded: string, from: number, to: number): string {
  let start = Math.max(0, from);
  let end = Math.min(folded.length, to);
  while (start > 0 && /[a-z]/.test(folded[start - 1]!) && from - start < 30) start--;
  while (end < folded.length && /[a-z]/.test(folded[end]!) && end - to < 30) end++;
  return folded.slice(start, end);
}

/** "tabl.", "Kaps.", "bustina": the kind of unit a word names. */
function unitOfWord(word: string): UnitKind | null {
  const w = word.replace(/\.$/, '');
  return unitKind(w) ?? (/^tabl/.test(w) ? 'tablet' : /^kaps/.test(w) ? 'capsule' : unitKind(`${w}s`));
}

/** "per capsule", "each tablet", "je Kapsel", "в 1 таблетке", "每片", "כל טבליה": the sentence names one unit its amount is in. */
function perUnitIn(sentence: string): RegExpExecArray | null {
  return (
    /(?:(?<![a-z])(?:per|each|in each|in(?= (?:1|one|a) )|(?:v|vo|w)(?= (?:1|jednej|jednym|jedne) )|pro|pr\.|je|par|por|al unui|a unei|pentru(?= (?:1|un|o) )|cada|chaque|ogni)|\/) ?(?:(?:1|one|a|une?|una?|eine?|o|jednej|jednym|jedne) )?(ml(?![a-z])|capsule|tablet|kapsul|kapsl|softgel|gummy|caplet|kapsel|tablette|gelule|comprime|comprimat|drajeu|dragee|capsula|compressa|tablet|tobolc|sachet|packet|stick|beutel|bustina|ampoule|ampola|ampolla|fiala|flaconcino|vial|zakje|saszetk|teaspoon|tablespoon|scoop|tsp|tbsp|cuillere[ -]mesure|messloffel|misurino|cacito)|(?<![a-z])(?:film|lagy |pezsgo)?(tablett?ankent|kapszulankent)|(?<![a-z])(kapseli|kapsul|tabletti?|sase)[a-z]* (?:kohden|bas[iı]na)(?![a-z])|(?<![a-z])her (?:bir )?(?:film |efervesan |cigneme )?(tablet|kapsul|sase)(?:te|ta|de|da)?(?:ki)?(?![a-z])|(?<![a-z])(?:her|each|per|cada|chaque|je) \d{1,2}(?:[.,]\d)? ?ml \(1 (olcek|scoop|measure|misurino|cacito|messloffel|teaspoon|tsp|cucharadita|colher)\)|ανα (καψουλα|δισκιο)|(?<![а-я])(?:в|на) (?:1 |одн[а-я]* |едн[а-я]* |един )?(капсул|таблетк)[а-я]*|每(片|粒|颗|包)|(?<![a-z])moi (vien|goi)(?![a-z])|(?<![א-ת])(?:כל|בכל)[ ](טבליה|כמוסה|קפסולה|קפליה|שקית)(?:[ ]אחת)?(?=[ ]?(?:מכיל[הות]*|יש|:))/.exec(
      sentence,
    ) ??
    UNIT_CONTAINS_RE.exec(sentence) ??
    VERB_LAST_UNIT_CONTAINS_RE.exec(sentence) ??
    CYRILLIC_UNIT_CONTAINS_RE.exec(sentence)
  );
}

/** What an amount's sentence says the amount is for: one unit, a serving of several, a day, or nothing said. */
function basisOf(
  text: string,
  folded: string,
  a: { start: number; end: number },
  sentenceStart: number,
  sentence: string,
  perUnit: RegExpExecArray | null,
): Pick<ElementalStatement, 'per' | 'units' | 'unit' | 'namesOneUnit'> {
  // "Each 2 tablets contain …", "4 Tablets Contain:": the amount is for that many units, a serving.
  const unitsContain =
    unitsContainOf(sentence) ??
    VOLUME_CONTAINS_RE.exec(sentence) ??
    unitsAfterAmount(folded.slice(a.end, a.end + 60)) ??
    cjkUnitsHead(folded.slice(Math.max(sentenceStart, a.start - 60), a.start));
  // "1 Kapsel enthält:" heading the list the amount stands in; "1粒に" ("in one tablet") before it.
  const oneUnitCjk = perUnit ? null : cjkOneUnit(folded.slice(sentenceStart, a.start));
  const headedUnit = perUnit ? null : (oneUnitCjk ?? unitHeadingAbove(folded, sentenceStart));
  const per = unitsContain
    ? 'serving'
    : perUnit || headedUnit
      ? 'unit'
      : // A label's words for a day's dose ("Tagesdosis", "porcja dzienna (3 tabletki) zawiera …", "v denní dávce"),
        // and a sentence's ("a day", "dziennie", "/ day").
        PER_DAY_RE.test(sentence) ||
          /(?<![a-z])(?:a day|daily doses?|per daily|dzienna dawka|ao dia|per dygn|om dagen|na dobe|dziennie|naponta)(?![a-z])|\/ ?(?:day|jour|tag|dia|giorno|dag|dygn)(?![a-z])|하루|每日|毎日|1日/.test(
            sentence,
          )
        ? 'day'
        : /(?<![a-z])(?:per serving|each serving|(?:one|1|every) serving(?= \(| (?:of|provides|supplies|contains|delivers|gives))|per portion|per dose|serving provides|single dose|einzeldosis|dose unitaire|dosis unica|dose singola|(?:na|por|pela|en la|por la|pro|per|nella|per la|pr\.) (?:porcao|porcion|portion|porzione|portie|dose|dosis))(?![a-z])/.test(
              sentence,
            ) ||
            // "w porcji 2 kapsułek", "v dávce 2 tobolek", "в порции из 2 капсул", "ανά μερίδα 2 καψουλών",
            // "2 kapszulás adagonként", "2 kapselin annoksessa", "2 kapsüllük porsiyon başına".
            PER_SERVING_RE.test(sentence)
          ? 'serving'
          : 'unknown';
  // ("One serving (3 capsules) supplies …": the serving's count in its bracket, not the serving's own word.)
  const before = text.slice(sentenceStart, a.start);
  const bracketed = /\((\d{1,2}[ ]\p{L}[\p{L}-]{2,20})\)/u.exec(before)?.[1];
  const unitCount = unitsContain
    ? findUnitCount(unitsContain[1]!)
    : per === 'day' || per === 'serving'
      ? ((bracketed ? findUnitCount(bracketed) : null) ?? findUnitCount(before) ?? findUnitCount(text.slice(a.end, a.end + 60)))
      : null;
  return {
    units: unitCount && unitCount.min === unitCount.max && unitCount.unit !== 'serving' ? unitCount.raw : null,
    per,
    unit: perUnit ? unitOfWord(perUnit.slice(1).find(Boolean)!) : headedUnit,
    namesOneUnit: (!!perUnit && PER_ONE_UNIT_RE.test(perUnit[0])) || !!oneUnitCjk,
  };
}

/** An amount's words go on to "per kilogram": a dose by body weight, no product's amount. */
const PER_BODY_WEIGHT_AFTER_RE = /^[^.;\n]{0,40}?(?<![a-z])(?:pro|per|je|par|por|na|\/)[ ]{0,2}(?:1[ ]?)?kg(?![a-z])/;

/**
 * "providing 70 mg elemental magnesium", "(70 mg elemental)", "elemental magnesium: 70 mg",
 * "magnésium élément 70 mg". These state the elemental amount outright and win over arithmetic.
 */
export function findElementalStatements(text: string): ElementalStatement[] {
  const folded = fold(text);
  const out: ElementalStatement[] = [];
  const amounts = [...findAmounts(text), ...findMagnesiumMmol(text)].sort((x, y) => x.start - y.start);
  for (const a of amounts) {
    // (Where the amount's sentence starts, looked for once: several tests below read back to it.)
    let startFound: number | undefined;
    const startBefore = (): number => (startFound ??= sentenceStartBefore(text, a.start));
    // "243 mg (= 10 mmol) Magnesium": a parenthesis right after the amount is passed over.
    const before = folded.slice(Math.max(0, a.start - 60), a.start);
    // "7mEq (84 Mg) magnesium as magnesium L-lactate": the figure in brackets restates the
    // milliequivalents before it, and the words after the bracket name what both are of.
    const restated = MEQ_OPEN_BEFORE_RE.test(before) ? (/^[ ]{0,2}\)/.exec(folded.slice(a.end))?.[0].length ?? 0) : 0;
    // "66,4 mg (entspr. 40 mg" / "Magnesium)": a bracket left open on its line goes on to the next.
    const openBracket = /\([^()\n]{0,40}$/.test(before);
    const after = folded
      .slice(a.end + restated, a.end + restated + 60)
      .replace(/^[ ]{0,2}\n(?=[^\n()]{0,30}\))/, openBracket ? ' ' : '\n')
      // ("… entsprechend 295,7 mg (12,2 mmol)" / "Magnesium.": a leaflet's line wrapped before the element's name; not a
      // table's next row, "Magnesium 100 mg", whose own figure follows the name.)
      .replace(
        /^([ ]{0,2}(?:\([^()\n]{0,30}\))?)[ ]{0,2}\n(?=[ ]{0,2}(?:magnesium|magnesio|magnez|magnes)\w*(?![^\n]*\d))/,
        '$1 ',
      )
      // ("470 mg magnezu" / "mleczanu dwuwodnego …": a line wrapped after the element's word, its next line in small
      // letters, goes on with the salt's name.)
      .replace(/^([ ]{0,2}(?:magnesium|magnesio|magnez|magnes)\w*)[ ]{0,2}\n(?=[ ]{0,2}[a-z])/, (m, word: string) =>
        /^[ ]{0,2}\p{Ll}/u.test(text.slice(a.end + restated + m.length)) ? `${word} ` : m,
      )
      // "84.5 mg. Elemental Magnesium": the unit's abbreviation dot.
      .replace(/^\.(?=[ ]{1,2}(?:elemental|elementares|elementaire))/, '')
      // "100mg (Magnesio elemental)", "400 mg (elemental)": the bracket is the word that says elemental;
      // another bracket ("[6.93mEq]", "(= 10 mmol)") restates the amount and is passed over.
      .replace(/^[ ]{0,2}(?:\(([^()[\]]{0,30})\)|\[([^()[\]]{0,30})\])/, (_p, round?: string, square?: string) => {
        const inner = round ?? square ?? '';
        return /^(?:elemental|elementaire|elementales?|elementar|magnesium elemental|magnesio elemental|elemental magnesium|magnesio elemento|magnesium element)$/.test(
          inner.trim(),
        )
          ? ` ${inner.trim()}`
          : '';
      })
      // ("32,8 mg bzw. 1,35 mmol bzw. 2,7 mval Magnesium": restated in millimoles, then in milliequivalents.)
      .replace(
        /^(?:[ ]{0,2},?[ ]{0,2}(?:=|oder|or|ou|o|bzw\.?|eller|lub|of|azaz|vagyis|i\.e\.|d\.h\.|tj\.)[ ]{0,2}\d{1,3}(?:[.,]\d{1,3})?[ ]{0,2}(?:mmol|mval|meq)){1,2}/,
        '',
      )
      // "250 mg:aa magnesiumia": Finnish writes the unit's case ending after a colon.
      .replace(/^:(?:aa|a|n|ssa|sta|lla)(?![a-z])/, '');
    // "products providing more than 350 mg of magnesium per day": a threshold, no product's amount.
    // ("isso não são 1000 mg de magnésio", "that is not 1000 mg of magnesium": an amount denied.)
    if (THRESHOLD_BEFORE_RE.test(before) || NEGATED_BEFORE_RE.test(before) || MAGNESIUM_PRODUCT_AFTER_RE.test(after)) continue;
    // "17.1 g of Magnesium Gluconate (anhydrous) is equivalent to about 1 g of magnesium": a monograph's conversion, no dose.
    if (CONVERSION_BEFORE_RE.test(folded.slice(Math.max(0, a.start - 100), a.start))) continue;
    // "4,5 mg hořčíku (0,185 mmol) na kg tělesné hmotnosti", "6 mg magnesium per kg body weight": a dose by body weight.
    // ("Quantité correspondante en magnésium … 1,896 g" over "Pour 100 g de granulés.": a composition per 100 g, no dose.)
    // ("… correspondant à 1,9 g de magnésium pour 100 g de granulés": so in the same sentence.)
    if (PER_BODY_WEIGHT_AFTER_RE.test(after) || PER_100_AFTER_RE.test(after) || per100Below(folded, a.end)) continue;
    let elementalWord = AFTER_ELEMENTAL_RE.exec(after);
    // "Potassium is present in its highest non-prescription dose, 99 mg elemental": a bare
    // "elemental" is of the mineral the sentence last named before it, here not magnesium.
    // "1,200 mg of elemental potassium": the word after it names another mineral.
    if (elementalWord && !/magnes|magnez|mg|ion/.test(elementalWord[0])) {
      const lead = folded.slice(Math.max(startBefore(), a.start - 200), a.start);
      const named = [...lead.matchAll(MINERAL_NAME_RE)].at(-1)?.[0];
      const next = [...after.slice(elementalWord[0].length, elementalWord[0].length + 14).matchAll(MINERAL_NAME_RE)][0];
      const nextIsOther = !!next && next.index <= 2 && !/^magne/.test(next[0]);
      if (nextIsOther || (named && !/^magne/.test(named))) elementalWord = null;
    }
    // "614.75 mg Magnesium-Ion (entspr.) 60.76 mg": a table run together; the magnesium named
    // after this amount is the next row's, whose own amount follows.
    if (elementalWord && NEXT_ROW_AMOUNT_RE.test(after.slice(elementalWord[0].length))) elementalWord = null;
    // ("140 mg magnézium-hidrogén-aszpartát (vízmentes) (11,8 mg Mg2+)": the element's name hyphened to its salt's is the
    // salt's weight.)
    if (/^[ ]{0,2}magn[a-z]*-[a-z]/.test(after) && formsNearMagnesium(after.slice(0, 60)).length) continue;
    // A bare "… mg magnesium" is elemental only after "of which" / "davon" / "corresponding to".
    const bareMagnesium =
      elementalWord &&
      /^[ ]{0,2}(?:of |de |di |van |a (?=magnez))?(?:magnesium|magnesio|magnez|magneesium|магни|магні|магнези|magni(?:o|s|ja|js|ju|jas)(?![a-z])|µαγνησι)/.test(
        after,
      );
    // "117 mg of magnesium from 900 mg of magnesium bisglycinate", "300 mg magnesium (as citrate)".
    // "Each 2 tablets contain magnesium 54 mgs (from 1000 mg magnesium gluconate dihydrate)": the
    // element, its amount, then the compound it comes from, as a facts row reads.
    const fromCompound =
      /^[ ]{0,2}(?:of |de |di |van )?(?:elemental )?(?:magnesium|magnesio)[ ]{1,2}\(?(?:from|as|aus|als|issu du|sous forme de|como|come|uit)[ ]/.test(
        after,
      ) ||
      (NAMED_MAGNESIUM_BEFORE_RE.test(before) && /^[ ]{0,2}\((?:from|as|aus|als|sous forme de|como|come|uit)[ ]/.test(after)) ||
      // "(25mg as magnesium oxide)": the element's amount, given as a named compound.
      AS_MAGNESIUM_COMPOUND_AFTER_RE.test(after);
    // "magnesium (150 mg per gummy)" / "150 mg of magnesium per capsule": no compound named.
    // ("contains magnesium (from heavy magnesium oxide and …) at 150 mg per tablet": the element, its sources, then its amount.)
    const perUnitMagnesium =
      MAGNESIUM_PER_UNIT_RE.test(after) &&
      (/(?:of[ ]{1,2})?(?:magnesium|magnesio)/.test(after.slice(0, 16)) ||
        /(?:magnesium|magnesio)[ ]{0,2}\($/.test(before) ||
        MAGNESIUM_AT_BEFORE_RE.test(folded.slice(Math.max(0, a.start - 120), a.start)));
    // "Each tablet contains calcium 75 mg, magnesium 37.5 mg", "1粒にカルシウム 75mg、マグネシウム37.5mg":
    // a unit's list of contents names the element before its amount.
    // (Not a salt named so, "Fiecare comprimat conține oxid de magneziu 250 mg": the salt's weight.)
    const listedInUnit =
      NAMED_MAGNESIUM_BEFORE_RE.test(before) &&
      !saltNamedBefore(before) &&
      (aboutOneUnit(folded.slice(Math.max(startBefore(), a.start - 200), a.start)) ||
        !!cjkUnitsHead(folded.slice(Math.max(startBefore(), a.start - 60), a.start)) ||
        // ("1 капсула містить:" over "магнію цитрат — 500 мг (магній — 80 мг)": the list's heading a line above, the
        // element in brackets after its salt's weight; not "Цитрат магния 500 мг", whose salt's word comes first.)
        (/\([^()]{0,30}$/.test(before) && !!unitHeadingAbove(folded, startBefore())));
    // "351 mg de magnésium", "100 mg de magnésium élément", "243 mg = 10 mmol magnesium": the
    // element named alone is an elemental amount, unless the sentence gives someone else's figure.
    const plainMagnesium =
      !!bareMagnesium &&
      !!elementalWord &&
      !/(?:ion|element)/.test(elementalWord[0]) &&
      !fromCompound &&
      !perUnitMagnesium &&
      !COMPOUND_OF_WHICH_RE.test(before);
    // ("Magnesium Glycinate 400mg Magnesium Plus": the amount is the salt's before it, the brand's magnesium no statement.)
    if (
      bareMagnesium &&
      !/(?:ion|element)/.test(elementalWord![0]) &&
      !fromCompound &&
      !perUnitMagnesium &&
      saltNamedBefore(before)
    )
      continue;
    // (Within the sentence: "… je kg Körpergewicht erhöht werden. Soweit nicht anders verordnet, gelten
    // … 5 mmol Magnesium" is the product's own figure after someone else's.)
    if (plainMagnesium && OTHERS_FIGURE_RE.test(wordsAround(folded, Math.max(a.start - 120, startBefore()), a.end + 80)))
      continue;
    // "a magnesium 11,8mg ion", "magnesium 48 mg ions": the ion is the element.
    const magnesiumIon = NAMED_MAGNESIUM_BEFORE_RE.test(before) && /^[ ]{0,2}ions?(?![a-z])/.test(after);
    // "съответстващ на 300mg магнезиеви йони", "300 мг ионов магния": magnesium ions, in Bulgarian or Russian.
    const cyrillicIon = CYRILLIC_ION_AFTER_RE.test(after);
    // "Providing 250 mg each of calcium and magnesium": the same amount of each mineral named.
    const eachOfMagnesium = EACH_OF_MAGNESIUM_AFTER_RE.test(after);
    // "one tablet of Bio-Magnesium (equivalent to 200 mg)": the magnesium named, then what it comes
    // to, and the bracket closes on the amount (not "(equivalent to 200 mg magnesium citrate)").
    const magnesiumEquivalent =
      (MAGNESIUM_EQUIVALENT_BEFORE_RE.test(before) ||
        MAGNESIUM_IN_BRACKETS_BEFORE_RE.test(before) ||
        // (Not a dose by body weight: "0,185 mmol Magnesium (4,5 mg) pro kg Körpergewicht".)
        (MMOL_MAGNESIUM_IN_BRACKETS_BEFORE_RE.test(before) &&
          !/^[ ]{0,2}\)[ ]{0,2}(?:pro|per|je|par|por|\/)[ ]{0,2}kg(?![a-z])/.test(after))) &&
      /^[ ]{0,2}\)/.test(after);
    if (
      !elementalWord &&
      !fromCompound &&
      !perUnitMagnesium &&
      !listedInUnit &&
      !magnesiumIon &&
      !cyrillicIon &&
      !eachOfMagnesium &&
      !magnesiumEquivalent &&
      !ELEMENTAL_THEN_AMOUNT_RE.test(before) &&
      !TOTAL_NAMED_BEFORE_RE.test(before)
    )
      continue;
    const sentenceStart = clauseStart(text, Math.max(startBefore(), a.start - 200), a.start);
    const endDot = sentenceEndAfter(text, a.end, 120);
    const sentence = folded.slice(sentenceStart, endDot < 0 ? a.end + 120 : a.end + endDot);
    // A child's dose ("Kinder von 10-14 Jahren: … 243,2 mg Magnesium") and a ceiling ("do not
    // exceed 4 capsules (400 mg …)") are not the product's serving; nor is a shopper's question ("Q: Is it 500mg
    // elemental magnesium?").
    if (
      CHILD_DOSE_RE.test(sentence) ||
      CEILING_RE.test(sentence) ||
      GENERAL_ADVICE_RE.test(sentence) ||
      asked(text, a.end, endDot)
    )
      continue;
    const perUnit = perUnitIn(sentence);
    // "1 tablett 1-3 gånger dagligen … 120-360 mg magnesium per dygn": the top of a range is no
    // point figure. Where the range is the directions' units a day times one amount, that amount is
    // one unit's; a range one unit is said to hold stays that range; otherwise the sentence gives
    // no figure of its own.
    const rangeLow = rangeLowBefore(text, a);
    if (rangeLow !== null) {
      const perUnitMg = perUnitOfRange(rangeLow, a.mg, sentence);
      if (perUnitMg) {
        out.push({
          mg: perUnitMg.mg,
          units: null,
          source: sentenceSource(text, sentenceStart, a.end, endDot),
          per: 'unit',
          fromCompound,
          unit: perUnitMg.unit,
        });
      } else if (perUnit && !countsRange(sentence)) {
        // "in one capsule of 320mg there is 182-193mg of elemental magnesium": one unit's content,
        // stated as a range (the page's own uncertainty), kept as that range.
        out.push({
          mg: a.mg,
          mgLow: rangeLow,
          units: null,
          source: sentenceSource(text, sentenceStart, a.end, endDot),
          per: 'unit',
          fromCompound,
          unit: unitOfWord(perUnit.slice(1).find(Boolean)!),
          namesOneUnit: PER_ONE_UNIT_RE.test(perUnit[0]),
        });
      } else if (!perUnit && !countsRange(sentence) && ONCE_A_DAY_RE.test(sentence)) {
        // "500 to 1000 mg magnesium gluconate (27 to 54 mg elemental magnesium) orally once a day":
        // one intake a day, so the range is the day's and the intake's.
        out.push({
          mg: a.mg,
          mgLow: rangeLow,
          units: null,
          source: sentenceSource(text, sentenceStart, a.end, endDot),
          per: 'serving',
          fromCompound,
        });
      }
      continue;
    }
    // "2 cápsulas al día (200 mg de magnesio elemental)", "take 3 tablets (300 mg elemental
    // magnesium)": the figure in parentheses is for the units just before it, so one unit holds a share.
    const forUnits = UNITS_BEFORE_PAREN_RE.exec(folded.slice(Math.max(sentenceStart, a.start - 60), a.start));
    const counted = forUnits ? findUnitCount(forUnits[1]!) : null;
    if (counted && counted.min === counted.max && SOLID_UNITS.has(counted.unit)) {
      out.push({
        mg: round(a.mg / counted.max, 0.01),
        units: null,
        source: sentenceSource(text, sentenceStart, a.end, endDot),
        per: 'unit',
        fromCompound,
      });
      if (out.length >= 20) break;
      continue;
    }
    out.push({
      mg: a.mg,
      source: sentenceSource(text, sentenceStart, a.end, endDot),
      fromCompound,
      ...basisOf(text, folded, a, sentenceStart, sentence, perUnit),
    });
    if (out.length >= 20) break;
  }
  return out;
}

/** A salt's weight stated in a sentence, with the form it names. */
export interface SaltStatement extends ElementalStatement {
  forms: FormFinding[];
}

/**
 * "1000 mg magnesium citrate", "600 mg reines Magnesiumbisglycinat", "2000 mg di magnesio citrato": the salt
 * named right after its weight (the words up to the next comma, bracket or full stop).
 */
const SALT_AFTER_AMOUNT_RE =
  /^[ ]{0,2}(?:(?:of|de|di|du|d'|van|von|der|do|da)[ ]{1,2})?(?:(?:reines?|reinem|reinen|pure|pur|puro|pura|pures)[ ]{1,2})?([^\n.,;:()[\]+=]{3,40})/;

/** The salt a sentence names right after (or, in a unit's contents, right before) an amount: its one form with a fraction. */
function saltOfAmount(folded: string, a: { start: number; end: number }, before: string): FormFinding[] {
  const phrase = SALT_AFTER_AMOUNT_RE.exec(folded.slice(a.end, a.end + 50))?.[1];
  const after = phrase ? formsNearMagnesium(phrase) : [];
  // (The salt's name opens the phrase: not "100 mg magnesium from magnesium citrate", the element's amount.)
  const named = after.length ? (phrase!.indexOf(fold(after[0]!.source)) <= 1 ? after : []) : [];
  const found = named.length
    ? named
    : saltNamedBefore(before)
      ? formsNearMagnesium(before.split(/[,;:\n\t]|\s-\s/).at(-1) ?? '')
      : [];
  return found.length === 1 && FORM_BY_ID[found[0]!.id]?.fraction ? found : [];
}

/**
 * "Each 2 capsules contain 1000 mg magnesium citrate", "Jede Kapsel enthält 600 mg Magnesiumbisglycinat", "Her 2
 * tablet 1000 mg magnezyum sitrat içerir", "2000 mg di magnesio citrato per dose giornaliera (2 compresse)": a salt's
 * weight in a sentence that says per what (a unit, a serving, a day). A sentence that does not say is no statement;
 * neither is a study's, an intake's, a child's or a ceiling's figure.
 */
export function findSaltStatements(text: string): SaltStatement[] {
  const folded = fold(text);
  const out: SaltStatement[] = [];
  for (const a of findAmounts(text)) {
    const before = folded.slice(Math.max(0, a.start - 60), a.start);
    if (THRESHOLD_BEFORE_RE.test(before) || NEGATED_BEFORE_RE.test(before) || rangeLowBefore(text, a) !== null) continue;
    const forms = saltOfAmount(folded, a, before);
    if (!forms.length) continue;
    const sentenceStart = Math.max(sentenceStartBefore(text, a.start), a.start - 200);
    const endDot = sentenceEndAfter(text, a.end, 120);
    const sentence = folded.slice(sentenceStart, endDot < 0 ? a.end + 120 : a.end + endDot);
    if (
      CHILD_DOSE_RE.test(sentence) ||
      CEILING_RE.test(sentence) ||
      GENERAL_ADVICE_RE.test(sentence) ||
      asked(text, a.end, endDot) ||
      OTHERS_FIGURE_RE.test(wordsAround(folded, sentenceStart, a.end + 80))
    )
      continue;
    const basis = basisOf(text, folded, a, sentenceStart, sentence, perUnitIn(sentence));
    if (basis.per === 'unknown') continue;
    const source = sentenceSource(text, sentenceStart, a.end, endDot);
    out.push({ mg: a.mg, source, fromCompound: true, forms, ...basis });
    if (out.length >= 20) break;
  }
  return out;
}
