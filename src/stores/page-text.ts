// The page-text reader: a page's visible text (a saved .txt, a paste, a selection, the text of a
// page no store adapter claims, OCR output) cut into blocks and handed to the core as the same
// fields a store adapter gives: title, facts panel rows, directions, ingredients, prose (for
// claims and stated amounts), bullets, price and count. It knows page words in several languages
// and where a facts panel starts and ends; the magnesium arithmetic stays in the core.
import type { SnapshotFields } from './types';
import { capText, cleanText } from './dom';
import { parseDecimal, parsePrice } from './values';
import { FOOD_SUPPLEMENT_NAMES, LATIN_MAGNESIUM, fold, joinBrokenLines, sentencesOf } from '../core/text';
import { mendPastedMisreads, mendSureMisreads } from './misreads';
import { arabicAsParserWords } from '../core/arabic';
import {
  ADULTS_RE,
  addsToDose,
  findUnitCount,
  laterPhase,
  namesPack,
  opensPhases,
  parseDirections,
  unitKind,
  UP_TO,
  type Directions,
} from '../core/servings';
import { CHILD_DOSE_RE, findElementalStatements } from '../core/dose';
import { OTHER_PRODUCT_OFFERED_RE, formsNearMagnesium, mentionsMagnesiumNutrient } from '../core/forms';
import { findAmounts, REFERENCE_INTAKE } from '../core/units';
import {
  REFERENCE_ONLY_HEADER_RE,
  SERVING_SIZE_LINE_RE,
  headerBasis,
  joinOpenBrackets,
  zipColumns,
  namesPer100Basis,
  namesReferenceNeeds,
  withoutHeaderWeights,
  namesOneUnitContents,
} from '../core/label-rows';
import {
  ARTICLE_RE,
  EXCIPIENT_ROLE_RE,
  ABOUT_THIS_ITEM_RE,
  DATELINE_RE,
  NAME_DATE_LINE_RE,
  HEALTH_BYLINE_RE,
  NEWS_DATETIME_RE,
  BEST_OF_KIND_RE,
  DOSAGE_UNIT_RE,
  BULLET_RE,
  CAROUSEL_HEAD,
  CART_RE,
  CITATION_RE,
  CJK_DIRECTIONS_HEAD,
  CJK_FACTS_HEAD,
  CJK_INGREDIENTS_HEAD,
  COUNT_RE,
  DIRECTIONS_HEAD,
  DISTRACTOR_RE,
  FACTS_HEAD,
  INFO_TITLE_RE,
  INGREDIENTS_HEAD,
  LEAFLET_RE,
  BARCODE_LINE_RE,
  PRODUCT_CODE_RE,
  PIECES_RE,
  RECORD_KEYS_RE,
  STRENGTH_KEY_RE,
  ACTIVE_KEY_RE,
  DOSAGE_FORM_KEY_RE,
  PACK_KEY_RE,
  LISTICLE_TITLE_RE,
  MAGNESIUM_RE,
  NAMES_MAGNESIUM_RE,
  MG_AMOUNT_RE,
  OTHER_HEAD,
  OTHER_FORM_LEAD_WORDS,
  OTHER_FORM_WORDS,
  CJK_OTHER_HEAD,
  PRODUCT_TEXT_HEAD,
  RANKING_TITLE_RE,
  NUMBERED_PRODUCT_RE,
  QUESTION_TITLE_RE,
  RECIPE_CARD_RE,
  CJK_RECIPE_CARD_RE,
  REPLY_LINE_RE,
  CART_SUBTOTAL_LINE_RE,
  CHECKOUT_LINE_RE,
  REMOVE_ITEM_LINE_RE,
  WARNINGS_HEAD,
} from './page-words';

const MAX_LINES = 4_000;
const MAX_PANEL_LINES = 40;
const MAX_DESCRIPTION = 8_000;
/** A text this short is a pasted label or a selection of its rows, not a whole page. */
const SHORT_TEXT_LINES = 8;

/** A sentence's end, then a capitalised word and a lower-case one. */
const SENTENCE_END_RE = /[a-zà-ÿа-я0-9)]{2}[.!?]\s+[A-ZÀ-ÖØ-ÞА-Я][a-zà-ÿа-я]{2,}\s[a-zà-ÿа-я]/;
/** A tile's name ends on its pack size or its price ("…, 240 Tablets", "… $19.99"). */
const TILE_END_RE =
  /(?:\d+\s?(?:count|ct|capsules?|caps|tablets?|tabs|softgels?|gummies|pieces|pack|kapseln|tabletten|gelules|comprimes|capsulas|comprimidos|g|ml|oz)|[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£))\W{0,3}$/i;

/**
 * A line of the page's own prose: two sentences or more (a sentence's end, then a capitalised word
 * and a lower-case one: not "Vegan. Gluten Free."), ending on neither a pack size nor a price.
 */
function ownProse(line: string): boolean {
  return line.length > 120 && SENTENCE_END_RE.test(line) && !TILE_END_RE.test(line.trim());
}

export interface PageTextOptions {
  /** The page's own heading (the h1), where the caller has one: it wins over the first lines. */
  title?: string;
  /** The store's host, for the currency of a bare "$". */
  host?: string;
  /** The page's path ("/mag-2-bustine-20x2-25g.html"): shops name the product in it. */
  path?: string;
}

type Block = 'chrome' | 'facts' | 'directions' | 'ingredients' | 'warnings' | 'other' | 'prose';

/** Unit signs of East Asian fonts, as the parser spells them. */
const UNIT_SIGNS: Record<string, string> = { '㎎': 'mg', '㎍': 'µg', '㎖': 'ml' };

/** Lines as a shopper sees them: dot leaders and runs of spaces become cell breaks (tabs). */
function pageLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      // Text copied from a PDF doubles spaces inside sentences ("Az  ajánlott adag", "500  mg
      // magnézium"): a run before a lower-case word or a unit is a space, not a cell break (a
      // flattened table's cells start with a capital, a digit or a percent).
      .replace(/(?<=\d) {2,}(?=(?:mg|mcg|µg|g|iu|mmol|ml)(?![\p{L}]))/gu, ' ')
      .replace(/(?<=[\p{L},;:)]) {2,3}(?=\p{Ll})/gu, ' ')
      // "Carbonate demagnésium", "Quantité correspondant à magnésiumélément": a copy that lost the
      // space at a line break (no language writes these as one word).
      .replace(/(?<!\p{L})(de|du|of)(?=magn[eé]si(?:um|o)(?!\p{L}))/giu, '$1 ')
      .replace(/(?<=(?<!\p{L})magn[eé]si(?:um|o))(?=[eé]l[eé]ment)/giu, ' ')
      // "{{ childProduct.title_translations | translateModel }}": a page template's placeholders, copied unfilled, say nothing.
      .replace(/\{\{[^{}\n]{0,200}\}\}/g, ' ')
      // "食用方法：每日2次": a full-width colon is a colon; "250㎎" is "250mg".
      .replace(/：/g, ': ')
      // "炭酸Mg", "酸化Mg": a Japanese list's salt of magnesium written with its symbol.
      .replace(/(炭酸|酸化|水酸化|クエン酸|塩化|硫酸|乳酸|グルコン酸|リンゴ酸)Mg(?![a-z])/g, '$1マグネシウム')
      // "laxative eﬀect", "deﬁciency": a PDF's ligatures are their letters.
      .replace(/[\ufb00-\ufb04]/g, (c) => c.normalize('NFKC'))
      // "カルシウム 75mg、マグネシウム37.5mg。": the ideographic comma and full stop are a list's comma and a sentence's end.
      .replace(/、\s?/g, ', ')
      .replace(/。\s?/g, '. ')
      .replace(/[㎎㎍㎖]/g, (c) => UNIT_SIGNS[c]!)
      // "pidolato di magnesio g 2,25", "Vitamina B6 mg 2": Italian leaflets put the unit before the number.
      .replace(/(?<=\p{L}[.):]?\s)(mg|g|mcg|µg)\s(\d{1,4}(?:[.,]\d{1,3})?)(?![\d.,+]|\s?(?:mg|g|mcg|µg|ml|%))/gu, '$2 $1')
      // "成分<U+3000>檸檬酸鎂、氧化鎂": a short key, an ideographic space, its value, as a spec table's row is a key and its colon.
      // (Not a table's row, "鎂<U+3000>200 毫克": its value is a figure.)
      // (A table's row spaced so, "项目 ⟨ideographic spaces⟩ 每100g ⟨…⟩ 每片（1.25g） ⟨…⟩ NRV%", has a run between each of its cells.)
      .replace(/^\s*([\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{1,6})\u3000+(?=[^\s\d])(?![^\u3000]*\u3000{2})/, '$1: ')
      .replace(/[ ]?\u3000[\u3000 ]+/g, '\t')
      // "【섭취방법】 하루 두 번 …", "【原材料名】酸化マグネシウム": a bracketed heading before its text is a heading and a colon.
      // (Not a shop's tag before a product's name, "【豆腐作り用】伊豆大島 天然にがり 1000ml 液体 …", "【明亮日常】游離型葉黃素 20mg 軟膠囊
      // 60粒/盒 …": words that count a pack or give its size name the product.)
      .replace(/^\s*【([^】]{1,24})】\s*(?=\S)/, (tag, head: string, _at: number, line: string) =>
        taggedName(line.slice(tag.length)) ? tag : `${head}: `,
      )
      // "【よくあるご質問】", "【お客様の声】" on a line of its own: the heading alone.
      .replace(/^\s*【([^】]{1,24})】\s*$/, '$1')
      // "1...2 tabletti", "2…3 таблетки": a range between two counts, not a dot leader.
      .replace(/(?<=\d) ?(?:\.{3}|…) ?(?=\d)/g, '-')
      // "Magnesium Sulphate…………………..100 mg": ellipses and dots mixed in one leader. (The match starts
      // only where a run of spaces starts: tried inside a long run, it took time squared in its length.)
      .replace(/(?<!\s)\s*(?:\.{3,}[.…]*|…[.…]*|(?:\s\.){3,}|_{3,})\s*/g, '\t')
      // "栄養成分表示 … 当たり | エネルギー 2.1kcal／たんぱく質 0.01g／マグネシウム 150mg": a full-width slash between a list's items.
      .replace(/\s?／\s?/g, ', ')
      // "---|---|---|---|": a Markdown table's rule under its first row, which holds nothing (nor parts its rows).
      .replace(/^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/, '')
      // "| 商品名 | カルシウム＆マグネシウム |": a table's row copied with a bar before, between and after its cells (or
      // between and after them only, "Inhalt pro Kapsel | 417 mg Magnesiummalat |").
      .replace(/^\s*(?:\|\s)?(.*\S)\s\|\s*$/, (row, inner: string) =>
        inner.includes(' | ') ? inner.replaceAll(' | ', '\t') : row,
      )
      // "Magnesium (from 3,000 mg Magnesium Citrate) |", "Serving Size: 1 Level Teaspoon (3 g) | ||": a table's empty
      // cells after the last one that holds words are no part of it.
      .replace(/(?<=[^\s|])(?:[ \t]*\|)+[ \t]*$/, '')
      .replace(/ {2,}|\u00A0{2,}/g, '\t')
      .split('\t')
      .map(cleanText)
      .filter(Boolean);
    if (line.length) out.push(factsKeyValue(line) ?? line.join('\t'));
    if (out.length >= MAX_LINES) break;
  }
  return out;
}

/**
 * A specification table's row whose key heads a facts panel and whose value lists amounts ("栄養成分表示 1日4粒当たり" /
 * "エネルギー 2.1kcal, …, マグネシウム 150mg"): the heading with its rows after its colon.
 */
function factsKeyValue(cells: string[]): string | undefined {
  if (cells.length !== 2 || (cells[1]!.match(/, /g) ?? []).length < 1 || !MG_AMOUNT_RE.test(fold(cells[1]!))) return undefined;
  return headingKind(fold(cells[0]!)) === 'facts' ? `${cells[0]!.replace(/\s?:$/, '')}: ${cells[1]}` : undefined;
}

/** The verb of a unit's contents, "contains", in the languages the reader knows (folded). */
const CONTENTS_VERB = String.raw`(?:contains?|provides?|supplies|enthalt|liefert|contient|fournit|contiene|aporta|proporciona|bevat|levert|zawiera|dostarcza|obsahuje|tartalmaz|sadrzi|icerir|innehaller|indeholder|inneholder|sisaltaa|sisaldab|contine|contem|περιεχει|содержит|съдържа|містить)(?![a-zа-яі])`;
/** A sentence that gives a unit's amount: "1 Tablette … enthält … 100 mg Magnesium." */
const CONTENTS_SENTENCE_RE = new RegExp(String.raw`(?<![a-zа-яі])${CONTENTS_VERB}[^
]*\.$`);

/** A numbered section ("2. COMPOSITION …", "4.2. Posologie", "6.1 List of excipients"), as drug leaflets print them. */
// ("41 reviews", "12 Bewertungen": a count of reviews under the name, not section 41.)
// ("4.2 - Posología y administración de …": a dash after the number, as Spanish drug databases print it.)
// ("PN 3.2 Dosierung": a German drug register's copy keeps its sections' codes before their numbers.)
const SECTION_NUMBER_RE =
  /^(?:p[a-z]\d?\s+)?\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?:[-–—]\s+)?(?=[a-zа-яіїєα-ω])(?!(?:reviews?|ratings?|bewertungen|rezensionen|avis|opiniones|resenas|recensioni|beoordelingen|opinii|opinie)(?![a-z]))/;

/** A summary's numbered subsection's heading: "4.2 Dávkování a způsob podání", "4.3. Kontraindikace". */
const NEXT_SUBSECTION_RE = /^(\d\.\d{1,2})\.?\s+\p{Lu}[^\d!?:;]{2,80}$/u;

/**
 * A numbered heading of a few words, no figure in them: "4. Možné nežádoucí účinky", "6. Contents of the pack". (A
 * name's own digits, "5. MAGNEFAR B6'nın saklanması", and a leaflet's question, "4. Olası yan etkiler nelerdir?", too.)
 */
const NEXT_SECTION_RE = /^(\d{1,2})\.\s+\p{Lu}(?:[^\d.!?:;]|(?<=\p{L})\d){2,80}\??$/u;

/** What a medicine is for: the product's own text, whatever block came before it. */
const INDICATIONS_HEAD =
  /^(?:anwendungsgebiete?|indications?(?: therapeutiques)?|indicaciones(?: terapeuticas)?|indicazioni(?: terapeutiche)?|indicaties|wskazania(?: do stosowania)?|indikasi(?: umum)?|uses?|purpose)\s?:?$/;

/** The next line with text is a header's cell that names a basis ("per doză zilnică (2 capsule)"), no amount. */
function headerCellBelow(lines: string[], index: number): boolean {
  const next = fold(lines.slice(index + 1, index + 3).find((l) => l.trim()) ?? '');
  return !MG_AMOUNT_RE.test(next) && !!headerBasis(next)?.some((b) => b.per !== 'aside');
}

/** The next line with text gives an intake and how often ("mastique 4 gomitas al día"). */
function directionsBelow(lines: string[], index: number): boolean {
  const next = lines.slice(index + 1, index + 3).find((l) => l.trim()) ?? '';
  const read = next.length <= 200 ? parseDirections(next) : null;
  return !!read?.perIntake && !read.frequencyAssumed;
}

/**
 * A recommended dose named as a noun ("folgende Dosierung … empfohlen", "recommended dosage"), not a
 * dosage form, a dose per kilo or a child's dose, nor a rule's condition ("where the maximum
 * recommended daily dose for:", "if the recommended dose is exceeded").
 */
const DOSE_ANNOUNCED_RE =
  /^(?![(]?[a-z]{0,4}[).]?[ ]{0,2}(?:where|when|if|unless|wenn|falls|sofern|si|lorsque|cuando|quando|se|als|indien|jesli|gdy)(?![a-z]))(?=.*(?<![a-z])(?:empfohlen\w*|recommended|recommandee?s?|recomendad[ao]s?|raccomandat[ao]|aanbevolen|zalecan\w*)(?![a-z]))(?!.*(?<![a-z])(?:pediatric|paediatric|child(?:ren)?|kinder\w*|enfants?|ninos|bambini)(?![a-z])).*(?<![a-z])(?:dosierung|dosage|dosing|posologie|posologia|dosis|dose|dosering|dawkowanie)(?![a-z])(?!.{0,20}(?:forms?|formen|strengths?|kg|korpergewicht|body ?weight))/;

/** A recipe named in a page's title ("… - la ricetta", "Rezept: …", "Easy recipe"). */
const RECIPE_TITLE_RE =
  /(?<![a-z])(?:recipes?|rezept\w*|recettes?|recetas?|ricett\w*|recept(?:en|y)?|przepis\w*|receitas?|tarif\w*|opskrift\w*|oppskrift\w*|uppskrift\w*|resepti\w*)(?![a-z])/;

/** A count of units in brackets, "(2 tobolky)", "(3 compresse)": with a day's dose, a label's column. */
const DAY_OF_UNITS_RE = /\(\d{1,2} \p{L}{3,}\)/u;

function headingKind(text: string): Block | null {
  const folded = text.replace(SECTION_NUMBER_RE, '');
  if (folded.length > 90) return null;
  if (OTHER_HEAD.test(folded) || CJK_OTHER_HEAD.test(folded)) return 'other';
  if (INDICATIONS_HEAD.test(folded.trim()) || PRODUCT_TEXT_HEAD.test(folded.trim())) return 'prose';
  // "Složení (INCI): Magnesium Chloride", "Ingredients (INCI):": a cosmetic's list of what goes in, no panel.
  if (/^[^\d:()]{2,40}\(inci\)[ ]?:/.test(folded.trim())) return 'ingredients';
  // "4 tablets contain:" is a count of units, not a section number. An article's question
  // ("Composição do magnésio quelato?") heads an answer, not a facts panel.
  // ("1 Tablette … enthält 4,1 mmol entsprechend 100 mg Magnesium.": a sentence that gives its amount
  // is a statement inside its section, not a panel's heading.)
  if (
    (FACTS_HEAD.test(folded) || FACTS_HEAD.test(text) || CJK_FACTS_HEAD.test(folded)) &&
    !text.trim().endsWith('?') &&
    // ("Per Serving: $0.20-0.30", "Pro Tagesdosis: 0,35 €": what a serving costs, a comparison's field.)
    !COST_AFTER_COLON_RE.test(folded) &&
    !(MG_AMOUNT_RE.test(folded) && CONTENTS_SENTENCE_RE.test(folded.trim()))
  )
    return 'facts';
  if (DIRECTIONS_HEAD.test(folded) || CJK_DIRECTIONS_HEAD.test(folded)) return 'directions';
  // "Výživové údaje v denní dávce (2 kapsle):", "Conținut per doză zilnică (2 capsule):": in any language, a
  // heading by a day's dose of so many units, over its rows.
  if (
    /:\s*$/.test(folded) &&
    DAY_OF_UNITS_RE.test(folded) &&
    !MG_AMOUNT_RE.test(folded) &&
    headerBasis(folded)?.some((b) => b.per === 'day')
  )
    return 'facts';
  // "Es wird folgende Dosierung pro Tag empfohlen:", "The recommended dosage is as follows:": a line
  // that announces the dose, the lines under it.
  if (/:\s*$/.test(folded) && DOSE_ANNOUNCED_RE.test(folded)) return 'directions';
  if (INGREDIENTS_HEAD.test(folded) || CJK_INGREDIENTS_HEAD.test(folded)) return 'ingredients';
  if (WARNINGS_HEAD.test(folded)) return 'warnings';
  // "Dosis / Aturan Pakai", "Dosage / Directions": two names of one heading, both of its kind (not "How much / Dosage").
  const names = /^([^/:]{3,40}) \/ ([^/:]{3,40}?)[ ]?:?$/.exec(folded.trim());
  const kind = names ? headingKind(names[1]!) : null;
  return kind && headingKind(names![2]!) === kind ? kind : null;
}

/** "Serving Size: 2 Capsules | Servings Per Container: 90 | Amount Per Serving: …": a label's panel run on one line, its cells between bars. */
const PIPED_PANEL_RE = /serving size\s?:[^|]{1,40}\s\|\s(?:servings per container|amount per serving)/i;
/**
 * Where a run-on line ("… 250 mg Nonmedicinal ingredients: water …") starts its next section; not
 * inside a heading's own words ("medicinal ingredients:", "other ingredients:"). (A Canadian label's heading in both
 * languages: "… 150 mg non-medicinal ingredients / ingrédients non médicinaux: …".)
 */
const INLINE_NEXT =
  /(?<!(?:antacid|laxative|supplement|adult|children|child|pediatric|sleep|dosage|use|medicinal|active|inactive|other)s?)\s(?=(?:non-?medicinal ingredients(?:\s?\/\s?ingr[eé]dients non[ -]m[eé]dicinaux)?|other ingredients|inactive ingredients|directions|suggested use|serving size|warnings?|zutaten|verzehrempfehlung|dosierung|anwendungsgebiete|gegenanzeigen|nebenwirkungen|ingredients|mode d'emploi|posologie|ingredientes|ingredienti|modo d'uso|posologia|dosering|dawkowanie)\s?:)/i;

/**
 * "Tabletas. Cada tableta contiene: Calcio …", "Oral suspension. Each 5 mL contains: …": one unit's
 * contents opening mid-line, after a sentence, in a leaflet's run-on paragraph. So does a basis with its
 * colon over a nutrient's amount, "Magnesium Oxide 400mg. Per tablet: Magnesium (as magnesium oxide) 400mg.", a
 * marketplace's record (not "Per serving: 2 capsules …", a serving's size, nor "Per tablet: less than a coffee").
 */
const INLINE_CONTENTS = new RegExp(
  String.raw`(?<=[.;])\s+(?=(?:each|cada|chaque|jede[rs]?|ogni|elke)(?: [\p{L}\d.]+){1,5} (?:contains?|contiene|contient|enth[aä]lt|cont[eé]m|bevat):|(?:per|pro|pour|por) (?:1 |one )?(?:tablet|capsule|softgel|caplet|serving|sachet|scoop|kapsel|tablette|g[eé]lule|comprim[eé]|c[aá]psula|compressa|comprimido)s?:\s*(?=\p{L})(?![^.]{0,6}(?:one|two|three)\s)(?=[^.]{0,80}?\d\s?(?:mg|mcg|µg|g)(?![\p{L}])))`,
  'iu',
);

/**
 * A drug leaflet's (SmPC's) numbered section heading mid-line, where a copy ran the sections into one
 * paragraph: "… comprimé 2. COMPOSITION QUALITATIVE ET QUANTITATIVE Carbonate …", "… 4.2. Posologie et
 * mode d'administration Voie orale. …". The standard sections' full names in English, French, German,
 * Spanish and Italian: the heading goes on a line of its own, its text on the next.
 */
const SMPC_SECTIONS = [
  'name of the medicinal product|d[ée]nomination du m[ée]dicament|bezeichnung des arzneimittels|nombre del medicamento|denominazione del medicinale|beseri tibbi urunun adi',
  'qualitative and quantitative composition|composition qualitative et quantitative|qualitative und quantitative zusammensetzung|composici[oó]n cualitativa y cuantitativa|composizione qualitativa e quantitativa|kalitatif ve kantitatif bilesim|sk[lł]ad jako[sś]ciowy i ilo[sś]ciowy|kvalitativn[ií] a kvantitativn[ií] slo[zž]en[ií]|min[oő]s[eé]gi [eé]s mennyis[eé]gi [oö]sszet[eé]tel|kwalitatieve en kwantitatieve samenstelling',
  'pharmaceutical form|forme pharmaceutique|darreichungsform|forma farmac[ée]utica',
  'clinical particulars|donn[ée]es cliniques|klinische angaben|datos cl[ií]nicos|informazioni cliniche',
  'therapeutic indications|indications th[ée]rapeutiques|anwendungsgebiete|indicaciones terap[ée]uticas|indicazioni terapeutiche',
  "спосіб застосування (?:та|і) дози|способ применения и дозы|(?:posology|dosage) and method of administration|posologie et mode d['’]administration|dosierung(?:,)? und art der anwendung|posolog[ií]a y forma de administraci[oó]n|posologia e modo di somministrazione|pozoloji ve uygulama sekli|dawkowanie i spos[oó]b podawania|d[aá]vkov[aá]n[ií] a zp[uů]sob pod[aá]n[ií]|adagol[aá]s [eé]s alkalmaz[aá]s|dosering en wijze van toediening",
  'contraindications|contre-indications|gegenanzeigen|contraindicaciones|controindicazioni',
  "special warnings and (?:special )?precautions for use|mises en garde sp[ée]ciales et pr[ée]cautions d['’]emploi|besondere warnhinweise und vorsichtsma(?:ss|ß)nahmen f[üu]r die anwendung|advertencias y precauciones especiales de empleo|avvertenze speciali e precauzioni (?:d['’]impiego|per l['’]uso)",
].join('|');
/**
 * "Jedna tableta obsahuje Magnesii lactas dihydricus 0,5 g.", "Each capsule contains Magnesium citrate
 * 500 mg": a unit's contents heading with its first row on the same line. The heading gets its colon
 * and the row a line of its own.
 */
const UNIT_CONTAINS = String.raw`^((?:1|one|a|each|jedna|jeden|jedno|eine?|une?|una?|cada|chaque|ogni|elke|ka[zž]d[áa]|varje|m[ỗo]i|egy|her|tiap|setiap)\s+(?:[\p{L}.-]+\s+){0,3}?(?:contains?|mengandung|obsahuje|enth[äa]lt|contient|contiene|cont[ée]m|bevat|zawiera|tartalmaz|tartalma|i[çc]erir|inneh[åa]ller|indeholder|inneholder|sis[äa]lt[äa][äa]|содержит|съдържа|містить|ch[ứu]a))`;
/** A row's name, then its amount (its millimoles first, "magnesium 10 mmol (243 mg)"). */
const ROW_AHEAD = String.raw`[^:\d]{3,80}(?:\d[\d.,]*\s?(?:mmol|ммоль)\s?\(\s?)?\d[\d.,]*\s?(?:mg|g|µg|mcg|мг)(?![\p{L}])`;
const UNIT_CONTAINS_THEN_ROW = new RegExp(String.raw`${UNIT_CONTAINS}\s+(?=${ROW_AHEAD})`, 'iu');
/** "Each tablet contains:": the heading a unit's contents line was cut into. */
const UNIT_CONTAINS_HEAD_RE = new RegExp(String.raw`${UNIT_CONTAINS}\s?:?$`, 'iu');
/** "1 saszetka zawiera: magnez 10 mmol (243 mg).": the same with its colon, when one row follows and nothing else. */
const UNIT_CONTAINS_COLON_THEN_ROW = new RegExp(String.raw`${UNIT_CONTAINS}\s?:\s+(?=${ROW_AHEAD}[^\d]*$)`, 'iu');

/** "… 100,00 mg Pour un comprimé. Pour la liste …": the unit a run-on composition's amounts are for. */
const INLINE_PER_UNIT =
  /(?<=\d[ ]?(?:mg|g|µg|mcg)\.?)\s+((?:pour|per|pro|por|for)\s+(?:un|une|one|1|una|uno|eine?)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\.)(?=\s|$)/giu;
const INLINE_SECTION = new RegExp(String.raw`(?:^|\s)([1-6](?:\.\d)?\.?\s+(?:${SMPC_SECTIONS}))(?=[\s.:]|$)`, 'giu');
/** "Dawkowanie i sposób podawania Doustnie od 2 do 6 tabletek …": a section's name opening a long line, its number lost. */
// ("Спосіб застосування та дози. Дорослим призначають …": with its stop, as a compendium runs it on.)
const LEADING_SECTION = new RegExp(String.raw`^((?:${SMPC_SECTIONS}))[.:]?\s+(?=\p{L})`, 'iu');

/** A blog's or a guide's section, first in a page's address or its breadcrumb. */
const BLOG_SECTION_RE =
  /^(?:(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:blogs?|blogg|bloggen|blogue|[a-z]{3,20}blog(?:i|g|gen|gi)?|ratgeber|magazin|magazine|journal|news|conseils|actualites|articles|articulos|artikelen|artikler|artiklar|poradnik|guides?|education|learn|wissen|explainers?|explainer-articles|health[ -]library|health[ -]hub|wellness[ -]library|gesundheitsratgeber|conselhos(?: de saude)?|consejos(?: de salud)?|consigli(?: salute)?|health (?:advice|tips)|gezondheidstips|porady|(?:健康)?コラム|ブログ|読みもの|專欄|专栏|칼럼|블로그|매거진|блог|статьи|статті|статии|conteudos?|contenidos|revista|מגזין|מאמרים|بلاگ|مقالات|مجلة)(?:\/|\s|$))/;

/** A breadcrumb from its first section on: "Home › Learn › Magnesium 101" is "learn › magnesium 101". */
function crumbsAfterHome(folded: string): string {
  return folded
    .trim()
    .replace(
      /^(?:home|homepage|home page|start|startseite|startsida|forside|etusivu|hem|hjem|accueil|inicio|pagina iniziale|strona glowna)\s[>›»/|]\s/,
      '',
    );
}

/**
 * A breadcrumb with a blog's or a guide's section before its last crumb: "Home > Blog > …", "Fakta om Olivita / Artikler /
 * Magnesiummangel" (the site's own first crumb, then its articles).
 */
function blogCrumb(folded: string): boolean {
  if (!/\s[>›»/|]\s/.test(folded)) return false;
  if (BLOG_SECTION_RE.test(crumbsAfterHome(folded))) return true;
  // (Not a menu bar's items between bars, "Santé | Sport | Packs | Blog | Mon compte": a trail's arrows or slashes.)
  const crumbs = folded.trim().split(/\s[>›»/]\s/);
  // ("Home > South Africa > Healthcare > News": the section's one word as the last crumb too.)
  const last = crumbs.at(-1)!.trim();
  return (
    crumbs.length >= 3 &&
    crumbs.length <= 5 &&
    (crumbs.slice(1, -1).some((c) => BLOG_SECTION_RE.test(c.trim())) || (/^\p{L}+$/u.test(last) && BLOG_SECTION_RE.test(last)))
  );
}

/**
 * A shop's own page that sells no supplement, named by its trail's last crumb: "Home / About Us", "Hjem / Gavekort" (a
 * gift card), "Startseite > Über uns".
 */
const SITE_PAGE_CRUMB_RE =
  /\s[>›»/|]\s(?:about(?: us)?|our story|uber uns|wir uber uns|qui sommes-nous|a propos(?: de nous)?|chi siamo|sobre nosotros|quienes somos|sobre nos|quem somos|over ons|om oss|om os|meista|o nas|o nama|o nami|despre noi|rolunk|meist|apie mus|par mums|за нас|о нас|про нас|gift ?cards?|e-?gift cards?|gift vouchers?|gavekort|presentkort|lahjakortti|(?:geschenk)?gutscheine?|cartes? cadeaux?|buoni? regalo|tarjetas? regalo|cartoes? presente|cadeaubon(?:nen)?|cadeaukaart|karta podarunkowa|bony? podarunkow[ey])\s*$/;

/** Headings of a list of excipients, not of a product's nutrients. */
const EXCIPIENTS_HEAD_RE =
  /(?<![a-z])(?:other|non-?medicinal|inactive|sonstige|hilfsstoff\w*|autres|excipients?|otros|altri|eccipienti|andere|pomocnicze|pomocnicz\w*)(?![a-z])/;

/** A marketplace answer's or a reply's opening word ("Respuesta:", "Answer:", "A:", "Réponse :"). */
const ANSWER_LINE_RE =
  /^\s*(?:answer|a|respuesta|r|resposta|reponse|réponse|antwort|risposta|antwoord|odpowiedz|odpowiedź|cevap|svar|vastaus|ответ|відповідь|tra loi)\s?:/i;
/** A reader's question that opens a page: "Hỏi: Uống magie bao nhiêu mg mỗi ngày là đủ?", "Frage: Wie viel …?" (folded). */
const QUESTION_LEAD_RE =
  /^(?:question|frage|pregunta|pergunta|domanda|vraag|pytanie|otazka|kerdes|soru|hoi|вопрос|питання)\s?:\s?[^?]{5,200}\?/;

/** Split run-on lines at the next section's heading, so each part lands in its block. */
/** A cell that is only an amount, in any unit sign the amounts table knows: "56 мг", "2,5 мкг", "1,4 mg". */
function amountCell(cell: string): boolean {
  const amounts = findAmounts(cell);
  return amounts.length === 1 && amounts[0]!.start === 0 && amounts[0]!.end === cell.length;
}

/**
 * "Таблетки, покрытые оболочкой | 1 таб. | магний (в форме …) | 56 мг | витамин B6 (…) | 1,4 мг | …" (bars or tabs): a
 * reference's composition in one row of cells, each name then its amount: the cells before the first name one a line, then a row
 * for each name and its amount.
 */
function pipedNamesAndAmounts(part: string): string[] {
  const cells = part.split(/\s*\t\s*|\s+\|\s*/).map((c) => c.trim());
  while (cells.length && !cells.at(-1)) cells.pop();
  if (cells.length < 6) return [part];
  const first = cells.findIndex((c, i) => i + 1 < cells.length && !amountCell(c) && amountCell(cells[i + 1]!));
  if (first < 0) return [part];
  const pairs = cells.slice(first);
  if (pairs.length < 6 || pairs.length % 2 !== 0) return [part];
  for (let i = 0; i < pairs.length; i += 2) if (!amountCell(pairs[i + 1]!) || amountCell(pairs[i]!)) return [part];
  const rows: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) rows.push(`${pairs[i]}\t${pairs[i + 1]}`);
  return [...cells.slice(0, first), ...rows];
}

function splitRunOns(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const parts =
      // ("Respuesta: … Ingredientes según la etiqueta: … Por comprimido: …": an answer quoting a label stays the answer.)
      line.length < 60 || ANSWER_LINE_RE.test(line)
        ? [line]
        : line
            .replace(LEADING_SECTION, (_m, head: string) => `${head}\n`)
            .replace(INLINE_SECTION, (_m, head: string) => `\n${head}\n`)
            .replace(INLINE_PER_UNIT, (_m, unit: string) => `\n${unit}\n`)
            .split('\n')
            .flatMap((p) => p.split(INLINE_NEXT))
            .flatMap((p) => p.split(INLINE_CONTENTS))
            .flatMap((p) =>
              PIPED_PANEL_RE.test(line) ? p.replace(/\s*\|\s*$/, '').split(/\s+\|\s+|\s(?=serving size\s?:)/i) : [p],
            )
            .flatMap(pipedNamesAndAmounts)
            .filter(Boolean);
    for (const p of parts)
      out.push(
        ...p
          .trim()
          .replace(UNIT_CONTAINS_THEN_ROW, (_m, head: string) => `${head}:\n`)
          .replace(UNIT_CONTAINS_COLON_THEN_ROW, (_m, head: string) => `${head}:\n`)
          .split('\n'),
      );
  }
  return out;
}

/**
 * "4.2 Doze şi mod" then "de administrare": a heading a PDF broke over two short lines, neither a
 * heading alone, is put back on one line.
 */
function joinSplitHeadings(lines: string[]): string[] {
  return joinBrokenLines(
    lines,
    (line, next) =>
      line.length <= 60 &&
      next.length <= 40 &&
      !/[.:;!?]$/.test(line.trim()) &&
      !/\d\s?(?:mg|g|%)/i.test(`${line} ${next}`) &&
      !headingKind(fold(line)) &&
      !headingKind(fold(next)) &&
      !!headingKind(fold(`${line.trim()} ${next.trim()}`)),
  );
}

/**
 * "magnesium (…) 150 mg melatonin (…) 10 mg": rows run together on one line, split after each amount;
 * "Calcio (citrato) 90 mg. Magnesio (…) 100 mg.": rows written as sentences, split after each.
 */
function splitRows(line: string): string[] {
  // ("… tartalmaz, ami 48 mg magnéziumnak (1,97 mmol Mg2+) felel meg", "… equivalent to 48 mg magnesium (2 mmol)": an
  // amount a sentence links to the salt's weight before it, its element named after it, is no row of its own.)
  return line
    .split(
      /(?<=\d\s?(?:mg|mcg|µg|g|iu|%))(?<!(?:ami|amely|which is|equivalent to|equiv\.|corresponding to|entspricht|entsprechend|soit|equivalente a|pari a|=)\s{1,2}\d[\d.,]*\s?(?:mg|mcg|µg|g|iu|%))\s+(?=[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ-]+(?:\s[A-Za-zÀ-ÿ-]+)?\s?\()|(?<=(?:\d\s?(?:mg|mcg|µg|g|iu|%)|\)|\d))\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ])/i,
    )
    .map((r) => r.trim())
    .filter(Boolean);
}

/** An amount, then a name: a row written amount first ("400 mg Magnesium (glycerofosfaat)"). */
const AMOUNT_THEN_NAME_RE = /^\d[\d.,]*\s?(?:mg|mcg|µg|g|iu)\s+\p{L}/iu;
/**
 * "425 mg Bietensappoeder (…) 400 mg Magnesium (glycerofosfaat) 200 mg Taurine …": rows written amount
 * first and run together, split before each amount (not after it, which would give each name the
 * next row's amount).
 */
function amountFirstRows(text: string): string[] | null {
  if (!AMOUNT_THEN_NAME_RE.test(text)) return null;
  const rows = text
    .split(/\s+(?=\d[\d.,]*\s?(?:mg|mcg|µg|g|iu)\s+\p{L})/iu)
    .map((r) => r.trim())
    .filter(Boolean);
  return rows.length >= 2 && rows.every((r) => AMOUNT_THEN_NAME_RE.test(r)) ? rows : null;
}

interface Classified {
  line: string;
  folded: string;
  block: Block;
  heading: boolean;
  /** Put back together from cells that came on their own lines (its amount first, or its name first). */
  joined?: 'amount-first' | 'name-first';
  /** The page printed it as a list item. */
  bullet?: boolean;
}

/** A link's words in a menu or a list of skip links: short, no figure ("Main content", "Videos", "Keyboard shortcuts"). */
function navLike(line: string | undefined): boolean {
  return !!line && line.length <= 30 && !/\d/.test(line) && line.trim().split(/\s+/).length <= 4;
}

/**
 * A list's items, each ending with its amount ("Vitamin A 800µg (RE) (100%)*, … Magnesium 45mg (12%)*,
 * …"); the last item may run on into prose ("Potassium … - 300mg. Proprietary Blends: …"), kept apart.
 */
function listItems(line: string): { items: string[]; runOn: RegExpExecArray | null } {
  const items = line.split(
    // (The lookahead first: the lookbehind is tried only where a comma or semicolon follows.)
    /(?=\s?[,;]\s)(?<=\d\s?(?:mg|mcg|µg|μg|g|iu|ui|kcal|kj|мг|мкг|г)(?:\s?[a-zа-я]{1,5}(?:-[a-zа-я]{1,3})?(?![a-zа-я]))?(?:\s?\([^)]{0,12}\)){0,3}[*†]?)\s?[,;]\s+/i,
  );
  const last = items.at(-1) ?? '';
  const runOn = last.length > 120 ? /^(.{1,120}?\d\s?(?:mg|mcg|µg|g|iu|мг|мкг))\.\s+(.+)$/i.exec(last) : null;
  if (runOn) items[items.length - 1] = runOn[1]!;
  return { items, runOn };
}
/** How often the most repeated directions heading stands ("Препоръчителен дневен прием:" under each product of a category). */
function repeatedDirections(items: Classified[]): number {
  const counts = new Map<string, number>();
  for (const c of items)
    if (c.heading && c.block === 'directions') {
      const head = c.folded.split(':')[0]!.trim();
      counts.set(head, (counts.get(head) ?? 0) + 1);
    }
  return Math.max(0, ...counts.values());
}

/** "Amounts per daily serving of 2 capsules.", "Values per 2 tablets": what a table's amounts are per, said on its own line. */
const AMOUNTS_PER_LINE_RE =
  /^(?:all )?(?:amounts?|values?|figures|quantities|mengen|angaben|valeurs|quantites|valores|cantidades|valori|quantita|hoeveelheden|waarden)(?: are| sind| sont| son| sono| zijn)? (?:per|pro|je|par|pour|por|para|a|voor)(?![a-z])/;

/** A day's intake or dose as a heading, in the languages the reader knows. */
const DAILY_INTAKE_HEAD_RE =
  /^(?:recommended (?:daily )?(?:intake|dose|dosage)|daily (?:intake|dose|dosage)|empfohlene (?:tages)?(?:dosis|verzehrmenge)|dose journaliere(?: recommandee)?|dosis diaria(?: recomendada)?|dose giornaliera(?: raccomandata)?|aanbevolen dagelijkse (?:dosis|hoeveelheid)|zalecana (?:dzienna )?(?:dawka|porcja)|(?:препоръчител[а-я]* )?дневе?н[а-я]* (?:прием|доза)|(?:рекомендуем[а-я]* )?суточн[а-я]* (?:доза|прием|норма))$/;

/** A table's first header cell over products' names: "Product", "Produkt", "Producto". */
const PRODUCTS_COLUMN_RE = /^(?:products?|produkte?|produits?|productos?|prodott[oi]|producten|produkty?|produtos?|tuote)$/;
/** A header cell over amounts or doses: "Elemental Mg per capsule", "Capsules per day", "mg pro Tag". */
const AMOUNT_HEADER_CELL_RE = /(?<![a-z])(?:mg|per|pro|por|pour|par|dose|dosis|daily|day|tag|jour|dia|giorno)(?![a-z])/;

/** "Magnesium Bisglycinate (360mg)": a substance, then its amount in brackets. */
const BRACKETED_AMOUNT_RE = /^([^()+\t]{2,80}?)\s?\((\d[\d.,]*\s?(?:mg|mcg|µg|g|iu|mmol))\)$/i;
const BRACKETED_END_RE = /\(\d[\d.,]*\s?(?:mg|mcg|µg|g|iu|mmol)\)\s*$/i;

/**
 * "Composition<TAB>Calcitriol (0.25mcg) + Magnesium Oxide (50mg)", "Composition: Magnesium Bisglycinate (360mg)":
 * the composition's heading, then a row per substance ("Magnesium Oxide<TAB>50mg"); null for any other line.
 */
function bracketedComposition(line: string): string[] | null {
  // (Read on every line: most end in no bracketed amount and are let go by one test.)
  if (!BRACKETED_END_RE.test(line)) return null;
  // (Its key and value run together, "Composition Magnesium Oxide (50mg)", as a copy without cells gives it.)
  const m = /^([^:\t]{2,40})(?::\s*|\t)(.+)$/.exec(line.trim()) ?? /^(\S{2,40}) (.+)$/.exec(line.trim());
  if (!m || headingKind(fold(m[1]!)) !== 'facts') return null;
  const items = m[2]!.split(/\s\+\s/).map((x) => BRACKETED_AMOUNT_RE.exec(x.trim()));
  // ("Nährwertangaben" / "pro Stick (2,5 g)": a panel's basis with its unit's weight, no substance.)
  if (!items.every(Boolean) || items.some((x) => headerBasis(fold(x![1]!))?.some((b) => b.per !== 'aside'))) return null;
  return [`${m[1]!.trim()}:`, ...items.map((x) => `${x![1]!.trim()}\t${x![2]!}`)];
}

/** A heading's colon, then two items or more between dots, bullets, bars or commas, all on its line. */
const INLINE_LIST_AFTER_COLON_RE = /^[^:]{3,60}:\s*[^:\s][^:]*(?:\s[·•|]\s|,\s)[^:]*\S$/;

/** Four items or more, each a row's length. */
const itemsAreRows = (items: string[]) => items.length >= 4 && items.every((r) => r.length <= 120);
/** Two items or more, each a nutrient's name then its amount ("calcium 75 mg", "zinc - 25 mg"). */
/**
 * "Each serving of 2 gummies provides vitamin C 40 mg, zinc 2 mg and magnesium citrate 200 mg.", "cada dosis de 2
 * gominolas aporta vitamina C 40 mg, … y citrato de magnesio 200 mg": a serving's or a unit's statement that lists
 * its named amounts is a panel: its opening words the heading, each item a row.
 */
const LISTED_CONTENTS_RE = new RegExp(
  String.raw`^(?:[^:]{1,40}:[ ]{1,2})?((?:each|every|per|one|1|cada|chaque|jede[rs]?|ogni|elke|kazda|una?|eine?)(?:[ ][^ ,.;:]{1,20}){0,6}?[ ]${CONTENTS_VERB})[ ]{0,2}:?[ ]{1,2}`,
);
/** " and " before a list's last named amount ("… zinc 2 mg and magnesium citrate 200 mg"), in the languages here. */
const LAST_ITEM_AND_RE =
  /[ ](?:and|y|e|et|und|en|i|oraz|og|och|ja)[ ](?=\p{L}[^,;\d]{0,60}\d[\d.,]*[ ]?(?:mg|mcg|µg|g|iu)(?![a-z]))/u;

function listedContents(line: string, folded: string): Classified[] | null {
  const m = LISTED_CONTENTS_RE.exec(folded);
  if (!m) return null;
  const { items, runOn } = listItems(line.slice(m[0].length).replace(LAST_ITEM_AND_RE, ', '));
  const rows = items.map((r) => r.trim().replace(/\.$/, ''));
  // (What the list is for may follow its last amount: "…, citrato de magnesio 200 mg, para apoyar el sistema inmunitario.")
  const tail = rows.length > 2 && !HAS_AMOUNT_RE.test(rows.at(-1)!) ? rows.pop() : undefined;
  if (!itemsAreNamedAmounts(rows) || !rows.some((r) => MAGNESIUM_RE.test(fold(r)))) return null;
  const after = tail ?? runOn?.[2];
  const head = `${line.slice(m[0].indexOf(m[1]!), m[0].indexOf(m[1]!) + m[1]!.length).trim()}:`;
  return [
    { line: head, folded: fold(head), block: 'facts', heading: true },
    ...rows.map((row): Classified => ({ line: row, folded: fold(row), block: 'facts', heading: false })),
    ...(after ? [{ line: after, folded: fold(after), block: 'prose' as const, heading: false }] : []),
  ];
}

const itemsAreNamedAmounts = (items: string[]) =>
  items.length >= 2 && items.every((r) => r.length <= 120 && NAMED_AMOUNT_RE.test(fold(r.trim())));

/**
 * The section a line opens, if any: a heading ("Suggested Use"), a heading with its text after a colon,
 * a long run-on facts line, a composition list or a day's intake that names a unit to take. `block` is the
 * section the line stands in; `first`: nothing has been read yet.
 */
function sectionOf(line: string, folded: string, block: Block, first: boolean): Block | null {
  // "Known Adverse Reactions: Some people may experience …": a warnings heading with its text.
  // ("medicinal ingredients / ingrédients médicinaux: …": a Canadian label's heading in both its languages.)
  const prefix = /^([^:]{3,40}|[^:/]{3,30}\/[^:/]{3,30}):/.exec(folded);
  const prefixKind = prefix ? headingKind(prefix[1]!) : null;
  // "medicinal ingredients: each tablet contains: magnesium (…) 150 mg melatonin … 10 mg non-medicinal
  // ingredients: …", a long run-on line: the facts heading with its rows.
  // Within a panel only when the line is too long to be one row ("Composición" then "Cada
  // cucharadita de 5 mL contiene: Carbonato de Calcio 1500 mg (…). Hidróxido de Magnesio …").
  const longFacts: Block | null =
    (block !== 'facts' || line.length > 220) && prefixKind === 'facts' && MG_AMOUNT_RE.test(folded.slice(prefix![0].length))
      ? 'facts'
      : null;
  // "Composition: magnesium amino acid chelate (magnesium bisglycinate), maltodextrin, …": no
  // figure after the heading, so it is the ingredient list.
  const compositionList: Block | null =
    prefixKind === 'facts' && line.length > 100 && !MG_AMOUNT_RE.test(folded.slice(prefix![0].length)) ? 'ingredients' : null;
  // "Recommended daily intake: 2 times a day x 1 capsule", "Препоръчителен дневен прием: …": a day's intake
  // whose text names a unit to take is the directions (naming only mg, it is a reference intake).
  // (Not a panel's own serving line under its heading, "Tabella nutrizionale" / "Dose giornaliera: 2 capsule".)
  const intakeDirections: Block | null =
    !!prefix &&
    DAILY_INTAKE_HEAD_RE.test(prefix[1]!.trim()) &&
    !(block === 'facts' && line.length <= 60 && SERVING_SIZE_LINE_RE.test(folded)) &&
    !!parseDirections(line.slice(line.indexOf(':') + 1))?.perIntake
      ? 'directions'
      : null;
  // "Non-medicinal ingredients: microcrystalline cellulose, …", "Suggested Use: 1 or 2 tablets daily …"
  // however long: a heading with its text.
  // ("Per 1 cucchiaino (2,5 g)<TAB>Per 2 cucchiaini (5 g)" under the directions: a table's header of two columns or more
  // opens its panel, wherever it stands.)
  const columnsHead: Block | null =
    block !== 'facts' &&
    line.includes('\t') &&
    !/\d[ ]?mg(?![a-z])/.test(folded) &&
    (headerBasis(folded)?.filter((b) => b.per !== 'aside').length ?? 0) >= 2
      ? 'facts'
      : null;
  const sectionKind: Block | null =
    headingKind(folded.replace(BULLET_RE, '')) ??
    (prefixKind === 'warnings' || prefixKind === 'ingredients' || prefixKind === 'directions'
      ? prefixKind
      : (longFacts ?? compositionList ?? intakeDirections ?? columnsHead));
  // "Anwendung von Magnesiumchlorid", "Dosage of Magnesium Glycinate" as the text's first line: the
  // page's title naming its subject, not a section's heading. (A heading with its text after a colon,
  // "Suggested use: take 2 capsules of magnesium daily", is the section's.)
  const titleLike: boolean =
    first &&
    (sectionKind === 'directions' || sectionKind === 'warnings' || sectionKind === 'ingredients') &&
    MAGNESIUM_RE.test(folded) &&
    !folded.includes(':') &&
    line.length <= 90;
  return titleLike ? null : sectionKind;
}

/** "1일 섭취량 2정(2,400mg) 당 함량:", "1日3粒当たり:", "每2粒含量:": the amounts per so many units, in Korean, Japanese, Chinese. */
const CJK_BASIS_HEAD_RE = /\d[^:]{0,40}(?:당[ ]?함량|당|기준|当たり|あたり|含量)[ ]?:$/;

/**
 * "Each tablespoon (15 ml) contains: Magnesium (…) 250 mg": a facts heading with its first rows on its
 * line, split at its colon into the heading, its rows, and what follows the rows (prose), if anything.
 */
function headingWithRows(line: string, colon: number): { items: Classified[]; after?: string } {
  const items: Classified[] = [
    { line: line.slice(0, colon + 1), folded: fold(line.slice(0, colon + 1)), block: 'facts', heading: true },
  ];
  let rest = line.slice(colon + 1).trim();
  // "Medicinal ingredients: each tablet contains: magnesium (…) 150 mg", "Skład: 1 tabletka zawiera: …": a
  // second heading, a line of its own (it says whose the amounts are).
  // ("Složení: Jedna tableta obsahuje magnesii lactas dihydricus 500 mg, …": the same, with no colon of its own.)
  const inner = rest.indexOf(':');
  const unitHead =
    inner > 0 &&
    inner < 60 &&
    (FACTS_HEAD.test(fold(rest.slice(0, inner + 1))) || CJK_BASIS_HEAD_RE.test(rest.slice(0, inner + 1)))
      ? rest.slice(0, inner + 1)
      : UNIT_CONTAINS_THEN_ROW.exec(rest)?.[0];
  if (unitHead) {
    const head = unitHead.trim().replace(/:?$/, ':');
    items.push({ line: head, folded: fold(head), block: 'facts', heading: false });
    rest = rest.slice(unitHead.length).trim();
  }
  // "Sastav 1 tablete sadrži aktivne tvari: cink - 25 mg, mangan - 5 mg, …", "Each tablet contains
  // calcium 75 mg, magnesium 37.5 mg": its rows as one list, each item with its amount.
  const list = listItems(rest);
  // ("…, Molybdenum 25µg, capsule shell: hard gelatin.": what the unit is made of, after the last amount, is no row.)
  const shell =
    list.items.length >= 3 && !/\d/.test(list.items.at(-1)!) && itemsAreNamedAmounts(list.items.slice(0, -1))
      ? list.items.pop()!
      : undefined;
  const asList = itemsAreNamedAmounts(list.items);
  // "Composition: each tablet contains 250 mg magnesium (as magnesium citrate)": one statement,
  // amount first, not rows run together to split after the amount.
  const contentsHead = !asList ? FACTS_HEAD.exec(fold(rest)) : null;
  const statement =
    !!contentsHead &&
    contentsHead.index === 0 &&
    CONTENTS_RE.test(contentsHead[0].slice(contentsHead[0].lastIndexOf(' '))) &&
    /^[ :]{0,2}\d/.test(rest.slice(contentsHead[0].length));
  const rows = asList ? list.items.map((r) => r.trim()) : statement ? [rest] : (amountFirstRows(rest) ?? splitRows(rest));
  for (const row of rows) items.push({ line: row, folded: fold(row), block: 'facts', heading: false });
  return { items, after: shell ?? (asList ? list.runOn?.[2] : undefined) };
}

/**
 * A reference column's header cell: "%RI*", "% NRV", "NRV %", "%VNR", "% VD", "%AR", "RDA %", "% Daily Value".
 */
const REFERENCE_PERCENT_CELL_RE = new RegExp(
  String.raw`^(?:%[ ]?(?:(?:of|der|des|de|del|della|van|от)[ ])?${REFERENCE_INTAKE}|${REFERENCE_INTAKE}[ ]?%?)[*†]{0,3}(?:[ ]?\([^)]{0,30}\))?$`,
);

/** A header cell of prices: "Price", "Preis", "Cena", "Цена". */
const PRICE_CELL_RE =
  /^(?:price|preis|prix|precio|prezzo|prijs|cena|pris|hinta|ar|pret|preco|цена|ціна|τιµη|fiyat|kaina|hind)\*?$/;

/** A comparison's header cell for the products the page's own is set against: "Regular magnesium oxide tablet", "Typical sports drink". */
const COMPARED_PRODUCT_CELL_RE =
  /^(?:regular|typical|leading|ordinary|generic|conventional|cheap|cheaper|other brands?|most brands?|store brands?|competitors?'?s?)(?![a-z])(?!.*(?<![a-z])(?:per|pro|par|por|values?|quantity)(?![a-z])|.*100)/;
/** A marketplace's comparison's cell for the page's own product: "This item", "Dieser Artikel", "Cet article". */
const THIS_ITEM_CELL_RE =
  /^(?:this (?:item|product)|dieser artikel|cet article|este (?:articulo|producto)|questo articolo|dit artikel)$/;
/** The page's own product marked in a comparison's header cell: "Vitamin D3 4000 IU (this item)". */
const THIS_ITEM_MARK_RE =
  /\((?:this (?:item|product)|dieser artikel|cet article|este (?:articulo|producto)|questo articolo|dit artikel)\)/;
/** A comparison's first header cell: its rows are products, forms or people, not a label's nutrients. */
const COMPARED_CELL_RE =
  /^(?:products?|produkte?|produits?|productos?|prodott[oi]|praparate?|preparat\w*|pripravek|pripravok|termek|produs|produkt\w*|tuote|urun|προιον|препарат\w*|продукт\w*|brands?|marken?|marques?|marcas?|supplements?|forms?|formen?|formes?|formas?|names?|groups?|personengruppen?|alter|ages?)(?![a-z])/;

/**
 * "Vitaminer<TAB>Per kapsel<TAB>%RI*" over "Vitamin C<TAB>80 mg<TAB>100": a facts table's header row, over
 * the row of a nutrient other than magnesium in the lines under it (a comparison's "Product | Per serving | % DV"
 * over three magnesium products is no label).
 */
function referenceHeaderRow(cells: string[], folded: string, below: string[], inPanel: boolean): boolean {
  // (Outside a panel an energy row may come first, "Energija<TAB>38 kJ / 9 kcal<TAB>…", weighing nothing; inside
  // one, a second table's "Amount Per Serving" over "Calories<TAB>1250" is a second column of the same panel.)
  const weighed = inPanel ? below.slice(0, 1) : below;
  // (Up to five cells: "Typical values | Per 100g | Per tablet (4g) | Per 500ml serving | %NRV per tablet".)
  if (cells.length > 5 || !below[0]?.includes('\t') || !weighed.some((l) => l.includes('\t') && findAmounts(l).length > 0))
    return false;
  if (findAmounts(withoutHeaderWeights(folded)).length > 0 || COMPARED_CELL_RE.test(fold(cells[0]!).trim())) return false;
  // ("Přípravek | V denní dávce (2 tobolky) | Cena": a column of prices makes the rows products on sale, compared.)
  if (cells.some((c) => PRICE_CELL_RE.test(fold(c).trim()))) return false;
  // "Výživové údaje<TAB>V denní dávce (2 tobolky)<TAB>%NRV*", "Informazioni nutrizionali<TAB>Per dose giornaliera
  // (2 compresse)": a day's dose of so many units is a label's column, whatever the words beside it.
  if (folded.length > 90) return false;
  const basis = headerBasis(folded.replace(/:\s*$/, ''));
  if (DAY_OF_UNITS_RE.test(folded) && basis?.some((b) => b.per === 'day')) return true;
  // "W 1 kapsułce<TAB>%RWS*", "V 1 tobolce:", "Tápérték<TAB>1 kapszulában<TAB>%NRV": one unit's column, with its
  // reference's or as the line's one cell, over a row; "Összetevő<TAB>2 kapszulában<TAB>NRV%*": a serving's of so
  // many units, with its reference's.
  const lastCell = fold(cells.at(-1)!).trim();
  const oneUnit = basis?.length === 1 && basis[0]!.per === 'unit';
  if (oneUnit && (REFERENCE_PERCENT_CELL_RE.test(lastCell) || (cells.length === 1 && folded.trim().endsWith(':')))) return true;
  // "1 kapslis<TAB>%RV*<TAB>2 kapslis<TAB>%RV*": one unit's column and a serving's of several, each with its reference's.
  if (basis?.length === 2 && basis[0]!.per === 'unit' && basis[1]!.per === 'serving' && REFERENCE_PERCENT_CELL_RE.test(lastCell))
    return true;
  const units = basis?.length === 1 && basis[0]!.per === 'serving' ? findUnitCount(folded) : null;
  const servingOfUnits = !!units && units.min >= 2 && units.min === units.max && units.unit !== 'serving';
  if (servingOfUnits && cells.length >= 3 && REFERENCE_PERCENT_CELL_RE.test(lastCell)) return true;
  // "Wartości odżywcze<TAB>w 100 g<TAB>w porcji (5 g)", "Prosječne vrijednosti<TAB>na 100 g<TAB>na 1 vrećicu (4 g)": a
  // powder's columns, per 100 g and per serving (or per sachet).
  if (cells.length >= 3 && basis?.some((b) => b.per === 'aside') && basis.some((b) => b.per !== 'aside')) return true;
  if (cells.length < 2) return false;
  const otherNutrient = below.some((l) => {
    const name = fold(l.split('\t')[0]!).trim();
    return l.includes('\t') && findAmounts(l).length > 0 && name.length <= 40 && !MAGNESIUM_RE.test(name);
  });
  return otherNutrient && REFERENCE_PERCENT_CELL_RE.test(lastCell) && !!basis;
}

/**
 * "Existe aussi en : Gélule": a link to the product's other form, its value on the same line. (With its colon, the words
 * alone: "Existe aussi : MAGNE B6 ampoules …", "Auch im Sortiment: Gerolsteiner Medium, …".)
 */
const OTHER_FORM_LINK_RE = new RegExp(
  String.raw`^(?:${OTHER_FORM_WORDS}|${OTHER_FORM_LEAD_WORDS}|auch im sortiment|also in (?:the|our) range|see also|siehe auch|voir aussi|vedi anche|ver tambien|ver tambem|zie ook|sprawdz tez|zobacz tez|viz tez|pozri aj)[ ]?:[ ]?\S`,
);

/**
 * A Chinese (or Japanese, Korean) gloss before a panel's English words, as Hong Kong and Singapore labels print them ("每份用量
 * Serving Size: 2粒膠囊 2 Capsules", "營養資料 Supplement Facts", "建議用法 Suggested Use："): the line is read by its English.
 */
const CJK_GLOSS_LEAD_RE =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}][^\t\p{Script=Latin}\d]{0,12}?[ ]+(?=(?:serving size|servings per|amount per serving|supplement facts|nutrition(?:al)? (?:facts|information)|suggested use|directions|(?:other )?ingredients|warnings?|caution)(?![a-z]))/u;

/** Each line with the block it belongs to: a heading opens a block, the lines after it follow. */
function classify(lines: string[]): Classified[] {
  const out: Classified[] = [];
  let block: Block = 'prose';
  let inBlock = 0;
  let carousel = false;
  // A page laid out in two columns and flattened line by line (a PDF data sheet): the facts panel
  // is the right-hand cells under a heading that stands in the right column ("… provided by\t4
  // Tablets Contain:"); the left-hand cells are the prose beside it.
  let rightColumnFacts = false;
  const besidePanel: Classified[] = [];
  let seenText = false;
  let skipNext = false;
  // The number of the section heading the block is under ("3. Jak se přípravek užívá"), a leaflet's.
  let sectionNumber = 0;
  // The numbered subsection the block is under ("4.2"), a summary of product characteristics'.
  let subsection: string | null = null;
  // The cells of a comparison's header row: its rows ("Per serving<TAB>1,000 mg …<TAB>200 mg …") are the compared products'.
  let comparedCells = 0;
  for (const [index, raw] of lines.entries()) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    // "• Suggested use: …", "✓ 200 mg per capsule": a list marker is no part of the line's words.
    const bullet = BULLET_RE.test(raw);
    const line = bullet ? raw.replace(BULLET_RE, '') : raw;
    if (!line) continue;
    const folded = fold(line).replace(CJK_GLOSS_LEAD_RE, '');
    const cells = line.split('\t');
    if (comparedCells && cells.length >= 3 && cells.length >= comparedCells - 1) {
      out.push({ line, folded, block: 'other', heading: false });
      continue;
    }
    comparedCells = 0;
    if (cells.length >= 2) {
      const left = cells[0]!;
      const right = cells.slice(1).join('\t');
      const rightKind = headingKind(fold(right));
      const opens = !rightColumnFacts && rightKind === 'facts' && right.trim().endsWith(':') && !headingKind(fold(left));
      if (opens || (rightColumnFacts && !rightKind && !headingKind(fold(left)) && inBlock < MAX_PANEL_LINES)) {
        besidePanel.push({ line: left, folded: fold(left), block: 'prose', heading: false });
        out.push({ line: right, folded: fold(right), block: 'facts', heading: opens });
        rightColumnFacts = true;
        block = 'facts';
        inBlock = opens ? 0 : inBlock + 1;
        continue;
      }
    }
    if (rightColumnFacts) {
      // The left column's lines follow the panel, so the panel's rows stay together.
      out.push(...besidePanel.splice(0));
      rightColumnFacts = false;
      block = 'prose';
    }
    // "Composition<TAB>Calcium citrate (1000mg) + Magnesium Oxide (50mg)": a drug database's composition,
    // each substance with its amount in brackets, is the label's rows.
    // (Its key and value may come on their own lines, a definition list's or a table's cells: "Composition" then
    // "Magnesium Bisglycinate (360mg)".)
    const nextLine = lines[index + 1]?.trim() ?? '';
    // (Not a panel's heading over its serving line: "Supplement Facts" then "Serving Size: 1 Level Scoop (14.6 g)".)
    const composedBelow =
      line.length <= 40 &&
      !line.includes('\t') &&
      !nextLine.includes(':') &&
      !SERVING_SIZE_LINE_RE.test(fold(nextLine)) &&
      // (One value under its key: a list of such lines, "Magnesium citrate (300mg)" / "Vitamin B6 (5mg)", is a panel's rows.)
      !BRACKETED_END_RE.test(lines[index + 2] ?? '')
        ? bracketedComposition(`${line.trim()}\t${nextLine}`)
        : null;
    if (composedBelow) skipNext = true;
    const composed = composedBelow ?? bracketedComposition(line);
    if (composed) {
      for (const [k, row] of composed.entries()) out.push({ line: row, folded: fold(row), block: 'facts', heading: k === 0 });
      block = 'prose';
      continue;
    }
    // "Suggested Use<TAB>Take 1 capsule daily", "섭취 방법<TAB>하루 1회 1알 섭취": a specification table's
    // row whose key is a heading holds that section's text; the rows after it are the table's.
    // ("Ingredients<TAB>Amount Per Serving:" is a panel's header row: its columns, the rows' names and amounts.)
    // ("원료명 및 함량 | 산화마그네슘, …": the same row with a bar between its key and its value.)
    const barred = line.split(' | ');
    const keyCells = cells.length === 1 && barred.length === 2 ? barred : cells;
    const keyKind =
      keyCells.length === 2 && /\p{L}{2}/u.test(keyCells[1]!) && headingKind(fold(keyCells[1]!)) !== 'facts'
        ? // (A key is its heading with the colon the tab stands for: "成分<TAB>檸檬酸鎂、氧化鎂、…" is "成分: …".)
          (headingKind(fold(keyCells[0]!)) ?? headingKind(`${fold(keyCells[0]!).trim()}:`))
        : null;
    if (keyKind === 'directions' || keyKind === 'ingredients' || keyKind === 'warnings') {
      const joined = `${keyCells[0]!.replace(/\s*:$/, '')}: ${keyCells[1]!}`;
      out.push({ line: joined, folded: fold(joined), block: keyKind, heading: true });
      continue;
    }
    // "สารอาหาร<TAB>Thai RDI**" (nutrient, reference intake): a table of what people need, someone else's numbers.
    // "Per serving<TAB>Neurowell L-Threonate<TAB>Regular magnesium oxide tablet": a chart against other products.
    if (
      REFERENCE_ONLY_HEADER_RE.test(line.trim()) ||
      (cells.length >= 3 &&
        !HAS_AMOUNT_RE.test(line) &&
        cells.slice(1).some((c) => COMPARED_PRODUCT_CELL_RE.test(fold(c).trim()))) ||
      // "<TAB>This item<TAB>CareWay Magnesium 400 mg<TAB>…": a marketplace's "Compare similar items", named products
      // with their amounts.
      (cells.length >= 3 && cells.slice(0, 2).some((c) => THIS_ITEM_CELL_RE.test(fold(c).trim()))) ||
      // "<TAB>Vitamin D3 4000 IU (this item)<TAB>Vitamin D3 1000 IU<TAB>Magnesium Citrate 1000mg": a brand's line-up, its own
      // product marked among the others.
      (cells.length >= 3 && cells.some((c) => THIS_ITEM_MARK_RE.test(fold(c)))) ||
      // "Product<TAB>Elemental Mg per capsule<TAB>Capsules per day": a table whose rows are products, each its own.
      // (Not a menu's links, "Products<TAB>Minerals<TAB>Magnesium": the other cells name an amount or a dose.)
      (cells.length >= 3 &&
        PRODUCTS_COLUMN_RE.test(fold(cells[0]!).trim()) &&
        cells.slice(1).some((c) => AMOUNT_HEADER_CELL_RE.test(fold(c))))
    ) {
      block = 'other';
      comparedCells = cells.length;
      out.push({ line, folded, block, heading: true });
      continue;
    }
    // "Vitaminer<TAB>Per kapsel<TAB>%RI*": a table's header row, a basis and a reference column over a
    // row with its amount, heads a facts panel whatever its language; inside one ("Mineralen<TAB>Per tablet<TAB>%RI*"
    // under the vitamins) it is the panel's next table. (Right under a facts heading, "Die Tagesdosis enthält:", it
    // is that heading's panel; not after an ingredient list under it, "Sastav" / "Sastojci: …", which it ends.)
    if (
      !(block === 'facts' && out.slice(-3).some((c) => c.heading && c.block === 'facts')) &&
      referenceHeaderRow(cells, folded, lines.slice(index + 1, index + 5), block === 'facts')
    ) {
      const opens = block !== 'facts';
      block = 'facts';
      if (opens) inBlock = 0;
      out.push({ line, folded, block, heading: opens });
      continue;
    }
    const listed = block !== 'facts' && line.length <= 400 && MG_AMOUNT_RE.test(folded) ? listedContents(line, folded) : null;
    if (listed) {
      out.push(...listed);
      block = 'prose';
      continue;
    }
    // ("Customers also viewed" / "… Saline Laxative Oral Solution, 10 OZ" / "$2.79" / "Active ingredient: magnesium citrate
    // 1.745 g per fl oz", "Each serving (2.4 g) contains magnesium 200 mg": a tile's detail under its price, no section of
    // the page's.)
    const prevLine = out.at(-1)?.line ?? '';
    if (
      block === 'other' &&
      carousel &&
      prevLine.length <= 24 &&
      PRICE_RE.test(prevLine) &&
      line.length <= 90 &&
      !/[.!?]\s+\p{L}/u.test(line) &&
      (/^[^:]{2,40}:\s*\S/.test(line) || MG_AMOUNT_RE.test(folded))
    ) {
      out.push({ line, folded, block, heading: false });
      continue;
    }
    // "We also have Magnesium Citrate 500 mg tablets (₹649) …": a seller offering another product, its line no part of the label.
    // ("Existe aussi en : Gélule": a link to the product's other form, its value on its line; no heading over the page's text.)
    // (Its name may go on below, "Sprawdź też: MAGNEZ + POTAS + B6" / "375 mg magnezu w dziennej porcji": a short line that
    // opens with an amount is the same offer's.)
    if (OTHER_PRODUCT_OFFERED_RE.test(folded) || OTHER_FORM_LINK_RE.test(folded.replace(/^[>»›\s]+/, ''))) {
      out.push({ line, folded, block: 'other', heading: false });
      const below = lines[index + 1] ?? '';
      if (below.length <= 80 && OPENS_WITH_AMOUNT_RE.test(below)) {
        out.push({ line: below, folded: fold(below), block: 'other', heading: false });
        skipNext = true;
      }
      continue;
    }
    const sectioned = sectionOf(line, folded, block, out.length === 0);
    // "Indicaciones" over "Adultos …: mastique 4 gomitas al día": a US Spanish label's directions, not a medicine's uses.
    const kind =
      sectioned === 'prose' && INDICATIONS_HEAD.test(folded.trim()) && directionsBelow(lines, index) ? 'directions' : sectioned;
    // "Informații nutriționale" / "Ingrediente" / "per doză zilnică (2 capsule)" / "%VNR*": a panel's header copied one
    // cell a line, its first cell the name column's "Ingredients", right under the panel's heading: the panel's, not a list.
    if (
      kind === 'ingredients' &&
      block === 'facts' &&
      inBlock === 0 &&
      line.trim().length <= 30 &&
      !line.includes(':') &&
      headerCellBelow(lines, index)
    ) {
      out.push({ line, folded, block, heading: false });
      continue;
    }
    // "Customers Also Bought" / "… Glycinate Tablets 120" / "Each tablet contains magnesium 150 mg", "Per 3 capsules:
    // magnesium 210mg": a tile's contents in a carousel (a unit's basis before its colon, not a panel's title or header
    // row, "Información nutricional<TAB>Por comprimido") are the tile's.
    if (
      kind === 'facts' &&
      carousel &&
      block === 'other' &&
      (UNIT_CONTAINS_HEAD_RE.test(line.trim()) ||
        (/^(?:per|por|pro|pour|par|je|each|every)[ ][^:\t]{1,30}:/.test(folded) && !!headerBasis(folded.replace(/:.*$/, ''))))
    ) {
      out.push({ line, folded, block: 'other', heading: false });
      continue;
    }
    // "ส่วนประกอบที่สำคัญ: แคลเซียมคาร์บอเนต, แมกนีเซียมออกไซด์, ซิงค์กลูโคเนต" (key ingredients: …): a facts heading whose
    // value lists names with no amount is the product's ingredients.
    const namesOnly = kind === 'facts' ? /^[^:\d]{2,40}:[ ]?([^:]{2,300})$/u.exec(line.trim()) : null;
    const names = namesOnly ? fold(namesOnly[1]!) : '';
    if (namesOnly && (names.match(/,/g) ?? []).length >= 2 && MAGNESIUM_RE.test(names) && !HAS_AMOUNT_RE.test(names)) {
      out.push({ line, folded, block: 'ingredients', heading: true });
      block = 'ingredients';
      inBlock = 0;
      continue;
    }
    // "Each tablespoon (15 ml) contains: Magnesium (…) 250 mg": the heading and its first row.
    // (Not a colon inside the heading's brackets: "Nutritional Information (Per serve: 1 gummy, 3 g)" is one basis.)
    const colon = kind === 'facts' ? line.indexOf(':') : -1;
    const bracketed = colon > 0 && line.slice(0, colon).split('(').length > line.slice(0, colon).split(')').length;
    if (colon > 0 && colon < 90 && !bracketed && MG_AMOUNT_RE.test(fold(line.slice(colon + 1)))) {
      const { items, after } = headingWithRows(line, colon);
      out.push(...items);
      block = 'facts';
      inBlock = 1;
      if (after) {
        block = 'prose';
        out.push({ line: after, folded: fold(after), block, heading: false });
      }
      continue;
    }
    // "Skip to / Main content / About this item / Buying options / Videos / Reviews": links at the top
    // of a page, above any of its text, are navigation, not the sections they jump to.
    if ((kind === 'other' || kind === 'prose') && !seenText && navLike(lines[index - 1]) && navLike(lines[index + 1])) {
      out.push({ line, folded, block: 'chrome', heading: false });
      continue;
    }
    if (kind && kind !== 'other' && kind !== 'prose') seenText = true;
    // "Serving Size<TAB>1 Scoop (3.83g)" with no panel heading above it: a specification table's
    // panel starts there ("Servings Per Container 60", "Magnesium 200mg").
    // (Its value may stand on the next line, a table's cells copied one per line: "Serving Size" / "1 Scoop (3.83g)".)
    const below = lines.slice(index + 1, index + 3).find((l) => l.trim()) ?? '';
    const valueBelow = /^\s*\d/.test(below) && below.length <= 40;
    if (!kind && block !== 'facts' && line.length <= 80 && SERVING_SIZE_LINE_RE.test(folded) && (/\d/.test(line) || valueBelow)) {
      block = 'facts';
      inBlock = 0;
      out.push({ line, folded, block, heading: true });
      continue;
    }
    // "4. Možné nežádoucí účinky" under "3. Jak se přípravek užívá": a leaflet's next section, whatever its words.
    // (Not in a table of contents: "3. Jak przyjmować …" right above "4. Możliwe działania niepożądane".)
    const numbered = !kind && sectionNumber && inBlock > 0 ? NEXT_SECTION_RE.exec(line) : null;
    // ("4.3 Kontraindikace" under "4.2 Dávkování a způsob podání": a summary's next numbered subsection.)
    const nextSub: RegExpExecArray | null = !kind && subsection && inBlock > 0 ? NEXT_SUBSECTION_RE.exec(line) : null;
    if ((numbered && Number(numbered[1]) > sectionNumber) || (nextSub && nextSub[1] !== subsection)) {
      block = 'prose';
      inBlock = 0;
      sectionNumber = 0;
      subsection = null;
      out.push({ line, folded, block, heading: true });
      continue;
    }
    // "Você também pode gostar: cloreto de magnesio pa · oleo de magnesio": other products' heading with its list on its
    // line is that line alone; the lines under it are the page's again.
    if (kind === 'other' && INLINE_LIST_AFTER_COLON_RE.test(line)) {
      out.push({ line, folded, block: 'other', heading: false });
      continue;
    }
    if (kind) {
      block = kind;
      inBlock = 0;
      sectionNumber = Number(/^(\d{1,2})\.\s/.exec(line)?.[1] ?? 0);
      // (A subsection's number stays through its own unnumbered headings: "4.2 Dávkování a způsob podání", "Dávkování".)
      const sub = NEXT_SUBSECTION_RE.exec(line);
      if (sub) subsection = sub[1]!;
      else if (kind !== 'directions') subsection = null;
      carousel = kind === 'other' && CAROUSEL_HEAD.test(folded.replace(SECTION_NUMBER_RE, ''));
      out.push({ line, folded, block, heading: true });
      continue;
    }
    // (A panel's amount cell on a line of its own, a table copied cell by cell, is part of its row's budget.)
    if (!(block === 'facts' && AMOUNT_ONLY_LINE_RE.test(line.trim()))) inBlock++;
    if (line.length >= 60 && !CHROME_RE.test(folded)) seenText = true;
    // "Nutritional info:" then "Vitamin A 800µg (RE) (100%)*, … Magnesium 45mg (12%)*, …": a panel
    // written as one comma-separated paragraph is its rows, one per item.
    // "Ingredients" then "Vitamin A (as beta-carotene) - 555mcg RAE, …, Magnesium (as glycinate) - 26mg, …":
    // an ingredient list whose every item has its amount is that panel too.
    // "Each tablet contains:" then "calcium 75 mg, magnesium 37.5 mg.": a short list of named amounts too.
    const namedList = block === 'facts' && inBlock === 1 && line.length <= 120 ? listItems(line).items : [];
    if (itemsAreNamedAmounts(namedList)) {
      for (const row of namedList) out.push({ line: row.trim(), folded: fold(row.trim()), block, heading: false });
      continue;
    }
    if ((block === 'facts' || block === 'ingredients') && inBlock === 1 && line.length > 120) {
      const { items, runOn } = listItems(line);
      const heading = out.at(-1);
      const asPanel =
        block === 'facts' ||
        (items.every((r) => HAS_AMOUNT_RE.test(r)) &&
          heading?.heading &&
          heading.block === 'ingredients' &&
          // An excipients list with its weights ("Sucrose - 27.4 mg, kaolin - 41.0 mg, …") is no panel.
          !EXCIPIENTS_HEAD_RE.test(heading.folded));
      if (itemsAreRows(items) && asPanel) {
        if (block === 'ingredients') out[out.length - 1] = { ...heading!, block: 'facts' };
        block = 'facts';
        for (const row of items) out.push({ line: row.trim(), folded: fold(row.trim()), block: 'facts', heading: false });
        if (runOn) {
          block = 'prose';
          out.push({ line: runOn[2]!, folded: fold(runOn[2]!), block, heading: false });
        }
        continue;
      }
    }
    // "Innehåll" then "Surhetsreglerande medel (citronsyra, …), magnesiumkarbonat, magnesiumoxid, arom …": a heading
    // that can open a panel, over a list with no amount in it that names a magnesium salt, opens the ingredients. (Not a
    // heading that is the ingredients' as well as the panel's, "Składniki": its list is read as both, below. Nor a
    // tablet's looks under "Dosage Form and Composition": "white, round, biconvex; …".)
    const above = out.at(-1);
    if (
      block === 'facts' &&
      inBlock === 1 &&
      above?.heading &&
      above.block === 'facts' &&
      !INGREDIENTS_HEAD.test(above.folded) &&
      findAmounts(line).length === 0 &&
      line.split(/[,;]\s/).length >= 4 &&
      formsNearMagnesium(line).length > 0
    ) {
      out[out.length - 1] = { ...above, block: 'ingredients' };
      block = 'ingredients';
    }
    if (block === 'other' && carousel && ownProse(line)) block = 'prose';
    // A facts panel ends at long prose or after its row budget; directions and ingredients after a few lines.
    // (And at a link onward, "› See more product details": the page's next part, not a row.)
    // (Not the long lists right under a heading that is the ingredients' as well as the panel's: "Składniki", then a list
    // or one for each tablet of a kit.)
    const headAt = out.length - inBlock;
    const listUnderBoth =
      inBlock <= 3 &&
      !!out[headAt]?.heading &&
      INGREDIENTS_HEAD.test(out[headAt]!.folded) &&
      out.slice(headAt + 1).every((c) => c.line.length > 120 && !MG_AMOUNT_RE.test(c.folded));
    if (
      block === 'facts' &&
      ((line.length > 220 && !listUnderBoth) || inBlock > MAX_PANEL_LINES || LINK_ONWARD_RE.test(line.trim()))
    )
      block = 'prose';
    // (An ingredient list of one short item a line, "Maltodextrina" / "Agua" / …, runs to its end.)
    const listGoesOn =
      block === 'ingredients' &&
      inBlock <= 30 &&
      ingredientItem(line) &&
      out.slice(-4).every((c) => c.block === 'ingredients' && (c.heading || ingredientItem(c.line)));
    // (A leaflet's numbered section, "4.2 Dávkování a způsob podání", runs to the next number: its adults' dose may come
    // after the dose per kilogram and its rules.)
    const directionsLines = sectionNumber || subsection ? 16 : 6;
    if ((block === 'directions' && inBlock > directionsLines) || (block === 'ingredients' && inBlock > 4 && !listGoesOn))
      block = 'prose';
    if (block === 'warnings' && inBlock > 8) block = 'prose';
    out.push({ line, folded, block, heading: false, ...(bullet && { bullet }) });
  }
  out.push(...besidePanel);
  return out;
}

/**
 * A line that holds only a row's amount cells ("435 mg", "400 mg (100% RDI#)", "150mg\t40", "109%"):
 * a table laid out in boxes, whose cells each come on their own line.
 */
const AMOUNT_ONLY_LINE_RE =
  /^(?:[<~]?\d[\d.,]*\s?(?:mg|mcg|µg|ug|g|iu|mmol|%)(?:\s?\(?\d[\d.,]*\s?%[^)\t]{0,12}\)?)?|\d{1,4}|[-–*†‡]|\*\*)(?:\t(?:[<~]?\d[\d.,]*\s?(?:mg|mcg|µg|ug|g|iu|mmol|%)?[*†‡]*|[-–*†‡]|\*\*))*[*†‡]*$/i;
const HAS_AMOUNT_RE = /\d\s?(?:mg|mcg|µg|ug|g|iu|mmol|%)(?![a-z])/i;
/**
 * "calcium 75 mg", "zinc - 25 mg", "vitamin B6 10 mg": a nutrient's name (a vitamin's letter and
 * number in it), then its amount.
 */
const NAMED_AMOUNT_RE =
  /^\p{L}(?:[^\d]|(?<=[a-zа-я])\d{1,2}(?=[ )])){1,60}\d[\d.,]*\s?(?:mg|mcg|µg|μg|ug|g|iu|ui|kcal|kj|мг|мкг|г)(?![a-zа-я])/u;

/**
 * "Magnesium (from Magnesium Citrate)" then "435 mg" on the next line: a row whose cells came apart
 * is put back together, in a facts panel or where the name line reads as a row's name. Lines that
 * carry a name of their own are left as they are.
 */
function joinSplitRows(items: Classified[]): Classified[] {
  const out: Classified[] = [];
  const isAmountCell = (c: Classified) => !c.heading && AMOUNT_ONLY_LINE_RE.test(c.line.trim()) && HAS_AMOUNT_RE.test(c.line);
  for (const c of items) {
    const prev = out.at(-1);
    const amountOnly = isAmountCell(c);
    // "Samenstelling:" then "66,67 mg" / "Magnesium (magnesium glycerofosfaat)" / "42,5 mg" / "Bietensap":
    // a panel whose rows print the amount first, copied cell by cell. The first amount stands right under
    // the heading, so each amount goes with the name after it, not before.
    const before = out.at(-2);
    const amountFirst =
      prev &&
      before &&
      c.block === 'facts' &&
      prev.block === 'facts' &&
      !c.heading &&
      !prev.joined &&
      isAmountCell(prev) &&
      (before.heading || before.joined === 'amount-first') &&
      c.line.length <= 100 &&
      /\p{L}{3}/u.test(c.line) &&
      !HAS_AMOUNT_RE.test(c.line);
    if (amountFirst) {
      const line = `${prev.line.trim()}\t${c.line}`;
      out[out.length - 1] = { ...c, line, folded: fold(line), joined: 'amount-first' };
      continue;
    }
    const nameLine =
      prev &&
      !prev.heading &&
      prev.block === c.block &&
      prev.block !== 'other' &&
      prev.line.length <= 100 &&
      !HAS_AMOUNT_RE.test(prev.line) &&
      prev.joined !== 'amount-first' &&
      (ROW_NAME_RE.test(prev.folded) || (prev.block === 'facts' && MAGNESIUM_RE.test(prev.folded))) &&
      // Rows alternate name, amount: a name right under another name with no amount between is a
      // list of names whose amounts the page does not print ("Elemental Zinc (Citrate)" then
      // "Silicon (From horsetail)" then "100 IU", which is the next row's), so nothing is joined. (A row's
      // comment in a third column, "Primary electrolyte for fluid retention", under the row it follows, names nothing.)
      !(nameWithoutAmount(out.at(-2)) && !(out.at(-3)?.joined === 'name-first' && !/[()]/.test(out.at(-2)!.line)));
    // "435 mg" then "109%", or "300 mg", "75%" then "450 mg", or "186.8 mg (50% NRV)" then "71 mg (19% NRV)"
    // (a second column): the next cell of the row just joined.
    const nextCell =
      prev &&
      !prev.heading &&
      prev.joined === 'name-first' &&
      prev.block === c.block &&
      /^\d[\d.,]*\s?(?:%|mg|mcg|µg|ug|g|iu)(?![a-z])\S*(?:\s?\(\d[\d.,]*\s?%[^()]{0,12}\))?$/i.test(c.line.trim());
    if (prev && amountOnly && (nameLine || nextCell)) {
      const line = `${prev.line}\t${c.line.trim()}`;
      out[out.length - 1] = { ...prev, line, folded: fold(line), joined: 'name-first' };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A line of words long enough to be a row's name, with no figure: a name whose amount is missing. */
function nameWithoutAmount(c: Classified | undefined): boolean {
  return !!c && !c.heading && !c.joined && c.line.length > 25 && !/\d/.test(c.line);
}

/** A name line that reads as a facts row's name: a nutrient with its source, "(providing elemental magnesium)". */
const ROW_NAME_RE =
  /^(?:[a-z][a-z -]{1,40}\((?:(?:as|from|providing|elemental|en|als|aus|come|como|sous forme)[^)]{0,60}|[a-z][a-z ,/-]{2,60})\)[*†]*$|\((?:providing|elemental|of which|davon|dont|di cui|de los cuales)[^)]{0,60}\)|(?:of which|davon|dont|di cui)\s)/;

/** Lines that open a facts panel above its first heading. */
const PANEL_TOP_RE =
  /^(?:supplement facts|nutrition facts|serving size|servings? per (?:container|package)|portionsgrosse|portionen|taille de la portion|tamano de la porcion|porzione)(?![a-z])/;
/** A panel-top line: its heading, its serving count, its serving size in any of the label reader's words ("Serving: 2 tablets"). */
function panelTop(folded: string): boolean {
  return PANEL_TOP_RE.test(folded) || SERVING_SIZE_LINE_RE.test(folded);
}

/** A panel-top line's value on a line of its own: "3 Tablets", "30", "2 scoops (10 g)". */
const VALUE_CELL_RE = /^(?:about |approx\.? )?\d{1,3}(?:[.,]\d)?(?:[ ]{1,2}[A-Za-z][A-Za-z -]{1,25}(?:\([^)]{1,20}\))?)?$/;

/** A short line naming whom the lines under it are for ("Children: 4-10 years", "Kinder ab 6 Jahren"). */
function forSomeoneElse(c: Classified | undefined): boolean {
  return (
    !!c &&
    c.line.length <= 60 &&
    (CHILD_DOSE_RE.test(c.folded) || YOUTH_OR_AGES_RE.test(c.folded)) &&
    !MG_AMOUNT_RE.test(c.folded)
  );
}
/** Adolescents, infants, an age range ("2 to 4 years", "6-12 Jahre"): children are CHILD_DOSE_RE's. */
const YOUTH_OR_AGES_RE =
  /(?<![a-zа-я])(?:infants?|adolescents?|teens?|jugendliche|adolescentes|ragazzi|\d{1,2} ?(?:-|to|bis|a|à|tot|do|до) ?\d{1,2} ?(?:years?|jahre[n]?|ans|anos|anni|jaar|lat|let|лет|години))(?![a-zа-я])/;

/** A line that reads like a label row or statement for magnesium, not someone else's figure. */
function magnesiumRowLike(c: Classified): boolean {
  return (
    c.line.length <= 200 &&
    MAGNESIUM_RE.test(c.folded) &&
    MG_AMOUNT_RE.test(c.folded) &&
    !DISTRACTOR_RE.test(c.folded) &&
    !pricedRow(c.line) &&
    // ("Took 200 mg and experienced stomach issues?": a question puts its amount to the reader.)
    !sentencesOf(c.folded).some((s) => MG_AMOUNT_RE.test(s) && s.trimEnd().endsWith('?'))
  );
}

/**
 * "Swisse<TAB>Tablet<TAB>Magnesium 200 mg (60 tabs)<TAB>~$12–16": a row with a price in a cell of its own
 * is an offer of a product (a comparison's, a listing's), never a row of a label; so is one that ends with its
 * price after a dash ("Hořčík 375 mg + B6, 30 šumivých tablet – 119 Kč").
 */
function pricedRow(line: string): boolean {
  return (
    line.split('\t').some((cell, i) => i > 0 && cell.trim().length <= 24 && PRICE_RE.test(cell)) || TRAILING_PRICE_RE.test(line)
  );
}

const CHROME_RE =
  /(?<![a-z])(?:home|shop|store|menu|tienda|inicio|boutique|accueil|startseite|negozio|winkel|sklep|butik|sign in|log ?in|logg inn|logga in|log ind|kirjaudu|account|cart|basket|checkout|search|(?:artikel|produkt|schnell)?suche|wishlist|free (?:[a-z]{2,3} )?(?:shipping|delivery)|shipping calculated|delivery|orders over|livraison|envio|spedizion[ei]|verzending|wysylka|dostawa|newsletter|money[ -]back|guarantee|free returns|garantie|satisfait ou rembourse|geld[ -]zuruck|cookies?|privacy|impressum|datenschutz|versand|kontakt|contact|faq|help|sitemap|terms|accessibility|accedi|anmelden|se connecter|zaloguj(?: sie)?|iniciar sesion|inloggen|carrello|warenkorb|panier|koszyk|carrito|winkelwagen|mein konto|mon compte|mi cuenta|moje konto|customer service|deliver(?:ing)? to|skip to|zum inhalt|aller au contenu|(?:ir|saltar) al contenido|vai al contenuto|naar (?:de )?inhoud|przejdz do tresci|akciok|akcie|akce|akcije|akcijos|akcijas|promocje|promotii|angebote|ofertas|offerte|aanbiedingen|tilbud|bejelentkezes|kosar|kosik|prihlasenie|prihlaseni)(?![a-z])/;

/** "Principio attivo:Magnesio Pidolato": a detail's label glued to its value. */
const KEY_VALUE_RE = /^[^:\t]{2,30}:(?=[A-Za-zÀ-ÿ0-9])/;
/**
 * A site's line, as a title candidate: "home" counts only in a line of a few words or a breadcrumb
 * ("Home", "Home › Minerals"), not in a product's name ("Healthy Home Hamper - small").
 */
function chromeForTitle(c: Classified): boolean {
  const named = c.line.trim().split(/\s+/).length >= 4 && !/\s[|›»>/]\s/.test(c.line);
  return CHROME_RE.test(named ? c.folded.replace(/(?<![a-z])home(?![a-z])/g, ' ') : c.folded);
}

/** "Literatur", "References", "Quellen": a reading list's heading. */
const READING_LIST_HEAD_RE =
  /^(?:literatur|literature|references?|quellen|bibliographie|bibliography|bibliografia|sources?|siehe auch|see also)$/;

/** "Size: 40 x 30cm x 20cm", "Brand: Pure Blue Essentials": a detail's label, a space, its value; no name. */
const SPEC_LINE_RE = /^\p{L}[\p{L}-]{1,14}(?: \p{L}[\p{L}-]{1,14})?: \S/u;
/** "You Save: $4.17 (14%)": a price line's words, not a name. */
const SAVING_RE = /(?<![a-z])(?:you save|save|sparen|sie sparen|economisez|ahorra|risparmi)(?![a-z])/;

/** A line that opens with an amount, after a bullet if any: "+ 117 mg of magnesium from …". */
const OPENS_WITH_AMOUNT_RE = /^[\s+*•·–-]*\d[\d.,]*\s*(?:mg|mcg|µg|g)(?![\p{L}])/iu;

/** A table cell that holds only an amount: "1720mg", "150 mg", "2,5 g". */
const AMOUNT_CELL_RE = /^[<~]?\d[\d.,]*\s*(?:mg|mcg|µg|g|iu|mmol)$/i;

/**
 * "Home > Minerals > Magnesium": three links or more, the last maybe the product's whole name, longer ("… > Projímadla >
 * CitraFleet prášek pro perorální roztok v sáčku 2 ks").
 */
const BREADCRUMB_RE = /^[^>›»＞\t]{1,40}(?:\s[>›»＞]\s[^>›»＞\t]{1,40}){1,}\s[>›»＞]\s[^>›»＞\t]{1,90}$/;
/** "Home / Vitamins / Vitamin D3 + K2": slashes make a breadcrumb only after the home page's link (a name may hold one). */
const SLASH_CRUMB_RE =
  /^(?:home|home ?page|start(?:seite)?|inicio|accueil|pagina (?:inicial|principale)|strona glowna|etusivu|forside|hem|uvod|domu|главная|головна|начало|ana ?sayfa|trang chu|beranda|(?:الصفحة )?الر[ئي]يسية|דף הבית)(?:\s\/\s[^/\t]{1,40}){1,}\s\/\s[^/\t]{1,90}$/;
/** "Aromatherapy Store > Sleep Easy Magnesium Roll-On": a trail of two links, read as one only where the next line is its last. */
const TWO_LINK_CRUMB_RE = /^[^>›»＞\t]{1,40}\s[>›»＞]\s[^>›»＞\t]{3,100}$/;
function breadcrumb(line: string, folded = fold(line), next?: string): boolean {
  return (
    BREADCRUMB_RE.test(line) ||
    SLASH_CRUMB_RE.test(folded) ||
    (next !== undefined && TWO_LINK_CRUMB_RE.test(line) && flat(lastCrumb(line)) === flat(next))
  );
}

/** A table of contents' heading: "On this page", "Contents", "Inhaltsverzeichnis", "Sommaire", "Содержание". */
const TOC_HEAD_RE =
  /^(?:on this page|(?:table of )?contents|in this (?:article|post|guide)|jump to|inhaltsverzeichnis|auf dieser seite|sommaire|table des matieres|sur cette page|contenido|indice|tabla de contenidos?|en esta pagina|in questa pagina|inhoud(?:sopgave)?|op deze pagina|spis tresci|na tej stronie|obsah|содержание|оглавление|на это[йи] странице)\s?:?$/;
/**
 * A table of contents' entry: a section's name, a few words, no amount, no sentence, maybe behind a
 * list's marker ("- Composition et ingrédients du Magnésium B6").
 */
function tocEntry(line: string): boolean {
  const entry = line.trim().replace(/^(?:[-–•*·]|\d{1,2}[.)])\s+/, '');
  return (
    entry.length <= 60 &&
    !entry.includes('\t') &&
    entry.split(/\s+/).length <= 10 &&
    // (A vitamin's or a count's digit may stand in a name, "Magnésium B6", "Les 3 bienfaits"; no amount, no pack.)
    !/\d{2}|\d\s?(?:mg|mcg|µg|g|ml|iu|%)/i.test(entry) &&
    // (A section may ask: "Magnésium B6 : pour qui ?".)
    !/[.!:;,]$/.test(entry)
  );
}

/** A keyboard shortcut's keys, as a site's list of shortcuts prints them: "alt + /", "shift + alt + C". */
const SHORTCUT_KEYS_RE = /^(?:(?:shift|alt|ctrl|control|cmd|option|opt|⌘|⇧|⌥)\s?\+\s?)+\S{1,2}$/i;

function menuEntry(c: Classified): boolean {
  if (SHORTCUT_KEYS_RE.test(c.line.trim())) return true;
  return (
    !c.heading &&
    c.block === 'prose' &&
    c.line.length <= 40 &&
    !c.line.includes('\t') &&
    // (A department's several names: "Health, Household & Baby Care".)
    c.line.split(/\s+/).length <= (/[&,]/.test(c.line) ? 5 : 4) &&
    !/\d/.test(c.line.replace(/\(\d{1,3}\)/g, '')) &&
    !/[.!?:;]$/.test(c.line) &&
    // "Magnesium Glycinate", "Metagenics Mag Glycinate": a product's name, however short.
    !(/\s/.test(c.line) && (MAGNESIUM_RE.test(c.folded) || FORM_STEM_RE.test(c.folded)))
  );
}

/**
 * Five links or more in the cells of one line, each a few words with no figure but a count in brackets
 * ("Cart (0)"), one of them the site's own: a menu bar, whose "Sleep" and "Minerals" are its categories.
 */
function menuBar(line: string): boolean {
  const cells = line.split('\t');
  return (
    cells.length >= 5 &&
    cells.every((cell) => navLike(cell.replace(/\s?\(\d{1,3}\)$/, ''))) &&
    // ("Visage | Corps | Cheveux | Bébé & Maman | Santé | Médicaments | Compléments alimentaires | Bio | Marques": eight
    // links or more are a shop's departments, whatever their words.)
    (cells.length >= 8 || cells.map(fold).some((cell) => CHROME_RE.test(cell) || CART_RE.test(cell)))
  );
}

/** Stems of the salts' names, in the languages the reader knows: a line naming one names a product. */
const FORM_STEM_RE =
  /(?:glycin|citrat|oxid|malat|taurat|threonat|chlorid|lactat|orotat|aspartat|chelat|gluconat|sulfat|carbonat|pidolat)/;

/**
 * Runs of five or more menu entries, two of them a site's own words ("Sign in", "Basket (0)", "Home"):
 * a site's navigation, whose "Magnesium" is a category, not the product: marked as chrome, read for
 * nothing. A product's name over its badges ("Vegan", "Gluten Free", …) is no menu.
 */
function markNavigation(items: Classified[]): Classified[] {
  // "Home > Vitamins & Supplements > Minerals > Magnesium": a breadcrumb is the shop's, not the product's; so is
  // a menu bar copied onto one line ("Shop All<TAB>Sleep<TAB>Stress<TAB>Minerals<TAB>…<TAB>Cart (0)").
  const out = items.map((c, i) =>
    !c.heading && (breadcrumb(c.line, c.folded, items[i + 1]?.line) || menuBar(c.line)) ? { ...c, block: 'chrome' as const } : c,
  );
  // "On this page" over "Overview / Evidence / Dosage / Safety": a table of contents links to the
  // sections, whose names (headings too) head nothing there.
  for (let i = 0; i < items.length; i++) {
    if (!TOC_HEAD_RE.test(items[i]!.folded.trim())) continue;
    let k = i + 1;
    for (; k < items.length && k <= i + 20 && tocEntry(items[k]!.line); k++) out[k] = { ...items[k]!, block: 'chrome' };
    if (k > i + 1) out[i] = { ...items[i]!, block: 'chrome' };
  }
  let run: number[] = [];
  for (let i = 0; i <= items.length; i++) {
    const c = items[i];
    // (The line right above a buy button is the product's name, "Lavender Epsom Salts" over "Add to cart".)
    if (c && menuEntry(c) && !overBuyButton(items, i)) {
      run.push(i);
      continue;
    }
    // A link the lines were already read as the site's ("About this item", "Reviews") goes on with the menu.
    if (c && run.length && c.block === 'chrome' && !c.heading && c.line.length <= 40) continue;
    const siteWords = run.filter((k) => CHROME_RE.test(items[k]!.folded) || CART_RE.test(items[k]!.folded)).length;
    // (Fifteen unmarked links in a row are a site's departments, "All Departments" to "Apps & Games",
    // whatever their words: a product's badges and benefits are fewer, or marked as a list.)
    const departments = run.length >= 15 && !run.some((k) => items[k]!.bullet);
    if ((run.length >= 5 && siteWords >= 2) || departments) for (const k of run) out[k] = { ...items[k]!, block: 'chrome' };
    run = [];
  }
  return fillMenuGaps(out);
}

/** Cells or a dot between a name and its price ("… 90 Capsules<TAB>$19.99", "… 60 tableta · 890,00 RSD") read as a dash. */
const asDashed = (line: string) => line.replace(/\t|[ ]{2,}|[ ][·•][ ]/g, ' – ');
const endsWithPrice = (line: string) => {
  const unrated = line.replace(TRAILING_RATING_RE, '');
  return TRAILING_PRICE_RE.test(asDashed(unrated)) || SPACED_PRICE_RE.test(unrated);
};

/** A tile's lines after its price: its unit price, its button, its rating ("$0.05/ea", "Options", "Add", "4.5 (3,410)"). */
const TILE_TAIL_RE =
  /^(?:options|add(?: to cart)?|\(?\d(?:[.,]\d)? ?(?:\(\d[\d,.]*\)|out of 5.*)|.{0,12}\/ ?(?:ea|each|oz|count|ct|lb|kg|100 ?g))$/;

/**
 * "Sponsored" over a tile ("Nature's Bounty Magnesium 500 mg Tablets, 200 Count" / "$9.98" / "Add"), or over
 * tiles each priced on its line ("GNC Magnesium Glycinate 200 mg, 90 Capsules   $19.99"): an advertised
 * product, someone else's, whatever section it stands in.
 */
function markSponsoredTiles(items: Classified[]): Classified[] {
  const out = [...items];
  for (let i = 0; i < items.length; i++) {
    if (!SPONSORED_RE.test(items[i]!.folded.trim())) continue;
    const tile: number[] = [];
    let priced = false;
    for (let j = i + 1; j < items.length && j <= i + 12; j++) {
      const c = items[j]!;
      if (c.heading || SPONSORED_RE.test(c.folded.trim())) break;
      const ownPrice = lonePrice(c);
      // (Or its price inside the line, its button after: "Magnesium Glycinate 60 Tablets – ₹599 अभी खरीदें".)
      const namePriced = !ownPrice && c.line.length <= 160 && (endsWithPrice(c.line) || PRICE_RE.test(c.line));
      // Each line its own priced tile, or the name, its price and what follows a price.
      if (
        namePriced ||
        ownPrice ||
        (priced && TILE_TAIL_RE.test(c.folded.trim())) ||
        (!priced && j <= i + 2 && c.line.length <= 160)
      ) {
        tile.push(j);
        priced ||= ownPrice || namePriced;
        continue;
      }
      break;
    }
    if (!priced) continue;
    for (const k of [i, ...tile]) out[k] = { ...items[k]!, block: 'other' };
  }
  return out;
}

/** A tile's line: a product's name with its amount or pack, and its price after a separator ("… 60 tableta · 890,00 RSD"). */
function pricedTileLine(c: Classified): boolean {
  if (c.heading || c.line.length > 160 || !endsWithPrice(c.line)) return false;
  const name = fold(asDashed(c.line).replace(TRAILING_PRICE_RE, ''));
  // (A name of two words or more besides its pack: "Inhoud<TAB>30 vegan capsules<TAB>€ 9.90" is the page's own offer.)
  // (A word of Chinese, Japanese or Korean is two signs or more: "鈣鎂鋅", "A牌".)
  const words = name.replace(COUNT_RE, ' ').match(/\p{L}{3,}|[\p{L}\d]?[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{1,}/gu) ?? [];
  return words.length >= 2 && (MG_AMOUNT_RE.test(name) || COUNT_RE.test(name) || namesPack(name));
}

/**
 * "Kupci su također kupili" (or a heading the reader does not know) over "Magnezij 375 mg + B6, 30 šumećih tableta ·
 * 6,49 €" / "Magne B6 Forte, 60 tableta · 12,90 €": two lines or more in a row, each a product's name with its
 * amount or pack and its price, are other products' tiles, in any language.
 */
function markPricedTiles(items: Classified[]): Classified[] {
  const out = [...items];
  for (let i = 0; i < items.length;) {
    let j = i;
    while (j < items.length && pricedTileLine(items[j]!)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out[k] = { ...items[k]!, block: 'other' };
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * The name a buy button stands under, maybe past a breadcrumb ("Lavender Epsom Salts" over "Add to cart",
 * "Epsom Salt" / "Home > Bath" / "Add to cart"): the product's, never a menu's link.
 */
function overBuyButton(items: Classified[], k: number): boolean {
  const c = items[k]!;
  const below = items.slice(k + 1, k + 3).find((n) => !breadcrumb(n.line, n.folded));
  return (
    !CART_RE.test(c.folded) && !STOCK_LINE_RE.test(c.folded) && !!below && below.line.length < 40 && CART_RE.test(below.folded)
  );
}

/** A shop's word for "in stock": a button's or a badge's on a short line; in a sentence, "available" in some form. */
const STOCK_WORDS = String.raw`disponible|disponibile|in stock|en stock|auf lager|op voorraad|skladem|na sklade|dostepn[ya]|raktaron|на складе|в наявност[иі]|в наличии|в наличност`;
const STOCK_WORDS_RE = new RegExp(String.raw`(?<![a-z])(?:${STOCK_WORDS})(?![a-zа-яі])`, 'g');
/** A stock line over the button ("Є в наявності в 318 аптеках", "In stock at 12 stores", "Skladem"): no product's name. */
const STOCK_LINE_RE = new RegExp(String.raw`^(?:(?:є|есть|not|nicht|nem|nie|niet|ne) )?(?:${STOCK_WORDS})(?![a-zа-яі])`);

/** A price on a line of its own ("$29.00"), not an empty basket's "$0.00" nor a menu's "Under $10". */
function lonePrice(c: Classified): boolean {
  const m = c.line.trim().length <= 16 ? PRICE_RE.exec(c.line) : null;
  return !!m && /[1-9]/.test(m[0]) && !/\p{L}{2}/u.test(c.line.replace(m[0], ''));
}

/**
 * A few short lines between two of a site's menus are the menus' too ("Women's Clothing, Shoes &
 * Jewelry", "Under $10", "Your Lists"): no amount, no magnesium, no price, no heading of the product's.
 */
function fillMenuGaps(items: Classified[]): Classified[] {
  // (And in a whole page's text, the short lines above its first menu: a banner's offers, a language and a
  // currency, "My Account", a basket's count.)
  const firstMenu = items.findIndex((c) => c.block === 'chrome');
  const header = items.length > LONG_PAGE_LINES && firstMenu > 0 && firstMenu <= 15 ? items.slice(0, firstMenu) : [];
  // (A price among them is a product's: "Calm Sleep by Moon Juice" / "Moon Juice" / "$29.00" over "Add to cart".)
  if (
    !header.some(lonePrice) &&
    header.every(
      (c) =>
        !c.heading && c.block === 'prose' && c.line.length <= 60 && !MAGNESIUM_RE.test(c.folded) && !MG_AMOUNT_RE.test(c.folded),
    )
  )
    for (let k = 0; k < header.length; k++) items[k] = { ...items[k]!, block: 'chrome' };
  const gapLine = (c: Classified) =>
    !lonePrice(c) &&
    !c.heading &&
    (c.block === 'prose' || c.block === 'chrome') &&
    c.line.length <= 80 &&
    !HAS_AMOUNT_RE.test(c.line) &&
    !MAGNESIUM_RE.test(c.folded) &&
    !FORM_STEM_RE.test(c.folded);
  let lastChrome = -1;
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.block !== 'chrome') continue;
    const from = lastChrome + 1;
    const gap = items.slice(from, i);
    if (
      lastChrome >= 0 &&
      gap.length > 0 &&
      gap.length <= 6 &&
      gap.every((c, n) => gapLine(c) && !overBuyButton(items, from + n))
    )
      for (let k = from; k < i; k++) items[k] = { ...items[k]!, block: 'chrome' };
    lastChrome = i;
  }
  return items;
}

/** A brand's key in a shop's details, before its colon: "Brand:", "Marke:", "Marque :". */
const BRAND_KEYS = 'brand|marke|marque|marca|merk';
/** A byline that names the brand: "by Nature's Way", "Marke: MagVital" (the brand, captured). */
const BRAND_LINE_RE = new RegExp(String.raw`^(?:by|${BRAND_KEYS})\s?:?\s(.{2,40})$`);
/**
 * What a shop prints right under a product's name: its brand ("By California Gold Nutrition", "Visit
 * the Valueright Store", "Brand: …") or its rating ("4.6 out of 5 stars", "4.7 | Write a Review").
 */
const BYLINE_RE = new RegExp(
  String.raw`^(?:by [^\d\t]{2,60}$|visit the .{1,60} (?:store|shop)$|(?:${BRAND_KEYS})\s?: |\d(?:[.,]\d{1,2})?(?: \d(?:[.,]\d{1,2})?)? (?:out of|von|sur|de|su|van|z|av|af) 5(?: stars?| sternen| etoiles| estrellas| stelle| sterren| gwiazdek| stjarnor| stjerner)?(?![\d.])|.{0,30}\| ?write a review)`,
);

/**
 * The product's name in a page's whole visible text: the line a shop's brand or rating stands under
 * (or between the two: "Visit the Valueright Store", the name, "4.6 out of 5 stars"), before the
 * product's own text starts. Above it are the shop's menus and skip links, whatever their length.
 */
function nameAboveByline(items: Classified[], slug: Set<string>): Classified | undefined {
  // Skip links and menus ("About this item", "Reviews" at the very top) are chrome, not the product's text.
  const own = items.findIndex(
    (c) => c.heading && c.block !== 'chrome' && c.block !== 'other' && (c.block !== 'prose' || PRODUCT_TEXT_HEAD.test(c.folded)),
  );
  // Before the product's own text, else (a description heading above the name) in the page's top half;
  // a rating below the product's figures is a carousel's or a review's (below).
  const half = Math.max(12, Math.floor(items.length / 2));
  // (Not a sponsored tile's: "Sponsored" / "DreamLeaf Magnesium Glycinate 400mg" / "4.3 out of 5 stars".)
  const sponsoredTile = (i: number) => items.slice(Math.max(0, i - 3), i).some((c) => SPONSORED_RE.test(c.folded.trim()));
  const byline = (limit: number) =>
    items.findIndex(
      (c, i) =>
        i > 0 &&
        i < limit &&
        !c.heading &&
        c.block !== 'other' &&
        BYLINE_RE.test(c.folded) &&
        !sponsoredTile(i) &&
        // (Not a category's filter of brands with their counts: "Marca: Vitasol (12)  Solgar (9)  …".)
        !/\(\d{1,4}\)[ \t]+\S.*\(\d{1,4}\)/.test(c.line),
    );
  const first = own > 0 ? byline(own) : -1;
  const at = first >= 0 ? first : byline(half);
  if (at < 0) return undefined;
  // Between "Visit the … Store" and the rating first, then upwards from the byline.
  const next = items.slice(at + 1, at + 3).findIndex((c) => BYLINE_RE.test(c.folded));
  const candidates = [...(next > 0 ? items.slice(at + 1, at + 1 + next) : []), ...items.slice(Math.max(0, at - 3), at).reverse()];
  // (Not the breadcrumb over it: "Startseite › … › Magnesium-Granulat" / "MagVital 200 Direkt-Granulat" / "Marke: MagVital".)
  const nameLike = (c: Classified) =>
    !c.heading &&
    c.block !== 'chrome' &&
    !BYLINE_RE.test(c.folded) &&
    // (Nor the pack's line with the shop's number for it: "30 St Sticks | PZN 19788412".)
    !PRODUCT_CODE_RE.test(c.folded) &&
    c.line.length >= 10 &&
    c.line.length <= 250 &&
    /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(c.line) &&
    !/^[$€£]|\d[.,]\d{2}$/.test(c.line);
  // (The name naming magnesium over its brand's line: "Verdant Roots Magnesium Citrate 1000 mg …" / "Verdant Roots".)
  const name = candidates.find((c) => nameLike(c) && MAGNESIUM_RE.test(c.folded)) ?? candidates.find(nameLike);
  if (!name) return undefined;
  // A carousel's tile has a name and a rating too: the product's own names magnesium, or the address's words.
  // (A shop's own store link, "Visit the Calm Store", stands under the page's product only; so does a brand's line whose
  // brand starts the name, "Marke: MagVital" under "MagVital 200 Direkt-Granulat Zitrone".)
  const brand = BRAND_LINE_RE.exec(items[at]!.folded.trim())?.[1];
  if (
    !MAGNESIUM_RE.test(name.folded) &&
    wordsOf(name.line).filter((w) => slug.has(w)).length < 2 &&
    !/^visit the /.test(items[at]!.folded) &&
    !(brand && name.folded.startsWith(`${brand} `))
  )
    return undefined;
  // The name and its byline stand above the product's figures: a rating below lines that already
  // give magnesium amounts (other than the name's own echo) is a carousel's or a review's.
  const firstFigure = items.findIndex(
    (c, i) =>
      c.block !== 'chrome' &&
      c.block !== 'other' &&
      MAGNESIUM_RE.test(c.folded) &&
      MG_AMOUNT_RE.test(c.folded) &&
      !c.line.includes(name.line) &&
      !sponsoredTile(i),
  );
  return firstFigure >= 0 && firstFigure < at - 3 ? undefined : name;
}

/**
 * A sentence that introduces an example label ("For example, a label might say:", "Zum Beispiel:", "A
 * typical label may read:"); not a bracket inside a heading ("Nutrition information (for example, per
 * 2 capsules):") or an old bottle's wording.
 */
const EXAMPLE_INTRO_RE =
  /(?:^(?:for example|for instance|e\.g\.|zum beispiel|z\. ?b\.|par exemple|por ejemplo|por exemplo|ad esempio|per esempio|bijvoorbeeld|na przyklad|till exempel|for eksempel)(?![a-z])|(?<![a-z])(?:label|etikett|etiquette|etichetta|etiket|etiqueta)s? (?:might|may|could|would) (?:say|read|look like|show))[^.!?]{0,80}:\s*$/;

/** "Example label", "Exemple d'étiquette", "Beispieletikett": a heading over an example's text. */
const EXAMPLE_HEAD_RE =
  /^(?:(?:an? )?example (?:of a )?(?:label|supplement facts)|exemple d'etiquette|exemple de (?:liste|composition)|beispiel(?:etikett| eines etiketts)|ejemplo de etiqueta|esempio di etichetta|voorbeeld(?:etiket| van een etiket))\s?:?$/;

/** A package leaflet's numbered sections, asked as questions ("What … is used for?", "How to take …?"). */
const LEAFLET_QUESTION_RE =
  /(?<![a-z])(?:used for|before (?:you|taking)|how (?:to|should you|do i) (?:take|use|store)|side effects|wofur wird|einzunehmen|beachten|anzuwenden|aufzubewahren|nebenwirkungen|avant de prendre|comment prendre|comment conserver|effets indesirables|antes de tomar|como tomar|como conservar|efectos adversos|prima di prendere|come prendere|come conservare|effetti indesiderati|ne icin kullan[iı]l[iı]r|kullanmadan once|nas[iı]l kullan[iı]l[iı]r|yan etkiler|saklanmas[iı])(?![a-z])/;
/** The sections only a leaflet asks: before taking, how to take, how to store. */
const LEAFLET_ONLY_RE =
  /(?<![a-z])(?:before (?:you|taking)|how (?:to|should you) (?:take|store)|einzunehmen|beachten|aufzubewahren|avant de prendre|comment prendre|comment conserver|antes de tomar|como tomar|como conservar|prima di prendere|come prendere|come conservare|kullanmadan once|nas[iı]l kullan[iı]l[iı]r|saklanmas[iı])(?![a-z])/;
/** "1. What is X used for?", "2. … before you take …?", "3. How to take X?": most of them a leaflet's sections. */
function leafletQuestions(questions: Classified[]): boolean {
  const sections = questions.filter((c) => LEAFLET_QUESTION_RE.test(c.folded));
  return sections.length * 2 > questions.length && sections.some((c) => LEAFLET_ONLY_RE.test(c.folded));
}
/** A dateline among the top lines of a text, above any star rating (a review's byline and date are a shopper's). */
function datelineAbove(top: Classified[]): boolean {
  const ratingAt = top.findIndex((c, i) => i > 0 && RATING_LINE_RE.test(c.folded));
  return (
    top
      .slice(0, ratingAt < 0 ? top.length : ratingAt)
      .some(
        (c) =>
          (c.line.length <= 100 && DATELINE_RE.test(c.folded.trim())) ||
          (c.line.length <= 200 && HEALTH_BYLINE_RE.test(c.folded.trim())),
      ) || NEWS_DATETIME_RE.test(top[1]?.folded.trim() ?? '')
  );
}
/**
 * "Blogg" on a line of its own and "Naturity · 2. juni 2023" near the top: a blog's post under its author's name
 * and date. (A name and a date alone are as often a review's, "Anna K. · 3. März 2024".)
 */
function blogNameDate(top: Classified[]): boolean {
  return (
    top.some((c) => /^\p{L}+$/u.test(c.folded.trim()) && BLOG_SECTION_RE.test(c.folded.trim())) &&
    top.some((c) => NAME_DATE_LINE_RE.test(c.folded.trim()))
  );
}
/** "News&Information", "Pressemitteilungen", "お知らせ": a site's news section, named on a short line of its own. */
const NEWS_SECTION_RE =
  /^(?:news|press|press releases?|newsroom|aktuelles|neuigkeiten|pressemitteilungen?|actualites|communiques?|noticias|notizie|nieuws|nyheter|nyheder|uutiset|aktualnosci|novinky|новости|お知らせ|ニュース|新闻|新聞|最新消息|뉴스|공지사항)(?![a-z])/;
/** A date alone on its line: "2015-10-21", "21.10.2015", "2015年10月21日". */
const BARE_DATE_RE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}年\d{1,2}月\d{1,2}日)$/;
/**
 * A news section's heading and a post's date alone on a line near the top: a site's news item. So is a trail whose last
 * crumb is the date, under the news section ("Aktuelles > 04.08.2025").
 */
function newsDate(top: Classified[]): boolean {
  return (
    // ("来源：世界生物 发布时间：2025-06-18 阅读：3862": a Chinese post's source, date of publishing and count of reads.)
    top.some((c) => c.line.length <= 120 && CJK_PUBLISHED_RE.test(c.line)) ||
    (top.some((c) => c.line.length <= 30 && NEWS_SECTION_RE.test(c.folded.trim())) &&
      top.some((c) => BARE_DATE_RE.test(c.folded.trim()))) ||
    top.some((c) => {
      const crumbs = c.folded.trim().split(/\s[>›»/]\s/);
      return (
        c.line.length <= 100 &&
        crumbs.length >= 2 &&
        BARE_DATE_RE.test(crumbs.at(-1)!) &&
        crumbs.slice(0, -1).some((crumb) => NEWS_SECTION_RE.test(crumb))
      );
    })
  );
}
/** "发布时间：2025-06-18", "發佈時間: 2025/06/18": a post's date of publishing, in Chinese. */
const CJK_PUBLISHED_RE = /(?:发布|發佈|发表|發表)(?:时间|時間|日期)[ ]?[:：][ ]?\d{4}[-/.年]\d{1,2}/;
/** A star rating or a count of reviews: what follows is the shoppers' (their bylines and dates). */
const RATING_LINE_RE =
  /★|\d(?:[.,]\d)?\s?(?:out of 5|\/\s?5|stars?|sterne|etoiles|estrellas|stelle|sterren)(?![a-z])|\(\d[\d,.]*\s(?:reviews?|ratings?|avis|bewertungen|rezensionen|resenas|recensioni|beoordelingen|opinii|opinie)\)|^\d[\d,.]*\s(?:reviews?|ratings?|avis|bewertungen|rezensionen|resenas|recensioni|beoordelingen|opinii|opinie)$/;

/** A key row folded, its tab after the key written as a colon ("Generic<TAB>Magnesium Oxide" → "generic: …"). */
const keyed = (line: string): string => fold(line.replace(/^([^\t:]{2,40})\t/, '$1: ')).trim();

/**
 * A drug database's key opening the line ("ATC: …", "Principio activo<TAB>…", "ActiveIngredients<TAB>…"),
 * of the one kind `re` names, else of any.
 */
function recordKey(line: string, re?: RegExp): boolean {
  const k = keyed(line);
  return re ? re.test(k) : RECORD_KEYS_RE.some((r) => r.test(k));
}

/** A key row's value: what follows the key's colon or tab. */
const keyValue = (line: string): string => line.replace(/^[^:\t]{2,60}[:\t]\s*/, '');

/** One salt of magnesium named alone, and nothing else active: "Magnesii orotas", "MAGNESIUM OXIDE". */
function oneSalt(text: string): boolean {
  return (
    formsNearMagnesium(text).length === 1 &&
    mentionsMagnesiumNutrient(text) &&
    !/(?<![a-z])(?:calci\w*|kali\w*|potass\w*|zinc\w*|zink\w*|vitamin\w*|pyridox\w*|ferr\w*|[+,;&])/.test(fold(text))
  );
}

/**
 * A drug database's record of one medicine: a row keyed as its strength, with one amount ("Zāļu
 * stiprums/koncentrācija<TAB>500 mg"), and its active substance, one salt of magnesium, keyed or on a line
 * of its own ("Toimeained: magneesiumtsitraat", "Magnesii orotas"): the salt's weight in one unit, written
 * as the label row it stands for, under the unit its dosage form names ("1 tablet contains:").
 */
function recordStrength(items: Classified[], title: string | undefined): string | undefined {
  const top = items.slice(0, 40).filter((c) => c.block !== 'other' && c.line.length <= 120);
  const strengthRow = top.find((c) => STRENGTH_KEY_RE.test(keyed(c.line)));
  if (!strengthRow) return undefined;
  // ("316 mg/280 mg": two substances' strengths; "1830mg 20TK": the pack's count is no amount.)
  const amounts = findAmounts(keyValue(strengthRow.line)).filter((a) => a.unit === 'mg' || a.unit === 'g');
  if (amounts.length !== 1) return undefined;
  const active = top.find((c) => ACTIVE_KEY_RE.test(keyed(c.line)));
  const salt = active
    ? keyValue(active.line)
    : top.find((c) => c.line.length <= 40 && !/\d/.test(c.line) && oneSalt(c.line))?.line;
  if (!salt || !oneSalt(salt)) return undefined;
  const form = top.find((c) => recordKey(c.line, DOSAGE_FORM_KEY_RE));
  const unit = [form ? keyValue(form.line) : '', title ?? '']
    .flatMap((t) => fold(t).split(/[^a-z]+/))
    .map(unitKind)
    .find((k) => k === 'tablet' || k === 'capsule' || k === 'packet' || k === 'ampoule');
  const row = `${cleanText(salt)}\t${amounts[0]!.raw}`;
  return unit ? `1 ${unit === 'packet' ? 'sachet' : unit} contains:\n${row}` : row;
}

/** A record's price row: its key, then only a number. */
const PRICE_KEY_RE = /^(?:price|precio|preco|preço|preis|prix|prezzo|prijs|cena|fiyat|pris|ár)\t\d[\d.,]*$/i;

/** More lines than any product's own text: a whole page's text, menus and footers included. */
const LONG_PAGE_LINES = 120;

/**
 * The product's name: the page's h1; else the line a shop's byline stands under; else a line near the
 * top that names the product; in a whole page's text, the line with the address's words or the first
 * that names magnesium. `located`: where that line stands, the product's own text starts.
 */
/** "… 1 tabl. zawiera:", "Each tablet contains:": a unit's contents follow the colon (folded). */
// ("Orotmag 500 tablet: Each tablet contains Magnesium Orotate Dihydrate BP 500 mg.": or after a colon, what one unit contains.)
const CONTENTS_COLON_RE =
  /(?<![a-z])(?:zawiera|contains?|enthalt|contient|contiene|contem|bevat|obsahuje|sadrzi|tartalmaz|inneholder|innehaller|indeholder)[ ]?:|:[ ]{0,2}(?:each|every|one|cada|chaque|jede[rs]?|ogni|elke)[ ][a-z]{3,14}[ ](?:contains?|enthalt|contient|contiene|contem|bevat)(?![a-z])/;

function pickTitle(
  items: Classified[],
  given: string | undefined,
  path = '',
  host = '',
): { title?: string; located: boolean; guessed?: boolean } {
  const g = cleanText(given);
  // The page's h1 (the one-off reader's copy): where its line stands, the product's text starts.
  if (g) return { title: capText(g, 300), located: items.some((c) => echoesTitle(c.line, g)) };
  const slug = new Set(wordsOf(path));
  const slugFigures = new Set(path.match(/\d+/g) ?? []);
  const above = nameAboveByline(items, slug);
  if (above) return { title: capText(above.line.replace(/\t/g, ' '), 300), located: true };
  // The top of the page's own text: a carousel above it ("Customers also viewed") is someone else's
  // names, a site's menu is its categories.
  const own = items.filter((c) => c.block !== 'other' && c.block !== 'chrome');
  const top = own.slice(0, 8).filter((c) => !c.heading && c.block === 'prose' && c.line.length >= 4 && nameLength(c, 200));
  const plausible = top.filter(
    (c) =>
      !/^[$€£]|\d+[.,]\d{2}\s?(?:€|\$|£)?$/.test(c.line) &&
      !(c.line.includes('\t') && CHROME_RE.test(c.folded)) &&
      // Breadcrumbs: "Home / Minerals / Magnesium", "Shop › Magnesium" (a name may hold a slash or a bar,
      // never a chevron: "Natural Medicines › Commercial Products" is one). A marketplace's name runs on in
      // parts between bars, its first with its amount: "… Bisglicinato de Magnesio en Polvo 1000 mg | 300 g | …".
      ((c.line.match(/\s[/>›»|]\s/g) ?? []).length < 2 || barredName(c.line)) &&
      !/\s[›»]\s/.test(c.line) &&
      // A detail's label and value ("Principio attivo:Magnesio Pidolato", "Nome:Mag 2 …"), not a heading.
      !KEY_VALUE_RE.test(c.line) &&
      // (Nor a drug database's key: "ATC: Magnesio cloruro (A12CC01)", "Laboratorio: Novartis"; nor its value on the line
      // under its key, "מרכיב פעיל:" / "MAGNESIUM CITRATE ANHYDROUS".)
      !recordKey(c.line) &&
      !(/^[^\d:]{2,40}:$/.test(items[items.indexOf(c) - 1]?.line.trim() ?? '') && !MG_AMOUNT_RE.test(c.folded)) &&
      !PANEL_TOP_RE.test(c.folded) &&
      // A link back or onward ("← See all Magnesium Oxide brands").
      !/^[←→«»‹›<>]/.test(c.line) &&
      // A marketplace's shop and its rating ("镁悦旗舰店 店铺星级 ★★★★★"): the seller, not the product.
      !CJK_SHOP_LINE_RE.test(c.line) &&
      // The shop's own name, as its address spells it ("KaynakMarket" on kaynakmarket.com.tr), or the address itself
      // ("magnesio.blog").
      !namesTheSite(c.line, host) &&
      // ("Инструкция-по-применению.ру": a Cyrillic address too.)
      !/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,12}|[а-яё]{2,6})$/iu.test(c.line.trim()) &&
      // ("info@natugena.de" in the header's contact strip: an address to write to.)
      !/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(c.line.trim()) &&
      // A search box's prompt ("Szukaj produktu, np. magnez", "Search products, e.g. magnesium"), or the box with its
      // words and its button ("[ 鎂 ] 搜尋", "すべてのカテゴリ ▼ [ クエン酸マグネシウム ] 🔍").
      !SEARCH_BOX_RE.test(c.folded) &&
      !SEARCH_FIELD_RE.test(c.line) &&
      !SEARCH_FIELD_RE.test(c.folded) &&
      // ("\"magnezyum\" için 27 ürün bulundu", "Sort by: Relevance": a search page's count and controls.)
      !CATEGORY_CONTROLS_RE.test(c.folded),
  );
  // Navigation bars come through as tab-separated menus: a title is one run of words.
  const single = plausible.filter((c) => !c.line.includes('\t'));
  // The name stands above the page's buy button; a line naming magnesium below it is the
  // product's text ("1 Hartkapsel enthält … Magnesium", "magnesium lactate 470 mg"), not its name.
  const buyAt = own.slice(0, 8).findIndex((c) => c.line.length < 40 && CART_RE.test(c.folded));
  const aboveBuy = (c: Classified) => buyAt < 0 || own.indexOf(c) < buyAt;
  // Below a header, the first buy button after it.
  const buyAfter = own.slice(8, 24).findIndex((c) => c.line.length < 40 && CART_RE.test(c.folded));
  const aboveBuyLine = (c: Classified) => buyAfter < 0 || own.indexOf(c) < buyAfter + 8;
  // A line that opens with an amount ("+ 117 mg of magnesium from …") states a dose; it names nothing.
  const named = single.find(
    (c) =>
      NAMES_MAGNESIUM_RE.test(c.folded) &&
      // (A marketplace's long name in parts counts: "Citrato de Magnesio 1400 mg – 180 Cápsulas – … – NutriOlivo".)
      (c.line.length <= 160 || (nameLength(c, 160) && /\s[-–|]\s/.test(c.line))) &&
      aboveBuy(c) &&
      // ("- Supradyn Magnesio e Potassio." among a line's products, under the heading "Supradyn": an item of
      // a list, not the page's name; where every line is marked, the marks say nothing.)
      !(c.bullet && single.some((d) => !d.bullet && own.indexOf(d) < own.indexOf(c))) &&
      !OPENS_WITH_AMOUNT_RE.test(c.line) &&
      // "Calcical FM tablet contains calcium carbonate, magnesium, zinc and vitamin D3, …": a sentence names no product;
      // nor does a key and its amount ("Total mängd magnesium per tuggtablett: 120 mg (5 mmol).").
      !(c.line.length > 80 && /[.!]$/.test(c.line.trim()) && !PACK_ABBREVIATION_END_RE.test(c.folded.trim())) &&
      !/\D:[ ]{0,2}\d[\d.,]*[ ]?mg(?![a-z])/.test(c.folded) &&
      // (Nor a record's active substance: "Действующее вещество (МНН): магния оротат".)
      !/^(?:де[йи]ствующее вещество|діюча речовина|мнн)[^:]{0,12}:/.test(c.folded) &&
      // ("SUBSTANCJA 1 tabl. zawiera: 0,25 g asparaginianu magnezowego …": a unit's contents after their colon.)
      !CONTENTS_COLON_RE.test(c.folded),
  );
  // A whole page's text, its menus not recognised as such: the first line further down that names
  // the product (magnesium, a line of its own, no sentence, no dose) before the product's sections.
  const firstSection = items.findIndex((c) => c.heading && c.block !== 'chrome' && c.block !== 'other' && c.block !== 'prose');
  const beforeSections = new Set(firstSection < 0 ? items : items.slice(0, firstSection));
  const nameLike = (c: Classified) => beforeSections.has(c) && nameShaped(c);
  const nameShaped = (c: Classified) =>
    !c.heading &&
    !c.bullet &&
    c.block === 'prose' &&
    c.line.length >= 10 &&
    c.line.length <= 160 &&
    !c.line.includes('\t') &&
    !OPENS_WITH_AMOUNT_RE.test(c.line) &&
    // (A pack's short word keeps its dot: "Nordvita Tripla Magnesium 120 kaps.", "… 60 tabl.", "… 30 Stk.".)
    (!/[.!?:]$/.test(c.line.trim()) || PACK_ABBREVIATION_END_RE.test(c.folded.trim())) &&
    !KEY_VALUE_RE.test(c.line);
  // The address's words ("/mag-2-os-grat-20bust-2-25g.html") name the product: a line with three of
  // them (two may be a category's, "/health-personal-care/" and the menu's "Beauty & Personal Care").
  // A shop's header of short links ("Skip to Main Content", "Cancel", "Reorder", "Sign In") fills the
  // first lines: the name naming magnesium stands a little further down.
  const headerOnly =
    !named &&
    single.length > 0 &&
    single.every(
      (c) =>
        c.line.length < 40 &&
        ((!/\d/.test(c.line) && c.line.trim().split(/\s+/).length <= 4) || CHROME_RE.test(c.folded) || CART_RE.test(c.folded)),
    );
  const belowHeader = headerOnly
    ? own.slice(8, 24).find((c) => nameLike(c) && MAGNESIUM_RE.test(c.folded) && aboveBuyLine(c))
    : undefined;
  if (belowHeader) return { title: capText(belowHeader.line, 300), located: false };
  const long = !named && items.length > LONG_PAGE_LINES;
  // (Or two, where the line has no other: "Magnetrans Forte 150mg" on "/magnetrans-forte-150mg/fachinformation". A site's
  // menu whose links read as sections, "Wirkstoffe", "Packungsbeilagen", may stand above it: a line near the top that
  // names the address's words is the name all the same.)
  const slugNamed = (c: Classified) => {
    const words = wordsOf(c.line);
    const inSlug = words.filter((w) => slug.has(w)).length;
    // (Its figures the address's too: not "Magnevit 121,5 mg Brausetabletten" on "/magnevit-243-mg-brausetabletten-40-st".)
    const figures = c.line.match(/\d+/g) ?? [];
    return (
      !namesTheSite(c.line, host) &&
      (inSlug >= 3 ||
        (inSlug >= 2 &&
          inSlug === words.length &&
          (titleHasAmount(c.line) || namesPack(c.line)) &&
          figures.every((n) => slugFigures.has(n))))
    );
  };
  const bySlug = named ? undefined : own.find((c) => (nameLike(c) || (items.indexOf(c) < 40 && nameShaped(c))) && slugNamed(c));
  if (bySlug) return { title: capText(bySlug.line, 300), located: true };
  const laterNamed = long ? own.find((c) => nameLike(c) && MAGNESIUM_RE.test(c.folded)) : undefined;
  if (laterNamed) return { title: capText(laterNamed.line, 300), located: true, guessed: true };
  // ("МАГНЕЗИЯ ЛАБ — български натурални продукти", the shop's name and tagline, over its menus and
  // "Начало › Магнезиеви гелове › Магнезиев гел за мускули и стави" / "Магнезиев гел за мускули и стави с арника …, 200 ml":
  // the line that goes on from the breadcrumb's last link, below it, names the product.)
  const crumbNamed = named
    ? own.slice(0, 40).find((c) => {
        const at = items.indexOf(c);
        return at > items.indexOf(named) + 1 && !c.heading && nameUnderCrumb(items[at - 1]?.line ?? '', c.line);
      })
    : undefined;
  const underCrumb = (c: Classified) => {
    const at = items.indexOf(c);
    const crumb = items[at - 1]?.line ?? '';
    return (
      (crumbEndsWith(crumb, c.line) &&
        (titleHasAmount(c.line) || namesPack(c.line) || flat(lastCrumb(crumb)) !== flat(c.line))) ||
      nameUnderCrumb(crumb, c.line) ||
      // (Or right over its price: "Home > Health & Beauty > … > Sports Nutrition" / "Tesco Hydration Electrolyte
      // Effervescent Tablets Tropical 20s" / "£3.50".)
      ((namesPack(c.line) ||
        titleHasAmount(c.line) ||
        PACK_SIZE_RE.test(c.folded) ||
        (pricedLine(items[at + 1]?.line ?? '') && !crumbEndsWith(crumb, c.line))) &&
        deepCrumb(crumb, items[at - 2]?.line ?? ''))
    );
  };
  // ("Package leaflet: Information for the user" / "Magaspar 243 mg powder for oral solution" / "magnesium aspartate dihydrate":
  // a leaflet names the medicine with its strength under its heading, then its substance, which names magnesium.)
  const leafletAt = own.slice(0, 6).findIndex((c) => c.line.length <= 80 && LEAFLET_RE.test(c.folded));
  const leafletName = leafletAt >= 0 ? own[leafletAt + 1] : undefined;
  const leafletNamed =
    named && leafletName && own[leafletAt + 2] === named && nameShaped(leafletName) && titleHasAmount(leafletName.line)
      ? leafletName
      : undefined;
  const pick =
    leafletNamed ??
    crumbNamed ??
    named ??
    // "Magnesium Orotate 775 mg x 100 tablets\tPrint this page": a cell of several words naming magnesium
    // (a breadcrumb's last cell, "Magnesio", is one word).
    plausible.find(
      (c) =>
        c.line.length <= 160 &&
        c.line.includes('\t') &&
        aboveBuy(c) &&
        // A detail's value told in sentences ("栄養機能<TAB>カルシウムは, …です. マグネシウムは, …") or
        // figures ("カルシウム:42% マグネシウム:60%") is no name.
        c.line
          .split('\t')
          .some((cell) => /\s/.test(cell) && MAGNESIUM_RE.test(fold(cell)) && !/[.!?]\s+\S|[%:]/.test(cell.trim())) &&
        // A facts row ("Magnesium Taurate<TAB>1720mg<TAB>-") has a cell that is only an amount, a tile's row
        // ("Bestseller<TAB>4,9<TAB>Magne B6 Forte 180tabl.<TAB>od51,39zł") one that is its price.
        !c.line.split('\t').some((cell) => AMOUNT_CELL_RE.test(cell.trim()) || (cell.trim().length <= 40 && PRICE_RE.test(cell))),
    ) ??
    // "ENCOMENDE ATÉ ÀS 20H" / "Início > SAÚDE > MAGNORAL 1028,4MG/10ML 20 AMP" / "MAGNORAL 1028,4MG/10ML 20 AMP":
    // the line a breadcrumb ends with, right under it, is the page's name. (Elsewhere a breadcrumb stands
    // under the name as often as above it: "Pure Electrolytes" / "Accueil > Endurance > Pure Electrolytes".)
    // (It names the product by its amount or pack: a category's or a brand's name, "Stress & Sommeil", "STADA", may
    // head its own page under a product's name.)
    // ("Home / Farmaci da banco / Vitamine e sali minerali / Magnesio" over "MAG 2 2,25 g polvere … – 20 bustine": a name
    // that counts its pack or gives its size ("アルピーヌ 硬水ミネラルウォーター 1500ml×12本"), right under a breadcrumb of three links
    // or more, is the page's name, whatever its words.)
    single.find(underCrumb) ??
    // (Further down, under a grocer's long menu of aisles: "Плодове и зеленчуци" / … / "Начало › … › Семена" / "Био тиквено
    // семе белено, сурово 200 g".)
    own.slice(8, 40).find((c) => nameShaped(c) && !chromeForTitle(c) && underCrumb(c)) ??
    // ("Little Lantern" / "Little Lantern Kids Calm Magnesium Gummies, …, 60 Count": a brand's link over the name it starts,
    // the name giving its amount or pack, as Walmart and Target print it under their menus.)
    own
      .slice(0, 40)
      .find(
        (c) =>
          nameShaped(c) &&
          (titleHasAmount(c.line) || namesPack(c.line)) &&
          brandOver(items[items.indexOf(c) - 1]?.line ?? '', c.line),
      ) ??
    // "Mg-Lax Gentle Stool Softener" right over "Add to cart": the name a buy button stands under.
    own
      .slice(0, 40)
      .find((c) => nameLike(c) && titleLike(c) && !PRICE_RE.test(c.line) && overBuyButton(items, items.indexOf(c))) ??
    single.find(titleLike) ??
    plausible.find((c) => !CART_RE.test(c.folded) && !CHROME_RE.test(c.folded)) ??
    plausible.find((c) => !CART_RE.test(c.folded));
  // ("Artikelsuche" / "Datensicherheit" / "Zahlungsarten" over "Magnesium AL 300 mg Brausetabletten" / "Abbildung ähnlich" /
  // "Magnesium AL 300 mg Brausetabletten": a shop's side boxes above the name, which the page prints twice, by its
  // picture and as its heading.)
  const twice =
    pick && !MAGNESIUM_RE.test(pick.folded)
      ? own
          .slice(0, 30)
          .find(
            (c, k, top) =>
              nameLike(c) &&
              MAGNESIUM_RE.test(c.folded) &&
              (titleHasAmount(c.line) || namesPack(c.line)) &&
              top.some((d, j) => j > k && d.line.trim() === c.line.trim()),
          )
      : undefined;
  if (twice) return { title: capText(twice.line.replace(/\t/g, ' '), 300), located: true };
  if (!pick) return { located: false };
  // Below a whole page's menus (most of the lines above it are the site's), the name starts the product's text.
  const at = items.indexOf(pick);
  const belowMenus =
    items.length > LONG_PAGE_LINES && at > 0 && items.slice(0, at).filter((c) => c.block === 'chrome').length >= at * 0.8;
  return { title: capText(pick.line.replace(/\t/g, ' '), 300), located: belowMenus };
}

/** A product's name after a shop's tag: three words or more, no key's colon or list, a pack's count or size. */
function taggedName(rest: string): boolean {
  return (
    rest.trim().split(/\s+/).length >= 3 &&
    !/[:：,]/.test(rest) &&
    (namesPack(rest) || /\d(?:[.,]\d{1,3})?[ ]?(?:ml|l|g|kg)(?![a-z])/i.test(rest))
  );
}

/** A brand's line over the name it starts: "Little Lantern" over "Little Lantern Kids Calm Magnesium Gummies, 60 Count". */
function brandOver(line: string, name: string): boolean {
  const brand = flat(line);
  return brand.length >= 3 && brand.length <= 40 && !/\d/.test(brand) && flat(name).startsWith(`${brand} `);
}

/** A pack's size in a name: "1500ml×12本", "Mandeln 500 g", "2 L". */
const PACK_SIZE_RE = /\d(?:[.,]\d{1,3})?[ ]?(?:ml|l|g|kg)(?![a-z])/;

/** A short line that is one of the address's names, letters only ("KaynakMarket", "Shop-Zonia", "Ruokatori.fi"). */
/**
 * A Chinese marketplace's shop line: "… 旗舰店" (flagship store) and the like, or its "店铺星级" (shop rating); a
 * shop's points for the purchase, "WAONポイント 25ポイント", "적립 120포인트".
 */
const CJK_SHOP_LINE_RE =
  /(?:旗舰店|旗艦店|专营店|專營店|专卖店|專賣店|官方店|自营店)(?=[:：\s]|$)|店铺(?:星级|评分)|店鋪(?:星級|評分)|\d[\d,]*[ ]?(?:ポイント|포인트)/u;

/**
 * The prompt in a shop's search box, in the languages the reader knows; or what it searches, listed ("Sök läkemedel,
 * substans, företag"), or the medicines it finds, alone ("Sök läkemedel", "Search medicines").
 */
const SEARCH_BOX_RE =
  /^(?:search|szukaj|wyszukaj|suche|suchen|rechercher|recherche|buscar|busca|pesquisar|cerca|zoeken|zoek|hledat|vyhledat|hladat|kereses|keress|s[oø]k|s[oø]g|hae|cauta|leita|поиск|на[йи]ти|пошук|искане)(?![a-zа-яі])[^\n]{0,30}?(?:e\.g\.|np\.|z\.b\.|p\. ?ex\.|ej\.|bijv\.|napr\.|t\.ex\.|например|напр\.|\.\.\.|…|produ[ck]t\w*|artikel\w*|articles?|var(?:er|or|e)[ ]*$|vorum[ ]*$|tuotteita|tuotteet|(?:lakemedel|l[ae]egemidl|laakke|medicine|medikament|arzneimittel|lek|medicament|geneesmiddel|liek|gyogyszer)[a-z]{0,4}[ ]*$|(?:лекарств|препарат|товар|ліків|лік)[а-яі]{0,4}[ ]*$|[a-z]{3,20}(?:,[ ][a-z]{3,20}){1,4}[ ]*$)/;

/**
 * A search field copied with its typed words in brackets and its button: "[ 鎂 ] 搜尋", "[ にがり 豆腐用 ] 🔍", or its label
 * before them, "搜尋產品 [ 鎂 ]"; or its
 * prompt and the query after it: "ค้นหาใน Lazada: แมกนีเซียม", "Search Amazon: magnesium", "Ürün, marka veya kategori ara: magnezyum".
 */
const SEARCH_FIELD_RE =
  /\[[^\]]{1,40}\][ ]*(?:🔍|搜尋|搜索|検索|검색|search|suchen|rechercher|buscar|cerca|szukaj|بحث|جستجو)[ ]*$|^(?:(?:search|suche|rechercher|buscar|busca|pesquisar|cerca|szukaj|hledat|vyhledat|hladat|zoek(?:en)?|s[oø]k|s[oø]g|hae|otsi|meklet|ieskoti|keres(?:es)?|cauta|trazi|pretraga|pretrazi|isci|iskanje|cari|tim kiem|поиск|на[йи]ти|пошук|търси|αναζητηση)(?![\p{L}])|ค้นหา|खोजें|搜索|搜尋|検索|검색)[^:：\t]{0,30}[:：]|^(?:搜索|搜尋|検索|검색)[ ][^\t]{1,30}$|^(?:搜索|搜尋|検索|검색)[^\t[]{0,12}\[[^\]]{1,40}\][ ]*$|^[^:：\t]{0,40}(?<![\p{L}])ara[ ]?[:：]/iu;

/** A shop in the words of its tagline ("Ihre Online-Apotheke", "your online pharmacy", "tienda online"). */
const SHOP_WORD_RE =
  /(?:shop|store|apotheke?|apotek|apteek|aptiek|vaistin|pharmac|farmac|apteka|lekarn|gyogyszertar|drogerie|boutique|tienda|negozio|winkel|webshop)/;

function namesTheSite(line: string, host: string): boolean {
  // ("meineapotheke.at – Ihre Online-Apotheke aus Österreich": the site's name, then a tagline that says it is a shop.)
  const tagline = line.length > 40 ? /^(.{4,40}?)\s[–—|:-]\s(.*)$/.exec(line) : null;
  if (tagline && SHOP_WORD_RE.test(fold(tagline[2]!))) line = tagline[1]!;
  if (line.length > 40 || !host) return false;
  const letters = fold(line).replace(/[^\p{L}\p{N}]/gu, '');
  // (With its ending too: "Ruokatori.fi" on www.ruokatori.fi.)
  const labels = host.split('.').map((label) => label.replace(/-/g, ''));
  return labels.some(
    (label, i) => label.length >= 4 && label !== 'www' && (label === letters || labels.slice(i).join('') === letters),
  );
}

/** "Brand Magnesium Glycinate Powder 1000 mg | 300 g | Vegan": parts between bars only, the first a name with its amount. */
function barredName(line: string): boolean {
  const parts = line.split(/\s\|\s/);
  return !/\s[/>›»]\s/.test(line) && parts[0]!.split(/\s+/).length >= 3 && MG_AMOUNT_RE.test(fold(parts[0]!));
}

/** "Início > SAÚDE > MAGNORAL 20 AMP" ends with "MAGNORAL 20 AMP". */
const flat = (text: string) => fold(text).replace(/\s+/g, ' ').trim();
function crumbEndsWith(crumb: string, line: string): boolean {
  if (!breadcrumb(crumb) || !/\p{L}{3}/u.test(line)) return false;
  if (flat(lastCrumb(crumb)) === flat(line)) return true;
  // ("… > CitraFleet prášek pro perorální roztok v sáčku 2 ks" over "CITRAFLEET prášek pro perorální roztok v sáčku, 2 sáčky":
  // the last link's words, most of them, said again with the pack spelt out.)
  const last = wordsOf(lastCrumb(crumb));
  const shared = last.filter((w) => wordsOf(line).includes(w)).length;
  return last.length >= 4 && shared >= 0.75 * last.length && line.length <= 160 && !/^[^:]{2,40}:[ ]/.test(line);
}
/** A breadcrumb's links: "Home / Vitamins / Vitamin D3 + K2" is three. */
const crumbLinks = (crumb: string): string[] => crumb.split(/\s[>›»/＞]\s/);
const lastCrumb = (crumb: string) => crumbLinks(crumb).at(-1)!;
/**
 * A breadcrumb of three links or more ("Home / Farmaci da banco / … / Magnesio"), not closing on the name above it
 * ("Kaliumcitrat - Dr. Clark" over "Forside > Mineraler > Kaliumcitrat": the name stands above its crumb).
 */
// (A search box over the breadcrumb may hold its last link's words, "搜尋:葉黃素" over "保健 > 眼睛保健 > 葉黃素": no name.)
const deepCrumb = (crumb: string, above: string): boolean =>
  breadcrumb(crumb) &&
  crumbLinks(crumb).length >= 3 &&
  (!flat(above).includes(flat(lastCrumb(crumb))) || SEARCH_FIELD_RE.test(above) || SEARCH_FIELD_RE.test(fold(above)));
/** "Home / Vitamins / Vitamin D3 + K2" over "Vitamin D3 + K2 (MK-7)": a name that goes on from the breadcrumb's last link. */
function nameUnderCrumb(crumb: string, line: string): boolean {
  const last = flat(lastCrumb(crumb));
  return breadcrumb(crumb) && last.split(' ').length >= 2 && flat(line).startsWith(last + ' ') && line.length <= 160;
}

/**
 * A line no longer than a name: `most` characters, or up to 300 where it ends no sentence (a marketplace's
 * name: "… Roll-On - Alivio … | 99.9% de grado farmacéutico … | Fabricado en los Estados Unidos").
 */
const nameLength = (c: Classified, most: number): boolean =>
  c.line.length <= most ||
  (c.line.length <= 300 &&
    // No sentence in it, no end of a paragraph's ("… any time of day*", "（当社比）", "…"), and a marketplace's
    // parts: dashes or bars between them, a pack or an amount.
    !/[.!?:;。](?:\s|$)|[*)）…"'”»]$/.test(c.line.trim()) &&
    (/\s[-–|]\s/.test(c.line) || titleHasAmount(c.line) || namesPack(c.line)));

/** A pack's count with its unit's short word and dot, ending a name: "120 kaps.", "60 tabl.", "30 Stk.", "10 шт.". */
const PACK_ABBREVIATION_END_RE = /\d[ ]?(?:kaps|caps|tabl|tbl|tabs|stk|st|szt|tk|kpl|ks|db|kom|gab|sz|шт|таб|капс)\.$/;

/** A line that may be the page's name: no buy button, no site's line, no saving, no specification. */
const titleLike = (c: Classified): boolean =>
  !CART_RE.test(c.folded) &&
  !chromeForTitle(c) &&
  !SAVING_RE.test(c.folded) &&
  !SPEC_LINE_RE.test(c.line) &&
  // (Nor a byline or a rating: "Visit the Calm Store", "4.5 out of 5 stars", "2,345 ratings".)
  !BYLINE_RE.test(c.folded) &&
  !RATING_LINE_RE.test(c.folded) &&
  // (Nor a marketplace's shop line or the points a purchase earns: "WAONポイント 25ポイント".)
  !CJK_SHOP_LINE_RE.test(c.line) &&
  // Words, not a domain's end (".us"), and no sentence ("To move between items, use your keyboard's up or
  // down arrows.", "New customer? Start here."); a name may end with its pack's abbreviation ("120 ct.",
  // "50 Tabl.") and an article's title may ask ("Kiek laiko galima vartoti magnį?").
  /\p{L}{2}/u.test(c.line) &&
  !/^\.\p{L}{2,3}$/u.test(c.line.trim()) &&
  !(/\.$/.test(c.line.trim()) && c.line.trim().split(/\s+/).length >= 4 && !/\d\s?\p{L}{1,6}\.$/u.test(c.line.trim()));

/** A line's words of three letters or more, folded ("mag", "bustine", "glycinate"). */
function wordsOf(text: string): string[] {
  return [...new Set(fold(text).match(/\p{L}{3,}/gu) ?? [])];
}

/**
 * "Main ingredient<TAB>Magnesium 300mg", "주성분 함량<TAB>마그네슘 300mg": a specification table's key
 * before the cells that are the row; other lines as they are.
 */
function valueCells(line: string): string {
  const cells = line.split('\t');
  if (cells.length < 2 || MAGNESIUM_RE.test(fold(cells[0]!))) return line;
  const rest = cells.slice(1).join('\t');
  return MAGNESIUM_RE.test(fold(rest)) && MG_AMOUNT_RE.test(fold(rest)) ? rest : line;
}

/**
 * The title's line, or a line that repeats the title inside it ("Hero image 0 of Valueright Magnesium
 * Oxide Tablets, 250 mg, 100 Count, 0 of 6"): the title's claim, no statement of the page's own.
 */
function echoesTitle(line: string, title: string | undefined): boolean {
  if (!title) return false;
  const flat = line.replace(/\t/g, ' ');
  return flat === title || (title.length >= 20 && flat.length <= title.length + 40 && flat.includes(title));
}

/**
 * "Magnesium Taurate - 60 CP" with "Magnesium Taurate 125 mg 180 capsules - Ecological Formulas" a line
 * or two under it: the product's name said again with its pack, as a shop's product details do.
 */
function restatesWithPack(items: Classified[], titleAt: number): boolean {
  const name = nameOf(items, titleAt);
  return (
    !!name &&
    items
      .slice(titleAt + 1, titleAt + 4)
      .some((c) => c.line.length <= 120 && c.folded.trim().startsWith(name) && namesPack(c.line))
  );
}

/** The product's name: its line's words before a dash, a bar or a bracket, if two words or more. */
function nameOf(items: Classified[], titleAt: number): string | null {
  const name =
    titleAt >= 0
      ? fold(items[titleAt]!.line)
          .split(/\s[-–|:(]\s?/)[0]!
          .trim()
      : '';
  return name.split(' ').length >= 2 ? name : null;
}

/**
 * "Mag·Matrix Liquid provides 210mg of elemental magnesium per tablespoon …": the description says
 * what the product named by the page gives in one unit or serving, by its name, as a product's own page does.
 */
function namesItsAmount(items: Classified[], titleAt: number): boolean {
  const name = nameOf(items, titleAt);
  return (
    !!name &&
    items
      .slice(titleAt + 1)
      .some(
        (c) =>
          c.block === 'prose' &&
          c.folded.trim().startsWith(`${name} `) &&
          findElementalStatements(c.line).some((x) => x.per === 'unit' || x.per === 'serving'),
      )
  );
}

/** A link out to a marketplace's offer: "Bei Amazon ansehen", "Check price on Amazon", "Voir sur Amazon". */
const AFFILIATE_BUTTON_RE =
  /^(?:(?:bei|auf) amazon (?:ansehen|kaufen|anschauen)|(?:view|buy|shop|see it) (?:it )?(?:on|at) amazon|check (?:the )?(?:latest )?price(?: on amazon)?|voir (?:le prix )?sur amazon|ver (?:precio )?en amazon|(?:ver|comprar|conferir) (?:(?:o )?preco )?na amazon|vedi (?:su|il prezzo su) amazon|bekijk (?:op|bij) amazon|zobacz (?:na|w) amazon)$/;

/**
 * "Magnesium Bisglycinat Kapseln … Bei Amazon ansehen", then "Magnesiumcitrat Kapseln … Bei Amazon
 * ansehen": the different products a page links out to, each under its own name (not one product's
 * button printed twice). On a page that sells nothing, a bare "LINK" under each product's name is one too
 * (a shop's share block or a review's "Link" is the shop's own, and stays out).
 */
function affiliatedProducts(items: Classified[], sells: boolean): number {
  const names = new Set<string>();
  items.forEach((c, i) => {
    const link = !sells && c.block !== 'other' && c.block !== 'chrome' && c.folded.trim() === 'link';
    if (c.line.length <= 40 && (AFFILIATE_BUTTON_RE.test(c.folded.trim()) || link))
      names.add(
        items
          .slice(Math.max(0, i - 2), i)
          .map((n) => n.folded)
          .join('\n'),
      );
  });
  return names.size;
}

/** A tile's mark that it is an advertisement, not the page's product. */
/** "Sponsored", "Anzeige", "Hirdetés" (Hungarian), "Reklama", "Реклама": a line alone over an advertisement's tile. */
const SPONSORED_RE =
  /^(?:sponsored|ad|advertisement|anzeige|gesponsert|sponsorise|patrocinado|publicite|publicidad|pubblicita|advertentie|reklama|reklame|hirdetes|mainos|annons|реклама|विज्ञापन|広告|广告|廣告|광고|โฆษณา|iklan|פרסומת|إعلان)$/;

/** An amount with thousands spaced ("2 490"), or digits with their separators. */
const PRICE_NUMBER = String.raw`(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d[\d.,]*)`;
/** A price by its currency's sign or code, before or after the amount ("$24.99", "249 kr", "R$ 89,90", "CHF 17.90", "812 ₽"). */
// (South Africa's rand with its cents, "R59.99"; Malaysia's "RM", Kenya's "KSh", the peso's "₱", the naira's "₦".)
const PRICE_RE = new RegExp(
  String.raw`(?:[$€£₹₩₽₺¥￥₱₦฿]\s?|(?:us|ca|cdn|a|au|nz|r|nt|hk|s|mx)\$\s?|(?<![a-z])(?:kr|rs|sar|aed|egp|kwd|qar|bhd|omr|jod|rm|ksh|php|rp|chf|eur|usd|gbp|pln|czk|sek|nok|dkk|huf|ron|bgn)\.?\s?(?=\d)|(?<![a-z])r\s?(?=\d{1,6}[.,]\d{2}(?![\d%])))${PRICE_NUMBER}|${PRICE_NUMBER}\s?(?:(?:€|\$|£|zł|kč|₹|₽|₴|₺|:-|원|円|元|₫|฿|บาท|đ(?=$|[\s),.;/]))|(?<![a-z])vnd(?![a-z])|(?<![а-яі])(?:лв|грн|руб)\.?(?![а-яі])|₸|₾|₼|֏|(?<![a-z])(?:eur|chf|cad|usd|kr\.?|sek|dkk|nok|zl|ft|lei|pln|czk|huf|ron|rsd|din|bam|mkd|bgn|isk|rub|uah|sar|aed|egp|kwd|qar|bhd|omr|jod|lek[eë]?|azn|manat|amd|byn|mdl|gel|kzt|lari)(?![a-z])|(?<![а-яі])(?:дин|ден)\.?(?![а-яі])|(?<=\d[.,]\d{2}\s?)tl(?![a-z]))`,
  'i',
);
/** A price that ends a line, after a dash or a bar: a tile's. */
// ("… pezsgőtabletta 20 db – most 899 Ft": "now" or "only" may stand before the price.)
const TRAILING_PRICE_RE = new RegExp(
  String.raw`\s[–—|-]\s?(?:(?:now|only|just|from|most|csak|nur|jetzt|ab|seulement|des|ahora|solo|desde|ora|nu|teraz|od|nyni|acum|се[йи]час|только|от)\s)?(?:${PRICE_RE.source})\s*$`,
  'iu',
);
/** A tile's rating after its price: "21,500원 ★4.6 (988)". */
const TRAILING_RATING_RE = /[ \t]*(?:[★☆⭐][ ]?\d(?:[.,]\d)?|\d[.,]\d[ ]?[★☆⭐])(?:[ ]?\([\d.,]+\))?[ \t]*$/u;
/** A price with its currency's sign after one space: "… 鎂200毫克 $890", "… 60정 21,500원". */
const SPACED_PRICE_RE = new RegExp(
  String.raw`\s(?:[$€£₹₩¥￥][ ]?${PRICE_NUMBER}|${PRICE_NUMBER}[ ]?(?:원|円|元|€|zł|kč))\s*$`,
  'i',
);
/** A price right after a heading's colon, what a serving costs: "per serving: $0.20", "pro tagesdosis: 0,35 €". */
const COST_AFTER_COLON_RE = new RegExp(String.raw`:\s*(?:${PRICE_RE.source})`, 'i');

/** A bottle's price stays under 1,000 but in currencies of small units (forints, yen, won, rupees). */
const LARGE_UNIT_CAP: Record<string, number> = {
  HUF: 100_000,
  EGP: 20_000,
  JPY: 100_000,
  KRW: 1_000_000,
  INR: 100_000,
  ISK: 100_000,
  CZK: 20_000,
  RUB: 100_000,
  SEK: 10_000,
  DKK: 10_000,
  NOK: 10_000,
  RSD: 50_000,
  MKD: 50_000,
  PHP: 50_000,
  THB: 20_000,
  KES: 50_000,
  NGN: 1_000_000,
  IDR: 10_000_000,
  VND: 10_000_000,
  ARS: 1_000_000,
  CLP: 1_000_000,
  COP: 1_000_000,
  MXN: 20_000,
};

/** A shop's web address in a line ("Vitalpoint.cz", "amazon.com"). */
const SHOP_DOMAIN_RE =
  /(?<![a-z0-9.@-])[a-z0-9-]{2,40}\.(?:com|net|org|eu|de|at|ch|fr|be|nl|it|es|pt|pl|cz|sk|hu|ro|bg|se|dk|no|fi|ie|uk|co\.uk|ca|au|com\.au|nz|in|jp|cn|ru|ua|tr|gr)(?![a-z0-9-])/g;

/** "› See more product details": a link onward, to another part of the page (no figure of a row or a count). */
const LINK_ONWARD_RE = /^[›»]\s*\D*$/;

/**
 * The first price near the top that stands as a price (not a saving, a unit price or a threshold); in a whole
 * page's text, from the line `from` (the product's name) to the first carousel or link onward.
 */
function pickPrice(items: Classified[], host: string, from = 0): SnapshotFields['price'] {
  const own = items.slice(from);
  const end = own.findIndex((c) => c.block === 'other' || LINK_ONWARD_RE.test(c.line.trim()));
  const candidates =
    from > 0 ? own.slice(0, end < 0 ? 40 : Math.min(end, 40)) : items.filter((i) => i.block !== 'other').slice(0, 60);
  for (const c of candidates) {
    if (c.line.length > 60) continue;
    const at = items.indexOf(c);
    if (
      // A sponsored tile's price: its "Sponsored" mark follows within the tile (maybe past the lines looked at).
      items.slice(at + 1, at + 10).some((n) => SPONSORED_RE.test(n.folded.trim())) ||
      // ("Ilmainen toimitus yli 50 €", "Fri fragt over 499 kr", "Darmowa dostawa powyżej 99 zł": a threshold, over or from;
      // "25€ Rabatt* mit Code SOMMER24": a discount.)
      /(?<![a-z])(?:save|was|off|per|\/|unit|shipping|over|from|ab|des|desde|da|vanaf|yli|fra|fran|od|powyzej|uber|oltre|partir|boven|rabatt|discount|korting|remise|descuento|sconto|sleva|rabat|alennus|coupon|gutschein|voucher)(?![a-z])/.test(
        c.folded,
      ) ||
      // "3,980円（税込）以上で送料無料", "送料：全国一律 550円", "运费满99元包邮", "정가 25,600원", "1日あたり ¥66":
      // a free-shipping threshold, a shipping fee, a list or reference price, a price per day.
      /\d\s?(?:円|元|원)(?:\s?[（(][^)）]{0,6}[)）])?\s?(?:以上|이상)|[满滿]\s?[¥￥]?\d|定価|정가|原价|原價|市场价|参考价|吊牌价|专柜价|参考価格|通常価格|希望小売価格|メーカー希望|あたり|当たり/.test(
        c.line,
      ) ||
      (/送料|配送料|运费|運費|배송비/.test(c.line) &&
        !(/無料|无料|包邮|包郵|무료/.test(c.line) && !/以上|ライン|이상|[满滿]/.test(c.line))) ||
      // "Hořčík bisglycinát 90 kapslí za 299 Kč (Vitalpoint.cz)": another shop's price, a plug.
      [...c.folded.matchAll(SHOP_DOMAIN_RE)].some((d) => !host.endsWith(d[0]))
    )
      continue;
    const m = PRICE_RE.exec(c.line);
    if (!m) continue;
    // "~$12–16", "ca. 20 €", ">$1.00": an estimate, a span of prices or a bound, a guide's, not a price a shop charges.
    // (A table's cell "$0.70-$1.50" too; a line of its own, "$19.99 – $39.99", is a shop's price from its cheapest size.)
    const after = c.line.slice(m.index + m[0].length);
    if (
      /(?:~|≈|[<>≤≥]\s?|(?<![a-z])(?:ca|approx)\.?\s?)$/i.test(c.line.slice(0, m.index)) ||
      /^\s?[–-]\s?\d/.test(after) ||
      (c.line.includes('\t') && /^\s?[–-]\s?[$€£¥₹]\s?\d/.test(after))
    )
      continue;
    const price = parsePrice(m[0], host);
    if (price && price.amount > 0 && price.amount < (LARGE_UNIT_CAP[price.currency] ?? 1_000)) return price;
  }
  return undefined;
}

/**
 * What a category or search page prints over its tiles: how many products it holds ("42 Artikel", "56 produits",
 * "Showing 1–24 of 56 results", "共 3,280 件宝贝") and its sorting and filtering controls ("Sortieren nach:", "Trier par",
 * "Filter:", "综合排序", "並び替え"), or that it ranks them ("Best Sellers in Magnesium Mineral Supplements").
 */
const CATEGORY_CONTROLS_RE =
  /^(?:(?:[2-9]|[1-9]\d{1,4}|[1-9]\d{0,2}(?:[ .,]\d{3})+) (?:artikel|produkte|produkt|treffer|ergebnisse|produits|articles|resultats|products|items|results|articoli|prodotti|risultati|productos|articulos|resultados|produtos|artigos|producten|resultaten|produktow|produkty|wynikow|termek|tuotetta|produkter|varer|tooted|prekes|preces|urun|продукт\w*|товар\w*)|showing \d[\d,.]* ?(?:-|to) ?\d[\d,.]* of \d|(?:zobrazeno|zobrazene|wyswietlono) \d[\d,.]* ?- ?\d[\d,.]* (?:z|ze|spomedzi) \d|(?:показан[иоы]|показ[ауы]но) \d[\d,.]* ?[-–] ?\d[\d,.]* (?:от|из|з) \d|(?:подреди|сортиров[а-я]*|сортувати):? (?:по|за)|(?:на[йи]дено|зна[йи]дено|found) \d[\d ,.]* (?:товар\w*|products|items|results)|(?:sort by|sortieren nach|sortierung|trier par|tri par|ordenar por|ordina per|ordinare per|sorteer op|sorteren op|sortuj(?: wedlug)?|sortera efter|jarjesta|rendezes|radit podle|zoradit podla|razeni|zoradenie|сортировать|сортування|s[iı]rala)(?![a-z])[^\n]{0,80}$|(?:filter|filtern|filtrer par|filtrar por|filtra per|filtreren|filtruj|filtrera|filters)[ ]?:|共[ ]?\d[\d,]*[ ]?件|\d[\d,]*[ ]?件(?:宝贝|寶貝|商品)|(?:综合|綜合)排序|並び替え|\d[\d,]*[ ]?件中|검색[ ]?결과|(?:search )?results for |(?:amazon )?best ?sellers in |bestseller in |les meilleures ventes (?:en|dans) |los mas vendidos en |i piu venduti in |resultados (?:para|de la busqueda) |resultats pour |ergebnisse fur |risultati per |ket qua tim kiem|hasil pencarian|arama sonuclari|[^\n]{0,40}\d[\d.,]* (?:urun|sonuc) bulundu|sap xep[ ]?:|urutkan[ ]?:|ผลการค้นหา|เรียงตาม|عرض \d[\d,.]* ?[-–] ?\d[\d,.]* من \d|(?:تصفية|ترتيب|فرز) حسب|الترتيب ?:|(?:מיין|סנן) לפי|מציג \d[\d,.]* ?[-–] ?\d)/;

/** Words of a package's size or an offer, not of a product's name ("3 Month Supply - 180 Capsules + Free Shipping"). */
const OFFER_WORDS_RE =
  /^(?:mg|mcg|g|kg|ml|capsules?|caps|tablets?|tabs|softgels?|gummies|count|ct|pack|packs|bottles?|month|months|supply|day|days|free|shipping|gift|save|subscribe|subscription|one|time|purchase|bundle|off|and|with|most|popular|best|value|double|family|starter|kapseln|tabletten|stuck|gelules|comprimes|capsulas|tabletki|mois|cure|livraison|offerte|gratuite|flacons?|meses|envio|gratis|frascos?|maanden|verzending|potten|monate|vorrat|sparpaket|dosen|versandkostenfrei)$/;

/**
 * A shop's category or search page: three or more product tiles, each a name with its amount or count
 * ("Solgar Magnesium Citraat 200 mg 60 tabletten") and its own price within the next lines, two of
 * them naming magnesium, with names that differ by more than their numbers, sizes, offers and the
 * page title's words (a variant or bundle picker's "60 capsules" / "3 Month Supply - 180 Capsules +
 * Free Shipping" / "Magnesium Glycinate – 3 Bottles" is one product's). The page's own heading is none of them.
 */
function listingTiles(items: Classified[], title: string | undefined): { tiles: number; magnesium: number; first: number } {
  const names = new Set<string>();
  // "Magnesium Glycinate – 3 Bottles (180 Capsules) – Most Popular" under "Magnesium Glycinate": the title's own offer.
  const titleWords = new Set(fold(title ?? '').match(/\p{L}{2,}/gu) ?? []);
  let magnesium = 0;
  let first = -1;
  for (const [i, c] of items.entries()) {
    if (c.block === 'other' || c.line.length > 150 || echoesTitle(c.line, title)) continue;
    const weighed = MG_AMOUNT_RE.test(c.folded) || COUNT_RE.test(c.folded);
    if (!weighed && !c.line.includes('\t')) continue;
    // "21st Century, Magnesium, 250 mg, 110 Tablets<TAB>237<TAB>$2.24<TAB>Add to Cart": a tile a row, its price a cell.
    const cells = c.line.split('\t');
    const priceCell = cells.length > 1 ? rowPriceCell(cells) : -1;
    // (A row of three cells or more, one of them its price, is a tile whatever its name weighs: "Bestseller<TAB>4,9<TAB>
    // 414<TAB>Pucio urządza wigilię …<TAB>od59,99zł".)
    if (!weighed && !(priceCell > 0 && cells.length >= 3)) continue;
    // ("Magnesium Citraat 100 mg 120 capsules – € 12,50": a tile a line, its price after a dash.)
    const ownPrice = priceCell < 1 && !c.line.includes('\t') && TRAILING_PRICE_RE.test(c.line);
    if (priceCell < 1 && PRICE_RE.test(c.line) && !ownPrice) continue;
    // (The name is in the cells before its price, with a badge or a rating maybe before it.)
    // ("vitamorgen Magnesium 400 Depot" over "30 Tabletten": a count alone on its line is the pack of the name above it.)
    const wordsOf = (text: string) =>
      (text.replace(/[\d.,%]+/g, ' ').match(/\p{L}{2,}/gu) ?? []).filter((w) => !OFFER_WORDS_RE.test(w) && !titleWords.has(w));
    const above = items[i - 1];
    const packOnly = priceCell < 1 && !wordsOf(c.folded).length && !!above && above.block !== 'other' && above.line.length <= 100;
    const name =
      priceCell > 0
        ? fold(cells.slice(0, priceCell).join(' '))
        : ownPrice
          ? fold(c.line.replace(TRAILING_PRICE_RE, ''))
          : packOnly
            ? `${above.folded} ${c.folded}`
            : c.folded;
    const words = wordsOf(name);
    if (!words.length) continue;
    // (Its price within the next lines, or on the line right above it: "¥128.00<TAB>券后¥89" over the name.)
    const priced =
      priceCell > 0 ||
      ownPrice ||
      items.slice(i + 1, i + 4).some((n) => pricedLine(n.line)) ||
      (i > 0 && pricedLine(items[i - 1]!.line) && items[i - 1]!.block !== 'other');
    if (!priced || names.has(words.join(' '))) continue;
    names.add(words.join(' '));
    if (first < 0) first = i;
    if (MAGNESIUM_RE.test(name)) magnesium++;
  }
  return { tiles: names.size, magnesium, first };
}

/**
 * A short line under a tile that gives its price, or starts with it, its unit price and its buy button in the cells
 * after ("7,95 €<TAB>(Grundpreis 0,40 € / 1 Stück)<TAB>[ In den Warenkorb ]").
 */
function pricedLine(line: string): boolean {
  const lead = line.split('\t')[0]!;
  return (line.length <= 40 && PRICE_RE.test(line)) || (lead.length <= 40 && PRICE_RE.test(lead));
}

/**
 * A row's price cell: one that reads as a price ("$2.24", "od59,99zł"), else a figure in a currency the reader
 * does not know right before the row's own buy button ("Магния цитрат капс 600мг х 60<TAB>4800 դր<TAB>Add to
 * cart"): it ends on a sign in no Latin letter and weighs or counts nothing, and the button is no stock word.
 */
function rowPriceCell(cells: string[]): number {
  const priced = cells.findIndex((x) => x.trim().length <= 40 && PRICE_RE.test(x));
  if (priced >= 0) return priced;
  const cart = cells.findIndex(
    (x, k) => k >= 2 && x.trim().length <= 30 && CART_RE.test(fold(x)) && !fold(x).match(STOCK_WORDS_RE),
  );
  const figure = cart > 0 ? cells[cart - 1]!.trim() : '';
  return /^\d[\d .,]*\s?[^\s\d.,a-z]{1,4}$/iu.test(figure) && !MG_AMOUNT_RE.test(fold(figure)) && !COUNT_RE.test(fold(figure))
    ? cart - 1
    : -1;
}

/** The package count the title or the top of the page prints ("120 Capsules", "60 Kapseln"). */
function pickCount(title: string | undefined, items: Classified[]): number | undefined {
  const own = items.filter((c) => c.block !== 'other');
  for (const text of [title ?? '', ...own.slice(0, 12).map((c) => c.line)]) {
    const m = COUNT_RE.exec(fold(text));
    const n = m ? parseDecimal(m[1]!) : undefined;
    if (n && Number.isInteger(n) && n >= 5 && n <= 1_000) return n;
  }
  return undefined;
}

/** Between two sentences of a paragraph: after ".", "!" or "?", before a capital or a digit. */
const SENTENCE_BREAK_RE = /(?<=[.!?])\s+(?=[A-ZÀ-Ý¿¡0-9])/;

/** What a unit contains or provides: a composition's verb, not an intake's. */
const CONTENTS_RE = new RegExp(String.raw`^[ ]{1,2}${CONTENTS_VERB}`);

/**
 * "A soft gel capsule formulated using", "Each tablet contains", "One capsule provides": a unit's composition;
 * "Each three-tablet serving supplies": a serving's (not a food's "A 1-ounce serving contains"). In other languages,
 * told amount first: "Cada comprimido contiene 800 mg de malato de magnesio", "Jede Kapsel enthält 400 mg …".
 */
const UNIT_COMPOSITION_RE =
  /^([^:.!?\d]{2,50}:[ ]{1,2})?(?:(?:a|one|each|every|1) (?:[a-z-]+ ){0,3}(?:capsule|tablet|softgel|soft gel capsule|soft gel|caplet|sachet|chewable tablet|effervescent tablet|gummy|lozenge)s? (?:is )?(?:formulated (?:using|with)|made (?:with|from|using)|contains|provides|delivers|supplies|has)|(?:two|three|four|[2-4]) (?:[a-z-]+ ){0,2}(?:capsules|tablets|softgels|caplets|gummies) (?:contain|provide|deliver|supply|give)|(?:each|every) (?:(?:two|three|four|[2-9])[- ](?:capsule|tablet|softgel|caplet|gummy|gummie|scoop)s? )?(?:serving|dose)(?: of (?:two|three|four|[2-9]) (?:capsule|tablet|softgel|caplet|gummie|scoop)s)? (?:contains|provides|delivers|supplies|gives)|(?:cada|chaque|jede[rs]?|ogni|elke|iedere|kazd[aey]|una?|eine?) (?:[a-z-]+ ){0,2}(?:capsula|gelule|comprime|comprimido|compressa|tablette?|tableta|tabletka|kapsel|kapsul[a-z]*|sobre|bustina|beutel|saszetka|sachet|gominola|caramella)s? (?:[a-z-]+ ){0,2}(?:contiene|contient|enthalt|contem|bevat|zawiera|obsahuje|apporte|aporta|fornisce|liefert|levert|dostarcza)(?= \d)|her bir (?:\S+ ){0,2}(?:tablet|kapsul|sase|ampul)(?= \d[\d.,]* ?mg [^.]{3,120} icerir))(?![a-z])(?: you(?= \d))?/;

/**
 * A line of prose whose sentence tells a unit's composition, read by unitComposition, not as a row:
 * several ingredients ("A soft gel capsule formulated using 400 mg of calcium carbonate and 100 mg of
 * magnesium oxide and …") or a sentence inside a paragraph ("… a fully reacted chelate. Two capsules
 * give 400 mg of magnesium bisglycinate chelate."). A line that is the statement alone stays a row.
 */
function toldAsComposition(c: Classified): boolean {
  const sentences = c.line.split(SENTENCE_BREAK_RE);
  if (!sentences.some((x) => UNIT_COMPOSITION_RE.test(fold(x)))) return false;
  return sentences.length >= 2 || (c.folded.match(/\d ?(?:mg|mcg|µg|g)(?![a-z])/g) ?? []).length >= 2;
}

/**
 * The first sentence of the product's prose that gives one unit's composition with a magnesium
 * amount, as a label: its opening words, then each ingredient on a line ("50 mg of magnesium oxide").
 */
function unitComposition(items: Classified[]): string | undefined {
  for (const c of items) {
    if (c.block !== 'prose' || c.heading) continue;
    for (const sentence of c.line.split(SENTENCE_BREAK_RE)) {
      const folded = fold(sentence);
      const opening = UNIT_COMPOSITION_RE.exec(folded);
      if (!opening || sentence.length > 300 || !MAGNESIUM_RE.test(folded) || !MG_AMOUNT_RE.test(folded)) continue;
      // (After a bullet's lead, only a serving's statement, "… Each serving of 2 tablets provides 1000 mg of …": a lead over
      // one capsule's "400mg of magnesium glycinate" is a selling line, its figure the element's or the salt's.)
      if (opening[1] && !/(?:serving|dose)/.test(opening[0])) continue;
      const rows = sentence
        .slice(opening[0].length)
        .replace(/\.\s*$/, '')
        // ("1,250 mg of magnesium malate", "618,4 mg magnezu cytrynianu": a comma between digits is a number's, and splits nothing.)
        .split(/,?\s+(?:and|&|plus|ve)\s+(?=\d)|,(?:\s+|(?<!\d,))(?=\d)/i)
        .map((r) => r.trim())
        .filter(Boolean);
      // (A bullet's lead, "HIGH-ABSORPTION CHELATED MAGNESIUM:", is no part of the unit's heading.)
      return [`${sentence.slice(opening[1]?.length ?? 0, opening[0].length)}:`, ...rows].join('\n');
    }
  }
  return undefined;
}

/** A composition row on a line of its own: a name, then its amount at the end ("Magnesium Hydroxide – 100 mg", "Vitamin D3 500 I.U."). */
const COMPOSITION_ROW_RE =
  /^\p{L}(?:[^.!?]|(?<=(?:^|[\s(])[a-z]{1,5})\.){1,100}?[\s:–—-]\d{1,5}(?:[.,]\d{1,4})?[ ]?(?:mg|mcg|µg|ug|g|iu|i\.u\.?|ie|ui|mmol)(?:[ ]?\(?\d{1,4}(?:[.,]\d)?[ ]?%\)?)?[*†]?\.?$/u;
/** Lines that list composition rows: short, no heading, no one else's figures. */
function compositionRow(c: Classified): boolean {
  return (
    !c.heading &&
    c.block === 'prose' &&
    c.line.length <= 120 &&
    COMPOSITION_ROW_RE.test(c.folded.replace(/\t/g, ' ').trim()) &&
    !DISTRACTOR_RE.test(c.folded)
  );
}
/**
 * A product's composition printed right under its name with no heading ("Calcical FM Tablets" then
 * "Calcium Citrate – 1200 mg", "Magnesium Hydroxide – 100 mg", "Vitamin D3 – 500 I.U."): three rows or
 * more, magnesium's among other nutrients' (a list of magnesium forms alone is an article's comparison).
 */
function compositionUnderName(items: Classified[], title: string | undefined): string | undefined {
  const nameAt = items.findIndex((c) => echoesTitle(c.line, title));
  const from = nameAt < 0 ? 0 : nameAt + 1;
  const start = items.slice(from, from + 6).findIndex(compositionRow);
  if (start < 0) return undefined;
  const rows: Classified[] = [];
  for (const c of items.slice(from + start)) {
    if (!compositionRow(c)) break;
    rows.push(c);
  }
  const withMagnesium = rows.filter((c) => MAGNESIUM_RE.test(c.folded)).length;
  if (rows.length < 3 || !withMagnesium || withMagnesium === rows.length) return undefined;
  return rows.map((c) => c.line).join('\n');
}

/**
 * "Calcium (calcium carbonate)<TAB>250 mg<TAB>25%", "Магний<TAB>40 мг": a nutrient's name in one cell,
 * its amount in the next.
 */
const NUTRIENT_CELLS_RE =
  /^[^\t\d]{2,60}\t[ ]?\d[\d.,]*[ ]?(?:mg|mcg|µg|ug|iu|ie|ui|g|мг|мкг|ме|г)(?![a-zа-я])(?:\t[ ]?\d[\d.,]*[ ]?%)?[ ]?$/i;
/**
 * "100gr of Almonds provide:", "Wartości odżywcze w 100 g" over its rows (however many tables, and their short
 * headings): a food's content, no dose; "食事摂取基準" (dietary reference intakes) over them: what people need.
 */
function underNoDoseBasis(items: Classified[], start: number): boolean {
  // (A box of needs above the product's details, "하루 권장 섭취량 (한국인 영양소 섭취기준)" then "▶ 마그넥스정 제품 정보" and
  // "구분: 일반의약품", is not the rows': its table ends at a heading, a list's heading or a key's line.)
  let ended = false;
  for (let k = start - 1; k >= Math.max(0, start - 30); k--) {
    const c = items[k]!;
    if (namesPer100Basis(c.folded) || (!ended && namesReferenceNeeds(c.folded.trim()))) return true;
    ended ||= c.heading || (!!c.bullet && !/\d/.test(c.line)) || /^[^\d:\t]{2,20}:[ ]/.test(c.line);
    if (c.line.length > 100) return false;
  }
  return false;
}

/**
 * A table of four nutrient rows or more, sub-headings such as "Minerals:" between them allowed,
 * magnesium's among them: a label whose heading the reader does not know or the copy lost.
 */
function nutrientTable(items: Classified[]): string | undefined {
  // A row at j: its cells on one line, or (a table copied cell by cell) its name, then its amount,
  // then perhaps its percent, each on a line of its own. Returns the row and the lines it took.
  const rowAt = (j: number): [string, number] | null => {
    const line = items[j]!.line;
    if (NUTRIENT_CELLS_RE.test(line)) return pricedRow(line) ? null : [line, 1];
    const next = items[j + 1]?.line.trim() ?? '';
    if (!/^[^\t\d]{2,60}$/.test(line.trim()) || !AMOUNT_CELL_RE.test(next)) return null;
    const percent = items[j + 2]?.line.trim() ?? '';
    return /^\d[\d.,]*[ ]?%$/.test(percent) ? [`${line.trim()}\t${next}\t${percent}`, 3] : [`${line.trim()}\t${next}`, 2];
  };
  for (let i = 0; i < items.length; i++) {
    if (!rowAt(i)) continue;
    const rows: string[] = [];
    let j = i;
    while (j < items.length) {
      const row = rowAt(j);
      if (row) {
        rows.push(row[0]);
        j += row[1];
      } else if (items[j]!.line.length <= 24 && items[j]!.line.trim().endsWith(':')) j++;
      else break;
    }
    if (rows.length >= 4 && rows.some((r) => MAGNESIUM_RE.test(fold(r))) && !underNoDoseBasis(items, i)) return rows.join('\n');
    i = j;
  }
  return undefined;
}

/** "Jedna tabletka dostarcza 64 mg …": the count read as an intake is the subject of a contents verb. */
function unitContents(folded: string, count: string): boolean {
  const at = folded.indexOf(count);
  return at >= 0 && CONTENTS_RE.test(folded.slice(at + count.length, at + count.length + 30)) && !DOSE_SENTENCE_RE.test(folded);
}
/** "Creams and oils containing magnesium are applied to the skin": how a kind of product is used, not this one's directions. */
const DESCRIBES_USE_RE = /(?<![a-z])(?:are|is) (?:usually |typically |often |commonly |also )?(?:applied|taken|used)(?![a-z])/;
/** A sentence that tells how much to take or how to apply: the directions, wherever they stand. */
const DOSE_SENTENCE_RE =
  /(?<![a-z])(?:召し上かり|摂取|服用|食用|λαµβανετε|λαβετε|καταναλωνετε|recommended (?:daily )?dose|(?:de |die |la )?(?:aanbevolen dosis|empfohlene dosis|dose recommandee|zalecana dawka|doporucena davka|odporucana davka|rekommenderad dos|anbefalede? dosis|anbefalt dose|doza recomandata|ajanlott adag|suositeltu annos|onerilen doz|preporucena doza|priporocen[ae] odmer[ek]\w*|рекомендуемая доза|рекомендована доза|препоръчителната доза|συνιστωµενη δοση)|se recomienda (?:[a-z]+mente )?(?:tomar|iniciar|comenzar|empezar|consumir)|si (?:consiglia|raccomanda) (?:di )?(?:assumere|prendere|iniziare)|si (?:consiglia|raccomanda) l'?assunzione|se recomienda (?:la )?(?:toma|ingesta) de|dose recomendada|dosis recomendada|dose raccomandata|tagesdosis betragt|take|takes|chew|swallow|kauen|macher|masticar|masticare|kauwen|zuc|zvykat|zuvat|tugga|tygg|pureskele|mestecati|mastigar|elragni|cigneyin(?:iz)?|разжевать|разжу[йи]те|розжувати|µασηστε|uong|toma|tome|prenez|nimm|prendi|neem|dissolve|mix|stir|consume|spray|apply|applied|massage|add|einnehmen|verzehren|auflosen|auftragen|prendre|avaler|dissoudre|appliquer|tomar|disolver|aplicar|assumere|sciogliere|applicare|innemen|oplossen|aanbrengen|przyjmowac|stosowac|ingerir|ingira|приема[а-я]*|принима[а-я]*|при[йи]ма[а-яі]*|uzimati|uzmite|uzeti|uzivaj\w*|uzivej\w*|uzijte|uzivat|uzivaju|uziva|szedjen|vegyen be|luati|se administreaza|vartoti|votta|votke|al[iı]n(?:[iı]z)?|kullan[iı]n(?:[iı]z)?|minum|diminum|tas|tages|vzemite|vzemi|jemljite|ota|otetaan|nauti|nautitaan|lietot|lietojiet|bevetele|intas|inntas|indtages|^(?:ta|tag)(?= \d))(?![a-zа-яі])|(?<![א-ת])(?:ליטול|לקחת|לשתות|לבלוע|ללעוס)(?![א-ת])/;
const FREQUENCY_RE =
  /(?<![a-z])(?:1日|１日|一日|每日|每天|ηµερησιως|την ηµερα|daily|a day|per day|each day|twice|once|times|morning|evening|bedtime|before bed|taglich|pro tag|am tag|morgens|abends|par jour|quotidien\w*|al dia|por dia|ao dia|diari\w*|al giorno|per dag|dagelijks|dziennie|na dobe|denne|napi|naponta|pe zi|zilnic|dagligen|per dygn|paivassa|paivittain|vuorokaudessa|per diena|dienoje|diena|kasdien|kartus|reizes|дневно|ежедневно|в день|в сутки|щоденно|на ден|на день|на добу|щодня|dnevno|na dan|gunde|gunluk|her gun|sehari|per hari|setiap hari|moi ngay|ngay uong|moi lan|\/ ?ngay|daglig|dagligt|om dagen|paevas|q\.?d\.?|qday|b\.?i\.?d\.?|t\.?i\.?d\.?|q ?\d{1,2} ?h|skin|bath|bad|peau|piel|pelle|huid|(?:applied|apply) to (?:the |your |any part of the )?(?:body|feet|legs|arms|affected area))(?![a-zа-я])|(?<![א-ת])(?:ביום|ליום|פעמיים|פעמים)(?![א-ת])/;

/**
 * "1 gélule le matin et 1 gélule le soir", "'s Ochtends 1 capsule en 's avonds 1 capsule": the moments of
 * the day, how often for a line that opens with its count (not for "mostly taken in the evening").
 */
const MOMENT_RE =
  /(?<![a-z])(?:before bed|before sleep|at night|le matin|le soir|por la manana|por la noche|al mattino|alla sera|la sera|'s ochtends|'s avonds|rano|wieczorem|vecer|pa morgonen|pa kvallen|om morgenen|om aftenen|dimineata|seara|de manha|a noite|reggel|aamulla|illalla|sabah|aksam|ujutro|navecer)(?![a-z])|(?<![а-я])(?:утром|вечером)(?![а-я])|το πρωι|το βραδυ/;

/**
 * "Magnesium Supplement Directions: take 1 to 2 tablets daily", beside "Antacid Directions: …": a
 * label with one set of directions per use; the supplement's are the ones MagLens reads.
 */
const SUPPLEMENT_DIRECTIONS_RE =
  /(?:^|[.■•]\s*)(?:(?:magnesium|mineral|dietary|food) )?(?:supplement|supplementation|nahrungserganzung\w*|complement alimentaire|complemento alimenticio|integratore)(?: (?:use|usage))? (?:directions|dosage|use|dose|verzehrempfehlung|posologie|posologia)\s?:\s*/;

/**
 * Directions with no verb: "One capsule daily as a dietary supplement", "Adults: 1 packet daily",
 * "A dose recomendada é de 2 a 3 ampolas por dia", "Four 84 mg Mag-Tab®SR caplets daily contain 336 mg".
 */
/** The count and the words after it, after a heading; \`before\`, what may stand before the count. */
const countFirstRe = (before: string) =>
  new RegExp(
    String.raw`^(?:[^:]{0,60}:\s*)?(?:(?:the |a |la |die |de )?(?:recommended|suggested|usual|mittlere|empfohlene|dose|dosis|tagesdosis)[^.]{0,30}?(?:is|est|es|e|ist|betragt|bedraagt|de|:)\s+)?${before}(?:(?:${UP_TO}) )?(?:\d{1,2}(?:[.,]5)?(?:\s?[-–]\s?\d{1,2}|\s(?:to|a|bis|tot|do|ila|al|ou|or|oder|of|o|eller|och|lub|nebo|alebo|vagy|sau|tai|veya|ili|arba|vai|voi|или|до|η)\s\d{1,2})?|one|two|three|four|ein[e]?|zwei|drei|vier|un[e]?|deux|trois|quatre|uno|una|dos|tres|cuatro|due|tre|quattro|een|twee|drie)\s(?:\d{1,4} ?mg\s)?((?:[\p{L}®™-]+\s?){1,3})`,
    'u',
  );
/** "5 g (1 scoop)": a powder's weight, its count of scoops in brackets. */
const WEIGHED_SCOOP = String.raw`(?:\d{1,3}(?:[.,]\d)?[ ]?(?:g|ml|г|мл)[ ]?\(\s?)`;
const COUNT_FIRST_RE = countFirstRe(`${WEIGHED_SCOOP}?`);
/**
 * "Naponta 2 kapszula", "Günde 2 kapsül", "По 2 капсулы в день": how often, or "each", before the count;
 * "3-mal täglich 20 Tropfen", "2 maal per dag 10 ml", "Naponta kétszer 10 ml": how often, in a few words.
 */
const COUNT_AFTER_WORDS = (repeat: string) =>
  countFirstRe(
    String.raw`((?:\d{1,2}(?:[-–]\d{1,2})?[ -]?|'s )?\p{L}{2,12}(?: (?:\d{1,2}(?:[-–]\d{1,2})?|\p{L}{2,12}))${repeat}) ${WEIGHED_SCOOP}?`,
  );
/** (Fewest words first, "По 10 мл 2 раза в день"; most, "Günde 3 kez 20 damla".) */
const COUNT_AFTER_WORD_RES = [COUNT_AFTER_WORDS('{0,2}?'), COUNT_AFTER_WORDS('{0,2}')];
/**
 * "Dissolver 5 g (1 medida) em água", "Blanda 5 g (1 skopa) med vatten": a verb, then the weighed scoop;
 * "Lös 1 brustablett i vatten dagligen", "Dizolvați 1 comprimat efervescent": a verb, then the count.
 */
const COUNT_AFTER_VERB_RE = countFirstRe(String.raw`\p{L}{2,14} ${WEIGHED_SCOOP}?`);

/** The words after the count when how often (or "по") stands before it: "Naponta 2 kapszula". */
function countAfterFrequency(folded: string): string[] {
  return COUNT_AFTER_WORD_RES.map((re) => re.exec(folded)).flatMap((m) =>
    m && (FREQUENCY_RE.test(m[1]!) || MOMENT_RE.test(m[1]!) || /^(?:по|po)$/.test(m[1]!)) ? [m[2]!] : [],
  );
}

/**
 * A line that opens with a count of units, after a heading of any words ("Brug: 2 kapsler dagligt.", "2 kapslit
 * päevas."): the unit within its first three words, in any language the directions reader knows.
 */
function countFirst(folded: string): boolean {
  const namesUnit = (words: string | undefined) =>
    (words ?? '')
      .trim()
      .split(/\s+/)
      .some((w) => {
        // (A serving counts as "1 dose", not "2 servings of greens" nor a table's "1 dose (6 caps.) | Daily Intake | % of RSP".)
        const kind = unitKind(w.replace(/[®™]/g, ''));
        return kind !== null && (kind !== 'serving' || (/^dos[ei]s?$/.test(w) && !folded.includes('%')));
      });
  // ("2 maal per dag 10 ml": a count of times, then the count of units; each reading tried only if the one before names no unit.)
  return (
    namesUnit(COUNT_FIRST_RE.exec(folded)?.[1]) ||
    countAfterFrequency(folded).some(namesUnit) ||
    namesUnit(COUNT_AFTER_VERB_RE.exec(folded)?.[1])
  );
}

/** One item of an ingredient list written a line an item: short, no comma between items, no sentence. */
function ingredientItem(line: string): boolean {
  // (Commas inside a bracket are the item's own: "Cloruro sódico (Cloro 60,7%, Sodio 39,3%) 298 mg".)
  return line.length <= 60 && !/,\s|[.!?]\s/.test(line.replace(/\([^()]*\)/g, ''));
}

/** "Complexo B Completo: Vitaminas B1, B2, …": an ingredient's name, then what it is or does. */
function glossaryItem(line: string): boolean {
  return line.length <= 200 && /^[^:.!?]{2,50}:\s\S/.test(line);
}

/** The lines of a directions heading, up to the next heading (six at most). */
function linesUnder(items: Classified[], h: number): string[] {
  const out: string[] = [];
  let groups = false;
  for (let k = h + 1; k < items.length && out.length < 6; k++) {
    const c = items[k]!;
    // ("Cách dùng" / "Uống sau bữa ăn, mỗi lần 2 viên." / "Người lớn: ngày uống 2 - 3 lần.": a group's line with its own dose
    // after its colon, taken for a heading, goes on with the directions above it; so do the lines after it that say how
    // often, "Trẻ em trên 12 tuổi: ngày uống 1 - 2 lần", and no others.)
    const key = /^([^:\d]{2,40}):.*\d/.exec(c.folded)?.[1];
    const groupLine = c.heading && c.block === 'directions' && !!key && (key.search(ADULTS_RE) >= 0 || CHILD_DOSE_RE.test(key));
    if ((c.heading && !groupLine) || c.block !== 'directions' || (groups && !FREQUENCY_RE.test(c.folded))) break;
    groups ||= groupLine;
    out.push(c.line);
  }
  return asDoseSentences(out);
}

/** A dose table's header cell that counts units a day: "Beutel pro Tag", "Tablets per day", "Comprimés par jour". */
const UNITS_A_DAY_CELL_RE = /^(\p{L}{3,16}) (?:pro|per|par|al|por|a|na) (?:tag|day|jour|giorno|dia|dag|dobe|den)$/u;

/**
 * "<TAB>Beutel pro Tag<TAB>entspricht" over "Erwachsene und Jugendliche ab 14 Jahren<TAB>1–2<TAB>10–20 mmol …": a dose
 * table whose column counts the units a day, its rows read as the sentences they stand for ("Erwachsene …: 1–2 Beutel
 * pro Tag").
 */
function asDoseSentences(lines: string[]): string[] {
  const unitsADay = (cells: string[]) => cells.findIndex((c) => UNITS_A_DAY_CELL_RE.test(fold(c).trim()));
  const at = lines.findIndex((l) => unitsADay(l.split('\t')) >= 0);
  if (at < 0) return lines;
  const head = lines[at]!.split('\t');
  const col = unitsADay(head);
  const rows = lines.slice(at + 1).map((line) => {
    const cells = line.split('\t');
    // (A header with no cell over the groups' column, "Beutel pro Tag<TAB>entspricht": its columns start one later.)
    const k = cells.length === head.length + 1 ? col + 1 : col;
    const count = cells[k]?.trim() ?? '';
    return cells.length >= 2 && k > 0 && /^[\d½¼¾][\d½¼¾ ,.\-–]*$/.test(count)
      ? `${cells.slice(0, k).join(' ').trim()}: ${count} ${head[col]!.trim()}.`
      : line;
  });
  return [...lines.slice(0, at), ...rows];
}

/** Units a day by these directions, least and most. */
function unitsADay(d: Directions): { min: number; max: number } | null {
  if (!d.perIntake) return null;
  return d.dividedDaily
    ? { min: d.perIntake.min, max: d.perIntake.max }
    : { min: d.perIntake.min * d.timesPerDay.min, max: d.perIntake.max * d.timesPerDay.max };
}

/** The later directions take the same intake and say more: the summary's day lies within theirs, which is wider. */
function widens(summary: Directions, later: Directions): boolean {
  const a = unitsADay(summary);
  const b = unitsADay(later);
  if (!a || !b || summary.perIntake?.min !== later.perIntake?.min) return false;
  return b.min <= a.min && a.max <= b.max && (b.min < a.min || a.max < b.max);
}

/** A monograph's list of dosage forms and their strengths. */
const STRENGTHS_HEAD_RE = /^(?:(?:adult |pediatric |paediatric )?dosage forms? (?:&|and) strengths?)(?![a-z])/;

/** A count in directions: digits or a number word. */
const COUNT_WORD_RE =
  /\d|(?<![a-z])(?:one|two|three|ein|eine|einen|eines|zwei|drei|un|une|deux|trois|uno|una|dos|tres|due|een|twee|drie|viena|vienu|dvi|divas|divi|tris)(?![a-z])|(?<![א-ת])(?:אחת|אחד|שתי|שתיים|שלוש)(?![א-ת])/;

/**
 * An address filed under a year and a month near the site's root, as blogs and news sites file their
 * posts ("/2025/03/01/…", "/aktuelles/2020/06/17/…"), a blog's tag or author archive ("/tag/…"), or a
 * WordPress post's number ("/archives/9887").
 */
/**
 * "If you buy through links on this page, we may earn a small commission", "As an Amazon Associate I earn
 * from qualifying purchases", "Dieser Artikel enthält Affiliate-Links": the page earns from the products it
 * links to. A shop sells its own.
 */
const AFFILIATE_DISCLOSURE_RE =
  /(?<![a-z])(?:(?:earn|receive|get|make)s? (?:a |an )?(?:small |tiny |modest )?(?:affiliate )?commissions?|affiliate[ -](?:links?|commissions?|disclosure)|qualifying purchases|liens? (?:d'affiliation|affilies?)|enlaces? (?:de )?afiliad\w*|link (?:di )?affiliazione|link affiliati|provisions?-?links?|werbelinks?)(?![a-z])/;

const POST_PATH_RE = /^(?:(?:\/[^/]+){0,2}\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\/[^/]|\/(?:tag|tags|author)\/|\/archives\/\d+\/?$)/;

/** A reference intake or limit: "The recommended dietary allowance (RDA) for adults varies from 310 mg to 420 mg". */
const REFERENCE_INTAKE_RE =
  /(?<![a-z])(?:rda|recommended (?:dietary|daily) (?:allowance|intake)|dietary reference|adequate intake|reference (?:intake|value)|nrv|(?:tolerable )?upper (?:intake )?limit|referenzwert\w*|zufuhrempfehlung\w*|apports? (?:journaliers? )?(?:recommandes?|de reference)|ingesta diaria recomendada|cantidad diaria recomendada|valores? de referencia|fabbisogno|assunzione raccomandata|aanbevolen dagelijkse hoeveelheid|referentie-?inname)(?![a-z])/;

/** The people a reference intake is for: "Adults", "Women", "Teenagers (14-18 years)". */
const POPULATION_RE =
  /(?<![a-z])(?:adults?|men|women|males?|females?|children|kids|teen(?:ager)?s?|adolescents?|boys|girls|seniors|infants|erwachsene|manner|frauen|kinder|jugendliche|adultes|hommes|femmes|enfants|adultos|hombres|mujeres|ninos|adulti|uomini|donne|bambini|volwassenen|mannen|vrouwen|kinderen)(?![a-z])/g;

/** A dose by body weight: "pro kg Körpergewicht", "per kg body weight", "mg/kg". */
const PER_BODY_WEIGHT_RE =
  /(?<![a-z])(?:(?:pro|per|par|por|je|na) (?:kg|kilogram\w*)|\/ ?kg|korpergewicht|body ?weight|poids corporel|peso corporal|peso corporeo)(?![a-z])/;

/**
 * "Dosage information: Adults: The RDA for adults varies from 310 mg to 420 mg per day …": a text whose
 * every sentence with a figure gives a reference intake, and no unit to take, tells what people need,
 * not how to take this.
 */
function onlyIntakes(text: string): boolean {
  const folded = fold(text);
  // "Adults (19+ years); 310-400 mg/day; Men: 400 mg | Women: 310 mg; Teenagers (14-18 years) …": a table
  // of what each group needs, in mg a day, names no unit to take.
  if (new Set(folded.match(POPULATION_RE) ?? []).size >= 3) {
    const amounts = findAmounts(text);
    if (
      amounts.length >= 2 &&
      amounts.every((a) => a.unit === 'mg') &&
      !DOSAGE_UNIT_RE.test(folded) &&
      !parseDirections(text)?.perIntake
    )
      return true;
  }
  const figured = text.split(/(?<=[.;!?])\s+/).filter((x) => /\d/.test(x));
  // ("Adults: 2 capsules daily, which supplies 100% of the RDA." names a unit to take: directions.)
  // ("Als mittlere Tagesdosis gelten 0,2 mmol … pro kg Körpergewicht": a dose by body weight, no unit to take.)
  return (
    figured.length > 0 &&
    figured.every((x) => (REFERENCE_INTAKE_RE.test(fold(x)) || PER_BODY_WEIGHT_RE.test(fold(x))) && !DOSAGE_UNIT_RE.test(fold(x)))
  );
}

/** A figure in mg, its number captured ("243 mg", "121,5 mg"). */
const MG_FIGURE = String.raw`(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?) ?mg`;
/**
 * A line that names one strength of a product: "Magnesium-Sandoz 243 mg", "Magnesium-Sandoz, 121,5 mg", "Magnecitrin
 * 121,5 mg granulátum belsőleges oldathoz" (its form's words after it).
 */
const STRENGTH_LINE_RE = new RegExp(`${MG_FIGURE}(?:[ ][a-z-]{2,20}){0,4}$`);

/** Words that make a dosing line a warning's: for someone, under a condition ("only under medical supervision if pregnant"). */
const CONDITIONAL_RE =
  /(?<![a-z])(?:if|unless|only|pregnan\w*|nursing|breast-?feeding|children|doctor|physician|supervision|wenn|falls|nur|schwanger\w*|si|seulement|enceinte|solo|embarazada|incinta)(?![a-z])/;

const MG_FIGURES_RE = new RegExp(`${MG_FIGURE}(?![a-z])`, 'g');
/** The figures in mg a name or a cell prints ("Magnevit 121,5 mg" → 121.5). */
const strengthsIn = (text: string): number[] =>
  [...fold(text).matchAll(MG_FIGURES_RE)].map((m) => Number(m[1]!.replace(',', '.')));

/**
 * "Magnesium-Sandoz, 121,5 mg" / "… 2- bis 4-mal täglich 1 Brausetablette" / "Magnesium-Sandoz 243 mg" /
 * "… 1- bis 2-mal täglich 1 Brausetablette": directions for several strengths, each under its own line;
 * the page's product is the strength its name gives.
 */
function forTitleStrength(given: string[], title?: string): string[] {
  const parts = forMagnesiumProduct(title ? forTitleColumn(given, title) : given);
  const strengths = parts.flatMap((p, i) => {
    const m = p.length <= 60 ? STRENGTH_LINE_RE.exec(fold(p.trim())) : null;
    return m ? [{ i, mg: m[1]!.replace(',', '.') }] : [];
  });
  if (strengths.length < 2 || !title) return title ? forTitleVariant(parts, title) : parts;
  const inTitle = strengthsIn(title);
  const mine = strengths.findIndex((x) => inTitle.includes(Number(x.mg)));
  if (mine < 0) return parts;
  return parts.slice(strengths[mine]!.i + 1, strengths[mine + 1]?.i ?? parts.length);
}

/**
 * "Magnesium Bisglycinate: 2 capsules 30–60 minutes before bed." / "Ashwagandha KSM-66®: 1 capsule twice daily …": a kit's or
 * a bundle's directions, a line for each product, keep the line of the one product that names magnesium.
 */
function forMagnesiumProduct(parts: string[]): string[] {
  // (A product's name before its colon, its dose after: not a group's, "Adults:", nor a time's.)
  const named = parts.map((p) => {
    const name = /^(\p{L}[^:]{2,59}):\s*\d/u.exec(p.trim())?.[1];
    return name && !ADULTS_RE.test(fold(name)) && !CHILD_DOSE_RE.test(fold(name)) ? name : undefined;
  });
  const mine = named.filter((n) => n && MAGNESIUM_RE.test(fold(n)));
  if (named.filter(Boolean).length < 2 || mine.length !== 1) return parts;
  return parts.filter((_, i) => !named[i] || named[i] === mine[0]);
}

/**
 * "Alter | Magnevit 121,5 mg | Magnevit 243 mg | …" over "Erwachsene … | 2-mal täglich 1 Brausetablette | 1-mal täglich 1
 * Brausetablette | …": a dosing table with a column for each strength; each row keeps its group and the column of the
 * strength the title names ("Magnevit 243 mg Brausetabletten").
 */
function forTitleColumn(parts: string[], title: string): string[] {
  const inTitle = new Set(strengthsIn(title));
  const mgOf = (cell: string) => strengthsIn(cell)[0] ?? null;
  const at = parts.findIndex((p) => {
    const cells = p.split('\t');
    return cells.length >= 3 && cells.filter((c) => c.length <= 60 && mgOf(c) !== null).length >= 2;
  });
  if (at < 0 || !inTitle.size) return parts;
  const head = parts[at]!.split('\t');
  const strengths = head.map(mgOf);
  const column = strengths.findIndex((mg) => mg !== null && inTitle.has(mg));
  if (column < 1) return parts;
  return [
    ...parts.slice(0, at),
    ...parts.slice(at + 1).map((p) => {
      const cells = p.split('\t');
      return cells.length === head.length ? `${cells[0]} ${cells[column]}` : p;
    }),
  ];
}

/**
 * "Magnetrans® forte" / "… morgens und abends je 1 Hartkapsel …" / "Magnetrans® extra" / "… morgens 1 Hartkapsel …":
 * directions for several variants of one name, each under its own line of the name and its word; the page's product is
 * the variant its title names ("Magnetrans Extra 243mg").
 */
function forTitleVariant(parts: string[], title: string): string[] {
  const brand = wordsOf(title)[0];
  const heads = parts.flatMap((p, i) => {
    const words = wordsOf(p);
    return p.trim().length <= 40 && !/\d|[.!?:]\s*$/.test(p) && words[0] === brand && words.length >= 2 && words.length <= 4
      ? [{ i, words }]
      : [];
  });
  if (heads.length < 2) return parts;
  const inTitle = new Set(wordsOf(title));
  const mine = heads.filter((h) => h.words.every((w) => inTitle.has(w)));
  if (mine.length !== 1) return parts;
  const at = heads.indexOf(mine[0]!);
  return parts.slice(mine[0]!.i + 1, heads[at + 1]?.i ?? parts.length);
}

/** A Japanese or Chinese heading's text on its own line, after a space ("■お召し上がり方 1日2粒を目安に…"); null for none. */
function afterCjkHead(c: Classified, head: RegExp): string | null {
  const m = head.exec(c.folded);
  // (Not the heading's own bracket: "원료약품 및 분량 (1정 중)", per one tablet.)
  return m && /^[ \u3000]+[^\s(（[【]/.test(c.line.slice(m[0].length)) ? c.line.slice(m[0].length).trim() : null;
}

/** A line cut where no sentence ends: "… you can take up to", "… bis zu", "… jusqu'à", "… hasta": the next line goes on with its count. */
const WRAP_END_RE =
  /(?<![a-z])(?:up to|to|of|and|or|take|bis zu|bis|und|oder|jusqu.a|et|ou|hasta|y|o|fino a|e|tot|en|max\.?|maximal|maximum)$/;

/** "Most people take …", "Many athletes use …", "Viele Menschen nehmen …": what others take, told by an adviser. */
// ("The best time to take ZMA is an hour before bed": advice on when, no product's dose.)
const OTHERS_TAKE_RE =
  /^(?:most|many|some|a lot of) (?:people|adults|users|athletes|women|men|customers)(?: [a-z]+)? (?:take|use|need|find)(?![a-z])|^(?:the )?(?:best|ideal|right) time to take(?![a-z])|^(?:die meisten|viele) (?:menschen|leute|erwachsene|sportler)(?: [a-z]+)? (?:nehmen|brauchen)(?![a-z])/;
function directionsFrom(items: Classified[], title?: string): string | undefined {
  for (const [i, c] of items.entries()) {
    if (c.block === 'other' || c.line.length > 400) continue;
    const m = SUPPLEMENT_DIRECTIONS_RE.exec(c.folded);
    if (!m) continue;
    const rest = cleanText(c.line.slice(m.index + m[0].length).replace(BULLET_RE, ''));
    const next = items[i + 1];
    // ("Magnesium supplement directions:" over "• adults: take 1 to 2 tablets daily": a group's line, read as a heading.)
    const text = rest || (next && (!next.heading || next.block === 'directions') ? next.line.replace(BULLET_RE, '') : '');
    if (/\d|one|two|three/.test(fold(text))) return capText(text, 600);
  }
  // Each directions heading with its lines; the first whose text says how much to take wins
  // ("4.2 Dosierung und Art der Anwendung / Die Dosierung richtet sich …" gives way to
  // "Dosierung / Erwachsene: 3mal täglich 1 – 2 Filmtabletten").
  let firstHeaded: string | undefined;
  let firstCounted: string | undefined;
  let summary: { text: string; parsed: Directions } | undefined;
  for (let h = 0; h < items.length; h++) {
    const head = items[h]!;
    if (!(head.heading && head.block === 'directions')) continue;
    // ("お召し上がり方 | 1日2粒を目安に…": a spec table's key and its value between bars, as a colon; "■お召し上がり方 栄養補助食品として
    // 1日2粒を目安に…": a Japanese heading and its value after a space.)
    const inline = afterCjkHead(head, CJK_DIRECTIONS_HEAD) ?? head.line.replace(/^[^:|]{0,60}(?::|[ ]\|[ ])\s*/, '');
    // "Suggested use: take 2 capsules daily." stands on its line; a bare heading is followed by its text.
    // "Suggested use: 1 capsule per 30-60 minutes." and the dosing lines right under it ("The maximum
    // … per day is 10"); a line that says nothing of how much or how often ends them.
    const under = linesUnder(items, h);
    // ("Directions: Take 1 capsule in the morning and 2 capsules about" / "two hours before bed.": a sentence
    // broken at the line's end, its next line in small letters, goes on.)
    // ("Javasolt napi fogyasztás: naponta" / "1 pezsgőtablettát …": an inline part with no count, its count on the next line.)
    const wrapped =
      inline !== head.line &&
      !/[.!?;:]\s*$/.test(inline) &&
      (/^\p{Ll}/u.test(under[0] ?? '') || (!/\d/.test(inline) && /^\d/.test(under[0] ?? '')))
        ? 1
        : 0;
    // (Nor one that adds to the dose: "On heavy training days you may take an additional 2 capsules with breakfast." A
    // heading that names its group and dose, "Anbefalt døgndose for voksne: to tabletter.", ends at the children's line.)
    const ownDose = inline !== head.line && /\p{L}/u.test(inline) && !/:\s*$/.test(inline);
    // (A line after one that ends on a comma goes on with its sentence: "… 2 bustine al giorno," / "una al mattino e una
    // alla sera.")
    const stop = under.findIndex((l, k) => {
      const folded = fold(l);
      return (
        (k >= wrapped && !FREQUENCY_RE.test(folded) && !addsToDose(l) && !/,\s*$/.test(under[k - 1] ?? '')) ||
        (ownDose && CHILD_DOSE_RE.exec(folded)?.index === 0)
      );
    });
    const dosing = stop < 0 ? under : under.slice(0, stop);
    const headed = inline !== head.line && inline ? [inline, ...dosing] : under;
    const parts = forTitleStrength(wrapped ? [`${headed[0]} ${headed[1]}`, ...headed.slice(2)] : headed, title);
    // Lines keep their ends ("… über 14 Jahren: / 3mal täglich …"), so adults' and children's parts stay apart.
    // A long section ("3. Wie ist Mg-nor einzunehmen?" with its advice) keeps the lines that dose.
    const joined = parts.join(' ');
    const dosingLines = parts.filter((p) => FREQUENCY_RE.test(fold(p)) && COUNT_WORD_RE.test(fold(p)));
    const kept = joined.length > 600 && dosingLines.length ? dosingLines : parts;
    // ("… peuvent répartir la prise" / "matin et soir.": a sentence wrapped at a line's end, its next line in small
    // letters, goes on; so does one cut after a word no sentence ends on, "… you can take up to" / "4 gummies daily.", or one
    // whose next line opens a bracket, "In caso di aumentato fabbisogno" / "(sport, caldo estivo) 2 bustine al giorno".)
    const runsOn = (p: string, next = '') => /^\(?\p{Ll}/u.test(next) || (/^\d/.test(next) && WRAP_END_RE.test(fold(p)));
    const text = cleanText(kept.map((p, k) => (/[.:;!?]$/.test(p) || runsOn(p, kept[k + 1]) ? p : `${p};`)).join(' ')).replace(
      /;$/,
      '',
    );
    // "Dosing & Uses" over "Dosage Forms & Strengths": a monograph's list of strengths, not how to take it.
    // ("Recommended Daily Amount (RDA)" / "Adults   300mg": a reference table's group and its amount, no units to take.)
    if (
      !text ||
      !COUNT_WORD_RE.test(fold(text)) ||
      STRENGTHS_HEAD_RE.test(fold(text)) ||
      onlyIntakes(text) ||
      /^\d[\d.,]*[ ]?(?:mg|g|mcg|µg)\.?$/.test(fold(text))
    )
      continue;
    const parsed = parseDirections(text);
    // "… Jedna tabletka dostarcza 64 mg jonów magnezu." under a leaflet's contents list: a unit's
    // contents, with no intake and no frequency, are no directions.
    if (parsed?.frequencyAssumed && parsed.perIntake && unitContents(fold(text), parsed.perIntake.raw)) continue;
    if (parsed && !parsed.frequencyAssumed) {
      // ("Dosage: 2 gummies per day" among a shop's specifications, then the label's "Directions: Adults chew two (2)
      // gummies daily. May be taken up to twice daily.": a short summary with no verb of taking gives way to later
      // directions of the same intake whose day it lies within.)
      if (summary) return capText(widens(summary.parsed, parsed) ? text : summary.text, 600);
      if (text.length <= 40 && !DOSE_SENTENCE_RE.test(fold(text))) {
        summary = { text, parsed };
        continue;
      }
      return capText(text, 600);
    }
    // ("Aanbevolen dagelijkse dosering" over "Los ½ tot 1 maatschep op in water": a heading of the day's dose names the
    // frequency its lines leave out.)
    const underDayHead = `${head.line.trim().replace(/[ ]?:?$/, ':')} ${text}`;
    if (parsed?.perIntake && inline === head.line && !parseDirections(underDayHead)?.frequencyAssumed)
      return capText(underDayHead, 600);
    // ("Dosage: 2 Tablets" among a shop's specifications gives way to the label's "Directions: Adults, take two (2)
    // tablets daily with food." further down: a count with no frequency is kept in case nothing says more.)
    if (parsed?.perIntake) firstCounted ??= text;
    firstHeaded ??= text;
  }
  if (summary) return capText(summary.text, 600);
  const headedFallback = firstCounted ?? firstHeaded;
  if (headedFallback) return capText(headedFallback, 600);
  // "Toma diária recomendada" over "Tomar 2 cápsulas por dia.": a line that names taking and how often but no
  // count, unended, waits for a line just under it that counts.
  let uncounted: { text: string; at: number } | undefined;
  const opensWithDose = (f: string) => DOSE_SENTENCE_RE.exec(f.replace(/^[^:\d]{0,40}:\s*/, ''))?.index === 0;
  for (const [at, c] of items.entries()) {
    if (uncounted && at > uncounted.at + 1) return capText(uncounted.text, 600);
    // "So viel Magnesium am Tag sollten Sie maximal einnehmen", "Quanto Tomar Por Dia": the page's
    // title asks or tells about taking magnesium; it names the page, it directs no one.
    // (A warning's line is no directions, unless it opens with the verb of taking and a count of units, for no one
    // in particular: "Side effects" then "Serving Information" then "Take two(2) capsules morning and night": a
    // heading the reader does not know left the dosing line in the warnings. "Take 1 capsule daily only under
    // medical supervision if pregnant" stays a warning.)
    if (c.block === 'other' || echoesTitle(c.line, title) || columnsHeader(c)) continue;
    // ("Warnings" then "Adults: Take three caplets daily, preferably with meals. If pregnant …": its first sentence,
    // after the group it is for, the same.)
    if (c.block === 'warnings') {
      const first = c.line.split(SENTENCE_BREAK_RE)[0]!;
      const folded = fold(first);
      if (!(opensWithDose(folded) && !CONDITIONAL_RE.test(folded) && parseDirections(first)?.perIntake)) continue;
    }
    // A facts panel's own line ("One capsule daily as a dietary supplement", "Uống 1 viên / ngày") counts
    // when it starts with the count or with the verb of taking.
    // (Or, short and weighing nothing, when it tells a count of units and how often: "Täglich 2 Kapseln einnehmen.",
    // "Günde 2 kapsül alınız.")
    // ("Each tablet contains … 500 mg. Recommended intake: take 1 tablet two times a day": its sentence that
    // opens with the verb of taking, after its label, counts too.)
    const factsLine = c.block === 'facts' && !countFirst(c.folded) && !opensWithDose(c.folded) && !countAndFrequency(c);
    // A paragraph is read sentence by sentence: its dosing sentence is the directions. (A shorter one whole,
    // then by its sentences.)
    const parts = c.line.split(SENTENCE_BREAK_RE);
    const sentences = c.line.length > 400 ? parts : parts.length > 1 ? [c.line, ...parts] : [c.line];
    for (const sentence of sentences) {
      const folded = fold(sentence);
      if (factsLine && (sentence === c.line || !opensWithDose(folded))) continue;
      // (A sentence of a shorter line stands alone only where it names taking and says how often itself.)
      const alone = sentence !== c.line && c.line.length <= 400;
      if (alone && (!DOSE_SENTENCE_RE.test(folded) || parseDirections(sentence)?.frequencyAssumed !== false)) continue;
      // A question ("How much should I take daily?") is a heading of advice, not directions; so is a
      // line that announces a list with no count of its own ("where the maximum daily dose for:").
      const end = sentence.trim().at(-1);
      if (sentence.length > 400 || end === '?' || (end === ':' && !/\d/.test(sentence))) continue;
      // ("Most people take 1-2 scoops a day": what others do, an adviser's account, no product's directions.)
      if (OTHERS_TAKE_RE.test(folded)) continue;
      // "■1日摂取量" (a day's intake) over the intakes of men and women: a short heading, no unit to take.
      if (sentence.trim().length <= 20 && !parseDirections(sentence)?.perIntake) continue;
      // ("… whole grains take their Magnesium from the soil … fruits that were once rich in magnesium …": a long
      // paragraph that counts nothing tells no one how much to take.)
      if (sentence.length > 160 && !/\d/.test(folded) && !parseDirections(sentence)?.perIntake) continue;
      // (The count is read at most once, and only where the cheaper tests leave it to decide.)
      let counted: boolean | undefined;
      const countedFirst = () => (counted ??= countFirst(folded));
      if (
        (DOSE_SENTENCE_RE.test(folded) || countedFirst()) &&
        (FREQUENCY_RE.test(folded) || (MOMENT_RE.test(folded) && countedFirst())) &&
        !DISTRACTOR_RE.test(beforeChildren(folded)) &&
        // ("Barn 6–12 år: 1 tablett daglig.": children named before the count are whom it is for.)
        !CHILD_DOSE_RE.test(folded.slice(0, Math.max(0, folded.search(/\d/)))) &&
        !exampleBeforeDose(folded) &&
        !(DESCRIBES_USE_RE.test(folded) && !COUNT_WORD_RE.test(folded))
      ) {
        // (Only a heading's few words wait, and only for the line right under it that names no one: not "Take daily
        // with a meal" over "Athletes: take 2 capsules twice daily.")
        if (uncounted) return capText(/^[^\d]{0,40}:/.test(sentence) ? uncounted.text : sentence, 600);
        if (/[.!;:]$/.test(sentence.trim()) || COUNT_WORD_RE.test(folded) || sentence.trim().split(/\s+/).length > 3)
          return capText(sentence, 600);
        uncounted = { text: sentence, at };
      }
    }
  }
  return uncounted && capText(uncounted.text, 600);
}

/**
 * "Erwachsene: täglich 2 Tabletten. Kinder von 6-12 Jahren: täglich 1 Tablette.": the line up to the
 * children named after its first count; they are another group's dose, no one else's figure.
 */
function beforeChildren(folded: string): string {
  const count = folded.search(/\d/);
  const children = count < 0 ? null : CHILD_DOSE_RE.exec(folded.slice(count));
  return children ? folded.slice(0, count + children.index) : folded;
}

/**
 * "Por 1 cápsula | Por 3 cápsulas (dosis diaria) | %VRN": a table's header of two columns or more, set apart by
 * tabs or runs of spaces or closed by a percent column; it counts units, it directs no one.
 */
function columnsHeader(c: Classified): boolean {
  return (
    c.line.length <= 120 && !MG_AMOUNT_RE.test(c.folded) && /\t| {2,}|%/.test(c.line) && (headerBasis(c.folded)?.length ?? 0) >= 2
  );
}

/** A short line, weighing nothing, that tells a count of units to take and how often. */
function countAndFrequency(c: Classified): boolean {
  if (c.line.length > 120 || HAS_AMOUNT_RE.test(c.line) || !FREQUENCY_RE.test(c.folded)) return false;
  const parsed = parseDirections(c.line);
  return !!parsed?.perIntake && !parsed.frequencyAssumed;
}

/** An example or a comparison: "for example", "instead of", "zum Beispiel", "au lieu de". */
const EXAMPLE_RE =
  /(?<![a-z])(?:for example|for instance|instead of|zum beispiel|anstatt|par exemple|au lieu de|por ejemplo|en lugar de|en vez de|ad esempio|per esempio|invece di|bijvoorbeeld|in plaats van)(?![a-z])/;

/**
 * "For example, instead of taking 400mg of citrate at once take two 200mg doses": a dose given as an
 * example, before its verb of taking and naming no unit to take, is advice. ("Take 1 capsule daily, for example
 * at breakfast", "Instead of one large dose, take 1 capsule twice daily", "2-mal täglich 1 Kapsel, zum Beispiel
 * morgens, einnehmen" direct.)
 */
function exampleBeforeDose(folded: string): boolean {
  return sentencesOf(folded).some((s) => {
    const dose = DOSE_SENTENCE_RE.exec(s);
    const example = EXAMPLE_RE.exec(s);
    const count = /\d/.exec(s)?.index ?? s.length;
    return !!dose && !!example && example.index < Math.min(dose.index, count) && !DOSAGE_UNIT_RE.test(s);
  });
}

/** Letters and digits only, one space between words: "gelule recup+®" is "gelule recup". */
const bareWords = (folded: string): string => folded.replace(/[^a-z\d]+/g, ' ').trim();
/** "3x RECUP+": one line of a day's kit of several capsules, its count and the capsule's name. */
const KIT_LINE_RE = /^(\d{1,2}) ?[xX×] ?(\p{L}[\p{L}\d+ -]{1,40})$/u;
/** A kit's heading that says its list is the day's: "Composition quotidienne", "Daily pack". */
const DAILY_KIT_HEAD_RE =
  /(?<![a-z])(?:daily|per day|quotidienne?|journaliere?|taglich\w*|pro tag|diari[ao]|al giorno|dagelijks\w*)(?![a-z])/;

/** A dose table's group: "Adults", "Adolescents", "Children", "Adultes", "Enfants" (folded). */
const DOSE_TABLE_GROUP_RE = /^(?:adults?|adolescents?|children|child|teens?|adultes?|enfants?|pregnant|lactating)(?![a-z])/;
const NUMBER_CELL_RE = /^\d{1,2}(?:[.,]\d{1,2})?$/;
/** A key and its value on one line, "Min Qty: 1", "Sub Pop.: Adults": the value. */
const KEYED_CELL_RE = /^[^:\t]{1,30}:[ ]?(.*)$/;

/**
 * A licence's dose table, flattened ("Adults 19 years and older | 1 | 2 | Capsule | 1 | 1 | Day", "Adults | 19 | | |
 * Years | 1 | 3 | Capsule | 1 | 1 | Day"): each group's row as the sentence it stands for, "Adults 19 years and older: 1-2
 * Capsule 1 time(s) per day". The counts are the two number cells right before the unit's, the times the number cells
 * right after it, before a day's cell.
 */
function doseTableDirections(items: Classified[]): string | undefined {
  const rows: string[] = [];
  for (const [i, c] of items.entries()) {
    if (c.block === 'other' || c.line.length > 300) continue;
    // (A table's first row under its header may come as keys and values, one a line: "Sub Pop.: Adults" / "Age: 19
    // years" / "Min.: 1" / …; its cells are the values.)
    const keyed = KEYED_CELL_RE.exec(c.line);
    let cells: string[];
    if (keyed && DOSE_TABLE_GROUP_RE.test(fold(keyed[1]!))) {
      cells = [keyed[1]!];
      for (const d of items.slice(i + 1, i + 12)) {
        const value = KEYED_CELL_RE.exec(d.line)?.[1];
        if (value === undefined) break;
        cells.push(value);
      }
    } else cells = c.line.split(/\s*\|\s*|\t/);
    cells = cells.map((x) => x.trim());
    if (cells.length < 5 || !DOSE_TABLE_GROUP_RE.test(fold(cells[0]!))) continue;
    const u = cells.findIndex((x, k) => k > 0 && /^\p{L}/u.test(x) && !!unitKind(fold(x).split(/[ ,]/)[0]!));
    if (u < 2) continue;
    const counts = cells
      .slice(0, u)
      .filter((x) => NUMBER_CELL_RE.test(x))
      .slice(-2);
    const after = cells.slice(u + 1);
    const period = after.findIndex((x) => /^(?:day|days|jour|jours)$/i.test(x));
    const times = after.slice(0, Math.max(0, period)).filter((x) => NUMBER_CELL_RE.test(x));
    if (!counts.length || period < 0 || !times.length) continue;
    const span = (xs: string[]) => (xs.length === 2 && xs[0] !== xs[1] ? `${xs[0]}-${xs[1]}` : xs[0]!);
    const group = cells.slice(0, u).filter((x) => x && !NUMBER_CELL_RE.test(x) && !/^years?$/i.test(x));
    rows.push(`${group.join(' ')}: ${span(counts)} ${cells[u]} ${span(times)} time(s) per day.`);
  }
  return rows.length ? rows.join(' ') : undefined;
}

/**
 * "Composition quotidienne" over "1x KLAMATH / 3x RECUP+ / …", and the magnesium under "GÉLULE
 * RECUP+®" further down: a day's kit of several capsules, of which the one with magnesium is taken so
 * many at a time. The directions are the kit's line, with the capsule's heading for its unit.
 */
function kitDirections(items: Classified[]): string | undefined {
  const kit = items.flatMap((c, i) => {
    const m = KIT_LINE_RE.exec(c.line.trim());
    return m
      ? [
          {
            i,
            count: m[1]!,
            name: bareWords(fold(m[2]!)),
          },
        ]
      : [];
  });
  if (kit.length < 2) return undefined;
  const head = items.slice(Math.max(0, kit[0]!.i - 2), kit[0]!.i).find((c) => DAILY_KIT_HEAD_RE.test(c.folded));
  if (!head) return undefined;
  const mgAt = items.findIndex((c, i) => i > kit.at(-1)!.i && MAGNESIUM_RE.test(c.folded) && MG_AMOUNT_RE.test(c.folded));
  if (mgAt < 0) return undefined;
  for (let k = mgAt - 1; k > kit.at(-1)!.i && k >= mgAt - 12; k--) {
    const words = ` ${bareWords(items[k]!.folded)} `;
    const item = kit.find((x) => x.name && words.includes(` ${x.name} `));
    if (item && items[k]!.line.length <= 60) return cleanText(`${item.count}x ${items[k]!.line.trim()} (${head.line.trim()})`);
  }
  return undefined;
}

/**
 * "Start with 1 capsule a day for five days …" then, a line or a few sentences on, "… increase to 2
 * capsules daily": the later phase is part of the directions.
 */
function withLaterPhase(items: Classified[], directions: string | undefined): string | undefined {
  if (!directions || !opensPhases(directions)) return directions;
  const at = items.findIndex((c) => c.line.includes(directions) || directions.includes(c.line));
  if (at < 0) return directions;
  for (const c of items.slice(at, at + 6)) {
    if (c.block === 'other' || c.block === 'warnings') break;
    const sentences = c.line.split(SENTENCE_BREAK_RE);
    const later = sentences.find((x) => !directions.includes(x) && laterPhase(x));
    if (later) return capText(`${directions} ${later}`, 600);
  }
  return directions;
}

/** The facts panels: each heading of kind facts with its rows, and those of them that give magnesium an amount. */
interface Panels {
  all: string[][];
  withMagnesium: string[][];
}

/**
 * Each facts heading with its rows (and the "Serving Size" lines just above it). A panel right under
 * "For example, a label might say:" is an example's: its lines are marked someone else's, as a carousel's are.
 */
function factsPanels(items: Classified[]): Panels {
  const all: string[][] = [];
  // Where the last panel pushed ends, and whether it weighs magnesium.
  let last: { end: number; weighed: boolean } | null = null;
  for (let i = 0; i < items.length; i++) {
    if (!(items[i]!.heading && items[i]!.block === 'facts')) continue;
    const rows = [items[i]!.line];
    let end = i;
    for (let j = i + 1; j < items.length && items[j]!.block === 'facts' && !items[j]!.heading; j++) {
      rows.push(items[j]!.line);
      end = j;
    }
    // "Supplement Facts / Serving Size: 3 Capsules / Servings Per Container: 30" just above an
    // "Amount Per Serving" heading belong to the same panel.
    // "Serving Size" / "3 Tablets" / "Servings Per Container" / "30": their values may stand on lines of their own.
    let top = i;
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      const c = items[k]!;
      const value = VALUE_CELL_RE.test(c.line.trim()) && k > 0 && panelTop(items[k - 1]!.folded);
      if (!panelTop(c.folded) && !value) break;
      rows.unshift(c.line);
      top = k;
    }
    const before = items[top - 1];
    if (before && before.line.length <= 160 && EXAMPLE_INTRO_RE.test(before.folded)) {
      for (let k = top; k < top + rows.length; k++) items[k] = { ...items[k]!, block: 'other' };
      last = null;
      continue;
    }
    // "Información Nutricional / Tamaño de porción: 2 cápsulas / Porciones por envase: 30" right above
    // "Cantidad por porción / Magnesio 300 mg": a heading and its serving lines, no magnesium of theirs,
    // over the heading of the amounts: one panel.
    if (last && !last.weighed && last.end === top - 1 && all.at(-1)!.length <= 5) rows.unshift(...all.pop()!);
    all.push(rows);
    last = { end, weighed: rows.some((l) => MAGNESIUM_RE.test(fold(l)) && MG_AMOUNT_RE.test(fold(l))) };
  }
  // ("Magnésio (mg)<TAB>16667<TAB>250": Brazil's table puts the unit in the row's name.)
  const withMagnesium = all.filter((p) =>
    p.some((l) => MAGNESIUM_RE.test(fold(l)) && (MG_AMOUNT_RE.test(fold(l)) || /\(mg\)[\t ]+\d/.test(fold(l)))),
  );
  return { all, withMagnesium };
}

/** A verb of buying on its own, as prose uses it ("avant d'acheter", "antes de comprar", "prima di acquistare"). */
const BUY_VERB_RE = /(?<![a-z])(?:acheter|comprar|acquista|bestellen|купить|купити|kob|kjop|koupit)(?![a-zа-я])/g;

/** "antes de comprar", "before buying", "avant d'acheter": advice on what to do before one buys. */
const BEFORE_BUYING_RE =
  /(?<![a-z])(?:antes de (?:comprar|adquirir)|before (?:you )?(?:buy|buying|purchasing)|avant d'acheter|prima di (?:comprare|acquistare)|vor dem kauf|voor (?:je |u )?(?:koopt|het kopen)|przed zakupem)(?![a-z])/;
/** "Where to buy", "Où acheter", "Wo kaufen": a brand site's list of shops. */
const WHERE_TO_BUY_RE =
  /(?<![a-z])(?:where to buy|ou acheter|wo (?:zu )?kaufen|waar (?:te )?(?:kopen|koop)|donde comprar|dove (?:acquistare|comprare)|onde comprar|gdzie kupic|var kan jag kopa|hvor kan (?:jeg|man) kobe)(?![a-z])/g;
/**
 * The page sells a product: a price, a shop record's price key ("price<TAB>499.00", "precio<TAB>13900",
 * the currency left to the shop), or a cart button of its own. A carousel's "Add to Cart" sells its
 * own tiles, and so does a sponsored tile's (its button followed by "Sponsored"), not what the page is about.
 */
function sellsProduct(items: Classified[], price: SnapshotFields['price']): boolean {
  return (
    !!price ||
    items.slice(0, 30).some((c) => PRICE_KEY_RE.test(c.line)) ||
    // ("Acerca de este producto" over a bath salt's bullets: a marketplace's own heading for the item on sale.)
    items.slice(0, 60).some((c) => c.line.length <= 40 && ABOUT_THIS_ITEM_RE.test(c.folded.trim())) ||
    items.some(
      (c, i) =>
        c.block !== 'other' &&
        // ("Où acheter ?", "Where to buy": a brand's link to the shops that sell it, no cart of its own.)
        CART_RE.test(c.folded.replace(WHERE_TO_BUY_RE, ' ')) &&
        // ("Как не купить мел?", how not to buy chalk: a question heads a section, no button asks.)
        !/\?\s*$/.test(c.line) &&
        // ("È disponibile sia in compresse …": in a sentence, "available" tells the forms, not the stock.)
        // (Nor, in a long line, a verb of buying alone: "Lisez la liste avant d'acheter : …", "antes de comprar".)
        (c.line.length <= 80 || CART_RE.test(c.folded.replace(STOCK_WORDS_RE, ' ').replace(BUY_VERB_RE, ' '))) &&
        // ("Checklist rápido antes de comprar", "What to check before buying": a heading of advice, no button.)
        !BEFORE_BUYING_RE.test(c.folded) &&
        !items.slice(i + 1, i + 3).some((n) => SPONSORED_RE.test(n.folded.trim())),
    )
  );
}

/**
 * A medicine's leaflet ("Patienteninformation", "Package leaflet: information for the user") is
 * about that one medicine, even where the copy stops before its dosing section.
 * (Not an item of a reading list: "- Gebrauchsinformation (CH)" under "Literatur" cites one.)
 */
function isLeaflet(items: Classified[], nameAt: number): boolean {
  return items
    .slice(nameAt, nameAt + 25)
    .some(
      (c, k) =>
        c.line.length <= 80 &&
        LEAFLET_RE.test(c.folded) &&
        !items.slice(Math.max(0, nameAt + k - 3), nameAt + k).some((b) => READING_LIST_HEAD_RE.test(b.folded.trim())),
    );
}

/** What stands right under the product's name and says the page is one product's record. */
interface NameMarks {
  /** The title's line (-1 when the title is not a line of the text). */
  titleAt: number;
  /** The line right under it. */
  belowName?: Classified;
  /** A product database's barcode, or a shop's or regulator's number for it. */
  barcoded: boolean;
  /** Two kinds of key of a drug database's record. */
  recordRows: boolean;
  /** A drug directory's pack row that counts the product's units. */
  packRow: boolean;
}

function marksUnderName(items: Classified[], title: string | undefined, nameAt: number): NameMarks {
  // The details under the product's name start at its line (a site's menu may stand above it).
  const titleAt = title ? items.findIndex((c) => echoesTitle(c.line, title)) : -1;
  const under = (n: number) => items.slice(Math.max(nameAt, titleAt), Math.max(nameAt, titleAt) + n);
  return {
    titleAt,
    belowName: titleAt >= 0 ? items[titleAt + 1] : undefined,
    // A product database's record ("Barcode: 22149466" under the name): one product's page.
    // (Or a shop's or a regulator's number for it on a short line: "( SKU: 9486, NPN: 80026324 )".)
    barcoded: keyRows(under(12)).some(
      (c) => BARCODE_LINE_RE.test(c.folded.trim()) || (c.line.length <= 120 && PRODUCT_CODE_RE.test(c.folded)),
    ),
    // A drug database's record of one medicine: two kinds of key among its rows (dosage form, substance, ATC code, licence).
    recordRows:
      RECORD_KEYS_RE.filter((re) => keyRows(under(30)).some((c) => c.line.length <= 160 && recordKey(c.line, re))).length >= 2,
    // A drug directory's detail rows count the product's pack ("Kemasan<TAB>1 botol @ 60 tablet").
    packRow: keyRows(under(20)).some((c) => PACK_KEY_RE.test(c.folded) && (COUNT_RE.test(c.folded) || PIECES_RE.test(c.folded))),
  };
}

/** A product's detail rows: its barcode, its shop's or regulator's code, a drug record's keys, its pack. */
const DETAIL_ROW_RES = [BARCODE_LINE_RE, PRODUCT_CODE_RE, PACK_KEY_RE, ...RECORD_KEYS_RE];

/**
 * The lines as detail rows: "Kemasan" then "1 botol @ 60 tablet", or "EAN" then "7896637030809" (a table's
 * or a definition list's key and value on their own lines) is one row, "Kemasan: 1 botol @ 60 tablet".
 */
function keyRows(items: Classified[]): Array<{ line: string; folded: string }> {
  const rows: Array<{ line: string; folded: string }> = [];
  for (let i = 0; i < items.length; i++) {
    const key = items[i]!.line.trim().replace(/\s*:$/, '');
    const value = items[i + 1];
    if (!value) {
      rows.push(items[i]!);
      break;
    }
    const line = `${key}: ${value.line.trim()}`;
    // (A value is a few words, no sentence: "Presentación" over a paragraph is a section, not a detail row.)
    const split =
      key.length <= 60 &&
      !/[\t\d:]/.test(key) &&
      !value.heading &&
      !value.line.includes('\t') &&
      value.line.trim().length <= 60 &&
      !/[.!?;](?:\s|$)/.test(value.line.trim()) &&
      DETAIL_ROW_RES.some((re) => re.test(fold(line)));
    rows.push(split ? { line, folded: fold(line) } : items[i]!);
  }
  return rows;
}

/** Where the label text came from, when no facts panel gave it. */
type LabelSource = 'panel' | 'loose-rows' | 'under-name' | 'composition' | 'table' | 'strength' | 'short-text';

/** What the label reading needs to know of the page. */
interface LabelContext {
  text: string;
  title?: string;
  nameAt: number;
  panels: Panels;
  /** Where a magnesium row outside a panel may count: the page sells, directs, is short, or a leaflet. */
  ownsRows: boolean;
  short: boolean;
}

/**
 * The label text: the panels giving magnesium an amount (else the panel naming it, else the first), then,
 * where none gives it an amount,
 * magnesium rows elsewhere in the product's text; then the first of these present: composition rows
 * under the name, one unit's composition in a sentence, a nutrient table with no known heading, a drug
 * database's strength, a short text's own lines.
 */
/** A line that goes on from the line above: the line above ends no sentence and this one opens in lower case (or a bracket). */
const goesOn = (above: Classified | undefined, c: Classified, bracket: boolean): above is Classified =>
  !!above &&
  !above.heading &&
  above.block === c.block &&
  (bracket ? /^[\p{Ll}(]/u : /^\p{Ll}/u).test(c.line.trim()) &&
  !/[.!?:;,]\s*$/.test(above.line);

/**
 * "Každá tableta s predĺženým" over "uvoľňovaním obsahuje 535 mg …" over "(zodpovedá 64 mg horčíka Mg2+).": a leaflet's
 * sentence wrapped at the lines' ends. A row whose line goes on from a line of prose that weighs nothing takes the
 * sentence's start from it (after its last full stop), and the rows going on from it are joined to it. (Rows one per
 * line, "магния лактата дигидрат 186 мг" over "магния пидолат 936 мг", are rows each.)
 */
function wrappedRows(items: Classified[], rows: Classified[]): string[] {
  const out: string[] = [];
  let wrapped = false;
  rows.forEach((c, k) => {
    const above = items[items.indexOf(c) - 1];
    const prose = !!above && !findAmounts(above.line).length && above.line.trim().split(/\s+/).length >= 3;
    if (wrapped && rows[k - 1] === above && goesOn(above, c, true)) {
      out[out.length - 1] = `${out.at(-1)!.trimEnd()} ${c.line.trim()}`;
      return;
    }
    wrapped = prose && goesOn(above, c, false);
    out.push(
      wrapped
        ? `${above!.line
            .split(/(?<=[.!?])\s+/)
            .at(-1)!
            .trim()} ${c.line.trim()}`
        : c.line,
    );
  });
  return out;
}

function pickLabel(items: Classified[], ctx: LabelContext): { text: string; from?: LabelSource } {
  const { panels, title } = ctx;
  // (With no amount of magnesium in any panel, the panel that names it with no figure, "Proprietary Blend
  // 500 mg" over "Magnesium Chelate", else the first: a food's "Magnesium 0%" names none.)
  const naming = panels.all.filter((p) => p.some((l) => mentionsMagnesiumNutrient(l) && !/\d/.test(l)));
  // (Else the first panel that weighs anything, not past another product's carousel: "Состав" over "Таблетки …<TAB>
  // 1 табл." heads the unit, the "активные вещества:" under it the rows, where a label that lists its nutrients shows
  // it holds no magnesium; a "Supplement Facts / Serving Size" head over rows split from it keeps them. A
  // cross-sell's panel under "Frequently bought together" is another product's.)
  const carouselAt = items.findIndex((c) => c.heading && c.block === 'other' && CAROUSEL_HEAD.test(c.folded));
  const before = (p: string[]) =>
    carouselAt < 0 || items.findIndex((c) => c.line === p.at(-1) && c.block === 'facts') < carouselAt;
  const weighing = panels.all.filter((p) => p.some((l) => findAmounts(l).length > 0) && before(p));
  const chosen = panels.withMagnesium.length
    ? panels.withMagnesium
    : naming.length
      ? naming.slice(0, 1)
      : (weighing.length ? weighing : panels.all).slice(0, 1);
  let label = chosen.map((p) => p.join('\n')).join('\n');
  let from: LabelSource | undefined = label ? 'panel' : undefined;
  // ("Serving Size: 4 Capsule(s)" among a record's keys above "Supplement Facts": the one panel's serving.)
  if (chosen.length === 1 && !chosen[0]!.some((l) => SERVING_SIZE_LINE_RE.test(fold(l).trim()))) {
    const at = items.findIndex((c) => c.line === chosen[0]![0]);
    const above = items.slice(Math.max(0, at - 12), Math.max(0, at)).filter((c) => SERVING_SIZE_LINE_RE.test(c.folded.trim()));
    if (above.length === 1 && above[0]!.line.length <= 60) label = `${above[0]!.line}\n${label}`;
  }
  // No panel names magnesium: label-like lines elsewhere in the product's text ("Each tablet
  // contains magnesium 250 mg"), never from carousels, warnings or someone else's figures.
  if (!panels.withMagnesium.length && ctx.ownsRows) {
    // "Ingredients (per 30 drops): Magnesium (as magnesium chloride) 80 mg" is a label row too.
    // The title's own line is the title's claim (AMOUNT_SOURCES rank 7), not a label row.
    const loose = items.filter(
      (c, i) =>
        i >= ctx.nameAt &&
        (c.block === 'prose' || c.block === 'ingredients') &&
        // "Children: 2 to 4 years" then "One level 5ml spoon daily (109 mg magnesium)": a dose for someone else.
        !forSomeoneElse(items[i - 1]) &&
        (!c.heading || c.block === 'ingredients') &&
        magnesiumRowLike(c) &&
        // ("לקחת כמוסה אחת ביום (כ- 100 מ"ג מגנזיום אלמנטאלי) …": a sentence that opens with taking is directions, no row.)
        DOSE_SENTENCE_RE.exec(c.folded)?.index !== 0 &&
        !underNoDoseBasis(items, i) &&
        // ("Magnesium Forte 500 mg (60 tabs)" over "~$20–28": a tile's name over its price, an offer; so is a line
        // that ends with its price, "Магнезијум B6 таблете, 30 ком – 100 mg магнезијума по таблети – 389,00 RSD".)
        !(items[i + 1] && items[i + 1]!.line.length <= 24 && PRICE_RE.test(items[i + 1]!.line)) &&
        !pricedRow(c.line) &&
        !toldAsComposition(c) &&
        // ("WORKS WELL WITH: Many customers pair D3 with our Magnesium Citrate 1000mg (150mg …)": a bullet that sells another.)
        !CAROUSEL_HEAD.test(/^([^:]{3,40}):/.exec(c.folded.trim())?.[1] ?? '') &&
        !echoesTitle(c.line, title),
    );
    // "Serving size: 2 gummies" a line or two above a row is what the rows are per.
    // ("Toitainesisaldus<TAB>1 kapslis<TAB>2 kapslis (päevane annus)" right above: the columns' header too.)
    const headerAbove = (at: number): Classified[] =>
      items.slice(Math.max(0, at - 3), at).filter(
        (c, k, above) =>
          SERVING_SIZE_LINE_RE.test(c.folded) ||
          // ("Analyse moyenne | Pour 2 gélules | %VNR*", "Contenuto per compressa:": a header's cells or its colon; a drug
          // register's one cell, "1 амп. (10 мл)", its volume in its bracket.)
          (k === above.length - 1 &&
            (/\t| \| |:\s*$/.test(c.line) || /^\s*1\s/.test(c.line)) &&
            !findAmounts(c.line.replace(/\([^()]*\)/g, ' ')).length &&
            !!headerBasis(c.folded)) ||
          // ("1 Filmtablette enthält:" over a leaflet's rows: what one unit holds.)
          (k === above.length - 1 && namesOneUnitContents(c.folded)),
      );
    // (A description's line that names the product's salt and weight, above "Contenuto per compressa:" and its row:
    // the rows under the header are the label.)
    const headers = loose.slice(0, 6).map((c) => headerAbove(items.indexOf(c)));
    const headed = headers.findIndex((h) => h.length > 0);
    const start = Math.max(0, headed);
    if (loose.length) {
      const given = new Set(label.split('\n'));
      // ("Amounts per daily serving of 2 capsules." under a table headed only "Ingredient | Amount | NRV %": its basis,
      // said below the rows, read as a header.)
      const lastRow = items.indexOf(loose[Math.min(loose.length, start + 6) - 1]!);
      const basisBelow =
        headed < 0
          ? items
              .slice(lastRow + 1, lastRow + 5)
              .find((c) => c.line.length <= 80 && AMOUNTS_PER_LINE_RE.test(c.folded.trim()) && !!headerBasis(c.folded))
          : undefined;
      label = [
        label,
        // (Not a line the panel above already gave: "serving size: two (2) tablets" as its own panel.)
        ...(headers[headed] ?? []).map((c) => c.line).filter((l) => !given.has(l)),
        ...(basisBelow ? [basisBelow.line] : []),
        ...wrappedRows(items, loose.slice(start, start + 6)).map(valueCells),
      ]
        .filter(Boolean)
        .join('\n');
      from ??= 'loose-rows';
    }
  }
  if (label) return { text: label, from };
  const fallbacks: [LabelSource, () => string | undefined][] = [
    // Rows right under the name with no heading ("Calcium Citrate – 1200 mg", "Magnesium Hydroxide – 100 mg", …).
    ['under-name', () => compositionUnderName(items, title)],
    // "A soft gel capsule formulated using … 50 mg of magnesium oxide …": one unit's composition told
    // in the description's sentence is the label the page gives.
    ['composition', () => unitComposition(items)],
    // "Minerals:" then "Calcium (calcium carbonate)<TAB>250 mg", "Magnesium (magnesium oxide, USP)<TAB>50 mg", …:
    // a table of nutrients with no heading the reader knows is the label.
    ['table', () => nutrientTable(items)],
    // "Ravimi tugevus: 1830mg 20TK" and "Toimeained: magneesiumtsitraat": a drug database's strength and
    // active substance on rows of their own are one unit's label row.
    ['strength', () => recordStrength(items, title)],
    ['short-text', () => (ctx.short ? shortTextLabel(items, ctx.text, title) : undefined)],
  ];
  for (const [source, read] of fallbacks) {
    const found = read();
    if (found) return { text: found, from: source };
  }
  return { text: '' };
}

/**
 * A short text's own lines, where they give magnesium an amount. A product's name with its package
 * count ("… Magnesium Glycinate 240 mg, 180 Capsules") is the title's claim (AMOUNT_SOURCES rank 7),
 * not a label row, even in a short text; lines that are someone else's, an example's or a carousel's, stay out.
 */
function shortTextLabel(items: Classified[], text: string, title: string | undefined): string | undefined {
  const named = !!title && COUNT_RE.test(fold(title));
  const others = items.some((c) => c.block === 'other');
  const body = items
    .filter((c) => !(named && echoesTitle(c.line, title)) && c.block !== 'other')
    .map((c) => valueCells(c.line))
    .join('\n');
  if (!(MAGNESIUM_RE.test(fold(body)) && MG_AMOUNT_RE.test(fold(body)))) return undefined;
  return named || others ? body : text.trim();
}

/**
 * An ingredients heading's text: on its line ("Ingredients: …") and the lines under it. Of several
 * (a tab's "Ingrediënten" above its table, then "Ingrediënten: Magnesiumhydroxide, …"), the list.
 * A word that heads both ("Skład", composition or ingredients) over a list with no amounts is the ingredients.
 */
function ingredientsText(items: Classified[]): string | undefined {
  const texts = items.flatMap((c, at) => {
    const both = c.block === 'facts' && INGREDIENTS_HEAD.test(c.folded);
    if (!(c.heading && (c.block === 'ingredients' || both))) return [];
    // ("原材料名 酸化マグネシウム(国内製造)、デンプン…": a Japanese heading and its list after a space.)
    const head = afterCjkHead(c, CJK_INGREDIENTS_HEAD) ?? c.line.replace(/^[^:]{0,60}:\s*/, '');
    const rest = items
      .slice(at + 1, at + 3)
      .filter((n) => n.block === c.block && !(both && n.heading))
      .map((n) => n.line);
    // ("Složení" over its list, then "Obsahuje 190 mg sodíku v 1 tabletě.": a composition heading's list ends at a line
    // that weighs something.)
    const weighed = both ? rest.findIndex((l) => MG_AMOUNT_RE.test(fold(l))) : -1;
    if (weighed > 0) rest.length = weighed;
    // A list of one short item a line ("Maltodextrina" / "Agua" / "Citrato de Magnesio (magnesio 11,9%)")
    // goes on to its end, the next heading or a line that is no item.
    // So does a glossary of them, one "name: what it does" a line ("Matriz Mineral …: Combinação de … Óxido de Magnésio").
    const item = rest.every(ingredientItem) ? ingredientItem : rest.every(glossaryItem) ? glossaryItem : null;
    if (rest.length === 2 && item)
      for (let k = at + 3; k < items.length && rest.length < 30; k++) {
        const n = items[k]!;
        if (n.block !== c.block || n.heading || !item(n.line)) break;
        rest.push(n.line);
      }
    // ("… substancja" / "przeciwzbrylająca: sole magnezowe kwasów" / "tłuszczowych (stearynian magnezu), dwutlenek": a list
    // a narrow label wrapped goes on while a line stops short of its full stop and the next opens in small letters.)
    if (rest.length >= 2 && weighed < 0)
      for (let k = at + 1 + rest.length; k < items.length && rest.length < 12 && !/[.!]\s*$/.test(rest.at(-1)!); k++) {
        const n = items[k]!;
        if (n.block !== c.block || n.heading || !/^\p{Ll}/u.test(n.line.trim())) break;
        rest.push(n.line);
      }
    // ("Összetevők (INCI): Aqua, …": a cosmetic's list keeps its name, which says what the product is.)
    const inci = head !== c.line && /(?<![a-z])inci(?![a-z])/i.test(c.line.slice(0, c.line.length - head.length)) ? 'INCI: ' : '';
    const text = cleanText([head !== c.line ? inci + head : '', ...rest].join(' '));
    return text && !(both && MG_AMOUNT_RE.test(fold(text))) ? [text] : [];
  });
  // ("Ingredienti speciali: Magnesio, potassio, vitamina C" in a shop's details, then the label's "Ingredienti: Potassio
  // citrato, magnesio citrato, …": the list that names a salt of magnesium is the label's.)
  const lists = texts.filter((t) => (t.match(/,/g) ?? []).length >= 2);
  const first = lists[0] ?? texts[0];
  // (A list, not prose that tells of a chelate in sentences.)
  const namesSalt = (t: string) => !/[.!?]\s+\p{Lu}/u.test(t) && formsNearMagnesium(t).length > 0;
  return first && !formsNearMagnesium(first).length ? (lists.find(namesSalt) ?? first) : first;
}

/** The notice the EU asks of a food supplement, in the languages the reader knows (folded). */
const SUPPLEMENT_NOTICE_RE = new RegExp(String.raw`(?<![a-z])(?:${FOOD_SUPPLEMENT_NAMES})(?![a-z])`);

/** A medicine's word, or a denial: the line speaks of a supplement as something else. */
const MEDICINE_OR_DENIAL_RE =
  /(?<![a-z])(?:medicament|medicine|drug|arzneimittel|medicamento|farmaco|geneesmiddel|lek|lecivo|n'est pas|is not|isn't|ist kein\w*|no es|non e|is geen)(?![a-z])/;

/** The product's own prose and bullets: where claims and stated amounts are read. */
function productProse(
  items: Classified[],
  nameAt: number,
  title: string | undefined,
): { bullets: string[]; description: string } {
  const bullets: string[] = [];
  const prose: string[] = [];
  for (const [i, c] of items.entries()) {
    // An indications heading ("Anwendungsgebiete:") stays with its text: it says what the text is.
    if (
      i < nameAt ||
      (c.heading && c.block !== 'prose') ||
      c.block === 'other' ||
      c.block === 'facts' ||
      c.block === 'chrome' ||
      echoesTitle(c.line, title) ||
      CITATION_RE.test(c.line)
    )
      continue;
    if (c.line.length < 25 && (CHROME_RE.test(c.folded) || CART_RE.test(c.folded))) continue;
    // "Food supplements should not be used as a substitute for a varied diet", "Nahrungsergänzungsmittel. …": the notice
    // the law asks of a food supplement, among its warnings, says what the product is.
    // (Not a medicine's advice: "Ce médicament n'est pas un complément de magnésium : … un complément alimentaire".)
    if (c.block === 'warnings' && !c.heading && SUPPLEMENT_NOTICE_RE.test(c.folded) && !MEDICINE_OR_DENIAL_RE.test(c.folded)) {
      prose.push(c.line.replace(/\t/g, ' '));
      continue;
    }
    // A list item of a paragraph's length is prose: read whole, not cut to a bullet's length.
    if (c.bullet && bullets.length < 20 && c.line.length <= 400) bullets.push(c.line);
    else if (c.block === 'prose' || c.block === 'directions') prose.push(c.line.replace(/\t/g, ' '));
  }
  return { bullets, description: capText(prose.join('\n'), MAX_DESCRIPTION) };
}

/** What the page is, from the evidence the reading stages gathered. */
interface PageEvidence {
  title?: string;
  path?: string;
  host?: string;
  panels: Panels;
  sells: boolean;
  leaflet: boolean;
  short: boolean;
  directions?: string;
  label: { text: string; from?: LabelSource };
  marks: NameMarks;
  ingredients?: string;
}

/**
 * A product page sells or labels one product; an article, recipe or thread talks about many.
 * `dropsLabel`: the page is no one product's, so its panels and composition sentences are someone
 * else's or no product's ("Each capsule contains 120 mg of magnesium glycinate" under "The 5 Best …").
 * (A monograph, also no product page, still describes one product: its panel stays.)
 */
function pageGenre(
  items: Classified[],
  e: PageEvidence,
): { genre?: SnapshotFields['genre']; isProductPage: boolean; dropsLabel: boolean } {
  const { title, sells, directions } = e;
  const magnesiumPanel = e.panels.withMagnesium.length > 0;
  // Reviews and carousels ("Read more", "Top reviews") are the shop's, not signs of an article.
  const ownText = items
    .filter((c) => c.block !== 'other' && c.block !== 'chrome')
    .map((c) => c.folded)
    .join('\n');
  const articleSignals = new Set((ownText.match(ARTICLE_RE) ?? []).map(signalWord)).size;
  const labelled = magnesiumPanel || e.panels.all.length > 0 || e.leaflet;
  const ranking = isRanking(items, title, sells, e.panels);
  const asks = !magnesiumPanel && (asksOrTeaches(items, title, sells) || substanceEntry(items, sells));
  const blog = isBlogPost(items, e, articleSignals);
  // ("176 results for "magnesium"" / "Sort: Relevance" above the line taken for the title: that line is the first tile.)
  const titleAt = title ? items.findIndex((c) => echoesTitle(c.line, title)) : -1;
  const controlsAboveTitle = titleAt > 0 && items.slice(0, titleAt).some((c) => CATEGORY_CONTROLS_RE.test(c.folded));
  // ("La ingesta de referencia de magnesio … es de 375 mg al día (VRN). …": a sentence taken for the title names no product,
  // whatever amount it gives.)
  const sentenceTitle = !!title && title.length > 80 && /[.!]\s*$/.test(title);
  const tiles =
    !ranking && !!title && (!titleHasAmount(title) || controlsAboveTitle || sentenceTitle)
      ? listingTiles(items, controlsAboveTitle ? undefined : title)
      : { tiles: 0, magnesium: 0, first: -1 };
  // "Magnesium supplementen" over tiles each with its own name, amount and price: a category or search page.
  // (A product page named without its amount, "Magnesium Breakthrough", has its own panel or directions
  // above the tiles of "You may also like".)
  // (Read only where the cheaper tests leave it to decide.)
  let below: Classified[] | undefined;
  const belowControls = () => (below ??= underControls(items));
  const listing =
    (!magnesiumPanel && !directions && tiles.magnesium >= 2 && tiles.tiles >= 3) ||
    // A shop's category page that prints each product's name with its pack, its label and its own
    // directions: the same directions heading three times or more, under three names or more (and, where it
    // sells, a price of each: "Цена: 8.49 лв." under every product).
    ((!sells || items.filter((c) => pricedLine(c.line)).length >= 3) &&
      repeatedDirections(items) >= 3 &&
      items.filter((c) => c.line.length <= 120 && namesPack(c.line)).length >= 3) ||
    // "Cápsulas" over ten priced tiles, one of them a magnesium product: a category of other products,
    // whose tiles' own suggestions of use are no directions of the page's.
    (!e.panels.all.length && tiles.tiles >= 6 && tiles.magnesium >= 1 && !MAGNESIUM_RE.test(fold(title ?? ''))) ||
    // "42 Artikel", "Sortieren nach: Beliebtheit", "Filtrer par" above four priced tiles or more: a category page, whose
    // tiles' own lines ("Tagesdosis 2 Dragees: 60 mg Magnesium") are no panel or directions of the page's.
    (tiles.tiles >= 4 && tiles.magnesium >= 2 && items.slice(0, tiles.first).some((c) => CATEGORY_CONTROLS_RE.test(c.folded))) ||
    // "WILLOW Magnesium Glycinate — 120 Capsules (R361)", "SOLAL Magnesium Glycinate — 60 Tablets (R399)", …: a catalogue,
    // three products' names or more, each with a pack and its own price. (Not one product's sizes, "60 Kapseln – 18,90 €"
    // over "90 Kapseln – 25,90 €": their words are one.)
    (!magnesiumPanel &&
      new Set(
        items
          .filter((c) => c.block !== 'other' && c.line.length <= 160 && PRICE_RE.test(c.line) && namesPack(c.line))
          .map((c) => c.folded.replace(/[^a-z]+/g, ' ').trim()),
      ).size >= 3) ||
    // "Sort by price: low to high" over tiles, each with a price on a line of its own: a category page, under a name that
    // is a category's ("Circulatory Health", "Magnesium"), with no amount or pack.
    (!!title && !titleHasAmount(title) && !namesPack(title) && belowControls().filter(priceLine).length >= 3) ||
    // "Sortuj: Najpopularniejsze" over "Olimp Chela-Mag B6 – 60 kapsułek<TAB>29,99 zł" and more: a category's tiles, each a
    // name with its pack and its price on one line, with no panel or directions of the page's own.
    (!magnesiumPanel && !directions && magnesiumTiles(belowControls()) >= 3);
  const manyProducts = listing || (ranking && !/^(?:monograph|monographie|monografia)(?![a-z])/.test(fold(title ?? '')));
  // "Insalata di quinoa … - la ricetta ricca di magnesio" with its cooking times, or a dish's name over a
  // recipe card ("Jump to Recipe", "Prep Time: 5 mins"): a recipe, whose nutrition panel is a dish's, not
  // a product's label.
  // (A list of foods by the kitchen's measures, "30 g Kürbiskerne" / "1 EL Kakaopulver" / "250 ml Haferdrink", is a recipe's
  // sign too: a pasted recipe has little else.)
  // ("材料 (3～4人分)" over "乾燥大豆<TAB>200g" and "にがり(液体)<TAB>大さじ1と1/2", then "作り方": a Japanese recipe.)
  const cjkCard = CJK_RECIPE_CARD_RE.test(ownText);
  const measuredFoods = items.filter((c) => c.line.length <= 60 && KITCHEN_MEASURE_LINE_RE.test(c.folded)).length >= 3;
  const recipe =
    !sells &&
    articleSignals + (measuredFoods ? 1 : 0) + (cjkCard ? 1 : 0) >= 2 &&
    ((!!title && RECIPE_TITLE_RE.test(fold(title))) || RECIPE_CARD_RE.test(ownText) || cjkCard);
  // "Your cart" with its items' "Remove" buttons, its "Subtotal" and its "Check out": a basket of products, none the page's
  // own, however many of them are magnesium. (A product page's cart drawer holds the one product just added: a label
  // or directions on the page, and a basket of two items or more.)
  // (A row's cells apart as the page printed them: "… CHF 24.50<TAB>Entfernen".)
  const shortLines = items.filter((c) => c.line.trim().length <= 60).map((c) => fold(c.line.replace(/\t/g, '  ')).trim());
  const lineOf = (re: RegExp) => shortLines.filter((l) => re.test(l)).length;
  const removable = lineOf(REMOVE_ITEM_LINE_RE);
  // (Three items or more, each with its own "[Remove]", are a basket or a plan of products whatever its totals: "Your
  // personalised plan" / "1. Magnesium Glycinate Night" / … / "$26 / month  [Remove]".)
  const cart =
    (lineOf(CART_SUBTOTAL_LINE_RE) > 0 && lineOf(CHECKOUT_LINE_RE) > 0 && removable >= (magnesiumPanel || directions ? 2 : 1)) ||
    removable >= 3;
  // "Reply" under each post (and nothing sold): a forum thread, or an article's comments, by many people.
  const thread = !sells && items.filter((c) => c.line.length <= 20 && REPLY_LINE_RE.test(c.folded.trim())).length >= 2;

  // ("Home / About Us" over the founders' story and the range's names with their mg; "Hjem / Gavekort": the shop's own pages.)
  // (Not a menu bar that ends with its "About" link: "Shop by Product | Practitioner Portal | Learn | About".)
  const sitePage = items
    .slice(0, 20)
    .some((c) => c.line.length <= 120 && SITE_PAGE_CRUMB_RE.test(c.folded) && (c.line.match(/\s\|\s/g) ?? []).length < 4);

  const genre: SnapshotFields['genre'] =
    listing || cart ? 'listing' : manyProducts ? 'ranking' : thread ? 'forum' : blog.dated || recipe ? 'article' : undefined;
  const about = !ranking && !listing && !cart && !thread && !asks && !blog.any && !recipe && !sitePage;
  return {
    genre,
    dropsLabel: manyProducts || cart || asks || blog.any || recipe || sitePage,
    isProductPage: about && namesOneProduct(items, e, articleSignals, labelled),
  };
}

/** A price on a short line of its own ("14,99 €  Añadir"). */
const priceLine = (c: Classified): boolean => c.line.trim().length <= 20 && PRICE_RE.test(c.line);

/**
 * The lines under a category page's sorting or counting line, where no price stands above it (none otherwise: a product
 * page's own price comes before its reviews' "Sort by").
 */
function underControls(items: Classified[]): Classified[] {
  const controls = items.findIndex((c) => CATEGORY_CONTROLS_RE.test(c.folded));
  return controls < 0 || items.slice(0, controls).some(priceLine) ? [] : items.slice(controls + 1);
}

/** The tiles (a name with its pack and price on one line) among those lines, where two name magnesium. */
function magnesiumTiles(lines: Classified[]): number {
  const tiles = lines.slice(0, 59).filter(pricedTileLine);
  return tiles.filter((c) => MAGNESIUM_RE.test(c.folded)).length >= 2 ? tiles.length : 0;
}

/**
 * A line of a recipe's ingredients: a quantity in a kitchen's measure, then the food ("2 tbsp cacao", "1 EL Honig",
 * "1 xícara (chá) de …"); in Japanese, the food then its measure ("にがり(液体)<TAB>大さじ1と1/2", "乾燥大豆<TAB>200g").
 */
const KITCHEN_MEASURE_LINE_RE =
  /^(?:[-•*·–][ ]?)?(?:\d{1,4}(?:[.,]\d)?|[½¼¾]|\d\/\d)[ ]?(?:g|kg|ml|dl|el|tl|tbsp|tsp|tablespoons?|teaspoons?|cups?|tassen?|handvoll|prise|cs|cc|cda|cdta|cucchiai(?:o|ni|no)?|eetlepels?|theelepels?|(?:cuilleres?|c\.) a (?:soupe|cafe)|(?:cda|cdta|cs|cc)\.|xicaras?|colher(?:es)?|tazas?|cucharadas?|cucharaditas?)[ ][\p{L}(]|^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}()（）・]{1,20}\t(?:大さじ|小さじ|\d{1,2}カップ|[1-9]\d{1,3} ?(?:g|ml)$)/u;

/** "… Glycinate 120 Capsules", "… 400 mg": a title naming the product with its count or amount. */
function titleHasAmount(title: string | undefined): boolean {
  return !!title && (COUNT_RE.test(fold(title)) || MG_AMOUNT_RE.test(fold(title)));
}

/** A shop's banner: a sale, its shipping, an exclamation ("送料無料", "versandkostenfrei ab 29 €", "当店おすすめ商品はこちら!"). */
const BANNER_RE =
  /[!！]|送料|当店|(?<![a-z])(?:free shipping|shipping|versand\w*|livraison|envio|spedizione|verzending|sale|% off|rabatt|soldes)(?![a-z])/;

/** One word of an article counted once, however inflected ("článek", "článku"; "artykuł", "artykule"; "автора", "авторы"). */
function signalWord(match: string): string {
  return match.replace(/^(clan|artykul|автор|исследовани)[\p{L}]*$/u, '$1');
}

/**
 * "Best Magnesium Supplements (2026): Tested & Ranked": a ranking of many products, whatever its tables hold.
 * "Supplement 1: Mg + Riboflavin + CoQ10": a page numbering the products it goes through is a guide too.
 */
/** "OPTION A –", "Option 2:", "Opción B:": one of the products a comparison weighs, by its letter or number. */
const OPTION_HEAD_RE =
  /^(?:option|opcion|opcao|optie|choix|wahl|product|produkt|produit|producto)[ ]([a-d1-4])(?:[ ]?[–—:-]|[ ]?\))/;
function isRanking(items: Classified[], title: string | undefined, sells: boolean, panels: Panels): boolean {
  const first = items[0];
  return (
    (!!title && RANKING_TITLE_RE.test(fold(title))) ||
    // ("カルシウム・サプリメントの選び方 … 人気ランキング" as the text's first line, above a product of the
    // ranking that names magnesium and so was taken for the name; not a shop's banner over its own panel,
    // "Best Supplements of 2025 – free shipping", "楽天ランキング1位獲得！送料無料".)
    // (Nor a shop's name of a few words over the product it sells, "Best Aromatherapy Products" over "Sleep Easy Magnesium
    // Roll-On" and its price and cart.)
    (!!first &&
      !(sells && /^[\p{Script=Latin}&' -]+$/u.test(first.line.trim()) && first.line.trim().split(/\s+/).length <= 4) &&
      first.line !== title &&
      first.line.length >= 20 &&
      !panels.all.length &&
      !BANNER_RE.test(first.folded) &&
      RANKING_TITLE_RE.test(first.folded)) ||
    (!!title && BEST_OF_KIND_RE.test(fold(title)) && !/\d/.test(fold(title).replace(/(?:19|20)\d\d/g, ''))) ||
    (!sells && items.slice(0, 40).some((c) => c.line.length <= 120 && NUMBERED_PRODUCT_RE.test(c.folded.trim()))) ||
    // "OPTION A – Nature Made Magnesium 250 mg" / "OPTION B – Doctor's Best …": a shopper's notes weighing products against each other.
    new Set(items.map((c) => OPTION_HEAD_RE.exec(c.folded.trim())?.[1]).filter(Boolean)).size >= 2 ||
    affiliatedProducts(items, sells) >= 2 ||
    // "Vergelijken: magnesiumgluconaat, magnesiumaspartaat": a formulary's comparison of two substances or more.
    items.slice(0, 12).some((c) => c.line.length <= 160 && COMPARING_LINE_RE.test(c.folded.trim()))
  );
}
/** "Vergelijken: A, B", "Compare: A vs B", "Vergleich: A, B": a line that opens a comparison of several named things. */
const COMPARING_LINE_RE =
  /^(?:vergelijken|vergelijking|compare|comparing|comparison|vergleichen|vergleich|comparer|comparaison|comparar|comparacion|confronta|confronto|porownaj|porownanie|srovnat|srovnani)[ ]?:[ ]?[^,]{3,60}(?:,|[ ](?:vs\.?|versus|en|and|und|et|y|e|i|a)[ ])[ ]?\S/;

/**
 * "What are hydration tablets?", "¿Cuánto magnesio tiene tu suplemento? Probablemente …", "How To
 * Make And Use Magnesium Oil Spray", "Wissenswertes zu Magnetrans": a page headed by a question, a
 * recipe's name or an "all about" answers it, teaches it or informs; a shop names its product.
 */
function asksOrTeaches(items: Classified[], title: string | undefined, sells: boolean): boolean {
  return (
    !!title &&
    (/^[¿]?[^?？]{3,120}[?？]/.test(title.trim()) ||
      // ("Πόσο μαγνήσιο χρειαζόμαστε;": Greek asks with a semicolon.)
      /\p{Script=Greek}[^;]{0,120}[;\u037e]\s*$/u.test(title.trim()) ||
      INFO_TITLE_RE.test(fold(title)) ||
      LISTICLE_TITLE_RE.test(fold(title)) ||
      // (Not a label's line that starts so: "How much / Dosage: 40mg Magnesium oxide, …".)
      (!sells && QUESTION_TITLE_RE.test(fold(title)) && !title.includes(':') && !MG_AMOUNT_RE.test(fold(title))) ||
      INFO_TITLE_RE.test(items[0]?.folded ?? '') ||
      // (A reader's question near the top and the expert's answer under it, nothing sold: a Q&A page. A shop's questions come
      // below its product.)
      (!sells &&
        items.slice(0, 12).some((c) => QUESTION_LEAD_RE.test(c.folded.trim())) &&
        items.some((c) => ANSWER_LINE_RE.test(c.folded))) ||
      (/^(?:how to make|make your own|diy)(?![a-z])/.test(fold(title)) && !sells))
  );
}

/**
 * "Preparāti ar aktīvo vielu Magnija citrāts", "Drugs containing magnesium citrate": a drug directory's entry for a
 * substance, which lists the products made with it and sells none; its doses are the substance's, no product's.
 */
// ("Czterowodny wodoroasparaginian magnezu – leki zawierające substancję": the substance named first, then a dash.)
const SUBSTANCE_PRODUCTS_RE =
  /^(?:[^–—\n]{3,80}[ ][–—-][ ])?(?:(?:drugs|medicines|medications|products|preparations) (?:containing|with) (?:the (?:active )?(?:substance|ingredient) )?|preparati ar (?:aktivo vielu|vielu)|preparatai su veikliaja medziaga|препараты,? (?:содержащие|с де[йи]ствующим веществом)|препарати,? (?:що містять|з діючою речовиною)|arzneimittel mit (?:dem )?wirkstoff|medicaments contenant|medicamentos (?:con|que contienen)(?: el principio activo)?|farmaci (?:con|contenenti)(?: il principio attivo)?|leki zawierajace|pripravky s ucinnou latkou|gyogyszerek (?:a )?hatoanyaggal)(?![a-z])/;
/**
 * "Описание активного компонента" (the active component's description), "Показания активного вещества" (the active
 * substance's indications): a reference's entry for a substance, no product.
 */
const SUBSTANCE_ENTRY_HEAD_RE =
  /^(?:(?:описание|показания) (?:активного (?:компонента|вещества)|де[йи]ствующего вещества)|(?:опис|показання) (?:активного компонента|активно[їі] речовини|діючо[їі] речовини))$/;
/** "Other Name(s): Mag-Ox 400, Uro-Mag, Mag-200", "Brand names: …": the many products a drug reference's entry covers. */
const BRAND_NAMES_LINE_RE =
  /^(?:other names?(?:\(s\))?|brand names?(?:\(s\))?(?: \(us\))?|us brand names?|trade names?|also known as)[ ]?:[ ]{0,2}[^,]{2,40},[ ]?[^,]{2,40}/;
function substanceEntry(items: Classified[], sells: boolean): boolean {
  // (Magnesium's own entry: "Médicaments contenant de l'acide lactique" over one magnesium lactate's dosing is that medicine's.)
  // (Or a drug reference's entry for the substance: its brands' names listed, and its "Dosage forms and strengths".)
  const line = (re: RegExp) => items.some((c) => c.line.length <= 100 && re.test(c.folded.trim()));
  return (
    !sells &&
    (items.some(
      (c) =>
        c.line.length <= 100 &&
        ((SUBSTANCE_PRODUCTS_RE.test(c.folded) && MAGNESIUM_RE.test(c.folded)) || SUBSTANCE_ENTRY_HEAD_RE.test(c.folded.trim())),
    ) ||
      (line(BRAND_NAMES_LINE_RE) && line(STRENGTHS_HEAD_RE)))
  );
}

/**
 * A shop's blog or guide ("/blogs/…", "Blogg > Kosttillskott > Dosering av magnesium"), an explainer
 * led by its questions, or a dated post: its posts talk about magnesium and plug products; none of them
 * is the page's product. `dated`: an author's dateline or a reading time, which makes it an article.
 */
function isBlogPost(items: Classified[], e: PageEvidence, articleSignals: number): { any: boolean; dated: boolean } {
  const { title, sells, marks } = e;
  const magnesiumPanel = e.panels.withMagnesium.length > 0;
  // (A section's word alone, "Blogue", counts right under the post's heading, or right above it ("🖥️ Блог" over "Для чего
  // применяется магния цитрат"), not in a menu further up.)
  const titleAt = items.findIndex((c) => echoesTitle(c.line, title));
  const sectionWord = (c: Classified | undefined) => {
    const word = c?.folded.replace(/^[^\p{L}]+/u, '').trim() ?? '';
    return /^\p{L}+$/u.test(word) && BLOG_SECTION_RE.test(word);
  };
  // "1. What does “elemental magnesium” mean?", "2. How is it measured?": a text led by the numbered
  // questions it answers, above any panel naming magnesium, and nothing sold, is an explainer. (A leaflet
  // asks "1. What is Magnesium Oxide 400 mg used for?", "3. How to take …": those are its sections.)
  const own = items.filter((c) => c.block !== 'other' && c.block !== 'chrome');
  const questions = own.slice(0, 25).filter((c) => c.line.length <= 120 && /^\d{1,2}[.)]\s.*\?\s*$/.test(c.line));
  // (A product's own FAQ comes under its panel; an explainer's questions lead it.)
  const questionsLead =
    !sells &&
    !e.leaflet &&
    questions.length >= 2 &&
    // (With no count or amount in its title: a product named so keeps its FAQ, wherever it stands.)
    (!magnesiumPanel ||
      (!!title &&
        !titleHasAmount(title) &&
        items.indexOf(questions[0]!) < items.findIndex((c) => c.heading && c.block === 'facts'))) &&
    !leafletQuestions(questions);
  // "By Jane Doe, March 3, 2025", "6 min read" near the top, nothing sold and no panel naming magnesium: a post.
  // (A panel naming magnesium keeps a page a product's, unless the text also has an article's words: a study, participants, references.)
  // (A drug directory's entry, dated too, counts its product's pack or carries its barcode.)
  const dated =
    !sells &&
    !marks.packRow &&
    !marks.barcoded &&
    (!magnesiumPanel || articleSignals >= 1) &&
    (datelineAbove(own.slice(0, 12)) || blogNameDate(own.slice(0, 12)) || newsDate(own.slice(0, 12)));
  const any =
    (!magnesiumPanel && BLOG_SECTION_RE.test(fold(e.path ?? '').replace(/^\//, ''))) ||
    // ".../2025/03/01/magnesium-monthly", "/tag/sodium-deficiency/": a post's address, on a page that sells nothing.
    // ("magnesio.blog", "blog.example.com": a site that says it is a blog.)
    (!magnesiumPanel && !sells && (POST_PATH_RE.test(e.path ?? '') || /(?:^|\.)blog\.|\.blog$/.test(e.host ?? ''))) ||
    questionsLead ||
    dated ||
    // (A sentence, not a footer's "Affiliate Disclosure" link; and not under a name that counts its pack or gives its
    // amount, a brand's own product sold through Amazon.)
    (!magnesiumPanel &&
      !sells &&
      !titleHasAmount(title) &&
      own.slice(0, 40).some((c) => c.line.length >= 40 && AFFILIATE_DISCLOSURE_RE.test(c.folded))) ||
    (!magnesiumPanel &&
      (items.slice(0, 6).some((c) => c.line.length <= 120 && blogCrumb(c.folded)) ||
        sectionWord(items[titleAt + 1]) ||
        (titleAt > 0 && sectionWord(items[titleAt - 1]))));
  return { any, dated };
}

/**
 * The page names one product: it sells it, labels it, directs its use, or gives its record's marks.
 * A unit's composition told in prose is weaker evidence: fewer signs of an article outweigh it.
 */
function namesOneProduct(items: Classified[], e: PageEvidence, articleSignals: number, labelled: boolean): boolean {
  const { title, marks, directions } = e;
  const fromProse = e.label.from === 'under-name' || e.label.from === 'composition' || e.label.from === 'table';
  return (
    (e.sells ||
      labelled ||
      // ("On peut prendre 400 à 600 mg par jour": an amount a day with no unit to take is advice,
      // an article's as much as a product's.)
      (!!directions && (articleSignals < 2 || !!parseDirections(directions)?.perIntake)) ||
      (e.short && !!e.label.text) ||
      ((marks.barcoded || marks.packRow || marks.recordRows || namesItsAmount(items, marks.titleAt)) && articleSignals < 2) ||
      (fromProse && articleSignals < 2) ||
      // "Ingredients: Magnesium citrate, capsule shell (HPMC), bulking agent (…)": the product's own unit.
      // (Not an advice page's "Exemple d'étiquette", whose list is any product's.)
      (!!e.ingredients &&
        EXCIPIENT_ROLE_RE.test(fold(e.ingredients)) &&
        articleSignals < 2 &&
        !items.some((c) => EXAMPLE_INTRO_RE.test(c.folded) || EXAMPLE_HEAD_RE.test(c.folded.trim()))) ||
      // "XYMOGEN, OptiMag 125 - 120 Capsules": a heading that counts a pack names a product on sale,
      // unless many lines count packs (a category's tiles, "… 30 Capsules", "… 60 Tablets").
      // (Or the short line right under it: "Magnesiumbisglycinaat met taurine" over "V2207 100 tabletten".)
      (!!title &&
        (namesPack(title) ||
          (!!marks.belowName && marks.belowName.line.length <= 60 && namesPack(marks.belowName.line)) ||
          restatesWithPack(items, marks.titleAt)) &&
        articleSignals < 2 &&
        // (A carousel's tiles under "Customers who viewed this item also viewed" are other products' packs.)
        items.filter((c) => c.block !== 'other' && c.line.length <= 120 && namesPack(c.line)).length <= 2)) &&
    !(articleSignals >= 3 && !labelled && !e.sells)
  );
}

/** A Japanese, Chinese or Korean character, or a full-width mark, as a photo's text spaces them. */
const CJK_CHAR = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー（）［］【】、。：・％]`;
/** A space between two such characters or figures ("栄 養", "1 日"), and the characters and figures of a line. */
const SPACED_CJK_RE = new RegExp(String.raw`(?:${CJK_CHAR}|\d) (?=${CJK_CHAR}|\d)`, 'gu');
const CJK_CHAR_RE = new RegExp(String.raw`${CJK_CHAR}|\d`, 'gu');
/** Two characters, either of them Japanese or Chinese (or a full-width mark). */
const CJK_EDGE_RE = new RegExp(String.raw`^(?:${CJK_CHAR}.|.${CJK_CHAR})$`, 'u');
/** One space between two characters of such a line, or between one and a figure ("1 日 4 粒", "2 ,2 00 kcal"). */
const UNSPACE_CJK_RE = new RegExp(String.raw`(?<=${CJK_CHAR}|[\d.,]) (?=${CJK_CHAR}|[\d.,])|(?<=${CJK_CHAR}) (?=[\da-z])`, 'giu');
/**
 * "栄 養 成 分 表 示", "［ 1 日 4 粒 （ 1 .08g ） 当 た り ］": a label photo's Japanese or Chinese text with a space after
 * every character is its words again. Only lines spaced so throughout (most of their characters); a run of spaces
 * between columns stays.
 */
function unspacedCjk(text: string): string {
  if (!/\p{Script=Han}|\p{Script=Katakana}/u.test(text)) return text;
  const lines = text.split('\n');
  const spacing = lines.map((line) => {
    const spaced = line.match(SPACED_CJK_RE)?.length ?? 0;
    const chars = line.match(CJK_CHAR_RE)?.length ?? 0;
    return { spaced, throughout: spaced >= 1 && spaced >= (chars - 1) * 0.6 };
  });
  // (The text a photo's reader spaced so: three such lines or more of several characters; then its short lines too, "项 目".)
  if (spacing.filter((x) => x.throughout && x.spaced >= 3).length < 3) return text;
  return lines.map((line, i) => (spacing[i]!.throughout ? line.replace(UNSPACE_CJK_RE, '') : line)).join('\n');
}

/** A facts table's header as a label photo's text lays it out: cells apart by runs of spaces, one of them its reference. */
const SPACED_HEADER_RE = /^[ ]*\S.{0,60}?\S[ ]{2,}\S.*(?:%|(?<![\p{L}])(?:nrv|ri|vnr|vrn|rda|dv|ar|brd|bdr)(?![\p{L}]))/iu;
/**
 * "Nährwerttabelle      pro Tages-    %NRV*" / "                     dosis" / "                     (2 Kapseln)": a header's
 * cell a label's narrow column broke under itself, each piece set below the cell it goes on (a photo's text keeps the
 * columns in spaces), is one cell again: "pro Tagesdosis (2 Kapseln)".
 */
function joinWrappedHeaderCells(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    // (A row's amounts make it no header: "Magnesio   375 mg   100 %" over " da magnesio".)
    if (head.includes('\t') || head.length > 100 || !SPACED_HEADER_RE.test(head) || /\d[ ]?(?:mg|mcg|µg)(?![a-z])/i.test(head))
      continue;
    const starts = [...head.matchAll(/(?:^|(?<=[ ]{2}))\S/g)].map((m) => m.index);
    const cells = starts.map((at, k) => head.slice(at, starts[k + 1] ?? head.length).trim());
    let k = i + 1;
    for (; k < lines.length && k <= i + 2; k++) {
      // Each piece under the cell it goes on ("moyennes" under "Valeurs nutritionnelles", "gélules" under "Pour 4"):
      // short words, no amount. (A piece under the rows' names alone, where the header starts with them, is a row's name.)
      const pieces = [...lines[k]!.matchAll(/\S(?:.*?\S)?(?=[ ]{2,}|[ ]*$)/g)].map((m) => ({
        text: m[0],
        cell: starts.findLastIndex((at) => at <= m.index + 2),
      }));
      // (No figure of a row's: "Zinc (mg)   1250   15   100%", "Valor energético   2546 kJ   764 kJ" are the next rows.)
      const fits = (x: (typeof pieces)[number]) =>
        x.text.length <= 24 &&
        (/^[^\d]*\p{L}{2}/u.test(x.text) || /^[(（]\d{1,2}[ ]?\p{L}{1,14}[)）]$/u.test(x.text)) &&
        !/\d[ ]?%/.test(x.text) &&
        !findAmounts(x.text).length &&
        x.cell >= 0;
      // (Or the names' cell's own words going on in small letters: "Obsah látek" / "v doporuče-" / "né denní" / "dávce".)
      const underValues = (x: (typeof pieces)[number]) => x.cell > 0 || starts[0]! >= 6 || /^\p{Ll}/u.test(x.text);
      if (!pieces.length || !pieces.every(fits) || !pieces.some(underValues)) break;
      for (const { text: piece, cell } of pieces) {
        const c = cells[cell]!;
        // ("每份" / "（2粒）": Chinese and Japanese words go on with no space.)
        const gap = CJK_EDGE_RE.test(`${c.slice(-1)}${piece[0]}`) ? '' : ' ';
        cells[cell] = /\p{Ll}-$/u.test(c) && /^\p{Ll}/u.test(piece) ? c.slice(0, -1) + piece : `${c}${gap}${piece}`;
      }
    }
    if (k === i + 1) continue;
    lines.splice(i, k - i, ' '.repeat(starts[0]!) + cells.join('    '));
  }
  return lines.join('\n');
}

/**
 * "Magnesium (as magnesium bisglycin-" / "ate chelate)", "Adults take 2 cap-" / "sules daily": a word a label's
 * narrow column (or a leaflet's copy) broke at a hyphen is one word again.
 */
function joinHyphenatedLines(text: string): string {
  const out: string[] = [];
  // "… equivalent to 64 mg" / "of elemental magnesium.": a long line a leaflet's copy wrapped mid-sentence goes on.
  // ("Nährwerte         pro Tages-" / "                  dosis (2 Kapseln)   %NRV*": a header's cell broken under itself.)
  for (const line of text.replace(/(?<=\p{Ll})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '').split('\n')) {
    const last = out.at(-1);
    if (
      last &&
      !last.includes('\t') &&
      ((last.length >= 60 && /[\p{L}\d,)][ \r]*$/u.test(last) && WRAPPED_ON_RE.test(line)) ||
        // ("… Each 2-capsule serving provides 250 mg of" / "magnesium from magnesium malate.": wrapped after its "of"; "La teneur
        // totale en magnésium-élément est de" / "48 mg (1,97 mmol) par comprimé.": or before the amount it goes on to.)
        (last.length >= 40 && WRAPPED_AFTER_RE.test(last) && (/^\p{Ll}/u.test(line) || OPENS_WITH_AMOUNT_RE.test(line))) ||
        // ("Hledáte vyšší dávku? Zkuste" / "Magnesium 375 mg + B6 Premium.", "Kombinieren Sie mit unserem" / "Magnesium 400
        // Brause …": a pointer to another product, its name below.)
        (POINTS_TO_ANOTHER_RE.test(last) && /^\p{Lu}/u.test(line)) ||
        // ("Each chewable tablet contains magnesium" / "glycerophosphate equivalent to 4 mmol (97 mg)": a salt's name
        // broken after its element.)
        (last.length >= 30 && MAGNESIUM_AT_END_RE.test(fold(last)) && saltWordFirst(line)) ||
        // ("… obsahuje 500 mg dihydrátu magnéziumorotátu," / "  čo zodpovedá 32,8 mg horčíka.": a list item's clause
        // wrapped onto an indented line after its comma.)
        (last.length >= 60 && /,[ \r]*$/.test(last) && /^[ ]{1,4}\p{Ll}/u.test(line)) ||
        // ("Malato de" / "magnesio 65O mg", " aportando" / " magnesio lOO mg 27%": a row's name a label's narrow column
        // broke after its preposition or its "providing", its amount on the line under it.)
        (ROW_NAME_BROKEN_RE.test(last.trim()) && /^[ ]*\p{L}/u.test(line) && findAmounts(line).length > 0) ||
        // ("Bisglycinate de" / "magnésium" / "1050 mg": a cell a line, the name's words go on alone.)
        (NAME_BEFORE_ITS_OF_RE.test(last.trim()) && /^[ ]*\p{L}[\p{L} ]{2,30}$/u.test(line)) ||
        // ("… in un bicchiere d'acqua (2OO" / "ml) e assumere …": a short bracket broken open.)
        (/\([^()\t]{1,20}$/.test(last) && /^[ ]*[^()\t]{1,20}\)/.test(line)) ||
        // (" da magnesio" / " citrato             225 mg": a part's source broken after magnesium's name.)
        (FROM_MAGNESIUM_RE.test(fold(last.trim())) && saltWordFirst(line.trim()) && findAmounts(line).length > 0) ||
        // ("Magnez" / "               2O0 mg          53%": a row's name, its amounts set under their column on the next line.)
        (/^\p{L}[\p{L} .:：-]{1,38}$/u.test(last.trim()) && /^[ ]{4,}\d[\d.,]*[ ]?(?:mg|mcg|µg|g)(?![\p{L}])/u.test(line)) ||
        // ("Magnésio (mg)" / "                      l4286     2OO         48": its unit in its name, bare figures under it.)
        (/^\p{L}[\p{L} .-]{1,38}\((?:mg|g|mcg|µg)\)$/u.test(last.trim()) &&
          /^[ ]{4,}[\dlO][\dlO.,]*(?:[ ]{2,}[\dlO][\dlO.,]*){1,3}[ ]*$/.test(line)) ||
        // ("Magnesio L-treonato" / "(Magtein®)          667 mg      2OOO mg": its bracket and amounts under it.)
        (/^\p{L}[\p{L} .-]{2,38}$/u.test(last.trim()) &&
          /^[ ]*[(（][^()（）]{1,40}[)）]/.test(line) &&
          findAmounts(line.slice(Math.max(line.indexOf(')'), line.indexOf('）')))).length > 0))
    )
      out[out.length - 1] = `${last.trimEnd()} ${line}`;
    else out.push(line);
  }
  return out.join('\n');
}
/** A line that ends pointing to another product: "Zkuste", "try", "Kombinieren Sie mit unserem", "with our". */
const POINTS_TO_ANOTHER_RE =
  /(?<![\p{L}])(?:try|zkuste|skuste|prueba|essayez|prova|probieren sie|sprobuj|(?:with|mit|avec|con) (?:our|unserem|unserer|unseren|notre|nos|nuestro|nuestra|il nostro|la nostra))[ \r]*$/iu;
/** A row's name cut after its preposition ("Malato de", "Citrate of"). */
const NAME_BEFORE_ITS_OF_RE = /^(?:[\p{L}]{3,20}[ ]){1,2}(?:de|di|of|du|des|del|della|do|da|von)$/iu;
/**
 * A row's name cut short: a few words and their preposition, or its "providing" and a word or two ("aportando", "di cui
 * magnesio" over "elementare 48 mg").
 */
const ROW_NAME_BROKEN_RE = new RegExp(
  String.raw`${NAME_BEFORE_ITS_OF_RE.source}|^(?:aportando|apportant|providing|yielding|davon|dont|di cui|pari a|equivalente a|equivalent to)(?:[ ][\p{L}]{2,20}){0,2}$`,
  'iu',
);
/** "da magnesio", "from magnesium", "de magnésium": a part's source, its salt's word on the line under it. */
const FROM_MAGNESIUM_RE = new RegExp(String.raw`^(?:da|de|du|dal|from|as|aus|als|como|come|en)[ ](?:${LATIN_MAGNESIUM})$`);
/** A line that ends with magnesium's name before its salt's: "… contains magnesium", "… 470 mg magnezu" (of magnesium). */
const MAGNESIUM_AT_END_RE = new RegExp(String.raw`(?<![a-z])(?:${LATIN_MAGNESIUM})[ \r]*$`);
/** A line whose first word is a magnesium salt's, by the forms table ("glycerophosphate equivalent to …"). */
const saltWordFirst = (line: string): boolean => {
  const word = /^\p{Ll}+/u.exec(line)?.[0];
  return !!word && formsNearMagnesium(`magnesium ${word}`).length > 0;
};
/** A line that goes on with its sentence: "of elemental magnesium.", "to 64 mg of magnesium". */
const WRAPPED_ON_RE = /^(?:of|to|and|or|in|with|for|per|de|du|des|der|die|und|van|di|del|della)[ ]\p{Ll}/u;
/** A line that stops on such a word: the sentence goes on below. */
const WRAPPED_AFTER_RE = /(?<![\p{L}])(?:of|to|and|or|in|with|for|per|de|du|des|der|die|und|van|di|del|della)[ \r]*$/u;

/**
 * "Magnesium je Tablette", "Magnesio por 2 comprimidos", "Magnesium (per serving, from label)": a column's name, then the
 * basis its amounts are for.
 */
const NAME_WITH_BASIS_RE = /^(?:(.+?)\s+)?(?:\(((?:por|per|pro|je|pour|par)\s[^()]+)\)|((?:por|per|pro|je|pour|par)\s.+))$/i;
/** A column's name and the basis it gives ("Per daily dose (2 tablets)": no name, that basis), or null. */
function nameWithBasis(cell: string): { name: string | undefined; basis: string } | null {
  const m = NAME_WITH_BASIS_RE.exec(cell);
  return m ? { name: m[1], basis: (m[2] ?? m[3])! } : null;
}
/**
 * "SKU<TAB>Product<TAB>…<TAB>Magnesium, elemental (mg)<TAB>Directions" over "ZMA-090<TAB>ZMA Night Recovery<TAB>…<TAB>450<TAB>Men: 3
 * capsules …", or the same with semicolons: a spreadsheet's header and its row, copied out. Each cell goes on a line
 * of its own with its column's name, "Magnesium, elemental (mg): 450", as a product page's details would print it.
 */
/** A sheet's column of nutrients' names, of their amounts, of their units (folded, "_" as a space). */
const NUTRIENT_COLUMN_RE =
  /^(?:nahrstoff|naehrstoff|nutrient|nutriente|nutriment|inhaltsstoff|wirkstoff|ingredient|component|skladnik|voedingsstof)e?$/;
const AMOUNT_COLUMN_RE = /^(?:menge|amount|cantidad|quantite|quantita|ilosc|hoeveelheid|gehalt|content)(?![a-z])/;
const UNIT_COLUMN_RE = /^(?:einheit|unit|unidad|unita|unite|jednostka|eenheid)$/;
const SOURCE_COLUMN_RE = /^(?:source|form|quelle|fuente|forma|forme|bron|zrodlo)$/;

/**
 * "PZN;Artikel;…;Naehrstoff;Menge_pro_Brausetablette;Einheit;…" over a row a nutrient: a sheet in long form, each
 * nutrient of one product on a row of its own. The first product's rows become its details ("Verzehrempfehlung: …"),
 * then the amount column's basis and its magnesium row ("pro Brausetablette:" / "Magnesium<TAB>300 mg").
 */
function longSheet(
  head: string[],
  below: string[],
  cellsOf: (line: string) => string[] | null,
): { lines: string[]; rows: number } | null {
  const names = head.map((c) => fold(c.replace(/_/g, ' ')).trim());
  const nutrient = names.findIndex((c) => NUTRIENT_COLUMN_RE.test(c));
  const amount = names.findIndex((c) => AMOUNT_COLUMN_RE.test(c));
  const unit = names.findIndex((c) => UNIT_COLUMN_RE.test(c));
  // (The unit may have a column of its own or stand in the amount's cell, "450 mg".)
  if (nutrient < 0 || amount < 0) return null;
  const valueOf = (r: string[]) => (unit >= 0 && /^\d[\d.,]*$/.test(r[amount]!) ? `${r[amount]} ${r[unit]}` : r[amount]!);
  // (The rows run to the first line that is no row of the sheet; the lines after it are not split.)
  const rows: string[][] = [];
  for (const line of below) {
    const r = cellsOf(line);
    if (!r || r.length !== head.length) break;
    rows.push(r);
  }
  const product = rows.filter((r) => r[0] === rows[0]?.[0]);
  const magnesium = product.find((r) => MAGNESIUM_RE.test(fold(r[nutrient]!)) && MG_AMOUNT_RE.test(fold(valueOf(r))));
  if (!magnesium) return null;
  // (Its serving size and its source, "3 capsules" and "magnesium aspartate", go with the row, as a panel prints them.)
  const serving = names.findIndex((c) => SERVING_SIZE_LINE_RE.test(c));
  const source = names.findIndex((c) => SOURCE_COLUMN_RE.test(c));
  const lines = head.flatMap((h, k) =>
    [nutrient, amount, unit, serving, source].includes(k) || !magnesium[k] ? [] : [`${h.replace(/_/g, ' ')}: ${magnesium[k]}`],
  );
  const based = nameWithBasis(head[amount]!.replace(/_/g, ' '));
  const from = source >= 0 && magnesium[source] ? ` (as ${magnesium[source]})` : '';
  lines.push(
    ...(serving >= 0 && magnesium[serving] ? [`Serving size: ${magnesium[serving]}`] : []),
    ...(based ? [`${based.basis}:`] : []),
    `${magnesium[nutrient]}${from}\t${valueOf(magnesium)}`,
  );
  return { lines, rows: rows.length };
}

/** A comma-separated line's cells, a quoted cell keeping its commas ("\"Men: take 3 capsules, …\""). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"').trim());
}

function sheetRowsAsKeys(lines: string[]): string[] {
  const out: string[] = [];
  // (A sheet saved with commas, "sku,variant,title,…", whose cells may be quoted with commas inside: a header with no
  // comma and space, a list's, opens one; its rows are split the same way.)
  let commas = false;
  const separator = (line: string) => (line.includes('\t') ? '\t' : line.includes(';') ? ';' : commas ? ',' : '');
  const cellsOf = (line: string) => {
    const sep = separator(line);
    const cells = sep === ',' ? csvCells(line) : sep ? line.split(sep).map((c) => c.trim()) : [];
    return cells.length >= 5 ? cells : null;
  };
  for (let i = 0; i < lines.length; i++) {
    commas = !/[\t;]|, /.test(lines[i]!) && (lines[i]!.match(/,/g) ?? []).length >= 4;
    const head = cellsOf(lines[i]!);
    const row = head ? cellsOf(lines[i + 1] ?? '') : null;
    const sheet =
      !!head &&
      !!row &&
      row.length === head.length &&
      // (A sheet's rows are cut as its header is: not an ingredient list's "a; b; c" over a panel's tabbed header.)
      separator(lines[i + 1]!) === separator(lines[i]!) &&
      // ("€/día": a column of a price a day; "$15" a price, no column's name.)
      head.every((c) => /^(?:[\p{L}%]|[€$£](?![ ]?\d))/u.test(c) && c.length <= 60 && !/\d[\d.,]*\s?(?:mg|g|€|\$)/i.test(c)) &&
      row.filter((c) => /\d/.test(c)).length >= 2 &&
      // (Not a sheet whose amounts are for several units, "Magnesio por 2 comprimidos": the count would be lost from its
      // rows, and the directions' one unit taken for theirs. "Cost per day", "sal por dosis (mg)" count none. Nor a
      // panel, whose columns are bases alone: "Typical values | Per tablet | %NRV | Per daily dose (2 tablets) | %NRV".)
      !head.some((c) => {
        const based = nameWithBasis(c);
        return (
          !!based && (!based.name || /\d/.test(based.basis)) && !!headerBasis(fold(based.basis))?.some((b) => b.per !== 'unit')
        );
      }) &&
      // (Nor one whose cells, read together, are a panel's counted columns: "Съдържание | в 1 капсула | % РДП* | в 2 капсули".)
      !(head.filter((c) => /\d/.test(c)).length >= 2 && headerBasis(fold(head.join(' ')))?.some((b) => b.per === 'serving'));
    const long = sheet ? longSheet(head!, lines.slice(i + 1), cellsOf) : null;
    if (long) {
      out.push(...long.lines);
      i += long.rows;
      continue;
    }
    // (A table of several products' rows, a database's search results "Product Name | Brand | Serving Size | Magnesium per
    // Serving", is no record of one: its lines stay as they are.)
    const severalRecords = sheet && [lines[i + 2], lines[i + 3]].every((l) => cellsOf(l ?? '')?.length === head!.length);
    if (sheet && !severalRecords) {
      // ("Magnesium, elemental (mg)" over "450": a column named with its unit gives the cell its unit.)
      // ("Magnesium je Tablette" over "200 mg": a column named with one unit heads its amount, as a panel's column.)
      for (const [k, cell] of row.entries()) {
        if (!cell) continue;
        const unit = /\((mg|mcg|µg|g)\)\s*$/i.exec(head[k]!)?.[1];
        // ("Mg elemental por dosis (mg)": a sheet's column names magnesium by its symbol.)
        const name = head[k]!.replace(/\s*\((?:mg|mcg|µg|g)\)\s*$/i, '').replace(/^Mg(?= )/, 'Magnesium');
        const value = unit && /^\d[\d.,]*$/.test(cell) ? `${cell} ${unit}` : cell;
        const based = MG_AMOUNT_RE.test(fold(value)) ? nameWithBasis(name) : null;
        const basis = based?.name ? headerBasis(fold(based.basis)) : null;
        if (basis?.some((b) => b.per === 'unit')) out.push(`${based!.basis}:`, `${based!.name}\t${value}`);
        // ("Magnesium (per serving, from label)", "Mg elemental por dosis": the name, then the basis, before the value.)
        // (A note after its comma, "from label", is left out.)
        else if (basis) out.push(`${based!.name} ${based!.basis.replace(/,.*$/, '')}: ${value}`);
        else out.push(`${name}: ${value}`);
      }
      i++;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

/**
 * "[14:05] Joris: \"Per tablet: magnesiummalaat 1000 mg …\"", "[18:42, 9/3/2025] Laura: …", "9/3/25, 18:42 - Laura: …": a
 * chat's messages pasted, each line opened by its time and sender. Where two lines or more are so, those are taken off,
 * and so are the quotation marks a message retyping a label puts round it, so its headings and rows read as a label's.
 */
const CHAT_PREFIX_RE =
  /^(?:\[(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ ]?)?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[ap]\.?m\.?)?(?:,[ ]?\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\][ ]?|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ ]\d{1,2}:\d{2}[ ][-–][ ])[^:：\n\t]{1,30}[:：][ ]?/i;
function unwrapChat(text: string): string {
  // (Most pages have no line opening with a time or a date: they are not split at all.)
  if (!/^\[?\d{1,2}[:./]/m.test(text)) return text;
  const lines = text.split('\n');
  if (lines.filter((l) => CHAT_PREFIX_RE.test(l)).length < 2) return text;
  return lines
    .map((l) => {
      const m = CHAT_PREFIX_RE.exec(l);
      return m
        ? l
            .slice(m[0].length)
            .replace(/^["„“«‚]/, '')
            .replace(/["”“»][ ]*$/, '')
        : l.replace(/^(.*[^"„“«])["”“»][ ]*$/, '$1');
    })
    .join('\n');
}

/**
 * "Supplement Facts          Magnesium is a cofactor in more than" / "Servlng Size 2 Tablets    300 enzyme reactions, …": two
 * columns of a label side by side, as a phone's reader or a PDF's copy lays them, a panel on the left and prose on the
 * right. Where four lines or more of words start at one place after a run of spaces, the block is its left column's lines,
 * then its right column's. (A table's cells after their runs are figures, not words: they stay as they are.)
 */
const SIDE_GAP_RE = /[ ]{3,}(?=\S)/g;
/** How far a line's right column may start from the block's. */
const SIDE_SLACK = 2;
function rightColumnAt(line: string): number[] {
  return [...line.matchAll(SIDE_GAP_RE)].map((m) => m.index + m[0].length);
}
function unrollSideBySide(text: string): string {
  if (!/\S[ ]{3,}\p{L}/u.test(text)) return text;
  const lines = text.split('\n');
  // The right column's start: the place most lines with words there share.
  const counts = new Map<number, number>();
  // (Not a table's row, weighed on both sides: "Magnesiumcitrat   500 mg   davon Magnesium 75 mg".)
  const weighed = (part: string) => /\d[ ]?(?:mg|g|mcg|µg|iu)(?![\p{L}])/iu.test(part);
  for (const line of lines)
    for (const at of rightColumnAt(line))
      if (
        at >= 25 &&
        /^\p{L}[\p{L}'’.,*-]*(?:[ ]\S+){2}/u.test(line.slice(at)) &&
        !(weighed(line.slice(0, at)) && weighed(line.slice(at)))
      )
        counts.set(at, (counts.get(at) ?? 0) + 1);
  const near = (at: number) => [...counts].filter(([c]) => Math.abs(c - at) <= SIDE_SLACK).reduce((n, [, k]) => n + k, 0);
  // (Each place scored once, the most votes first, then the leftmost.)
  const [column, votes] = [...counts.keys()]
    .map((at) => [at, near(at)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [undefined, 0];
  if (column === undefined || votes < 3) return unrollRaggedColumns(lines);
  const splitAt = (line: string): number | null => {
    if (line.trimEnd().length <= column - SIDE_SLACK) return line.length;
    return rightColumnAt(line).find((at) => Math.abs(at - column) <= SIDE_SLACK) ?? null;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    // A block: lines that part at the column (or end before it), four of them with a right part at least.
    let end = i;
    let rights = 0;
    // (A blank line ends it: "Recommended Dose" under a two-column block heads its own text again.)
    // (It ends with its last line that has a right part: the left-only lines after it read on after the right column.)
    let last = i;
    while (end < lines.length && lines[end]!.trim()) {
      const at = splitAt(lines[end]!);
      if (at === null) break;
      if (lines[end]!.slice(at).trim()) {
        rights++;
        last = end + 1;
      }
      end++;
    }
    end = last;
    if (rights < 4) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const block = lines.slice(i, end);
    const cut = block.map((l) => splitAt(l)!);
    out.push(...block.map((l, k) => l.slice(0, cut[k]).trimEnd()).filter(Boolean));
    out.push(...block.map((l, k) => l.slice(cut[k]).trim()).filter(Boolean));
    i = end;
  }
  // (No block parted at one column: the columns may part wherever a wide gap falls.)
  const unrolled = out.join('\n');
  return unrolled === text ? unrollRaggedColumns(lines) : unrolled;
}

/**
 * A label in two languages side by side whose left column is ragged, the right one starting wherever a wide gap puts it
 * ("Recommended dose: Adults: Take 1–3 capsules          Dose recommandée : Adultes : Prendre 1 à 3 capsules" /
 * "daily with food or as directed by a health          par jour avec de la nourriture …"): four lines or more in a row,
 * each of two parts of words apart by one gap of six spaces or more, read one column after the other.
 */
const RAGGED_PAIR_RE = /^(\S(?:(?![ ]{3}).)*\S)[ ]{6,}([\p{L}(](?:(?![ ]{3}).)*\S)$/u;
function unrollRaggedColumns(lines: string[]): string {
  const pair = (line: string): [string, string] | null => {
    const m = RAGGED_PAIR_RE.exec(line.trimEnd());
    return m && /\p{L}\S*[ ]\S/u.test(m[1]!) && /[ ]\S/.test(m[2]!) ? [m[1]!, m[2]!] : null;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && pair(lines[end]!)) end++;
    if (end - i < 4) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    const pairs = lines.slice(i, end).map((l) => pair(l)!);
    out.push(...pairs.map((p) => p[0]), ...pairs.map((p) => p[1]));
    i = end;
  }
  return out.join('\n');
}

/**
 * "Serving size<TAB>2 Tablets" among a record's fields under its ingredient table ("Amount per Serving" / "Magnesium
 * 200 mg"), which prints none: the serving the table's amounts are per. Only the page's own lines (no carousel's), and
 * only one serving said so.
 */
function servingElsewhere(items: Classified[], labelText: string): string | undefined {
  if (labelText.split('\n').some((l) => SERVING_SIZE_LINE_RE.test(fold(l).trim()))) return undefined;
  const said = new Set<string>();
  for (const [i, c] of items.entries()) {
    if (c.block !== 'facts' || !c.heading || c.line.length > 80 || !SERVING_SIZE_LINE_RE.test(c.folded)) continue;
    const inline = c.line.replace(/^[^\t:]*[\t:]\s*/, '').trim();
    const value = inline && inline !== c.line.trim() ? inline : (items[i + 1]?.line.trim() ?? '');
    if (/^(?:\d|(?:one|two|three|four) \(\d\))/i.test(value) && value.length <= 40) said.add(value);
  }
  return said.size === 1 ? [...said][0] : undefined;
}

/**
 * A title read from a line whose Arabic-script words were read as English ("نيوٹري لائف كيلشيم magnesium zinc …"), as
 * the page wrote that line; else the title as read. (A line is read alone: the whole text's reading adds lines.)
 */
function asWritten(title: string, written: string, read: string): string {
  if (written === read) return title;
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const line of written.split('\n')) {
    // (Only a line near the title's length is read again: the reading changes a word's length, not the line's much.)
    if (line.length * 2 < title.length || line.length > title.length * 2) continue;
    if (squash(arabicAsParserWords(line)) === title) return capText(squash(line), 300);
  }
  return title;
}

/**
 * Read a page's visible text into the fields a store adapter gives. Blocks: the title, the facts
 * panel(s) that give magnesium an amount (else the panel naming it, else the first), directions, ingredients and the product's
 * prose; carousels, reviews and references are left out, so their numbers are never this product's.
 * Each stage is a function of its own: panels, sale, leaflet, the name's marks, label, ingredients,
 * prose, and last what kind of page it is (which may take the label back).
 */
export function readPageText(text: string, opts: PageTextOptions = {}): SnapshotFields {
  // Arabic and Persian label words are read as the English the tables below know; a pasted text full of a
  // phone reader's misreads ("Supp|ement Facts", "2OO rng") is mended as the label-image reader's lines are; a chat's
  // lines lose their times and senders.
  const written = unwrapChat(unrollSideBySide(text));
  const read = arabicAsParserWords(written);
  text = joinHyphenatedLines(joinWrappedHeaderCells(mendSureMisreads(mendPastedMisreads(unspacedCjk(read)))));
  const given = opts.title;
  if (given) opts = { ...opts, title: arabicAsParserWords(given) };
  const items = markPricedTiles(
    markSponsoredTiles(
      markNavigation(
        joinSplitRows(classify(joinSplitHeadings(splitRunOns(zipColumns(joinOpenBrackets(sheetRowsAsKeys(pageLines(text)))))))),
      ),
    ),
  );
  const fields: SnapshotFields = { isProductPage: false };
  // `located`: the name was found where a shop prints it (under its byline, or the address's words)
  // in a whole page's text, so what stands above it is the shop's.
  const { title, located, guessed } = pickTitle(items, opts.title, opts.path, opts.host);
  // (Shown as the page wrote it: the analysis reads its Arabic-script words again.)
  if (title)
    fields.title = given && title === cleanText(opts.title) ? capText(cleanText(given), 300) : asWritten(title, written, read);

  // (It marks an example's panel, "For example, a label might say:", as someone else's lines in `items`.)
  const panels = factsPanels(items);
  // A whole page's text: what stands above the product's name is the shop's (menus, skip links,
  // banners), but for the few lines right above it (a brand, a product line: "REGULAR STRENGTH ANTACID").
  const titleAt = located && items.length > LONG_PAGE_LINES ? items.findIndex((c) => echoesTitle(c.line, title)) : -1;
  const nameAt = Math.max(0, titleAt - 3);
  // (A name found only as the first line naming magnesium is a guess: the price is looked for from the top.)
  const price = pickPrice(items, opts.host ?? '', guessed ? 0 : Math.max(0, titleAt));
  const sells = sellsProduct(items, price);
  const directions = withLaterPhase(items, directionsFrom(items, title)) ?? kitDirections(items) ?? doseTableDirections(items);
  // A short text (a pasted label, selected rows) is label text even with no heading.
  const short = items.length <= SHORT_TEXT_LINES && items.every((c) => c.line.length <= 160);
  const leaflet = isLeaflet(items, nameAt);
  const marks = marksUnderName(items, title, nameAt);
  const label = pickLabel(items, { text, title, nameAt, panels, ownsRows: sells || !!directions || short || leaflet, short });
  if (label.text) fields.labelText = capText(label.text, 20_000);
  const serving = label.text ? servingElsewhere(items, label.text) : undefined;
  if (serving) fields.servingSize = serving;
  if (directions) fields.directions = directions;
  const ingredients = ingredientsText(items);
  if (ingredients) fields.ingredients = capText(ingredients, 1_500);
  const { bullets, description } = productProse(items, nameAt, title);
  if (bullets.length) fields.bullets = bullets;
  if (description) fields.description = description;
  // (Selected directions alone, "… Each tablet supplies 250 mg of magnesium (60% DV) from 415 mg of magnesium oxide. …":
  // all the text says of the product is in them, its amount too.)
  else if (directions && !label.text && !title && !ingredients) fields.description = capText(directions, 1_500);
  if (price) fields.price = price;
  else if (sells) fields.forSale = true;
  const count = pickCount(title, items);
  if (count) fields.unitCount = count;

  const kind = pageGenre(items, {
    title,
    path: opts.path,
    host: opts.host,
    panels,
    sells,
    leaflet,
    short,
    directions,
    label,
    marks,
    ingredients,
  });
  if (kind.dropsLabel) delete fields.labelText;
  if (kind.genre) fields.genre = kind.genre;
  // ("Home > Healthcare > Vitamins & Supplements > Minerals": the shop's shelf for the product, which may say what it sells.)
  const trail = items.slice(0, 60).find((c, i) => c.block === 'chrome' && breadcrumb(c.line, c.folded, items[i + 1]?.line));
  if (trail) fields.category = capText(trail.line, 300);
  fields.isProductPage = kind.isProductPage;
  return fields;
}
