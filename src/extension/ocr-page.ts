// Runs in the OCR page only: crops the captured tab to the label image and reads it with the engine.
// The engine starts on the first request and stays warm for the next label; a minute after the last
// read it is stopped, so its worker's memory (tens of MB) is not held while nobody reads labels.
import { browser } from 'wxt/browser';
import { createEngine, type OcrEngine } from '../ocr/engine';
import type { RgbaImage } from '../ocr/image';
import type { OcrReply, OcrRequest } from './ocr-protocol';

let engine: Promise<OcrEngine> | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
const IDLE_MS = 60_000;

function stopWhenIdle(): void {
  clearTimeout(idle);
  idle = setTimeout(() => {
    const running = engine;
    engine = null;
    void running?.then((e) => e.terminate()).catch(() => undefined);
  }, IDLE_MS);
}

function startEngine(): Promise<OcrEngine> {
  const base = `${browser.runtime.getURL('/')}ocr/`;
  engine ??= createEngine({
    langPath: base.replace(/\/$/, ''),
    workerPath: `${base}worker.min.js`,
    corePath: `${base}tesseract-core-simd-lstm.js`,
  });
  return engine;
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The label's pixels: the capture is in device pixels, the box in CSS pixels of the same viewport. */
async function labelPixels(request: OcrRequest): Promise<RgbaImage> {
  const bitmap = await createImageBitmap(
    new Blob([dataUrlBytes(request.capture) as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
  );
  const ratio = bitmap.width / request.viewportWidth;
  const x = Math.max(0, Math.floor(request.box.x * ratio));
  const y = Math.max(0, Math.floor(request.box.y * ratio));
  const width = Math.max(1, Math.min(bitmap.width - x, Math.ceil(request.box.width * ratio)));
  const height = Math.max(1, Math.min(bitmap.height - y, Math.ceil(request.box.height * ratio)));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, x, y, width, height, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}

async function read(request: OcrRequest): Promise<OcrReply> {
  clearTimeout(idle);
  try {
    const [image, ocr] = await Promise.all([labelPixels(request), startEngine()]);
    const { lines, confidence } = await ocr.read(image);
    return { ok: true, lines, confidence };
  } catch (error) {
    engine = null;
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    stopWhenIdle();
  }
}

export function serveOcr(): void {
  // The polyfill sends the promise's value as the reply; other messages get none from this page.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const request = raw as Partial<OcrRequest> | null;
    if (request?.type !== 'ocr-read' || typeof request.capture !== 'string' || !request.box) return undefined;
    return read(request as OcrRequest);
  });
}
