// Every store's saved product pages, served at their real addresses, read by the built extension:
// the popup shows the title the adapter test expects and the analysis the CLI gives for the page.
// Chromium runs them all; Firefox runs Amazon and iHerb (docs/browser-tests.md: ~4 s a Firefox test).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { test, expect, fixture } from './fixtures';
import { snapshotFromDocument } from '../../src/stores/registry';
import { analyze } from '../../src/core/analyze';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(resolve(FIXTURES, d.name))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => ({
        store: d.name,
        page: `${d.name}/${f.replace('.expected.json', '.html')}`,
        expected: JSON.parse(readFileSync(resolve(FIXTURES, d.name, f), 'utf8')) as { url: string; title?: string },
      })),
  );

for (const { store, page, expected } of pages) {
  const tag = ['amazon', 'iherb'].includes(store) ? '' : ' @chromium-only';
  test(`${page} at its store address${tag}`, async ({ driver }) => {
    const html = fixture(page);
    // The same adapters and core under Node give the figures the browser must show.
    const { document } = parseHTML(html);
    const analysis = analyze(snapshotFromDocument(document as unknown as Document, new URL(expected.url)));
    driver.serve(expected.url, html);
    await driver.open(expected.url);
    const popup = await driver.openPopup();
    await popup.waitForState(analysis.containsMagnesium ? 'analysis' : 'not-magnesium');
    expect((await popup.texts('title'))[0]).toBe(expected.title);
    if (!analysis.containsMagnesium) return;
    expect(await popup.texts('form').then((f) => f.length)).toBe(Math.max(1, analysis.forms.length));
    expect(await popup.attr('[data-testid="form"]', 'data-form')).toBe(analysis.forms[0]?.id ?? 'unknown');
    expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis')).toBe(analysis.elementalMgPerServing?.basis ?? null);
  });
}
