// Label images for the CLI: decode a PNG or JPEG file to pixels and run the same OCR engine and label
// reader as the extension, with the engine's files taken from node_modules (nothing is downloaded).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { createEngine, type OcrEngine } from '../ocr/engine';
import type { RgbaImage } from '../ocr/image';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg'];

const require = createRequire(import.meta.url);

/** The English data the extension ships: the integer-quantised "best" LSTM model (see README, OCR). */
export function englishDataDir(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

function decodeImage(bytes: Uint8Array): RgbaImage {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: png.data };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
    return { width: img.width, height: img.height, data: img.data };
  }
  throw new Error('not a PNG or JPEG image');
}

export function readImageFile(path: string): RgbaImage {
  return decodeImage(readFileSync(path));
}

let engine: Promise<OcrEngine> | null = null;

/** One engine for the whole run: starting Tesseract costs more than reading a label. */
export function sharedEngine(): Promise<OcrEngine> {
  engine ??= createEngine({ langPath: englishDataDir() });
  return engine;
}

export async function closeEngine(): Promise<void> {
  if (engine) await (await engine).terminate();
  engine = null;
}
