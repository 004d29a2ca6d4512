import { describe, expect, it } from 'vitest';
import {
  binarize,
  crop,
  encodeBmp,
  isLightOnDark,
  otsuThreshold,
  prepareForOcr,
  scale,
  textLineHeight,
  toGrey,
  upscaleFactor,
  type RgbaImage,
} from './image';

/** A w×h RGBA image: ground everywhere, ink in the given pixels. */
function picture(w: number, h: number, ground: number[], ink: number[], inked: (x: number, y: number) => boolean): RgbaImage {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...(inked(x, y) ? ink : ground), 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}

const stripes = (x: number, y: number) => y % 10 < 2 && x > 2 && x < 37;

describe('label pixels for the OCR engine', () => {
  it('reads transparent pixels as a white page and weighs green most', () => {
    const img: RgbaImage = { width: 3, height: 1, data: new Uint8Array([0, 0, 0, 0, 0, 255, 0, 255, 255, 0, 0, 255]) };
    expect([...toGrey(img).data]).toEqual([255, 150, 76]);
  });

  it('splits ink from ground with Otsu and tells light-on-dark panels apart', () => {
    const dark = toGrey(picture(40, 40, [20, 30, 90], [250, 250, 250], stripes));
    const light = toGrey(picture(40, 40, [255, 240, 200], [10, 10, 10], stripes));
    expect(isLightOnDark(dark)).toBe(true);
    expect(isLightOnDark(light)).toBe(false);
    const t = otsuThreshold(light);
    expect(t).toBeGreaterThanOrEqual(10);
    expect(t).toBeLessThan(240);
  });

  it('prepares a white-on-navy panel as dark ink on white, enlarged', () => {
    const prepared = prepareForOcr(picture(40, 40, [20, 30, 90], [250, 250, 250], stripes));
    expect(prepared.inverted).toBe(true);
    expect(prepared.scale).toBe(4);
    expect(prepared.image.width).toBe(160);
    const { data, width } = prepared.image;
    // An inked stripe pixel (x=20,y=0 before scaling) is black now; the ground is white.
    expect(data[2 * width + 80]).toBe(0);
    expect(data[25 * width + 80]).toBe(255);
  });

  it('enlarges small images up to 4× and never past the pixel budget', () => {
    expect(upscaleFactor(400, 300)).toBe(4);
    expect(upscaleFactor(1600, 900)).toBe(1);
    expect(upscaleFactor(800, 600)).toBe(2);
    expect(upscaleFactor(300, 9000)).toBeLessThan(1.8);
    expect(upscaleFactor(0, 10)).toBe(1);
  });

  it('scales bilinearly and binarizes to two values', () => {
    const grey = { width: 2, height: 1, data: new Uint8Array([0, 200]) };
    const big = scale(grey, 2);
    expect(big.width).toBe(4);
    expect(big.data[0]).toBe(0);
    expect(big.data[3]).toBe(200);
    expect(big.height).toBe(2);
    expect([...binarize(big, 100).data]).toEqual([0, 0, 255, 255, 0, 0, 255, 255]);
  });

  it('crops to a box clamped to the image', () => {
    const img = picture(10, 10, [255, 255, 255], [0, 0, 0], (x, y) => x === 5 && y === 5);
    const part = crop(img, { x: 4, y: 4, width: 100, height: 2 });
    expect([part.width, part.height]).toEqual([6, 2]);
    expect(toGrey(part).data[1 * 6 + 1]).toBe(0);
  });

  it('writes an 8-bit greyscale BMP with padded bottom-up rows', () => {
    const bmp = encodeBmp({ width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6]) });
    const view = new DataView(bmp.buffer);
    expect(String.fromCharCode(bmp[0]!, bmp[1]!)).toBe('BM');
    expect(view.getUint32(2, true)).toBe(bmp.length);
    expect(view.getUint16(28, true)).toBe(8);
    const offset = view.getUint32(10, true);
    expect([...bmp.subarray(offset, offset + 8)]).toEqual([4, 5, 6, 0, 1, 2, 3, 0]);
  });
});

describe('how far to enlarge', () => {
  it('measures the line height of printed rows, not of the borders', () => {
    // 60 px wide, 100 tall: a border column at x=0, and five 10-px "lines" of ink with 8-px gaps.
    const img = picture(60, 100, [255, 255, 255], [0, 0, 0], (x, y) => x === 0 || (x > 5 && x < 50 && y % 18 < 10 && y < 90));
    expect(textLineHeight(toGrey(img))).toBe(10);
  });

  it('scales by line height when there is one, by width when rows run together', () => {
    expect(upscaleFactor(600, 900, 14)).toBe(2);
    expect(upscaleFactor(600, 900, 28)).toBe(1);
    expect(upscaleFactor(600, 900, 76)).toBeCloseTo(1600 / 600, 5);
    expect(upscaleFactor(262, 900, 7)).toBe(4);
  });
});
