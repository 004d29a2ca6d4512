// The OCR engine: tesseract.js (Tesseract's LSTM recogniser in WebAssembly) with English data shipped
// beside the code. Where its files are differs (the extension's own package, node_modules for the
// CLI); how it is set up and what it returns does not. Nothing here fetches from the network: every
// path is a local file or the extension's own URL.
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { encodeBmp, prepareForOcr, type RgbaImage } from './image';
import type { OcrLine } from './label-text';

export interface EnginePaths {
  /** Folder holding eng.traineddata.gz. */
  langPath: string;
  /** tesseract.js's worker script (browsers only; Node uses its own). */
  workerPath?: string;
  /** Folder holding tesseract-core-*.wasm.js (browsers only). */
  corePath?: string;
}

interface OcrResult {
  lines: OcrLine[];
  /** The engine's mean confidence for the image, 0–100. */
  confidence: number;
  /** How the pixels were prepared. */
  inverted: boolean;
  scale: number;
}

export interface OcrEngine {
  read(image: RgbaImage): Promise<OcrResult>;
  terminate(): Promise<void>;
}

const HAS_DIGIT = /\d/;

function linesOf(page: Awaited<ReturnType<Worker['recognize']>>['data']): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) {
        const digitWords = line.words.filter((w) => HAS_DIGIT.test(w.text));
        lines.push({
          text: line.text.trimEnd(),
          digitConfidence: digitWords.length ? Math.min(...digitWords.map((w) => w.confidence)) : null,
          figures: digitWords.map((w) => ({ text: w.text, confidence: w.confidence })),
        });
      }
  return lines;
}

export async function createEngine(paths: EnginePaths): Promise<OcrEngine> {
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: paths.langPath,
    ...(paths.workerPath ? { workerPath: paths.workerPath, workerBlobURL: false } : {}),
    ...(paths.corePath ? { corePath: paths.corePath } : {}),
    // The data ships with the code; a second copy in IndexedDB would only cost space.
    cacheMethod: 'none',
    gzip: true,
  });
  await worker.setParameters({
    // One column of rows whose cells are kept apart by runs of spaces.
    tessedit_pageseg_mode: PSM.SINGLE_COLUMN,
    preserve_interword_spaces: '1',
    user_defined_dpi: '300',
  });
  return {
    async read(image) {
      const prepared = prepareForOcr(image);
      const { data } = await worker.recognize(encodeBmp(prepared.image) as unknown as Buffer, {}, { text: false, blocks: true });
      return { lines: linesOf(data), confidence: data.confidence, inverted: prepared.inverted, scale: prepared.scale };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
