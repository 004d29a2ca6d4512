// Stages 1–4 of the analysis (docs/design.md, "The analyser's stages"): what the page is. Does the
// product contain magnesium as a nutrient, which forms, is it buffered, is it applied to the skin,
// and what kind of page it is (a supplement, a multi-nutrient, a topical, or none of these).
import type { Analysis, FormFinding, Warning } from './schema';
import type { FormId } from '../vocabulary/ids';
import {
  OTHER_PRODUCT_OFFERED_RE,
  formsInProse,
  withoutSaltFractions,
  formsNearMagnesium,
  magnesiumMentions,
  mentionsMagnesiumNutrient,
  saysBuffered,
} from './forms';
import { findElementalStatements, TOTAL_MAGNESIUM_RE, type ElementalStatement } from './dose';
import { looksTopical, saysOralSpray } from './title';
import { FOOD_SUPPLEMENT_NAMES, fold, linesOf, sentencesOf } from './text';
import { findAmounts, PER_LITRE_RE, REFERENCE_INTAKE } from './units';
import { warn, type PageInputs } from './page-inputs';
import { PER_UNIT_RE, namesPer100Basis, withoutHeaderWeights } from './label-rows';

/** Foods a title names, in the languages here (a protein or cereal bar too; Vietnamese nuts, seeds, cereals, chocolate and mineral water); nuts and almonds in Korean, Japanese (folded: "アーモンド" reads "アーモント") and Chinese too. */
const FOOD_TITLE_RE =
  /(?<![a-z])(?:chocolate|chocolat|chocolade|schokolade|cioccolato|czekolada|cokolada|choklad|cocoa|cacao|cacau|almonds?|cashews?|nuts|seeds|pestki|nasiona|orzechy|migdaly|kakao|kurbiskerne|sonnenblumenkerne|mandeln|nusse|graines|amandes|noix|semillas|almendras|nueces|mandorle|pitten|zaden|amandelen|mandlar|cereals?|cereais|cereales|cereali|getreide|granola|oatmeal|muesli|musli|aveia|avena|haferflocken|havregryn|kaurahiutaleet|mineral water|sparkling water|spring water|(?:vapou?r )?distilled water|purified water|alkaline water|drinking water|bottled water|eau (?:de source|minerale)|(?:mineral|quell|heil|tafel)wasser|agua mineral|acqua minerale|mineraalwater|bronwater|woda mineralna|spinach|bananas?|avocados?|tofu|nigari|beans|juices?|sok|saft|zumo|succo|sumo|cappuccino|latte|kawa|(?:leite|milk|milch|lait|leche|mleko|melk)(?! (?:thistle|of magnesia|de magnesi[ae]|di magnesia))|flour|sea salt|coffee|cookbook|book|paperback|hardcover|kindle|(?:protein|energy|cereal|granola|snack)[ -]?bars?|eiwitre(?:ep|pen)|(?:protein|eiweiss|eiweis|musli|muesli|muesli)riegel|barres? (?:proteinees?|de cereales|energetiques?)|barritas? (?:de proteinas?|proteicas?|energeticas?)|barrett[ae] (?:proteic[ae]|energetic[ae])|batony? proteinow\w*|hanh nhan|hat (?:dieu|oc cho|bi|chia|dinh duong|huong duong|macca|mac ca)|ngu coc|yen mach|socola|so co la|nuoc khoang)(?![a-z])|견과|믹스넛|아몬드|호두|캐슈넛|ナッツ|アーモント|坚果|堅果|杏仁|南瓜子|葵瓜子|芝麻|腰果|核桃|巧克力|燕麦|燕麥|かほちゃの種|くるみ|호박씨|해바라기씨|ミネラルウォーター|天然水|硬水|軟水|矿泉水|礦泉水|미네랄워터|생수|광천수/;
/**
 * A soy milk, a tofu coagulant ("칼슘 마그네슘 검은콩 두유", "にがり 豆腐用 凝固剤", "天然にがり … 豆腐作り"): foods whose names may
 * well name the magnesium added to them, never supplements. (A nigari named alone may be taken by the spoonful each day.)
 */
const FOOD_WHATEVER_ITS_MAGNESIUM_RE =
  /(?<![a-z])(?:soy ?milk|soja ?milch|lait de soja|leche de soja|latte di soia|sojamelk|tofu coagulant)(?![a-z])|두유|豆乳|豆浆|豆漿|豆腐用|豆腐(?:作り|つくり)|凝固剤/;
/** A sea salt, a table salt or a cocoa powder by its name. */
const STAPLE_TITLE_RE =
  /(?<![a-z])(?:sea salt|table salt|sel marin|sel de table|meersalz|speisesalz|sal marina|sal de mesa|sale marino|sale da cucina|zeezout|keukenzout|sol morska|sal marinho|(?:cocoa|cacao|kakao|cacau)[ -]?(?:powder|pulver|poudre|en polvo|em po|in polvere|poeder|proszek))(?![a-z])/;
/** Units a supplement is swallowed in, named in a title. */
const SWALLOWED_IN_TITLE_RE =
  /(?<![a-z])(?:capsules?|caps|tablets?|softgels?|gummies|supplement|kapseln|tabletten|gelules|comprimes|capsulas)(?![a-z])/;
/** A formula for babies or toddlers, in the languages of the set's shops. */
const INFANT_FORMULA_RE =
  /(?<![a-z])(?:formula infantil|infant formula|formula (?:para|for|pour|fur|per) (?:criancas|children|kids|enfants|kinder|ninos|bambini|lactentes|bebes|babies|infants|toddlers)|follow-on formula|toddler (?:milk|formula)|growing-up milk|lait (?:de croissance|infantile)|kindermilch|folgemilch|sauglingsnahrung|formula de (?:seguimento|continuacion)|leche de crecimiento|latte (?:di crescita|artificiale)|mleko modyfikowane|opvolgmelk|dreumesmelk|zuigelingenvoeding)(?![a-z])|(?<![а-яі])(?:(?:храна|мляко|формула|смес) за кърмачета|(?:детская|молочная|адаптированная) (?:молочная )?смесь|суміш для (?:діте[йи]|немовлят))(?![а-яі])/;

/**
 * "Portable Water Filter System", "Shower Head": a device that adds or removes magnesium is no supplement;
 * nor is the metal ("Magnesium Fire Starting Tool", an anode rod, "Anodo di magnesio", an alloy wheel, "Magnesiumlegierung",
 * ribbon for a lab), nor a gift hamper that holds a bath soak among other things.
 */
const DEVICE_TITLE_RE =
  /(?<![a-z])(?:magnesium)?(?:water filters?|filter (?:system|jug|cartridges?)|filtration|purifiers?|pitchers?|dispensers?|shower ?heads?|ionizers?|chargers?|batter(?:y|ies)|fire[ -]?start\w*|fire steel|ferro ?rods?|flints?|feuerstahl|feuerstarter|allume[ -]feu|acciarino|pedernal|anodes?|anode rods?|anodenstab|anod[oi]s?|anodi sacrificali|alloy|legierung|legering|alliage|aleacion|ribbons?|ingots?|turnings|(?:alloy )?wheels?|hampers?|gift (?:sets?|packs?|box(?:es)?|baskets?)|geschenkset\w*|coffrets?|toothpastes?|dentifrices?|zahnpasta|zahncreme|dentifricos?|dentifrici|dentifricio|tandpasta|pasta do zebow|mouthwash|bain de bouche|mundspulung)(?![a-z])/;
/**
 * "CAMP Chalk – White – (Box of 8 Blocks)", "Магнезия спортивная порошок …, для скалолазания": a climber's or a lifter's
 * chalk (magnesium carbonate), whatever its powder's words.
 */
const SPORTS_CHALK_RE =
  /(?<![a-z])(?:chalk|chalk bags?|chalk balls?|kletterkreide|craie d'escalade|tiza de escalada)(?![a-z])|(?<![а-я])(?:спортивн[а-я]{2,3} магнези[а-я]|магнези[а-я] спортивн[а-я]{2,3}|для скалолазания)(?![а-я])/;
/** "名称：混合ナッツ", "名称: 清涼飲料水": the name a Japanese label gives its kind of product. */
const JAPANESE_NAME_FIELD_RE = /(?:^|\n)[●・■]?[ ]?名称[ ]?[:：][ ]?([^\n,]{1,30})/;
/** "Pilulier Semainier … Idéal pour Gélules de Magnésium", "Pill Organizer for vitamins": a box for pills, whatever it holds. */
const PILL_ORGANISER_RE =
  /^(?:[^,–—-]{0,40}[ ])?(?:pill ?(?:organi[sz]ers?|box(?:es)?|cases?)|piluliers?|pillendosen?|tablettendosen?|wochendosierer|portapillole|pastilleros?|organizadores? de pastillas|porta[ -]comprimidos)(?![a-z])/;
/**
 * A book's listing: its format with a date ("Paperback – January 14, 2025") and its author's credit or
 * its ISBN ("by Helena Marsh MD (Author)", "ISBN-13: 978-…"), whatever its title says of magnesium.
 */
const BOOK_FORMAT_RE =
  /(?<![a-z])(?:paperback|hardcover|kindle edition|mass market paperback|taschenbuch|gebundene ausgabe|broche|relie)\)?[ ]?[–—-][ ]?(?:(?:grand livre|large print|illustrated|illustre|illustriert|livre de poche),? )?(?:[a-z]+ \d{1,2}, |\d{1,2}\.? [a-z]+\.? )?(?:19|20)\d\d(?!\d)/;
const BOOK_CREDIT_RE = /\((?:author|autor|auteur|autore|auteur)\)|(?<![a-z])isbn(?:-1[03])?[ :]{1,3}\d/;
/** "Format: Kindle Edition", "Formato: Copertina flessibile", a title ending "… Kindle Edition": a book's format named. */
const BOOK_FORMAT_FIELD_RE =
  /(?<![a-z])(?:format|formato|formaat)[ :]{1,3}(?:kindle|ebook|e-book|paperback|hardcover|audiobook|taschenbuch|gebundene ausgabe|broche|relie|tapa blanda|tapa dura|copertina flessibile|copertina rigida)(?![a-z])|(?<![a-z])(?:kindle edition|edition kindle|ebook kindle|formato kindle|kindle ausgabe|kindle editie)$/m;
function bookPage(text: string): boolean {
  const folded = fold(text);
  return (BOOK_FORMAT_RE.test(folded) || BOOK_FORMAT_FIELD_RE.test(folded)) && BOOK_CREDIT_RE.test(folded);
}
/** "Nutri-Score A", "Eco-Score B": the grades printed on foods. */
const FOOD_SCORE_RE = /(?<![a-z])(?:nutri|eco)-?score[ :]{1,3}[a-e](?![a-z])/;
/**
 * "*% RDA pro 100 ml", "%RI per 100 g": reference intakes given per 100 ml or 100 g are a food's or a
 * drink's label (a supplement's are per daily dose).
 */
const REFERENCE_PER_100_RE = new RegExp(
  String.raw`%[ *]{0,2}${REFERENCE_INTAKE}(?![a-z])[^\n|]{0,20}?(?:pro|per|par|por|je|na|w) 100 ?(?:g|ml)(?![a-z])`,
);
/**
 * "Calories 70, … Total Fat 0g (0% DV), … Cholesterol 0mg": a food's nutrition panel, whatever its
 * heading ("Nutrition Information"), with magnesium only as a percent of its Daily Value.
 */
const FOOD_MACROS_RE =
  /(?<![a-z])calories(?![a-z])[\s\S]{0,300}?(?<![a-z])total fat(?![a-z])[\s\S]{0,300}?(?<![a-z])cholesterol(?![a-z])/;
/** A table's column by its basis: "per", "pro", "pour" … before it. */
const PER_COLUMN = String.raw`(?<![a-zа-я])(?:per|pro|pour|par|por|je|para|w|v|na|на|в|у) `;
const HUNDRED_COLUMN = String.raw`100 ?(?:g|ml)(?![a-z])`;
const PORTION_COLUMN =
  'serving|hidangan|sajian|portion|porzione|porcion|racion|porcao|porcji|porci|portie|porsjon|porce|adag|annos|порци[яию]';
/** A table's header of a per-100 column beside a serving's or a bottle's ("Per 100 g | Per serving", "pro 100 ml | pro Flasche"). */
const PER_100_BESIDE_SERVING_RE = new RegExp(
  String.raw`${PER_COLUMN}${HUNDRED_COLUMN}[^\n]{0,30}${PER_COLUMN}(?:${PORTION_COLUMN}|\d{1,3} ?(?:g|ml)|flasche|bottle|can|bouteille|canette|botella|lata|bottiglia|lattina|fles|blikje|flaske|flaska|butelke|lahev)(?![a-z])`,
);
/** The same two columns the other way round: "Avg. Quantity per Serving | Avg. Quantity per 100g", a food's panel in Australia. */
const SERVING_BESIDE_PER_100_RE = new RegExp(
  String.raw`${PER_COLUMN}(?:${PORTION_COLUMN})(?![a-z])[^\n]{0,40}${PER_COLUMN}${HUNDRED_COLUMN}`,
);
/**
 * Brazil's bare header, "100 g | 30 g | %VD*": per 100 g, then the portion's weight (folded: tabs are spaces); or the
 * portion named, "100 g | Annos 30 g", "Besin Değerleri | 100 g | 1 Porsiyon (30 g)".
 */
const BARE_HUNDRED_BESIDE_PORTION_RE =
  /(?:^|\n)[ ]*(?:[a-z][a-z ]{2,30}[ ])?100 ?(?:g|ml)[ ]+(?:(?:1[ ])?[a-z]{3,12}[ ]\(?)?\d[\d.,]* ?(?:g|ml)\)?(?![a-z])/;
/** A column per tablet or capsule: "Per tablet (4g)", "pro Kapsel", "par gélule". */
const PER_SWALLOWED_UNIT_RE =
  /(?<![a-z])(?:per|pro|par|por|je|each) (?:1 )?(?:tablets?|capsules?|softgels?|caplets?|gummy|gummies|lozenges?|kapsel|tablette|gelule|comprime|capsula|compressa|tableta|comprimido)(?![a-z])/;
/** An energy row: foods' tables open with it. */
const ENERGY_ROW_RE =
  /(?:^|\n)(?:energy|tenaga|energie|energia|valeur energetique|valore energetico|valor energetico|brennwert|calories|wartosc energetyczna|energeticka hodnota|energiaertek|energiewaarde|energiinnhold|energivarde|energiasisaldus|enerji|orka|енергиина стоиност|энергетическая ценность|енергетична цінність|енергетска вредност)(?![a-zа-яі])/;

/** Mineral water, named in the languages here: a drink whose magnesium is counted per litre. */
const MINERAL_WATER_RE =
  /(?<![a-z])(?:mineral water|eau minerale|mineralwasser|heilwasser|agua mineral|acqua minerale|mineraalwater|woda mineralna|mineralni voda|mineralna voda|minerale voda|mineralvatten|mineralvann|mineralvand|kivennaisvesi|apa minerala|asvanyviz|maden suyu|mineralli su|mineraludens|mineralinis vanduo|mineraalvesi|agua mineral natural|nuoc khoang|air mineral|µεταλλικο νερο)(?![a-z])|(?<![а-я])(?:минеральн[а-я]* вод[а-я]*|вод[а-я]* минеральн[а-я]*)|ミネラルウォーター|鉱泉水|矿泉水|礦泉水|생수|광천수/;
/** "12 x 0,75 l", "6 x 1,5 l", "1,5 l": bottles counted in litres, a drink's pack. */
const LITRE_BOTTLES_RE = /(?<![\d.,])(?:\d{1,2} ?x ?)?\d(?:[.,]\d{1,2})? ?(?:l|liter|litre|litro|litr)(?![a-z])/;
/** "na 1 l", "per 1 litre", "pro Liter": a panel's column per litre. */
const LITRE_COLUMN_RE = /(?<![a-z])(?:na|per|pro|par|por|je|w|v|in) (?:1 ?)?(?:l|liter|litre|litro|litr)(?![a-z])/;

/** "1000 ml enthalten:", "1 Liter enthält", "1 l contains": an analysis per litre. */
const LITRE_CONTAINS_RE =
  /(?<![\d.,])(?:1000 ?ml|1 ?(?:l|liter|litre)) (?:enthalten|enthalt|contains?|contient|contiene|bevat)(?![a-z])/;

/** A panel's own words: a food's panel has them; an FAQ's or a spec list's calories do not. */
const PANEL_CUE_RE = /(?<![a-z])(?:amount per serving|serving size|nutrition (?:facts|information|info))(?![a-z])/;

/** The macronutrients an EU food's panel lists, in the languages the reader knows (folded; the kana "たんぱく質" reads "たんはく質"). */
const EU_MACROS: readonly RegExp[] = [
  /(?<![a-z])(?:fat|fett|fedt|lemak|grasas|matieres grasses|lipides|grassi|vetten?|tluszcz|gorduras|lipidos|tuky|grasimi|zsir|rasva|yag|fita|жиры|жири|мазнини|λιπαρα|脂質|脂肪|지방)(?![a-zа-яіα-ω])/,
  /(?<![a-z])(?:carbohydrates?|karbohidrat|kohlenhydrate|hidratos de carbono|glucides|carboidrati|koolhydraten|weglowodany|carboidratos|sacharidy|kolhydrater|kulhydrat(?:er)?|karbohydrat(?:er)?|glucide|szenhidrat|hiilihydraatit?|karbonhidrat|kolvetni|углеводы|вуглеводи|въглехидрати|υδατανθρακες|炭水化物|碳水化合物|탄수화물)(?![a-zа-яіα-ω])/,
  /(?<![a-z])(?:proteins?|eiweiss|eiweis|proteinas|proteines|proteine|eiwitten|bialko|bilkoviny|feherje|proteiini|белки|білки|протеини|πρωτεινες|たんはく質|タンハク質|蛋白质|蛋白質|단백질)(?![a-zа-яіα-ω])/,
  /(?<![a-z])(?:salt|salz|sal|sel|sale|zout|sol|sul|sare|suola|tuz|соль|сіль|сол|αλατι|食塩相当量|钠|鈉|나트륨)(?![a-zа-яіα-ω])/,
];
/** "Magnésium", "Magnesium Dragees 400", "Magnesium-Citrat": a product named by magnesium alone, in a few words. */
function namedMagnesium(title: string): boolean {
  const t = title.trim();
  const first = magnesiumMentions(t).find((m) => !m.excipient);
  return !!first && first.start === 0 && t.split(/\s+/).length <= 4;
}

/**
 * "Magnesiumoxid; Füllstoff: …", "Citrate de magnésium, correcteurs d'acidité: …": an ingredient list
 * led by a magnesium salt is a supplement's (a food fortified with one lists it far down: "Extracto de
 * cereales (73,7%), achicoria (18,5%), sulfato de magnesio (6,2%)").
 */
function magnesiumSaltFirst(ingredients: string): boolean {
  const first = ingredients.split(/[,;(]|\s[-–]\s/)[0] ?? '';
  return first.length <= 60 && formsNearMagnesium(first).some((x) => x.id !== 'other') && mentionsMagnesiumNutrient(first);
}

/** A figure in grams, kilojoules or kilocalories other than zero ("Glucides 0 g" is zero). */
const NONZERO_MACRO_RE = /(?<![\d.,])(?:0*[1-9]\d*(?:[.,]\d+)?|0[.,]\d*[1-9]\d*) ?(?:g|kj|kcal|г|гр|кдж|ккал|γρ)(?![a-zа-яіα-ω])/;

/**
 * "Información nutricional | Por 100 g" over three or more of fat, carbohydrate, protein and salt.
 * (Not a panel of zeros only: Open Food Facts fills one in for a supplement that has none.)
 */
function euFoodPanel(labelText: string): boolean {
  const folded = fold(labelText);
  return (
    namesPer100Basis(folded) &&
    EU_MACROS.filter((re) => re.test(folded)).length >= 3 &&
    NONZERO_MACRO_RE.test(withoutHeaderWeights(folded))
  );
}

/** A food's nutrition panel, with no Supplement Facts heading and no amount of magnesium stated anywhere (but in a Japanese panel per 100 g). */
function foodPanel(text: string): boolean {
  const folded = fold(text);
  return (
    ((FOOD_MACROS_RE.test(folded) && PANEL_CUE_RE.test(folded) && !/supplement facts/.test(folded)) ||
      (CJK_PANEL_RE.test(text) &&
        CJK_ENERGY_RE.test(text) &&
        CJK_CARBS_RE.test(text) &&
        (!CJK_MAGNESIUM_AMOUNT_RE.test(text.normalize('NFKC')) || JAPANESE_PER_100G_PANEL_RE.test(text.normalize('NFKC'))))) &&
    findElementalStatements(text).length === 0
  );
}
/**
 * "栄養成分表示 / エネルギー:288Kcal / … 炭水化物:73g" with no magnesium figure in it: a Japanese,
 * Chinese or Korean food's panel (a supplement's lists its magnesium there: "マグネシウム 300mg").
 */
const CJK_PANEL_RE = /栄養成分表示|栄養成分|营养成分|營養成分|영양정보|영양성분/;
const CJK_ENERGY_RE = /エネルギー|熱量|热量|能量|열량/;
/** "栄養成分表示（100g当たり）": a Japanese panel per 100 g, a food's (a supplement's is per day or per tablets: "1日3粒当たり"). */
const JAPANESE_PER_100G_PANEL_RE = /栄養成分表示[ ]?[(（]?[ ]?100[ ]?g[ ]?(?:当たり|あたり)/;
const CJK_CARBS_RE = /炭水化物|碳水化合物|탄수화물/;
const CJK_MAGNESIUM_AMOUNT_RE =
  /(?:マグネシウム|镁|鎂|마그네슘|(?<![0-9a-z]|[0-9] )mg(?![a-z]))[^\n]{0,16}?\d[\d.,]*[ ]?(?:mg|ミリグラム|毫克)|\d[\d.,]*[ ]?mg[ ]?の?(?:マグネシウム|镁|鎂|마그네슘)/i;
const SUPPLEMENT_WORDS_RE =
  /(?<![a-z])(?:capsules?|caps|tablets?|softgels?|gummies|powder|supplement|chewables?|caplets?|kapseln|tabletten|gelules|comprimes|capsulas|sticks|drink mix|liquid|drops)(?![a-z])/;
const PRODUCT_SIGNAL_RE =
  /(?<![a-z\d])(?:\d+ ?(?:count|ct|mg|g|oz|ml|fl oz|servings|portionen|porties|porciones|porzioni|portions)|capsules?|tablets?|softgels?|gummies|powder|spray|oil|flakes|lotion|liquid|drops|kapseln|tabletten|gelules|pack of)(?![a-z])/;
const MULTI_TITLE_RE =
  /(?<![a-z])(?:multi ?-?vitamins?|multivitamin|multi-?minerals?|multiple|multi|prenatal|two-a-day|one daily|one-a-day|complete|cal-?mag|zma|electrolytes?|electrolitos|eletrolitos|elektrolyte?|elettroliti|elektrolity|elektrolyty|trace minerals|greens|b-?complex|mineral complex|vitamins? & minerals|vitamins? and minerals)(?![a-z])/;
/** Other nutrients a name may list beside magnesium, in Latin script and in Korean ("아연", zinc; "비타민D"). */
const OTHER_NUTRIENT_TITLE_RE =
  /(?<![a-z])(?:calcium|zinc|zink|vitamin [a-z0-9]{1,3}|vitamins|d3|k2|b6|b12|potassium|kalium|potassio|potasio|zinco|cynk|zinek|calcio|kalzium|wapn|vapnik|iron|selenium|boron|ashwagandha|melatonin|theanine|l-theanine)(?![a-z])|아연|칼슘|비타민 ?[a-z]/g;
const TOPICAL_DIRECTIONS_RE =
  /(?<![a-z])(?:apply|applied to (?:the |your |any part of the )?(?:skin|body|feet|legs|arms)|sprays? (?:onto|on|directly on(?:to)?) (?:the |your )?(?:skin|body|arms|legs)|on (?:the |your )?skin|massage into|rub into|add (?:\d+ ?(?:cups?|g|kg|scoops?) )?to (?:a |your )?(?:warm )?bath|(?:per|in a|in the|in your|in their|into a|into the|into your) (?:warm )?bath(?: ?tub)?|bathtub|foot (?:soak|bath)|transdermal|for external use|external use only|auftragen|einmassieren|badewasser|(?:voll|fus|fuss|sitz)bad(?:es|er)?|appliquer|applique[sz]?|usage externe|aplicar|aplica|aplique|uso externo|applicare|applica|uso esterno|via de huid|op de huid|in (?:het )?badwater|nanesemo|nanesite|na kozo|na skor(?:e|ze)|wciera\w*|kapiel\w*|rozpyla\w*|na kuzi|pe piele|xit (?:truc tiep )?len|thoa (?:deu )?len|boi len|xoa bop|dung ngoai da|наносить|на кожу|bano de pies|bano completo|(?:por|en el|al|para el) bano|bain de pieds|(?:dans|par) (?:le |un )?bain|pediluv(?:io|e)|(?:nel|per|ogni) bagno|bagno completo|(?:no|por) banho|banho de imersao|escalda[- ]pes)(?![a-zа-я])/;

/** "Apply to muscles …", "spray onto the skin", "massage into sore joints": put on the body, in the page's own text. */
const ON_THE_BODY_RE =
  /(?<![a-z])(?:apply|massage|rub|spray|(?:can|may|should)(?: also| then)? be (?:applied|massaged|rubbed|sprayed|used))(?: it| directly| generously| liberally)? (?:on|onto|to|into|over) (?:the |your |any |tired |sore |aching )?(?:skin|muscles?|body|feet|legs|arms|joints?|shoulders|neck|back|chest|hands|calves|abdomen|tummy|temples)(?![a-z])/;

/**
 * "kann direkt auf die Haut aufgebracht werden", "s'applique sur la peau", "aplicar sobre la piel",
 * "нанести на кожу": put on the skin, in German, French, Spanish, Italian, Dutch, Polish, Czech,
 * Slovak, Russian and Ukrainian (the place and a verb form of applying in one sentence, in either
 * order). Not where the sentence says not to ("Nicht auf die Haut auftragen") or also speaks of
 * swallowing ("kann nicht nur eingenommen, sondern auch auf die Haut aufgetragen werden").
 */
const SKIN_PLACE = String.raw`(?:auf (?:die|der) haut|sur la peau|sobre la piel|en la piel|sulla pelle|op de huid|na skore|na skorze|na kuzi|na pokozku|на кожу|на коже|на шкіру|на шкірі|pa huden|iholle|na kozu|na kozo|ant odos|uz adas|nahale|a borre|cilde|na pele|στο δερµα|на кожата|pe piele)`;
const SKIN_VERB = String.raw`(?:aufgebracht|aufbringen|auftragen|aufgetragen|aufspruhen|aufgespruht|einmassier(?:en|t)|appliqu(?:er|ez|e|ee|es)|vaporis(?:er|ez|e)|aplic(?:ar|a|an|ad|ue|ando|ado|arlo|arse)|masaje(?:ar|a)|roci(?:ar|a)|applica(?:re|te|to|ta|rlo)?|massaggia(?:re|te)?|spruzza(?:re|te)?|aanbreng(?:en)?|aangebracht|insmeren|nanas(?:et|ejte|te)|nanes(?:t|te)|naklada[cj]\w*|nalozy[cć]?|nalozenia|nanies[cć]|wmasowa[cć]|нанос(?:ить|ите|ят|ити|ьте)|нанес(?:ти|ите|іть)|втира(?:ть|[йи]те)|распыл(?:ить|ите|яют)|spraya|spray(?:en)?|massera|masser|inmasseren|suihkuta|hiero|permetez\w*|masszir\w*|puskurt\w*|masaj\w*|purksk\w*|imasazu\w*|raspris\w*|umasir\w*|nastrik\w*|vmasir\w*|rozpyl\w*|pulveriz\w*|masat\w*|borrif\w*|massaj\w*|напръска[йи]те|масажира[йи]те|розпил\w*|помасаж\w*|ψεκαστε|µασαζ)`;
const APPLIED_TO_SKIN_RE = new RegExp(
  String.raw`(?<![a-zа-яі])(?:${SKIN_PLACE}[^.\n]{0,60}?${SKIN_VERB}|${SKIN_VERB}[^.\n]{0,60}?${SKIN_PLACE})(?![a-zа-яі])`,
  'g',
);
const NOT_BEFORE_RE = /(?<![a-zа-я])(?:nicht|ne pas|ne|no|non|niet|nie|не|never|do not|don.t)[ ]{1,2}(?:[a-zа-я]+[ ]{1,2}){0,2}$/;
const SWALLOWED_IN_SENTENCE_RE =
  /(?<![a-zа-я])(?:eingenommen|einnehmen|schlucken|avaler|avale|tomar|ingerir|assumere|ingerire|innemen|slikken|polykac|polknac|glotat|принимать|принима[ею]т|ковтати|swallow\w*|taken orally|by mouth)(?![a-zа-я])/;
/** "Nicht zum Einnehmen", "not to be swallowed": a swallowing verb said not to be done. */
const NEGATED_SWALLOW_RE =
  /(?<![a-zа-я])(?:nicht zum|nicht|not to be|do not|don't|ne pas|no|non|не)[ ]{1,2}(?:eingenommen|einnehmen|schlucken|swallowed|swallow|taken orally|avaler|ingerir|ingerire|принимать внутрь|глотать)(?![a-zа-я])/g;
/** How far around a match its sentence is looked for (a page's text may be one long run). */
const SENTENCE_REACH = 300;
function appliedToSkin(text: string): boolean {
  const folded = fold(text);
  APPLIED_TO_SKIN_RE.lastIndex = 0;
  for (let m = APPLIED_TO_SKIN_RE.exec(folded); m; m = APPLIED_TO_SKIN_RE.exec(folded)) {
    const from = Math.max(0, m.index - SENTENCE_REACH);
    const before = folded.slice(from, m.index);
    const sentenceStart = from + Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
    const after = folded.slice(m.index, m.index + SENTENCE_REACH);
    const end = after.search(/[.\n]/);
    const sentence = folded.slice(sentenceStart, m.index + (end < 0 ? after.length : end));
    if (NOT_BEFORE_RE.test(folded.slice(Math.max(sentenceStart, m.index - 30), m.index))) continue;
    if (SWALLOWED_IN_SENTENCE_RE.test(sentence.replace(NEGATED_SWALLOW_RE, ' '))) continue;
    return true;
  }
  return false;
}

/**
 * "boosted with MSM and magnesium oil", "combina DMSO y aceite de magnesio": the product is made with
 * a magnesium oil, which goes on the skin.
 */
const MADE_WITH_OIL_RE =
  /(?<![a-z])(?:with|and|contains?|containing|plus|y|con|et|avec|mit|und|e|com)[ ]{1,2}(?:[a-z]{2,12}[ ]{1,2}){0,2}(?:magnesium oil|aceite de magnesio|huile de magnesium|magnesiumol|olio di magnesio|oleo de magnesio)(?![a-z])/;
/**
 * Words of use on the body, in the languages the reader knows: skin, bath, deodorant, lotion, massage,
 * cosmetic. Counted distinct: a page whose own text has several of them and no unit one swallows is
 * about a product for the skin (a deodorant's ingredient page, a bath salt's, a lotion's).
 */
const ON_SKIN_WORDS_RE =
  /(?<![a-z])(?:skin|haut|peau|piel|pelle|pele|huid|skor[aezy]|pokozk\w*|kuze|deodorant\w*|deos?|lotions?|locao|locoes|creams?|cremes?|baths?|bathing|vollbad|fussbad|bains?|banos?|bagno|kapiel\w*|koupel\w*|massag\w*|massaj\w*|(?:ein)?massier\w*|(?:in)?masse(?:ren|er\w*)|insmeren|inwrijven|armpits?|underarms?|achsel\w*|aisselles?|axilas?|topical(?:ly)?|transdermal\w*|cosmetic\w*|kosmeti\w*|cosmeti\w*|inci|pores?|poren|scrub|peeling|sprays?|patch(?:es)?|parches?|pflaster)(?![a-z])/g;
/** Units one swallows, in the languages the reader knows. */
const SWALLOWED_UNITS_RE =
  /(?<![a-z])(?:capsules?|(?<!small |all |bottle |baseball |hub )caps(?! lock)|kapseln?|gelules?|capsulas?|kapsulk\w*|(?:brause|kau|film|lutsch|bruis|kauw|zuig)?tablet(?:s|ten?)?|effervescent|tabletk\w*|comprim\w*|compresse|softgels?|gumm(?:y|ies)|gominolas?|gomitas?|gommes?|fruchtgummis?|zelki|pills?|sachets?|lozenges?|chewables?|caplets?|servings?|supplement facts)(?![a-z])/;
const SWALLOWED_UNITS_ALL_RE = new RegExp(SWALLOWED_UNITS_RE.source, 'g');
/**
 * Right before a unit's name: "instead of", "rather than", "in plaats van", "geen", "than" (with an article, a kind,
 * or another unit and "or": "geen zuigtablet of bruistablet").
 */
const INSTEAD_OF_BEFORE_RE =
  /(?<![a-z])(?:instead of|rather than|in plaats van|statt|anstatt|au lieu de|en lugar de|invece di|no more|geen|keine?n?|than|dan)(?: (?:an?|een|de|die|der|les?|des|the|deze|these))?(?: (?:effervescent|chewable))?(?: [a-z-]+ (?:of|or|and|en|oder|und|ou|et|o|y))?[ ]$/;
function usedOnSkin(prose: string): boolean {
  const folded = fold(prose.slice(0, 4_000));
  // (A word said of something else does not count: "Anders als transdermales Magnesium muss hier nichts
  // einmassiert werden". Massage, massieren and einmassieren are one word.)
  const words = new Set(
    [...folded.matchAll(ON_SKIN_WORDS_RE)]
      .filter((m) => !SAID_OTHERWISE_RE.test(sentenceBefore(folded, m.index)))
      .map((m) => (/^(?:ein|in)?mass/.test(m[0]) ? 'massage' : m[0])),
  );
  // ("Topical magnesium … through the skin": a word that names the way in counts with one other.)
  const named = [...words].some((w) => /^(?:topical|transdermal)/.test(w));
  // ("In plaats van bruistabletten", "sneller dan een bruistablet": tablets named as what the product is not.)
  const swallowed = [...folded.matchAll(SWALLOWED_UNITS_ALL_RE)].some(
    (m) => !INSTEAD_OF_BEFORE_RE.test(folded.slice(Math.max(0, m.index - 40), m.index)),
  );
  return words.size >= (named ? 2 : 3) && !swallowed;
}

/** "anders als …", "nichts zum …", "in plaats van …": the sentence says it of something else, or not at all. */
const SAID_OTHERWISE_RE =
  /(?<![a-z])(?:nichts|kein\w*|nicht|ohne|statt|anstatt|anders als|geen|niet|zonder|in plaats van|liever|not|no|without|instead of|unlike|rather than)(?![a-z])/;

/** The words of the sentence before `at`, up to 60 characters. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
}

/** A pain reliever's purpose: rubbed on, a topical's; taken, a medicine's. */
const ANALGESIC_RE = /(?<![a-z])(?:analgesic|pain reliever|schmerzmittel|analgesique|analgesico|pijnstiller)/;

/** An INCI list: cosmetics name their ingredients so ("INCI: …", or a heading "Sastāvs (INCI)" over it). */
const INCI_RE = /(?<![a-z])inci(?: name)?\)?[ ]?(?::|$)/m;

/** A page that tells how to make something (a recipe, DIY): about magnesium, not a product. */
/** The word "recipe", in the languages of the set's pages. */
const RECIPE_WORDS = String.raw`recipes?|rezept\w*|recettes?|recetas?|ricett\w*|recept(?:en)?|przepis\w*`;
/**
 * Making the thing oneself: "make my own", "selbst hergestellt" (not a maker's "von uns selbst
 * hergestellt"), "fait maison", "preparar en casa", "prepare na sua casa", "マグネシウムオイル自作" (made by oneself), "手作り"
 * (handmade), "作り方" (how to make).
 */
const MAKE_OWN = String.raw`(?<![a-z])(?:homemade|home-made|make (?:your|my) own|made my own|how to make|selber machen|(?<!nicht |nicht mehr |kaum )selbst (?:herstellen|machen)(?! (?:kann|konnen))|(?<!(?:von uns|bei uns|wir|wird|werden|ist|sind|haben|hat) )selbst hergestellt\w*|zelf maken|fai da te|fait maison|hecho en casa|preparar en casa|prepare (?:na sua|em) casa|feito em casa|faca voce mesmo)(?![a-z])|自作|手作り|手づくり|作り方`;
const RECIPE_RE = new RegExp(
  String.raw`(?<![a-z])(?:${RECIPE_WORDS}|diy|do it yourself|come prepararl[oa]|casero)(?![a-z])|${MAKE_OWN}`,
);

/** "Cómo hacer aceite de cloruro de magnesio": a title that says how to make it (in a text, "how to do" anything). */
const HOW_TO_MAKE_RE =
  /^(?:como (?:hacer|preparar)|comment (?:faire|fabriquer|preparer)|come (?:fare|preparare)|hoe maak je|jak zrobic)(?![a-z])/;

const howToMake = (named: string) => named.split('\n').some((l) => HOW_TO_MAKE_RE.test(fold(l).trim()));

/** "So I decided to make my own": the page makes the thing itself (a shop's "DIY ingredients" tagline does not). */
const MAKE_OWN_RE = new RegExp(MAKE_OWN);

/** "35-40g des Pulvers in einem Liter Wasser": a quantity of powder per litre or cup is mixing, not a dose. */
const MIXING_RE =
  /\d(?:[\d.,-]*\d)?[ ]?(?:g|gram\w*|cups?|tbsp|tablespoons?|essloffel)[^.\n]{0,50}?(?:in|auf|per|pro|dans|en|con|with|mit|op)[ ](?:einem|einen|a|one|1|un|une|uno|una|een|half a|einem halben)?[ ]?(?:liter|litre|litro|l|tasse|cup|taza|tazza|kopje|glas|glass) (?:of |de |di )?(?:wasser|water|eau|agua|acqua|distilled|destilliertem)/;

/**
 * The page is a recipe: its address or its title says so, it mixes amounts into water, or its text says
 * the word "recipe" more than once ("As the ultimate relaxation recipe" once, in a shop's post about its
 * flakes, is a way to use them), or it makes the thing itself.
 */
function isRecipe(named: string, text: string): boolean {
  const folded = fold(text);
  const said = folded.match(new RegExp(RECIPE_RE.source, 'g')) ?? [];
  return (
    RECIPE_RE.test(fold(named)) ||
    howToMake(named) ||
    MIXING_RE.test(folded) ||
    said.length >= 2 ||
    // ("So I decided to make my own", "DIY": making it, said once, is a recipe's.)
    said.some((w) => !RECIPE_WORD_RE.test(w))
  );
}
/** The word "recipe" alone. */
const RECIPE_WORD_RE = new RegExp(`^(?:${RECIPE_WORDS})$`);

/** What a magnesium medicine is for when it is not a supplement: a laxative, an antacid, a purge. */
const DRUG_KIND_RE =
  /(?<![a-z])(saline laxative|laxatives?|stool softeners?|antacids?|analgesics?|pain relievers?|schmerzmittel|analgesiques?|analgesicos?|analgesici|pijnstillers?|milk of magnesia|magnesiamaito|bowel (?:prep|cleansing|evacuation)|colonic evacuation|vycisteni streva|vycistenie creva|vyprazdneni strev|oczyszczeni[ea] jelita|darmreinigung|darmentleerung|nettoyage colique|limpieza intestinal|pulizia intestinale|darmreiniging|purgation|abfuhrmittel|antazid\w*|laxatifs?|purgatifs?|savkozombosit\w*|savlekot\w*|hashajto\w*|afføringsmiddel\w*|afførende|syreneutraliserende|syraneutraliserande|syrabindande|syrebindende|syrebindande|ulostuslaake\w*|purge intestinale|antiacides?|laxantes?|antiacidos?|lassativ[oi]|antiacid[oi]|laxeermiddel|antacid(?:um|a)|przeczyszczaj\w*|projimadl\w*|prehanadl\w*|antasida|obat maag|antasit|laksatif|pencahar|laksativ\w*|maagtablet\w*|magentablette\w*|afførende|afføringsmiddel\w*|avførende|avføringsmiddel\w*|laxerande|laxermedel\w*|ulostava\w*|ulostuslaake\w*|laxativ|laxativul|purgativ\w*|hashajto\w*|savlekoto\w*|odvajal\w*|lahtisti\w*|vidurius laisvinan\w*|caurejas lidzekl\w*|nhuan trang|καθαρτικ[α-ω]*|υπακτικ[α-ω]*|αντιοξιν[α-ω]*)(?![a-zøα-ω])|(?<![а-я])((?:слабительн|антацидн)[а-я]* средств[а-я]*|антацидн[а-я]*|антацид(?:и|ів|ни[йи]|на|не)?|как слабительн[а-я]*|слабително|проносн[а-яі]*|средства,? снижающие кислотность[а-я ]*)(?![а-яі])|(便秘薬|便秘治療薬|制酸剤|緩下剤|泻药|瀉藥|缓泻剂|緩瀉劑|抗酸剂|制酸剂|제산제|완하제|변비약)/g;
/** A complaint a medicine is for: counts only where the text says the product treats it. */
const COMPLAINT_RE =
  /(?<![a-z])(constipation|acid indigestion|heartburn|upset stomach|backache|verstopfung|sodbrennen|brulures d'estomac|estrenimiento|acidez|stitichezza|bruciore di stomaco|obstipatie|verstopping|obstipation|forstoppelse|forstoppning|ummetu\w*|narastys\w*|maagzuur|halsbrand|halsbranna|halsbrann|sura uppstotningar|sure oppst[oø]t|gyomoreges\w*|savtultenges\w*|szekrekedes\w*|paleni zahy|palenie zahy|arsuri gastrice|zaparci\w*|zgag\w*|zacp\w*|zapch\w*|constipatie\w*|constipati|mide yanmas[iı]|mide asidi\w*|kabizlik|hazimsizlik)(?![a-z])|(?<![а-яі])(запор[а-я]*|изжог[а-я]*|печі[яїюі]|повышенн[а-я]* кислотност[а-я]*)(?![а-яі])|(便秘(?!薬)|胃酸過多|胸やけ|변비(?!약)|속쓰림)/g;
/** Swedish and Norwegian heartburn, and magnesium named right before it as what people take for it. */
const NORDIC_HEARTBURN_RE = /^(?:halsbranna|halsbrann|sura uppstotningar|sure oppst[oø]t)$/;
const MAGNESIUM_FOR_BEFORE_RE = /magnesium[a-z]* (?:vid|ved|mot|mod)[ ](?:[a-zøæå-]+[ ,]{1,2}){0,4}$/;
/** "effet laxatif", "less laxative", "laxative effect", "may be laxative", "kan verka laxerande" (an infinitive: after "may"): a side effect, not the purpose. */
const SIDE_EFFECT_BEFORE_RE =
  /(?<![a-z])(?:(?:may|can|could|might|will) (?:cause|lead to|result in|be)|kan (?:ha|have|give|ge|gi)|(?:virke|verka|virka)(?![a-z])|(?:moze|mogu|muze|muzou|mozu) (?:djelovati|delovati|pusobit|posobit|dzialac|imati|miec|mit)(?![a-z])|voi (?:aiheuttaa|olla)|causes?|peut (?:provoquer|entrainer)|puede (?:provocar|causar)|puo (?:causare|provocare)|effect|effet|efecto|efeito|effetto|wirkung|side effects?|nebenwirkungen|effets? (?:indesirables|secondaires)|efectos? (?:secundarios|adversos)|effetti (?:indesiderati|collaterali)|bijwerkingen|adverse|less|more|mild(?:ly)?|not|no|non|leicht|peu|pas|poco|meno|minder|diarrhea,|diarrhoea,|[a-z]+,|(?:in |at )?(?:high|higher|large|larger|excessive) doses|in hohen dosen|a (?:fortes|hautes) doses|a dosis altas|a dosi elevate|in hoge doses|w duzych dawkach|(?:ve )?vysokych davkach|nagyobb dozisokban|nagy dozisban|nagyobb adag\w*|nagy adag\w*)[ -]{0,3}(?:\w+[ -]){0,3}$/;
const SIDE_EFFECT_AFTER_RE =
  /^[ -]{0,2}(?:effects?|wirkung|properties|reactions?|reakcij\w*|reakci\w*|effekt|efekat|dejstv\w*|djelovanj\w*|delovanj\w*|dzialani\w*|pusobeni\w*|virkning|vaikutus|hatas\w*|ucin[ea]?k\w*|ucink\w*|δραση|δρασης|αποτελεσµα|де[йи]стви[еяю]|эффект|ефект|ді[яюїі])/;
/** "препарат с антацидным действием", "a medicine with a laxative effect": the effect the medicine is named by, its purpose. */
const DRUG_WITH_BEFORE_RE =
  /(?<![a-zа-яі])(?:(?:drug|medicine|medication|remedy|preparation) with (?:an? )?|(?:препарат|средство|лекарство|засіб|лек) (?:с|з) )$/;
/** "some prescription drugs (antacids, …) can also lower magnesium": a kind of medicine given as an example of others. */
const OTHER_MEDICINES_BEFORE_RE =
  /(?:drugs|medications|medicines|medicaments|arzneimittel|medikamente|medicamentos|farmaci|geneesmiddelen)(?: (?:such as|like|including|e\.g\.|wie|z\.b\.|comme|como|come|zoals))?[ ,:(]{1,3}$|(?<![a-z])(?:(?:frequent|regular|long-term|the) )?(?:taking|use of|users of|einnahme von|prise de|uso de|uso di|gebruik van|stosowaniu|stosowania|uzivani|uzivania|jemanju|jemanja|uzimanju|uzimanja)[ ]{1,2}$|(?<![а-я])(?:приеме|при[йи]омі|при[йи]манні)[ ]{1,2}$/;
/**
 * "Magnesium hydroxide is also used as an antacid", Hindi "… का उपयोग antacid के रूप में भी होता है" (is also used as): the
 * salt's other use, told in passing, not this product's purpose; nor is a medicine named as an example in brackets.
 */
const ALSO_USED_AS_BEFORE_RE = /(?<![a-z])(?:is|are) also (?:used|taken|given|sold) as (?:an? )?$/;
const ALSO_USED_AS_AFTER_RE = /^[ ]?के रूप में भी/;
/** "(e.g. Milk of Magnesia 400 mg/5 ml)", Hindi "(जैसे …)": another product named as an example, in brackets. */
const EXAMPLE_OPEN_BEFORE_RE = /\((?:e\.g\.|eg|like|such as|for example|z\.b\.|par ex\.|p\. ?ej\.|ad es\.|जैसे)[ ]{0,2}$/;
/** "sin la irritación de los laxantes estimulantes", "gentler than laxatives": a comparison with other medicines, no purpose. */
const WITHOUT_BEFORE_RE =
  /(?<![a-z])(?:without|sin|sans|ohne|senza|zonder|sem|bez|unlike|than|compared (?:to|with))[ ][^.;:\n]{0,40}$/;
// ("効能・効果" then "1）便秘": a numbered list of what the medicine is for.)
const PURPOSE_BEFORE_RE =
  /(?<![a-z])(?:uses?|purpose|indications?|indicated|relief of|relieves?|for (?:the )?(?:relief|treatment) of|to (?:relieve|treat)|anwendungsgebiete?|bei|(?:zur )?behandlung|indications? therapeutiques?|traitement|en cas de|indicaciones|tratamiento|indicazioni|trattamento|indicaties|gebruikt (?:bij|tegen)|voor de behandeling van|wskazania|indikation|middel mod|medel mot|behandling (?:af|av)|\n[ ]{0,2}bij|geneesmiddel (?:bij|tegen)|middel tegen|при|показания|pri|indikace|ved|vid|kaytetaan|kayttoaihee?t?|endikasyon\w*|効能・?効果|효능[·ㆍ・ ]?효과|功能主治|适应症|適應症)[\s:•-]{0,4}(?:\d{1,2}[）).][ ]?)?(?:[\wа-я]+[ ,-]{1,3}){0,4}$/;

/**
 * "Dowall's 415mg/5ml Suspensión Oral" with "Hidróxido de magnesio 415mg/5ml": magnesium hydroxide as
 * a suspension (so named in the title, or dosed per 5 ml) is milk of magnesia, an antacid and
 * laxative, whether or not its page says what for. Not a tablet's or a capsule's page.
 */
const MAGNESIUM_HYDROXIDE_RE =
  /(?<![a-z])(?:magnesium[ -]?hydroxide?|hidroxido de magnesio|hydroxyde de magnesium|idrossido di magnesio|magnesiumhydroxid|wodorotlenek magnezu|hydroxid horecnaty|magnesium hidroksida|magnezyum hidroksit|hidroxid de magneziu|magnesiumhydroksidi)(?![a-z])|(?<![а-яі])(?:магни[яю] гидроксид|гидроксид магни[яю]|магнію гідроксид|гідроксид магнію)/;
const SUSPENSION_RE =
  /(?<![a-z])(?:suspension|suspensao|sospensione|suspensie|zawiesin\w*|suspenze|(?:oraali)?suspensio)(?![a-z])/;
const PER_5_ML_RE = /\d ?mg ?\/ ?5 ?ml(?![a-z])/;

function milkOfMagnesia(title: string, label: string): string | null {
  const [t, l] = [fold(title), fold(label)];
  if (!MAGNESIUM_HYDROXIDE_RE.test(`${t}\n${l}`) || SWALLOWED_UNITS_RE.test(t)) return null;
  return SUSPENSION_RE.test(t) || PER_5_ML_RE.test(`${t}\n${l}`)
    ? 'an antacid or laxative use (a magnesium hydroxide suspension is milk of magnesia)'
    : null;
}

/**
 * Aluminium hydroxide or simethicone, named in any of the languages here: only antacids pair them with
 * magnesium hydroxide ("Nhôm hydroxyd, Magnesium hydroxide, Simethicone"), whatever the page says.
 */
const ANTACID_PARTNER_RE =
  /(?<![a-z])(?:alumin(?:i)?um[ -]?hydroxide?|hydroxyde d'aluminium|hidroxido de aluminio|idrossido di alluminio|aluminiumhydroxid|wodorotlenek glinu|nhom hydroxyd|alumin(?:i)?um hidroksida|al[uü]minyum hidroksit|algeldrat\w*|simethicone|simeticon\w*|simethicon|simetikon\w*|dimeticon\w*)(?![a-z])|(?<![а-яі])(?:алюмини[яйи] гидроксид|гидроксид алюмини[яйи]|алюмінію гідроксид|гідроксид алюмінію|симетикон)/;

/** The partner that is aluminium hydroxide (or algeldrate), not simethicone. */
const ALUMINIUM_HYDROXIDE_RE = /alumin|aluminio|alluminio|glinu|nhom|algeldrat|алюмини|алюміні/;

/**
 * Magnesium hydroxide with its antacid partner in the product's own composition (its title, label or
 * ingredients; not an interaction warning in its prose), unless said to be free of it.
 */
function antacidPair(composition: string): string | null {
  const partner = ANTACID_PARTNER_RE.exec(composition);
  if (
    !partner ||
    // ("Aluminium Hydroxide (300mg) + Magnesium (550mg) + Simethicone (40mg)": aluminium hydroxide is in
    // no supplement, whatever magnesium it is paired with.)
    !(
      MAGNESIUM_HYDROXIDE_RE.test(composition) ||
      (ALUMINIUM_HYDROXIDE_RE.test(partner[0]) && mentionsMagnesiumNutrient(composition))
    ) ||
    NOT_IN_IT_BEFORE_RE.test(composition.slice(Math.max(0, partner.index - 30), partner.index))
  )
    return null;
  return 'an antacid (magnesium hydroxide with aluminium hydroxide or simethicone)';
}

/** Acetylsalicylic acid (aspirin), named in the languages here. */
const ASPIRIN_RE =
  /(?<![a-z])(?:acetyl ?salicyl\w*|acide acetylsalicylique|acido acetilsalicilico|acetilsalicil\w*|acetylosalicyl\w*|acetilszalicil\w*|aspirin[ae]?)(?![a-z])|(?<![а-яі])(?:ацетилсалицилов|ацетилсаліцилов)[а-яі]*/g;
/** An amount of it, right after its name ("Aspirin 81 mg", "кислоти ацетилсаліцилової 150 мг") or before it. */
const AMOUNT_AFTER_RE = /^[^.;\n\d]{0,30}\d[\d.,]*[ ]?(?:mg|мг)(?![a-z])/;
const AMOUNT_BEFORE_RE = /\d[\d.,]*[ ]?(?:mg|мг)[ ]{1,2}(?:of[ ]{1,2})?$/;
/** "Aspirin free", "aspirin-free": what the product is said not to have. */
const FREE_AFTER_RE = /^[ -]{0,2}(?:free|frei|libre|senza|sans|vrij)(?![a-z])/;

/**
 * "1 таблетка містить кислоти ацетилсаліцилової 150 мг, магнію гідроксиду 30,39 мг": aspirin, with its
 * amount, beside magnesium hydroxide in the product's own composition is a heart medicine (Cardiomagnyl,
 * Magnikor) or a buffered pain reliever; the hydroxide buffers the aspirin, it is no magnesium supplement.
 * (Not "Aspirin free", nor "suitable alongside low-dose aspirin": aspirin named with no amount of it and
 * no magnesium hydroxide right after it.)
 */
function aspirinPair(composition: string): string | null {
  if (!MAGNESIUM_HYDROXIDE_RE.test(composition)) return null;
  for (const m of composition.matchAll(ASPIRIN_RE)) {
    const after = composition.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = composition.slice(Math.max(0, m.index - 20), m.index);
    if (FREE_AFTER_RE.test(after) || NOT_IN_IT_BEFORE_RE.test(composition.slice(Math.max(0, m.index - 30), m.index))) continue;
    // ("Действующее вещество: Ацетилсалициловая кислота, [Магния гидроксид]": the two actives listed together.)
    if (AMOUNT_AFTER_RE.test(after) || AMOUNT_BEFORE_RE.test(before) || MAGNESIUM_HYDROXIDE_RE.test(after))
      return 'the heart or for pain (acetylsalicylic acid, buffered with magnesium hydroxide)';
  }
  return null;
}

/** "free of aluminium hydroxide", "unlike antacids with …": a partner the product is said not to have. */
const NOT_IN_IT_BEFORE_RE =
  /(?<![a-z])(?:free of|free from|without|no|unlike|not|sans|ohne|frei von|sin|senza|zonder|bez)(?![a-z])[^.\n]{0,25}$/;

/** After a laxative's or antacid's name in Japanese, Chinese or Korean: taking it alongside, asking a doctor, "like". */
// (Folded, as the text is: "ではありません" reads "てはありません".)
const CJK_NOT_ITS_PURPOSE_RE =
  /服用中|併用|相談|のような|のように|てはありません|てはない|の代わり|を飲んていた|より|咨询|服用.{0,6}者|代替|복용 ?중|상담|같은|대신/;

/** "produk ini bukan pencahar", "is not a laxative", "kein Abführmittel": the page denies being a laxative or an antacid. */
const DENIED_BEFORE_RE =
  /(?<![a-z])(?:not|bukan|kein(?:e|en)?|geen|nicht|no es|non e|n'est pas|nie jest|neni|nije|nu este|nao e|ikke|inte|ei ole)[ ](?:an? |ein |eine |un |une |uno |una |een |um |uma |en |ett |et )?$/;
/** Whether the text denies, anywhere, that the product is a laxative or an antacid. */
function denied(text: string): boolean {
  for (const m of text.matchAll(DRUG_KIND_RE))
    if (DENIED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) return true;
  return false;
}

/** A complaint that is one item of a list of three or more in its sentence, the others no laxative's or antacid's. */
function amongOtherUses(text: string, at: number): boolean {
  // (Within 300 letters either side: a text with no stops is no list of uses, and each complaint reads only its own.)
  const near = text.slice(Math.max(0, at - 300), at + 300);
  const here = Math.min(at, 300);
  const start = Math.max(near.lastIndexOf('.', here), near.lastIndexOf(';', here), near.lastIndexOf('\n', here)) + 1;
  const ends = ['.', ';', '\n'].map((c) => near.indexOf(c, here)).filter((i) => i >= 0);
  const sentence = near.slice(start, ends.length ? Math.min(...ends) : near.length);
  const items = sentence.split(/,|(?<![a-z])(?:and|or|und|oder|et|ou|y|e|en|i)(?![a-z])/).filter((x) => x.trim());
  const drugItems = items.filter((x) => COMPLAINT_ONE_RE.test(x) || DRUG_KIND_ONE_RE.test(x));
  return items.length >= 4 && drugItems.length <= 1;
}
/** The two patterns without their global flag, to test an item at a time. */
const COMPLAINT_ONE_RE = new RegExp(COMPLAINT_RE.source);
const DRUG_KIND_ONE_RE = new RegExp(DRUG_KIND_RE.source);

/** The purpose a medicine's text gives, when it is a laxative or an antacid; null otherwise. */
function drugPurposeOf(text: string): string | null {
  for (const re of [DRUG_KIND_RE, COMPLAINT_RE]) {
    re.lastIndex = 0;
    // ("Magnesium oksida dalam dosis 2-4 gram juga dipakai sebagai pencahar; produk ini bukan pencahar": magnesium's other
    // use, and the product denies being it. Every naming of the kind is then another's.)
    if (re === DRUG_KIND_RE && denied(text)) continue;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 64);
      // ("Therapeutic indications / Relief of indigestion, heartburn, …": a complaint the text says it relieves, however
      // listed, is what the medicine is for.)
      const stated = re === COMPLAINT_RE && PURPOSE_BEFORE_RE.test(before);
      if (
        (!stated && SIDE_EFFECT_BEFORE_RE.test(before)) ||
        (SIDE_EFFECT_AFTER_RE.test(after) && !DRUG_WITH_BEFORE_RE.test(before)) ||
        OTHER_MEDICINES_BEFORE_RE.test(before) ||
        WITHOUT_BEFORE_RE.test(before) ||
        ALSO_USED_AS_BEFORE_RE.test(before) ||
        ALSO_USED_AS_AFTER_RE.test(after) ||
        EXAMPLE_OPEN_BEFORE_RE.test(before)
      )
        continue;
      // "制酸剤や便秘薬を服用中の方は…ご相談ください", "便秘薬のような刺激がなく": a caution or a comparison.
      if (m[3] && CJK_NOT_ITS_PURPOSE_RE.test(text.slice(m.index, m.index + m[0].length + 30))) continue;
      // ("Forstoppelse: 2–3 tabletter efter behov", "Forstoppelse: Voksne og børn over 12 år: 1–2 tabletter": a complaint
      // that heads its own dose, or its group's, is what the medicine is for.)
      // (Its dose in units: an article's "Para estreñimiento: 300–400 mg de citrato" advises, it doses nothing.)
      // ("1）便秘 2）便秘に伴う…" under "■ 効能・効果", that heading read apart: a numbered list led by the complaint.)
      if (
        re === COMPLAINT_RE &&
        !PURPOSE_BEFORE_RE.test(before) &&
        !(m[3] && /(?:^|\n)[ ]{0,2}1[）)][ ]?$/.test(before)) &&
        // ("Forstoppelse: Voksne: Normalt 1-2 g (2-4 tabletter) …": a word, or the dose's weight, before its units.)
        !/^[ ]?:[ ]{0,2}(?:[^:\n]{3,40}:[ ]{0,2})?(?:[a-z]{3,12}[ ]{1,2})?(?:\d[\d.,]*(?:[–-]\d[\d.,]*)?[ ]?(?:mg|g)[ ]{1,2}\([ ]?)?\d{1,2}(?:[–-]\d{1,2})?[ ](?!mg|mcg|g )[a-z]{3,}/u.test(
          after,
        )
      )
        continue;
      // ("Många tar magnesium vid halsbränna": heartburn said of magnesium in general, not of the medicine.)
      if (re === COMPLAINT_RE && NORDIC_HEARTBURN_RE.test(m[1] ?? '') && MAGNESIUM_FOR_BEFORE_RE.test(before)) continue;
      // ("Clinicians use magnesium for muscle cramps, constipation, migraine prevention, restless legs, sleep complaints": one
      // of many uses listed, the others no medicine's complaint, is magnesium's uses in general.)
      if (re === COMPLAINT_RE && amongOtherUses(text, m.index)) continue;
      return m[1] ?? m[2] ?? m[3]!;
    }
  }
  return null;
}
/**
 * "ATC: A02AA02 / A06AD02": a medicine register's code for a magnesium antacid or an osmotic laxative, where no code of a
 * mineral supplement (A12CC) stands beside it.
 */
function atcPurpose(text: string): string | null {
  if (!/(?<![a-z0-9])(?:a06ad|a02aa)\d{2}(?![0-9])/.test(text) || /(?<![a-z0-9])a12cc/.test(text)) return null;
  return /(?<![a-z0-9])a06ad\d{2}/.test(text) ? 'constipation (an osmotic laxative, ATC A06AD)' : 'acid (an antacid, ATC A02AA)';
}

/** A leaflet's heading for what the medicine is for ("INDICAZIONI:", "Anwendungsgebiete", "Indikationen/Anwendungsmöglichkeiten", "Uses"), on its own line. */
const INDICATIONS_HEAD_RE =
  /^(?:indicazioni(?: terapeutiche)?|indications?(?: therapeutiques)?|indicaciones(?: terapeuticas)?|anwendungsgebiete?|indikationen(?:\/anwendungsmoglichkeiten)?|indicaties|wskazania(?: do stosowania)?|uses|purpose|categoria farmacoterapeutica|pharmacotherapeutic group)[ :]*$/;

/** The words of those headings, unfolded: a page without any has no such heading. */
const INDICATIONS_WORD_RE = /indica|indikation|anwendungsgebiet|wskazania|uses|purpose|farmacoterapeutica|pharmacotherapeutic/i;

/**
 * The lines under each indications heading, wherever it stands ("INDICAZIONI:" / "Antiacido."): a leaflet
 * copied under a shop's long menus states its purpose further down than the top of its text.
 */
function indicationsIn(prose: string): string {
  // (Read on every page that names no purpose at its top: one scan lets most go at once.)
  if (!INDICATIONS_WORD_RE.test(prose)) return '';
  const lines = fold(prose).split('\n');
  return lines
    .flatMap((l, i) =>
      INDICATIONS_HEAD_RE.test(l.trim())
        ? [
            `${l}\n${lines
              .slice(i + 1, i + 3)
              .join('\n')
              .slice(0, 300)}`,
          ]
        : [],
    )
    .slice(0, 4)
    .join('\n');
}

/**
 * An injection or an infusion, named in the title ("Magnesium Sulfate Injection, USP 50%", "Magnesium
 * Verla i.v.", "Magnesiumsulfat 10 % Injektionslösung") or as the label's dosage form ("solution for
 * injection", "solution for infusion"): given into a vein or a muscle, never a dose to swallow. (An
 * "infusion" in a title alone may be a tea.) A passing "intravenous magnesium
 * first" in an oral medicine's leaflet names neither, and water for injections is an excipient.
 */
const INJECTION_WORDS = String.raw`injections?|injectables?|parenteral|i\.v\.|i\.m\.|intravenous(?:ly)?|intramuscular(?:ly)?|injektion\w*|intravenos|intramuskular|inyectables?|inyeccion(?:es)?|iniettabil[ei]|iniezion[ei]|infusione|injectie\w*|wstrzykiwan\w*|injekcn\w*|injekcio\w*|injekcij\w*|enjeksiyon\w*|injeksi`;
const INJECTION_TITLE_RE = new RegExp(
  // ("Magnesio Solfato Salf ev 5 fiale 1 g": "ev", the Italian "endovena", before the vials' count.)
  `(?<![a-z])(?:${INJECTION_WORDS})(?![a-z])|(?<![a-z])(?:ev|e\\.v\\.)(?=[ ]{1,2}(?:\\d|fial|flac|amp))|(?<![а-яі])(?:инъекц|ін.єкц|инжекц|инфузионен|внутривенн|внутримышечн|внутрішньовенн|внутрішньом.язов)|(?<!无需|无须|不需|不用|非|不是)注射(?!级|級|[てで]は(?:なく|無く))|주사(?:액|제)(?! ?대신)`,
);
const INJECTION_FORM_RE =
  /(?<![a-z])(?:solution for (?:injection|infusion)|(?:concentrat[oe] )?(?:soluzione|solucion|solution|solucao) (?:per|para|pour) (?:infusione|perfusion|perfusao|infusao)|infusionslosungskonzentrat|(?:per |para |por )?(?:uso|via) (?:endovenos[oa]|intravenos[oa])|voie intraveineuse|\d{1,2}(?:[.,]\d)? ?% injection|(?:for|by) (?:intravenous|intramuscular) (?:use|injection|infusion)|injection,? (?:solution|usp)|injektionslosung|infusionslosung|solution injectable|solucion inyectable|soluzione iniettabile|oplossing voor (?:injectie|infusie)|roztwor do wstrzykiwan|injekcni roztok|oldatos (?:injekcio|infuzio)|(?:rastvor|otopina|raztopina) za (?:injekcij\w*|infuzij\w*)|enjeksiyonluk cozelti|(?:infusions|injektions)(?:vatska|vaeske|væske)|(?:infuusio|injektio)(?:neste|konsentraatti))(?![a-z])|(?<![а-яі])(?:раствор для (?:инъекци|инфузи)|розчин для (?:ін.єкці|інфузі))/;
/** A record's dosage-form key naming an injection ("sediaan<TAB>INJEKSI", "Dosage form: injection"). */
const INJECTION_KEY_RE = new RegExp(
  String.raw`(?<![a-z])(?:dosage form|(?:bentuk )?sediaan|darreichungsform|forme pharmaceutique|forma farmaceutica)[ :]{1,3}(?:${INJECTION_WORDS})(?![a-z])`,
);
/** An NDC listing's package of millilitres in a vial ("20 mL in 1 VIAL, PLASTIC"): a parenteral's, never a drink's. */
const VIAL_PACKAGE_RE = /(?<![a-z\d.])\d+(?:\.\d+)? ?ml in 1 vial(?![a-z])/;
const FOR_INJECTIONS_RE =
  /(?:water|wasser|eau|agua|acqua|woda|вода|aqua)[ ]{1,2}(?:for|fur|pour|para|per|do|для|ad)[ ]{1,2}(?:preparations? |preparaciones |preparazioni )?(?:injections?|injektionszwecke|injectables?|inyectables?|iniettabili|wstrzykiwan\w*|инъекции|iniectabilia)/g;

/**
 * "Product NDC<TAB>71610-182" (the FDA's National Drug Code directory lists drugs, never supplements),
 * "Product Type<TAB>HUMAN OTC DRUG", "Marketing category<TAB>OTC MONOGRAPH FINAL", "BULK INGREDIENT": the
 * product's registration as a drug. (A magnesium oxide tablet so registered whose label gives "Magnesium
 * Supplement Directions" is still sold as a supplement: the caller asks the label first.)
 */
const DRUG_RECORD_RE =
  /^(?:product ndc[\t :\n]{1,3}\d{4,5}-\d{3,4}|product type[\t :\n]{1,3}(?:human (?:otc|prescription) drug|bulk ingredient)|marketing (?:category|status)[\t :\n]{1,3}(?:otc monograph|nda|anda|bla|bulk ingredient|unapproved drug)|category: human (?:otc|prescription) drug label)(?![a-z])/m;

/** A medicine summary's first section: the medicine's name and its dosage form. */
const MEDICINE_NAME_HEAD_RE =
  /(?<![a-z])(?:denomination du medicament|name of the medicinal product|bezeichnung des arzneimittels|denominazione del medicinale|nombre del medicamento|naam van het geneesmiddel)(?![a-z])/;

function injected(title: string, label: string): string | null {
  const [t, l] = [fold(title).replace(FOR_INJECTIONS_RE, ' '), fold(label).replace(FOR_INJECTIONS_RE, ' ')];
  const named = INJECTION_TITLE_RE.exec(t);
  if (named && NOT_IN_IT_BEFORE_RE.test(t.slice(0, named.index))) return null;
  return named || INJECTION_FORM_RE.test(l) || INJECTION_KEY_RE.test(l) || VIAL_PACKAGE_RE.test(l)
    ? 'injection or infusion into a vein or a muscle, not a dose to swallow'
    : null;
}

/**
 * Animals and plants, a product's users when it is not for people: "horse", "foliar spray", "Dünger".
 * Not "garden" (Garden of Life), "PET" (a bottle's plastic), "chat" (a shop's live chat), "mare" (the Italian sea of
 * "Puro Mare", "antico mare di Zechstein"; the horses are "mares"), nor plants as a source ("plant-based", "à base de
 * plantes", "Pflanzen").
 */
/** Fertilisers, in the languages the reader knows, German compounds too ("Blattdünger", "Düngung"). */
const FERTILISER = String.raw`fertili[sz]ers?|[a-z]*dunge(?:r|mittel)[a-z]*|[a-z]*dungung|dungen|engrais|fertilizantes?|concimi|concime|meststof(?:fen)?`;
/**
 * Plants, gardens and their soil in the languages the reader knows ("Pflanzen", "Böden", "plantes", "tuin"; not the Dutch
 * health shop "De Tuinen").
 */
const PLANTS = String.raw`gardening|pflanzen|garten|boden|koniferen|conifers?|plantes|jardin(?:s|age|es)?|pelouses?|plantas|cesped|piante|giardin[oi]|planten|tuin(?!en)|(?<!de )tuinen|gazon|roslin\w*`;
const ANIMAL_OR_PLANT_RE = new RegExp(
  String.raw`(?<![a-z])(?:(?<!charley |charlie )horses?|equine|ponies|pony|geldings?|mares|dogs?|puppies|cats|kittens?|pets|livestock|cattle|poultry|plants(?![ -]?(?:based|derived|sourced?))|lawns?|foliar|soil|pferde?n?|hunden?|katzen|rasen|chevaux|cheval|chiens?|caballos?|perros?|gatos?|cavall[oi]|gatti|paarden?|honden|katten|${PLANTS}|${FERTILISER})(?![a-z])`,
  'g',
);

/** "Depleted soil conditions mean that plants …", "ausgelaugte Böden": why food holds less magnesium. */
const DEPLETED = String.raw`(?:deplet\w*|ausgelaugt\w*|verarmt\w*|appauvri\w*|epuise\w*|empobrecid\w*|agotad\w*|impoverit\w*|verarmd\w*|uitgeput\w*|zubozon\w*|wyjalowion\w*)`;
const SOIL = String.raw`(?:soils?|boden|sols?|suelos?|terren[oi]|bodems?|gleb\w*)`;
const DEPLETED_SOIL_RE = new RegExp(
  String.raw`(?<![a-z])(?:${DEPLETED} (?:[a-z]+ )?${SOIL}|${SOIL} (?:[a-z]+ ){0,3}${DEPLETED}|soil depletion|intensive (?:farming|agriculture))(?![a-z])`,
);
/** The food chain's words in such a sentence (never a pet's or a horse's). */
const FOOD_CHAIN_RE = new RegExp(String.raw`^(?:plants|soil|livestock|cattle|poultry|${PLANTS})$`);
/** Plants' words among those found: a fertiliser's, a garden's, a soil's. */
const PLANT_WORD_RE = new RegExp(String.raw`^(?:plants|lawns?|foliar|soil|rasen|${PLANTS}|${FERTILISER})$`);
/**
 * A product sold as a food supplement ("Nahrungsergänzungsmittel", "complemento alimenticio", "Supplement Facts"):
 * its herbs' "Pflanzen" and its maker's "Garten" are no garden's.
 */
const SUPPLEMENT_PRODUCT_RE = new RegExp(String.raw`(?<![a-z])(?:supplement facts|${FOOD_SUPPLEMENT_NAMES})(?![a-z])`);

/**
 * "CAS Number 927-20-8", "Molecular Formula C3H7MgO6P", "Package 25kg/drum": a supplier's page for the
 * raw chemical, sold by the drum to makers, no product a shopper takes.
 */
const CAS_NUMBER_RE = /(?<![a-z])cas(?: (?:no|number|nr|n°))?\.?[ :\t]{1,3}\d{2,7}-\d{2}-\d(?!\d)/;
const BULK_CHEMICAL_RE =
  /(?<![a-z])(?:molecular (?:formula|weight)|mol(?:ecular|\.)? wt|\d{1,4} ?kgs? ?(?:\/|per) ?(?:drum|bag|carton|barrel)|(?:drum|bag|carton)s? of \d{1,4} ?kgs?|assay|minimum order|moq)(?![a-z])/;
function rawMaterial(text: string): boolean {
  const folded = fold(text);
  return CAS_NUMBER_RE.test(folded) && BULK_CHEMICAL_RE.test(folded);
}

/**
 * Three or more mentions of animals or plants, but the food chain of a sentence on depleted soils, and
 * more of them than of people's baths and skin: the product is theirs. (An Epsom salt "for the bath, a
 * foot soak, a splinter, the face … and a garden fertilizer" is for people, with one use for plants.)
 */
/** What its plants were grown without: "ohne Kunstdünger", "without chemical fertilisers", "sans engrais". */
const GROWN_WITHOUT_RE = new RegExp(
  String.raw`(?<![a-z])(?:ohne|frei von|without|free (?:of|from)|sans|sin|senza|zonder|bez)(?: [a-z]+){0,2} (?:${FERTILISER})(?![a-z])`,
  'g',
);

/** `plants`: whether plants' words count (not on a food supplement's page, nor over a row of magnesium's amount). */
function forAnimalsOrPlants(text: string, plants: boolean): boolean {
  const folded = fold(text);
  const mentions = folded.split(/(?<=[.!?])\s+|\n/).flatMap((sentence) => {
    // ("ohne chemische Dünger", "grown without fertilisers": how its plants were grown, not what it is for.)
    const found = (sentence.replace(GROWN_WITHOUT_RE, ' ').match(ANIMAL_OR_PLANT_RE) ?? []).filter(
      (w) => plants || !PLANT_WORD_RE.test(w),
    );
    return DEPLETED_SOIL_RE.test(sentence) ? found.filter((w) => !FOOD_CHAIN_RE.test(w)) : found;
  });
  return mentions.length >= 3 && mentions.length > (folded.match(PEOPLE_USE_RE) ?? []).length;
}

/** Breathed in: inhalers, nebulisers, inhalation, in the languages the reader knows. */
const INHALED_RE =
  /(?<![a-z])(?:inhal(?!t)\w*|nebuli[sz]\w*|inhalacj\w*|inhalator\w*|inhalacion\w*|inalazion\w*|inhalatie\w*)(?![a-z])/g;
/** A homeopathic remedy, in the languages the reader knows (Schüßler tissue salts, "[hp_X]" potencies too). */
const HOMEOPATHIC_RE =
  /(?<![a-z])(?:homeopathic|homoeopathic|hpus|homoopathisch\w*|homeopathique|homeopatico|omeopatic[oi]|homeopathisch|homeopatyczn\w*|homeopatick\w*|schuss?ler|schuessler|tissue salts?|biochemic|hp_[xc])(?![a-z])/;
/** A bath or a soak, in the languages the reader knows. */
const SOAK_RE =
  /(?<![a-z])(?:baths?|soaks?|soaking|footbath|badewasser|vollbad|fussbad|bains?|banos?|bagno|voetbad|badzout|kupk[aeiu]|kupkama|kopel\w*|koupel\w*|kapiel\w*)(?![a-z])/;
/**
 * A bath, a soak, a person's skin or sore muscles: an Epsom salt's uses for people. (A muscle's work, "required for
 * muscle function", is what the salt does in any body, a horse's too.)
 */
const PEOPLE_USE_RE = new RegExp(
  `${SOAK_RE.source}|(?<![a-z])(?:skin|face|(?:sore|tired|aching|achy|tight|stiff|relax(?:es|ing)?) muscles?|muscle (?:aches?|pains?|soreness|tension|relief)|haut|peau|piel|pelle|huid|skora)(?![a-z])`,
  'g',
);
/** The label says it is a supplement, whatever else it says ("As a dietary supplement, take …"). */
/** Directions for use as a supplement, beside a medicine's: "Magnesium supplement: adults take …", "As a dietary supplement, take …". */
const SUPPLEMENT_USE_DIRECTIONS_RE =
  /(?<![a-z])(?:(?:magnesium|dietary|mineral|food) supplement(?: directions| use)?[ ]?:|(?:as|for use as) an? (?:dietary |magnesium |mineral |food )?supplement[ ]?[,:]?[ ]{1,2}(?:adults[ ]{1,2})?(?:take|chew))/;
/** "Mineral Supplement", "Dietary Supplement" in a product's name: what it is sold as. */
const NAMED_SUPPLEMENT_RE = /(?<![a-z])(?:magnesium|mineral|dietary|food) supplement(?![a-z])/;
// (Read against folded text: "サプリメント" is written "サフリメント", its voicing mark folded away.)
const SUPPLEMENT_STATUS_RE = new RegExp(
  String.raw`(?<![a-z])(?:supplemental magnesium|magnesium supplementation|hypomagnes\w*|magnesium deficienc\w*|magnesiummangel|carences? (?:en magnesium|magnesiennes?)|carencia de magnesio|deficit di magnesio|carenza di magnesio|magnesiumdeficientie|niedobor magnezu|supplement facts|(?:magnesium|mineral) supplement|${FOOD_SUPPLEMENT_NAMES})(?![a-z])|(?<![а-я])(?:бад|биологически активная добавка|дефицит магния|хранителна добавка)(?![а-я])|栄養機能食品|健康食品|サフリメント|膳食补充剂|保健食品|건강기능식품`,
);

/** A shop's shelf of supplements in its category trail: "Vitamins & Supplements", "Nahrungsergänzung", "Integratori". */
const SUPPLEMENTS_SHELF_RE = new RegExp(
  String.raw`(?<![a-z])(?:${FOOD_SUPPLEMENT_NAMES}|supplements|nahrungserganzung|complements|integratori|suplementy|suplementos|suplementai|doplnky|kosttilskud|kosttillskott|ravintolisat|vitamins?,? (?:minerals? )?(?:&|and) supplements)(?![a-z])`,
);

/** A food's claim in its name: "Fuente de magnesio", "source of magnesium", "rich in magnesium", "reich an Magnesium". */
const SOURCE_OF_MAGNESIUM_RE =
  /(?<![a-z])(?:(?:fuente|fonte|source|bron) (?:de |di |of |van )?|(?:rich|high) in |ric[oa] en |ricc[oa] di |reich an |riche en |rijk aan )magne(?:sium|sio)(?![a-z])|마그네슘 ?풍부|富含镁|富含鎂/;

/** "Many people reach for a magnesium supplement", "instead of a magnesium supplement": a supplement the page is not. */
const SUPPLEMENT_INSTEAD_RE =
  /(?<![a-z])(?:reach for|instead of|rather than|alternative to|than|compared (?:to|with)|in place of)[ ](?:a |an |your |their )?(?:magnesium|mineral) supplements?(?![a-z])/g;

/**
 * "健康食品ではありません" (not a health food), "サプリメント・健康食品ではありません" (not a supplement or a health food),
 * folded as the text is: "ではありません" loses its voicing marks.
 */
const JAPANESE_DENIED_NAMES = ['健康食品', 'サプリメント', '栄養補助食品'].map(fold).join('|');
const JAPANESE_DENIALS = `(?:(?:${JAPANESE_DENIED_NAMES})[・、/])*(?:${JAPANESE_DENIED_NAMES})${fold('ではありません')}`;
/** "Not a dietary supplement.", "kein Nahrungsergänzungsmittel", "n'est pas un complément alimentaire": a medicine's denial. */
const SUPPLEMENT_DENIED_RE = new RegExp(
  String.raw`(?<![a-z])(?:not|isn'?t|kein(?:e|en)?|n'est pas|ne sont pas|no es|no son|non e|non sono|geen|nie jest|nao e)[ ](?:(?:an?|un[ae]?|uno|ein(?:e)?)[ ])?(?:dietary supplement|food supplement|supplement|nahrungserganzungsmittel|complement alimentaire|complemento alimenticio|suplemento(?: alimenticio| dietetico)?|integratore(?: alimentare)?|voedingssupplement|suplement diety|suplemento alimentar)(?![a-z])|` +
    JAPANESE_DENIALS,
  'g',
);

/**
 * The page's own statement that the product is no supplement, as a sentence of its own: "Not a dietary supplement.",
 * "This product is not a food supplement", "Kein Nahrungsergänzungsmittel.", "健康食品ではありません" (a seasoning's, a
 * laxative's).
 */
const SAID_NOT_SUPPLEMENT_RE = new RegExp(
  String.raw`(?:^|[.!?\n][ ]{0,2})(?:(?:this|the) (?:product|item) is |it is |is )?(?:not a (?:dietary |food )?supplement|kein nahrungserganzungsmittel|(?:ce produit )?n'est pas un complement alimentaire|(?:este producto )?no es un (?:complemento alimenticio|suplemento)|(?:questo prodotto )?non e un integratore)(?![a-z])|` +
    JAPANESE_DENIALS,
);

/**
 * Stage 1. Does the product contain magnesium as a nutrient? A label that lists nutrients but no
 * magnesium row outweighs words elsewhere on the page.
 */
/** Nutrients a food or a herb is said to hold beside magnesium, folded ("potas, sód, żelazo, fosfor"). */
const OTHER_NUTRIENT_WORD_RE =
  /(?<![a-z])(?:potas\w*|kalium|sod\w*|natri\w*|iron|zelaz\w*|eisen|hierro|ferro|zinc|zink|cynk|zinco|calci\w*|wap\w*|kalzium|phosph\w*|fosfor\w*|vitamin\w*|witamin\w*|protein\w*|bialk\w*|carbohydrat\w*|weglowodan\w*|kohlenhydrat\w*|fib(?:re|er)\w*|siark\w*|sulfur|selen\w*|copper|miedz\w*|kupfer|mangan\w*|flavonoid\w*|karotenoid\w*|carotenoid\w*)(?![a-z])/g;

/**
 * "does not contain magnesium", "magnesium-free", "enthält kein Magnesium", "ไม่มีแมกนีเซียม" (Thai), "не содержит магния":
 * the product said to hold none (its stearate aside).
 */
const MAGNESIUM_DENIED_RE =
  /(?<![a-z])(?:(?:does not|doesn't|do not|don't) contain (?:any )?magnesium|contains? no (?:[a-z]+,? (?:or |and |nor )?){0,4}magnesium|magnesium[- ]free|free (?:of|from) magnesium|enthalt kein(?:en)? magnesium|magnesiumfrei|ne contient pas de magnesium|no contiene magnesio|non contiene magnesio|bevat geen magnesium|nie zawiera magnezu|tidak mengandung magnesium|khong chua magie)(?![a-z])(?![ -]?stear)|(?<![а-я])не содерж[а-я]* магни[яейи](?![а-я])|ไม่มีแมกนีเซียม|ไม่มีส่วนผสมของแมกนีเซียม|不含镁|不含鎂|マグネシウムは含まれていません|마그네슘(?:이|은)? (?:들어있지 않|함유되어 있지 않)/;

export function containsMagnesiumOf(p: PageInputs): boolean {
  const { f, mgRows, titleInfo, ingredientsText, detailsText, label } = p;
  const labelListsOtherNutrients = label.otherNutrientRows > 0;
  // "Cloruro sódico … 298 mg, …, Agente de carga (Estearato de magnesio), …": an ingredient list that
  // weighs its actives and names magnesium only as an excipient says the product holds none as a
  // nutrient, whatever its prose lists among electrolytes. (An "other ingredients" list weighs nothing.)
  const excipientOnly =
    findAmounts(ingredientsText).length >= 2 &&
    magnesiumMentions(ingredientsText).some((m) => m.excipient) &&
    !mentionsMagnesiumNutrient(ingredientsText);
  // "Skład: Rozdrobniony owoc róży 100%" under "Suszone owoce róży zawierają … potas, sód, magnez, żelazo,
  // fosfor …": a list of what goes in, with no magnesium in it, and prose that names magnesium only
  // among a food's or a herb's own nutrients (three others in its sentence, no amount): none is added.
  const onlyNaturally =
    /\p{L}{3,}/u.test(ingredientsText) &&
    !magnesiumMentions(ingredientsText).length &&
    [...f.bullets, detailsText, f.description]
      .flatMap((t) => t.split(/(?<=[.!?;])\s+|\n/))
      .filter((x) => mentionsMagnesiumNutrient(x))
      .every((x) => !findAmounts(x).length && new Set(fold(x).match(OTHER_NUTRIENT_WORD_RE) ?? []).size >= 3);
  // "Slumbra does not contain magnesium as an active ingredient" (a melatonin page whose ads sell magnesium): the page
  // says so, with no row and no name of its own saying otherwise.
  if (
    !mgRows.length &&
    !titleInfo.containsMagnesium &&
    // ("Contains no calcium, iron or magnesium. Take 2 gummies daily.": said among the directions or the ingredients too.)
    [...f.bullets, f.description, f.directions, ingredientsText].some((t) => MAGNESIUM_DENIED_RE.test(fold(t)))
  )
    return false;
  return (
    mgRows.length > 0 ||
    label.magnesiumRowsWithoutAmount > 0 ||
    (!labelListsOtherNutrients &&
      (titleInfo.containsMagnesium ||
        (!excipientOnly &&
          !onlyNaturally &&
          [ingredientsText, ...f.bullets, detailsText, f.description, f.labelText].some(mentionsMagnesiumNutrient)))) ||
    // "Bevat per sachet: 243 mg = 10 mmol magnesium", "… (megfelel 100 mg magnéziumnak) és 10 mg
    // piridoxin …": a label that states its magnesium in a sentence, whatever other rows it has.
    findElementalStatements(f.labelText).length > 0 ||
    // "500 mg magnézium-orotát-dihidrát tablettánként" above an excipient's "50 mg laktóz": a salt of
    // magnesium weighed on the label.
    linesOf(f.labelText).some((l) => findAmounts(l).length > 0 && formsNearMagnesium(l).length > 0) ||
    (labelListsOtherNutrients && titleInfo.containsMagnesium && !f.labelText.trim()) ||
    // "İçerik: Vitamin C, Vitamin D3, Vitamin B12, Çinko, Magnezyum, …" under a table that weighs only
    // some of them: the product's own ingredient list names magnesium as a nutrient.
    (labelListsOtherNutrients && !excipientOnly && mentionsMagnesiumNutrient(ingredientsText))
  );
}

function mergeForms(a: FormFinding[], b: FormFinding[]): FormFinding[] {
  const seen = new Set<FormId>(a.map((x) => x.id));
  return [...a, ...b.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)))];
}

const SHARE_OF_FORM_RE =
  /(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?[ ]?%[ ]{1,2}(?:of[ ]{1,2})?(?:magnesium|magnesio)[ -]{1,2}[a-z-]{4,20}/g;

const PROSE_SOURCE = 'bullets, details and description';

/** Where forms are read, most trustworthy first: the first source that names any gives them all. */
const FORM_SOURCES: { source: string; read: (p: PageInputs) => FormFinding[] }[] = [
  {
    // (With the salts a table lists with no weight: "Магния карбонат" under "Магния лактат 200,0 мг".)
    source: 'label rows',
    read: (p) =>
      p.mgRows.length
        ? mergeForms(
            p.mgRows.reduce<FormFinding[]>((acc, row) => mergeForms(acc, row.forms), []),
            p.label.unweighedSalts,
          )
        : [],
  },
  { source: 'ingredients', read: (p) => (p.ingredientsText ? formsNearMagnesium(p.ingredientsText) : []) },
  { source: 'label text', read: (p) => (p.f.labelText ? formsNearMagnesium(withoutSaltFractions(p.f.labelText)) : []) },
  {
    // "117 mg of magnesium from 900 mg of magnesium bisglycinate", "33 mg of magnesium from 63 mg of
    // magnesium oxide": the compounds the product's magnesium is stated to come from.
    source: 'statements of magnesium from a compound',
    read: (p) =>
      [p.f.bullets.join('\n'), p.f.description]
        .flatMap((text) => findElementalStatements(text))
        .filter((x) => x.fromCompound)
        .reduce<FormFinding[]>((acc, x) => mergeForms(acc, formsNearMagnesium(x.source)), []),
  },
  {
    // "includes 82% magnesium glycinate and 18% magnesium oxide": the product's make-up, share by share.
    source: 'shares of the composition',
    read: (p) => {
      const shares = [p.f.description, ...p.f.bullets].flatMap((text) => [...fold(text).matchAll(SHARE_OF_FORM_RE)]);
      return shares.length >= 2 ? shares.reduce<FormFinding[]>((acc, m) => mergeForms(acc, formsNearMagnesium(m[0])), []) : [];
    },
  },
  { source: 'title', read: (p) => p.titleInfo.forms },
  {
    source: PROSE_SOURCE,
    read: (p) =>
      [...p.f.bullets, p.detailsText, p.f.description].reduce<FormFinding[]>(
        (acc, text) => mergeForms(acc, formsInProse(text)),
        [],
      ),
  },
];

/**
 * "Magnesium citrate forms when the magnesium carbonate and citric acid are mixed with water", "il magnesio carbonato
 * reagisce con l'acido citrico e forma magnesio citrato": a drink powder's carbonate turns into citrate in the glass,
 * and the page names both; so do its forms.
 */
const CITRATE_FORMED_RE =
  /(?<![a-z])(?:forms?|formed|forming|turns? into|turning into|becomes?|creates?|creating|reacts?|reacting|combines?|produces?|forma|formano|reagisce|reagiscono|crea|bildet|bilden|entsteht|reagiert|se forme|forme|devient|reagit|reacciona|se convierte en|convierte|wordt|vormt|reageert)(?![a-z])/;
function withCitrateItForms(p: PageInputs, forms: FormFinding[]): FormFinding[] {
  const ids = new Set(forms.map((x) => x.id));
  if (!forms.length || (ids.has('carbonate') && ids.has('citrate')) || (!ids.has('carbonate') && !ids.has('citrate')))
    return forms;
  const texts = [p.f.labelText, p.ingredientsText, p.f.description, ...p.f.bullets].filter((t): t is string => !!t);
  for (const sentence of texts.flatMap((t) => sentencesOf(t))) {
    if (!CITRATE_FORMED_RE.test(fold(sentence))) continue;
    const named = formsNearMagnesium(sentence).filter((f) => f.id === 'citrate' || f.id === 'carbonate');
    if (named.some((f) => f.id === 'citrate') && (ids.has('carbonate') || named.some((f) => f.id === 'carbonate')))
      return mergeForms(forms, named);
  }
  return forms;
}

/** "Buffered with magnesium oxide", "gepuffert mit Magnesiumoxid": the salt a label says its chelate is buffered with. */
const BUFFERED_WITH_RE =
  /(?<![a-z])(?:buffered with|gepuffert mit|tamponne (?:avec|au|a l')|tamponado con|tamponato con)[ ]{1,2}([^.;,)\n]{3,40})/g;

/** Magnesium from the sea, named so: "magnesio marino", "magnésium marin", "marine magnesium", "Meeresmagnesium". */
const MARINE_MAGNESIUM_RE =
  /(?<![a-z])(?:magnes\w*|magnez\w*) (?:marin[eoa]?|marinho|de mar|do mar|del mare|morski)(?![a-z])|(?<![a-z])(?:marine |meeres-?|sea )magnes\w*/;

/** A sentence about forms in general, not this product's: "… is usually easier on the gut than magnesium oxide". */
const GENERAL_CLAIM_RE = /(?<![a-z])(?:usually|generally|typically|tends? to|in general|than)(?![a-z])/;

/** A blend's row: "Proprietary Blend 450 mg", "Schlaf-Komplex", "Mélange exclusif". */
const BLEND_ROW_RE = /(?<![a-z])(?:blend|complex|matrix|mischung|komplex|melange|mezcla|miscela)(?![a-z])/;

/** The magnesium salts a blend lists on the line under its row, where that line has no amount. */
function blendForms(labelText: string): FormFinding[] {
  const lines = linesOf(labelText);
  return lines.flatMap((line, i) => {
    const next = lines[i + 1];
    if (!next || !BLEND_ROW_RE.test(fold(line)) || findAmounts(line).length === 0 || findAmounts(next).length > 0) return [];
    return formsNearMagnesium(next);
  });
}

/** Amino acid chelates the catalogue names by their amino acid. */
const CHELATE_FORMS: ReadonlySet<string> = new Set(['glycinate', 'lysinate', 'taurate']);

/** Stage 2. The forms, from the first source in FORM_SOURCES that names any. */
export function formsOf(p: PageInputs, containsMagnesium: boolean, warnings: Warning[]): FormFinding[] {
  if (!containsMagnesium) return [];
  let forms: FormFinding[] = [];
  let from = 0;
  for (; from < FORM_SOURCES.length; from++) {
    forms = FORM_SOURCES[from]!.read(p);
    if (forms.length) break;
  }
  // "Magnesium chelate" in the title and "amino acid chelate (magnesium bisglycinate)" further down:
  // the chelate the page names is the more exact answer.
  if (forms.length === 1 && forms[0]!.id === 'amino-acid-chelate') {
    // (Not from the prose's general words: "Magnesium in a glycinate or chelate form is usually easier on the gut".)
    const general = [...p.f.bullets, p.detailsText, p.f.description]
      .flatMap((t) => sentencesOf(t))
      .filter((x) => GENERAL_CLAIM_RE.test(fold(x)));
    const named = FORM_SOURCES.slice(from + 1)
      .flatMap((x) => x.read(p))
      .filter((x) => !general.some((sentence) => sentence.includes(x.source)))
      .filter((x) => CHELATE_FORMS.has(x.id));
    if (named.length) forms = [named[0]!];
  }
  // "ist Magnesium als Chelat-Komplex an die Aminosäure Glycin gebunden" in a page's prose: the
  // chelate it describes is the glycinate it names, not a second source.
  // So is a bare "chelate" beside the bisglycinate it names ("Magnesium + Chelate" over "magnesium
  // bisglycinate" in its ingredients); an "amino acid chelate" the label names is a source of its own.
  const fromProse = FORM_SOURCES[from]?.source === PROSE_SOURCE;
  if (forms.some((x) => CHELATE_FORMS.has(x.id)))
    forms = forms.filter((x) => x.id !== 'amino-acid-chelate' || (!fromProse && /amino/i.test(x.source)));
  // "† Buffered with magnesium oxide." under the row: the salt the label says it is buffered with is a source too.
  if (forms.length)
    for (const text of [p.f.labelText, p.ingredientsText])
      for (const m of text ? fold(text).matchAll(BUFFERED_WITH_RE) : []) {
        const at = m.index + m[0].length - m[1]!.length;
        forms = mergeForms(forms, formsNearMagnesium(text!.slice(at, at + m[1]!.length)));
      }
  forms = withCitrateItForms(p, forms);
  // "Calm Night Proprietary Blend 450 mg" over "L-Theanine, Magnesium L-Threonate, Chamomile …": a blend's list under its
  // row names a salt of magnesium with no amount of its own, a source too.
  if (from === 0) forms = mergeForms(forms, blendForms(p.f.labelText));
  // "di cui da magnesio marino 180 mg" beside "di cui da magnesio citrato 120 mg": the label's marine magnesium names no
  // salt; the ingredients do ("Magnesio marino (ossido di magnesio da acqua di mare)").
  if (from === 0 && p.ingredientsText && MARINE_MAGNESIUM_RE.test(fold(p.f.labelText)))
    forms = mergeForms(forms, formsNearMagnesium(p.ingredientsText));
  const formIds = new Set(forms.map((x) => x.id));
  const { mgRows, titleInfo } = p;
  // (A title's bare "chelate" is the bisglycinate the label names, not a form it leaves out.)
  const chelateNamed = [...formIds].some((id) => CHELATE_FORMS.has(id));
  const missing = (t: FormFinding) => !formIds.has(t.id) && !(chelateNamed && t.id === 'amino-acid-chelate');
  if (mgRows.length && titleInfo.forms.some(missing)) {
    const titleOnly = titleInfo.forms
      .filter(missing)
      .map((t) => t.id)
      .join(', ');
    warn(warnings, 'title-form-not-on-label', `The title names ${titleOnly}, which the label's magnesium row does not list.`);
  }
  return forms;
}

/** Stage 3. Buffered: the word, or a chelate listed together with oxide (docs/knowledge.md §3). */
export function bufferedOf(p: PageInputs, forms: FormFinding[], containsMagnesium: boolean, warnings: Warning[]): boolean {
  const formIds = new Set(forms.map((x) => x.id));
  const chelate = formIds.has('glycinate') || formIds.has('amino-acid-chelate') || formIds.has('lysinate');
  const buffered =
    containsMagnesium &&
    (p.mgRows.some((r) => r.buffered) ||
      [p.f.title, p.ingredientsText].some((t) => saysBuffered(t) && mentionsMagnesiumNutrient(t)) ||
      (chelate && formIds.has('oxide')));
  if (buffered) {
    warn(
      warnings,
      'buffered',
      'Buffered or mixed with magnesium oxide: part of the magnesium is likely oxide, and the label does not give the split.',
    );
  }
  return buffered;
}

export interface PageKind {
  kind: Analysis['kind'];
  /** Applied to the skin (oil, spray, flakes, lotion, bath salt). */
  topical: boolean;
}

/** The words of an address's path ("/products/magnesium-oil-spray" -> "products magnesium oil spray"). */
/**
 * The site's own name says magnesium for the skin: "www.magnesiumoel.ch" (German "oe" for "ö"),
 * "magnesium-spray.de", "magnesiumoil.co.uk".
 */
function topicalHost(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const words = new URL(url).hostname
      .split('.')
      .slice(0, -1)
      .filter((l) => l !== 'www')
      .join(' ')
      .replace(/[-_]+/g, ' ')
      .replace(/oel(?![a-z])/g, 'öl')
      // "magnesiumoil": the name and the product glued.
      .replace(/(?<![a-z])magnesium(?=oil|spray|flakes|lotion|gel|bath)/g, 'magnesium ');
    return /(?<![a-z])magnes/.test(words) && looksTopical(words);
  } catch {
    return false;
  }
}

function urlWords(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/[-_/.+]+/g, ' ');
  } catch {
    return '';
  }
}

/**
 * A formulary, a guide or a comparison rather than one product: the page states the elemental
 * magnesium of two or more different salts with different figures ("Each Magnaspartate® sachet …
 * equivalent to 243mg", "Each magnesium glycerophosphate chewable tablet contains magnesium 97mg"),
 * and its title names none of those salts. Returns the salts, or null.
 */
/** Sentences that give an amount of magnesium, in the label, description and bullets. */
function statementsOf(f: PageInputs['f']): ElementalStatement[] {
  return findElementalStatements([f.labelText, f.description, f.bullets.join('\n')].join('\n'));
}

function saltsOfSeveralProducts(p: PageInputs): FormId[] | null {
  const { f } = p;
  const figures = new Map<FormId, number>();
  const statements = statementsOf(f);
  // "… (= 169 mg magnézia), … (= 196 mg magnézia). Celkový obsah magnézia 365 mg": one unit's salts and their total.
  if (statements.some((s) => TOTAL_MAGNESIUM_RE.test(fold(s.source)))) return null;
  // "Each tablet contains: Magnesium citrate 500 mg (equiv. magnesium 80 mg) / … oxide 166 mg (equiv. magnesium
  // 100 mg)": the label's own rows, one form each on one basis, are one unit's parts, not products.
  const parts = p.mgRows.filter((r) => r.reading === 'elemental' && r.amount && r.forms.length === 1);
  const oneUnitsParts =
    parts.length >= 2 &&
    new Set(parts.map((r) => `${r.basis.per}`)).size === 1 &&
    new Set(parts.map((r) => r.forms[0]!.id)).size === parts.length;
  for (const s of statements) {
    if (oneUnitsParts && parts.some((r) => r.text.includes(s.source) || s.source.includes(r.text))) continue;
    // ("… il existe des formes dosées à 100 mg de magnésium par comprimé (citrate)": other strengths, told of.)
    if (OTHER_PRODUCT_OFFERED_RE.test(fold(s.source))) continue;
    const forms = s.fromCompound ? [] : formsNearMagnesium(s.source);
    if (forms.length === 1 && !figures.has(forms[0]!.id)) figures.set(forms[0]!.id, s.mg);
  }
  if (figures.size < 2 || new Set(figures.values()).size < 2) return null;
  // "Tabletka DZIEŃ … 100 mg magnezu", "Tabletka NOC … 150 mg" over the day's panel "Magnez 250 mg": a kit's two units,
  // which its own panel adds up, are one product.
  const sum = [...figures.values()].reduce((a, b) => a + b, 0);
  if (p.mgRows.some((r) => r.reading === 'elemental' && r.amount && Math.abs(r.amount.mg - sum) <= 1)) return null;
  const titled = new Set(formsNearMagnesium(f.title).map((x) => x.id));
  return [...figures.keys()].some((id) => titled.has(id)) ? null : [...figures.keys()];
}

/** "supplied as", "in the form of", "bound to": a sentence telling what the product's magnesium is made of. */
const MADE_OF_RE =
  /(?<![a-z])(?:(?:supplied|provided|delivered|formulated|comes|bound|chelated) (?:as|with|from|in|to)|in the form of|as (?:a |an )?(?:highly |well[- ])?(?:absorbed|absorbable|chelated|buffered|bioavailable))(?![a-z])/;

/** The text says, in a sentence of what the product is made of, which magnesium salt it uses. */
function madeOfMagnesiumSalt(text: string): boolean {
  return sentencesOf(text).some((sentence) => MADE_OF_RE.test(fold(sentence)) && formsInProse(sentence).length > 0);
}

/**
 * "For external use only", "Nur zur äußerlichen Anwendung", "Только для наружного применения", "לשימוש חיצוני בלבד", "외용으로만",
 * "Hanya untuk pemakaian luar", "Chỉ dùng ngoài da": on the body, in 30 languages, said as a label says it (with its
 * "only", or a line of its own), not an article's "products for swallowing and for external use".
 */
const EXTERNAL_USE = String.raw`(?:uso externo|uso esterno|uitwendig gebruik|utvartes\w*|udvortes\w*|utvortes\w*|ulkoiseen kayttoon|kulsoleg\w*|haricen|vnejsi pouziti|vonkajsie pouzitie|uzytku zewnetrznego|uz extern|εξωτερικη χρηση|наружного применения|зовнішнього застосування|външна употреба|isoriniam naudojimui|vanjsk\w* upotreb\w*|spoljn\w* upotreb\w*|спољн[а-я]* употреб[а-я]*|zunanjo uporabo|arig(?:ai|i) lietosanai|valispidiseks|valiseks kasutamiseks|notkunar utvortis|pemakaian luar|penggunaan luar|dung ngoai(?: da)?)`;
const ONLY_WORDS = String.raw`(?:only|nur|ausschliesslich|uniquement|exclusivement|solo|uitsluitend|enkel|solamente|exclusivamente|apenas|somente|alleen|endast|kun|bare|vain|wylacznie|tylko|pouze|len|csak|numai|doar|sadece|только|тільки|само|tik|tikai|ainult|samo|µονο|hanya|chi)`;
const EXTERNAL_USE_RE = new RegExp(
  String.raw`(?<![a-zа-яіα-ω])(?:for external use|external use only|zur ausseren anwendung|usage externe|לשימוש חיצוני בלבד|외용으로만|外用のみ|仅供外用|僅供外用|只供外用|لل(?:استعمال|استخدام) الخارجي فقط|${ONLY_WORDS}[^.\n]{0,20}?${EXTERNAL_USE}|^[ ]{0,3}${EXTERNAL_USE}[ .!]*$)(?![a-zа-яіα-ω])`,
  'm',
);

/** A body spray, mist, oil, cream, lotion, gel or roll-on, in Korean, Japanese and Chinese ("鎂油": magnesium oil). */
const CJK_SKIN_PRODUCT_RE =
  /스프레이|미스트|바디 ?오일|바디 ?크림|롤온|スプレー|クリーム|ジェル|ロールオン|身体乳|乳液|凝胶|滾珠|走珠|鎂油|镁油/;
/** By mouth, in the mouth, under the tongue: an oral spray's words. */
const CJK_ORAL_RE = /구강|경구|먹는|経口|口腔|舌下|口服/;

/** "Uso externo opcional: …", "External use: …": a line or sentence that gives an outward use (not "only" one). */
const EXTERNAL_USE_PART_RE = new RegExp(
  String.raw`[^.\n]*(?<![a-z])(?:${EXTERNAL_USE}|external use|usage externe|ausserliche anwendung)(?![a-z])(?![ ]{1,2}${ONLY_WORDS})[^\n]*`,
  'g',
);
/** "… tomar una vez al día", "uso interno": the directions have it taken by mouth. */
const BY_MOUTH_RE = /(?<![a-z])(?:take|drink|internal use|uso interno|usage interne|innerliche anwendung)(?![a-z])/;

/**
 * Directions without the outward use they add to taking the product by mouth ("Disolver media cucharadita … y tomar
 * una vez al día. Uso externo opcional: para baños de pies, disolver 100 g …"): a powder with a label of its own is
 * swallowed, its foot bath a second use. Directions that only give an outward use stay as they are.
 */
function besidesOralUse(directions: string, labelled: boolean): string {
  if (!labelled) return directions;
  const rest = directions.replace(EXTERNAL_USE_PART_RE, ' ');
  return rest !== directions && (SWALLOWED_IN_SENTENCE_RE.test(rest) || BY_MOUTH_RE.test(rest)) ? rest : directions;
}

/** A question, up to its mark ("Can I take it as a laxative?"). */
const QUESTION_RE = /[^.!?\n]{0,200}\?/g;

/** Stage 4. Topical, and the kind of page: a food, a medicine, not a product, a topical, a multi-nutrient. */
export function kindOf(p: PageInputs, containsMagnesium: boolean, warnings: Warning[]): PageKind {
  const { f, label, mgRows, titleInfo, snapshot, url } = p;
  const itemForm = f.details.find(([k]) => /item form|form|darreichungsform|forme/i.test(k))?.[1] ?? '';
  // List items are the page's text too (a leaflet whose every line is a list item).
  const prose = `${f.bullets.join('\n')}\n${f.description}`;
  const onSkin = !mgRows.length && usedOnSkin(`${f.title}\n${prose}`);
  const foldedTitle = fold(f.title);
  // "do inhalatorów … Inhalacje … nebulizatorach": a brine or mist breathed in or gargled.
  const inhaled =
    !mgRows.length && (fold(`${f.title}\n${f.directions}\n${prose.slice(0, 3_000)}`).match(INHALED_RE) ?? []).length >= 2;
  const topical =
    containsMagnesium &&
    !inhaled &&
    // ("HOŘČÍK OROFAST sprej" whose text sprays it "pod jazyk", under the tongue: a spray taken by mouth.)
    // ("Sunny Patch Magnesium Gummies … 60 Count" over its Supplement Facts: a brand's "patch", gummies swallowed.)
    ((titleInfo.topical &&
      !(mgRows.length > 0 && SWALLOWED_UNITS_RE.test(foldedTitle)) &&
      !(saysOralSpray(`${f.directions}\n${prose.slice(0, 3_000)}`) && !ON_THE_BODY_RE.test(fold(prose)))) ||
      looksTopical(itemForm) ||
      // "[1+1 기획] … 마그네슘 릴렉싱 바디 스프레이 100ml" at its price: a body spray, cream or gel on sale, named in Korean,
      // Japanese or Chinese. (A guide titled "마그네슘 스프레이, … 효과 있을까?" sells nothing: no product's kind.)
      ((!!snapshot.price || !!snapshot.forSale) && CJK_SKIN_PRODUCT_RE.test(f.title) && !CJK_ORAL_RE.test(f.title)) ||
      // ".../produits/huile-chlorure-magnesium/": the address names the product where the page's heading does not.
      // (Not over a label's row and directions that swallow units, nor under a name that does: the page's own words win.)
      (looksTopical(urlWords(url)) &&
        !SWALLOWED_UNITS_RE.test(foldedTitle) &&
        // ("Oralmag Spray Buccal" at ".../nicorette-spray-…": a spray the page's own words put in the mouth.)
        !saysOralSpray(`${f.title}\n${f.directions}`) &&
        !(mgRows.length > 0 && SWALLOWED_UNITS_RE.test(fold(`${f.directions}\n${label.directions ?? ''}`)))) ||
      // "magnesiumoel.ch", "magnesium-spray.de": a site named after magnesium for the skin, when no label row
      // and no unit one swallows in the title says otherwise.
      (!mgRows.length && topicalHost(url) && !SWALLOWED_UNITS_RE.test(fold(f.title))) ||
      TOPICAL_DIRECTIONS_RE.test(besidesOralUse(fold(`${f.directions}\n${label.directions ?? ''}`), mgRows.length > 0)) ||
      // "Apply to muscles prone to cramping", "massage into the skin": the page's own text puts it on the body.
      ON_THE_BODY_RE.test(fold(prose)) ||
      (!mgRows.length && appliedToSkin(prose)) ||
      MADE_WITH_OIL_RE.test(fold(`${f.title}\n${prose.slice(0, 600)}`)) ||
      // A cosmetic's ingredient list ("INCI: Magnesium Sulfate, Sodium bicarbonate, …").
      INCI_RE.test(fold(`${f.ingredients}\n${f.labelText}\n${prose}`)) ||
      onSkin ||
      EXTERNAL_USE_RE.test(fold(`${f.labelText}\n${f.directions}\n${prose}`)));
  const foldedLabel = fold(f.labelText);
  let kind: Analysis['kind'];
  let listed: FormId[] | null = null;
  // The name and the directions say what the product is for; directions that give a supplement's use
  // as well as a medicine's ("Antacid: … Magnesium supplement: adults take 1 to 2 tablets daily") sell it as both.
  const purposeText = fold(
    `${f.title.length <= 80 ? f.title : ''}\n${SUPPLEMENT_USE_DIRECTIONS_RE.test(fold(f.directions)) ? '' : f.directions}`,
  );
  // (A shopper's question, "Can I take Acidgone Gel daily as a magnesium supplement?", says nothing of what it is.)
  // (Nor the shop's shelf: "Home > Healthcare > Vitamins & Supplements > Minerals" files it with the supplements.)
  const saysSupplement =
    SUPPLEMENT_STATUS_RE.test(
      fold(`${f.title}\n${f.labelText}\n${prose}\n${f.directions}`)
        .replace(QUESTION_RE, ' ')
        .replace(SUPPLEMENT_DENIED_RE, ' ')
        .replace(SUPPLEMENT_INSTEAD_RE, ' '),
    ) || SUPPLEMENTS_SHELF_RE.test(fold(snapshot.category ?? ''));
  // A title that names a food or a thing, with no unit to swallow, over no magnesium row of the product's.
  // ("Almendras Bañadas En Cacao Amargo 70% … Fuente De Magnesio": a food that claims magnesium names it only so.)
  const namesMagnesium = titleInfo.containsMagnesium && !SOURCE_OF_MAGNESIUM_RE.test(foldedTitle);
  const namedInTitle = (re: RegExp) =>
    re.test(foldedTitle) && !SUPPLEMENT_WORDS_RE.test(foldedTitle) && (!mgRows.length || (!namesMagnesium && !saysSupplement));
  // ("名称：混合ナッツ": a Japanese label's name of its kind of food; a supplement's says "マグネシウム含有食品".)
  const kindOfFood = JAPANESE_NAME_FIELD_RE.exec(`${f.labelText}\n${prose.slice(0, 3_000)}`)?.[1];
  const looksLikeFood =
    (FOOD_WHATEVER_ITS_MAGNESIUM_RE.test(foldedTitle) && !SUPPLEMENT_WORDS_RE.test(foldedTitle)) ||
    (!!kindOfFood && FOOD_TITLE_RE.test(fold(kindOfFood)) && !SUPPLEMENT_WORDS_RE.test(fold(kindOfFood))) ||
    // ("Sal marina integral con magnesio – 500 g", "Cocoa powder, unsweetened": a salt to cook with or a cocoa, magnesium or
    // not; not a bath's sea salt, nor capsules of either.)
    (STAPLE_TITLE_RE.test(foldedTitle) && !topical && !SWALLOWED_IN_TITLE_RE.test(foldedTitle)) ||
    // (Not a "Nutrition Facts" heading over nothing but "Click to view nutritional information": a shop's
    // empty tab, on supplements too.)
    // (Nor "Nutrition Facts" over "per tablet (4.2 g):": a supplement's panel under a food's heading.)
    // (Nor "Nutrition Facts" over "Ingredients: Trimagnesium citrate anhydrous.": a powder of the salt alone.)
    (label.isNutritionFactsPanel &&
      !/supplement facts/.test(foldedLabel) &&
      !PER_UNIT_RE.test(foldedLabel) &&
      findAmounts(f.labelText).length > 0 &&
      !magnesiumSaltFirst(p.ingredientsText)) ||
    // A US food's panel whose heading stayed out of the label's text: calories, total fat and cholesterol rows.
    (FOOD_MACROS_RE.test(foldedLabel) && !/supplement facts/.test(fold(`${f.labelText}\n${prose}`))) ||
    // A Nutri-Score or Eco-Score grade: foods carry them, food supplements are exempt.
    FOOD_SCORE_RE.test(fold(`${f.labelText}\n${f.ingredients}\n${prose}`)) ||
    // (Within one cell: "% NRV* | pro 100 g", a reference's column beside a per-100 g one, is a supplement's table.)
    REFERENCE_PER_100_RE.test(fold(`${f.labelText}\n${prose}`.replace(/\t/g, ' | '))) ||
    (!mgRows.length && foodPanel(`${f.labelText}\n${prose}`)) ||
    // "Información nutricional | Por 100 g" over fats, carbohydrates, proteins and salt: an EU food's panel.
    // (Open Food Facts lists supplements so too: not where a unit to swallow or a dose in mg is named.)
    (!mgRows.length &&
      !saysSupplement &&
      // (A dose in the title, "Magnesium 400 mg"; not a pack's weight, "Mandeln 500 g".)
      !findAmounts(f.title).some((a) => a.unit !== 'g') &&
      !SWALLOWED_UNITS_RE.test(fold(`${f.title}\n${prose}\n${p.ingredientsText}`)) &&
      !magnesiumSaltFirst(p.ingredientsText) &&
      !namedMagnesium(f.title) &&
      euFoodPanel(f.labelText)) ||
    // "Per 100 g | Per serving" over an energy row, and no word of a supplement: a food's table.
    // (Not beside a tablet's or a capsule's column, "Per 100g | Per tablet (4g) | Per 500ml serving": an effervescent
    // tablet's, whose "Food supplement" stands in its warnings.)
    // (Nor under ingredients led by a magnesium salt, "Trimagnesiumdicitraat, zuurteregelaar": a powder's, taken by the scoop.)
    (!saysSupplement &&
      PER_100_BESIDE_SERVING_RE.test(foldedLabel) &&
      ENERGY_ROW_RE.test(foldedLabel) &&
      !PER_SWALLOWED_UNIT_RE.test(foldedLabel) &&
      !magnesiumSaltFirst(p.ingredientsText)) ||
    // ("Avg. Quantity per Serving | per 100g" over energy, protein, fat and carbohydrate: the same, under a name that
    // is neither magnesium's nor a supplement's: "Macro Organic Pepitas 400g".)
    // (Not under a scoop's contents that weigh a salt of magnesium, "Magnesium citrate 1.6 g / equivalent to magnesium
    // 250 mg": a drink mix's composition, which a food's panel never gives.)
    (!saysSupplement &&
      !mgRows.some((r) => r.reading === 'compound') &&
      SERVING_BESIDE_PER_100_RE.test(foldedLabel) &&
      ENERGY_ROW_RE.test(foldedLabel) &&
      EU_MACROS.filter((re) => re.test(foldedLabel)).length >= 3 &&
      NONZERO_MACRO_RE.test(withoutHeaderWeights(foldedLabel)) &&
      !PER_SWALLOWED_UNIT_RE.test(foldedLabel) &&
      !SUPPLEMENT_WORDS_RE.test(foldedTitle) &&
      !namedMagnesium(f.title)) ||
    // Brazil's table, "100 g | 30 g | %VD*" over "Valor energético (kcal)", "Carboidratos (g)", "Proteínas (g)", under a name
    // that is neither magnesium's nor a supplement's: a food's (a supplement says "suplemento alimentar").
    (!saysSupplement &&
      BARE_HUNDRED_BESIDE_PORTION_RE.test(foldedLabel) &&
      ENERGY_ROW_RE.test(foldedLabel) &&
      EU_MACROS.filter((re) => re.test(foldedLabel)).length >= 3 &&
      !PER_SWALLOWED_UNIT_RE.test(foldedLabel) &&
      !SUPPLEMENT_WORDS_RE.test(foldedTitle) &&
      !namedMagnesium(f.title)) ||
    // "balená přírodní minerální voda" with "Mg (Hořčík - mg/l) 160": a mineral water's analysis. (Sold by
    // the bottle, "12 x 0,75 l", it is one even where its page compares it with supplements.)
    // (Its panel may have a magnesium row, per litre: "Výživové údaje na 1 l | Horčík 166 mg", under a name sold in litres.)
    // (Or named a mineral water, "Donat Mg Natürliches Mineralwasser", over "1000 ml enthalten: … Magnesium 1000 mg".)
    ((!saysSupplement || LITRE_BOTTLES_RE.test(foldedTitle) || MINERAL_WATER_RE.test(foldedTitle)) &&
      // (Or its rows in milligrams a litre: "Analyseauszug (mg/l)" over "Magnesium 118 mg/l".)
      (!mgRows.length ||
        ((LITRE_BOTTLES_RE.test(foldedTitle) || MINERAL_WATER_RE.test(foldedTitle)) &&
          (LITRE_COLUMN_RE.test(foldedLabel) || PER_LITRE_RE.test(foldedLabel) || LITRE_CONTAINS_RE.test(fold(prose))))) &&
      MINERAL_WATER_RE.test(fold(`${f.title}\n${prose.slice(0, 3_000)}`)) &&
      (PER_LITRE_RE.test(fold(`${f.labelText}\n${f.ingredients}\n${prose}`)) || LITRE_CONTAINS_RE.test(fold(prose)))) ||
    // ("Cereais" over a table of what the body needs: a food's page, whatever its magnesium row; not a
    // "Tělové mléko", a body milk, put on the skin.)
    (namedInTitle(FOOD_TITLE_RE) && !(topical && titleInfo.topical)) ||
    // "低溫烘焙南瓜子" over a panel of energy, fat and carbohydrate: a food named, with a food's panel, whatever else the
    // page says of magnesium (its shop's "營養補充" menu, its seeds' magnesium).
    (FOOD_TITLE_RE.test(foldedTitle) &&
      !SUPPLEMENT_WORDS_RE.test(foldedTitle) &&
      CJK_ENERGY_RE.test(f.labelText) &&
      CJK_CARBS_RE.test(f.labelText)) ||
    // "Ninho Fases 1+ Fórmula Infantil": a formula for babies or toddlers is their food, never a supplement.
    INFANT_FORMULA_RE.test(fold(`${f.title}\n${prose.slice(0, 3_000)}`));
  // "Portable Water Filter System", "Magnesium Fire Starting Tool", "Healthy Home Hamper": a thing.
  const device =
    !looksLikeFood &&
    (namedInTitle(DEVICE_TITLE_RE) ||
      (PILL_ORGANISER_RE.test(foldedTitle) && !mgRows.length) ||
      SPORTS_CHALK_RE.test(foldedTitle) ||
      bookPage(`${f.title}\n${prose}`));
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
      // The page-text reader saw the page sell or label a product (price, cart, facts panel), and the
      // product is a magnesium one: its title says so, or its text gives an amount of magnesium
      // ("Slow-Mag 60 tabl." whose "Jedna tabletka zawiera 64 mg jonów magnezu").
      (snapshot.store === 'generic' &&
        snapshot.isProductPage === true &&
        (titleInfo.containsMagnesium ||
          statementsOf(f).length > 0 ||
          // ("Mag Taurine Matrix" with its cart: "Magnesium is supplied as a well-absorbed, buffered bis-glycinate";
          // not "pair it with our magnesium citrate", another product's.)
          (!!snapshot.forSale &&
            (madeOfMagnesiumSalt(f.description.slice(0, 1_500)) ||
              // ("Acerca de este producto" over "• SAL DE EPSOM PURA: sulfato de magnesio heptahidratado …": its first
              // bullet names what it is made of.)
              formsInProse(f.bullets[0]?.slice(0, 300) ?? '').length > 0))))
    );
  const otherNutrientsInTitle = new Set(foldedTitle.match(OTHER_NUTRIENT_TITLE_RE) ?? []).size;
  const drugPurpose =
    // (A shopper's question, "Pode tomar como laxante?", says nothing of what the product is for.)
    drugPurposeOf(fold(`${f.title}\n${f.labelText}\n${prose.slice(0, 1_500)}`).replace(QUESTION_RE, ' ')) ??
    drugPurposeOf(indicationsIn(prose)) ??
    milkOfMagnesia(f.title, f.labelText) ??
    antacidPair(fold(`${f.title}\n${f.labelText}\n${f.ingredients}`)) ??
    aspirinPair(fold(`${f.title}\n${f.labelText}\n${f.ingredients}`)) ??
    atcPurpose(fold(prose.slice(0, 3_000)));
  // ("1. Bezeichnung des Arzneimittels / Cormagnesin® 400; Injektionslösung": a short line near the top names the form.)
  // (And the lines under a summary's "1. DENOMINATION DU MEDICAMENT", wherever a shop's menus put it.)
  const named = MEDICINE_NAME_HEAD_RE.exec(fold(prose));
  const nameLines = [prose.slice(0, 1_500), named ? prose.slice(named.index, named.index + 400) : '']
    .join('\n')
    .split('\n')
    .filter((l) => l.length <= 80)
    .join('\n');
  const injection = injected(f.title, `${f.labelText}\n${f.servingSize}\n${nameLines}`);
  const recipe = topical && isRecipe(`${url ?? ''}\n${f.title}`, prose.slice(0, 3_000));
  if (!containsMagnesium) kind = 'not-a-supplement';
  else if (looksLikeFood) {
    // A nutrition panel, a food score, a mineral water's analysis: say why there is no verdict.
    kind = 'not-a-supplement';
    warn(
      warnings,
      'food-or-drink',
      'The page reads as a food or a drink (its nutrition panel or analysis), not a supplement: no dose verdict.',
    );
  } else if (device) {
    kind = 'not-a-supplement';
    warn(
      warnings,
      'not-a-supplement-product',
      'The page is about a thing made of or for magnesium (a device, a tool, a gift set, a book), not a supplement: no dose verdict.',
    );
  } else if (!mgRows.length && rawMaterial(`${f.labelText}\n${prose.slice(0, 3_000)}`)) {
    kind = 'not-a-supplement';
    warn(
      warnings,
      'raw-material',
      'The page sells the raw chemical to makers (its CAS number, formula and bulk packing), not a supplement: no dose verdict.',
    );
  } else if (
    forAnimalsOrPlants(
      `${f.title}\n${f.directions}\n${prose.slice(0, 3_000)}`,
      !mgRows.length && !SUPPLEMENT_PRODUCT_RE.test(fold(`${f.title}\n${f.labelText}\n${prose}`)),
    )
  ) {
    // "Epsom Salt 50 / Garden Fertilizer", a horse's "Calm Mix" (or its directions, "Horses less than 499 lbs
    // body weight - 1/2 scoop daily"): not taken by people.
    kind = 'not-a-supplement';
    warn(warnings, 'not-for-people', 'The page is about animals or plants, not a supplement for people: no dose verdict.');
  }
  // "… bath soaks for sprains and sore muscles, … relief of constipation as a saline laxative": an
  // Epsom salt its page also puts in the bath goes on the skin too; neither way is an oral supplement's dose.
  else if (
    drugPurpose &&
    // (A Drug Facts row "Magnesium sulfate heptahydrate USP 100%" weighs nothing.)
    !mgRows.some((r) => r.amount) &&
    // (On no product's page, the Epsom salt the page is about is in its title: "Understanding Magnesium
    // Supplements" mentions one among a dozen forms.)
    /(?<![a-z])(?:epsom|bittersalz)(?![a-z])/.test(fold(snapshot.isProductPage === false ? f.title : `${f.title}\n${prose}`)) &&
    SOAK_RE.test(fold(`${prose}\n${f.directions}`))
  )
    kind = 'topical';
  // A brine or mist breathed in or gargled is neither swallowed as a supplement nor put on the skin.
  else if (inhaled) {
    kind = 'not-a-supplement';
    warn(warnings, 'inhaled', 'A product to breathe in or gargle, not a supplement taken by mouth: no dose verdict.');
  }
  // An injection says what it is in its name or its dosage form, whatever its text says of nutrition.
  else if (injection && !topical) {
    kind = 'not-a-supplement';
    warn(
      warnings,
      'drug-not-supplement',
      `A medicine for ${injection}: its dose is a drug's, not a magnesium supplement's, so no supplement verdict is given.`,
    );
  }
  // "Mg-Lax Gentle Stool Softener … For constipation, take 1 to 3 capsules": a purpose its name or its
  // directions give outweighs a passing "magnesium deficiency" elsewhere in its text.
  // A pain reliever made with a magnesium oil is rubbed on: a topical ("Go Go Pain – Intense Pain Reliever").
  // A deodorant's ingredient page that says its salt is also in antacids is about the deodorant: a
  // purpose only mentioned in the text does not outweigh a product put on the skin.
  else if (
    drugPurpose &&
    !(topical && ANALGESIC_RE.test(drugPurpose)) &&
    !(topical && onSkin && !drugPurposeOf(purposeText)) &&
    // ("Magnesium Oxide 400 mg Tablets, Mineral Supplement / Antacid": a supplement its name gives an antacid use too.)
    (!saysSupplement || (drugPurposeOf(purposeText) && !NAMED_SUPPLEMENT_RE.test(purposeText)))
  ) {
    kind = 'not-a-supplement';
    warn(
      warnings,
      'drug-not-supplement',
      `A medicine for ${drugPurpose}: its dose is a drug's, not a magnesium supplement's, so no supplement verdict is given.`,
    );
  } else if (!topical && (listed = saltsOfSeveralProducts(p))) {
    kind = 'not-a-supplement';
    warn(
      warnings,
      'several-products',
      `The page describes several products (magnesium ${listed.join(', ')}), each with its own amount: no one product's dose is read.`,
    );
  } else if (
    topical &&
    !mgRows.length &&
    !recipe &&
    !snapshot.genre &&
    // (Not on no product's page that goes through five forms or more: "Topical magnesium (Epsom salt baths, magnesium oil) is an
    // option" under a table of "Magnesium supplement types" is one line of an overview of them all.)
    !(snapshot.isProductPage === false && !titleInfo.topical && formsInProse(prose).length >= 5)
  ) {
    // A page about a magnesium oil, spray or bath salt, even with nothing for sale: what it
    // describes goes on the skin, so it gets no oral verdict either way. A recipe is not a product.
    kind = 'topical';
  } else if (
    topical &&
    !mgRows.length &&
    !snapshot.price &&
    !snapshot.forSale &&
    // (A cosmetic's own declaration, "Inhaltsstoffe (INCI): Magnesium Chloride", is a product's label, whatever it says
    // of making an oil of it.)
    !/(?<![a-z])inci(?![a-z])/.test(fold(`${f.ingredients}\n${f.labelText}\n${prose.slice(0, 3_000)}`)) &&
    (MAKE_OWN_RE.test(fold(`${f.title}\n${prose.slice(0, 3_000)}`)) || howToMake(f.title))
  ) {
    // "So I decided to make my own … To apply: spray 10 to 20 squirts": a recipe's directions are
    // for what the reader makes, not for a product on sale. (A shop's flakes page that sells them
    // and tells how to make an oil of them is still the flakes' page.)
    kind = 'not-a-supplement';
    warn(warnings, 'recipe', 'A recipe or how-to for a magnesium oil or soak, not a product: no verdict is given.');
  } else if (!mgRows.length && HOMEOPATHIC_RE.test(fold(`${f.title}\n${f.labelText}\n${prose}`))) {
    // "Magnesia Phosphorica 6X HPUS": a homeopathic dilution, no amount of magnesium to take.
    kind = 'not-a-supplement';
    warn(
      warnings,
      'homeopathic',
      'A homeopathic remedy: its magnesium is a dilution with no amount in mg, so no supplement verdict is given.',
    );
  } else if (!topical && !saysSupplement && DRUG_RECORD_RE.test(fold(`${f.labelText}\n${prose}`))) {
    // "Product NDC 71610-182 … Marketing category OTC MONOGRAPH FINAL" with no supplement's directions:
    // a drug's listing, whose strength per tablet is no supplement's dose.
    kind = 'not-a-supplement';
    warn(
      warnings,
      'drug-not-supplement',
      'The page lists the product as a drug (its National Drug Code record), and nothing on it says it is sold as a supplement: no supplement verdict is given.',
    );
  } else if (!topical && !saysSupplement && SAID_NOT_SUPPLEMENT_RE.test(fold(`${f.labelText}\n${prose}`))) {
    // "本品は食品添加物（豆腐用凝固剤）・調味料として販売しております。健康食品ではありません": the page says so.
    kind = 'not-a-supplement';
    warn(warnings, 'said-not-supplement', 'The page says the product is not a supplement: no dose verdict is given.');
  } else if (!mgRows.length && (snapshot.isProductPage === false || !productSignals)) {
    kind = 'not-a-supplement';
    warn(
      warnings,
      'not-a-product',
      snapshot.genre === 'ranking'
        ? 'A ranking or test of several products, not one product page: no dose verdict.'
        : snapshot.genre === 'listing'
          ? "A shop's list of several products, each with its own amount and price, not one product page: open one for its verdict."
          : snapshot.genre === 'forum'
            ? 'A forum thread or discussion, not a product page: no dose verdict.'
            : snapshot.genre === 'article'
              ? 'A dated article or post about magnesium, not a product page: no dose verdict.'
              : 'This page does not look like a product page (no label, serving, directions or price).',
    );
  } else if (topical) kind = 'topical';
  else if (
    label.otherNutrientRows >= 3 ||
    (label.magnesiumInBlend && !mgRows.length) ||
    (otherNutrientsInTitle >= 1 && label.otherNutrientRows >= 1) ||
    MULTI_TITLE_RE.test(foldedTitle) ||
    otherNutrientsInTitle >= 2
  )
    kind = 'multi-nutrient';
  else kind = 'magnesium-supplement';
  return { kind, topical };
}
