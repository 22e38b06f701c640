/**
 * Scans on a kiosk, counted by what they stored: a kiosk scanning a code
 * twice within REPEAT_WINDOW_MS (shared/admission.ts) welcomes the person
 * again and stores no second event, so the scans made are not the events
 * the kiosks must agree on.
 */
import { scanSync } from '../electron/core/checkin.js';
import type { Core } from '../electron/core/core.js';

/** What a run of scans on one kiosk stored. */
export interface ScanTally {
  readonly scanned: number;
  /** Scans that stored an event in the kiosk's log. */
  readonly recorded: number;
  /** Scans welcomed without a new event: this kiosk's own admission a moment ago, scanned again. */
  readonly welcomedAgain: number;
}

/** The highest sequence number of this kiosk's own events; it grows by one for each event a scan stores. */
function ownTopSync(core: Core): number {
  return (core.statement('SELECT COALESCE(MAX(seq), 0) AS seq FROM log WHERE kiosk_id = ?').get(core.kioskId) as { seq: number }).seq;
}

/** Scans the codes in turn, as at the door, and tells how many of the scans stored an event. */
export function scanTalliedSync(core: Core, codes: readonly string[]): ScanTally {
  let recorded = 0;
  let welcomedAgain = 0;
  let top = ownTopSync(core);
  for (const code of codes) {
    const { verdict } = scanSync(core, code);
    const before = top;
    top = ownTopSync(core);
    if (top > before) recorded++;
    else if (verdict === 'welcome') welcomedAgain++;
  }
  return { scanned: codes.length, recorded, welcomedAgain };
}

/** The tallies of several kiosks, or of several runs of scans, added up. */
export function sumTallies(tallies: readonly ScanTally[]): ScanTally {
  return {
    scanned: tallies.reduce((sum, t) => sum + t.scanned, 0),
    recorded: tallies.reduce((sum, t) => sum + t.recorded, 0),
    welcomedAgain: tallies.reduce((sum, t) => sum + t.welcomedAgain, 0),
  };
}
