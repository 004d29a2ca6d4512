// The analysis state of the popup. The first screen (380 × 600) holds the title, the summary line, the
// form with its tier chip, the daily gauge against the limit, the stack total and one line per claim;
// everything else (form reasons, label text, citations, safety, price) folds out below. The label-image
// reader's button, where the page gave no dose, comes right after the claims.
import type { ComponentChildren } from 'preact';
import type { Analysis } from '../core/schema';
import type { Profile } from '../core/profile';
import type { ProductSnapshot } from '../core/snapshot';
import type { StackItem } from '../extension/stack';
import { ClaimCards } from './ClaimCards';
import { AGE_NOTES, DoseDetails, DoseGauge } from './DoseGauge';
import { FormCard } from './FormCard';
import { StackPanel } from './StackPanel';
import { TIER_LABELS, formShortName, formTitle, formatMg } from './format';

// Shown in their own place (the form card, under the verdict), so not repeated under Notes.
const SHOWN_ELSEWHERE = new Set(['buffered', ...AGE_NOTES]);

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

/** First screen: the form(s), each with its tier chip. The reasons fold out below. */
function FormLine({ analysis }: { analysis: Analysis }) {
  if (analysis.forms.length === 0)
    return (
      <p class="form-line" data-testid="form-line">
        Form: not stated on the page
      </p>
    );
  return (
    <p class="form-line" data-testid="form-line">
      {analysis.forms.map((f, i) => (
        <span key={f.id} class="form-chip" data-testid="form-chip" data-form={f.id}>
          {i > 0 && ' + '}
          {formTitle(f.id)}{' '}
          <span class={`tier tier-${f.tier}`} data-tier={f.tier}>
            {TIER_LABELS[f.tier]}
          </span>
        </span>
      ))}
      {analysis.buffered && <span class="muted small"> (buffered)</span>}
    </p>
  );
}

export function AnalysisView({
  analysis,
  snapshot,
  profile,
  stack,
  afterClaims,
}: {
  analysis: Analysis;
  snapshot: ProductSnapshot;
  profile: Profile;
  stack: StackItem[];
  /** Shown right under the claims, before the folded details (the label-image reader's button). */
  afterClaims?: ComponentChildren;
}) {
  const price = analysis.pricePer100mgElemental;
  const notes = analysis.warnings.filter((w) => !SHOWN_ELSEWHERE.has(w.code));
  return (
    <>
      {analysis.title && (
        <p class="title" data-testid="title" title={analysis.title}>
          {analysis.title}
        </p>
      )}
      <p class="summary" data-maglens="summary" data-testid="summary">
        {summary(analysis)}
      </p>
      <FormLine analysis={analysis} />
      <DoseGauge analysis={analysis} profile={profile} />
      <StackPanel analysis={analysis} stack={stack} />
      <ClaimCards claims={analysis.claims} perDay={analysis.elementalMgPerDay} />
      {afterClaims}
      <details class="more" data-testid="more">
        <summary data-testid="more-toggle">More: form details, label text, price, safety</summary>
        <p class="muted" data-testid="kind" data-kind={analysis.kind}>
          {KIND_LABELS[analysis.kind]}
        </p>
        <FormCard analysis={analysis} />
        <DoseDetails analysis={analysis} snapshot={snapshot} profile={profile} />
        {price && (
          <p class="card" data-testid="price-per-100mg">
            <strong>
              {new Intl.NumberFormat(undefined, { style: 'currency', currency: price.currency }).format(price.amount)}
            </strong>{' '}
            per 100 mg of elemental magnesium
          </p>
        )}
        {notes.length > 0 && (
          <section aria-labelledby="notes-h" class="card">
            <h2 id="notes-h">Safety and notes</h2>
            <ul class="warnings">
              {notes.map((w) => (
                <li key={w.code} data-testid="warning" data-code={w.code}>
                  {w.message}
                </li>
              ))}
            </ul>
          </section>
        )}
      </details>
    </>
  );
}
