import { defineConfig } from '@playwright/test';
import type { Target } from './test/e2e/driver';

// One worker: on 2 cores a second browser slows both (docs/browser-tests.md §5).
export default defineConfig<{ target: Target }, { target: Target }>({
  testDir: 'test/e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // The JSON report's path comes from PLAYWRIGHT_JSON_OUTPUT_NAME (scripts/test.mjs sets one per browser).
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e.json' }]],
  projects: [
    { name: 'chromium', use: { target: 'chromium' } },
    // Tests tagged @chromium-only are not registered for Firefox (~4 s a Firefox test; see their comments).
    { name: 'firefox', use: { target: 'firefox' }, grepInvert: /@chromium-only/ },
  ],
});
