// Pins the built manifests' permissions and content-script hosts to the list documented in README,
// and checks the Firefox essentials web-ext lint does not catch.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The fields of a built manifest.json these tests read. */
interface BuiltManifest {
  name: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  icons?: Record<string, string>;
  background: { scripts: string[] };
  browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
}

function manifest(dir: string): BuiltManifest {
  const path = resolve(root, '.output', dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build)`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

function documented() {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const block = /```json maglens-permissions\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md lacks the ```json maglens-permissions block');
  return JSON.parse(block[1]!) as {
    chrome: { permissions: string[]; host_permissions: string[] };
    firefox: { permissions: string[]; host_permissions: string[] };
    contentScriptHosts: string[];
  };
}

function contentScriptHosts(m: BuiltManifest): string[] {
  const patterns: string[] = (m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
  return [...new Set(patterns.map((p) => /^\*:\/\/(?:\*\.)?([^/]+)\//.exec(p)?.[1] ?? `unparsed:${p}`))].sort();
}

describe.each([
  ['chrome', 'chrome-mv3'],
  ['firefox', 'firefox-mv2'],
] as const)('%s manifest', (browser, dir) => {
  const m = manifest(dir);
  const doc = documented();

  it('asks for exactly the documented permissions', () => {
    // MV2 lists hosts among permissions; MV3 keeps them apart.
    const all: string[] = m.permissions ?? [];
    const hosts = [...(m.host_permissions ?? []), ...all.filter((p) => p.includes('://') || p === '<all_urls>')];
    expect(all.filter((p) => !hosts.includes(p)).sort()).toEqual([...doc[browser].permissions].sort());
    expect(hosts.sort()).toEqual([...doc[browser].host_permissions].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('runs content scripts only on the documented store hosts', () => {
    expect(contentScriptHosts(m)).toEqual([...doc.contentScriptHosts].sort());
    const patterns: string[] = (m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    expect(patterns.filter((p) => p === '<all_urls>' || p.startsWith('*://*/'))).toEqual([]);
  });

  it('names the product and carries its icons', () => {
    expect(m.name).toMatch(/MagLens/);
    expect(Object.keys(m.icons ?? {})).toEqual(expect.arrayContaining(['16', '48', '128']));
  });
});

describe('firefox specifics', () => {
  const m = manifest('firefox-mv2');
  it('has a fixed gecko id and declares that it collects no data', () => {
    expect(m.browser_specific_settings.gecko.id).toBe('maglens@maglens.app');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.background.scripts.length).toBeGreaterThan(0);
  });
});
