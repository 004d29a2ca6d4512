// Form detection: which magnesium compounds a label, ingredient list or title names.
// Two readers: `formsInSourceList` for the "(as …)" part of a magnesium row, where every item is a
// magnesium source; `formsNearMagnesium` for free text, where a form counts only next to the word
// magnesium, so "calcium citrate" or "compared with magnesium oxide" are not read as this product's form.
import type { FormFinding } from './schema';
import type { FormId } from '../vocabulary/ids';
import { FORMS, FORM_BY_ID, type Hydrate } from '../knowledge/forms';
import {
  CYRILLIC_MAGNESIUM,
  EPSOM_SALT,
  LATIN_MAGNESIUM,
  OTHER_SCRIPT_EPSOM,
  OTHER_SCRIPT_MAGNESIUM,
  escapeRegExp,
  fold,
  quote,
  sentencesOf,
} from './text';

interface Hit {
  id: FormId;
  start: number;
  end: number;
}

/**
 * Magnesium salts the catalogue has no entry for, read as `other` (a named source whose absorption
 * data MagLens has not gathered) rather than dropped: "Magnesium-L-Glutamat", "pyruvate de magnésium".
 */
const UNCATALOGUED_SALTS = [
  'glutamate',
  'glutamat',
  'glutammato',
  'glutamato',
  'glutaminian',
  'pyruvate',
  'pyruvat',
  'levulinate',
  // Halides other than the chloride: "bromuro de magnesio", "Magnesiumfluorid".
  'bromide',
  'bromid',
  'bromure',
  'bromuro',
  'iodide',
  'iodid',
  'iodure',
  'yoduro',
  'ioduro',
  'fluoride',
  'fluorid',
  'fluorure',
  'fluoruro',
  // "Magnesium Creatine Chelate" (Creatine MagnaPower): creatine is no amino acid of a chelate's.
  'creatine chelate',
];

/** A synonym as a match spells it: spaces, hyphens and apostrophes alike. */
const synonymKey = (s: string) => s.replace(/[ '-]+/g, ' ');

/** Each synonym's form (the first form in the catalogue that lists it). */
const FORM_OF_SYNONYM = new Map<string, FormId>();
for (const f of FORMS)
  for (const s of f.id === 'other' ? [...f.synonyms, ...UNCATALOGUED_SALTS] : f.synonyms)
    if (!FORM_OF_SYNONYM.has(synonymKey(s))) FORM_OF_SYNONYM.set(synonymKey(s), f.id);

/** Every synonym, longest first: JS alternation takes the first alternative that matches, so
 * "acetyl taurate" wins over "taurate" and "glycinate chelate" over "chelate". */
const SYNONYM_ALTERNATION = [...FORM_OF_SYNONYM.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => escapeRegExp(s).replace(/ /g, "[ '-]{1,3}"))
  .join('|');

/** A part glued before a salt's name: "magnesium" in "Magnesiumcitrat", "bis(" in "bis(hydrogenaspartat)", Hungarian "hidrogén". */
const GLUED_PART = '(?:(?:magnesium|magneesium|magnezium|magnesio|di|tri|bis|mono|l|hydrogen|hidrogen)[-(]?)';

// One regex for every form (one compile, not one per form, on the page's first read): whole words,
// optionally glued after magnesium/di/tri/bis ("Magnesiumcitrat"; read as a lookbehind, which
// compiles ten times faster than the same parts matched), up to three glued parts
// ("Trimagnesiumdicitrat" is tri + magnesium + di + citrat, "Magnesiumbis(hydrogenaspartat)"
// magnesium + bis( + hydrogen + aspartat), a hydrate glued after the salt
// ("Magnesiumsulfaattidihydraatti") and a Hungarian or Finnish case ending ("magnézium-citrátot").
const FORM_RE = new RegExp(
  `(?<=(?:^|[^a-zа-я])${GLUED_PART}{0,3})(${SYNONYM_ALTERNATION})` +
    // A case ending: Hungarian "-ot", Slavic and Baltic "-u", "-y", "-as", Turkish "-tan" ("bisglisinattan"),
    // Russian "-а", "-ом" (not a bare Latin "-a", "-e", "-i" or "-o": "se oxida" is a verb, "malata" an Italian word).
    // Finnish names end in "-i" and take "-a" and "-na" ("magnesiumsitraattina", "oksidia"); Latvian ones "-s"
    // ("magnija citrāts", "oksīds") and "-a" after "magnija" ("magnija aspartāta"), as Slovenian after "magnezijevega"
    // ("iz magnezijevega taurata") and Croatian after "magnezijevog" ("iz magnezijevog malata"); Lithuanian's genitive "-o" after "magnio"
    // ("magnio laktato dihidrato"); Estonian's partitive "-i" after "-aat" and "-iid" ("magneesiumtsitraati", "oksiidi").
    // A chelate glued after it (Dutch "magnesiumbisglycinaatchelaat") is the same salt.
    '(?:-?(?:mono|di|tri|tetra|penta|hexa|hepta|nona)?-?(?:hydrat[a-z]*|hydraat[a-z]*|hidrat[a-z]*|hudraat[a-z]*)|chelaat|chelat)?(?:ot|at|et|ja|je|nak|nek|as|om|em|ov|u|y|(?<=i)n?a|(?<=[td])s|(?<=t)(?:tan|ten)|(?<=magnio [a-z]{3,20})o|(?<=(?:aat|iid))i|(?<=(?:magnija|magnezijev(?:ega|og)) [a-z]{3,20})a|а|у|ом|е|ы|ов)?(?![a-zа-я])',
  'g',
);

const GLUED_PREFIX_RE = new RegExp(`(?<![a-zа-я])${GLUED_PART}{1,3}$`);

const NITRIC_OXIDE_RE =
  /(?<![a-z])(?:nitric oxide|oxido nitrico|oxyde nitrique|ossido nitrico|stickstoffmonoxid|tlenek azotu)(?![a-z])/;

/** The rest of a Greek adjective, then the word for acid: "κιτρικ|ό οξύ", "μηλικ|ού οξέος". */
const GREEK_ACID_AFTER_RE = /^[α-ω]{0,3} οξ(?:υ|εο)/;

function hitsIn(folded: string): Hit[] {
  const hits: Hit[] = [];
  FORM_RE.lastIndex = 0;
  for (let m = FORM_RE.exec(folded); m && hits.length < 100; m = FORM_RE.exec(folded)) {
    const id = FORM_OF_SYNONYM.get(synonymKey(m[1]!));
    // The hit starts where the glued word does ("bisglycinate", "Magnesiumcitrat").
    const glued = GLUED_PREFIX_RE.exec(folded.slice(Math.max(0, m.index - 40), m.index))?.[0].length ?? 0;
    // "silicon dioxide", "Dióxido de Silício", "titanium dioxide", "кремнію діоксид": no magnesium salt is a dioxide.
    // (Greek "διοξείδιο του πυριτίου", silicon dioxide.)
    if (id === 'oxide' && /(?:^|[^a-zа-яіα-ω])(?:di|ди|ді|δι)-?$/.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "nitric oxide", "óxido nítrico", "oxyde nitrique": a gas the body makes, no salt.
    if (id === 'oxide' && NITRIC_OXIDE_RE.test(folded.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12))) continue;
    // "κιτρικό οξύ", "μηλικού οξέος": Greek names the acid with the salt's own adjective; an acid is no salt.
    if (GREEK_ACID_AFTER_RE.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "pyridoxínium-chlorid", "pyridoxine chloride", "thiamine chloride": a vitamin's salt, not magnesium's.
    if (id === 'chloride' && /(?:pyridox|thiamin)[a-z]*[ -]?$/.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (id) hits.push({ id, start: m.index - glued, end: m.index + m[0].length });
  }
  return hits;
}

/** Minerals whose salts share form words with magnesium ("manganese oxide", "zinc citrate"; Thai "ซิงค์กลูโคเนต"). */
const OTHER_MINERAL_RE =
  // ("Dicalcium Phosphate", "Tripotassium Citrate", "Disodium Phosphate": the count is part of the mineral's name; so in
  // "phosphate dicalcique", "fosfato dicálcico", the mineral's adjective after its salt.)
  /(?<![a-zа-я])(?:(?:mono|di|tri|tetra)(?=[a-z]))?(?:кали[а-я]*|калци[а-я]*|кальци[а-я]*|цинк[а-я]*|желяз[а-я]*|желез[а-я]*|натри[а-я]*|мырыш[а-я]*|calcium|calcio|kalzium|calci(?:que|co|ca)|sodi(?:que|co|ca)|potassi(?:que|co|ca)|zinc|zink|zinco|manganese|mangan|manganeso|iron|ferrous|ferric|eisen|fer|hierro|ferro|ferroso|ferrosa|ferrico|ferrica|ferreux|ferrique|manganes|potassium|kalium|potasio|potassio|sodium|natrium|sodio|copper|kupfer|cuivre|cobre|rame|chromium|chrom|cromo|selenium|selen|selenio|molybdenum|boron|iodine|jod|lithium|strontium|natrija|natrio|kalija|kalio|kalcija|kalcio|cinka|cinko|potasu|sodu|wapnia|cynku|zelaza|drasliku|sodiku|vapniku|dzelzs|gelezies|mangana|mangano|cink|zinek|zinok|cynk|kalcium|kalcij|kalij|natrium|szelen|krom|sodyum|potasyum|kalsiyum|cinko|demir|manganez|bakir|ซิงค์|สังกะสี|แคลเซียม|โพแทสเซียม|โซเดียม|เหล็ก|แมงกานีส|ทองแดง|โครเมียม|ซีลีเนียม)(?![a-z])/;

/** An acid alone as an item of a source list ("citric acid", "acide citrique", "Zitronensäure", "malic acid"). */
const ACID_OF_SALT_RE =
  /^(?:(?:and|und|et|y|e|en) )?(?:citric acid|acide citrique|acido citrico|zitronensaure|citroenzuur|kwas cytrynowy|malic acid|acide malique|acido malico|apfelsaure|appelzuur|kwas jablkowy)$/;

/** Words in a source list that name no source by themselves. */
const FILLER_WORDS = new Set([
  'as',
  'from',
  'fro',
  'a',
  'an',
  'of',
  'the',
  'and',
  'or',
  'magnesium',
  'magnesio',
  'mag',
  'mg',
  'complex',
  'compound',
  'buffered',
  'fully',
  'reacted',
  'organic',
  'albion',
  'traacs',
  'elemental',
  'elemento',
  'element',
  'elementare',
  'elementaire',
  'elementar',
  // ("Magnezyum (elementel)", "magnézium (elemi)": Turkish and Hungarian.)
  'elementel',
  'elemi',
  // "(…, 30 % VNR)": a reference intake's share beside the source, no source itself.
  'vnr',
  'nrv',
  'vrn',
  'rda',
  'dv',
  // "[Magnesium Bisglycinate Blend (magnesium bisglycinate, magnesium oxide, glycine)]": the blend's name and its buffer.
  'blend',
  'glycine',
  // "(= 12,4 mmol = 24,8 mval)": the amount again in other units; "Magnesiumcitrat, wasserfrei": the salt's water, none.
  'mmol',
  'mval',
  'meq',
  'wasserfrei',
  'anhydrous',
  'anhydre',
  'anhidro',
  'anidro',
  'watervrij',
  // "Magnesium-Ion (entspricht) 60 mg", "Magnesium (equiv.) 60 mg": the salts' magnesium restated, no source.
  'entspricht',
  'entspr',
  'equivalent',
  'equiv',
  'corresponding',
  'correspondant',
  'equivalente',
  'corrispondente',
  // "Magnesium (total) 125 mg" above its salts' rows: the sum, no source.
  'total',
  'totale',
  'totaal',
  'gesamt',
  'natural',
  'pure',
  'form',
  'forms',
  'in',
  'aus',
  'als',
  'und',
  'de',
  'du',
  'des',
  'di',
  'del',
  'en',
  'y',
  'e',
  'et',
  'con',
  'with',
  'sous',
  'forme',
  'comme',
  'providing',
  'provides',
  'yielding',
  'supplying',
  'patented',
  'chelated',
  'proprietary',
  'high',
  'absorption',
  'mineral',
  'minerals',
  'salt',
  'salts',
  'based',
  'source',
  'sources',
  'mix',
  'mixed',
  'rice',
  'flour',
  // A pharmacopoeia's grade: "(magnesium oxide, USP)".
  'usp',
  'bp',
  'ep',
  'nf',
  'fcc',
  'ph',
  'eur',
]);

/** Items of a source list: "oxide, citrate & glycinate" or "citrate/oxide" or "(as A (B and C))". */
function splitItems(folded: string): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  const sep = /[,;/&+()[\]]|(?<![a-z])(?:and|und|et|y|e|or|oder|ou|o)(?![a-z])/g;
  let start = 0;
  for (let m = sep.exec(folded); m; m = sep.exec(folded)) {
    items.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  items.push({ start, end: folded.length });
  return items.filter((i) => i.end > i.start);
}

function dedupe(findings: FormFinding[]): FormFinding[] {
  const seen = new Set<FormId>();
  return findings.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

function finding(id: FormId, source: string): FormFinding {
  return { id, tier: FORM_BY_ID[id].tier, source: quote(source) };
}

/**
 * Forms in the source part of a magnesium row: "(as Magnesium Oxide and Magnesium Bisglycinate)".
 * Every item is a magnesium source; an item that names no catalogued form but does name something
 * (yeast, algae, ascorbate) is `other`. `source` is the label text quoted in each finding.
 */
export function formsInSourceList(list: string, source: string = list): FormFinding[] {
  const folded = fold(list);
  const out: FormFinding[] = [];
  let previousNamed = false;
  for (const item of splitItems(folded)) {
    const text = folded.slice(item.start, item.end);
    const named = previousNamed;
    previousNamed = false;
    if (OTHER_MINERAL_RE.test(text) && !/magnesi/.test(text)) continue;
    // "(forme non précisée, 30 % VNR)", "(form not specified)": the label says it names no source.
    if (/(?<![a-z])(?:non|not|un|nicht|no)[ -]?(?:precise|specifi|stated|indique|angegeben|especificad)/.test(text)) continue;
    // "(as magnesium carbonate and citric acid)": the acid reacts with the base in water and makes the
    // acid's salt (the "ionic magnesium citrate" of fizzing powders), so it names that form.
    const acid = ACID_OF_SALT_RE.exec(text.trim());
    if (acid) {
      if (hitsIn(folded).some((h) => h.id === 'carbonate' || h.id === 'oxide' || h.id === 'hydroxide'))
        out.push(finding(/citr|zitron|cytryn/.test(acid[0]) ? 'citrate' : 'malate', source));
      continue;
    }
    const hits = hitsIn(text);
    const specific = hits.filter((h) => h.id !== 'amino-acid-chelate');
    // "glycinate amino acid chelate" is glycinate; "Krebs cycle chelate" is a mix, not an amino acid chelate.
    const chosen = specific.length ? specific : hits;
    if (chosen.length) {
      for (const h of chosen) out.push(finding(h.id, source));
      previousNamed = true;
      continue;
    }
    // "(Dimagnesium Malate) (Albion, MagSRT)", "magnesium oxide (SIMAG™)": a bracket after the one
    // that named the form, or right after the form's name, gives its makers' and trade names, no other source.
    const afterNamedBracket =
      out.length > 0 && (folded.lastIndexOf(')', item.start) >= 0 || (named && /\(\s*$/.test(folded.slice(0, item.start))));
    const words = text.replace(/\d+(?:[.,]\d+)?\s*(?:mg|mcg|g|%)?/g, ' ').match(/[a-z]{2,}/g) ?? [];
    if (!afterNamedBracket && words.some((w) => !FILLER_WORDS.has(w))) out.push(finding('other', source));
  }
  return dedupe(out);
}

// Epsom salt (Bittersalz) is magnesium sulfate, and Magtein magnesium L-threonate, where a page
// never writes the word magnesium.
// Bulgarian and Russian: "магнезий", "магнезиев оксид", "оксид магния" (folded, й is и); Ukrainian "магнію",
// Turkish "magnezyum"; Japanese, Korean, Chinese and Hindi (OTHER_SCRIPT_MAGNESIUM).
const ANCHOR_RE = new RegExp(
  String.raw`(?<![b-z]|[a-z]a)(?:di|tri)?(?:${LATIN_MAGNESIUM})|(?<![а-яі])(?:${CYRILLIC_MAGNESIUM})|(?<![a-z])(?:${EPSOM_SALT}|magtein)(?![a-z])|${OTHER_SCRIPT_EPSOM.join('|')}|(?<![a-z])mag(?=[ -]{1,2}(?:bis)?(?:glycinate|citrate|oxide|malate|taurate|threonate|chloride|lactate|orotate|aspartate|chelate|gluconate)(?![a-z]))|(?<![a-z])(?<=cal[ /&-]{1,3})mag(?![a-z])|(?<![a-z0-9])(?<!\d )mg(?![a-z])|` +
    OTHER_SCRIPT_MAGNESIUM.join('|'),
  'g',
);
/**
 * "magnesium stearate", "Magnesiumsalze der Speisefettsäuren", "sels de magnésium d'acides gras", "magnezijeve soli masnih kiselina", "магния
 * стеарат", "מגנזיום סטארט": the tablet's lubricant (E470b) and other excipients, in the languages the reader knows; and "Magnesium
 * Valproate (300mg)", an antiepileptic drug's salt, whose magnesium is no nutrient either.
 */
const EXCIPIENT_AFTER_RE =
  /^[a-z]{0,4}[ -]{0,2}(?:valproate?|valproat|valproato|stearate|stearaat|stearat|silicate|silicaat|silikat|trisilicate|salts? of (?:edible |vegetable )?fatty acids|salze (?:der|von) (?:speise)?fettsauren|zouten van (?:eetbare )?vetzuren|d'acides gras|de (?:los )?acidos grasos|d[ei](?:gli)? acidi grassi|kwasow tluszczowych|salter av fettsyror|salte af fedtsyrer|salter av fettsyrer|(?:suolat )?rasvahappojen|soli (?:masnih kiselina|mastnih kislin|mastnych kyselin)|соли жирных кислот|солі жирних кислот|стеарат|силикат|трисиликат|סטאראט|סטארט|סטיארט|סטיאראט|สเตียเรต|สเตียเรท)/;
// ("Esomeprazol magnésico", "esomeprazole magnesium": the salt of a drug, whose magnesium is no nutrient; "ステアリン酸マグネシウム",
// "硬脂酸镁": the stearate in Japanese and Chinese, whose "リン酸" is no phosphate.)
const EXCIPIENT_BEFORE_RE =
  /(?:(?:stearate|stearat|estearato|stearato|silicate)[ ]{1,2}(?:de|di|d')[ ']{0,2}|(?:stearynian|krzemian|stearat|stearan|kremicitan)[ ]{1,2}|(?<![a-z])(?:es)?omeprazol[e]?[ -]{1,2}|(?:στεατικ|πυριτικ)[α-ω]{0,3}[ ]{1,2}(?:του[ ]{1,2})?|(?:ステアリン酸|硬脂酸|스테아린산)[ ]?)$/;
const NEGATED_BEFORE_RE =
  /(?:compared (?:to|with)|unlike|than|vs\.?|versus|instead of|rather than|other forms of|free (?:of|from)|(?:does|do|did) not (?:contain|include|use)|contains? no|no|not|without|ohne|sans|sin|senza|im vergleich zu|im gegensatz zu|contrairement (?:au|a|aux)|a diferencia del?|a differenza del?)(?:[ ]{1,2}(?:admixture|addition|added|beimischung|zusatz|zugabe|ajout|adicion|aggiunta)[ ]{1,2}(?:of|von|de|di|d'))?[ ,:]{1,3}(?:(?:the|cheap|common|regular|standard|ordinary|other|most|many|inorganic|added|synthetic)[ ]{1,2}){0,2}$/;
// ("相較一般的氧化鎂", compared with ordinary magnesium oxide: Chinese says the comparison before the salt's name;
// "酸化マグネシウムに比べ" (folded "比へ"), "산화마그네슘보다": Japanese and Korean after the magnesium.)
const CJK_COMPARED_BEFORE_RE =
  /(?:相較於?|相较于?|相比於?|相比于?|比起|不同於|不同于|而非)(?:一般|普通|常見|常见|傳統|传统|其他|其它)?的?[\u4e00-\u9fff]{0,4}$/;
const NEGATED_AFTER_RE = /^[ -]{0,2}(?:free|frei)(?![a-z])|^(?:に比[へべ]|と比[へべ]|と比較|보다|에 비해|과 비교|와 비교)/;
/** "… oxide or magnesium …", "…oxid oder Magnesium…": between a denied mention and the next, the pair's "or". */
const DENIED_PAIR_BETWEEN_RE =
  /^[ -]?[a-z]{0,16}[ ,]{1,2}(?:or|nor|and|oder|und|noch|ou|ni|et|o|y|ne|e|of|en|eller|lub|ani|ili)[ ]{1,2}$/;
// "Magnesium citrate is a more highly absorbable form than magnesium oxide": a comparison ends the
// product's forms, whatever the other side names.
const WINDOW_STOP_RE =
  /\.(?![a-z])|[;!?|\n]|\s[-–—]\s|(?<![a-z])(?:for|with|mit|avec|con|plus|per|pro|para|pour|per|than|di quello|vs\.?|versus|compared|unlike|instead|rather|im vergleich|par rapport|en comparacion|rispetto|not|without|ohne|sans|sin|senza|zonder|free of|free from)(?![a-z])/;
/** A list's next item that opens with its role and a colon: ", regulador de acidez:", ", acidity regulator:". */
const ROLE_COLON_RE = /,[ ]{1,2}([a-z][^,:;()\d]{2,40}):/;
/** The word forms after magnesium's name, then a dash or a colon, then a list ("glycinate, citrate …"): the product's forms. */
const FORMS_LIST_OPEN_RE =
  /^(?:[ ]{1,2}(?:forms?|formen|formes|formas|forme|vormen|former|formy)|(?:muoto\w*|formen|former|formy))[ ]{0,2}(?:[:]|[-–—](?=[ ]))[ ]{0,2}(?=[a-z-]+(?:,|[ ](?:and|und|et|y|ja|och|og|i|e|en)[ ]))/;
// "citrate de magnésium", and English "the citrate form of magnesium", "citrate of magnesium".
const ROMANCE_LINK_RE = /^[ ]{0,3}(?:[a-z]{3,12}[ ]{1,3})?(?:de|di|du|del|d'|of)[ ']{0,2}$/;

export interface MagnesiumMention {
  start: number;
  end: number;
  negated: boolean;
  excipient: boolean;
}

/** Every mention of magnesium in a text, marked when it is an excipient or a comparison. */
export function magnesiumMentions(text: string): MagnesiumMention[] {
  const folded = fold(text);
  const out: MagnesiumMention[] = [];
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(folded); m && out.length < 500; m = ANCHOR_RE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = folded.slice(end, end + 40);
    const before = folded.slice(Math.max(0, start - 45), start);
    const excipient =
      EXCIPIENT_AFTER_RE.test(after) ||
      /^[a-z]{0,3}(?:stearaa?t|silikat|silicaat)/.test(after) ||
      EXCIPIENT_BEFORE_RE.test(before);
    // ("without magnesium oxide or magnesium carbonate": the second of a denied pair is denied too.)
    const prev = out.at(-1);
    const negated =
      NEGATED_BEFORE_RE.test(before) ||
      CJK_COMPARED_BEFORE_RE.test(before) ||
      NEGATED_AFTER_RE.test(after) ||
      (!!prev?.negated && DENIED_PAIR_BETWEEN_RE.test(folded.slice(prev.end, start)));
    out.push({ start, end, negated, excipient });
  }
  return out;
}

/** Does the text name magnesium as a nutrient (not magnesium stearate, not "magnesium-free")? */
export function mentionsMagnesiumNutrient(text: string): boolean {
  return magnesiumMentions(text).some((m) => !m.excipient && !m.negated && !isMgUnitOnly(text, m));
}

// "Mg" alone is read as magnesium only when capitalised as the element symbol ("Mg citrate").
function isMgUnitOnly(text: string, m: MagnesiumMention): boolean {
  return m.end - m.start === 2 && text.slice(m.start, m.end) !== 'Mg';
}

/** Magnesium's name in Japanese and Chinese, folded. */
export const CJ_MAGNESIUM = ['マグネシウム', '镁', '鎂'].map((w) => fold(w));

/**
 * Forms named next to the word magnesium in free text: "Magnesium Glycinate & Malate",
 * "Magnesiumcitrat", "citrate de magnésium", "Magtein". Comparisons ("unlike magnesium oxide") and
 * excipients are skipped.
 */
const KOREAN_MAGNESIUM = fold('마그네슘');

export function formsNearMagnesium(text: string): FormFinding[] {
  const folded = fold(text);
  const out: FormFinding[] = [];
  const mentions = magnesiumMentions(text);
  for (const [k, m] of mentions.entries()) {
    if (m.excipient || m.negated || isMgUnitOnly(text, m)) continue;
    // After: "Magnesium (as) Glycinate and Malate …" up to a sentence end (a full stop no letter follows:
    // "magnézium.oxid" is one word typed with a dot), "for", "with", another
    // mineral or the next magnesium ("magnesium amino acid chelate,magnesium citrate").
    // "Four magnesium forms – glycinate, citrate, malate and taurate", "magnesiummuotoa – glysinaatti, …":
    // the dash after the word forms opens their list; it ends no phrase.
    const listOpen = FORMS_LIST_OPEN_RE.exec(folded.slice(m.end, m.end + 30))?.[0].length ?? 0;
    let windowEnd = Math.min(folded.length, m.end + listOpen + 70, mentions[k + 1]?.start ?? Infinity);
    const tail = folded.slice(m.end + listOpen, windowEnd);
    const stop = WINDOW_STOP_RE.exec(tail);
    if (stop) windowEnd = m.end + listOpen + stop.index;
    // ("óxido de magnésio, regulador de acidez: carbonato de hidrogénio e sódio": the next item's role before its colon, no
    // form in it, opens another ingredient; the carbonate is the sodium's.)
    const role = ROLE_COLON_RE.exec(tail);
    if (role && !hitsIn(role[1]!).length) windowEnd = Math.min(windowEnd, m.end + listOpen + role.index);
    // (A few letters past the window too: "…, gluconate" at its end may go on "de zinc".)
    const mineral = OTHER_MINERAL_RE.exec(folded.slice(m.end, Math.min(folded.length, windowEnd + 12)));
    if (mineral) {
      // "Dimalato de magnésio, óxido de zinco", "Magnesio + Citrato De Potasio": a salt linked to the
      // mineral after it, in Romance word order, is that mineral's; the list item before it ends magnesium's phrase.
      // So is a salt the mineral's adjective follows ("Carbonato de Magnésio, Sulfato Ferroso").
      const upTo = folded.slice(m.end, m.end + mineral.index);
      const last = /[,(/;+&][^,(/;+&]*$/.exec(upTo);
      // (Only an adjective follows its salt: "Glycinate, Malate & Citrate Zinc Complex" is English order, the
      // citrate magnesium's.)
      const saltThenMineral =
        // (Or a mineral in the genitive after its salt, Slavic order: "chlorek potasu", "chlorid draselný" aside.)
        /^(?:ferr(?:os[oa]|ic[oa]|eux|ique)|(?:di|tri)?(?:calci|sodi|potassi)(?:que|co|ca)|potasu|sodu|wapnia|cynku|zelaza|drasliku|sodiku|vapniku|kalija|natrija|kalcija|cinka)$/.test(
          mineral[0],
        ) &&
        !!last &&
        hitsIn(last[0]).some((h) => /^[ ]{1,2}$/.test(last[0].slice(h.end)));
      const item = /(?<![a-z])(?:de|di|do|da|du|of|d')[ ]{1,2}$/.test(upTo) || saltThenMineral ? last : null;
      windowEnd = Math.min(windowEnd, m.end + (item ? item.index : mineral.index));
    }
    // Chinese and Japanese put the salt before the element ("氯化镁", "酸化マグネシウム"): what follows is
    // the next phrase ("高鎂血癥 … 氯化鈣", calcium chloride), not its form, but for a loanword in
    // English order ("マグネシウムグリシネート", "マグネシウム L-スレオネート").
    if (CJ_MAGNESIUM.some((w) => folded.startsWith(w, m.start)))
      windowEnd = Math.min(windowEnd, m.end + (/^[\u30a0-\u30ff a-z-]*/.exec(folded.slice(m.end))?.[0].length ?? 0));
    // Korean too, its loanwords in English order up to the list's next item ("마그네슘 글리시네이트, …"), not
    // another mineral's salt further on ("산화마그네슘(이스라엘산), 결정셀룰로스, 글루콘산아연": zinc gluconate).
    if (folded.startsWith(KOREAN_MAGNESIUM, m.start))
      windowEnd = Math.min(windowEnd, m.end + (/^[^,(、;]*/.exec(folded.slice(m.end))?.[0].length ?? 0));
    // Czech and Slovak name the salt before the adjective ("oxid hořečnatý, …, glukonát zinečnatý"): after it, only
    // up to the list's next item.
    if (folded.startsWith('horecnat', m.start))
      windowEnd = Math.min(windowEnd, m.end + (/^[^,;]*/.exec(folded.slice(m.end))?.[0].length ?? 0));
    // Hits glued to the anchor ("magnesiumcitrat") start inside it: scan from the anchor's start.
    const windowText = folded.slice(m.start, windowEnd);
    const hits = hitsIn(windowText);
    const specific = hits.filter((h) => h.id !== 'amino-acid-chelate');
    // "magnesium amino acid chelate (magnesium bisglycinate)": the bracket names which chelate.
    const namedInBracket =
      !specific.length &&
      mentions[k + 1] &&
      /^[ ]{0,2}\([ ]{0,2}$/.test(folded.slice(m.start + (hits.at(-1)?.end ?? 0), mentions[k + 1]!.start));
    for (const h of specific.length || namedInBracket ? specific : hits) {
      out.push(finding(h.id, text.slice(m.start, m.start + h.end)));
    }
    // Before, in Romance word order: "citrate de magnésium", "bisglicinato di magnesio".
    const beforeStart = Math.max(0, m.start - 50);
    const before = folded.slice(beforeStart, m.start);
    const beforeHits = hitsIn(before);
    const last = beforeHits[beforeHits.length - 1];
    // Polish puts the form first with no link word: "cytrynian magnezu".
    // Russian too: "оксид магния".
    // Czech, Slovak and Lithuanian too: "oxid hořečnatý", "uhličitan hořečnatý", "magnio citratas" (after).
    // Spanish and Portuguese as an adjective: "pidolato magnésico", "óxido magnésico".
    const polish =
      /^(?:di|tri)?(?:magnez|магни|магні|horecnat|horcik|magnio|magnesic)/.test(folded.slice(m.start, m.start + 11)) &&
      /^[ ]{1,2}$/.test(before.slice(last?.end ?? 0));
    // Greek too, the adjective's ending after its stem, or "of the": "κιτρικό μαγνήσιο", "οξείδιο του μαγνησίου".
    const greek =
      folded.startsWith('µαγνησ', m.start) && /^[α-ωµ]{0,3}[ ]{1,2}(?:του[ ]{1,2})?$/.test(before.slice(last?.end ?? 0));
    // Japanese and Chinese write the acid right before the element, with no space: "酸化マグネシウム", "氧化镁";
    // Korean with or without one: "산화마그네슘", "구연산 마그네슘".
    const asian =
      !!last &&
      (last.end === before.length || (before.length - last.end === 1 && /[가-힣] $/.test(before))) &&
      OTHER_SCRIPT_MAGNESIUM.some((w) => folded.startsWith(w, m.start));
    if (last && (ROMANCE_LINK_RE.test(before.slice(last.end)) || polish || greek || asian)) {
      out.push(finding(last.id, text.slice(beforeStart + last.start, m.end)));
      // "Malate et bisglycinate de magnésium": forms joined by "and" share the link.
      // ("グリシン酸・リジン酸マグネシウム": so do acids joined by a middle dot, the element after the last; not a list's
      // "、", "甘氨酸、氧化镁", glycine then magnesium oxide.)
      for (let k = beforeHits.length - 2; k >= 0; k--) {
        const gap = before.slice(beforeHits[k]!.end, beforeHits[k + 1]!.start);
        // (A comma alone before the last one is an ingredient list's: "cálcio citrato malato, óxido de magnésio".)
        const joined =
          k === beforeHits.length - 2
            ? /^[ ]{0,2}(?:et|e|y|und|i|en)[ ]{1,2}$/
            : /^[ ]{0,2}(?:,|et|e|y|und|i|en)[ ]{1,2}$|^,[ ]{0,2}$/;
        // ("クエン酸/酸化マグネシウム": a Japanese label's slash parts its foods from its additives; it joins nothing.)
        if (!joined.test(gap) && !(asian && gap === '・')) break;
        out.push(finding(beforeHits[k]!.id, text.slice(beforeStart + beforeHits[k]!.start, m.end)));
      }
    }
  }
  // "Chelated Magnesium": the adjective before the word names an amino acid chelate (not in "Chelated
  // Magnesium-Malate", which says how the malate is made).
  const chelated = /(?<![a-z])chelated[ ]{1,2}(?=magnesium|magnesio)/.exec(folded);
  const saltAfter =
    chelated &&
    hitsIn(folded.slice(chelated.index + chelated[0].length, chelated.index + chelated[0].length + 40)).some(
      (h) => h.id !== 'amino-acid-chelate',
    );
  if (chelated && !saltAfter)
    out.push(finding('amino-acid-chelate', text.slice(chelated.index, chelated.index + chelated[0].length + 9)));
  // Magtein is magnesium L-threonate even where the word magnesium is absent.
  const magtein = /(?<![a-z])magtein(?![a-z])/.exec(folded);
  if (magtein) out.push(finding('threonate', text.slice(magtein.index, magtein.index + 7)));
  return dedupe(out);
}

/** "Buffered" in the text (near a magnesium form or chelate). */
export function saysBuffered(text: string): boolean {
  // (Not "non-buffered", "nicht gepuffert", "not buffered": a chelate that says it has no oxide.)
  return /(?<![a-z])(?<!(?:non|not|nicht)[ -])(?:buffered|gepuffert|tamponne|tamponado|tamponato)(?![a-z])/.test(fold(text));
}

const HYDRATE_WORDS: [RegExp, Hydrate][] = [
  [
    /(?<![a-z])(?:anhydrous|anhydr\w*|anhidr\w*|anidr\w*|wasserfrei\w*|watervrij|bezwodn\w*)(?![a-z])|(?<![а-яі])безводн[а-яії]*/,
    'anhydrous',
  ],
  [
    /(?<![a-z])di-?(?:hydrat|hidrat|idrat|hydric)\w*|(?<![a-z])dwuwodn\w*|(?<![a-zа-яі])ди(?:г[иі]|х[иі])драт[а-яі]*/,
    'dihydrate',
  ],
  [/(?<![a-z])tri-?(?:hydrat|hidrat|idrat|hydric)\w*/, 'trihydrate'],
  [/(?<![a-z])tetra-?(?:hydrat|hidrat|idrat|hydric)\w*|(?<![a-zа-я])тетрахидрат\w*/, 'tetrahydrate'],
  [
    /(?<![a-z])(?:hexa|esa)-?(?:hydrat|hidrat|idrat|hydric)\w*|(?<![a-z])szesciowodn\w*|(?<![a-zа-я])гексагидрат\w*/,
    'hexahydrate',
  ],
  [/(?<![a-z])(?:hepta|epta)-?(?:hydrat|hidrat|idrat)\w*/, 'heptahydrate'],
];

/** The one hydrate a salt's name states ("orotate dihydrate", "cloreto … hexahidratado"); null for none or several. */
export function namedHydrate(folded: string): Hydrate | null {
  const found = HYDRATE_WORDS.filter(([re]) => re.test(folded)).map(([, h]) => h);
  return found.length === 1 ? found[0]! : null;
}

/** Words after which the forms named are what the product is compared with ("better absorbed than magnesium oxide"). */
const COMPARED_WITH_RE =
  /(?<![a-z])(?:than|unlike|compared|comparison|versus|vs\.?|forms? like|other forms|im vergleich|par rapport|en comparacion|rispetto|dibanding\w*|berbanding|daripada|so voi|w porownaniu|v porovnani|(?:battre|bedre|besser|beter|parempi|jobban|lepiej|lepsi) (?:an|end|enn|als|dan|kuin|mint|niz|nez))(?![a-z])/;
/** Does a sentence compare the forms it names ("Magnesium oksida 400 mg … dibanding magnesium sitrat")? */
export const comparesForms = (sentence: string): boolean => COMPARED_WITH_RE.test(fold(sentence));
/** A sentence about magnesium forms in general, not this product's ("… the least expensive but poorly absorbed"). */
const FORMS_IN_GENERAL_RE =
  /(?<![a-z])(?:several (?:chemical )?forms|many forms|(?:most|other|regular|common|ordinary|typical)(?: (?:regular|common|other|ordinary))? magnesium (?:forms|salts|supplements)|cheap(?:er|est)?|least expensive|poorly absorbed|most readily absorbed)(?![a-z])/;

/**
 * "We also have Magnesium Citrate 500 mg tablets", "also try our …", "il existe des formes dosées à 100 mg …": a seller
 * offering another product, or telling of other strengths ("Muchos clientes la combinan con nuestro Mag Shot (300 mg …)", "Si
 * buscas sales, prueba Hydra+ (120 mg …)": a customer's pairing with, or a pointer to, another of the shop's products; "z. B.
 * mit unserem Magnesium Citrat Pulver (150 mg …)", an example of one).
 */
export const OTHER_PRODUCT_OFFERED_RE =
  /(?<![a-z])(?:we (?:also|too) (?:have|sell|stock|carry|offer)|(?:also|why not) try our|(?:combine|pair|stack|take) (?:it |them |this )?with our|(?:la |lo |las |los )?combinan? con (?:nuestro|nuestra|nuestros|nuestras)|(?:le |la |les )?(?:associent|combinent|associez|combinez)(?:-le)? (?:avec|a) (?:notre|nos)|(?:kombinier\w*|kombinieren sie (?:es|ihn|sie)) (?:es |ihn |sie )?mit unsere[mnr]?|(?:lo |la )?(?:abbinano|combinano|abbina(?:lo|la)?|combina(?:lo|la)?) (?:con|al|alla) (?:il )?nostr[oaie]|(?:(?:if you(?:'re| are) )?looking for|si buscas|si vous cherchez|se cerchi|wenn (?:du|sie) [^.]{0,30} such\w*|hledate|hladate|szukasz)[^.]{0,60}?(?:try|prueba|essayez|prova|probier\w*|zkuste|skuste|sprobuj|wyprobuj)|tenemos tambien|nous avons aussi|abbiamo anche|wir haben auch|il existe (?:aussi |egalement )?des (?:formes|versions|produits)|there are (?:also )?(?:other )?(?:forms|versions|products) (?:dosed|with|at)|existen (?:tambien )?(?:formas|versiones)|es gibt (?:auch )?(?:formen|varianten|produkte)|(?:z\. ?b\.|^b\.|e\.g\.|zum beispiel|for example|par exemple|por ejemplo|ad esempio)[ ,]{1,2}(?:mit|with|avec|con) (?:our|unserem|unserer|unseren|notre|nos|nuestro|nuestra|il nostro|la nostra))(?![a-z])/;
/** "a blend of glycinate, malate and citrate": the salts a sentence about magnesium lists as its mix. */
const BLEND_OF_RE =
  /(?<![a-z])(?:blend|combination|mix|complex|mezcla|combinacion|melange|mischung|miscela|combinazione|mengsel) (?:of|de|di|aus|van)((?:[ ,]{1,2}(?:and|&|y|et|und|e|en)?[ ]?[a-z-]{4,20}){2,6})/;

/**
 * "… as Bisglycinate, Citrate & Malate", "from glycinate, malate and taurate": a list of two salts or more,
 * every item a salt's name, after the word that says what something is made of (not "as well as" or
 * "such as", which compare or give examples). It is magnesium's when magnesium is named before it and no
 * other mineral between, and no negation or comparison leads it ("free from oxide, citrate and carbonate").
 */
const SALTS_LIST_RE =
  /(?<![a-z])(?<!(?:well|such|same|just|so|twice) )(?:as|from|als|aus|sous forme de|como|come) ([a-z-]{4,20}(?:(?:,|,? (?:and|&|y|et|und|e|en|i)) [a-z-]{4,20}){1,5})(?![a-z-])(?!,? (?:or|ou|o|oder) )/g;
/** Words that make a list what the product is not, or what it is compared with. */
const NOT_MADE_OF_RE =
  /(?<![a-z])(?:not|no|free|without|never|instead|unlike|than|compare[sd]?|versus|vs|ohne|sans|sin|senza|zonder)(?![a-z])/;

/** The salts of magnesium's list in which every item is a salt's name (none of them a chelate's bare word). */
function saltsListed(sentence: string, folded: string): FormFinding[] {
  for (const m of folded.matchAll(SALTS_LIST_RE)) {
    const before = folded.slice(0, m.index);
    const named = magnesiumMentions(before)
      .filter((x) => !x.excipient && !x.negated)
      .at(-1);
    const lead = named ? before.slice(named.end) : '';
    if (!named || OTHER_MINERAL_RE.test(lead) || NOT_MADE_OF_RE.test(lead.slice(-40))) continue;
    const hits = m[1]!.split(/,? (?:and|&|y|et|und|e|en|i) |, /).map((item) => hitsIn(item));
    if (hits.every((h) => h.length === 1 && h[0]!.id !== 'amino-acid-chelate'))
      return hits.map((h) => finding(h[0]!.id, sentence.slice(m.index, m.index + m[0].length)));
  }
  return [];
}

/** Forms a product's name gives: beside the word magnesium, or in a list of salts ("… as Bisglycinate, Citrate & Malate"). */
export function formsInName(name: string): FormFinding[] {
  const near = formsNearMagnesium(name);
  return near.length ? dedupe([...near, ...saltsListed(name, fold(name))]) : near;
}

/**
 * "市面常见的氧化镁含元素镁约60%，柠檬酸镁约16%，甘氨酸镁约14%", "oxide is about 60% magnesium, citrate 16%": each salt's share
 * of the element, two salts or more and no amount weighed, is a lesson in chemistry, not this product's forms.
 */
export function saltFractions(sentence: string, folded = fold(sentence)): boolean {
  return (
    (folded.match(/\d{1,2}(?:[.,]\d{1,2})?[ ]?%/g) ?? []).length >= 2 &&
    !/\d[ ]?(?:mg|毫克|mcg|µg|g)(?![a-z])/.test(folded) &&
    new Set(formsNearMagnesium(sentence).map((f) => f.id)).size >= 2
  );
}

/** A text (a label's, under its panel's "Did you know" notes) less its lines of salts' shares of the element. */
export function withoutSaltFractions(text: string): string {
  return text
    .split('\n')
    .filter((line) => !saltFractions(line))
    .join('\n');
}

/** Forms named in free prose, sentence by sentence, leaving out forms it compares the product with. */
export function formsInProse(text: string): FormFinding[] {
  let out: FormFinding[] = [];
  for (const sentence of sentencesOf(text)) {
    const folded = fold(sentence);
    if (FORMS_IN_GENERAL_RE.test(folded) || OTHER_PRODUCT_OFFERED_RE.test(folded) || saltFractions(sentence, folded)) continue;
    const compared = COMPARED_WITH_RE.exec(folded);
    const near = formsNearMagnesium(compared ? sentence.slice(0, compared.index) : sentence);
    const blend = !compared && BLEND_OF_RE.exec(folded);
    const aboutMagnesium = !compared && magnesiumMentions(sentence).some((m) => !m.excipient && !m.negated);
    const listed =
      blend && aboutMagnesium
        ? hitsIn(blend[1]!)
            .filter((h) => h.id !== 'amino-acid-chelate')
            .map((h) => finding(h.id, sentence.slice(blend.index, blend.index + blend[0].length)))
        : [];
    const inList = aboutMagnesium ? saltsListed(sentence, folded) : [];
    const found = dedupe([...near, ...listed, ...inList]);
    out = [...out, ...found.filter((x) => !out.some((y) => y.id === x.id))];
  }
  return out;
}
