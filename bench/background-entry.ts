// Bundled by bench/common.ts and evaluated in a blank page: the background's work on one extract —
// parse it, read it with the store's adapter, analyse it — cold, for context. It runs in the
// extension's background (service worker / event page), never on the store page's main thread.
import { snapshotFromExtract } from '../src/stores/extract-read';
import { analyze } from '../src/core/analyze';

export interface BackgroundTiming {
  readMs: number;
  analyzeMs: number;
  containsMagnesium: boolean;
  elementalMgPerServing: number | null;
}

declare global {
  interface Window {
    __maglensBackground?: (extract: { url: string; html: string }) => BackgroundTiming | null;
  }
}

window.__maglensBackground = (extract) => {
  const t0 = performance.now();
  const snapshot = snapshotFromExtract(extract);
  const t1 = performance.now();
  if (!snapshot) return null;
  const analysis = analyze(snapshot);
  const t2 = performance.now();
  return {
    readMs: t1 - t0,
    analyzeMs: t2 - t1,
    containsMagnesium: analysis.containsMagnesium,
    elementalMgPerServing: analysis.elementalMgPerServing?.min ?? null,
  };
};
