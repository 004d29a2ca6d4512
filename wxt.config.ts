import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// Gecko id: fixed so Firefox keeps storage across updates and tests can address the add-on.
export const GECKO_ID = 'maglens@maglens.app';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Extension pages load their chunks natively; Vite's modulepreload polyfill would be the one
    // fetch() in the build, and test/unit/privacy.test.ts requires none.
    build: { modulePreload: { polyfill: false } },
    // linkedom (the background's parser for page extracts) falls back to its own shim when the
    // optional native 'canvas' package is missing; a bundle has no such fallback, so point it there.
    resolve: { alias: { canvas: fileURLToPath(new URL('./node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)) } },
  }),
  manifest: ({ browser }) => ({
    name: 'MagLens — magnesium label reader',
    description:
      'Reads magnesium supplement labels on store pages: form, absorption tier, elemental mg per day against the upper limit, and the evidence behind the claims. Runs locally.',
    // scripting: run the generic readers in the active tab when the user opens the popup (activeTab).
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
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
