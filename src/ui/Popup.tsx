// The popup: finds the tab it describes, reads that tab's result (or asks the generic readers to read
// the page), re-analyses it for the user's profile, and renders one of its states.
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../core/profile';
import { DEFAULT_PROFILE } from '../core/limits';
import { analyze } from '../core/analyze';
import type { PageResult } from '../extension/messages';
import { onResultChange, readPageWithGenericReaders, storedResult, tabLoaded, targetTab } from '../extension/tabs';
import { getProfile, watchProfile } from '../extension/settings';
import { snapshotFromText } from '../stores/registry';
import { AnalysisView } from './AnalysisView';
import { PasteLabel } from './PasteLabel';

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

const ORIGIN_NOTES: Record<NonNullable<PageResult['origin']>, string | null> = {
  page: null,
  selection: 'From the text you selected on the page.',
  pasted: 'From the label text you pasted.',
};

export function Popup() {
  const [state, setState] = useState<State>({ name: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const [profile, setProfile] = useState<Profile>(DEFAULT_PROFILE);

  useEffect(() => {
    const stops: (() => void)[] = [watchProfile(setProfile)];
    (async () => {
      setProfile(await getProfile());
      const tab = await targetTab();
      if (tab?.id === undefined) return setState({ name: 'unsupported-page' });
      const id = tab.id;
      setTabId(id);
      stops.push(onResultChange(id, (r) => setState(stateOf(r))));
      const stored = await storedResult(id);
      if (stored) return setState(stateOf(stored));
      if (tab.status === 'loading') {
        // The page is still arriving: its content script reports when it has read it.
        setState({ name: 'loading' });
        await tabLoaded(id);
        const late = await storedResult(id);
        if (late) return setState(stateOf(late));
      }
      // No store adapter claimed the page: let the generic readers (JSON-LD, facts text) look, once.
      const read = await readPageWithGenericReaders(id);
      setState(read.ok ? stateOf(await storedResult(id)) : { name: 'unsupported-page', reason: read.reason });
    })().catch((e: unknown) => setState({ name: 'unsupported-page', reason: `MagLens could not read this page (${String(e)}).` }));
    return () => stops.forEach((stop) => stop());
  }, []);

  function analysePasted(text: string): boolean {
    const snapshot = snapshotFromText(text, null);
    const result: PageResult = { snapshot, analysis: analyze(snapshot, profile), origin: 'pasted' };
    if (!result.analysis.containsMagnesium) return false;
    setState({ name: 'analysis', result });
    return true;
  }

  // The stored analysis used the default profile; the user's own limits apply here.
  const shown = state.name === 'analysis' || state.name === 'not-magnesium'
    ? { ...state.result, analysis: analyze(state.result.snapshot, profile) }
    : null;
  const originNote = shown?.origin ? ORIGIN_NOTES[shown.origin] : null;

  return (
    <main class="popup" data-maglens="popup" data-state={state.name} data-tab-id={tabId}>
      <header class="bar">
        <h1>MagLens</h1>
        <a href="/options.html" target="_blank" class="small" data-testid="profile-link">
          Limits for: {shown?.analysis.upperLimit.profile ?? 'your profile'}
        </a>
      </header>
      <div aria-live="polite">
        {state.name === 'loading' && <p data-testid="loading">Reading the page…</p>}
        {state.name === 'unsupported-page' && (
          <>
            <p data-testid="unsupported">
              {state.reason ?? 'MagLens found no supplement label on this page.'} On a product page of a supported
              store it reads the label by itself; anywhere else, select the label text and choose
              “Analyze selected text with MagLens” from the right-click menu, or paste it here.
            </p>
            <PasteLabel onAnalyse={analysePasted} />
          </>
        )}
        {state.name === 'not-magnesium' && shown && (
          <p data-testid="not-magnesium">
            This {shown.origin === 'selection' ? 'text' : 'page'} does not look like a magnesium product
            {shown.analysis.title ? <>: “<span data-testid="title">{shown.analysis.title}</span>”</> : null}.
            Magnesium stearate, a flow agent, does not count.
          </p>
        )}
        {state.name === 'analysis' && shown && (
          <>
            {originNote && <p class="muted small" data-testid="origin">{originNote}</p>}
            <AnalysisView analysis={shown.analysis} snapshot={shown.snapshot} profile={profile} />
          </>
        )}
      </div>
      <footer class="muted small">Information to help you compare products, not medical advice. Nothing leaves your browser.</footer>
    </main>
  );
}
