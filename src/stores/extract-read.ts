// The background's side of extract.ts: parse the page's copied regions into an inert document
// (linkedom, as the CLI does for saved pages: no scripts run, nothing loads) and read it with the
// same adapters and generic readers as a whole page. Only the background and tests import this, so
// the parser stays out of the content script.
import { parseHTML } from 'linkedom';
import { adapterFor, snapshotFromDocument, snapshotFromPageText } from './registry';
import type { ProductSnapshot } from '../core/snapshot';
import type { PageExtract, PageTextExtract } from './extract';

function documentFromExtract(html: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/**
 * The snapshot of an extract; undefined unless its address is a web page some store adapter claims
 * (only those adapters' regions make an extract).
 */
export function snapshotFromExtract(extract: PageExtract): ProductSnapshot | undefined {
  let url: URL;
  try {
    url = new URL(extract.url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !adapterFor(url)) return undefined;
  return snapshotFromDocument(documentFromExtract(extract.html), url);
}

/**
 * The snapshot of a page no store claims, from the one-off reader's text copy; undefined unless it is
 * an http(s) page that no store adapter claims (on those the store's content script has the say: a
 * reader the popup started before that script reported must not replace its reading).
 */
export function snapshotFromTextExtract(extract: PageTextExtract): ProductSnapshot | undefined {
  let url: URL;
  try {
    url = new URL(extract.url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || adapterFor(url)) return undefined;
  const jsonLd = extract.html.trim() ? documentFromExtract(extract.html) : undefined;
  return snapshotFromPageText(extract.text, url, { title: extract.title, jsonLd });
}
