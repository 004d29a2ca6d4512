// Scaffolds a store adapter and its first fixture pair. Registers nothing: it prints what to add.
//   npx tsx scripts/new-store.ts <id> <host>        e.g.  npx tsx scripts/new-store.ts vitaminshoppe vitaminshoppe.com
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [id, rawHost] = process.argv.slice(2);
if (!id || !rawHost || !/^[a-z][a-z0-9-]*$/.test(id) || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(rawHost)) {
  console.error('usage: npx tsx scripts/new-store.ts <id: lower-case, e.g. vitaminshoppe> <host: e.g. vitaminshoppe.com>');
  process.exit(1);
}
const host = rawHost.replace(/^www\./, '');
const name = id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const adapterPath = resolve('src/stores', `${id}.ts`);
const fixtureDir = resolve('test/fixtures', id);
const page = resolve(fixtureDir, 'product.html');
const expected = resolve(fixtureDir, 'product.expected.json');
for (const p of [adapterPath, page, expected]) {
  if (existsSync(p)) {
    console.error(`${p} exists already; nothing written`);
    process.exit(1);
  }
}

writeFileSync(
  adapterPath,
  `// ${host} product pages. Say here where the selectors come from (a saved page, public markup).
import type { SnapshotFields, StoreAdapter, StoreSite } from './types';
import { textOf } from './dom';
import { parsePrice } from './values';

export const ${name}Site: StoreSite = {
  id: '${id}',
  matches: ['*://*.${host}/*'],
  // TODO: every element read() looks at ('#id' where the store has ids); only these reach the background.
  regions: ['h1', '[itemprop="price"]'],
  isProductUrl(url) {
    // TODO: the store's product path, e.g. /product/<slug>/<id>.
    return /^(?:www\\.)?${host.replace(/\./g, '\\.')}$/.test(url.hostname) && /^\\/product\\/[^/]+\\/?$/.test(url.pathname);
  },
  examples: {
    product: ['https://www.${host}/product/example-magnesium-glycinate-120-capsules'],
    notProduct: ['https://www.${host}/', 'https://www.${host}/search?q=magnesium'],
  },
};

export const ${name}: StoreAdapter = {
  ...${name}Site,
  read(doc, url) {
    const title = textOf(doc, 'h1');
    const out: SnapshotFields = { isProductPage: ${name}.isProductUrl(url) && title !== undefined };
    if (title) out.title = title;
    const price = parsePrice(textOf(doc, '[itemprop="price"]'), url.hostname);
    if (price) out.price = price;
    // Read only the nodes you need: labelText (facts rows, one a line, cells tab-joined), servingSize
    // as printed, directions, ingredients, details, unitCount. Leave a field absent rather than guess;
    // JSON-LD and a facts panel in the text fill what is left (registry.ts).
    return out;
  },
};
`,
);

mkdirSync(fixtureDir, { recursive: true });
writeFileSync(
  page,
  `<!-- MagLens fixture ${id}/product.html: replace this skeleton with a saved ${host} product page and say
here where its markup came from (repository, path, commit or "saved from <url> on <date>"), and what was changed. -->
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Example Magnesium Glycinate</title></head>
<body><h1>Example Magnesium Glycinate 120 Capsules</h1><span itemprop="price">$19.99</span></body></html>
`,
);
writeFileSync(
  expected,
  `${JSON.stringify(
    {
      url: `https://www.${host}/product/example-magnesium-glycinate-120-capsules`,
      store: id,
      isProductPage: true,
      title: 'Example Magnesium Glycinate 120 Capsules',
      price: { amount: 19.99, currency: 'USD' },
    },
    null,
    2,
  )}\n`,
);

console.log(`wrote src/stores/${id}.ts, test/fixtures/${id}/product.html and product.expected.json

Now, by hand:
  1. src/core/schema.ts: add '${id}' to STORE_IDS (the adapter's id must be a StoreId).
  2. src/stores/sites.ts: import { ${name}Site } from './${id}'; and add it to SITES;
     src/stores/registry.ts: import { ${name} } from './${id}'; and add ${name} to STORES.
  3. Put real example URLs in examples (product / notProduct); the URL test runs every check on them.
  4. Save a real product page over test/fixtures/${id}/product.html (with its provenance comment),
     add a second page, then: npx tsx scripts/fixtures/regen-expected.ts test/fixtures/${id}/product.html --url <its address>
     and review the expected JSON.
  5. Add a row for each page to test/fixtures/README.md, and the store to the README's table.
  6. npx vitest run test/unit/stores.test.ts && npx tsc --noEmit`);
