// Injected on demand (activeTab) into a page no store adapter claims, when the user opens the popup:
// it copies the page's visible text, its h1 and its JSON-LD, and sends the copy; the background
// reads it with the page-text reader (src/stores/page-text.ts). Nothing is parsed on the page.
import { browser } from 'wxt/browser';
import { extractPageText } from '../src/stores/extract';
import type { Message } from '../src/extension/messages';

export default defineUnlistedScript(() => {
  const message: Message = { type: 'page-text', ...extractPageText(document, location.href) };
  void browser.runtime.sendMessage(message);
});
