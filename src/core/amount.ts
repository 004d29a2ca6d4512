// Stages 5 and 6 of the analysis (docs/design.md, "The analyser's stages"): the serving (size and
// directions) and the elemental magnesium in one serving. Where the amount comes from is decided
// by ONE table, AMOUNT_SOURCES, in order of trust; each source is a small function that either
// does not apply (undefined), applies and gives an amount, or applies and gives none (null: the
// source is there but cannot be read, so nothing less trusted is used instead).
import type { ElementalAmount, FormFinding, Warning } from './schema';
import { OF_WHICH_WORDS, PER_UNIT_RE, PROVIDING_WORDS, type LabelReading, type MagnesiumRow } from './label-rows';
import { LATIN_SALT_TITLE_RE, type TitleAnalysis } from './title';
import { comparesForms, formsNearMagnesium, namedHydrate } from './forms';
import {
  findUnitCount,
  namesPack,
  parseDirections,
  parseServingSize,
  unitKind,
  type Directions,
  type ServingSize,
  type UnitCount,
  type UnitKind,
} from './servings';
import {
  CHILD_DOSE_RE,
  elementalFromCompound,
  elementalFromPercent,
  findElementalStatements,
  findSaltStatements,
  percentFits,
  TOTAL_MAGNESIUM_RE,
  EU_NRV_MG,
  US_DAILY_VALUE_MG,
  US_OLD_DAILY_VALUE_MG,
  NATIONAL_REFERENCES,
  type ElementalStatement,
  type SaltStatement,
  type MgRange,
} from './dose';
import { FORM_BY_ID, type Hydrate } from '../knowledge/forms';
import { fold, quote } from './text';
import { findAmounts, PER_LITRE_RE, REFERENCE_INTAKE, round } from './units';
import { warn, type Fields, type PageInputs } from './page-inputs';

/** More of a magnesium compound than this does not fit in one capsule or tablet. */
const MAX_COMPOUND_PER_UNIT_MG = 1_500;
/** More elemental magnesium than this in one oral serving is a misprint or a misread, not a dose. */
const MAX_PLAUSIBLE_SERVING_MG = 2_500;

/** "providing elemental magnesium 300 mg", "of which magnesium …", "furnizând …": a row that restates the one above as the element. */
const RESTATES_ABOVE_RE = new RegExp(String.raw`^(?:${PROVIDING_WORDS}|${OF_WHICH_WORDS})(?![a-z])`);

/** The magnesium row to read: an elemental row with an amount, else one with a percent, else a salt row. */
function pickRow(rows: MagnesiumRow[], title: string): MagnesiumRow | null {
  const titled = titledRow(rows, title);
  if (titled) return titled;
  const elemental = rows.find((r) => r.reading === 'elemental' && r.amount);
  // ("Magneziu marin 500 mg" over "furnizând magneziu elemental 300 mg": the sea's source by its weight, then its element.)
  const next = elemental ? rows[rows.indexOf(elemental) + 1] : undefined;
  const restated =
    next?.reading === 'elemental' &&
    next.amount &&
    next.amount.mg < elemental!.amount!.mg &&
    next.basis.per === elemental!.basis.per &&
    RESTATES_ABOVE_RE.test(fold(next.text))
      ? next
      : undefined;
  return (
    // "Magnesium gesamt 360 mg" under each salt's "davon Magnesium": the printed total its parts add up to.
    rows.find((r) => r.reading === 'elemental' && r.amount && totalOfTheRest(rows, r)) ??
    restated ??
    elemental ??
    rows.find((r) => r.reading === 'elemental' && r.percent) ??
    rows.find((r) => r.reading === 'compound' && r.amount) ??
    rows[0] ??
    null
  );
}

/** The title prints this amount ("Magnofit 243 mg"), within half a percent. */
function titleNamesMg(title: string, mg: number): boolean {
  return findAmounts(title).some((a) => Math.abs(a.mg - mg) <= 0.005 * Math.max(a.mg, mg));
}

/**
 * "Magnofit 243 mg Brausetabletten" over a leaflet's two strengths, "Magnesium-Ion (entspr.) 121,5 mg" and "… 243 mg":
 * the elemental row of the strength the title names, where it names one of them.
 */
function titledRow(rows: MagnesiumRow[], title: string): MagnesiumRow | undefined {
  const elemental = rows.filter((r) => r.reading === 'elemental' && r.amount);
  const named = elemental.filter((r) => titleNamesMg(title, r.amount!.mg));
  return named.length && named.length < elemental.length && new Set(named.map((r) => r.amount!.mg)).size === 1
    ? named[0]
    : undefined;
}

/**
 * Of the statements in one text, the ones that are this product's: those of the first one's kind
 * (per unit, per serving, per day), narrowed to the strength the title names where a page
 * describes two ("1 Hartkapsel enthält … 150 mg Magnesium" for forte, "… 243 mg" for extra).
 */
/**
 * Dose units a product comes in, not measures: one a statement may name (a capsule's page is no stick pack's), one a
 * medicine's name gives its strength for ("EFERMAG 365 mg efervesan tablet").
 */
const DOSE_UNITS: ReadonlySet<UnitKind> = new Set(['capsule', 'tablet', 'gummy', 'packet', 'ampoule']);
/** "Each stick pack adds 60 mg of magnesium" on a page of capsules: a statement of another product's unit. */
function otherDoseUnit(x: ElementalStatement, servingUnit: UnitKind | undefined): boolean {
  return (
    x.per === 'unit' &&
    !!x.unit &&
    !!servingUnit &&
    DOSE_UNITS.has(x.unit) &&
    DOSE_UNITS.has(servingUnit) &&
    x.unit !== servingUnit
  );
}

function productStatements(found: ElementalStatement[], title: string, servingUnit?: UnitKind): ElementalStatement[] {
  const first = found[0];
  if (!first) return [];
  const sameKind = found.filter((x) => x.per === first.per);
  // (A range, "1- bis 2-mal täglich 1 Brausetablette (150–300 mg Magnesium)", is a dose's span, not the strength named.)
  const titled = sameKind.filter((x) => titleNamesStatement(title, x) && x.mgLow === undefined);
  if (titled.length && titled.length < sameKind.length && new Set(titled.map((x) => x.mg)).size === 1) return titled;
  // "61mg elemental Mg" per tablet, "122mg elemental Mg/packet", and directions of "1 packet …":
  // two dosage forms, and the serving is the one the directions name.
  const ofServing = servingUnit ? sameKind.filter((x) => x.per === 'unit' && x.unit === servingUnit) : [];
  if (ofServing.length && ofServing.length < sameKind.length && new Set(ofServing.map((x) => x.mg)).size === 1) return ofServing;
  // "Magnesii subcarbonas 670 mg (= 169 mg magnézia), Magnesii oxidum 342 mg (= 196 mg magnézia).
  // Celkový obsah magnézia 365 mg": each salt's share, then the total, which is the product's.
  const totals = sameKind.filter((x) => TOTAL_MAGNESIUM_RE.test(fold(x.source)));
  return totals.length === 1 && sameKind.length > 1 ? totals : sameKind;
}

/**
 * "Magnobal® 10 mmol:" over its dosing table, the only strength the directions name: the strength they dose, as a
 * title names one ("" where they name none or several).
 */
function dosedStrength(directions: string): string {
  const named = [...fold(directions).matchAll(/(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?[ ]?(?:mg|mmol)[ ]?:/g)].map((m) => m[0]);
  return new Set(named).size === 1 ? named[0]!.replace(/[ ]?:$/, '') : '';
}

/**
 * The texts in the order statements are read: as given, except that a text holding a statement the
 * title names comes first (the label block quotes the vial's "122 mg", the description the sachet's
 * "184 mg", and the title is "Mag 2 20 bust grat 2,25 g").
 */
function byTitle(texts: string[], title: string): string[] {
  const named = texts.findIndex((t) => findElementalStatements(t).some((x) => titleNamesStatement(title, x)));
  return named > 0 ? [texts[named]!, ...texts.filter((_, i) => i !== named)] : texts;
}

/** The product's own texts where amounts are stated: its label, ingredients, description and bullets. */
function productTexts(f: Fields, ingredientsText: string): string[] {
  return [f.labelText, ingredientsText, f.description, f.bullets.join('\n')];
}

/** The statement the per-serving step would read first (the first text that has any). */
function firstStatement(texts: string[], title: string): ElementalStatement | undefined {
  for (const text of byTitle(texts, title)) {
    const found = productStatements(findElementalStatements(text), title)[0];
    if (found) return found;
  }
  return undefined;
}

/**
 * The title names this statement: its elemental figure ("Magnetrans forte 150mg") or another amount
 * in its sentence ("Mag 2 … 20bust 2,25g" and "Una bustina contiene: magnesio pidolato 2,250 g (… 184 mg …)").
 */
function titleNamesStatement(title: string, statement: ElementalStatement): boolean {
  // "Magnobal 10 Mmol" and "… (entsprechend 243 mg oder 10 mmol Magnesium)": the strength in millimoles.
  const titleMmol = mmolFigures(title);
  if (titleMmol.length && mmolFigures(statement.source).some((x) => titleMmol.includes(x))) return true;
  const inSentence = findAmounts(statement.source).map((a) => a.mg);
  return [statement.mg, ...inSentence].some((mg) => titleNamesMg(title, mg));
}

/** "10 mmol", "6,2 mmol": the millimole figures a text prints. */
function mmolFigures(text: string): number[] {
  return [...fold(text).matchAll(/(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)[ ]?mmol(?![a-z])/g)].map((m) =>
    Number(m[1]!.replace(',', '.')),
  );
}

/** "Suggested use: take 2 capsules daily." inside a description or bullet. */
function directionsIn(texts: string[]): string {
  for (const t of texts) {
    const folded = fold(t);
    const m =
      /(?<![a-z])(?:directions|suggested use|recommended use|how to use|verzehrempfehlung|einnahmeempfehlung|conseils d'utilisation|mode d'emploi|modo de empleo|modo d'uso)[ ]{0,2}[:-]/.exec(
        folded,
      );
    if (m) return t.slice(m.index + m[0].length, m.index + m[0].length + 300);
  }
  return '';
}

export interface ServingReading {
  /** The magnesium row the amount is read from (see pickRow). */
  row: MagnesiumRow | null;
  serving: ServingSize | null;
  directions: Directions | null;
  /** No serving size is printed: the serving is what the directions take at one time. */
  servingFromDirections: boolean;
  /**
   * "Serving Size 1-3 Tablets", "Servings Per Container 15" in a pack of 45: the panel's amounts are
   * those of the largest serving, this many units.
   */
  amountsForUnits: number | null;
  /**
   * The header's column of several units, set aside for one unit's (see unitColumnTaken), and whether
   * it is a day's of which the directions allow less.
   */
  columnSetAside: { text: string; fewerThanDay: boolean } | null;
  /** The label's amounts are per one volume, the directions take another at a time (see volumeTaken). */
  volumeScaled: { label: string; taken: string } | null;
}

/** Units of one kind the panel's amounts are for, when its serving size is a range of them. */
const COUNTED_RANGE_UNITS: ReadonlySet<UnitKind> = new Set(['capsule', 'tablet', 'gummy', 'packet']);

/**
 * A serving size that is a range of units ("1-3 Tablets") whose servings per container times its
 * largest count is the pack's count (15 × 3 = 45): the amounts are the largest serving's.
 */
function amountsForLargest(
  serving: ServingSize | null,
  servingsPerContainer: string,
  packCount: number | undefined,
): number | null {
  const units = serving?.units;
  if (!units || units.min >= units.max || !COUNTED_RANGE_UNITS.has(units.unit) || !packCount) return null;
  // ("Servings Per Container 60-120": a range of servings says the amounts are no one count's.)
  if (/\d\s?[-–]\s?\d/.test(servingsPerContainer)) return null;
  const perContainer = /(?<![\d.,])(\d{1,4})(?![\d.,])/.exec(servingsPerContainer);
  return perContainer && Number(perContainer[1]) * units.max === packCount ? units.max : null;
}

/** "de 1 a 2 comprimidos (de 48,62 mg a 97,24 mg de magnesio)": the directions' intake, then its amount. */
function intakeAmountStated(directionsText: string, intakeRaw: string): boolean {
  const at = directionsText.indexOf(intakeRaw);
  return at >= 0 && /^[ ]{0,2}\([^)\d]{0,12}\d[\d.,]{0,8}[ ]{0,2}mg/i.test(directionsText.slice(at + intakeRaw.length));
}

/** Units that hold one dose each: one is drunk or dissolved at a time. */
const SINGLE_DOSE_UNITS: ReadonlySet<UnitKind> = new Set(['packet', 'ampoule']);

/**
 * "3 flaconcini o 2 bustine al giorno": directions that offer two dosage forms. The intake is the
 * one in the unit the amount is stated for; where no unit says which, the first stands.
 */
function intakeInUnitOf(directions: Directions | null, unit: UnitKind | null, amountText: string): Directions | null {
  if (!directions?.alternatives) return directions;
  // Two forms in the same unit ("3 bustine monodose di soluzione o 2 bustine di polvere"): the one
  // whose words the amount's sentence shares ("Una bustina di polvere … contiene").
  const inUnit = directions.alternatives.filter((x) => x.unit === unit);
  const folded = fold(amountText);
  const opening = (x: { words: string }) => x.words.split(' ').slice(0, 2).join(' ');
  const chosen = inUnit.find((x) => x.words && folded.includes(opening(x))) ?? inUnit[0];
  return chosen ? { ...directions, perIntake: chosen } : directions;
}

/**
 * "w 1 kapsułce | w 2 kapsułkach" over "1 kapsułka 2 razy dziennie", "per 1 compressa | per dose
 * massima giornaliera (3 compresse)" over "da 1 a 3 compresse al giorno": a header's column of several
 * units beside one unit's, no serving size printed, and directions that take fewer of those units at a
 * time. The several units are a day's (or its most), so the one unit's column is the amount and the
 * directions count it.
 */
function unitColumnTaken(
  row: MagnesiumRow,
  f: Fields,
  label: LabelReading,
  directions: Directions | null,
): ServingReading['columnSetAside'] {
  const intake = directions?.perIntake;
  if (!row.unitColumn || f.servingSize || !label.servingFromHeader || !intake || !label.servingSize) return null;
  const header = findUnitCount(label.servingSize);
  const unit = unitKind(row.unitColumn.unit);
  // ("Pr. tablet | Pr. dagsdosis (2 tabletter)" over "1 tablet morgen og 1 tablet aften": a day shared over its moments
  // takes fewer at a time, whatever it adds up to.)
  if (!header || !unit || header.unit !== unit || intake.unit !== unit) return null;
  const sharedDay = directions.dividedDaily && row.basis.per === 'day' && intake.min === header.min && intake.max === header.max;
  if (!(intake.min < header.min || sharedDay)) return null;
  // ("2 compresse 3 volte al giorno" under a 3-tablet day's column: the page contradicts itself; the label stands.)
  if (intake.max * directions.timesPerDay.max > header.max) return null;
  const dayColumn = row.basis.per === 'day';
  return { text: label.servingSize, fewerThanDay: dayColumn && intake.min * directions.timesPerDay.min < header.min };
}

function asUnitColumn(row: MagnesiumRow): MagnesiumRow {
  const { amount, unit } = row.unitColumn!;
  return { ...row, amount, amountLow: null, percent: null, basis: { per: 'unit', unit }, unitColumn: null };
}

/** A header's volume ("per 5 mL") and directions that take another at a time ("10 mL"): the row per that volume. */
function volumeTaken(
  row: MagnesiumRow,
  serving: ServingSize | null,
  intake: Directions['perIntake'] | undefined,
  servingFromHeader: boolean,
): { row: MagnesiumRow; serving: ServingSize } | null {
  const basis = serving?.units;
  if (!servingFromHeader || row.basis.per !== 'serving' || row.amounts.length !== 1 || !row.amount) return null;
  if (basis?.unit !== 'ml' || basis.min !== basis.max || intake?.unit !== 'ml' || intake.min !== intake.max) return null;
  if (intake.min === basis.min || !(basis.min > 0)) return null;
  const scale = intake.min / basis.min;
  const amount = { ...row.amount, mg: round(row.amount.mg * scale, 0.1) };
  return { row: { ...row, amount, amounts: [amount], amountLow: null }, serving: parseServingSize(intake.raw) };
}

/**
 * "EFERMAG 365 mg efervesan tablet" over "365 mg magnezyum iyonuna eşdeğer": a name that gives the amount
 * with the dose unit it is in states it per unit, as a medicine's name gives its strength.
 */
function titleNamesUnitStrength(title: string, mg: number | undefined): boolean {
  if (!mg || !title) return false;
  if (!findAmounts(title).some((a) => a.unit === 'mg' && Math.abs(a.mg - mg) <= 0.01 * mg)) return false;
  return fold(title)
    .split(/[^\p{L}]+/u)
    .some((w) => w.length >= 3 && DOSE_UNITS.has(unitKind(w) ?? 'serving'));
}

/** "Not intended for children or use more than once a day", "Do not exceed one serving per day": a day of one use. */
const ONCE_A_DAY_AT_MOST_RE =
  /(?<![a-z])(?:not|never)(?: intended| to be)?(?: for)?[^.\n]{0,40}? more than (?:once (?:a|per|in a) day|one (?:serving|scoop|dose|use) (?:a|per|in a) day)(?![a-z])|(?<![a-z])do not exceed (?:one|1) (?:serving|scoop|dose) (?:a|per|in a) day(?![a-z])/;

/**
 * "2 x per dag 40 druppels (2 ml)" under "50 mg magnesium per ml": the intake restated in millilitres, where the amount is
 * per millilitre and the intake counts something else (drops); null otherwise.
 */
function millilitresOfIntake(
  directions: Directions,
  intake: UnitCount,
  statement: ElementalStatement | undefined,
  row: MagnesiumRow | null,
): string | null {
  const perUnit = statement?.per === 'unit' ? statement.unit : row?.basis.per === 'unit' ? row.basis.unit : null;
  if (intake.unit === 'ml' || !perUnit || unitKind(perUnit) !== 'ml') return null;
  const folded = fold(directions.text);
  const at = folded.indexOf(fold(intake.raw));
  const bracket = at < 0 ? null : /^[ ]{0,2}\((\d{1,3}(?:[.,]\d{1,2})?)[ ]?ml\)/.exec(folded.slice(at + fold(intake.raw).length));
  return bracket ? `${bracket[1]} ml` : null;
}

/** Stage 5. The serving: printed, else from the row's basis, else what the directions take at one time. */
export function servingOf(p: PageInputs): ServingReading {
  const { f, label, mgRows, ingredientsText } = p;
  const directionsText = f.directions || label.directions || directionsIn([f.description, ...f.bullets]);
  const read = directionsText ? parseDirections(directionsText) : null;
  // "Add one scoop to water" with "Not intended for … use more than once a day" below: the day's one use.
  const parsedDirections =
    read?.frequencyAssumed && ONCE_A_DAY_AT_MOST_RE.test(fold([f.labelText, f.description, ...f.bullets].join('\n')))
      ? { ...read, frequencyAssumed: false }
      : read;
  const picked = pickRow(mgRows, f.title);
  const columnSetAside = picked ? unitColumnTaken(picked, f, label, parsedDirections) : null;
  let row = columnSetAside ? asUnitColumn(picked!) : picked;
  let servingText = f.servingSize || (row === picked ? label.servingSize : null) || '';
  if (!servingText && row?.basis.per === 'day' && row.basis.units && row.basis.unit)
    servingText = `${row.basis.units} ${row.basis.unit}`;
  if (!servingText && row?.basis.per === 'unit' && row.basis.unit) servingText = `1 ${row.basis.unit}`;
  const statement = firstStatement(productTexts(f, ingredientsText), f.title);
  const rowWithAmount = row?.amount && row.reading === 'elemental' ? row : null;
  // "Nutrient Value, per 1 teaspoon: 205 mg of magnesium": a statement whose basis names one unit
  // sets the serving as a row's "per capsule" column does.
  if (!servingText && !rowWithAmount && statement?.namesOneUnit && statement.unit) servingText = `1 ${statement.unit}`;
  // ("One serving (3 capsules) supplies … 144 mg", "per serving of 3 capsules": a statement that names its serving and
  // counts its units sets the serving too; not "Two SaltStick Caps in an hour equate to …".)
  if (
    !servingText &&
    !rowWithAmount &&
    statement?.per === 'serving' &&
    statement.units &&
    /(?<![a-z])(?:servings?|portions?|doses?)(?![a-z])/.test(fold(statement.source))
  )
    servingText = statement.units;
  // "400mg magnesium glycinate per serving" under "Each serving (2 capsules) contains 400 mg of magnesium glycinate": the
  // sentence that weighs the row's salt names the units of its serving.
  if (!servingText && row?.reading === 'compound' && row.amount && row.basis.per === 'serving')
    servingText =
      productTexts(f, ingredientsText)
        .flatMap((t) => findSaltStatements(t))
        .find((x) => x.per === 'serving' && x.units && Math.abs(x.mg - row!.amount!.mg) < 0.01)?.units ?? '';
  let serving: ServingSize | null = servingText ? parseServingSize(servingText) : null;
  const directions = intakeInUnitOf(
    parsedDirections,
    serving?.units?.unit ??
      (row?.amount && row.basis.per === 'unit' ? unitKind(row.basis.unit) : null) ??
      (!rowWithAmount && statement?.per === 'unit' ? (statement.unit ?? null) : null),
    rowWithAmount?.text ?? statement?.source ?? '',
  );
  // No serving size printed: what the directions take at one time is the serving ("take 2 capsules
  // twice daily": a serving of 2 capsules, twice a day), so an amount per capsule scales by 2.
  // "6 to 8 tablets a day in 2 or 3 doses": one intake is not stated, so the serving is one unit.
  const intake = directions?.perIntake;
  // "Bevat per sachet: 243 mg" with "1–2 sachets per dag": the label states its amount per unit,
  // prints no serving size and the directions give a day's count as a range, so the serving is one
  // unit and the directions count servings.
  // A statement that names no basis takes the row's ("Active ingredient: Magnesium Oxide 400mg
  // (241.3mg elemental magnesium)": a Drug Facts row is per dosage unit).
  // ("Magnesium (magnesium bisglycinate) - 100 mg" under no heading, and "Each capsule contains 100 mg of elemental
  // magnesium" in the description: the sentence names the row's basis.)
  const amountPerUnit =
    (rowWithAmount
      ? rowWithAmount.basis.per === 'unit' ||
        (!rowWithAmount.basisNamed && statement?.per === 'unit' && Math.abs(statement.mg - rowWithAmount.amount!.mg) < 0.5)
      : statement?.per === 'unit' || (statement?.per === 'unknown' && row?.basis.per === 'unit')) ||
    titleNamesUnitStrength(f.title, rowWithAmount?.amount?.mg ?? statement?.mg);
  // The same holds for a range taken several times a day ("1 or 2 caplets b.i.d."), unless the
  // directions give that range's own amount ("1 a 2 comprimidos (de 48,62 mg a 97,24 mg)").
  const countPerDay = !!intake && intake.min < intake.max && !intakeAmountStated(directions!.text, intake.raw);
  // "Una bustina contiene … 184 mg" with "2 bustine al giorno": a sachet or an ampoule is a dose
  // of its own, so each is a serving and the directions count servings.
  // An amount that names no basis, for sachets taken one by one, is one sachet's.
  const singleDose = !!intake && SINGLE_DOSE_UNITS.has(intake.unit);
  const amountBasisUnnamed = !rowWithAmount && statement?.per === 'unknown';
  // (Not a measure: "Each mL contains … 5 mg" with "15 to 30 mL one to three times daily" takes 15 to 30 ml at a time.)
  if (
    !serving &&
    intake &&
    intake.unit !== 'serving' &&
    !MEASURED_UNITS.has(intake.unit) &&
    (directions!.dividedDaily || (amountPerUnit && (countPerDay || singleDose)) || (amountBasisUnnamed && singleDose))
  ) {
    serving = parseServingSize(`1 ${intake.unit}`);
    // ("Per tablett | Per dagsdose" over "2 tabletter daglig, fordelt på morgen og kveld": one unit at a time is the unit's
    // column, not the day's.)
    if (row?.basis.per === 'day' && row.unitColumn && unitKind(row.unitColumn.unit) === intake.unit) row = asUnitColumn(row);
  }
  const servingFromDirections = !serving && !!intake && intake.unit !== 'serving';
  if (servingFromDirections) {
    serving = parseServingSize(millilitresOfIntake(directions!, intake!, statement, row) ?? intake.raw);
    // ("per 1 cucchiaino | per dose giornaliera (2 cucchiaini)" over "1 cucchiaino 1-2 volte al giorno": one unit at a
    // time is read from the unit's column.)
    if (row?.basis.per === 'day' && row.unitColumn && intake!.max === 1 && unitKind(row.unitColumn.unit) === intake!.unit)
      row = asUnitColumn(row);
  }
  // "Medicinal Ingredients (per 5 mL)" over "Take 10 mL twice daily": the header's volume is not what
  // the directions take at a time, so the serving is their volume and the row's amount scales to it.
  // (Not a day's volume shared over intakes: "15 ml par jour, en une à trois prises" takes the header's 5 ml up to three times.)
  const volume =
    row && !columnSetAside && !directions?.dividedDaily
      ? volumeTaken(row, serving, intake, !f.servingSize && label.servingFromHeader)
      : null;
  const volumeScaled = volume ? { label: label.servingSize ?? '', taken: volume.serving.text } : null;
  if (volume) {
    row = volume.row;
    serving = volume.serving;
  }
  // (Only for amounts per serving: "Amount Per Capsule", "Each capsule provides …" or a title's "per
  // Tablet" already say what one unit holds.)
  const perUnitStatement = !!statement && (statement.per === 'unit' || !!statement.namesOneUnit);
  const perServingAmount = !perUnitStatement && (rowWithAmount ? rowWithAmount.basis.per === 'serving' : !!statement);
  const amountsForUnits =
    perServingAmount && !PER_UNIT_RE.test(fold(f.title))
      ? amountsForLargest(serving, f.servingsPerContainer || label.servingsPerContainer || '', p.snapshot.unitCount)
      : null;
  return { row, serving, directions, servingFromDirections, amountsForUnits, columnSetAside, volumeScaled };
}

interface AmountContext {
  row: MagnesiumRow | null;
  label: LabelReading;
  f: Fields;
  serving: ServingSize | null;
  /** No serving size is printed: the serving is what the directions take at one time. */
  servingFromDirections: boolean;
  directions: Directions | null;
  warnings: Warning[];
  titleInfo: TitleAnalysis;
  ingredientsText: string;
}

export interface PerServingResult {
  amount: ElementalAmount;
  perDayStated: boolean;
  servingHint?: string | null;
  /** A day's amount shared over this many intakes: the servings a day, whatever other directions say. */
  sharedOver?: number;
  /**
   * The label's own amount per day, in a section of its own below the serving's rows ("In the
   * recommended daily amount (2-6 capsules): Magnesium 114-342 mg"): the day where no directions say.
   */
  labelPerDay?: MgRange;
}

/** undefined: the source is not on this page; null: it is, but gives no usable amount. */
type SourceResult = PerServingResult | null | undefined;

function referenceFor(kind: 'dv' | 'nrv', label: LabelReading): { mg: number; name: string } {
  if (kind === 'nrv') return { mg: EU_NRV_MG, name: 'the EU NRV of 375 mg' };
  return label.oldStyleUnits
    ? { mg: US_OLD_DAILY_VALUE_MG, name: 'the pre-2020 US Daily Value of 400 mg (the label uses IU, an older format)' }
    : { mg: US_DAILY_VALUE_MG, name: 'the US Daily Value of 420 mg (2016 rule; older labels used 400 mg)' };
}

/**
 * A label whose percents are against its own country's reference, as its footnote or heading names it ("(Thai RDI)",
 * "영양성분 기준치", "栄養素等表示基準値", "营养素参考值"): that reference, not the US or the EU one (docs/knowledge.md §1).
 */
function nationalReference(labelText: string): { mg: number; name: string } | null {
  return NATIONAL_REFERENCES.find((r) => r.named?.test(labelText)) ?? null;
}

/** Units a dose is measured in, not counted: an amount is never per one of them unless it says so. */
const MEASURED_UNITS: ReadonlySet<UnitKind> = new Set(['ml', 'drop']);

/** Scale a row or statement amount to one serving, given what the amount was per. */
function toServing(
  mg: MgRange,
  per: 'serving' | 'unit' | 'day' | 'unknown',
  serving: ServingSize | null,
  warnings: Warning[],
  basisUnclear = false,
  unitOf: string | null = null,
): { range: MgRange; perDayStated: boolean } {
  // No serving size printed and the directions take several units: an amount that names no basis
  // may be per unit or per intake, so the serving holds between the two. (Not for a measure: no
  // label gives its amount per millilitre or per drop without saying so; "take 20 drops" is its dose.)
  const units = serving?.units && serving.units.unit !== 'serving' ? serving.units : null;
  if (basisUnclear && per === 'serving' && units && units.max > 1 && !MEASURED_UNITS.has(units.unit)) {
    warn(
      warnings,
      'amount-basis-unclear',
      `The label prints no serving size and does not say whether its amount is per ${units.unit} or per ${units.raw}: the serving is a range.`,
    );
    return { range: { min: mg.min, max: round(mg.max * units.max, 0.1) }, perDayStated: false };
  }
  if (per === 'unit') {
    if (units && units.min !== units.max) {
      warn(warnings, 'serving-units-range', 'The serving size gives a range of units: the per-serving amount is a range.');
    }
    // ("Cada ampola de 10 ml contém … 130 mg de magnésio" over a serving of "10 ml": an amount per ampoule is that
    // measure's whole, not per millilitre of it.)
    const measuredOther = !!units && MEASURED_UNITS.has(units.unit) && !!unitOf && unitKind(unitOf) !== units.unit;
    const k = units && !measuredOther ? units : { min: 1, max: 1 };
    return { range: { min: round(mg.min * k.min, 0.1), max: round(mg.max * k.max, 0.1) }, perDayStated: false };
  }
  return { range: mg, perDayStated: per === 'day' };
}

function make(
  ctx: AmountContext,
  range: MgRange,
  basis: ElementalAmount['basis'],
  source: string,
  perDayStated = false,
): PerServingResult | null {
  if (!(range.max > 0) || !Number.isFinite(range.max)) return null;
  if (range.max > MAX_PLAUSIBLE_SERVING_MG && basis !== 'from-title') {
    warn(
      ctx.warnings,
      'implausible-amount',
      `"${quote(source, 120)}" gives ${range.max} mg of magnesium in one serving, which no oral product contains: not used.`,
    );
    return null;
  }
  return {
    amount: { min: round(range.min, 0.01), max: round(range.max, 0.01), basis, source: quote(source, 300) },
    perDayStated,
  };
}

/** The forms' elemental fractions, or null where a form has none on file. */
function fractionsOf(forms: FormFinding[]): { min: number; max: number; hydrates?: Partial<Record<Hydrate, number>> }[] | null {
  const fractions = forms.map((x) => FORM_BY_ID[x.id]?.fraction).filter((x) => x !== undefined && x !== null);
  return forms.length && fractions.length === forms.length ? fractions : null;
}

/** More magnesium than one capsule or tablet of a low-magnesium compound can hold. */
function tooMuchForOneUnit(mg: number, forms: FormFinding[]): boolean {
  const fractions = fractionsOf(forms);
  const maxFraction = fractions ? Math.max(...fractions.map((x) => x.max)) : 1;
  return maxFraction < 0.2 && mg > MAX_COMPOUND_PER_UNIT_MG * maxFraction;
}

// An "elemental" amount that would need more than 1.5 g of a low-magnesium compound in one
// capsule or tablet ("500 mg of magnesium as magnesium orotate") is probably the compound's
// weight: the amount is then a range from the compound's share up to the printed figure.
function doubtCompoundWeight(
  ctx: AmountContext,
  range: MgRange,
  forms: FormFinding[],
  source: string,
  perUnit: boolean,
): MgRange {
  const fractions = fractionsOf(forms);
  if (!fractions) return range;
  const maxFraction = Math.max(...fractions.map((x) => x.max));
  // Units in the serving, where they are capsules, tablets or gummies; the units it was scaled by when it is per unit.
  const serving = ctx.serving;
  const solid = serving?.units && ['capsule', 'tablet', 'gummy'].includes(serving.units.unit) ? serving.units.max : null;
  // A per-unit amount has already been scaled to the serving's units (toServing). A sachet, a scoop or
  // a spoonful holds grams of powder or liquid: only a capsule, a tablet or a gummy has no room.
  const scaledBy = serving?.units && serving.units.unit !== 'serving' ? (solid ?? null) : 1;
  const unitCount = perUnit ? scaledBy : solid;
  if (!unitCount || maxFraction >= 0.2 || range.max / unitCount <= MAX_COMPOUND_PER_UNIT_MG * maxFraction) return range;
  const minFraction = Math.min(...fractions.map((x) => x.min));
  warn(
    ctx.warnings,
    'elemental-or-compound',
    `"${quote(source, 100)}" would need more than ${MAX_COMPOUND_PER_UNIT_MG / 1000} g of ${forms.map((x) => x.id).join(' / ')} in each unit: the figure is probably the compound's weight, so the magnesium is shown as a range.`,
  );
  return { min: round(range.min * minFraction, 0.1), max: range.max };
}

/** An elemental figure that is the salt rows' weights times their salts' shares, added up, within a tenth either way. */
function explainedBySalt(mg: number, salts: MagnesiumRow[]): boolean {
  let low = 0;
  let high = 0;
  for (const salt of salts) {
    const fractions = fractionsOf(salt.forms);
    if (!fractions || !salt.amount) return false;
    // (Each hydrate on file too: an aspartate hydrochloride trihydrate holds more than the plain salt's range.)
    const shares = fractions.flatMap((x) => [x.min, x.max, ...Object.values(x.hydrates ?? {})]).filter((x) => x !== undefined);
    low += Math.min(...shares) * salt.amount.mg;
    high += Math.max(...shares) * salt.amount.mg;
  }
  return mg >= low * 0.9 && mg <= high * 1.1;
}

/** The other salts weighed beside a salt row: another form, the same basis, one form each, no percent. */
function otherSaltRows(rows: MagnesiumRow[], row: MagnesiumRow): MagnesiumRow[] {
  if (row.forms.length !== 1 || row.amountLow) return [];
  const salts = rows.filter(
    (r) =>
      r.reading === 'compound' &&
      r.amount &&
      !r.amountLow &&
      !r.percent &&
      !r.buffered &&
      r.basis.per === row.basis.per &&
      r.forms.length === 1,
  );
  // The same salt twice (the row's own included: "lactate 470 mg" for a tablet, "pidolate 936 mg,
  // lactate 186 mg" for an ampoule) is another strength or another product, not a second salt.
  if (new Set(salts.map((r) => r.forms[0]!.id)).size !== salts.length) return [];
  // Two salts of the very same weight ("Magnesi lactat dihydrat 470mg" in one list, "Magnesium
  // hydroxide 470mg" in another) are one ingredient named two ways, not two to add.
  // (The row itself may come scaled to the directions' volume: the label's own copy of it is no second salt.)
  // (Not among three salts or more, one table's: "Bisglycinate 500mg / Malate 500mg / Taurate 250mg".)
  const other = (r: MagnesiumRow) => r !== row && r.text !== row.text;
  if (salts.length < 3 && salts.some((r) => other(r) && r.amount!.mg === row.amount!.mg)) return [];
  return salts.filter(other);
}

/**
 * Another salt of the same basis weighed beside the row that cannot join its sum (it carries a
 * percent, a range or a buffer): the row's share alone would be part of the magnesium given as all of it.
 */
function unaddableSaltRow(rows: MagnesiumRow[], row: MagnesiumRow): MagnesiumRow | undefined {
  const id = row.forms.length === 1 ? row.forms[0]!.id : null;
  return rows.find(
    (r) =>
      r !== row &&
      r.reading === 'compound' &&
      !!r.amount &&
      r.basis.per === row.basis.per &&
      r.forms.length === 1 &&
      r.forms[0]!.id !== id &&
      (!!r.percent || !!r.amountLow || r.buffered),
  );
}

/** The first elemental row in a per-day section, not a child's ("… 114 mg (… for children)"). */
function labelDayRow(rows: MagnesiumRow[]): MagnesiumRow | undefined {
  return rows.find((r) => r.basis.per === 'day' && r.reading === 'elemental' && r.amount && !CHILD_DOSE_RE.test(fold(r.text)));
}

/** A facts row that names magnesium: elemental by the label rules ("Magnesium (as citrate) 200 mg 48%"). */
/**
 * "Octomag Magnezyum  250 mg Magnezyum 5 Aktif Form. 60 Bitkisel Kapsül": a line that starts with the
 * title's name and counts the pack, spaced like cells, is the product's name line, not a facts row.
 */
function isNameLine(line: string, title: string): boolean {
  const lead = fold(title).split(/\s+/).slice(0, 2).join(' ');
  const folded = fold(line).replace(/\s+/g, ' ').trim();
  // ("MAGNEZIJ 300 300 mg": a drug register's name with its number, then its strength; not "マグネシウム 150mg", a
  // nutrient's row under a name that is the nutrient's.)
  const name = fold(title).replace(/\s+/g, ' ').trim();
  if (/\d$/.test(name) && folded.startsWith(name) && /^ \d{1,4}(?:[.,]\d{1,2})? ?mg$/.test(folded.slice(name.length)))
    return true;
  return line.length <= 160 && lead.length >= 6 && folded.startsWith(lead) && namesPack(line);
}

/**
 * "Magnesium (as citrate) 100 mg" and "Magnesium (as oxide) 50 mg", or each salt's "(equiv. magnesium
 * … mg)" under it: the product's magnesium comes from each row, so they add up. Only where every
 * elemental row names its own forms, none shared, on one basis. A printed total among them is the
 * sum already: it alone is returned.
 */
function elementalParts(rows: MagnesiumRow[], row: MagnesiumRow, oneUnit: string | null): MagnesiumRow[] {
  const parts = rows.filter((r) => r.reading === 'elemental' && r.amount);
  // "… (as citrate) 100 mg", "… (as oxide) 50 mg", "Total magnesium 150 mg": the sum, printed.
  const totals = parts.filter((r) => TOTAL_MAGNESIUM_RE.test(fold(r.text)));
  // ("Each level scoop contains: … (equiv. magnesium 200 mg) … (equiv. magnesium 100 mg) … Total magnesium per scoop 300 mg":
  // a total said per unit under a heading of one unit is the sum of the rows all the same.)
  if (totals.length) {
    const [total] = totals;
    const rest = parts.filter((r) => r !== total);
    const sums = Math.abs(rest.reduce((sum, r) => sum + r.amount!.mg, 0) - total!.amount!.mg) <= 1;
    // ("Each 6 g scoop contains: …" over "Total magnesium per scoop: 300 mg": one unit's total, the serving one unit.)
    const sameBasis =
      total!.basis.per === row.basis.per || (total!.basis.per === 'unit' && unitKind(total!.basis.unit) === oneUnit);
    return totals.length === 1 && parts.length > 1 && (sameBasis || sums) ? totals : [];
  }
  // ("Magnesium bisglycinate 1.42 g (equiv. magnesium 200 mg)", "Magnesium citrate 650 mg (equiv. magnesium 100 mg)",
  // then a nutrition panel's "Magnesium 300 mg": the one row that names no source is their sum, printed.)
  const unnamed = parts.filter((r) => !r.forms.length);
  const named = parts.filter((r) => r.forms.length);
  if (
    unnamed.length === 1 &&
    named.length >= 2 &&
    parts.every((r) => r.basis.per === row.basis.per && !r.ambiguousColumns) &&
    Math.abs(named.reduce((sum, r) => sum + r.amount!.mg, 0) - unnamed[0]!.amount!.mg) <= 0.5
  )
    return unnamed;
  // (Rows of two panels are two products', a twin pack's: no sum.)
  if (
    parts.length < 2 ||
    parts.some(
      (r) => r.ambiguousColumns || r.truncated || !r.forms.length || r.basis.per !== row.basis.per || r.panel !== row.panel,
    )
  )
    return [];
  const seen = new Set<string>();
  for (const r of parts)
    for (const id of new Set(r.forms.map((f) => f.id))) {
      if (seen.has(id)) return [];
      seen.add(id);
    }
  return parts;
}

/**
 * Two facts panels of one page, each with its own "Magnesium 239 mg 60%" and "Magnesium 140 mg 35%" on
 * the same basis and naming the same sources (a weight gainer's "as packaged" and "prepared with milk"
 * blocks, a second product's panel): nothing says which is this product's serving. (A second "Supplement Facts" panel's
 * row is a rival whatever its sources: a twin pack's second product.)
 */
function rivalRows(rows: MagnesiumRow[], row: MagnesiumRow): MagnesiumRow[] {
  const ids = (r: MagnesiumRow) => [...new Set(r.forms.map((f) => f.id))].sort().join();
  return rows.filter(
    (r) =>
      r !== row &&
      r.reading === 'elemental' &&
      r.amount &&
      !r.ambiguousColumns &&
      !r.truncated &&
      r.basis.per === row.basis.per &&
      (ids(r) === ids(row) || r.panel !== row.panel) &&
      !row.text.includes(r.text) &&
      // ("… the drink provides per litre: … Magnesium 120 mg/L": a drink made up, per litre, no serving.)
      !PER_LITRE_RE.test(fold(r.text)) &&
      Math.abs(r.amount.mg - row.amount!.mg) > 0.05 * Math.max(r.amount.mg, row.amount!.mg),
  );
}

/** The picked row, or the one part that stands for all, or the parts' sum as one row with their texts. */
function partsAsOne(picked: MagnesiumRow, parts: MagnesiumRow[]): MagnesiumRow {
  if (parts.length <= 1) return parts[0] ?? picked;
  const mg = round(
    parts.reduce((sum, r) => sum + r.amount!.mg, 0),
    0.1,
  );
  return {
    ...picked,
    text: parts.map((r) => r.text).join(' + '),
    // (Every part's forms: the sum is of them all, whatever one of them could hold.)
    forms: parts.flatMap((r) => r.forms),
    amount: { ...picked.amount!, mg },
    amountLow: null,
    percent: null,
  };
}

/** A printed total that is the sum of the page's other elemental rows, within a milligram. */
function totalOfTheRest(rows: MagnesiumRow[], total: MagnesiumRow): boolean {
  if (!TOTAL_MAGNESIUM_RE.test(fold(total.text))) return false;
  const rest = rows.filter((r) => r !== total && r.reading === 'elemental' && r.amount && r.basis.per === total.basis.per);
  const sum = rest.reduce((s, r) => s + r.amount!.mg, 0);
  return rest.length >= 2 && Math.abs(sum - total.amount!.mg) <= 1;
}

function fromElementalRow(ctx: AmountContext): SourceResult {
  const input = ctx;
  const { label, serving, warnings } = ctx;
  const picked = ctx.row;
  // 1. An elemental row: "Magnesium (as …) 200 mg 48%" is elemental by the Supplement Facts rule.
  if (picked?.reading === 'elemental' && picked.amount && !(!picked.percent && isNameLine(picked.text, ctx.f.title))) {
    // (The row read in its one unit's column, "per 1 capsulă | per doza zilnică (2 capsule)" taken one capsule at a time:
    // the other rows, a printed total among them, are read in that column too.)
    const labelRows = label.magnesiumRows.includes(picked)
      ? label.magnesiumRows
      : label.magnesiumRows.map((r) => (r.unitColumn ? asUnitColumn(r) : r));
    const units = serving?.units;
    const parts = elementalParts(labelRows, picked, units && units.min === 1 && units.max === 1 ? units.unit : null);
    const row = partsAsOne(picked, parts);
    let range: MgRange = { min: row.amountLow ?? row.amount!.mg, max: row.amount!.mg };
    if (row.ambiguousColumns) {
      const all = row.amounts.map((a) => a.mg);
      range = { min: Math.min(...all), max: Math.max(...all) };
      warn(
        warnings,
        'ambiguous-columns',
        `The magnesium row has several amounts (${row.amounts.map((a) => a.raw).join(', ')}) and no header says which is per serving.`,
      );
    }
    // (A printed total, "Total Magnesium 170mg" under "providing Magnesium 72mg" and "98mg", has its parts for no rivals.)
    // (Nor is the row it restates, right above it, "Marine magnesium 500 mg" over "providing elemental magnesium 300 mg".)
    const restatedAbove = RESTATES_ABOVE_RE.test(fold(row.text)) ? labelRows[labelRows.indexOf(picked) - 1] : undefined;
    const rivals =
      parts.length > 1 || totalOfTheRest(labelRows, row)
        ? []
        : rivalRows(labelRows, row).filter(
            (r) =>
              r !== restatedAbove &&
              // (Nor a strength the title does not name, where it names the row's: "Magnofit 243 mg" and its "121,5 mg" sibling.)
              !(titleNamesMg(ctx.f.title, row.amount!.mg) && !titleNamesMg(ctx.f.title, r.amount!.mg)),
          );
    if (rivals.length) {
      const all = [row, ...rivals].map((r) => r.amount!.mg);
      range = { min: Math.min(range.min, ...all), max: Math.max(range.max, ...all) };
      warn(
        warnings,
        'several-panels',
        `The page has ${all.length} magnesium rows of the same kind with different amounts (${all.map((mg) => `${mg} mg`).join(', ')}) and nothing says which is this product's serving: shown as a range.`,
      );
    }
    if (row.truncated)
      warn(warnings, 'row-cut-off', `The magnesium row looks cut off ("${quote(row.text, 100)}"): read its amount as elemental.`);
    if (row.percent) {
      const ref = referenceFor(row.percent.kind, label);
      // (A percent beside a day's column may be that column's: "225 mg | 450 mg | 120 %".)
      // (Any country's reference will do: China's labels print "NRV%" against their own 300 mg, a Finnish "%RDI" is the
      // EU's 375 mg; a percent that fits one is no sign of a misread amount.)
      const fitsAmount = (mg: number) =>
        [US_DAILY_VALUE_MG, US_OLD_DAILY_VALUE_MG, EU_NRV_MG, ...NATIONAL_REFERENCES.map((r) => r.mg)].some((ref) =>
          percentFits(mg, row.percent!.value, ref),
        );
      const fits = fitsAmount(range.max) || (!!row.dayColumn && fitsAmount(row.dayColumn.mg));
      if (!fits) {
        warn(
          warnings,
          'percent-mismatch',
          `The label's ${row.percent.value}% does not match ${range.max} mg against ${ref.name}; the stated amount is used.`,
        );
      }
    }
    // "Elementel Magnezyum 144 mg" with no basis, over "3 kapsül a day": 144 mg of a threonate's magnesium
    // cannot be in one capsule, so the figure is the three's, not one unit's.
    const oneUnitTooFull = row.basis.per === 'serving' && tooMuchForOneUnit(range.max, row.forms);
    const scaled = toServing(
      range,
      row.basis.per,
      serving,
      warnings,
      input.servingFromDirections && !oneUnitTooFull && !row.basisNamed,
    );
    // ("Magnesium-L-aspartat-hydrochlorid-trihydrat 1844 mg" over "entsprechend Magnesium 182,3 mg": the label weighs the
    // compound itself, and its share is the figure: a heavy unit, an effervescent tablet's, no misread weight.)
    // ("Magnesium oxide-heavy 248.7 mg / Magnesium citrate 555 mg / Magnesium bisglycinate 428 mg / Equiv. magnesium 300 mg":
    // the salts' shares together.)
    // (Read only for a row without a percent, the one the doubt is for.)
    const weighedBesideIt = () => {
      const salts = labelRows.filter((r) => r.reading === 'compound' && r.amount);
      return (
        salts.some((r) => explainedBySalt(row.amount!.mg, [r])) || (salts.length >= 2 && explainedBySalt(row.amount!.mg, salts))
      );
    };
    const checked =
      row.percent || weighedBesideIt() ? scaled.range : doubtCompoundWeight(ctx, scaled.range, row.forms, row.text, false);
    const result = make(ctx, checked, 'stated-elemental', row.text, scaled.perDayStated);
    // A row whose figure is doubted as the compound's weight makes its per-day row as doubtful: not used.
    const doubted = checked.min !== scaled.range.min || checked.max !== scaled.range.max;
    const day = row.basis.per === 'day' || doubted ? undefined : labelDayRow(label.magnesiumRows);
    if (result && row.dayColumn && !doubted) return { ...result, labelPerDay: { min: row.dayColumn.mg, max: row.dayColumn.mg } };
    return result && day?.amount
      ? { ...result, labelPerDay: { min: day.amountLow ?? day.amount.mg, max: day.amount.mg } }
      : result;
  }
  return undefined;
}

/** The line of a text that holds a quoted sentence (quotes close up runs of spaces). */
function lineOf(text: string, source: string): string {
  const squeeze = (x: string) => x.replace(/\s+/g, ' ').trim();
  const want = squeeze(source).replace(/…$/, '');
  return text.split('\n').find((line) => squeeze(line).includes(want)) ?? source;
}

/**
 * "Two caps in an hour equate to … 22 mg magnesium" with a serving of 1–2 capsules: the statement is for
 * another count of the serving's units, so it is read per unit (divided by that count) and scaled to the serving.
 */
function unitsOtherThanServing(statement: ElementalStatement, serving: ServingSize | null): number | null {
  const units = statement.per === 'serving' && statement.units ? findUnitCount(statement.units) : null;
  const servingUnits = serving?.units;
  const other =
    !!units &&
    !!servingUnits &&
    units.min === units.max &&
    units.max > 1 &&
    servingUnits.unit === units.unit &&
    !(servingUnits.min === units.max && servingUnits.max === units.max);
  return other ? units.max : null;
}

/**
 * "… que fornece 230mg de magnésio" in the description and "230mg de magnésio na porção" below it: the
 * same figure, said once per what; the statement that does not say takes the basis of the one that does.
 */
function withBasisSaidElsewhere(x: ElementalStatement, all: ElementalStatement[]): ElementalStatement {
  if (x.per !== 'unknown') return x;
  const said = all.filter((y) => y.per !== 'unknown' && y.mg === x.mg);
  const one = said[0];
  if (!one || said.some((y) => y.per !== one.per || y.unit !== one.unit)) return x;
  return { ...x, per: one.per, unit: one.unit, units: one.units };
}

/** The millilitres a statement's own clause names right before its amount ("Cada 10 mL contiene 100 mg"), or null. */
function millilitresBefore(x: ElementalStatement): number | null {
  const amount = findAmounts(x.source).find((a) => a.mg === x.mg);
  if (!amount) return null;
  const named = [
    ...fold(x.source.slice(Math.max(0, amount.start - 120), amount.start)).matchAll(/(\d{1,3}(?:[.,]\d{1,2})?)[ ]?ml(?![a-z])/g),
  ].at(-1);
  return named ? Number(named[1]!.replace(',', '.')) : null;
}

/**
 * "Cada 100 mL … equivalente a 1.000 mg de magnesio elemental … (Cada 10 mL contiene 100 mg …)": one concentration said
 * for two volumes; the statement for the serving's volume (else the smaller one) is the serving's, not a range of both.
 */
function oneConcentration(statements: ElementalStatement[], serving: ServingSize | null): ElementalStatement[] | null {
  if (statements.length < 2) return null;
  const volumes = statements.map((x) => millilitresBefore(x) ?? 0);
  if (volumes.includes(0)) return null;
  const perMl = statements.map((x, i) => x.mg / volumes[i]!);
  if (perMl.some((c) => Math.abs(c - perMl[0]!) > 0.01 * perMl[0]!)) return null;
  const servingMl = serving?.units?.unit === 'ml' ? serving.units.max : 0;
  const at = volumes.includes(servingMl) ? volumes.indexOf(servingMl) : volumes.indexOf(Math.min(...volumes));
  return [statements[at]!];
}

/**
 * "ZMA jau satur 450 mg magnija aspartāta (aptuveni 50 mg magnija)" under a label whose row weighs "Magnija taurāts 1400 mg":
 * a statement of another salt's magnesium is another product's, not this one's.
 */
function ofAnotherSalt(label: LabelReading): (statement: ElementalStatement) => boolean {
  const weighed = new Set(
    label.magnesiumRows.filter((r) => r.reading === 'compound' && r.amount).flatMap((r) => r.forms.map((f) => f.id)),
  );
  if (!weighed.size) return () => false;
  return (statement) => {
    const named = formsNearMagnesium(statement.source).filter((x) => x.id !== 'other');
    return named.length > 0 && !named.some((x) => weighed.has(x.id));
  };
}

/** An explicit elemental statement in the product's text ("providing 200 mg of elemental magnesium per capsule"). */
function fromElementalStatement(ctx: AmountContext): SourceResult {
  const input = ctx;
  const { row, f, serving, warnings } = ctx;
  // 2. "providing 70 mg elemental magnesium": stated outright, wins over arithmetic.
  // The title's own figure is the title's claim (rank 6, fromTitle), even where it says "elemental".
  const statementTexts = byTitle(productTexts(f, input.ingredientsText), f.title);
  const statementsOf = statementTexts.map((t) => findElementalStatements(t));
  const everyStatement = statementsOf.flat();
  const anotherSalt = ofAnotherSalt(ctx.label);
  for (const [i, text] of statementTexts.entries()) {
    const each = statementsOf[i]!.map((x) => withBasisSaidElsewhere(x, everyStatement));
    // "… motsvarande 110 mg magnesium / … motsvarande 10 mg magnesium / Totalt 120 mg magnesium per tuggtablett": the
    // printed total of the salts' parts is the amount.
    const total = each.find((x) => TOTAL_MAGNESIUM_RE.test(fold(x.source)));
    const summed = each.filter((x) => x !== total);
    const found = (
      total && summed.length >= 2 && Math.abs(summed.reduce((sum, x) => sum + x.mg, 0) - total.mg) <= 1 ? [total] : each
    ).filter((x) => !otherDoseUnit(x, serving?.units?.unit) && !anotherSalt(x));
    const first = found[0];
    if (!first) continue;
    // Several statements of the same kind that disagree ("a vial gives 122 mg … a sachet 184 mg"):
    // which one is this product's is not certain, so the amount is their range, unless the title
    // names one of them (productStatements).
    const named = productStatements(found, `${f.title}\n${dosedStrength(f.directions)}`, serving?.units?.unit);
    const sameKind = oneConcentration(named, serving) ?? named;
    const statement = sameKind[0]!;
    // "Octomag Magnezyum 250 mg Magnezyum 5 Aktif Form. 60 Bitkisel Kapsül": the product's name line,
    // with the pack, repeats the title's claim and says per what no more than a title does.
    if (statement.per === 'unknown' && sameKind.length === 1 && isNameLine(lineOf(text, statement.source), f.title)) {
      warn(
        warnings,
        'dose-from-title',
        `Only a name line states an amount ("${quote(statement.source, 100)}"); it does not say per capsule or per serving, so no daily dose is worked out from it.`,
      );
      return make(ctx, { min: statement.mg, max: statement.mg }, 'from-title', statement.source);
    }
    const values = [...new Set(sameKind.flatMap((x) => (x.mgLow !== undefined ? [x.mgLow, x.mg] : [x.mg])))];
    // "117 mg of magnesium from … bisglycinate" and "33 mg of magnesium from … oxide": the
    // product's magnesium comes from both, so the amounts add up.
    const parts = sameKind.filter((x) => x.fromCompound);
    const partForms = parts.map((x) => formsNearMagnesium(x.source)[0]?.id);
    if (
      parts.length > 1 &&
      parts.length === sameKind.length &&
      new Set(partForms).size === parts.length &&
      !partForms.includes(undefined)
    ) {
      const total = parts.reduce((sum, x) => sum + x.mg, 0);
      const scaledTotal = toServing(
        { min: total, max: total },
        statement.per === 'unknown' ? 'serving' : statement.per,
        serving,
        warnings,
      );
      return make(ctx, scaledTotal.range, 'stated-elemental', parts.map((x) => x.source).join(' + '), scaledTotal.perDayStated);
    }
    if (values.length > 1) {
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      warn(
        warnings,
        'several-amounts',
        sameKind.length === 1
          ? `The page states a range (${lo}–${hi} mg), not one figure: shown as that range.`
          : `The page states several elemental amounts (${values.map((v) => `${v} mg`).join(', ')}): shown as a range.`,
      );
      const scaledRange = toServing(
        { min: lo, max: hi },
        statement.per === 'unknown' ? 'serving' : statement.per,
        serving,
        warnings,
      );
      return make(
        ctx,
        scaledRange.range,
        'stated-elemental',
        sameKind.map((x) => x.source).join(' … '),
        scaledRange.perDayStated,
      );
    }
    const counted = unitsOtherThanServing(statement, serving);
    const statedMg = counted ? round(statement.mg / counted, 0.01) : statement.mg;
    const per = counted ? 'unit' : statement.per === 'unknown' ? (row?.basis.per ?? 'serving') : statement.per;
    if (statement.per === 'unknown' && text !== f.labelText && text !== input.ingredientsText) {
      warn(
        warnings,
        'elemental-statement-basis',
        `"${quote(statement.source, 100)}" does not say per serving or per unit: read as per serving.`,
      );
    }
    const scaled = toServing(
      { min: statedMg, max: statedMg },
      per,
      serving,
      warnings,
      input.servingFromDirections && statement.per === 'unknown',
      statement.unit,
    );
    const servingHint = per === 'day' || per === 'serving' ? statement.units : null;
    // A glycinate whose elemental share is clearly above 14.1% is likely part oxide (docs/knowledge.md §3).
    if (
      row?.reading === 'compound' &&
      row.amount &&
      row.forms.some((x) => x.id === 'glycinate') &&
      statement.mg / row.amount.mg > 0.141 * 1.15
    ) {
      warn(
        warnings,
        'elemental-share-above-glycinate',
        `${statement.mg} mg elemental from ${row.amount.raw} is ${Math.round((statement.mg / row.amount.mg) * 100)}% magnesium, more than pure glycinate (14.1%): possibly buffered with oxide.`,
      );
    }
    const checked = statement.fromCompound
      ? doubtCompoundWeight(ctx, scaled.range, formsNearMagnesium(statement.source), statement.source, statement.per === 'unit')
      : scaled.range;
    // "one sachet three times a day, which comes to 364.5 mg of magnesium": a day's amount, with no
    // serving printed and directions that fix the intakes a day, is shared out over them.
    const intakes = perDayShared(ctx, statement);
    if (intakes) {
      const each = { min: round(checked.min / intakes.times, 0.01), max: round(checked.max / intakes.times, 0.01) };
      const shared = make(ctx, each, 'stated-elemental', statement.source);
      return shared && { ...shared, sharedOver: intakes.times, servingHint: intakes.intake };
    }
    const made = make(ctx, checked, 'stated-elemental', statement.source, scaled.perDayStated);
    return made && { ...made, servingHint };
  }
  return undefined;
}

/**
 * The intakes a day a per-day statement is shared over: fixed directions (the statement's own
 * sentence's, else the page's) and no serving printed.
 */
function perDayShared(
  ctx: AmountContext,
  statement: Pick<ElementalStatement, 'per' | 'source'>,
): { times: number; intake: string } | null {
  const own = parseDirections(statement.source);
  const d = own?.perIntake && !own.frequencyAssumed ? own : ctx.directions;
  const intake = d?.perIntake;
  if (statement.per !== 'day' || (ctx.serving && !ctx.servingFromDirections) || !d || !intake || d.perHour) return null;
  const times = d.timesPerDay;
  if (intake.min !== intake.max || times.min !== times.max || times.max < 2 || d.frequencyAssumed) return null;
  return { times: times.max, intake: intake.raw };
}

/** A salt weight with the form's elemental fraction ("Magnesium glycinate 500 mg" -> 70.5 mg). */
function fromCompoundRow(ctx: AmountContext): SourceResult {
  const input = ctx;
  const { row, label, serving, warnings } = ctx;
  // 3. A salt weight: "Magnesium Glycinate 500 mg" -> elemental through the form's fraction.
  if (row?.reading === 'compound' && row.amount) {
    const salt = row.amount.mg;
    // A %DV that fits the amount itself means the printed amount is already elemental.
    if (row.percent) {
      const ref = referenceFor(row.percent.kind, label);
      const fitsAsElemental =
        row.percent.kind === 'nrv'
          ? percentFits(salt, row.percent.value, EU_NRV_MG)
          : percentFits(salt, row.percent.value, US_DAILY_VALUE_MG) ||
            percentFits(salt, row.percent.value, US_OLD_DAILY_VALUE_MG);
      if (fitsAsElemental) {
        warn(
          warnings,
          'compound-name-elemental-amount',
          `"${quote(row.text, 100)}" names a compound, but its ${row.percent.value}% matches ${salt} mg of magnesium against ${ref.name}: read as elemental.`,
        );
        return make(
          ctx,
          toServing({ min: salt, max: salt }, row.basis.per, serving, warnings).range,
          'stated-elemental',
          row.text,
        );
      }
    }
    if (row.buffered) {
      warn(
        warnings,
        'buffered-fraction-unknown',
        `"${quote(row.text, 100)}" is buffered: its oxide share is not stated, so the elemental amount cannot be computed.`,
      );
      return null;
    }
    // "Magnesium lactate 470mg" in the table, "Magnesi lactat dihydrat" in the leaflet's text: the
    // page names the salt's hydrate where it does not weigh it.
    const hydrate =
      row.hydrate ??
      (row.forms.length === 1 ? hydrateNamedElsewhere(productTexts(ctx.f, ctx.ingredientsText), row.forms[0]!.id) : null);
    const top = elementalFromCompound(salt, row.forms, hydrate);
    const low = row.amountLow ? elementalFromCompound(row.amountLow, row.forms, hydrate) : null;
    let elemental = top && low ? { min: low.min, max: top.max } : top;
    // "Oxyde de magnésium léger 171,00 mg / Carbonate de magnésium léger 335,00 mg / Pour un
    // sachet-dose": each salt of one unit gives its share; the unit's magnesium is their sum.
    const others = otherSaltRows(label.magnesiumRows, row);
    const unaddable = unaddableSaltRow(label.magnesiumRows, row);
    // "Магния лактат 200,0 мг" above "Магния карбонат" whose weight the page lost: the lactate's share
    // is only part of the unit's magnesium.
    const unweighed = label.unweighedSalts.find((f) => !row.forms.some((x) => x.id === f.id));
    if (elemental && unweighed) {
      warn(
        warnings,
        'fraction-unknown',
        `The label lists "${unweighed.source}" beside "${quote(row.text, 60)}" with no weight: the unit's magnesium cannot be added up.`,
      );
      return null;
    }
    if (elemental && unaddable) {
      warn(
        warnings,
        'fraction-unknown',
        `The label weighs another magnesium salt beside "${quote(row.text, 60)}" ("${quote(unaddable.text, 60)}") whose share cannot be added: no elemental amount.`,
      );
      return null;
    }
    if (elemental && others.length) {
      const shares = others.map((r) => elementalFromCompound(r.amount!.mg, r.forms, r.hydrate));
      if (shares.some((x) => !x)) {
        warn(
          warnings,
          'fraction-unknown',
          'The label lists several magnesium salts by weight, one of them of no fixed share: no elemental amount.',
        );
        return null;
      }
      elemental = shares.reduce<MgRange>(
        (sum, x) => ({ min: round(sum.min + x!.min, 0.1), max: round(sum.max + x!.max, 0.1) }),
        elemental,
      );
      warn(
        warnings,
        'salts-added',
        `The label lists ${others.length + 1} magnesium salts by weight (${[row, ...others].map((r) => quote(r.text, 60)).join('; ')}): their magnesium is added up.`,
      );
    }
    // "mỗi viên chứa Magnesi lactat dihydrat 470mg" in the text, "Magnesium hydroxide 470mg" in the
    // table: the page names two salts for one weight, so the magnesium lies between their shares.
    const namedElsewhere =
      elemental && !others.length ? otherSaltOfWeight(productTexts(ctx.f, ctx.ingredientsText), salt, row.forms) : [];
    if (elemental && namedElsewhere.length) {
      const shares = namedElsewhere.map((x) => elementalFromCompound(salt, [x], namedHydrate(fold(x.source))));
      for (const share of shares)
        if (share) elemental = { min: Math.min(elemental.min, share.min), max: Math.max(elemental.max, share.max) };
      warn(
        warnings,
        'salt-named-twice',
        `The page gives ${row.amount.raw} as ${row.forms.map((x) => x.id).join(' / ')} in one place and as ${namedElsewhere.map((x) => x.id).join(' / ')} in another: the magnesium is shown as the range of both.`,
      );
    }
    if (!elemental) {
      warn(
        warnings,
        'fraction-unknown',
        `"${quote(row.text, 100)}" gives the weight of a compound whose magnesium share is not fixed: no elemental amount.`,
      );
      return null;
    }
    if (elemental.min < elemental.max) {
      warn(
        warnings,
        'elemental-range',
        low
          ? `The label gives ${row.amountLow}–${row.amount.mg} mg of ${row.forms.map((x) => x.id).join(' / ')}, which is ${elemental.min}–${elemental.max} mg magnesium.`
          : others.length
            ? `Together these salts hold ${elemental.min}–${elemental.max} mg magnesium: the label does not say which hydrate or salt.`
            : `${row.amount.raw} of ${row.forms.map((x) => x.id).join(' / ')} is ${elemental.min}–${elemental.max} mg magnesium: the label does not say which hydrate or salt.`,
      );
    }
    const scaled = toServing(elemental, row.basis.per, serving, warnings, input.servingFromDirections && !row.basisNamed);
    return make(ctx, scaled.range, 'from-compound', row.text, scaled.perDayStated);
  }
  return undefined;
}

/** The one hydrate the page names for a salt, anywhere in its text ("Magnesi lactat dihydrat"); null for none or several. */
function hydrateNamedElsewhere(texts: string[], form: FormFinding['id']): Hydrate | null {
  const hydrates = new Set<Hydrate>();
  for (const line of texts.join('\n').split('\n')) {
    // One finding per form and line: each line is read on its own.
    const x = formsNearMagnesium(line).find((y) => y.id === form);
    const at = x ? line.indexOf(x.source) : -1;
    // ("dihydrát magnéziumlaktátu": Slovak and Czech name the hydrate first.)
    const h = x && at >= 0 ? namedHydrate(fold(line.slice(Math.max(0, at - 12), at + x.source.length + 20))) : null;
    if (h) hydrates.add(h);
  }
  return hydrates.size === 1 ? [...hydrates][0]! : null;
}

/** Magnesium salts other than the row's that the page's text names with the row's weight, right before it. */
function otherSaltOfWeight(texts: string[], saltMg: number, rowForms: FormFinding[]): FormFinding[] {
  const text = texts.join('\n');
  const out: FormFinding[] = [];
  for (const a of findAmounts(text)) {
    if (Math.abs(a.mg - saltMg) > 0.005 * saltMg) continue;
    // ("Magnesium oksida 400 mg mengandung magnesium lebih banyak … dibanding magnesium sitrat": a comparison's salt.)
    const line = text.slice(text.lastIndexOf('\n', a.start) + 1, (text.indexOf('\n', a.end) + 1 || text.length + 1) - 1);
    if (comparesForms(line)) continue;
    // The salt's name ends right before the weight ("… lactat dihydrat 470mg"), after the last list separator.
    const before =
      text
        .slice(Math.max(0, a.start - 60), a.start)
        .split(/[,;.\n\t]\s|\n/)
        .at(-1) ?? '';
    const named = formsNearMagnesium(before).filter(
      (x) => x.id !== 'other' && !rowForms.some((r) => r.id === x.id) && FORM_BY_ID[x.id]?.fraction,
    );
    for (const x of named) if (!out.some((o) => o.id === x.id)) out.push({ ...x, source: before.trim() });
  }
  return out;
}

/**
 * A salt's weight in the page's sentences, where no facts row gives one: "Each 2 capsules contain 1000 mg
 * magnesium citrate", "Her 2 tablet 1000 mg magnezyum sitrat içerir". Sentences that disagree give no figure.
 */
function fromSaltStatement(ctx: AmountContext): SourceResult {
  const { f, serving, warnings } = ctx;
  const texts = productTexts(f, ctx.ingredientsText);
  const found = texts.flatMap((t) => findSaltStatements(t)).filter((x) => !otherDoseUnit(x, serving?.units?.unit));
  const statement = found[0];
  if (!statement) return undefined;
  // (Each sentence's weight for one unit, where it counts its units: "Each capsule contains 500 mg" and "2 capsules
  // contain 1000 mg" agree.)
  const oneUnit = (x: SaltStatement): string => {
    const n = x.units ? findUnitCount(x.units) : null;
    const share =
      x.per !== 'unit' && n && n.min === n.max && n.unit !== 'serving'
        ? `${round(x.mg / n.max, 0.01)}/${n.unit}`
        : x.per === 'unit' && x.unit
          ? `${x.mg}/${x.unit}`
          : `${x.mg}/${x.per}`;
    return `${x.forms.map((y) => y.id).join('+')} ${share}`;
  };
  if (new Set(found.map(oneUnit)).size > 1) {
    warn(
      warnings,
      'salt-statements-disagree',
      `The page weighs its magnesium salt differently in different places (${found.map((x) => `"${quote(x.source, 60)}"`).join('; ')}): no amount is worked out from them.`,
    );
    return undefined;
  }
  const form = statement.forms[0]!;
  const hydrate = namedHydrate(fold(statement.source)) ?? hydrateNamedElsewhere(texts, form.id);
  const elemental = elementalFromCompound(statement.mg, statement.forms, hydrate);
  if (!elemental) return undefined;
  if (elemental.min < elemental.max) {
    warn(
      warnings,
      'elemental-range',
      `${statement.mg} mg of ${form.id} is ${elemental.min}–${elemental.max} mg magnesium: the page does not say which hydrate or salt.`,
    );
  }
  const counted = unitsOtherThanServing(statement, serving);
  const stated = counted ? { min: round(elemental.min / counted, 0.01), max: round(elemental.max / counted, 0.01) } : elemental;
  const scaled = toServing(stated, counted ? 'unit' : statement.per, serving, warnings);
  // ("una bustina due volte al giorno (per un totale di 4,5 g di pidolato di magnesio/die)": the day's weight, shared
  // over the intakes the directions fix, as an elemental statement's is.)
  const intakes = counted ? null : perDayShared(ctx, statement);
  if (intakes) {
    const each = { min: round(scaled.range.min / intakes.times, 0.01), max: round(scaled.range.max / intakes.times, 0.01) };
    const shared = make(ctx, each, 'from-compound', statement.source);
    return shared && { ...shared, sharedOver: intakes.times, servingHint: intakes.intake };
  }
  const made = make(ctx, scaled.range, 'from-compound', statement.source, scaled.perDayStated);
  return made && { ...made, servingHint: statement.per === 'unit' ? null : statement.units };
}

/** A percent's reference named on its row: %DV, %NRV, %RI, %VNR, %RDA, %AJR, %RWS, %RHP. */
const REFERENCE_WORD_RE = new RegExp(String.raw`(?<![a-z])${REFERENCE_INTAKE}(?![a-z])`);

/** Only a percent of the reference value: back-calculated, saying which reference was assumed. */
function fromPercent(ctx: AmountContext): SourceResult {
  const { row, label, serving, warnings } = ctx;
  // 5. Only a percent: back-calculate from %DV or %NRV, and say which reference was assumed.
  // ("cloreto de magnésio hexahidratado 100%": a salt's bare percent is its share of the product, its
  // purity, no part of a reference intake.)
  if (row?.percent && !(row.reading === 'compound' && !REFERENCE_WORD_RE.test(fold(row.text)))) {
    const ref = nationalReference(ctx.f.labelText) ?? referenceFor(row.percent.kind, label);
    const mg = elementalFromPercent(row.percent.value, ref.mg);
    warn(warnings, 'from-percent', `Amount back-calculated from ${row.percent.value}% using ${ref.name}.`);
    const scaled = toServing({ min: mg, max: mg }, row.basis.per, serving, warnings);
    return make(ctx, scaled.range, 'from-percent-dv', row.text, scaled.perDayStated);
  }
  return undefined;
}

/**
 * A Chinese health food's content per 100 g ("功效成分及含量：每100g含：镁 8.0g", or a nutrition table whose only column is
 * "每100克": "镁 8000毫克"), which is how GB 16740 and GB 28050 labels state it, with the unit's weight from its
 * specification ("规格：1.0g/片", "60g(1.0g/片×60片)"): one unit holds the content times its weight.
 */
const PER_100_CONTENT_RE = /每[ ]?100[ ]?(?:g|克|公克)[ ]?(?:含量?|中含)?[ ]?[:：]?/;
const MAGNESIUM_CONTENT_RE =
  /(?:镁|鎂)[ ]?(?:\([^)]{0,12}\))?[ ]?[:：]?[ \t]{0,3}(\d{1,5}(?:[.,]\d{1,3})?)[ ]?(mg|g|毫克|克|公克)(?![a-z])/;
const UNIT_WEIGHT_RE = /(?<![\d.,])(\d(?:[.,]\d{1,3})?)[ ]?(g|克|公克)[ ]?\/[ ]?(片|粒|颗|顆|锭|錠)/;
/** Another basis in a table's header beside the 100 g: "每片", "每份", "每日" (its rows are read as that column's). */
const OTHER_BASIS_CELL_RE = /每(?:片|粒|颗|顆|份|日|天|次|包|袋)|1日|[0-9]+(?:片|粒)/;

function contentPer100g(texts: string[]): { mg: number; source: string } | null {
  for (const text of texts) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const head = PER_100_CONTENT_RE.exec(lines[i]!);
      if (!head || OTHER_BASIS_CELL_RE.test(lines[i]!.replace(PER_100_CONTENT_RE, ''))) continue;
      // The content on the same line after "每100g含", or a table's magnesium row within the rows under its header.
      const inline = MAGNESIUM_CONTENT_RE.exec(lines[i]!.slice(head.index + head[0].length));
      const row = inline
        ? null
        : lines
            .slice(i + 1, i + 16)
            .map((l) => /^(?:镁|鎂)(?![\u4e00-\u9fff])/.test(l.trim()) && MAGNESIUM_CONTENT_RE.exec(l.trim()))
            .find(Boolean);
      const m = inline ?? row;
      if (!m) continue;
      const value = Number(m[1]!.replace(',', '.'));
      const mg = /^(?:g|克|公克)$/.test(m[2]!) ? value * 1000 : value;
      return { mg, source: `${quote(lines[i]!.trim(), 60)} ${inline ? '' : m[0]}`.trim() };
    }
  }
  return null;
}

function fromContentPer100g(ctx: AmountContext): SourceResult {
  const texts = [ctx.f.labelText, ctx.ingredientsText, ctx.f.description, ...ctx.f.details.map(([k, v]) => `${k}: ${v}`)];
  const content = contentPer100g(texts);
  if (!content) return undefined;
  const weight = texts.map((t) => UNIT_WEIGHT_RE.exec(t)).find(Boolean);
  if (!weight) return undefined;
  const grams = Number(weight[1]!.replace(',', '.'));
  const perUnit = round((content.mg * grams) / 100, 0.1);
  // (A tablet of 0.1 to 5 g holds up to a gram of magnesium; outside that, the figures were read wrong.)
  if (!(grams >= 0.1 && grams <= 5) || !(perUnit > 0 && perUnit <= 1000)) return undefined;
  warn(
    ctx.warnings,
    'content-per-100g',
    `The label states magnesium per 100 g (${content.mg} mg); one ${weight[3]} weighs ${weight[1]} g ("${weight[0]}"), so it holds ${perUnit} mg.`,
  );
  const scaled = toServing({ min: perUnit, max: perUnit }, 'unit', ctx.serving, ctx.warnings);
  return make(ctx, scaled.range, 'stated-elemental', `${content.source}; ${weight[0]}`);
}

/** The title's figure: reported as the title's claim, never a verified dose. */
function fromTitle(ctx: AmountContext): SourceResult {
  const { warnings, titleInfo } = ctx;
  const claim = titleInfo.mgClaim;
  if (!claim) return undefined;
  const title = fold(ctx.f.title);
  if (titleInfo.forms.length === 1 && LATIN_SALT_TITLE_RE.test(title)) {
    const form = titleInfo.forms[0]!;
    const hydrate = namedHydrate(title) ?? hydrateNamedElsewhere(productTexts(ctx.f, ctx.ingredientsText), form.id);
    const elemental = elementalFromCompound(claim.mg, [form], hydrate);
    if (elemental) {
      warn(
        warnings,
        'title-salt-weight',
        `The name "${claim.source}" weighs the salt, as medicines named in Latin do: ${elemental.min === elemental.max ? elemental.min : `${elemental.min}–${elemental.max}`} mg magnesium in one unit.`,
      );
      return make(ctx, elemental, 'from-compound', claim.source);
    }
  }
  // 6. The title's figure: a claim, not a verified dose.
  // "Magnefar B6 tabletki 50 mg jonów magnezu Mg2 5 05 mg": the title's own statement of the element is
  // its figure for magnesium, not the figure after the last mention.
  const stated = findElementalStatements(ctx.f.title);
  const one = stated.length === 1 ? stated[0]! : null;
  // "Citrato De Magnesio 1400 Mg": what the figure says of magnesium, where it may weigh the salt.
  const range = one ? { min: one.mg, max: one.mg } : stated.length ? { min: claim.mg, max: claim.mg } : claim.magnesium;
  if (!stated.length && claim.why)
    warn(warnings, 'title-salt-weight', `The title's ${claim.mg} mg ("${claim.source}"): ${claim.why}.`);
  if (!range) return undefined;
  warn(
    warnings,
    'dose-from-title',
    // "Aspartato de magnesio 50mg (Magnesio elemental)": the title may say it is elemental, but
    // not per what.
    stated.length
      ? `Only the title states an amount ("${claim.source}"); it does not say per capsule or per serving, so no daily dose is worked out from it.`
      : `Only the title states an amount ("${claim.source}"); it may be salt weight or per capsule, so no daily dose is worked out from it.`,
  );
  return make(ctx, range, 'from-title', one ? one.source : claim.source);
}

/**
 * Where the elemental amount comes from, in order of trust (docs/design.md keeps the same table).
 * The first source on the page decides; a per-unit amount is scaled to the serving inside each.
 */
export const AMOUNT_SOURCES: readonly { rank: number; source: string; read: (ctx: AmountContext) => SourceResult }[] = [
  { rank: 1, source: 'facts row naming magnesium', read: fromElementalRow },
  { rank: 2, source: "content per 100 g with the unit's weight", read: fromContentPer100g },
  { rank: 3, source: 'explicit elemental statement', read: fromElementalStatement },
  { rank: 4, source: 'salt weight with its fraction', read: fromCompoundRow },
  { rank: 5, source: 'salt weight stated in a sentence', read: fromSaltStatement },
  { rank: 6, source: 'percent of the reference value', read: fromPercent },
  { rank: 7, source: "the title's figure (a claim only)", read: fromTitle },
];

/** Stage 6. The elemental magnesium in one serving, from the first source in AMOUNT_SOURCES on the page. */
export function perServingOf(p: PageInputs, s: ServingReading, warnings: Warning[]): PerServingResult | null {
  const ctx: AmountContext = {
    row: s.row,
    label: p.label,
    f: p.f,
    serving: s.serving,
    servingFromDirections: s.servingFromDirections,
    directions: s.directions,
    warnings,
    titleInfo: p.titleInfo,
    ingredientsText: p.ingredientsText,
  };
  for (const { read } of AMOUNT_SOURCES) {
    const result = read(ctx);
    if (result !== undefined) return result;
  }
  return null;
}
