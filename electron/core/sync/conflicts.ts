/**
 * People admitted more than once while kiosks were apart: every admission is
 * kept; the earliest counts as the arrival, the later ones are flagged.
 */
import type { Core } from '../core.js';
import { duplicateAdmissionsSync } from '../store/log-store.js';

/** One person let in twice or more. */
export interface Conflict {
  readonly registrant: { readonly id: string; readonly name: string };
  /** Every admission still in force, earliest first. */
  readonly scans: { readonly kiosk: string; readonly at: string }[];
}

/** Everyone with more than one admission in force. */
export function conflictsSync(core: Core): Conflict[] {
  const rows = duplicateAdmissionsSync(core);
  const byRegistrant = new Map<string, { registrant: { id: string; name: string }; scans: { kiosk: string; at: string }[] }>();
  for (const row of rows) {
    const entry = byRegistrant.get(row.id) ?? { registrant: { id: row.id, name: row.name }, scans: [] };
    entry.scans.push({ kiosk: row.kiosk, at: row.at });
    byRegistrant.set(row.id, entry);
  }
  return [...byRegistrant.values()];
}
