/**
 * Every time on the screens is Oslo time, whatever the time zone of the
 * machine showing them: the browser here thinks it is in New York.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { scanSync } from '../../electron/core/checkin.js';
import type { Core } from '../../electron/core/core.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { osloTime } from '../../shared/oslo-time.js';
import { readRawSync } from '../helpers/raw-database.js';
import { openBrowserKiosk, openOrganiser, type BrowserKiosk } from './kiosk-harness.js';

const PIN = '246810';

let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Two confirmed registrants who have not arrived. */
function twoGuests(core: Core): { id: string; name: string; code: string }[] {
  return readRawSync(core.dataDir, (db) =>
    db
      .prepare("SELECT id, name, code FROM registrant WHERE status = 'confirmed' AND id NOT IN (SELECT registrant_id FROM attendance) ORDER BY id LIMIT 2")
      .all() as { id: string; name: string; code: string }[],
  );
}

describe('times on the screens', () => {
  it('are Oslo time on a machine in another time zone: the clock, the verdict, the search, the undo bar and the registrant list', async () => {
    session = await openBrowserKiosk();
    const { browser, kiosk } = session;
    const core = kiosk.core;
    setPinSync(core, PIN);
    const [early, guest] = twoGuests(core);
    const earlier = scanSync(core, early!.code, { kioskName: 'Inngang 2' });
    const arrived = osloTime(earlier.at);
    const newYork = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    expect(newYork.format(new Date(earlier.at))).not.toBe(arrived);

    const context = await browser.newContext({ timezoneId: 'America/New_York', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${kiosk.url}/#key=${core.requireEventSync().eventKey}`);
    await page.getByText(/av \d+ har kommet/).waitFor({ timeout: 60_000 });
    await expect(page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).resolves.toBe('America/New_York');

    const before = osloTime(new Date());
    expect([before, osloTime(new Date())]).toContain(await page.locator('.volunteer-clock').textContent());

    await page.getByRole('combobox', { name: 'Navn eller organisasjon' }).fill(early!.name);
    await page.getByRole('option').filter({ hasText: early!.name }).filter({ hasText: `Kom kl. ${arrived}` }).first().waitFor();

    await page.keyboard.press('Escape');
    await page.locator('body').click();
    await page.keyboard.type(early!.code, { delay: 5 });
    await page.keyboard.press('Enter');
    await page.locator('[data-verdict="already"][data-settled="true"]').filter({ hasText: `Kom kl. ${arrived} ved Inngang 2.` }).waitFor();

    await page.keyboard.type(guest!.code, { delay: 5 });
    await page.keyboard.press('Enter');
    await page.locator('[data-verdict="welcome"][data-settled="true"]').waitFor();
    const welcomedAt = readRawSync(core.dataDir, (db) => db.prepare('SELECT arrived_at FROM attendance WHERE registrant_id = ?').pluck().get(guest!.id) as string);
    await page.locator('.undo-bar').filter({ hasText: `Siste innsjekking: ${guest!.name}, kl. ${osloTime(welcomedAt)}.` }).waitFor();

    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Deltakere' }).waitFor();
    await page.getByLabel('Søk på navn, virksomhet eller e-post').fill(early!.name);
    const row = page.locator('.org-table tbody tr').filter({ hasText: early!.name }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(arrived);
    await context.close();
  }, 120_000);
});
