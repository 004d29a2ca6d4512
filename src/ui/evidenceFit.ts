// "Evidence fit": the daily dose the trials behind a claim's grade used, next to this product's.
import type { TrialDose } from '../knowledge/evidence';
import { formatMg } from './format';

/** One sentence, e.g. "The trials used 320–729 mg a day (oxide or citrate); this gives 105 mg a day, less than any of them." */
export function evidenceFit(dose: TrialDose | null | undefined, perDay: { min: number; max: number } | null): string | null {
  if (dose === undefined) return null;
  if (dose === null) return 'No trial dose known for this claim: the studies behind the grade do not state one we could check.';
  const trials = dose.minMg === dose.maxMg ? `${dose.minMg} mg` : `${dose.minMg}–${dose.maxMg} mg`;
  const one = dose.minMg === dose.maxMg;
  const head = `${one ? 'The trial' : 'The trials'} used ${trials} of elemental magnesium a day (${dose.forms}; ${dose.who})`;
  if (!perDay) return `${head}; this page does not say how much this product gives a day.`;
  const mine = `this gives ${formatMg(perDay)} a day`;
  let fit: string;
  if (perDay.max < dose.minMg) fit = one ? 'less than the trial used' : 'less than any of them used';
  else if (perDay.min > dose.maxMg) fit = one ? 'more than the trial used' : 'more than any of them used';
  else if (perDay.min >= dose.minMg && perDay.max <= dose.maxMg) fit = one ? 'the same amount' : 'within their range';
  else fit = 'partly within their range';
  return `${head}; ${mine}, ${fit}.`;
}
