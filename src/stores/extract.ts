// What the product content script does on the page, and all it does: copy the markup of the parts
// of the page the store's adapter reads (its regions) into one HTML string.
// Serialising a few subtrees is native work; the adapter's reading (text walks, regular expressions,
// JSON parsing) then runs in the background over that copy (extract-read.ts), off the page's main
// thread. The copy is only ever parsed into an inert document there: never run, never shown.

/**
 * Where an adapter reads, as selectors. '#id' is one getElementById and '#id rest' a query inside
 * that element: neither walks the page. Any other selector walks the whole document (all such
 * regions share one walk): prefer ids where the store has them, or list the selector as a fallback
 * after an id-scoped alternative. A list is tried in order and the first alternative that finds
 * anything is used.
 * Regions must be elements that parse on their own in a <body> (containers, not <tr> or <td>). They
 * are copied in the order listed, then the document-walk ones in document order: list them as the
 * page has them, so that an adapter's "first match" is the same on the copy.
 */
export type Region = string | readonly string[];

/** The page's JSON-LD, for adapters that read it (the generic reader fills fields from it). */
export const JSON_LD = 'script[type="application/ld+json"]';

/** A product page's extract, as the content script sends it to the background. */
export interface PageExtract {
  url: string;
  html: string;
}

/** One element's markup is left out above this size: a region that large is the wrong element. */
export const MAX_REGION_CHARS = 400_000;
/** The whole extract stops growing here. */
export const MAX_EXTRACT_CHARS = 1_500_000;
/** At most this many elements per selector. */
const MAX_PER_SELECTOR = 20;

/** The elements one selector finds, without a document walk when it starts with an id. */
function find(doc: Document, selector: string, max = MAX_PER_SELECTOR): Element[] {
  if (!selector.startsWith('#')) return [...doc.querySelectorAll(selector)].slice(0, max);
  const space = selector.indexOf(' ');
  const el = doc.getElementById(space < 0 ? selector.slice(1) : selector.slice(1, space));
  if (!el || space < 0) return el ? [el] : [];
  return [...el.querySelectorAll(selector.slice(space + 1))].slice(0, max);
}

/**
 * The markup of every region (in the order Region describes), each element once (a region inside
 * another is covered by the outer one), within the size caps.
 */
export function extractPage(doc: Document, regions: readonly Region[]): string {
  const found: Element[] = [];
  const add = (el: Element): void => {
    for (const f of found) if (f === el || f.contains(el)) return;
    for (let i = found.length - 1; i >= 0; i--) if (el.contains(found[i]!)) found.splice(i, 1);
    found.push(el);
  };
  const walk: string[] = [];
  for (const region of regions) {
    if (typeof region === 'string') {
      if (region.startsWith('#')) find(doc, region).forEach(add);
      else walk.push(region);
      continue;
    }
    for (const alternative of region) {
      const els = find(doc, alternative);
      els.forEach(add);
      if (els.length) break;
    }
  }
  if (walk.length) find(doc, walk.join(','), MAX_PER_SELECTOR * walk.length).forEach(add);
  const parts: string[] = [];
  let size = 0;
  for (const el of found) {
    const html = el.outerHTML;
    if (html.length > MAX_REGION_CHARS || size + html.length > MAX_EXTRACT_CHARS) continue;
    parts.push(html);
    size += html.length + 1;
  }
  return parts.join('\n');
}

/** A page no store claims, as the one-off page reader sends it: its visible text and its JSON-LD. */
export interface PageTextExtract {
  url: string;
  /** The page's own heading (its first h1), where it has one. */
  title?: string;
  /** What the page shows, as the browser lays it out (innerText), capped. */
  text: string;
  /** The page's JSON-LD scripts' markup, capped like a region. */
  html: string;
}

/** The visible text stops here: a product page's text is far smaller; an endless feed is cut. */
export const MAX_PAGE_TEXT_CHARS = 400_000;

/**
 * The one-off reader's copy of a page no store adapter claims: innerText (what the shopper sees,
 * in blocks, hidden parts left out), the first h1 and the JSON-LD. Nothing is read or parsed here.
 */
export function extractPageText(doc: Document, url: string): PageTextExtract {
  const body = doc.body as HTMLElement | null;
  const text = (body?.innerText ?? body?.textContent ?? '').slice(0, MAX_PAGE_TEXT_CHARS);
  const title = (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
  return { url, text, html: extractPage(doc, [JSON_LD]), ...(title ? { title } : {}) };
}
