// What the background and the OCR page (src/extension/ocr-page.ts) say to each other. Plain types:
// both ends are MagLens's own pages, and the page's answer is checked where it is used.
import type { OcrLine } from '../ocr/label-text';

/** A box in CSS pixels of the page's viewport. */
export interface ViewportBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrRequest {
  type: 'ocr-read';
  /** The visible tab as captured (a PNG data: URL). */
  capture: string;
  /** The image's box in the viewport, and the viewport's width, both in CSS pixels. */
  box: ViewportBox;
  viewportWidth: number;
}

export type OcrReply = { ok: true; lines: OcrLine[]; confidence: number } | { ok: false; error: string };
