// Injected on demand (activeTab) into a page no store adapter claims, when the user opens the popup:
// the generic readers (JSON-LD, Supplement Facts text) read it and the result goes to the background.
import { browser } from 'wxt/browser';
import { snapshotFromDocument } from '../src/stores/registry';
import { analyze } from '../src/core/analyze';
import type { Message } from '../src/extension/messages';

export default defineUnlistedScript(async () => {
  const snapshot = snapshotFromDocument(document, new URL(location.href));
  const message: Message = { type: 'page-result', result: { snapshot, analysis: analyze(snapshot), origin: 'page' } };
  await browser.runtime.sendMessage(message);
});
