// One flat map of store adapters; the generic readers fill what an adapter leaves out.
import type { StoreAdapter } from './types';
import type { ProductSnapshot } from './snapshot';
import { amazon } from './amazon';

export const STORES: StoreAdapter[] = [amazon];

/** Match patterns of every supported store (content scripts and host permissions). */
export const STORE_MATCHES: string[] = STORES.flatMap((s) => s.matches);

export function adapterFor(url: URL): StoreAdapter | undefined {
  return STORES.find((s) => s.matches.some((m) => hostMatches(m, url.hostname)));
}

function hostMatches(pattern: string, hostname: string): boolean {
  const host = /^\*:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/** Read a page into a snapshot: the store's adapter first, generic readers for the rest. */
export function snapshotFromDocument(doc: Document, url: URL): ProductSnapshot {
  const adapter = adapterFor(url);
  const fields = adapter ? adapter.read(doc, url) : { isProductPage: false };
  return { url: url.href, store: adapter?.id ?? 'generic', ...fields };
}
