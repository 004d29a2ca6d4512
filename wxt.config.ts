import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// Gecko id: fixed so Firefox keeps storage across updates and tests can address the add-on.
export const GECKO_ID = 'maglens@maglens.app';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * tesseract.js names its CDN as the default place of its worker, core and language data. MagLens always
 * passes its own files (src/extension/ocr-page.ts), so the defaults are dead; they are blanked so that
 * no address outside the extension ships (test/unit/privacy.test.ts).
 */
const NO_CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/[^'"`]*/g;
const blankCdn = (code: string) => code.replace(NO_CDN, '');

function tesseractWithoutCdn(): Plugin {
  return {
    name: 'maglens:tesseract-without-cdn',
    transform(code, id) {
      return id.includes('/node_modules/tesseract.js/') && NO_CDN.test(code) ? blankCdn(code) : null;
    },
  };
}

/**
 * WXT adds a module script to every HTML page to start its runtime plugins. MagLens has none, so the
 * script is an empty try block; in the popup it was one more fetch before the first screen. It is
 * taken out only while that chunk has nothing in it (no import): a WXT module that adds a plugin
 * keeps it.
 */
function withoutEmptyPluginLoader(): Plugin {
  return {
    name: 'maglens:without-empty-plugin-loader',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name.includes('wxt-html-plugins'));
        if (!chunk || chunk.type !== 'chunk' || chunk.imports.length > 0 || !/^try\{\}catch/.test(chunk.code)) return html;
        return html.replace(new RegExp(`\\s*<script[^>]*src="/${chunk.fileName}"[^>]*></script>`), '');
      },
    },
  };
}

/**
 * The OCR engine's files, loaded only when the user asks to read a label image: tesseract.js's worker,
 * the SIMD LSTM build of Tesseract (WebAssembly; every browser MagLens supports has SIMD) and the
 * English "best_int" model (docs/design.md, "Label images").
 */
const OCR_FILES = [
  { from: join(packageDir('tesseract.js'), 'dist/worker.min.js'), to: 'ocr/worker.min.js', clean: true },
  { from: join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.js'), to: 'ocr/tesseract-core-simd-lstm.js' },
  { from: join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm'), to: 'ocr/tesseract-core-simd-lstm.wasm' },
  { from: join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'), to: 'ocr/eng.traineddata.gz' },
];

/** Extension pages may compile WebAssembly (the OCR engine); nothing else is loosened. */
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), tesseractWithoutCdn(), withoutEmptyPluginLoader()],
    // Extension pages load their chunks natively; Vite's modulepreload polyfill would be the one
    // fetch() in the build, and test/unit/privacy.test.ts requires none.
    build: { modulePreload: { polyfill: false } },
    // linkedom (the background's parser for page extracts) falls back to its own shim when the
    // optional native 'canvas' package is missing; a bundle has no such fallback, so point it there.
    resolve: { alias: { canvas: fileURLToPath(new URL('./node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)) } },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const f of OCR_FILES)
        files.push(
          f.clean
            ? { relativeDest: f.to, contents: blankCdn(readFileSync(f.from, 'utf8')) }
            : { absoluteSrc: f.from, relativeDest: f.to },
        );
    },
  },
  manifest: ({ browser }) => ({
    name: 'MagLens — magnesium label reader',
    description:
      'Reads magnesium supplement labels on store pages: form, absorption tier, elemental mg per day against the upper limit, and the evidence behind the claims. Runs locally.',
    // scripting: run the generic readers in the active tab when the user opens the popup (activeTab).
    // offscreen (Chrome): the label-image reader runs Tesseract in an offscreen document, since an MV3
    // service worker cannot start the engine's worker; Firefox runs it in the background page.
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: 'MagLens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // WXT's manifest types lack data_collection_permissions; MagLens collects nothing.
            // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android) on.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } as Record<
              string,
              unknown
            >,
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
