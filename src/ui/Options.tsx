// The options page: the profile that decides which limits apply, and listing badges per store.
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../core/profile';
import { DEFAULT_PROFILE, profileLabel } from '../core/limits';
import { AGE_BAND_LABELS, PREGNANCY_LABELS, REGION_LABELS, effectivePregnancy } from '../core/profile-options';
import { AGE_BANDS, PREGNANCY_STATES, REGIONS } from '../vocabulary/ids';
import { MEDICINES } from '../knowledge/safety';
import {
  BADGE_STORES,
  DEFAULT_BADGES,
  getBadgeSettings,
  getProfile,
  setBadgeSettings,
  setProfile,
  type BadgeSettings,
} from '../extension/settings';
import { clearHistory, getHistory, historyEnabled, setHistoryEnabled, watchHistory } from '../extension/history';

function Choice<K extends keyof Profile>({
  label,
  field,
  value,
  options,
  onPick,
}: {
  label: string;
  field: K;
  value: Profile[K];
  options: readonly { value: string; text: string }[];
  onPick: (change: Partial<Profile>) => void;
}) {
  return (
    <label>
      {label}
      <select
        data-testid={field === 'ageBand' ? 'age-band' : field}
        value={value as string}
        onChange={(e) => onPick({ [field]: (e.target as HTMLSelectElement).value } as Partial<Profile>)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

const STORE_NAMES: Record<(typeof BADGE_STORES)[number], string> = {
  amazon: 'Amazon',
  iherb: 'iHerb',
  walmart: 'Walmart',
  target: 'Target',
  vitacost: 'Vitacost',
};

export function Options() {
  const [profile, setLocalProfile] = useState<Profile>(DEFAULT_PROFILE);
  const [badges, setBadges] = useState<BadgeSettings>({ ...DEFAULT_BADGES });
  const [status, setStatus] = useState('');
  const [keepHistory, setKeepHistory] = useState(true);
  const [historyCount, setHistoryCount] = useState(0);

  useEffect(() => {
    void getProfile().then(setLocalProfile);
    void getBadgeSettings().then(setBadges);
    void historyEnabled().then(setKeepHistory);
    void getHistory().then((h) => setHistoryCount(h.length));
    return watchHistory((h) => setHistoryCount(h.length));
  }, []);

  async function updateProfile(change: Partial<Profile>) {
    const next = { ...profile, ...change };
    setLocalProfile(next);
    setLocalProfile(await setProfile(next));
    setStatus(`Saved: limits for ${profileLabel(next)}.`);
  }

  async function updateBadges(store: keyof BadgeSettings, on: boolean) {
    const next = { ...badges, [store]: on };
    setBadges(next);
    await setBadgeSettings(next);
    setStatus(`Saved: badges on ${STORE_NAMES[store]} ${on ? 'on' : 'off'}.`);
  }

  const save = (change: Partial<Profile>) => void updateProfile(change);
  const canBePregnant = effectivePregnancy({ ...profile, pregnancy: 'pregnant' }) === 'pregnant';
  return (
    <main class="options" data-maglens="options">
      <h1>MagLens settings</h1>
      <p class="muted">Stored only in this browser. MagLens uses it to pick the limits and notes that apply to you.</p>
      <fieldset>
        <legend>Your profile</legend>
        <Choice
          label="Age"
          field="ageBand"
          value={profile.ageBand}
          onPick={save}
          options={AGE_BANDS.map((b) => ({ value: b, text: AGE_BAND_LABELS[b] }))}
        />
        <Choice
          label="Sex"
          field="sex"
          value={profile.sex}
          onPick={save}
          options={[
            { value: 'female', text: 'female' },
            { value: 'male', text: 'male' },
          ]}
        />
        {canBePregnant && (
          <Choice
            label="Pregnant or breastfeeding"
            field="pregnancy"
            value={profile.pregnancy}
            onPick={save}
            options={PREGNANCY_STATES.map((p) => ({ value: p, text: PREGNANCY_LABELS[p] }))}
          />
        )}
        <Choice
          label="Limits"
          field="region"
          value={profile.region}
          onPick={save}
          options={REGIONS.map((r) => ({ value: r, text: REGION_LABELS[r] }))}
        />
        <label class="check">
          <input
            type="checkbox"
            data-testid="kidney"
            checked={profile.kidneyDisease}
            onChange={(e) => void updateProfile({ kidneyDisease: (e.target as HTMLInputElement).checked })}
          />
          I have kidney disease
        </label>
      </fieldset>
      <fieldset>
        <legend>Medicines I take</legend>
        {MEDICINES.map((m) => (
          <label class="check" key={m.id}>
            <input
              type="checkbox"
              data-testid={`medicine-${m.id}`}
              checked={profile.medicines.includes(m.id)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                void updateProfile({
                  medicines: on ? [...profile.medicines, m.id] : profile.medicines.filter((x) => x !== m.id),
                });
              }}
            />
            {m.label} <span class="muted small">({m.examples})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Badges on search results</legend>
        {BADGE_STORES.map((s) => (
          <label class="check" key={s}>
            <input
              type="checkbox"
              data-testid={`badges-${s}`}
              checked={badges[s]}
              onChange={(e) => void updateBadges(s, (e.target as HTMLInputElement).checked)}
            />
            {STORE_NAMES[s]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Products you looked at</legend>
        <label class="check">
          <input
            type="checkbox"
            data-testid="history-enabled"
            checked={keepHistory}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              setKeepHistory(on);
              void setHistoryEnabled(on).then(() =>
                setStatus(on ? 'Saved: MagLens keeps a list of the products you look at.' : 'Saved: no new products are kept.'),
              );
            }}
          />
          Keep a list of the products I look at, for the compare page (store, address, title, form, daily amount, price; in this
          browser only, at most 500)
        </label>
        <p class="small">
          <span data-testid="history-count">
            {historyCount} {historyCount === 1 ? 'product' : 'products'} kept.
          </span>{' '}
          <a href="/compare.html">Open the compare page</a>
        </p>
        <div>
          <button
            type="button"
            data-testid="history-clear"
            disabled={historyCount === 0}
            onClick={() => void clearHistory().then(() => setStatus('History cleared.'))}
          >
            Clear history
          </button>
        </div>
      </fieldset>
      <p role="status" data-testid="status">
        {status}
      </p>
    </main>
  );
}
