/**
 * The numbered migrations, applied in order and tracked by PRAGMA user_version.
 */
import type { Database } from 'better-sqlite3';
import { migrate001Initial } from './001-initial.js';
import { migrate002EventSettings } from './002-event-settings.js';
import { migrate003MailOutbox } from './003-mail-outbox.js';
import { migrate004Sync } from './004-sync.js';
import { migrate005StoredTextsInBothLanguages } from './005-stored-texts-in-both-languages.js';
import { migrate006SlowPinHash } from './006-slow-pin-hash.js';
import { migrate007SearchTextFoldsAe } from './007-search-text-folds-ae.js';
import { migrate008Stations } from './008-stations.js';
import { migrate009DoorDay } from './009-door-day.js';
import { migrate010StationTotals } from './010-station-totals.js';
import { migrate011LunchExpectedAfterExits } from './011-lunch-expected-after-exits.js';

/** Migration N is at index N - 1. */
export const MIGRATIONS: readonly ((db: Database) => void)[] = [
  migrate001Initial,
  migrate002EventSettings,
  migrate003MailOutbox,
  migrate004Sync,
  migrate005StoredTextsInBothLanguages,
  migrate006SlowPinHash,
  migrate007SearchTextFoldsAe,
  migrate008Stations,
  migrate009DoorDay,
  migrate010StationTotals,
  migrate011LunchExpectedAfterExits,
];

/** The schema version this build expects. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database up to `target` (default: the latest), each migration in
 * its own transaction together with the version bump.
 */
export function migrateSync(db: Database, target: number = SCHEMA_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`Databasen har skjemaversjon ${current}, som er nyere enn dette programmet (${SCHEMA_VERSION}). Oppdater Innsjekk.`);
  }
  for (let version = current + 1; version <= target; version++) {
    const step = MIGRATIONS[version - 1]!;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
