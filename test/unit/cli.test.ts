// Spawns the CLI the way `npm run analyze` does (tsx src/cli/analyze.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analysis } from '../../src/core/schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, ['src/cli/analyze.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

// Each case starts a tsx process (about 1–3 s, more on a loaded 2-core machine).
describe('npm run analyze', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'maglens-cli-'));
  const txt = join(dir, 'label.txt');
  writeFileSync(
    txt,
    'Supplement Facts\nServing Size 2 Capsules\nMagnesium (as magnesium bisglycinate chelate)\t200 mg\t48%\nSuggested use: take 2 capsules daily.\n',
  );

  it('prints the contract for a .txt page', () => {
    const r = run(txt);
    expect(r.status).toBe(0);
    const a = Analysis.parse(JSON.parse(r.stdout));
    expect(a.forms.map((f) => f.id)).toEqual(['glycinate']);
    expect(a.elementalMgPerServing).toMatchObject({ min: 200, max: 200, basis: 'stated-elemental' });
  });

  it('reads an .html page through the store adapter chosen by --url', () => {
    const r = run('test/fixtures/amazon/magnesium-kapseln-de.html', '--url', 'https://www.amazon.de/dp/B0MGDE3003');
    expect(r.status).toBe(0);
    const a = Analysis.parse(JSON.parse(r.stdout));
    expect(a.store).toBe('amazon');
    expect(a.forms.map((f) => f.id)).toEqual(['citrate']);
    expect(a.elementalMgPerDay).toEqual({ min: 400, max: 400 });
  });

  it('prints JSON Lines, in order, for several files', () => {
    const r = run(txt, 'test/fixtures/amazon/portable-charger.html');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => Analysis.parse(JSON.parse(l)));
    expect(lines).toHaveLength(2);
    expect(lines[0]!.containsMagnesium).toBe(true);
    expect(lines[1]!.containsMagnesium).toBe(false);
  });

  it.each([
    ['a missing file', ['no/such/file.html'], /cannot read no\/such\/file\.html/],
    ['an unknown option', [txt, '--frobnicate'], /unknown option: --frobnicate/],
    ['no file', [], /no file given/],
    ['a bad --url', [txt, '--url', 'not a url'], /not a valid address/],
  ])('%s exits 2 with one line on stderr', (_name, args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
