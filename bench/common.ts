// Shared pieces of the benchmarks: fixtures and their real URLs, medians, esbuild bundling, browser launch.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test';
import { findBrowser } from '../test/e2e/browsers';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_OUTPUT = resolve(ROOT, '.output/chrome-mv3');

export interface BenchPage {
  name: string;
  url: string;
  fixture: string;
  /** Run in the page right after load, before anything is measured: what the store's own scripts do live. */
  prepare?: string;
}
export const PAGES: BenchPage[] = [
  {
    name: 'iherb two-a-day (real page)',
    url: 'https://www.iherb.com/pr/california-gold-nutrition-multivitamin-and-mineral-with-methyl-b12-vitamin-c-l-methylfolate-and-quercetin-two-a-day-60-veggie-capsules/104996',
    fixture: 'iherb/two-a-day-multivitamin.html',
    // The saved page keeps the product block hidden (`.product-grouping-wrapper.defer-block`, with an
    // inline display:none) until iHerb's scripts, which cannot run offline, show it: without this,
    // innerText reads only the header's 319 characters. The analysis reads textContent either way.
    prepare: `document.querySelectorAll('.product-grouping-wrapper').forEach((e) => { e.classList.remove('defer-block'); e.style.removeProperty('display'); })`,
  },
  { name: 'amazon glycinate', url: 'https://www.amazon.com/dp/B0MGLY4001', fixture: 'amazon/magnesium-glycinate.html' },
];

export function fixtureHtml(path: string): string {
  return readFileSync(resolve(ROOT, 'test/fixtures', path), 'utf8');
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** An IIFE bundle of one entry file (minified like the extension's build), as source text. */
export async function bundle(entry: string, options: { jsx?: boolean } = {}): Promise<string> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    // linkedom's optional native 'canvas' (see wxt.config.ts): its own shim, as in the extension's build.
    alias: { canvas: resolve(ROOT, 'node_modules/linkedom/commonjs/canvas-shim.cjs') },
    ...(options.jsx ? { jsx: 'automatic' as const, jsxImportSource: 'preact' } : {}),
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced nothing for ${entry}`);
  return out.text;
}

/** Headless Debian Chromium (never a downloaded one), optionally with the built extension. */
export async function launchChromium(
  withExtension: boolean,
  options: { pageScripts?: boolean; args?: LaunchOptions['args'] } = {},
): Promise<BrowserContext> {
  const args = withExtension ? [`--disable-extensions-except=${CHROME_OUTPUT}`, `--load-extension=${CHROME_OUTPUT}`] : [];
  return await chromium.launchPersistentContext('', {
    executablePath: findBrowser('chromium'),
    headless: true,
    // Page scripts off: the saved pages are the DOM after the store's scripts ran, and those scripts
    // only fail offline (and double the iHerb page's load time). evaluate() still runs.
    javaScriptEnabled: options.pageScripts ?? true,
    args: [...args, ...(options.args ?? [])],
  });
}

/** Serve `html` at `url` for this context; abort every other non-extension request. */
export async function serveOnly(context: BrowserContext, served: Map<string, string>): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return await route.continue();
    const html = served.get(url.split('#')[0]!);
    if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else await route.abort('blockedbyclient');
  });
}
