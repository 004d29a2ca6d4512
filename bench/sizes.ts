// Bundle sizes of the built Chrome extension, raw and gzipped (level 9): every content script, and the
// popup (popup.html's scripts and the chunks they import, followed transitively). Sizes are
// deterministic for a given build, so the budgets are checked by a unit test (test/unit/budgets.test.ts)
// as well as printed by `npm run bench`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** Each content script, gzipped. */
  contentScriptGzip: 30 * 1024,
  /** The popup's JavaScript (entry + every chunk it loads), gzipped. */
  popupGzip: 60 * 1024,
} as const;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface BundleSizes {
  contentScripts: FileSize[];
  /** The popup's JS files, and their total (total.gzip is the sum of per-file gzip sizes: each is fetched alone). */
  popup: { files: FileSize[]; total: { raw: number; gzip: number } };
}

export const BUILD_FIRST = 'build first: npm run build';

function sizeOf(outputDir: string, file: string): FileSize {
  const bytes = readFileSync(join(outputDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Relative module specifiers a chunk imports (static `import … from "x"`, `import "x"`, dynamic `import("x")`). */
function importsOf(source: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g];
  for (const re of patterns)
    for (const m of source.matchAll(re)) if (m[1]?.startsWith('.') || m[1]?.startsWith('/')) found.add(m[1]);
  return [...found];
}

/** Output-relative path of a specifier seen in `fromFile` (itself output-relative, posix). */
function resolveSpecifier(fromFile: string, spec: string): string {
  return spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(fromFile), spec));
}

/** popup.html's <script src> and <link rel="modulepreload">, then every chunk those import. */
export function popupFiles(outputDir: string): string[] {
  const html = readFileSync(join(outputDir, 'popup.html'), 'utf8');
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (m[1]) queue.push(resolveSpecifier('popup.html', m[1]));
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    if (m[1]) queue.push(resolveSpecifier('popup.html', m[1]));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !file.endsWith('.js')) continue;
    if (!existsSync(join(outputDir, file))) throw new Error(`popup.html refers to ${file}, which is not in ${outputDir}`);
    seen.add(file);
    for (const spec of importsOf(readFileSync(join(outputDir, file), 'utf8'))) queue.push(resolveSpecifier(file, spec));
  }
  return [...seen].sort();
}

/** Sizes of the Chrome build in `outputDir` (e.g. .output/chrome-mv3); throws BUILD_FIRST when it is missing. */
export function bundleSizes(outputDir: string): BundleSizes {
  if (!existsSync(join(outputDir, 'manifest.json'))) throw new Error(`${BUILD_FIRST} (${outputDir} has no manifest.json)`);
  const csDir = join(outputDir, 'content-scripts');
  const contentScripts = existsSync(csDir)
    ? readdirSync(csDir)
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => sizeOf(outputDir, `content-scripts/${f}`))
    : [];
  const files = popupFiles(outputDir).map((f) => sizeOf(outputDir, f));
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { contentScripts, popup: { files, total } };
}

/** Budget breaches, one line each (empty when every budget holds). */
export function budgetBreaches(sizes: BundleSizes): string[] {
  const out: string[] = [];
  for (const cs of sizes.contentScripts) {
    if (cs.gzip > BUDGETS.contentScriptGzip)
      out.push(`${cs.file}: ${kb(cs.gzip)} gzipped > ${kb(BUDGETS.contentScriptGzip)} budget`);
  }
  if (sizes.popup.total.gzip > BUDGETS.popupGzip) {
    out.push(
      `popup (${sizes.popup.files.map((f) => f.file).join(', ')}): ${kb(sizes.popup.total.gzip)} gzipped > ${kb(BUDGETS.popupGzip)} budget`,
    );
  }
  return out;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
