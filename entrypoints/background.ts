// Wires messages to the per-tab cache and the toolbar badge. No logic of its own beyond that.
import { browser } from 'wxt/browser';
import { Message, type PageResult } from '../src/extension/messages';
import { badgeFor } from '../src/extension/badge';

export default defineBackground(() => {
  // Per-tab results live in session storage so an MV3 service worker restart does not lose them.
  const key = (tabId: number) => `tab:${tabId}`;
  const action = browser.action ?? browser.browserAction;

  async function show(tabId: number, result: PageResult | undefined) {
    const look = result ? badgeFor(result.analysis) : null;
    await action.setBadgeText({ tabId, text: look?.text ?? '' });
    if (look) {
      await action.setBadgeBackgroundColor({ tabId, color: look.color });
      await action.setTitle({ tabId, title: look.title });
    }
  }

  browser.runtime.onMessage.addListener(async (raw: unknown, sender) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    if (msg.type === 'page-result') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      await browser.storage.session.set({ [key(tabId)]: msg.result });
      await show(tabId, msg.result);
      return true;
    }
    const stored = await browser.storage.session.get(key(msg.tabId));
    return stored[key(msg.tabId)] ?? null;
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(key(tabId)));
});
