// The background's work, apart from its wiring: analyse snapshots with the user's profile, keep each
// tab's result in session storage, set the toolbar badge, and answer the popup.
import { browser } from 'wxt/browser';
import { Message, PageResult, type LabelImageReading, type LabelImageReply, type ResultReply } from './messages';
import { captureLabel, type LabelImageWant } from './label-image';
import { analyseLabelLines } from '../ocr/read-label';
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

/**
 * One write at a time per tab: a reading that decides from the tab's stored result (a page re-reported
 * while its label image is being read) must see the result the write before it stored.
 */
const tabQueues = new Map<number, Promise<unknown>>();
function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const run = (tabQueues.get(tabId) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  tabQueues.set(tabId, settled);
  void settled.then(() => tabQueues.get(tabId) === settled && tabQueues.delete(tabId));
  return run;
}

/** The stored profile as JSON (null when none is stored): what the popup compares to know a result is current. */
async function profileStamp(): Promise<string> {
  return JSON.stringify((await browser.storage.local.get(PROFILE_STORAGE_KEY))[PROFILE_STORAGE_KEY] ?? null);
}

/**
 * Analyse a tab's snapshot for the current profile, keep it, and show it on the toolbar badge. With a
 * label image's reading, the snapshot is the page's and the label is the image's (src/ocr/read-label.ts).
 */
async function keepResult(
  tabId: number,
  snapshot: ProductSnapshot,
  origin: PageResult['origin'],
  labelImage?: LabelImageReading,
): Promise<PageResult> {
  const [profile, stamp] = await Promise.all([getProfile(), profileStamp()]);
  const read = labelImage ? analyseLabelLines(labelImage.lines, snapshot, profile) : null;
  const result: PageResult = {
    snapshot,
    analysis: read ? read.analysis : analyze(snapshot, profile),
    origin,
    profile,
    profileStamp: stamp,
    ...(labelImage && read ? { labelImage: { ...labelImage, text: read.text, uncertain: read.uncertain } } : {}),
  };
  await browser.storage.session.set({ [resultKey(tabId)]: result });
  if (origin === 'page' || origin === 'label-image') await recordProduct(result.analysis).catch(() => false);
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
  const { snapshot, origin, labelImage } = stored.data;
  if (stored.data.profileStamp === (await profileStamp())) return { result: stored.data, profile };
  return { result: await keepResult(tabId, snapshot, origin, labelImage), profile };
}

async function storedFor(tabId: number): Promise<PageResult | null> {
  const stored = PageResult.safeParse((await browser.storage.session.get(resultKey(tabId)))[resultKey(tabId)]);
  return stored.success ? stored.data : null;
}

/** The page's own snapshot for a label image to join: what the tab's reader stored, else the tab's address and title. */
async function pageSnapshot(tabId: number): Promise<ProductSnapshot> {
  const stored = await storedFor(tabId);
  if (stored && stored.origin !== 'selection') return stored.snapshot;
  const tab = await browser.tabs.get(tabId);
  return { url: tab.url ?? null, store: 'generic', isProductPage: true, ...(tab.title ? { title: tab.title } : {}) };
}

/** Reads the tab's label image (popup button or context menu) and keeps the analysis for the tab. */
export async function readLabelImage(tabId: number, want: LabelImageWant): Promise<LabelImageReply> {
  try {
    const captured = await captureLabel(tabId, want);
    if (!captured.lines) return { result: null, choices: captured.choices, error: captured.error };
    const reading: LabelImageReading = {
      lines: captured.lines,
      text: '',
      uncertain: [],
      ...(captured.clipped ? { clipped: true } : {}),
    };
    const result = await inTabOrder(tabId, async () => keepResult(tabId, await pageSnapshot(tabId), 'label-image', reading));
    return { result, choices: captured.choices, error: null };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { result: null, choices: [], error: `MagLens could not read the label image: ${why}` };
  }
}

/** The user's correction of the text read from a label image: analysed like the image's own text. */
async function correctLabelImage(tabId: number, text: string): Promise<LabelImageReply> {
  const lines = text.split('\n').map((line) => ({ text: line, digitConfidence: null }));
  const reading: LabelImageReading = { lines, text, uncertain: [], corrected: true };
  const result = await inTabOrder(tabId, async () => keepResult(tabId, await pageSnapshot(tabId), 'label-image', reading));
  return { result, choices: [], error: null };
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

/**
 * runtime.onMessage: anything that is not one of MagLens's background messages gets no answer, at once
 * (not a promise of none), so that the page it was meant for answers it (the OCR page's requests).
 */
export function handleMessage(raw: unknown, sender: { tab?: { id?: number } }): Promise<unknown> | undefined {
  const parsed = Message.safeParse(raw);
  return parsed.success ? respond(parsed.data, sender) : undefined;
}

async function respond(msg: Message, sender: { tab?: { id?: number } }): Promise<unknown> {
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
      // The page changed in place (a variant, lazy content): a label read from its image still holds.
      await inTabOrder(tabId, async () => {
        const previous = await storedFor(tabId);
        if (previous?.labelImage && previous.snapshot.url === snapshot.url)
          await keepResult(tabId, snapshot, 'label-image', previous.labelImage);
        else await keepResult(tabId, snapshot, 'page');
      });
      return true;
    }
    case 'get-result':
      return currentResult(msg.tabId);
    case 'analyze-text': {
      const profile = await getProfile();
      const snapshot = snapshotFromText(msg.text, null);
      return { result: { snapshot, analysis: analyze(snapshot, profile), origin: 'pasted' }, profile } satisfies ResultReply;
    }
    case 'read-label-image':
      return readLabelImage(msg.tabId, msg.pick === undefined ? {} : { pick: msg.pick });
    case 'label-image-text':
      return correctLabelImage(msg.tabId, msg.text);
  }
}
