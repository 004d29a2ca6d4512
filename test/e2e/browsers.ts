// Finds the real browsers the suite drives: CHROMIUM_PATH / FIREFOX_PATH, else the usual names on PATH.
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

/** @public read by scripts/test.mjs (through tsImport) */
export const INSTALL_HINT =
  'Install the browsers with: sudo apt-get install -y chromium firefox-esr (Debian/Ubuntu), ' +
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
