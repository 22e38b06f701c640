/**
 * Personal data on the organiser screens, in a real browser: everything held
 * about one person and deleting it (the list then shows them without a
 * name), the deletion date in the settings, and the purge behind a
 * confirmation that names how many people's data goes.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkInByIdSync } from '../../electron/core/checkin.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { privacyStatusSync } from '../../electron/core/privacy/privacy-status.js';
import { listRegistrantsSync } from '../../electron/core/store/registrants-store.js';
import { kioskAddress, startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';
import { tracesInDirSync } from '../helpers/data-dir-traces.js';
import { eventDir, LOOPBACK } from '../helpers/kiosk-cluster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';
import { CHROMIUM, CHROMIUM_ARGS, expectAccessible, openOrganiser } from './kiosk-harness.js';

const TIMEOUT = 120_000;
const PIN = '482193';
const PEOPLE = 20;

const running: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});
afterAll(removeTempDirs);

async function startKiosk(): Promise<RunningKiosk> {
  const kiosk = await startKioskServer(eventDir(PEOPLE), { host: LOOPBACK, port: 0 });
  running.push(() => kiosk.close());
  setPinSync(kiosk.core, PIN);
  return kiosk;
}

async function openPage(kiosk: RunningKiosk): Promise<Page> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  running.push(() => browser.close());
  const page = await browser.newPage();
  await page.goto(kioskAddress(kiosk.url, kiosk.core));
  await openOrganiser(page, PIN);
  return page;
}

async function openSection(page: Page, section: string, heading: string): Promise<void> {
  await page.getByRole('button', { name: section, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('personal data on the organiser screens', () => {
  it('shows everything held about a person, and deletes it on request, keeping their arrival', async () => {
    const kiosk = await startKiosk();
    const [first] = listRegistrantsSync(kiosk.core, { limit: 1 }).items;
    checkInByIdSync(kiosk.core, first!.id);
    const page = await openPage(kiosk);
    await openSection(page, 'Deltakere', 'Deltakere');

    await page.getByRole('button', { name: `Alt om ${first!.name}` }).click();
    const panel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: `Alt som er lagret om ${first!.name}` }) });
    await panel.getByText(first!.email!).waitFor();
    await panel.getByText('checkin').waitFor();
    await expectAccessible(page, 'the person view');

    await panel.getByRole('button', { name: 'Slett persondata om personen på alle kiosker' }).click();
    await panel.getByText(`Slett persondata om ${first!.name}?`).waitFor();
    await panel.getByRole('button', { name: 'Ja, slett' }).click();
    await panel.getByRole('status').filter({ hasText: 'Persondata om personen er slettet' }).waitFor();
    await page.getByRole('button', { name: 'Alt om (slettet)' }).waitFor();
    expect(tracesInDirSync(kiosk.core.dataDir, [first!.name, first!.email!])).toEqual([]);
    expect(listRegistrantsSync(kiosk.core, {}).items.find((r) => r.id === first!.id)).toMatchObject({ name: '', arrivedAt: expect.any(String) });
  }, TIMEOUT);

  it('sets the deletion date, and purges after a confirmation naming how many people', async () => {
    const kiosk = await startKiosk();
    const page = await openPage(kiosk);
    await openSection(page, 'Innstillinger', 'Innstillinger');

    const form = page.getByRole('form', { name: 'Persondata' });
    await form.getByLabel('Slettedato for persondata').fill('2099-01-31');
    await form.getByRole('button', { name: 'Lagre' }).click();
    const zone = page.getByRole('region', { name: 'Slett persondata' });
    await zone.getByText('Persondata slettes 2099-01-31.').waitFor();

    await zone.getByRole('button', { name: 'Slett persondata nå' }).click();
    await zone.getByRole('heading', { level: 3, name: `Sletter persondata om ${PEOPLE} personer fra denne maskinen` }).waitFor();
    await expectAccessible(page, 'the purge, confirming');
    expect(privacyStatusSync(kiosk.core).purged).toBeNull();
    await zone.getByRole('button', { name: `Slett persondata om ${PEOPLE} personer` }).click();
    await zone.getByText(`Persondata om ${PEOPLE} personer ble slettet`).waitFor();
    expect(privacyStatusSync(kiosk.core).purged).toMatchObject({ people: PEOPLE, action: 'screens' });
    await zone.getByText('Innsjekk har ikke skrevet filer med persondata').waitFor();
  }, TIMEOUT);
});
