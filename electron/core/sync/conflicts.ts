/**
 * People admitted more than once while kiosks were apart: every admission is
 * kept; the earliest counts as the arrival, the later ones are flagged.
 */
import { ADMISSION_IN_FORCE } from '../attendance.js';
import type { Core } from '../core.js';

/** One person let in twice or more. */
export interface Conflict {
  readonly registrant: { readonly id: string; readonly name: string };
  /** Every admission still in force, earliest first. */
  readonly scans: { readonly kiosk: string; readonly at: string }[];
}

/** Everyone with more than one admission in force. */
export function conflictsSync(core: Core): Conflict[] {
  const rows = core
    .statement(
      `SELECT r.id, r.name, l.kiosk_name AS kiosk, l.at
       FROM attendance a
       JOIN registrant r ON r.id = a.registrant_id
       JOIN log l ON l.registrant_id = a.registrant_id
       WHERE a.duplicates > 0 AND ${ADMISSION_IN_FORCE}
       ORDER BY r.name COLLATE NOCASE, r.id, l.at, l.kiosk_id, l.seq`,
    )
    .all() as { id: string; name: string; kiosk: string; at: string }[];
  const byRegistrant = new Map<string, { registrant: { id: string; name: string }; scans: { kiosk: string; at: string }[] }>();
  for (const row of rows) {
    const entry = byRegistrant.get(row.id) ?? { registrant: { id: row.id, name: row.name }, scans: [] };
    entry.scans.push({ kiosk: row.kiosk, at: row.at });
    byRegistrant.set(row.id, entry);
  }
  return [...byRegistrant.values()];
}
