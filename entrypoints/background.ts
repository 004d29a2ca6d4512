// Wires messages to the per-tab cache and the toolbar badge, and the "Analyze selected text" menu.
import { browser, type Browser } from 'wxt/browser';
import { Message, type PageResult } from '../src/extension/messages';
import { badgeFor } from '../src/extension/badge';
import { getProfile } from '../src/extension/settings';
import { snapshotFromText } from '../src/stores/registry';
import { analyze } from '../src/core/analyze';

const MENU_ID = 'maglens-analyze-selection';

export default defineBackground(() => {
  // Per-tab results live in session storage so an MV3 service worker restart does not lose them.
  const key = (tabId: number) => `tab:${tabId}`;
  const action = browser.action ?? browser.browserAction;

  async function keep(tabId: number, result: PageResult) {
    await browser.storage.session.set({ [key(tabId)]: result });
    const look = badgeFor(result.analysis);
    await action.setBadgeText({ tabId, text: look?.text ?? '' });
    await action.setTitle({ tabId, title: look?.title ?? 'MagLens' });
    if (look) await action.setBadgeBackgroundColor({ tabId, color: look.color });
  }

  browser.runtime.onMessage.addListener(async (raw: unknown, sender) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    if (msg.type === 'page-result') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      await keep(tabId, msg.result);
      return true;
    }
    const stored = await browser.storage.session.get(key(msg.tabId));
    return stored[key(msg.tabId)] ?? null;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Analyze selected text with MagLens', contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener(async (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    const snapshot = snapshotFromText(info.selectionText, tab.url ? new URL(tab.url) : null);
    await keep(tab.id, { snapshot, analysis: analyze(snapshot, await getProfile()), origin: 'selection' });
    // Show it at once where the browser allows opening the popup from a menu click.
    await action.openPopup?.().catch(() => undefined);
  });

  // A new page in the tab makes the old result stale; the content script reports the new one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void browser.storage.session.remove(key(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(key(tabId)));
});
