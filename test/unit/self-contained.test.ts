// A clone of the repository must build and pass its tests on its own: no tracked file may point at
// the team's reference shelf beside the clone (CI's own .ci/ set-up is the one exception).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Built from parts, so this file does not name what it looks for.
const SHELF = ['..', 'shared'].join('/');

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter((f) => f && !f.startsWith('.ci/'));
}

describe('the repository stands on its own', () => {
  it(`no tracked file outside .ci/ names ${SHELF}`, () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const naming = files.filter((f) => readFileSync(resolve(root, f), 'latin1').includes(SHELF));
    expect(naming).toEqual([]);
  });

  it('the corpus the tests read is in the repository, with its notices', () => {
    const files = trackedFiles();
    for (const f of [
      'test/corpus/README.md',
      'test/corpus/THIRD-PARTY-NOTICES.md',
      'test/corpus/iherb-2015-labels.dev.jsonl',
      'LICENSE',
    ]) {
      expect(files).toContain(f);
    }
  });
});
