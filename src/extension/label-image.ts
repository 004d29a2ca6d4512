// Reading a label that the page shows only as a picture, on the user's request (the popup's button or
// the image's context menu, both gestures that grant activeTab). The background finds the image in the
// tab, brings it into view, captures the visible tab (no download, no host permission), has the OCR page
// read the label's box, and analyses the text with the page's own snapshot (src/ocr/read-label.ts).
import { browser } from 'wxt/browser';
import type { ImageChoice } from './messages';
import type { OcrReply, OcrRequest, ViewportBox } from './ocr-protocol';
import type { OcrLine } from '../ocr/label-text';

interface Located {
  choices: ImageChoice[];
  chosen: { box: ViewportBox; viewportWidth: number; clipped: boolean } | null;
}

/** What the user asked to read: an image by its address (context menu), by its place in the list, or the one in view. */
export interface LabelImageWant {
  srcUrl?: string;
  pick?: number;
}

// Runs in the page (injected, so self-contained): the page's large images, and the box of the one to
// read, scrolled into view. Smaller than 120 CSS px a side is a thumbnail or an icon, not a readable label.
async function locateInPage(srcUrl: string | null, pick: number | null): Promise<Located> {
  const MIN_SIDE = 120;
  const images = [...document.images].filter((img) => {
    const r = img.getBoundingClientRect();
    return r.width >= MIN_SIDE && r.height >= MIN_SIDE && getComputedStyle(img).visibility !== 'hidden';
  });
  const choices = images.map((img, index) => {
    const r = img.getBoundingClientRect();
    return { index, alt: (img.alt || '').trim().slice(0, 100), width: Math.round(r.width), height: Math.round(r.height) };
  });
  const inView = (img: HTMLImageElement) => {
    const r = img.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return w * h;
  };
  let target: HTMLImageElement | undefined;
  if (srcUrl) target = images.find((img) => img.currentSrc === srcUrl || img.src === srcUrl);
  else if (pick !== null) target = images[pick];
  else {
    const ranked = images.map((img) => ({ img, area: inView(img) })).sort((a, b) => b.area - a.area);
    const [first, second] = ranked;
    // Two images about as large in view: the user picks (a gallery of labels, a comparison row).
    if (first && first.area > 0 && !(second && second.area >= first.area * 0.8)) target = first.img;
    else if (!first || first.area === 0) {
      // None in view: the page's main picture, when one is clearly the largest, scrolled into view.
      const size = (img: HTMLImageElement) => img.getBoundingClientRect().width * img.getBoundingClientRect().height;
      const bySize = [...images].sort((a, b) => size(b) - size(a));
      if (bySize[0] && (!bySize[1] || size(bySize[0]) >= 1.5 * size(bySize[1]))) target = bySize[0];
    }
  }
  if (!target) return { choices, chosen: null };
  let r = target.getBoundingClientRect();
  if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
    target.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    // Two frames for the scroll to be painted, and a little more for the compositor to hand it to a capture.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 150));
    r = target.getBoundingClientRect();
  }
  const x = Math.max(0, r.left);
  const y = Math.max(0, r.top);
  const width = Math.min(r.right, innerWidth) - x;
  const height = Math.min(r.bottom, innerHeight) - y;
  return {
    choices,
    chosen: { box: { x, y, width, height }, viewportWidth: innerWidth, clipped: width < r.width - 1 || height < r.height - 1 },
  };
}

const OCR_PAGE = '/ocr.html';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/** The OCR page: an offscreen document in Chrome, a frame of the background page in Firefox. */
async function ensureOcrPage(): Promise<void> {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  const url = browser.runtime.getURL(OCR_PAGE);
  if (offscreen) {
    if (await offscreen.hasDocument?.()) return;
    await offscreen
      .createDocument({
        url,
        reasons: ['WORKERS'],
        justification: 'Reads a supplement label image on the device (Tesseract OCR).',
      })
      .catch((error: unknown) => {
        // Two reads at once: the second finds the first one's document.
        if (!String(error).includes('single offscreen')) throw error;
      });
    return;
  }
  if (typeof document === 'undefined') throw new Error('no place to run the label reader');
  if (document.querySelector('iframe[data-maglens-ocr]')) return;
  const frame = document.createElement('iframe');
  frame.dataset.maglensOcr = '';
  frame.src = url;
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('the label reader did not load')), { once: true });
    document.body.append(frame);
  });
}

async function ocr(request: OcrRequest): Promise<{ lines: OcrLine[] }> {
  await ensureOcrPage();
  const reply = (await browser.runtime.sendMessage(request)) as OcrReply | undefined;
  if (!reply) throw new Error('the label reader did not answer');
  if (!reply.ok) throw new Error(`the label reader failed: ${reply.error}`);
  return reply;
}

const NO_IMAGE =
  'No large image is in view. Open the label picture (on Amazon, click the Supplement Facts image so it shows large), then try again.';

/**
 * Finds, captures and reads the label image in a tab. Resolves to the OCR lines, or to the choices when
 * it is not clear which image holds the label, or to an error in words.
 */
export async function captureLabel(
  tabId: number,
  want: LabelImageWant,
): Promise<{ lines: OcrLine[] | null; choices: ImageChoice[]; error: string | null; clipped: boolean }> {
  const tab = await browser.tabs.get(tabId);
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: locateInPage,
    args: [want.srcUrl ?? null, want.pick ?? null],
  });
  const located = injection?.result as Located | undefined;
  if (!located) return { lines: null, choices: [], error: 'MagLens could not look at this page.', clipped: false };
  if (!located.chosen) {
    const error = located.choices.length ? null : NO_IMAGE;
    return { lines: null, choices: located.choices, error, clipped: false };
  }
  const capture = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  const { lines } = await ocr({
    type: 'ocr-read',
    capture,
    box: located.chosen.box,
    viewportWidth: located.chosen.viewportWidth,
  });
  return { lines, choices: located.choices, error: null, clipped: located.chosen.clipped };
}
