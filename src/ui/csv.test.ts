// The compare CSV: quoted fields, doubled quotes, no formula injection.
import { describe, expect, it } from 'vitest';
import { compareCsv, csvCell, csvOf } from './csv';
import type { HistoryItem } from '../extension/history';

describe('CSV', () => {
  it('quotes every field and doubles quotes inside', () => {
    expect(csvCell('Magnesium "Extra", 200 mg')).toBe('"Magnesium ""Extra"", 200 mg"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(0.167)).toBe('"0.167"');
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('escapes a formula: %j', (text) => {
    const cell = csvCell(text);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell.slice(2, -1).replaceAll('""', '"')).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    expect(csvCell('Magnesium = good')).toBe('"Magnesium = good"');
  });

  it('joins records with CRLF and ends with one', () => {
    expect(csvOf(['a', 'b'], [[1, 'x,y']])).toBe('"a","b"\r\n"1","x,y"\r\n');
  });

  it('writes the compare table, hostile titles included', () => {
    const item: HistoryItem = {
      key: 'https://www.iherb.com/pr/x/1',
      url: 'https://www.iherb.com/pr/x/1',
      store: 'iherb',
      title: '=cmd|" /C calc"!A0',
      forms: ['oxide', 'glycinate'],
      tier: 'mixed',
      mgPerDay: { min: 105, max: 105 },
      mgPerServing: { min: 105, max: 105 },
      servingsPerDay: 1,
      price100: { amount: 0.393, currency: 'USD' },
      topical: false,
      seenAt: Date.UTC(2026, 0, 2),
    };
    const [head, row] = compareCsv([item]).split('\r\n');
    expect(head).toContain('"price per 100 mg elemental"');
    expect(row).toBe(
      `"'=cmd|"" /C calc""!A0","iHerb","https://www.iherb.com/pr/x/1","Magnesium oxide + Magnesium glycinate (bisglycinate)","Mixed forms","105","105","0.393","USD","2026-01-02"`,
    );
  });
});
