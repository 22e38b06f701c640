/**
 * The organiser screens in a real browser on a real data directory: the PIN
 * gate, the import wizard, the registrant list with its codes and export,
 * the settings, setting up an event from the welcome screen, and an
 * accessibility check (axe-core) of each of them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { strFromU8, unzipSync } from 'fflate';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import { scanSync } from '../../electron/core/checkin.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { hasPinSync, setPinSync } from '../../electron/core/organiser-access.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';
import { csvBytes, HTML_NAME, norwegianExcelCsv, NORWEGIAN_REGISTRANTS, parseCsv } from '../helpers/csv.js';
import { apiClient, organiserClient, postRaw, type ApiErrorBody } from '../helpers/http.js';
import { readRawSync } from '../helpers/raw-database.js';
import { openBrowserKiosk, type BrowserKiosk } from './kiosk-harness.js';

const TIMEOUT = 90_000;
const PIN = '482193';

let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Fails with the rules and elements when axe finds a serious or critical violation. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  // The kiosk's CSP refuses inline scripts, as it should, so axe comes in through the debugger.
  await page.evaluate(`${axe.source}\n;0`);
  const violations = await page.evaluate(`axe.run().then((result) => result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
  expect(violations, what).toEqual([]);
}

/** A browser kiosk with an event (no registrants) and the organiser PIN, opened with the event key. */
async function openEventKiosk(): Promise<BrowserKiosk> {
  const opened = await openBrowserKiosk({ demo: false });
  const event = opened.kiosk.core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: null });
  setPinSync(opened.kiosk.core, PIN);
  // Only the fragment changes, so load the page again to start with the key.
  await opened.page.goto(`${opened.kiosk.url}/#key=${event.eventKey}`);
  await opened.page.reload();
  return opened;
}

/** From the volunteer screen through the PIN gate. */
async function openOrganiser(page: Page, pin = PIN): Promise<void> {
  await page.getByRole('button', { name: 'Arrangør', exact: true }).click();
  await page.getByLabel('PIN-kode', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
  await page.getByRole('navigation', { name: 'Arrangørmeny' }).waitFor();
}

/** The texts of the given column in the registrant table, top to bottom. */
async function namesShown(page: Page): Promise<string[]> {
  return page.locator('.org-table tbody th').allTextContents();
}

describe('the PIN gate', () => {
  it('asks for the PIN set with the event, refuses a wrong one, opens with the right one, and locks on leaving', async () => {
    session = await openBrowserKiosk({ demo: true });
    const { page } = session;
    await page.getByRole('button', { name: 'Arrangør', exact: true }).click();
    await page.getByRole('heading', { name: 'Arrangørsidene er låst' }).waitFor();
    await expectAccessible(page, 'PIN gate');
    await page.getByLabel('PIN-kode', { exact: true }).fill('0000');
    await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Feil PIN. Prøv igjen, eller spør arrangøren.');
    await page.getByLabel('PIN-kode', { exact: true }).fill(DEMO_PIN);
    await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
    // The demo has registrants, so the screens open on the live overview.
    await page.getByRole('heading', { level: 1, name: 'Dagen så langt' }).waitFor();

    await page.getByRole('button', { name: 'Tilbake til innsjekking' }).click();
    await page.getByRole('button', { name: 'Arrangør', exact: true }).click();
    await page.getByLabel('PIN-kode', { exact: true }).fill(DEMO_PIN);
    await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dagen så langt' }).waitFor();

    // Escape leaves too, from anywhere but a field.
    await page.getByRole('button', { name: 'Innstillinger' }).focus();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Arrangør', exact: true }).click();
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel('PIN-kode', { exact: true }).fill('9999');
      await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Feil PIN|For mange feil forsøk/);
    }
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^For mange feil forsøk\. Vent \d+ sekunder og prøv igjen\.$/);
    await page.getByLabel('PIN-kode', { exact: true }).fill(DEMO_PIN);
    await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^For mange feil forsøk/);
    expect(await page.getByRole('navigation', { name: 'Arrangørmeny' }).count()).toBe(0);
  }, TIMEOUT);

  it('on a kiosk without a PIN, says where to set one and asks for none', async () => {
    session = await openBrowserKiosk({ demo: false });
    const { page, kiosk } = session;
    const event = kiosk.core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: null });
    await page.goto(`${kiosk.url}/#key=${event.eventKey}`);
    await page.reload();
    await page.getByRole('button', { name: 'Arrangør', exact: true }).click();
    await page.getByRole('heading', { name: 'Arrangørsidene har ingen PIN-kode på denne kiosken' }).waitFor();
    await page.getByText('«innsjekk pin NY-PIN»').waitFor();
    await expectAccessible(page, 'PIN gate without a PIN');
    expect(await page.getByLabel('PIN-kode', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Tilbake til innsjekking' }).click();
    await page.getByRole('button', { name: 'Arrangør', exact: true }).waitFor();
    expect(hasPinSync(kiosk.core)).toBe(false);
  }, TIMEOUT);
});

describe('the organiser operations over HTTP', () => {
  let kiosk: RunningKiosk | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await kiosk?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    kiosk = undefined;
  });

  it('sets up an event once, and refuses organiser operations without a session', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-e2e-'));
    kiosk = await startKioskServer(dataDir, { host: '127.0.0.1', port: 0 });
    const setup = await postRaw(kiosk.url, 'setupEvent', JSON.stringify({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: 500, pin: PIN }), {});
    expect(setup.status).toBe(200);
    const { eventKey } = setup.body as { eventKey: string };
    expect(eventKey).toBe(kiosk.core.eventSync()?.eventKey);
    const again = await postRaw(kiosk.url, 'setupEvent', JSON.stringify({ name: 'Et annet', date: '2026-04-01', capacity: null, pin: PIN }), {});
    expect({ status: again.status, key: (again.body as ApiErrorBody).error.key }).toEqual({ status: 400, key: 'alreadyConfigured' });
    expect(kiosk.core.eventSync()?.name).toBe('Lokaldemokratikonferansen 2026');

    const locked = await postRaw(kiosk.url, 'registrants', '{}', { key: eventKey });
    expect(locked.status).toBe(403);
    expect((locked.body as ApiErrorBody).error.message).toBe('Arrangørsidene er låst. Skriv inn PIN-koden på nytt.');
    expect((await postRaw(kiosk.url, 'eventUpdate', JSON.stringify({ capacity: 10 }), { key: eventKey })).status).toBe(403);

    const organiser = await organiserClient(kiosk.url, eventKey, PIN);
    expect((await organiser('registrants', {})).total).toBe(0);
    expect((await organiser('eventUpdate', { capacity: 450 })).capacity).toBe(450);
    expect((await organiser('eventUpdate', { capacity: null })).capacity).toBeNull();
    const refused = await postRaw(kiosk.url, 'eventUpdate', JSON.stringify({ capacity: 0 }), {
      key: eventKey,
      organiserSession: (await apiClient(kiosk.url, { key: eventKey })('organiserUnlock', { pin: PIN })).session,
    });
    expect((refused.body as ApiErrorBody).error.message).toContain('Kapasiteten «0» er ikke et gyldig antall');
    expect(kiosk.core.eventSync()?.capacity).toBeNull();
  }, TIMEOUT);
});

describe('the import wizard', () => {
  it('reads a Norwegian Excel CSV, lets the organiser fix a column, shows what changes, and imports', async () => {
    session = await openEventKiosk();
    const { page, kiosk } = session;
    await openOrganiser(page);
    // No one is registered yet, so the screens open on the import.
    await page.getByRole('heading', { level: 2, name: 'Steg 1 av 3: Velg filen' }).waitFor();
    await expectAccessible(page, 'import, choosing the file');

    const file = csvBytes(
      [
        ['Fornavn', 'Etternavn', 'E-post', 'Virksomhet', 'Kommune', 'Påmeldingsstatus'],
        ['Åse', 'Ødegård', 'ase@example.no', 'Plan og bygg', 'Bærum', 'Påmeldt'],
        ['Øystein', 'Læstadius', 'oystein@example.no', 'Rådmannens stab', 'Tromsø', 'Venteliste'],
        ['Ærle', 'Brå', '', 'Kultur', 'Ålesund', 'Avmeldt'],
        ['', '', 'ingen@example.no', 'Ukjent', 'Ås', 'Påmeldt'],
      ],
      { delimiter: ';', encoding: 'latin1' },
    );
    await page.getByLabel('Deltakerliste (CSV eller Excel)').setInputFiles({ name: 'påmeldte.csv', mimeType: 'text/csv', buffer: file });
    const review = page.getByRole('heading', { level: 2, name: 'Steg 2 av 3: Kontroller kolonnene' });
    await review.waitFor();
    await expect.poll(() => page.evaluate('document.activeElement.textContent')).toBe('Steg 2 av 3: Kontroller kolonnene');
    const preview = page.getByRole('table', { name: /De første 4 radene/ });
    expect(await preview.getByRole('columnheader').allTextContents()).toEqual([
      'Fornavn→ Fornavn',
      'Etternavn→ Etternavn',
      'E-post→ E-post',
      'Virksomhet→ Virksomhet',
      'Kommune(brukes ikke)',
      'Påmeldingsstatus→ Påmeldingsstatus',
    ]);
    expect(await preview.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual(['Åse', 'Ødegård', 'ase@example.no', 'Plan og bygg', 'Bærum', 'Påmeldt']);
    await expect.poll(() => page.locator('.org-counts').textContent()).toContain('Nye deltakere: 3');
    expect(await page.locator('.org-counts li').allTextContents()).toEqual([
      'Nye deltakere: 3',
      'Endrede deltakere: 0',
      'Uendrede deltakere: 0',
      'Avmeldt fordi de ikke lenger står i filen: 0',
      'Rader som ikke kan leses inn: 1',
    ]);
    const rejected = page.getByRole('table', { name: 'Rader som ikke blir lest inn, og hvorfor' });
    expect(await rejected.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual(['5', 'mangler navn']);
    await expectAccessible(page, 'import, checking the columns');

    // The municipality, not the department, is the organisation here.
    await page.getByLabel('Virksomhet', { exact: true }).selectOption('Kommune');
    await expect.poll(() => preview.getByRole('columnheader').allTextContents()).toContain('Kommune→ Virksomhet');
    expect(await preview.getByRole('columnheader').allTextContents()).toContain('Virksomhet(brukes ikke)');
    // "(ingen)" leaves out a column the kiosk recognised.
    await page.getByLabel('E-post', { exact: true }).selectOption({ label: '(ingen)' });
    await expect.poll(() => preview.getByRole('columnheader').allTextContents()).toContain('E-post(brukes ikke)');
    expect(readRawSync(kiosk.core.dataDir, (db) => db.prepare('SELECT COUNT(*) AS n FROM registrant').get())).toEqual({ n: 0 });

    await page.getByRole('button', { name: 'Importer deltakerlisten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Steg 3 av 3: Deltakerlisten er importert' }).waitFor();
    expect(await page.locator('.org-counts li').first().textContent()).toBe('Nye deltakere: 3');
    await expectAccessible(page, 'import, done');
    expect(readRawSync(kiosk.core.dataDir, (db) => db.prepare('SELECT name, organisation, email, status FROM registrant ORDER BY name').all())).toEqual([
      { name: 'Åse Ødegård', organisation: 'Bærum', email: null, status: 'confirmed' },
      { name: 'Ærle Brå', organisation: 'Ålesund', email: null, status: 'cancelled' },
      { name: 'Øystein Læstadius', organisation: 'Tromsø', email: null, status: 'waitlisted' },
    ]);
  }, TIMEOUT);

  it('asks in a step of its own before a partial list cancels people, naming how many and those who came', async () => {
    session = await openEventKiosk();
    const { page, kiosk } = session;
    importRegistrantsSync(kiosk.core, norwegianExcelCsv(), { fileName: 'påmeldte.csv', dryRun: false });
    expect(scanSync(kiosk.core, '1001').verdict).toBe('welcome');
    await openOrganiser(page);
    await page.getByRole('button', { name: 'Importer deltakerliste' }).click();
    // One sheet of several: Kari, who has arrived, and everyone else but Åse are missing; Åse's address is shared with a newcomer.
    const partial = norwegianExcelCsv([NORWEGIAN_REGISTRANTS[1]!, ['1011', 'Eva Sørensen', 'ase.sorensen@example.no', 'Tromsø kommune', 'Påmeldt']]);
    await page.getByLabel('Deltakerliste (CSV eller Excel)').setInputFiles({ name: 'ett-ark.csv', mimeType: 'text/csv', buffer: partial });
    await page.getByRole('heading', { level: 2, name: 'Steg 2 av 3: Kontroller kolonnene' }).waitFor();
    await expect.poll(() => page.locator('.org-counts').textContent()).toContain('Avmeldt fordi de ikke lenger står i filen: 5');
    await page.getByText('1 av de avmeldte har allerede kommet.').waitFor();
    await page.getByText('Samme e-postadresse for flere: ase.sorensen@example.no (Åse Sørensen, Eva Sørensen).').waitFor();
    expect(await page.getByRole('button', { name: 'Importer deltakerlisten' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Gå videre' }).click();
    const confirm = page.getByRole('heading', { level: 2, name: 'Bekreft: 5 blir avmeldt' });
    await confirm.waitFor();
    await expect.poll(() => page.evaluate('document.activeElement.textContent')).toBe('Bekreft: 5 blir avmeldt');
    await page.getByText('1 av dem har allerede kommet.', { exact: false }).waitFor();
    await expectAccessible(page, 'import, confirming the cancellations');
    await page.getByRole('button', { name: 'Tilbake til kontrollen' }).click();
    await page.getByRole('button', { name: 'Gå videre' }).click();
    expect(countsSync(kiosk.core)).toMatchObject({ expected: 5, cancelled: 1, arrived: 1 });

    await page.getByRole('button', { name: 'Avmeld 5 og importer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Steg 3 av 3: Deltakerlisten er importert' }).waitFor();
    expect(countsSync(kiosk.core)).toMatchObject({ expected: 2, cancelled: 6, arrived: 1 });
  }, TIMEOUT);

  it('explains a file without a name column, and imports nothing', async () => {
    session = await openEventKiosk();
    const { page, kiosk } = session;
    await openOrganiser(page);
    const file = csvBytes([['Deltakernr', 'Epost'], ['1', 'kari@example.no']], { delimiter: ';', encoding: 'latin1' });
    await page.getByLabel('Deltakerliste (CSV eller Excel)').setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: file });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Fant ingen kolonne med navn');
    expect(await page.getByRole('alert').textContent()).toContain('Kolonnene er: Deltakernr, Epost');
    expect(await page.getByText('Gi kolonnen med navn overskriften «Navn»').count()).toBe(1);
    expect(await page.getByRole('heading', { name: /Steg 2 av 3/ }).count()).toBe(0);
    expect(readRawSync(kiosk.core.dataDir, (db) => db.prepare('SELECT COUNT(*) AS n FROM registrant').get())).toEqual({ n: 0 });
    expect(readRawSync(kiosk.core.dataDir, (db) => db.prepare('SELECT COUNT(*) AS n FROM list_revision').get())).toEqual({ n: 0 });

    await page.getByLabel('Deltakerliste (CSV eller Excel)').setInputFiles({ name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Filen er tom. Eksporter deltakerlisten på nytt fra påmeldingssystemet.');
  }, TIMEOUT);
});

describe('the registrant list', () => {
  it('searches as you type, filters by status, shows and prints a code, and exports every code', async () => {
    session = await openEventKiosk();
    const { page, kiosk } = session;
    importRegistrantsSync(kiosk.core, norwegianExcelCsv(), { fileName: 'påmeldte.csv', dryRun: false });
    await openOrganiser(page);
    await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Deltakere' }).waitFor();
    await expect.poll(() => namesShown(page)).toHaveLength(NORWEGIAN_REGISTRANTS.length);
    expect(await page.getByRole('status').filter({ hasText: 'Viser' }).textContent()).toBe(`Viser 1–7 av 7 deltakere.`);

    await page.getByLabel('Søk på navn, virksomhet eller e-post').pressSequentially('odeg');
    await expect.poll(() => namesShown(page)).toEqual(['Kari Ødegård']);
    await page.getByLabel('Søk på navn, virksomhet eller e-post').fill('');
    await page.getByLabel('Påmeldingsstatus').selectOption({ label: 'Avmeldt' });
    await expect.poll(() => namesShown(page)).toEqual(['Ola Nordmann']);
    await page.getByLabel('Påmeldingsstatus').selectOption({ label: 'Alle' });
    await expect.poll(() => namesShown(page)).toHaveLength(NORWEGIAN_REGISTRANTS.length);

    // A hostile name is shown as text, on the list and with its code.
    await page.getByRole('button', { name: `Vis kode for ${HTML_NAME}` }).click();
    await page.getByRole('heading', { level: 2, name: `QR-koden til ${HTML_NAME}` }).waitFor();
    await page.getByRole('button', { name: 'Lukk koden' }).click();
    await page.getByRole('button', { name: 'Vis kode for Kari Ødegård' }).click();
    const image = page.getByRole('img', { name: 'QR-kode for Kari Ødegård' });
    await image.waitFor();
    const src = (await image.getAttribute('src')) ?? '';
    expect(src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(src.split(',')[1]!, 'base64').toString('utf8')).toMatch(/^<svg/);
    const shot = PNG.sync.read(await image.screenshot());
    // jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder.
    const decoded = jsQR.default(new Uint8ClampedArray(shot.data), shot.width, shot.height);
    const stored = readRawSync(kiosk.core.dataDir, (db) => db.prepare("SELECT code FROM registrant WHERE name = 'Kari Ødegård'").get() as { code: string });
    expect(decoded?.data).toBe(stored.code);
    await expectAccessible(page, 'registrant list with a code');

    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
    await page.getByRole('button', { name: 'Skriv ut koden' }).click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Arrangørmeny' }).isVisible()).toBe(false);
    expect(await page.getByRole('table').isVisible()).toBe(false);
    expect(await image.isVisible()).toBe(true);
    expect(await page.locator('.org-print-card p').allTextContents()).toEqual(['Lokaldemokratikonferansen 2026', 'Kari Ødegård', 'Bærum kommune']);
    await page.emulateMedia({ media: 'screen' });

    // Hold the answer back until the progress has been seen.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/exportCodes', async (route) => {
      await held;
      await route.continue();
    });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned alle QR-koder' }).click();
    await page.getByRole('status').filter({ hasText: 'Lager koder …' }).waitFor();
    release();
    const zipFile = await download;
    expect(zipFile.suggestedFilename()).toBe('innsjekk-koder-2026-03-12.zip');
    const files = unzipSync(new Uint8Array(fs.readFileSync(await zipFile.path())));
    const expected = readRawSync(kiosk.core.dataDir, (db) => db.prepare("SELECT id, name FROM registrant WHERE status != 'cancelled' ORDER BY id").all() as { id: string; name: string }[]);
    expect(expected).toHaveLength(6);
    expect(Object.keys(files).sort()).toEqual(['codes.csv', ...expected.flatMap((r) => [`${r.id}.png`, `${r.id}.svg`])].sort());
    expect(parseCsv(strFromU8(files['codes.csv']!)).map((row) => row.name).sort()).toEqual(expected.map((r) => r.name).sort());
    await page.getByRole('status').filter({ hasText: 'Lastet ned 6 koder i filen «innsjekk-koder-2026-03-12.zip».' }).waitFor();
  }, TIMEOUT);

  it('pages through a long list, fits a narrow window (200 % zoom), and locks when the session lapses', async () => {
    session = await openBrowserKiosk({ demo: true });
    const { page, kiosk } = session;
    setPinSync(kiosk.core, PIN);
    await page.setViewportSize({ width: 640, height: 720 });
    await openOrganiser(page);
    await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
    const total = countsSync(kiosk.core).total;
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Viser' }).textContent()).toBe(`Viser 1–25 av ${total} deltakere.`);
    const firstPage = await namesShown(page);
    expect(firstPage).toHaveLength(25);
    await page.getByRole('button', { name: 'Neste side' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Viser' }).textContent()).toBe(`Viser 26–50 av ${total} deltakere.`);
    expect(await namesShown(page)).toHaveLength(25);
    expect((await namesShown(page))[0]).not.toBe(firstPage[0]);
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);

    // A session that lapsed (15 minutes idle) sends the organiser back to the PIN, saying why.
    await page.route('**/api/registrants', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({ error: { key: 'organiserLocked', message: 'Arrangørsidene er låst. Skriv inn PIN-koden på nytt.', messageEn: 'Locked.' } }),
      }),
    );
    await page.getByRole('button', { name: 'Neste side' }).click();
    await page.getByRole('heading', { name: 'Arrangørsidene er låst' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Arrangørsidene er låst. Skriv inn PIN-koden på nytt.');
  }, TIMEOUT);
});

describe('the information desk', () => {
  it('filters by arrival, fits 1280 px, undoes and makes an arrival by hand with why, corrects a name, and Esc closes only the panel', async () => {
    session = await openEventKiosk();
    const { page, kiosk } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    const longEmail = 'fornavn.mellomnavn.etternavn.og.litt.til@seksjon-for-lokaldemokrati.kommunal-og-distriktsdepartementet.example.no';
    const rows = [...NORWEGIAN_REGISTRANTS, ['1008', 'Ingrid Langnavn-Sørensen', longEmail, 'Kommunal- og distriktsdepartementet, avdeling for lokaldemokrati', 'Påmeldt']];
    importRegistrantsSync(kiosk.core, norwegianExcelCsv(rows), { fileName: 'påmeldte.csv', dryRun: false });
    expect(scanSync(kiosk.core, '1001').verdict).toBe('welcome');
    await openOrganiser(page);
    await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
    await expect.poll(() => namesShown(page)).toHaveLength(rows.length);

    // Every row's actions in view: nothing scrolls sideways.
    const lastAction = await page.getByRole('button', { name: 'Endre Ingrid Langnavn-Sørensen' }).boundingBox();
    expect(lastAction!.x + lastAction!.width).toBeLessThanOrEqual(1280);
    expect(await page.evaluate("[...document.querySelectorAll('.org-table-scroll')].every((e) => e.scrollWidth <= e.clientWidth)")).toBe(true);

    await page.getByLabel('Oppmøte').selectOption({ label: 'Kommet' });
    await expect.poll(() => namesShown(page)).toEqual(['Kari Ødegård']);
    await page.getByLabel('Oppmøte').selectOption({ label: 'Ikke kommet' });
    await expect.poll(() => namesShown(page)).toHaveLength(rows.length - 1);
    await page.getByLabel('Påmeldingsstatus').selectOption({ label: 'Venteliste' });
    await expect.poll(() => namesShown(page)).toEqual(['Per Hansen']);
    await page.getByLabel('Påmeldingsstatus').selectOption({ label: 'Alle' });
    await page.getByLabel('Oppmøte').selectOption({ label: 'Alle' });

    await page.getByRole('button', { name: 'Endre Kari Ødegård' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kari Ødegård ved informasjonsdisken' }).waitFor();
    await expect.poll(() => page.evaluate('document.activeElement.textContent')).toBe('Kari Ødegård ved informasjonsdisken');
    await page.getByText(/^Kom kl\. \d\d:\d\d\.$/).waitFor();
    await expectAccessible(page, 'the information desk');
    await page.getByRole('button', { name: 'Angre ankomsten' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Skriv hvorfor');
    expect(countsSync(kiosk.core).arrived).toBe(1);
    await page.getByLabel(/^Hvorfor \(for eksempel «feil person/).fill('Feil person sjekket inn');
    await page.getByRole('button', { name: 'Angre ankomsten' }).click();
    await page.getByRole('status').filter({ hasText: 'Ankomsten til Kari Ødegård er angret.' }).waitFor();
    expect(countsSync(kiosk.core).arrived).toBe(0);

    await page.getByLabel(/^Hvorfor \(for eksempel «glemt QR-kode/).fill('Glemt QR-kode, sjekket legitimasjon');
    await page.getByRole('button', { name: 'Sjekk inn', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Kari Ødegård er sjekket inn.' }).waitFor();
    expect(countsSync(kiosk.core).arrived).toBe(1);

    await page.getByLabel('Fullt navn').fill('Kari Ødegård-Haugen');
    await page.getByRole('button', { name: 'Lagre rettelsen' }).click();
    await page.getByRole('status').filter({ hasText: 'Rettet: Kari Ødegård-Haugen, Bærum kommune.' }).waitFor();
    await expect.poll(() => namesShown(page)).toContain('Kari Ødegård-Haugen');
    expect(readRawSync(kiosk.core.dataDir, (db) => db.prepare("SELECT kind, details FROM log WHERE station = 'informasjon' ORDER BY seq").all())).toEqual([
      { kind: 'desk_undo', details: expect.stringContaining('"reason":"Feil person sjekket inn"') },
      { kind: 'checkin', details: JSON.stringify({ by: 'desk', reason: 'Glemt QR-kode, sjekket legitimasjon' }) },
      { kind: 'correction', details: JSON.stringify({ name: 'Kari Ødegård-Haugen' }) },
    ]);

    // Escape closes the panel, not the organiser screens, and focus goes back to where it was opened.
    await page.getByLabel('Fullt navn').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { name: /ved informasjonsdisken/ }).count()).toBe(0);
    await expect.poll(() => page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Endre Kari Ødegård-Haugen');
    await page.getByRole('button', { name: 'Vis kode for Per Hansen' }).click();
    await page.getByRole('heading', { level: 2, name: 'QR-koden til Per Hansen' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { name: 'QR-koden til Per Hansen' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Arrangørmeny' }).isVisible()).toBe(true);

    // The tab shows Innsjekk's icon.
    const icon = await page.request.get(await page.evaluate("document.querySelector('link[rel=icon]').href"));
    expect({ status: icon.status(), type: icon.headers()['content-type'] }).toEqual({ status: 200, type: 'image/svg+xml' });
    expect(await icon.text()).toContain('<title>Innsjekk</title>');
  }, TIMEOUT);
});

describe('the settings', () => {
  it('change the kiosk name, the event, its capacity and the PIN', async () => {
    session = await openEventKiosk();
    const { page, kiosk } = session;
    await openOrganiser(page);
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor();
    await page.getByLabel('Kioskens navn').waitFor();
    await expectAccessible(page, 'settings');

    const kioskForm = page.getByRole('form', { name: 'Denne kiosken' });
    await kioskForm.getByLabel('Kioskens navn').fill('Inngang 1');
    await kioskForm.getByRole('button', { name: 'Lagre' }).click();
    await kioskForm.getByRole('status').filter({ hasText: 'Lagret.' }).waitFor();
    const kioskApi = apiClient(kiosk.url, { key: kiosk.core.requireEventSync().eventKey });
    expect((await kioskApi('eventInfo', {})).kioskName).toBe('Inngang 1');

    const eventForm = page.getByRole('form', { name: 'Arrangementet' });
    await eventForm.getByLabel('Kapasitet (antall plasser)').fill('mange');
    await eventForm.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => eventForm.getByRole('alert').textContent()).toContain('Kapasiteten må være et helt tall');
    await eventForm.getByLabel('Navn på arrangementet').fill('Lokaldemokratikonferansen 2027');
    await eventForm.getByLabel('Dato').fill('2027-03-11');
    await eventForm.getByLabel('Kapasitet (antall plasser)').fill('450');
    await eventForm.getByRole('button', { name: 'Lagre' }).click();
    await eventForm.getByRole('status').filter({ hasText: 'Lagret.' }).waitFor();
    expect(kiosk.core.eventSync()).toMatchObject({ name: 'Lokaldemokratikonferansen 2027', date: '2027-03-11', capacity: 450 });
    await page.getByText('– Lokaldemokratikonferansen 2027').waitFor();

    const pinForm = page.getByRole('form', { name: 'PIN-kode' });
    await pinForm.getByLabel('Ny PIN-kode').fill('555555');
    await pinForm.getByLabel('Skriv den samme PIN-koden én gang til').fill('555555');
    await pinForm.getByRole('button', { name: 'Bytt PIN-koden' }).click();
    await pinForm.getByRole('status').filter({ hasText: 'PIN-koden er byttet' }).waitFor();
    await page.getByRole('button', { name: 'Tilbake til innsjekking' }).click();
    await page.getByRole('button', { name: 'Arrangør', exact: true }).click();
    await page.getByLabel('PIN-kode', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Feil PIN');
    await page.getByLabel('PIN-kode', { exact: true }).fill('555555');
    await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
    await page.getByRole('navigation', { name: 'Arrangørmeny' }).waitFor();

    // The kiosk's language switches the screens at once.
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByLabel('Språket kiosken starter med').selectOption('en');
    await page.getByRole('form', { name: 'Denne kiosken' }).getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(kiosk.core.settingsSync().language).toBe('en');
  }, TIMEOUT);
});

describe('the welcome screen', () => {
  it('sets up a real event and goes on to the import', async () => {
    session = await openBrowserKiosk({ demo: false });
    const { page, kiosk } = session;
    await page.getByRole('heading', { name: 'Velkommen til Innsjekk' }).waitFor();
    await expectAccessible(page, 'welcome screen');

    await page.getByRole('button', { name: 'Opprett arrangementet' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Arrangementet trenger et navn');
    await page.getByLabel('Navn på arrangementet').fill('Lokaldemokratikonferansen 2026');
    await page.getByLabel('Dato').fill('2026-03-12');
    await page.getByLabel('Kapasitet (antall plasser)').fill('550');
    // The PIN comes with the event, typed twice so that a slip cannot lock the organiser out.
    await page.getByLabel('Ny PIN-kode').fill('482193');
    await page.getByLabel('Skriv den samme PIN-koden én gang til').fill('482139');
    await page.getByRole('button', { name: 'Opprett arrangementet' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('De to PIN-kodene er ikke like');
    await page.getByLabel('Ny PIN-kode').fill('4821');
    await page.getByLabel('Skriv den samme PIN-koden én gang til').fill('4821');
    await page.getByRole('button', { name: 'Opprett arrangementet' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('PIN-koden må være 6 til 12 sifre');
    expect(kiosk.core.eventSync()).toBeNull();
    await page.getByLabel('Ny PIN-kode').fill(PIN);
    await page.getByLabel('Skriv den samme PIN-koden én gang til').fill(PIN);
    await page.getByRole('button', { name: 'Opprett arrangementet' }).click();

    // The kiosk's full address, with its key: shown, as a QR code, and in the address bar.
    await page.getByRole('heading', { level: 1, name: 'Kiosken er klar' }).waitFor();
    const address = `${kiosk.url}/#key=${kiosk.core.eventSync()?.eventKey}`;
    expect(await page.locator('.welcome-address').textContent()).toBe(address);
    expect(page.url()).toBe(address);
    const qr = page.getByRole('img', { name: 'QR-kode med kioskens adresse' });
    await qr.waitFor();
    const qrShot = PNG.sync.read(await qr.screenshot());
    expect(jsQR.default(new Uint8ClampedArray(qrShot.data), qrShot.width, qrShot.height)?.data).toBe(address);
    await expectAccessible(page, 'the kiosk is ready');
    await page.getByRole('button', { name: 'Fortsett' }).click();

    await page.getByRole('heading', { name: 'Arrangørsidene er låst' }).waitFor();
    expect(kiosk.core.eventSync()).toMatchObject({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: 550 });
    expect(hasPinSync(kiosk.core)).toBe(true);
    await page.getByLabel('PIN-kode', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
    await page.getByRole('heading', { level: 2, name: 'Steg 1 av 3: Velg filen' }).waitFor();
    await page.getByLabel('Deltakerliste (CSV eller Excel)').waitFor();
  }, TIMEOUT);
});
