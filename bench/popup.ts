// Popup benchmark (issue 7): time from opening popup.html (built extension loaded, an analysed iHerb
// product page open before it) to `[data-maglens="popup"][data-state="analysis"]` in the DOM, against an
// empty Preact page (bench/empty-page.tsx bundled by esbuild, opened as a data: URL with the script
// inline) in the same browser, same run, alternating which goes first.
// Both are timed inside the page: an init script's MutationObserver records performance.now() (ms since
// the navigation started) when the selector first matches. Only the product page's requests are routed
// (page.route), so extension files and the data: URL load without interception.
import type { BrowserContext, Page } from '@playwright/test';
import { PAGES, bundle, fixtureHtml, launchChromium, median, round } from './common';

export interface PopupResult {
  runs: number;
  /** Median ms from navigation start to the analysis rendered. */
  popupMs: number;
  /** Median ms from navigation start to the empty Preact page rendered. */
  emptyPreactMs: number;
  /** Median of per-run popup / empty. */
  ratio: number;
  perRun: { popupMs: number; emptyPreactMs: number; ratio: number }[];
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

export async function runPopup(options: { runs?: number } = {}): Promise<PopupResult> {
  const runs = options.runs ?? 11;
  const js = await bundle('bench/empty-page.tsx', { jsx: true });
  const emptyUrl = `data:text/html;charset=utf-8,${encodeURIComponent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body><div id="app"></div><script>${js}</script></body></html>`,
  )}`;
  const context = await launchChromium(true);
  try {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;

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

    const perRun: PopupResult['perRun'] = [];
    for (let i = 0; i < runs; i++) {
      let popupMs = 0;
      let emptyPreactMs = 0;
      const popup = async () => {
        await store.bringToFront(); // the popup in a tab describes the tab used last before it
        popupMs = await timeOpen(context, popupUrl, POPUP_READY);
      };
      const empty = async () => {
        emptyPreactMs = await timeOpen(context, emptyUrl, EMPTY_READY);
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
      });
    }
    return {
      runs,
      popupMs: round(median(perRun.map((r) => r.popupMs)), 1),
      emptyPreactMs: round(median(perRun.map((r) => r.emptyPreactMs)), 1),
      ratio: round(median(perRun.map((r) => r.ratio)), 2),
      perRun,
      method:
        'in-page MutationObserver (init script), ms since navigation start; empty Preact page as a data: URL with its IIFE bundle inline',
    };
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runPopup(), null, 1));
}
