/**
 * The report section of the organiser screens in a real browser: a button
 * per format saves the report, full or anonymised, in the screens' language,
 * saying how it goes while it is being made.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { scanSync } from '../../electron/core/checkin.js';
import { codeRowsSync } from '../../electron/core/registrants.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { parseCsv } from '../helpers/csv.js';
import { expectAccessible, openBrowserKiosk, openOrganiser, type BrowserKiosk } from './kiosk-harness.js';

const TIMEOUT = 90_000;
const PIN = '482193';

let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the report section', () => {
  it('saves the report as PDF with a busy state, then anonymised as CSV, and in English', async () => {
    session = await openBrowserKiosk({ demo: true });
    const { page, kiosk } = session;
    setPinSync(kiosk.core, PIN);
    const confirmed = codeRowsSync(kiosk.core).filter((r) => r.status === 'confirmed').slice(0, 7);
    for (const row of confirmed) expect(scanSync(kiosk.core, row.code).verdict).toBe('welcome');
    const date = kiosk.core.requireEventSync().date;

    await openOrganiser(page, PIN);
    await page.getByRole('button', { name: 'Rapport', exact: true }).click();
    await page.getByRole('heading', { name: 'Oppmøterapport' }).waitFor();
    await expectAccessible(page, 'report section');

    // Hold the answer back until the busy state has been seen.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/reportFile', async (route) => {
      await held;
      await route.continue();
    });
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lagre som PDF (til utskrift)' }).click();
    await page.getByRole('status').filter({ hasText: 'Lager rapporten (PDF) …' }).waitFor();
    await page.getByRole('progressbar', { name: 'Lager rapporten (PDF) …' }).waitFor();
    release();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(`oppmoterapport-${date}.pdf`);
    expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('status').filter({ hasText: `Lagret rapporten i filen «oppmoterapport-${date}.pdf».` }).waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);

    await page.getByLabel('Anonymisert, bare antall', { exact: false }).check();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lagre som CSV' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`oppmoterapport-anonym-${date}-municipalities.csv`);
    const rows = parseCsv(fs.readFileSync(await csv.path(), 'utf8'), ';');
    expect(Object.keys(rows[0]!)).toEqual(['Kommunenr.', 'Kommune', 'Fylke', 'Påmeldt', 'Kommet']);
    const arrived = rows.map((r) => r.Kommet);
    expect(arrived.every((count) => count === '<5' || count === '0' || Number(count) >= 5)).toBe(true);
    expect(arrived.filter((count) => count !== '0').length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as JSON' }).click();
    const json = await jsonDownload;
    expect(json.suggestedFilename()).toBe(`attendance-report-anonymous-${date}.json`);
    const report = JSON.parse(fs.readFileSync(await json.path(), 'utf8')) as { anonymous: boolean; people: unknown; summary: { arrived: number } };
    expect({ anonymous: report.anonymous, people: report.people, arrived: report.summary.arrived }).toEqual({ anonymous: true, people: null, arrived: 7 });
    await page.getByRole('status').filter({ hasText: `Saved the report in the file "attendance-report-anonymous-${date}.json".` }).waitFor();
    await expectAccessible(page, 'report section in English');
  }, TIMEOUT);
});
