// Which stores sell under EU/UK labelling (%NRV, the SCF 250 mg limit for supplements, EU claim rules).
const EUROPEAN_SUFFIXES = [
  '.de',
  '.at',
  '.ch',
  '.fr',
  '.be',
  '.lu',
  '.nl',
  '.it',
  '.es',
  '.pt',
  '.ie',
  '.uk',
  '.pl',
  '.se',
  '.dk',
  '.fi',
  '.no',
  '.cz',
  '.sk',
  '.hu',
  '.ro',
  '.bg',
  '.gr',
  '.hr',
  '.si',
  '.lt',
  '.lv',
  '.ee',
  '.eu',
  '.com.be',
];

/** True for store hosts like amazon.de, amazon.co.uk, amazon.fr, iherb.com/de is not detected (path-based). */
export function isEuropeanStore(url: string | null | undefined): boolean {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return EUROPEAN_SUFFIXES.some((s) => host.endsWith(s));
}
