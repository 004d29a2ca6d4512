// Wiring only: messages, the "Analyze selected text" menu and tab lifecycle go to src/extension/results.ts,
// the one place MagLens analyses (off the page's main thread, out of the popup's bundle).
import { browser, type Browser } from 'wxt/browser';
import { handleMessage, keepSelection, resultKey } from '../src/extension/results';

const MENU_ID = 'maglens-analyze-selection';

async function analyseSelection(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  await keepSelection(tab.id, info.selectionText, tab.url);
  // Show it at once where the browser allows opening the popup from a menu click.
  await (browser.action ?? browser.browserAction).openPopup?.().catch(() => undefined);
}

export default defineBackground(() => {
  // The polyfill sends the promise's value as the reply: returning it is the API, not a dropped promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((raw: unknown, sender) => handleMessage(raw, sender));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Analyze selected text with MagLens', contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    void analyseSelection(info, tab);
  });

  // A new page in the tab makes the old result stale; the content script reports the new one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void browser.storage.session.remove(resultKey(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(resultKey(tabId)));
});
