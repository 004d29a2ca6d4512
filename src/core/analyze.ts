// Core entry point: ProductSnapshot (+ profile) -> Analysis. Pure: no DOM, no browser API, and no
// zod at runtime (only `import type` from zod-based modules), so the content script stays small.
// Principle (docs/design.md): never a confident wrong number. Where the label leaves a doubt the result is
// a range or null, and a warning says why.
//
// The analysis is a pipeline of named stages (docs/design.md, "The analyser's stages"), each a small
// function with typed input and output that can be tested alone:
//   readInputs → containsMagnesiumOf → formsOf → bufferedOf → kindOf → servingOf → perServingOf
//   → forProfileAge → dailyOf → (limit, claims, safety) → priceOf
import type { Analysis, ElementalAmount, Warning } from './schema';
import { STORE_IDS, type StoreId } from '../vocabulary/ids';
import type { ProductSnapshot } from './snapshot';
import type { Profile } from './profile';
import { assessDose, DEFAULT_PROFILE } from './limits';
import { detectClaims, type ClaimText } from './claims';
import { safetyWarnings } from './safety';
import {
  directionsForAges,
  namesAdults,
  servingsPerDay,
  parseServingSize,
  statedDailyRange,
  type Directions,
  type ServingSize,
} from './servings';
import { AGE_BAND_YEARS } from './profile-options';
import { CHILD_DOSE_RE, type MgRange } from './dose';
import { pricePer100mgElemental } from './price';
import { fold, quote } from './text';
import { round } from './units';
import { readInputs, warn, type PageInputs } from './page-inputs';
import { bufferedOf, containsMagnesiumOf, formsOf, kindOf, type PageKind } from './page-kind';
import { perServingOf, servingOf, type PerServingResult, type ServingReading } from './amount';

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

function analyzeSnapshot(snapshot: ProductSnapshot, profile: Profile | undefined): Analysis {
  const warnings: Warning[] = [];
  const p = readInputs(snapshot);
  const containsMagnesium = containsMagnesiumOf(p);
  const forms = formsOf(p, containsMagnesium, warnings);
  const buffered = bufferedOf(p, forms, containsMagnesium, warnings);
  const page = kindOf(p, containsMagnesium, warnings);
  if (snapshot.labelIsImage) {
    warn(
      warnings,
      'label-is-image',
      'The Supplement Facts panel is only an image here: read from the title, bullet points and details instead.',
    );
  }
  const servingReading = servingOf(p);
  const perServing = containsMagnesium ? perServingOf(p, servingReading, warnings) : null;
  const dailyStated = statedDailyRange([p.f.directions, p.f.description, p.f.labelText].join('\n'));
  const forAge = forProfileAge(p, servingReading, profile, warnings);
  const daily = dailyOf({ containsMagnesium, page, servingReading: forAge, perServing, dailyStated }, warnings);
  const { topical, kind } = page;
  const upperLimit = assessDose(daily.perDay, { topical, profile });
  const { f, eu } = p;
  const claimTexts: ClaimText[] = [
    ...(f.title ? [{ field: 'title', text: f.title }] : []),
    ...f.bullets.map((text) => ({ field: 'bullets', text })),
    ...(f.description ? [{ field: 'description', text: f.description }] : []),
  ];
  const claims = containsMagnesium ? detectClaims(claimTexts, { eu }) : [];
  const safety = containsMagnesium
    ? safetyWarnings({ forms: forms.map((x) => x.id), perDay: daily.perDay, upperLimit, topical }, profile ?? DEFAULT_PROFILE)
    : [];
  const amount = daily.amount;
  const price = priceOf(p, { amount, topical, serving: daily.serving }, warnings);
  if (containsMagnesium && !amount && kind !== 'not-a-supplement') {
    warn(warnings, 'dose-unknown', 'No magnesium amount could be read from this page.');
  }

  return {
    schemaVersion: 1,
    url: p.url,
    store: safeStore(snapshot.store),
    isProductPage: snapshot.isProductPage === true,
    containsMagnesium,
    topical,
    kind,
    title: p.titleAsWritten || null,
    forms,
    buffered,
    servingSize: daily.serving ? daily.serving.text : null,
    servingsPerDay: daily.servingsPerDay,
    elementalMgPerServing: amount,
    elementalMgPerDay: daily.perDay,
    upperLimit,
    claims,
    warnings: [...warnings, ...safety],
    pricePer100mgElemental: price,
  };
}

/** A child's and a teen's years, the groups a children's product's directions dose. */
const CHILDHOOD = { min: 0, max: 17 };

/**
 * Stage 6b. A child's or a teen's profile, and directions that dose by age ("Children 4-8 years: chew 1 gummy daily.
 * Children 9 years and over and adults: chew 2 gummies daily."): the day is counted from the group for those years, and a
 * note quotes it. A group told the product is not for it ("Not suitable for children under 4 years") gets the note alone.
 */
function forProfileAge(
  p: PageInputs,
  reading: ServingReading,
  profile: Profile | undefined,
  warnings: Warning[],
): ServingReading {
  const years = profile ? AGE_BAND_YEARS[profile.ageBand] : null;
  if (!reading.directions) return reading;
  // (The page's directions, or the label's own "Directions:" line the reading found.)
  const text = p.f.directions || reading.directions.text;
  // (A children's product, "Kids Magnesium Gummies", read with no child's profile, whose directions dose no adults by
  // name: the day spans the groups of children and teens, "Ages 9 and up" too, not that group alone as an adult's.)
  const children = !years && CHILD_DOSE_RE.test(fold(p.f.title)) && !namesAdults(fold(text));
  if (!(years || children)) return reading;
  const group = directionsForAges(text, years ?? CHILDHOOD, children);
  if (!group) return reading;
  const ages = years ? `ages ${years.min}–${years.max}` : "children's ages (a children's product)";
  if ('notFor' in group) {
    warn(warnings, 'not-for-age', `For ${ages}, the label says: "${quote(group.notFor, 120)}".`);
    return reading;
  }
  warn(warnings, 'dose-for-age', `The directions dose by age; for ${ages}: "${quote(group.said, 160)}".`);
  return { ...reading, directions: group.directions };
}

interface DailyInput {
  containsMagnesium: boolean;
  page: PageKind;
  servingReading: ServingReading;
  perServing: PerServingResult | null;
  /** A day's amount the page doses in mg ("243-486 mg PO daily"), where it has one. */
  dailyStated?: { min: number; max: number; source: string } | null;
}

interface Daily {
  /** The serving as finally read (a statement may name the one a label image hides). */
  serving: ServingSize | null;
  servingsPerDay: Analysis['servingsPerDay'];
  amount: ElementalAmount | null;
  perDay: MgRange | null;
}

/**
 * The label's day column against directions that count its units. "per dose massima giornaliera (3
 * compresse)" over "da 1 a 3 compresse al giorno": the column is the most the directions allow, so
 * fewer units give a share of it. "Amount per Day (1 Capsule)" over "one capsule once or twice daily":
 * the column is one reading of a range the directions give, so the day is that range. "Amount per day
 * (3 capsules)" over "one capsule one to two times daily": the directions never reach the column, so
 * the day spans both and a warning says they disagree. "Per dagdosering (2 tabletten)" over "3 tabletten
 * per dag": the directions take more than the column, so the day runs from the column to the directions'
 * (a shopper who follows them takes more than the label's day), with the same warning; not where the
 * serving is the directions' own or the column is already a range of two labels' amounts.
 */
function labelDayAgainstDirections(
  serving: ServingSize | null,
  directions: Directions | null,
  moreCounts: boolean,
  warnings: Warning[],
): Analysis['servingsPerDay'] {
  if (!serving?.units || !directions?.perIntake || directions.perIntake.unit !== serving.units.unit) return null;
  const r = servingsPerDay({ ...serving, perDay: false }, directions);
  if (r.source !== 'directions') return null;
  const said = `The label's daily amount is for ${serving.units.raw}; the directions ("${quote(directions.text, 100)}")`;
  const EPS = 1e-6;
  if (r.min < r.max && r.min <= 1 + EPS && r.max >= 1 - EPS) {
    const largest = Math.abs(r.max - 1) <= EPS;
    warn(
      warnings,
      largest ? 'label-day-is-largest' : 'label-day-in-range',
      largest ? `${said} allow fewer, so the day is a range.` : `${said} give a range around it, so the day is that range.`,
    );
    return { min: r.min, max: r.max, source: 'directions' };
  }
  if (r.min > 1 + EPS && moreCounts) {
    warn(warnings, 'label-day-differs', `${said} take more: the day is shown from one to the other.`);
    return { min: 1, max: r.max, source: 'directions' };
  }
  if (r.max >= 1 - EPS) return null;
  warn(warnings, 'label-day-differs', `${said} never reach it: the day is shown from one to the other.`);
  return { min: r.min, max: 1, source: 'directions' };
}

/** Stage 7. Servings a day and the daily total: an oral product's amount times its servings. */
export function dailyOf(input: DailyInput, warnings: Warning[]): Daily {
  const { containsMagnesium, perServing } = input;
  const { kind, topical } = input.page;
  const { directions } = input.servingReading;
  let serving = input.servingReading.serving;
  // "Each daily serving of 2 tablets provides …": the statement names the serving the label image hides.
  if (!serving && perServing?.servingHint) serving = parseServingSize(perServing.servingHint);
  let spd: Analysis['servingsPerDay'] = null;
  const labelDay = perServing?.labelPerDay ?? null;
  if (containsMagnesium && kind !== 'not-a-supplement') {
    if (perServing?.perDayStated)
      spd = labelDayAgainstDirections(
        serving,
        directions,
        // (Not a serving the directions gave, nor a column already a range of two labels' amounts.)
        !input.servingReading.servingFromDirections && perServing.amount.min === perServing.amount.max,
        warnings,
      ) ?? {
        min: 1,
        max: 1,
        source: 'directions',
      };
    else if (perServing?.sharedOver) spd = { min: perServing.sharedOver, max: perServing.sharedOver, source: 'directions' };
    else if (!directions && labelDay && perServing && perServing.amount.min > 0) {
      // No directions, but the label prints its amount per day: the day is the label's.
      const ratios = [labelDay.min / perServing.amount.min, labelDay.max / perServing.amount.max];
      spd = { min: round(Math.min(...ratios), 0.1), max: round(Math.max(...ratios), 0.1), source: 'directions' };
    } else {
      // "Serving Size 1-3 Tablets" whose amounts are three tablets': the directions' units count thirds of it.
      const forUnits = input.servingReading.amountsForUnits;
      const units = serving?.units;
      const r = servingsPerDay(
        forUnits && units ? { ...serving!, units: { ...units, min: forUnits, max: forUnits } } : serving,
        directions,
      );
      if (forUnits && units && directions?.perIntake && r.min < r.max)
        warn(
          warnings,
          'serving-range-largest',
          `The serving size is a range ("${serving!.text}") and the servings per container count ${forUnits} ${units.unit}s each: the amounts are for ${forUnits}, so fewer ${units.unit}s give less.`,
        );
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
  // "1504mg/powder sachet (elemental magnesium/sachet: 243mg)" and "243-486 mg PO daily": no count of
  // units is given, but the day's range counts whole servings of the stated amount.
  const stated = input.dailyStated;
  const unitMg = perServing && perServing.amount.min === perServing.amount.max ? perServing.amount.min : null;
  if (stated && unitMg && spd?.source === 'assumed-one') {
    const lo = stated.min / unitMg;
    const hi = stated.max / unitMg;
    const whole = (x: number) => Math.abs(x - Math.round(x)) < 0.03;
    if (whole(lo) && whole(hi) && Math.round(lo) >= 1 && Math.round(hi) <= 8) {
      spd = { min: Math.round(lo), max: Math.round(hi), source: 'directions' };
      warn(
        warnings,
        'day-from-stated-amount',
        `The page doses ${stated.min}–${stated.max} mg a day ("${quote(stated.source, 100)}"): ${spd.min} to ${spd.max} servings of ${unitMg} mg.`,
      );
    }
  }
  const aside = input.servingReading.columnSetAside;
  if (aside?.fewerThanDay && spd?.source === 'directions' && directions)
    warn(
      warnings,
      'label-day-is-largest',
      `The label's daily amount is for ${aside.text}; the directions ("${quote(directions.text, 100)}") allow fewer, so one unit's column is read and the directions count the day.`,
    );
  const volume = input.servingReading.volumeScaled;
  if (volume && perServing)
    warn(
      warnings,
      'serving-is-directions-volume',
      `The label's amounts are per ${volume.label}; the directions take ${volume.taken} at a time, so the serving is ${volume.taken} and its amount is scaled from the label's.`,
    );
  const amount = perServing?.amount ?? null;
  let perDay: MgRange | null = null;
  if (amount && spd && amount.basis !== 'from-title' && !topical && kind !== 'not-a-supplement') {
    perDay = { min: round(amount.min * spd.min, 0.1), max: round(amount.max * spd.max, 0.1) };
    if (!directions && labelDay) perDay = labelDay;
  }
  if (topical && amount)
    warn(
      warnings,
      'topical-no-oral-dose',
      'Applied to the skin: not counted as an oral dose, and the oral upper limit does not apply.',
    );
  const shown = spd && { ...spd, min: round(spd.min, 0.01), max: round(spd.max, 0.01) };
  return { serving, servingsPerDay: shown, amount, perDay };
}

/** Stage 8. Price per 100 mg elemental: only from label-based amounts, never a topical's. */
function priceOf(
  p: PageInputs,
  input: { amount: ElementalAmount | null; topical: boolean; serving: ServingSize | null },
  warnings: Warning[],
): Analysis['pricePer100mgElemental'] {
  const { amount, topical, serving } = input;
  if (!amount || amount.basis === 'from-title' || topical) return null;
  const units =
    serving?.units && serving.units.unit !== 'serving' && serving.units.min === serving.units.max ? serving.units.max : null;
  const spc = Number((/\d{1,4}/.exec(p.f.servingsPerContainer || p.label.servingsPerContainer || '') ?? [])[0]);
  const result = pricePer100mgElemental({
    price: p.snapshot.price,
    elementalPerServing: amount,
    unitsPerServing: units,
    unitCount: p.snapshot.unitCount,
    servingsPerContainer: Number.isFinite(spc) && spc > 0 ? spc : null,
  });
  if (result.warning && result.value) warn(warnings, result.warning.code, result.warning.message);
  return result.value;
}
