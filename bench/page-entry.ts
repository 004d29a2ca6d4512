// Bundled by bench/common.ts (esbuild, IIFE) and evaluated in a store page: the product content
// script's analysis — snapshotFromDocument(document, url) then analyze(snapshot), the same modules the
// content script bundles — timed on the page's main thread.
import { adapterFor, snapshotFromDocument } from '../src/stores/registry';
import { analyze } from '../src/core/analyze';
import { readJsonLd } from '../src/stores/generic-jsonld';
import { readFactsFromDocument } from '../src/stores/generic-facts-text';

export interface BenchTiming {
  /** snapshotFromDocument + analyze, ms: what the target compares with one innerText read. */
  analysisMs: number;
  snapshotMs: number;
  analyzeMs: number;
  /** JSON.stringify of the analysis (the content script's change key), ms; not part of analysisMs. */
  keyMs: number;
  isProductPage: boolean;
  containsMagnesium: boolean;
  elementalMgPerServing: number | null;
}

export interface BenchBreakdown {
  adapterReadMs: number;
  jsonLdMs: number;
  factsFromDocumentMs: number;
  analyzeMs: number;
}

declare global {
  interface Window {
    __maglensBench?: () => BenchTiming;
    __maglensBreakdown?: () => BenchBreakdown;
    __maglensHeld?: unknown[];
  }
}

window.__maglensBench = () => {
  const url = new URL(location.href);
  const t0 = performance.now();
  const snapshot = snapshotFromDocument(document, url);
  const t1 = performance.now();
  const analysis = analyze(snapshot);
  const t2 = performance.now();
  const key = JSON.stringify(analysis);
  const t3 = performance.now();
  // Kept alive, as the content script keeps its last key: the memory figure counts what stays.
  (window.__maglensHeld ??= []).push(key);
  return {
    analysisMs: t2 - t0, snapshotMs: t1 - t0, analyzeMs: t2 - t1, keyMs: t3 - t2,
    isProductPage: analysis.isProductPage, containsMagnesium: analysis.containsMagnesium,
    elementalMgPerServing: analysis.elementalMgPerServing?.min ?? null,
  };
};

/** The parts of snapshotFromDocument one by one (on its own fresh load: each part runs cold, as in the real run). */
window.__maglensBreakdown = () => {
  const url = new URL(location.href);
  const t0 = performance.now();
  const adapter = adapterFor(url);
  adapter?.read(document, url);
  const t1 = performance.now();
  readJsonLd(document, url);
  const t2 = performance.now();
  readFactsFromDocument(document);
  const t3 = performance.now();
  const snapshot = snapshotFromDocument(document, url); // warm by now: not timed
  const t4 = performance.now();
  analyze(snapshot);
  const t5 = performance.now();
  return { adapterReadMs: t1 - t0, jsonLdMs: t2 - t1, factsFromDocumentMs: t3 - t2, analyzeMs: t5 - t4 };
};
