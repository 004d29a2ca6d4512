// Any page's text in the real browser: the paste box gives the analysis that
// `npm run analyze -- page.txt` gives for the same text (the expected figures are computed here with
// the same reader and core under Node). Chromium only: the paste box is the same code in Firefox,
// and a Firefox test costs about 4 s (docs/browser-tests.md). The one-off reader on pages no store
// claims needs activeTab, which only a real click on the toolbar button grants: its read is covered
// by a unit test (test/unit/stores.test.ts) over linkedom.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import type { PopupView } from './driver';
import { snapshotFromText } from '../../src/stores/registry';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/schema';
import { formatMg } from '../../src/ui/format';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const ARTICLE_URL = 'https://www.amazon.com/gp/help/customer/display.html';
const devPage = (file: string) => readFileSync(resolve(PAGES, file), 'utf8');

async function expectShows(popup: PopupView, a: Analysis) {
  const forms = await popup.attrs('[data-testid="form"]', 'data-form');
  expect(forms).toEqual(a.forms.length ? a.forms.map((f) => f.id) : ['unknown']);
  expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis')).toBe(a.elementalMgPerServing?.basis ?? null);
  expect((await popup.texts('mg-per-day'))[0]).toBe(a.elementalMgPerDay ? formatMg(a.elementalMgPerDay) : 'not stated');
}

for (const file of ['en-vitagene-now-citrate-caps.txt', 'de-sunday-magnesiumcitrat-pulver.txt', 'it-drmax-mag2-40-bustine.txt']) {
  test(`pasting the text of ${file} gives the CLI's analysis @chromium-only`, async ({ driver }) => {
    const text = devPage(file);
    const expected = analyze(snapshotFromText(text, null));
    expect(expected.containsMagnesium).toBe(true);
    driver.serve(ARTICLE_URL, '<!doctype html><html><body><h1>Help</h1><p>Returns and refunds.</p></body></html>');
    await driver.open(ARTICLE_URL);
    const popup = await driver.openPopup();
    await popup.waitForState('unsupported-page');
    await popup.fill('paste-text', text);
    await popup.click('paste-submit');
    await popup.waitForState('analysis');
    await expectShows(popup, expected);
  });
}
