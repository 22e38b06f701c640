/**
 * The live overview in a real browser: its numbers follow another kiosk's
 * scans, hand-ins and lunches as they sync, without reloading the page; and
 * it passes axe.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkInByIdSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { cloakInSync } from '../../electron/core/stations/cloakroom.js';
import { serveLunchSync } from '../../electron/core/stations/lunch.js';
import { registrantStatusesSync } from '../../electron/core/store/registrants-store.js';
import { joinSync, syncWithHub } from '../../electron/core/sync/sync-client.js';
import { organiserClient } from '../helpers/http.js';
import { tempDir } from '../helpers/temp-dir.js';
import { expectAccessible, openBrowserKiosk, openOrganiser, type BrowserKiosk } from './kiosk-harness.js';

const TIMEOUT = 90_000;
const PIN = '482193';

let session: BrowserKiosk | undefined;
let joined: Core | undefined;
afterEach(async () => {
  joined?.closeSync();
  joined = undefined;
  await session?.close();
  session = undefined;
});

describe('the live overview', () => {
  it('counts another kiosk’s arrivals once they sync, without a reload', async () => {
    session = await openBrowserKiosk({ demo: true, hub: true });
    const { page, kiosk } = session;
    setPinSync(kiosk.core, PIN);
    const confirmed = registrantStatusesSync(kiosk.core).filter((r) => r.status === 'confirmed').map((r) => r.id);
    checkInByIdSync(kiosk.core, confirmed[0]!);

    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'Oversikt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dagen så langt' }).waitFor();
    const figure = (term: string) => page.locator('.org-overview-figures > div').filter({ has: page.getByText(term, { exact: true }) }).locator('.org-overview-value');
    await expect.poll(() => figure('Kommet').textContent()).toBe('1');
    expect(await figure('Ikke kommet ennå').textContent()).toBe(String(confirmed.length - 1));
    expect(await figure('Inne').textContent()).toBe('1 av 560');
    expect(await figure('Henger i garderoben').textContent()).toBe('0');
    expect(await figure('Lunsj servert').textContent()).toBe('0 av 1 ventet');
    const table = page.getByRole('table', { name: 'Ankomster per kvarter, som tabell' });
    expect(await table.locator('tbody td').nth(1).textContent()).toBe('1');
    await expectAccessible(page, 'the overview');

    // A second kiosk joins, lets three people in, one of them again at the hub, takes a coat and serves a lunch, and syncs.
    const organiser = await organiserClient(kiosk.url, kiosk.core.requireEventSync().eventKey, PIN);
    const { code } = await organiser('hubStart', {});
    joined = Core.openSync(tempDir());
    await joinSync(joined, code, 'Inngang 2');
    for (const id of [confirmed[0]!, confirmed[1]!, confirmed[2]!, confirmed[3]!]) checkInByIdSync(joined, id);
    expect(cloakInSync(joined, '5', null, { station: 'garderobe', kioskName: 'Garderobe 1' }).verdict).toBe('ok');
    expect(serveLunchSync(joined, { code: null }, { station: 'lunsj', kioskName: 'Lunsj 1' }).verdict).toBe('ok');
    await page.evaluate('window.marker = "not reloaded"');
    await syncWithHub(joined);

    await expect.poll(() => figure('Kommet').textContent(), { timeout: 20_000 }).toBe('4');
    expect(await figure('Sluppet inn mer enn én gang').textContent()).toBe('1');
    expect(await figure('Kommet siste 15 minutter').textContent()).toBe('4');
    expect(await figure('Henger i garderoben').textContent()).toBe('1');
    expect(await figure('Lunsj servert').textContent()).toBe('1 av 4 ventet');
    const kiosks = page.getByRole('table', { name: 'Kioskene' });
    await kiosks.getByRole('row', { name: /Inngang 2/ }).waitFor();
    const cells = await kiosks.getByRole('row', { name: /Inngang 2/ }).locator('th, td').allTextContents();
    expect([cells[0], cells[2], cells[4]]).toEqual(['Inngang 2', '4', 'Tilkoblet']);
    expect(await page.evaluate('window.marker')).toBe('not reloaded');

    await page.getByRole('button', { name: 'Vis hvem under Kiosker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiosker' }).waitFor();
  }, TIMEOUT);
});
