/**
 * `npm start` where Electron is missing, as the organiser meets it: the built
 * command serves the browser kiosk on a fresh data directory, and Chromium
 * opens the address it prints, up to the welcome screen's first contentful
 * paint. The `npm run build` that `npm start` runs first is not included.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { electronBinary } from '../../electron/launch.js';
import type { Figure, Measurement } from '../figure.js';
import { median } from '../stats.js';

const RUNS = 7;
// This module runs from dist/bench/figures/, next to the built command.
const CLI = fileURLToPath(new URL('../../electron/cli.js', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The start-to-paint figure; no target is stated for it. */
export function startPaintFigures(): Figure[] {
  return [{ name: 'npm start (browser fallback) to first paint', run: startsToPaint }];
}

/** One start, in milliseconds after the process was spawned. */
interface Start {
  /** The command printed the kiosk's address. */
  readonly ready: number;
  /** The browser painted the welcome screen. */
  readonly painted: number;
  /** The paint, after the page's own navigation start. */
  readonly pageFcp: number;
}

/** Wall-clock milliseconds, comparable with a page's performance.timeOrigin. */
function now(): number {
  return performance.timeOrigin + performance.now();
}

async function startsToPaint(): Promise<Measurement> {
  if (electronBinary()) throw new Error('Electron is installed here, so `innsjekk start` opens its window: this figure needs the browser fallback');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // One untimed start warms the disk cache for Node's modules and Chromium's.
    await startOnce(browser);
    const starts: Start[] = [];
    for (let i = 0; i < RUNS; i++) starts.push(await startOnce(browser));
    const medianOf = (pick: (start: Start) => number): number => Math.round(median(starts.map(pick).sort((a, b) => a - b)));
    return {
      samples: starts.map((s) => s.painted),
      note: `process start → FCP; medians: address printed ${medianOf((s) => s.ready)} ms, page's own FCP ${medianOf((s) => s.pageFcp)} ms; fresh data dir each; 1 warm-up; npm run build not included`,
    };
  } finally {
    await browser.close();
  }
}

async function startOnce(browser: Browser): Promise<Start> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-bench-start-'));
  const started = now();
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', '--json', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, INNSJEKK_DATA_DIR: dataDir },
  });
  // The notice that Electron is missing goes to stderr; kept for a failure's message, not printed into the table.
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  try {
    const [line] = (await Promise.race([
      once(readline.createInterface({ input: child.stdout }), 'line'),
      exited.then(([code]) => Promise.reject(new Error(`innsjekk start ended (${String(code)}) without printing its address: ${stderr}`))),
    ])) as [string];
    const ready = now() - started;
    const { kioskUrl } = JSON.parse(line) as { kioskUrl: string };
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(kioskUrl);
      // The welcome screen itself, so that an error screen cannot pass for a fast start.
      await page.waitForSelector('.welcome-choices');
      const paint = await page.evaluate(() => {
        const [entry] = performance.getEntriesByName('first-contentful-paint');
        return entry ? { timeOrigin: performance.timeOrigin, startTime: entry.startTime } : null;
      });
      if (paint === null) throw new Error('the page reported no first-contentful-paint');
      return { ready, painted: paint.timeOrigin + paint.startTime - started, pageFcp: paint.startTime };
    } finally {
      await context.close();
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
