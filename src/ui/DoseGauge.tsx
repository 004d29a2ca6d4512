// Daily elemental magnesium against the upper limit (and the RDA) for the user's profile. The gauge
// and its verdict sit on the popup's first screen; how the figure was worked out folds out below.
import type { Analysis } from '../core/schema';
import type { Profile } from '../core/profile';
import type { ProductSnapshot } from '../core/snapshot';
import { doseSummary, intakeReferenceFor, straddles } from '../core/limits';
import { Source } from './Source';
import { formatMg } from './format';

const BASIS_LABELS: Record<NonNullable<Analysis['elementalMgPerServing']>['basis'], string> = {
  'stated-elemental': 'elemental, as the label states it',
  'from-compound': 'calculated from the compound weight on the label',
  'from-percent-dv': "calculated from the label's % Daily Value",
  'from-title': 'read from the product title, not a verified elemental dose',
};

/** Notes on the dose for the profile's age, shown under the verdict (not again among the notes). */
export const AGE_NOTES: ReadonlySet<string> = new Set(['dose-for-age', 'not-for-age']);

/** First screen: "105 mg a day", the bar against the limit and the RDA, and the verdict sentence. */
export function DoseGauge({ analysis, profile }: { analysis: Analysis; profile: Profile }) {
  const { elementalMgPerDay: day, upperLimit: ul } = analysis;
  const reference = intakeReferenceFor(profile);
  const scale = Math.max(ul.mg || 0, day?.max ?? 0, reference.mg) * 1.15 || 1;
  const pos = (mg: number) => `${Math.min(100, (mg / scale) * 100)}%`;
  const mayExceed = straddles(day, ul);
  // The profile's age and directions that dose by age: which group's dose the day is (or that the label is not for it).
  const forAge = analysis.warnings.find((w) => AGE_NOTES.has(w.code));
  return (
    <section aria-labelledby="dose-h" class="dose" data-maglens="gauge">
      <h2 id="dose-h">
        Elemental magnesium a day: <span data-testid="mg-per-day">{day ? formatMg(day) : 'not stated'}</span>
      </h2>
      <div class="gauge" role="img" data-testid="gauge" data-verdict={ul.verdict} aria-label={doseSummary(day, ul)}>
        {day && ul.mg > 0 && (
          <span
            class={`gauge-fill verdict-${ul.verdict}`}
            style={{
              left: pos(day.min === day.max ? 0 : day.min),
              width: `calc(${pos(day.max)} - ${pos(day.min === day.max ? 0 : day.min)})`,
            }}
          />
        )}
        {ul.mg > 0 && <span class="gauge-mark ul" style={{ left: pos(ul.mg) }} title={`Upper limit ${ul.mg} mg`} />}
        <span class="gauge-mark rda" style={{ left: pos(reference.mg) }} title={`${reference.label}: ${reference.mg} mg`} />
      </div>
      <p
        class={`verdict verdict-${ul.verdict}`}
        data-testid="verdict"
        data-verdict={ul.verdict}
        data-may-exceed={mayExceed ? 'true' : undefined}
      >
        {doseSummary(day, ul)}
      </p>
      {forAge && (
        <p class="small" data-testid="dose-for-age" data-code={forAge.code}>
          {forAge.message}
        </p>
      )}
    </section>
  );
}

/** Folded: per serving (with its basis and label text), servings a day, and what the limit counts. */
export function DoseDetails({
  analysis,
  snapshot,
  profile,
}: {
  analysis: Analysis;
  snapshot: ProductSnapshot;
  profile: Profile;
}) {
  const { elementalMgPerServing: serving, servingsPerDay, upperLimit: ul } = analysis;
  const reference = intakeReferenceFor(profile);
  // "Take 2 capsules": directions that say how much but not how often; the day is an assumption.
  const noFrequency = analysis.warnings.some((w) => w.code === 'directions-frequency-assumed');
  return (
    <section aria-labelledby="dose-details-h" class="card">
      <h2 id="dose-details-h">How the daily amount was worked out</h2>
      <dl>
        <dt>Per serving</dt>
        <dd data-testid="mg-per-serving" data-basis={serving?.basis}>
          {serving ? formatMg(serving) : 'not stated'}
          {serving && <span class="muted"> — {BASIS_LABELS[serving.basis]}</span>}
          {analysis.servingSize && (
            <span class="muted" data-testid="serving-size">
              {' '}
              ({analysis.servingSize})
            </span>
          )}
          <Source text={serving?.source} testId="mg-source" />
        </dd>
        <dt>Servings a day</dt>
        <dd data-testid="servings-per-day">
          {servingsPerDay
            ? `${servingsPerDay.min === servingsPerDay.max ? servingsPerDay.max : `${servingsPerDay.min}–${servingsPerDay.max}`}${servingsPerDay.source === 'assumed-one' ? (noFrequency ? ' (the directions name no frequency: read as once a day)' : ' (no directions found: assumed one)') : ''}`
            : 'not stated'}
          {(servingsPerDay?.source === 'directions' || noFrequency) && (
            <Source text={snapshot.directions} testId="directions-source" />
          )}
        </dd>
      </dl>
      <p class="muted small" data-testid="limit-note">
        {ul.mg > 0 && (
          <>
            Upper limit {ul.mg} mg/day for {ul.profile}.{' '}
          </>
        )}
        {reference.label}: {reference.mg} mg/day, from food and supplements together. The limit counts magnesium from supplements
        and medicines only: a diet rich in magnesium does not push you over it.
      </p>
    </section>
  );
}
