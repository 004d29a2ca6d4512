// The popup: finds the tab it describes and renders that tab's stored result straight from storage
// when it was analysed for the profile stored now; otherwise asks the background to analyse it again
// (the profile changed), or has the generic readers read the page. It renders; the background
// analyses, so the core's analyser stays out of the popup's bundle.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Browser } from 'wxt/browser';
import type { Profile } from '../core/profile';
import { DEFAULT_PROFILE } from '../core/limits';
import type { PageResult, ResultReply } from '../extension/messages';
import {
  analyseText,
  onResultChange,
  readPageWithGenericReaders,
  readLocalState,
  readTabState,
  storedResult,
  tabLoaded,
  targetTab,
} from '../extension/tabs';
import { getHistory, watchHistory } from '../extension/history';
import { watchStack, type StackItem } from '../extension/stack';
import { AnalysisView } from './AnalysisView';
import { PasteLabel } from './PasteLabel';
import { LabelImageText, ReadLabelImage, wantsLabelImage } from './LabelImage';

type State =
  | { name: 'loading' }
  | { name: 'unsupported-page'; reason?: string }
  | { name: 'not-magnesium'; result: PageResult }
  | { name: 'analysis'; result: PageResult };

/** A result worth describing: a product page, or any text in which magnesium was found. */
function stateOf(result: PageResult | null): State {
  if (!result) return { name: 'unsupported-page' };
  if (result.analysis.containsMagnesium) return { name: 'analysis', result };
  if (!result.analysis.isProductPage && result.origin !== 'selection') return { name: 'unsupported-page' };
  return { name: 'not-magnesium', result };
}

/** The tab the popup describes and, when it has one, its stored result, profile stamp and the stack. */
export interface FirstScreen {
  tab: Promise<Browser.tabs.Tab | undefined>;
  /** Null when there is no tab to describe. */
  state: Promise<Awaited<ReturnType<typeof readTabState>> | null>;
}

/**
 * Reads what the first screen needs: started by the popup's script before it renders (the storage
 * round trips then overlap the script's own work), or by the popup when it is rendered without it.
 */
export function readFirstScreen(): FirstScreen {
  const local = readLocalState();
  local.catch(() => undefined);
  const tab = targetTab();
  const state = tab.then((t) => (t?.id === undefined ? null : readTabState(t.id, local)));
  state.catch(() => undefined);
  return { tab, state };
}

const ORIGIN_NOTES: Record<NonNullable<PageResult['origin']>, string | null> = {
  page: null,
  selection: 'From the text you selected on the page.',
  pasted: 'From the label text you pasted.',
  'label-image': 'Read from the label image, on this device: the picture was not sent anywhere.',
};

export function Popup({ first }: { first?: FirstScreen }) {
  const [state, setState] = useState<State>({ name: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const [profile, setProfile] = useState<Profile>(DEFAULT_PROFILE);
  const [stack, setStack] = useState<StackItem[]>([]);
  const [compareCount, setCompareCount] = useState<number | null>(null);

  // A layout effect runs right after the first render, not after the first paint (as useEffect does):
  // the stored result is shown as soon as storage answers.
  useLayoutEffect(() => {
    const stops: (() => void)[] = [watchStack(setStack), watchHistory((h) => setCompareCount(h.length))];
    /** A result for the tab has arrived from storage: no later fallback may replace it. */
    let settled = false;
    const show = (reply: ResultReply) => {
      // An answer the background sent before the tab's result arrived says "nothing yet": it must not
      // replace the result that came in meanwhile.
      if (settled && !reply.result) return true;
      setProfile(reply.profile);
      setState(stateOf(reply.result));
      return reply.result !== null;
    };
    (async () => {
      const reads = first ?? readFirstScreen();
      const tab = await reads.tab;
      if (tab?.id === undefined) {
        void getHistory().then((h) => setCompareCount(h.length));
        return setState({ name: 'unsupported-page' });
      }
      const id = tab.id;
      setTabId(id);
      stops.push(
        onResultChange(id, (r) => {
          settled = true;
          if (r.profile) setProfile(r.profile);
          setState(stateOf(r));
        }),
      );
      // The result's own reading, asked for with the tab: a change stored meanwhile is newer and wins.
      const { stored, current, stack: saved } = (await reads.state)!;
      setStack(saved);
      // The count for "Compare (N)" is not part of the first screen: read it after.
      void getHistory().then((h) => setCompareCount(h.length));
      if (settled) return;
      // The stored result is this page's, for this profile: nothing to analyse again.
      if (stored && current) return show({ result: stored, profile: stored.profile! });
      if (show(await storedResult(id)) || settled) return;
      if (tab.status === 'loading') {
        // The page is still arriving: its content script reports when it has read it.
        setState({ name: 'loading' });
        await tabLoaded(id);
        if (settled || show(await storedResult(id))) return;
      }
      // No store adapter claimed the page: let the generic readers (JSON-LD, facts text) look, once.
      const read = await readPageWithGenericReaders(id);
      // The page's own result may have arrived meanwhile (a slow content script): it wins.
      if (settled) return;
      if (!read.ok) return setState({ name: 'unsupported-page', reason: read.reason });
      await new Promise((r) => setTimeout(r, 300)); // the reader's snapshot is analysed in the background
      if (!settled) show(await storedResult(id));
    })().catch((e: unknown) =>
      setState({ name: 'unsupported-page', reason: `MagLens could not read this page (${String(e)}).` }),
    );
    return () => stops.forEach((stop) => stop());
  }, []);

  async function analysePasted(text: string): Promise<boolean> {
    const reply = await analyseText(text);
    if (!reply.result?.analysis.containsMagnesium) return false;
    setProfile(reply.profile);
    setState({ name: 'analysis', result: reply.result });
    return true;
  }

  const shown = state.name === 'analysis' || state.name === 'not-magnesium' ? state.result : null;
  const originNote = shown?.origin ? ORIGIN_NOTES[shown.origin] : null;
  const showResult = (r: PageResult) => setState(stateOf(r));
  const offerImage = tabId !== undefined && state.name !== 'loading' && wantsLabelImage(shown);

  return (
    <main class="popup" data-maglens="popup" data-state={state.name} data-tab-id={tabId}>
      <header class="bar">
        <h1>MagLens</h1>
        <a href="/compare.html" target="_blank" class="small" data-testid="compare-link">
          Compare{compareCount !== null ? ` (${compareCount})` : ''}
        </a>
        <a href="/options.html" target="_blank" class="small" data-testid="profile-link">
          Limits for: {shown?.analysis.upperLimit.profile ?? 'your profile'}
        </a>
      </header>
      <div aria-live="polite">
        {state.name === 'loading' && <p data-testid="loading">Reading the page…</p>}
        {state.name === 'unsupported-page' && (
          <>
            <p data-testid="unsupported">
              {state.reason ?? 'MagLens found no supplement label on this page.'} On a product page of a supported store it reads
              the label by itself; anywhere else, select the label text and choose “Analyze selected text with MagLens” from the
              right-click menu, or paste it here.
            </p>
            {offerImage && <ReadLabelImage tabId={tabId} onResult={showResult} />}
            <PasteLabel onAnalyse={analysePasted} />
          </>
        )}
        {state.name === 'not-magnesium' && shown && (
          <p data-testid="not-magnesium">
            This {shown.origin === 'selection' ? 'text' : 'page'} does not look like a magnesium product
            {shown.analysis.title ? (
              <>
                : “<span data-testid="title">{shown.analysis.title}</span>”
              </>
            ) : null}
            . Magnesium stearate, a flow agent, does not count.
          </p>
        )}
        {state.name === 'not-magnesium' && offerImage && <ReadLabelImage tabId={tabId} onResult={showResult} />}
        {state.name === 'analysis' && shown && (
          <>
            {originNote && (
              <p class="muted small" data-testid="origin">
                {originNote}
              </p>
            )}
            <AnalysisView
              analysis={shown.analysis}
              snapshot={shown.snapshot}
              profile={profile}
              stack={stack}
              afterClaims={offerImage && shown.origin !== 'label-image' && <ReadLabelImage tabId={tabId} onResult={showResult} />}
            />
            {tabId !== undefined && shown.labelImage && <LabelImageText tabId={tabId} result={shown} onResult={showResult} />}
          </>
        )}
      </div>
      <footer class="muted small">
        Information to help you compare products, not medical advice. Nothing leaves your browser.
      </footer>
    </main>
  );
}
