/**
 * The tables `meta` (this kiosk's own key/value store), `event` (the one
 * event, with its keys) and `event_setting` (the event's settings beyond name
 * and date): the only module with SQL for them.
 */
import type { Core } from '../core.js';
import { statement } from './connection.js';

/** The event as stored. */
export interface EventRow {
  readonly id: string;
  readonly name: string;
  readonly date: string;
  readonly capacity: number | null;
  /** SPKI DER. */
  readonly public_key: Buffer;
  /** PKCS#8 DER; only on the kiosk where the event was created. */
  readonly private_key: Buffer | null;
  readonly event_key: string;
}

/** A value of the kiosk's key/value store. */
export function metaValueSync(core: Core, key: string): string | undefined {
  return (statement(core, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

/** Stores a value of the kiosk's key/value store. */
export function setMetaValueSync(core: Core, key: string, value: string): void {
  statement(core, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Removes a value of the kiosk's key/value store, if there is one. */
export function deleteMetaValueSync(core: Core, key: string): void {
  statement(core, 'DELETE FROM meta WHERE key = ?').run(key);
}

/** The value under `key`, storing `initial` there first when there is none. */
export function initialMetaValueSync(core: Core, key: string, initial: string): string {
  statement(core, 'INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(key, initial);
  return metaValueSync(core, key)!;
}

/** The event, or undefined when none is set up. */
export function eventRowSync(core: Core): EventRow | undefined {
  return statement(core, 'SELECT * FROM event WHERE singleton = 1').get() as EventRow | undefined;
}

/** Stores the event; there must be none yet. */
export function insertEventSync(core: Core, event: EventRow, createdAt: string): void {
  statement(
    core,
    `INSERT INTO event (singleton, id, name, date, capacity, public_key, private_key, event_key, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(event.id, event.name, event.date, event.capacity, event.public_key, event.private_key, event.event_key, createdAt);
}

/** Changes the event's name, date or capacity; what is undefined stays as it is (a capacity of null: no limit). */
export function updateEventRowSync(core: Core, changes: { readonly name?: string; readonly date?: string; readonly capacity?: number | null }): void {
  statement(
    core,
    'UPDATE event SET name = COALESCE(?, name), date = COALESCE(?, date), capacity = CASE WHEN ? THEN ? ELSE capacity END WHERE singleton = 1',
  ).run(changes.name ?? null, changes.date ?? null, changes.capacity === undefined ? 0 : 1, changes.capacity ?? null);
}

/** The event settings the organiser has set, as stored. */
export function eventSettingRowsSync(core: Core): { key: string; value: string }[] {
  return statement(core, 'SELECT key, value FROM event_setting').all() as { key: string; value: string }[];
}

/** Stores one event setting. */
export function setEventSettingSync(core: Core, key: string, value: string, updatedAt: string): void {
  statement(
    core,
    'INSERT INTO event_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  ).run(key, value, updatedAt);
}

/** Removes the event, its settings and every meta value but those under `keep`. */
export function clearEventSync(core: Core, keep: readonly string[]): void {
  statement(core, 'DELETE FROM event_setting').run();
  statement(core, 'DELETE FROM event').run();
  statement(core, 'DELETE FROM meta WHERE key NOT IN (SELECT value FROM json_each(?))').run(JSON.stringify(keep));
}

/** When the event was set up on this kiosk (created here, or taken on when joining), ISO 8601; undefined when none is. */
export function eventCreatedAtSync(core: Core): string | undefined {
  return (statement(core, 'SELECT created_at FROM event WHERE singleton = 1').get() as { created_at: string } | undefined)?.created_at;
}

/** Removes the event's private signing key: no code is made after it. */
export function dropPrivateKeySync(core: Core): void {
  statement(core, 'UPDATE event SET private_key = NULL WHERE singleton = 1').run();
}
