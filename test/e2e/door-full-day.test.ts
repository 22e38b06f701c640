/// <reference lib="dom" />
// The DOM types are for the code that runs in the page.
/**
 * The door on a full day in Chromium: the last place, then one more is
 * "full" and the organiser PIN lets them in, recorded as forced with who and
 * why; an exit and a re-entry; a waitlisted guest queued, refused before the
 * release without the PIN and admitted in one tap after it; a walk-in
 * registered and then served a lunch by their new code; a note for the
 * security check that holds the next scan until it is read. Each screen
 * checked with axe.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import type { Core } from '../../electron/core/core.js';
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
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

interface Person {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

/** Registrants of the given status who have not arrived yet. */
function people(core: Core, status: 'confirmed' | 'waitlisted', count: number): Person[] {
  const rows = readRawSync(
    core.dataDir,
    (db) =>
      db
        .prepare(
          `SELECT r.id, r.code, r.name FROM registrant r
           WHERE r.status = ? AND r.id NOT IN (SELECT registrant_id FROM attendance) ORDER BY r.id LIMIT ?`,
        )
        .all(status, count) as Person[],
  );
  if (rows.length < count) throw new Error(`not ${count} ${status} registrants left`);
  return rows;
}

/** The log's events of a kind, their details parsed. */
function logged(core: Core, kind: string): { registrantId: string | null; details: Record<string, unknown> }[] {
  return readRawSync(core.dataDir, (db) =>
    (db.prepare('SELECT registrant_id AS registrantId, details FROM log WHERE kind = ? ORDER BY rowid').all(kind) as { registrantId: string | null; details: string }[]).map(
      (row) => ({ registrantId: row.registrantId, details: JSON.parse(row.details) as Record<string, unknown> }),
    ),
  );
}

/** Opens the demo's door screen, once it shows the event and the counts. */
async function openDoor(): Promise<BrowserKiosk> {
  session = await openBrowserKiosk();
  await session.page.getByText(/av \d+ har kommet/).waitFor({ timeout: 60_000 });
  await session.page.getByText('Stasjon: Inngang').waitFor();
  return session;
}

/** Types the code the way a handheld scanner does: fast, then Enter. */
async function scanWithWedge(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** The verdict on screen once it has the given kind and text, and the core has recorded the check and agreed. */
async function verdict(page: Page, kind: string, text: string | RegExp): Promise<void> {
  await page.locator(`[data-verdict="${kind}"][data-settled="true"]`).filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

/** The header's inside count, once it reads `inside` at the given level. */
async function gauge(page: Page, inside: number, level: string): Promise<void> {
  await page.locator(`.capacity-gauge[data-inside="${inside}"][data-level="${level}"]`).waitFor({ timeout: 15_000 });
}

describe('a full room', () => {
  it('admits the last place, refuses one more as full, and lets them in with the PIN, recorded as forced with who and why', async () => {
    const { page, kiosk } = await openDoor();
    const core = kiosk.core;
    const [early, last, oneMore] = people(core, 'confirmed', 3);
    core.updateEventSync({ capacity: 2 });
    await scanWithWedge(page, early!.code);
    await verdict(page, 'welcome', early!.name);
    // 1 of 2 is 50 %: no warning yet.
    await gauge(page, 1, 'room');
    await page.getByText('1 av 2 inne').waitFor();

    await scanWithWedge(page, last!.code);
    await verdict(page, 'welcome', last!.name);
    await gauge(page, 2, 'full');
    await scanWithWedge(page, oneMore!.code);
    await verdict(page, 'full', 'Fullt — ingen ledige plasser');
    await page.locator('.verdict-next').filter({ hasText: 'Salen er full (2 av 2 inne)' }).waitFor();
    await expectAccessible(page, 'the door refusing one more in a full room');
    expect(logged(core, 'checkin').map((e) => e.registrantId)).toEqual([early!.id, last!.id]);

    await page.getByRole('button', { name: 'Slipp inn med PIN …' }).click();
    await page.getByLabel('Hvorfor', { exact: true }).fill('Foredragsholder');
    await page.getByLabel('Arrangør som gir lov').fill('Kari Arrangør');
    await page.getByLabel('Arrangørens PIN-kode').fill(DEMO_PIN);
    await expectAccessible(page, 'the PIN override');
    await page.getByRole('button', { name: 'Slipp inn', exact: true }).click();
    await page.locator('[data-verdict][data-settled="true"]').filter({ hasText: oneMore!.name }).filter({ hasText: 'sluppet inn med arrangørens PIN-kode' }).waitFor();
    await gauge(page, 3, 'over');

    const forced = logged(core, 'checkin').filter((e) => e.registrantId === oneMore!.id);
    expect(forced).toEqual([{ registrantId: oneMore!.id, details: expect.objectContaining({ forced: { by: 'Kari Arrangør', reason: 'Foredragsholder' } }) }]);
  }, E2E_TIMEOUT);
});

describe('exits', () => {
  it('scans a guest out at the entrance and welcomes them back on re-entry, and the exit station scans out', async () => {
    const { page, kiosk } = await openDoor();
    const core = kiosk.core;
    const [guest, other] = people(core, 'confirmed', 2);
    await scanWithWedge(page, guest!.code);
    await verdict(page, 'welcome', guest!.name);
    await gauge(page, 1, 'room');

    await page.getByRole('radio', { name: 'Ut' }).check();
    await page.getByText('Skann koden for å gå ut').waitFor();
    await scanWithWedge(page, guest!.code);
    await verdict(page, 'goodbye', guest!.name);
    await gauge(page, 0, 'room');
    await expectAccessible(page, 'the entrance scanning out');

    await page.getByRole('radio', { name: 'Inn' }).check();
    await scanWithWedge(page, guest!.code);
    await verdict(page, 'welcome_back', 'Velkommen tilbake');
    await gauge(page, 1, 'room');
    expect(logged(core, 'exit').map((e) => e.registrantId)).toEqual([guest!.id]);
    expect(logged(core, 'checkin').map((e) => e.registrantId)).toEqual([guest!.id, guest!.id]);

    // The exit's own station: every scan goes out, and someone never in is told so.
    setKioskStationSync(core, 'utgang');
    await page.reload();
    await page.getByText('Stasjon: Utgang').waitFor({ timeout: 15_000 });
    await page.getByText('Skann koden for å gå ut').waitFor();
    await expect(page.getByRole('radio', { name: 'Inn' }).count()).resolves.toBe(0);
    await scanWithWedge(page, guest!.code);
    await verdict(page, 'goodbye', guest!.name);
    // An exit scanned by mistake is undone like an admission: the bar names the person, who is inside again.
    await page.getByText(`Siste utgang: ${guest!.name}`).waitFor();
    await page.getByRole('button', { name: 'Angre – skannet ved en feil' }).click();
    await page.getByText(`Angret utgangen av ${guest!.name} (skannet ved en feil)`).waitFor();
    await gauge(page, 1, 'room');
    await scanWithWedge(page, other!.code);
    await verdict(page, 'not_inside', other!.name);
    await expectAccessible(page, 'the exit station');
    // Another code between, so the guest's is no repeat of the scan just undone.
    await scanWithWedge(page, guest!.code);
    await verdict(page, 'goodbye', guest!.name);
    // The undone exit stays in the log, named by its undo.
    expect(logged(core, 'exit').map((e) => e.registrantId)).toEqual([guest!.id, guest!.id, guest!.id]);
    expect(logged(core, 'undo').map((e) => e.registrantId)).toEqual([guest!.id]);
  }, E2E_TIMEOUT);
});

describe('the waitlist at the door', () => {
  it('queues a waitlisted guest, refuses to admit before the release without the PIN, and admits the next in one tap after it', async () => {
    const { page, kiosk } = await openDoor();
    const core = kiosk.core;
    const [waiting] = people(core, 'waitlisted', 1);
    updateEventSettingsSync(core, { waitlistRelease: '23:59' });
    await scanWithWedge(page, waiting!.code);
    await verdict(page, 'waitlisted', /Nummer 1 i køen ved døren, venter siden \d\d:\d\d\./);
    await page.getByText(new RegExp(`^Neste: ${waiting!.name}, venter siden \\d\\d:\\d\\d$`)).waitFor();
    await page.getByText('Ledige plasser frigis kl. 23:59').waitFor();
    await expectAccessible(page, 'the queue before the release');

    // Before the release the next one is not let in in one tap: the PIN is asked for, and a wrong one records nothing.
    await page.getByRole('button', { name: 'Slipp inn neste' }).click();
    await page.getByLabel('Hvorfor', { exact: true }).fill('Plass ledig');
    await page.getByLabel('Arrangør som gir lov').fill('Kari Arrangør');
    await page.getByLabel('Arrangørens PIN-kode').fill('999999');
    await page.getByRole('button', { name: 'Slipp inn', exact: true }).click();
    await page.locator('.door-queue [role="alert"]').waitFor({ timeout: 15_000 });
    expect(logged(core, 'checkin')).toEqual([]);
    await page.getByRole('button', { name: 'Avbryt' }).click();

    // The organiser releases the waitlist by hand.
    await openOrganiser(page, DEMO_PIN);
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByRole('button', { name: 'Frigi ventelisten nå' }).click();
    await page.getByText(/^Frigitt\. 1 venter ved døren/).waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'the settings with the release');
    await page.getByRole('button', { name: 'Tilbake til innsjekking' }).click();

    await page.getByText(/^Ventelisten er frigitt: \d+ ledige plasser$/).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Slipp inn neste' }).click();
    await verdict(page, 'admitted_from_waitlist', waiting!.name);
    await page.locator('.door-queue').waitFor({ state: 'detached', timeout: 15_000 });
    const admissions = logged(core, 'checkin');
    expect(admissions).toEqual([{ registrantId: waiting!.id, details: expect.objectContaining({ waitlist: expect.anything() }) }]);
  }, E2E_TIMEOUT);
});

describe('walk-ins', () => {
  it('registers a walk-in with a municipality suggested, shows their new code as a QR, and the lunch counter serves them by it', async () => {
    const { page, kiosk } = await openDoor();
    const core = kiosk.core;
    await page.getByRole('button', { name: 'Ny deltaker uten påmelding' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Ola Gjest Nordmann');
    const organisation = page.getByLabel('Organisasjon eller kommune');
    await organisation.pressSequentially('Vågå');
    // The 357 municipalities are the field's suggestions.
    await expect.poll(() => page.locator('datalist option').count(), { timeout: 15_000 }).toBe(357);
    expect(await page.locator('datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith('Vågå')))).toHaveLength(1);
    await organisation.fill('Vågå kommune');
    await expectAccessible(page, 'the walk-in form');
    await page.getByRole('button', { name: 'Registrer og slipp inn' }).click();
    await verdict(page, 'welcome', 'Ola Gjest Nordmann');
    await page.getByText('Ola Gjest Nordmann er registrert og sluppet inn.').waitFor();
    const image = page.getByRole('img', { name: 'QR-kode for Ola Gjest Nordmann' });
    await image.waitFor();
    const code = (await page.locator('.walk-in-ref').textContent()) ?? '';
    const shot = PNG.sync.read(await image.screenshot());
    // jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder.
    expect(jsQR.default(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data).toBe(code);
    await expectAccessible(page, 'the walk-in with their code');
    expect(logged(core, 'walk_in')).toEqual([{ registrantId: expect.any(String), details: expect.objectContaining({ name: 'Ola Gjest Nordmann', organisation: 'Vågå kommune', email: null }) }]);

    setKioskStationSync(core, 'lunsj');
    await page.reload();
    await page.getByText('Stasjon: Lunsj').waitFor({ timeout: 15_000 });
    await scanWithWedge(page, code);
    await page.locator('.station-verdict[data-verdict="ok"]').filter({ hasText: 'Lunsj til Ola Gjest Nordmann' }).waitFor({ timeout: 15_000 });
    expect(stationCountsSync(core).lunch).toMatchObject({ served: 1, notCheckedIn: 0 });
  }, E2E_TIMEOUT);
});

describe('notes for the security check', () => {
  it('shows the note set on the organiser screens in orange, holds the next scan until it is acknowledged, and records the admission', async () => {
    const { page, kiosk } = await openDoor();
    const core = kiosk.core;
    const [guest, next] = people(core, 'confirmed', 2);
    await openOrganiser(page, DEMO_PIN);
    await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
    await page.getByLabel('Søk på navn, virksomhet eller e-post').fill(guest!.name);
    await page.getByRole('button', { name: `Vis kode for ${guest!.name}` }).first().click();
    await page.getByLabel('Merknad', { exact: true }).fill('Må vise legitimasjon');
    await page.getByRole('button', { name: 'Lagre merknad' }).click();
    await page.getByText('Merknaden er lagret.').waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'the registrant with the note form');
    await page.getByRole('button', { name: 'Tilbake til innsjekking' }).click();
    await page.getByText(/av \d+ har kommet/).waitFor();

    await scanWithWedge(page, guest!.code);
    const note = page.locator('.note-notice').filter({ hasText: 'Må vise legitimasjon' });
    await note.waitFor({ timeout: 15_000 });
    await verdict(page, 'welcome', guest!.name);
    await expectAccessible(page, 'the door showing a note');

    // The next scan waits for the note to be read.
    await scanWithWedge(page, next!.code);
    await page.getByText('Bekreft merknaden før neste skanning.').waitFor();
    await expect(page.locator('[data-verdict]').filter({ hasText: next!.name }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Sett – neste skanning' }).click();
    await note.waitFor({ state: 'detached' });
    await scanWithWedge(page, next!.code);
    await verdict(page, 'welcome', next!.name);
    expect(logged(core, 'checkin').map((e) => e.registrantId)).toEqual([guest!.id, next!.id]);
  }, E2E_TIMEOUT);
});
