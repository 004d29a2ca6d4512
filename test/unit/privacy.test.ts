// The privacy promise, checked on what ships: no built script of either browser's extension names a
// network API. (The real-browser suite also records every request the extension's pages, content
// scripts and background make, and requires none: test/e2e/quality.spec.ts.) Needs `npm run build`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_FIRST } from '../../bench/sizes';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
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
    const found = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(NETWORK_APIS)].map((m) => `${relative(dir, f)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
