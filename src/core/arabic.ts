// Label text in Arabic script (Arabic, and Persian's label words), written as the words the parser
// reads: "مغنيسيوم (إجمالي) 125 ملغ" is "magnesium (total) 125 mg", "قرصين مرة واحدة يوميًا" is
// "2 tablets once daily", "سترات المغنيسيوم" is "magnesium citrate". A pass before the page-text
// reader, not a matcher on folded text: the words differ in length, so the text the parser quotes is
// this one (its figures, units and forms in English, the rest in Arabic as the page wrote it, without
// its vowel marks).

/** Arabic script: any letter, digit or mark of the block. */
const ARABIC_SCRIPT_RE = /[\u0600-\u06ff]/;
/** Letters, once normalised; a word ends where none follows. */
const L = '\\u0621-\\u064a\\u066e-\\u06d3';
/** A conjunction or preposition written onto its word ("و", "ف", "ب", "ك", "ل"), and the article "ال". */
const PRE = '(?:[وف]?(?:[بك]?ال|لل|[بلك])?)';

/** Short vowels and other marks, the tatweel, direction marks and the Persian half-space. */
const MARKS_RE = /[\u064b-\u065f\u0670\u0640\u200c\u200e\u200f\u061c]/g;
/** Letters written several ways: hamza on or under alef, Persian yeh and kaf, alef maksura. */
const LETTERS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ی: 'ي',
  ى: 'ي',
  ک: 'ك',
  '،': ',',
  '؛': ';',
  '٫': '.',
  '٬': ',',
  '٪': '%',
};

function normalise(text: string): string {
  return text
    .replace(MARKS_RE, '')
    .replace(/[أإآٱیىک،؛٫٬٪]/g, (c) => LETTERS[c]!)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

/** A word (or phrase) with what may be written onto its front, whole. */
const word = (stem: string, prefix = PRE) => new RegExp(`(?<![${L}])${prefix}(?:${stem})(?![${L}])`, 'g');
/** The same after a figure ("250 ملغ", "12 عاما"): a unit or an age. */
const afterFigure = (stem: string) => new RegExp(`(?<=\\d[ ]?)(?:${stem})(?![${L}])`, 'g');

// (Urdu: "میگنیشیم".)
const MAGNESIUM = 'م(?:ا)?[غج]ن(?:ي)?[سز]ي(?:و)?م|منيزيم|ميگنيشيم';
/** The salts, as a label names them; each with its English name. */
const SALTS: readonly [string, string][] = [
  ['(?:بيس|ثنائي )(?:[غج]لي?سينات|[غج]لايسي?نات|[غج]لي?سينيت|[غج]لايسينيت)', 'bisglycinate'],
  ['[غج]لي?سينات|[غج]لايسي?نات|[غج]لي?سينيت|[غج]لايسينيت', 'glycinate'],
  ['سي?ترات|سيتريت', 'citrate'],
  // (Urdu "آکسائیڈ".)
  ['اكسيد|اكسائيڈ', 'oxide'],
  ['هيدروكسيد', 'hydroxide'],
  ['كربونات|كربنات', 'carbonate'],
  ['كلوريد|كلريد', 'chloride'],
  ['كبريتات|سلفات', 'sulfate'],
  ['مالات', 'malate'],
  ['(?:اسيتيل )?تورات|تاورات', 'taurate'],
  ['ثريونات|تريونات|ثريونيت|ل-ثريونات', 'threonate'],
  ['لاكتات', 'lactate'],
  ['لي?سينات|لايسينات', 'lysinate'],
  ['اسبارتات|اسبارتيت', 'aspartate'],
  ['اوروتات', 'orotate'],
  ['[غج]لوكونات', 'gluconate'],
  ['بيدولات', 'pidolate'],
  ['ستي?ارات|ستيرات', 'stearate'],
  ['فوسفات', 'phosphate'],
  ['مخلب(?:ي|ية|يه)?', 'chelate'],
];
const SALT_STEMS = SALTS.map(([s]) => s).join('|');

/** Units, counted ("قرصين": two tablets) or not; singular and plural. */
const UNITS: readonly [string, string][] = [
  ['قرصين|قرصان|حبتين|حبتان', '2 tablets'],
  ['كبسولتين|كبسولتان', '2 capsules'],
  ['كيسين|كيسان', '2 sachets'],
  ['ملعقتين|ملعقتان', '2 scoops'],
  ['قطرتين|قطرتان', '2 drops'],
  ['بختين|بختان|رشتين|رشتان', '2 sprays'],
  ['علكتين|علكتان', '2 gummies'],
  // (Urdu "گولیاں", "گولی".)
  ['اقراص|حبات|حبوب|گولياں', 'tablets'],
  // ("قرصاً", a tablet, its accusative's alif kept once its mark is folded away.)
  ['قرصا|قرص|حبة|حبه|گولي', 'tablet'],
  ['ك(?:ا)?بسولات|كپسولها', 'capsules'],
  ['ك(?:ا)?بسول(?:ة|ه)?|كپسول', 'capsule'],
  ['اكياس|ساشيات', 'sachets'],
  ['كيس|ساشيه|ساشيت', 'sachet'],
  ['ملعقة صغيرة|ملعقه صغيره', 'teaspoon'],
  ['ملاعق صغيرة', 'teaspoons'],
  ['ملعقة كبيرة|ملعقه كبيره', 'tablespoon'],
  ['ملاعق كبيرة', 'tablespoons'],
  ['ملعقة(?: قياس)?|ملعقه|مكيال|مغرفة', 'scoop'],
  ['ملاعق|مكاييل', 'scoops'],
  ['قطرات|نقاط', 'drops'],
  ['قطرة|نقطة', 'drop'],
  ['بخات|رشات', 'sprays'],
  ['بخة|رشة', 'spray'],
  ['علكة|علك|حلوى مطاطية|حلوي مطاطية', 'gummies'],
  ['حصة|حصه|وجبة غذائية', 'serving'],
  ['حصص', 'servings'],
];
const UNIT_STEMS = UNITS.map(([s]) => s).join('|');
const UNIT_WORDS = '(?:tablets?|capsules?|sachets?|scoops?|teaspoons?|tablespoons?|drops?|sprays?|gummies|servings?)';

/** The months, as written in Egypt and the Gulf and in the Levant. */
const MONTHS: readonly [string, string][] = [
  ['يناير|كانون الثاني', 'January'],
  ['فبراير|شباط', 'February'],
  ['مارس|اذار', 'March'],
  ['ابريل|نيسان', 'April'],
  ['مايو|ايار', 'May'],
  ['يونيو|يونيه|حزيران', 'June'],
  ['يوليو|يوليه|تموز', 'July'],
  ['اغسطس', 'August'],
  ['سبتمبر|ايلول', 'September'],
  ['اكتوبر|تشرين الاول', 'October'],
  ['نوفمبر|تشرين الثاني', 'November'],
  ['ديسمبر|كانون الاول', 'December'],
];

/**
 * Phrases first, then words; each pattern over normalised text (no hamza on alef, Arabic yeh and kaf,
 * no vowel marks). The English is what the page reader's tables and the label engine know.
 */
const PHRASES: readonly [RegExp, string][] = [
  // Food words before the units: "الحبوب الكاملة" are whole grains, not whole pills; "يحتاج البالغون" (adults need).
  [word('(?:ال)?حبوب (?:ال)?كامل(?:ة|ه)'), 'whole grains'],
  [word('يحتاج (?:ال)?(?:بالغون|بالغين)', ''), 'adults need'],
  // Headings and the panel's own words.
  [word('حقائق المكمل(?: ال[غ]ذائي)?|حقائق المكملات ال[غ]ذائية|الحقائق ال[غ]ذائية'), '\nSupplement Facts\n'],
  [word('(?:المعلومات|القيمة|القيم) ال[غ]ذائية|معلومات [غ]ذائية'), 'Nutrition Facts'],
  [word('(?:المكونات|المكون|المادة|المواد) (?:النشطة|النشط|الفعالة|الفعال)|المكونات الفعالة', ''), 'Active ingredients'],
  [word('حجم (?:ال)?حصة'), 'Serving Size'],
  [word('(?:عدد )?(?:ال)?حصص (?:في|فى|لكل) (?:ال)?عبوة'), 'Servings Per Container'],
  [word('(?:ال)?كمية لكل حصة'), 'Amount Per Serving'],
  // Urdu: "سرونگ سائز" (serving size), "فی سرونگ مقدار" (amount per serving), "سپلیمنٹ فیکٹس", "استعمال کا طریقہ" (directions).
  [word('سرونگ سائز'), 'Serving Size'],
  [word('في سرونگ(?: مقدار)?'), 'Amount Per Serving'],
  [word('سپليمنٹ فيكٹس'), '\nSupplement Facts\n'],
  [word('استعمال كا طريقہ'), '\nDirections:'],
  [word('(?:المكونات|المواد) الاخري|مكونات اخري|مواد اخري'), 'Other ingredients'],
  [word('(?:ال)?تركيب(?:ة)?', ''), 'Composition'],
  // "مكونات قرص واحد", "لكل كبسولة": the contents of one unit, per unit.
  [new RegExp(`(?<![${L}])(?:ال)?(?:مكونات|محتوي|محتويات|لكل|في كل|فى كل)(?=[ ](?:\\d|${UNIT_STEMS}))`, 'g'), 'per'],
  [word('(?:ال)?مكونات', ''), 'Ingredients'],
  [word('تركيبات'), 'Composition'],
  [
    word(
      '(?:ال)?جرعة و(?:ال)?طريقة (?:ال)?(?:استخدام|استعمال|تناول)|طريقة (?:ال)?(?:استخدام|استعمال|استهلاك|تناول)|(?:ال)?(?:استخدام|استعمال) (?:ال)?مقترح|(?:ال)?جرعة (?:ال)?(?:موصي بها|مقترحة|والاستعمال)|الجرعات|دواعي وطريقة الاستعمال',
      '',
    ),
    'Directions',
  ],
  [word('(?:ال)?جرعة (?:ال)?يومية (?:ال)?موصي بها', ''), 'Recommended daily dose'],
  [word('(?:طريقه|طريقة|نحوه|دستور|روش|ميزان) مصرف', ''), 'Directions'],
  // "الجرعة" (the dose) alone on its line, a leaflet's heading.
  [/(?<![^\n])(?:ال)?جرعة(?=[ ]*:?[ ]*(?:\n|$))/g, 'Directions'],
  // Amazon's "الاتجاهات:" (directions), as a heading only.
  [/(?<![^\n])الاتجاهات(?=[ ]?:)/g, 'Directions'],
  [word('تحذيرات|تحذير|احتياطات|تنبيهات|موانع (?:ال)?استعمال|الاثار الجانبية', ''), 'Warnings'],
  // Other products' and other people's sections: reviews, questions and answers, bought together, related products.
  [word('(?:ال)?تقييمات|(?:ال)?مراجعات|اراء (?:ال)?عملاء', ''), 'Reviews'],
  [word('اسئلة واجوبة|(?:ال)?اسئلة (?:و)?(?:ال)?اجوبة', ''), 'Questions and answers'],
  [word('غالبا ما يتم شراؤها معا|يشتري معا عادة|يشتري معه عادة', ''), 'Frequently bought together'],
  [word('منتجات (?:ذات صلة|مشابهة)|قد يعجبك (?:ايضا)?|(?:كالاهاي|محصولات) مشابه', ''), 'Related products'],
  // An article's title: "أفضل أنواع المغنيسيوم" (the best kinds of magnesium), "فوائد" (benefits), "ما هو" (what is).
  [word('افضل'), 'best'],
  [word('انواع|اشكال'), 'types of'],
  [word('فوائد'), 'benefits'],
  [word('ما (?:هو|هي)', ''), 'what is'],
  // A salt's water: "ثنائي الهيدرات" (dihydrate), "لا مائي" (anhydrous), as the hydrate words the forms know.
  [word('ثنائي (?:ال)?هيدرات', ''), 'dihydrate'],
  [word('ثلاثي (?:ال)?هيدرات', ''), 'trihydrate'],
  [word('رباعي (?:ال)?هيدرات', ''), 'tetrahydrate'],
  [word('سداسي (?:ال)?هيدرات', ''), 'hexahydrate'],
  [word('سباعي (?:ال)?هيدرات', ''), 'heptahydrate'],
  [word('لا مائي|لامائي|(?:ال)?لامائية', ''), 'anhydrous'],
  // A news site's dateline: "نشر بتاريخ: 30 حزيران 2025" (published on), "تاريخ النشر" (date of publication).
  [word('نشر(?: في)? بتاريخ|تاريخ النشر', ''), 'Published'],
  [word('كيف|كيفية', ''), 'how to'],
  [afterFigure('عدد'), 'count'],
  // Reference intakes: "% من القيمة اليومية", "الاحتياج اليومي", "الكمية اليومية الموصى بها".
  [word('(?:ال)?قيمة (?:ال)?يومية|(?:ال)?احتياج (?:ال)?يومي|(?:ال)?احتياجات (?:ال)?يومية'), 'Daily Value'],
  [word('(?:ال)?كمية (?:ال)?يومية (?:ال)?موصي بها|(?:ال)?مدخول (?:ال)?يومي (?:ال)?موصي به'), 'recommended daily intake'],
  // Currencies: "ر.س 65.00", "120 درهم".
  [word('ر\\. ?س|ريال سعودي', ''), 'SAR'],
  [word('ر\\. ?ق|ريال قطري', ''), 'QAR'],
  [word('ر\\. ?ع|ريال عماني', ''), 'OMR'],
  [word('دينار اردني', ''), 'JOD'],
  [word('د\\. ?ك|دينار كويتي', ''), 'KWD'],
  [word('د\\. ?ب|دينار بحريني', ''), 'BHD'],
  [word('ج\\. ?م|جنيه(?: مصري)?', ''), 'EGP'],
  // (د.إ, the dirham's sign, loses its hamza as every alef does.)
  [word('د\\. ?ا|درهم(?: اماراتي)?', ''), 'AED'],
  // A shop's buttons.
  [
    word('(?:اضف|اضافة) (?:الي |لل|ل)(?:ال)?(?:سلة|عربة|سله)|(?:اشتر|اشتري|شراء|اطلب) (?:الان|الآن)|افزودن به سبد(?: خريد)?', ''),
    'Add to cart',
  ],
  [word('نفذت (?:ال)?كمية|غير متوفر', ''), 'Sold out'],
  [word('متوفر(?: في (?:ال)?مخزون)?', ''), 'In stock'],
  // Ranges and limits: "من 1 إلى 2 قرص" (from 1 to 2 tablets), "حتى 3 أقراص" (up to 3 tablets).
  [new RegExp(`(?<![${L}])من (\\d{1,2}) (?:الي|حتي) (\\d{1,2})(?![\\d])`, 'g'), '$1 to $2'],
  // (Persian "۵ تا ۱۰": five to ten.)
  [new RegExp(`(?<![${L}])(\\d{1,2}) (?:الي|حتي|تا) (\\d{1,2})(?![\\d])`, 'g'), '$1 to $2'],
  [word('حتي|بحد اقصي|كحد اقصي', ''), 'up to'],
  // Medicines: antacids, laxatives, milk of magnesia, aspirin, injections.
  [word('(?:حليب|لبن) (?:ال)?م(?:ا)?[غج]ني?[سز]يا'), 'milk of magnesia'],
  [word('مضاد(?:ات)? (?:لل|ال)?حموضة|مضاد(?:ات)? الحموضه'), 'antacid'],
  [word('ملين|ملينات|مسهل|مسهلات'), 'laxative'],
  [word('امساك'), 'constipation'],
  [word('حرقة (?:ال)?معدة|حرقه المعده'), 'heartburn'],
  [word('عسر (?:ال)?هضم'), 'indigestion'],
  [word('سيميثيكون|سيمثيكون|سيميتيكون'), 'simethicone'],
  [word('اسبرين|اسبيرين|حمض (?:ال)?اسيتيل ?ساليسيليك|حمض (?:ال)?اسيتيل ?الساليسيليك'), 'aspirin'],
  [word('حقن|حقنة|حقنه|للحقن'), 'injection'],
  [word('معلق'), 'suspension'],
  // An article's byline and dates: "بقلم" (by), "آخر تحديث" (last updated), the months.
  [word('بقلم', ''), 'By'],
  [word('تمت مراجعته طبيا بواسطة|تمت المراجعة الطبية بواسطة', ''), 'Medically reviewed by'],
  [word('(?:اخر تحديث|تم التحديث) في', ''), 'Last updated on'],
  [word('اخر تحديث|تم التحديث', ''), 'Last updated'],
  [word('تاريخ النشر|نشر في|نشرت في', ''), 'Published'],
  ...MONTHS.map(([ar, en]): [RegExp, string] => [word(ar, ''), en]),
  // The dose, as a heading: "الجرعة:".
  [new RegExp(`(?<![${L}])(?:ال)?جرعة(?=[ ]?:)`, 'g'), 'Dosage'],
  // Directions: times a day, meals, ages.
  [word('هر بار|هر وعده|في كل مرة|كل مرة', ''), 'each time'],
  [word('مرة واحدة|مره واحده|مرة|مره|يك بار', ''), 'once'],
  [word('مرتين|مرتان|دو بار', ''), 'twice'],
  [word('مرات|بار', ''), 'times'],
  [word('يوميا|يومي|في (?:ال)?يوم|فى اليوم|باليوم|كل يوم|روزانه|روزانہ|در روز|روزي', ''), 'daily'],
  [word('اسبوعيا|في (?:ال)?اسبوع|كل اسبوع', ''), 'weekly'],
  [word('(?:مع|بعد) (?:ال)?(?:طعام|وجبات|وجبة|اكل)', ''), 'with meals'],
  [word('قبل (?:ال)?نوم', ''), 'before bedtime'],
  [word('مساء|مساءا|في المساء', ''), 'in the evening'],
  [word('صباحا|صباح|في الصباح', ''), 'in the morning'],
  // Persian: "فقط برای مصرف خارجی" (for external use only): before "مصرف" (use) is read as taking.
  [word('(?:فقط )?براي مصرف خارجي(?: است)?|مصرف خارجي', ''), 'for external use'],
  [word('تناول|يتناول|تتناول|بتناول|تناولي|خذ|يؤخذ|تؤخذ|يوخذ|توخذ|مصرف', ''), 'take'],
  [word('اذب|يذاب|تذاب|اذيبي', ''), 'dissolve'],
  [word('امزج|يمزج|اخلط|يخلط', ''), 'mix'],
  [word('حسب (?:ارشادات|ارشاد|توجيهات|تعليمات|وصف) (?:ال)?طبيب', ''), 'as directed by a physician'],
  [afterFigure('(?:عاما|عام|سنة|سنه|سنوات|سنين|سال)'), 'years'],
  [word('وما فوق|فما فوق|فاكثر|واكثر|او اكثر', ''), 'and above'],
  [word('بالغين|بالغون|بالغ|كبار|بزرگسالان'), 'adults'],
  [word('اطفال|كودكان'), 'children'],
  // (Urdu: "مردوں", "خواتین"; "ضرورت", the need, of an intake: "خواتین کو 310 سے 320 ملی گرام میگنیشیم کی ضرورت ہوتی ہے".)
  [word('رجال|مردوں|مرد'), 'men'],
  [word('نساء|خواتين|عورتوں'), 'women'],
  [word('ضرورت', ''), 'need'],
  [/(?<=\d[ ]?)سے(?=[ ]?\d)/g, 'to'],
  [word('حوامل|حامل'), 'pregnant'],
  // Topicals.
  [word('(?:للاستخدام|للاستعمال) (?:ال)?خارجي(?: فقط)?', ''), 'for external use'],
  [word('(?:يدلك|دلك|تدليك|دلكي)', ''), 'massage'],
  [word('(?:علي|على) (?:ال)?(?:جلد|بشرة)', ''), 'onto the skin'],
  [word('ملح (?:ال)?(?:استحمام|حمام)|املاح (?:ال)?(?:استحمام|حمام)'), 'bath salts'],
  // Persian: "نمک حمام" (bath salt), "پاشویه" (a foot bath), "ماساژ", "روی پوست" (on the skin), "روغن" (oil), "اسپری"
  // (spray), "پاف" (puffs of a spray).
  [word('روي (?:ال)?پوست', ''), 'onto the skin'],
  [word('نمك (?:حمام|اپسوم)'), 'bath salts'],
  [word('پاشويه'), 'foot soak'],
  [word('ماساژ'), 'massage'],
  [word('زيت|روغن'), 'oil'],
  [word('رذاذ|بخاخ|سبراي|اسپري'), 'spray'],
  [word('پاف'), 'sprays'],
  [word('رقائق'), 'flakes'],
  [word('لوشن|غسول'), 'lotion'],
  // An article's signs.
  [word('دراسة'), 'study'],
  [word('دراسات|ابحاث'), 'studies'],
  [word('باحثون|باحثين'), 'researchers'],
  [word('مشاركين|مشاركون'), 'participants'],
  [word('مصادر|مراجع'), 'references'],
  // What a page claims.
  [word('نوم'), 'sleep'],
  [word('ارق'), 'insomnia'],
  [word('استرخاء'), 'relaxation'],
  [word('عضلات|عضلة'), 'muscles'],
  [word('تشنجات|تقلصات|تشنج'), 'cramps'],
  [word('قلق'), 'anxiety'],
  [word('توتر|اجهاد'), 'stress'],
  [word('تعافي'), 'recovery'],
  [word('مع', ''), 'with'],
  // Persian: "هر قرص حاوی" (each tablet contains), "به صورت" (as), "همراه با غذا" (with food).
  [word('حاوي', ''), 'contains'],
  [word('هر', ''), 'each'],
  [word('به صورت|بصورت', ''), 'as'],
  [word('همراه با غذا|با غذا|بعد از غذا', ''), 'with meals'],
];

/** Nutrients beside magnesium, so a multi-nutrient reads as one. */
const NUTRIENTS: readonly [RegExp, string][] = [
  [word('(?:فيتامين|ويتامين) (?:ب|بي) ?(\\d{1,2})'), 'vitamin B$1'],
  [word('(?:فيتامين|ويتامين) (?:د|دي) ?(3)?'), 'vitamin D$1'],
  [word('(?:فيتامين|ويتامين) (?:ج|سي)'), 'vitamin C'],
  [word('(?:فيتامين|ويتامين) (?:ك|كي) ?(\\d)?'), 'vitamin K$1'],
  [word('(?:فيتامين|ويتامين) (?:هـ|ه|اي|اي)'), 'vitamin E'],
  [word('(?:فيتامين|ويتامين) (?:ا|ايه)'), 'vitamin A'],
  [word('فيتامينات|فيتامين|ويتامين'), 'vitamin'],
  [word('كالسيوم|كلسيم'), 'calcium'],
  [word('زنك'), 'zinc'],
  [word('بوتاسيوم|پتاسيم'), 'potassium'],
  [word('حديد|اهن'), 'iron'],
  [word('سيلينيوم|سلنيوم'), 'selenium'],
  [word('صوديوم|سديم'), 'sodium'],
  [word('ميلاتونين'), 'melatonin'],
  [word('بروتين'), 'protein'],
  [word('سعرات حرارية|سعرة حرارية'), 'calories'],
  [word('كربوهيدرات'), 'carbohydrates'],
];

/** Amount units after their figure: milligrams, micrograms, grams, millilitres, international units. */
const AMOUNT_UNITS: readonly [RegExp, string][] = [
  [afterFigure('م(?:ي)?كرو ?[غج]رام|مكغ|مكجم|م(?:ي)?كرو ?گرم'), 'mcg'],
  // (Urdu "ملی گرام".)
  [afterFigure('م(?:ي)?ل{1,2}(?:ي)? ?(?:[غج]را(?:م)?|گرا?م)|ملغم|ملغ|ملجم|مجم|مغ'), 'mg'],
  [afterFigure('م(?:ي)?ل{1,2}(?:ي)? ?لي?تر|ملل|مل'), 'ml'],
  [afterFigure('[غج]رام|غم|جم|غ|گرم'), 'g'],
  [afterFigure('وحدة دولية|وحدات دولية'), 'IU'],
];

type Replacement = string | ((match: string, ...groups: string[]) => string);

/**
 * The rewriting steps, in order, compiled once: units after figures, the salts in either word order,
 * magnesium, the salts, phrases, nutrients and units, then counts, "each … contains", "of", "or".
 */
const STEPS: readonly (readonly [RegExp, Replacement])[] = [
  ...AMOUNT_UNITS,
  // An antacid's other hydroxide, before the salts are read as magnesium's.
  [word('هيدروكسيد (?:ال)?(?:الومنيوم|المنيوم|الومينيوم)'), 'aluminium hydroxide'],
  // "سترات المغنيسيوم" (citrate of magnesium) is "magnesium citrate"; "مغنيسيوم بيسغليسينات" keeps its order.
  [
    new RegExp(`(?<![${L}])${PRE}(${SALT_STEMS}) ${PRE}(?:${MAGNESIUM})(?![${L}])`, 'g'),
    (_m, salt) => `magnesium ${saltName(salt!)}`,
  ],
  // "زيت المغنيسيوم", "رذاذ المغنيسيوم": magnesium oil, magnesium spray.
  [
    new RegExp(
      `(?<![${L}])${PRE}(زيت|روغن|رذاذ|بخاخ|سبراي|اسپري|رقائق|املاح|ملح|لوشن|كريم|جل) ${PRE}(?:${MAGNESIUM})(?![${L}])`,
      'g',
    ),
    (_m, kind) => `magnesium ${TOPICAL_KINDS[kind!] ?? kind}`,
  ],
  [word(MAGNESIUM), 'magnesium'],
  [word('عنصري|العنصري|عنصر', ''), 'elemental'],
  [word('اجمالي|الاجمالي|الكلي|الكلية', ''), 'total'],
  // "ما يعادل مغنيسيوم 295.7 ملغ" (which equals magnesium 295.7 mg), Persian "معادل".
  [word('(?:ما |بما )?(?:يعادل|يكافئ)|معادل', ''), 'equivalent to'],
  // "توفر مغنيسيوم 200 ملغ" (providing magnesium 200 mg): a salt's row's element, after it is read as "magnesium".
  [new RegExp(`(?<![${L}])(?:توفر|يوفر|تمنح|يمنح)(?= magnesium(?![a-z]))`, 'g'), 'providing'],
  // "ثاني أكسيد التيتانيوم" (titanium dioxide), an excipient: no oxide of magnesium.
  [word('ثاني اكسيد (?:ال)?تيتانيوم'), 'titanium dioxide'],
  [word('ثاني اكسيد (?:ال)?سيليكون|ثاني اكسيد (?:ال)?سيليكا'), 'silicon dioxide'],
  ...SALTS.map(([stem, en]): [RegExp, string] => [word(stem), en]),
  ...PHRASES,
  ...NUTRIENTS,
  ...UNITS.map(([stem, en]): [RegExp, string] => [word(stem), en]),
  // "قرص واحد" (a tablet, one): the count goes before its unit.
  [new RegExp(`(?<![a-z])(${UNIT_WORDS}) (?:واحد|واحدة|واحده)(?![${L}])`, 'g'), '1 $1'],
  // "كل قرص يحتوي على", "يحتوي كل قرص على", "كل قرصين يحتويان على": each tablet contains.
  [word('(?:ي|ت)حتوي(?:ان)?(?: علي)?'), 'contains'],
  [new RegExp(`contains (?:كل|each) (\\d+ )?(${UNIT_WORDS}) (?:علي )?`, 'g'), 'each $1$2 contains '],
  [word('لكل|في كل|فى كل|مكونات|محتوي|محتويات', ''), 'per'],
  [word('كل', ''), 'each'],
  [/each (\d+ )?(tablets|capsules|sachets|scoops) contains/g, '$1$2 contain'],
  [word('واحد|واحدة|واحده|يك|یک'), '1'],
  [word('اثنين|اثنان|اثنتين|دو'), '2'],
  [word('ثلاث|ثلاثة|ثلاثه|سه'), '3'],
  [word('اربع|اربعة|اربعه|چهار'), '4'],
  [word('خمس|خمسة|خمسه|پنج'), '5'],
  [word('ست|ستة|سته|شش'), '6'],
  [word('سبع|سبعة|سبعه|هفت'), '7'],
  [word('ثمان|ثماني|ثمانية|ثمانيه|هشت'), '8'],
  // "(من سترات المغنيسيوم)": from the salt; "200 ملغ من المغنيسيوم": 200 mg of magnesium.
  [/\((?:من|از) (?=magnesium )/g, '(from '],
  [new RegExp(`(?<![${L}])(?:من|از)(?![${L}])`, 'g'), 'of'],
  [new RegExp(`(?<![${L}])(?:علي|على|او|يا)(?![${L}])`, 'g'), (w) => (w === 'او' || w === 'يا' ? 'or' : '')],
  // Persian writes "and" apart: "منیزیم اکسید و منیزیم سیترات" (magnesium oxide and magnesium citrate), between words read.
  [/(?<=[a-z] )و(?= [a-z])/g, 'and'],
  // "قرص أو قرصين" (a tablet or two tablets): the first has its count.
  [new RegExp(`(?<!\\d ?)(?<![a-z])(${UNIT_WORDS}) or (?=\\d)`, 'g'), '1 $1 or '],
  // Persian "روزانه دو بار" (daily, twice): the frequency before the day, as English puts it.
  [/daily (twice|once|\d{1,2} times)/g, '$1 daily'],
  // "1 tablet or 2 tablets": one range, as "1 or 2 tablets".
  [new RegExp(`(\\d) (${UNIT_WORDS}) or (\\d) (?=\\2s?(?![a-z]))`, 'g'), '$1 or $3 '],
];

/** Words of a line of directions, once written in English. */
const DIRECTIONS_WORDS_RE = /(?<![a-z])(?:take|daily|twice|once|times|directions|dosage)(?![a-z])/;
/** "tablet" named alone, with no count, "each" or "per" before it and no "contains" after it. */
const UNIT_ALONE_RE =
  /(?<!(?:\d|each|per|or|magnesium)[ ]?)(?<![a-z])(tablet|capsule|sachet|scoop|teaspoon|tablespoon)(?![a-z ]*contains?)(?=[ ,.()]|$)/g;

/**
 * Arabic-script label words as the English the parser reads; text without Arabic script comes back
 * as it was. Idempotent.
 */
export function arabicAsParserWords(text: string): string {
  if (!ARABIC_SCRIPT_RE.test(text)) return text;
  let t = normalise(text);
  for (const [re, rep] of STEPS) t = typeof rep === 'string' ? t.replace(re, rep) : t.replace(re, rep);
  // "تناول قرص يوميا" (take a tablet daily): a unit named alone in directions is one of it.
  return (
    t
      .replace(/^.*$/gm, (line) => (DIRECTIONS_WORDS_RE.test(line) ? line.replace(UNIT_ALONE_RE, '1 $1') : line))
      // "كبسولة واحدة إلى كبسولتين" (one capsule to two capsules), read "1 capsule الي 2 capsules": a range of units.
      .replace(/(?<![\d.,])(\d{1,2}) ([a-z]{3,12}) (?:الي|حتي) (\d{1,2}) ([a-z]{3,12})(?![a-z])/g, '$1 to $3 $4')
      // "من خمس إلى سبع كبسولات" (from five to seven capsules), read "of 5 الي 7 capsules".
      .replace(/(?<![\d.,])(\d{1,2}) (?:الي|حتي) (\d{1,2}) (?=[a-z]{3,12}(?![a-z]))/g, '$1 to $2 ')
      // "مرة إلى مرتين يوميًا" (once to twice daily), read "once الي twice daily".
      .replace(/(?<![a-z])(once|twice|[1-6] times) (?:الي|حتي) (twice|[2-6] times)(?![a-z])/g, '$1 or $2')
      // "مغنيسيوم Magnesium | 375 ملغ mg", "توفر مغنيسيوم Providing magnesium": a bilingual label's words and their
      // English, read as one.
      .replace(/(?<![a-z])((?:[a-z]{3,14} ){0,2}magnesium(?: [a-z]{3,14}){0,2}|mg) (?=\1(?![a-z]))/gi, '')
  );
}

const TOPICAL_KINDS: Readonly<Record<string, string>> = {
  زيت: 'oil',
  روغن: 'oil',
  رذاذ: 'spray',
  اسپري: 'spray',
  بخاخ: 'spray',
  سبراي: 'spray',
  رقائق: 'flakes',
  املاح: 'bath salts',
  ملح: 'salt',
  لوشن: 'lotion',
  كريم: 'cream',
  جل: 'gel',
};

const SALT_NAMES = SALTS.map(([stem, en]) => [new RegExp(`^(?:${stem})$`), en] as const);
function saltName(arabic: string): string {
  return SALT_NAMES.find(([re]) => re.test(arabic))?.[1] ?? arabic;
}
