/**
 * The confirmation email as the attendee sees it: the delivered HTML rendered
 * in Chromium the way a mail client shows it, the QR code read back from a
 * screenshot by jsQR (not the kiosk's reader), and that code checks them in.
 */
import jsQR from 'jsqr';
import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { startMailRun } from '../../electron/core/mail/send.js';
import { smtpTransport } from '../../electron/core/mail/transport.js';
import { csvBytes, HTML_NAME, NORWEGIAN_HEADER } from '../helpers/csv.js';
import { readRawSync } from '../helpers/raw-database.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp-capture.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';
import { CHROMIUM, CHROMIUM_ARGS } from './kiosk-harness.js';

/** A phone's screen, at one device pixel per CSS pixel: the hardest case for the image. */
const PHONE = { width: 390, height: 844 };

let capture: SmtpCapture;
let core: Core;
let browser: Browser;

beforeAll(async () => {
  capture = await startSmtpCapture();
  core = Core.openSync(tempDir());
  core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: null });
  importRegistrantsSync(core, csvBytes([NORWEGIAN_HEADER, ['1', HTML_NAME, 'xss@example.no', 'Bodø kommune', 'Påmeldt']]), { fileName: 'l.csv', dryRun: false });
  const transport = smtpTransport(capture.url);
  try {
    await startMailRun(core, { from: 'Lokaldemokratikonferansen <post@lokaldemokrati.example>', transport }).finished;
  } finally {
    transport.close();
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  await capture?.close();
  core?.closeSync();
  removeTempDirs();
});

/** The HTML with each cid: image swapped for a data: URL, as a mail client does before showing it. */
function asMailClientShows(mail: ParsedMail): string {
  let html = mail.html as string;
  for (const a of mail.attachments) {
    if (a.cid) html = html.split(`cid:${a.cid}`).join(`data:${a.contentType};base64,${a.content.toString('base64')}`);
  }
  return html;
}

describe('the confirmation email in a browser', () => {
  it('shows a QR code that a phone-sized screenshot decodes, and the decoded code checks the person in', { timeout: 60_000 }, async () => {
    const received = capture.to('xss@example.no');
    expect(received).toHaveLength(1);
    const mail = await simpleParser(received[0]!.raw, { keepCidLinks: true });
    const html = asMailClientShows(mail);
    expect(html).not.toContain('cid:');

    const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1, javaScriptEnabled: true });
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });

    // The name is shown as text; nothing in it ran.
    expect(dialogs).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    await expect(page.getByText(`Hei, ${HTML_NAME}!`).count()).resolves.toBe(1);

    // Large enough to scan from a phone, and fully on the screen.
    const box = await page.locator('img').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThanOrEqual(250);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);

    const screenshot = PNG.sync.read(await page.screenshot({ fullPage: true }));
    await page.close();
    // jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder.
    const decoded = jsQR.default(new Uint8ClampedArray(screenshot.data), screenshot.width, screenshot.height);
    expect(decoded).not.toBeNull();
    const registrant = readRawSync(core.dataDir, (db) => db.prepare('SELECT code FROM registrant').get() as { code: string });
    expect(decoded!.data).toBe(registrant.code);

    const result = scanSync(core, decoded!.data);
    expect(result.verdict).toBe('welcome');
    expect(result.registrant?.name).toBe(HTML_NAME);
  });
});
