// Size budgets of issue 7, checked on the built Chrome extension (sizes are deterministic for a build):
// each content script ≤ 30 KB gzipped, the popup's JavaScript ≤ 60 KB gzipped. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, BUILD_FIRST, bundleSizes, kb } from '../../bench/sizes';

const OUTPUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

describe('bundle size budgets (.output/chrome-mv3)', () => {
  it('the build is there', () => {
    if (!existsSync(resolve(OUTPUT, 'manifest.json'))) expect.fail(BUILD_FIRST);
  });

  it(`each content script is at most ${kb(BUDGETS.contentScriptGzip)} gzipped`, () => {
    if (!existsSync(resolve(OUTPUT, 'manifest.json'))) expect.fail(BUILD_FIRST);
    const { contentScripts } = bundleSizes(OUTPUT);
    expect(contentScripts.length).toBeGreaterThan(0);
    for (const cs of contentScripts) {
      expect(cs.gzip, `${cs.file}: ${kb(cs.gzip)} gzipped (${kb(cs.raw)} raw)`).toBeLessThanOrEqual(BUDGETS.contentScriptGzip);
    }
  });

  it(`the popup's JavaScript is at most ${kb(BUDGETS.popupGzip)} gzipped`, () => {
    if (!existsSync(resolve(OUTPUT, 'manifest.json'))) expect.fail(BUILD_FIRST);
    const { popup } = bundleSizes(OUTPUT);
    expect(popup.files.length).toBeGreaterThan(0);
    const what = popup.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
    expect(popup.total.gzip, `popup: ${kb(popup.total.gzip)} gzipped (${what})`).toBeLessThanOrEqual(BUDGETS.popupGzip);
  });

  // Each file before the first screen is one more fetch and compile (issue 13's popup speed): the popup
  // is built as one script (entrypoints/popup-app.tsx), and WXT's empty plugin loader is dropped
  // (wxt.config.ts).
  it('the popup loads one script file', () => {
    if (!existsSync(resolve(OUTPUT, 'manifest.json'))) expect.fail(BUILD_FIRST);
    expect(bundleSizes(OUTPUT).popup.files.map((f) => f.file)).toEqual(['popup-app.js']);
  });
});
