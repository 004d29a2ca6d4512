// The background's work, apart from its wiring: analyse snapshots with the user's profile, keep each
// tab's result in session storage, set the toolbar badge, and answer the popup.
import { browser } from 'wxt/browser';
import { Message, PageResult, type ResultReply } from './messages';
import { badgeFor } from './badge';
import { getProfile } from './settings';
import { recordProduct } from './history';
import { PROFILE_STORAGE_KEY } from './keys';
import { snapshotFromText } from '../stores/registry';
import { snapshotFromExtract, snapshotFromTextExtract } from '../stores/extract-read';
import { analyze } from '../core/analyze';
import type { ProductSnapshot } from '../core/snapshot';

/** Per-tab results live in session storage, so an MV3 service worker restart does not lose them. */
export const resultKey = (tabId: number) => `tab:${tabId}`;

function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The stored profile as JSON (null when none is stored): what the popup compares to know a result is current. */
async function profileStamp(): Promise<string> {
  return JSON.stringify((await browser.storage.local.get(PROFILE_STORAGE_KEY))[PROFILE_STORAGE_KEY] ?? null);
}

/** Analyse a tab's snapshot for the current profile, keep it, and show it on the toolbar badge. */
async function keepResult(tabId: number, snapshot: ProductSnapshot, origin: PageResult['origin']): Promise<PageResult> {
  const [profile, stamp] = await Promise.all([getProfile(), profileStamp()]);
  const result: PageResult = { snapshot, analysis: analyze(snapshot, profile), origin, profile, profileStamp: stamp };
  await browser.storage.session.set({ [resultKey(tabId)]: result });
  if (origin === 'page') await recordProduct(result.analysis).catch(() => false);
  const action = toolbarAction();
  const look = badgeFor(result.analysis);
  await action.setBadgeText({ tabId, text: look?.text ?? '' });
  await action.setTitle({ tabId, title: look?.title ?? 'MagLens' });
  if (look) await action.setBadgeBackgroundColor({ tabId, color: look.color });
  return result;
}

/**
 * The tab's stored result, re-analysed for the profile as it is now (the options page may have changed
 * it) and kept again, so that the popup can render it straight from storage next time.
 */
async function currentResult(tabId: number): Promise<ResultReply> {
  const profile = await getProfile();
  const stored = PageResult.safeParse((await browser.storage.session.get(resultKey(tabId)))[resultKey(tabId)]);
  if (!stored.success) return { result: null, profile };
  const { snapshot, origin } = stored.data;
  if (stored.data.profileStamp === (await profileStamp())) return { result: stored.data, profile };
  return { result: await keepResult(tabId, snapshot, origin), profile };
}

/** Text the user selected on a page ("Analyze selected text with MagLens"). */
export function keepSelection(tabId: number, selectionText: string, pageUrl: string | undefined): Promise<PageResult> {
  let url: URL | null = null;
  try {
    url = pageUrl ? new URL(pageUrl) : null;
  } catch {
    url = null;
  }
  return keepResult(tabId, snapshotFromText(selectionText, url), 'selection');
}

/** runtime.onMessage: anything that is not one of MagLens's messages gets no answer. */
export async function handleMessage(raw: unknown, sender: { tab?: { id?: number } }): Promise<unknown> {
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'page-extract':
    case 'page-text':
    case 'page-snapshot': {
      const tabId = sender.tab?.id;
      const snapshot =
        msg.type === 'page-snapshot'
          ? msg.snapshot
          : msg.type === 'page-text'
            ? snapshotFromTextExtract(msg)
            : snapshotFromExtract(msg);
      if (tabId === undefined || !snapshot) return undefined;
      await keepResult(tabId, snapshot, 'page');
      return true;
    }
    case 'get-result':
      return currentResult(msg.tabId);
    case 'analyze-text': {
      const profile = await getProfile();
      const snapshot = snapshotFromText(msg.text, null);
      return { result: { snapshot, analysis: analyze(snapshot, profile), origin: 'pasted' }, profile } satisfies ResultReply;
    }
  }
}
