// The form card: which magnesium form(s), their absorption tier with a one-line reason, the
// elemental share, and cautions for buffered or mixed products.
import type { Analysis } from '../core/schema';
import { FORM_BY_ID } from '../knowledge/forms';
import { Source } from './Source';
import { TIER_LABELS, formTitle } from './format';

const TIER_REASONS: Record<Analysis['forms'][number]['tier'], string> = {
  higher: 'Dissolves well; small human studies show more absorbed than oxide.',
  'higher-limited-data': 'Likely absorbed well, but there are few human studies.',
  lower: 'Dissolves poorly; small studies show little absorbed (oxide about 4%).',
  unknown: 'No absorption data for this form.',
};

function percent(fraction: { min: number; max: number }): string {
  const p = (n: number) => `${Math.round(n * 1000) / 10}%`;
  return fraction.min === fraction.max ? p(fraction.min) : `${p(fraction.min)}–${p(fraction.max)}`;
}

export function FormCard({ analysis }: { analysis: Analysis }) {
  const { forms, buffered } = analysis;
  return (
    <section aria-labelledby="form-h" class="card">
      <h2 id="form-h">Form</h2>
      {forms.length === 0 && (
        <p data-testid="form" data-form="unknown">
          The page does not say which magnesium form this is.
        </p>
      )}
      {forms.length > 1 && (
        <p class="note" data-testid="mixed-forms">
          Mixed forms: the label does not say how much comes from each, so expect the absorption of the mix to sit between them.
        </p>
      )}
      <ul class="forms">
        {forms.map((f) => {
          const fraction = FORM_BY_ID[f.id]?.fraction;
          return (
            <li key={f.id} data-testid="form" data-form={f.id}>
              <strong>{formTitle(f.id)}</strong>{' '}
              <span class={`tier tier-${f.tier}`} data-testid="tier" data-tier={f.tier}>
                {TIER_LABELS[f.tier]}
              </span>
              <p class="reason" data-testid="tier-reason">
                {TIER_REASONS[f.tier]} <span class="muted">Confidence: low to moderate (small studies).</span>
              </p>
              {fraction && (
                <p class="muted" data-testid="fraction">
                  Elemental magnesium: {percent(fraction)} of the compound's weight.
                </p>
              )}
              <Source text={f.source} testId="form-source" />
            </li>
          );
        })}
      </ul>
      {buffered && (
        <p class="caution" data-testid="buffered">
          Buffered: part of the magnesium is probably oxide, which is absorbed less well than the chelate the name suggests.
        </p>
      )}
    </section>
  );
}
