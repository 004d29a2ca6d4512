// Finds the real browsers the suite drives: CHROMIUM_PATH / FIREFOX_PATH, else the usual names on PATH.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = {
  chromium: { env: 'CHROMIUM_PATH', names: ['chromium', 'chromium-browser'] },
  firefox: { env: 'FIREFOX_PATH', names: ['firefox-esr', 'firefox'] },
} as const;

export type BrowserName = keyof typeof CANDIDATES;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's path, or undefined when it is not installed.
 * @public scripts/test.mjs loads it through tsImport, which knip does not follow.
 */
export function locateBrowser(name: BrowserName): string | undefined {
  const { env, names } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
  return onPath(names);
}

function onPath(names: readonly string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const n of names) if (dir && executable(join(dir, n))) return join(dir, n);
  }
  return undefined;
}

/**
 * A tool's path on PATH (the context-menu test's Xvfb, xdotool, xwd), or undefined.
 * @public scripts/test.mjs loads it through tsImport, which knip does not follow.
 */
export function locateTool(name: string): string | undefined {
  return onPath([name]);
}

/**
 * The oldest Firefox the suite drives: older ESRs (Debian's main archive holds 140) refuse WebDriver BiDi
 * commands Puppeteer sends ("unknown command emulation.setScreenOrientationOverride"); 153 works.
 */
const MIN_FIREFOX = 153;

/**
 * Why the Firefox at `path` cannot run the suite (its version is older than MIN_FIREFOX), or undefined.
 * @public scripts/test.mjs loads it through tsImport, which knip does not follow.
 */
export function firefoxTooOld(path: string): string | undefined {
  let version = '';
  try {
    version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  } catch {
    return undefined;
  }
  const major = Number(/(\d+)\.\d/.exec(version)?.[1]);
  return major && major < MIN_FIREFOX
    ? `${version.trim()} is older than Firefox ${MIN_FIREFOX}, which the suite needs. Update it with: sudo apt-get update && sudo apt-get install -y firefox-esr (Debian's security archive has ${MIN_FIREFOX}), or point FIREFOX_PATH at a newer one.`
    : undefined;
}

/** @public read by scripts/test.mjs (through tsImport) */
export const INSTALL_HINT =
  'Install the browsers with: sudo apt-get update && sudo apt-get install -y chromium firefox-esr (Debian/Ubuntu), ' +
  'or point CHROMIUM_PATH / FIREFOX_PATH at the binaries.';

/** The browser's path; throws a message saying how to install it when missing. */
export function findBrowser(name: BrowserName): string {
  const found = locateBrowser(name);
  if (!found)
    throw new Error(
      `${name} was not found (${CANDIDATES[name].env} or ${CANDIDATES[name].names.join('/')} on PATH). ${INSTALL_HINT}`,
    );
  return found;
}
