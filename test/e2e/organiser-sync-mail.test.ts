/**
 * The organiser's email, kiosk and followed-list sections in a real browser:
 * confirmations sent through a real SMTP server with its progress and
 * failures, the template preview before saving, the pairing code, the kiosks
 * and the people let in twice on a hub, and a failed fetch of the list.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkInByIdSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { eventSettingsSync } from '../../electron/core/event-settings.js';
import { fetchListOnce } from '../../electron/core/import/follow-list.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { joinSync, syncWithHub } from '../../electron/core/sync/sync-client.js';
import { csvBytes, NORWEGIAN_HEADER } from '../helpers/csv.js';
import { organiserClient } from '../helpers/http.js';
import { LIST_V1, serveVersion, startListServer, type ListServer } from '../helpers/list-server.js';
import { readRawSync } from '../helpers/raw-database.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp-capture.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';
import { expectAccessible, openBrowserKiosk, openOrganiser, type BrowserKiosk } from './kiosk-harness.js';

const TIMEOUT = 90_000;
const PIN = '482193';
/** Longer than the kiosk section's refresh (5 s) and the list status's (10 s). */
const REFRESH_WAIT = { timeout: 15_000 };

/** Two confirmed with an email, one confirmed without, one on the waiting list. */
const PEOPLE = [
  ['2001', 'Kari Ødegård', 'kari@example.no', 'Bærum kommune', 'Påmeldt'],
  ['2002', 'Ola Nordmann', 'ola@example.no', 'Tromsø kommune', 'Påmeldt'],
  ['2003', 'Åse Utenpost', '', 'Ås kommune', 'Påmeldt'],
  ['2004', 'Per Venter', 'per@example.no', 'Bodø kommune', 'Venteliste'],
] as const;

let session: BrowserKiosk | undefined;
let capture: SmtpCapture | undefined;
let list: ListServer | undefined;
let joined: Core | undefined;
afterEach(async () => {
  joined?.closeSync();
  await session?.close();
  await capture?.close();
  await list?.close();
  session = capture = list = joined = undefined;
});
afterAll(removeTempDirs);

/** A browser kiosk with a real event (no demo), these registrants and the PIN, opened with the event key. */
async function openEventKiosk(people: readonly (readonly string[])[], options: { readonly hub?: boolean } = {}): Promise<BrowserKiosk> {
  const opened = await openBrowserKiosk({ demo: false, hub: options.hub });
  const { core } = opened.kiosk;
  const event = core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: null });
  if (people.length > 0) importRegistrantsSync(core, csvBytes([NORWEGIAN_HEADER, ...people]), { fileName: 'påmeldte.csv', dryRun: false });
  setPinSync(core, PIN);
  // Only the fragment changes, so load the page again to start with the key.
  await opened.page.goto(`${opened.kiosk.url}/#key=${event.eventKey}`);
  await opened.page.reload();
  return opened;
}

/** The id of the registrant with this name. */
function idOf(core: Core, name: string): string {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT id FROM registrant WHERE name = ?').pluck().get(name) as string);
}

/** True when the page fits the window's width: nothing to scroll sideways (200 % zoom on a 1280 px screen). */
function fitsWidth(page: Page): Promise<unknown> {
  return page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
}

describe('the email section', () => {
  it('sends through an SMTP server with a password, shows the progress and who failed, and sends again to one', async () => {
    capture = await startSmtpCapture({ login: { user: 'arrangor', pass: 'hem:me@lig%' } });
    session = await openEventKiosk(PEOPLE);
    const { page, kiosk } = session;
    await page.setViewportSize({ width: 640, height: 900 });
    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'E-post', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'E-post til deltakerne' }).waitFor();
    await expect.poll(() => page.getByText(/^\d+ av \d+ sendt$/).textContent()).toBe('0 av 4 sendt');
    await page.locator('iframe.org-mail-frame').waitFor();
    await expectAccessible(page, 'email section');
    expect(await fitsWidth(page)).toBe(true);

    const form = page.getByRole('form', { name: 'Send bekreftelsene' });
    await form.getByLabel('Avsender').fill('Lokaldemokratikonferansen <post@lokaldemokrati.example>');
    // A password typed into the address would stay on screen: the screen says where it goes instead.
    await form.getByLabel('Adressen til e-postserveren (SMTP)').fill(`smtp://arrangor:hemmelig@127.0.0.1:${capture.port}`);
    await form.getByRole('button', { name: 'Send bekreftelser' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Ta passordet ut av adressen');
    expect(capture.messages).toHaveLength(0);

    await form.getByLabel('Adressen til e-postserveren (SMTP)').fill(`smtp://arrangor@127.0.0.1:${capture.port}`);
    await form.getByLabel('Passord til e-postkontoen').fill('hem:me@lig%');
    await form.getByLabel('Høyst antall e-poster per sekund (valgfritt)').fill('2');
    await form.getByRole('button', { name: 'Send bekreftelser' }).click();
    await form.getByRole('status').filter({ hasText: 'Sender e-postene …' }).waitFor();
    // The password went with the request and is gone from the page.
    expect(await form.getByLabel('Passord til e-postkontoen').inputValue()).toBe('');
    await form.getByRole('status').filter({ hasText: 'Sendingen er ferdig. Til sammen er 3 sendt og 1 ikke sendt.' }).waitFor(REFRESH_WAIT);
    expect(await page.getByText(/^\d+ av \d+ sendt$/).textContent()).toBe('3 av 4 sendt');
    const bar = page.getByRole('progressbar', { name: '3 av 4 sendt' });
    expect([await bar.getAttribute('value'), await bar.getAttribute('max')]).toEqual(['3', '4']);
    expect(await page.locator('.org-counts li').allTextContents()).toEqual(['Venter på å bli sendt: 0', 'Sendt: 3', 'Ikke sendt: 1']);
    expect(capture.messages.flatMap((m) => m.rcptTo).sort()).toEqual(['kari@example.no', 'ola@example.no', 'per@example.no']);

    const failed = page.getByRole('table', { name: 'E-poster som ikke ble sendt' });
    await expect.poll(() => failed.getByRole('row').nth(1).locator('th, td').allTextContents()).toEqual([
      'Åse Utenpost',
      idOf(kiosk.core, 'Åse Utenpost'),
      'mangler e-postadresse',
      'Send på nytt',
    ]);
    await expectAccessible(page, 'email section after sending');
    // The reason was kept in both languages: in English it reads in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const failedEn = page.getByRole('table', { name: 'Emails that were not sent' });
    await expect.poll(() => failedEn.getByRole('row').nth(1).locator('td').nth(1).textContent()).toBe('no email address');
    await page.getByRole('button', { name: 'Bytt til norsk' }).click();
    await failed.waitFor();

    // Her address is added in the registration system and imported; then she alone gets her email.
    importRegistrantsSync(kiosk.core, csvBytes([NORWEGIAN_HEADER, ...PEOPLE.map((p) => (p[0] === '2003' ? [...p.slice(0, 2), 'ase@example.no', ...p.slice(3)] : p))]), {
      fileName: 'påmeldte.csv',
      dryRun: false,
    });
    await form.getByLabel('Passord til e-postkontoen').fill('hem:me@lig%');
    await failed.getByRole('button', { name: 'Send på nytt til Åse Utenpost' }).click();
    await expect.poll(() => page.getByText(/^\d+ av \d+ sendt$/).textContent(), REFRESH_WAIT).toBe('4 av 4 sendt');
    expect(capture.to('ase@example.no')).toHaveLength(1);
    expect(capture.messages).toHaveLength(4);
    expect(await failed.count()).toBe(0);
  }, TIMEOUT);

  it('previews an edited text in a sandboxed frame before saving, for the confirmation and the waiting list, then saves it', async () => {
    session = await openEventKiosk(PEOPLE);
    const { page, kiosk } = session;
    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'E-post', exact: true }).click();
    const texts = page.getByRole('form', { name: 'E-posttekster' });
    const frameElement = page.locator('iframe.org-mail-frame');
    await frameElement.waitFor();
    expect(await frameElement.getAttribute('sandbox')).toBe('');

    await texts.getByLabel('Innledning i bekreftelsen (norsk)').fill('Velkommen til Oslo rådhus! Dette er en prøvetekst.');
    const preview = page.frameLocator('iframe[title="Forhåndsvisning av e-posten: Bekreftelse"]');
    await preview.getByText('Dette er en prøvetekst.').waitFor();
    expect(eventSettingsSync(kiosk.core).mailIntro).not.toContain('prøvetekst');

    await page.getByLabel('E-posten som vises').selectOption({ label: 'Melding om venteliste' });
    await texts.getByLabel('Innledning i meldingen om venteliste (norsk)').fill('Du står på venteliste. Venteprøve.');
    await page.frameLocator('iframe[title="Forhåndsvisning av e-posten: Melding om venteliste"]').getByText('Du står på venteliste. Venteprøve.').waitFor();
    await expectAccessible(page, 'email texts with a preview');

    await texts.getByRole('button', { name: 'Lagre' }).click();
    await texts.getByRole('status').filter({ hasText: 'Lagret.' }).waitFor();
    expect(eventSettingsSync(kiosk.core)).toMatchObject({
      mailIntro: 'Velkommen til Oslo rådhus! Dette er en prøvetekst.',
      waitlistIntro: 'Du står på venteliste. Venteprøve.',
    });

    // The texts live here only: the settings no longer have a form for them.
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByLabel('Kioskens navn').waitFor();
    expect(await page.getByLabel('Innledning i bekreftelsen (norsk)').count()).toBe(0);
  }, TIMEOUT);
});

describe('the kiosk section', () => {
  it('shows a pairing QR that decodes to the pairing code, a kiosk that joined, and a person let in twice', async () => {
    session = await openEventKiosk(PEOPLE, { hub: true });
    const { page, kiosk } = session;
    await page.setViewportSize({ width: 640, height: 900 });
    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'Kiosker', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiosker' }).waitFor();

    const organiser = await organiserClient(kiosk.url, kiosk.core.requireEventSync().eventKey, PIN);
    const { code } = await organiser('pairingCode', {});
    const image = page.getByRole('img', { name: 'Tilkoblingskoden som QR-kode' });
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const shot = PNG.sync.read(await image.screenshot());
    // jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder.
    expect(jsQR.default(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data).toBe(code);
    expect(await page.locator('.org-pairing-code').textContent()).toBe(code);
    await page.getByText('Dette er arrangørkiosken').waitFor();
    await page.getByText('Ingen andre kiosker har synkronisert med denne ennå.').waitFor();
    await expectAccessible(page, 'kiosk section, alone');

    joined = Core.openSync(tempDir());
    await joinSync(joined, code, 'Inngang 2');
    await syncWithHub(joined);
    const peers = page.getByRole('table', { name: 'Kiosker som har synkronisert med denne, sist sett først' });
    const row = peers.getByRole('row', { name: /Inngang 2/ });
    await row.waitFor(REFRESH_WAIT);
    const cells = await row.locator('th, td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['Inngang 2', 'tilkoblet']);
    expect(cells[2]).toMatch(/^kl\. \d\d:\d\d \(for \d+ s siden\)$/);

    // Let in at the hub and at the other kiosk before they synced.
    const kari = idOf(kiosk.core, 'Kari Ødegård');
    checkInByIdSync(kiosk.core, kari);
    checkInByIdSync(joined, kari);
    await syncWithHub(joined);
    const twice = page.getByRole('heading', { level: 2, name: 'Sluppet inn to ganger' });
    await twice.waitFor();
    await page.getByRole('heading', { level: 3, name: 'Kari Ødegård' }).waitFor(REFRESH_WAIT);
    const scans = await page.locator('.org-conflicts ol li').allTextContents();
    const hubName = kiosk.core.settingsSync().kioskName;
    expect(scans).toHaveLength(2);
    expect(scans[0]).toMatch(new RegExp(`^kl\\. \\d\\d:\\d\\d ved ${hubName} – regnes som ankomsten$`));
    expect(scans[1]).toMatch(/^kl\. \d\d:\d\d ved Inngang 2 – sluppet inn igjen$/);
    await expectAccessible(page, 'kiosk section with a peer and a conflict');
    expect(await fitsWidth(page)).toBe(true);
  }, TIMEOUT);

  it('offers to share the event when this kiosk does not serve as hub', async () => {
    session = await openEventKiosk(PEOPLE);
    const { page } = session;
    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'Kiosker', exact: true }).click();
    await page.getByRole('button', { name: 'Del arrangementet med andre kiosker' }).waitFor();
    await page.getByText('Ikke koblet til andre kiosker.').waitFor();
    expect(await page.getByRole('img', { name: 'Tilkoblingskoden som QR-kode' }).count()).toBe(0);
  }, TIMEOUT);
});

describe('the followed registration list', () => {
  it('warns that the last fetch failed and which list is still in force, and announces a new failure', async () => {
    session = await openEventKiosk([]);
    const { page, kiosk } = session;
    list = await startListServer();
    const url = list.url('/deltakere.csv');
    list.respond(serveVersion({ body: LIST_V1 }));
    expect((await fetchListOnce(kiosk.core, { url })).outcome).toBe('changed');
    list.respond((_req, res) => res.writeHead(500).end());
    expect((await fetchListOnce(kiosk.core, { url })).outcome).toBe('failed');

    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'Importer deltakerliste' }).click();
    await page.getByRole('heading', { level: 2, name: 'Deltakerliste fra påmeldingssystemet' }).waitFor();
    await page.getByText(url, { exact: true }).waitFor();
    const warning = page.locator('.org-warning');
    expect(await warning.textContent()).toMatch(
      /^Siste henting feilet kl\. \d\d:\d\d: Påmeldingssystemet på 127\.0\.0\.1:\d+ svarte med en feil \(HTTP 500\)\. .+ Innsjekk bruker fortsatt listen fra kl\. \d\d:\d\d\.$/,
    );
    // Already there when the screen opened: shown, not announced.
    expect(await warning.getAttribute('role')).toBeNull();
    await expectAccessible(page, 'import with a failed list');

    // Fetched again by another process on the data directory (`innsjekk import URL`): the kiosk hears of it through the database.
    list.respond((_req, res) => res.writeHead(503).end());
    const elsewhere = Core.openSync(kiosk.core.dataDir);
    await fetchListOnce(elsewhere, { url }).finally(() => elsewhere.closeSync());
    const alert = page.getByRole('alert').filter({ hasText: 'HTTP 503' });
    await alert.waitFor(REFRESH_WAIT);
    expect(await alert.textContent()).toMatch(/^Siste henting feilet kl\. \d\d:\d\d: /);
  }, TIMEOUT);
});
