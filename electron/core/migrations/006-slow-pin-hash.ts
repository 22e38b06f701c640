/**
 * Migration 6: a PIN hash from before (scrypt at Node's defaults, one guess
 * in 25 ms) is wrapped in the slow hash, so a copy of the database taken from
 * now on no longer gives the PIN away in minutes. The PIN is not needed: the
 * old hash is what gets hashed again.
 */
import type { Database } from 'better-sqlite3';
import { wrapLegacyPinRecordSync } from '../pin-hash.js';

export function migrate006SlowPinHash(db: Database): void {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'organiser_pin'").get() as { value: string } | undefined;
  const wrapped = row === undefined ? null : wrapLegacyPinRecordSync(row.value);
  if (wrapped !== null) db.prepare("UPDATE meta SET value = ? WHERE key = 'organiser_pin'").run(wrapped);
}
