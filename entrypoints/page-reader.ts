// Injected on demand (activeTab) into a page no store adapter claims, when the user opens the popup:
// the generic readers (JSON-LD, Supplement Facts text) read it and the background analyses it.
import { browser } from 'wxt/browser';
import { snapshotFromDocument } from '../src/stores/registry';
import type { Message } from '../src/extension/messages';

export default defineUnlistedScript(() => {
  const message: Message = { type: 'page-snapshot', snapshot: snapshotFromDocument(document, new URL(location.href)) };
  void browser.runtime.sendMessage(message);
});
