/// <reference lib="dom" />
// The DOM types are for the code that runs in the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFakeCameraVideo } from '../../bench/fake-camera.js';
import { scanSync } from '../../electron/core/checkin.js';
import type { Core } from '../../electron/core/core.js';
import { fictitiousRegistrantsCsv, generateFictitiousRegistrants } from '../../electron/core/fictitious-registrants.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { searchSync } from '../../electron/core/registrants.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { generateEventKeyPair, issueToken, privateKeyFromDer } from '../../electron/core/tokens.js';
import { readRawSync } from '../helpers/raw-database.js';
import { onNorwegianLayout, usScannerKeys } from '../helpers/scanner-keys.js';
import { zxingJsReads } from '../helpers/zxing-js.js';
import { openBrowserKiosk, type BrowserKiosk } from './kiosk-harness.js';

let session: BrowserKiosk | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface Person {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly organisation: string | null;
}

/** A registrant of the given status who has not arrived yet. */
function person(core: Core, status: 'confirmed' | 'waitlisted' | 'cancelled'): Person {
  const row = readRawSync(
    core.dataDir,
    (db) =>
      db
        .prepare(
          `SELECT r.id, r.code, r.name, r.organisation FROM registrant r
           WHERE r.status = ? AND r.id NOT IN (SELECT registrant_id FROM attendance) ORDER BY r.id LIMIT 1`,
        )
        .get(status) as Person | undefined,
  );
  if (!row) throw new Error(`no ${status} registrant left`);
  return row;
}

/** A well-formed token signed with a key that is not the event's. */
function foreignToken(eventId: string, registrantId: string): string {
  return issueToken(privateKeyFromDer(generateEventKeyPair().privateKey), { eventId, registrantId, issuedAt: 1_760_000_000 });
}

async function openVolunteerScreen(chromiumArgs: readonly string[] = []): Promise<BrowserKiosk> {
  session = await openBrowserKiosk({ chromiumArgs });
  await waitForScreen(session.page);
  return session;
}

/** Waits until the screen shows the event and the counts; a loaded test machine may take a while. */
async function waitForScreen(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /Lokaldemokratikonferansen/ }).waitFor({ timeout: 60_000 });
  await page.getByText(/av \d+ har kommet/).waitFor({ timeout: 60_000 });
}

/** Types the code the way a handheld scanner does: fast, then Enter. */
async function scanWithWedge(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** The verdict on screen once it has the given kind and text, and the core has recorded the check and agreed. */
async function verdict(page: Page, kind: string, text: string | RegExp) {
  const shown = page.locator(`[data-verdict="${kind}"][data-settled="true"]`).filter({ hasText: text });
  await shown.waitFor({ timeout: 15_000 });
  return shown;
}

function arrivedOnScreen(page: Page): Promise<number> {
  return page.locator('.volunteer-counts').getAttribute('data-arrived').then(Number);
}

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Navn eller organisasjon' });
}

describe('the volunteer screen with a handheld scanner', () => {
  it('shows each verdict, with what to do next, and reads it out', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const core = kiosk.core;
    const event = core.requireEventSync();

    const guest = person(core, 'confirmed');
    await scanWithWedge(page, guest.code);
    const welcome = await verdict(page, 'welcome', guest.name);
    await expect(welcome.getByRole('heading', { name: 'Velkommen' }).isVisible()).resolves.toBe(true);
    if (guest.organisation) await expect(welcome.textContent()).resolves.toContain(guest.organisation);
    await page.waitForFunction((name) => document.querySelector('[aria-live="assertive"]')?.textContent?.includes(name), guest.name);
    await expect.poll(() => arrivedOnScreen(page)).toBe(1);

    const early = person(core, 'confirmed');
    scanSync(core, early.code, { kioskName: 'Inngang 2' });
    const arrivedAt = readRawSync(core.dataDir, (db) => db.prepare('SELECT arrived_at FROM attendance WHERE registrant_id = ?').pluck().get(early.id) as string);
    const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(arrivedAt));
    await scanWithWedge(page, early.code);
    const already = await verdict(page, 'already', early.name);
    await expect(already.textContent()).resolves.toContain(`Kom kl. ${hhmm} ved Inngang 2.`);

    const waiting = person(core, 'waitlisted');
    await scanWithWedge(page, waiting.code);
    await verdict(page, 'waitlisted', 'Send til informasjonsdisken');

    const gone = person(core, 'cancelled');
    await scanWithWedge(page, gone.code);
    await verdict(page, 'cancelled', gone.name);

    await scanWithWedge(page, foreignToken(event.id, guest.id));
    await verdict(page, 'invalid', 'Ukjent kode — søk på navn eller send til informasjonsdisken.');
    await scanWithWedge(page, foreignToken('ABCDEFGH', guest.id));
    await verdict(page, 'wrong_event', `Koden gjelder ikke ${event.name}`);
    await scanWithWedge(page, 'NOSUCHREF42');
    await verdict(page, 'invalid', 'Ukjent kode');

    // None of it went into the search box, and nothing else was admitted.
    await expect(searchBox(page).inputValue()).resolves.toBe('');
    expect(countsSync(core).arrived).toBe(2);
  }, 120_000);

  it('takes a scan while the search box has focus, and leaves the box as it was', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const box = searchBox(page);
    await box.click();
    await page.keyboard.type('ola', { delay: 120 });
    await page.getByRole('listbox').waitFor();
    const guest = person(kiosk.core, 'confirmed');
    await scanWithWedge(page, guest.code);
    await verdict(page, 'welcome', guest.name);
    await expect(box.inputValue()).resolves.toBe('ola');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('combobox');
    // The scan's Enter did not check in the highlighted search result.
    expect(countsSync(kiosk.core).arrived).toBe(1);
  }, 90_000);

  it('reads a US-configured scanner on a Norwegian keyboard layout', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const guest = person(kiosk.core, 'confirmed');
    const keys = onNorwegianLayout(usScannerKeys(guest.code));
    expect(keys.map((k) => k.key).join('')).not.toBe(guest.code);
    // Trusted key events through the browser, as the operating system sends them.
    const cdp = await page.context().newCDPSession(page);
    const SHIFT = 8;
    for (const k of [...keys, { key: 'Enter', code: 'Enter', shiftKey: false }]) {
      const text = k.key === 'Dead' ? undefined : k.key === 'Enter' ? '\r' : k.key;
      const modifiers = k.shiftKey ? SHIFT : 0;
      await cdp.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', key: k.key, code: k.code, text, modifiers });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: k.key, code: k.code, modifiers });
    }
    await verdict(page, 'welcome', guest.name);
    expect(countsSync(kiosk.core).arrived).toBe(1);
    await expect(searchBox(page).inputValue()).resolves.toBe('');
  }, 90_000);

  it('counts a code the scanner sends twice once', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const guest = person(kiosk.core, 'confirmed');
    // Both copies within a millisecond or two, as a scanner sends them: key events made in the page.
    await page.evaluate((code) => {
      const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      for (const copy of [code, code]) {
        for (const key of copy) press(key);
        press('Enter');
      }
    }, guest.code);
    await verdict(page, 'welcome', guest.name);
    await page.waitForTimeout(300);
    expect(countsSync(kiosk.core).arrived).toBe(1);
    await expect(page.locator('[data-verdict="already"]').count()).resolves.toBe(0);
    await expect.poll(() => arrivedOnScreen(page)).toBe(1);
  }, 90_000);

  it('undoes the last check-in in one tap, keeping the reason', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const guest = person(kiosk.core, 'confirmed');
    await scanWithWedge(page, guest.code);
    await verdict(page, 'welcome', guest.name);
    await expect.poll(() => arrivedOnScreen(page)).toBe(1);
    await page.getByRole('button', { name: 'Angre – feil person' }).click();
    await page.getByRole('status').filter({ hasText: `Angret innsjekkingen av ${guest.name} (feil person)` }).waitFor();
    await expect.poll(() => arrivedOnScreen(page)).toBe(0);
    expect(countsSync(kiosk.core).arrived).toBe(0);
    const undos = readRawSync(kiosk.core.dataDir, (db) => db.prepare("SELECT details FROM log WHERE kind = 'undo'").pluck().all() as string[]);
    expect(undos.map((d) => JSON.parse(d) as { reason: string })).toEqual([expect.objectContaining({ reason: 'feil person' })]);
    await expect(page.locator('[data-verdict="welcome"]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /Angre/ }).count()).resolves.toBe(0);
  }, 90_000);

  it('offers undo only beside the welcome of the person it takes back, or between verdicts, naming them', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const core = kiosk.core;
    const undoButtons = page.getByRole('button', { name: /^Angre/ });
    const guest = person(core, 'confirmed');
    await scanWithWedge(page, guest.code);
    await verdict(page, 'welcome', guest.name);
    await undoButtons.first().waitFor();
    await expect(page.locator('.undo-bar').textContent()).resolves.toContain(guest.name);

    // Verdicts that let nobody in, about someone else or no one: no undo of the earlier check-in under them.
    const early = person(core, 'confirmed');
    scanSync(core, early.code, { kioskName: 'Inngang 2' });
    const refusals: readonly (readonly [string, string])[] = [
      ['waitlisted', person(core, 'waitlisted').code],
      ['cancelled', person(core, 'cancelled').code],
      ['invalid', 'NOSUCHREF42'],
      ['wrong_event', foreignToken('ABCDEFGH', guest.id)],
      ['already', early.code],
    ];
    for (const [kind, code] of refusals) {
      await scanWithWedge(page, code);
      await page.locator(`[data-verdict="${kind}"][data-settled="true"]`).waitFor({ timeout: 15_000 });
      expect([kind, await undoButtons.count()]).toEqual([kind, 0]);
    }

    // Back at the scan prompt, the undo names whom it takes back, and takes back exactly them.
    await page.locator('.verdict-idle').waitFor({ timeout: 15_000 });
    await expect(page.locator('.undo-bar').textContent()).resolves.toContain(guest.name);
    const describedBy = await undoButtons.first().evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(describedBy).toContain(guest.name);
    await undoButtons.first().click();
    await page.getByRole('status').filter({ hasText: `Angret innsjekkingen av ${guest.name}` }).waitFor();
    expect(countsSync(core).arrived).toBe(1);
  }, 90_000);

  it('plays a different sound for a welcome than for a refusal', async () => {
    session = await openBrowserKiosk();
    const { page, kiosk } = session;
    await page.addInitScript(() => {
      const tones: string[] = [];
      (window as unknown as { tones: string[] }).tones = tones;
      const start = OscillatorNode.prototype.start;
      OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: [number?]) {
        tones.push(`${this.type}:${this.frequency.value}`);
        return start.apply(this, args);
      };
    });
    await page.reload();
    await waitForScreen(page);
    const tones = () => page.evaluate(() => (window as unknown as { tones: string[] }).tones.join(' '));
    const guest = person(kiosk.core, 'confirmed');
    await scanWithWedge(page, guest.code);
    await verdict(page, 'welcome', guest.name);
    await expect.poll(tones).not.toBe('');
    const good = await tones();
    await page.evaluate(() => ((window as unknown as { tones: string[] }).tones.length = 0));
    await scanWithWedge(page, 'NOSUCHREF42');
    await verdict(page, 'invalid', 'Ukjent kode');
    await expect.poll(tones).not.toBe('');
    expect(await tones()).not.toBe(good);
  }, 90_000);
});

/** Starts noting, in the page, every verdict that appears and every text the live region reads out. */
async function noteVerdictsAndAnnouncements(page: Page): Promise<() => Promise<{ verdicts: string[]; said: string[] }>> {
  await page.evaluate(() => {
    const noted = { verdicts: [] as string[], said: [] as string[] };
    (window as unknown as { noted: typeof noted }).noted = noted;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (!(node instanceof Element)) continue;
          if (node.matches('[data-verdict]')) noted.verdicts.push(node.getAttribute('data-verdict')!);
          if (node.parentElement?.matches('[aria-live]')) noted.said.push(node.textContent ?? '');
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { noted: { verdicts: string[]; said: string[] } }).noted);
}

/** Reloads the screen and waits until its copy of the door list is in. */
async function reloadWithDoorList(page: Page): Promise<void> {
  const listed = page.waitForResponse('**/api/doorList');
  await page.reload();
  await listed;
  await waitForScreen(page);
}

describe("the screen's own verdict", () => {
  it('is on screen before the core has answered, and read out once the core agrees', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/scan', async (route) => {
      await held;
      await route.continue();
    });
    await reloadWithDoorList(page);
    const noted = await noteVerdictsAndAnnouncements(page);
    const guest = person(kiosk.core, 'confirmed');
    await scanWithWedge(page, guest.code);
    await page.locator('[data-verdict="welcome"][data-settled="false"]').filter({ hasText: guest.name }).waitFor();
    // The core has not recorded it yet, and nothing is read out before it has.
    expect(countsSync(kiosk.core).arrived).toBe(0);
    await expect(page.locator('[aria-live="assertive"]').textContent()).resolves.toBe('');
    release();
    await expect.poll(() => countsSync(kiosk.core).arrived).toBe(1);
    await verdict(page, 'welcome', guest.name);
    await page.waitForFunction((name) => document.querySelector('[aria-live="assertive"]')?.textContent?.includes(name), guest.name);
    await expect.poll(() => arrivedOnScreen(page)).toBe(1);
    const { verdicts, said } = await noted();
    expect(verdicts).toEqual(['welcome']);
    expect(said).toEqual([expect.stringContaining(`Velkommen. ${guest.name}`)]);
  }, 90_000);

  it("gives way to the core's answer when another kiosk let the person in a moment ago, and never welcomes a forged code", async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const core = kiosk.core;
    // The screen hears of no arrivals elsewhere: its copy of the list stays as it was read.
    await page.route('**/api/doorChanges', (route) => route.abort());
    await reloadWithDoorList(page);
    const noted = await noteVerdictsAndAnnouncements(page);
    const early = person(core, 'confirmed');
    scanSync(core, early.code, { kioskName: 'Inngang 2' });
    await scanWithWedge(page, early.code);
    const already = await verdict(page, 'already', early.name);
    await expect(already.textContent()).resolves.toContain('ved Inngang 2.');
    await expect.poll(async () => (await noted()).said.length).toBe(1);
    const { verdicts, said } = await noted();
    // The screen's own guess, then the core's word; only the core's is read out.
    expect(verdicts).toEqual(['welcome', 'already']);
    expect(said).toEqual([expect.stringContaining(`Allerede sjekket inn. ${early.name}`)]);

    const guest = person(core, 'confirmed');
    await scanWithWedge(page, foreignToken(core.requireEventSync().id, guest.id));
    await verdict(page, 'invalid', 'Ukjent kode');
    await scanWithWedge(page, 'NOSUCHREF42');
    await page.waitForTimeout(300);
    expect((await noted()).verdicts).toEqual(['welcome', 'already', 'invalid', 'invalid']);
    expect(countsSync(core).arrived).toBe(1);
  }, 90_000);
});

describe('the bar on the volunteer screen', () => {
  it('shows the event, this kiosk, the counts and the time, switches language and leads to the organiser', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const { kioskName } = kiosk.core.settingsSync();
    const { expected } = countsSync(kiosk.core);
    const banner = page.getByRole('banner');
    await expect(banner.textContent()).resolves.toContain(`Kiosk: ${kioskName}`);
    await expect(banner.textContent()).resolves.toContain(`0 av ${expected} har kommet`);
    const osloNow = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
    const before = osloNow();
    const shown = await banner.locator('time').textContent();
    expect([before, osloNow()]).toContain(shown);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Scan the QR code' }).waitFor();
    await expect(banner.textContent()).resolves.toContain(`0 of ${expected} have arrived`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await scanWithWedge(page, 'NOSUCHREF42');
    await verdict(page, 'invalid', 'Unknown code — search by name or send them to the information desk.');
    await page.getByRole('button', { name: 'Bytt til norsk' }).click();
    await page.getByRole('heading', { name: 'Ukjent kode' }).waitFor();

    await page.getByRole('button', { name: 'Arrangør' }).click();
    await expect.poll(() => page.locator('.volunteer').count()).toBe(0);
  }, 90_000);

  it('says that no registrants are loaded, not "0 av 0", until a list is imported', async () => {
    session = await openBrowserKiosk({ demo: false });
    const { page, kiosk } = session;
    const event = kiosk.core.createEventSync({ name: 'Lokaldemokratikonferansen 2027', date: '2027-03-11', capacity: null });
    await page.goto(`${kiosk.url}/#key=${event.eventKey}`);
    await page.reload();
    const banner = page.getByRole('banner');
    await banner.getByText('Ingen påmeldte er lastet inn').waitFor({ timeout: 60_000 });
    await expect(banner.textContent()).resolves.not.toContain('0 av 0');

    const csv = fictitiousRegistrantsCsv(generateFictitiousRegistrants(5));
    importRegistrantsSync(kiosk.core, new TextEncoder().encode(csv), { fileName: 'påmeldte.csv', dryRun: false });
    await page.reload();
    await waitForScreen(page);
    await expect(banner.textContent()).resolves.not.toContain('Ingen påmeldte');
  }, 90_000);
});

describe('the name search', () => {
  it('finds people with or without æ, ø and å, and checks in with Enter', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    expect(searchSync(kiosk.core, 'ødeg').length).toBeGreaterThan(0);
    const box = searchBox(page);
    const names = () => page.getByRole('option').locator('.search-result-name').allTextContents();

    // Playwright types ø without a keydown, so the box is focused first.
    await box.click();
    await page.keyboard.type('ødeg', { delay: 80 });
    await page.getByRole('option').first().waitFor();
    const withLetters = await names();
    expect(withLetters.length).toBeGreaterThan(0);
    expect(withLetters.every((n) => /ødeg/i.test(n))).toBe(true);

    await box.fill('');
    await expect.poll(() => page.getByRole('option').count()).toBe(0);
    // Typing with focus on no field goes to the search box.
    await box.blur();
    await page.keyboard.type('odeg', { delay: 80 });
    await expect(box.inputValue()).resolves.toBe('odeg');
    await expect.poll(names).toEqual(withLetters);

    // Results show status and arrival; Arrow Down then Enter picks the second.
    await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/Påmeldt · Ikke kommet|Venteliste|Avmeldt/);
    const chosen = withLetters.length > 1 ? 1 : 0;
    if (chosen === 1) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option').nth(chosen).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.locator('[data-verdict][data-settled="true"]').filter({ hasText: withLetters[chosen]! }).waitFor();
    await expect(box.inputValue()).resolves.toBe('');
    const picked = readRawSync(kiosk.core.dataDir, (db) => db.prepare("SELECT r.name FROM log l JOIN registrant r ON r.id = l.registrant_id WHERE l.kind IN ('checkin', 'scan')").pluck().all());
    expect(picked).toEqual([withLetters[chosen]]);
  }, 90_000);

  it('finds Sæther by "sather" and Aasen by "aas" at the top, and says how many match in all', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const box = searchBox(page);
    const names = () => page.getByRole('option').locator('.search-result-name').allTextContents();
    const status = page.locator('.search-panel [role="status"]');

    await box.fill('sather');
    await page.locator('[data-results-for="sather"]').waitFor();
    const sæther = await names();
    expect(sæther.length).toBeGreaterThan(0);
    expect(sæther.every((n) => n.includes('Sæther'))).toBe(true);
    await expect(status.textContent()).resolves.toBe(`${sæther.length} treff`);

    await box.fill('aas');
    await page.locator('[data-results-for="aas"]').waitFor();
    const aas = await names();
    expect(aas[0]).toMatch(/\bAas/);
    const total = searchSync(kiosk.core, 'aas', 200).length;
    expect(total).toBeGreaterThan(aas.length);
    await expect(status.textContent()).resolves.toContain(`${total} treff – viser de ${aas.length} første`);
  }, 90_000);

  it('keeps every letter a fast typist types, in the box, with focus on no field, and before a Backspace', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const box = searchBox(page);
    await box.click();
    await page.keyboard.type('odegard', { delay: 15 });
    await expect.poll(() => box.inputValue()).toBe('odegard');
    await page.locator('[data-results-for="odegard"]').waitFor();

    await box.fill('');
    await box.blur();
    await page.keyboard.type('hansen', { delay: 15 });
    await expect.poll(() => box.inputValue()).toBe('hansen');

    await box.fill('');
    await page.keyboard.type('odegardx', { delay: 15 });
    await page.keyboard.press('Backspace');
    await expect.poll(() => box.inputValue()).toBe('odegard');
    // None of it was taken for a scan.
    await expect(page.locator('[data-verdict]').count()).resolves.toBe(0);
    expect(countsSync(kiosk.core).arrived).toBe(0);
  }, 90_000);

  it('checks in with a tap on a result', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const guest = person(kiosk.core, 'confirmed');
    await searchBox(page).fill(guest.name);
    const option = page.getByRole('option').filter({ hasText: guest.name }).first();
    await option.click();
    await verdict(page, 'welcome', guest.name);
    await expect.poll(() => countsSync(kiosk.core).arrived).toBe(1);
  }, 90_000);
});

/**
 * A valid code for the registrant that html5-qrcode's own decoder cannot read
 * at any size the camera may show it (about one code in sixteen).
 */
function codeHtml5QrcodeCannotRead(core: Core, registrantId: string): string {
  const event = core.eventSync();
  if (!event?.privateKey) throw new Error('the test kiosk holds no signing key');
  const issuedAt = Math.floor(Date.now() / 1000);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const code = issueToken(event.privateKey, { eventId: event.id, registrantId, issuedAt: issuedAt + attempt });
    if ([5, 6, 7, 8, 9, 10].every((pixels) => !zxingJsReads(code, pixels))) return code;
  }
  throw new Error('no code found that html5-qrcode misses');
}

describe('the volunteer screen with a webcam', () => {
  it('checks in the person whose QR code the camera sees, even a code html5-qrcode’s own decoder misses', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-camera-'));
    try {
      // Chromium opens the video when the camera starts, so it can be written once the event (and its codes) exist.
      const video = path.join(dir, 'qr.y4m');
      const { page, kiosk } = await openVolunteerScreen([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ]);
      const guest = person(kiosk.core, 'confirmed');
      const code = codeHtml5QrcodeCannotRead(kiosk.core, guest.id);
      expect(await writeFakeCameraVideo(dir, 'qr', [{ code, seconds: 2 }])).toBe(video);
      await page.getByRole('button', { name: 'Start kamera' }).click();
      await verdict(page, 'welcome', guest.name);
      await page.getByRole('button', { name: 'Stopp kamera' }).waitFor();
      // The code stays in view, frame after frame: it counts once.
      await page.waitForTimeout(1500);
      expect(countsSync(kiosk.core).arrived).toBe(1);
      await expect(page.locator('[data-verdict="already"]').count()).resolves.toBe(0);
      // The camera is remembered: a reload starts it again.
      await page.reload();
      await page.getByRole('button', { name: 'Stopp kamera' }).waitFor();
      await expect(page.getByRole('combobox', { name: 'Kamera som brukes' }).inputValue()).resolves.not.toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the camera when it cannot be used', () => {
  it('says why in Norwegian (or English), not in the browser\'s English', async () => {
    // A camera the page is not allowed to use: Chromium's fake device, with no one to grant it.
    const { page } = await openVolunteerScreen(['--use-fake-device-for-media-stream']);
    await page.getByRole('button', { name: 'Start kamera' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'Kiosken har ikke lov til å bruke kameraet.' }).waitFor();
    await expect(alert.textContent()).resolves.not.toMatch(/Permission|denied|userMedia/i);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Start camera' }).click();
    await alert.filter({ hasText: 'The kiosk may not use the camera.' }).waitFor();
    await session?.close();

    // No camera at all.
    const none = await openVolunteerScreen();
    await none.page.getByRole('button', { name: 'Start kamera' }).click();
    await none.page.getByRole('alert').filter({ hasText: 'Fant ikke noe kamera.' }).waitFor();
    await expect(none.page.getByRole('alert').textContent()).resolves.not.toMatch(/Requested device not found/i);
  }, 90_000);
});

declare global {
  interface Window {
    readonly axe: typeof axe;
  }
}

/** The axe rules the screen breaks with serious or critical impact, and where. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** True when the page scrolls sideways. */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** A second page on the kiosk, its viewport `width` CSS pixels wide at twice the pixel density: a 200 % zoom. */
async function zoomedPage(browser: Browser, url: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(url);
  await waitForScreen(page);
  return page;
}

/** The parts of the verdict on screen that are out of the viewport or under something else: the name and instruction must stay readable. */
function verdictPartsHidden(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const verdict = document.querySelector('[data-verdict]');
    return ['h2', '.verdict-name', '.verdict-organisation', '.verdict-next'].filter((part) => {
      const element = verdict?.querySelector(part);
      if (!element) return true;
      const box = element.getBoundingClientRect();
      const onTop = element.contains(document.elementFromPoint(box.left + 1, box.top + box.height / 2));
      return !onTop || box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth;
    });
  });
}

/** How many search results (of those the selector picks) are wholly in the viewport, to a pixel (scrolling rounds to device pixels), and not under anything. */
function resultsInView(page: Page, selector = '[role="option"]'): Promise<number> {
  return page.evaluate(
    (options) =>
      Array.from(document.querySelectorAll(options)).filter((option) => {
        const box = option.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const seen = (y: number) => option.contains(document.elementFromPoint(x, y));
        return box.top >= -1 && box.bottom <= innerHeight + 1 && seen(box.top + 1) && seen(box.bottom - 1);
      }).length,
    selector,
  );
}

describe('the verdict in view', () => {
  it('stays on screen after a scan at 1024×600, at 200 % zoom and 320 px wide, with the search results reachable below it', async () => {
    const { browser, kiosk } = await openVolunteerScreen();
    const url = `${kiosk.url}/#key=${kiosk.core.requireEventSync().eventKey}`;
    const sizes = [
      { name: '1024×600', width: 1024, height: 600, deviceScaleFactor: 1 },
      { name: '1024×600 at 200 %', width: 512, height: 300, deviceScaleFactor: 2 },
      { name: '1280×800 at 200 %', width: 640, height: 400, deviceScaleFactor: 2 },
      { name: '320 px wide', width: 320, height: 480, deviceScaleFactor: 1 },
    ];
    for (const { name, width, height, deviceScaleFactor } of sizes) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
      const page = await context.newPage();
      await page.goto(url);
      await waitForScreen(page);
      // With focus on no field: the scanner's first keys move it to the search box.
      const guest = person(kiosk.core, 'confirmed');
      await scanWithWedge(page, guest.code);
      await verdict(page, 'welcome', guest.name);
      expect([name, await verdictPartsHidden(page), await scrollsSideways(page)]).toEqual([name, [], false]);

      await page.keyboard.type('han', { delay: 100 });
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(4);
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      await expect.poll(() => resultsInView(page, '[role="option"][aria-selected="true"]'), { message: name }).toBe(1);
      expect([name, await verdictPartsHidden(page), await scrollsSideways(page)]).toEqual([name, [], false]);
      await context.close();
    }
  }, 120_000);

  it('leaves room for more than three search results beside it at 1280×800', async () => {
    const { browser, kiosk } = await openVolunteerScreen();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${kiosk.url}/#key=${kiosk.core.requireEventSync().eventKey}`);
    await waitForScreen(page);
    const guest = person(kiosk.core, 'confirmed');
    await scanWithWedge(page, guest.code);
    await verdict(page, 'welcome', guest.name);
    await page.keyboard.type('han', { delay: 100 });
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(4);
    expect(await resultsInView(page)).toBeGreaterThan(3);
    expect(await verdictPartsHidden(page)).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('universal design', () => {
  it('has no serious or critical axe violations, idle, searching or showing any verdict', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const core = kiosk.core;
    await page.evaluate(axe.source);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await searchBox(page).fill('hansen');
    await page.getByRole('option').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await searchBox(page).fill('');

    const early = person(core, 'confirmed');
    scanSync(core, early.code, { kioskName: 'Inngang 2' });
    const scans: readonly (readonly [string, string])[] = [
      ['welcome', person(core, 'confirmed').code],
      ['already', early.code],
      ['waitlisted', person(core, 'waitlisted').code],
      ['cancelled', person(core, 'cancelled').code],
      ['invalid', 'NOSUCHREF42'],
      ['wrong_event', foreignToken('ABCDEFGH', early.id)],
    ];
    for (const [kind, code] of scans) {
      await scanWithWedge(page, code);
      await page.locator(`[data-verdict="${kind}"]`).waitFor({ timeout: 15_000 });
      expect([kind, ...(await seriousAxeViolations(page))]).toEqual([kind]);
    }
  }, 120_000);

  it('works from the keyboard alone, with the focus visible', async () => {
    const { page, kiosk } = await openVolunteerScreen();
    const guest = person(kiosk.core, 'confirmed');
    await scanWithWedge(page, guest.code);
    await verdict(page, 'welcome', guest.name);
    // The scan left focus in the search box; the undo buttons are just before it.
    await page.keyboard.press('Shift+Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Angre – skannet ved en feil');
    await expect(focused.evaluate((e) => getComputedStyle(e).outlineStyle)).resolves.not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'skannet ved en feil' }).waitFor();
    expect(countsSync(kiosk.core).arrived).toBe(0);
  }, 90_000);

  it('reflows at 200 % zoom without scrolling sideways', async () => {
    const { browser, kiosk } = await openVolunteerScreen();
    const url = `${kiosk.url}/#key=${kiosk.core.requireEventSync().eventKey}`;
    for (const width of [640, 320]) {
      const page = await zoomedPage(browser, url, width);
      expect([width, await scrollsSideways(page)]).toEqual([width, false]);
      await searchBox(page).fill('ødegård');
      await page.getByRole('option').first().waitFor();
      const guest = person(kiosk.core, 'confirmed');
      await scanWithWedge(page, guest.code);
      await verdict(page, 'welcome', guest.name);
      expect([width, await scrollsSideways(page)]).toEqual([width, false]);
      await page.context().close();
    }
  }, 120_000);
});
