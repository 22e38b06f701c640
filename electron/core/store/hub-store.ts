/**
 * The tables `hub` (the hub this kiosk joined, and what it held at the last
 * round) and `peer` (the kiosks that synced with this one): the only module
 * with SQL for them.
 */
import type { StoredText } from '../../../shared/i18n.js';
import type { VersionVector } from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { statement } from './connection.js';

/** The hub this kiosk joined, as stored. */
export interface HubRecord {
  readonly url: string;
  readonly fingerprint: string;
  /** What the hub held at the last round: the events above it are waiting to upload. */
  readonly vector: VersionVector;
  readonly lastSyncAt: string | null;
  readonly lastError: StoredText | null;
}

/** A kiosk this one has synced with, as last seen. */
export interface Peer {
  readonly kioskId: string;
  readonly kioskName: string;
  readonly lastSeenAt: string;
  readonly listRevision: number;
  readonly events: number;
}

/** The joined hub, or null on the hub itself and on kiosks that joined none. */
export function hubSync(core: Core): HubRecord | null {
  const row = statement(core, 'SELECT * FROM hub WHERE singleton = 1').get() as
    | { url: string; fingerprint: string; vector: string; last_sync_at: string | null; last_error: string | null }
    | undefined;
  return row
    ? {
        url: row.url,
        fingerprint: row.fingerprint,
        vector: JSON.parse(row.vector) as VersionVector,
        lastSyncAt: row.last_sync_at,
        lastError: row.last_error === null ? null : (JSON.parse(row.last_error) as StoredText),
      }
    : null;
}

/** Records the hub this kiosk joins, holding nothing yet. */
export function insertHubSync(core: Core, url: string, fingerprint: string): void {
  statement(core, 'INSERT INTO hub (singleton, url, fingerprint, vector) VALUES (1, ?, ?, ?)').run(url, fingerprint, '{}');
}

/** Records a round the hub answered: what it holds now, and when; any earlier failure is over. */
export function recordHubRoundSync(core: Core, vector: VersionVector, at: string): void {
  statement(core, 'UPDATE hub SET vector = ?, last_sync_at = ?, last_error = NULL WHERE singleton = 1').run(JSON.stringify(vector), at);
}

/** Records why the last round with the hub failed. */
export function recordHubFailureSync(core: Core, failure: StoredText): void {
  statement(core, 'UPDATE hub SET last_error = ? WHERE singleton = 1').run(JSON.stringify(failure));
}

/** Every kiosk that has synced with this one, most recently seen first. */
export function peersSync(core: Core): Peer[] {
  return statement(
    core,
    `SELECT kiosk_id AS kioskId, kiosk_name AS kioskName, last_seen_at AS lastSeenAt, list_revision AS listRevision, events
     FROM peer ORDER BY last_seen_at DESC`,
  ).all() as Peer[];
}

/** Records a kiosk as seen in a round just now. */
export function recordPeerSync(core: Core, peer: Peer): void {
  statement(
    core,
    `INSERT INTO peer (kiosk_id, kiosk_name, last_seen_at, list_revision, events) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kiosk_id) DO UPDATE SET kiosk_name = excluded.kiosk_name, last_seen_at = excluded.last_seen_at,
       list_revision = excluded.list_revision, events = excluded.events`,
  ).run(peer.kioskId, peer.kioskName, peer.lastSeenAt, peer.listRevision, peer.events);
}

/** Removes the joined hub and the kiosks seen. */
export function clearHubSync(core: Core): void {
  statement(core, 'DELETE FROM peer').run();
  statement(core, 'DELETE FROM hub').run();
}
