// Playwright fixtures: `driver` is a fresh browser with the built extension, per test, for the
// project's target browser.
import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchDriver, type ExtensionDriver, type PopupState, type Target } from './driver';

export const test = base.extend<{ driver: ExtensionDriver; nativeMenus: boolean }, { target: Target }>({
  target: ['chromium', { option: true, scope: 'worker' }],
  // test.use({ nativeMenus: true }): the browser's own context menu can be opened (driver.chooseMaglensMenuItem).
  nativeMenus: [false, { option: true }],
  driver: async ({ target, nativeMenus }, use) => {
    const driver = await launchDriver(target, { nativeMenus });
    await use(driver);
    await driver.close();
  },
});
export { expect } from '@playwright/test';

export function fixture(path: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', path), 'utf8');
}

/** Serve a fixture at its store address, open it, open the popup and wait for the popup's state. */
export async function popupFor(driver: ExtensionDriver, url: string, file: string, state: PopupState) {
  driver.serve(url, fixture(file));
  const page = await driver.open(url);
  const popup = await driver.openPopup();
  await popup.waitForState(state);
  return { page, popup };
}
