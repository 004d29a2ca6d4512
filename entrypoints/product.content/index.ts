// Product pages of supported stores: read the page into a snapshot and hand it to the background,
// which analyses it; again after soft navigation, so the popup and toolbar badge describe what is
// on screen now. Only DOM reading happens on the page's main thread.
import { browser } from 'wxt/browser';
import { STORE_MATCHES, adapterFor, snapshotFromDocument } from '../../src/stores/registry';
import { watchProductPage } from '../../src/extension/page-watch';
import type { Message } from '../../src/extension/messages';

export default defineContentScript({
  matches: STORE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastReported = '';
    let lastUrl = '';
    const read = () => {
      const url = new URL(location.href);
      if (url.href !== lastUrl) lastReported = ''; // a new address: the background dropped the old result
      lastUrl = url.href;
      const adapter = adapterFor(url);
      // Listing, cart and help pages are not read: the popup offers its generic readers there.
      if (!adapter?.isProductUrl(url)) return;
      const snapshot = snapshotFromDocument(document, url);
      const key = JSON.stringify(snapshot);
      if (key === lastReported) return;
      lastReported = key;
      const message: Message = { type: 'page-snapshot', snapshot };
      browser.runtime.sendMessage(message).catch(() => {
        lastReported = ''; // the background was restarting: report again on the next change
      });
    };
    watchProductPage(ctx, () => adapterFor(new URL(location.href))?.liveSelector, read);
  },
});
