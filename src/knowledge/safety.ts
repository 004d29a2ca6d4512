// Safety knowledge as data: the medicines that interact with magnesium, and the forms that most often
// upset the gut. Messages are ours; the sources say where the facts come from.
import type { FormId } from '../vocabulary/ids';
import type { MedicineId } from '../vocabulary/ids';
import type { SourceId } from './sources';

export interface MedicineNote {
  id: MedicineId;
  /** As shown in the options page list. */
  label: string;
  examples: string;
  /** 'spacing': take apart from magnesium; 'status': the medicine changes magnesium levels. */
  kind: 'spacing' | 'status';
  /** Hours to keep between the medicine and magnesium, when spacing applies. */
  hoursApart: { before: number; after: number } | null;
  message: string;
  sources: SourceId[];
}

export const MEDICINES: MedicineNote[] = [
  {
    id: 'bisphosphonates',
    label: 'Bisphosphonates (for osteoporosis)',
    examples: 'alendronate, risedronate, ibandronate',
    kind: 'spacing',
    hoursApart: { before: 2, after: 2 },
    message: 'Magnesium can stop bisphosphonates from being absorbed: keep them at least 2 hours apart.',
    sources: ['odsMagnesium'],
  },
  {
    id: 'tetracyclines',
    label: 'Tetracycline antibiotics',
    examples: 'doxycycline, minocycline, tetracycline',
    kind: 'spacing',
    hoursApart: { before: 2, after: 6 },
    message:
      'Magnesium binds tetracycline antibiotics in the gut: take the antibiotic at least 2 hours before, or 4–6 hours after, the magnesium.',
    sources: ['odsMagnesium'],
  },
  {
    id: 'quinolones',
    label: 'Quinolone antibiotics',
    examples: 'ciprofloxacin, levofloxacin, moxifloxacin',
    kind: 'spacing',
    hoursApart: { before: 2, after: 6 },
    message:
      'Magnesium binds quinolone antibiotics in the gut: take the antibiotic at least 2 hours before, or 4–6 hours after, the magnesium.',
    sources: ['odsMagnesium'],
  },
  {
    id: 'levothyroxine',
    label: 'Levothyroxine (thyroid hormone)',
    examples: 'Synthroid, Euthyrox, L-Thyroxin',
    kind: 'spacing',
    hoursApart: { before: 4, after: 4 },
    message: 'Magnesium can lower how much levothyroxine you absorb: keep them at least 4 hours apart.',
    sources: ['levothyroxineLabel'],
  },
  {
    id: 'diuretics',
    label: 'Diuretics (water pills)',
    examples: 'furosemide, hydrochlorothiazide; amiloride, spironolactone',
    kind: 'status',
    hoursApart: null,
    message:
      'Loop and thiazide diuretics make you lose magnesium; potassium-sparing ones (amiloride, spironolactone) make you keep it. Ask your prescriber whether a supplement suits you.',
    sources: ['odsMagnesium'],
  },
  {
    id: 'proton-pump-inhibitors',
    label: 'Proton-pump inhibitors (acid reducers)',
    examples: 'omeprazole, esomeprazole, pantoprazole',
    kind: 'status',
    hoursApart: null,
    message:
      'Taken for months, proton-pump inhibitors can lower blood magnesium, and a supplement does not always correct it: tell your prescriber, who may check your level.',
    sources: ['fdaPpi2011', 'odsMagnesium'],
  },
];

/** Forms whose gut side effects (loose stools, cramps, nausea) are most common at higher doses. */
export const GI_PRONE_FORMS: FormId[] = ['oxide', 'citrate', 'chloride', 'carbonate', 'gluconate', 'hydroxide', 'sulfate'];

/** Daily amount, as a share of the profile's UL, from which the gut note is shown. */
export const GI_NOTE_FRACTION = 0.8;
