// The browser's own context menu, for the one path a test cannot reach through a protocol: Chromium
// draws it as a native window, and neither CDP nor Playwright can open or choose from it. Tests that
// need it run Chromium with a window on a virtual X display (Xvfb), right-click with real X input
// (xdotool), and pick the item by looking at the menu (xwd): the row showing MagLens's icon, the only
// coloured pixels in a grey menu. Firefox's menu is reached from its own chrome instead (driver.ts).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { locateTool } from './browsers';

/**
 * Debian's packages that hold the three tools.
 * @public also read by scripts/test.mjs (through tsImport), which knip does not follow.
 */
export const NATIVE_MENU_TOOLS = { Xvfb: 'xvfb', xdotool: 'xdotool', xwd: 'x11-apps' } as const;

function requireTools(): void {
  const missing = Object.entries(NATIVE_MENU_TOOLS).filter(([tool]) => !locateTool(tool));
  if (missing.length)
    throw new Error(
      `${missing.map(([t]) => t).join(', ')} not found: the context-menu test drives Chromium's own menu on a virtual display. ` +
        `Install with: sudo apt-get install -y ${missing.map(([, p]) => p).join(' ')}`,
    );
}

export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":99". */
  display: string;
  stop(): void;
}

/** Starts Xvfb on a free display number (Xvfb picks it and writes it to fd 3). */
export async function startDisplay(): Promise<VirtualDisplay> {
  requireTools();
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start: ${err.trim()}`)), 10_000);
    xvfb.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    xvfb.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      resolve(out.trim());
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
  return { display: `:${number}`, stop: () => void xvfb.kill() };
}

function x(display: string, tool: string, args: string[]): Buffer {
  return execFileSync(tool, args, { env: { ...process.env, DISPLAY: display }, maxBuffer: 64 << 20 });
}

function visibleWindows(display: string): string[] {
  try {
    return x(display, 'xdotool', ['search', '--onlyvisible', '--name', '.*']).toString().trim().split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** The rows (y, from the window's top) holding pixels of MagLens's teal icon, in an xwd dump of one window. */
function iconRows(dump: Buffer): number[] {
  const u = (i: number) => dump.readUInt32BE(i * 4);
  const [headerSize, width, height, bytesPerLine, bitsPerPixel, colours] = [u(0), u(4), u(5), u(12), u(11), u(19)];
  if (bitsPerPixel !== 32) throw new Error(`xwd gave ${bitsPerPixel} bits per pixel; expected 32`);
  const start = headerSize + colours * 12;
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let col = 0; col < width; col++) {
      const p = start + y * bytesPerLine + col * 4; // BGRX, least significant byte first
      const [r, g, b] = [dump[p + 2]!, dump[p + 1]!, dump[p]!];
      if (g - r > 40 && b - r > 30) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

/**
 * Right-clicks at a point of the screen, waits for the context menu's window and clicks the row that
 * shows MagLens's icon. Throws, saying what it saw, when no menu opens or no row shows the icon.
 */
export async function chooseMaglensMenuItem(display: string, at: { x: number; y: number }): Promise<void> {
  const before = new Set(visibleWindows(display));
  x(display, 'xdotool', ['mousemove', String(at.x), String(at.y)]);
  x(display, 'xdotool', ['click', '3']);
  let menu: string | undefined;
  for (let i = 0; i < 50 && !menu; i++) {
    await new Promise((r) => setTimeout(r, 100));
    menu = visibleWindows(display).find((id) => !before.has(id));
  }
  if (!menu) throw new Error(`no context menu opened after a right-click at ${at.x},${at.y}`);
  const geometry = x(display, 'xdotool', ['getwindowgeometry', menu]).toString();
  const position = /Position: (\d+),(\d+)/.exec(geometry);
  const size = /Geometry: (\d+)x(\d+)/.exec(geometry);
  if (!position || !size) throw new Error(`the menu's geometry could not be read: ${geometry}`);
  // Mapped is not yet drawn: look again until the icon shows (a busy machine draws late).
  let rows: number[] = [];
  for (let i = 0; i < 30 && !rows.length; i++) {
    await new Promise((r) => setTimeout(r, 100));
    rows = iconRows(x(display, 'xwd', ['-id', menu, '-silent']));
  }
  if (!rows.length) throw new Error(`the context menu (${size[0]}) shows no MagLens item`);
  const rowY = Number(position[2]) + Math.round((rows[0]! + rows.at(-1)!) / 2);
  x(display, 'xdotool', ['mousemove', String(Number(position[1]) + Math.round(Number(size[1]) / 2)), String(rowY)]);
  await new Promise((r) => setTimeout(r, 200)); // the row highlights under the pointer
  x(display, 'xdotool', ['click', '1']);
}
