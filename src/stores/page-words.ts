// The page words the page-text reader knows, in the languages it reads: headings that open a
// block (facts, directions, ingredients, warnings, the product's own text, carousels), the titles of
// articles, leaflets and rankings, a shop's buy words, magnesium's names, amounts and counts. Folded
// text (core/text.ts fold()) is what they match. The reader's logic stays in page-text.ts.
import {
  CYRILLIC_MAGNESIUM,
  EPSOM_SALT,
  LATIN_MAGNESIUM,
  OTHER_SCRIPT_EPSOM,
  OTHER_SCRIPT_MAGNESIUM,
  escapeRegExp,
  fold,
} from '../core/text';

/** A dosage unit's name in the languages the reader knows (folded, singular or plural). */
const DOSAGE_UNIT_NAMES =
  '(?:kapsle|kapszula|kapseli|tabletas?|capsulas?|comprimidos?|cucharaditas?|cucharadas?|sobres?|ampollas?|grageas?|dosis|porcion|gelules?|comprimes?|sachets?|ampoules?|kapseln?|tabletten?|brausetabletten?|beutel|compress[ae]|bustin[ae]|fial[ae]|flaconcin[io]|saquetas?|tablets?|capsules?|zakjes?|tabletk[ai]|kapsulk[ai]|saszetk[ai]|tabletter?|kapslar|kapsel|kapsul\\w*|tobolk\\w*|tablet\\w*|(?:tygge|tugg|brus|kau)tablett\\w*|comprimat\\w*|pastill\\w*|gumm(?:y|ies)|gominolas?|zelk[ai]|zelek|gommes?|fruchtgummis?|caramelle|jeleu\\w*)';

/** A dosage unit's name as a word ("2 capsules", "1 compressa"). */
export const DOSAGE_UNIT_RE = new RegExp(`(?<![a-z])${DOSAGE_UNIT_NAMES}(?![a-z])`);

/** Headings (or line starts) that open a facts panel: the label's own table or ingredient list. */
export const FACTS_HEAD = new RegExp(
  '^(?:' +
    [
      'supplement facts',
      'nutrition(?:al)? (?:facts|information|info|values?)',
      'drug facts',
      'medicinal ingredients?',
      // (Canada's French label: "Ingrédients médicinaux (par cuillère à thé de 2,3 g) :".)
      'ingredients? medicinaux',
      // A drug monograph's "Supplied: Each white, round, film-coated tablet contains: …", "How supplied".
      '(?:how )?supplied',
      'active ingredients?(?: \\(in each \\w+\\))?',
      'each (?:\\d+[ -])?(?:(?:(?:vegetarian|vegetable|veggie|vegan|gelatin|hard|soft|level|rounded|(?:film|sugar|enteric)[ -]coated|coated|uncoated|chewable|effervescent|dispersible|(?:delayed|sustained|extended|modified)[ -]release) )|(?:white|yellow|pink|blue|green|orange|red|brown|round|oval|oblong|scored|biconvex|capsule-shaped),? ){0,4}(?:capsule|tablet|softgel|caplet|gummy|gummie|chewable|lozenge|tablespoon|teaspoon|scoop|sachet|packet|stick|serving|dose|ml|drop|spray)s?[^:]{0,30} (?:contains?|provides?[ ]?:)',
      // "Each 5 g dose (1 metric teaspoon) contains:", "Each 10 mL contains:": a measure's contents.
      'each \\d+(?:[.,]\\d+)? ?(?:g|ml)(?: (?:dose|serving|scoop|sachet|measure))?[^:]{0,30} contains?',
      'amount per (?:serving|\\d+ \\w+)',
      // "Ingredients per 2 tablets:", a facts list by its serving; a table's header row, "Nutrient<TAB>Per Tablet",
      // "Nutrient<TAB>1 Tablet Contain:<TAB>4 Tablets Contain:", "Nutrient<TAB>Amount per tablet".
      '(?:ingredients?|zutaten|ingredienti|ingredientes) (?:amount )?(?:per|pro|pour|por) (?:serving|portion|(?:1 |one )?(?:capsule|tablet|softgel|caplet|gummy|scoop|sachet|kapsel|tablette|gelule|capsula|compressa)|\\d+ \\w+)',
      // (A nutrient table by unit only: "Nutrients per serving" and "Nährstoffe pro 100 g" are a recipe's or a food's.)
      '(?:nutrients?|nahrstoffe?|nutriments?|nutrientes|nutrienti) (?:amount )?(?:per|pro|pour|por) (?:1 |one |\\d{1,2} )?(?:capsule|tablet|softgel|caplet|gummy|scoop|sachet|kapsel|tablette|gelule|capsula|compressa|compresse)',
      '(?:ingredients?|nutrients?) (?:1|one|each) (?:capsule|tablet|softgel|caplet|gummy|scoop|sachet) contains?(?![a-z])',
      // "4 Tablets Contain:", "Each 2 capsules contain:"
      // ("3 tablete conțin:", Romanian.)
      '(?:each )?(?:[2-9]|1[0-2]|two|three|four) (?:vegetarian |veggie |vegan )?(?:capsules|tablets|softgels|caplets|gummies|tablete|capsule|comprimate) (?:contain|provide[ ]?:|contin)',
      'per (?:serving|daily dose|\\d+ (?:capsules?|tablets?|softgels?|gummies|scoops?))',
      // "Composition", "Qualitative and quantitative composition", "Dosage Form, Packaging, and Composition".
      // "Release form, composition and packaging" (a Russian drug page's heading in English); not a
      // coating's composition ("Composition film coat:", "Composition of the shell"), its excipients.
      '(?:[a-z ,]{0,40}(?:and|&) (?:quantitative )?|(?:release form|form of release|dosage form)[ ,]{1,3}(?:and )?)?(?:product |drug |salt )?composition(?: nutritionnelle)?(?! (?:of (?:the )?)?(?:film[ -]?)?(?:coat|coating|shell|capsule shell)(?![a-z]))',
      'zusammensetzung',
      'nahrwert\\w*',
      'durchschnittliche (?:gehalte|nahrwerte)',
      'inhaltsstoffe pro',
      // "Nährstoffe pro Tagesdosis (1 Ampulle = 25 ml)": the nutrients in a day's dose.
      'nahrstoffe pro',
      // ("Inhaltsstoffe" alone over "Pro Stick (2 g):" and its rows.)
      'inhaltsstoffe(?=[ ]?:?[ ]*$)',
      'pro (?:tagesdosis|tagesportion|kapsel|tablette)',
      'eine (?:kapsel|tablette|brausetablette|portion) enthalt',
      'valeurs nutritionnelles',
      // (Canada's "Valeur nutritive pour 2 jujubes (5 g)": the Nutrition Facts table in French.)
      'valeur nutritive',
      'tableau (?:nutritionnel|des valeurs nutritionnelles)',
      'informations? nutritionnelles?',
      'principes? actifs?',
      'pour \\d+ (?:gelules?|comprimes?)',
      'par (?:dose journaliere|gelule|comprime)',
      'composicion',
      'informacion nutricional',
      'por (?:dosis diaria|capsula|comprimido)',
      // "La composizione di 1 compressa contiene", "1 flaconcino di soluzione contiene".
      '(?:la )?composizione',
      '(?:1|un[a]?) (?:flaconcino|bustina|compressa|capsula|fiala)[^:]{0,30} contiene',
      // "Cada cucharadita de 5 mL contiene", "Chaque gélule contient", "Jede Kapsel enthält": one unit's contents.
      `(?:cada|chaque|jede[rs]?|ogni|elke|kazda|varje|une?|eine?|una?|uma|um|egy|o) (?:\\d+ )?(?:[a-z]+ ){0,2}${DOSAGE_UNIT_NAMES}[^:]{0,30} (?:contiene|contient|enthalt|contem|bevat|zawiera|innehaller|tartalmaz|contine)`,
      // "1 kapsułka zawiera:", "1 Tablette enthält:", "1 Beutel zu 6,1 g enthält:": a count of one over the list (not a
      // sentence with its amount).
      `1 (?:[a-z]+(?:-[a-z]+)? ){0,2}${DOSAGE_UNIT_NAMES}(?: (?:zu|von|de|da|di|of|van|a) \\d{1,3}(?:[.,]\\d{1,2})? ?(?:g|ml))? (?:contiene|contient|enthalt|contem|bevat|zawiera|innehaller|contains|obsahuje|tartalmaz|contine|sadrzi|vsebuje|indeholder|inneholder|sisaltaa|sisaldab|satur|icerir)\\s?:\\s*$`,
      // "1 капсула съдържа:", "1 κάψουλα περιέχει:", "1 kapsulėje yra:", "Her kapsülde:": one unit's contents.
      '(?:1|една|един|µια|ενα) (?:капсула|таблетка|καψουλα|δισκιο) (?:съдържа|περιεχει)\\s?:\\s*$',
      '(?:1|vienoje) (?:kapsuleje|tableteje) yra\\s?:\\s*$',
      'her (?:bir )?(?:kapsul|tablet)(?:de|te|da|ta)\\s?:\\s*$',
      '(?:minosegi es mennyisegi )?osszetetel',
      // Hungarian "Átlagos tápanyagtartalom", "Hatóanyag-tartalom": a panel's heading.
      '(?:atlagos )?(?:tapanyag|hatoanyag)[- ]?tartalom',
      'principi? attiv[oi]',
      // A leaflet's "6. Contents": "Les substances actives sont :", "Los principios activos son:", "Die Wirkstoffe sind:".
      '(?:les substances actives sont|la substance active est|los principios activos son|el principio activo es|i principi attivi sono|il principio attivo e|die wirkstoffe sind|der wirkstoff ist|the active substances are|the active substance is)(?=[ ]?:|[ ]*$)',
      'valori nutrizionali',
      // The EU's "nutrition declaration", in Italian, French, Spanish, Portuguese and Dutch.
      'dichiarazione nutrizionale',
      'declaration nutritionnelle',
      'declaracion nutricional',
      'declaracao nutricional',
      'voedingswaardevermelding',
      'tabella nutrizionale',
      '(?:tenori|contenuti|valori) medi(?: per)?',
      'per (?:dose giornaliera|compressa|capsula|bustina)',
      'un[a]? (?:flaconcino|bustina|compressa|capsula) contiene',
      'samenstelling',
      'voedingswaarde\\w*',
      'werkzame stof\\w*',
      // "Actieve ingrediënten per dagdosering (2 capsules)".
      '(?:actieve|werkzame) (?:ingredienten|bestanddelen)',
      'per (?:dagdosering|dagdosis|tablet|capsule)',
      'sklad',
      'sammansattning',
      // Turkish: "Kalitatif ve kantitatif bileşim", "Etkin madde:".
      '(?:kalitatif ve kantitatif )?bilesim',
      'etkin maddeler?',
      'composicao',
      'informac(?:ao|oes) nutriciona(?:l|is)',
      'tabela nutricional',
      // "Quantidade por Porção", "Por porção de 2,25g (3 cápsulas)", "Cantidad por porción".
      '(?:quantidade|cantidad) por (?:porcao|porcion)',
      'por (?:porcao|porcion)',
      'por dose(?: diaria)?',
      'innehall(?: per)?',
      'naringsvarde\\w*',
      'naringsinnehall\\w*',
      // Icelandic: "Næringargildi".
      'næringargildi',
      'per (?:dagsdos|tablett|kapsel)',
      'skladniki',
      'w (?:\\d+ )?(?:kapsulk|kapsulc|tabletk|tabletc|saszetk|saszetc)\\w*',
      '(?:dzienna porcja|porcja dzienna)',
      'wartosci? odzywcz\\w*',
      // A food's or a drink's table heading in Czech, Slovak, Romanian, Hungarian, Finnish, Turkish,
      // Russian, Ukrainian and Bulgarian ("Výživové údaje na 100 g", "Tápérték 100 g-ban").
      '(?:vyzivov\\w*|nutricn\\w*) (?:udaje|hodnot\\w*)',
      'valor(?:i|ile) nutritional\\w*',
      // Romanian "Informații nutriționale".
      'informati(?:i|ile) nutritional\\w*',
      'tapertek\\w*',
      '(?:ravintosisalto|ravintoarvot)\\w*',
      '(?:100 ?(?:g|ml) icin )?besin (?:degerleri|ogeleri|ogesi)',
      'пищевая ценность|(?:харчова|поживна) цінність|хранителна стоиност',
      // Czech, Slovak, Romanian, Slovenian and Croatian: "Složení", "Jedna šumivá tableta obsahuje",
      // "Compoziție", "Ena tableta vsebuje".
      '(?:kvalitativn\\w* a kvantitativn\\w* )?(?:slozeni|zlozenie)',
      // "Obsah v denní dávce", "Obsah v 1 tabletě": the contents in a day's dose, in one unit.
      'obsah (?:v|vo|na) (?:denn\\w* davc\\w*|dennej davke|\\d{1,2} \\w+)',
      // "Léčivé látky v jedné ampuli (10 ml):", "Liečivá v jednej tablete:": a leaflet's active substances in one unit.
      '(?:lecive latky|lieciva|leciva latka|lieciva latka) (?:v|vo) (?:1|jedne|jednej|jednom) \\w+(?: \\w+)?(?: \\(\\d{1,3} ?ml\\))?',
      '(?:1|jedna|jeden|jedno) (?:[a-z]+ )?(?:tableta|tobolka|kapsle|kapsula|sacek|vrecko|ampulka) obsahuje',
      '(?:compozitie|compozitia)',
      // "Conținut per comprimat:", "Conținut în doza zilnică (2 capsule):": the contents of one unit, of a day's dose.
      'continut(?:ul)?(?: mediu)? (?:per|in|pe|pentru) (?:\\d{1,2} |o |un |doza )?(?:comprimat|capsul|plic|doz|tablet)\\w*(?: zilnic\\w*)?(?: \\([^)]{1,20}\\))?',
      '(?:1|un|o) (?:comprimat|capsula|plic)\\w*(?: \\([^)]{1,20}\\))? contine',
      '(?:sestava|sastav)',
      '(?:1|ena) (?:tableta|kapsula|vrecka) vsebuje',
      // Bulgarian and Russian (folded: й is и).
      '(?:качествен и количествен )?състав(?![а-я])',
      'качественныи и количественныи состав',
      'состав(?![а-я])',
      'активн[а-я]* веществ[а-я]*',
      'де[йи]стващ[а-я]* веществ[а-я]*',
      // Bulgarian "Активни съставки (в 1 ампула от 10 ml)": the active ingredients, in so much.
      'активни съставки',
      // "Содержание в 2 таблетках:", "Вміст у добовій дозі:", "Съставки в 1 капсула:": the contents of so many units, of a day's dose
      // ("Содержание активных веществ в 2 таблетках:": of what, between).
      '(?:содержание|съдържание|съставки|вмiст|вміст|змест)(?: [а-яіїє]+){0,2} (?:в|во|у|на) (?:\\d{1,2}(?: [а-яіїє]+){1,2}|одн[а-яіїє]+ [а-яіїє]+|суточн[а-я]* (?:доз|порци)[а-я]*|добов[а-яіїє]* доз[а-яіїє]*)',
      // "1 таблетка, вкрита плівковою оболонкою, містить": the unit's coating may stand between.
      '(?:1|одна|один|одно|една|един|едно) (?:[а-яіїє.]+ )?(?:капсула|таблетка|пакет|пакетик|саше|ампула|драже|(?:мірн|мерн)[а-яі]* ложк[а-яі])(?: \\([^)]{1,12}\\))?(?:,? [а-яіїє]+){0,4},? (?:содержит|съдържа|містить)',
      // Ukrainian (folded: і stays і), Croatian, Serbian and Bosnian, Turkish (folded: ı stays ı),
      // Indonesian and Malay, Norwegian and Danish.
      'склад(?![а-яі])',
      'діюч[а-яі]* речовин[а-яі]*',
      'sastojci',
      '(?:1|jedna|jedan|jedno) (?:[a-z]+ )?(?:tableta|kapsula|vrecica|kesica|ampula|tobolica) sadrzi',
      '(?:bir|1|her)(?: \\d{1,2})? (?:tablet|kapsul|sase|efervesan tablet)(?:te|ta|de|da)(?:ki)?',
      // "Her bir tablet;" (each tablet), above "Etkin madde:" (active substance) and its rows.
      // (Only as a heading: "Her bir tablet bol su ile yutulmalıdır" is a direction.)
      'her bir (?:tablet|kapsul|sase|efervesan tablet)(?:te|ta|de|da)?(?:ki)?(?=[ ]?[;:]|[ ]*$)',
      // "İçindekiler (Her 2 Kapsülde)": the contents, for so many units.
      '(?:icindekiler|icerik(?:ler)?|besin ogeleri) \\((?:her|bir|1)(?: \\d{1,2})? (?:kapsul|tablet|sase|olcek|porsiyon)\\w*\\)',
      // "Összetevők 1 tablettában:", "Hatóanyag-tartalom 2 kapszulában": the contents in so many units, in Hungarian.
      '(?:osszetevok|osszetetel|hatoanyag\\w*|tartalom) (?:\\d{1,2}|egy) (?:[a-z]+ )?(?:tablett|kapszul|filmtablett|pezsgotablett|tasak|adag)\\w*(?:ban|ben)',
      // "Bir porsiyonda (1 tablet)", "1 porsiyonda (2 kapsül)": in one serving (of so many units).
      '(?:bir|1|her) porsiyonda(?: \\(\\d{1,2} \\w+\\))?[ ]*:?$',
      'bilesim',
      // Icelandic: "Innihald í 2 hylkjum:" (contents in 2 capsules), "Innihald í ráðlögðum dagskammti" (in the daily dose advised).
      'innihald(?: i (?:\\d{1,2} \\w+|(?:rað[^ ]* )?dagskammt\\w*))?(?=[ ]?:|[ ]*$)',
      // "Tablet Başına Besin Değerleri" (nutritional values per tablet).
      '(?:tablet|kapsul|sase|olcek|porsiyon)\\w* bas[iı]na(?: besin (?:degerleri|ogeleri))?',
      // "Etken Madde | Miktar" (active ingredient | amount): a table's header on a line of its own.
      'etke?n madde(?:ler)?(?:[ \\t]+miktar\\w*)?[ ]*$',
      // Filipino: "Bawat kapsula ay naglalaman ng:" (each capsule contains).
      'bawat (?:kapsula|tableta|kapsul|tablet) (?:ay )?naglalaman(?: ng)?',
      '(?:setiap|tiap|per) (?:\\d+ )?(?:tablet|kapsul|kaplet|sachet|saset|takaran saji)(?: salut (?:selaput|gula|enterik))?(?: mengandung)?',
      'komposisi',
      // Vietnamese: "Thành phần của thuốc …", "Mỗi viên nén bao phim chứa".
      'thanh phan(?: (?:cua|thuoc)[^\\t]{0,60})?',
      '(?:moi|1) vien(?: [a-z]+){0,3} (?:co )?chua',
      // "Hàm lượng cho mỗi 2 viên kẹo:", "Hàm lượng trong 1 gói" (the amounts in so many units).
      'ham luong (?:cho |trong )?(?:moi )?(?:\\d{1,2} )?(?:vien|goi|ong)(?: [a-z]+){0,2}',
      'informasi nilai gizi',
      'innhold(?: per)?',
      'indhold(?: pr\\.?)?',
      'næringsinnhold',
      'næringsindhold',
      'per (?:dagsdose|dagsdosis|tablett|tablet|kapsel)',
      'pr\\. (?:dagsdosis|tablet|kapsel)',
      // Estonian.
      '(?:kvalitatiivne ja kvantitatiivne )?koostis',
      // Greek (folded: μ is µ): "Διατροφική ανάλυση", "Ανά ημερήσια δόση", "Σύσταση ανά κάψουλα", "1 κάψουλα περιέχει",
      // "Σύνθεση".
      'διατροφικ[α-ωµ]* (?:αναλυση|στοιχεια|πληροφοριες|συσταση|αξια|επισηµανση)',
      '(?:(?:συστατικα|συσταση) )?ανα (?:αναβραζον )?(?:ηµερησια δοση|καψουλα|δισκιο|µεριδα|\\d{1,2} (?:καψουλ|δισκι)[α-ω]*)',
      '(?:1|ενα|µια|καθε) (?:[α-ωµ]{3,12} )?(?:καψουλα|δισκιο|φακελακι)[α-ω]* περιεχει',
      'συνθεση',
      // Hindi: "1 effervescent टैबलेट की संरचना" (one tablet's composition), "संरचना".
      '(?:\\d+ )?(?:[a-z]+ )?(?:टैबलेट|कैप्सूल|गोली)\\S* की संरचना',
      // ("रासायनिक संरचना": chemical composition.)
      '(?:रासायनिक )?संरचना',
      // ("प्रत्येक टैबलेट में:": in each tablet.)
      '(?:प्रत्येक|हर) (?:टैबलेट|कैप्सूल|गोली) में(?: है)?',
      '(?:1|uks) (?:tablett|kapsel|kotike) sisaldab',
      // Finnish: "Ravintosisältö", "Päiväannos sisältää", "1 tabletti sisältää".
      'ravintosisalto',
      'ravintoarvo\\w*',
      '(?:paivaannos|(?:1|yksi) (?:tabletti|kapseli|annospussi)) sisaltaa',
      'per (?:paivaannos|tabletti|kapseli)',
      // "Vuorokausiannoksessa (5 tablettia):", "Yhdessä kapselissa": in a day's dose, in one unit.
      '(?:vuorokausiannoksessa|paivaannoksessa|(?:1|yhdessa) (?:tabletissa|kapselissa|annospussissa))',
      // Lithuanian and Latvian: "Vienos kapsulės sudėtis:", "Sudėtis", "1 tablete satur", "Sastāvs".
      '(?:(?:vienos|1) (?:kapsules|tabletes|paketelio|ampules) )?sudetis',
      '(?:vienoje|1) (?:kapsuleje|tableteje|paketelyje) yra',
      'sastavs',
      // Croatian, Serbian and Slovenian nutrition tables: "Hranjiva vrijednost", "Nutritivna vrednost", "Hranilna vrednost".
      '(?:hranjiv[ae]|nutritivn[ae]|hraniln[ae]|prehramben[ae]) vr(?:ije|e)dnost[i]?',
      // "Jedna šumeća tableta sadrži:", "Једна шумећа таблета садржи:": one unit's contents, in Latin or Cyrillic letters.
      '(?:1|jedna|svaka) (?:[a-z]{3,12} )?(?:kapsula|tableta|kesica|vrecica|ampula) (?:\\([^)]{1,20}\\) )?sadrzi',
      '(?:1|једна|една|свака|секоја) (?:[а-яђјљњћџѓќѕ]{3,12} )?(?:капсула|таблета|кесица|кесичка) (?:\\([^)]{1,20}\\) )?(?:садржи|содржи)',
      // "Maistinė vertė | 100 g | 1 porcijoje", "Uzturvērtība", "Toiteväärtus": the nutrition table's heading.
      'maistine verte|uzturvertiba|toitevaartus|toitumisalane teave',
      '(?:1|viena) (?:kapsula|tablete|pacina|ampula) satur',
      // Albanian: "Përmbajtja | për 1 tabletë | % VRU*", "1 tabletë përmban:".
      'permbajtja',
      '(?:1|nje) (?:tablete|kapsule|qese) permban',
      // "Avg. 2 X 5 ml | % US RDA", "2 capsules | %DV": a table's header, the serving's column then a reference's.
      '(?:(?:avg\\.?|average|typical) )?(?:per )?\\d{1,3}(?: ?x ?\\d{1,3})? ?(?:ml|g|capsules?|tablets?|softgels?|caplets?|gummies|scoops?|sachets?)[ \\t]{1,4}% ?(?:of )?(?:us )?(?:rda|rdi|dv|daily value|nrv|ri)',
    ].join('|') +
    ')(?![a-z])',
);
export const DIRECTIONS_HEAD =
  /^(?:directions(?: for use)?|(?:use|usage) instructions|preparation (?:and|&) usage|instrucciones(?: de uso)?|istruzioni(?: per l'uso)?|instrucoes(?: de uso)?|instructions for use|suggested (?:use|usage|dose)|recommended (?:use|usage|dose|dosage)(?! or purpose)|how to (?:use|take)|paano (?:gamitin|inumin)|how many(?: (?:gummies|capsules|tablets|softgels|drops))?(?: (?:a|per) day| should i take| to take)?[ ]?\??$|comment (?:utiliser|consommer)(?![a-z])|come (?:usare|assumere|prendere|si usa|si assume|si prende)(?![a-z])[^?]{0,50}\??$|dos(?:age|ing)(?! (?:forms?|range)(?![a-z]))|usage(?!\(s\) ou fin)|adults?:|nguoi lon:|modo de utilizacao|wie (?:ist|sind|nehmen sie) .{1,40} ein(?:zunehmen)?|wie (?:verwenden|wenden) sie .{1,40}(?: an)?\?|comment prendre|como tomar|come prendere|hoe (?:neemt|gebruikt) u|jak (?:stosowac|przyjmowac)|jak (?:se )?.{0,40}?(?:uziva|uzivat|pouziva)|ako (?:sa )?.{0,40}?(?:uziva|uzivat|pouziva)|hogyan kell .{0,40}?(?:szedni|alkalmazni)|ka lietot(?: .{1,40})?|kaip vartoti(?: .{1,40})?|kuidas (?:votta|kasutada)(?: .{1,40})?|lietosanas (?:veids|instrukcija)|vartojimo budas|kasutamisjuhend|cum sa (?:luati|utilizati)|kako (?:uzimati|primjenjivati|se uzima)|miten .{0,40}?otetaan|sadan skal du (?:tage|bruge)|hvordan du (?:bruker|tar)|(?:[^?\n]{0,40} )?nas[iı]l kullan[iı]l[iı]r|πως να (?:παρετε|χρησιµοποιησετε)|hur du (?:tar|anvander)|verzehrempfehlung|einnahmeempfehlung|so wird'?s? (?:es )?eingenommen|so (?:nehmen|verwenden) sie (?:es|ihn|sie)|einnahme(?=[ ]?:?$)|dosierungsanleitung|gebrauchsanweisung|dosierung|anwendung(?:sempfehlung)?|mode d'emploi|mode d'us|conseils? d'utilisation|posologie|pozoloji|kullan[iı]m (?:sekli|onerisi|talimat[iı])(?: ve dozu)?|(?:tavsiye edilen|onerilen) (?:gunluk )?kullan[iı]m(?: miktar[iı])?|posology(?: and method of administration)?|utilisation|modo de (?:empleo|uso|usar|consumo)|modo de preparo e (?:consumo|uso)|recomendac(?:ao|oes|ion|iones) de (?:uso|consumo)|sugestao de (?:uso|consumo)|como (?:usar|tomar)(?=[ ]?:)|como devo (?:usar|tomar) este medicamento\??|¿?como se (?:usa|toma|utiliza)(?: [^?]{1,40})?\??$|posologia|dosis recomendada|dosificacion|(?:ingesta|consumo|toma) recomendad[ao](?=[ ]?:|[ ]*$)|dosis(?=[ ]?:|[ ]*$)|modo d'uso|dose consigliata|modalita d'uso|gebruik(?:saanwijzing|sadvies)?|dosering|aanbevolen (?:dagelijkse )?dos(?:is|ering)|sposob uzycia|dawkowanie|(?:zalecane (?:dzienne )?spozycie|zalecana (?:dzienna )?porcja)(?=[ ]?:[^\d\n]{0,25}\d{1,2}(?:[ ]?[-–][ ]?\d{1,2})?[ ]{1,2}(?!(?:mg|g|mcg|µg)(?![a-z]))[a-z])|stosowanie|doseringen|dosage and administration|adults? dos(?:e|age)(?=[ ]?:?[ ]*$)|начин на (?:употреба|приложение)|дозировка|режим дозирования|режим дозування|способ применения(?: и дозы)?|дозиране|ingesta diaria recomendada(?=[ ]{0,2}:[ ]{0,2}\d{1,2}(?:[ ]?(?:a|-|–)[ ]?\d{1,2})?[ ]{1,2}(?!(?:mg|g|mcg|µg)(?![a-z]))[a-z])|как да (?:приемате|прилагате|използвате)|как (?:принимать|применять)|як (?:при[йи]мати|застосовувати)|(?:method|route) of (?:application|administration)(?: and doses?)?|posologia e modo de administracao|dosis y (?:via de )?administracion|adagolas(?: es alkalmazas)?|hasznalat(?:i (?:utasitas|javaslat))?|felhasznalas(?:i javaslat)?|alkalmazas|(?:javasolt|ajanlott) (?:napi )?(?:fogyasztas|adag(?:olas)?|mennyiseg)(?=[ ]?:|[ ]*$)|davkovani[e]?|(?:doporucen[eaé]|odporucan[eaé]) (?:denni |denne )?(?:davkovani[e]?|davk[ay])(?=[ ]?:|[ ]*$)|zpusob podani|sposob podavania|mod de administrare|doze si mod de administrare|odmerjanje|doziranje|способ применения и дозы|применение|спосіб застосування(?: та дози)?|дозування|рекомендаці[іи] щодо (?:вживання|застосування)|рекомендации по (?:применению|приему|употреблению)|способ употребления|спосіб вживання|спосаб (?:ужывання|прымянення)|қолдану тәсілі|қабылдау тәсілі|nacin (?:uporabe|upotrebe|primjene|primene|koriscenja)|начин (?:употребе|примене|коришћења)|упутство за употребу|preporucena (?:dnevna )?doza|kullan[iı]m(?: sekli| onerisi| talimat[iı])?|onerilen kullan[iı]m|aturan pakai|cara pakai|saran penggunaan|saran penyajian|cara penggunaan|cara konsumsi|anjuran pakai|anbefalt (?:daglig |døgn|dags)?(?:dose|dosering)|anbefalet (?:daglig |døgn|dags)?(?:dosis|dosering)|kayttosuositus|kayttoohje(?:et)?|kaytto(?=[ ]?:?[ ]*$)|annostus(?:ohje)?|(?:soovitatav )?kasutamine|kasutusjuhend|soovitatav (?:paevane )?annus|vartojimo (?:nurodymai|budas|instrukcija)|vartojimas|lietosana|lietosanas (?:veids|instrukcija)|suositeltu (?:paivittainen |paiva)?annos|rekommenderad (?:daglig |dygns|dags)?dos(?:ering)?|bruksanvisning|annustamine(?: ja manustamisviis)?|(?:ra[ðd]log[ðd] )?notkun|leidbeiningar um notkun|δοσολογια|τροπος χρησης|(?:προτεινοµενη|συνιστωµενη) (?:ηµερησια )?(?:δοση|χρηση|δοσολογια)|lieu dung|lieu luong|cach dung|cach su dung|huong dan su dung|anvandning|bruk|brug|anvendelse|cara penggunaan|cara guna|arahan penggunaan|menyra e perdorimit|doza e rekomanduar)(?![a-zа-яіα-ω])/;
/** A heading in Japanese, Chinese or Korean, folded, in the brackets those pages put around it ("【原材料名】"). */
/** Headings by their opening words (a pattern where a word must not go on: "ส่วนประกอบ" but not "ส่วนประกอบอื่น"). */
const cjkHead = (words: (string | RegExp)[]) =>
  new RegExp(`^[<＜【〈《(（]?(?:${words.map((w) => (typeof w === 'string' ? escapeRegExp(fold(w)) : w.source)).join('|')})`);
/** Directions headings in Japanese, Chinese and Korean ("お召し上がり方", "1日の摂取目安量", "用法用量", "섭취방법"). */
export const CJK_DIRECTIONS_HEAD = cjkHead([
  // Hindi: directions for use, way of taking, dose; "कैसे लें" (how to take), "कैसे इस्तेमाल करें" (how to use).
  /उपयोग के (?:लिए )?निर्देश/,
  // "उपयोग की विधि", "प्रयोग विधि", "इस्तेमाल का तरीका": the way of use.
  /(?:उपयोग|प्रयोग|इस्तेमाल) (?:की |का )?(?:विधि|तरीका)/,
  /कैसे (?:लें|ले|लेना है|इस्तेमाल करें|उपयोग करें)(?![\u0900-\u097f])/,
  'सेवन विधि',
  'सेवन का तरीका',
  'खुराक',
  'お召し上がり方',
  '召し上がり方',
  '1日の摂取目安量',
  '１日の摂取目安量',
  '摂取目安量',
  '用法用量',
  '用法・用量',
  // "用法" alone (usage), over "成人一天1~2包".
  /用法(?![^ :：]{3})/,
  '食用方法',
  // "食用量及食用方法" (amount and way of eating), a Chinese health food's directions.
  '食用量',
  // Taiwan's "食用方式", "建議食用方式" (way of eating, suggested).
  '食用方式',
  '建議食用方式',
  '建议食用方式',
  '食用建議',
  '服用方法',
  '建议用量',
  '建議用量',
  '섭취량 및 섭취방법',
  // Korea's mandatory information table: "섭취량, 섭취방법 및 섭취 시 주의사항" (amount, way of taking and cautions).
  /섭취량, ?섭취 ?방법/,
  '섭취량 및 섭취 방법',
  '섭취방법',
  '섭취 방법',
  '복용방법',
  '복용법',
  // iHerb's Korean pages: "권장 사용법" (suggested use).
  '권장 사용법',
  // "권장 섭취법" (suggested way of taking).
  '권장 섭취법',
  '권장 섭취 방법',
  '권장 섭취방법',
  '섭취법',
  '사용법',
  '사용방법',
  '사용 방법',
  '용법·용량',
  '용법 용량',
  // Hebrew: way of use, directions for use, dosage.
  'אופן השימוש',
  'אופן שימוש',
  'הוראות שימוש',
  'הוראות לשימוש',
  'מינון',
  // An Israeli leaflet's "כיצד תשתמש בתרופה?" (how will you use the medicine?) and "המינון המקובל …:" (the usual dosage).
  'כיצד תשתמש',
  'המינון',
  // Thai: way of taking, way of use, amount and way of use, recommended amount.
  'วิธีรับประทาน',
  'วิธีการรับประทาน',
  'วิธีใช้',
  'ขนาดและวิธีใช้',
  'ขนาดรับประทาน',
  // (Not the reference intake's heading, "ปริมาณที่แนะนำต่อวัน (RDA)".)
  /ปริมาณที่แนะนำ(?!.*(?:RDA|rda))/,
]);
export const CJK_FACTS_HEAD = cjkHead([
  // Hebrew: "each tablet (capsule) contains:", as a label's heading.
  'כל טבליה מכילה',
  'כל כמוסה מכילה',
  'כל קפסולה מכילה',
  // "בכל טבליה:" (in each tablet), over its rows.
  /בכל (?:טבליה|כמוסה|קפסולה|שקית)(?=[ ]?:|[ ]*$)/,
  // "每片含 Each tablet contains:", "每粒含": what one tablet (capsule, sachet) holds.
  /每(?:片|粒|包|錠)含(?:有)?(?=[ ]?:|[ ]|$)/,
  // "成分(每粒含)": the contents, in one tablet.
  /成分[ ]?[(（]每(?:片|粒|包|錠)含(?:有)?[)）]/,
  // iHerb's Chinese "Supplement Facts": "补充剂成分表", "補充劑成分表".
  '补充剂成分',
  '補充劑成分',
  '栄養成分表示',
  '栄養成分',
  '营养成分',
  '營養標示',
  '营养标示',
  '营养标签',
  // An import's Chinese back label ("【中文标签 营养成分表】").
  '中文标签',
  '營養成分',
  '成分表',
  '主要成分',
  '영양·기능정보',
  '영양기능정보',
  '영양 기능 정보',
  '영양성분',
  '영양 성분',
  '영양정보',
  // "Function and nutrition information", a shop's product-information heading.
  '기능정보 및 영양정보',
  // Hebrew: active ingredients, nutritional values.
  'רכיבים פעילים',
  'ערכים תזונתיים',
  // Supplement facts, nutrition facts.
  'עובדות תוסף',
  // iHerb's Hebrew pages: "עובדות על התוסף" (facts about the supplement).
  'עובדות על התוסף',
  'עובדות תזונתיות',
  'סימון תזונתי',
  // Thai: nutrition information, (important) components, active substances, what one unit holds.
  'ข้อมูลโภชนาการ',
  'ส่วนประกอบสำคัญ',
  'ส่วนประกอบที่สำคัญ',
  // (Not "ส่วนประกอบอื่น", the other ingredients.)
  /ส่วนประกอบ(?!อื่น)/,
  'สารสำคัญ',
  // "1 เม็ดประกอบด้วย:": one tablet (capsule, sachet) is made of.
  /1 ?(?:เม็ด|แคปซูล|ซอง|ซอฟท์เจล) ?ประกอบด้วย/,
  'ใน 1 แคปซูล',
  'ใน 1 เม็ด',
  'ใน 1 ซอง',
  'ใน 1 ซอฟท์เจล',
]);
/** Reviews, questions and other products' tiles in Japanese, Chinese, Korean and Thai ("买家评价", "看了又看", "리뷰"). */
export const CJK_OTHER_HEAD = cjkHead([
  '买家评价',
  '商品评价',
  '用户评价',
  '商品評價',
  '顧客評價',
  '问大家',
  '看了又看',
  // Japanese "questions and answers".
  '質問と回答',
  'よくある質問',
  // "Frequently bought together", "reviews" (iHerb's Chinese pages).
  '经常一起购买',
  '經常一起購買',
  '评价',
  '評價',
  '猜你喜欢',
  '猜你喜歡',
  // "Customer reviews", "you may (also) like", "related products", in both scripts.
  '顧客評論',
  '顾客评论',
  '用戶評論',
  '用户评论',
  /你可能(?:也|會)?喜[欢歡]/,
  /您可能(?:也|會)?喜[欢歡]/,
  '相关产品',
  '相關產品',
  '相关推荐',
  '为你推荐',
  '相關推薦',
  // "店长推荐" (the shop manager recommends), "本店推荐", "人气推荐", "热卖推荐": a shop's picks of its other products.
  /店[长長]推[荐薦]/,
  /本店推[荐薦]/,
  /店[铺鋪]推[荐薦]/,
  /人[气氣]推[荐薦]/,
  /[热熱][卖賣]推[荐薦]/,
  'カスタマーレビュー',
  'レビュー',
  '口コミ',
  'この商品を見た人',
  'この商品を買った人',
  // "この製品を見た人はこちらも見ています" (who viewed this product also viewed), on a maker's own pages.
  'この製品を見た人',
  'この製品を買った人',
  '関連商品',
  // Amazon.co.jp: "この商品に関連する商品" (products related to this item), "スポンサー" (sponsored; not a blog's
  // "スポンサーリンク", an ad slot in the article's own text).
  'この商品に関連する商品',
  /スポンサー(?!リンク)/,
  'おすすめ商品',
  'よく一緒に購入',
  'お客様の声',
  'よくあるご質問',
  'よくある質問',
  '商品q&a',
  '리뷰',
  '상품평',
  '구매평',
  '구매후기',
  '상품 q&a',
  '상품문의',
  '함께 본 상품',
  '이 상품과 함께 본 상품',
  '함께 보면 좋은 상품',
  '자주 묻는 질문',
  '추천 상품',
  '연관 상품',
  // Thai: reviews, related products, recommended products, frequently asked questions.
  'รีวิว',
  'สินค้าที่เกี่ยวข้อง',
  'สินค้าแนะนำ',
  'สินค้าที่คุณอาจสนใจ',
  'คำถามที่พบบ่อย',
  'คะแนนของสินค้า',
  'สินค้าอื่นๆ ของร้านนี้',
  'สินค้าที่คล้ายกัน',
]);
export const CJK_INGREDIENTS_HEAD = cjkHead([
  '原材料名',
  '原材料',
  '配料表',
  '配料',
  // A Chinese health food's "主要原料" (main raw materials) and "原料".
  '主要原料',
  '原料:',
  '成分:',
  '원재료명',
  // "기타 성분" (other ingredients).
  '기타 성분',
  '기타성분',
  '원료명',
  '원재료',
  'ส่วนประกอบอื่น',
]);
export const INGREDIENTS_HEAD =
  /^(?:other ingredients|non-?medicinal ingredients|inactive ingredients|ingredients|zutaten|sonstige bestandteile|ingredients|autres ingredients|ingredientes|otros ingredientes|ingredienti|eccipienti|excipients?|ingredienten|hulpstoffen|sklad(?:niki)?|slozeni|zlozenie|icindekiler|bilesenler|icerik(?:ler)?|osszetevok|ingredienser|ainesosat|innihaldsefni|ingrediente|koostisosad|sastavdalas|sudedamosios (?:dalys|medziagos)|sastojci|perberesit|perberesi|sestavine|састојци|помощни вещества|вспомогательные вещества|съставки|συστατικα)(?![a-zа-яα-ω])/;
export const WARNINGS_HEAD =
  /^(?:(?:known )?adverse (?:reactions|effects)|side effects|possible side effects|warnings?|cautions?|precautions?|perhatian|peringatan|babala|do not use|stop use|keep out of reach|warnhinweise?|(?:wichtige )?hinweise?|gegenanzeigen|nebenwirkungen|avertissements?|precautions? d'emploi|contre-indications|advertencias?|advertencies|precauciones|contraindicaciones|avvertenze|controindicazioni|effetti (?:indesiderati|secondari)|waarschuwing(?:en)?|bijwerkingen|ostrzezenia|przeciwwskazania|contraindicatii|atentionari|reactii adverse|προειδοποιησεις|αντενδειξεις|προφυλαξεις|противопоказания|предупреждения|странични (?:ефекти|реакции)|упозорењ[ае]|побочные (?:де[йи]ствия|эффекты)|chong chi dinh|tac dung phu|than trong|canh bao|אזהרות|אזהרה|הריון והנקה|คำเตือน|ข้อควรระวัง)(?![a-zа-я])/;
/** Each language's words for "also available", and the word after them that names a form ("en", "as", "als"). */
const OTHER_FORM_LEADS: [string, string][] = [
  ['existe aussi', 'en'],
  ['also available', '(?:in|as)'],
  ['auch erhaltlich', '(?:als|in)'],
  ['tambien disponible', 'en'],
  ['disponibile anche', '(?:in|come)'],
  ['ook verkrijgbaar', '(?:als|in)'],
];
/** The product's other forms, linked under its name: "Existe aussi en", "Also available as", "Auch erhältlich als" (folded). */
export const OTHER_FORM_WORDS = `(?:${OTHER_FORM_LEADS.map(([lead, word]) => `${lead} ${word}`).join('|')})`;
/** The same words without the form's word, as a line says them before its colon ("Existe aussi : …"). */
export const OTHER_FORM_LEAD_WORDS = `(?:${OTHER_FORM_LEADS.map(([lead]) => lead).join('|')})`;
/**
 * Headings over other products' tiles in more languages ("Benzer Ürünler", "Похожие товары", "Podobne oferty"), and an
 * Indian pharmacy's "Substitutes" / "Alternate brands".
 */
const OTHER_PRODUCTS_WORDS =
  'substitutes?(?: for this (?:medicine|product))?$|alternate brands|(?:available (?:forms|strengths) (?:&|and) )?alternatives?(?: brands| products)?$|similar medicines|benzer urunler|birlikte al kazan|ilginizi cekebilir|аналоги(?: (?:та|и) (?:схожі|похожие) товар[иы])?|аналози|похожие товары|похожие (?:препараты|лекарства)|схожі (?:препарати|ліки)|с этим товаром (?:покупают|смотрят)|осы тауармен бірге (?:сатып алады|алады)|схожі товари|з цим товаром купують|produtos (?:relacionados|semelhantes)|quem (?:viu|comprou)|(?:voce )?tambem (?:pode|podera) (?:gostar|interessar)|souvisejici (?:produkty|zbozi)|zakaznici (?:si )?(?:take|tiez) (?:za)?(?:koupili|kupili|kupuji|kupuju)|mohlo by vas zajimat|podobne produkty|podobne oferty|inne oferty(?: tego produktu)?|hasonlo termekek|kapcsolodo (?:termekek|keszitmenyek)|produse similare|san pham (?:tuong tu|lien quan)|produk (?:serupa|terkait)|dari (?:kedai|toko) (?:yang sama|ini)|produk lain (?:dari|di) (?:kedai|toko) ini|(?:anda|kamu) mungkin (?:juga )?(?:suka|menyukai)|vergelijkbare producten|liknande produkter|lignende produkter|samankaltaiset tuotteet|saatat pitaa myos|παροµοια προιοντα|συχνα αγοραζονται µαζι|σχετικα προιοντα|מוצרים דומים|може да (?:ви )?харесате|подобни продукти|свързани продукти|вам (?:может|також) (?:понравиться|сподобатися)|s-ar putea sa[ -](?:iti|ti|va|vi) placa|slicni proizvodi|povezani proizvodi|preporucujemo(?: uz ovaj proizvod)?|kupci so (?:kupili|kupovali) tudi|kupci su (?:takoder )?(?:kupili|kupovali|pogledali|gledali)(?: i)?|ezeket is megneztek|polecamy (?:rowniez|takze)|clientii (?:au )?(?:mai )?cumparat(?: si)?$|clientii (?:au )?(?:mai )?cumparat si|clientii care au (?:cumparat|vizualizat)|a vasarlok ezt is megvettek|patrocinados?|gesponsert|sponsorises?|sponsorizzat[oi]|gesponsord|sponsorowane|sponsrad|sponsoreret|comprados juntos habitualmente|haufig zusammen gekauft|(?:wird )?oft zusammen gekauft|frequemment achetes ensemble|spesso comprati insieme|vaak samen gekocht|czesto kupowane razem|kops ofta tillsammans|we also recommend|wir empfehlen (?:auch|ebenfalls)|nous vous recommandons (?:aussi|egalement)|ti consigliamo anche|te recomendamos tambien|mozda (?:vam se svidi|ce vas zanimati|vas zanima)|moglo bi vas zanimati|taip pat rekomenduojame|jums (?:varetu|gali) patikt|iesakam ari|soovitame ka|podobni izdelki|povezani izdelki|ezek is erdekelhetnek|panasios prekes|susijusios prekes|lidzigas preces|saistitas preces|sarnased tooted|seotud tooted|teised ostsid ka|koos (?:selle tootega )?(?:osteti|ostetakse)|(?:andre|andra) (?:købte|kopte|kjøpte) ogsa' +
  // A marketplace's "Customers who bought this item also bought", in its other shops' languages; an article's
  // "Shop the story" tiles.
  '|shop (?:the|this) (?:story|article|post|look)|products (?:in|from) this (?:article|post|story)' +
  // A leaflet site's links to other medicines: "Related leaflets", "Otros medicamentos con magnesio", "Autres médicaments".
  '|related (?:leaflets|medicines|products|drugs)|suvisiace lieky|souvisejici leky|suvisiace produkty|souvisejici produkty|souvisejici letaky|suvisiace letaky|podobne (?:lieky|leky|pripravky)|powiazane leki|podobne leki|povezani lijekovi|slicni lijekovi|hasonlo gyogyszerek|other medicines (?:containing|with) magnesium|otros medicamentos(?: con magnesio)?|prospectos relacionados|autres medicaments(?: contenant du magnesium)?|notices? (?:associees|similaires)|andere arzneimittel mit magnesium|verwandte (?:arzneimittel|beipackzettel)|altri (?:medicinali|farmaci)(?: con magnesio)?' +
  // The product's other forms, each with its own amount: "Existe aussi en : Gélules (3 gélules = 300 mg …)".
  // (Not a place to buy it: "Auch erhältlich in Ihrer Apotheke oder Drogerie", "also available in your pharmacy".)
  `|${OTHER_FORM_WORDS}(?! (?:ihrer|ihren|jeder|allen|your|any|all|selected|votre|vos|toutes|su|sus|tu|la vostra|tutte|le|uw|alle|de)(?![a-z]))` +
  // A maker's other products: "Weitere Produkte des Herstellers", "Autres produits de la marque", "Otros productos de la marca".
  '|weitere (?:produkte|artikel|praparate) (?:des herstellers|der marke|von)|(?:autres|otros|altri|andere) (?:produits|productos|prodotti|producten|produkte) (?:de la marque|du fabricant|du laboratoire|de la marca|del fabricante|del laboratorio|della marca|del produttore|dello stesso produttore|van (?:het merk|de fabrikant))' +
  // A brand's other products after its label: "Aus der system-Reihe auch erhältlich:", "Also available:", "Également
  // disponible :".
  '|(?:aus der [^:]{2,30} )?(?:auch|ebenfalls) erhaltlich[ ]?:|also available[ ]?:|(?:egalement|aussi) disponible[ ]?:|tambien disponible[ ]?:|disponibile anche[ ]?:|ook verkrijgbaar[ ]?:' +
  // A brand shop's bundle and line-up: "Build your stack – Frequently bought together", "Compare our magnesium forms",
  // "Pairs well with".
  '|build your (?:own )?(?:stack|bundle|routine|kit)|complete (?:the|your) (?:stack|routine|set)|compare (?:our|all|the) (?:\\w+ ){0,2}(?:forms|products|formulas|range|options)$|(?:pairs|goes|works) (?:well|great) with' +
  '|klienci,? ktorzy (?:kupili|ogladali)|kunden,? die (?:diesen artikel|dieses produkt) (?:gekauft|angesehen)|les clients (?:ayant|qui ont) (?:achete|consulte|vu)|(?:los )?clientes que (?:compraron|vieron)|i clienti che hanno (?:acquistato|visto)|klanten die (?:dit|deze) (?:item|artikel|product) (?:kochten|bekeken)|kunder som (?:kopte|tittade pa)|andra kunder (?:kopte|har kopt) (?:aven|ocksa)|andre kunder (?:købte|kjøpte|har købt|har kjøpt) også|(?:muut )?asiakkaat (?:ostivat|katsoivat) myos|klanten (?:kochten|bekeken) ook|aðrir (?:skoðuðu|keyptu) einnig|clientes que (?:compraram|viram)|bu urunu (?:alanlar|inceleyenler)|この商品を(?:買った|チェックした)人' +
  // Hebrew: "customers who viewed this product also viewed", "customers who bought … also bought".
  '|לקוחות ש(?:צפו|קנו)' +
  // A shop's "Popular products in this category" over an advice page's tiles ("Populære produkter i kategorien").
  '|(?:most )?popular products|(?:popul(?:ære|ara|aere|aire|ari|ares|arne|arni)|beliebte|suosituimmat) (?:produkter|produkte|produits|productos|prodotti|producten|produkty|tuotteet)' +
  // Hindi (Amazon.in's Hindi pages): "customers also viewed", "products related to this item", "similar products",
  // "customer reviews".
  '|ग्राहकों ने यह भी (?:देखा|खरीदा)|इस आइटम से संबंधित उत्पाद|इसी तरह के उत्पाद|समान उत्पाद|ग्राहक समीक्षाएं';
/** Sections whose products and numbers are not this product's: carousels, reviews, references. */
export const OTHER_HEAD = new RegExp(
  String.raw`^(?:(?:an? )?example (?:of an? )?(?:label|supplement facts(?: panel)?)(?![a-z])(?!.*(?<![a-z])(?:shown|vary|varies|differ|actual|illustrat\w*|representative)(?![a-z]))|(?:our )?top picks|(?:our|editor'?s) picks|you (?:may|might) also (?:like|need)|related products?|related (?:labels|drugs|medications|medicines)$|products related to (?:this|the) item$|similar brands(?: on \S+)?$|similar (?:items|products)|consider (?:an?|these|this|some) (?:similar |other )?(?:items?|products?|alternatives?)$|(?:customers|members|shoppers|guests|people) (?:also|who) (?:bought|viewed|purchased)|frequently bought together|recommended (?:for you|products)|more from|recently viewed|compare (?:with )?similar|compare(?: [a-z'&-]{2,20}){1,3}$|comparer avec|comparar con|confronta con|mit ahnlichen (?:artikeln|produkten) vergleichen|how (?:we|it|they|it all) compares?$|comparison of|(?:a )?comparison|vergleich(?: der| von)?|comparaison|comparacion|confronto|vergelijking|porovnanie|srovnani|porownanie|reviews?|customer reviews|(?:(?:guest|customer|user|member) )?ratings (?:&|and) reviews|questions (?:&|and) answers|customer questions|top reviews|references|bibliography|sources|ahnliche produkte|das konnte (?:dich|sie) auch interessieren|kunden kauften auch|bewertungen|literatur(?:verzeichnis)?|quellen|vous aimerez aussi|produits (?:similaires|associes)|avis clients|references bibliographiques|tambien te (?:puede|podria) interesar|productos que te (?:pueden|podrian) interesar|productos relacionados|opiniones|prodotti (?:correlati|simili)|potrebbe (?:interessarti|piacerti)|recensioni|bibliografia|gerelateerde producten|anderen bekeken ook|beoordelingen|podobne produkty|opinie|degerlendirmeler|yorumlar|urun yorumlari|soru (?:&|ve) cevap|soru-cevap|отзывы|пікірлер|вопросы и ответы|відгуки|питання (?:та|і) відповіді|avaliacoes|valoraciones|resenas|perguntas (?:e|&) respostas|recenze|dotazy|velemenyek|ertekelesek|recenzii|pareri|intrebari si raspunsuri|kerdesek es valaszok|kerdes-valasz|pitanja i odgovori|vprasanja in odgovori|klausimai ir atsakymai|jautajumi un atbildes|kusimused ja vastused|въпроси и отговори|питања и одговори|ερωτησεις (?:και|&) απαντησεις|שאלות ותשובות|اسيلة واجوبة|danh gia san pham|binh luan|hoi dap|ulasan|diskusi|pytania (?:klientow|kupujacych)|questions (?:des|de nos) clients|preguntas de (?:los )?clientes|domande dei clienti|vragen van klanten|kundenfragen|pytania i odpowiedzi|vragen en antwoorden|fragen und antworten|preguntas (?:y|&) respuestas|domande (?:e|&) risposte|questions (?:et|&) reponses|fragor och svar|sporsmal og svar|kysymykset ja vastaukset|otazky a odpovedi|otazky a odpovede|kundenrezensionen|kundenmeinungen|kundenbewertungen|recensioner|anmeldelser|arvostelut|kundeomtaler|kundeanmeldelser|kundrecensioner|kundomdomen|omdomen|kundeanmeldelser|asiakasarviot|umsagnir|atsiliepimai|atsauksmes|arvustused|recenzije|recenzie|hodnotenia|mnenja kupcev|отзиви|κριτικες|αξιολογησεις|ביקורות|חוות דעת|pytania do sprzedajacego|${OTHER_PRODUCTS_WORDS})(?![a-z])`,
);
/**
 * Headings of the product's own text ("About this item", "Product description", "Beschreibung"):
 * they end a carousel or review block above them; the lines after them are read as prose.
 */
export const PRODUCT_TEXT_HEAD =
  /^(?:(?:faqs?|frequently asked questions|veelgestelde vragen|haufig(?:e| gestellte) fragen|questions frequentes|foire aux questions|preguntas frecuentes|domande frequenti|perguntas frequentes|najczesciej zadawane pytania|ofte stillede sporgsmal|vanliga fragor|usein kysytyt kysymykset|ofte stilte sporsmal|gyakori kerdesek|συχνες ερωτησεις)[ :]*$|about (?:this|the) (?:item|product)|item (?:description(?: from the seller)?|specifics)|(?:product )?(?:description|details|information|overview|highlights)|from the (?:manufacturer|brand)|(?:produkt)?beschreibung|produktdetails|(?:(?:grundlegende|allgemeine|weitere|wichtige) )?produktinformation(?:en)?|(?:basic|general|key|additional) product (?:information|details)|artikelbeschreibung|(?:description|details|informations?) (?:du )?produit|presentation(?: du produit)?|descripcion(?: del producto)?|detalles del producto|descrizione(?: (?:del )?prodotto)?|dettagli (?:del )?prodotto|(?:product)?beschrijving|productinformatie|opis(?: produktu)?|szczegoly produktu|descricao(?: do produto)?|produktbeskrivning|beskrivning|(?:produkt)?beskrivelse|tuotekuvaus|kuvaus|godt a vite|godt at vide|bra att veta|hyva tietaa|gott að vita|popis(?: produktu)?|leiras|описание|รายละเอียดสินค้า|ข้อมูลสินค้า)\s?:?$/;
/**
 * A carousel's tiles are names, ratings and prices; a line of sentences after them is the page's
 * own text again ("Customers also viewed" above the product's description).
 */
export const CAROUSEL_HEAD = new RegExp(
  String.raw`^(?:you (?:may|might) also|related products?|products related to (?:this|the) item$|similar brands(?: on \S+)?$|similar (?:items|products)|(?:customers|members|shoppers|people) (?:also|who)|frequently bought|recommended|more from|recently viewed|compare (?:with|similar)|ahnliche|das konnte|kunden kauften|vous aimerez|produits (?:similaires|associes)|tambien te|productos relacionados|prodotti (?:correlati|simili)|potrebbe|gerelateerde|anderen bekeken|podobne|${OTHER_PRODUCTS_WORDS})`,
);

/** "Šumivé magnézium – 5 super účinkov pre naše zdravie", "7 Benefits of Magnesium": a listicle's title. */
/**
 * "What is the recommended dose of magnesium glycinate", "Wie viel Magnesium am Tag", "Combien de
 * magnésium par jour": a title that asks, question mark or not, or says how to take it ("Tomar cloreto
 * de magnésio", "Taking magnesium for sleep"); a shop names its product.
 */
export const QUESTION_TITLE_RE =
  /^(?:what|how|which|why|when|should|can|does|do|is|are|wie|welche[rs]?|warum|wann|wieviel|soll(?:te)?|quel(?:le)?s?|comment|pourquoi|combien|faut-il|est-ce|que|cual|cuanto|cuantos|como|por que|cosa|quale|quanto|quanti|perche|wat|hoe|welke|waarom|hoeveel|jak|ile|czy|dlaczego|kiedy|kolik|proc|hur|vilken|varfor|hvor|hvordan|hvilken|mennyi|miert|tomar|usar|taking|using|prendre|assumere|einnehmen|innemen|przyjmowanie)(?:[ ',]|$)/;
export const LISTICLE_TITLE_RE =
  /(?<![a-z0-9])\d{1,2} (?:[a-z]{2,12} )?(?:benefits|reasons|tips|ways|facts|things|signs|mistakes|ucinkov|ucinku|vyhod|tipov|tipu|vorteile|grunde|tipps|fakten|bienfaits|raisons|conseils|beneficios|razones|consejos|benefici|motivi|consigli|voordelen|redenen|korzysci|powodow|porad)(?![a-z])/;
/**
 * Titles of information pages: "All about …", "Everything you need to know about …", "Wissenswertes zu …",
 * "Understanding …", "A guide to …", "… explained".
 */
export const INFO_TITLE_RE =
  /(?<![a-z])(?:explained|erklart|explique|explicados?|spiegat[oi]|uitgelegd)$|^(?:understanding|a (?:beginner'?s |complete |quick )?guide to|how to read|all about|everything (?:you need to know )?about|what you (?:need|should) to know about|wissenswertes (?:zu|uber)|alles (?:uber|zu)|was sie uber .{2,40} wissen|tout (?:savoir )?sur|ce qu'il faut savoir sur|todo (?:lo que (?:hay que|debes) saber )?sobre|tutto (?:su|quello che)|alles over|wat je moet weten over)(?![a-z])|(?:^|: )(?:how to (?:choose|pick)|choosing (?:the|a|your)|guides? (?:to|for) choosing|guias? para (?:elegir|escoger)|guides? pour choisir|как выбрать|comment choisir|como elegir|come scegliere|hoe kies je|jak wybrac)(?![a-zа-я])|(?::|[ ][-–|])[ ](?:the |a |an |le |la |el |il |der |de )?(?:(?:complete|ultimate|definitive|essential|beginner'?s|quick|full) guide|guide complet|guia completa|guida completa|kompletter (?:ratgeber|leitfaden)|complete gids)$/;

/** A date as a dateline prints it: "March 3, 2025", "3 Mar 2025", "4 Avr, 2024", "12.03.2024", "2025-03-12". */
const MONTH = String.raw`(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|fev(?:rier)?|mar(?:ch|s|zo)?|marz|mrt|apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai|mei|mag(?:gio)?|jun(?:e|i)?|juin|giu(?:gno)?|jul(?:y|i)?|juil(?:let)?|lug(?:lio)?|aug(?:ust)?|aout|ago(?:sto)?|sep(?:t|tember|tembre)?|settembre|oct(?:ober|obre)?|okt(?:ober)?|ott(?:obre)?|nov(?:ember|embre)?|dec(?:ember|embre)?|dez(?:ember)?|dic(?:iembre|embre)?|ene(?:ro)?|gen(?:naio)?)`;
const DATE = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?\.? )?${MONTH}\.?(?![a-z]),? (?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})(?!\d)`;
/** "Naturity · 2. juni 2023": a name and a date, nothing else (a post's, under a blog's heading; a review's too). */
export const NAME_DATE_LINE_RE = new RegExp(String.raw`^\p{L}[\p{L}'. -]{1,30}\s[·•|]\s${DATE}$`, 'u');
/** A post's keys for its date and its author ("Datum:", "Autor:"). */
const DATE_KEY = '(?:datum|date|data|fecha|dato)';
const AUTHOR_KEY = '(?:autor(?:in)?|author|auteur|autore|forfatter|forfattare)';
export const DATELINE_RE = new RegExp(
  String.raw`^(?:by|von|par|por|door|di|av|af|written by|words by)\s[^|]{2,50}?[,|·•–-]\s*(?:on\s)?${DATE}|` +
    // ("Datum: 06.06.2024 Autor: Prof. Dr. …", "Author: Jane Doe | Date: 3 March 2025": a post's date and its author, keyed.)
    String.raw`^${DATE_KEY}\s?:\s?${DATE}[\s|·•–-]{1,5}${AUTHOR_KEY}\s?:|` +
    String.raw`^${AUTHOR_KEY}\s?:\s?[^|:]{2,60}?[\s|·•–-]{1,5}${DATE_KEY}\s?:\s?${DATE}|` +
    String.raw`^(?:posted|published|veroffentlicht|publie|publicado|pubblicato|gepubliceerd|opublikowano|archived?|archiv)(?: on| am| le| el| il| op)?\s?[:·|–-]?\s*${DATE}|` +
    // ("Potrzebujesz ok. 3 min. aby przeczytać ten wpis": the time it takes to read the post.)
    String.raw`(?<![a-z\d])\d{1,2} ?min(?:ute)?s?\.? (?:to )?read(?![a-z])|\d{1,2} ?min\.? (?:aby|by|zu|pour|para|per|om) (?:przeczytac|lesen|lire|leer|leggere|lezen)(?![a-z])|(?<![a-z])(?:lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|czas czytania|lukuaika|lastid|lesetid|læsetid|olvasasi ido|doba cteni|cas citania|timp de citire)(?![a-z])|(?<![а-яі])(?:время чтения|час читання|време за четене)(?![а-яі])|` +
    // ("8 phút đọc", "5 dakika okuma", "3 мин чтения", "7 min de leitura", "6 perc olvasás": the same in more languages.)
    String.raw`(?<![a-z\d])\d{1,2} ?(?:phut|menit|dakika|dk|min|minute|perc|мин|минут|хв|λεπτα) (?:de )?(?:doc|baca|membaca|okuma|okuma suresi|leitura|cteni|citanja|citit|olvasas|чтения|читання|αναγνωσης)(?![a-zа-яіα-ω])|` +
    // ("2021年8月15日" alone on its line under a post's headline: a blog's date; a shop's dates say what happens then.)
    // ("पढ़ने का समय: 6 मिनट", Hindi: reading time, 6 minutes.)
    String.raw`(?:पढ़ने|पढने) का समय[ ]?:?[ ]?\d{1,2} ?मिनट|\d{1,2} ?मिनट (?:में )?(?:पढ़ें|पढें|की पढ़ाई)|` +
    // ("זמן קריאה: 6 דקות", Hebrew: reading time, 6 minutes.)
    String.raw`זמן קריאה[ ]?:?[ ]?\d{1,2} ?דקות|` +
    String.raw`^\d{4}年\d{1,2}月\d{1,2}日(?:[(（][月火水木金土日][)）])?$|` +
    // (A shop's "2024年5月1日 10:00 発売" or "… 更新" is a sale's or a page's date: an article names its publishing.)
    String.raw`^\d{4}年\d{1,2}月\d{1,2}日.{0,20}(?:最後更新|最后更新|公開|発行|掲載|发布|發佈|投稿|記者|记者|作者|文/)`,
);

/**
 * "Medically reviewed by Jillian Kubala, MS, RD — Written by Corey Whelan — Updated on October 31, 2020" (an
 * Arabic one reads so once core/arabic.ts has put its words in English): a health site's byline with its
 * date, a longer line than other datelines.
 */
export const HEALTH_BYLINE_RE = new RegExp(
  String.raw`^(?:medically |fact[- ]checked )?(?:reviewed|written) by .{2,120}?(?:updated|published|posted)(?: on)?:? ${DATE}`,
);

/** "05-07-2025 06:26 PM" alone on its line, right under a headline: a news item's date and time of posting. */
export const NEWS_DATETIME_RE = /^\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2},? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?$/;

/** The heading of a medicine's patient leaflet ("Pakkausseloste: tietoa potilaalle", "Bipacksedel", "Kullanma talimatı"). */
export const LEAFLET_RE =
  /^(?:patienteninformation|beipackzettel|packungsbeilage|(?:full )?prescribing info(?:rmation)?|gebrauchsinformation|package leaflet|patient information leaflet|notice ?: information|information (?:de|pour) l'utilisateur|prospecto ?: informacion|foglio illustrativo|bijsluiter|ulotka dla pacjenta|pribalovy letak|pisalo za uporabu|betegtajekoztato|pakkausseloste|bipacksedel|indlægsseddel|pakningsvedlegg|pribalova informace|pisomna informacia pre pouzivatela|prospect ?: informatii|folheto informativo|pakendi infoleht|pakuotes lapelis|uputa o lijeku|uputstvo za lek|kullanma talimat[iı]|φυλλο οδηγιων|листовка|инструкция по (?:медицинскому )?применению|інструкція для медичного застосування)(?![a-zа-яіα-ω])|^(?:\d\.?[ ]{1,2})?(?:was (?:ist|sind) .{2,60} und wann (?:wird|werden) (?:es|sie) angewendet|qu'est-ce que .{2,60} et quand (?:est-il|est-elle|sont-ils|doit-il etre) utilise|che cos'e .{2,60} e quando si (?:usa|utilizza|impiega)|what .{2,60} (?:is|are) and what (?:it|they) (?:is|are) used for|co je (?:pripravek )?.{2,60} a k cemu se pouziva|co je .{2,60} a na co sa pouziva|que es .{2,60} y para que se utiliza|o que e .{2,60} e para que e utilizado|wat is .{2,60} en waarvoor wordt (?:het|dit middel) gebruikt|co to jest (?:lek )?.{2,60} i w jakim celu sie go stosuje|vad .{2,60} ar och vad (?:det|de) anvands for)(?![a-z])/;

/** "Barcode: 22149466", "Code-barres : 3401564336227", "EAN 4010355051455": a product's record carries its article number. */
export const BARCODE_LINE_RE =
  /^(?:barcode|bar code|code[ -]barres?|codigo de barras|codice a barre|strichcode|streepjescode|kod kreskowy|carkod|barkod|vonalkod|ean(?:[ -]?13|[ -]?8)?|gtin(?:[ -]?13)?|upc)[ ]?[:#]?[ ]?\d{8,14}$/;

/**
 * "90 Vegetarian Capsules ( SKU: 9486, NPN: 80026324 )", "PZN: 01234567", "Art.-Nr. 123456": a shop's or a
 * regulator's number for one product, on a short line under its name.
 */
export const PRODUCT_CODE_RE =
  /(?<![a-z])(?:sku|npn|din|pzn|cip(?:13)?|acl|art(?:ikel)?\.?[ -]?nr\.?|artikelnummer|item (?:no\.?|#|number)|product code|code produit|codigo (?:de )?producto|codice prodotto|artikelcode|numer katalogowy|kod produktu)[ ]?[:#]?[ ]?[a-z]{0,3}[ -]?\d{4,14}(?![\d.,]|[ ]?(?:mg|g|ml|mcg|iu)(?![a-z]))/;

/** "Kemasan<TAB>1 botol @ 60 tablet", "Pack size: 90 capsules": a detail row that counts the pack (read with COUNT_RE). */
export const PACK_KEY_RE =
  /^(?:kemasan|pack(?:age|aging|ing)?(?: size)?|packung(?:sgrosse)?|packungsinhalt|inhalt|contenu|conditionnement|presentacion|presentacao|confezione|verpakking|inhoud|opakowanie|zawartosc|ilosc|kogus|obsah balenia|baleni|balenie|kiszereles|упаковка|форма выпуска)(?:[ ]?[:\t]|[ ](?=\d))/;

/** "Ilość: 120 szt", "Kogus: 60 tk": a count of pieces, a pack's count under a pack's key. */
export const PIECES_RE = /(?<![\d.,])\d{1,4} ?(?:szt|tk|st|stk|stuck|pcs|pieces|db|ks|kom|adet|шт)\.?(?![a-zа-я])/;

/**
 * A drug database's key for the active substance: "Toimeained: magneesiumtsitraat", "Substanța activă:
 * MAGNESII OROTAS", "Generic<TAB>Magnesium Oxide", "Principio activo<TAB>…".
 */
export const ACTIVE_KEY_RE =
  /^(?:(?:aktive )?wirkstoff(?:e)?|active ?(?:ingredient|substance)s?|מרכיבי?ם? פעילי?ם?|principio activo|principio ativo|principio attivo|principe actif|substance active|substanta activa|toimeained?|vaikuttava aine|veiklioji medziaga|darbiga viela|ucinna latka|substancja czynna|generic(?: name)?|genericky nazev|genericky nazov|nombre generico)[ ]?[:\t]/;

/** A drug database's key for the dosage form: "Darreichungsform: Brausetabletten", "Zāļu forma<TAB>Tablete". */
export const DOSAGE_FORM_KEY_RE =
  /^(?:darreichungsform|pharmaceutical form|dosage form|forma farmaceutica|forme pharmaceutique|postac(?: leku)?|lekova forma|liekova forma|(?:zalu |ravimi )?(?:forma|vorm)|type|apresentacao|presentacion)[ ]?[:\t]/;

/**
 * A drug database's record of one medicine, a key a line: "Darreichungsform: Brausetabletten", "Pharmaceutical
 * form: Tablets", "ATC: Magnesio cloruro (A12CC01)", "Authorization number: PA0021/061/002". Each alternative
 * is one kind of key (dosage form, active substance, ATC code, licence number, licence holder).
 */
export const RECORD_KEYS_RE = [
  DOSAGE_FORM_KEY_RE,
  ACTIVE_KEY_RE,
  /^(?:(?:קוד )?atc(?:[ -]?(?:code|kod|koodi|klassifikation|classification|klasifikace))?|drug class|trida leciv|classe terapeutica|clase terapeutica|classe therapeutique|indikationsgruppe)[ ]?[:\t]/,
  /^(?:(?:authori[sz]ation|registration|zulassungs|registracni|registracne) ?(?:number|nummer|cislo|no\.?)|numero de (?:registro|autorizacion)|numer pozwolenia|registreringsnummer|nº de registro|zalu registracijas numurs|cn|מספר (?:אישור|רישום))[ ]?[:\t]/,
  /^(?:(?:marketing )?authori[sz]ation holder|zulassungsinhaber|titular(?: de la autorizacion)?|laboratorio|laboratoire(?: exploitant)?|pharmazeutischer unternehmer|podmiot odpowiedzialny|drzitel registrace|drzitel rozhodnutia|hersteller|manufacturer|razotajs)[ ]?[:\t]/,
];

/**
 * A drug database's key for one unit's strength: "Zāļu stiprums/koncentrācija<TAB>500 mg", "Ravimi tugevus:
 * 1830mg 20TK", "Concentrația: 500mg", "Weight<TAB>365 mg" (a medicine directory's), "Wirkstärke: 243 mg".
 */
export const STRENGTH_KEY_RE =
  /^(?:(?:dosage )?strength|(?:wirk)?starke|(?:zalu )?stiprums(?:\/koncentracija)?|(?:ravimi )?tugevus|stiprumas|concentratia|concentracion|concentracao|concentrazione|dosaggio|sila|moc|dawka|weight)[ ]?[:\t]/;

/** What a page says when it sells the product on it. */
export const CART_RE =
  /(?<![a-z])(?:add to (?:cart|bag|basket)|them vao gio(?: hang)?|adicionar ao (?:carrinho|cesto)|kosarba|buy (?:it )?now|order (?:it )?(?:now|direct|wholesale)|pedir ahora|encomendar agora|ordina ora|zamow teraz|kup teraz|in den (?:warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|acheter|anadir al carrito|anadir a la cesta|agregar al carrito|comprar|aggiungi al carrello|acquista|in (?:de )?winkel(?:wagen|mand)|bestellen|do koszyka|kop nu|lagg i varukorgen|in stock|auf lager|en stock|sold out|out of stock|koupit(?: nyni)?|do kosiku|kosarba tesz|preise vergleichen|preisvergleich|compare prices|comparer les prix|comparar precios|confronta prezzi|prijzen vergelijken|agotado|ausverkauft|epuise|esaurito|uitverkocht|regular price|sale price|unit price|precio regular|prix normal|shipping calculated at checkout|disponible|disponibile|op voorraad|добави в количката|в количката|в наличност|в корзину|купить|в наличии|купити|в кошик|u kosaricu|u korpu|dodaj u kosaricu|sepete ekle|hemen al|beli sekarang|tambah ke keranjang|masukkan keranjang|legg i handlekurv(?:en)?|kjøp|læg i kurv(?:en)?|køb|προσθηκη στο καλαθι|αγορα τωρα)(?![a-zа-яі])|カートに入れる|買い物かこに入れる|今すく購入|加入购物车|加入購物車|立即购买|立即購買|장바구니\s?(?:담기|에 담기|추가)|바로구매|הוס(?:ף|פה) ל(?:סל|עגלה)|קנה עכשיו|เพิ่มไปยังรถเข็น|เพิ่มลงรถเข็น|หยิบใส่ตะกร้า|ใส่ตะกร้า|ซื้อเลย|ซื้อสินค้า/;
/**
 * What a product's own ingredient list names as the make of its unit or the role of its fillers (EU labels
 * must name each additive's role): "capsule shell (hydroxypropylmethyl cellulose)", "bulking agent",
 * "anti-caking agents (magnesium stearate, silica)", "Füllstoff", "Trennmittel", "agent de charge". An
 * article names magnesium's forms, not the capsule's.
 */
export const EXCIPIENT_ROLE_RE =
  /(?<![a-z])(?:capsule shell|vegetable capsule|veggie capsule|gelatin capsule|(?:bulking|anti-?caking|glazing|coating|firming) agents?|filler|kapselhulle|fullstoff|trennmittel|uberzugsmittel|enveloppe (?:de la gelule|vegetale)|agent de charge|anti-?agglomerant|agente de carga|antiaglomerante|agente di carica|antiagglomerante|vulstof|antiklontermiddel|capsulewand|substancja wypelniajaca|substancja przeciwzbrylajaca|otoczka kapsulki)(?![a-z])/;

/** A recipe card's times in Portuguese, Swedish, Danish/Norwegian, Czech and Turkish ("Hazırlama: 15 dk"), folded. */
const RECIPE_TIMES = String.raw`(?:preparation|zubereitung|preparacion|preparazione|bereiding)[ ]?:? ?\d{1,3} ?min|(?:porciones|raciones|porcoes|rendimento|dificultad|dificuldade|difficolta|schwierigkeit(?:sgrad)?|difficulte|moeilijkheid|vaikeusaste)[ ]?: ?(?:\d|facil|media|baixa|facile|leicht|einfach|makkelijk)|tempo de cozimento|tillagningstid|tilberedningstid|doba pripravy|fremgangsmade|fremgangsmate|valmistusaika|(?:tid|aika): ?\d{1,3} ?min|(?:haz[iı]rlama|pisirme)(?: suresi)?:? \d{1,3} ?(?:dk|dakika|saat)|(?:rende|rinde)[ ]?:? ?\d{1,2} (?:porcoes|porciones|pessoas|personas)|modo de preparo`;
/**
 * A recipe's ingredients counted for so many people, in Chinese or Japanese ("材料 (3～4人分)", "用料（2人份）"), and its
 * method's heading ("作り方"): a recipe card's lines.
 */
export const CJK_RECIPE_CARD_RE = /(?:材料|用料|食材)[ ]?[(（][^)）\n]{0,8}人[分份][)）]|^(?:作り方|做法)$/m;
/** A recipe card's own lines: "Jump to Recipe", "Prep Time: 5 mins", "Zubereitungszeit", "Temps de préparation". */
export const RECIPE_CARD_RE = new RegExp(
  String.raw`(?<![a-z])(?:jump to recipe|print recipe|prep(?:aration)? time|cook(?:ing)? time|zubereitungszeit|temps de (?:preparation|cuisson)|tiempo de (?:preparacion|coccion)|tempo di (?:preparazione|cottura)|bereidingstijd|czas przygotowania|tempo de preparo|${RECIPE_TIMES})(?![a-z])`,
);
/** Signs of an article, a recipe or a forum thread rather than a product page. */
export const ARTICLE_RE = new RegExp(
  String.raw`(?<![a-z])(?:according to|a (?:(?:\d{4}|small|large|recent|randomi[sz]ed|double-blind|pilot)[ -])?(?:study|trial|meta-analysis)|studies (?:\w+ )?(?:show|suggest|have|found)|researchers|participants|placebo|(?:this|este|neste|nesse|dieser|diesem|dieses|cet|questo|dit|tego) (?:artigo|article|artikel|articulo|articolo|artykul\w*)|(?:your|a|the) (?:complete |ultimate |quick |simple |essential )?guide (?:to|for)|(?:related articles|related posts|recent posts|artigos relacionados|verwandte artikel|articles similaires|articulos relacionados|articoli correlati|gerelateerde artikelen|kapcsolodo cikk\w*|souvisejici clanky|podobne artykuly|relaterte artikler|relaterede artikler|relaterade artiklar|aiheeseen liittyvat artikkelit)|(?:os estudos mostram|studien zeigen|les etudes montrent|los estudios muestran|gli studi mostrano)|\d{1,2} ?min(?:ute)?s? read|reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leitura: ?\d{1,2} ?min|leestijd|czas czytania|published|written by|posted (?:by|on)|author|(?:comments|commenti|kommentare|commentaires|comentarios|reacties|komentarze|komentare|kommentarer|kommentit) \(\d{1,4}\)|secondo l'autore|studi|autor(?:ka|e)?(?=:)|(?:last updated|updated on|aktualizovano|aktualizovane|aktualisiert am|zuletzt aktualisiert|mis a jour le|actualizado el|aggiornato il|zaktualizowano|atnaujinta|atjaunots|uuendatud|paivitetty|oppdatert|opdateret|uppdaterad):? ?\d{1,4}|medically reviewed|references|prep time|cook time|makes about|(?:tempo di )?cottura|tempo di preparazione|zubereitungszeit|temps de (?:preparation|cuisson)|tiempo de (?:preparacion|coccion)|bereidingstijd|czas przygotowania|${RECIPE_TIMES}|recipe|rezept|recette|receta|ricetta|recept|opskrift(?:er)?|oppskrift(?:er)?|uppskrift(?:er)?|resepti|tarif(?:ler|i)?|forum|replies|studie(?:n)?|etude|estudio|studio|onderzoek|badania|artikel|article|read more|weiterlesen|lire la suite|leer mas|leggi (?:anche|di piu)|per approfondire|see also|related articles|articoli correlati|verwandte artikel|articles? (?:similaires|lies)|in (?:this|diesem|questo) (?:article|artikel|articolo)|dans cet article|en este articulo|(?:the )?(?:manufacturer|maker) (?:says|recommends|states|claims)|(?:il|del|dal) produttore|laut hersteller|selon le fabricant|segun el fabricante|volgens de fabrikant|notre selection|our (?:selection|pick|picks)|unsere auswahl|la nostra selezione|nuestra seleccion|clanek|clanku|clanok|artykul(?:u|e)?|podle autora|wedlug autora|podla autora|forskning(?:en)?|studier|laes ogsa|las ocksa|les ogsa|lue myos|lees ook|lies auch|konklusion|konklusjon|slutsats|johtopaatos|fazit)(?![a-z])|(?<![а-яёіїє])(?:автор(?:а|ы|ов|ами)?|по мнению (?:авторов|экспертов|враче[йи])|исследовани(?:е|я|[йи]|ями)|(?:в )?это[йи] статье|чита[йи]те (?:также|далее)|похожие статьи|оцените статью|статьи по теме|схожі статті|оцініть статтю|статті на тему|(?:обновлено|оновлено):? ?\d|источники|список литературы)(?![а-яёіїє])|نويسنده ?:|زمان مطالعه|مطالب مرتبط|مقالات ذات صلة|مقالات مشابهة|الكاتب ?:|وقت القراءة|اقرا ايضا|เอกสารอ้างอิง|บทความที่เกี่ยวข้อง|งานวิจัย|参考文献|関連記事|相关文章|相關文章|发布时间|發佈時間|发表时间|發表時間|作者[:：]|研究显示|研究顯示|참고문헌|관련 기사|บทความสุขภาพ|อ้างอิงจาก|厚生労働省|食事摂取基準|推奨量|耐容上限|膳食营养素参考摄入量|膳食指南|보건복지부|영양소 섭취기준`,
  'g',
);
/**
 * The title of a ranking or buyer's guide ("The 10 Best Magnesium Supplements", "Top 5 …", "… Tested
 * & Ranked") or of a regulator's monograph ("Monograph: Magnesium").
 */
/** "…选购指南" (a buying guide), "おすすめ", "ランキング", "추천": a guide's or ranking's title in Chinese, Japanese or Korean. */
const CJK_RANKING = ['选购指南', '選購指南', '购买指南', '推荐', '推薦', 'おすすめ', 'ランキング', '比較', '추천', '순위'].map(
  (w) => fold(w),
);
export const RANKING_TITLE_RE = new RegExp(
  String.raw`^(?:monograph|monographie|monografia)(?![a-z])|^(?:the )?(?:\d{1,2} )?(?:best|top) (?:\d{1,2} )?[a-z0-9 ,&'-]{0,40}(?:supplements|products|brands|picks|forms|of (?:20\d\d))(?![a-z])|(?<![a-z])(?:tested (?:&|and) ranked|buyer'?s guide|die besten|los mejores|les meilleurs|i migliori|de beste|(?:die|los|las|les|des|i|dei|de|os|as|dos) \d{1,2} (?:besten|mejores|meilleur(?:e?s)|migliori|beste|melhores)|(?:notre )?comparatif (?:des|de) |najlepsze|testsieger|im (?:test|vergleich)|test (?:&|und) vergleich|vergleich 20\d\d|vertailussa|vertailu 20\d\d|(?:bast|best|bedst) i test)(?![a-z])|` +
    // "Magnesiumchlorid Test", "Magnesium Test 2024": a German review site's test of a kind of product.
    String.raw`^[a-z][a-z -]{2,40} test(?: 20\d\d)?$|` +
    // "Рейтинг препаратов магния 2025", "Топ-10 …": a ranking in Cyrillic.
    String.raw`(?<![а-яі])(?:ре[йи]тинг|топ-?\d{1,2})(?![а-яі])|` +
    CJK_RANKING.join('|'),
);

/**
 * "Chlorure de magnésium : meilleurs produits", "Paras magnesium", "Najlepszy magnez": the best of a kind
 * in a title, in the languages the reader knows; a ranking's title only where it names no count or amount
 * (a shop's "Magnesium Citrate 200mg – les meilleures marques" is a tagline).
 */
export const BEST_OF_KIND_RE =
  /(?<![a-z])(?:meilleur(?:e)?s (?:produits|marques|complements)|mejores (?:productos|marcas|suplementos)|migliori (?:prodotti|marche|integratori)|beste(?:n)? (?:produkte|marken|producten|merken))(?![a-z])|^(?:paras|parhaat|bedste|najlepsz[aey]|nejlepsi|legjobb)(?![a-z])/;

/**
 * "Supplement 1: Mg + Riboflavin + CoQ10", "Product #2 –": a line numbering the products a page goes
 * through (a guide's or a treatment wiki's list), which no product page does of itself.
 */
export const NUMBERED_PRODUCT_RE =
  /^(?:supplement|product|produkt|produit|producto|prodotto|suplemento|praparat|preparat)\s?(?:#|no\.?|nr\.?)?\s?\d{1,2}\s?[:.)–-]\s/;

/** A thread's or a comment section's button, a line of its own ("Reply", "Antworten", "Répondre"). */
export const REPLY_LINE_RE =
  /^(?:reply|quote|antworten|zitieren|repondre|citer|responder|citar|rispondi|cita|reageren|beantwoorden|odpowiedz|cytuj|svara|svar|vastaa|odpovedet|valaszolj|ответить)$/;

/** Lines that name magnesium, in the languages the reader knows. */
export const MAGNESIUM_RE = new RegExp(
  // ("Cal/Mag/Zinc", "Cal-Mag": magnesium shortened after calcium.)
  String.raw`(?<![a-z])(?:${LATIN_MAGNESIUM}|mg2\+|mg\+\+|(?<=cal[ /&-]{1,3})mag(?![a-z]))|(?<![а-яі])(?:${CYRILLIC_MAGNESIUM})|` +
    OTHER_SCRIPT_MAGNESIUM.join('|'),
);
/** A product's name that names magnesium, or its sulfate as a bath salt ("シンプルバス エプソムソルト 2.2kg", "Epsom Salt 2 kg"). */
export const NAMES_MAGNESIUM_RE = new RegExp(
  `${MAGNESIUM_RE.source}|(?<![a-z])(?:${EPSOM_SALT})(?![a-z])|${OTHER_SCRIPT_EPSOM.join('|')}`,
);
/** A mass amount as labels print it. */
export const MG_AMOUNT_RE =
  /\d(?:[\d.,]*\d)?\s?(?:mg|мг|मिलीग्राम|มก|มิลลิกรัม|milligrams?|milligramm|milligrammes?|miligramos?|milligrammi|g|毫克|밀리그램|מ["״]ג)(?![a-zа-я])/;
/** Lines that give someone else's numbers: studies, reference intakes, limits, advice. */
export const DISTRACTOR_RE =
  /(?<![a-z])(?:study|studies|trial|participants|in research|research on|clinically studied|studien?|etudes?|estudios?|studio|onderzoek|badani\w*|studii|vizsgalat\w*|tutkimu\w*|petijum\w*|tyrim\w*|uuring\w*|calisma\w*|teilnehmer\w*|deelnemers|uczestni\w*|ucastni\w*|resztvevo\w*|participant(?:i|ii|es)|partecipanti|osallistuj\w*|dalyvi\w*|dalibniek\w*|katilimci\w*|niet meer dan|nie wiecej niz|neprekracujte|ne lepje tul|nu depasiti|ala ylita|nevirsykite|neparsniedziet|asmayin|ta inte mer an|ikke mere? end|ikke mer enn|µελετ[α-ω]*|συµµετεχοντες|µην ξεπερνατε|исследовани[а-я]*|дослідженн[а-я]*|изследван[а-я]*|участники|учасники|не превыша[йи]те|не перевищу[йи]те|subjects|placebo|rda|recommended (?:daily )?(?:intake|allowance|amount)(?![ ]?:[ ]?(?:take|chew|mix|dissolve|\d|one|two|three))|reference (?:intake|value)|upper (?:intake )?limit|tolerable|should not exceed|no more than|up to \d[\d.,]* ?(?:mg|mcg|µg|g|grams?|milligrams?)(?![a-z])|men|women|homens|mulheres|hombres|mujeres|uomini|donne|hommes|femmes|manner|frauen|mannen|vrouwen|menn|kvinner|maend|kvinder|kvinnor|miehille|naisille|karlar|konur|(?:anbefaler|anbefales|rekommenderar|rekommenderas|suosittelee)[ ](?:et |ett |en )?(?:dagligt? |daglig |paivittaista )?(?:inntak|indtag|intag|saanti\w*)|helsemyndighet\w*|sundhedsstyrelsen|livsmedelsverket|adults need|children need|dge|bfr|efsa|referenzwert|zufuhr|tageshochstmenge|nicht uberschreiten|bedarf|apport(?:s)? (?:journalier|recommande)|besoins?|ne pas depasser|ingesta|cantidad diaria recomendada|no superar|fabbisogno|non superare|aanbevolen hoeveelheid|adh|(?:boven)?grens|zapotrzebowanie|per (?:litre|liter|100 ?g|100 ?ml)|pro (?:liter|100 ?g)|par litre|por litro|al litro|(?:per|pro|par|por|je) (?:kilo|kg|kilogram\w*)|\/ ?kg|\d{2,3}(?:-\d{2,3})? ?kg|body ?weight|korpergewicht|poids corporel|peso corporal|peso corporeo|lichaamsgewicht|masy ciala|per ounce|per cup|children|kinder|enfants|ninos|bambini|kinderen|dzieci)(?![a-z])|(?:男性|女性|남성|여성)[^\n\d]{0,8}\d[\d.,]*(?:[~〜～-]\d[\d.,]*)?[ ]?(?:mg|㎎)|推奨量/;
/** A reference in a footnote ("Lindberg JS et al. … J Am Coll Nutr 1990;9:48-55."): someone else's words. */
export const CITATION_RE =
  /(?<![A-Za-z])et al\.|(?:19|20)\d{2} ?; ?\d{1,4}(?: ?\(\d{1,3}\))? ?: ?\d{1,5}|(?<![A-Za-z])doi ?: ?10\.|pubmed|PMID/i;
/** A list marker, or the pictographs shops put before a line ("🕘 SUGGESTED USE", "✅ 200 mg per capsule", "👉 "). */
export const BULLET_RE =
  /^(?:[•·▪●◦■□◆◇▶▷▸►➤▍▌▎▏┃*✓✔-]|(?![©®])\p{Extended_Pictographic}[\uFE0F\u200D]*(?:\p{Extended_Pictographic}[\uFE0F]*)*)\s*/u;
export const COUNT_RE =
  /(?<![\d.,])(\d{1,4})\s?(?:-?count|ct|(?:(?:veg(?:gie|etarian|etable|an)?|liquid)\s)?(?:capsules?|caps|vcaps|softgels?|tablets?|tabs|caplets?|gummies|chewables?|lozenges?)|kapseln|tabletten|presslinge|gelules|comprimes|capsulas|comprimidos|capsule|compresse|bustine|sachets?|saches|sobres|ampoules?|ampollas?|fiale|tabletki|kapsulki|kapsul|kaplet|kaps|tabl|tbl|таблетки|таблеток|капсули|капсулы|капсул|шт|бр|정|캡슐|粒|錠|片|颗|顆|カプセル)(?![a-zа-яі])/;

/** A marketplace's heading over the product's bullets: "About this item", "Acerca de este producto", "Info zu diesem Artikel". */
export const ABOUT_THIS_ITEM_RE =
  /^(?:about this (?:item|product)|acerca de este (?:producto|articulo)|info zu diesem artikel|a propos de cet article|informazioni su questo articolo|over dit artikel|om denna produkt|sobre este (?:item|produto|artigo)|o tym produkcie|informace o produktu)$/;

/**
 * A shopping cart's lines: its subtotal ("Subtotal $101.32", "Zwischensumme"), its checkout button ("Check out",
 * "[ PROCEED TO CHECKOUT ]", "Zur Kasse") and an item's remove button ("Remove", "[Remove]  [Move to Wishlist]").
 */
export const CART_SUBTOTAL_LINE_RE =
  /^(?:order |cart )?(?:sub-?total|zwischensumme|sous-total|subtotaal|totale parziale|suma czesciowa|mezisoucet|jumlah kecil|ara toplam|tam tinh|小計|小计|소계)(?![a-z])/;
export const CHECKOUT_LINE_RE =
  /^\[?[ ]{0,2}(?:(?:proceed|continue|go) to )?(?:check ?out|secure checkout|(?:weiter )?zur kasse(?: gehen)?|passer (?:la )?commande|valider (?:mon |le )?panier|tramitar pedido|finalizar (?:compra|pedido)|procedi (?:all'acquisto|al checkout|all'ordine)|afrekenen|przejdz do kasy|do kasy|(?:teruskan|lanjut(?:kan)?) ke pembayaran|sepeti onayla|al[iı]sver[iı]s[iı] tamamla|tien hanh thanh toan|レジに進む|ご購入手続きへ|去结算|結帳|결제하기)[ ]{0,2}\]?$/;
const REMOVE_WORDS =
  'remove|delete|entfernen|loschen|supprimer|retirer|eliminar|quitar|rimuovi|elimina|verwijderen|usun|odebrat|torles|buang|hapus|kald[iı]r|xoa|削除|删除|삭제';
// (Or the item's row's last cell: "Menge: [ - ] 1 [ + ]     CHF 24.50     Entfernen".)
export const REMOVE_ITEM_LINE_RE = new RegExp(
  String.raw`^(?:\[[ ]{0,2}(?:${REMOVE_WORDS})[ ]{0,2}\]|(?:${REMOVE_WORDS})(?:[ ]{2,}|\t|[ ]?\|[ ]|$))|(?:[ ]{2,}|\t)\[?(?:${REMOVE_WORDS})\]?$`,
);
