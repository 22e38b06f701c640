import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import { hasPinSync } from '../../electron/core/organiser-access.js';
import { openBrowserKiosk, type BrowserKiosk } from './kiosk-harness.js';

let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('a kiosk with an empty data directory', () => {
  it('offers the demo event, and sets it up', async () => {
    session = await openBrowserKiosk({ demo: false });
    const { page, kiosk } = session;
    await page.getByRole('heading', { name: 'Velkommen til Innsjekk' }).waitFor();
    // The demo's PIN is stated before it is set up: the demo holds no real data.
    await page.getByText(`PIN-koden til arrangørsidene i demoen er ${DEMO_PIN}.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Prøv med demoarrangementet' }).click();
    await page.waitForFunction(() => !document.querySelector('.welcome'));
    expect(kiosk.core.eventSync()?.name).toMatch(/Lokaldemokratikonferansen/);
    expect(hasPinSync(kiosk.core)).toBe(true);
  }, 30_000);
});

describe('a kiosk opened without the event key', () => {
  it('says how to open it, and shows no attendee data', async () => {
    session = await openBrowserKiosk({ withKey: false });
    await session.page.getByRole('heading', { name: 'Kiosken trenger arrangementsnøkkelen' }).waitFor();
  }, 30_000);
});
