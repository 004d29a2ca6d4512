// The analysis state of the popup: what the product is, how much elemental magnesium, how it
// compares with the limit for this user, what to make of the claims, and what to watch out for.
import type { Analysis } from '../core/schema';
import type { Profile } from '../core/profile';
import type { ProductSnapshot } from '../core/snapshot';
import { ClaimCards } from './ClaimCards';
import { DoseGauge } from './DoseGauge';
import { FormCard } from './FormCard';
import { formShortName, formatMg } from './format';

// Shown in their own place in the form card, so not repeated under Notes.
const SHOWN_ELSEWHERE = new Set(['buffered']);

/** The ten-second answer: form, daily amount, and how it sits against the limit. */
function summary(analysis: Analysis): string {
  const named = analysis.forms.map((f) => formShortName(f.id)).join(' + ');
  const forms = named ? `${named[0]!.toUpperCase()}${named.slice(1)}` : 'Form not stated';
  const day = analysis.elementalMgPerDay;
  const amount = day
    ? `${formatMg(day)} a day`
    : analysis.elementalMgPerServing
      ? `${formatMg(analysis.elementalMgPerServing)} per serving`
      : 'amount not stated';
  const verdicts: Record<Analysis['upperLimit']['verdict'], string> = {
    within: 'within the limit',
    near: 'close to the limit',
    above: 'above the limit',
    'not-applicable': 'for the skin',
    unknown: 'limit check not possible',
  };
  return `${forms} · ${amount} · ${verdicts[analysis.upperLimit.verdict]}`;
}

const KIND_LABELS: Record<Analysis['kind'], string> = {
  'magnesium-supplement': 'Magnesium supplement',
  'multi-nutrient': 'Multi-nutrient: magnesium is one of several ingredients',
  topical: 'For the skin (oil, spray, lotion or bath): not a dose taken by mouth',
  'not-a-supplement': 'Not a supplement',
};

export function AnalysisView({
  analysis,
  snapshot,
  profile,
}: {
  analysis: Analysis;
  snapshot: ProductSnapshot;
  profile: Profile;
}) {
  const price = analysis.pricePer100mgElemental;
  return (
    <>
      {analysis.title && (
        <p class="title" data-testid="title">
          {analysis.title}
        </p>
      )}
      <p class="summary" data-testid="summary">
        {summary(analysis)}
      </p>
      <p class="muted" data-testid="kind" data-kind={analysis.kind}>
        {KIND_LABELS[analysis.kind]}
      </p>
      <FormCard analysis={analysis} />
      <DoseGauge analysis={analysis} snapshot={snapshot} profile={profile} />
      {price && (
        <p class="card" data-testid="price-per-100mg">
          <strong>
            {new Intl.NumberFormat(undefined, { style: 'currency', currency: price.currency }).format(price.amount)}
          </strong>{' '}
          per 100 mg of elemental magnesium
        </p>
      )}
      <ClaimCards claims={analysis.claims} />
      {analysis.warnings.some((w) => !SHOWN_ELSEWHERE.has(w.code)) && (
        <section aria-labelledby="notes-h" class="card">
          <h2 id="notes-h">Notes</h2>
          <ul class="warnings">
            {analysis.warnings
              .filter((w) => !SHOWN_ELSEWHERE.has(w.code))
              .map((w) => (
                <li key={w.code} data-testid="warning" data-code={w.code}>
                  {w.message}
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  );
}
