// Pixels for the OCR engine: pure functions on plain arrays, the same in the extension (pixels from a
// canvas) and in the CLI (pixels from a decoded file). A label photo or screenshot becomes one
// greyscale image with dark text on a light ground, large enough for Tesseract's line recogniser,
// encoded as a BMP the engine reads in both places (no canvas or codec needed).

/** RGBA pixels, 4 bytes a pixel, row by row (the shape of ImageData). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** One byte of luminance a pixel. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A box in image pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Tesseract reads text best at a cap height of about 20–40 px; small label type is 8–12 px on screen. */
const TARGET_WIDTH = 1600;
const MAX_SCALE = 4;
/** Above this the engine's time and memory grow with no gain in accuracy. */
const MAX_PIXELS = 8_000_000;

export function toGrey(image: RgbaImage): GreyImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < out.length; i += 4, p++) {
    const alpha = data[i + 3]! / 255;
    const lum = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    // Transparent pixels read as the white of a page.
    out[p] = Math.round(lum * alpha + 255 * (1 - alpha));
  }
  return { width, height, data: out };
}

export function crop(image: RgbaImage, box: Box): RgbaImage {
  const x0 = clamp(Math.round(box.x), 0, image.width);
  const y0 = clamp(Math.round(box.y), 0, image.height);
  const x1 = clamp(Math.round(box.x + box.width), x0, image.width);
  const y1 = clamp(Math.round(box.y + box.height), y0, image.height);
  const width = x1 - x0;
  const height = y1 - y0;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * image.width + x0) * 4;
    data.set(image.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

function histogram(image: GreyImage): Uint32Array {
  const counts = new Uint32Array(256);
  for (const v of image.data) counts[v]!++;
  return counts;
}

/** Otsu's threshold: the grey level that best splits the pixels into two classes (ink and ground). */
export function otsuThreshold(image: GreyImage): number {
  const counts = histogram(image);
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * counts[v]!;
  let sumBelow = 0;
  let weightBelow = 0;
  let best = 127;
  let bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    weightBelow += counts[t]!;
    if (weightBelow === 0) continue;
    const weightAbove = total - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += t * counts[t]!;
    const meanBelow = sumBelow / weightBelow;
    const meanAbove = (sumAll - sumBelow) / weightAbove;
    const variance = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}

/** True when most of the image is darker than the ink/ground split: light text on a dark panel. */
export function isLightOnDark(image: GreyImage): boolean {
  const t = otsuThreshold(image);
  let dark = 0;
  for (const v of image.data) if (v <= t) dark++;
  return dark > image.data.length / 2;
}

function invert(image: GreyImage): GreyImage {
  return { ...image, data: image.data.map((v) => 255 - v) };
}

/**
 * The typical height of a line of text, in pixels: the median run of rows that hold more ink than the
 * panel's rules and borders alone (a row crossing only the vertical borders is not text). Null when the
 * image shows no such runs.
 */
export function textLineHeight(image: GreyImage, threshold = otsuThreshold(image)): number | null {
  const { width, height, data } = image;
  const inkPerRow = new Uint32Array(height);
  for (let y = 0; y < height; y++) {
    let ink = 0;
    for (let x = 0, at = y * width; x < width; x++, at++) if (data[at]! <= threshold) ink++;
    inkPerRow[y] = ink;
  }
  const floor = [...inkPerRow].sort((a, b) => a - b)[Math.floor(height * 0.1)] ?? 0;
  const margin = Math.max(2, width * 0.01);
  const runs: number[] = [];
  let run = 0;
  for (let y = 0; y <= height; y++) {
    const text = y < height && inkPerRow[y]! > floor + margin && inkPerRow[y]! < width * 0.9;
    if (text) run++;
    else if (run) {
      if (run >= 4) runs.push(run);
      run = 0;
    }
  }
  if (runs.length < 3) return null;
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

/**
 * Lines are enlarged to about this height (cap to descender), in pixels: on the label-image set, 28 px
 * read every figure a sample of 16 labels held, as 36 px did, in three quarters of the time; 22 px
 * and 18 px lost figures (bench/ocr.ts measures the time).
 */
const TARGET_LINE_HEIGHT = 28;
/** A skewed photo's rows run together: a "line" taller than this is not one, and the width decides. */
const MAX_LINE_HEIGHT = 30;

/**
 * How much to enlarge an image so small label type reaches a readable size: by its line height when
 * the text shows one, else by its width.
 */
export function upscaleFactor(width: number, height: number, lineHeight: number | null = null): number {
  if (width <= 0 || height <= 0) return 1;
  const byLines = lineHeight !== null && lineHeight <= MAX_LINE_HEIGHT;
  const wanted = Math.min(MAX_SCALE, byLines ? TARGET_LINE_HEIGHT / lineHeight : TARGET_WIDTH / width);
  const allowed = Math.sqrt(MAX_PIXELS / (width * height));
  return Math.max(1, Math.min(wanted, allowed));
}

/** Bilinear resize by a factor (≥ 1 enlarges). */
export function scale(image: GreyImage, factor: number): GreyImage {
  if (factor === 1) return image;
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const out = new Uint8Array(width * height);
  const src = image.data;
  const sw = image.width;
  const sh = image.height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(sh - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const dy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(sw - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(sw - 1, x0 + 1);
      const dx = fx - x0;
      const top = src[y0 * sw + x0]! * (1 - dx) + src[y0 * sw + x1]! * dx;
      const bottom = src[y1 * sw + x0]! * (1 - dx) + src[y1 * sw + x1]! * dx;
      out[y * width + x] = Math.round(top * (1 - dy) + bottom * dy);
    }
  }
  return { width, height, data: out };
}

/** Black ink on white: every pixel at or below the threshold becomes 0, the rest 255. */
export function binarize(image: GreyImage, threshold = otsuThreshold(image)): GreyImage {
  return { ...image, data: image.data.map((v) => (v <= threshold ? 0 : 255)) };
}

export interface Prepared {
  image: GreyImage;
  inverted: boolean;
  scale: number;
}

/** Greyscale, dark ink on a light ground, enlarged for small type, then split into ink and ground. */
export function prepareForOcr(image: RgbaImage): Prepared {
  let grey = toGrey(image);
  const inverted = isLightOnDark(grey);
  if (inverted) grey = invert(grey);
  const factor = upscaleFactor(grey.width, grey.height, textLineHeight(grey));
  return { image: binarize(scale(grey, factor)), inverted, scale: factor };
}

/** An 8-bit greyscale BMP (palette of 256 greys), bottom-up rows padded to 4 bytes. */
export function encodeBmp(image: GreyImage): Uint8Array {
  const rowSize = (image.width + 3) & ~3;
  const paletteSize = 256 * 4;
  const offset = 14 + 40 + paletteSize;
  const size = offset + rowSize * image.height;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = 0x42; // 'B'
  out[1] = 0x4d; // 'M'
  view.setUint32(2, size, true);
  view.setUint32(10, offset, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, image.width, true);
  view.setInt32(22, image.height, true);
  view.setUint16(26, 1, true); // planes
  view.setUint16(28, 8, true); // bits a pixel
  view.setUint32(34, rowSize * image.height, true);
  view.setInt32(38, 2835, true); // 72 dpi
  view.setInt32(42, 2835, true);
  view.setUint32(46, 256, true);
  for (let i = 0; i < 256; i++) {
    const at = 54 + i * 4;
    out[at] = i;
    out[at + 1] = i;
    out[at + 2] = i;
  }
  for (let y = 0; y < image.height; y++) {
    const row = offset + (image.height - 1 - y) * rowSize;
    out.set(image.data.subarray(y * image.width, (y + 1) * image.width), row);
  }
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
