/**
 * What the organiser screens offer besides the CLI's sync commands, in a real
 * browser on real kiosks in this process: making this kiosk the hub and
 * joining a second kiosk with the code it shows, moving check-ins between
 * kiosks with a sync file, and leaving the event — with the second step that
 * names the check-ins no other kiosk holds — back to the welcome screen.
 */
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkInByIdSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { hasPinSync, setPinSync } from '../../electron/core/organiser-access.js';
import { listRegistrantsSync } from '../../electron/core/store/registrants-store.js';
import { joinSync, syncStatusSync, syncWithHub } from '../../electron/core/sync/sync-client.js';
import { syncFileContentSync } from '../../electron/core/sync/sync-file.js';
import { kioskAddress, startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';
import { attendanceSync, eventDir, eventIdsSync, joinedKiosk, LOOPBACK, startHub } from '../helpers/kiosk-cluster.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';
import { CHROMIUM, CHROMIUM_ARGS, expectAccessible, openOrganiser } from './kiosk-harness.js';

const TIMEOUT = 120_000;
const PIN = '482193';
const EVENT_NAME = 'Lokaldemokratikonferansen 2026';

/** What each test started, stopped after it, the last started first. */
const running: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});
afterAll(removeTempDirs);

/** Serves a data directory as a kiosk on loopback; made the hub from the screens, it listens on loopback too. */
async function startKiosk(dataDir: string, hubPort = 0): Promise<RunningKiosk> {
  const kiosk = await startKioskServer(dataDir, { host: LOOPBACK, port: 0 }, { hubListen: { host: LOOPBACK, port: hubPort } });
  running.push(() => kiosk.close());
  return kiosk;
}

/** Stops something once, however often it is asked to: by the test, and again after it. */
function stopOnce(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => (stopping ??= stop());
}

async function startBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  running.push(() => browser.close());
  return browser;
}

/** A page on the kiosk, opened with its event key (or on its welcome screen when it has none). */
async function openPage(browser: Browser, kiosk: RunningKiosk): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(kioskAddress(kiosk.url, kiosk.core));
  return page;
}

/** Through the PIN into one section of the organiser screens. */
async function openSection(page: Page, section: string, heading: string): Promise<void> {
  await openOrganiser(page, PIN);
  await page.getByRole('button', { name: section, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The text of the element that has the keyboard focus. */
function focusedText(page: Page): Promise<unknown> {
  return page.evaluate('document.activeElement?.textContent');
}

/** The ids of the first `count` confirmed registrants. */
function confirmedIds(core: Core, count: number): string[] {
  return listRegistrantsSync(core, { status: 'confirmed', limit: count }).items.map((r) => r.id);
}

describe('sharing the event from the kiosk section', () => {
  it('makes this kiosk the hub with one button, shows the code, and a second kiosk joins with it', async () => {
    const dir = eventDir(20);
    const hubKiosk = await startKiosk(dir);
    setPinSync(hubKiosk.core, PIN);
    expect(hubKiosk.hubUrl).toBeNull();
    const browser = await startBrowser();
    const page = await openPage(browser, hubKiosk);
    await openSection(page, 'Kiosker', 'Kiosker');

    const share = page.getByRole('button', { name: 'Del arrangementet med andre kiosker' });
    await share.waitFor();
    await page.getByText('Ikke koblet til andre kiosker.').waitFor();
    expect(await page.getByRole('img', { name: 'Tilkoblingskoden som QR-kode' }).count()).toBe(0);
    await expectAccessible(page, 'kiosk section, not sharing');

    await share.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Kiosken deler nå arrangementet.' }).waitFor();
    // The button is gone: the focus is on the heading above the new code.
    await expect.poll(() => focusedText(page)).toBe('Koble til en ny kiosk');
    const code = await page.locator('.org-pairing-code').textContent();
    expect(code).toMatch(/^IJPAIR:/);
    expect(hubKiosk.hubUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    await page.getByRole('img', { name: 'Tilkoblingskoden som QR-kode' }).waitFor();
    await page.getByText('Dette er arrangørkiosken').waitFor();
    await expectAccessible(page, 'kiosk section, sharing');

    // The second kiosk joins with the code as shown, on its welcome screen.
    const second = await startKiosk(tempDir());
    const secondPage = await openPage(browser, second);
    await secondPage.getByLabel('Tilkoblingskode').fill(code!);
    await secondPage.getByLabel('Navn på denne kiosken (valgfritt)').fill('Inngang 2');
    await secondPage.getByRole('button', { name: 'Koble til', exact: true }).click();
    await secondPage.getByRole('button', { name: 'Fortsett' }).click();
    await secondPage.getByRole('heading', { level: 1, name: EVENT_NAME }).waitFor({ timeout: 30_000 });
    const peers = page.getByRole('table', { name: 'Kiosker som har synkronisert med denne, sist sett først' });
    await peers.getByRole('row', { name: /Inngang 2/ }).waitFor({ timeout: 15_000 });

    // A joined kiosk does not share the event itself: it points to the organiser's kiosk.
    setPinSync(second.core, PIN);
    await openSection(secondPage, 'Kiosker', 'Kiosker');
    await secondPage.getByText('Denne kiosken er koblet til arrangørkiosken.', { exact: false }).waitFor();
    expect(await secondPage.getByRole('button', { name: 'Del arrangementet med andre kiosker' }).count()).toBe(0);
  }, TIMEOUT);

  it('says what to do when the port to share on is taken, and the button stays for another try', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, LOOPBACK, resolve));
    running.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as AddressInfo).port;
    const kiosk = await startKiosk(eventDir(5), port);
    setPinSync(kiosk.core, PIN);
    const page = await openPage(await startBrowser(), kiosk);
    await openSection(page, 'Kiosker', 'Kiosker');

    const share = page.getByRole('button', { name: 'Del arrangementet med andre kiosker' });
    await share.click();
    await page.getByRole('alert').filter({ hasText: `Porten ${port} er allerede i bruk på denne maskinen` }).waitFor();
    expect(kiosk.hubUrl).toBeNull();
    expect(await share.isVisible()).toBe(true);
    await expectAccessible(page, 'kiosk section, port taken');
  }, TIMEOUT);
});

describe('moving check-ins with a sync file', () => {
  it('saves the events on one kiosk, reads them in on another, and says what a file it cannot use is', async () => {
    // Two kiosks of one event, then apart: the hub is gone, so nothing travels but the file.
    const organiserDir = eventDir(20);
    const hub = await startHub(organiserDir);
    const closeHub = stopOnce(() => hub.close());
    running.push(closeHub);
    const joined = await joinedKiosk(hub.code, 'Inngang 2');
    const joinedDir = joined.dataDir;
    joined.closeSync();
    await closeHub();
    const organiser = await startKiosk(organiserDir);
    const door = await startKiosk(joinedDir);
    for (const k of [organiser, door]) setPinSync(k.core, PIN);
    const arrived = confirmedIds(door.core, 3);
    for (const id of arrived) checkInByIdSync(door.core, id);
    const doorEvents = eventIdsSync(door.core);
    expect(doorEvents).toHaveLength(3);

    const browser = await startBrowser();
    const doorPage = await openPage(browser, door);
    await openSection(doorPage, 'Kiosker', 'Kiosker');
    const [download] = await Promise.all([doorPage.waitForEvent('download'), doorPage.getByRole('button', { name: 'Lagre hendelsene i en fil' }).click()]);
    const fileName = 'innsjekk-hendelser-2026-03-12-Inngang-2.json';
    expect(download.suggestedFilename()).toBe(fileName);
    await doorPage.getByRole('status').filter({ hasText: `Lagret filen «${fileName}» med 3 hendelser (skanninger og angringer).` }).waitFor();
    const saved = path.join(tempDir(), fileName);
    await download.saveAs(saved);
    await expectAccessible(doorPage, 'kiosk section with the sync file saved');

    const organiserPage = await openPage(browser, organiser);
    await openSection(organiserPage, 'Kiosker', 'Kiosker');
    const picker = organiserPage.getByLabel('Les inn en fil fra en annen kiosk');
    await picker.setInputFiles(saved);
    await organiserPage.getByRole('status').filter({ hasText: `Tok inn 3 nye hendelser fra «${fileName}».` }).waitFor();
    expect(eventIdsSync(organiser.core)).toEqual(doorEvents);
    expect(attendanceSync(organiser.core).map((row) => row.registrantId).sort()).toEqual([...arrived].sort());
    await expectAccessible(organiserPage, 'kiosk section with a sync file read in');

    // The same file again brings nothing twice.
    await picker.setInputFiles(saved);
    await organiserPage.getByRole('status').filter({ hasText: `Ingen nye hendelser i «${fileName}»` }).waitFor();
    expect(eventIdsSync(organiser.core)).toEqual(doorEvents);

    await picker.setInputFiles({ name: 'deltakere.csv', mimeType: 'text/csv', buffer: Buffer.from('navn;e-post\nKari;kari@example.no\n') });
    await organiserPage.getByRole('alert').filter({ hasText: 'Filen «deltakere.csv» er ikke en synkroniseringsfil fra Innsjekk' }).waitFor();

    const otherEvent = Core.openSync(tempDir());
    running.push(() => otherEvent.closeSync());
    otherEvent.createEventSync({ name: 'Et annet arrangement', date: '2026-05-01', capacity: null });
    await picker.setInputFiles({ name: 'annet.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(syncFileContentSync(otherEvent))) });
    await organiserPage.getByRole('alert').filter({ hasText: 'Filen «annet.json» er fra et annet arrangement.' }).waitFor();
    expect(eventIdsSync(organiser.core)).toEqual(doorEvents);
    await expectAccessible(organiserPage, 'kiosk section with a file refused');
  }, TIMEOUT);
});

describe('leaving the event', () => {
  it('asks first, then names the check-ins not yet sent, and leaves for the welcome screen with nothing of the event left', async () => {
    const hub = await startHub(eventDir(20));
    const closeHub = stopOnce(() => hub.close());
    running.push(closeHub);
    const kiosk = await startKiosk(tempDir());
    await joinSync(kiosk.core, hub.code, 'Inngang 3');
    const [sent, notSent] = confirmedIds(kiosk.core, 2);
    checkInByIdSync(kiosk.core, sent!);
    await syncWithHub(kiosk.core);
    // The hub is gone before the second check-in reaches it: that one alone would be lost.
    await closeHub();
    checkInByIdSync(kiosk.core, notSent!);
    expect(syncStatusSync(kiosk.core)).toMatchObject({ pending: 1, events: 2 });
    setPinSync(kiosk.core, PIN);

    const browser = await startBrowser();
    const page = await openPage(browser, kiosk);
    await openSection(page, 'Innstillinger', 'Innstillinger');
    const zone = page.getByRole('region', { name: 'Forlat arrangementet' });
    const start = zone.getByRole('button', { name: 'Forlat arrangementet …' });
    await start.click();
    await expect.poll(() => focusedText(page)).toBe(`Forlate «${EVENT_NAME}»?`);
    await expectAccessible(page, 'leaving, first step');

    // Cancelled, the focus is back on the button and the kiosk stays.
    await zone.getByRole('button', { name: 'Avbryt, bli i arrangementet' }).click();
    await zone.getByRole('status').filter({ hasText: 'Kiosken er fortsatt i arrangementet.' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Forlat arrangementet …');

    // From here by keyboard alone: each step's heading has the focus, and its first button is next.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe(`Forlate «${EVENT_NAME}»?`);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(`Ja, forlat «${EVENT_NAME}»`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('1 innsjekking går tapt');
    expect(kiosk.core.eventSync()?.name).toBe(EVENT_NAME);
    await zone.getByText('Kiosken vet ikke om noen annen kiosk har dem').waitFor();
    await expectAccessible(page, 'leaving, check-ins would be lost');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('region', { name: 'Leave the event' }).getByRole('heading', { level: 3, name: '1 check-in will be lost' }).waitFor();
    await page.getByRole('button', { name: 'Bytt til norsk' }).click();

    await zone.getByRole('button', { name: 'Forlat likevel, og slett 1 innsjekking' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Innsjekk' }).waitFor();
    await page.getByText(`Kiosken har forlatt «${EVENT_NAME}»`).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Velkommen til Innsjekk');
    await expectAccessible(page, 'the welcome screen after leaving');

    expect(kiosk.core.eventSync()).toBeNull();
    expect(eventIdsSync(kiosk.core)).toEqual([]);
    expect(attendanceSync(kiosk.core)).toEqual([]);
    expect(listRegistrantsSync(kiosk.core, {}).total).toBe(0);
    // The event's PIN went with it: the next event comes with its own.
    expect(hasPinSync(kiosk.core)).toBe(false);
  }, TIMEOUT);
});
