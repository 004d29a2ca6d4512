// The popup's line about the user's stack: the total supplemental magnesium a day of the stack plus
// the product on this page, against the limit, and "I take this" to add the product to the stack.
import { useState } from 'preact/hooks';
import type { Analysis } from '../core/schema';
import { historyItemOf, servingsFromDirections } from '../extension/history';
import {
  addToStack,
  cleanServings,
  removeFromStack,
  stackItemOf,
  stackParts,
  totalOf,
  totalSentence,
  totalVerdict,
  type StackItem,
} from '../extension/stack';

function mgAttr(t: { min: number; max: number }): string {
  return t.min === t.max ? String(t.min) : `${t.min}-${t.max}`;
}

export function StackPanel({ analysis, stack }: { analysis: Analysis; stack: StackItem[] }) {
  const [adding, setAdding] = useState(false);
  const [servings, setServings] = useState(String(servingsFromDirections(analysis) ?? 1));
  if (analysis.topical) return null;
  const product = historyItemOf(analysis, 0);
  const key = product?.key ?? null;
  const mine = key ? stack.find((s) => s.key === key) : undefined;
  const others = stack.filter((s) => !s.topical && s.key !== key);
  const limit = analysis.upperLimit.mg;
  const total = totalOf(stackParts(stack, { key, title: analysis.title, mgPerDay: analysis.elementalMgPerDay }));

  async function add() {
    if (!product) return;
    await addToStack(stackItemOf(product, cleanServings(Number(servings)), Date.now()));
    setAdding(false);
  }

  return (
    <section class="stack" aria-label="Your stack">
      {stack.some((s) => !s.topical) && (
        <p
          class={`stack-total verdict-${totalVerdict(total, limit)}`}
          data-maglens="stack-total"
          data-mg={mgAttr(total)}
          data-at-least={total.atLeast ? 'true' : undefined}
          data-verdict={totalVerdict(total, limit)}
        >
          <span data-testid="stack-sentence">With your stack: {totalSentence(total, limit)}</span>
          <span class="muted small">
            {' '}
            (
            {others.length === 0
              ? 'this product'
              : `${others.length} other ${others.length === 1 ? 'product' : 'products'} you take and this one`}
            )
          </span>
        </p>
      )}
      {key && (
        <div class="stack-actions">
          {mine ? (
            <>
              <span class="small" data-testid="in-stack">
                In your stack: {mine.servings} {mine.servings === 1 ? 'serving' : 'servings'} a day
              </span>
              <button type="button" class="link-button" data-testid="stack-remove" onClick={() => void removeFromStack(mine.key)}>
                Remove
              </button>
            </>
          ) : adding ? (
            <form
              class="take-form"
              onSubmit={(e) => {
                e.preventDefault();
                void add();
              }}
            >
              <label for="take-servings">Servings a day</label>
              <input
                id="take-servings"
                data-testid="take-servings"
                type="number"
                min="0.5"
                max="20"
                step="0.5"
                value={servings}
                onInput={(e) => setServings((e.target as HTMLInputElement).value)}
              />
              <button type="submit" data-testid="take-add">
                Add
              </button>
              <button type="button" class="link-button" onClick={() => setAdding(false)}>
                Cancel
              </button>
            </form>
          ) : (
            <button type="button" data-testid="take-this" onClick={() => setAdding(true)}>
              I take this
            </button>
          )}
        </div>
      )}
    </section>
  );
}
