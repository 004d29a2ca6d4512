// Labels that are pictures (issue 12), in the real browser. On the Amazon-structured glycinate page, whose
// Supplement Facts panel is only an image, the toolbar button is pressed for real (Chromium's CDP
// Extensions.triggerAction: the popup opens over the tab and activeTab is granted, as a user's click does);
// "Read the label image" then captures the tab, reads the panel on the device and shows its figure, and no
// request leaves the browser. Firefox cannot have its toolbar button pressed from outside, so there the
// engine itself is checked: the OCR page reads the same picture in Firefox's WebAssembly and workers.
// The context-menu path ("Read this label with MagLens") calls the same reader with the image's address;
// no browser lets a test open its context menu.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, fixture } from './fixtures';

const GLYCINATE_URL = 'https://www.amazon.com/dp/B0MGLY4001';
/** The page's main image (#landingImage): here, the label picture. */
const LANDING_IMAGE = 'https://m.media-amazon.com/images/I/81lAsPSu2FL._AC_SX466_.jpg';
const LABEL_PNG = readFileSync(resolve(import.meta.dirname, '../fixtures/amazon/magnesium-glycinate-label.png'));

test('reading the label image from the popup shows the picture’s magnesium figure @chromium-only', async ({ driver }) => {
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
