// The popup: finds the tab it describes, reads its stored analysis and renders one of its states.
import { useEffect, useState } from 'preact/hooks';
import type { PageResult } from '../extension/messages';
import { onResultChange, storedResult, targetTab } from '../extension/tabs';
import { AnalysisView } from './AnalysisView';

type State =
  | { name: 'loading' }
  | { name: 'unsupported-page' }
  | { name: 'not-magnesium'; result: PageResult }
  | { name: 'analysis'; result: PageResult }
  | { name: 'error'; message: string };

function stateOf(result: PageResult): State {
  return result.analysis.containsMagnesium ? { name: 'analysis', result } : { name: 'not-magnesium', result };
}

export function Popup() {
  const [state, setState] = useState<State>({ name: 'loading' });
  const [tabId, setTabId] = useState<number>();

  useEffect(() => {
    let stop: (() => void) | undefined;
    (async () => {
      const tab = await targetTab();
      if (tab?.id === undefined) return setState({ name: 'unsupported-page' });
      setTabId(tab.id);
      stop = onResultChange(tab.id, (r) => setState(stateOf(r)));
      const result = await storedResult(tab.id);
      // No result: the page is not one MagLens reads (the content script runs only on store pages).
      setState(result ? stateOf(result) : { name: 'unsupported-page' });
    })().catch((e: unknown) => setState({ name: 'error', message: String(e) }));
    return () => stop?.();
  }, []);

  const dataState = state.name === 'error' ? 'unsupported-page' : state.name;
  return (
    <main class="popup" data-maglens="popup" data-state={dataState} data-tab-id={tabId} aria-live="polite">
      <header><h1>MagLens</h1></header>
      {state.name === 'loading' && <p data-testid="loading">Reading the page…</p>}
      {state.name === 'unsupported-page' && (
        <p data-testid="unsupported">MagLens has nothing to read on this page. Open a supplement's product page on a supported store.</p>
      )}
      {state.name === 'error' && <p data-testid="error">MagLens could not read this page ({state.message}).</p>}
      {state.name === 'not-magnesium' && (
        <p data-testid="not-magnesium">
          This page does not look like a magnesium product{state.result.analysis.title ? <>: “<span data-testid="title">{state.result.analysis.title}</span>”</> : null}.
        </p>
      )}
      {state.name === 'analysis' && <AnalysisView analysis={state.result.analysis} />}
    </main>
  );
}
