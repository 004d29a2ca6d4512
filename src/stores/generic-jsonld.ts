// Generic reader for schema.org JSON-LD: Product (or ProductGroup) with its Offer(s), found at the
// top level, in arrays, in "@graph" or under "mainEntity". Broken JSON is skipped; nothing throws.
// Only the page's ld+json scripts are parsed.
import type { SnapshotFields } from './types';
import type { Price } from '../core/snapshot';
import { capText, cleanText } from './dom';
import { priceFromParts } from './values';
import { JSON_LD } from './extract';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function types(node: Json): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#]/, ''));
}

/** Every object node of the ld+json scripts, flattened through arrays, @graph and mainEntity. */
function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || out.length > 200) return;
    for (const item of asArray(v)) {
      if (!isObj(item)) continue;
      out.push(item);
      if (item['@graph'] !== undefined) visit(item['@graph'], depth + 1);
      if (item['mainEntity'] !== undefined) visit(item['mainEntity'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll(JSON_LD)) {
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > 500_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // A broken block on someone else's page is not our error: skip it.
    }
  }
  return out;
}

const NOT_THE_PRICE = /StrikethroughPrice|ListPrice|MSRP|SRP|InvoicePrice|MinimumAdvertisedPrice/i;

/** The price an Offer states: its own price, else its sale UnitPriceSpecification. */
function offerPrice(offer: Json): Price | undefined {
  const own = priceFromParts(offer['price'], offer['priceCurrency']);
  if (own) return own;
  for (const spec of asArray(offer['priceSpecification'])) {
    if (!isObj(spec)) continue;
    const kind = typeof spec['priceType'] === 'string' ? spec['priceType'] : '';
    if (NOT_THE_PRICE.test(kind)) continue;
    const p = priceFromParts(spec['price'], spec['priceCurrency'] ?? offer['priceCurrency']);
    if (p) return p;
  }
  return undefined;
}

/** One price when every offer agrees; several different prices (variants, sellers) give none. */
function pickPrice(offers: unknown[]): Price | undefined {
  const prices: Price[] = [];
  for (const o of offers) {
    if (!isObj(o)) continue;
    if (types(o).includes('AggregateOffer')) {
      const low = priceFromParts(o['lowPrice'], o['priceCurrency']);
      const high = priceFromParts(o['highPrice'], o['priceCurrency']);
      const single = offerPrice(o);
      if (single) prices.push(single);
      else if (low && (!high || high.amount === low.amount)) prices.push(low);
      else return undefined;
      continue;
    }
    const p = offerPrice(o);
    if (p) prices.push(p);
  }
  const first = prices[0];
  if (!first) return undefined;
  return prices.every((p) => p.amount === first.amount && p.currency === first.currency) ? first : undefined;
}

function stripHtml(s: string): string {
  return cleanText(
    s
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&'),
  );
}

export interface JsonLdProduct {
  found: boolean;
  fields: Partial<SnapshotFields>;
}

/**
 * The page's own Product from JSON-LD: title, description, price (the page's offer, not a
 * strikethrough or a related item's). When several Products are present the one whose url matches
 * the page wins, else the first.
 */
export function readJsonLd(doc: Document, url?: URL | null): JsonLdProduct {
  const nodes = jsonLdNodes(doc);
  const products = nodes.filter((n) =>
    types(n).some((t) => t === 'Product' || t === 'ProductGroup' || t === 'IndividualProduct'),
  );
  if (!products.length) return { found: false, fields: {} };
  const samePage = (n: Json) => {
    const u = typeof n['url'] === 'string' ? n['url'] : typeof n['@id'] === 'string' ? n['@id'] : '';
    if (!u || !url) return false;
    try {
      return new URL(u, url).pathname === url.pathname;
    } catch {
      return false;
    }
  };
  const product = products.find(samePage) ?? products[0]!;
  const fields: Partial<SnapshotFields> = {};
  const name = typeof product['name'] === 'string' ? stripHtml(product['name']) : '';
  if (name) fields.title = name;
  const description = typeof product['description'] === 'string' ? stripHtml(product['description']) : '';
  if (description) fields.description = capText(description, 2_000);
  let offers = asArray(product['offers']);
  // A @graph may hold the Offer beside the Product rather than inside it.
  if (!offers.length && products.length === 1) offers = nodes.filter((n) => types(n).includes('Offer'));
  const price = pickPrice(offers);
  if (price) fields.price = price;
  return { found: true, fields };
}
