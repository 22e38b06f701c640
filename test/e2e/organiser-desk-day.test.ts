/// <reference lib="dom" />
// The DOM types are for the code that runs in the page.
/**
 * The door's day at the organiser's information desk, in Chromium: a
 * waitlisted registrant let in from *Deltakere* with why and by whom (the
 * desk's organiser session standing for the PIN, in the core, and an empty
 * PIN without a session refused there), and a walk-in registered with the
 * door's form, their new code shown as a QR; the counts and the list after.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import { doorCountsSync } from '../../electron/core/door-day/door-state.js';
import { postRaw, type ApiErrorBody } from '../helpers/http.js';
import { readRawSync } from '../helpers/raw-database.js';
import { expectAccessible, openBrowserKiosk, openOrganiser, type BrowserKiosk } from './kiosk-harness.js';

let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const E2E_TIMEOUT = 120_000;

/** The log's check-ins, their details parsed. */
function checkins(session: BrowserKiosk): { registrantId: string; details: Record<string, unknown> }[] {
  return readRawSync(session.kiosk.core.dataDir, (db) =>
    (db.prepare("SELECT registrant_id AS registrantId, details FROM log WHERE kind = 'checkin' ORDER BY rowid").all() as { registrantId: string; details: string }[]).map(
      (row) => ({ registrantId: row.registrantId, details: JSON.parse(row.details) as Record<string, unknown> }),
    ),
  );
}

describe('the information desk on the door’s day', () => {
  it('lets a waitlisted registrant in with why and by whom, registers a walk-in with their code as a QR, and the counts and the list follow', async () => {
    session = await openBrowserKiosk();
    const { page, kiosk } = session;
    const core = kiosk.core;
    const waiting = readRawSync(core.dataDir, (db) =>
      db.prepare("SELECT id, name FROM registrant WHERE status = 'waitlisted' ORDER BY id LIMIT 1").get() as { id: string; name: string },
    );
    await page.getByText(/av \d+ har kommet/).waitFor({ timeout: 60_000 });
    const before = doorCountsSync(core);

    // The core, not the screen, decides: an override without a PIN and without an organiser session is refused, nothing recorded.
    const key = core.requireEventSync().eventKey;
    const unlocked = await postRaw(kiosk.url, 'waitlistAdmit', JSON.stringify({ registrantId: waiting.id, reason: 'Prøver', override: { pin: '', by: 'Noen', reason: 'Prøver' } }), { key });
    expect((unlocked.body as ApiErrorBody).error.key).toBe('organiserLocked');
    expect(checkins(session)).toEqual([]);

    await openOrganiser(page, DEMO_PIN);
    await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
    await page.getByLabel('Søk på navn, virksomhet eller e-post').fill(waiting.name);
    await page.getByRole('button', { name: `Endre ${waiting.name}`, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `${waiting.name} ved informasjonsdisken` }).waitFor();
    await page.getByLabel(/^Hvorfor \(for eksempel «avtalt med arrangør/).fill('Foredragsholder i gruppe 2');
    await page.getByLabel('Hvem slipper dem inn').fill('Kari Arrangør');
    await expectAccessible(page, 'the desk admitting from the waitlist');
    await page.getByRole('button', { name: 'Slipp inn fra ventelisten' }).click();
    await page.getByRole('status').filter({ hasText: `${waiting.name} er sluppet inn fra ventelisten.` }).waitFor();
    await page.getByText(/^Kom kl\. \d\d:\d\d\.$/).waitFor();

    // The demo's waitlist is not released: the admission is forced, with who and why, and the reason kept.
    expect(checkins(session)).toEqual([
      {
        registrantId: waiting.id,
        details: expect.objectContaining({ waitlist: { reason: 'Foredragsholder i gruppe 2' }, forced: { by: 'Kari Arrangør', reason: 'Foredragsholder i gruppe 2' } }),
      },
    ]);
    expect(doorCountsSync(core)).toMatchObject({ arrived: before.arrived + 1, inside: before.inside + 1, waitlistAdmitted: 1, forced: 1, walkIns: 0 });
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();

    await page.getByRole('heading', { level: 2, name: 'Registrer uten påmelding' }).waitFor();
    await page.getByRole('button', { name: 'Ny deltaker uten påmelding' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Ola Uanmeldt');
    await page.getByLabel('Organisasjon eller kommune').fill('Vågå kommune');
    await page.getByRole('button', { name: 'Registrer og slipp inn' }).click();
    await page.getByText('Ola Uanmeldt er registrert og sluppet inn.').waitFor();
    const image = page.getByRole('img', { name: 'QR-kode for Ola Uanmeldt' });
    await image.waitFor();
    const code = (await page.locator('.walk-in-ref').textContent()) ?? '';
    const shot = PNG.sync.read(await image.screenshot());
    // jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder.
    expect(jsQR.default(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data).toBe(code);
    await expectAccessible(page, 'the desk with the walk-in’s code');
    expect(doorCountsSync(core)).toMatchObject({ arrived: before.arrived + 2, inside: before.inside + 2, waitlistAdmitted: 1, forced: 1, walkIns: 1 });

    // The list shows the walk-in, arrived, once searched for.
    await page.getByLabel('Søk på navn, virksomhet eller e-post').fill('Ola Uanmeldt');
    const row = page.locator('.org-table tbody tr').filter({ hasText: 'Ola Uanmeldt' });
    await row.filter({ hasText: 'Vågå kommune' }).filter({ hasText: /\d\d:\d\d/ }).waitFor();
    expect(await page.locator('.org-table tbody tr').count()).toBe(1);
  }, E2E_TIMEOUT);
});
