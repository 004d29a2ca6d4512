// The stores as the product content script knows them: which hosts, which addresses are product
// pages, which elements to copy. It imports each store's site, never its reader, so the content
// script bundles no text-reading code; registry.ts pairs each site with its reader.
import type { PageAddress, StoreSite } from './types';
import { extractPage, type PageExtract } from './extract';
import { amazonSite } from './amazon';
import { iherbSite } from './iherb';
import { walmartSite } from './walmart';
import { targetSite } from './target';
import { vitacostSite } from './vitacost';

export const SITES: readonly StoreSite[] = [amazonSite, iherbSite, walmartSite, targetSite, vitacostSite];

/** Match patterns of every supported store (content scripts and host permissions). */
export const STORE_MATCHES: string[] = SITES.flatMap((s) => s.matches);

/** Does a match pattern's host ("*://*.amazon.com/*") cover this hostname? Plain string work: this runs on every page load. */
function hostMatches(pattern: string, hostname: string): boolean {
  const start = pattern.indexOf('://') + 3;
  const host = pattern.slice(start, pattern.indexOf('/', start));
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

export function siteFor(url: Pick<PageAddress, 'hostname'>): StoreSite | undefined {
  return SITES.find((s) => s.matches.some((m) => hostMatches(m, url.hostname)));
}

/**
 * The product content script's work on each read: the extract of a store's product page, or
 * undefined on any other page (listings, carts, help: the popup offers its generic readers there).
 */
export function extractProductPage(doc: Document, address: PageAddress & { href: string }): PageExtract | undefined {
  const site = siteFor(address);
  if (!site?.isProductUrl(address)) return undefined;
  return { url: address.href, html: extractPage(doc, site.regions) };
}
