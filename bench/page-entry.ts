// Bundled by bench/common.ts (esbuild, IIFE) and evaluated in a store page: the product content
// script's work on one read — extractProductPage(document, location), the function the content
// script calls — timed on the page's main thread.
import { extractProductPage } from '../src/stores/sites';

export interface BenchTiming {
  /** The content script's main-thread work for one read, ms: what the target compares with one innerText read. */
  contentMs: number;
  /** Characters of markup sent to the background. */
  extractChars: number;
  /** The extract, handed to the background half of the benchmark (background-entry.ts). */
  extract: { url: string; html: string } | null;
}

declare global {
  interface Window {
    __maglensBench?: () => BenchTiming;
    __maglensHeld?: unknown[];
  }
}

window.__maglensBench = () => {
  const t0 = performance.now();
  const extract = extractProductPage(document, location);
  const contentMs = performance.now() - t0;
  // Kept alive, as the content script keeps its last report: the memory figure counts what stays.
  if (extract) (window.__maglensHeld ??= []).push(`${extract.url}\n${extract.html}`);
  return { contentMs, extractChars: extract?.html.length ?? 0, extract: extract ?? null };
};
