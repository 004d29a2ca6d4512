// CSV of the compare table (RFC 4180: every field quoted, quotes doubled, CRLF between records). A
// spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage return) as a formula,
// and page titles are other people's text: such a cell gets a leading apostrophe, so it stays text.
import type { HistoryItem } from '../extension/history';
import { STORE_LABELS, TIER_LABELS, formTitle } from './format';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvOf(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const HEADER = [
  'title',
  'store',
  'address',
  'forms',
  'absorption',
  'elemental mg a day (min)',
  'elemental mg a day (max)',
  'price per 100 mg elemental',
  'currency',
  'looked at',
] as const;

/** The compare table as CSV, one product a line, in the order shown. */
export function compareCsv(items: readonly HistoryItem[]): string {
  return csvOf(
    HEADER,
    items.map((h) => [
      h.title,
      STORE_LABELS[h.store] ?? h.store,
      h.url,
      h.forms.map(formTitle).join(' + '),
      h.tier === 'mixed' ? 'Mixed forms' : TIER_LABELS[h.tier],
      h.mgPerDay?.min ?? null,
      h.mgPerDay?.max ?? null,
      h.price100?.amount ?? null,
      h.price100?.currency ?? null,
      new Date(h.seenAt).toISOString().slice(0, 10),
    ]),
  );
}
