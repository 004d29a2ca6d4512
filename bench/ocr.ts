// Label-image OCR benchmark (issue 12): the time to read one label picture with the extension's engine
// (tesseract.js, the same WebAssembly build and English data the extension ships), in Node on this
// machine: first use (starting the engine and loading its data, then one read) and warm reads of
// the same picture, median and worst. In the extension the engine runs in a worker of the OCR page;
// the work is the same.
//   npx tsx bench/ocr.ts [--runs N]
import { resolve } from 'node:path';
import { createEngine } from '../src/ocr/engine';
import { englishDataDir, readImageFile } from '../src/cli/image';
import { ROOT, median, round } from './common';

export interface OcrBenchResult {
  label: string;
  firstUseMs: number;
  warmMedianMs: number;
  warmWorstMs: number;
  runs: number;
}

/** A simple panel (the Amazon fixture's picture) and a 30-row multi-nutrient panel from the image set. */
const LABELS = [
  ['Amazon glycinate panel (440×173)', 'test/fixtures/amazon/magnesium-glycinate-label.png'],
  ['multi-nutrient panel, 30 rows (663×1022)', 'test/fixtures/label-images/iherb-10152--plain.png'],
] as const;

export async function runOcr({ runs = 5 } = {}): Promise<OcrBenchResult[]> {
  const results: OcrBenchResult[] = [];
  for (const [label, file] of LABELS) {
    const image = readImageFile(resolve(ROOT, file));
    const started = performance.now();
    const engine = await createEngine({ langPath: englishDataDir() });
    await engine.read(image);
    const firstUseMs = performance.now() - started;
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await engine.read(image);
      warm.push(performance.now() - t);
    }
    await engine.terminate();
    results.push({
      label,
      firstUseMs: round(firstUseMs),
      warmMedianMs: round(median(warm)),
      warmWorstMs: round(Math.max(...warm)),
      runs,
    });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--runs');
  console.table(await runOcr(i > 0 ? { runs: Number(process.argv[i + 1]) } : {}));
}
