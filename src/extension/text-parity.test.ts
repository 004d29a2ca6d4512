// The popup's paste box and "Analyze selected text" give the analysis the CLI gives for the same
// text: over every page of the page-text dev set, the background's answer is compared with the
// JSON Lines of one `npm run analyze` run over the same files (a real CLI process, not a copy of it).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, keepSelection, resultKey } from './results';
import type { PageResult, ResultReply } from './messages';

const root = resolve(import.meta.dirname, '../..');
const PAGES = join(root, 'test/fixtures/pages');
const pages = readFileSync(join(PAGES, 'truth.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { file: string; url: string });

function cli(files: string[], url?: string): unknown[] {
  const args = ['src/cli/analyze.ts', ...files, ...(url ? ['--url', url] : [])];
  // One JSON line per page: the whole set's is several megabytes, over spawnSync's 1 MB default (whose
  // overflow kills the CLI with SIGTERM, exit 143).
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`analyze exited ${r.status}: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
}

beforeEach(() => fakeBrowser.reset());

describe('paste box and selection agree with the CLI', { timeout: 180_000 }, () => {
  it(`the paste box, on all ${pages.length} dev-set pages`, async () => {
    expect(pages.length).toBeGreaterThanOrEqual(80);
    const files = pages.map((p) => join('test/fixtures/pages', p.file));
    const expected = cli(files);
    expect(expected).toHaveLength(pages.length);
    for (const [i, page] of pages.entries()) {
      const text = readFileSync(join(PAGES, page.file), 'utf8');
      const reply = (await handleMessage({ type: 'analyze-text', text }, {})) as ResultReply;
      expect(reply.result?.analysis, page.file).toEqual(expected[i]);
    }
  });

  it('"Analyze selected text", on pages of several languages, with the tab\'s address', async () => {
    // A tab has a web address; a page known only by a repository's file id has none to give. Thirty pages
    // spread over the set (one CLI process each, about two seconds apiece), whatever the set's size.
    const withAddress = pages.filter((p) => /^https?:\/\//.test(p.url));
    const step = Math.ceil(withAddress.length / 30);
    const sample = withAddress.filter((_, i) => i % step === 0);
    expect(sample.length).toBeGreaterThanOrEqual(4);
    for (const [i, page] of sample.entries()) {
      const [expected] = cli([join('test/fixtures/pages', page.file)], page.url);
      const text = readFileSync(join(PAGES, page.file), 'utf8');
      await keepSelection(i + 1, text, page.url);
      const kept = (await fakeBrowser.storage.session.get(resultKey(i + 1)))[resultKey(i + 1)] as PageResult;
      expect(kept.analysis, page.file).toEqual(expected);
      expect(kept.origin).toBe('selection');
    }
  });
});
