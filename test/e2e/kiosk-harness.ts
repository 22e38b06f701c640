/**
 * A browser kiosk for end-to-end tests: a real data directory, the real
 * server with the built screens, and Debian's Chromium driven by Playwright.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createDemoEventSync } from '../../electron/core/demo.js';
import { findRendererDir, startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';

export const CHROMIUM = '/usr/bin/chromium';
/** Flags for headless Chromium in tests: no sandbox, no GPU, no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A kiosk and a browser page on it. */
export interface BrowserKiosk {
  readonly kiosk: RunningKiosk;
  readonly browser: Browser;
  readonly page: Page;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** Options for a test kiosk. */
export interface BrowserKioskOptions {
  /** Set up the demo event first (default true). */
  readonly demo?: boolean;
  /** Extra Chromium flags, e.g. the fake camera. */
  readonly chromiumArgs?: readonly string[];
  /** Open the page with the event key (default true). */
  readonly withKey?: boolean;
  /** Also serve as hub for other kiosks, over HTTPS on 127.0.0.1 (default false). */
  readonly hub?: boolean;
}

/** Starts a kiosk on a fresh data directory and opens it in Chromium. */
export async function openBrowserKiosk(options: BrowserKioskOptions = {}): Promise<BrowserKiosk> {
  if (!findRendererDir()) throw new Error('The screens are not built: run `npm run build` first.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-e2e-'));
  const loopback = { host: '127.0.0.1', port: 0 };
  // Made the hub from the screens, a test kiosk too listens on loopback only, on any free port.
  const kiosk = await startKioskServer(dataDir, loopback, { hubListen: loopback, ...(options.hub ? { hub: loopback } : {}) });
  if (options.demo ?? true) createDemoEventSync(kiosk.core);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])] });
  const page = await browser.newPage();
  const withKey = options.withKey ?? true;
  const event = kiosk.core.eventSync();
  await page.goto(withKey && event ? `${kiosk.url}/#key=${event.eventKey}` : `${kiosk.url}/`);
  return {
    kiosk,
    browser,
    page,
    dataDir,
    close: async () => {
      await browser.close();
      await kiosk.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fails with the rules and elements when axe finds a serious or critical violation on the page. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // The kiosk's CSP refuses inline scripts, as it should, so axe comes in through the debugger.
  await page.evaluate(`${axe.source}\n;0`);
  const violations = await page.evaluate(`axe.run().then((result) => result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
  expect(violations, what).toEqual([]);
}

/** From the volunteer screen through the PIN gate into the organiser screens. */
export async function openOrganiser(page: Page, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Arrangør', exact: true }).click();
  await page.getByLabel('PIN-kode', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Åpne arrangørsidene' }).click();
  await page.getByRole('navigation', { name: 'Arrangørmeny' }).waitFor();
}
