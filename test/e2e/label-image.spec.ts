// Labels that are pictures (issue 12), in the real browser. On the Amazon-structured glycinate page, whose
// Supplement Facts panel is only an image, both ways in are taken as a user takes them, in Chromium and
// Firefox:
// - the toolbar button is pressed (Chromium: CDP Extensions.triggerAction; Firefox: the button's own action
//   run from the browser window), the popup opens over the tab with activeTab granted, and "Read the
//   label image" is clicked in it;
// - the picture is right-clicked and "Read this label with MagLens" chosen in the browser's own context
//   menu (Chromium: a window on a virtual display, real X input; Firefox: a BiDi right-click, the item
//   activated in the browser window).
// Each ends in the popup showing the picture's magnesium figure, read on the device, with no request
// leaving the browser. The OCR page is also checked alone, in each browser's engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, fixture } from './fixtures';

const GLYCINATE_URL = 'https://www.amazon.com/dp/B0MGLY4001';
/** The page's main image (#landingImage): here, the label picture. */
const LANDING_IMAGE = 'https://m.media-amazon.com/images/I/81lAsPSu2FL._AC_SX466_.jpg';
const LABEL_PNG = readFileSync(resolve(import.meta.dirname, '../fixtures/amazon/magnesium-glycinate-label.png'));

test('reading the label image from the popup shows the picture’s magnesium figure', async ({ driver }) => {
  test.setTimeout(90_000);
  driver.serve(GLYCINATE_URL, fixture('amazon/magnesium-glycinate.html'));
  driver.serveFile(LANDING_IMAGE, LABEL_PNG, 'image/png');
  const page = await driver.open(GLYCINATE_URL);
  const popup = await driver.clickToolbarButton(page);
  await popup.waitForState('analysis');
  // Before: the page states no amount, only its title's salt weight.
  expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis')).toBe('from-title');
  // The page asks for its own pictures (refused: the fixture serves only the label); reading adds none.
  const pageOwn = driver.refusedRequests().length;
  await popup.click('read-label-image');
  const outcome = async () => [...(await popup.texts('origin')), ...(await popup.texts('label-image-error'))];
  // Which picture is the one open depends on what the window shows (Firefox's is smaller): where no
  // picture is clearly it, the popup lists the larger ones, and the user picks the label (440×173).
  const choices = async () => await popup.texts('label-image-choice');
  await expect.poll(async () => (await outcome()).length + (await choices()).length, { timeout: 60_000 }).toBeGreaterThan(0);
  const listed = await choices();
  if (listed.length) {
    const label = listed.findIndex((c) => c.endsWith('(440×173)'));
    expect(label, `choices: ${listed.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await popup.clickSelector(`li:nth-child(${label + 1}) > [data-testid="label-image-choice"]`);
  }
  await expect.poll(outcome, { timeout: 60_000 }).toEqual([expect.stringMatching(/Read from the label image/)]);
  const read = await popup.texts('label-image-text');
  expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis'), `read: ${read.join(' ')}`).toBe('stated-elemental');
  expect((await popup.texts('mg-per-serving'))[0]).toMatch(/\b56 mg\b/);
  expect(await popup.attrs('[data-testid="form"]', 'data-form')).toEqual(['glycinate']);
  // The page's own facts stay: its title, and two capsules a day from its directions.
  expect((await popup.texts('title'))[0]).toMatch(/^Brightfield Magnesium Glycinate/);
  expect((await popup.texts('mg-per-day'))[0]).toMatch(/\b56 mg\b/);
  expect(await popup.count('[data-testid="label-image-text"]')).toBe(1);
  expect(await popup.toolbarBadge()).not.toBe('');
  expect(driver.refusedRequests().slice(pageOwn)).toEqual([]);
});

test.describe('the image’s context menu', () => {
  test.use({ nativeMenus: true });
  test('“Read this label with MagLens” on the label picture ends in the popup showing its figure', async ({ driver }) => {
    test.setTimeout(90_000);
    driver.serve(GLYCINATE_URL, fixture('amazon/magnesium-glycinate.html'));
    driver.serveFile(LANDING_IMAGE, LABEL_PNG, 'image/png');
    const page = await driver.open(GLYCINATE_URL);
    const pageOwn = driver.refusedRequests().length;
    await driver.chooseMaglensMenuItem(page, '#landingImage');
    // The popup, opened while the picture is read, follows the tab's result as it changes.
    const popup = await driver.clickToolbarButton(page);
    const outcome = async () => [...(await popup.texts('origin')), ...(await popup.texts('label-image-error'))];
    await expect.poll(outcome, { timeout: 60_000 }).toEqual([expect.stringMatching(/Read from the label image/)]);
    expect(await popup.attr('[data-testid="mg-per-serving"]', 'data-basis')).toBe('stated-elemental');
    expect((await popup.texts('mg-per-serving'))[0]).toMatch(/\b56 mg\b/);
    expect(await popup.attrs('[data-testid="form"]', 'data-form')).toEqual(['glycinate']);
    expect((await popup.texts('title'))[0]).toMatch(/^Brightfield Magnesium Glycinate/);
    expect(await popup.toolbarBadge()).not.toBe('');
    expect(driver.refusedRequests().slice(pageOwn)).toEqual([]);
  });
});

test('the OCR page reads a label picture in this browser’s engine, with nothing fetched from outside', async ({ driver }) => {
  test.setTimeout(90_000);
  const reader = await driver.openExtensionPage('ocr.html');
  const sender = await driver.openExtensionPage('options.html');
  const capture = `data:image/png;base64,${LABEL_PNG.toString('base64')}`;
  const width = LABEL_PNG.readUInt32BE(16);
  const height = LABEL_PNG.readUInt32BE(20);
  type Reply = { ok: boolean; lines?: { text: string }[]; error?: string } | undefined | null;
  const request = { type: 'ocr-read', capture, box: { x: 0, y: 0, width, height }, viewportWidth: width };
  // The reader's page answers once its script has run (Firefox does not wait for it to load).
  let reply: Reply;
  await expect
    .poll(async () => (reply = (await sender.sendMessage(request).catch(() => null)) as Reply) ?? null, { timeout: 60_000 })
    .not.toBeNull();
  if (!reply) throw new Error('the OCR page never answered');
  expect(reply.error).toBeUndefined();
  expect(reply.ok).toBe(true);
  const text = reply.lines!.map((l) => l.text).join('\n');
  expect(text).toMatch(/Supplement Facts/);
  expect(text).toMatch(/Magnesium \(as magnesium bisglycinate/);
  expect(text).toMatch(/56 mg\s+13%/);
  expect(reader).toBeTruthy();
  expect(driver.refusedRequests()).toEqual([]);
});
