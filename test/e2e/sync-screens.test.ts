/// <reference lib="dom" />
// The DOM types are for the code that runs in the page.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { createDemoEventSync } from '../../electron/core/demo.js';
import { pairingCodeOf } from '../../electron/core/sync/sync-service.js';
import { startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';
import { attendanceSync, LOOPBACK, waitFor } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { tempDir } from '../helpers/temp-dir.js';
import { expectAccessible, openBrowserKiosk, type BrowserKiosk } from './kiosk-harness.js';

let hub: RunningKiosk | undefined;
let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  await hub?.close();
  session = undefined;
  hub = undefined;
});

/** The demo event served as hub in this process, and its pairing code. */
async function startDemoHub(): Promise<{ hub: RunningKiosk; code: string }> {
  hub = await startKioskServer(tempDir(), { host: LOOPBACK, port: 0 }, { hub: { host: LOOPBACK, port: 0 } });
  createDemoEventSync(hub.core);
  return { hub, code: pairingCodeOf(hub.core, hub.hubUrl!) };
}

/** A confirmed registrant's id and check-in code, the `index`th by id. */
function confirmed(core: Core, index: number): { id: string; code: string } {
  return readRawSync(core.dataDir, (db) => db.prepare(`SELECT id, code FROM registrant WHERE status = 'confirmed' ORDER BY id LIMIT 1 OFFSET ?`).get(index) as { id: string; code: string });
}

/** Types the text the way a handheld scanner does: fast, then Enter. */
async function scanWithWedge(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Enter');
}

async function waitForVolunteerScreen(page: Page, eventName: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: eventName }).waitFor({ timeout: 30_000 });
}

/** The sync line's online-or-not, once it says `word`. */
function syncState(page: Page, word: string) {
  return page.locator('.sync-state').filter({ hasText: word });
}

function arrivedAtHub(core: Core, registrantId: string): true | undefined {
  return attendanceSync(core).some((row) => row.registrantId === registrantId) || undefined;
}

describe('joining the organiser’s kiosk from the welcome screen', () => {
  it('joins by a pasted code, shows the sync state, and keeps scanning when the hub is gone', async () => {
    const { hub: running, code } = await startDemoHub();
    const eventName = running.core.requireEventSync().name;
    session = await openBrowserKiosk({ demo: false });
    const { page, kiosk } = session;
    await page.getByRole('heading', { name: 'Koble til en annen kiosk' }).waitFor();
    await expectAccessible(page, 'the welcome screen with the join form');

    await page.getByLabel('Tilkoblingskode').fill('IJPAIR:NOTACODE');
    await page.getByRole('button', { name: 'Koble til', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Tilkoblingskoden kan ikke leses' }).waitFor();

    await page.getByLabel('Tilkoblingskode').fill(code);
    await page.getByLabel('Navn på denne kiosken (valgfritt)').fill('Inngang nord');
    await page.getByRole('button', { name: 'Koble til', exact: true }).click();
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await waitForVolunteerScreen(page, eventName);
    await page.getByText('Kiosk: Inngang nord').waitFor();
    await syncState(page, 'Tilkoblet').waitFor({ timeout: 15_000 });
    await page.getByText(/^liste v\d+$/).waitFor();
    await expectAccessible(page, 'the volunteer screen with the sync line');

    const first = confirmed(running.core, 0);
    await scanWithWedge(page, first.code);
    await page.locator('[data-verdict="welcome"]').waitFor({ timeout: 15_000 });
    await waitFor('the check-in at the hub', () => arrivedAtHub(running.core, first.id), 15_000);

    const second = confirmed(running.core, 1);
    await running.close();
    hub = undefined;
    await syncState(page, 'Frakoblet').waitFor({ timeout: 20_000 });
    await scanWithWedge(page, second.code);
    await page.getByText('1 venter på å bli sendt').waitFor({ timeout: 15_000 });
    expect(kiosk.core.eventSync()?.name).toBe(eventName);
  }, 120_000);

  it('joins when the handheld scanner reads the pairing code', async () => {
    const { hub: running, code } = await startDemoHub();
    session = await openBrowserKiosk({ demo: false });
    const { page } = session;
    await page.getByRole('heading', { name: 'Koble til en annen kiosk' }).waitFor();
    await scanWithWedge(page, code);
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await waitForVolunteerScreen(page, running.core.requireEventSync().name);
    await syncState(page, 'Tilkoblet').waitFor({ timeout: 15_000 });
  }, 90_000);
});
