// Safety notes that apply to a product for a profile. (Placeholder signature; the evidence work fills it in.)
import type { FormId, UpperLimit, Warning } from './schema';
import type { Profile } from './profile';

export interface SafetyInput {
  forms: FormId[];
  perDay: { min: number; max: number } | null;
  upperLimit: UpperLimit;
  topical: boolean;
}

export function safetyWarnings(_input: SafetyInput, _profile: Profile): Warning[] {
  return [];
}
