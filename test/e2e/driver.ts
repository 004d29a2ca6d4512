// One page object over two real browsers: Chromium through Playwright (persistent context with the
// unpacked MV3 build), Firefox through puppeteer-core over WebDriver BiDi (the MV2 build installed as
// a temporary add-on), because Playwright cannot drive moz-extension:// pages (docs/browser-tests.md 4b).
// Every network request is answered from the served fixtures or refused: nothing leaves the machine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from '@playwright/test';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { findBrowser } from './browsers';
import { chooseMaglensMenuItem, startDisplay, type VirtualDisplay } from './native-menu';
import { GECKO_ID } from '../../wxt.config';

export type Target = 'chromium' | 'firefox';
export type PopupState = 'analysis' | 'not-magnesium' | 'unsupported-page' | 'loading';

export interface PopupView {
  /** Waits until the popup root shows this state. */
  waitForState(state: PopupState): Promise<void>;
  /** Text of every element with this data-testid, in document order. */
  texts(testId: string): Promise<string[]>;
  /** An attribute of the first element matching the selector (null when there is none). */
  attr(selector: string, name: string): Promise<string | null>;
  /** How many elements match the selector now. */
  count(selector: string): Promise<number>;
  /** The toolbar badge text the background set for the tab the popup describes. */
  toolbarBadge(): Promise<string>;
  /** Form controls, by data-testid. */
  fill(testId: string, text: string): Promise<void>;
  click(testId: string): Promise<void>;
  select(testId: string, value: string): Promise<void>;
  /** axe-core's serious and critical violations (rule ids) on this page. */
  seriousA11yViolations(): Promise<string[]>;
  screenshot(path: string, colorScheme: 'light' | 'dark'): Promise<void>;
  /** Click the first element matching a CSS selector. */
  clickSelector(selector: string): Promise<void>;
  /** Replace the value of the first form control matching a CSS selector, then commit it (change event). */
  fillSelector(selector: string, text: string): Promise<void>;
  /** This attribute of every element matching the selector, in document order. */
  attrs(selector: string, name: string): Promise<(string | null)[]>;
  /** The page's viewport, as a popup of this size would have it. */
  setViewport(width: number, height: number): Promise<void>;
  setColorScheme(colorScheme: 'light' | 'dark'): Promise<void>;
  /** The first match's box in CSS pixels from the top of the page (null when nothing matches). */
  box(selector: string): Promise<{ top: number; bottom: number; left: number; right: number } | null>;
  /** A picture of the viewport only: what the popup shows before any scrolling. */
  screenshotViewport(path: string): Promise<void>;
  /** Send a runtime message from this extension page, as the popup's own code would; resolves to the answer. */
  sendMessage(message: unknown): Promise<unknown>;
}

// Runs in the page: every `@media (prefers-color-scheme: dark)` rule of the page's own stylesheets
// applies (dark) or not (light), whatever the browser's setting.
function forceColorSchemeInPage(scheme: 'light' | 'dark') {
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const media = rule as CSSMediaRule & { maglensMedia?: string };
      media.maglensMedia ??= media.media.mediaText;
      if (!/prefers-color-scheme:\s*dark/.test(media.maglensMedia)) continue;
      media.media.mediaText = scheme === 'dark' ? 'all' : 'not all';
    }
  }
}

// Runs in the page: the first match's box, from the top of the document.
function boxInPage(selector: string) {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
}

// Runs in the page: scrolls the element to the middle of the view and gives its centre in the view
// (CSS pixels, for protocol input) and on the screen (the window's position plus the browser's frame
// above and beside the page, for X input).
function centreInPage(selector: string) {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  const view = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  const frameX = (outerWidth - innerWidth) / 2;
  const frameY = outerHeight - innerHeight;
  return { view, screen: { x: Math.round(screenX + frameX + view.x), y: Math.round(screenY + frameY + view.y) } };
}

/** A store page opened in a tab: enough to check the content script's work from outside. */
export interface PageView {
  /** How many elements match the selector now. */
  count(selector: string): Promise<number>;
  /** This attribute of every element matching the selector, in document order. */
  attrs(selector: string, name: string): Promise<(string | null)[]>;
  /** Run a function in the page (its main world) with one serialisable argument. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Parse HTML and append it to the first element matching the selector (cards loaded later). */
  appendHtml(selector: string, html: string): Promise<void>;
}

// Runs in the page: append parsed HTML to the first match (test markup, never page text).
function appendHtmlInPage({ selector, html }: { selector: string; html: string }): void {
  const parent = document.querySelector(selector);
  if (!parent) throw new Error(`appendHtml: no element matches ${selector}`);
  parent.insertAdjacentHTML('beforeend', html);
}

export interface ExtensionDriver {
  /** Serve this HTML at its real store URL (all other requests are refused); Chromium honours delayMs. */
  serve(url: string, html: string, delayMs?: number): void;
  /** Serve a file (an image, say) at this address. */
  serveFile(url: string, body: Buffer, contentType: string): void;
  /**
   * Click MagLens's toolbar button for the tab showing this page: the real popup opens over it and the
   * click grants activeTab, as a user's would. Chromium: CDP Extensions.triggerAction. Firefox: the
   * button's own action, run from the browser's chrome (WebDriver BiDi with system access), and the
   * popup panel is read and clicked through a frame script, as BiDi does not list panels.
   */
  clickToolbarButton(page: PageView): Promise<PopupView>;
  /**
   * Right-click the element (scrolled into view) and choose MagLens's item in the browser's own context
   * menu. Firefox: a BiDi right-click opens the real menu; the item is activated from the chrome.
   * Chromium: only with a driver launched with nativeMenus (a window on Xvfb; see native-menu.ts).
   */
  chooseMaglensMenuItem(page: PageView, selector: string): Promise<void>;
  /** Open a tab at a served URL and let the content script run (Chromium: wait: false returns at once). */
  open(url: string, options?: { wait: boolean }): Promise<PageView>;
  /** Open the popup page in a tab; it describes the tab used before it. */
  openPopup(): Promise<PopupView>;
  /** Open another extension page (e.g. options.html) in a tab. */
  openExtensionPage(path: string): Promise<PopupView>;
  /**
   * Every request that was refused: neither a served page nor the extension's own files. With
   * fixture pages that load nothing themselves, anything here came from the extension.
   */
  refusedRequests(): string[];
  /**
   * Make the extension's background (Chromium's service worker, Firefox's background page) request
   * this URL: a probe showing that refusedRequests() sees the background's requests too.
   */
  requestFromBackground(url: string): Promise<void>;
  close(): Promise<void>;
}

const OUTPUT = resolve(import.meta.dirname, '../../.output');

// Not network requests of anyone's (data: URLs), or the browser's own tab furniture (favicons).
function isBrowserNoise(url: string): boolean {
  return url.startsWith('data:') || new URL(url).pathname === '/favicon.ico';
}
const POPUP_TIMEOUT = 15_000;
// Fixed moz-extension host so the suite can address the Firefox popup.
const FIREFOX_UUID = '6d1c9a52-3f0e-4b7a-9c21-5e8f0a4d7b13';

// Runs inside the popup page: the badge text of the tab the popup root names.
async function readBadgeInPopup(): Promise<string> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const action = api.action ?? api.browserAction;
  const tabId = Number(document.querySelector('[data-maglens="popup"]')?.getAttribute('data-tab-id'));
  return await action.getBadgeText({ tabId });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Runs inside the page after axe-core was evaluated there (evaluate is not subject to the page's CSP).
async function runAxeInPage(): Promise<string[]> {
  const axe = (globalThis as any).axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter((v: { impact?: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

function stateSelector(state: PopupState) {
  return `[data-maglens="popup"][data-state="${state}"]`;
}

class ChromiumDriver implements ExtensionDriver {
  private served = new Map<string, string>();
  private files = new Map<string, { body: Buffer; contentType: string }>();
  private delays = new Map<string, number>();
  private refused: string[] = [];
  private constructor(
    private context: BrowserContext,
    private extensionId: string,
    private profileDir: string,
    private display: VirtualDisplay | null,
  ) {}

  /** With nativeMenus, Chromium runs with a window on a virtual display, so that its context menu exists. */
  static async launch(options: { nativeMenus?: boolean } = {}): Promise<ChromiumDriver> {
    const ext = resolve(OUTPUT, 'chrome-mv3');
    const profileDir = mkdtempSync(join(tmpdir(), 'maglens-chromium-'));
    const display = options.nativeMenus ? await startDisplay() : null;
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: findBrowser('chromium'),
      headless: !display,
      ...(display ? { env: { ...process.env, DISPLAY: display.display }, viewport: null } : {}),
      // A DevTools port on loopback (any free one) lets the suite press the toolbar button over CDP.
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--enable-unsafe-extension-debugging',
        '--remote-debugging-port=0',
      ],
    });
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const driver = new ChromiumDriver(context, new URL(worker.url()).host, profileDir, display);
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension://')) return route.continue(); // the extension's own files
      const file = driver.files.get(url.split('#')[0]!);
      if (file) return route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
      const html = driver.served.get(url.split('#')[0]!);
      if (html !== undefined) {
        const delay = driver.delays.get(url.split('#')[0]!);
        if (delay) await new Promise((r) => setTimeout(r, delay));
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      if (!isBrowserNoise(url)) driver.refused.push(url);
      await route.abort('blockedbyclient');
    });
    return driver;
  }

  serve(url: string, html: string, delayMs?: number) {
    this.served.set(url, html);
    if (delayMs) this.delays.set(url, delayMs);
  }

  serveFile(url: string, body: Buffer, contentType: string) {
    this.files.set(url, { body, contentType });
  }

  private cdp: PpBrowser | null = null;

  async clickToolbarButton(page: PageView): Promise<PopupView> {
    const url = await page.evaluate(() => location.href, null);
    if (!this.cdp) {
      const port = readFileSync(join(this.profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]!;
      this.cdp = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
    }
    const session = await this.cdp.target().createCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    const popupOpened = this.cdp.waitForTarget((t) => t.url().startsWith(`chrome-extension://${this.extensionId}/popup.html`), {
      timeout: POPUP_TIMEOUT,
    });
    await session.send('Extensions.triggerAction' as never, { id: this.extensionId, targetId: tab.targetId } as never);
    const popup = await (await popupOpened).asPage();
    return new PuppeteerPopup(popup);
  }

  async chooseMaglensMenuItem(page: PageView, selector: string) {
    if (!this.display) throw new Error('Chromium draws its context menu only with a window: launch the driver with nativeMenus');
    const { screen } = await page.evaluate(centreInPage, selector);
    await chooseMaglensMenuItem(this.display.display, screen);
  }

  refusedRequests() {
    return [...this.refused];
  }

  async requestFromBackground(url: string) {
    const [worker] = this.context.serviceWorkers();
    if (!worker) throw new Error('the extension has no service worker');
    await worker.evaluate(async (u) => void (await fetch(u).catch(() => undefined)), url);
  }

  async open(url: string, options = { wait: true }): Promise<PageView> {
    const page = await this.context.newPage();
    const loading = page.goto(url);
    if (options.wait) await loading;
    else loading.catch(() => undefined);
    return new PlaywrightPageView(page);
  }

  async openPopup(): Promise<PopupView> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/popup.html`);
    return new PlaywrightPopup(page);
  }

  async openExtensionPage(path: string): Promise<PopupView> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${path}`);
    return new PlaywrightPopup(page);
  }

  async close() {
    await this.cdp?.disconnect();
    await this.context.close();
    this.display?.stop();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

class PlaywrightPageView implements PageView {
  constructor(private page: PwPage) {}
  async count(selector: string) {
    return await this.page.locator(selector).count();
  }
  async attrs(selector: string, name: string) {
    return await this.page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);
  }
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    // The page function is serialised and run in the page; its types do not cross that line.
    return (await this.page.evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as R;
  }
  async appendHtml(selector: string, html: string) {
    await this.page.evaluate(appendHtmlInPage, { selector, html });
  }
}

// Runs in an extension page: the same call the popup's code makes.
function sendMessageInPage(message: unknown): Promise<unknown> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(message);
}

class PlaywrightPopup implements PopupView {
  constructor(private page: PwPage) {}
  async sendMessage(message: unknown) {
    return await this.page.evaluate(sendMessageInPage, message);
  }
  async waitForState(state: PopupState) {
    try {
      await this.page.locator(stateSelector(state)).waitFor({ timeout: POPUP_TIMEOUT });
    } catch (error) {
      // Say where the popup got stuck: its state and what it shows.
      const root = this.page.locator('[data-maglens="popup"]');
      const seen = await root.getAttribute('data-state').catch(() => null);
      const text = ((await root.textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ').slice(0, 300);
      throw new Error(`popup never reached "${state}": it is "${seen}", showing "${text}"`, { cause: error });
    }
  }
  async texts(testId: string) {
    return (await this.page.getByTestId(testId).allTextContents()).map((t) => t.trim());
  }
  async attr(selector: string, name: string) {
    const first = this.page.locator(selector).first();
    return (await first.count()) ? await first.getAttribute(name) : null;
  }
  async count(selector: string) {
    return await this.page.locator(selector).count();
  }
  async toolbarBadge() {
    return await this.page.evaluate(readBadgeInPopup);
  }
  async fill(testId: string, text: string) {
    await this.page.getByTestId(testId).fill(text);
  }
  async click(testId: string) {
    await this.page.getByTestId(testId).click();
  }
  async select(testId: string, value: string) {
    await this.page.getByTestId(testId).selectOption(value);
  }
  async seriousA11yViolations() {
    await this.page.evaluate(AXE_SOURCE);
    return await this.page.evaluate(runAxeInPage);
  }
  async screenshot(path: string, colorScheme: 'light' | 'dark') {
    await this.page.emulateMedia({ colorScheme });
    await this.page.setViewportSize({ width: 380, height: 600 });
    await this.page.locator('[data-maglens]').first().screenshot({ path });
  }
  async clickSelector(selector: string) {
    await this.page.locator(selector).first().click();
  }
  async fillSelector(selector: string, text: string) {
    const field = this.page.locator(selector).first();
    await field.fill(text);
    await field.dispatchEvent('change');
  }
  async attrs(selector: string, name: string) {
    return await this.page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
  async setColorScheme(colorScheme: 'light' | 'dark') {
    await this.page.emulateMedia({ colorScheme });
  }
  async box(selector: string) {
    return await this.page.evaluate(boxInPage, selector);
  }
  async screenshotViewport(path: string) {
    await this.page.screenshot({ path });
  }
}

/**
 * Firefox's whole network goes through this local proxy, which records every request and refuses
 * it. Page requests are answered or refused by BiDi interception before they get here; what reaches
 * it came from a context no interception covers: the background page, the popup, the options page.
 */
async function startRecordingProxy(record: (url: string) => void): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    record(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(`https://${req.url ?? ''}/`); // a TLS tunnel: the host is all a proxy sees
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the recording proxy has no port');
  return { server, port: address.port };
}

class FirefoxDriver implements ExtensionDriver {
  private served = new Map<string, string>();
  private files = new Map<string, { body: Buffer; contentType: string }>();
  /** `refused` is shared with the recording proxy, which adds to it too. */
  private constructor(
    private browser: PpBrowser,
    private proxy: Server,
    private refused: string[],
  ) {}

  static async launch(): Promise<FirefoxDriver> {
    const refused: string[] = [];
    // Firefox syncs its own Remote Settings (firefox.settings.services.mozilla.com) whatever the
    // prefs say; Mozilla's service hosts are the browser's, and nothing in MagLens names them.
    const record = (url: string) => void (/^https?:\/\/[^/]+\.services\.mozilla\.com(?::\d+)?\//.test(url) || refused.push(url));
    const { server, port } = await startRecordingProxy(record);
    const browser = await puppeteer
      .launch({
        browser: 'firefox',
        executablePath: findBrowser('firefox'),
        headless: true,
        args: ['--remote-allow-system-access'], // lets BiDi navigate to moz-extension:// pages
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': port,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
        },
      })
      .catch(async (error: unknown) => {
        server.close();
        throw error;
      });
    await browser.installExtension(resolve(OUTPUT, 'firefox-mv2'));
    return new FirefoxDriver(browser, server, refused);
  }

  async requestFromBackground(url: string) {
    const page = await this.browser.newPage();
    await page.goto(`moz-extension://${FIREFOX_UUID}/options.html`, { waitUntil: [] });
    await page.evaluate(async (u) => {
      const background = await (globalThis as any).browser.runtime.getBackgroundPage();
      await background.fetch(u).catch(() => undefined);
    }, url);
    await page.close();
  }

  serve(url: string, html: string) {
    this.served.set(url, html);
  }

  serveFile(url: string, body: Buffer, contentType: string) {
    this.files.set(url, { body, contentType });
  }

  private chromeWindow: FirefoxChrome | null = null;
  private async chrome(): Promise<FirefoxChrome> {
    return (this.chromeWindow ??= await FirefoxChrome.of(this.browser));
  }

  async clickToolbarButton(page: PageView): Promise<PopupView> {
    const url = await page.evaluate(() => location.href, null);
    const chrome = await this.chrome();
    const outcome = await chrome.evaluate(`(async () => {
      const tab = [...gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
      if (!tab) return 'no tab shows ' + ${JSON.stringify(url)};
      gBrowser.selectedTab = tab;
      ${IMPORT_EXTENSION_PARENT}
      await ${BROWSER_ACTION}.triggerAction(window);
      for (let i = 0; i < 150; i++) {
        if (${POPUP_BROWSER}) return 'open';
        await new Promise((r) => setTimeout(r, 100));
      }
      return 'the popup did not open';
    })()`);
    if (outcome !== 'open') throw new Error(`Firefox toolbar button: ${String(outcome)}`);
    return new FirefoxPanelPopup(chrome);
  }

  async chooseMaglensMenuItem(page: PageView, selector: string) {
    if (!(page instanceof PuppeteerPageView)) throw new Error('not a page of this driver');
    const chrome = await this.chrome();
    // Listen before the click: the menu opens while the click is still being answered.
    const shown = chrome.evaluate(`new Promise((ok) => {
      const menu = document.getElementById('contentAreaContextMenu');
      menu.addEventListener('popupshown', () => ok('shown'), { once: true });
      setTimeout(() => ok('the context menu did not open (' + menu.state + ')'), 5000);
    })`);
    await page.contextClick(selector);
    const opened = await shown;
    if (opened !== 'shown') throw new Error(String(opened));
    const chosen = await chrome.evaluate(`(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      const items = [...menu.querySelectorAll('menuitem')].filter((m) => !m.hidden && /MagLens/.test(m.label));
      if (items.length !== 1) { menu.hidePopup(); return 'MagLens items in the menu: ' + items.map((m) => m.label).join(', '); }
      menu.activateItem(items[0]);
      return 'chosen';
    })()`);
    if (chosen !== 'chosen') throw new Error(String(chosen));
  }

  refusedRequests() {
    return [...this.refused];
  }

  async open(url: string): Promise<PageView> {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    // The page may cancel a request before it is answered (Firefox then reports "no such request"):
    // that is not a failure of the page or of MagLens, so such errors are dropped.
    const settle = (p: Promise<void>) => void p.catch(() => undefined);
    page.on('request', (request) => {
      const requested = request.url();
      const html = this.served.get(requested.split('#')[0]!);
      if (html !== undefined)
        return settle(request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      const file = this.files.get(requested.split('#')[0]!);
      if (file) return settle(request.respond({ status: 200, contentType: file.contentType, body: file.body }));
      if (requested.startsWith('moz-extension://')) return settle(request.continue());
      if (!isBrowserNoise(requested)) this.refused.push(requested);
      settle(request.abort());
    });
    await page.goto(url);
    return new PuppeteerPageView(page);
  }

  async openPopup(): Promise<PopupView> {
    const page = await this.browser.newPage();
    // Firefox never reports 'load' for moz-extension pages over BiDi: don't wait for it.
    await page.goto(`moz-extension://${FIREFOX_UUID}/popup.html`, { waitUntil: [] });
    return new PuppeteerPopup(page);
  }

  async openExtensionPage(path: string): Promise<PopupView> {
    const page = await this.browser.newPage();
    await page.goto(`moz-extension://${FIREFOX_UUID}/${path}`, { waitUntil: [] });
    return new PuppeteerPopup(page);
  }

  async close() {
    await this.browser.close();
    this.proxy.close();
  }
}

// $$eval hands every match over BiDi as a handle first, which takes minutes for 20,000 nodes:
// query inside the page instead.
class PuppeteerPageView implements PageView {
  constructor(private page: PpPage) {}
  /** A right-click (WebDriver BiDi input) in the middle of the element, scrolled into view. */
  async contextClick(selector: string) {
    const { view } = await this.page.evaluate(centreInPage, selector);
    await this.page.mouse.click(view.x, view.y, { button: 'right' });
  }
  async count(selector: string) {
    return await this.page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
  }
  async attrs(selector: string, name: string) {
    return await this.page.evaluate(
      (sel, n) => [...document.querySelectorAll(sel)].map((e) => e.getAttribute(n)),
      selector,
      name,
    );
  }
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    // The page function is serialised and run in the page; its types do not cross that line.
    return (await this.page.evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as R;
  }
  async appendHtml(selector: string, html: string) {
    await this.page.evaluate(appendHtmlInPage, { selector, html });
  }
}

class PuppeteerPopup implements PopupView {
  constructor(private page: PpPage) {}
  async sendMessage(message: unknown) {
    return await this.page.evaluate(sendMessageInPage, message);
  }
  async waitForState(state: PopupState) {
    await this.page.waitForSelector(stateSelector(state), { timeout: POPUP_TIMEOUT });
  }
  async texts(testId: string) {
    return await this.page.$$eval(`[data-testid="${testId}"]`, (els) => els.map((e) => (e.textContent ?? '').trim()));
  }
  async attr(selector: string, name: string) {
    return await this.page.$eval(selector, (el, n) => el.getAttribute(n), name).catch(() => null);
  }
  async count(selector: string) {
    return (await this.page.$$(selector)).length;
  }
  async toolbarBadge() {
    return await this.page.evaluate(readBadgeInPopup);
  }
  private async element(testId: string) {
    const el = await this.page.waitForSelector(`[data-testid="${testId}"]`, { timeout: POPUP_TIMEOUT });
    if (!el) throw new Error(`no element with data-testid=${testId}`);
    return el;
  }
  async fill(testId: string, text: string) {
    await this.fillSelector(`[data-testid="${testId}"]`, text);
  }
  async fillSelector(selector: string, text: string) {
    const el = await this.page.waitForSelector(selector, { timeout: POPUP_TIMEOUT });
    if (!el) throw new Error(`nothing matches ${selector}`);
    await el.evaluate((e) => void ((e as HTMLInputElement).value = ''));
    await el.type(text);
    await el.evaluate((e) => void e.dispatchEvent(new Event('change', { bubbles: true })));
  }
  async click(testId: string) {
    await (await this.element(testId)).click();
  }
  async select(testId: string, value: string) {
    await (await this.element(testId)).select(value);
  }
  async seriousA11yViolations() {
    await this.page.evaluate(AXE_SOURCE);
    return await this.page.evaluate(runAxeInPage);
  }
  async screenshot(path: string, colorScheme: 'light' | 'dark') {
    await this.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
    await (await this.page.$('[data-maglens]'))?.screenshot({ path });
  }
  async clickSelector(selector: string) {
    const el = await this.page.waitForSelector(selector, { timeout: POPUP_TIMEOUT });
    if (!el) throw new Error(`nothing matches ${selector}`);
    await el.click();
  }
  async attrs(selector: string, name: string) {
    return await this.page.evaluate(
      (sel, n) => [...document.querySelectorAll(sel)].map((e) => e.getAttribute(n)),
      selector,
      name,
    );
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
  // puppeteer's emulateMediaFeatures needs CDP, which Firefox's BiDi does not offer: switch the page's
  // own prefers-color-scheme rules instead (the themes differ only inside those rules).
  async setColorScheme(colorScheme: 'light' | 'dark') {
    await this.page.evaluate(forceColorSchemeInPage, colorScheme);
  }
  async box(selector: string) {
    return await this.page.evaluate(boxInPage, selector);
  }
  async screenshotViewport(path: string) {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
}

/** Firefox's browser window (browser.xhtml), reached over WebDriver BiDi with --remote-allow-system-access. */
class FirefoxChrome {
  private constructor(
    private connection: BidiSend,
    private context: string,
  ) {}

  static async of(browser: PpBrowser): Promise<FirefoxChrome> {
    const connection = (browser as unknown as { connection: BidiSend }).connection;
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = (result as { contexts: { context: string; url: string }[] }).contexts;
    const main = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!main) throw new Error(`no Firefox browser window among ${contexts.map((c) => c.url).join(', ')}`);
    return new FirefoxChrome(connection, main.context);
  }

  /** Runs an expression in the browser window; resolves to its value (a string, number or boolean). */
  async evaluate(expression: string): Promise<unknown> {
    const { result } = await this.connection.send('script.evaluate', {
      expression,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (r.type === 'exception') throw new Error(`in Firefox's window: ${r.exceptionDetails?.text ?? 'exception'}`);
    return r.result?.value;
  }
}

interface BidiSend {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** MagLens's toolbar button (ext-browserAction's object) in Firefox's window (an expression run there). */
const BROWSER_ACTION = `ExtensionParent.apiManager.global.browserActionFor(
  ExtensionParent.GlobalManager.extensionMap.get(${JSON.stringify(GECKO_ID)}))`;
const IMPORT_EXTENSION_PARENT = `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');`;

/** Finds the popup panel's <browser> in Firefox's window (an expression run there). */
const POPUP_BROWSER = `[...document.querySelectorAll('browser')].find((b) => b.currentURI?.spec.startsWith('moz-extension://${FIREFOX_UUID}/popup.html'))`;

/**
 * Firefox's real popup panel. WebDriver BiDi does not list panels, so each call loads a frame script
 * into the panel's browser: it runs a function over the popup's document (through Firefox's
 * wrappers: DOM reads, click(), events) and sends back its JSON. Calls that need a page of their own
 * (screenshots, axe, viewports, the extension API) say so: open the popup page in a tab for them.
 */
class FirefoxPanelPopup implements PopupView {
  constructor(private chrome: FirefoxChrome) {}

  private async run<A, R>(fn: (doc: Document, arg: A) => R, arg: A): Promise<R> {
    const script = `(() => {
      let out;
      try { out = JSON.stringify({ value: (${fn.toString()})(content.document, ${JSON.stringify(arg)}) ?? null }); }
      catch (e) { out = JSON.stringify({ error: String(e) }); }
      sendAsyncMessage('maglens-test', out);
    })()`;
    // A panel that has just opened may still be switching its browser to the extension's process (a
    // new message manager): a script sent then is lost. It is sent again until one answers.
    const end = Date.now() + POPUP_TIMEOUT;
    for (;;) {
      const reply = await this.chrome.evaluate(`new Promise((ok) => {
        const popup = ${POPUP_BROWSER};
        if (!popup) return ok(JSON.stringify({ error: 'the popup panel is closed' }));
        const mm = popup.messageManager;
        const listener = (m) => { mm.removeMessageListener('maglens-test', listener); ok(m.data); };
        mm.addMessageListener('maglens-test', listener);
        mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
        setTimeout(() => ok(JSON.stringify({ error: 'the popup panel did not answer', again: true })), 1000);
      })`);
      const parsed = JSON.parse(String(reply)) as { value?: R; error?: string; again?: boolean };
      if (parsed.again && Date.now() < end) continue;
      if (parsed.error) throw new Error(`Firefox popup panel: ${parsed.error}`);
      return parsed.value as R;
    }
  }

  private async until<R>(what: string, read: () => Promise<R>, ok: (r: R) => boolean): Promise<R> {
    const end = Date.now() + POPUP_TIMEOUT;
    let last = await read();
    while (!ok(last)) {
      if (Date.now() > end) throw new Error(`Firefox popup panel: ${what} (last seen: ${JSON.stringify(last)})`);
      await new Promise((r) => setTimeout(r, 200));
      last = await read();
    }
    return last;
  }

  async waitForState(state: PopupState) {
    const read = () => this.run((doc) => doc.querySelector('[data-maglens="popup"]')?.getAttribute('data-state') ?? null, null);
    await this.until(`never reached "${state}"`, read, (seen) => seen === state);
  }
  async texts(testId: string) {
    return await this.run(
      (doc, id) => [...doc.querySelectorAll(`[data-testid="${id}"]`)].map((e) => (e.textContent ?? '').trim()),
      testId,
    );
  }
  async attr(selector: string, name: string) {
    return await this.run((doc, a) => doc.querySelector(a.selector)?.getAttribute(a.name) ?? null, { selector, name });
  }
  async attrs(selector: string, name: string) {
    return await this.run((doc, a) => [...doc.querySelectorAll(a.selector)].map((e) => e.getAttribute(a.name)), {
      selector,
      name,
    });
  }
  async count(selector: string) {
    return await this.run((doc, sel) => doc.querySelectorAll(sel).length, selector);
  }
  async clickSelector(selector: string) {
    const click = () =>
      this.run((doc, sel) => {
        const el = doc.querySelector<HTMLElement>(sel);
        el?.click();
        return !!el;
      }, selector);
    await this.until(`nothing matches ${selector}`, click, (clicked) => clicked);
  }
  async click(testId: string) {
    await this.clickSelector(`[data-testid="${testId}"]`);
  }
  async toolbarBadge() {
    const badge = await this.chrome.evaluate(`(() => {
      ${IMPORT_EXTENSION_PARENT}
      return ${BROWSER_ACTION}.action.getContextData(gBrowser.selectedTab).badgeText;
    })()`);
    return String(badge ?? '');
  }
  private unavailable(what: string): Promise<never> {
    return Promise.reject(
      new Error(`${what} is not available on Firefox's popup panel: open the popup page in a tab (openPopup)`),
    );
  }
  fill() {
    return this.unavailable('fill');
  }
  fillSelector() {
    return this.unavailable('fillSelector');
  }
  select() {
    return this.unavailable('select');
  }
  seriousA11yViolations() {
    return this.unavailable('axe');
  }
  screenshot() {
    return this.unavailable('screenshot');
  }
  screenshotViewport() {
    return this.unavailable('screenshotViewport');
  }
  setViewport() {
    return this.unavailable('setViewport');
  }
  setColorScheme() {
    return this.unavailable('setColorScheme');
  }
  box() {
    return this.unavailable('box');
  }
  sendMessage() {
    return this.unavailable('sendMessage');
  }
}

export function launchDriver(target: Target, options: { nativeMenus?: boolean } = {}): Promise<ExtensionDriver> {
  return target === 'chromium' ? ChromiumDriver.launch(options) : FirefoxDriver.launch();
}
