// Which tab the popup describes, and that tab's stored result.
import { browser, type Browser } from 'wxt/browser';
import type { Message, PageResult, ResultReply } from './messages';
import { PROFILE_STORAGE_KEY } from './keys';
import { STACK_KEY, parseStack, type StackItem } from './stack';

/**
 * The tab the popup is about: the active tab when opened from the toolbar. When the popup page is
 * opened in a tab of its own (a pinned popup, or the test suite), it describes the tab used last
 * before it.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const [self, tabs] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.query({ currentWindow: true })]);
  if (!self) return tabs.find((t) => t.active);
  // Each popup page in a tab marks its window with its tab's id: a browser that hides the address of the extension's
  // own tabs (no "tabs" permission) still lets the others be told from the page the popup is about.
  (window as OwnView).maglensTabId = self.id;
  const ownTabs = new Set(ownViews().map((v) => v.maglensTabId));
  const ownPages = browser.runtime.getURL('/');
  return tabs
    .filter((t) => t.id !== self.id && !ownTabs.has(t.id) && !t.url?.startsWith(ownPages))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

interface OwnView {
  maglensTabId?: number;
}

/** The extension's own pages open in tabs (popups pinned or opened by the test suite). */
function ownViews(): OwnView[] {
  try {
    return browser.extension.getViews({ type: 'tab' }) as unknown as OwnView[];
  } catch {
    return [];
  }
}

/** Resolves once the tab has finished loading (at once when it already has). */
export function tabLoaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id !== tabId || change.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(listener);
      // The content script runs at document_idle, just after 'complete': give it a moment to report.
      setTimeout(resolve, 500);
    };
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs.get(tabId).then((t) => {
      if (t.status === 'complete') listener(tabId, { status: 'complete' });
    });
  });
}

/** The tab's result, analysed by the background for the user's current profile. */
export async function storedResult(tabId: number): Promise<ResultReply> {
  const message: Message = { type: 'get-result', tabId };
  return (await browser.runtime.sendMessage(message)) as ResultReply;
}

/** The stored profile's JSON and the stack: started before the tab is known, to save a round trip. */
export async function readLocalState(): Promise<{ stamp: string; stack: StackItem[] }> {
  const local = await browser.storage.local.get([PROFILE_STORAGE_KEY, STACK_KEY]);
  return { stamp: JSON.stringify(local[PROFILE_STORAGE_KEY] ?? null), stack: parseStack(local[STACK_KEY]) };
}

/**
 * What the popup needs to draw its first screen, read straight from storage: the tab's stored result
 * (the background validated it when it wrote it) and the user's stack. The result is `current` when it
 * was analysed for the profile stored now; otherwise the popup asks the background.
 */
export async function readTabState(
  tabId: number,
  local: Promise<{ stamp: string; stack: StackItem[] }> = readLocalState(),
): Promise<{ stored: PageResult | null; current: boolean; stack: StackItem[] }> {
  const key = `tab:${tabId}`;
  const [session, { stamp, stack }] = await Promise.all([browser.storage.session.get(key), local]);
  const stored = session[key] as PageResult | undefined;
  const ok = !!stored?.analysis && !!stored.snapshot;
  return { stored: ok ? stored : null, current: ok && !!stored.profile && stored.profileStamp === stamp, stack };
}

/** Pasted label text, analysed by the background. */
export async function analyseText(text: string): Promise<ResultReply> {
  const message: Message = { type: 'analyze-text', text };
  return (await browser.runtime.sendMessage(message)) as ResultReply;
}

/**
 * Calls back whenever the background stores a new result for the tab (soft navigation, variants,
 * a selection). Only the background writes session storage, and it validated what it wrote.
 */
export function onResultChange(tabId: number, callback: (r: PageResult) => void): () => void {
  const key = `tab:${tabId}`;
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const next = changes[key]?.newValue as PageResult | undefined;
    if (area === 'session' && next?.analysis) callback(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The generic readers' script, injected on demand (activeTab) into pages no store adapter claims. */
const PAGE_READER_FILE = '/page-reader.js';

/**
 * Runs the generic readers in the tab (needs the user's gesture: opening the popup grants activeTab).
 * The reader sends its result to the background like the content script does.
 */
export async function readPageWithGenericReaders(tabId: number): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    if (browser.scripting) await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] });
    else await browser.tabs.executeScript(tabId, { file: PAGE_READER_FILE });
    return { ok: true };
  } catch {
    return { ok: false, reason: 'The browser does not let extensions read this page.' };
  }
}
