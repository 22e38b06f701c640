/**
 * A scan inside the core: token check, look-up and the recorded event, from
 * code to verdict. First scans of distinct people, then the same codes again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Verdict } from '../../shared/domain.js';
import type { Core } from '../../electron/core/core.js';
import { scanSync } from '../../electron/core/checkin.js';
import { REPEAT_WINDOW_MS } from '../../shared/admission.js';
import { readRawSync } from '../../test/helpers/raw-database.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement, Target } from '../figure.js';
import { sampleEachSync } from '../measure.js';

const TIMED_SCANS = 5000;
const WARM_UP_SCANS = 300;
const UNDER_1_MS: Target = { stat: 'p99', underMs: 1 };
// Timers may fire a millisecond early; a scan inside the window would count as the same check-in.
const WINDOW_MARGIN_MS = 50;

/** The scan figures on the loaded list. */
export function scanFigures(data: BenchData): Figure[] {
  return [
    { name: 'scan → welcome (first scans)', target: UNDER_1_MS, run: async () => firstScans(data.loadedCore()) },
    { name: 'scan → already (repeat scans)', target: UNDER_1_MS, run: async () => repeatScans(data.loadedCore()) },
  ];
}

/** Codes of confirmed registrants, not yet arrived or already arrived, in id order (random as to name). */
function confirmedCodes(core: Core, arrived: boolean): string[] {
  return readRawSync(
    core.dataDir,
    (db) =>
      db
        .prepare(
          `SELECT r.code FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id
           WHERE r.status = 'confirmed' AND (a.registrant_id IS NOT NULL) = ? ORDER BY r.id`,
        )
        .pluck()
        .all(arrived ? 1 : 0) as string[],
  );
}

function scanAll(core: Core, codes: readonly string[], verdict: Verdict): Measurement {
  const inputs = { warmUp: codes.slice(0, WARM_UP_SCANS), timed: codes.slice(WARM_UP_SCANS, WARM_UP_SCANS + TIMED_SCANS) };
  const samples = sampleEachSync(inputs, (code) => scanSync(core, code), (result) => {
    if (result.verdict !== verdict) throw new Error(`scan gave ${result.verdict}, expected ${verdict}`);
  });
  return { samples, note: `verdict ${verdict}, one scan per code` };
}

function firstScans(core: Core): Measurement {
  return scanAll(core, confirmedCodes(core, false), 'welcome');
}

/** Scans arrived people again, once the repeat window has passed and a scan counts as "already". */
async function repeatScans(core: Core): Promise<Measurement> {
  let codes = confirmedCodes(core, true);
  if (codes.length < WARM_UP_SCANS + TIMED_SCANS) {
    for (const code of confirmedCodes(core, false).slice(0, WARM_UP_SCANS + TIMED_SCANS - codes.length)) scanSync(core, code);
    codes = confirmedCodes(core, true);
  }
  const lastArrival = readRawSync(core.dataDir, (db) => db.prepare('SELECT MAX(arrived_at) FROM attendance').pluck().get() as string);
  await sleep(Math.max(0, Date.parse(lastArrival) + REPEAT_WINDOW_MS + WINDOW_MARGIN_MS - Date.now()));
  return scanAll(core, codes, 'already');
}
