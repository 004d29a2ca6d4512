// npm run analyze -- <file.html|file.txt|label.png|label.jpg>… [--url <page address>]
// Prints the analysis contract (docs/design.md), validated by the zod schema: one JSON object per file,
// in order (JSON Lines when several). .html goes through the store adapters (chosen by --url, else the
// generic readers); .txt is the page's visible text; an image is a label panel, read on this machine by
// the extension's OCR engine and label reader. Bad input exits 2 with one line on stderr.
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze } from '../core/analyze';
import { Analysis } from '../core/schema';
import { snapshotFromDocument, snapshotFromText } from '../stores/registry';
import { analyseLabelLines } from '../ocr/read-label';
import { IMAGE_EXTENSIONS, closeEngine, readImageFile, sharedEngine } from './image';

const USAGE = 'usage: npm run analyze -- <file.html|file.txt|label.png|label.jpg>... [--url <page address>]';

class UsageError extends Error {}

interface Args {
  files: string[];
  url: URL | null;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let url: URL | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new UsageError(`--url needs a page address. ${USAGE}`);
      try {
        url = new URL(value);
      } catch {
        throw new UsageError(`--url is not a valid address: ${value}`);
      }
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError(USAGE);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option: ${arg}. ${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (!files.length) throw new UsageError(`no file given. ${USAGE}`);
  return { files, url };
}

function checkInput(file: string): string {
  const path = resolve(file);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (!isFile) throw new UsageError(`cannot read ${file}: not a file`);
  const ext = extname(path).toLowerCase();
  if (!['.html', '.htm', '.txt', ...IMAGE_EXTENSIONS].includes(ext))
    throw new UsageError(`cannot read ${file}: expected a .html, .txt, .png or .jpg file`);
  return path;
}

function readInput(file: string): string {
  try {
    return readFileSync(checkInput(file), 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: permission denied or unreadable`);
  }
}

async function analyzeImage(file: string, url: URL | null): Promise<Analysis> {
  const image = readImageFile(checkInput(file));
  const { lines } = await (await sharedEngine()).read(image);
  const page = url ? { url: url.href, store: 'generic' as const, isProductPage: true } : null;
  return Analysis.parse(analyseLabelLines(lines, page).analysis);
}

async function analyzeFile(file: string, url: URL | null): Promise<Analysis> {
  if (IMAGE_EXTENSIONS.includes(extname(file).toLowerCase())) return analyzeImage(file, url);
  const content = readInput(file);
  const isHtml = /\.html?$/i.test(file);
  // Without --url the page gets its file address, which no store adapter claims: the generic readers decide.
  const pageUrl = url ?? pathToFileURL(resolve(file));
  const snapshot = isHtml
    ? snapshotFromDocument(parseHTML(content).document as unknown as Document, pageUrl)
    : snapshotFromText(content, url);
  return Analysis.parse(analyze(snapshot));
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
    // Check every file first, so a bad path fails before any output.
    for (const f of args.files) checkInput(f);
  } catch (error) {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  for (const file of args.files) {
    try {
      process.stdout.write(`${JSON.stringify(await analyzeFile(file, args.url))}\n`);
    } catch (error) {
      const message =
        error instanceof UsageError
          ? error.message
          : `could not analyse ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      process.stderr.write(`analyze: ${message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).finally(closeEngine);
