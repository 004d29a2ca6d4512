// Safety notes that apply to a product for a profile. Codes are stable kebab-case; the popup may key
// icons or ordering on them. Order: kidney, infant, limit, gut, medicines (list order), topical.
import type { UpperLimit, Warning } from './schema';
import type { FormId } from '../vocabulary/ids';
import type { Profile } from './profile';
import { isInfant } from './profile-options';
import { straddles } from './limits';
import { GI_NOTE_FRACTION, GI_PRONE_FORMS, MEDICINES } from '../knowledge/safety';

export interface SafetyInput {
  forms: FormId[];
  perDay: { min: number; max: number } | null;
  upperLimit: UpperLimit;
  topical: boolean;
}

export const WARNING_CODES = [
  'kidney-disease',
  'infant',
  'above-upper-limit',
  'may-exceed-upper-limit',
  'gi-effects-high-dose',
  'medicine-bisphosphonates',
  'medicine-tetracyclines',
  'medicine-quinolones',
  'medicine-levothyroxine',
  'medicine-diuretics',
  'medicine-proton-pump-inhibitors',
  'topical',
] as const;
type WarningCode = (typeof WARNING_CODES)[number];

const FORM_NAMES: Partial<Record<FormId, string>> = {
  oxide: 'oxide',
  citrate: 'citrate',
  chloride: 'chloride',
  carbonate: 'carbonate',
  gluconate: 'gluconate',
  hydroxide: 'hydroxide',
  sulfate: 'sulfate',
};

export function safetyWarnings(input: SafetyInput, profile: Profile): Warning[] {
  const out: { code: WarningCode; message: string }[] = [];
  const { perDay, upperLimit: ul, topical } = input;

  if (profile.kidneyDisease) {
    out.push({
      code: 'kidney-disease',
      message:
        'With kidney disease, magnesium can build up in the blood because the kidneys cannot clear it. ' +
        'Do not take a magnesium supplement unless your doctor has advised it.',
    });
  }
  if (isInfant(profile.ageBand)) {
    out.push({
      code: 'infant',
      message:
        "No safe amount of supplemental magnesium is set for babies under one year: give it only on a paediatrician's advice.",
    });
  }
  if (!topical && perDay && ul.verdict === 'above') {
    if (straddles(perDay, ul)) {
      out.push({
        code: 'may-exceed-upper-limit',
        message:
          `At the highest dose the directions allow (${round(perDay.max)} mg a day) this is above the ${round(ul.mg)} mg ` +
          `limit for ${ul.profile}; the lowest dose (${round(perDay.min)} mg) is within it. Loose stools are the first sign of too much.`,
      });
    } else {
      out.push({
        code: 'above-upper-limit',
        message:
          `${round(perDay.min) === round(perDay.max) ? round(perDay.max) : `${round(perDay.min)}–${round(perDay.max)}`} mg a day ` +
          `is above the ${round(ul.mg)} mg limit for supplemental magnesium for ${ul.profile}. ` +
          "Higher doses are sometimes prescribed, but without a clinician's advice diarrhoea and cramps become likely.",
      });
    }
  }
  const giForms = input.forms.filter((f) => GI_PRONE_FORMS.includes(f));
  if (!topical && perDay && giForms.length > 0 && ul.mg > 0 && perDay.max >= GI_NOTE_FRACTION * ul.mg) {
    const names = giForms.map((f) => FORM_NAMES[f] ?? f).join(', ');
    out.push({
      code: 'gi-effects-high-dose',
      message:
        `Magnesium ${names} at this dose often loosens stools or causes stomach cramps or nausea. ` +
        'Splitting the dose across the day and taking it with food helps; glycinate is usually easier on the gut.',
    });
  }
  if (!topical) {
    for (const med of MEDICINES) {
      if (profile.medicines.includes(med.id)) out.push({ code: `medicine-${med.id}`, message: med.message });
    }
  }
  if (topical) {
    out.push({
      code: 'topical',
      message:
        'Applied to the skin (oil, spray, lotion or bath salts): not counted against the limit for magnesium taken by mouth. ' +
        'There is little good evidence that useful amounts pass through the skin.',
    });
  }
  return out;
}

function round(n: number): number {
  return Math.round(n);
}
