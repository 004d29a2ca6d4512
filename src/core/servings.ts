// Serving size and directions -> servings per day as a min–max. The daily dose is the amount per
// serving times the servings the directions allow; the UL check uses the maximum.
import { NUMBER_WORDS, fold, pluralUnit, quote } from './text';
import { findAmounts, rangeLowBefore } from './units';

/** Kinds of dose unit, so "2 Veggie Capsules" and "take 2 softgels" compare as the same thing. */
export type UnitKind =
  | 'capsule'
  | 'tablet'
  | 'gummy'
  | 'scoop'
  | 'teaspoon'
  | 'tablespoon'
  | 'packet'
  | 'ampoule'
  | 'ml'
  | 'drop'
  | 'serving'
  | 'spray';

const UNIT_WORDS: [RegExp, UnitKind][] = [
  [
    /^(?:capsules?|caps|vcaps?|kps|kaps|v-?kaps|veggie ?caps?|vegicaps?|vegecaps?|vege ?caps?|softgels?|soft ?gels?|liquid ?soft-?gels?|(?:hart|weich)?kapseln?|gelules?|capsulas?|capsule|perles?|perlen|kapsulki|kapsulek|kapsulka|kapsulke|kapsulce|kapsulkach|kapsulkami|kapsulach|kapsuliach|kapslich|kapszula\w*|kapszulankent|tobolk[aouy]|tobolk(?:ach|ami|am)|kapsl[eiy]|kapsul[aeiuy]?|kapsul(?:es|as|ai|am)|kapsuller|kapsuldur|kapsul(?:de|da)|kapsullerdir|kapsel|kapsler|kapslen|kapslar|kapslit|kapslid|kapseli[an]?|kapselit|kapselissa|kapslis|tobolce|kapsuleje|kapsulese|капсул[а-яі]*|капс\.?|胶囊|膠囊|カフセル|καψουλ[α-ω]*|καψακι[α-ω]*|כמוס(?:ה|ות)|קפסול(?:ה|ות)|कैप्सूल|hylki|hylkja|hylkjum)$/,
    'capsule',
  ],
  [
    /^(?:tablets?|tabs?|caplets?|mini-?tabs?|chewables?|lozenges?|wafers?|dragees?|drajeu(?:ri|ul)?|drazetk[aiy]|drazetek|draze|drageas?|grageas?|dragea|(?:film|brause|kau|lutsch|schmelz|kauw|bruis|zuig)?-?tabletten?|(?:kauw|bruis|zuig)tablet|(?:film|brause|kau|lutsch)?tbl|tabl|kautbl|(?:tugg|tygge|depot|depa|retard)?tablett(?:er)?|tyggetablet|presslinge?|comprimes?|comprimidos?|comprimits?|compresse|compressa|tabletas?|pastilles?|pastilli\w*|tabletki|tabletek|tabletka|tabletke|tabletce|brustablett(?:er)?|brusetablett?(?:er)?|tabletkach|tabletkami|tabletach|tabletami|tabletter|(?:film|pezsgo|rago)?tablett?a\w*|(?:film|pezsgo)?tablett?ankent|tablet[aeouy]|tabliet|tabletes|tabletei|tabletem|tabletese|tableti|tabletler|tablettir|tabletlerdir|tablet(?:te|ta)|(?:pore|puru|imeskely)?tabletti[an]?|(?:pore|puru)?tabletit|tabletid|(?:pore)?tabletissa|tabletis|tableteje|kaplets?|comprimat(?:e|a|ul)?|vien|драже|таблет[а-яі]*|таб|табл|粒|錠|片|丸|颗|顆|δισκι[α-ω]*|ταµπλετ[α-ω]*|טבלי(?:ה|ות)|טבליי?ות|קפלי(?:ה|ות)|כדור(?:ים)?|टैबलेट|गोली|गोलियाँ|tafla|toflu|toflur|toflum|taflna)$/,
    'tablet',
  ],
  [
    /^(?:gummies|gummy|gummis?|jujubes?|vingummi(?:er|s)?|bears|chews?|soft ?chews?|fruchtgummis?|gommes?|gelifies?|gominolas?|gomas?|gomitas?|gummys?|caramelle|zelki|zelek|zelka|bonbony|bonbonu|bonbon|bombon(?:a|i|e|u|ov|ow|ah)?|jeleuri|jeleu|gumicukr?o?\w*|zelejkonfekt\w*|мармеладк[а-я]*|жувальн[а-яі]* цукерк[а-яі]*|סוכרי(?:ה|ות))$/,
    'gummy',
  ],
  [
    /^(?:scoops?|mjeric[aeiu]|meric[aeiu]|messloffel|medidas?|medidor(?:es)?|dosador(?:es)?|droppers?|dropperfuls?|skopa|skopor|mattskopa|odmerk[aouy]|odmerek|adagolokanal\w*|merokanal\w*|мерн[а-я]*(?: ложк[а-я]*)?|мірн[а-яі]*(?: ложк[а-яі]*)?|cuilleres? doseuses?|dosettes?|cuilleres?[ -]mesures?|mesures?|cacitos?|misurin[oi]|level scoops?|olcek|olcegi|olcu|miarki|miarka|miarke|miarek|maatlepels?|maatschepjes?|schepjes?|maatschep(?:pen)?|schep(?:pen)?|mootelusika(?:s|t|id|tait)?|mittalusik\w*|mittalusikallis\w*|maleskje(?:er|a)?|maleske(?:er)?|mattsked(?:ar)?|matt|(?:m(?:æ|ae)li)?skei[ðd](?:ar)?|sudu(?: penyukat| sukat)?|sendok(?: takar)?)$/,
    'scoop',
  ],
  [
    /^(?:teaspoons?|tsp\.?|teeloffel|tl|teelusikallinen|teelusikallista|teelusikka|ча[йи]н[а-яі]* ложк[а-яі]*|cuilleres? a (?:cafe|the)|c\. ?a (?:cafe|the)|cucharaditas?|cucchiain[oi]|lyzeczk[aiei]|lyzeczek|tesked(?:ar)?|teskje|teskei[ðd](?:ar)?)$/,
    'teaspoon',
  ],
  [
    /^(?:tablespoons?|tbsp\.?|essloffel|столов[а-яі]* ложк[а-яі]*|cuilleres? a (?:soupe|table)|c\. ?a (?:soupe|table)|cucharadas?|cucchiaio?)$/,
    'tablespoon',
  ],
  [
    /^(?:packets?|packs?|sachets?|sachets?-doses?|saquetas?|envelopes?|bolsitas?|tea ?bags?|teebeutel|carteiras?|dospasar?|dospasen?|dospase|brev(?:e|et)?|tasak\w*|annospussi\w*|sticks?|stick packs?|beutels?|tutchen|bust(?:in)?[ae]|sobres?|saszetki|saszetek|saszetka|zakjes?|sac(?:ek|ku|ky)|vreck[aou]|vrecusk[oauy]\w*|plicuri|plic|sase|saset|pacin(?:a|as|u|am)|paketel\w*|paketike\w*|pakeliai|pakel[iy]\w*|vrecic(?:[aeiu]|ama)|kesic(?:[aeiu]|ama)|кесиц[а-я]*|стик(?:а|у|ом|и|ов|ах)?|саше|сашета|пакетчет[а-я]*|пакетик[а-я]*|пакет[а-я]?|包|袋|φακελακι[α-ω]*|φακελισκ[α-ω]*|שקי(?:ת|ות|ק))$/,
    'packet',
  ],
  [
    /^(?:ampoules?|ampul(?:es?)?|vials?|viales?|envases?|ampullen?|ampollas?|ampolletas?|ampolas?|fiale|fiala|fiol(?:a|e|ei|ele)?|fiolk[aiy]|fiolek|flaconcin[oi]|flaconetes?|trinkampullen?|ampull(?:a|ak|at|ankent|aban)?|ampulki|ampulek|ampulk[auyie]|ampuliek|ampula|ampulas|ampulu|ампул[а-я]*|амп|ong)$/,
    'ampoule',
  ],
  [/^(?:ml|millilit(?:er|re)s?|мл)$/, 'ml'],
  [
    /^(?:drops?|tropfen|gouttes?|gotas?|gocce|damla|kapi|kapljic[ae]|draber|draper|druppels?|kropl[ei]|kropel|kapek|kapky|kapka|kvapk[ay]|kvapiek|droppar|dropp(?:e|en)?|picaturi|picaturile|csepp\w*|tippa[a]?|tipat|lasi|pilien\w*|σταγον[α-ω]*|капел[ья]|капл[яиюе]|капк[аи]|крапл[яіею]|крапель)$/,
    'drop',
  ],
  // ("1 cálice (30 ml)": a small glass of a made-up solution is one serving of it.)
  [
    /^(?:servings?|portions?|portionen|doses?|dos|doser|dosis|porciones?|porzioni|calices?|porsjon(?:er)?|portioner|porties?|porcje|porcji|porce|porcij(?:a|as|os|u)|annos(?:ta)?)$/,
    'serving',
  ],
  [/^(?:sprays?|spruhst(?:o|o)sse?|pumps?|pulverisations?)$/, 'spray'],
];

/**
 * Pieces taken whole: a serving of "4 Capsules" and directions in "viên" (Vietnamese), "粒" or "tablets" count the same
 * pills, the page naming them once precisely and once generically.
 */
const PIECES: ReadonlySet<UnitKind> = new Set(['capsule', 'tablet', 'gummy']);
function sameUnits(a: UnitKind, b: UnitKind): boolean {
  return a === b || (PIECES.has(a) && PIECES.has(b));
}

export function unitKind(word: string): UnitKind | null {
  // "1 capsule." ends a sentence: the dot is not the word's ("tsp." keeps its own below).
  const w = fold(word).trim().replace(/\.+$/, '');
  for (const [re, kind] of UNIT_WORDS) if (re.test(w)) return kind;
  // "günlük doz 1–2 saşedir", "1 tablettir": a Turkish unit with the copula's ending ("is 1–2 sachets").
  const copula = /^(\p{L}{3,14}?)[dt][iu]r$/u.exec(w);
  if (copula) for (const [re, kind] of UNIT_WORDS) if (re.test(copula[1]!)) return kind;
  return null;
}

/** The volumes a text names in millilitres ("1 dose de 5 ml", "10 ml daily"), each once. */
export function volumesNamed(text: string): number[] {
  return [...new Set([...fold(text).matchAll(/(?<![\d.,])(\d{1,3})[ ]?ml(?![a-z])/g)].map((m) => Number(m[1])))];
}

/** Dose units a pack counts: capsules, tablets, gummies, sachets. */
const PACK_UNITS: ReadonlySet<UnitKind | null> = new Set<UnitKind>(['capsule', 'tablet', 'gummy', 'packet']);

/** "60 Bitkisel Kapsül", "120 tablets": a pack's count of dose units, more than any serving holds. */
export function namesPack(text: string): boolean {
  const folded = fold(text);
  for (const m of folded.matchAll(
    // (Any script's letters: "60 טבליות", "60 δισκία".)
    /(?<![\d.,])(\d{2,3})[ ]?(?!(?:mg|mcg|µg|ug|g|iu|ml|mmol)(?![a-z]))((?:\p{L}[\p{L}-]{1,15}[ ]?){1,2})/gu,
  )) {
    if (Number(m[1]) < 20) continue;
    if (
      m[2]!
        .trim()
        .split(' ')
        .some((w) => PACK_UNITS.has(unitKind(w)))
    )
      return true;
  }
  // "… kapslid 120 tk", "Tabletten 100 Stück", "tabletter – 100 stk.", "tabletki do ssania, 48 szt.": the unit, then (a few
  // words on) the count of pieces.
  // (Not "the 21st": "st" only after a space.)
  for (const m of folded.matchAll(
    /(?<=[ ])(\d{2,3})(?: ?(?:tk|szt|stk|stuck|pcs|db|ks|kom|adet|шт)| (?:st|pieces))(?![a-zа-я])/g,
  ))
    if (
      Number(m[1]) >= 20 &&
      folded
        .slice(0, m.index)
        .split(/[ ,–|-]+/)
        .some((w) => PACK_UNITS.has(unitKind(w)))
    )
      return true;
  // "マグネライト便秘薬 360錠", "90粒", "60정", "100片": the count, then a unit's sign the CJK unit table knows.
  for (const m of folded.matchAll(CJK_PACK_RE)) if (Number(m[1]) >= 20 && PACK_UNITS.has(cjkUnitKind(m[2]!))) return true;
  return false;
}

// A count: digits, a fraction, a number word, or "two (2)"; optionally a range "1–2", "1 or 2", "1 bis 2".
const WORDS = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUM = String.raw`(?:\d{1,3}(?:[.,]\d{1,2})?|\d\/\d|(?:${WORDS})(?![a-zа-яא-ת]))`;
/**
 * "up to", "bis zu", "jusqu'à", "hasta", "fino a", "até", "tot", "do", "až", "legfeljebb", "upp till", "op til",
 * "până la", "en fazla", "enintään", "до", "έως", "עד": the count after it is a ceiling.
 */
export const UP_TO =
  "up to|bis zu|jusqu'a|hasta|fino a|ate|tot|do|az|legfeljebb|upp till|op til|opp til|pana la|en fazla|enintaan|до|εως|עד";
// ("1'er tablet", "2'şer kapsül": Turkish, a count each time.)
const COUNT_RE = new RegExp(
  String.raw`(?<![a-zа-я0-9])(?:(?:${UP_TO}) )?(${NUM})(?:['’]s?[ea]r(?= ))?(?:[x×](?= ))?(?: ?[([]\d{1,2}[)\]]| ?\((?:${WORDS})\))?(?: ?(?:-|to|or|bis|a|ou|o|oder|do|lub|tot|of|till|eller|az|sau|ali|nebo|alebo|vagy|tai|veya|ili|arba|vai|voi|до|или|η|تا|الى|إلى) ?(${NUM})(?: ?[([]\d{1,2}[)\]]| ?\((?:${WORDS})\))?)?(?:[ ]{1,2}|(?=ml(?![a-z])))(?:(?:[x×] ?)?\d{1,4}(?:[.,]\d{1,2})? ?(?:mg|mcg|µg|g|iu) )?(?:[a-zðþæøа-яіїєα-ωµא-ת-]{1,12} ){0,2}?([a-zðþæøа-яіїєα-ωµא-ת][a-zðþæøа-яіїєα-ωµא-ת.-]{1,20})`,
  'g',
);

/** "two (2)", "one(1)": a number word with its digits in brackets after it. */
const WORD_WITH_DIGITS_RE = new RegExp(String.raw`(?<![a-zа-яא-ת])(?:${WORDS}) ?\((\d{1,2})\)`, 'g');

/** "3, or women take ": a bare count, "or" and another group ("women", "Kinder") right before a count. */
const GROUP_COUNT_BEFORE_RE =
  /(?<![\d.,/])([1-6])[ ]?,?[ ]{1,2}(?:or|oder|ou|o|of|eller|lub|ili)[ ]{1,2}(?:women|men|adults?|children|kids|teens|teenagers|athletes|frauen|manner|kinder|femmes|hommes|enfants|mujeres|hombres|ninos|donne|uomini|bambini)[ ]{1,2}(?:[a-z]{2,12}[ ]{1,2}){0,2}$/;

function countValue(token: string | undefined): number | null {
  if (!token) return null;
  if (/^\d\/\d$/.test(token)) {
    const [a, b] = token.split('/').map(Number);
    return b ? a! / b : null;
  }
  if (/^\d/.test(token)) {
    const n = Number(token.replace(',', '.'));
    return Number.isFinite(n) && n > 0 && n <= 100 ? n : null;
  }
  return NUMBER_WORDS[token] ?? null;
}

const ARTICLE_RE = /^(?:a|an|un|une|una|uno|ein|eine|einen|een)$/;
/** "halbe", "halve", "demi", "media" (the number words for a half) right after an article: a half unit. */
const HALF_AFTER_RE = new RegExp(
  `^[ ](?:${Object.keys(NUMBER_WORDS)
    .filter((w) => NUMBER_WORDS[w] === 0.5)
    .join('|')})(?![a-z])`,
);
/** "2 x 250 mg", " 84 mg": a unit's strength between its count and its name. */
const STRENGTH_AFTER_COUNT_RE = /^[ ]{1,2}(?:[x×] ?)?\d{1,4}(?:[.,]\d{1,2})? ?(?:mg|mcg|µg|g|iu)(?= )/;

export interface UnitCount {
  min: number;
  max: number;
  unit: UnitKind;
  raw: string;
}

/** One of several dosage forms the directions offer, with the words after its unit ("di polvere"). */
interface Alternative extends UnitCount {
  words: string;
}

/** "1 misurino e ½", "un comprimé et demi", "1 scoop and a half": a count of units and half of one more (not "and a half hour"). */
const AND_A_HALF_RE =
  /(?<![\d.,\p{L}])(\d{1,2}|one|une?|uno|una|ein|eine|een)([ ]\p{L}{3,16})[ ](?:and|e|et|y|und|en) (?:a half|½|1\/2|mezz[oa]|demie?|medi[oa]|halb|een half)(?![\p{L}\d])(?![ ](?:hours?|heures?|ore|ora|stunden?|uur|minutes?|minut[io]))/giu;
/** First "N unit" (or "N–M unit") in a text: "2 Veggie Capsules", "1 scoop (3.5 g)", "two (2) tablets". */
/** "1½", "½", "¼", "1 misurino e ½": vulgar fractions as the digits the count pattern reads. */
function plainFractions(s: string): string {
  return s
    .replace(AND_A_HALF_RE, (_m, n: string, unit: string) => `${/\d/.test(n) ? Number(n) + 0.5 : 1.5}${unit}`)
    .replace(/(\d)\s?½/g, '$1.5')
    .replace(/½/g, '1/2')
    .replace(/¼/g, '1/4')
    .replace(/¾/g, '3/4');
}

/** "1 1/4 teaspoons": a whole number and a fraction, one count (read as a count, not in the directions' sentences). */
const mixedNumbers = (s: string): string =>
  s.replace(/(?<![\d.,/])(\d{1,2}) ([1-3])\/([2-4])(?![\d/])/g, (_m, whole: string, n: string, d: string) =>
    String(Number(whole) + Number(n) / Number(d)),
  );

/** "/min", "/h", "/kg" right after a count's unit: per minute, hour or kilo of body weight. */
const RATE_AFTER_RE = /^[ ]?\/[ ]?(?:min|h|hr|hod|hour|s|sec|kg)(?![a-z])/;

export function findUnitCount(text: string): UnitCount | null {
  // The raw count is quoted from the text as rewritten ("3 tablets" for "3粒", "1 כמוסה" for "כמוסה אחת"),
  // whose offsets the match's are.
  const source = mixedNumbers(plainFractions(cjkCounts(text)));
  const folded = fold(source);
  COUNT_RE.lastIndex = 0;
  let guard = 0;
  for (let m = COUNT_RE.exec(folded); m && guard < 300; m = COUNT_RE.exec(folded), guard++) {
    const unit = unitKind(m[3]!);
    // "2 Veggie Capsules": the unit may sit one or two words later; retry on the words in between.
    const a = countValue(m[1]);
    // "Four 84 mg caplets": a number with a mass unit is the strength, not a count.
    const massAfter = /^[ ]?(?:mg|mcg|µg|g|mmol|meq|iu|%)(?![a-z])/.test(folded.slice(m.index + m[1]!.length));
    // ("Halve the dose if …": English's verb is Dutch's half, "een halve maatschep", only after the article.)
    const verb = m[1] === 'halve' && !/(?<![a-z])een $/.test(folded.slice(0, m.index));
    // ("eine halbe Tablette", "a half scoop": the article counts no whole unit before its half.)
    const halved = ARTICLE_RE.test(m[1]!) && HALF_AFTER_RE.test(folded.slice(m.index + m[1]!.length));
    if (a === null || massAfter || verb || halved) {
      COUNT_RE.lastIndex = m.index + 1;
      continue;
    }
    let kind = unit;
    let end = m.index + m[0].length;
    if (!kind) {
      // After the count, or after a range's second number ("6 à 10 cuillères mesure").
      // ("Four 84 mg Mag-Tab®SR caplets": past the strength, the unit follows a brand name.)
      const counted = m.index + (m[2] ? m[0].indexOf(m[2], m[1]!.length) + m[2].length : m[1]!.length);
      const from = counted + (STRENGTH_AFTER_COUNT_RE.exec(folded.slice(counted))?.[0].length ?? 0);
      const window = folded.slice(from, m.index + m[0].length + 25);
      // The unit must come before any other number ("2.5 gm (1/2 tsp)" is not 2.5 teaspoons).
      const nextNumber = window.slice(1).search(/\d/);
      const words = [
        // (Greek too: "1 αναβράζον δισκίο", an effervescent tablet.)
        ...(nextNumber >= 0 ? window.slice(0, nextNumber + 1) : window).matchAll(
          /[a-zðþæøа-яіїєא-תα-ω][a-zðþæøа-яіїєא-תα-ω.-]*/g,
        ),
      ].slice(0, 4);
      for (const [i, w] of words.entries()) {
        // ("peste 14 ani: conținutul unui plic": a group's age before its colon counts no unit after it.)
        if (window.lastIndexOf(':', w.index) >= 0) break;
        // Two-word units first: "cuillères mesure", "cuillères doseuses".
        // (Three: "cuillère à soupe", "cuillère à café".)
        const next = words[i + 1];
        const third = words[i + 2];
        const pair = next && next.index === w.index + w[0].length + 1 ? unitKind(`${w[0]} ${next[0]}`) : null;
        const triple =
          !pair && next && third && next.index === w.index + w[0].length + 1 && third.index === next.index + next[0].length + 1
            ? unitKind(`${w[0]} ${next[0]} ${third[0]}`)
            : null;
        kind = pair ?? triple ?? unitKind(w[0]);
        if (kind) {
          end = Math.max(
            end,
            from + (pair ? next!.index + next![0].length : triple ? third!.index + third![0].length : w.index + w[0].length),
          );
          break;
        }
      }
    }
    // "(clearance below 30 ml/min)", "10 ml/kg": a rate or a measure per body weight, no intake.
    if (!kind || RATE_AFTER_RE.test(folded.slice(end))) {
      COUNT_RE.lastIndex = m.index + m[1]!.length;
      continue;
    }
    // ("As a dietary supplement, chew two (2) gummies": an article, then the verb "chew" before a count, counts no chew.)
    if (
      !unit &&
      !m[2] &&
      ARTICLE_RE.test(m[1]!) &&
      /^[ ]{1,2}(?:\d{1,2}|one|two|three|four|five|six)(?:[ ]?\(\d{1,2}\))?[ ]{1,2}(?!times?(?![a-z])|x(?![a-z]))[a-z]{3,}/.test(
        folded.slice(end),
      )
    ) {
      COUNT_RE.lastIndex = m.index + m[1]!.length;
      continue;
    }
    // "A dose recomendada é de 2 a 3 ampolas", "a serving of 2 capsules": an article before
    // "dose" or "serving" is no count when a number of units follows.
    if (kind === 'serving' && !m[2] && ARTICLE_RE.test(m[1]!)) {
      const later = findUnitCount(text.slice(end));
      if (later) return later;
    }
    // "men take 3, or women take 2 capsules daily": another group's count, its unit left to this one's.
    const other = m[2] ? null : GROUP_COUNT_BEFORE_RE.exec(folded.slice(Math.max(0, m.index - 50), m.index));
    const b = countValue(m[2]) ?? countValue(other?.[1]) ?? a;
    const upTo = UP_TO_START_RE.test(m[0]);
    return {
      min: upTo ? Math.min(1, a) : Math.min(a, b),
      max: Math.max(a, b),
      unit: kind,
      raw: source.slice(m.index, end).trim().replace(/\.$/, ''),
    };
  }
  return null;
}

export interface ServingSize {
  text: string;
  units: UnitCount | null;
  perDay: boolean;
}

export function parseServingSize(text: string): ServingSize {
  // "5 g scoop" (a header's "Per 5 g scoop"): one scoop of 5 g.
  const weighed = /^(\d[\d.,]{0,5}[ ]?(?:g|ml))[ ]+(\p{L}[\p{L} ]{2,20})$/u.exec(text.trim());
  const one = weighed ? findUnitCount(`1 ${weighed[2]}`) : null;
  // "Children 4-11: 1 Gummy / Adults & Children 12+: 3 Gummies": the adults' serving, as the directions' adults' dose is.
  const folded = fold(text);
  // (Each group named before its count, with a colon: "2 Gummies (adults)" names the group after it.)
  const adults = !one && CHILD_GROUP_RE.test(folded) && folded.search(ADULTS_RE) > 0 ? adultPart(folded) : '';
  const adultsFirst = /^[^:\d]{0,40}(?:\d{1,2}\+?[^:\d]{0,30})?:/.test(adults);
  const units = one && one.unit !== 'serving' ? one : ((adultsFirst ? findUnitCount(adults) : null) ?? findUnitCount(text));
  return { text: quote(text, 120), units, perDay: /\(?per day\)?|pro tag|par jour|tagesdosis/.test(folded) };
}

export interface Directions {
  /** Units (or servings) taken each time, when the directions say. */
  perIntake: UnitCount | null;
  timesPerDay: { min: number; max: number };
  /** The directions named no frequency ("Take 2 capsules."), so once a day is assumed. */
  frequencyAssumed: boolean;
  /**
   * The count is the whole day's, split into several intakes ("6 to 8 tablets a day, divided into 2
   * or 3 doses"): how much one intake is is not said, so the serving is one unit.
   */
  dividedDaily: boolean;
  /**
   * "3 flaconcini o 2 bustine al giorno": one intake in either of two dosage forms. The intake that
   * counts is the one in the unit the amount is stated for; perIntake is the first.
   */
  alternatives?: Alternative[];
  /**
   * "1 capsule per 30-60 minutes during activity": a rate while active, not a count a day. The
   * times a day run from one intake up to the day's maximum where one is stated, else are not known.
   */
  perHour?: boolean;
  /**
   * "Chew 2 daily", "take 1 twice a day": a count with no unit. It counts the serving size's units,
   * where the label prints one; perIntake stays null, since the unit is not said here.
   */
  bareIntake?: { min: number; max: number; raw: string };
  text: string;
}

/** The words for "times" ("3 times", "2mal", "2 kez", "2 korda"). */
const TIMES_WORDS =
  // (Albanian "herë", times, only before "në ditë", a day: "here" is English too.)
  'פעמים|times|beses|x|mal|maal|veces|volte|fois|keer|razy|gange|ganger|vezes|alkalommal|szor|szer|krat|ori|kez|defa|kere|puta|kali|korda|kertaa|kartus|reizes|lan|here(?= ne dite)|пъти|пати|раза|рази|разів|разы|рет|φορες|φορα';
/**
 * "3 times", "1-3 times", "2mal", "3 veces", "1 or 2 times": how many times a day, by the number. (Not a pack's "3 x 10
 * tablets": an "x" before a number of two digits multiplies units.)
 */
const NUMBERED_TIMES_RE = new RegExp(
  `(?<![\\d.,])([1-6])(?: ?(?:(?:[ -]?(?:x|krat|kart|kez|mal))? ?(?:-|to|or|bis|a|ou|o|oder|of|az|do|tot|till|til|tai|veya|ya da|ili|sau|lub|eller|alebo|nebo|vagy|hingga|sampai|atau|до|или)) ?([1-6]))?[ -]?(?:${TIMES_WORDS})(?![a-zа-яі])(?!(?<=x)[ ]?\\d{2})`,
);
/** "one to five times", "kaks korda", "dwa razy": a count of times in words. */
const WORD_TIMES_RE = new RegExp(
  `(?<![a-zа-яі])(?:${Object.keys(NUMBER_WORDS)
    .filter((w) => w.length >= 3 && Number.isInteger(NUMBER_WORDS[w]) && NUMBER_WORDS[w]! <= 6)
    .join('|')})(?![a-zа-яі])(?=[a-z0-9 -]{0,14}(?<![a-zа-яі])(?:${TIMES_WORDS})(?![a-zа-яі]))`,
  'g',
);
/** Prescription shorthand: b.i.d., t.i.d. */
const LATIN_TIMES: [RegExp, number][] = [
  [/(?<![a-z])(?:q\.?i\.?d\.?)(?![a-z])/, 4],
  [/(?<![a-z])(?:t\.?i\.?d\.?)(?![a-z])/, 3],
  [/(?<![a-z])(?:b\.?i\.?d\.?)(?![a-z])/, 2],
  // "q12h", "q8h", "q6h": every so many hours.
  [/(?<![a-z])q ?6 ?h(?![a-z])/, 4],
  [/(?<![a-z])q ?8 ?h(?![a-z])/, 3],
  [/(?<![a-z])q ?12 ?h(?![a-z])/, 2],
];

const UP_TO_BEFORE_RE = new RegExp(String.raw`(?<![a-zа-яα-ω])(?:${UP_TO})[ ]{1,2}$`);
const UP_TO_START_RE = new RegExp(String.raw`^(?:${UP_TO}) `);

const TIMES: [RegExp, number, number][] = [
  [
    // ("Take once a day, or twice a day for increased needs": the second frequency, an alternative.)
    /(?<![a-z])(?:once or twice|once (?:a day|daily|per day),? or (?:up to )?twice|פעם או פעמיים|einmal taglich,? oder zweimal|une fois par jour,? ou deux|una vez al dia,? o dos|one or two times|1 or 2 times|1-2 times|1 to 2 times|ein- bis zweimal|(?<![\d.,])1-2 ?x(?![ ]?\d)|une ou deux fois|una o dos veces|una o due volte|een- of tweemaal|een- tot tweemaal|een of twee keer|einu sinni til tvisvar|einu sinni e[dð]a tvisvar|jednou (?:nebo|az|ci) dvakrat|raz (?:lub|albo) dwa razy|jedanput ili dvaput|jednom ili dvaput|egyszer vagy ketszer)(?![a-z])/,
    1,
    2,
  ],
  [/(?<![a-z])(?:1-3 times|1 to 3 times|one to three times|1-3 ?x|up to (?:3|three) times)(?![a-z])/, 1, 3],
  [/(?<![a-z])(?:2-3 times|2 to 3 times|two to three times|2-3 ?x|two or three times|2 or 3 times)(?![a-z])/, 2, 3],
  [
    // ("1 gélule matin, midi et soir", "with breakfast, lunch and dinner": three moments of one day named in turn.)
    /(?<![a-z])(?:morning,? (?:noon|midday|lunch) and (?:evening|night)|breakfast,? lunch and (?:dinner|supper)|matin,? midi et soir|petit[- ]dejeuner,? dejeuner et diner|morgens,? mittags und abends|mattina,? (?:mezzogiorno|pranzo) e sera|colazione,? pranzo e cena|manana,? mediodia y noche|desayuno,? (?:almuerzo|comida) y cena|(?:'s )?ochtends,? (?:'s )?middags en (?:'s )?avonds|ontbijt,? lunch en diner|rano,? w poludnie i wieczorem|three times|3 times|thrice|(?<![\d.,])3 ?x(?![ ]?\d{2})|dreimal|trois fois|tres veces|tres vezes|tre volte|drie keer|driemaal|tre ganger|tre gange|3 razy|trzy razy|tris kartus|tris reizes|trikrat|trikrate|triput|tri puta|haromszor|de trei ori|uc kez|uc defa|kolm korda|kolme kertaa)(?![a-z])|(?<![а-яіα-ω])(?:тричі|трижды|τρεις φορες)(?![а-яіα-ω])/,
    3,
    3,
  ],
  // "after meals or prior to bedtime": after any meal, or at night, as an antacid is taken: up to each
  // meal and bedtime.
  [/(?<![a-z])(?:after|with|before) meals,? (?:or|and\/or) (?:at|prior to|before) (?:bed(?:time)?|sleep)(?![a-z])/, 1, 4],
  // "after each of the three meals", "después de cada una de las tres comidas": a count of meals.
  [
    /(?<![a-z])(?:each of the (?:three|3) (?:main )?meals|cada una de las (?:tres|3) comidas|(?:a )?chacun des (?:trois|3) repas|jeder der (?:drei|3) (?:haupt)?mahlzeiten|ciascuno dei (?:tre|3) pasti)(?![a-z])/,
    3,
    3,
  ],
  [
    /(?<![a-z])(?:twice|two times|2 times|(?<![\d.,])2 ?x(?![ ]?\d)|zweimal|deux fois|dos veces|duas vezes|due volte|twee keer|tweemaal|tva ganger|dwa razy|du kartus|divas reizes|dvakrat|dvakrate|dvaput|dva puta|ketszer|de doua ori|iki kez|iki defa|to gange|to ganger|kaks korda|kaksi kertaa|kahdesti|tvisvar|morning and (?:evening|night)|morgens und abends|matin et soir|am and pm|reggel es este|mattina e sera|manana y noche|(?:por la )?manana y por la noche|(?:de )?manha e (?:a )?noite|mattino e sera|'s (?:ochtends|morgens) en 's avonds|(?:ochtend|morgen) en avond|morgon och kvall|morgen og (?:aften|kveld)|aamulla ja illalla|rano a vecer|rano i wieczorem)(?![a-z])|(?<![а-яіα-ω])(?:утром и вечером|вранці (?:і|та) ввечері|сутрин и вечер|двічі|дважды|δυο φορες)(?![а-яіα-ω])|(?<![א-ת])פעמיים(?![א-ת])/,
    2,
    2,
  ],
  [
    // (Not the conjunction: "drink once the tablet has fully dissolved".)
    /(?<![a-z])(?:once(?! (?:the|it|they|you|dissolved|fully|mixed)(?![a-z]))|one time|1 time|(?<![\d.,])1 ?x(?![ ]?\d)|einmal|sekali|eenmaal|kerran|einu sinni|a dag|daglega|une fois|una vez|una volta|daily|a day|per day|each day|every day|every morning|every evening|nightly|(?<!(?<![a-z])(?:not|niet|nicht|ne|no|non|nao|avoid|evitar|evitare|vermeiden)(?: [^ .;]{1,12}){0,5} )(?:at bedtime|before bed|before sleep|prior to (?:sleep|bed|bedtime)|prima di coricarsi|prima di andare a dormire|antes de acostarse|antes de dormir|vor dem schlafengehen|vor dem zubettgehen|avant le coucher|avant de dormir|avant de vous coucher|voor het slapengaan)|(?:prior to|before|after) (?:your |a |each )?(?:workout|exercise|training)|in the (?:morning|evening)|taglich|tgl(?=\.)|pro tag|am tag|par jour|quotidiennement|quotidienne?|journaliere?|napi|al dia|diarias?|diarios?|al giorno|giornalmente|per dag|dagelijks|daags|dziennie|(?:dagelijkse (?:dosis|dosering|hoeveelheid)|tages(?:dosis|portion|verzehrmenge)|dagsdos(?:is|e)?|dzienna (?:dawka|porcja)|dose giornaliera|paivittainen annos)(?=[ ]?:)|na dobe|dagligen|per dygn|om dagen|por dia|ao dia|naponta|denne|dnevno|na dan|ne dite|pe zi|zilnic|дневно|ежедневно|на ден|в день|в сутки|\/ ?сут(?:ки|\.)?|на день|на добу|щодня|щоденно|у дзень|на дзень|штодня|күніне|gunde|gunluk|her gun|sehari|per hari|setiap hari|sa isang araw|araw-araw|bawat araw|kada araw|moi ngay|daglig|dagligt|paevas|oopaevas|paivassa|dienoje|per diena|per para|kasdien|(?<!antra |otra )diena|paivittain|vuorokaudessa|ηµερησιως|την ηµερα|ανα ηµερα|καθηµερινα|q\.?d\.?|qday|qam|qpm|qhs)(?![a-zа-яіα-ω])|\/ ?ngay(?![a-z])|(?<=(?:tablets?|capsules?|caps|softgels?|comprimidos?|capsulas?|tabletas?|sobres?|scoops?)[ ]{1,2})(?:day|dia)(?![a-z])(?! si)|(?<![א-ת])(?:ביום|ליום|פעם ביום|מדי יום|כל יום)(?![א-ת])|(?<=[a-z.][ ]?)\/[ ]?day(?![a-z])/,
    1,
    1,
  ],
  // A meal phrase counts only where nothing else gives the frequency: "twice daily with meals" is
  // twice, "1 capsule daily with meals" once, "1 capsule with each meal" three times.
  [
    /(?<![a-z])(?:(?:with|after|before|during) (?:each|every) (?:main )?meal|with meals|zu (?:jeder|den) (?:haupt)?mahlzeit(?:en)?|nach jeder (?:haupt)?mahlzeit|(?:a|apres) chaque repas(?: principal)?|(?:con|despues de|antes de|en) cada comida(?: principal)?|(?:ad|dopo) ogni pasto(?: principale)?|(?:bij|na) elke (?:hoofd)?maaltijd|(?:com|apos|depois de) cada refeicao(?: principal)?)(?![a-z])/,
    3,
    3,
  ],
];

/**
 * "6 à 8 comprimés par jour à répartir en 2 ou 3 prises", "3 tablets a day in divided doses",
 * "4–6 Tabletten täglich, verteilt auf 2–3 Einnahmen": a day's count, split over intakes.
 */
/** The split itself: "in divided doses", "à répartir en 2 prises", "verteilt auf morgens und abends", "fordelt på". */
const SPLIT_WORDS = String.raw`(?:in (?:\d|two|three|2|3)?[ -]?(?:or (?:\d|two|three) )?divided doses|divided (?:into|in|over) (?:\d|two|three)|(?:a )?repartir en \d|(?:en|a) repartir|verteilt auf \d|(?:gjerne |helst |garna |gerne )?(?:fordelt|fordelat) (?:pa|over) |auf \d(?:[ -]\d)? (?:einzel)?(?:dosen|einnahmen|gaben) verteilt|repartid[oa]s? (?:en \d|(?:en|entre) (?:el )?(?:desayuno|almuerzo|la manana))|divis[oi] in \d|verdeeld over \d|w \d(?:(?:-| lub | do )\d)? dawkach podzielonych|chia(?: lam)? \d|(?:reparti\w* )?en (?:une|deux|trois|\d)(?:(?: a | ou |-)(?:deux|trois|quatre|\d))? prises|in (?:one|two|\d)(?:(?: to | or |-)(?:two|three|four|\d)) (?:doses|intakes|portions)|w \d(?:-\d)? porcjach|in \d(?:-\d)? (?:einnahmen|portionen)|(?:fordelt|fordelat|fördelat) pa (?:morgen|morgon|\d)|split between (?:morning|breakfast|\d)|auf (?:morgens|den tag|fruh)[^.;,]{0,25} verteilt|verteilt auf (?:morgens|den tag)|reparti\w* (?:entre )?(?:le )?matin et (?:le )?soir|jaettuna|padalij\w* i \d(?:[ -]{1,3}\d)?|sadal\w* (?:\d(?:[ -]{1,3}\d)? )?reiz\w*|in \d(?:-\d)? prize|(?:ket|harom|\d(?:-\d)?) reszletben|(?:в|на) \d(?:-\d)? при[её]м[а-я]*)`;
const DIVIDED_DAILY_RE = new RegExp(
  String.raw`^[^.;]{0,40}?(?:per day|a day|daily|par jour|al dia|pro tag|taglich|al giorno|per dag|dziennie|na dobe|per para|\/ ?ngay|moi ngay|daglig|dagligt|dagligen|paivassa|pe zi|в сутки|в день)[ ,]{1,3}(?:(?:preferably|preferablement|de preference|vorzugsweise|preferiblemente|preferibilmente|bij voorkeur)[ ]{1,2})?${SPLIT_WORDS}`,
);
/** "Täglich 3 Kapseln mit Wasser verzehren, am besten verteilt auf morgens und abends": the split later, the day named before the count. */
const SPLIT_LATER_RE = new RegExp(String.raw`^[^.;]{0,80}?[ ,]${SPLIT_WORDS}`);
/** "3 capsules a day with food, preferably split …", "3 cápsulas al día …": the day right after the count's unit. */
const DAY_AFTER_COUNT_RE =
  /^\d{1,2}(?:[ ]?(?:-|to|a|o|or)[ ]?\d{1,2})?[ ]{1,2}[a-z]{2,14}\.?[ ]{1,2}(?:per day|a day|daily|each day|al dia|por dia|ao dia|par jour|pro tag|taglich|am tag|al giorno|per dag|dziennie|om dagen|dagligen|daglig|paivassa)(?![a-z])/;

/** A day named right before the count ("Ngày dùng 2-4 viên", "Daily: 2-4 tablets"), no frequency stated. */
const DAY_BEFORE_COUNT_RE = /(?<![a-z])(?:ngay|daily|taglich|dziennie|naponta|denne|zilnic)(?![a-z])[^.;\d]{0,15}$/;
/** A split that names its count of intakes ("chia 2 lần", "divided into 2", "in 2 divided doses"), not "divided with meals". */
const SPLIT_IN_N_RE = /(?<![a-z])(?:chia(?: lam)? \d|divided (?:into|in) \d|in \d divided doses|repartir en \d|verteilt auf \d)/;
/** "je 1", "each 1", "jeweils 1", "1-1" (Hungarian: one each): one unit each time. */
const EACH_ONE = String.raw`(?:(?<![a-z])(?:je|jeweils|each|chacun[e]?|cada|ciascun[oa]|telkens|kazdorazowo|po)[ ]1|(?<![\d.,-])1-1)(?![\d,.])`;
/**
 * "Täglich 2 Kapseln: morgens und abends je 1 Kapsel", "2 capsules daily (each 1 …)", "Täglich 2 Kapseln mit Wasser
 * verzehren, z. B. je 1 Kapsel morgens und abends", "Täglich 2 Tabletten … einnehmen (morgens und abends je 1 Tablette)":
 * after the day's count, one each time.
 */
const ONE_EACH_AFTER_RE = new RegExp(
  String.raw`^\d{1,2}[ ][a-z]{3,15}(?:[ ]?:[ ]?|[^.;:()\d]{0,80}?\(|[^.;:()\d]{0,60}?,[ ](?:z\.[ ]?b\.[ ]|e\.[ ]?g\.[ ])?)[^.;)]{0,60}?${EACH_ONE}`,
);
/** "3 capsules daily, spread over the day: 1 capsule each at breakfast, lunch and dinner": the day's count, then one each time. */
const ONE_EACH_AFTER_DAY_RE = new RegExp(
  String.raw`^\d{1,2}[ ][a-z]{3,15}[ ](?:taglich|daily|a day|per day|par jour|al giorno|al dia|per dag|pro tag|dziennie)(?![a-z])[^.;]{0,60}?(?:${EACH_ONE}|(?<![\d,.])1[ ][a-z]{3,15}[ ](?:each|jeweils|chacun[e]?)(?![a-z]))`,
);
/**
 * The day's count ("2 Kapseln", "2 capsules daily"), a dash or a colon, then the intakes it is split into (in brackets,
 * DAY_SPLIT_RE's).
 */
const ONE_AT_EACH_MOMENT_RE =
  /^\d{1,2}[ ][a-z]{3,15}(?:[ ]{1,2}(?:daily|a day|per day|taglich|pro tag|par jour|al giorno|al dia|per dag|dziennie|na dobe|om dagen|ao dia))?[ ]{0,2}(?::|[–—-](?=[ ]))[ ]{0,2}((?<![\d.,])1[ ][^.;()–—]{3,80})/;
/** "– 1 Kapsel morgens und 1 Kapsel abends" after a day's count of two: as many ones, each at a moment, and no other count. */
function oneAtEachMoment(afterCount: string, count: number): boolean {
  const split = ONE_AT_EACH_MOMENT_RE.exec(afterCount)?.[1];
  const ones = split?.match(/(?<![\d.,])1(?![\d.,])/g)?.length ?? 0;
  return !!split && !/[02-9]/.test(split) && ones === count && slotsIn(split).length === ones;
}
/** Where directions split a day's count into intakes ("chia làm", "in divided doses", "à répartir en"). */
const SPLIT_INTO_RE =
  /(?<![a-z])(?:chia(?: lam)?|divided|repartir|verteilt|repartid[oa]s?|divis[oi]|verdeeld|dawkach|reszre|reszletben|padalij\w*|sadal\w*)(?![a-z])/;

/**
 * "2 tabletki na dobę (1 tabletka rano i 1 tabletka wieczorem)", "2 capsules daily (1 in the morning,
 * 1 in the evening)": the day's count, and in brackets how it is split.
 */
const DAY_SPLIT_RE =
  /^[^.;(]{0,40}?(?:per day|a day|daily|par jour|al dia|pro tag|taglich|al giorno|per dag|dziennie|na dobe|om dagen|ao dia)[ ,]{0,3}\((?=[^)]{0,80}(?:morning|rano|morgens|matin|manana|mattin[oa]|ochtend|morgon|manha))(?=[^)]{0,80}(?:evening|night|wieczorem|abends|soir|noche|sera|avond|kvall|noite))/;

/**
 * "Four 84 mg caplets daily contain 336 mg", "2 Kapseln täglich liefern 300 mg": what a day's count
 * holds, told as a fact; how many are taken at once is not said.
 */
const DAY_TOTAL_FACT_RE =
  /^[^.;]{0,40}?(?:per day|a day|daily|par jour|al dia|pro tag|taglich|al giorno|per dag|dziennie)[ ,]{1,3}(?:contain|contains|provide|provides|supply|supplies|deliver|delivers|enthalten|liefern|contiennent|apportent|fournissent|contienen|aportan|proporcionan|contengono|forniscono|apportano|bevatten|leveren|zawieraja|dostarczaja)(?![a-z])/;

/** Adults' part of directions that also speak to children ("Children 4+: 1 gummy. Adults: 2 gummies."). */
export const ADULTS_RE =
  /(?<![a-z])(?:adults?|erwachsenen?|erw(?=\.)|adultes?|adultos?|adulti|volwassenen|dorosli|vuxna|vuxen|voksne|voksen|aikuiset|aikuisille|felnottek|felnotteknek|dospeli|dospel[iy]m|odrasli|odraslima|suaugusieji|suaugusiems|pieaugusie|pieaugusajiem|taiskasvanud|taiskasvanutele|възрастни|взрослые|взрослым|взрослых|дорослі|дорослим|дорослих|одрасли|одраслима|nguoi lon|yetiskin\w*|成人|成年人|大人|성인)(?![a-zа-я])/g;

/** A group told the product is not for it, or sent to a doctor: "not suitable for", "nicht geeignet", "ask a doctor". */
const NOT_FOR_GROUP_RE =
  /(?<![a-z])(?:not (?:suitable|recommended|for|intended for|to be (?:used|given) (?:by|to|for))|do not (?:use|give)|nicht (?:geeignet|empfohlen|fur)|ne convient pas|deconseille|non (?:adatto|indicato|raccomandato)|no (?:apto|recomendado|indicado)|no se recomienda|niet geschikt|nie (?:jest )?(?:przeznaczon\w*|zalecan\w*|nadaje sie)|nie (?:stosowac|podawac)|neni (?:urcen|vhodn)\w*|nem ajanlott|nu (?:se recomanda|este recomandat)|ei sovellu|ej lamplig|ikke egnet|ask (?:a|your) (?:doctor|pharmacist)|consult|arzt|medecin|medico|lekarz\w*|out of (?:the )?reach|utilgjengelig|utom rackhall|utenfor [a-zø]{0,8} ?rekkevidde|uden for [a-zø]{0,8} ?rækkevidde|ulottumattomissa|hors de (?:la )?portee|fuera del alcance|ausser(?:halb der)? reichweite|lontano dalla portata|buiten (?:het )?bereik)(?![a-z])/;

/** "Adult supervision required", "under adult supervision", "unter Aufsicht eines Erwachsenen": a child's care, no adults' dose. */
const ADULT_SUPERVISION_RE =
  /(?<![a-z])(?:adult supervision|supervision of an adult|under tilsyn av (?:en )?voksen|under (?:opsyn|tilsyn) af (?:en )?voksen|under uppsikt av (?:en )?vuxen|under (?:the )?supervision of an adult|aufsicht (?:eines|von) erwachsenen|(?:sous la )?surveillance d'un adulte|supervision d'un adulte|(?:bajo (?:la )?)?supervision de un adulto|(?:sotto la )?supervisione di un adulto|toezicht (?:van|door) een volwassene|nadzorem (?:osoby )?doroslej|(?:an|un) (?:adult|adulte|adulto) (?:should|must|doit|debe) (?:supervise|superviser|supervisar|surveiller)|(?:ein )?erwachsener (?:sollte|muss) (?:beaufsichtigen|die einnahme beaufsichtigen))(?![a-z])/g;

/** A children's group named in a serving size ("Children 4-11: 1 Gummy"). */
const CHILD_GROUP_RE = /(?<![a-z])(?:children|kids|enfants|kinder|ninos|bambini|kinderen|dzieci|criancas)(?![a-z])/;

/** Directions (folded) that dose adults by name, not an adult's care of a child ("Adult supervision required"). */
export const namesAdults = (folded: string): boolean => folded.replace(ADULT_SUPERVISION_RE, ' ').search(ADULTS_RE) >= 0;

/** A sentence of someone else's advice or reference values: "the DGE names for adults", "the EFSA recommends". */
const ADVICE_RE =
  /(?<![a-z])(?:dge|bfr|efsa|nhs|rda|empfiehlt|empfehlen|empfohlene zufuhr|schatzwert|referenzwert|recommends?|recommended (?:daily )?(?:intake|allowance)|recommande|recomienda|raccomanda|adviseert|zaleca)(?![a-z])/;
const sentenceAround = (text: string, at: number): string => {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at), text.lastIndexOf('\n', at)) + 1;
  const ends = ['. ', '; ', '\n'].map((d) => text.indexOf(d, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
};

function adultPart(folded: string): string {
  // The adults' heading ("Chez l'adulte :") over a passing mention ("Réservé à l'adulte et à l'enfant").
  // (Not the adults of someone else's advice: "Die DGE nennt für Erwachsene einen Schätzwert von 300 bis 350 mg".)
  const mentions = [...folded.matchAll(ADULTS_RE)].filter((m) => !ADVICE_RE.test(sentenceAround(folded, m.index)));
  const adults =
    mentions.find((m) => /^[ ]{0,2}(?:\([^)]{0,30}\))?[ ]{0,2}:/.test(folded.slice(m.index + m[0].length))) ?? mentions[0];
  if (!adults) return folded;
  const rest = folded.slice(adults.index);
  // Children's directions start a part of their own ("Adults: 2 gummies. Children 4+: 1 gummy");
  // "adults and children 9 and up: take 1 gummy" is one instruction for both.
  const child =
    /(?:[.;:•\n]|(?<![a-z])(?:for|fur|pour|para|per))[ ]{0,3}(?:children|kinder|kindern|kdr(?=\.)|enfants?|ninos|bambini|kinderen|dzieci|criancas|деца|дети|детям|детеи|tre em|adolescent[eis]{0,2}|teens?|teenagers|jugendliche\w*|ragazzi|tieners|nastolatki|подростк[а-я]*)(?![a-zа-я])/.exec(
      rest.slice(6),
    );
  // ("Adultes et enfants à partir de 12 ans : …": one group, adults with older children, whose children's word names no
  // children's dose.)
  const part = (child ? rest.slice(0, child.index + 6) : rest).replace(ADULTS_AND_CHILDREN_RE, '$1');
  // ("Adultos, mujeres embarazadas y en período de lactancia: 1 cápsula …": the adults' heading names more adults, whom
  // the dose is for as well; its words are no other group's or alternative's.)
  const heading = /^[^:\d.;]{4,80}:/.exec(part);
  return heading && /[ ,]/.test(heading[0].trim()) ? part.slice(heading[0].length) : part;
}
/** "adults and children over 12", "adultes et enfants à partir de", "Erwachsene und Kinder ab": one group (ages already left out). */
const ADULTS_AND_CHILDREN_RE =
  /(?<![a-z])(adults?|adultes?|erwachsenen?|adultos?|adulti|volwassenen|dorosli|vuxna|voksne)[ ]{1,2}(?:and|et|und|y|e|en|i|og|och)[ ]{1,2}(?:children|kids|enfants|kinder|ninos|bambini|kinderen|dzieci|criancas|adolescents?|teenagers?|jugendliche)(?:[ ]{1,2}(?:a partir de|from|over|aged|ab|von|de|des|dai|da|vanaf|van|mayores de|sopra i|powyzej|od))?(?![a-z])/;

/** A dose unit in Japanese, Chinese, Korean (kana as written or folded) and Thai, and the English word for it. */
const CJK_UNITS: Record<string, string> = {
  粒: 'tablet',
  錠: 'tablet',
  片: 'tablet',
  丸: 'tablet',
  // "顆", "颗": a pill's or a gummy's counter.
  顆: 'tablet',
  颗: 'tablet',
  カプセル: 'capsule',
  カフセル: 'capsule',
  ソフトジェル: 'softgel',
  ソフトシェル: 'softgel',
  胶囊: 'capsule',
  膠囊: 'capsule',
  包: 'packet',
  袋: 'packet',
  // A drink's bottle or vial: "1日1本" (Japanese), "每次1支", "1瓶" (Chinese), "1병" (Korean).
  本: 'ampoule',
  支: 'ampoule',
  瓶: 'ampoule',
  병: 'ampoule',
  정: 'tablet',
  알: 'tablet',
  캡슐: 'capsule',
  포: 'packet',
  스틱: 'stick',
  // Thai: capsule, soft gel, tablet ("เม็ด", a pill of any kind), sachet, gummy. (The longer soft gel first.)
  ซอฟท์เจล: 'softgel',
  ซอฟเจล: 'softgel',
  แคปซูล: 'capsule',
  เม็ด: 'tablet',
  ซอง: 'sachet',
  กัมมี่: 'gummy',
  // ("รับประทานวันละ 2-4 ชิ้น": pieces, a gummy's or a chewable's count.)
  ชิ้น: 'gummy',
  // Chinese scoops: a level scoop, a measuring scoop, a spoon ("每日半匙至1平匙"). (The longer first.)
  平匙: 'scoop',
  量匙: 'scoop',
  匙: 'scoop',
  // Thai measures: a measuring spoon, a scoop, a teaspoon, a tablespoon.
  ช้อนตวง: 'scoop',
  สกู๊ป: 'scoop',
  ช้อนชา: 'teaspoon',
  ช้อนโต๊ะ: 'tablespoon',
};
const CJK_ONE_UNIT_RE = new RegExp(
  `(?:^|[^0-9])(?:1|一)(${Object.keys(CJK_UNITS).join('|')})(?:に(?:は)?|中(?:に)?|あたり|当たり|[ ]?당)|(?:ใน[ ]?1|แต่ละ)[ ]?(${Object.keys(CJK_UNITS).join('|')})|^1[ ]?(${Object.keys(CJK_UNITS).join('|')})(?=[ ]?ประกอบด้วย)|每(?:1|一)?[ ]?(${Object.keys(CJK_UNITS).join('|')})(?![0-9]|份)`,
);
// (Not "每包份數", servings per pack: the pack's count of servings, no unit's contents.)
/** A dose unit's word in Japanese, Chinese, Korean or Thai ("정", "粒"), as its kind. */
export function cjkUnitKind(word: string): UnitKind | null {
  const english = CJK_UNITS[word];
  return english ? unitKind(english) : null;
}

/**
 * "1粒に", "1粒中", "1カプセルあたり", "1정당", "ใน 1 แคปซูล", "แต่ละเม็ด", "1 เม็ด ประกอบด้วย", "每片": one unit's contents, in Japanese, Korean,
 * Thai or Chinese; the unit it names as the English word (tablet, capsule, packet …).
 */
export function cjkOneUnit(folded: string): UnitKind | null {
  const m = CJK_ONE_UNIT_RE.exec(folded);
  return m ? unitKind(CJK_UNITS[(m[1] ?? m[2] ?? m[3] ?? m[4])!]!) : null;
}
// (半: a half, "半匙".)
const CJK_NUMERALS: Record<string, string> = {
  一: '1',
  二: '2',
  两: '2',
  兩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  半: '0.5',
};
// ("每日1至3粒": 至 and 到 join a range too.)
const CJK_NUM = '([0-9一二两兩三四五六半]{1,2}(?:[ ]?[-–~〜～至到][ ]?[0-9一二两兩三四五六]{1,2})?)';
// Korean puts a space between the count and its unit at times ("2 정"); Thai always does ("2 แคปซูล").
const CJK_UNIT = `[ ]?(${Object.keys(CJK_UNITS).join('|')})`;
/** A pack's count in a CJK (or Thai) unit's sign: "360錠", "60 정" (namesPack). */
const CJK_PACK_RE = new RegExp(`(?<![\\d.,])(\\d{2,3})${CJK_UNIT}`, 'g');
/** Kana, kanji, Hangul and Thai: scripts whose counts of units are rewritten in English. */
const CJK_SCRIPT_RE = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3\u0e00-\u0e7f]/;
const HEBREW_RE = /[\u05d0-\u05ea]/;
const HEBREW_ML_RE = /(?<![א-ת])מ["״']ל(?![א-ת])/g;
const HEBREW_ONE_AFTER_RE = /(?<![א-ת])((?:כמוס|קפסול|טבלי|קפלי)(?:ה|ות)|כדור)[ ](?:אחת|אחד|1(?![\d.,]))(?![א-ת])/g;
/** Korean "a day": "1일", "하루(에)", "매일"; counted in words before "번" ("하루 두 번"). */
const KO_DAY = '(?:1[ ]?일|하루(?:에)?|매일)[ ]?';
const KO_TIMES: Record<string, string> = { 한: '1', 두: '2', 세: '3', 네: '4' };
const cjkNumber = (n: string) =>
  n.replace(/[一二两兩三四五六半]/g, (c) => CJK_NUMERALS[c]!).replace(/[ ]?[–~〜～至到-][ ]?/g, '-');
/** "3 tablets", "1 tablet": a count and its unit in English. */
const cjkCount = (n: string, u: string) => {
  const count = cjkNumber(n);
  return `${count} ${CJK_UNITS[u]}${count === '1' ? '' : 's'}`;
};
// ("5〜10mL", "1～2粒": a wave dash between two figures is a range's dash.)
const halfWidthDigits = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/(?<=\d)[ ]?[〜～][ ]?(?=\d)/g, '-');

/** "3粒", "２カプセル": a count of units in Japanese or Chinese, written as the English the parser reads. */
function cjkCounts(text: string): string {
  // Hebrew puts "one" after its noun: "כמוסה אחת ביום" is "1 כמוסה ביום".
  // Its millilitre is "מ"ל", the quote inside the word.
  if (HEBREW_RE.test(text))
    text = text.replace(HEBREW_ONE_AFTER_RE, (_m, unit: string) => `1 ${unit}`).replace(HEBREW_ML_RE, 'ml');
  // Hindi's units and counts in words ("एक टैबलेट": one tablet) as the parser reads them.
  text = hindiDoses(text);
  if (!CJK_SCRIPT_RE.test(text)) return text;
  return halfWidthDigits(text).replace(
    new RegExp(`${CJK_NUM}${CJK_UNIT}`, 'g'),
    (_m, n: string, u: string) => ` ${cjkCount(n, u)} `,
  );
}

/**
 * Japanese and Chinese dose phrases in the English the parser reads: "1日3粒" (or "每日3粒") is "3 tablets daily",
 * "1日2回、1回1粒" "2 times daily, 1 tablet", "每日2次，每次1-2粒" "2 times daily, 1-2 tablets".
 */
/** Hindi directions as the words the parser reads: "वयस्क: 1 टैबलेट दिन में एक बार" is "adults: 1 tablet once daily". */
const HINDI_WORDS: readonly [RegExp, string][] = [
  [/वयस्क(?:ों)?/g, 'adults'],
  [/बच्च(?:े|ों)/g, 'children'],
  [/टैबलेट|गोलियाँ|गोली/g, 'tablet'],
  [/कैप्सूल/g, 'capsule'],
  [/दिन में एक बार|प्रतिदिन एक बार|रोज़ाना एक बार/g, 'once daily'],
  [/दिन में दो बार/g, 'twice daily'],
  [/दिन में तीन बार/g, '3 times daily'],
  [/प्रतिदिन|रोज़ाना|रोजाना/g, 'daily'],
  // ("1 से 2 टैबलेट": from one to two tablets.)
  [/(?<=\d[ ]?)से(?=[ ]?\d)/g, 'to'],
  // ("एक टैबलेट दिन में एक बार": one, two, three as counts, once the frequency's own words are read.)
  [/(?<![\u0900-\u097f])एक(?![\u0900-\u097f])/g, '1'],
  [/(?<![\u0900-\u097f])दो(?![\u0900-\u097f])/g, '2'],
  [/(?<![\u0900-\u097f])तीन(?![\u0900-\u097f])/g, '3'],
  [/।/g, '.'],
];
const DEVANAGARI_RE = /[\u0900-\u097f]/;
function hindiDoses(text: string): string {
  // (Each word replaced with spaces around it, then runs of spaces made one: "एक टैबलेट" is "1 tablet".)
  return DEVANAGARI_RE.test(text)
    ? HINDI_WORDS.reduce((t, [re, word]) => t.replace(re, ` ${word} `), text).replace(/[ ]{2,}/g, ' ')
    : text;
}

/** "1日2粒 … 1日2回、1回1粒": the day's count, then how often and how many each time: the day's count says it again. */
const CJK_DAY_COUNT_RE = new RegExp(`(?:(?:1|一)日(?:に|あたり)?|每[日天]|毎日|1[ ]?일)[ ]?${CJK_NUM}${CJK_UNIT}`);
const CJK_EACH_TIME_COUNT_RE = new RegExp(`(?:(?:1|一)回|每次|1[ ]?회)[ ]?${CJK_NUM}${CJK_UNIT}`);
const CJK_TIMES_A_DAY_RE = new RegExp(`(?:(?:1|一)日|每[日天]|一[日天]|1[ ]?일)[ ]?${CJK_NUM}[ ]?(?:回|次|회)`);

/** Chinese scoops ("平匙", "量匙", "匙"), as `CJK_UNITS` names them. */
const CJK_SCOOPS = Object.keys(CJK_UNITS)
  .filter((k) => k.endsWith('匙'))
  .join('|');
/** "半匙至1平匙": the first count's scoop, said again after the range's second count. */
const SCOOP_BEFORE_RANGE_RE = new RegExp(
  `(?<=[0-9一二两兩三四五六半])[ ]?(?:${CJK_SCOOPS})[ ]?(?=[至到~〜～-][ ]?[0-9一二两兩三四五六][ ]?(?:${CJK_SCOOPS}))`,
  'g',
);

function cjkDoses(written: string): string {
  const text = hindiDoses(written);
  if (!CJK_SCRIPT_RE.test(text)) return text;
  // ("半匙至1平匙": half a scoop to one level scoop, the unit said twice; once is enough for the range.)
  const half = halfWidthDigits(text).replace(SCOOP_BEFORE_RANGE_RE, '');
  const eachTime = CJK_EACH_TIME_COUNT_RE.test(half) && CJK_TIMES_A_DAY_RE.test(half);
  const perDay = (eachTime ? half.replace(CJK_DAY_COUNT_RE, ' ') : half)
    .replace(
      new RegExp(`(?:(?:1|一)日(?:に|あたり)?|[1一]天|每[日天]|毎日)[ ]?${CJK_NUM}${CJK_UNIT}`, 'g'),
      (_m, n: string, u: string) => ` ${cjkCount(n, u)} daily `,
    )
    // "1日小さじ1/2（2.5mL）", "1日2gを目安に", "每日10滴", "1日小さじ1〜2杯": a day's measure of a liquid or a powder, taken once.
    .replace(
      /(?:(?:1|一)日(?:に|あたり)?|[1一]天|每[日天]|毎日)[ ]?(?=(?:小さじ|大さじ|ティースプーン|计量勺|量匙)?[ ]?\d[\d.,/]*(?:[ ]?[-~〜～][ ]?\d[\d.,/]*)?[ ]?(?:[(（]\d[\d.,]*[ ]?)?(?:ml|mL|ML|g|滴|杯)(?![a-zA-Z]))/g,
      ' daily ',
    )
    // ("每日1至2次", "1日1〜2回": one to two times a day.)
    .replace(
      new RegExp(`(?:(?:1|一)日|每[日天]|一[日天])[ ]?${CJK_NUM}[ ]?(?:至|到|~|〜|～|-|－)[ ]?${CJK_NUM}[ ]?(?:回|次)`, 'g'),
      (_m, a: string, b: string) => ` ${cjkNumber(a)}-${cjkNumber(b)} times daily `,
    )
    .replace(
      new RegExp(`(?:(?:1|一)日|每[日天]|一[日天])[ ]?${CJK_NUM}[ ]?(?:回|次)`, 'g'),
      (_m, n: string) => ` ${cjkNumber(n)} times daily `,
    )
    // Korean: "1일 2정", "1일 2회", "하루 두 번".
    .replace(new RegExp(`${KO_DAY}${CJK_NUM}${CJK_UNIT}`, 'g'), (_m, n: string, u: string) => ` ${cjkCount(n, u)} daily `)
    .replace(
      new RegExp(`${KO_DAY}(${CJK_NUM.slice(1, -1)}|[한두세네])[ ]?(?:회|번)`, 'g'),
      (_m, n: string) => ` ${KO_TIMES[n] ?? cjkNumber(n)} times daily `,
    )
    // Thai: "วันละ 2 แคปซูล" (2 capsules a day), "วันละ 2 ครั้ง" (twice a day).
    .replace(new RegExp(`วันละ[ ]?${CJK_NUM}${CJK_UNIT}`, 'g'), (_m, n: string, u: string) => ` ${cjkCount(n, u)} daily `)
    .replace(new RegExp(`วันละ[ ]?${CJK_NUM}[ ]?ครั้ง`, 'g'), (_m, n: string) => ` ${cjkNumber(n)} times daily `)
    // "วันละครั้ง": once a day.
    .replace(/วันละ[ ]?ครั้ง/g, ' once daily ')
    // "1回1粒", "每次1粒", "1회 1정", "한 번에 2정", "ครั้งละ 1 เม็ด": "each time", before one intake's count.
    .replace(/(?:(?:1|一)回|每次|1[ ]?회|한[ ]?번에?|ครั้งละ)[ ]?(?=[0-9一二两兩三四五六])/g, ' ');
  return cjkCounts(perDay);
}

/** A warning not to exceed (the recommended daily dose, the stated intake), in the languages read. */
const CEILING_RE =
  /(?<![a-z])(?:exceed|depasser|uberschreit\w*|uberschritten|superar|exceder|superare|overschrijd\w*|ultrapassar|przekracza\w*|neprekracuj\w*)(?![a-z])/;
/** "Ne pas dépasser la dose journalière recommandée": a ceiling with no number says how much at most, not how often. */
const withoutBareCeilings = (text: string) =>
  text
    .split(/(?<=[.;!?])/)
    // (Not a sentence that also takes its units: "Take one tablet daily and do not exceed the stated dose.")
    .map((sentence) => (CEILING_RE.test(sentence) && !/\d/.test(sentence) && !findUnitCount(sentence) ? ' ' : sentence))
    .join('');

/**
 * "Bei Einnahme von 2 Tabletten diese auf morgens und abends verteilen", "If taking 2 tablets, take one in the morning and
 * one in the evening", "Pri užití 2 tabliet ich rozdeľte na ráno a večer": how a day's count already given is split, no
 * intake of its own; a sentence's, or its last clause's ("Täglich 1–2 Kapseln …, bei 2 Kapseln bevorzugt morgens und
 * abends je 1 Kapsel").
 */
const SPLIT_OF_THE_DAY_RE =
  /(?:^|,)[ ]*(?:bei einnahme von|if taking|when taking|if you take|en cas de prise de|si vous prenez|si se toman|si toma|se si assumono|bij inname van|pri uziti|pri uzivani(?:u)?|przy (?:przyjmowaniu|stosowaniu)|bei (?=\d{1,2}[ ]\p{L}))[ ]?/u;
/** "a day" in the languages a day's count is said in: "per day", "daily", "par jour", "täglich", "dziennie". */
const A_DAY_WORDS = String.raw`per day|a day|daily|per dag|pro tag|am tag|taglich|par jour|al dia|por dia|al giorno|dziennie`;
/** "that is": "soit", "i.e.", "d.h.", "cioè", "es decir", "czyli", before a day said again. */
const THAT_IS_WORDS = String.raw`soit|i\.?e\.?,?|that is|d\.h\.|das heisst|cioe|ossia|es decir|o sea|ou seja|dus|czyli|tj\.`;
/**
 * "6 comprimés par jour pendant 1 à 2 semaines, soit 2 comprimés matin, midi et soir", "4 capsules a day, i.e. 2 in the
 * morning and 2 in the evening": the day's count, then the same day told by its moments.
 */
const DAY_THEN_ITS_MOMENTS_RE = new RegExp(String.raw`(?<=(?:${A_DAY_WORDS})[^,.;]{0,40}),[ ]?(?=(?:${THAT_IS_WORDS})[ ])`);
/** The same day told in a bracket after it, its count first: "3 tabletas al día, … (1 tableta en desayuno, comida y cena)". */
const DAY_THEN_ITS_MOMENTS_BRACKET_RE = new RegExp(String.raw`(?<=(?:${A_DAY_WORDS})[^(.;]{0,80})\(([^()]{0,80})\)`);
/** "twice", "2 times", "3x", "2-mal": a count of times said outright. */
const EXPLICIT_TIMES_RE = /(?<![a-z])(?:twice|thrice|times|x|mal|fois|veces|volte|keer|razy|gange|ganger|kertaa)(?![a-z])/;
/** "once or twice a day", "2 times daily": a sentence that says how often itself ("all at once" says nothing of it). */
const OWN_FREQUENCY_RE = new RegExp(
  String.raw`${EXPLICIT_TIMES_RE.source}|(?<![a-z])(?:(?<!at )once|a day|per day|daily|einmal|zweimal)(?![a-z])`,
);
/** "split", "spread", "verteilt", "répartir": a day's dose shared out over moments. */
const SHARED_OUT_RE =
  /(?<![a-z])(?:split|spread|divided|shared|verteil\w*|aufgeteilt|repartir|repartie?s?|dividir|dividida|suddivis\w*|suddivider\w*|verdeeld|verdelen|fordel\w*|jaettuna|rozdziel\w*|podziel\w*|rozdel\w*|podijel\w*|eloszt\w*|megoszt\w*)(?![a-z])/;
/**
 * "May be split into two half scoops (morning and evening)", "Peut être fractionnée en deux demi-dosettes (matin et
 * soir)": the day's one serving taken in halves, no second serving.
 */
const IN_HALVES_RE =
  /(?<![a-z])(?:two|deux|zwei|dos|due|twee|2)[ ](?:half|halves|demi|halbe[n]?|medias?|mezz[ae]|halve)(?![a-z])|(?<![a-z])(?:in|en|auf|a|em)[ ](?:halves|moities|halften|mitades|meta)(?![a-z])/;
/** A day's dose: "Tagesdosis: 2 Kapseln", "Günlük doz: 2 kapsül", "Dose journalière : 2 gélules" (a label's words too). */
export const DAY_DOSE_WORDS =
  'daily dose|tagesdosis|tagesportion|tagliche (?:dosis|verzehrmenge)|dagdosis|dagdosering|dagsdos(?:is|e)?|dose journaliere|dosis diaria|dosi diaria|dose giornaliera|dose diaria|dzienna dawka|denni davka|denna davka|gunluk doz|napi adag|doza zilnica|paivaannos|суточная доза|добова доза';
/** "Dzienną porcję można podzielić …", "The daily dose may be divided …": the day's amount, as what is shared out. */
const DAY_AMOUNT_RE = new RegExp(
  String.raw`(?<![a-z])(?:${DAY_DOSE_WORDS}|daily (?:amount|serving|portion|intake)|day's (?:dose|amount|serving)|dagelijkse (?:dosis|dosering|hoeveelheid)|tages(?:verzehrmenge|menge)|dzienn[aey] (?:dawk|porcj)[a-z]*|dose quotidienne|paivittainen annos|denn[ia] davk[a-z]*|dnevn[aiu] doz[a-z]*|napi adag[a-z]*)(?![a-z])`,
);
/** "May be taken as 1 tablet twice daily", "Can also be taken as one capsule two times a day": the day's units, apart. */
const TAKEN_AS_SPLIT_RE =
  /^(?:it |they |this |the (?:dose|serving) )?(?:may|can) (?:also |alternatively )?be taken as (?:1|one) [a-z]{3,14} (?:twice|two times|2 times|2x) (?:daily|a day|per day)(?![a-z])/;
/**
 * A sentence that shares out the day's amount a sentence before it gave, with no count before its sharing word: "Dzienną
 * porcję można podzielić na dwa razy po 1 kapsułce" (after "2 kapsułki dziennie") says how the day's two are taken, even
 * with its own "twice".
 */
function sharesTheDay(sentence: string, before: string[]): boolean {
  const shared = SHARED_OUT_RE.exec(sentence);
  if (!shared || !before.some((x) => findUnitCount(x))) return false;
  const lead = sentence.slice(0, shared.index);
  if (findUnitCount(lead)) return false;
  return slotsIn(sentence).length >= 2 ? !OWN_FREQUENCY_RE.test(sentence) || DAY_AMOUNT_RE.test(lead) : DAY_AMOUNT_RE.test(lead);
}
const withoutDaySplits = (text: string) => {
  // (A figure's point, "(1.25g)", ends no sentence.)
  const sentences = text.split(/(?<=[.;!?])(?!\d)/);
  // (Halves only where another sentence gives the dose: "Take two half tablets daily" is the dose itself.)
  const halves = sentences.filter((x) => IN_HALVES_RE.test(x));
  const halvesSplit = halves.length > 0 && sentences.some((x) => !halves.includes(x) && findUnitCount(x));
  return sentences
    .map((whole) => {
      const split = SPLIT_OF_THE_DAY_RE.exec(whole) ?? DAY_THEN_ITS_MOMENTS_RE.exec(whole);
      if (split && slotsIn(whole.slice(split.index)).length >= 2) return `${whole.slice(0, split.index)} `;
      // (Its bracket's schedule is the read: one tablet at each of three meals, not three tablets at each.)
      const told = DAY_THEN_ITS_MOMENTS_BRACKET_RE.exec(whole);
      return told && /^[ ]?\d/.test(told[1]!) && slotsIn(told[1]!).length >= 2 && findUnitCount(told[1]!)
        ? `${told[1]!}${whole.slice(told.index + told[0].length)}`
        : whole;
    })
    .map((sentence, i, all) =>
      (halvesSplit && halves.includes(sentence)) ||
      // ("May be taken all at once or split morning and evening": the day's dose shared out, counting nothing itself.)
      // ("2 tabletta … A napi adag elosztható: reggel 1, este 1 tabletta": nor, after a sentence that gave the dose, its
      // units at each moment. "… portée à 4 gélules par jour, réparties matin et soir" counts before it shares out: its own.)
      (SHARED_OUT_RE.test(sentence) &&
        slotsIn(sentence).length >= 2 &&
        !findUnitCount(sentence) &&
        !OWN_FREQUENCY_RE.test(sentence)) ||
      sharesTheDay(sentence, all.slice(0, i)) ||
      // ("Take 2 tablets daily with food. May be taken as 1 tablet twice daily.": the same day's units, taken apart.)
      (TAKEN_AS_SPLIT_RE.test(sentence.trim()) && all.slice(0, i).some((x) => findUnitCount(x)))
        ? ' '
        : sentence,
    )
    .join('');
};

/** ", or as directed by your healthcare professional" at a sentence's end. */
const AS_DIRECTED_TAIL_RE =
  /,?[ ]or as (?:directed|recommended|advised|prescribed)(?: by (?:your |a )?[a-z ]{3,40}?)?(?=[ ]*(?:[.;]|$))/g;

/** A sentence that asks, from its start to its question mark (the Arabic one too). */
const QUESTION_RE = /[^.!?؟\n]*\p{L}[ ]?[?؟](?=\s|$)/gu;

/** Brewing a tea: "infuse", "steep", "brew", "infusionar", "aufgießen", "ziehen lassen", "laten trekken". */
const BREW_RE = /(?<![a-z])(?:infus\w*|steep\w*|brew\w*|aufgie\w*|aufgus\w*|aufbruh\w*|ziehen lassen|laten trekken)(?![a-z])/;
/** "1 o 2 tazas al día", "2-3 cups daily", "1 à 2 tasses par jour": so many cups a day. */
const CUPS_A_DAY_RE =
  /(?<![\d.,])(\d(?:-\d| (?:o|or|ou|oder|of|to|a|bis|tot) \d)?) (?:cups?|tazas?|tasses?|tassen?|kopjes?|tazze|tazza|xicaras?|filizank[ia])(?= (?:(?:a|per|al|par|pro|am|por|ao|each|every) )?(?:day|dia|jour|tag|giorno|dag)(?![a-z])| daily| taglich| quotidiennement)/g;
/**
 * A tea's cups a day are its servings: each cup brewed from one bag or one serving of the herbs. The sentence
 * that brews it ("Infusionar 1 bolsita en 200 ml …") makes one cup, no intake of its own.
 */
function brewedCups(folded: string): string {
  if (!BREW_RE.test(folded) || !folded.match(CUPS_A_DAY_RE)) return folded;
  return folded
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !BREW_RE.test(sentence) || sentence.match(CUPS_A_DAY_RE))
    .join(' ')
    .replace(CUPS_A_DAY_RE, '$1 servings');
}

/** "Add 2 scoops to 500ml of cold water", "2 Messlöffel in 500 ml Wasser auflösen": a sentence that makes one drink. */
const MIXES_A_DRINK_RE =
  /(?<![a-z])(?:add|mix|stir|dissolve|shake|combine|empty|pour|(?:in|into|to|with) \d{2,4} ?ml|mischen|auflosen|einruhren|anadir|mezclar|disolver|diluir|sciogliere|mescolare|diluire|verdunnen|oplossen|melanger|diluer|dissoudre)(?![a-z])[^.]{0,80}?\d{2,4} ?ml(?![a-z])/;
/** "one serving per hour", "Do not exceed 3 servings (6 scoops) per day": the drink counted as servings. */
const SERVINGS_COUNTED_RE =
  /(?<![a-z])(?:\d{1,2}|one|two|three|four|una?|eine?|uno|une)(?:-\d{1,2})? (?:servings?|portions?|portionen|porciones|porzioni|dosis|doses?|dosi)(?![a-z])/;
/**
 * A drink mixed from scoops, then counted in servings ("Add 2 scoops to 500ml of cold water and shake. During exercise,
 * drink one serving per hour. … Do not exceed 3 servings per day."): the mixing sentence makes one serving, no intake.
 */
function mixedServings(folded: string): string {
  const sentences = folded.split(/(?<=\.)\s+/);
  const mixing = sentences.filter((x) => MIXES_A_DRINK_RE.test(x) && !SERVINGS_COUNTED_RE.test(x));
  if (!mixing.length || !sentences.some((x) => !mixing.includes(x) && SERVINGS_COUNTED_RE.test(x))) return folded;
  return sentences.filter((x) => !mixing.includes(x)).join(' ');
}

const UNIT_ABBREVIATION_DOT_RE = /(?<!\p{L})(c[aá]ps|kaps|tabl|tbl|comp|compr|cpr|cps)\.(?= \p{Ll})/gu;

export function parseDirections(text: string): Directions | null {
  // "1 - 3 times", "1 – 2 capsules": ranges as one token.
  // ("1 cáps. antes del almuerzo", "2 tabl. nach dem Essen": a unit's abbreviation before small letters ends no sentence.)
  const withAges = fold(plainFractions(cjkDoses(text.replace(UNIT_ABBREVIATION_DOT_RE, '$1'))))
    .slice(0, 2000)
    // "How many capsules a day?", "sehari minum berapa kapsul ya?": a question says no dose.
    .replace(QUESTION_RE, ' ')
    // ("Amorcer la pompe … en appuyant 2 à 3 fois dans le vide": presses that prime a spray's pump take nothing.)
    .replace(PRIMING_RE, ' ')
    // "1 Capsule(s) 2 time(s) per day", Health Canada's licence wording: a plural in brackets is the plural.
    .replace(/(?<=[a-z])\(s\)/g, 's')
    // "one (1) to two (2) times per day": a number word restated in digits is the digits.
    .replace(WORD_WITH_DIGITS_RE, '$1')
    .replace(/(\d)\s*[-–—]\s*(\d)/g, '$1-$2')
    // ("6-8 таблеток на добу, розподіливши на 2-3 прийоми (наприклад, по 2 таблетки 3-4 рази на добу)": an example of the
    // split restates the day's count; its "3-4 times" is no frequency of the day's six to eight.)
    .replace(
      /\((?:наприклад|например|for example|e\.g\.|z\.[ ]?b\.|par exemple|por ejemplo|ad esempio|np\.|napr\.)[^()]{0,60}?\d[^()]{0,30}?(?:раз[а-я]*|times|mal|fois|veces|volte|razy)(?![a-zа-я])[^()]{0,30}\)/g,
      ' ',
    )
    // ("1 tablet twice or three times daily": twice is the range's low end.)
    .replace(/(?<![a-z])twice (or|to) (3|three) times(?![a-z])/g, '2-3 times')
    // "2- bis 3-mal", "1- à 2-fois" (or "1-bis 3-mal", the space lost): the first number's hyphen waits for the second's word.
    .replace(
      /(?<![\d.,])(\d)-[ ]{0,2}(?:bis|a|to|tot|do|az)[ ]{1,2}(\d)(-?)(?=[ ]?(?:mal|fois|keer|razy|krat|times)(?![a-z]))/g,
      '$1-$2$3',
    )
    // "de medio cacito (2,5 g) a 1 cacito (5 g)", "half a scoop to 1 scoop": one unit's word said twice in a range is
    // said once.
    .replace(
      /(?<![a-z\d.,])(half a|half|medio|media|mezzo|mezza|\d(?:[.,]5)?|1\/2)[ ]{1,2}([a-z]{3,14})(?:[ ]{0,2}\([^()]{0,20}\))?[ ]{1,2}(to|a|bis|tot|do)[ ]{1,2}(\d{1,2}|one|un|uno|una)[ ]{1,2}([a-z]{3,14})/g,
      (m, a: string, first: string, to: string, b: string, second: string) =>
        unitKind(first) && unitKind(first) === unitKind(second) ? `${a.replace(/ a$/, '')} ${to} ${b} ${second}` : m,
    )
    // "1 capsule in the afternoon + 2 capsules before bed": a plus between intakes is "and".
    .replace(/(?<=[a-z)])[ ]?\+[ ]?(?=\d{1,2}[ ]?[a-z])/g, ' and ')
    // "כמוסה אחת בבוקר ו-2 כמוסות לפני השינה": Hebrew's "one" follows its unit, and its "and" is a letter joined to the count.
    .replace(/([\u05d0-\u05ea]+) (?:אחת|אחד)(?![\u05d0-\u05ea])/g, (m, w: string) => (unitKind(w) ? `1 ${w}` : m))
    .replace(/(?<=\s)ו-?(?=\d)/g, 'and ')
    // "1 white capsule and 1 green capsule together": two capsules of a kit taken at once are one intake of both.
    .replace(
      /(?<![\d.,])(\d)[ ](?:[a-z]+[ ])?(capsules?|tablets?|softgels?|gummies|gummy|kapseln?|tabletten?|gelules?)[ ](?:and|und|et|y|e|en)[ ](\d)[ ](?:[a-z]+[ ])?(?:capsules?|tablets?|softgels?|gummies|gummy|kapseln?|tabletten?|gelules?)[ ](?=together|at the same time|zusammen|gleichzeitig|ensemble|juntos|insieme|samen)/g,
      (_m, a: string, unit: string, b: string) => `${Number(a) + Number(b)} ${pluralUnit(unit)} `,
    )
    // "1x nebo 2x denně", "1x oder 2x täglich": one or two times.
    .replace(
      /(?<![\d.,])([1-6])[ ]?x[ ]{1,2}(or|oder|ou|o|of|nebo|alebo|lub|albo|eller|vagy|sau|ili|tai)[ ]{1,2}([1-6])[ ]?x(?![a-z])/g,
      '$1-$3 times',
    )
    // "2 ×/d", "3x/24h": a prescriber's shorthand for so many times a day.
    .replace(/(?<![\d.,])([1-6])[ ]?[x×][ ]?\/[ ]?(?:d|24[ ]?h|dobe)(?![\p{L}\d])/gu, '$1 times daily')
    // "3× denně": the multiplication sign is "times".
    .replace(/(?<![\d.,])(\d{1,2})[ ]?×(?=[ ]?\p{L})/gu, '$1x')
    // "3x1 tablets", "2 x 1 Kapsel": so many times one unit.
    .replace(/(?<![\d.,])([1-6])[ ]?[x×][ ]?(\d)(?=[ ]?\p{L})/gu, '$1 times $2')
    // "two 5 ml spoonfuls (10 ml)": so many spoons of so many millilitres is their volume.
    .replace(
      /(?<![a-z\d])(two|three|four|2|3|4)[ ]{1,2}(\d{1,2}(?:[.,]5)?)[ ]?ml[ ]{1,2}(?:spoonfuls?|spoons?|measures?|teaspoons?|teaspoonfuls?|doses?)(?:[ ]{1,2}\(\d{1,2}[ ]?ml\))?/g,
      (_m, n: string, ml: string) => `${(NUMBER_WORDS[n] ?? Number(n)) * Number(ml.replace(',', '.'))} ml`,
    )
    // "½ serving (1 tsp)" then "a full serving (2 tsp)": a share of a serving restated in units is those units.
    .replace(
      /(?<![a-z\d])(?:\d\/\d|\d?\.\d|half a|(?:a|one|1)[ ]{1,2}full)[ ]{1,2}servings?[ ]{0,2}\((\d{1,2}(?:[.,]\d)?[ ]{1,2}[a-z]{2,12}\.?)\)/g,
      '$1',
    );
  const withoutAges = mixedServings(brewedCups(withAges))
    // Ages are not counts: "children over 12 years", "ages 4+", "mayores de 12 anos".
    .replace(
      // ("Children 4 to 8 years", "de 4 a 12 años": a range of ages, both ends.)
      /(?<![a-z])(?:ages? )?\d{1,2}(?:-\d{1,2}|[ ](?:to|bis|a|tot|do|az|till)[ ]\d{1,2})?\+?[ ]{0,2}(?:years?|yrs?|y\/o|anos|jahren?|ans|anni|ani|jaar|lat|ar|godina|godine|-?vuotia[a-z]*|години|годин|лет|года)(?![a-zа-я])/g,
      ' ',
    )
    .replace(/(?<![a-z])ages? \d{1,2}\+?/g, ' ');
  // ("… and 2 capsules an hour before bed, or as directed by your healthcare professional": the usual deferral says no dose.)
  const clean = withoutDaySplits(withoutBareCeilings(withoutAges)).replace(AS_DIRECTED_TAIL_RE, '');
  if (!clean.trim()) return null;
  const phased =
    readAgeGroups(withAges, text) ??
    readSexes(clean, text) ??
    readPhases(clean, text) ??
    readSupplementUse(clean, text) ??
    readUseCases(clean, text) ??
    readGoals(clean, text) ??
    readDayTypes(clean, text) ??
    readHigherNeed(clean, text) ??
    readAddedDose(clean, text) ??
    readLoadingDose(clean, text) ??
    readServingsADay(clean, text) ??
    readTimesOfDay(clean, text);
  if (phased) return phased;
  // ("Take one tablet with water. Adults: do not exceed 4 tablets in 24 hours.": an adults' part whose count is a ceiling
  // says how much at most, not the dose.)
  const adultText = adultPart(clean);
  // ("Adultes … : 1 ampoule le matin et 1 ampoule le soir. Enfants … : 1 ampoule par jour": the adults' part a schedule of its own.)
  const adultsRead =
    adultText !== clean && ceilingOnly(adultText)
      ? null
      : ((adultText !== clean ? readTimesOfDay(adultText, text) : null) ?? readBeforeRaise(adultText, text));
  // ("Take 2 capsules daily. … roughly 250 mg for a 70 kg adult …": a passing mention of adults after the dose, whose
  // part takes nothing, is no adults' part.)
  const adults =
    adultsRead && adultText !== clean && !adultsRead.perIntake && !adultsRead.bareIntake && readDirections(clean, text)?.perIntake
      ? null
      : adultsRead;
  // "Take 3g daily … For adults only.": an adults' part that says nothing of the dose is a warning.
  const first = adults ?? (adultText !== clean ? readBeforeRaise(clean, text) : null);
  const read = withMaintenance((first && dayCountLater(adultText, first, text)) ?? first, adultText, text);
  // "Die Standarddosis kann im Bedarfsfall … verdoppelt werden": up to twice the day's dose.
  const doubled =
    read && DOUBLED_RE.test(clean) ? { ...read, timesPerDay: { ...read.timesPerDay, max: read.timesPerDay.max * 2 } } : read;
  const directions =
    doubled && weeklyNotDaily(clean, allowanceUpTo(clean, oneMoreIfNeeded(clean, dayTotalInBrackets(clean, doubled))));
  // ("MAGNEFAR B6, 50 film tablet içeren blister ambalajlarda sunulur", "Supplied in blister packs of 50 tablets": twenty or more
  // capsules or tablets at once, with no frequency, are a pack's count, no intake.)
  const packCount =
    !!directions?.frequencyAssumed &&
    !!directions.perIntake &&
    directions.perIntake.min >= 20 &&
    PACK_UNITS.has(unitKind(directions.perIntake.unit));
  return packCount ? null : directions;
}

/** "Nicht mehr als", "non superare", "no tomar más de": the day's most, before its count, in the languages read (folded). */
export const CEILING_WORDS = String.raw`nicht mehr als|hochstens|maximal|ne pas depasser|pas plus de|no superar|no exceder(?: de)?|no tomar mas de|non superare|non piu di|niet meer dan`;
/** "do not exceed 4 tablets", "no more than 3 capsules", "nicht mehr als 4 Tabletten": a count that is a ceiling. */
const CEILING_BEFORE_COUNT_RE = new RegExp(
  String.raw`(?<![a-z])(?:exceed|no more than|not more than|a maximum of|maximum|max\.?|${CEILING_WORDS})[ ]{1,2}(?:(?:the|de|la|las|le|i|di|een|a) )?$`,
);
/** A text whose first count of units stands under a ceiling ("Adults: do not exceed 4 tablets in 24 hours."). */
function ceilingOnly(folded: string): boolean {
  const count = findUnitCount(folded);
  const at = count ? folded.indexOf(count.raw) : -1;
  return at >= 0 && CEILING_BEFORE_COUNT_RE.test(folded.slice(Math.max(0, at - 40), at));
}

/**
 * "Mix 1 stick with 16–32 oz of water. Use 1–3 sticks per day …": an intake with no frequency, then a later
 * sentence that counts the same units by the day (not a ceiling: "Do not exceed 4 sticks per day").
 */
function dayCountLater(clean: string, read: Directions, text: string): Directions | null {
  const unit = read.perIntake?.unit;
  if (!unit) return null;
  const [opening, ...rest] = clean.split(/(?<=[.!;])\s+/);
  // (The opening sentence gives the intake and no frequency of its own.)
  if (!opening || readDirections(opening, text)?.frequencyAssumed !== true) return null;
  for (const sentence of rest) {
    // (Nor a raise, "May increase to 2 stick packs daily": more intakes, at most, read by allowanceUpTo.)
    if (
      /(?<![a-z])(?:exceed|maximum|max|more than|never|not|nicht|pas|no)(?![a-z])/.test(sentence) ||
      // ("Non superare i 2 cucchiaini (4 g) al giorno": a ceiling in another language.)
      CEILING_RE.test(sentence) ||
      sentence.search(RAISED_COUNT_RE) >= 0
    )
      continue;
    const later = readDirections(sentence, text);
    if (later?.perIntake?.unit === unit && !later.frequencyAssumed) return { ...later, text: read.text };
    // ("1 Messlöffel (8 g) in 500 ml Wasser einrühren. 1–2 Portionen täglich.": the day counts servings of the intake.)
    // (Servings by that word, "Portionen", "servings", "porciones": not a "dose" added at midday.)
    if (
      later?.perIntake?.unit === 'serving' &&
      unit !== 'serving' &&
      !later.frequencyAssumed &&
      /(?<![a-z])(?:portion|serving|porcion|porzion|portie|porcj|porsjon|porcao|porce)/.test(later.perIntake.raw)
    )
      return {
        ...read,
        timesPerDay: {
          min: later.perIntake.min * later.timesPerDay.min,
          max: later.perIntake.max * later.timesPerDay.max,
        },
        frequencyAssumed: false,
      };
  }
  return null;
}

/**
 * "Empty 1 stick pack into water. Take once daily. May increase to 2 stick packs daily.": the intake is the count
 * before the raise, and the day runs from it to the raised one ("Take 2 capsules once daily; you may increase to 2
 * capsules twice daily": the raise has its own frequency). Where no other count is given ("Take once daily; may
 * increase to 2 tablets"), the raised count is all there is.
 */
function readBeforeRaise(part: string, text: string): Directions | null {
  const raise = RAISED_COUNT_RE.exec(part);
  if (!raise) return readDirections(part, text);
  const clauseEnd = part.slice(raise.index).search(/[.;!](?:\s|$)/);
  const end = clauseEnd < 0 ? part.length : raise.index + clauseEnd;
  const before = readDirections(`${part.slice(0, raise.index)} ${part.slice(end)}`, text);
  if (!before?.perIntake) return readDirections(part, text);
  // The raise read from its count to its clause's first break ("up to 4 capsules daily, taken as 2 capsules twice a day").
  const count = raise.index + raise[0].length - raise[1]!.length;
  const raised = part.slice(count, end).split(/[,;]/)[0]!;
  return spanOfTwo(before, readDirections(raised, text), 'either') ?? before;
}

/**
 * "may be increased to 4 tablets daily", "è possibile arrivare a 2 bustine al giorno", "your practitioner may recommend up
 * to 4 capsules daily": a larger count the directions allow.
 */
const INCREASE_TO = String.raw`increased? to|increase (?:the|your) (?:daily )?(?:dose|dosage) to|increase (?:this|it) to|(?:peut etre )?portee? a|(?:can|may) (?:also )?(?:take|use|have) up to|(?:recommend|advise|suggest) up to|arrivare a|aumentare a|aumentar(?:se)? a|(?:pode ser )?aumentad[ao] para|aumentar para|erhoht werden auf|erhohen auf|augmenter a|augmentee a|verhoogd (?:tot|naar)|verhogen (?:tot|naar)|erhoht auf|okas till|okes til|nostaa|zwiekszyc do|(?:boleh |dapat )?(?:ditingkatkan|dinaikkan) (?:kepada|menjadi|ke)`;
const INCREASE_TO_RE = new RegExp(String.raw`^(?:${INCREASE_TO})`);
/** (The raised count in digits or a word: "may be increased to one level scoop twice daily".) */
const RAISED_COUNT_RE = new RegExp(
  String.raw`(?<![a-z])(?:${INCREASE_TO})[ ]{1,2}((?:\d{1,2}|one|two|three|four|five|six)(?:[ ]{1,2}[a-z-]{3,20}|[ ]?ml(?![a-z])))`,
);
/** "you can take up to 4 gummies in 24 hours", "bis zu 4 Kapseln täglich", "increase to 4 tablets daily": so many units a day, at most. */
const ALLOWANCE_RE = new RegExp(
  String.raw`(?<![a-zа-я])(?:${UP_TO}|${INCREASE_TO})[ ]{1,2}(\d{1,2})[ ]{1,2}([a-zа-я-]{3,20})`,
  'g',
);
/** A ceiling said as a rule, not an allowance: "do not exceed", "no more than", "never take". */
const RULE_BEFORE_RE = /(?<![a-z])(?:exceed|more than|never|not|nicht|pas|no)(?:[ ][a-z]{1,12}){0,2}[ ]{1,2}$/;

/**
 * "Chew 2 gummies before bed. If you need a little extra, you can take up to 4 gummies in 24 hours":
 * after the intake, an allowance of more units of its kind a day is more intakes of it, at most.
 * (Not "Do not exceed 4 capsules in 24 hours": a rule for safety, not a dose.)
 */
function allowanceUpTo(clean: string, read: Directions): Directions {
  const unit = read.perIntake;
  const after = unit ? clean.indexOf(unit.raw) + unit.raw.length : -1;
  if (!unit || after < unit.raw.length || unit.max < 1) return read;
  for (const m of clean.matchAll(ALLOWANCE_RE)) {
    if (m.index < after || unitKind(m[2]!) !== unit.unit || RULE_BEFORE_RE.test(clean.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    // (A day's count: "in 24 hours", "a day", "täglich" right after it.)
    const tail = clean.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const day = BY_THE_DAY_RE.exec(tail);
    // ("up to 3 sticks on hot days": a day's count on some days.)
    // ("May increase to 4 gummies if needed": the intake raised, on the occasion it was for.)
    const raised =
      INCREASE_TO_RE.test(m[0]) && /^[ ]{1,2}(?:if (?:needed|required|necessary)|when needed|as needed)(?![a-z])/.test(tail);
    // ("2 stick packs daily": the unit's second word may come first.)
    const byTheDay = !!day && /^[ ]{0,2}(?:[a-z-]{3,12}[ ]{1,2})?$/.test(tail.slice(0, day.index));
    if (!raised && !/^[ ]{1,2}(?:(?:in|within) 24|on (?:[a-z-]+ ){1,3}days(?![a-z]))/.test(tail) && !byTheDay) continue;
    const times = Math.floor(Number(m[1]) / unit.max);
    if (times > read.timesPerDay.max && times <= 6) return { ...read, timesPerDay: { ...read.timesPerDay, max: times } };
  }
  return read;
}

/** "3 times per week", "3 kartus per savaitę", "2x wöchentlich": a count of times in a week, not in a day. */
const TIMES_A_WEEK_RE = new RegExp(
  `(?<![a-zа-яі])(?:${TIMES_WORDS}|twice|once|zweimal|einmal)[ ]{1,2}(?:(?:a|per|each|every|pro|par|por|a la|alla|in der|in de|w|na|i|om)[ ]{1,2})?(?:weeks?|woche|semaines?|semanas?|settimanas?|tygodniu|tydzien|savaite|nedela|nedelu|viikossa|uge|uke|veckan?|weekly|wochentlich|hebdomadaire|semanal\\w*|settimanal\\w*|wekelijks|tygodniowo)(?![a-z])`,
);

/** A day named as the count's span ("twice daily", "2 kartus per dieną"): the directions count by the day. */
const BY_THE_DAY_RE =
  /(?<![a-z])(?:daily|a day|per day|each day|every day|taglich|pro tag|am tag|par jour|al dia|por dia|ao dia|al giorno|per dag|dagelijks|dziennie|dagligen|om dagen|daglig|paivassa|paevas|dienoje|per diena|per para|kasdien)(?![a-z])/;

/**
 * Directions counted by the week ("3 times per week") and nowhere by the day: how many intakes a day is not
 * stated (read as once, and said so). ("Twice daily; once a week, skip a day" counts by the day.)
 */
function weeklyNotDaily(clean: string, read: Directions): Directions {
  return TIMES_A_WEEK_RE.test(clean) && !BY_THE_DAY_RE.test(clean)
    ? { ...read, timesPerDay: { min: 1, max: 1 }, frequencyAssumed: true }
    : read;
}

/** "Take one additional capsule if needed during an extended training session": one more intake, at most. */
const ONE_MORE_RE =
  /(?<![a-z])(?:take|add|use) (?:one|1|an?) (?:additional|extra|more) ([a-z-]{3,15})(?:[ ,]{1,2}(?:if|when|as) (?:needed|required|necessary))?/;

/** "You may take a second serving later in the day": one more intake of the same. */
const SECOND_SERVING_RE = /(?<![a-z])(?:take|have|add|use) a second (?:serving|dose|portion)(?![a-z])/;

/** Directions that allow one more unit than their daily one, as an option: a day of one to two. */
function oneMoreIfNeeded(clean: string, read: Directions): Directions {
  if (read.perIntake && SECOND_SERVING_RE.test(clean) && read.timesPerDay.max === 1)
    return { ...read, timesPerDay: { ...read.timesPerDay, max: 2 } };
  const m = ONE_MORE_RE.exec(clean);
  const unit = read.perIntake;
  if (!m || !unit || unit.min !== 1 || unit.max !== 1 || unitKind(m[1]!) !== unit.unit) return read;
  return { ...read, timesPerDay: { ...read.timesPerDay, max: read.timesPerDay.max + 1 } };
}

/** "(3 capsules daily)", "(4 tablets per day)": a bracket that totals the day's units. */
const DAY_WORDS = String.raw`(?:daily|a day|per day|each day|al dia|por dia|ao dia|par jour|pro tag|taglich|am tag|al giorno|per dag|per døgn|per dygn|om dagen|dagligen|daglig|dziennie|denne|paivassa)`;
/** ("…, totalt 2 tabletter per døgn", "…, a total of 2 tablets per day": the same total after a comma, said as one.) */
const DAY_TOTAL_BRACKET_RE = new RegExp(
  String.raw`\((?:(?:total|i\.e\.|that is|=|es decir|soit|d\.h\.|cioe)[ ]{1,2})?(\d{1,2})[ ]{1,2}([a-z-]{3,15})[ ]{1,2}(?:${DAY_WORDS}|in total|en total|au total|insgesamt)\)|` +
    String.raw`[,;][ ]{1,2}(?:(?:that is |which is )?a total of|in total|totalt|totaal|insgesamt|en total|au total|in totale|lacznie|celkem|yhteensa|i alt|sammanlagt|samtals)[ ]{1,2}(\d{1,2})[ ]{1,2}([a-z-]{3,15})[ ]{1,2}${DAY_WORDS}(?![a-z])`,
);

/**
 * "Take 1 capsule with each meal (3 capsules daily)", "… después de cada comida principal (3 comprimidos al día)": the
 * bracket totals the day, whatever the words
 * before it left to a meal phrase; so many intakes of the one count make it.
 */
function dayTotalInBrackets(clean: string, read: Directions): Directions {
  const m = DAY_TOTAL_BRACKET_RE.exec(clean);
  const unit = read.perIntake;
  const [count, word] = m ? [m[1] ?? m[3], m[2] ?? m[4]] : [];
  if (!count || !word || !unit || unit.min !== unit.max || unitKind(word) !== unit.unit) return read;
  const times = Number(count) / unit.min;
  if (!Number.isInteger(times) || times < 1 || times > 6) return read;
  return { ...read, timesPerDay: { min: times, max: times }, frequencyAssumed: false };
}

/** An age group: "children under 4 years of age", "4-10 yaş", "ages 4+", "11 yaş ve üzeri", "від 3 до 6 років". */
const AGE_GROUP_RE =
  /(?<![a-z\d])(?:(?:under|over|above|from|aged?|ages|ab|von|mayores de|menores de|plus de|moins de|a partir de|dai|vanaf|od|powyzej|ponizej)[ ]{1,2})?\d{1,2}(?:[ ]?(?:-|to|bis|a|tot|do|ila|al)[ ]?\d{1,2})?\+?[ ]{0,2}(?:years?|yrs?|y\/o|yas|jahren?|ans|anos|anni|ani|jaar|lat|let|rokov|godina|godine|ar|-?vuotia[a-z]*)(?![a-z])(?:[ ]{1,2}of age)?|(?<![a-z])ages? \d{1,2}\+?|(?<![а-яі\d])(?:(?:від|от|з|с|старше|понад)[ ]{1,2})?\d{1,2}(?:[ ]?(?:-|до)[ ]?\d{1,2})?\+?[ ]{0,2}(?:років|року|рік|лет|года|год)(?![а-яі])/;
/** The group runs on into adulthood: "4 years and older", "11 yaş ve üzeri", "ab 12 Jahren", "ages 12+". */
const OPEN_AGE_RE =
  /(?:\d\+|(?<![a-z])(?:(?:and|&) (?:older|over|up|above)|or (?:older|over|above)|(?:ve )?uzeri|und alter|et plus|y mayores|e oltre|en ouder|(?:over|above|from|ab|mayores de|plus de|a partir de|dai|vanaf|powyzej) \d)(?![a-z]))/;
const CHILD_WORD_RE =
  /(?<![a-z])(?:children|child|kids|kinder|kindern|enfants?|ninos|bambini|kinderen|dzieci|cocuk\w*|toddlers?|infants?|barn|børn|lapset|lapsille)(?![a-z])|(?<![а-яі])(?:діт[а-яі]*|дет[а-яі]*)(?![а-яі])/;

/**
 * Where one age group's directions end and the next's begin: a sentence's end, a comma before an age or a children's word,
 * and list lines joined with a space at a children's word ("dzieci od 4 do 8 lat – 1 żelka dziennie dzieci od 9 lat – 2
 * żelki dziennie").
 */
const AGE_PARTS_SPLIT_RE =
  /[;\n]|(?<!\d)\.|\.(?!\d)|,(?=[ ]{0,2}(?:children|kids|ages?|under|over|from|\d{1,2}(?:-\d{1,2})?\+?[ ]{0,2}(?:years?|yrs?|yas|jahren?|ans|anos|anni|jaar|lat|let|rokov|godina|godine)(?![a-z])))|(?<=\S)(?<!(?<![a-z])(?:aux|to|for|fur|para|per|dla|pour|voor|bei|chez))[ ](?=(?:children|kinder|dzieci|ninos|enfants|bambini|kinderen|deti|copii|deca|djeca)[ ]{1,2}(?:od|from|aged?|ab|von|de|dai|vanaf|\d))/;
const AGE_PARTS_SPLIT_ALL_RE = new RegExp(AGE_PARTS_SPLIT_RE.source, 'g');
/** "under 4", "unter 4 Jahren", "menores de 4 años", "moins de 4 ans", "poniżej 4 lat", "до 4 років": younger than the age named. */
const UNDER_AGE_RE =
  /(?<![a-z])(?:under|below|younger than|unter|menores de|menos de|moins de|sotto i|onder|ponizej|mladsi nez)(?![a-z])|(?<![а-яі])до(?![а-яі])/;

/** "od 9 lat", "від 12 років", "с 14 лет": an age on, in Polish and Cyrillic (OPEN_AGE_RE has the other languages'). */
const FROM_AGE_RE = /(?<![a-z])od[ ]\d|(?<![а-яі])(?:від|от|с|з)[ ]\d/;

/** The years an age group's part names: "children 4-8 years" 4–8, "9 years and over" 9 on, "under 4" to 3, "adults" 18 on. */
function yearsOf(part: string): { min: number; max: number } | null {
  const m = AGE_GROUP_RE.exec(part);
  if (m) {
    const n = (m[0].match(/\d{1,2}/g) ?? []).map(Number);
    if (n.length >= 2) return { min: n[0]!, max: n[1]! };
    if (n.length === 1) {
      if (UNDER_AGE_RE.test(m[0]) || UNDER_AGE_RE.test(part.slice(Math.max(0, m.index - 12), m.index)))
        return { min: 0, max: n[0]! - 1 };
      return { min: n[0]!, max: OPEN_AGE_RE.test(part) || FROM_AGE_RE.test(m[0]) ? 120 : n[0]! };
    }
  }
  return part.replace(ADULT_SUPERVISION_RE, ' ').search(ADULTS_RE) >= 0 ? { min: 18, max: 120 } : null;
}

/**
 * The directions for one age band, where the directions dose by age ("Children 4-8 years: chew 1 gummy daily. Children
 * 9 years and over and adults: chew 2 gummies daily."): the group whose years hold the band's, or the span of the groups
 * it falls across. `notFor`: the only group for those years is told the product is not for it. Null where the
 * directions name no more than one age group, or leave some of these years without a dose.
 */
export function directionsForAges(
  text: string,
  band: { min: number; max: number },
  /** Every group the band meets, though some of its years have none (a children's product: the groups it doses). */
  someYears = false,
): { directions: Directions; said: string } | { notFor: string } | null {
  const folded = fold(text);
  // (Each part as the page prints it, for the note: folding keeps the text's length but for rare letters.)
  const same = folded.length === text.length;
  const parts: { part: string; said: string; years: { min: number; max: number } }[] = [];
  let from = 0;
  for (const end of [...folded.matchAll(AGE_PARTS_SPLIT_ALL_RE)].map((m) => m.index).concat(folded.length)) {
    const part = folded.slice(from, end);
    const years = yearsOf(part);
    if (years) parts.push({ part: part.trim(), said: (same ? text.slice(from, end) : part).trim(), years });
    from = end + 1;
  }
  if (parts.length < 2) return null;
  const over = parts.filter((g) => g.years.min <= band.max && g.years.max >= band.min);
  const notFor = over.filter((g) => NOT_FOR_GROUP_RE.test(g.part));
  const dosed = over
    .filter((g) => !NOT_FOR_GROUP_RE.test(g.part))
    .map((g) => ({ ...g, read: parseDirections(g.part.replace(AGE_GROUP_RE, ' ').replace(ADULTS_RE, ' ')) }))
    .filter((g) => g.read?.perIntake);
  if (!dosed.length) return notFor[0] ? { notFor: notFor[0].said } : null;
  // (Every year of the band has its group: "Enfant de plus de 6 ans" gives no dose for a child of 4 or 5.)
  let next = band.min;
  for (const g of [...dosed].sort((a, b) => a.years.min - b.years.min))
    if (g.years.min <= next) next = Math.max(next, g.years.max + 1);
  if (next <= band.max && !(someYears && dosed.length >= 2)) return null;
  const directions = dosed.length === 1 ? dosed[0]!.read : spanOfGroups(dosed.map((g) => g.read!));
  return directions ? { directions, said: dosed.map((g) => g.said).join('; ') } : null;
}

/**
 * "Children under 4 years of age, chew 1 daily. Children 4 years and older, chew 2 daily.",
 * "4-10 yaş 1 Kapsül, 11 yaş ve üzeri 2 Kapsül": a count for each age group. A group that runs on
 * into adulthood and is not called children's is the adults' dose; where every group is a child's,
 * the day spans them all. Directions that name adults are read as before (adultPart).
 */
function readAgeGroups(folded: string, text: string): Directions | null {
  // (search, not test: the pattern is global, and search leaves its lastIndex alone.)
  // ("Adult supervision required" under children's groups names no adults' dose.)
  if (namesAdults(folded)) return null;
  const parts = folded.split(AGE_PARTS_SPLIT_RE).filter((p) => AGE_GROUP_RE.test(p));
  if (parts.length < 2) return null;
  // (A group the product is not for, or sent to a doctor, "Not suitable for children under 3 years", doses no one.)
  const groups = parts
    .map((p) => ({ part: p, read: readDirections(p.replace(AGE_GROUP_RE, ' '), text) }))
    // (Nor does an age's reference intake in mg, "saantisuositus on 2–5-vuotiaille 120 mg".)
    .filter(
      (g) =>
        (g.read && (g.read.perIntake || g.read.bareIntake)) ||
        (!NOT_FOR_GROUP_RE.test(g.part) && !(/\d[ ]?mg(?![a-z])/.test(g.part) && !findUnitCount(g.part))),
    );
  if (groups.length < 2 || groups.some((g) => !g.read || (!g.read.perIntake && !g.read.bareIntake))) return null;
  const grown = groups.find((g) => OPEN_AGE_RE.test(g.part) && !CHILD_WORD_RE.test(g.part));
  if (grown) return grown.read;
  return spanOfGroups(groups.map((g) => g.read!));
}

/** "Dawka podtrzymująca", "maintenance dose", "Erhaltungsdosis": the smaller dose kept to after the first. */
const MAINTENANCE_DOSE_RE =
  /(?<![a-z])(?:maintenance dose|dawka podtrzymujaca|udrzovaci davka|udrziavacia davka|erhaltungsdosis|dose d'entretien|dosis de mantenimiento|dose di mantenimento|onderhoudsdosis|fenntarto adag|doza de intretinere)(?![a-z])|(?<![а-яі])(?:поддерживающая доза|підтримуюча доза)(?![а-яі])/;

/**
 * "Dorośli …: 2 tabletki 3 razy na dobę." then "Dawka podtrzymująca po ustąpieniu objawów: 1 tabletka 2–3 razy na dobę.":
 * the dose, then the smaller one kept to once better; a shopper may be on either, so the day runs over both.
 */
function withMaintenance(read: Directions | null, folded: string, text: string): Directions | null {
  const at = folded.search(MAINTENANCE_DOSE_RE);
  if (!read || at < 0) return read;
  const sentence = folded
    .slice(at)
    .split(/(?<=[.;!])\s+/)[0]!
    .replace(MAINTENANCE_DOSE_RE, ' ');
  const kept = readDirections(sentence, text);
  return (kept?.perIntake && spanOfTwo(read, kept, 'either')) || read;
}

/** Men and women, in the languages the reader knows (folded). */
const SEXES =
  'men|women|males?|females?|manner|frauen|hommes|femmes|hombres|mujeres|uomini|donne|mannen|vrouwen|homens|mulheres|mezczyzni|kobiety|muzi|zeny|ferfiak|nok|barbati|femei|miehet|naiset|kvinnor|maend|mænd|kvinder|menn|kvinner|erkekler|kadinlar|muskarci|zene|moski|zenske|vyrai|moterys|vyrams|moterims|viriesiem|sievietem|mehed|naised|мужчин(?:ы|ам)|женщин(?:ы|ам)|чоловік(?:и|ам)|жінк(?:и|ам)|мъже|жени|ανδρες|γυναικες|pria|wanita|lelaki|perempuan';
/** "Men: Take 3 capsules … Women: Take 2 capsules …": one intake for each sex, each a sentence of its own. */
const SEX_GROUP_RE = new RegExp(
  String.raw`^[ ]{0,2}(?:for |fur |pour |para |per |voor )?(?:${SEXES}|man(?=[ ]{0,2}:))(?![a-zа-яіα-ω])|^[ ]{0,2}(?:ผู้ชาย|ผู้หญิง|남성|여성|男性|女性|男士|女士)|^[ ]{0,2}(?:גברים|נשים)(?![א-ת])`,
);
/** ", women:", ", ženy:": the next sex's group after a comma, its colon after it. */
const NEXT_SEX_RE = new RegExp(String.raw`,[ ]{1,2}(?=(?:${SEXES}|man)[ ]{0,2}:)`);
function readSexes(folded: string, text: string): Directions | null {
  // ("Men take 3 capsules and women take 2 capsules daily": one sentence for both, "and" between them.)
  const parts = folded
    .split(
      /[.;\n]|,?[ ]+(?:and|und|et|y|e|en|og|och)[ ]+(?=(?:for |fur |pour |para |voor )?(?:men|women|manner|frauen|hommes|femmes|hombres|mujeres|uomini|donne|mannen|vrouwen|homens|mulheres)(?![a-z]))|,[ ]+(?=(?:men|women|manner|frauen|hommes|femmes|hombres|mujeres|uomini|donne|mannen|vrouwen|homens|mulheres)[ ]+(?:take|should|nehmen|prennent|toman|tomam|prendono|nemen|\d))/,
    )
    .flatMap((p) => p.split(NEXT_SEX_RE))
    // ("Doza zilnică recomandată Bărbați: 3 capsule pe zi": a heading run into the first group's line.)
    // ("As a dietary supplement, men take 3 capsules": a clause before the first group, closed by its comma.)
    .map((p) => {
      const group = /[ ](\p{L}{3,14})[ ]{0,2}:/u.exec(p.slice(0, 60)) ?? /,[ ]{1,2}(?=\p{L})/u.exec(p.slice(0, 60));
      const from = group ? group.index + (group[0].startsWith(',') ? 1 : 0) : 0;
      return !SEX_GROUP_RE.test(p) && group && SEX_GROUP_RE.test(p.slice(from)) ? p.slice(from) : p;
    });
  const grouped = parts.filter((p) => SEX_GROUP_RE.test(p));
  // (A group's advice with no count, "vrouwen die borstvoeding geven: eerst een arts raadplegen", doses no one.)
  const reads = grouped
    .map((p) => readDirections(p.replace(SEX_GROUP_RE, ' '), text))
    .filter((r): r is Directions => !!r && (!!r.perIntake || !!r.bareIntake));
  // ("Take 3 capsules before bed. Women: take 2 capsules.": the first sentence is everyone else's dose.)
  if (reads.length === 1 && parts[0] && !SEX_GROUP_RE.test(parts[0])) {
    const first = readDirections(parts[0], text);
    if (first && (first.perIntake || first.bareIntake)) reads.unshift(first);
  }
  return reads.length >= 2 ? spanOfGroups(reads) : null;
}

/** The directions of several groups (ages, sexes) as one: from the least any takes to the most. */
function spanOfGroups(reads: Directions[]): Directions | null {
  const counts = reads.map((r) => r.perIntake ?? r.bareIntake!);
  const units = new Set(reads.map((r) => r.perIntake?.unit ?? 'bare'));
  if (units.size !== 1) return null;
  const first = reads[0]!;
  // ("4 bis 6 Jahren: 1 Kautablette täglich. 7 bis 10 Jahren: 2 Kautabletten täglich (morgens und abends je 1). ab 11 Jahren:
  // 3 Kautabletten täglich": groups taken at different times a day span their days, one to three tablets, not one to three
  // tablets twice.)
  if (
    first.perIntake &&
    reads.some((r) => r.timesPerDay.min !== first.timesPerDay.min || r.timesPerDay.max !== first.timesPerDay.max)
  ) {
    const days = reads.map((r, k) => ({ min: counts[k]!.min * r.timesPerDay.min, max: counts[k]!.max * r.timesPerDay.max }));
    const base = reads.reduce((a, b) => (b.perIntake!.max < a.perIntake!.max ? b : a));
    const unit = base.perIntake!;
    return {
      ...base,
      timesPerDay: { min: Math.min(...days.map((d) => d.min)) / unit.min, max: Math.max(...days.map((d) => d.max)) / unit.max },
      frequencyAssumed: reads.every((r) => r.frequencyAssumed),
    };
  }
  const min = Math.min(...counts.map((c) => c.min));
  const max = Math.max(...counts.map((c) => c.max));
  const times = { min: Math.min(...reads.map((r) => r.timesPerDay.min)), max: Math.max(...reads.map((r) => r.timesPerDay.max)) };
  return {
    ...first,
    perIntake: first.perIntake ? { ...first.perIntake, min, max } : null,
    ...(first.bareIntake ? { bareIntake: { ...first.bareIntake, min, max } } : {}),
    timesPerDay: times,
    frequencyAssumed: reads.every((r) => r.frequencyAssumed),
  };
}

/** "The dose can be doubled", "kann … verdoppelt werden", "peut être doublée": the day's dose, up to twice. */
const DOUBLED_RE =
  /(?<![a-z])(?:(?:can|may) be doubled|(?:kann|darf)[^;\n]{0,160}?verdoppelt werden|peut etre doublee?|pueden? duplicarse|puo essere raddoppiat[ao]|kan worden verdubbeld|mozna (?:ja )?podwoic)(?![a-z])/;

/** The first phase of directions that build up: "start with", "for the first days", "fase de adaptación". */
const START_PHASE_RE =
  /(?<![a-z])(?:start(?:ing)? (?:with|on)|begin(?:ning)? with|initially|loading (?:dose|phase)|(?:phase|traitement|dose|cure) d'attaque|at first|(?:your|the|in the|during the) first week|week (?:1|one)(?![\d])|for the first (?:\d{1,2}|few|two|three|five|seven) (?:days|weeks)|durante los primeros|pendant les premiers|in den ersten|nei primi|de eerste|przez pierwsze|nos primeiros|adaptation|adaptacion|iniciar con|comenzar con|empezar con|empieza con|commencer par|commencez par|au debut|zu beginn|anfangs|beginnen (?:sie )?mit|iniziare con|inizialmente|begin met|zacznij od|come[cç]ar com|initialt|inledningsvis|indledningsvis|innledningsvis|borja med|begynd med|begynn med|de forsta dagarna|de forste dage(?:ne)?)(?![a-z])/;
/** The phase that follows: "increase to", "maintenance dose", "incrementar a". */
const LATER_PHASE_RE =
  /(?<![a-z])(?:from (?:week (?:2|two)|the second week)|after the first week|(?:gradually |then |slowly )?increase (?:(?:gradually |slowly )?(?:over (?:several|a few|the next|an?|one|\d{1,2}) (?:days?|weeks?) )?to|gradually to|up to)|(?:increase|build up)(?: gradually| slowly)? until (?:you reach|reaching)|then (?:take|move to|go to)|(?:full|regular|usual|normal) (?:serving|dose)(?=[ ]?:)|maintenance|mantenimiento|incrementar a|aumentar a|progresar a|pasa a|augmenter (?:a|progressivement)|entretien|steigern auf|erhohen auf|erhaltungsdosis|aumentare a|mantenimento|verhogen naar|onderhoud|zwiekszyc do|manutencao|(?:kan )?(?:dosen )?(?:okas|oges|okes) till?)(?![a-z])/;

/** Directions that open a build-up ("start with 1 capsule …") and name no later phase yet. */
export function opensPhases(text: string): boolean {
  const folded = fold(text);
  return START_PHASE_RE.test(folded) && !LATER_PHASE_RE.test(folded);
}

/** A sentence that gives a later phase's count ("then increase to 2 capsules daily"). */
export function laterPhase(text: string): boolean {
  const folded = fold(text);
  return LATER_PHASE_RE.test(folded) && !!findUnitCount(folded.slice(LATER_PHASE_RE.exec(folded)!.index));
}

/**
 * "Start with 1 capsule a day for five days, then increase to 2 capsules daily": directions that
 * build up. The serving is the first phase's intake; a day runs from the first phase's units to the
 * last phase's.
 */
function readPhases(clean: string, text: string): Directions | null {
  const later = LATER_PHASE_RE.exec(clean);
  // "Neem dagelijks 2 capsules … Begin de eerste week met 1 capsule per dag.": the usual dose, then a lower start.
  const start = later ? null : START_PHASE_RE.exec(clean);
  if (start && start.index > 0) {
    const usual = clean.slice(0, start.index);
    const first = clean.slice(start.index).split(/[.;]/)[0]!;
    if (!findUnitCount(usual) || !findUnitCount(first)) return null;
    const usualRead = readDirections(usual, text);
    return spanOfTwo(servingsAsIntakes(readDirections(first, text), usualRead), usualRead, 'build-up');
  }
  if (!later || !START_PHASE_RE.test(clean.slice(0, later.index))) return null;
  const then = clean.slice(later.index);
  // ("Phase d'attaque : 6 comprimés par jour … Phase d'entretien : 3 comprimés par jour": a loading dose comes down.)
  const loading = /(?<![a-z])(?:loading|d'attaque)(?![a-z])/.test(clean.slice(0, later.index));
  return spanOfTwo(
    readDirections(clean.slice(0, later.index), text),
    withDayMost(readDirections(then, text), then),
    loading ? 'either' : 'build-up',
  );
}

/**
 * "… increase to 1 stick pack daily. For additional support, adults may take up to 2 stick packs daily": the later phase's
 * day, up to the most its own words allow in its unit.
 */
function withDayMost(read: Directions | null, words: string): Directions | null {
  const intake = read?.perIntake;
  if (!read || !intake) return read;
  for (const m of words.matchAll(UP_TO_A_DAY_ALL_RE)) {
    const most = findUnitCount(`${m[1]} ${m[2]}`);
    if (most?.unit === intake.unit && most.max > intake.max * read.timesPerDay.max)
      return { ...read, timesPerDay: { min: read.timesPerDay.min, max: most.max / intake.max } };
  }
  return read;
}

/**
 * "Add 1/2 teaspoon … 1 to 4 times per day. Start with one serving per day …": a start counted in servings counts the
 * usual intake (here one half teaspoon a day), where the usual names its unit.
 */
function servingsAsIntakes(start: Directions | null, usual: Directions | null): Directions | null {
  const counted = start?.perIntake;
  const intake = usual?.perIntake;
  if (!start || !counted || counted.unit !== 'serving' || !intake || intake.unit === 'serving') return start;
  return {
    ...start,
    perIntake: intake,
    timesPerDay: { min: counted.min * start.timesPerDay.min, max: counted.max * start.timesPerDay.max },
  };
}

/**
 * Two readings of directions as one: a build-up runs from the first's smallest day to the second's
 * largest (and must rise); two uses side by side run from the smaller day to the larger. Both must
 * count the same units. The serving is the first reading's intake.
 */
function spanOfTwo(first: Directions | null, second: Directions | null, kind: 'build-up' | 'either'): Directions | null {
  const a = first?.perIntake;
  const b = second?.perIntake;
  if (!first || !second || !a || !b || a.unit !== b.unit || first.perHour || second.perHour) return null;
  const firstDay = { min: a.min * first.timesPerDay.min, max: a.max * first.timesPerDay.max };
  const secondDay = { min: b.min * second.timesPerDay.min, max: b.max * second.timesPerDay.max };
  const fromUnits = kind === 'build-up' ? firstDay.min : Math.min(firstDay.min, secondDay.min);
  const toUnits = kind === 'build-up' ? secondDay.max : Math.max(firstDay.max, secondDay.max);
  if (kind === 'build-up' && !(toUnits > fromUnits)) return null;
  // ("media cucharadita" the first week, then "1 cucharadita": a part of a unit is no serving; the whole unit is.)
  const base = a.max < 1 && b.min >= 1 ? second : first;
  const unit = base.perIntake!;
  return {
    ...base,
    timesPerDay: { min: fromUnits / unit.min, max: toUnits / unit.max },
    frequencyAssumed: first.frequencyAssumed && second.frequencyAssumed,
  };
}

/**
 * "2 Tabletten 3 mal täglich für 7 Tage, dann 1 Tablette 2-3 mal täglich", "… 1 héten át. Fenntartó
 * adagja …": a loading dose for a set time, then a lower maintenance dose.
 */
const LOADING_THEN_RE = new RegExp(
  // ("První týden: 2 tablety 3krát denně; – poté: 1 tabletu 2–3krát denně", "First week: …; thereafter: …", "první týden
  // 2 tablety 3x denně, dále 1 tabletu 2–3x denně".)
  String.raw`(?<![a-z])(?:the )?(?:first week|prvni tyden|prvy tyzden|prvi tjedan|prvih tjedan dana|prvih \d{1,2} dana|prve nedelje|prvi teden|erste woche|premiere semaine|primera semana|prima settimana|pierwszy tydzien|eerste week|primeira semana|(?:в течение )?перв(?:ую|ои) недел[юи]|(?:протягом )?першого тижня|pirmas \d{1,2} (?:nedelas|dienas)|pirmaja nedela|pirmas \d{1,2} savaites|pirmaja savaite|esimesel nadalal|esimese \d{1,2} (?:paeva|nadala) jooksul)(?![a-zа-яі])[^.;]{0,80}?[.;,]{1,3}[ ;–—-]{0,4}(?:thereafter|afterwards|after that|then|pote|potom|dale|dalej|nasledne|danach|anschliessend|ensuite|puis|despues|luego|poi|successivamente|daarna|nastepnie|potem|pak|pec tam|veliau|po to|seejarel|edaspidi|nakon toga|zatim|nato|затем|потом|после этого|далее|потім|після цього|далі)(?![a-zа-яі])|` +
    String.raw`(?<![a-z])(?:for|fur|pendant|durante|per|przez|gedurende|po dobu)[ ]{1,2}(?:the first[ ]{1,2}|up to[ ]{1,2}|bis zu[ ]{1,2}|jusqu'a[ ]{1,2}|hasta[ ]{1,2})?(?:\d{1,2}|one|two|three|four|seven|ten|fourteen|sieben|zehn|sept|dix|siete|diez|sette|dieci)[ ]{1,2}(?:days?|weeks?|tagen?|wochen?|jours|semaines?|dias|semanas?|giorni|settimane?|dagen|weken|dni|tygodni\w*|dnu|tydnu)[ ,;.]{0,3}(?:and[ ]{1,2})?(?:then|dann|danach|anschliessend|puis|ensuite|luego|despues|poi|quindi|daarna|nastepnie|potem|pak)(?![a-z])|(?<![a-z])\d{1,2}[ ]{1,2}(?:heten|napon)[ ]{1,2}at(?![a-z])[^.;]{0,60}[.;]?[ ]{0,2}(?=[^.;]{0,40}fenntarto)` +
    // "eine Woche lang 3-mal täglich 2 Tabletten. Danach …", "Az első héten naponta 3-szor 2 tabletta. Ezt követően …" (or "…,
    // – ezt követően …"):
    // the first week's dose, then the next sentence's.
    String.raw`|(?<![a-z])(?:(?:for |in |during )?the first (?:week|\d{1,2} days)|(?:eine|1) woche lang|in der ersten woche|(?:az )?elso heten|(?:pendant |durant )?la premiere semaine|(?:durante )?la primera semana|(?:per |nella )?la prima settimana|(?:in )?de eerste week|(?:w )?pierwszym tygodniu|(?:v )?prvnim tydnu|prima saptamana|ensimmaisen viikon|(?:в )?первую неделю|(?:протягом )?першого тижня)(?![a-z])[^.;]{0,100}[.;,][ –—-]{0,4}(?:then|thereafter|after that|afterwards|danach|anschliessend|dann|puis|ensuite|par la suite|despues|luego|poi|successivamente|daarna|nastepnie|potem|pote|pak|dale|dalej|nasledne|ezt kovetoen|ezutan|majd|apoi|ulterior|sitten|затем|потом|после этого|далее|потім|після цього|далі)(?![a-zа-яі])` +
    // "timp de o săptămână câte 2 comprimate … de 3 ori pe zi, …, apoi 2–3 comprimate … pe zi", "for one week take 2
    // tablets three times daily, then 1 tablet daily": a week's dose, then the next, in one sentence (Slovak and Czech "… počas 1
    // týždňa, potom …" too).
    String.raw`|(?<![a-z])(?:for (?:a|one|1|two|2) weeks?|timp de (?:o|1|doua|2) saptaman[ai]|timp de \d{1,2} zile|durante (?:una|1) semana|pendant (?:une|1) semaine|eine woche lang|per (?:una|1) settimana|pocas (?:1|jedneho|prveho) tyzdna|po dobu (?:1|jednoho|prvniho) tydne|behem (?:1|prvniho) tydne)(?![a-z])[^.;]{0,160}?[,;.][ ]{0,2}(?:then|thereafter|after that|apoi|ulterior|luego|despues|puis|ensuite|dann|danach|poi|quindi|potom|pote|pak|dale|nasledne)(?![a-z])` +
    // "Auffüllphase: … 3-mal täglich 2 Tabletten …; Erhaltungsphase: … 1 Tablette": phases named, the loading one then the next.
    String.raw`|(?<![a-z])(?:auffullphase|aufsattigungsphase|loading (?:phase|dose)|phase de charge|dose de charge|fase de carga|dosis de carga|fase di carico)(?![a-z])[\s\S]{0,200}?(?:erhaltungsphase|erhaltungsdosis|maintenance (?:phase|dose)|phase d'entretien|dose d'entretien|fase de mantenimiento|dosis de mantenimiento|fase di mantenimento)(?![a-z])` +
    // "nos primeiros 10 dias, 2 ampolas por dia (…); depois, 1 ampola por dia": the first days' dose, then the next
    // ("… pendant les 10 premiers jours, puis revenir à 2 comprimés par jour").
    String.raw`|(?<![a-z])(?:(?:nos|nas|en los|durante los|nei|in den|der|pendant les|les|in the|the|de) (?:primeiros|primeras?|primeros|primi|ersten|premiers|first|eerste) \d{1,2} (?:dias|giorni|tagen?|jours|days|dagen|semanas|settimane|wochen|semaines|weeks|weken)|(?:pendant |durant )?les \d{1,2} (?:premiers jours|premieres semaines)|(?:durante |en )?(?:las \d{1,2} primeras semanas|los \d{1,2} primeros dias))(?![a-z])[^.;]{0,100}[.;,)][ –—-]{0,4}(?:depois|despues|luego|a continuacion|posteriormente|poi|dann|danach|puis|ensuite|then|after that|daarna)(?![a-z])` +
    // "протягом перших 7 днів — по 2 таблетки 3 рази на добу; далі — по 1 таблетці …", Russian and Bulgarian alike.
    String.raw`|(?<![а-яі])(?:протягом перших|в течение первых|през първите|первые) \d{1,2} (?:днів|днеи|дни|дня|суток|діб)(?![а-яі])[^.;]{0,100}[.;,][ ]{0,2}(?:далі|далее|затем|потім|потом|след това)(?![а-яі])` +
    // "Tedavinin ilk 3 gününde yükleme dozu olarak günde 3 kez 1 tablet, daha sonra günde 2 kez 1 tablet": Turkish (or
    // "Tedavinin ilk haftası: …", the first week).
    String.raw`|(?<![a-z])(?:tedavinin )?ilk (?:(?:\d{1,2}|bir|iki|uc) )?(?:gun|hafta)\w*(?![a-z])[^.;]{0,100}?[,;.]?[ ]{0,2}(?:daha sonra|ardindan|sonrasinda)(?![a-z])`,
);

function readLoadingDose(clean: string, text: string): Directions | null {
  const m = LOADING_THEN_RE.exec(clean);
  if (!m) return null;
  const at = m.index + m[0].length;
  // ("Disolver 1 cucharadita … Durante la primera semana tome media cucharadita …; después, 1 cucharadita": the first
  // phase's own words, where they count, not a sentence before them on how to mix one.)
  // ("2 comprimés par jour … . En début de cure, … 3 comprimés par jour pendant les 10 premiers jours, puis …": else its
  // own sentence, where that counts, not the usual dose in the sentence before.)
  const own = clean.slice(m.index, at);
  const sentence = clean.slice(Math.max(clean.lastIndexOf('. ', m.index), clean.lastIndexOf('; ', m.index)) + 1, at);
  const loading = readDirections(findUnitCount(own) ? own : findUnitCount(sentence) ? sentence : clean.slice(0, at), text);
  const maintenance = readDirections(clean.slice(at), text);
  // (The serving is the dose kept to, not the first days' larger one: "1 tableta 2- až 3-krát denne" after "2 tablety 3-krát denne".)
  return spanOfTwo(maintenance, loading, 'either');
}

/** "Prophylactic dose: …", "Zur Vorbeugung: …": the dose for preventing a lack. */
const PREVENTION_RE =
  /(?<![a-z])(?:prophylactic(?: dose)?|prophylaxis|prevention|preventive(?: dose)?|zur vorbeugung|vorbeugend|prophylaxe|en prevention|prevencion|preventiv[oa]|prevenzione|profilaktyczn\w*|zapobiegawczo|profylaxe|preventie(?:f)?|profulaktiline annus|megelozes\w*|k prevenci|prevence|preventivne|na prevenciu)(?![a-z])/;
/** "Therapeutic dose: …", "Zur Behandlung: …": the dose for treating one. */
const TREATMENT_RE =
  /(?<![a-z])(?:therapeutic(?: dose)?|treatment|zur behandlung|therapie|traitement|curati(?:f|ve)|tratamiento|terapeutic[oa]|trattamento|leczniczo|leczenie|w (?:stwierdzonym )?niedoborze|behandeling|raviannus|kezeles\w*|k lecbe|lecba|na liecbu|liecba)(?![a-z])/;

/** Words before a count of servings that make it a ceiling or someone else's dose. */
const CEILING_BEFORE_RE =
  /(?<![a-z])(?:exceed|more than|max(?:imum)?|limit|may|can|could|should not|never|athletes?|if)(?![a-z])[^.;:]{0,20}$/;
/** "Consume 1-2 servings per day", "up to 2 servings a day": the day counted in servings. */
const SERVINGS_A_DAY_RE =
  /(?<![a-z0-9-])(up to |no more than )?(\d|one|two|three|four)(?:(?:-| to | or )(\d|two|three|four))? (?:full )?servings? (?:per day|a day|daily|each day|in 24 hours)(?![a-z])/;

/**
 * "Mix four heaping scoops … Consume 1-2 servings per day", "add 2 scoops … Use 1 serving per hour
 * of exercise, up to 2 servings a day": directions that count the day in servings, whatever the
 * units of one serving.
 */
function readServingsADay(clean: string, text: string): Directions | null {
  const m = SERVINGS_A_DAY_RE.exec(clean);
  // "Do not exceed 2 servings per day", "Max 2 servings daily", "Athletes may take 2 servings per day":
  // a ceiling or another group's dose, not the directions.
  if (m && CEILING_BEFORE_RE.test(clean.slice(Math.max(0, m.index - 30), m.index))) return null;
  const a = countValue(m?.[2]);
  if (!m || a === null) return null;
  const b = countValue(m[3]) ?? a;
  const raw = m[0].replace(/ (?:per day|a day|daily|each day|in 24 hours)$/, '');
  return {
    perIntake: { min: m[1] ? 1 : Math.min(a, b), max: Math.max(a, b), unit: 'serving', raw },
    timesPerDay: { min: 1, max: 1 },
    frequencyAssumed: false,
    dividedDaily: false,
    text: quote(text, 300),
  };
}

/** Moments of the day, each with the part of the day it stands for (folded words, several languages). */
const MOMENTS: readonly [RegExp, string][] = [
  [
    /(?<![a-z])(?:morning|breakfast|morgens|fruhstuck|matin|petit[- ]dejeuner|manana|desayuno|pequeno[- ]almoco|mattin[ao]|colazione|ochtend|ochtends|ontbijt|rano|ujutro|ujutru|morgonen|om morgenen|morgen|morgon|aamuisin|dimineata|(?:cafe da )?manha|reggel|aamulla|sabah|að morgni|a morgnana|hommikul|no rita|ryte|sang(?![ ]{0,2}[a-z]))(?![a-z])|утром|πρωι|בבוקר/,
    'morning',
  ],
  [
    /(?<![a-z])(?:noon|midday|lunch(?:time)?|mittags|mittagessen|midi|mediodia|almuerzo|(?<!pequeno[- ])almoco|pranzo|poludnie|lounal|pusdienlaika|delben|trua(?![ ]{0,2}[a-z]))(?![a-z])|днем/,
    'noon',
  ],
  [/(?<![a-z])(?:afternoon|nachmittags|apres-midi|pomeriggio|middag|middags)(?![a-z])/, 'afternoon'],
  [
    /(?<![a-z])(?:evening|dinner|supper|abends|abendessen|soir|diner|jantar|cena|(?:la|di|alla) sera|avond|avonds|avondeten|wieczorem|kolacji|vecer|navecer|kvallen|kvall|aftenen|aften|kveld|kvelden|iltaisin|seara|es este|este(?![ ]{0,2}[a-z])|toi(?![ ]{0,2}[a-z])|illalla|aksam|að kvoldi|a kvoldin|ohtul|vakara|vakare)(?![a-z])|вечером|βραδυ|בערב/,
    'evening',
  ],
  [
    /(?<![a-z])(?:night|bedtime|before bed|nachts|zur nacht|schlafengehen|coucher|noche|notte|nacht|slapengaan|na noc|noite|fyrir svefn|fyrir hattinn|antes de (?:dormir|acostarse)|prima di (?:dormire|coricarsi)|avant de dormir|vor dem schlafen|enne magamaminekut|pirms gulet\w*|pries miega)(?![a-z])|на ночь|перед сном|לפני השינה|בלילה/,
    'night',
  ],
];
const slotsIn = (s: string): string[] => MOMENTS.filter(([re]) => re.test(s)).map(([, slot]) => slot);
/** Moments that make one part of the day: the evening and bedtime, noon and the afternoon. */
const PART_OF_DAY: Readonly<Record<string, string>> = { night: 'evening', afternoon: 'noon' };
/** What may stand between two intakes of one day's schedule: moments, their small words, "and". */
const JOINING_WORDS_RE =
  /(?<![a-z])(?:and|und|et|y|e|en|i|и|&|in|the|at|with|before|after|zum|zur|am|vor|dem|nach|le|la|les|el|los|las|il|lo|der|den|au|a|avant|apres|por|al|con|antes|de|del|alla|di|prima|pela|pelo|ao|bij|het|voor|na|w|przed|по|перед|take|neem|nimm|prenez|tome|prendi|another|och|og|pa|om|si|es|ja|ve)(?![a-z])|(?<![α-ωµ])(?:και|το|την)(?![α-ωµ])|(?<![a-z])'s(?![a-z])|[,;:]/g;
/**
 * Words that make a second intake not part of one fixed day: alternatives, conditions, options,
 * other groups, phases, days of training, negation. ("después de los alimentos", "dopo i pasti": after meals, no later phase.)
 */
const NOT_ONE_SCHEDULE_RE =
  /(?<![a-z])(?:times|twice|daily|a day|per day|taglich|par jour|al dia|al giorno|per dag|dziennie|or|oder|ou|o|oppure|ofwel|lub|bzw|alternatively|instead|if|needed|optional\w*|may|can|could|additional\w*|extra|also|too|as well|women|men|pregnan\w*|teens?|adolescen\w*|jugendliche\w*|frauen|manner|femmes|hommes|mujeres|hombres|donne|uomini|vrouwen|mannen|athletes?|sport\w*|training|rest|week\w*|days?|first|then|after that|thereafter|danach|dann|puis|ensuite|luego|despues(?! de (?:los |las |la |el |cada )?(?:alimentos|comidas?|desayuno|almuerzo|cena))|poi|dopo(?! (?:i |il |la |ogni )?(?:pasti|pasto|colazione|pranzo|cena))|daarna|bedarf|zusatzlich|eventuellement|supplementaire|necesario|necessario|nodig|not|nicht|ne|no|niet|nie|kit)(?![a-z])|или|если|детям|дете[йи]|дети|не /;
/** "with or without food", "mit oder ohne Mahlzeit", "avec ou sans repas": taken either way, no alternative dose. */
const WITH_OR_WITHOUT_FOOD_RE =
  /(?<![a-z])(?:with or without (?:a )?(?:food|meals?)|mit oder ohne (?:eine )?(?:mahlzeit|mahlzeiten|essen|nahrung)|avec ou sans (?:nourriture|repas|aliments?)|con o sin (?:alimentos?|comida)|con o senza (?:cibo|pasti?)|met of zonder (?:voedsel|maaltijd|eten)|com ou sem (?:alimentos?|comida))(?![a-z])/g;
/** "of the solution", "da solução", "de la solución", "della soluzione", "der Lösung": what an intake of a drink is of. */
const OF_THE_DRINK_RE =
  /(?<![a-z])(?:of the|da|do|de la|del|della|der|van de) (?:solution|solucao|solucion|soluzione|losung|oplossing|mixture|mezcla|miscela|drink|bebida|bevanda)(?![a-z])/g;
/** "Tot 4 capsules per dag", "up to 4 capsules a day": the day's most, in the intakes' unit. */
const UP_TO_A_DAY_RE = new RegExp(
  String.raw`(?<![a-z])(?:up to|tot|bis zu|jusqu'a|hasta|fino a|maximal|maximum|max\.?) (\d{1,2}) (?!times|mal|fois|veces|volte|keer)([a-z]{3,14}(?: (?:packs?|packets?|caps|capsules|tablets))?) (?:${A_DAY_WORDS})(?![a-z])`,
);
const UP_TO_A_DAY_ALL_RE = new RegExp(UP_TO_A_DAY_RE.source, 'g');
/** ", soit 4 gélules par jour", ", i.e. 4 capsules a day", ", d.h. 4 Kapseln täglich": the intakes' sum said again. */
const DAY_SUM_SAID_RE = new RegExp(
  String.raw`,?[ ]{0,2}\(?(?:${THAT_IS_WORDS}|=)[ ]{1,2}(\d{1,2}) ([a-z]{3,14}) (?:${A_DAY_WORDS})(?![a-z])\)?`,
);
/** Any moment of the day, to take out of the words between two intakes. */
const ANY_MOMENT_RE = new RegExp(MOMENTS.map(([re]) => re.source).join('|'), 'g');
const BARE_COUNT_BEFORE_MOMENT_RE = new RegExp(
  String.raw`(?<=(?:and|und|et|y|e|en|i|,)[ ]{1,2})\d{1,2}(?=[ ]{1,2}(?:(?:in the|at|with|before|after|au|al|am|zum|bij het|bij|le|la|a|ao|na|pela|pelo)[ ]{1,2})?(?:${ANY_MOMENT_RE.source}))`,
  'g',
);
/** "Morgens 1, abends 1 Kapsel", "reggel 1, este 1 tabletta": a bare count right after its moment, its unit said once at the end. */
const BARE_COUNT_AFTER_MOMENT_RE = new RegExp(
  String.raw`(?<=(?:${ANY_MOMENT_RE.source})[ ]?:?[ ]{1,2})\d{1,2}(?=[ ]?[,;]|[ ]{1,2}(?:and|und|et|y|e|i|es|en|og|och|ja|va)[ ])`,
  'g',
);
/** "90 capsules = 30 days", "60 tablets last 2 months": a pack's count and how long it lasts. */
const PACK_LASTS_RE = /^\d{2,3}[ ]{1,2}[a-z]{3,14}[ ]{0,2}(?:=|last|lasts|for)[ ]{0,2}\d{1,3}[ ]{1,2}(?:days?|weeks?|months?)$/;
/** A schedule's row whose moment takes nothing: "Avond n.v.t.", "Evening: none". */
const EMPTY_MOMENT_RE = /^[a-z' -]{3,20}:? (?:nvt|none|-|geen|keine|aucune|ninguna|nessuna|—)$/;

/**
 * "1 capsule in the morning and 1 capsule in the evening", "2 tablets with breakfast, 1 at
 * bedtime", a schedule "Ochtend: Neem 1 capsule bij het ontbijt. / Middag: Neem 1 capsule …": one
 * fixed intake for each moment of the day, so the day is their sum (and "up to 4 capsules a day"
 * its most). Only where nothing but moments and "and" stands between the intakes, or each sentence
 * is a moment's row; any alternative, condition, other group, phase or negation leaves the
 * directions to the other readers.
 */
/** A sentence's closing "every day", ", daily", "each day" (folded). */
const EVERY_DAY_END_RE = /,?[ ](?:every day|each day|daily)$/;
function readTimesOfDay(clean: string, text: string): Directions | null {
  const said = DAY_SUM_SAID_RE.exec(clean);
  if (said) clean = clean.replace(said[0], '');
  // (A sentence that counts nothing and says whom the product is not for, "Niet geschikt voor kinderen", names no
  // children's dose.)
  const childrenDosed = clean
    .split(/[.;\n]/)
    .some((x) => CHILD_WORD_RE.test(x.replace(ADULTS_AND_CHILDREN_RE, '$1')) && !(NOT_FOR_GROUP_RE.test(x) && !findUnitCount(x)));
  if (childrenDosed) return null;
  const sentences = clean
    .replace(/(?<![a-z])n\.v\.t\.?/g, 'nvt.')
    .split(/[.;\n]/)
    // ("… and two capsules an hour before bed, every day": the day the moments make up, said again, is no other schedule.)
    .map((x) => x.trim().replace(EVERY_DAY_END_RE, ''))
    .filter(Boolean)
    // A table's moment cell on a line of its own ("Ochtend" above "Neem 1 capsule …") heads the next.
    .reduce<string[]>((out, x) => {
      const last = out.at(-1);
      if (last !== undefined && /^[a-z' -]{3,20}:?$/.test(last) && slotsIn(last).length === 1)
        out[out.length - 1] = `${last} ${x}`;
      else out.push(x);
      return out;
    }, []);
  // (A sentence that counts nothing, "For best results, take consistently for at least 6 weeks", says nothing of the schedule.)
  // (Nor does a ceiling, "Não exceder 2 cálices por dia".)
  // (Nor a pack's count and how long it lasts, "90 capsules = 30 days".)
  const counted = sentences.filter((x) => findUnitCount(x) && !CEILING_RE.test(x) && !PACK_LASTS_RE.test(x));
  // ("… with or without food": either way, the same intakes; no alternative of the schedule's.)
  if (NOT_ONE_SCHEDULE_RE.test(counted.join('. ').replace(UP_TO_A_DAY_ALL_RE, ' ').replace(WITH_OR_WITHOUT_FOOD_RE, ' ')))
    return null;
  const intakes: { count: UnitCount; slots: string[] }[] = [];
  const ceiling = UP_TO_A_DAY_RE.exec(clean);
  // A schedule: each sentence a moment's row ("ochtend neem 1 capsule bij het ontbijt"), a ceiling,
  // or a moment that takes nothing.
  // (A sentence with no count, "Doseervorm: vegan capsules", is no row.)
  const rows = sentences
    .filter((x) => !UP_TO_A_DAY_RE.test(x) && !EMPTY_MOMENT_RE.test(x))
    .map((x) => {
      const count = findUnitCount(x);
      const at = count ? x.indexOf(fold(count.raw)) : -1;
      return count && at >= 0 ? { count, lead: x.slice(0, at) } : null;
    })
    .filter((x) => x !== null);
  const momentRow = (x: (typeof rows)[number]) =>
    slotsIn(x.lead).length === 1 && /^[a-z' -]{3,20}:?(?: (?:take|neem|nimm|prenez|tome|prendi))?$/.test(x.lead.trim());
  // "Ochtend: Neem 1 tablet bij het ontbijt. Tot 2 tabletten per dag.": one moment's row and the day's most.
  const single = rows.length === 1 && !!ceiling && momentRow(rows[0]!);
  const schedule = (rows.length >= 2 && rows.every(momentRow)) || single;
  if (schedule) {
    for (const x of rows) intakes.push({ count: x.count, slots: slotsIn(x.lead) });
  } else {
    // One sentence: intakes joined by moments and "and" only; each moment after its intake ("1 capsule
    // in the morning and 1 in the evening") or, from the first, before it ("in the morning 1 capsule,
    // in the evening 2 capsules").
    // (Other sentences that count nothing leave it one.)
    if (counted.length !== 1) return null;
    // "1 capsule in the morning and 1 in the evening": a later bare count before its moment counts the first's units.
    const first = findUnitCount(counted[0]!);
    const unitWord = first ? /^\S+\s+(.+)$/.exec(fold(first.raw))?.[1] : undefined;
    // ("1 cálice (30 ml) da solução pela manhã": a bracket that restates the intake, and what it is of, are neither
    // intakes nor words between them.)
    const line = (
      unitWord
        ? counted[0]!
            .replace(BARE_COUNT_BEFORE_MOMENT_RE, (n) => `${n} ${unitWord}`)
            .replace(BARE_COUNT_AFTER_MOMENT_RE, (n) => `${n} ${unitWord}`)
        : counted[0]!
    ).replace(/\([^()]{0,30}\d[^()]{0,30}\)/g, ' ');
    const onlyMoments = (gap: string) =>
      !gap.replace(ANY_MOMENT_RE, ' ').replace(OF_THE_DRINK_RE, ' ').replace(JOINING_WORDS_RE, ' ').trim();
    const gaps: string[] = [];
    let from = 0;
    for (let i = 0; i < 6; i++) {
      const count = findUnitCount(line.slice(from));
      const at = count ? line.indexOf(fold(count.raw), from) : -1;
      if (!count || at < 0) break;
      gaps.push(line.slice(from, at));
      intakes.push({ count, slots: [] });
      from = at + count.raw.length;
    }
    gaps.push(line.slice(from));
    if (gaps.slice(1, -1).some((g) => !onlyMoments(g))) return null;
    const lead = gaps[0]!;
    const momentsFirst = slotsIn(lead).length === 1 && onlyMoments(lead) && !slotsIn(gaps.at(-1)!).length;
    // ("2 capsules in the evening, about 2 hours before bedtime": one intake's evening and bedtime are one moment.)
    const oneMoment = (slots: string[]) =>
      new Set(slots.map((x) => PART_OF_DAY[x] ?? x)).size === 1 ? slots.slice(0, 1) : slots;
    intakes.forEach((x, i) => (x.slots = oneMoment(slotsIn(momentsFirst ? gaps[i]! : gaps[i + 1]!))));
  }
  if ((intakes.length < 2 && !single) || new Set(intakes.map((x) => x.count.unit)).size !== 1) return null;
  if (intakes.some((x) => x.slots.length !== 1) || new Set(intakes.map((x) => x.slots[0])).size !== intakes.length) return null;
  const unit = intakes[0]!.count.unit;
  const min = intakes.reduce((n, x) => n + x.count.min, 0);
  const sum = intakes.reduce((n, x) => n + x.count.max, 0);
  const most = ceiling && unitKind(ceiling[2]!) === unit ? Number(ceiling[1]) : 0;
  if (single && most <= sum) return null;
  // ("…, soit 5 gélules par jour" after 2 and 2: the page's sum is not the intakes'; neither is read.)
  if (said && unitKind(said[2]!) === unit && Number(said[1]) !== sum) return null;
  return {
    perIntake: { min, max: Math.max(sum, most), unit, raw: intakes[0]!.count.raw },
    timesPerDay: { min: 1, max: 1 },
    frequencyAssumed: false,
    dividedDaily: true,
    text: quote(text, 300),
  };
}

/** "Magnesium supplement: take 1 to 2 tablets daily", "Dietary supplement directions:": a use as a supplement, labelled. */
const SUPPLEMENT_USE_RE = /(?<![a-z])(?:magnesium|dietary|mineral|food) supplement(?: use| directions)?[ ]?:/;
/** "Antacid: take 1 tablet twice a day", "Laxative directions:": a drug's use, labelled. */
const DRUG_USE_RE = /(?<![a-z])(?:antacid|laxative)(?: use| directions)?[ ]?:/;

/**
 * "Antacid: take 1 tablet twice a day … Magnesium supplement: take 1 to 2 tablets daily …": a label's two uses, each under
 * its name; the supplement's is the dose a shopper of supplements takes.
 */
function readSupplementUse(clean: string, text: string): Directions | null {
  const supplement = SUPPLEMENT_USE_RE.exec(clean);
  const drug = DRUG_USE_RE.exec(clean);
  if (!supplement || !drug) return null;
  const end = drug.index > supplement.index ? drug.index : clean.length;
  return readDirections(clean.slice(supplement.index + supplement[0].length, end), text);
}

/**
 * "Prophylactic dose: 2 or 4 tablets daily. Therapeutic dose: 2 - 6 tablets daily": doses for two
 * uses side by side. A shopper may be in either, so the day runs from the smaller to the larger; the
 * serving is the first use's intake.
 */
function readUseCases(clean: string, text: string): Directions | null {
  const prevent = PREVENTION_RE.exec(clean);
  const treat = TREATMENT_RE.exec(clean);
  if (!prevent || !treat) return null;
  const split = Math.max(prevent.index, treat.index);
  const first = readDirections(clean.slice(Math.min(prevent.index, treat.index), split), text);
  return spanOfTwo(first, readDirections(clean.slice(split), text), 'either');
}

/** "For sleep:", "For muscle cramps:", "Bei Muskelkrämpfen:", "Pour le sommeil :": a goal's own dose, after its colon (folded). */
const GOAL_LEAD_RE = /(?:^|[.;:\n][ ]{0,2})(?:for|bei|pour|para|per|voor) [^:.;\d]{3,40}:[ ]?(?=\S)/g;

/**
 * "For sleep: 2 capsules at bedtime. For muscle cramps: 1 capsule twice daily": a dose for each goal. A shopper may follow
 * either, so the day runs from the smaller to the larger.
 */
function readGoals(clean: string, text: string): Directions | null {
  const leads = [...clean.matchAll(GOAL_LEAD_RE)];
  // (Groups of people are no goals: "For adults: …. For children: …" is read by the groups' readers.)
  if (
    leads.length < 2 ||
    leads.some((m) => CHILD_WORD_RE.test(m[0]) || /(?<![a-z])(?:adults?|women|men|erwachsene|adultes)(?![a-z])/.test(m[0]))
  )
    return null;
  // Each goal's words up to the next goal's (or its sentence's end).
  const [a, b] = leads.slice(0, 2).map((m, k) => {
    const from = m.index + m[0].length;
    const to = leads[k + 1]?.index ?? clean.length;
    return readDirections(clean.slice(from, to).split(/[.;\n]/)[0]!, text);
  });
  return a && b ? spanOfTwo(a, b, 'either') : null;
}

/** "an Trainingstagen", "on training days", "les jours d'entraînement": the days of sport. */
const TRAINING_DAYS_RE =
  /(?<![a-z])(?:on (?:heavy |hard )?(?:training|workout|exercise) days|an trainingstagen|les jours d'entrainement|los dias de entrenamiento|nei giorni di allenamento|op trainingsdagen)(?![a-z])/;
/** "an trainingsfreien Tagen", "on rest days", "on non-training days": the days without. */
const REST_DAYS_RE =
  /(?<![a-z])(?:on (?:rest|off|recovery|non-training|non-workout) days|on days off|an (?:trainingsfreien|spielfreien|sportfreien) tagen|an ruhetagen|les jours de repos|los dias de descanso|nei giorni di riposo|op rustdagen)(?![a-z])/;

/**
 * "An Trainingstagen 2 Kapseln, an trainingsfreien Tagen 1 Kapsel", "2 capsules on training days and 1 on rest days":
 * a dose for each kind of day. A shopper may be on either, so the day runs from the smaller to the larger.
 */
function readDayTypes(clean: string, text: string): Directions | null {
  const training = TRAINING_DAYS_RE.exec(clean);
  const rest = REST_DAYS_RE.exec(clean);
  if (!training || !rest) return null;
  // Each kind of day's words with its count, before or after them: the text split between the two.
  const [a, b] = training.index < rest.index ? [training, rest] : [rest, training];
  const countBefore = /\d[^,;.]{0,30}$/.test(clean.slice(Math.max(0, a.index - 30), a.index));
  const split = countBefore ? clean.lastIndexOf(',', b.index) + 1 || a.index + a[0].length : b.index;
  const span = spanOfTwo(readDirections(clean.slice(0, split), text), readDirections(clean.slice(split), text), 'either');
  // (Each count is a day's: "on training days 2 capsules" is the day's two, no frequency assumed.)
  return span && { ...span, frequencyAssumed: false };
}

/**
 * "On heavy training days", "Bij intensieve sportbelasting", "bei erhöhtem Bedarf", "en cas de besoin accru", "Muscle cramps:",
 * "For occasional sleeplessness,": a larger dose for a time of greater need, after the usual one.
 */
const HIGHER_NEED_RE =
  /(?<![a-z])(?:(?:muscle |leg |night(?:time)? |nocturnal )?cramps?[ ]?:|for (?:muscle |leg |night(?:time)? |nocturnal )?cramps|for (?:occasional )?(?:sleeplessness|sleep(?: support)?|(?:better|restful|deeper) sleep)[ ]?[,:]|pour (?:le|un meilleur) sommeil[ ]?[,:]|fur (?:den|einen besseren|einen erholsamen) schlaf[ ]?[,:]|para (?:dormir|el sueno|mejorar el sueno)[ ]?[,:]|per (?:il|favorire il) sonno[ ]?[,:]|bei (?:waden)?krampfen|en cas de crampes|in caso di crampi|para (?:los )?calambres|bij (?:spier)?krampen|for (?:additional|extra|added|more) support|on (?:heavy |hard |intense |long )?(?:training|workout|sport|race|competition) days|(?:during|with|after|for|in periods of|during periods of) (?:intense|intensive|heavy|strenuous|prolonged) (?:exercise|training|sport|activity|physical activity|workouts?)|(?:in case of|with|for|(?:in|during) (?:times|periods) of) (?:increased|higher|greater|extra) (?:need|needs|demand|requirements?)|bij (?:een )?(?:intensieve|zware|verhoogde|grotere) (?:sport\w*|inspanning\w*|behoefte|belasting)|bei (?:erhohtem|gesteigertem|hohem) bedarf|bei (?:ausgepragtem|starkem|schwerem|erheblichem) (?:magnesium)?mangel|(?:in case of|with|for) (?:a )?(?:marked|severe|pronounced) (?:magnesium )?deficiency|en cas de (?:carence|deficit) (?:importante?|severe|prononcee?|marquee?)|en caso de (?:deficiencia|carencia|deficit) (?:grave|severa|marcada|importante)|in caso di (?:carenza|deficit) (?:grave|marcat[ao]|important[ei])|bij (?:een )?(?:ernstig|uitgesproken|groot) (?:magnesium)?tekort|w przypadku (?:znacznego|ciezkiego|duzego) niedoboru|bei intensive[mn]? (?:training|sport|belastung)|en cas de besoins? (?:accrus?|importants?)|en cas d'efforts? (?:intenses?|soutenus?)|(?:lors d'|pendant les |pendant un )efforts? (?:intenses?|soutenus?)|en (?:periodos de )?(?:mayor|alta) (?:necesidad|demanda|exigencia)|en (?:epocas|periodos|momentos) de (?:mayor|alto|gran|intenso) (?:desgaste|esfuerzo|necesidad|demanda|exigencia|estres|cansancio)|en periodos de (?:entrenamiento|ejercicio|actividad) (?:fisica )?(?:intens[oa]|exigente)|em (?:periodos|momentos|fases|alturas) de (?:maior|grande|intens[oa]) (?:esforco|necessidade|desgaste|exigencia|cansaco|stress|estresse|atividade)|em caso de (?:maior )?necessidade|in (?:perioadele|perioade|perioada) de (?:efort|solicitare|stres|activitate fizica) (?:crescut\w*|intens\w*|sustinut\w*|mare)|in caz de necesar crescut|(?:durante|con) (?:actividad|ejercicio|deporte) (?:fisic[oa] )?intens[oa]|in caso di (?:maggior(?:e)? fabbisogno|aumentato fabbisogno|fabbisogno (?:aumentato|maggiore|elevato)|intensa attivita|attivita (?:fisica|sportiva) intensa|(?:intensa|forte|abbondante|eccessiva) sudorazione|sforzi? (?:intensi|prolungati))|(?:in case of|with|during) (?:heavy|intense|excessive|profuse) sweating|(?:nei|in) periodi di (?:intensa|forte|maggiore|abbondante) (?:sudorazione|attivita\w*|fabbisogno|stress|sforzo)|w okresie (?:zwiekszonego|wzmozonego) zapotrzebowania|ved (?:økt|øket|forhøjet|forøget|ekstra) behov|vid (?:okat|extra) behov|pri zvysenej (?:fyzickej )?(?:zatazi|potrebe|namahe)|(?:tijekom|tokom|kod|pri) pojacan\w* (?:napor\w*|potreb\w*|fizick\w* aktivnost\w*)|pri zvysene (?:fyzicke )?(?:zatezi|potrebe)|if (?:needed|necessary)|bei bedarf|falls notig|si (?:besoin|necessaire)|po potrebi|szukseg eseten|si es necesario|en caso necesario|se necessario|indien nodig|zo nodig|w razie potrzeby|v pripade potreby|tarvittaessa|gerekirse|gerektiginde|jika perlu|bila perlu|jika diperlukan)(?![a-z])/;
/** "an additional 2 capsules", "zusätzlich 2 Kapseln": the larger dose is on top of the usual one. */
const ADDITIONAL_RE =
  /(?<![a-z])(?:additional|extra|another|further|zusatzlich\w*|weitere|supplementaires?|adicional(?:es)?|aggiuntiv\w*)(?![a-z])/;

/** "On heavy training days you may take an additional 2 capsules with breakfast.": a line that adds units to the dose. */
export function addsToDose(text: string): boolean {
  const folded = fold(text);
  return ADDITIONAL_RE.test(folded) && !!findUnitCount(folded);
}

/**
 * "Take 2 capsules with your evening meal. On heavy training days an additional 2 capsules may be taken": the
 * usual dose and a larger one for a time of greater need. A shopper may be in either, so the day runs from the
 * usual to the larger.
 */
function readHigherNeed(clean: string, text: string): Directions | null {
  const need = HIGHER_NEED_RE.exec(clean);
  if (!need || need.index < 8) return null;
  // ("1 ampolla al día, o 2 ampollas al día en periodos de entrenamiento intenso": the larger dose before its
  // condition, after "or".)
  const before = clean.slice(0, need.index);
  // (Or "up to": "1 bustina al giorno, fino a 2 bustine nei periodi di intensa sudorazione"; or "raised to": "1 flaconcino al
  // giorno, eventualmente aumentabile a 2 flaconcini nei periodi di maggiore fabbisogno".)
  const or = [
    ...before.matchAll(
      /,?[ ]{1,2}(?:or|o|ou|oder|of|lub|up to|fino a|bis zu|jusqu'a|hasta|(?:aumentabile|elevabile|portabile) a|increased to|raised to)[ ]{1,2}(?=\d)/g,
    ),
  ].at(-1);
  const usual = readDirections(or ? before.slice(0, or.index) : before, text);
  // ("For higher needs … take 2 capsules in the morning and 2 capsules in the evening": the larger dose a schedule.)
  // (Its own sentence: a ceiling after it, "Do not exceed 4 capsules per day", is no part of the schedule; nor is the
  // bracket that says who has the need, "(athletes, heavy training days)".)
  const morePart = or
    ? before.slice(or.index + or[0].length)
    : clean
        .slice(need.index)
        // ("(npr. priprema za natjecanje, prvih 7 dana)": a bracket's abbreviation ends no sentence.)
        .replace(/\([^()]{0,120}\)/g, (b) => b.replace(/[.;!]/g, ' '))
        .split(/(?<=[.;!])\s+/)[0]!
        .replace(/^([^()]{0,60}?)[ ]{0,2}\([^()\d]{0,60}\)/, '$1');
  const more = readTimesOfDay(morePart, text) ?? readDirections(morePart, text);
  const a = usual?.perIntake;
  const b = more?.perIntake;
  if (!usual || !more || !a || !b || a.unit !== b.unit || a.unit === 'serving') return null;
  const usualDay = a.max * usual.timesPerDay.max;
  // ("For additional support, take 2 capsules twice daily": the need's own words say nothing of adding.)
  const added = ADDITIONAL_RE.test(clean.slice(need.index + need[0].length));
  const moreDay = b.max * more.timesPerDay.max + (added ? usualDay : 0);
  if (!(moreDay > usualDay)) return null;
  return { ...usual, timesPerDay: { min: usual.timesPerDay.min, max: moreDay / a.max } };
}

/**
 * "An additional scoop may be taken in the evening if required", "A further 2 capsules can be taken", "a second scoop may
 * be taken": units on top of the dose.
 */
const ADDED_DOSE_RE =
  /(?<![a-z])(?:an? |one )?(?:additional|extra|further|another|second)[ ]((?:\d{1,2}|one|two|three)[ ])?([a-z]{3,12})[ ](?:may|can|could|might)[ ](?:also[ ])?be[ ](?:taken|added|used|consumed)(?![a-z])/;

/**
 * "Mix 1 level scoop in 200 mL water once daily. An additional scoop may be taken in the evening if required": the
 * usual dose, and on top of it, the units the label allows more (its condition, if any, after them); the day runs from
 * the usual to both.
 */
function readAddedDose(clean: string, text: string): Directions | null {
  const m = ADDED_DOSE_RE.exec(clean);
  if (!m || m.index < 8) return null;
  const usual = readDirections(clean.slice(0, m.index), text);
  const added = findUnitCount(`${m[1] ?? '1 '}${m[2]}`);
  const a = usual?.perIntake;
  if (!usual || !a || !added || added.unit !== a.unit || a.unit === 'serving') return null;
  const usualDay = a.max * usual.timesPerDay.max;
  return { ...usual, timesPerDay: { min: usual.timesPerDay.min, max: (usualDay + added.max) / a.max } };
}

/** A day's count's word, then "one with each meal", "uno con cada comida": how the day's count is shared out. */
const DAY_THEN_ONE_EACH_RE = new RegExp(
  String.raw`(?<![a-z])(${DAY_WORDS})[ ,;]{1,3}(?:one|uno|una|un|une|eine?|1)[ ]{1,2}(?:with|at|con|en|bei|zu|avec|a|ad)[ ]{1,2}(?:each|every|cada|jeder|jedem|chaque|ogni)(?![a-z])[^.;]*`,
  'g',
);
/** A day's count's word, then the moments it is taken at in brackets. */
const DAY_THEN_MOMENTS_RE = new RegExp(String.raw`(?<![a-z])(${DAY_WORDS})[ ]{0,2}\([^()]{3,60}\)`, 'g');
/**
 * "napi 2 tabletta, két részletben (reggel és este 1-1 tabletta)", "daily 2 capsules (each 1 …)": the day named, its count,
 * then one each in brackets.
 */
const DAY_COUNT_THEN_EACH_RE = new RegExp(
  String.raw`(?<![a-z])((?:napi|naponta|daily|taglich|dziennie|denne|zilnic)[ ]{1,2}\d{1,2}[ ]{1,2}[a-z]{3,14}[^().;]{0,30}?)[ ]{0,2}\([^()]{0,40}${EACH_ONE}[^()]{0,20}\)`,
  'g',
);

function readDirections(part: string, text: string): Directions | null {
  // Stop at "or as directed by …": what a clinician may advise is not the label's dose.
  const main = part.split(/(?:,? or as (?:directed|recommended)|oder nach|ou selon|o segun|o secondo)/)[0] ?? part;
  const perIntake = findUnitCount(main);
  // "(de 146 mg a 292 mg de magnesio al día)", "(243 - 486 mg Magnesium-Ionen)": a figure in
  // parentheses restates the amount; its "a day" is not the frequency.
  // ("3x GÉLULE RECUP+": the count of a kit's capsules, not three times.)
  const freqText = (
    perIntake ? firstInstruction(main, perIntake).replace(perIntake.raw, perIntake.raw.replace(/^(\d{1,2})[x×]/, '$1')) : main
  )
    .replace(/\([^()]{0,120}\d[^()]{0,120}\)/g, (p) => (/\d\s?(?:mg|g|mmol)(?![a-z])/.test(p) ? ' ' : p))
    // "2 ampullen per dag ('s ochtends en 's avonds)": moments in brackets after a day's count share it out.
    .replace(DAY_THEN_MOMENTS_RE, '$1')
    // ("napi 2 tabletta (reggel és este 1-1 tabletta)": the day's two, one each morning and evening.)
    .replace(DAY_COUNT_THEN_EACH_RE, '$1')
    // ("tomar 3 comprimidos al día, uno con cada comida principal (…)": one at each meal shares the day's count out too.)
    .replace(DAY_THEN_ONE_EACH_RE, '$1')
    // "one to five times daily": counts of times in words read as the numbers they are.
    .replace(WORD_TIMES_RE, (w) => String(NUMBER_WORDS[w]))
    // "sekali atau dua kali sehari" (Malay, Indonesian): "once" is one word, "se-kali".
    .replace(/(?<![a-z])sekali atau (\d) kali(?![a-z])/g, '1-$1 kali');
  let times: { min: number; max: number } | null = null;
  const numbered = NUMBERED_TIMES_RE.exec(freqText);
  // "6-8 viên/ngày, chia làm 2-3 lần": times after the word that splits a day's count are no frequency.
  const splitAt = freqText.search(SPLIT_INTO_RE);
  if (numbered && !(splitAt >= 0 && numbered.index > splitAt)) {
    const a = Number(numbered[1]);
    const b = numbered[2] ? Number(numbered[2]) : a;
    // "up to 3 times daily": one intake a day up to three.
    const upTo = UP_TO_BEFORE_RE.test(freqText.slice(Math.max(0, numbered.index - 12), numbered.index));
    times = { min: upTo ? 1 : Math.min(a, b), max: Math.max(a, b) };
  }
  for (const [re, n] of LATIN_TIMES) if (!times && re.test(freqText)) times = { min: n, max: n };
  for (const [re, min, max] of TIMES) {
    const m = times ? null : re.exec(freqText);
    if (!m) continue;
    // "1 tablet up to twice daily": once a day up to twice.
    times = { min: UP_TO_BEFORE_RE.test(freqText.slice(Math.max(0, m.index - 12), m.index)) ? 1 : min, max };
    break;
  }
  // "Three tablets at mealtime", "1 capsule with breakfast": one occasion is once a day.
  // ("1 tablet at breakfast, lunch and dinner", "… with breakfast or with dinner" name more than one.)
  if (!times && ONE_OCCASION_RE.test(freqText) && (freqText.match(OCCASION_WORD_RE) ?? []).length === 1)
    times = { min: 1, max: 1 };
  // "Neem 3 capsules in de avond", "Prendre 1 gélule le soir au coucher": one part of the day named, in
  // any language the moments know, is one intake a day (evening and bedtime are one part).
  // (The sentence of the intake: a schedule's other rows, "Ochtend n.v.t.", take nothing.)
  const intakeSentence = perIntake ? freqText.split(/[.;\n]/).find((x) => x.includes(fold(perIntake.raw))) : undefined;
  if (!times && intakeSentence && new Set(slotsIn(intakeSentence).map((x) => PART_OF_DAY[x] ?? x)).size === 1)
    times = { min: 1, max: 1 };
  const bare = perIntake ? null : BARE_COUNT_RE.exec(main);
  const bareIntake = bare ? bareCount(bare) : null;
  if (!perIntake && !times) return null;
  // (The day's most may stand in a sentence of its own, outside a part read alone: "Bei Belastungen über 60 Minuten 1
  // Stick pro Stunde. Nicht mehr als 4 Sticks pro Tag verzehren.")
  const rate = perIntake ? hourlyRate(main, `${part}\n${fold(text)}`, perIntake) : null;
  if (rate) times = rate;
  const alternatives = perIntake ? alternativeIntakes(main, perIntake) : undefined;
  const afterCount = perIntake ? main.slice(main.indexOf(fold(perIntake.raw))) : '';
  // "Javasolt napi adag 3-4 darab filmtabletta. A napi adag 2-3 részre osztva": split in the next sentence.
  // "Ngày dùng 2-4 viên, chia 2 lần" (a day, 2–4 tablets, split in two): the day named before the count.
  const countAt = perIntake ? main.indexOf(fold(perIntake.raw)) : -1;
  const dayFirst =
    !times && countAt > 0 && DAY_BEFORE_COUNT_RE.test(main.slice(0, countAt)) && SPLIT_IN_N_RE.test(afterCount.slice(0, 40));
  // "Täglich 2 Kapseln: morgens und abends je 1 Kapsel": the day's count, then one at a time: one unit, that many times.
  // "3 Kapseln täglich, über den Tag verteilt: jeweils 1 Kapsel morgens, mittags und abends": the day named after it.
  // "Täglich 2 Kapseln – 1 Kapsel morgens und 1 Kapsel abends", "2 capsules daily: 1 in the morning and 1 in the
  // evening": one unit at each of as many moments.
  const oneEachTime =
    !!perIntake &&
    perIntake.min === perIntake.max &&
    perIntake.min > 1 &&
    ((countAt > 0 && DAY_BEFORE_COUNT_RE.test(main.slice(0, countAt)) && ONE_EACH_AFTER_RE.test(afterCount)) ||
      ONE_EACH_AFTER_DAY_RE.test(afterCount) ||
      ((!times || times.max === 1) && oneAtEachMoment(afterCount, perIntake.min)));
  if (oneEachTime)
    return {
      perIntake: { min: 1, max: 1, unit: perIntake.unit, raw: `1 ${/^\S+\s+(.+)$/.exec(perIntake.raw)?.[1] ?? perIntake.unit}` },
      timesPerDay: { min: perIntake.min, max: perIntake.min },
      frequencyAssumed: false,
      dividedDaily: false,
      text: quote(text, 300),
    };
  // (The count is then the day's: its frequency is stated, once a day, not assumed.)
  if (dayFirst) times = { min: 1, max: 1 };
  // ("2 tabletter daglig, fordelt på morgen og kveld": the day's count shared over its moments, which count no more times.)
  // (Not "Take 2 tablets twice daily, in divided doses": a count of times said outright stands.)
  const dayBeforeCount = countAt > 0 && DAY_BEFORE_COUNT_RE.test(main.slice(0, countAt));
  const sharedOut =
    !!perIntake &&
    (DIVIDED_DAILY_RE.test(afterCount) ||
      ((dayBeforeCount || DAY_AFTER_COUNT_RE.test(afterCount)) && SPLIT_LATER_RE.test(afterCount)));
  if (sharedOut && slotsIn(afterCount).length >= 2 && !EXPLICIT_TIMES_RE.test(afterCount)) times = { min: 1, max: 1 };
  const dividedDaily =
    !!perIntake &&
    (dayFirst ||
      sharedOut ||
      DAY_SPLIT_RE.test(afterCount) ||
      DAY_TOTAL_FACT_RE.test(afterCount) ||
      /(?<![a-z0-9])\d(?:-\d)? reszre osztva/.test(afterCount));
  return {
    perIntake,
    timesPerDay: times ?? { min: 1, max: 1 },
    frequencyAssumed: !times,
    dividedDaily,
    ...(alternatives ? { alternatives } : {}),
    ...(rate ? { perHour: true } : {}),
    ...(bareIntake ? { bareIntake } : {}),
    text: quote(text, 300),
  };
}

/** "chew 1 daily", "take 2 twice a day", "nehmen Sie 2 täglich": a verb of taking, then a count with no unit. */
const BARE_COUNT_RE = new RegExp(
  String.raw`(?<![a-z])(?:take|chew|swallow|consume|nehmen(?: sie)?|kauen(?: sie)?|prendre|croquer|tomar|masticar|assumere|masticare|innemen|kauwen)[ ]{1,2}(\d|one|two|three|four)(?:[ ]?(?:-|to|or)[ ]?(\d|two|three|four))?(?![ ]?(?:times|x|mal|fois|veces|volte|keer)(?![a-z]))(?=[ ]{1,2}(?:daily|a day|per day|each day|every day|once|twice|taglich|par jour|al dia|al giorno|per dag|dagelijks|with|at|before|after|upon|in the)(?![a-z])|[ ]{0,2}[.;,]|$)`,
);

/**
 * Units a count can name: a bare count ("take 2 daily" under "15 ml" or "1 serving" counts nothing the label names), and a
 * header's ("pro Tagesdosis (2 Kapseln)", "per dose giornaliera (2 cucchiaini)").
 */
export const COUNTED_UNITS: ReadonlySet<UnitKind> = new Set([
  'capsule',
  'tablet',
  'gummy',
  'packet',
  'ampoule',
  'scoop',
  'teaspoon',
  'tablespoon',
]);

function bareCount(m: RegExpExecArray): { min: number; max: number; raw: string } | null {
  const a = countValue(m[1]);
  const b = m[2] ? countValue(m[2]) : a;
  return a && b ? { min: Math.min(a, b), max: Math.max(a, b), raw: m[0] } : null;
}

/** "… or 1 capsule …": another intake offered instead of the first. */
const OR_NEXT_RE = /^[ ,;]{0,3}(?:or|oder|ou|o|of|eller|lub|ili|veya|atau|voi|vagy|albo|nebo|alebo|sau|или)[ ]{1,2}/;

/** One meal or time of day: "at mealtime", "with breakfast", "at bedtime", "in the morning". */
const ONE_OCCASION_RE =
  /(?<![a-z])(?:(?:at|with) (?:a |one |the )?(?:mealtime|meal|breakfast|lunch|dinner|supper|bedtime)|in the (?:morning|afternoon|evening)|before bed(?:time)?|zum (?:fruhstuck|abendessen)|au (?:petit-dejeuner|coucher)|al (?:desayuno|acostarse))(?![a-z])/;

/** Meals and times of day, in the languages the reader knows: more than one named is more than one occasion. */
const OCCASION_WORD_RE =
  /(?<![a-z])(?:mealtime|meals?|breakfast|lunch|dinner|supper|bedtime|morning|afternoon|evening|night|another|fruhstuck|mittagessen|abendessen|petit-dejeuner|dejeuner|diner|desayuno|almuerzo|comida|cena|colazione|pranzo|coucher|acostarse)(?![a-z])/g;

/** Whether words say how often: a count of times, shorthand or a day word. */
function namesFrequency(text: string): boolean {
  return NUMBERED_TIMES_RE.test(text) || LATIN_TIMES.some(([re]) => re.test(text)) || TIMES.some(([re]) => re.test(text));
}

/**
 * "2 capsules daily, or 1 capsule twice daily", "2 tabletti päevas või 1…2 tabletti kaks korda
 * päevas": the first intake's own instruction, up to the other intake offered with its own
 * frequency (whose "twice" would otherwise double the first).
 */
function firstInstruction(main: string, first: UnitCount): string {
  const at = main.indexOf(first.raw);
  if (at < 0) return main;
  const from = at + first.raw.length;
  for (let i = from; i < main.length && i < from + 60; i++) {
    const or = OR_NEXT_RE.exec(main.slice(i));
    if (!or || !/[ ,;]/.test(main[i]!)) continue;
    const restAt = i + or[0].length;
    const next = findUnitCount(main.slice(restAt, restAt + 40));
    const head = main.slice(0, i);
    // "Three tablets at mealtime or one tablet three times a day": a first intake tied to one meal
    // or time of day is complete too; "1 packet or 2 tablets up to 3 times daily" shares the times.
    if (
      next &&
      main.slice(restAt).startsWith(next.raw) &&
      (namesFrequency(head.slice(at)) || ONE_OCCASION_RE.test(head.slice(at)))
    )
      return head;
  }
  return main;
}

/** "1 capsule per 30-60 minutes", "1-2 capsules per hour", "alle 2 Stunden": an intake by the hour. */
const PER_HOUR_AFTER_RE =
  /^[ ]{0,2}(?:per|every|each|an|a|pro|alle|toutes les|par|por cada|por|cada|ogni|elke)[ ]{1,2}(?:\d{1,3}(?:-\d{1,3})?[ ]{0,2})?(?:hours?|hrs?|minutes?|mins?|stunden?|std|heures?|horas?|hora|ore|ora|uur|minuten)(?![a-z])/;
/** "every 12 hours", "alle 8 Stunden", "toutes les 12 heures": a fixed interval over the day. */
const EVERY_N_HOURS_RE =
  /^[ ]{0,2}(?:every|each|alle|toutes les|cada|ogni|elke)[ ]{1,2}(\d{1,2})[ ]{0,2}(?:hours?|hrs?|stunden?|std|heures?|horas?|ore|uur)(?![a-z])/;
/** "The maximum number of capsules recommended per day is 10", "do not exceed 10 capsules a day". */
const DAILY_MAXIMUM_RES = [
  /(?:maximum|max\.?)(?: number)?(?: of [a-z ]{1,30}?)?(?: recommended)? (?:per day|a day|daily|in 24 hours) (?:is )?(\d{1,2})(?!\d|[.,]\d)/,
  // ("Do not exceed 3 servings (6 scoops) per day": a bracket restating the count in other units.)
  /(?:do not exceed|no more than|not to exceed|a maximum of|up to) (\d{1,2}) [a-z ]{0,30}?(?:\([^)]{0,20}\) )?(?:per day|a day|daily|in 24 hours)/,
  // "No tomar más de 4 cacitos al día", "nicht mehr als 4 Portionen pro Tag", "non superare 4 dosi al giorno".
  new RegExp(
    String.raw`(?:${CEILING_WORDS})(?: (?:las?|le|i))? (\d{1,2}) [a-z ]{0,30}?(?:\([^)]{0,20}\) )?(?:al dia|por dia|diarios|diarias|pro tag|am tag|taglich|al giorno|par jour|per dag)`,
  ),
];

/**
 * Times a day for an intake by the hour: one intake up to the day's maximum count of units over
 * the units of one intake; with no maximum stated, the day is not known ({min: 1, max: 0}).
 */
function hourlyRate(main: string, part: string, intake: UnitCount): { min: number; max: number } | null {
  const at = main.indexOf(intake.raw);
  if (at < 0 || !PER_HOUR_AFTER_RE.test(main.slice(at + intake.raw.length))) return null;
  // "1 or 2 caplets every 12 hours", "alle 8 Stunden": a whole day's share, so many times a day.
  const every = EVERY_N_HOURS_RE.exec(main.slice(at + intake.raw.length));
  const hours = every ? Number(every[1]) : 0;
  if ([4, 6, 8, 12, 24].includes(hours)) return { min: 24 / hours, max: 24 / hours };
  for (const re of DAILY_MAXIMUM_RES) {
    const m = re.exec(part);
    const most = m ? Number(m[1]) : NaN;
    if (most > 0 && most >= intake.max) return { min: 1, max: Math.floor(most / intake.max) };
  }
  return { min: 1, max: 0 };
}

/** "N units or M other units": the second count, when it counts another kind of unit. */
function alternativeIntakes(main: string, first: UnitCount): Alternative[] | undefined {
  const out: Alternative[] = [];
  let current: UnitCount = first;
  let at = main.indexOf(first.raw);
  while (at >= 0 && out.length < 4) {
    const rest = main.slice(at + current.raw.length);
    // "3 bustine monodose di soluzione o 2 bustine di polvere": the words that tell one form from
    // another, then "or" and the next count.
    const or = /^((?:[ ]{1,2}[a-z]{2,12}){0,4}?)[ ,]{0,3}(?:or|o|oppure|ou|oder|of|lub|ili)[ ]{1,2}/.exec(rest);
    const last = !or;
    const words = (or ? or[1]! : (/^(?:[ ]{1,2}[a-z]{2,12}){0,4}/.exec(rest)?.[0] ?? '')).trim();
    out.push({ ...current, words });
    if (last) break;
    const next = findUnitCount(rest.slice(or[0].length, or[0].length + 40));
    if (!next || !rest.slice(or[0].length).startsWith(next.raw)) break;
    at = at + current.raw.length + or[0].length;
    current = next;
  }
  return out.length > 1 && new Set(out.map((x) => x.unit)).size > 1 ? out : undefined;
}

/** A weight in grams ("5 g", "1 gram", "5-10 g"), as findAmounts reads it: its range in grams. */
function gramsIn(text: string): { min: number; max: number } | null {
  const a = findAmounts(text).find((x) => x.unit === 'g');
  return a ? { min: (rangeLowBefore(text, a) ?? a.mg) / 1000, max: a.mg / 1000 } : null;
}
/** The directions' weight taken at a time, in servings of the serving size's weight ("10 g" over "5 g" is 2). */
function weightTakenInServings(serving: ServingSize | null, directions: string): { min: number; max: number } | null {
  const per = serving ? gramsIn(serving.text) : null;
  const taken = gramsIn(directions);
  if (!per || !taken || per.min !== per.max) return null;
  return { min: taken.min / per.min, max: taken.max / per.min };
}

/**
 * A sentence that primes a spray's pump before its first use, in the languages read (folded). (From a sentence's start
 * only, so a long text without one is scanned once, not once from each of its letters.)
 */
const PRIMING_RE =
  /(?<=^|[.;\n])[^.;\n]*?(?<![a-z])(?:prime the pump|priming the pump|amorcer la pompe|amorcez la pompe|cebar la bomba|innescare la pompa|die pumpe (?:vor|an)pumpen|vorpumpen)(?![a-z])[^.;\n]*/g;

/** Millilitres in a measure a label counts (the kitchen's teaspoon and tablespoon). */
const ML_IN: Partial<Record<UnitKind, number>> = { ml: 1, teaspoon: 5, tablespoon: 15 };

export interface ServingsPerDayResult {
  min: number;
  max: number;
  source: 'directions' | 'assumed-one';
  warnings: { code: string; message: string }[];
}

/**
 * Servings a day from the serving size and the directions. Without directions: one serving a day,
 * marked assumed-one. When the directions count units and the serving size counts the same units,
 * servings = units a day / units a serving; otherwise one intake is taken as one serving (and said).
 */
export function servingsPerDay(serving: ServingSize | null, directions: Directions | null): ServingsPerDayResult {
  const warnings: ServingsPerDayResult['warnings'] = [];
  if (serving?.perDay) return { min: 1, max: 1, source: 'directions', warnings };
  if (!directions) {
    warnings.push({ code: 'servings-assumed-one', message: 'No directions found: assumed one serving a day.' });
    return { min: 1, max: 1, source: 'assumed-one', warnings };
  }
  const t = directions.timesPerDay;
  if (directions.perHour && t.max < 1) {
    warnings.push({
      code: 'directions-per-hour',
      message: `The directions give an intake by the hour ("${directions.text}") and no daily maximum: the daily amount is not known; assumed one serving a day.`,
    });
    return { min: 1, max: 1, source: 'assumed-one', warnings };
  }
  if (directions.frequencyAssumed) {
    warnings.push({
      code: 'directions-frequency-assumed',
      message: `Directions name no frequency ("${directions.text}"): read as once a day.`,
    });
  }
  const servingUnits = serving?.units ?? null;
  // "Chew 2 daily" under "Serving Size 1 Tablet": the bare count counts the serving's units.
  const bare = directions.bareIntake;
  const intake: UnitCount | null =
    directions.perIntake ??
    (bare && servingUnits && COUNTED_UNITS.has(servingUnits.unit) ? { ...bare, unit: servingUnits.unit } : null);
  let min: number;
  let max: number;
  let weighed: { min: number; max: number } | null = null;
  if (
    intake &&
    intake.unit !== 'serving' &&
    servingUnits &&
    sameUnits(servingUnits.unit, intake.unit) &&
    servingUnits.min === intake.min &&
    servingUnits.max === intake.max
  ) {
    // "1–2 tablets" a serving and "1–2 tablets three times a day": one intake is one serving.
    min = t.min;
    max = t.max;
  } else if (
    intake &&
    intake.unit !== 'serving' &&
    servingUnits &&
    sameUnits(servingUnits.unit, intake.unit) &&
    servingUnits.max > 0
  ) {
    min = (intake.min * t.min) / servingUnits.max;
    max = (intake.max * t.max) / servingUnits.min;
  } else if (
    intake &&
    servingUnits &&
    intake.unit !== servingUnits.unit &&
    ML_IN[intake.unit] &&
    ML_IN[servingUnits.unit] &&
    servingUnits.max > 0
  ) {
    // "Each 5 mL (1 tsp)" over "Take 1–2 tsp daily": a teaspoon holds 5 ml, a tablespoon 15 ml.
    const ratio = ML_IN[intake.unit]! / ML_IN[servingUnits.unit]!;
    min = (intake.min * ratio * t.min) / servingUnits.max;
    max = (intake.max * ratio * t.max) / servingUnits.min;
  } else if (
    (!intake || (!servingUnits && intake.unit !== 'serving')) &&
    (weighed = weightTakenInServings(serving, directions.text))
  ) {
    // "Serving Size 5 g" with "Take 10 g daily": the directions weigh what they take, so the day holds
    // that weight's count of servings. (So with "½ to 1 scoop (1.25–2.5 g)" over a serving of 2.5 g.)
    min = weighed.min * t.min;
    max = weighed.max * t.max;
  } else if (intake?.unit === 'ampoule' && servingUnits?.unit === 'ml') {
    // "Pour 10 ml de solution" over "3 à 4 ampoules par jour": a drinkable ampoule's amounts are
    // printed for its volume, so one ampoule is one serving.
    min = intake.min * t.min;
    max = intake.max * t.max;
    warnings.push({
      code: 'ampoule-is-serving',
      message: `Directions count ampoules and the label's amounts are per ${serving!.text}: read one ampoule as one serving.`,
    });
  } else if (intake && intake.unit === 'packet' && !servingUnits && !!serving && !!gramsIn(serving.text)) {
    // "每一份量 3公克" over "每日1~2包": a serving weighed, the directions counting the packets it comes in; one packet
    // is one serving.
    min = intake.min * t.min;
    max = intake.max * t.max;
    warnings.push({
      code: 'packet-is-serving',
      message: `Directions count ${intake.unit}s and the label's amounts are per ${serving!.text}: read one ${intake.unit} as one serving.`,
    });
  } else {
    if (intake && intake.unit !== 'serving') {
      warnings.push({
        code: 'serving-size-unknown',
        message: serving?.units
          ? `Directions count ${intake.unit}s but the serving size counts ${serving.units.unit}s: read one intake as one serving.`
          : 'Serving size unknown: read one intake in the directions as one serving.',
      });
    }
    const perIntakeServings = intake?.unit === 'serving' ? intake : { min: 1, max: 1 };
    min = perIntakeServings.min * t.min;
    max = perIntakeServings.max * t.max;
    // "2 kapsułkach" a serving (a word the reader does not know) and "1 capsule twice a day": the
    // serving's count may be of the intake's units, so the day holds between the two readings.
    const count =
      !serving?.units && intake && intake.unit !== 'serving'
        ? /^\s*(\d{1,2})\s+(?!(?:g|gr|grams?|gramm[ei]?|gram\(s\)|mg|ml|cc|l|oz|fl|lbs?|kg)(?!\p{L}))\p{L}/iu.exec(
            serving?.text ?? '',
          )
        : null;
    const n = count ? Number(count[1]) : 1;
    if (n > 1) {
      min = Math.min(min, (intake!.min * t.min) / n);
      warnings.push({
        code: 'serving-units-unread',
        message: `The serving size "${serving!.text}" counts units not read here: from ${min} to ${max} servings a day.`,
      });
    }
  }
  // Kept exact ("2 of a 3-capsule serving" times 450 mg is 300 mg, not 301.5); shown rounded.
  min = Math.round(min * 1e6) / 1e6;
  max = Math.round(max * 1e6) / 1e6;
  // More than ten servings a day is a misread (an age, a pack size), not directions.
  if (!(min > 0) || !(max >= min) || max > 10) {
    warnings.push({
      code: 'directions-unclear',
      message: `Could not read a daily amount from "${directions.text}": assumed one serving a day.`,
    });
    return { min: 1, max: 1, source: 'assumed-one', warnings };
  }
  return { min, max, source: directions.frequencyAssumed ? 'assumed-one' : 'directions', warnings };
}

/**
 * "Dose based on elemental magnesium (Mg) 243-486 mg PO daily", "84-336 mg qDay": a day's amount of
 * magnesium as a range in mg, as drug monographs dose; not a reference intake's or an age group's line.
 */
const DAILY_MG_RANGE_RE =
  /(?<![\d.,])(\d{2,4}(?:\.\d{1,2})?) ?(?:-|–|to) ?(\d{2,4}(?:\.\d{1,2})?) ?mg(?: (?:po|orally|by mouth))? ?(?:daily|qday|q\.?d\.?|per day|a day|\/ ?day)(?![a-z])/;
const NOT_A_DOSE_LINE_RE =
  /(?<![a-z])(?:rda|rdi|recommended (?:dietary|daily) (?:allowance|intake)|adequate intake|upper (?:intake )?limit|ul|yr|years?|months?|males?|females?|men|women|pregnan\w*|lactat\w*|children|pediatric|kg|needs?|requirements?|intakes?|allowances?)(?![a-z])/;
export function statedDailyRange(text: string): { min: number; max: number; source: string } | null {
  for (const line of text.split('\n')) {
    const folded = fold(line);
    const m = DAILY_MG_RANGE_RE.exec(folded);
    if (!m || NOT_A_DOSE_LINE_RE.test(folded)) continue;
    const min = Number(m[1]);
    const max = Number(m[2]);
    if (min > 0 && max > min) return { min, max, source: line.trim() };
  }
  return null;
}
