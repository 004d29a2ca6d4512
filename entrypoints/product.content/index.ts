// Product pages of supported stores: read the page, analyse it, hand the result to the background.
import { browser } from 'wxt/browser';
import { STORE_MATCHES, snapshotFromDocument } from '../../src/stores/registry';
import { analyze } from '../../src/core/analyze';
import type { Message } from '../../src/extension/messages';

export default defineContentScript({
  matches: STORE_MATCHES,
  runAt: 'document_idle',
  main() {
    const snapshot = snapshotFromDocument(document, new URL(location.href));
    const analysis = analyze(snapshot);
    const message: Message = { type: 'page-result', result: { snapshot, analysis } };
    void browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting (extension update); the popup then reads the page itself.
    });
  },
});
