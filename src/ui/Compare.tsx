// The compare page (compare.html): every product the user looked at, sortable by price per 100 mg of
// elemental magnesium, mg a day and absorption tier, filterable by form and store, each row linking
// back to its page; CSV export (a local download); and "My stack", editable, with its daily total.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoreId } from '../vocabulary/ids';
import { profileLabel, upperLimitFor } from '../core/limits';
import { clearHistory, getHistory, watchHistory, type HistoryItem } from '../extension/history';
import {
  addToStack,
  getStack,
  itemMgPerDay,
  removeFromStack,
  setServings,
  stackItemOf,
  stackParts,
  totalOf,
  totalSentence,
  totalVerdict,
  watchStack,
  type StackItem,
} from '../extension/stack';
import { getProfile, watchProfile } from '../extension/settings';
import { compareCsv } from './csv';
import { filterItems, formOf, sortItems, type SortDir, type SortKey } from './compareTable';
import { STORE_LABELS, TIER_LABELS, formTitle, formatMg } from './format';

const SORT_LABELS: Record<SortKey, string> = {
  price100: 'Price per 100 mg',
  mgDay: 'mg a day',
  tier: 'Absorption',
  seen: 'Looked at',
};

function money(p: { amount: number; currency: string }): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: p.currency }).format(p.amount);
  } catch {
    return `${p.amount} ${p.currency}`;
  }
}

/** Only web addresses become links (the stored address came from a page; never a javascript: URL). */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

function tierText(t: HistoryItem['tier']): string {
  return t === 'mixed' ? 'Mixed forms' : TIER_LABELS[t];
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function SortHeader({
  col,
  sort,
  onSort,
  numeric,
}: {
  col: SortKey;
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  numeric?: boolean;
}) {
  const active = sort.key === col;
  return (
    <th
      scope="col"
      class={numeric ? 'num' : undefined}
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" data-testid={`sort-${col}`} onClick={() => onSort(col)}>
        {SORT_LABELS[col]}
        {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}

export function Compare() {
  const [history, setHistory] = useState<HistoryItem[] | null>(null);
  const [stack, setStack] = useState<StackItem[]>([]);
  const [limit, setLimit] = useState<{ mg: number; who: string }>({ mg: 0, who: '' });
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'seen', dir: 'desc' });
  const [form, setForm] = useState('all');
  const [store, setStore] = useState('all');
  const [status, setStatus] = useState('');

  useEffect(() => {
    const applyProfile = (p: Awaited<ReturnType<typeof getProfile>>) =>
      setLimit({ mg: upperLimitFor(p).mg ?? 0, who: profileLabel(p) });
    void getHistory().then(setHistory);
    void getStack().then(setStack);
    void getProfile().then(applyProfile);
    const stops = [watchHistory(setHistory), watchStack(setStack), watchProfile(applyProfile)];
    return () => stops.forEach((s) => s());
  }, []);

  const rows = useMemo(
    () => sortItems(filterItems(history ?? [], form, store), sort.key, sort.dir),
    [history, form, store, sort],
  );
  const forms = useMemo(
    () => [...new Set((history ?? []).flatMap((h) => (h.forms.length ? h.forms : ['unknown' as const])))],
    [history],
  );
  const stores = useMemo(() => [...new Set((history ?? []).map((h) => h.store))], [history]);

  function onSort(key: SortKey) {
    setSort((s) =>
      s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'seen' ? 'desc' : 'asc' },
    );
  }

  const total = totalOf(stackParts(stack, null));
  const verdict = totalVerdict(total, limit.mg);
  const inStack = new Set(stack.map((s) => s.key));

  return (
    <main class="compare" data-maglens="compare" data-count={history?.length ?? 0}>
      <h1>Products you looked at</h1>
      <p class="muted">
        Kept only in this browser: store, address, title, form, daily amount and price, nothing else of the page (at most 500
        products, the oldest go first). Turn it off or clear it in the <a href="/options.html">settings</a>.
      </p>
      {history === null ? (
        <p>Loading…</p>
      ) : history.length === 0 ? (
        <p data-testid="compare-empty">
          No products yet. Open a magnesium product page on a store MagLens reads, and it appears here.
        </p>
      ) : (
        <>
          <div class="filters">
            <label>
              Form
              <select data-testid="filter-form" value={form} onChange={(e) => setForm((e.target as HTMLSelectElement).value)}>
                <option value="all">All forms</option>
                {forms.map((f) => (
                  <option key={f} value={f}>
                    {f === 'unknown' ? 'Form not stated' : formTitle(f)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Store
              <select data-testid="filter-store" value={store} onChange={(e) => setStore((e.target as HTMLSelectElement).value)}>
                <option value="all">All stores</option>
                {stores.map((s) => (
                  <option key={s} value={s}>
                    {STORE_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-testid="export-csv"
              onClick={() => {
                download(`maglens-compare-${new Date().toISOString().slice(0, 10)}.csv`, compareCsv(rows));
                setStatus(`Exported ${rows.length} ${rows.length === 1 ? 'product' : 'products'} as CSV.`);
              }}
            >
              Export as CSV
            </button>
          </div>
          <table>
            <caption class="muted small">
              {rows.length} of {history.length} products. Price per 100 mg of elemental magnesium; prices in different currencies
              are sorted apart.
            </caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Store</th>
                <th scope="col">Form</th>
                <SortHeader col="tier" sort={sort} onSort={onSort} />
                <SortHeader col="mgDay" sort={sort} onSort={onSort} numeric />
                <SortHeader col="price100" sort={sort} onSort={onSort} numeric />
                <SortHeader col="seen" sort={sort} onSort={onSort} />
                <th scope="col">My stack</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr
                  key={h.key}
                  data-maglens="compare-row"
                  data-form={formOf(h)}
                  data-store={h.store}
                  data-tier={h.tier}
                  data-mg-day={h.mgPerDay ? String(h.mgPerDay.max) : undefined}
                  data-price100={h.price100 ? String(h.price100.amount) : undefined}
                >
                  <td>
                    <a href={safeHref(h.url)} target="_blank" rel="noopener noreferrer" data-testid="row-link">
                      {h.title ?? h.url}
                    </a>
                  </td>
                  <td>{STORE_LABELS[h.store as StoreId] ?? h.store}</td>
                  <td>{h.forms.length ? h.forms.map(formTitle).join(' + ') : 'not stated'}</td>
                  <td>
                    <span class={`tier tier-${h.tier === 'mixed' ? 'unknown' : h.tier}`}>{tierText(h.tier)}</span>
                  </td>
                  <td class="num">{h.mgPerDay ? formatMg(h.mgPerDay) : 'not stated'}</td>
                  <td class="num">{h.price100 ? money(h.price100) : '—'}</td>
                  <td>{new Date(h.seenAt).toLocaleDateString()}</td>
                  <td>
                    {h.topical ? (
                      <span class="muted small">for the skin</span>
                    ) : inStack.has(h.key) ? (
                      <span class="small">In your stack</span>
                    ) : (
                      <button
                        type="button"
                        data-testid="row-take"
                        aria-label={`I take this: ${h.title ?? h.url}`}
                        onClick={() => void addToStack(stackItemOf(h, h.servingsPerDay ?? 1, Date.now()))}
                      >
                        I take this
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="actions">
            <button
              type="button"
              data-testid="compare-clear"
              onClick={() => void clearHistory().then(() => setStatus('History cleared.'))}
            >
              Clear history
            </button>
          </div>
        </>
      )}

      <section aria-labelledby="stack-h">
        <h2 id="stack-h">My stack</h2>
        {stack.length === 0 ? (
          <p class="muted" data-testid="stack-empty">
            Nothing yet. Choose “I take this” in the popup or above for each magnesium product you take (multivitamins and sleep
            blends count too): the popup then adds them to the product you are looking at, against your limit.
          </p>
        ) : (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Servings a day</th>
                  <th scope="col" class="num">
                    mg a day
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {stack.map((s) => {
                  const day = itemMgPerDay(s);
                  return (
                    <tr key={s.key} data-testid="stack-row">
                      <td>
                        <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
                          {s.title ?? s.url}
                        </a>
                        {s.topical && <span class="muted small"> (for the skin: not counted)</span>}
                      </td>
                      <td>
                        <input
                          type="number"
                          min="0.5"
                          max="20"
                          step="0.5"
                          value={s.servings}
                          aria-label={`Servings a day: ${s.title ?? s.url}`}
                          data-testid="stack-servings"
                          onChange={(e) => void setServings(s.key, Number((e.target as HTMLInputElement).value))}
                        />
                      </td>
                      <td class="num">{day ? formatMg(day) : 'dose not known'}</td>
                      <td>
                        <button
                          type="button"
                          data-testid="stack-remove"
                          aria-label={`Remove from my stack: ${s.title ?? s.url}`}
                          onClick={() => void removeFromStack(s.key)}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p
              class={`stack-total verdict-${verdict}`}
              data-maglens="stack-total"
              data-mg={total.min === total.max ? String(total.min) : `${total.min}-${total.max}`}
              data-verdict={verdict}
            >
              Your stack: {totalSentence(total, limit.mg)}
              {limit.who && <span class="muted small"> (limit for {limit.who}; supplements and medicines only)</span>}
            </p>
          </>
        )}
      </section>
      <p role="status" data-testid="status">
        {status}
      </p>
    </main>
  );
}
