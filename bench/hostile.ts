// Hostile text: the background reads whatever a page or a paste gives it. A pattern that backtracks
// takes time squared in a run's length (a run of 40,000 spaces once took 0.9 s in one leader pattern,
// 64,000 digits in a title 1.5 s in another). Each case is read at one size and at four times it, side
// by side: a reader that stays linear grows about 4×, one that goes quadratic about 16×.
//   npx tsx bench/hostile.ts [--runs N]
import { analyze } from '../src/core/analyze';
import { snapshotFromText } from '../src/stores/registry';
import { median, round } from './common';

/** Input size of the small reading, in characters; the large one is SCALE times it. */
const SIZE = 50_000;
export const SCALE = 4;

interface Case {
  name: string;
  /** The text of about `n` characters. */
  text: (n: number) => string;
  /** Where it goes: the whole pasted text, or the title an adapter hands the core. */
  as: 'text' | 'title';
}

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

const CASES: Case[] = [
  { name: 'a run of spaces', text: (n) => `Magnesium${repeat(' ', n)}100 mg`, as: 'text' },
  { name: 'a run of non-breaking spaces', text: (n) => `Magnesium${repeat('\u00a0', n)}100 mg`, as: 'text' },
  { name: 'a run of tabs', text: (n) => `Magnesium${repeat('\t', n)}100 mg`, as: 'text' },
  { name: 'a dot leader', text: (n) => `Magnesium${repeat('.', n)}100 mg`, as: 'text' },
  { name: 'one long line of rows', text: (n) => repeat('Magnesium citrate 100 mg ', n), as: 'text' },
  { name: 'many short lines', text: (n) => repeat('Take 1-2 tablets daily\n', n), as: 'text' },
  { name: 'digits in a title', text: (n) => `Directions: ${repeat('1', n)}x 100 mg`, as: 'title' },
  // The list splitter's lookbehind once re-read every bracket before each position (120 KB: 7.4 s).
  {
    name: 'brackets after an amount',
    text: (n) => `Each tablet contains: zinc 5 mg${repeat('(a)', n)}, magnesium 5 mg`,
    as: 'text',
  },
  // Arabic-script text is rewritten word by word before it is read.
  {
    name: 'Arabic label words',
    text: (n) => repeat('كل قرص يحتوي على 125 ملغ من المغنيسيوم، قرصين مرة واحدة يوميًا ', n),
    as: 'text',
  },
  { name: 'Arabic letters without a space', text: (n) => `مغنيسيوم ${repeat('ل', n)} 100 ملغ`, as: 'text' },
];

export interface HostileResult {
  case: string;
  chars: number;
  smallMs: number;
  largeMs: number;
  /** largeMs ÷ smallMs: about SCALE when linear. */
  growth: number;
}

function read(c: Case, n: number): number {
  const text = c.text(n);
  const t0 = performance.now();
  if (c.as === 'title') analyze({ url: null, store: 'generic', isProductPage: true, title: text });
  else analyze(snapshotFromText(text, new URL('https://example.com/product')));
  return performance.now() - t0;
}

export function runHostile(opts: { runs: number }): HostileResult[] {
  return CASES.map((c) => {
    read(c, SIZE); // warm the patterns
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      small.push(read(c, SIZE));
      large.push(read(c, SIZE * SCALE));
    }
    // A floor of 1 ms keeps a reading too fast to time from making a ratio of noise.
    const smallMs = Math.max(1, median(small));
    const largeMs = median(large);
    return {
      case: c.name,
      chars: SIZE,
      smallMs: round(smallMs, 1),
      largeMs: round(largeMs, 1),
      growth: round(largeMs / smallMs, 1),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--runs');
  const runs = i >= 0 ? Number(process.argv[i + 1]) || 3 : 3;
  for (const r of runHostile({ runs }))
    console.log(`${r.case}: ${r.chars} chars ${r.smallMs} ms, ×${SCALE} ${r.largeMs} ms (grows ${r.growth}×)`);
}
