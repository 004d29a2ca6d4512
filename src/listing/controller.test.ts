// The controller: runs only on listing URLs of stores whose badges are on; a settings change or a
// soft navigation aborts the old run and starts a new one; switching a store off takes badges off.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { listingController } from './controller';
import { BADGE_SELECTOR } from './badge';

function amazonPage() {
  const parsed = parseHTML(
    readFileSync(resolve(__dirname, '../../test/fixtures/amazon/search-magnesium.html'), 'utf8'),
  ) as unknown as { document: Document; MutationObserver: typeof MutationObserver };
  globalThis.MutationObserver = parsed.MutationObserver;
  return parsed.document;
}
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};
const scheduling = { yieldToPage: () => Promise.resolve() };

describe('listing controller', () => {
  it('badges a listing page of a store that is on; a store switched off loses its badges', async () => {
    const doc = amazonPage();
    let on = true;
    const ctx = new AbortController();
    const controller = listingController({ doc, signal: ctx.signal, enabled: async () => on, scheduling });
    await controller.refresh(new URL('https://www.amazon.com/s?k=magnesium'));
    await settle();
    expect(doc.querySelectorAll(BADGE_SELECTOR)).toHaveLength(6);
    on = false;
    await controller.refresh(new URL('https://www.amazon.com/s?k=magnesium'));
    await settle();
    expect(doc.querySelectorAll(BADGE_SELECTOR)).toHaveLength(0);
    ctx.abort();
  });

  it('does nothing on a page that is not a listing, and stops with the context', async () => {
    const doc = amazonPage();
    const ctx = new AbortController();
    const controller = listingController({ doc, signal: ctx.signal, enabled: async () => true, scheduling });
    await controller.refresh(new URL('https://www.amazon.com/dp/B0MGLY4001'));
    await settle();
    expect(doc.querySelectorAll(BADGE_SELECTOR)).toHaveLength(0);
    ctx.abort();
    await controller.refresh(new URL('https://www.amazon.com/s?k=magnesium'));
    await settle();
    expect(doc.querySelectorAll(BADGE_SELECTOR)).toHaveLength(0);
  });
});
