/**
 * The converge figure's count of events (bench/scan-tally.ts) on a real
 * kiosk data directory: a kiosk scanning a code again within the repeat
 * window welcomes the person again and stores no event, so the bench must
 * expect the events the scans stored, not one for every scan.
 */
import { afterAll, beforeEach, expect, it } from 'vitest';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { eventCountSync } from '../../electron/core/store/log-store.js';
import type { RegistrantStatus } from '../../shared/domain.js';
import { scanTalliedSync } from '../../bench/scan-tally.js';
import { eventDir } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const REGISTRANTS = 60;

let core: Core;
beforeEach(() => {
  core = Core.openSync(eventDir(REGISTRANTS));
  return () => core.closeSync();
});
afterAll(removeTempDirs);

/** The codes of the registrants of a status, in id order. */
function codes(status: RegistrantStatus): string[] {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT code FROM registrant WHERE status = ? ORDER BY id').pluck().all(status) as string[]);
}

it("welcomes a code this kiosk scans again at once, and stores no event for it: the scans outnumber the events", () => {
  const [guest] = codes('confirmed');
  expect(scanTalliedSync(core, [guest!, guest!])).toEqual({ scanned: 2, recorded: 1, welcomedAgain: 1 });
  expect(readRawSync(core.dataDir, (db) => db.prepare('SELECT kind FROM log').pluck().all())).toEqual(['checkin']);
});

it('counts as recorded the scans that stored an event, and no others', () => {
  const [guest, other, elsewhere] = codes('confirmed');
  // Admitted under another kiosk name: this kiosk's scan of them is "already", and stored.
  scanSync(core, elsewhere!, { kioskName: 'Inngang 2' });
  const before = eventCountSync(core);
  const scans = [guest!, other!, guest!, codes('waitlisted')[0]!, codes('cancelled')[0]!, elsewhere!, 'NOSUCHREF42'];
  expect(scanTalliedSync(core, scans)).toEqual({ scanned: 7, recorded: 5, welcomedAgain: 1 });
  expect(eventCountSync(core) - before).toBe(5);
});
