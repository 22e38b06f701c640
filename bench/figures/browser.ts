/**
 * The volunteer screen in Chromium, on a kiosk holding the whole generated
 * list: a handheld scanner's Enter to the verdict on screen, a search
 * keystroke to its results on screen, and a QR code coming into the webcam's
 * view to the verdict. Times are taken in the page: from the keydown (or the
 * video frame showing the code) to the animation frame after the DOM changed.
 */
/// <reference lib="dom" />
// The DOM types are for the probe, which runs in the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import type { Core } from '../../electron/core/core.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { openBrowserKiosk, type BrowserKiosk } from '../../test/e2e/kiosk-harness.js';
import { readRawSync } from '../../test/helpers/raw-database.js';
import type { BenchData } from '../bench-data.js';
import { writeFakeCameraVideo, type CameraShot } from '../fake-camera.js';
import type { Figure, Measurement, Target } from '../figure.js';
import { formatMs } from '../report.js';
import { summarise } from '../stats.js';

const EVENT = { name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null } as const;
/** One frame at 60 Hz. */
const WITHIN_A_FRAME: Target = { stat: 'p99', underMs: 17 };
const WARM_UP_SCANS = 20;
const TIMED_SCANS = 200;
const WARM_UP_KEYSTROKES = 30;
const TIMED_KEYSTROKES = 300;
/** Letters typed into the search per name, as a volunteer types a few. */
const TYPED_LETTERS = 7;
/** Keystrokes this far apart are a person's, not a scanner's burst. */
const TYPING_PAUSE_MS = 100;
const CAMERA_CODES = 15;
/** Each code is in view this long, after as long a blank wall. */
const CAMERA_SHOT_SECONDS = 1;
const LOAD_TIMEOUT_MS = 120_000;

/** The browser figures on a kiosk loaded with the generated list. */
export function browserFigures(data: BenchData): Figure[] {
  return [
    { name: 'keyboard-wedge Enter → verdict painted (browser)', target: WITHIN_A_FRAME, run: () => withLoadedKiosk(data, [], wedgeScans) },
    { name: 'search keystroke → results painted (browser)', target: WITHIN_A_FRAME, run: () => withLoadedKiosk(data, [], (s) => searchKeystrokes(s, data)) },
    { name: 'webcam: QR appears → verdict painted', run: () => cameraScans(data) },
  ];
}

/** Milliseconds to the DOM change, and to the animation frame after it (the frame that paints it). */
interface PaintTimes {
  readonly domMs: number;
  readonly ms: number;
}

/** What the page measures, installed before the screens load. */
interface PageProbe {
  /** Resolves when a new verdict appears: ms from the latest keydown to the DOM change and to the next animation frame, and the verdict. */
  nextVerdict(): Promise<PaintTimes & { readonly verdict: string | null }>;
  /** Resolves when the search shows results for `query`: ms from the latest keydown to the DOM change and to the next animation frame. */
  resultsFor(query: string): Promise<PaintTimes>;
  /** Resolves with `count` times from a code's first video frame to the frame after its verdict appeared, and the verdicts. */
  cameraScans(count: number, timeoutMs: number): Promise<{ readonly ms: readonly number[]; readonly verdicts: readonly string[] }>;
  /** Where a measurement waits between the call that starts it and the one that collects it. */
  pending?: Promise<unknown>;
}

declare global {
  interface Window {
    innsjekkBench?: PageProbe;
  }
}

/** Runs in the page before anything else, so its keydown listener comes first. */
function installProbe(): void {
  let keyAt = 0;
  window.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true });
  const frameAfter = (since: number): Promise<number> =>
    new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - since)));
  const paintTimes = (since: number): Promise<PaintTimes> => {
    const domMs = performance.now() - since;
    return frameAfter(since).then((ms) => ({ domMs, ms }));
  };
  const whenAdded = (onVerdict: (element: Element) => void): MutationObserver => {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) if (node instanceof Element && node.matches('[data-verdict]')) onVerdict(node);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return observer;
  };
  window.innsjekkBench = {
    nextVerdict: () =>
      new Promise((resolve) => {
        const observer = whenAdded((element) => {
          observer.disconnect();
          void paintTimes(keyAt).then((times) => resolve({ ...times, verdict: element.getAttribute('data-verdict') }));
        });
      }),
    resultsFor: (query) =>
      new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-results-for]')?.getAttribute('data-results-for') !== query) return;
          observer.disconnect();
          void paintTimes(keyAt).then(resolve);
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ['data-results-for'], subtree: true });
      }),
    cameraScans: (count, timeoutMs) =>
      new Promise((resolve) => {
        const ms: number[] = [];
        const verdicts: string[] = [];
        let appearedAt: number | null = null;
        // A white wall is bright all over; a QR code darkens the picture.
        const canvas = document.createElement('canvas');
        canvas.width = 32;
        canvas.height = 24;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        let dark = false;
        const watch = (video: HTMLVideoElement): void => {
          const onFrame = (): void => {
            context.drawImage(video, 0, 0, canvas.width, canvas.height);
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            let sum = 0;
            for (let i = 0; i < pixels.length; i += 4) sum += pixels[i]!;
            const nowDark = sum / (pixels.length / 4) < 230;
            if (nowDark && !dark) appearedAt = performance.now();
            dark = nowDark;
            video.requestVideoFrameCallback(onFrame);
          };
          video.requestVideoFrameCallback(onFrame);
        };
        const finish = (): void => {
          observer.disconnect();
          clearInterval(finder);
          resolve({ ms, verdicts });
        };
        const observer = whenAdded((element) => {
          if (appearedAt === null) return;
          const since = appearedAt;
          appearedAt = null;
          verdicts.push(element.getAttribute('data-verdict') ?? '');
          void frameAfter(since).then((elapsed) => {
            ms.push(elapsed);
            if (ms.length >= count) finish();
          });
        });
        const finder = setInterval(() => {
          const video = document.querySelector<HTMLVideoElement>('#camera-view video');
          if (!video) return;
          clearInterval(finder);
          watch(video);
        }, 5);
        setTimeout(finish, timeoutMs);
      }),
  };
}

/** Opens Chromium on a kiosk holding the generated list, with the probe in the page, runs `work` and closes it all. */
async function withLoadedKiosk<T>(data: BenchData, chromiumArgs: readonly string[], work: (session: BrowserKiosk) => Promise<T>, before?: (core: Core) => Promise<void>): Promise<T> {
  const session = await openBrowserKiosk({ demo: false, chromiumArgs });
  try {
    const { core } = session.kiosk;
    const event = core.createEventSync(EVENT);
    importRegistrantsSync(core, data.csv(), { fileName: 'deltakere.csv', dryRun: false });
    await before?.(core);
    await session.page.addInitScript(installProbe);
    // The page opened on the kiosk before it had an event; only the key in the address changes, so load it afresh.
    await session.page.goto(`${session.kiosk.url}/#key=${event.eventKey}`);
    await session.page.reload();
    await session.page.locator('.volunteer-counts[data-arrived]').waitFor({ timeout: LOAD_TIMEOUT_MS });
    return await work(session);
  } finally {
    await session.close();
  }
}

/** Codes of confirmed registrants, in id order (random as to name). */
function confirmedCodes(core: Core, count: number): string[] {
  return readRawSync(core.dataDir, (db) => db.prepare("SELECT code FROM registrant WHERE status = 'confirmed' ORDER BY id LIMIT ?").pluck().all(count) as string[]);
}

type ProbeMethod = 'nextVerdict' | 'resultsFor' | 'cameraScans';

/** Sets a measurement going in the page (before the key or the camera that it times); `collect` waits for it. */
async function arm<M extends ProbeMethod>(page: Page, method: M, ...args: Parameters<PageProbe[M]>): Promise<void> {
  await page.evaluate(
    ({ method, args }) => {
      const probe = window.innsjekkBench!;
      probe.pending = (probe[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    },
    { method, args: args as unknown[] },
  );
}

function collect<T>(page: Page): Promise<T> {
  return page.evaluate(() => window.innsjekkBench!.pending as Promise<T>);
}

/** What a figure's note says about the time to the DOM change, the frame's wait aside. */
function domNote(domMs: readonly number[]): string {
  const { median, p99 } = summarise(domMs);
  return `in the DOM after ${formatMs(median)} (p99 ${formatMs(p99)}), then the wait for the next frame`;
}

/** Distinct people's codes typed as a scanner types them; each must be welcomed. */
async function wedgeScans({ page, kiosk }: BrowserKiosk): Promise<Measurement> {
  const codes = confirmedCodes(kiosk.core, WARM_UP_SCANS + TIMED_SCANS);
  const samples: number[] = [];
  const domMs: number[] = [];
  for (const [i, code] of codes.entries()) {
    await page.keyboard.type(code);
    await arm(page, 'nextVerdict');
    await page.keyboard.press('Enter');
    const times = await collect<PaintTimes & { verdict: string }>(page);
    if (times.verdict !== 'welcome') throw new Error(`scan ${i + 1} gave ${times.verdict}, expected welcome`);
    if (i < WARM_UP_SCANS) continue;
    samples.push(times.ms);
    domMs.push(times.domMs);
  }
  return { samples, note: `${WARM_UP_SCANS} warm-up scans; ${domNote(domMs)}` };
}

/** The first letters of plain-ASCII names (Playwright types æ, ø and å without a keydown), lower case. */
function typedNames(data: BenchData): string[] {
  return data
    .rows()
    .map((r) => `${r.firstName} ${r.lastName}`.toLowerCase().slice(0, TYPED_LETTERS))
    .filter((n) => /^[a-z][a-z ]*$/.test(n));
}

/** Names typed letter by letter at a person's pace, each search's results awaited. */
async function searchKeystrokes({ page }: BrowserKiosk, data: BenchData): Promise<Measurement> {
  const box = page.getByRole('combobox');
  const samples: number[] = [];
  const domMs: number[] = [];
  let keystrokes = 0;
  let none = 0;
  for (const name of typedNames(data)) {
    await box.fill('');
    await page.locator('[data-results-for=""]').waitFor();
    for (let n = 1; n <= name.length; n++) {
      await sleep(TYPING_PAUSE_MS);
      await arm(page, 'resultsFor', name.slice(0, n));
      await page.keyboard.type(name[n - 1]!);
      const times = await collect<PaintTimes>(page);
      if (++keystrokes <= WARM_UP_KEYSTROKES) continue;
      samples.push(times.ms);
      domMs.push(times.domMs);
      if ((await page.getByRole('option').count()) === 0) none++;
    }
    if (samples.length >= TIMED_KEYSTROKES) break;
  }
  const noneNote = none > 0 ? `, ${none} found nobody` : '';
  return { samples, note: `${WARM_UP_KEYSTROKES} warm-up keystrokes, ${TYPING_PAUSE_MS} ms apart${noneNote}; ${domNote(domMs)}` };
}

/**
 * Codes shown one after another to Chromium's fake camera, a blank wall
 * between them, in a video written once the codes exist (Chromium reads it
 * when the camera starts).
 */
async function cameraScans(data: BenchData): Promise<Measurement> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-bench-camera-'));
  const video = path.join(dir, 'codes.y4m');
  const fakeCamera = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`];
  const writeVideo = async (core: Core): Promise<void> => {
    const shots: CameraShot[] = confirmedCodes(core, CAMERA_CODES).flatMap((code) => [
      { code: null, seconds: CAMERA_SHOT_SECONDS },
      { code, seconds: CAMERA_SHOT_SECONDS },
    ]);
    await writeFakeCameraVideo(dir, 'codes', shots);
  };
  try {
    return await withLoadedKiosk(
      data,
      fakeCamera,
      async ({ page }) => {
        const timeoutMs = CAMERA_CODES * 2 * CAMERA_SHOT_SECONDS * 1000 + 10_000;
        await arm(page, 'cameraScans', CAMERA_CODES, timeoutMs);
        await page.getByRole('button', { name: 'Start kamera' }).click();
        const { ms, verdicts } = await collect<{ ms: number[]; verdicts: string[] }>(page);
        if (ms.length === 0) throw new Error(`the camera read no code in ${timeoutMs / 1000} s`);
        // A code missed while in view is read when the video comes round again, by then as "already".
        const welcomed = verdicts.filter((v) => v === 'welcome').length;
        return { samples: ms, note: `${welcomed} of ${CAMERA_CODES} codes read in their first ${CAMERA_SHOT_SECONDS} s in view; decoder at 10 fps on the main thread` };
      },
      writeVideo,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
