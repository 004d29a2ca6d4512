import { describe, expect, it } from 'vitest';
import { arabicAsParserWords } from './arabic';

describe('Arabic-script label words as the words the parser reads', () => {
  it.each([
    ['مغنيسيوم 125 ملغ', 'magnesium 125 mg'],
    ['المغنيسيوم ٢٠٠ ملجم', 'magnesium 200 mg'],
    ['ماغنيسيوم ٣٧٫٥ مجم', 'magnesium 37.5 mg'],
    ['فيتامين د3 25 ميكروغرام', 'vitamin D3 25 mcg'],
    ['سترات المغنيسيوم 500 ملغ', 'magnesium citrate 500 mg'],
    ['أكسيد المغنيسيوم', 'magnesium oxide'],
    ['مغنيسيوم بيسغليسينات', 'magnesium bisglycinate'],
    ['زيت المغنيسيوم', 'magnesium oil'],
    ['تناول قرصين مرة واحدة يوميًا', 'take 2 tablets once daily'],
    ['كبسولة واحدة مرتين يوميا مع الطعام', '1 capsule twice daily with meals'],
    ['ثلاث مرات في اليوم', '3 times daily'],
    ['كبسولة واحدة إلى كبسولتين يوميًا', '1 to 2 capsules daily'],
    ['قرصين مرة إلى مرتين يوميًا', '2 tablets once or twice daily'],
    ['للبالغين 12 عامًا وما فوق', 'adults 12 years and above'],
    ['أضف إلى السلة', 'Add to cart'],
    // "Usually bought with it", "the dose" alone on its line, "weekly" (round 33).
    ['يُشترى معه عادةً', 'Frequently bought together'],
    ['ليسينات جلايسينات المغنيسيوم', 'lysinate magnesium glycinate'],
    ['الجرعة', 'Directions'],
    ['كبسولة واحدة أسبوعياً', '1 capsule weekly'],
    // Other products' and other people's sections.
    ['التقييمات', 'Reviews'],
    ['أسئلة وأجوبة', 'Questions and answers'],
    ['غالبًا ما يتم شراؤها معًا', 'Frequently bought together'],
    ['منتجات ذات صلة', 'Related products'],
    // Whole grains are a food, not whole pills; a need is a reference intake.
    ['الحبوب الكاملة', 'whole grains'],
    ['يحتاج البالغون يوميًا', 'adults need daily'],
    ['منیزیم ۲۵۰ میلی‌گرم', 'magnesium 250 mg'],
    ['روزی یک کپسول', 'daily 1 capsule'],
    // A unit's contents, in either word order and for two units.
    ['كل قرص يحتوي على 250 ملغ', 'each tablet contains 250 mg'],
    ['يحتوي كل قرص على 250 ملغ', 'each tablet contains 250 mg'],
    ['كل قرصين يحتويان على 300 ملغ', '2 tablets contain 300 mg'],
    // What a salt equals in magnesium: "ما يعادل مغنيسيوم 295.7 ملغ", Persian "معادل".
    ['ما يعادل مغنيسيوم\t295.7 ملغ', 'equivalent to magnesium\t295.7 mg'],
    // Persian's "and" written apart between two salts; "similar products".
    ['منیزیم اکسید و منیزیم سیترات', 'magnesium oxide and magnesium citrate'],
    ['کالاهای مشابه', 'Related products'],
    // Amazon's "الاتجاهات:" heading; men's and women's doses.
    ['الاتجاهات:\nالرجال: 3 كبسولات. النساء: 2 كبسولات.', 'Directions:\nmen: 3 capsules. women: 2 capsules.'],
    // Ranges, limits and alternatives in directions.
    ['تناول من 1 إلى 2 قرص يوميا', 'take 1 to 2 tablet daily'],
    ['حتى 3 أقراص يوميا', 'up to 3 tablets daily'],
    ['قرص أو قرصين يوميا', '1 or 2 tablets daily'],
    ['الجرعة: ملعقة صغيرة (5 مل) مرتين يوميا', 'Dosage: 1 teaspoon (5 ml) twice daily'],
    ['روزانه دو بار، هر بار یک قرص', 'twice daily, each time 1 tablet'],
    // Prices, medicines and an article's byline.
    ['ر.س 65.00', 'SAR 65.00'],
    ['120 د.إ', '120 AED'],
    ['مضاد للحموضة', 'antacid'],
    ['هيدروكسيد الألومنيوم', 'aluminium hydroxide'],
    ['حليب المغنيسيا', 'milk of magnesia'],
    ['بقلم سارة، 12 مارس 2025', 'By سارة, 12 March 2025'],
    [
      'تمت مراجعته طبياً بواسطة أحمد - تم التحديث في 31 أكتوبر 2020',
      'Medically reviewed by احمد - Last updated on 31 October 2020',
    ],
  ])('%s -> %s', (arabic, english) => {
    expect(arabicAsParserWords(arabic)).toBe(english);
  });

  it('leaves a text without Arabic script as it was', () => {
    const text = 'Magnesium (as citrate) 200 mg 48%\nמגנזיום 520 מ"ג';
    expect(arabicAsParserWords(text)).toBe(text);
  });

  it('keeps the words it does not know, without their vowel marks', () => {
    expect(arabicAsParserWords('يُخزن في مكان بارد')).toBe('يخزن في مكان بارد');
  });

  it('reads its own output as it is (idempotent)', () => {
    const once = arabicAsParserWords('المكونات النشطة\nمغنيسيوم (إجمالي)\t125 ملغ\t67٪');
    expect(arabicAsParserWords(once)).toBe(once);
  });

  it('"ظروف التخزين" (storage conditions) is no count of sachets, and "من" before an amount is "of"', () => {
    expect(arabicAsParserWords('ظروف التخزين')).not.toContain('sachet');
    expect(arabicAsParserWords('400 ملغ من المغنيسيوم')).toBe('400 mg of magnesium');
    expect(arabicAsParserWords('(من سترات المغنيسيوم)')).toBe('(from magnesium citrate)');
  });
});

describe('Arabic counts past four and an excipient dioxide (round 39)', () => {
  it('"من خمس إلى سبع كبسولات في اليوم" is 5 to 7 capsules daily', () => {
    expect(arabicAsParserWords('يستخدم الدواء للبالغين من خمس إلى سبع كبسولات في اليوم')).toContain('5 to 7 capsules daily');
  });
  it('"ثاني أكسيد التيتانيوم" is titanium dioxide, no oxide of magnesium', () => {
    const t = arabicAsParserWords('مواد غير فعالة مثل ستيارات المغنيسيوم، جيلاتين، وثاني أكسيد التيتانيوم (E171)');
    expect(t).toContain('titanium dioxide');
    expect(t).not.toMatch(/(?<![a-z])oxide/);
  });
});
