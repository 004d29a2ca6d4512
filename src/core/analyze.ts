// Core entry point: ProductSnapshot (+ profile) -> Analysis. Pure: no DOM, no browser API, and no
// zod at runtime (only `import type` from zod-based modules), so the content script stays small.
// Principle (docs/design.md): never a confident wrong number. Where the label leaves a doubt the result is
// a range or null, and a warning says why.
import type { Analysis, ElementalAmount, FormFinding, Warning } from './schema';
import { STORE_IDS, type FormId, type StoreId } from '../vocabulary/ids';
import type { ProductSnapshot } from './snapshot';
import type { Profile } from './profile';
import { assessDose, DEFAULT_PROFILE } from './limits';
import { detectClaims, type ClaimText } from './claims';
import { safetyWarnings } from './safety';
import { readLabel, type MagnesiumRow, type LabelReading } from './label-rows';
import { formsNearMagnesium, mentionsMagnesiumNutrient, saysBuffered } from './forms';
import { analyzeTitle, looksTopical } from './title';
import { parseDirections, parseServingSize, servingsPerDay, type ServingSize, type Directions } from './servings';
import {
  elementalFromCompound,
  elementalFromPercent,
  findElementalStatements,
  percentFits,
  EU_NRV_MG,
  type ElementalStatement,
  US_DAILY_VALUE_MG,
  US_OLD_DAILY_VALUE_MG,
  type MgRange,
} from './dose';
import { pricePer100mgElemental } from './price';
import { FORM_BY_ID } from '../knowledge/forms';
import { isEuropeanStore } from './region';
import { clampText, fold, quote } from './text';
import { findAmounts, round } from './units';

/** More of a magnesium compound than this does not fit in one capsule or tablet. */
const MAX_COMPOUND_PER_UNIT_MG = 1_500;
/** More elemental magnesium than this in one oral serving is a misprint or a misread, not a dose. */
const MAX_PLAUSIBLE_SERVING_MG = 2_500;

export function analyze(snapshot: ProductSnapshot, profile?: Profile): Analysis {
  try {
    return analyzeSnapshot(snapshot, profile);
  } catch (error) {
    // Any input must give a valid answer; an engine bug degrades to "unknown", never to a crash.
    return emptyAnalysis(snapshot, profile, {
      code: 'engine-error',
      message: `The label could not be read (${error instanceof Error ? error.message : 'unknown error'}).`,
    });
  }
}

function safeStore(s: unknown): StoreId {
  return (STORE_IDS as readonly unknown[]).includes(s) ? (s as StoreId) : 'generic';
}

function emptyAnalysis(snapshot: ProductSnapshot | undefined, profile: Profile | undefined, warning: Warning): Analysis {
  let upperLimit: Analysis['upperLimit'];
  try {
    upperLimit = assessDose(null, { topical: false, profile });
  } catch {
    upperLimit = { mg: 350, profile: 'adult (US)', verdict: 'unknown', percentOfLimit: null };
  }
  return {
    schemaVersion: 1,
    url: typeof snapshot?.url === 'string' ? snapshot.url : null,
    store: safeStore(snapshot?.store),
    isProductPage: snapshot?.isProductPage === true,
    containsMagnesium: false,
    topical: false,
    kind: 'not-a-supplement',
    title: typeof snapshot?.title === 'string' ? snapshot.title : null,
    forms: [],
    buffered: false,
    servingSize: null,
    servingsPerDay: null,
    elementalMgPerServing: null,
    elementalMgPerDay: null,
    upperLimit,
    claims: [],
    warnings: [warning],
    pricePer100mgElemental: null,
  };
}

interface Fields {
  title: string;
  bullets: string[];
  labelText: string;
  directions: string;
  ingredients: string;
  description: string;
  details: [string, string][];
  servingSize: string;
  servingsPerContainer: string;
}

function fieldsOf(s: ProductSnapshot): Fields {
  const str = (v: unknown) => clampText(typeof v === 'string' ? v : '');
  return {
    title: str(s.title),
    bullets: Array.isArray(s.bullets) ? s.bullets.slice(0, 100).map(str) : [],
    labelText: str(s.labelText),
    directions: str(s.directions),
    ingredients: str(s.ingredients),
    description: str(s.description),
    details:
      s.details && typeof s.details === 'object'
        ? Object.entries(s.details)
            .slice(0, 200)
            .map(([k, v]) => [clampText(k, 200), str(v)] as [string, string])
        : [],
    servingSize: str(s.servingSize),
    servingsPerContainer: str(s.servingsPerContainer),
  };
}

const FOOD_TITLE_RE =
  /(?<![a-z])(?:chocolate|cocoa|almonds?|cashews?|nuts|seeds|cereal|granola|oatmeal|mineral water|sparkling water|spring water|spinach|bananas?|avocados?|tofu|beans|flour|sea salt|coffee|cookbook|book|paperback|hardcover|kindle)(?![a-z])/;
const SUPPLEMENT_WORDS_RE =
  /(?<![a-z])(?:capsules?|caps|tablets?|softgels?|gummies|powder|supplement|chewables?|caplets?|kapseln|tabletten|gelules|comprimes|capsulas|sticks|drink mix|liquid|drops)(?![a-z])/;
const PRODUCT_SIGNAL_RE =
  /(?<![a-z])(?:\d+ ?(?:count|ct|mg|g|oz|ml|fl oz)|capsules?|tablets?|softgels?|gummies|powder|spray|oil|flakes|lotion|liquid|drops|kapseln|tabletten|gelules|pack of)(?![a-z])/;
const MULTI_TITLE_RE =
  /(?<![a-z])(?:multi ?-?vitamins?|multivitamin|multi-?minerals?|multiple|multi|prenatal|two-a-day|one daily|one-a-day|complete|cal-?mag|zma|electrolytes?|trace minerals|greens|b-?complex|mineral complex|vitamins? & minerals|vitamins? and minerals)(?![a-z])/;
const OTHER_NUTRIENT_TITLE_RE =
  /(?<![a-z])(?:calcium|zinc|zink|vitamin [a-z0-9]{1,3}|vitamins|d3|k2|b6|b12|potassium|iron|selenium|boron|ashwagandha|melatonin|theanine|l-theanine)(?![a-z])/g;
const TOPICAL_DIRECTIONS_RE =
  /(?<![a-z])(?:apply|sprays? (?:onto|on|directly on(?:to)?) (?:the |your )?(?:skin|body|arms|legs)|on (?:the |your )?skin|massage into|rub into|add (?:\d+ ?(?:cups?|g|kg|scoops?) )?to (?:a |your )?(?:warm )?bath|for external use|external use only|auftragen|einmassieren|ins badewasser|appliquer|usage externe|aplicar|uso externo|applicare|uso esterno)(?![a-z])/;

/** A page that tells how to make something (a recipe, DIY): about magnesium, not a product. */
const RECIPE_RE =
  /(?<![a-z])(?:recipes?|rezept\w*|recettes?|recetas?|ricett\w*|recept(?:en)?|przepis\w*|diy|do it yourself|make your own|how to make|selber machen|selbst (?:herstellen|machen)|zelf maken|fai da te|come prepararl[oa]|fait maison|hecho en casa|casero)(?![a-z])/;

/** "35-40g des Pulvers in einem Liter Wasser": a quantity of powder per litre or cup is mixing, not a dose. */
const MIXING_RE =
  /\d(?:[\d.,-]*\d)?[ ]?(?:g|gram\w*|cups?|tbsp|tablespoons?|essloffel)[^.\n]{0,50}?(?:in|auf|per|pro|dans|en|con|with|mit|op)[ ](?:einem|einen|a|one|1|un|une|uno|una|een|half a|einem halben)?[ ]?(?:liter|litre|litro|l|tasse|cup|taza|tazza|kopje|glas|glass) (?:of |de |di )?(?:wasser|water|eau|agua|acqua|distilled|destilliertem)/;

function isRecipe(text: string): boolean {
  const folded = fold(text);
  return RECIPE_RE.test(folded) || MIXING_RE.test(folded);
}

/** What a magnesium medicine is for when it is not a supplement: a laxative, an antacid, a purge. */
const DRUG_KIND_RE =
  /(?<![a-z])(saline laxative|laxatives?|antacids?|milk of magnesia|bowel (?:prep|cleansing)|abfuhrmittel|antazid\w*|laxatifs?|purgatifs?|purge intestinale|antiacides?|laxantes?|antiacidos?|lassativ[oi]|antiacid[oi]|laxeermiddel|antacid(?:um|a)|przeczyszczaj\w*)(?![a-z])/g;
/** A complaint a medicine is for: counts only where the text says the product treats it. */
const COMPLAINT_RE =
  /(?<![a-z])(constipation|acid indigestion|heartburn|upset stomach|verstopfung|sodbrennen|brulures d'estomac|estrenimiento|acidez|stitichezza|bruciore di stomaco|obstipatie|maagzuur|zaparci\w*|zgag\w*)(?![a-z])/g;
/** "effet laxatif", "less laxative", "laxative effect": a side effect, not the purpose. */
const SIDE_EFFECT_BEFORE_RE =
  /(?:effect|effet|efecto|effetto|wirkung|side effects?|nebenwirkungen|effets? (?:indesirables|secondaires)|efectos? (?:secundarios|adversos)|effetti (?:indesiderati|collaterali)|bijwerkingen|adverse|less|more|mild(?:ly)?|not|no|non|leicht|peu|pas|poco|meno|minder|diarrhea,|diarrhoea,|[a-z]+,)[ -]{0,3}(?:\w+[ -]){0,2}$/;
const SIDE_EFFECT_AFTER_RE = /^[ -]{0,2}(?:effects?|wirkung|properties)/;
const PURPOSE_BEFORE_RE =
  /(?:uses?|purpose|indications?|indicated|relief of|relieves?|for (?:the )?(?:relief|treatment) of|to (?:relieve|treat)|anwendungsgebiete?|bei|zur behandlung|indications? therapeutiques?|traitement|en cas de|indicaciones|tratamiento|indicazioni|trattamento|indicaties|wskazania)[ :-]{0,3}(?:\w+[ ,-]{1,3}){0,4}$/;

/** The purpose a medicine's text gives, when it is a laxative or an antacid; null otherwise. */
function drugPurposeOf(text: string): string | null {
  for (const re of [DRUG_KIND_RE, COMPLAINT_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (SIDE_EFFECT_BEFORE_RE.test(before) || SIDE_EFFECT_AFTER_RE.test(after)) continue;
      if (re === COMPLAINT_RE && !PURPOSE_BEFORE_RE.test(before)) continue;
      return m[1]!;
    }
  }
  return null;
}
/** The label says it is a supplement, whatever else it says ("As a dietary supplement, take …"). */
const SUPPLEMENT_STATUS_RE =
  /(?<![a-z])(?:dietary supplement|supplement facts|food supplement|(?:magnesium|mineral) supplement|nahrungserganzungsmittel|complement alimentaire|complemento alimenticio|integratore alimentare|voedingssupplement|suplement diety)(?![a-z])/;

function warn(list: Warning[], code: string, message: string): void {
  if (!list.some((w) => w.code === code && w.message === message)) list.push({ code, message });
}

function analyzeSnapshot(snapshot: ProductSnapshot, profile: Profile | undefined): Analysis {
  const f = fieldsOf(snapshot);
  const url = typeof snapshot.url === 'string' ? snapshot.url : null;
  const eu = isEuropeanStore(url);
  const warnings: Warning[] = [];
  const label = readLabel(f.labelText, { eu });
  const titleInfo = analyzeTitle(f.title);
  const detailsText = f.details.map(([k, v]) => `${k}: ${v}`).join('\n');
  const ingredientsText = f.ingredients || label.ingredients || '';
  const mgRows = label.magnesiumRows;

  // --- Does the product contain magnesium as a nutrient? A label that lists nutrients but no
  // magnesium row outweighs words elsewhere on the page.
  const labelListsOtherNutrients = label.otherNutrientRows > 0;
  const containsMagnesium =
    mgRows.length > 0 ||
    (!labelListsOtherNutrients &&
      (titleInfo.containsMagnesium ||
        [ingredientsText, ...f.bullets, detailsText, f.description].some(mentionsMagnesiumNutrient) ||
        // "Bevat per sachet: 243 mg = 10 mmol magnesium": a label that states its magnesium in a sentence.
        findElementalStatements(f.labelText).length > 0)) ||
    (labelListsOtherNutrients && titleInfo.containsMagnesium && !f.labelText.trim());

  // --- Forms, from the most trustworthy text that names any: label rows, ingredients, title, other text.
  let forms: FormFinding[] = [];
  for (const row of mgRows) forms = mergeForms(forms, row.forms);
  if (!forms.length && ingredientsText) forms = formsNearMagnesium(ingredientsText);
  if (!forms.length) forms = titleInfo.forms;
  if (!forms.length && f.labelText) forms = formsNearMagnesium(f.labelText);
  if (!forms.length) {
    for (const text of [...f.bullets, detailsText, f.description]) {
      forms = mergeForms(forms, formsNearMagnesium(text));
    }
  }
  if (!containsMagnesium) forms = [];
  const formIds = new Set(forms.map((x) => x.id));
  if (mgRows.length && titleInfo.forms.some((t) => !formIds.has(t.id))) {
    const titleOnly = titleInfo.forms
      .filter((t) => !formIds.has(t.id))
      .map((t) => t.id)
      .join(', ');
    warn(warnings, 'title-form-not-on-label', `The title names ${titleOnly}, which the label's magnesium row does not list.`);
  }

  // --- Buffered: the word, or a chelate listed together with oxide (docs/knowledge.md §3).
  const chelate = formIds.has('glycinate') || formIds.has('amino-acid-chelate') || formIds.has('lysinate');
  const buffered =
    containsMagnesium &&
    (mgRows.some((r) => r.buffered) ||
      [f.title, ingredientsText].some((t) => saysBuffered(t) && mentionsMagnesiumNutrient(t)) ||
      (chelate && formIds.has('oxide')));
  if (buffered) {
    warn(
      warnings,
      'buffered',
      'Buffered or mixed with magnesium oxide: part of the magnesium is likely oxide, and the label does not give the split.',
    );
  }

  // --- Topical and kind.
  const itemForm = f.details.find(([k]) => /item form|form|darreichungsform|forme/i.test(k))?.[1] ?? '';
  const topical =
    containsMagnesium &&
    (titleInfo.topical ||
      looksTopical(itemForm) ||
      TOPICAL_DIRECTIONS_RE.test(fold(`${f.directions}\n${label.directions ?? ''}`)) ||
      /(?<![a-z])(?:for external use|external use only|zur ausseren anwendung|usage externe)(?![a-z])/.test(
        fold(`${f.labelText}\n${f.description}`),
      ));
  const foldedTitle = fold(f.title);
  let kind: Analysis['kind'];
  const looksLikeFood =
    (label.isNutritionFactsPanel && !/supplement facts/.test(fold(f.labelText))) ||
    (FOOD_TITLE_RE.test(foldedTitle) && !SUPPLEMENT_WORDS_RE.test(foldedTitle) && !mgRows.length);
  const productSignals =
    mgRows.length > 0 ||
    !!(
      f.servingSize ||
      label.servingSize ||
      f.directions ||
      label.directions ||
      snapshot.price ||
      snapshot.unitCount ||
      PRODUCT_SIGNAL_RE.test(foldedTitle) ||
      f.ingredients ||
      // The page-text reader saw the page sell or label a product (price, cart, facts panel).
      (snapshot.store === 'generic' && snapshot.isProductPage === true && titleInfo.containsMagnesium)
    );
  const otherNutrientsInTitle = new Set(foldedTitle.match(OTHER_NUTRIENT_TITLE_RE) ?? []).size;
  const drugPurpose = drugPurposeOf(fold(`${f.title}\n${f.labelText}\n${f.description.slice(0, 1_500)}`));
  const saysSupplement = SUPPLEMENT_STATUS_RE.test(fold(`${f.title}\n${f.labelText}\n${f.description}\n${f.directions}`));
  if (!containsMagnesium) kind = 'not-a-supplement';
  else if (looksLikeFood) kind = 'not-a-supplement';
  else if (drugPurpose && !saysSupplement) {
    kind = 'not-a-supplement';
    warn(
      warnings,
      'drug-not-supplement',
      `A medicine for ${drugPurpose}: its dose is a drug's, not a magnesium supplement's, so no supplement verdict is given.`,
    );
  } else if (topical && !mgRows.length && !isRecipe(`${url ?? ''}\n${f.title}\n${f.description.slice(0, 3_000)}`)) {
    // A page about a magnesium oil, spray or bath salt, even with nothing for sale: what it
    // describes goes on the skin, so it gets no oral verdict either way. A recipe is not a product.
    kind = 'topical';
  } else if (!mgRows.length && (snapshot.isProductPage === false || !productSignals)) {
    kind = 'not-a-supplement';
    warn(warnings, 'not-a-product', 'This page does not look like a product page (no label, serving, directions or price).');
  } else if (topical) kind = 'topical';
  else if (label.otherNutrientRows >= 3 || MULTI_TITLE_RE.test(foldedTitle) || otherNutrientsInTitle >= 2)
    kind = 'multi-nutrient';
  else kind = 'magnesium-supplement';

  if (snapshot.labelIsImage) {
    warn(
      warnings,
      'label-is-image',
      'The Supplement Facts panel is only an image here: read from the title, bullet points and details instead.',
    );
  }

  // --- Serving size and directions.
  const row = pickRow(mgRows);
  let servingText = f.servingSize || label.servingSize || '';
  if (!servingText && row?.basis.per === 'day' && row.basis.units && row.basis.unit)
    servingText = `${row.basis.units} ${row.basis.unit}`;
  if (!servingText && row?.basis.per === 'unit') servingText = `1 ${row.basis.unit}`;
  let serving: ServingSize | null = servingText ? parseServingSize(servingText) : null;
  const directionsText = f.directions || label.directions || directionsIn([f.description, ...f.bullets]);
  const directions: Directions | null = directionsText ? parseDirections(directionsText) : null;
  // No serving size printed: what the directions take at one time is the serving ("take 2 capsules
  // twice daily": a serving of 2 capsules, twice a day), so an amount per capsule scales by 2.
  // "6 to 8 tablets a day in 2 or 3 doses": one intake is not stated, so the serving is one unit.
  const intake = directions?.perIntake;
  // "Bevat per sachet: 243 mg" with "1–2 sachets per dag": the label states its amount per unit,
  // prints no serving size and the directions give a day's count as a range, so the serving is one
  // unit and the directions count servings.
  const amountPerUnit =
    row?.reading === 'elemental' && row.amount
      ? row.basis.per === 'unit'
      : firstStatement([f.labelText, ingredientsText, f.description, f.bullets.join('\n')])?.per === 'unit';
  const countPerDay = !!intake && intake.min < intake.max && directions!.timesPerDay.max === 1;
  if (!serving && intake && intake.unit !== 'serving' && (directions!.dividedDaily || (amountPerUnit && countPerDay)))
    serving = parseServingSize(`1 ${intake.unit}`);
  const servingFromDirections = !serving && !!intake && intake.unit !== 'serving';
  if (servingFromDirections) serving = parseServingSize(intake.raw);

  // --- Elemental magnesium per serving.
  const perServing = containsMagnesium
    ? elementalPerServing({ row, label, f, serving, servingFromDirections, warnings, eu, titleInfo, ingredientsText })
    : null;

  // "Each daily serving of 2 tablets provides …": the statement names the serving the label image hides.
  if (!serving && perServing?.servingHint) serving = parseServingSize(perServing.servingHint);

  // --- Servings per day and the daily total.
  let spd: Analysis['servingsPerDay'] = null;
  if (containsMagnesium && kind !== 'not-a-supplement') {
    if (perServing?.perDayStated) spd = { min: 1, max: 1, source: 'directions' };
    else {
      const r = servingsPerDay(serving, directions);
      for (const w of r.warnings) warn(warnings, w.code, w.message);
      spd = { min: r.min, max: r.max, source: r.source };
      // "Take twice daily" with no serving size and no count of units: how much one intake is
      // is not stated, so the daily amount is not either.
      if (!serving && directions && !directions.perIntake && spd.source === 'directions') {
        spd = { min: 1, max: 1, source: 'assumed-one' };
        warn(
          warnings,
          'directions-no-amount',
          `The directions ("${quote(directions.text, 100)}") do not say how much to take at a time.`,
        );
      }
    }
  }
  const amount = perServing?.amount ?? null;
  let perDay: MgRange | null = null;
  if (amount && spd && amount.basis !== 'from-title' && !topical && kind !== 'not-a-supplement') {
    perDay = { min: round(amount.min * spd.min, 0.1), max: round(amount.max * spd.max, 0.1) };
  }
  if (topical && amount)
    warn(
      warnings,
      'topical-no-oral-dose',
      'Applied to the skin: not counted as an oral dose, and the oral upper limit does not apply.',
    );

  const upperLimit = assessDose(perDay, { topical, profile });
  const claimTexts: ClaimText[] = [
    ...(f.title ? [{ field: 'title', text: f.title }] : []),
    ...f.bullets.map((text) => ({ field: 'bullets', text })),
    ...(f.description ? [{ field: 'description', text: f.description }] : []),
  ];
  const claims = containsMagnesium ? detectClaims(claimTexts, { eu }) : [];
  const safety = containsMagnesium
    ? safetyWarnings({ forms: forms.map((x) => x.id), perDay, upperLimit, topical }, profile ?? DEFAULT_PROFILE)
    : [];

  // --- Price per 100 mg elemental: only from label-based amounts.
  let price: Analysis['pricePer100mgElemental'] = null;
  if (amount && amount.basis !== 'from-title' && !topical) {
    const units =
      serving?.units && serving.units.unit !== 'serving' && serving.units.min === serving.units.max ? serving.units.max : null;
    const spc = Number((/\d{1,4}/.exec(f.servingsPerContainer || label.servingsPerContainer || '') ?? [])[0]);
    const p = pricePer100mgElemental({
      price: snapshot.price,
      elementalPerServing: amount,
      unitsPerServing: units,
      unitCount: snapshot.unitCount,
      servingsPerContainer: Number.isFinite(spc) && spc > 0 ? spc : null,
    });
    price = p.value;
    if (p.warning && p.value) warn(warnings, p.warning.code, p.warning.message);
  }

  if (containsMagnesium && !amount && kind !== 'not-a-supplement') {
    warn(warnings, 'dose-unknown', 'No magnesium amount could be read from this page.');
  }

  return {
    schemaVersion: 1,
    url,
    store: safeStore(snapshot.store),
    isProductPage: snapshot.isProductPage === true,
    containsMagnesium,
    topical,
    kind,
    title: f.title || null,
    forms,
    buffered,
    servingSize: serving ? serving.text : null,
    servingsPerDay: spd,
    elementalMgPerServing: amount,
    elementalMgPerDay: perDay,
    upperLimit,
    claims,
    warnings: [...warnings, ...safety],
    pricePer100mgElemental: price,
  };
}

function mergeForms(a: FormFinding[], b: FormFinding[]): FormFinding[] {
  const seen = new Set<FormId>(a.map((x) => x.id));
  return [...a, ...b.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)))];
}

/** The magnesium row to read: an elemental row with an amount, else one with a percent, else a salt row. */
function pickRow(rows: MagnesiumRow[]): MagnesiumRow | null {
  return (
    rows.find((r) => r.reading === 'elemental' && r.amount) ??
    rows.find((r) => r.reading === 'elemental' && r.percent) ??
    rows.find((r) => r.reading === 'compound' && r.amount) ??
    rows[0] ??
    null
  );
}

/** The statement the per-serving step would read first (the first text that has any). */
function firstStatement(texts: string[]): ElementalStatement | undefined {
  for (const text of texts) {
    const found = findElementalStatements(text)[0];
    if (found) return found;
  }
  return undefined;
}

/**
 * The title names this statement: its elemental figure ("Magnetrans forte 150mg") or another amount
 * in its sentence ("Mag 2 … 20bust 2,25g" and "Una bustina contiene: magnesio pidolato 2,250 g (… 184 mg …)").
 */
function titleNamesStatement(title: string, statement: ElementalStatement): boolean {
  const inTitle = findAmounts(title).map((a) => a.mg);
  if (!inTitle.length) return false;
  const inSentence = findAmounts(statement.source).map((a) => a.mg);
  return [statement.mg, ...inSentence].some((mg) => inTitle.some((t) => Math.abs(t - mg) <= 0.005 * Math.max(t, mg)));
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

interface PerServingInput {
  row: MagnesiumRow | null;
  label: LabelReading;
  f: Fields;
  serving: ServingSize | null;
  /** No serving size is printed: the serving is what the directions take at one time. */
  servingFromDirections: boolean;
  warnings: Warning[];
  eu: boolean;
  titleInfo: ReturnType<typeof analyzeTitle>;
  ingredientsText: string;
}

interface PerServingResult {
  amount: ElementalAmount;
  perDayStated: boolean;
  servingHint?: string | null;
}

function referenceFor(kind: 'dv' | 'nrv', label: LabelReading): { mg: number; name: string } {
  if (kind === 'nrv') return { mg: EU_NRV_MG, name: 'the EU NRV of 375 mg' };
  return label.oldStyleUnits
    ? { mg: US_OLD_DAILY_VALUE_MG, name: 'the pre-2020 US Daily Value of 400 mg (the label uses IU, an older format)' }
    : { mg: US_DAILY_VALUE_MG, name: 'the US Daily Value of 420 mg (2016 rule; older labels used 400 mg)' };
}

/** Scale a row or statement amount to one serving, given what the amount was per. */
function toServing(
  mg: MgRange,
  per: 'serving' | 'unit' | 'day' | 'unknown',
  serving: ServingSize | null,
  warnings: Warning[],
  basisUnclear = false,
): { range: MgRange; perDayStated: boolean } {
  // No serving size printed and the directions take several units: an amount that names no basis
  // may be per unit or per intake, so the serving holds between the two.
  const units = serving?.units && serving.units.unit !== 'serving' ? serving.units : null;
  if (basisUnclear && per === 'serving' && units && units.max > 1) {
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
    const k = units ? units : { min: 1, max: 1 };
    return { range: { min: round(mg.min * k.min, 0.1), max: round(mg.max * k.max, 0.1) }, perDayStated: false };
  }
  return { range: mg, perDayStated: per === 'day' };
}

function elementalPerServing(input: PerServingInput): PerServingResult | null {
  const { row, label, f, serving, warnings, titleInfo } = input;
  const make = (
    range: MgRange,
    basis: ElementalAmount['basis'],
    source: string,
    perDayStated = false,
  ): PerServingResult | null => {
    if (!(range.max > 0) || !Number.isFinite(range.max)) return null;
    if (range.max > MAX_PLAUSIBLE_SERVING_MG && basis !== 'from-title') {
      warn(
        warnings,
        'implausible-amount',
        `"${quote(source, 120)}" gives ${range.max} mg of magnesium in one serving, which no oral product contains: not used.`,
      );
      return null;
    }
    return {
      amount: { min: round(range.min, 0.01), max: round(range.max, 0.01), basis, source: quote(source, 300) },
      perDayStated,
    };
  };

  // An "elemental" amount that would need more than 1.5 g of a low-magnesium compound in one
  // capsule or tablet ("500 mg of magnesium as magnesium orotate") is probably the compound's
  // weight: the amount is then a range from the compound's share up to the printed figure.
  const doubtCompoundWeight = (range: MgRange, forms: FormFinding[], source: string, perUnit: boolean): MgRange => {
    const fractions = forms.map((x) => FORM_BY_ID[x.id]?.fraction).filter((x) => x !== undefined && x !== null);
    if (!forms.length || fractions.length !== forms.length) return range;
    const maxFraction = Math.max(...fractions.map((x) => x.max));
    // Units in the serving, where they are capsules, tablets or gummies; the amount itself when it is per unit.
    const solid = serving?.units && ['capsule', 'tablet', 'gummy'].includes(serving.units.unit) ? serving.units.max : null;
    const unitCount = perUnit ? 1 : solid;
    if (!unitCount || maxFraction >= 0.2 || range.max / unitCount <= MAX_COMPOUND_PER_UNIT_MG * maxFraction) return range;
    const minFraction = Math.min(...fractions.map((x) => x.min));
    warn(
      warnings,
      'elemental-or-compound',
      `"${quote(source, 100)}" would need more than ${MAX_COMPOUND_PER_UNIT_MG / 1000} g of ${forms.map((x) => x.id).join(' / ')} in each unit: the figure is probably the compound's weight, so the magnesium is shown as a range.`,
    );
    return { min: round(range.min * minFraction, 0.1), max: range.max };
  };

  // 1. An elemental row: "Magnesium (as …) 200 mg 48%" is elemental by the Supplement Facts rule.
  if (row?.reading === 'elemental' && row.amount) {
    let range: MgRange = { min: row.amount.mg, max: row.amount.mg };
    if (row.ambiguousColumns) {
      const all = row.amounts.map((a) => a.mg);
      range = { min: Math.min(...all), max: Math.max(...all) };
      warn(
        warnings,
        'ambiguous-columns',
        `The magnesium row has several amounts (${row.amounts.map((a) => a.raw).join(', ')}) and no header says which is per serving.`,
      );
    }
    if (row.truncated)
      warn(warnings, 'row-cut-off', `The magnesium row looks cut off ("${quote(row.text, 100)}"): read its amount as elemental.`);
    if (row.percent) {
      const ref = referenceFor(row.percent.kind, label);
      const fits =
        row.percent.kind === 'nrv'
          ? percentFits(range.max, row.percent.value, EU_NRV_MG)
          : percentFits(range.max, row.percent.value, US_DAILY_VALUE_MG) ||
            percentFits(range.max, row.percent.value, US_OLD_DAILY_VALUE_MG);
      if (!fits) {
        warn(
          warnings,
          'percent-mismatch',
          `The label's ${row.percent.value}% does not match ${range.max} mg against ${ref.name}; the stated amount is used.`,
        );
      }
    }
    const scaled = toServing(range, row.basis.per, serving, warnings, input.servingFromDirections);
    const checked = row.percent ? scaled.range : doubtCompoundWeight(scaled.range, row.forms, row.text, false);
    return make(checked, 'stated-elemental', row.text, scaled.perDayStated);
  }

  // 2. "providing 70 mg elemental magnesium": stated outright, wins over arithmetic.
  const statementTexts = [f.labelText, input.ingredientsText, f.description, f.bullets.join('\n'), f.title];
  for (const text of statementTexts) {
    const found = findElementalStatements(text);
    const first = found[0];
    if (!first) continue;
    let statement = first;
    // Several statements of the same kind that disagree ("a vial gives 122 mg … a sachet 184 mg"):
    // which one is this product's is not certain, so the amount is their range.
    let sameKind = found.filter((x) => x.per === first.per);
    // A page that describes two strengths ("1 Hartkapsel enthält … 150 mg Magnesium" for forte,
    // "… 243 mg" for extra): the one whose figure or sentence the title names is this product's.
    const titled = sameKind.filter((x) => titleNamesStatement(f.title, x));
    if (titled.length && titled.length < sameKind.length && new Set(titled.map((x) => x.mg)).size === 1) sameKind = titled;
    statement = sameKind[0]!;
    const values = [...new Set(sameKind.map((x) => x.mg))];
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
      return make(scaledTotal.range, 'stated-elemental', parts.map((x) => x.source).join(' + '), scaledTotal.perDayStated);
    }
    if (values.length > 1) {
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      warn(
        warnings,
        'several-amounts',
        `The page states several elemental amounts (${values.map((v) => `${v} mg`).join(', ')}): shown as a range.`,
      );
      const scaledRange = toServing(
        { min: lo, max: hi },
        statement.per === 'unknown' ? 'serving' : statement.per,
        serving,
        warnings,
      );
      return make(scaledRange.range, 'stated-elemental', sameKind.map((x) => x.source).join(' … '), scaledRange.perDayStated);
    }
    const per = statement.per === 'unknown' ? (row?.basis.per ?? 'serving') : statement.per;
    if (statement.per === 'unknown' && text !== f.labelText && text !== input.ingredientsText) {
      warn(
        warnings,
        'elemental-statement-basis',
        `"${quote(statement.source, 100)}" does not say per serving or per unit: read as per serving.`,
      );
    }
    const scaled = toServing(
      { min: statement.mg, max: statement.mg },
      per,
      serving,
      warnings,
      input.servingFromDirections && statement.per === 'unknown',
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
      ? doubtCompoundWeight(scaled.range, formsNearMagnesium(statement.source), statement.source, statement.per === 'unit')
      : scaled.range;
    const made = make(checked, 'stated-elemental', statement.source, scaled.perDayStated);
    return made && { ...made, servingHint };
  }

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
        return make(toServing({ min: salt, max: salt }, row.basis.per, serving, warnings).range, 'stated-elemental', row.text);
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
    const elemental = elementalFromCompound(salt, row.forms);
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
        `${row.amount.raw} of ${row.forms.map((x) => x.id).join(' / ')} is ${elemental.min}–${elemental.max} mg magnesium: the label does not say which hydrate or salt.`,
      );
    }
    const scaled = toServing(elemental, row.basis.per, serving, warnings, input.servingFromDirections);
    return make(scaled.range, 'from-compound', row.text, scaled.perDayStated);
  }

  // 4. Only a percent: back-calculate from %DV or %NRV, and say which reference was assumed.
  if (row?.percent) {
    const ref = referenceFor(row.percent.kind, label);
    const mg = elementalFromPercent(row.percent.value, ref.mg);
    warn(warnings, 'from-percent', `Amount back-calculated from ${row.percent.value}% using ${ref.name}.`);
    const scaled = toServing({ min: mg, max: mg }, row.basis.per, serving, warnings);
    return make(scaled.range, 'from-percent-dv', row.text, scaled.perDayStated);
  }

  // 5. The title's figure: a claim, not a verified dose.
  if (titleInfo.mgClaim) {
    warn(
      warnings,
      'dose-from-title',
      `Only the title states an amount ("${titleInfo.mgClaim.source}"); it may be salt weight or per capsule, so no daily dose is worked out from it.`,
    );
    const mg = titleInfo.mgClaim.mg;
    return make({ min: mg, max: mg }, 'from-title', titleInfo.mgClaim.source);
  }
  return null;
}
