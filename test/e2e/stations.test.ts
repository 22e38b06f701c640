/// <reference lib="dom" />
// The DOM types are for the code that runs in the page.
/**
 * The station screens in Chromium: the station switch behind the PIN; the
 * cloakroom through the keyboard wedge (two tags for one guest, one
 * collected, a tag not hanging refused); the lunch counter through the
 * keyboard wedge and the webcam (dietary needs shown, a second lunch warned
 * and served, +1 without a code); a guest without a code found by name at
 * both; each checked with axe.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFakeCameraVideo } from '../../bench/fake-camera.js';
import { DEMO_PIN } from '../../shared/domain.js';
import type { Core } from '../../electron/core/core.js';
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { cloakInSync } from '../../electron/core/stations/cloakroom.js';
import { setKioskStationSync } from '../../electron/core/stations/kiosk-station.js';
import { stationCountsSync } from '../../electron/core/stations/station-counts.js';
import { readRawSync } from '../helpers/raw-database.js';
import { expectAccessible, openBrowserKiosk, openOrganiser, type BrowserKiosk } from './kiosk-harness.js';

let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const E2E_TIMEOUT = 120_000;

interface Guest {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly dietary: string | null;
}

/** Confirmed registrants of the demo, with or without dietary needs. */
function guests(core: Core, withDietary: boolean): Guest[] {
  return readRawSync(
    core.dataDir,
    (db) =>
      db
        .prepare(
          `SELECT id, code, name, organisation, dietary FROM registrant
           WHERE status = 'confirmed' AND (dietary IS NOT NULL AND dietary != '') = ? ORDER BY id LIMIT 3`,
        )
        .all(withDietary ? 1 : 0) as Guest[],
  );
}

/** Opens a demo kiosk working the given station. */
async function openStation(station: 'garderobe' | 'lunsj', chromiumArgs: readonly string[] = []): Promise<BrowserKiosk> {
  session = await openBrowserKiosk({ chromiumArgs });
  setKioskStationSync(session.kiosk.core, station);
  await session.page.reload();
  await session.page.getByText(station === 'garderobe' ? 'Stasjon: Garderobe' : 'Stasjon: Lunsj').waitFor({ timeout: 60_000 });
  return session;
}

/** Types the code the way a handheld scanner does: fast, then Enter. */
async function scanWithWedge(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Types a name in the station's search box and picks the first match with Enter. */
async function pickByName(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Navn eller organisasjon' }).fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().waitFor();
  await page.keyboard.press('Enter');
}

function verdict(page: Page, kind: string, text: string | RegExp) {
  return page.locator(`.station-verdict[data-verdict="${kind}"]`).filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

describe('the station switch', () => {
  it('moves the kiosk to the cloakroom only through the organiser screens, and its header says so', async () => {
    session = await openBrowserKiosk();
    const { page, dataDir } = session;
    await page.getByText(/av \d+ har kommet/).waitFor({ timeout: 60_000 });
    // The door's screen has no way to move the kiosk.
    await expect(page.getByRole('combobox', { name: 'Stasjon' }).count()).resolves.toBe(0);
    await openOrganiser(page, DEMO_PIN);
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByRole('combobox', { name: 'Stasjon' }).selectOption({ label: 'Garderobe' });
    await page.getByRole('button', { name: 'Bytt stasjon' }).click();
    await page.getByText('Kiosken står nå på stasjonen Garderobe.').waitFor();
    await expectAccessible(page, 'the settings with the station switch');
    await page.getByRole('button', { name: 'Tilbake til innsjekking' }).click();
    await page.getByText('Stasjon: Garderobe').waitFor();
    await page.getByRole('radio', { name: 'Lever inn' }).waitFor();
    expect(readRawSync(dataDir, (db) => db.prepare("SELECT value FROM meta WHERE key = 'station'").pluck().get())).toBe('garderobe');
  }, E2E_TIMEOUT);
});

describe('the cloakroom screen', () => {
  it('hands in two tags for one guest by the scanner, collects one after showing whose it is, and refuses a tag not hanging', async () => {
    const { page, kiosk } = await openStation('garderobe');
    const [guest] = guests(kiosk.core, false);
    await scanWithWedge(page, guest!.code);
    await page.getByText(`Gjest: ${guest!.name}`).waitFor();
    // The scan leaves focus in the tag field: the volunteer types the number and Enter.
    await page.keyboard.type('214');
    await page.keyboard.press('Enter');
    await verdict(page, 'ok', `Merke 214 – ${guest!.name}`);
    await page.keyboard.type('215');
    await page.keyboard.press('Enter');
    await verdict(page, 'ok', `Merke 215 – ${guest!.name}`);
    await page.getByText(/^2 henger nå/).waitFor();
    await expectAccessible(page, 'the cloakroom after a hand-in');

    await page.getByRole('radio', { name: 'Lever ut' }).check();
    await page.getByLabel('Merkenummer').fill('214');
    await page.keyboard.press('Enter');
    await verdict(page, 'confirm', new RegExp(`Merke 214 – ${guest!.name}`));
    // The confirmation has focus: Enter hands the coat back.
    await page.keyboard.press('Enter');
    await verdict(page, 'ok', `Merke 214 levert tilbake – ${guest!.name}`);
    await page.getByLabel('Merkenummer').fill('214');
    await page.keyboard.press('Enter');
    await verdict(page, 'not_hanging', 'Merke 214 henger ikke i garderoben');
    await page.getByLabel('Merkenummer').fill('0');
    await page.keyboard.press('Enter');
    await verdict(page, 'tag_out_of_range', 'Merke 0 finnes ikke');
    await expectAccessible(page, 'the cloakroom after a refusal');
    expect(stationCountsSync(kiosk.core).cloak).toMatchObject({ handedIn: 2, collected: 1, hanging: 1, uncollected: [{ tag: 215, registrant: { id: guest!.id } }] });

    await page.getByRole('radio', { name: 'Mistet merke' }).check();
    await pickByName(page, guest!.name);
    await page.getByText(new RegExp(`${guest!.name}.*: merke 215`)).waitFor();
  }, E2E_TIMEOUT);

  it('hands in for a guest without their code, found by name search, by the keyboard alone', async () => {
    const { page, kiosk } = await openStation('garderobe');
    const [, guest] = guests(kiosk.core, false);
    await pickByName(page, guest!.name);
    await page.getByText(`Gjest: ${guest!.name}`).waitFor();
    // The pick leaves focus in the tag field.
    await page.keyboard.type('300');
    await page.keyboard.press('Enter');
    await verdict(page, 'ok', `Merke 300 – ${guest!.name}`);
    await expectAccessible(page, 'the cloakroom after a hand-in found by name');
    const handIn = readRawSync(kiosk.core.dataDir, (db) => db.prepare("SELECT registrant_id AS id, details FROM log WHERE kind = 'cloak_in'").get() as { id: string; details: string });
    expect({ id: handIn.id, details: JSON.parse(handIn.details) as unknown }).toEqual({ id: guest!.id, details: { tag: 300, by: 'search' } });
  }, E2E_TIMEOUT);
});

describe('the cloakroom at closing time', () => {
  it("lists the tags not collected with their owners once the event's end has passed", async () => {
    session = await openBrowserKiosk();
    const { page, kiosk } = session;
    const [guest] = guests(kiosk.core, false);
    // The event ended yesterday: the cloakroom is past closing time.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    updateEventSettingsSync(kiosk.core, { date: yesterday });
    setKioskStationSync(kiosk.core, 'garderobe');
    cloakInSync(kiosk.core, '41', guest!.code, { station: 'garderobe' });
    cloakInSync(kiosk.core, '42', null, { station: 'garderobe' });
    await page.reload();
    const closing = page.locator('.station-closing');
    await closing.getByRole('heading', { name: 'Stengetid: 2 merker er ikke hentet' }).waitFor({ timeout: 60_000 });
    await closing.getByText(new RegExp(`Merke 41.*${guest!.name}`)).waitFor();
    await closing.getByText(/Merke 42.*uten kode/).waitFor();
    await closing.getByText('Eiere som har gått (skannet ut), er merket').waitFor();
    await expectAccessible(page, 'the cloakroom at closing time');
  }, E2E_TIMEOUT);
});

describe('the lunch counter screen', () => {
  it('shows the dietary needs, warns of a second lunch and serves it with one press, and counts +1 without a code', async () => {
    const { page, kiosk } = await openStation('lunsj');
    const [guest, next] = guests(kiosk.core, true);
    await scanWithWedge(page, guest!.code);
    await verdict(page, 'ok', `Lunsj til ${guest!.name}`);
    const dietary = await page.locator('.station-dietary').getAttribute('data-dietary');
    expect(dietary?.toLowerCase()).toContain(guest!.dietary!.split(/[,;]/)[0]!.trim().toLowerCase());
    await page.getByText('Ikke sjekket inn ved inngangen').waitFor();
    await expectAccessible(page, 'the lunch counter after a lunch');

    // The next guest, then the first again: a code scanned twice at once counts once, but this is a second visit.
    await scanWithWedge(page, next!.code);
    await verdict(page, 'ok', `Lunsj til ${next!.name}`);
    await scanWithWedge(page, guest!.code);
    await verdict(page, 'second_lunch', /Fikk lunsj \d\d:\d\d ved /);
    // «Server likevel» has focus: one press serves the second lunch.
    await page.keyboard.press('Enter');
    await verdict(page, 'ok', `Lunsj nummer to til ${guest!.name}`);

    await page.getByRole('button', { name: '+1 uten kode' }).click();
    await verdict(page, 'ok', 'Lunsj uten kode (+1)');
    await page.getByText(/^4 servert/).waitFor();
    expect(stationCountsSync(kiosk.core).lunch).toMatchObject({ served: 4, anonymous: 1, secondServings: 1, notCheckedIn: 2 });
  }, E2E_TIMEOUT);

  it('serves a guest without their code, found by name search, with their dietary needs', async () => {
    const { page, kiosk } = await openStation('lunsj');
    const [, guest] = guests(kiosk.core, true);
    await pickByName(page, guest!.name);
    await verdict(page, 'ok', `Lunsj til ${guest!.name}`);
    const dietary = await page.locator('.station-dietary').getAttribute('data-dietary');
    expect(dietary?.toLowerCase()).toContain(guest!.dietary!.split(/[,;]/)[0]!.trim().toLowerCase());
    await expectAccessible(page, 'the lunch counter after a lunch found by name');
    expect(stationCountsSync(kiosk.core).lunch).toMatchObject({ served: 1, anonymous: 0 });
  }, E2E_TIMEOUT);

  it('serves the guest whose QR code the webcam sees', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-camera-'));
    try {
      const video = path.join(dir, 'qr.y4m');
      const { page, kiosk } = await openStation('lunsj', ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
      const [guest] = guests(kiosk.core, true);
      expect(await writeFakeCameraVideo(dir, 'qr', [{ code: guest!.code, seconds: 2 }])).toBe(video);
      await page.getByRole('button', { name: 'Start kamera' }).click();
      await verdict(page, 'ok', `Lunsj til ${guest!.name}`);
      expect(stationCountsSync(kiosk.core).lunch.served).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, E2E_TIMEOUT);
});
