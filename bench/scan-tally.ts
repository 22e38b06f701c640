/**
 * Scans on a kiosk, counted by what they stored: a kiosk scanning a code
 * twice within REPEAT_WINDOW_MS (shared/admission.ts) welcomes the person
 * again and stores no second event, so the scans made are not the events
 * the kiosks must agree on.
 */
import { scanSync } from '../electron/core/checkin.js';
import type { Core } from '../electron/core/core.js';
import { ownTopSeqSync } from '../electron/core/store/log-store.js';

/** What a run of scans on one kiosk stored. */
export interface ScanTally {
  readonly scanned: number;
  /** Scans that stored an event in the kiosk's log. */
  readonly recorded: number;
  /** Scans welcomed without a new event: this kiosk's own admission a moment ago, scanned again. */
  readonly welcomedAgain: number;
}

/** Scans the codes in turn, as at the door, and tells how many of the scans stored an event. */
export function scanTalliedSync(core: Core, codes: readonly string[]): ScanTally {
  let recorded = 0;
  let welcomedAgain = 0;
  let top = ownTopSeqSync(core);
  for (const code of codes) {
    const { verdict } = scanSync(core, code);
    const before = top;
    top = ownTopSeqSync(core);
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
