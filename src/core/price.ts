// Price per 100 mg of elemental magnesium: what a day's magnesium really costs, comparable across
// forms. Only when the package's elemental total is known from the label, never from a title.
import { round } from './units';

export interface PriceInput {
  price: { amount: number; currency: string } | undefined;
  /** Elemental mg per serving (label-based). */
  elementalPerServing: { min: number; max: number } | null;
  /** Units (capsules…) in one serving, when the serving size counts units. */
  unitsPerServing: number | null;
  unitCount: number | undefined;
  servingsPerContainer: number | null;
}

export interface PriceResult {
  value: { amount: number; currency: string } | null;
  warning: { code: string; message: string } | null;
}

/**
 * The package's elemental total is servings in the package times elemental per serving. Where the
 * elemental figure is a range, the lower bound is used: the price it gives is the most a buyer pays.
 */
export function pricePer100mgElemental(input: PriceInput): PriceResult {
  const { price, elementalPerServing } = input;
  if (!price || !elementalPerServing || !(elementalPerServing.min > 0) || !(price.amount > 0))
    return { value: null, warning: null };
  let servings: number | null = null;
  if (input.unitCount && input.unitsPerServing && input.unitsPerServing > 0) servings = input.unitCount / input.unitsPerServing;
  else if (input.servingsPerContainer && input.servingsPerContainer > 0) servings = input.servingsPerContainer;
  if (!servings || !Number.isFinite(servings)) return { value: null, warning: null };
  const totalMg = servings * elementalPerServing.min;
  const amount = round((price.amount / totalMg) * 100, 0.001);
  if (!Number.isFinite(amount) || amount < 0) return { value: null, warning: null };
  const warning =
    elementalPerServing.min < elementalPerServing.max
      ? {
          code: 'price-uses-lower-elemental',
          message: 'Price per 100 mg uses the lower elemental figure of the range (the most it can cost).',
        }
      : null;
  return { value: { amount, currency: price.currency }, warning };
}
