// One flat list of store adapters; the generic readers fill what an adapter leaves out, in a fixed
// order: store adapter → JSON-LD → facts text.
import type { PageAddress, SnapshotFields, StoreAdapter } from './types';
import type { ProductSnapshot } from '../core/snapshot';
import { amazon } from './amazon';
import { iherb } from './iherb';
import { walmart } from './walmart';
import { target } from './target';
import { vitacost } from './vitacost';
import { readJsonLd } from './generic-jsonld';
import { readFactsFromDocument } from './generic-facts-text';
import { readPageText } from './page-text';
import { siteFor } from './sites';

export const STORES: StoreAdapter[] = [amazon, iherb, walmart, target, vitacost];

/** The store whose hosts cover this address, with its reader. */
export function adapterFor(url: Pick<PageAddress, 'hostname'>): StoreAdapter | undefined {
  const site = siteFor(url);
  return site && STORES.find((s) => s.id === site.id);
}

/** Copy into `into` every field it lacks; details are merged key by key. */
function fillMissing(into: SnapshotFields, from: Partial<SnapshotFields>): void {
  for (const [key, value] of Object.entries(from) as [keyof SnapshotFields, unknown][]) {
    if (value === undefined || key === 'isProductPage') continue;
    if (key === 'details' && into.details) {
      for (const [k, v] of Object.entries(value as Record<string, string>)) if (!(k in into.details)) into.details[k] = v;
      continue;
    }
    if (into[key] === undefined) (into as Record<string, unknown>)[key] = value;
  }
}

/**
 * Read a page into a snapshot: the store's adapter first, then the page's JSON-LD, then a facts
 * panel in the page's text (skipped when the adapter found label text or saw the label is an image).
 * On a page no adapter claims, the generic readers alone decide whether it is a product page.
 */
export function snapshotFromDocument(doc: Document, url: URL): ProductSnapshot {
  const adapter = adapterFor(url);
  const fields: SnapshotFields = adapter ? adapter.read(doc, url) : { isProductPage: false };
  const jsonLd = readJsonLd(doc, url);
  fillMissing(fields, jsonLd.fields);
  // The facts scan reads more nodes: only on product pages of a store, or when no store claims the page.
  if (!fields.labelText && !fields.labelIsImage && (!adapter || fields.isProductPage)) {
    fillMissing(fields, readFactsFromDocument(doc));
  }
  if (!adapter) fields.isProductPage = jsonLd.found || fields.labelText !== undefined;
  return { url: url.href, store: adapter?.id ?? 'generic', ...fields };
}

/**
 * Read a page's visible text (the CLI's .txt input, a paste, a selection, OCR output) with the
 * page-text reader (a short text with no panel heading, a pasted label, is read as label rows).
 * Nothing but the text is known: the store comes from the URL when one is given.
 */
export function snapshotFromText(text: string, url: URL | null, opts: { title?: string } = {}): ProductSnapshot {
  const bounded = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  const adapter = url ? adapterFor(url) : undefined;
  const fields = readPageText(bounded, { title: opts.title, host: url?.hostname, path: url?.pathname });
  if (url && adapter) fields.isProductPage = adapter.isProductUrl(url) || fields.isProductPage;
  return { url: url?.href ?? null, store: adapter?.id ?? 'generic', ...fields };
}

/**
 * A page no store adapter claims, from the one-off reader's copy: the page-text reader over its
 * visible text (the h1 as the title), then its JSON-LD for what the text left out (price, brand).
 */
export function snapshotFromPageText(text: string, url: URL, opts: { title?: string; jsonLd?: Document } = {}): ProductSnapshot {
  const snapshot = snapshotFromText(text, url, { title: opts.title });
  if (!opts.jsonLd) return snapshot;
  const { url: address, store, ...fields } = snapshot;
  const jsonLd = readJsonLd(opts.jsonLd, url);
  fillMissing(fields, jsonLd.fields);
  if (jsonLd.found) fields.isProductPage = true;
  return { url: address, store, ...fields };
}
