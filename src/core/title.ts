// Product titles: for listing badges and for pages whose facts panel is only an image. A title's
// "400mg" may be elemental or salt weight, per capsule or per serving: it is reported as the title's
// claim, never as a verified elemental dose.
import type { FormFinding } from './schema';
import { formsNearMagnesium, magnesiumMentions } from './forms';
import { findAmounts } from './units';
import { EPSOM_SALT, OTHER_SCRIPT_EPSOM, fold, clampText, quote } from './text';

export interface TitleAnalysis {
  containsMagnesium: boolean;
  forms: FormFinding[];
  mgClaim: { mg: number; source: string } | null;
  topical: boolean;
}

/** Bath salts, oils, sprays and "for the skin" in Japanese, Chinese and Korean (folded as fold() folds them). */
const CJK_TOPICAL = [
  'バスソルト',
  '入浴剤',
  'マグネシウムオイル',
  'オイルスプレー',
  '外用',
  '浴盐',
  '浴鹽',
  '沐浴',
  '喷雾',
  '噴霧',
  '입욕제',
  '바스솔트',
  '외용',
  '마그네슘 오일',
  '마그네슘오일',
  '플레이크',
  '로션',
  'フレーク',
  'ローション',
  'λαδι μαγνησιου',
  'νιφαδες μαγνησιου',
].map((w) => fold(w));
const TOPICAL_RE = new RegExp(
  String.raw`(?<![a-z])(?:magnesium oil|magnesiumol|magnesiumolie|magnesiumspray|olejek magnezowy|oleo de magnesio|via de huid|op de huid|uber die haut|through the skin|transdermaal|transdermale?|huile(?: de)?(?: chlorure)?(?: de)? magnesium|ulei(?:ul)? de magneziu|pe piele|transdermic|aceite de (?:cloruro de )?magnesio|olio di (?:cloruro di )?magnesio|magnesium chloride oil|spray|sprays|spruhflasche|lotion|lotions|cream|creme|crema|body butter|balm|balsam|(?:drawing )?paste|flakes|flocken|bath|bathing|vollbad|fussbad|badesalz|bain|bano|bagno|soak|foot soak|fussbad|${EPSOM_SALT}|baden mit|roll-on|patch(?:es)?|parches?|pflaster|cerott[oi]|deodorant|topical|transdermal|for external use|external use only|zur ausseren anwendung|usage externe|uso externo|uso esterno|massage oil|magnesium gel|magnesiumgel|(?:body |magnesium |muscle )?rubs?|zel(?:e|u)?|magnesiumbad|badkristallen|badzout|voetbad|(?:warm|ontspannen|ontspannend) bad|magnezijev[oa]? (?:olje|gel|sprej)|kopel\w*|cezkozn\w*|na kozo|oliw(?:a|k[aeiy]|ek) magnezow\w*|olej magnezowy|na skor(?:e|ze)|kapiel\w*|przezskorn\w*|(?:horcikovy|magneziovy) olej|transdermalni|na kuzi|koupel\w*|(?:flocons|fiocchi|escamas|flocos|vlokken|platki|vlocky|flingor|flager|hiutaleet|pehely|fulgi) (?:de |di |d'|do |du |of )?(?:(?:chlorure|cloruro|cloreto|clorura|klorid|chlorid)\w* (?:de |di |d'|do |du )?)?(?:magnes|magnez|horcik)\w*|(?:magnes|magnez|horcik)\w*(?:[ -][a-z]+)? (?:en |in )?(?:flocons|fiocchi|escamas|flocos|vlokken|platki|vlocky|flingor|flager|hiutaleet|pehely|fulgi)|sels? de bain|sali da bagno|sais de banho|badsalt|kylpysuola|furdoso|banyo tuzu|magnezyum yag[iı]|sprey|magnesiumvlokken|magnesiumflocken|magnesiumflingor|magnesiumflager|magnesiumhiutaleet|magnesiumolja|magnesiumolje|magnesiumolie|dau xoa bop|xoa bop|dang xit|dang lan|hap thu qua da|dung ngoai da|ngam chan)(?![a-z])|(?<![а-я])(?:магниевое масло|магниев[а-я]* хлопь[а-я]*|трансдермальн[а-я]*|на кожу|для ванн[а-я]*)(?![а-я])|` +
    [...CJK_TOPICAL, ...OTHER_SCRIPT_EPSOM].join('|'),
);
const ORAL_SPRAY_RE =
  /(?<![a-z])(?:oral spray|oral sprey|mundspray|spray buccal|spray bucal|spray oral|sublingual|dil alt[iı]|ag[iı]z spreyi)(?![a-z])/;

/** Oils, sprays, lotions, flakes, baths; not oral sprays. */
export function looksTopical(text: string): boolean {
  const f = fold(text);
  return TOPICAL_RE.test(f) && !ORAL_SPRAY_RE.test(f);
}

/** "420mg/80mg", "500/250 mg": amounts split by slashes, one for each name before them. */
const SLASHED_AMOUNTS_RE =
  /(?<![\d.,])(\d{1,4}(?:\.\d{1,2})?) ?(?:mg)? ?\/ ?(\d{1,4}(?:\.\d{1,2})?) ?(?:mg)?(?: ?\/ ?(\d{1,4}(?:\.\d{1,2})?) ?(?:mg)?)?(?![\p{L}\d])/iu;

/**
 * "Colágeno + Magnesio 420mg/80mg", "Magnesio + Citrato De Potasio 400mg/99mg": names joined by "+" or
 * "&", then as many amounts split by slashes: each amount is its name's, in order. Null for any other title.
 */
function pairedClaim(text: string): TitleAnalysis['mgClaim'] {
  const m = SLASHED_AMOUNTS_RE.exec(text);
  if (!m || !/mg/i.test(m[0])) return null;
  const values = [m[1], m[2], m[3]].filter((v): v is string => !!v).map(Number);
  const names = text.slice(0, m.index).split(/\s[+&]\s/);
  if (names.length !== values.length) return null;
  const i = names.findIndex((n) => magnesiumMentions(n).some((x) => !x.excipient && !x.negated));
  return i < 0 ? null : { mg: values[i]!, source: quote(text.slice(0, m.index + m[0].length).trim(), 160) };
}

export function analyzeTitle(title: string): TitleAnalysis {
  try {
    const text = clampText(title, 2_000);
    const mentions = magnesiumMentions(text).filter(
      (m) => !m.excipient && !m.negated && !(m.end - m.start === 2 && text.slice(m.start, m.end) !== 'Mg'),
    );
    const containsMagnesium = mentions.length > 0 || /(?<![a-z])magtein(?![a-z])/.test(fold(text));
    if (!containsMagnesium) return { containsMagnesium: false, forms: [], mgClaim: null, topical: looksTopical(text) };
    const forms = formsNearMagnesium(text);
    // The mg figure nearest after the first magnesium mention, before another nutrient's figure
    // ("Magnesium Glycinate 400mg with B6 10mg" -> 400); else the first figure before it ("400mg Magnesium").
    const amounts = findAmounts(text).filter((a) => a.unit !== 'mcg');
    const firstMention = mentions[0]?.start ?? 0;
    const after = amounts.find((a) => a.start >= firstMention);
    const claim = after ?? amounts[amounts.length - 1] ?? null;
    let mgClaim: TitleAnalysis['mgClaim'] = pairedClaim(text);
    if (!mgClaim && claim && claim.mg > 0 && claim.mg <= 10_000) {
      const between = fold(text.slice(Math.min(firstMention, claim.start), Math.max(firstMention, claim.start)));
      const otherNutrient =
        /(?<![a-z])(?:vitamin|vitamine|b6|b-6|zinc|zink|calcium|d3|k2|potassium|kalium|ashwagandha|melatonin|l-theanine|theanine)(?![a-z])/.test(
          between,
        );
      if (!otherNutrient)
        mgClaim = {
          mg: claim.mg,
          source: quote(text.slice(Math.min(firstMention, claim.start), Math.max(claim.end, mentions[0]?.end ?? 0)), 160),
        };
    }
    return { containsMagnesium, forms, mgClaim, topical: looksTopical(text) };
  } catch {
    return { containsMagnesium: false, forms: [], mgClaim: null, topical: false };
  }
}
