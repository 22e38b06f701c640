/**
 * Purging the personal data of the whole list and a day of 60,000 events
 * (arrivals, refusals, the cloakroom, lunches, undos with their reasons):
 * the one transaction that blanks it, the anonymous report kept first, and
 * the VACUUM and emptied log after, each run on a fresh copy of the day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Core } from '../../electron/core/core.js';
import { DATABASE_FILE } from '../../electron/core/database.js';
import { peopleToPurgeSync, purgeSync } from '../../electron/core/privacy/purge.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { readRawSync } from '../../test/helpers/raw-database.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement } from '../figure.js';
import { timeSync } from '../measure.js';
import { dayOfEvents } from './counts.js';

const RUNS = 5;

/** The purge figure. */
export function purgeFigures(data: BenchData): Figure[] {
  return [
    {
      name: `purge (${data.registrants.toLocaleString('en-US')} registrants, 60,000 events)`,
      target: { stat: 'median', underMs: 2000 },
      run: async () => timePurges(data),
    },
  ];
}

function fillDaySync(core: Core): void {
  const ids = readRawSync(core.dataDir, (db) => db.prepare("SELECT id FROM registrant WHERE status = 'confirmed' ORDER BY id").pluck().all() as string[]);
  applyEventsSync(core, dayOfEvents(ids));
  // The whole day in the database file, so a copy of that file alone is the day.
  core.checkpointSync('TRUNCATE');
}

function timePurges(data: BenchData): Measurement {
  const day = data.keptCore('purge-day', fillDaySync);
  const samples: number[] = [];
  let people = 0;
  for (let run = 0; run < RUNS; run++) {
    const dir = fs.mkdtempSync(`${day.dataDir}-copy-`);
    fs.copyFileSync(path.join(day.dataDir, DATABASE_FILE), path.join(dir, DATABASE_FILE));
    const core = Core.openSync(dir);
    try {
      people = peopleToPurgeSync(core);
      const { ms, value } = timeSync(() => purgeSync(core, 'command', people));
      if (value.record.people !== data.registrants || peopleToPurgeSync(core) !== 0) throw new Error('the purge left personal data behind');
      samples.push(ms);
    } finally {
      core.closeSync();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return { samples, note: `${people} people's data, the anonymous report kept, the files rewritten` };
}
