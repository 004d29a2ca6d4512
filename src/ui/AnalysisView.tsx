// The analysis state of the popup: what the product is, how much elemental magnesium, how it compares.
import type { Analysis } from '../core/schema';
import { formatMg, formName, TIER_LABELS } from './format';

const BASIS_LABELS: Record<NonNullable<Analysis['elementalMgPerServing']>['basis'], string> = {
  'stated-elemental': 'elemental, as stated on the label',
  'from-compound': 'calculated from the compound weight',
  'from-percent-dv': 'calculated from the % Daily Value',
  'from-title': "the product title's claim, not a verified elemental dose",
};

export function AnalysisView({ analysis }: { analysis: Analysis }) {
  const { forms, elementalMgPerServing: serving, elementalMgPerDay: day, upperLimit } = analysis;
  return (
    <>
      {analysis.title && <p class="title" data-testid="title">{analysis.title}</p>}
      <section aria-labelledby="form-h">
        <h2 id="form-h">Form</h2>
        {forms.length === 0 ? (
          <p data-testid="form">Form not stated</p>
        ) : (
          <ul class="forms">
            {forms.map((f) => (
              <li key={f.id} data-testid="form" data-form={f.id}>
                <strong>Magnesium {formName(f.id)}</strong>{' '}
                <span class={`tier tier-${f.tier}`} data-testid="tier" data-tier={f.tier}>{TIER_LABELS[f.tier]}</span>
                <span class="source" data-testid="form-source">Label text: “{f.source}”</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="dose-h">
        <h2 id="dose-h">Elemental magnesium</h2>
        <dl>
          <dt>Per serving</dt>
          <dd data-testid="mg-per-serving" data-basis={serving?.basis}>
            {serving ? formatMg(serving) : 'not stated'}
            {serving && <span class="basis"> — {BASIS_LABELS[serving.basis]}</span>}
            {serving && <span class="source" data-testid="mg-source">Label text: “{serving.source}”</span>}
          </dd>
          <dt>Per day</dt>
          <dd data-testid="mg-per-day">{day ? formatMg(day) : 'not stated'}</dd>
          <dt>Upper limit</dt>
          <dd data-testid="verdict" data-verdict={upperLimit.verdict}>
            {upperLimit.mg} mg/day from supplements ({upperLimit.profile})
            {upperLimit.percentOfLimit !== null && ` — ${upperLimit.percentOfLimit}% of the limit`}
          </dd>
        </dl>
      </section>
    </>
  );
}
