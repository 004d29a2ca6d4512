// Turning the strings stores print into numbers: prices and package counts. No guessing: a string
// that does not read cleanly gives undefined.
import type { Price } from '../core/snapshot';

/** "1,234.56" / "1.234,56" / "12,99" / "12.99" → number; undefined when it is not one number. */
export function parseDecimal(raw: string): number | undefined {
  const s = raw.replace(/[\s\u00A0\u202F']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normal = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // "12,99" is a decimal comma; "1,234" and "1,234,567" are thousands.
    normal = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (lastDot >= 0) {
    normal = /^\d{1,3}(\.\d{3}){2,}$/.test(s) ? s.replace(/\./g, '') : s;
  } else {
    normal = s;
  }
  if ((normal.match(/\./g) ?? []).length > 1) return undefined;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** A shop's country by its address's last label: "www.apotek.se" → "se", "amazon.com.mx" → "mx". */
const countryOf = (host: string): string => /\.([a-z]{2})$/.exec(host)?.[1] ?? '';

/** "kr" is the Swedish, Danish, Norwegian and Icelandic crown: which one, the shop's country says. */
const CROWN_BY_TLD: Record<string, string> = { se: 'SEK', dk: 'DKK', no: 'NOK', is: 'ISK' };

/** A bare "$" is the dollar or the peso of the shop's country ("$249.00" on a .com.mx shop is pesos). */
const DOLLAR_BY_TLD: Record<string, string> = {
  ca: 'CAD',
  au: 'AUD',
  nz: 'NZD',
  sg: 'SGD',
  hk: 'HKD',
  tw: 'TWD',
  mx: 'MXN',
  ar: 'ARS',
  cl: 'CLP',
  co: 'COP',
  uy: 'UYU',
};

/** Currencies printed without cents: a point or comma before three digits groups thousands. */
const WHOLE_UNITS = new Set(['VND', 'IDR', 'KRW', 'JPY', 'HUF', 'CLP', 'COP', 'ISK']);

const SYMBOLS: [RegExp, string | ((host: string) => string)][] = [
  [/\bCDN\$|\bC\$|\bCA\$/, 'CAD'],
  [/\bUS\$/, 'USD'],
  [/\bA\$|\bAU\$/, 'AUD'],
  [/\bR\$/, 'BRL'],
  [/\bNT\$/, 'TWD'],
  [/\bHK\$/, 'HKD'],
  [/\bS\$/, 'SGD'],
  [/\bNZ\$/, 'NZD'],
  [/\bMX\$/, 'MXN'],
  [/(?<![a-z])(?:kr\.?|:-)(?![a-z])/i, (host) => CROWN_BY_TLD[countryOf(host)] ?? ''],
  [/zł|(?<![a-z])zl(?![a-z])/i, 'PLN'],
  [/Kč/i, 'CZK'],
  [/(?<![a-z])Ft(?![a-z])/, 'HUF'],
  [/(?<![a-z])lei(?![a-z])/i, 'RON'],
  [/₹|(?<![a-z])Rs\.?(?![a-z])/, 'INR'],
  [/₩/, 'KRW'],
  [/₽|(?<![а-я])руб/i, 'RUB'],
  [/(?<![а-я])лв(?![а-я])/i, 'BGN'],
  [/₴|(?<![а-яі])грн(?![а-яі])/i, 'UAH'],
  [/₸/, 'KZT'],
  [/₾/, 'GEL'],
  [/₺|(?<![a-z])TL(?![a-z])/, 'TRY'],
  [/₱|(?<![a-z])PHP(?![a-z])/i, 'PHP'],
  [/₦/, 'NGN'],
  [/฿|บาท/, 'THB'],
  [/₫|\dđ|(?<![a-z])VND(?![a-z])/i, 'VND'],
  [/(?<![a-z])RM\s?(?=\d)/i, 'MYR'],
  [/(?<![a-z])Rp\.?\s?(?=\d)/i, 'IDR'],
  [/(?<![a-z])KSh\s?(?=\d)/i, 'KES'],
  [/(?<![a-zа-я])(?:din|дин)\.?(?![a-zа-я])/i, 'RSD'],
  [/(?<![а-я])ден\.?(?![а-я])/i, 'MKD'],
  [/(?<![a-z])KM(?![a-z])/, 'BAM'],
  // The rand: "R 149.99" (an "R" and a price with cents; "R$" is the real, read above).
  [/(?<![a-z])R\s?(?=\d{1,6}[.,]\d{2}(?!\d))/, 'ZAR'],
  [/\$/, (host) => DOLLAR_BY_TLD[countryOf(host)] ?? 'USD'],
  [/£/, 'GBP'],
  [/€/, 'EUR'],
  // "23,040원", "1,980円", "98元": the won, the yen and the yuan written after the amount.
  [/\d\s?원/, 'KRW'],
  [/\d\s?円/, 'JPY'],
  [/\d\s?元/, (host) => (/\.tw$/.test(host) ? 'TWD' : /\.hk$/.test(host) ? 'HKD' : 'CNY')],
  // The yen's and the yuan's sign is one: by the shop (JD, Tmall, Taobao … are .com).
  [
    /¥|￥/,
    (host) => (/\.cn$|(?:^|\.)(?:jd|tmall|taobao|suning|kaola|pinduoduo|yhd|vip|dangdang)\.com$/.test(host) ? 'CNY' : 'JPY'),
  ],
  [
    /\b(USD|CAD|GBP|EUR|AUD|CHF|JPY|SEK|DKK|NOK|PLN|CZK|HUF|RON|BRL|INR|SAR|AED|EGP|KWD|QAR|BHD|OMR|JOD|RSD|MKD|BAM|BGN|ISK|TRY|ZAR)\b/,
    '',
  ],
];

/**
 * A price as printed ("$24.99", "24,99 €", "CDN$ 31.49", "£12.49"), with the currency from its
 * symbol; a bare "$" is read by the store's host (.ca → CAD). Ranges ("$10 - $20") give undefined.
 */
export function parsePrice(text: string | null | undefined, host = ''): Price | undefined {
  const t = (text ?? '').replace(/\u00A0/g, ' ').trim();
  if (!t || /\d\s*[-–]\s*\D{0,4}\d/.test(t)) return undefined;
  const m = /\d[\d.,\s\u202F']*\d|\d/.exec(t);
  if (!m) return undefined;
  const number = m[0].trim();
  for (const [re, cur] of SYMBOLS) {
    const hit = re.exec(t);
    if (!hit) continue;
    const currency = typeof cur === 'function' ? cur(host) : cur || hit[1] || '';
    if (!currency) continue;
    // "350.000₫", "Rp 125.000": in a currency without cents, three digits after the one point are thousands.
    const amount =
      WHOLE_UNITS.has(currency) && /^\d{1,3}(?:[.,]\d{3})+$/.test(number)
        ? Number(number.replace(/[.,]/g, ''))
        : parseDecimal(number);
    return amount === undefined ? undefined : { amount, currency };
  }
  return undefined;
}

/** A JSON-LD / microdata price (number or "12.38") with an ISO currency. */
export function priceFromParts(amount: unknown, currency: unknown): Price | undefined {
  const n = typeof amount === 'number' ? amount : typeof amount === 'string' ? parseDecimal(amount.trim()) : undefined;
  if (n === undefined || !Number.isFinite(n) || n < 0) return undefined;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency.trim())) return undefined;
  return { amount: n, currency: currency.trim() };
}

const COUNT_UNITS =
  /^(?:count|ct|pcs?|pieces?|units?|stück|stk|anzahl|capsules?|caps|veg(?:gie|etarian)? ?capsules?|vcaps|softgels?|tablets?|tabs|gummies|chewables?|lozenges?|packets?|sticks?|servings?|kapseln|tabletten|gélules|comprimés)\b/i;

/**
 * A package count ("180.0 Count", "60 count", "120 Kapseln", "90"), as a positive integer.
 * Weights and volumes ("16 Fl Oz", "2 lb") are not counts: undefined.
 */
export function parseCount(text: string | null | undefined): number | undefined {
  const t = (text ?? '').trim();
  const m = /^(\d[\d.,]*)\s*(.*)$/.exec(t);
  if (!m) return undefined;
  const n = parseDecimal(m[1]!);
  const rest = (m[2] ?? '').trim();
  if (n === undefined || !Number.isInteger(n) || n <= 0) return undefined;
  if (rest && !COUNT_UNITS.test(rest)) return undefined;
  return n;
}
