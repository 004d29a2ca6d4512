import { describe, expect, it } from 'vitest';
import { findAmounts, parseLabelNumber } from './units';

describe('parseLabelNumber', () => {
  it.each([
    ['1,000', 1000],
    ['1.000', 1000],
    ['1,5', 1.5],
    ['0.125', 0.125],
    ['7.5', 7.5],
    ['1.05', 1.05],
    ['1,000.5', 1000.5],
    ['1.000,5', 1000.5],
    ['12', 12],
    ['2,500,000', 2500000],
    ['0,25', 0.25],
  ])('%s -> %f', (token, value) => expect(parseLabelNumber(token)).toBe(value));
  it.each(['', 'abc', '1e400', '.'])('%s -> null', (token) => expect(parseLabelNumber(token)).toBeNull());
});

describe('findAmounts', () => {
  it.each([
    ['Magnesium 200 mg 48%', 200],
    ['Magnesium citrate 1,000 mg', 1000],
    ['Magnesiumcitrat 1.000 mg', 1000],
    ['Magnesium 1,5 g', 1500],
    ['250 µg', 0.25],
    ['500mcg', 0.5],
    ['400mg', 400],
    ['2 g', 2000],
    ['150 milligrams', 150],
    ['0.125 g', 125],
    ['магний 300 мг', 300],
    ['йоду - 150 мкг', 0.15],
  ])('%s -> %f mg', (text, mg) => expect(findAmounts(text)[0]?.mg).toBe(mg));
  it('keeps the printed text', () => expect(findAmounts('Magnesium 1,000 mg')[0]?.raw).toBe('1,000 mg'));
  it('reads an amount glued to the ion it is of ("34mgMg2+"), not one glued to another word', () => {
    expect(findAmounts('екв. на 1,4 mmolMg2+или 34mgMg2+').map((a) => a.mg)).toEqual([34]);
    expect(findAmounts('34mgx')).toEqual([]);
  });
  it('reads milligrams written in Hindi', () =>
    expect(findAmounts('मैग्नीशियम लैक्टेट - 200 मिलीग्राम;')[0]).toMatchObject({ mg: 200 }));
  it('reads "470,000 mg" as 470 mg where the text writes its decimals with a comma', () => {
    const text = 'Lactate de magnésium dihydraté 470,000 mg … magnésium-élément est de 48 mg (1,97 mmol) par comprimé.';
    expect(findAmounts(text)[0]?.mg).toBe(470);
    // The same figure on a label with decimal points stays a thousands separator.
    expect(findAmounts('Magnesium citrate 1,000 mg, Vitamin B6 1.5 mg')[0]?.mg).toBe(1000);
  });
  it('reads "1,781 mg" as 1.781 mg where a "0,1044 mg" beside it writes its decimals with a comma', () => {
    const text = 'Gluconate de magnésium ... 1,781 mg (Quantité correspondante en magnésium ... 0,1044 mg)';
    const [salt, element] = findAmounts(text);
    expect(salt?.mg).toBeCloseTo(1.781, 2);
    expect(element?.mg).toBeCloseTo(0.1, 2);
    // With a decimal point beside it, "1,781 mg" stays a thousand and more.
    expect(findAmounts('Magnesium gluconate 1,781 mg (0.1044 g)').map((a) => a.mg)).toEqual([1781, 104.4]);
  });
  it('ignores IU and percents', () => expect(findAmounts('Vitamin D 1000 IU 250%')).toEqual([]));
});

describe('amounts in Chinese units', () => {
  it('"200毫克" is 200 mg and "50微克" 50 mcg', () => {
    expect(findAmounts('鎂\t200毫克\t67%').map((a) => [a.mg, a.unit])).toEqual([[200, 'mg']]);
    expect(findAmounts('维生素D 50微克').map((a) => [a.mg, a.unit])).toEqual([[0.05, 'mcg']]);
  });
  it('"100ミリグラム" is 100 mg', () => {
    expect(findAmounts('マグネシウム 100ミリグラム').map((a) => [a.mg, a.unit])).toEqual([[100, 'mg']]);
  });
  it('"0.4克" is 0.4 g', () => {
    expect(findAmounts('蛋白质\t0.4克\t1%').map((a) => [a.mg, a.unit])).toEqual([[400, 'g']]);
  });
});

describe('amounts in Thai units', () => {
  it('"200 มก." and "150 มิลลิกรัม" are mg, "50 ไมโครกรัม" mcg, "5 กรัม" g', () => {
    expect(findAmounts('แมกนีเซียม 200 มก. แคลเซียม 150 มิลลิกรัม').map((a) => [a.mg, a.unit])).toEqual([
      [200, 'mg'],
      [150, 'mg'],
    ]);
    expect(findAmounts('วิตามินดี 50 ไมโครกรัม ผง 5 กรัม').map((a) => [a.mg, a.unit])).toEqual([
      [0.05, 'mcg'],
      [5000, 'g'],
    ]);
  });
  it('"15 มกราคม" is a date (January), no amount', () => {
    expect(findAmounts('ผลิตเมื่อ 15 มกราคม 2568')).toEqual([]);
  });
});

describe('findAmounts: a space between thousands', () => {
  it.each([
    ['Magnésium 9 000 mg', 9000],
    ['Calcium 1\u202f000 mg', 1000],
    ['Magnez 1\u00a0200 mg', 1200],
  ])('"%s" is %f mg, not "000 mg"', (text, mg) => expect(findAmounts(text).map((a) => a.mg)).toEqual([mg]));
  it.each([
    ['Take 2 500 mg tablets daily', 500],
    ['take 1 500 mg vegetarian capsule', 500],
    ['Take 2 250 mg magnesium pills daily with food.', 250],
    ['Magnesium\t2 250 mg chewables', 250],
  ])('"%s": a count before each unit\'s strength is no thousands group (%f mg)', (text, mg) =>
    expect(findAmounts(text).map((a) => a.mg)).toEqual([mg]),
  );
  it('a table\'s cells ("2<TAB>200 mg") are no thousands group', () => {
    expect(findAmounts('Magnesium\t2\t200 mg').map((a) => a.mg)).toEqual([200]);
  });
});
