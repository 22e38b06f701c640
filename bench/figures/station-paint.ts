/**
 * The station screens in Chromium, on a kiosk holding the whole generated
 * list: the cloakroom's Enter after a tag number to the confirmation on
 * screen, and a lunch scan's Enter to the guest's dietary needs on screen.
 * Times are taken in the page, as for the door's figures: from the keydown
 * to the animation frame after the DOM showed it.
 */
/// <reference lib="dom" />
// The DOM types are for the probe, which runs in the page.
import type { Page } from 'playwright-core';
import type { Station } from '../../shared/stations.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { setKioskStationSync } from '../../electron/core/stations/kiosk-station.js';
import { openBrowserKiosk, type BrowserKiosk } from '../../test/e2e/kiosk-harness.js';
import { readRawSync } from '../../test/helpers/raw-database.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement, Target } from '../figure.js';
import { formatMs } from '../report.js';
import { summarise } from '../stats.js';

const EVENT = { name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null } as const;
/** One frame at 60 Hz. */
const WITHIN_A_FRAME: Target = { stat: 'p99', underMs: 17 };
const WARM_UP = 20;
const TIMED = 200;
const LOAD_TIMEOUT_MS = 120_000;

/** The station screens' paint figures. */
export function stationPaintFigures(data: BenchData): Figure[] {
  return [
    { name: 'cloakroom tag Enter → confirmation painted (browser)', target: WITHIN_A_FRAME, run: () => withStation(data, 'garderobe', tagEnters) },
    { name: 'lunch scan → dietary needs painted (browser)', target: WITHIN_A_FRAME, run: () => withStation(data, 'lunsj', lunchScans) },
  ];
}

/** Milliseconds from the latest keydown to the DOM change, and to the animation frame after it. */
interface PaintTimes {
  readonly domMs: number;
  readonly ms: number;
}

declare global {
  interface Window {
    innsjekkStationBench?: {
      /** Resolves when the verdict's text first holds `text`. */
      verdictShowing(text: string): Promise<PaintTimes>;
      pending?: Promise<PaintTimes>;
    };
  }
}

/** Runs in the page before anything else, so its keydown listener comes first. */
function installProbe(): void {
  let keyAt = 0;
  window.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true });
  window.innsjekkStationBench = {
    verdictShowing: (text) =>
      new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.station-verdict')?.textContent?.includes(text)) return;
          observer.disconnect();
          const since = keyAt;
          const domMs = performance.now() - since;
          requestAnimationFrame(() => resolve({ domMs, ms: performance.now() - since }));
        });
        observer.observe(document.body, { childList: true, characterData: true, subtree: true });
      }),
  };
}

/** Opens Chromium on a kiosk holding the generated list and working `station`, with the probe in the page; runs `work` and closes it all. */
async function withStation(data: BenchData, station: Station, work: (session: BrowserKiosk) => Promise<Measurement>): Promise<Measurement> {
  const session = await openBrowserKiosk({ demo: false });
  try {
    const { core } = session.kiosk;
    const event = core.createEventSync(EVENT);
    importRegistrantsSync(core, data.csv(), { fileName: 'deltakere.csv', dryRun: false });
    setKioskStationSync(core, station);
    await session.page.addInitScript(installProbe);
    // The page opened on the kiosk before it had an event; only the key in the address changes, so load it afresh.
    await session.page.goto(`${session.kiosk.url}/#key=${event.eventKey}`);
    await session.page.reload();
    await session.page.locator('.station-verdict').waitFor({ timeout: LOAD_TIMEOUT_MS });
    return await work(session);
  } finally {
    await session.close();
  }
}

/** Presses Enter with the probe waiting for `text` in the verdict; the times it took. */
async function enterUntilShowing(page: Page, text: string): Promise<PaintTimes> {
  await page.evaluate((wanted) => {
    const probe = window.innsjekkStationBench!;
    probe.pending = probe.verdictShowing(wanted);
  }, text);
  await page.keyboard.press('Enter');
  return page.evaluate(() => window.innsjekkStationBench!.pending!);
}

/** The figure's samples, the warm-up left out, and a note on the time to the DOM change. */
function measured(times: readonly PaintTimes[], what: string): Measurement {
  const timed = times.slice(WARM_UP);
  const { median, p99 } = summarise(timed.map((t) => t.domMs));
  return {
    samples: timed.map((t) => t.ms),
    note: `${WARM_UP} warm-up ${what}; in the DOM after ${formatMs(median)} (p99 ${formatMs(p99)}), then the wait for the next frame`,
  };
}

/** Coats handed in without a code under one new tag after another, typed with the keyboard and Enter. */
async function tagEnters({ page }: BrowserKiosk): Promise<Measurement> {
  await page.getByRole('button', { name: 'Uten kode' }).click();
  // The counts bring the tag range the screen checks a number against.
  await page.getByText(/henger nå/).waitFor({ timeout: LOAD_TIMEOUT_MS });
  const tagField = page.getByLabel('Merkenummer');
  const times: PaintTimes[] = [];
  for (let tag = 1; tag <= WARM_UP + TIMED; tag++) {
    await tagField.focus();
    await page.keyboard.type(String(tag));
    times.push(await enterUntilShowing(page, `Merke ${tag} – uten kode`));
    // The core's answer clears the field for the next coat.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.station-tag input')?.value === '');
  }
  return measured(times, 'hand-ins');
}

/** Codes of confirmed registrants with dietary needs, each scanned once, typed as a scanner types them. */
async function lunchScans({ page, kiosk }: BrowserKiosk): Promise<Measurement> {
  const guests = readRawSync(
    kiosk.core.dataDir,
    (db) =>
      db
        .prepare("SELECT code, name FROM registrant WHERE status = 'confirmed' AND dietary IS NOT NULL AND dietary != '' ORDER BY id LIMIT ?")
        .all(WARM_UP + TIMED) as { code: string; name: string }[],
  );
  if (guests.length < WARM_UP + TIMED) throw new Error(`only ${guests.length} guests with dietary needs on the list`);
  const times: PaintTimes[] = [];
  for (const { code, name } of guests) {
    await page.keyboard.type(code);
    // The dietary line comes with the guest's name: both are painted by the same answer.
    times.push(await enterUntilShowing(page, `Lunsj til ${name}`));
  }
  return measured(times, 'scans');
}
