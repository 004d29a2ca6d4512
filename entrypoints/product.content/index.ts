// Product pages of supported stores: copy the markup of the parts the store's adapter reads and hand
// it to the background, which reads and analyses it; again after soft navigation, so the popup and
// toolbar badge describe what is on screen now. The page's main thread only serialises a few
// elements (src/stores/extract.ts): no text walks, no regular expressions over text, no JSON parsing.
import { browser } from 'wxt/browser';
import { STORE_MATCHES, extractProductPage, siteFor } from '../../src/stores/sites';
import { watchProductPage } from '../../src/extension/page-watch';
import type { Message } from '../../src/extension/messages';

export default defineContentScript({
  matches: STORE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastReported = '';
    const read = () => {
      const extract = extractProductPage(document, location);
      if (!extract) return;
      // The same markup at the same address: the background already has it.
      const key = `${extract.url}\n${extract.html}`;
      if (key === lastReported) return;
      lastReported = key;
      const message: Message = { type: 'page-extract', ...extract };
      browser.runtime.sendMessage(message).catch(() => {
        lastReported = ''; // the background was restarting: report again on the next change
      });
    };
    watchProductPage(ctx, () => siteFor(location)?.liveSelector, read);
  },
});
