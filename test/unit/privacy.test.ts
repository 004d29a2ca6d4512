// The privacy promise, checked on what ships: no built script of either browser's extension names a
// network API, except the label-image reader's page and engine (ocr.html's chunk, ocr/), which load the
// extension's own files (worker, WebAssembly, language data) and so must name no address at all. (The real-browser suite also records every request the extension's pages, content
// scripts and background make, and requires none: test/e2e/quality.spec.ts.) Needs `npm run build`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_FIRST } from '../../bench/sizes';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
/** The OCR page's chunk and the engine's files: they fetch the extension's own files. */
const LOADS_OWN_FILES = /^(?:ocr\/|chunks\/ocr-[\w-]+\.js$)/;
/** Any address a script could reach outside the extension. */
const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[^\s'"`)]*/g;
const NETWORK_APIS =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\s*\(|RTCPeerConnection|WebTransport/g;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.(?:js|mjs|html)$/.test(name) ? [path] : [];
  });
}

describe.each(['chrome-mv3', 'firefox-mv2'])('no network API in the %s build', (build) => {
  it('names none in any script or page', () => {
    const dir = resolve(OUTPUT, build);
    if (!existsSync(resolve(dir, 'manifest.json'))) expect.fail(BUILD_FIRST);
    const files = scripts(dir);
    expect(files.length).toBeGreaterThan(3);
    const found = files
      .filter((f) => !LOADS_OWN_FILES.test(relative(dir, f)))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(NETWORK_APIS)].map((m) => `${relative(dir, f)}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('lets only the label reader load files, and it names no address outside the extension', () => {
    const dir = resolve(OUTPUT, build);
    if (!existsSync(resolve(dir, 'manifest.json'))) expect.fail(BUILD_FIRST);
    const reader = scripts(dir).filter((f) => LOADS_OWN_FILES.test(relative(dir, f)));
    expect(reader.map((f) => relative(dir, f)).sort()).toEqual(
      expect.arrayContaining(['ocr/tesseract-core-simd-lstm.js', 'ocr/worker.min.js', expect.stringMatching(/^chunks\/ocr-/)]),
    );
    const addresses = reader.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(ADDRESS)].map((m) => `${relative(dir, f)}: ${m[0]}`),
    );
    expect(addresses).toEqual([]);
  });
});
