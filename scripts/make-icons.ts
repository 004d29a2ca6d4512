// Renders assets/icon.svg to the PNG sizes the manifest uses (public/icon/<size>.png), with the
// Chromium the test suite uses. Re-run after editing the SVG: npx tsx scripts/make-icons.ts
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from '../test/e2e/browsers';

const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser('chromium') });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
