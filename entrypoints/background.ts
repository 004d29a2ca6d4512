// Wiring only: messages, the "Analyze selected text" menu and tab lifecycle go to src/extension/results.ts,
// the one place MagLens analyses (off the page's main thread, out of the popup's bundle).
import { browser, type Browser } from 'wxt/browser';
import { handleMessage, keepSelection, readLabelImage, resultKey } from '../src/extension/results';

const MENU_ID = 'maglens-analyze-selection';
const IMAGE_MENU_ID = 'maglens-read-label-image';

/** "Read this label with MagLens" on an image: read it, then show the popup where the browser allows. */
async function readImage(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== IMAGE_MENU_ID || tab?.id === undefined || !info.srcUrl) return;
  await readLabelImage(tab.id, { srcUrl: info.srcUrl });
  await (browser.action ?? browser.browserAction).openPopup?.().catch(() => undefined);
}

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
    browser.contextMenus.create({ id: IMAGE_MENU_ID, title: 'Read this label with MagLens', contexts: ['image'] });
  });

  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    void analyseSelection(info, tab);
    void readImage(info, tab);
  });

  // A new page in the tab makes the old result stale; the content script reports the new one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void browser.storage.session.remove(resultKey(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(resultKey(tabId)));
});
