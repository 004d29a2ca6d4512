// The one place MagLens analyses: snapshots from content scripts, the page reader, selections and
// pastes go through the core here, off the page's main thread and out of the popup's bundle. It
// keeps each tab's result, sets the toolbar badge and answers the popup.
import { browser, type Browser } from 'wxt/browser';
import { Message, PageResult, type ResultReply } from '../src/extension/messages';
import { badgeFor } from '../src/extension/badge';
import { getProfile } from '../src/extension/settings';
import { snapshotFromText } from '../src/stores/registry';
import { analyze } from '../src/core/analyze';
import type { ProductSnapshot } from '../src/stores/snapshot';

const MENU_ID = 'maglens-analyze-selection';

export default defineBackground(() => {
  // Per-tab results live in session storage so an MV3 service worker restart does not lose them.
  const key = (tabId: number) => `tab:${tabId}`;
  const action = browser.action ?? browser.browserAction;

  async function keep(tabId: number, snapshot: ProductSnapshot, origin: PageResult['origin']) {
    const result: PageResult = { snapshot, analysis: analyze(snapshot, await getProfile()), origin };
    await browser.storage.session.set({ [key(tabId)]: result });
    const look = badgeFor(result.analysis);
    await action.setBadgeText({ tabId, text: look?.text ?? '' });
    await action.setTitle({ tabId, title: look?.title ?? 'MagLens' });
    if (look) await action.setBadgeBackgroundColor({ tabId, color: look.color });
  }

  /** The stored result, re-analysed for the profile as it is now (the options page may have changed it). */
  async function current(tabId: number): Promise<ResultReply> {
    const profile = await getProfile();
    const stored = PageResult.safeParse((await browser.storage.session.get(key(tabId)))[key(tabId)]);
    if (!stored.success) return { result: null, profile };
    const { snapshot, origin } = stored.data;
    return { result: { snapshot, analysis: analyze(snapshot, profile), origin }, profile };
  }

  browser.runtime.onMessage.addListener(async (raw: unknown, sender) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    switch (msg.type) {
      case 'page-snapshot': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await keep(tabId, msg.snapshot, 'page');
        return true;
      }
      case 'get-result':
        return current(msg.tabId);
      case 'analyze-text': {
        const profile = await getProfile();
        const snapshot = snapshotFromText(msg.text, null);
        return { result: { snapshot, analysis: analyze(snapshot, profile), origin: 'pasted' }, profile } satisfies ResultReply;
      }
    }
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Analyze selected text with MagLens', contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener(async (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    await keep(tab.id, snapshotFromText(info.selectionText, tab.url ? new URL(tab.url) : null), 'selection');
    // Show it at once where the browser allows opening the popup from a menu click.
    await action.openPopup?.().catch(() => undefined);
  });

  // A new page in the tab makes the old result stale; the content script reports the new one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void browser.storage.session.remove(key(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(key(tabId)));
});
