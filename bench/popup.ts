// Popup benchmark (issue 13): time from opening popup.html (built extension loaded, an analysed iHerb
// product page open before it) to `[data-maglens="popup"][data-state="analysis"]` in the DOM, against an
// empty Preact page opened the same way: an extension page in a tab. The empty page is the same
// one-element Preact render (bench/empty-page.tsx bundled by esbuild) in a throwaway extension built
// into a temporary folder for the run, loaded beside MagLens, so both pay the same extension-page start
// (its renderer, the extension APIs) and the ratio is the popup's own work. The empty page as a data:
// URL with its script inline (the baseline before) is still timed and reported.
// Each page is timed inside itself: an init script's MutationObserver records performance.now() (ms
// since the navigation started) when the selector first matches. Runs alternate which goes first. Only
// the product page's requests are routed (page.route): extension files and the data: URL load as they are.
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_OUTPUT, PAGES, bundle, fixtureHtml, launchChromium, median, round } from './common';

export interface PopupResult {
  runs: number;
  /** Median ms from navigation start to the analysis rendered. */
  popupMs: number;
  /** Median ms from navigation start to the empty Preact page rendered, as an extension page. */
  emptyPreactMs: number;
  /** Median of per-run popup / empty (both extension pages). */
  ratio: number;
  /** The same empty page as a data: URL with its script inline, for comparison with earlier runs. */
  emptyDataUrlMs: number;
  /** Median of per-run popup / empty data: URL page. */
  ratioToDataUrl: number;
  perRun: { popupMs: number; emptyPreactMs: number; ratio: number; emptyDataUrlMs: number }[];
  method: string;
}

const POPUP_READY = '[data-maglens="popup"][data-state="analysis"]';
const EMPTY_READY = '[data-bench="ready"]';
const READY = `${POPUP_READY}, ${EMPTY_READY}`;

// Runs at document start in the page (as source text: tsx's transform would add helpers a function's
// toString() does not carry): notes when the ready selector first matches.
const WATCH_READY = `(() => {
  const selectors = ${JSON.stringify(READY)};
  const observer = new MutationObserver(() => {
    if (window.__benchReadyAt === undefined && document.querySelector(selectors)) {
      window.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state', 'data-bench'] });
})();`;

async function timeOpen(context: BrowserContext, url: string, selector: string): Promise<number> {
  const page = await context.newPage();
  try {
    // Raw CDP: Playwright's addInitScript does not reach chrome-extension:// pages.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: WATCH_READY });
    await page.goto(url);
    await page.locator(selector).waitFor({ state: 'attached', timeout: 15_000 });
    const at = await page.evaluate(() => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt);
    if (at === undefined) throw new Error(`the init script did not run in ${url.slice(0, 40)}`);
    return at;
  } finally {
    await page.close();
  }
}

const emptyHtml = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body><div id="app"></div>${script}</body></html>`;

/** A throwaway extension whose one page is the empty Preact page, its script a file as the popup's is. */
function writeEmptyExtension(js: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'maglens-bench-empty-'));
  // A service worker only so that its id can be read the way MagLens's is.
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty Preact page',
      version: '1.0',
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'empty.html'), emptyHtml('<script src="/empty.js"></script>'));
  writeFileSync(join(dir, 'empty.js'), js);
  return dir;
}

export async function runPopup(options: { runs?: number } = {}): Promise<PopupResult> {
  const runs = options.runs ?? 11;
  const js = await bundle('bench/empty-page.tsx', { jsx: true });
  const dataUrl = `data:text/html;charset=utf-8,${encodeURIComponent(emptyHtml(`<script>${js}</script>`))}`;
  const emptyExtension = writeEmptyExtension(js);
  const context = await launchChromium(false, {
    args: [
      `--disable-extensions-except=${CHROME_OUTPUT},${emptyExtension}`,
      `--load-extension=${CHROME_OUTPUT},${emptyExtension}`,
    ],
  });
  try {
    const ids = new Map<string, string>(); // extension folder's worker file → extension id
    while (ids.size < 2) {
      for (const w of context.serviceWorkers()) ids.set(new URL(w.url()).pathname, new URL(w.url()).host);
      if (ids.size < 2) await context.waitForEvent('serviceworker');
    }
    const popupUrl = `chrome-extension://${ids.get('/background.js')}/popup.html`;
    const emptyUrl = `chrome-extension://${ids.get('/worker.js')}/empty.html`;

    const product = PAGES[0]!;
    const html = fixtureHtml(product.fixture);
    const store: Page = await context.newPage();
    await store.route('**/*', async (route) => {
      if (route.request().url().split('#')[0] === product.url)
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else await route.abort('blockedbyclient');
    });
    await store.goto(product.url);
    // Warm-up, untimed: the content script's result reaches the background; both pages load once.
    await timeOpen(context, popupUrl, POPUP_READY);
    await timeOpen(context, emptyUrl, EMPTY_READY);
    await timeOpen(context, dataUrl, EMPTY_READY);

    const perRun: PopupResult['perRun'] = [];
    for (let i = 0; i < runs; i++) {
      let popupMs = 0;
      let emptyPreactMs = 0;
      let emptyDataUrlMs = 0;
      const popup = async () => {
        await store.bringToFront(); // the popup in a tab describes the tab used last before it
        popupMs = await timeOpen(context, popupUrl, POPUP_READY);
      };
      const empty = async () => {
        emptyPreactMs = await timeOpen(context, emptyUrl, EMPTY_READY);
        emptyDataUrlMs = await timeOpen(context, dataUrl, EMPTY_READY);
      };
      if (i % 2) {
        await empty();
        await popup();
      } else {
        await popup();
        await empty();
      }
      perRun.push({
        popupMs: round(popupMs, 1),
        emptyPreactMs: round(emptyPreactMs, 1),
        ratio: round(popupMs / emptyPreactMs, 2),
        emptyDataUrlMs: round(emptyDataUrlMs, 1),
      });
    }
    return {
      runs,
      popupMs: round(median(perRun.map((r) => r.popupMs)), 1),
      emptyPreactMs: round(median(perRun.map((r) => r.emptyPreactMs)), 1),
      ratio: round(median(perRun.map((r) => r.ratio)), 2),
      emptyDataUrlMs: round(median(perRun.map((r) => r.emptyDataUrlMs)), 1),
      ratioToDataUrl: round(median(perRun.map((r) => r.popupMs / r.emptyDataUrlMs)), 2),
      perRun,
      method:
        'in-page MutationObserver (init script), ms since navigation start; the empty Preact page as an extension page of a throwaway extension (its IIFE bundle a file), and as a data: URL with it inline',
    };
  } finally {
    await context.close();
    rmSync(emptyExtension, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runPopup(), null, 1));
}
