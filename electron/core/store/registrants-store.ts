/**
 * The tables `registrant` (the registration list) and `list_revision` (one
 * row per import of it): the only module with SQL for them. Its reads join
 * `attendance` (the log store's) where a registrant is shown with their
 * arrival; it writes no other table.
 */
import crypto from 'node:crypto';
import type { RegistrantFields, RegistrantStatus } from '../../../shared/domain.js';
import type { WalkInDetails } from '../../../shared/event-log.js';
import type { RegistrantRow } from '../../../shared/contract.js';
import { personKey } from '../../../shared/import-mapping.js';
import { MAX_SEARCH_WORDS } from '../../../shared/registrant-search.js';
import type { RegistrantAttendance } from '../../../shared/report/build-report.js';
import { doorSearchText, foldForSearch, searchWords } from '../../../shared/search-text.js';
import type { WireRegistrant } from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import type { CodeRow, DoorEntry } from '../registrants.js';
import { statement } from './connection.js';
import { metaValueSync, setMetaValueSync } from './meta-store.js';

/** The meta key of the list revision a kiosk took from its hub, which imported it. */
const HUB_LIST_REVISION_KEY = 'list_revision';

/** What an import matches the stored list by, and compares it with. */
export interface StoredRegistrant {
  readonly id: string;
  readonly ref: string | null;
  readonly person_key: string;
  readonly status: RegistrantStatus;
  readonly content_hash: string;
  /** 1 when they have arrived. */
  readonly arrived: 0 | 1;
}

/** A registrant as the door checks them in, with their arrival (null: not arrived), whether inside now (0 or 1) and their note in force. */
export interface RegistrantWithArrival {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  readonly arrived_at: string | null;
  readonly arrival_kiosk: string | null;
  readonly inside: number;
  readonly note: string | null;
}

/** One row of the list_revision table: what an import changed. */
export interface ListRevisionRow {
  readonly revision: number;
  readonly at: string;
  /** The file or address the list came from. */
  readonly source: string;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly cancelled: number;
  readonly rejected: number;
}

/** Which page of the registrant list to show. */
export interface RegistrantPage {
  readonly query?: string;
  readonly status?: RegistrantStatus;
  /** Only those who have arrived, or only those who have not. */
  readonly arrival?: 'arrived' | 'notArrived';
  readonly offset?: number;
  readonly limit?: number;
}

/** The hash stored with a registrant's fields: an import compares it to tell a changed registrant from an unchanged one. */
export function registrantContentHash(r: RegistrantFields): string {
  // A note joins the hash only when there is one, so a list without notes keeps the hashes it had.
  const fields = [r.ref, r.barcode, r.name, r.email, r.organisation, r.role, r.status, r.dietary, ...(r.note === null ? [] : [r.note])];
  return crypto.createHash('sha256').update(JSON.stringify(fields)).digest('base64url').slice(0, 22);
}

/** What the organiser's list search looks in: name, organisation and email, folded (the door's search leaves the email out: doorSearchText). */
function searchText(r: Pick<RegistrantFields, 'name' | 'organisation' | 'email'>): string {
  return [r.name, r.organisation, r.email].filter((p) => p !== null).map(foldForSearch).join(' ');
}

/**
 * Writes a registrant, new or changed, with the columns derived from their
 * fields (search text, identity, hash): the one way a registrant's row is
 * written, whether the list came from a file here or from the hub. `listRevision`
 * is the revision of the list that last changed them.
 */
export function putRegistrantSync(core: Core, r: RegistrantFields, id: string, code: string, listRevision: number, now: string): void {
  statement(
    core,
    `INSERT INTO registrant (id, ref, barcode, person_key, name, email, organisation, role, status, dietary, note,
       code, search_text, content_hash, list_revision, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET ref = excluded.ref, barcode = excluded.barcode, person_key = excluded.person_key,
       name = excluded.name, email = excluded.email, organisation = excluded.organisation, role = excluded.role,
       status = excluded.status, dietary = excluded.dietary, note = excluded.note, code = excluded.code, search_text = excluded.search_text,
       content_hash = excluded.content_hash, list_revision = excluded.list_revision, updated_at = excluded.updated_at
     WHERE registrant.walk_in IS NULL`,
    // Bound by position: binding by name costs a large import about a fifth of its time.
  ).run(
    id, r.ref, r.barcode, personKey(r.name, r.email), r.name, r.email, r.organisation, r.role, r.status, r.dietary, r.note,
    code, searchText(r), registrantContentHash(r), listRevision, now,
  );
}

/**
 * Writes the registrant a walk-in event made, once: confirmed, their code the
 * kiosk's reference, in no list revision (they travel as the event, never as
 * a list's registrant), and marked with the event so no import matches,
 * changes or cancels them.
 */
export function putWalkInSync(core: Core, id: string, walkIn: WalkInDetails, eventId: string, at: string): void {
  const fields: RegistrantFields = { ref: walkIn.ref, barcode: null, name: walkIn.name, email: walkIn.email, organisation: walkIn.organisation, role: null, status: 'confirmed', dietary: null, note: null };
  // A blanked walk-in (PERSONAL_DETAIL_KINDS) has no code: no ref, which must be unique when there is one.
  statement(
    core,
    `INSERT OR IGNORE INTO registrant (id, ref, barcode, person_key, name, email, organisation, role, status, dietary, note,
       code, search_text, content_hash, list_revision, updated_at, walk_in)
     VALUES (?, ?, NULL, ?, ?, ?, ?, NULL, 'confirmed', NULL, NULL, ?, ?, ?, 0, ?, ?)`,
  ).run(id, walkIn.ref || null, personKey(walkIn.name, walkIn.email), walkIn.name, walkIn.email, walkIn.organisation, walkIn.ref, searchText(fields), registrantContentHash(fields), at, eventId);
}

/** The latest correction of a field of the registrant `r`, in the log's order; NULL when there is none. */
const LATEST_CORRECTION = (field: 'name' | 'organisation'): string => `(
  SELECT c.details ->> '$.${field}' FROM log c
  WHERE c.kind = 'correction' AND c.registrant_id = r.id AND c.details ->> '$.${field}' IS NOT NULL
  ORDER BY c.at DESC, c.kiosk_id DESC, c.seq DESC LIMIT 1)`;

/**
 * Lays the information desk's corrections (`correction` events in the log,
 * the log store's) over the registrants' names and organisations, with their
 * search text: the latest correction of each field wins, on every kiosk
 * alike, and a field never corrected keeps the list's value. The identity an
 * import matches by and the hash it compares stay the list's, so a re-import
 * finds a corrected registrant unchanged and never undoes the correction.
 * `registrantIds` absent: every registrant with a correction.
 */
export function applyCorrectionsSync(core: Core, registrantIds?: readonly string[]): void {
  const which = registrantIds === undefined ? "(SELECT registrant_id FROM log WHERE kind = 'correction')" : '(SELECT value FROM json_each(?))';
  const rows = statement(
    core,
    `SELECT r.id, r.email, COALESCE(${LATEST_CORRECTION('name')}, r.name) AS name,
       COALESCE(${LATEST_CORRECTION('organisation')}, r.organisation) AS organisation
     FROM registrant r WHERE r.id IN ${which}`,
  ).all(...(registrantIds === undefined ? [] : [JSON.stringify(registrantIds)])) as { id: string; email: string | null; name: string; organisation: string | null }[];
  const update = statement(core, 'UPDATE registrant SET name = ?, organisation = ?, search_text = ? WHERE id = ?');
  for (const r of rows) update.run(r.name, r.organisation, searchText(r), r.id);
}

/** Cancels registrants missing from a new list, keeping everything else about them (their code, their hash). */
export function cancelRegistrantsSync(core: Core, ids: Iterable<string>, listRevision: number, now: string): void {
  const cancel = statement(core, "UPDATE registrant SET status = 'cancelled', list_revision = ?, updated_at = ? WHERE id = ?");
  for (const id of ids) cancel.run(listRevision, now, id);
}

/** Every registrant of the list as an import matches and compares them (not the walk-ins, which no list holds), and whether they have arrived. */
export function storedRegistrantsSync(core: Core): StoredRegistrant[] {
  return statement(
    core,
    `SELECT r.id, r.ref, r.person_key, r.status, r.content_hash, a.registrant_id IS NOT NULL AS arrived
     FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id WHERE r.walk_in IS NULL`,
  ).all() as StoredRegistrant[];
}

/** Records what an import changed, under its new revision. */
export function recordListRevisionSync(core: Core, row: ListRevisionRow): void {
  statement(
    core,
    `INSERT INTO list_revision (revision, at, source, added, updated, unchanged, cancelled, rejected)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.revision, row.at, row.source, row.added, row.updated, row.unchanged, row.cancelled, row.rejected);
}

/** The revision of this kiosk's latest import; 0 when it imported none. */
export function importedListRevisionSync(core: Core): number {
  return (statement(core, 'SELECT MAX(revision) AS r FROM list_revision').get() as { r: number | null }).r ?? 0;
}

/** The revision of the registration list this kiosk holds: its own latest import, or the hub's list it took in. */
export function listRevisionSync(core: Core): number {
  return Math.max(importedListRevisionSync(core), Number(metaValueSync(core, HUB_LIST_REVISION_KEY) ?? 0));
}

/** Records that this kiosk holds the hub's list of `revision`, when that is newer than what it held. */
export function adoptListRevisionSync(core: Core, revision: number): void {
  if (revision > listRevisionSync(core)) setMetaValueSync(core, HUB_LIST_REVISION_KEY, String(revision));
}

/**
 * Registrants changed after a list revision, as they travel to a kiosk that
 * holds that revision: what a station needs (the name and organisation to
 * compare with an ID and to search by, the status, the registration number
 * and barcode to scan, the code to show, dietary needs for the lunch
 * counter), never the email or the role, which only the organiser's kiosk
 * needs (for the emails and the report).
 */
export function registrantsAboveSync(core: Core, revision: number): WireRegistrant[] {
  return statement(
    core,
    `SELECT id, ref, barcode, name, NULL AS email, organisation, NULL AS role, status, dietary, note, code, list_revision AS listRevision
     FROM registrant WHERE list_revision > ? ORDER BY list_revision, id`,
  ).all(revision) as WireRegistrant[];
}

/** SQL: a registrant's note in force, `r` joined with the organiser's latest note `n`: theirs over the list's, even when it cleared the note. */
const NOTE_IN_FORCE = 'CASE WHEN n.registrant_id IS NULL THEN r.note ELSE n.note END';

const REGISTRANT_WITH_ARRIVAL = `
  SELECT r.id, r.name, r.organisation, r.status, a.arrived_at, a.kiosk_name AS arrival_kiosk, COALESCE(a.inside, 0) AS inside,
    ${NOTE_IN_FORCE} AS note
  FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id LEFT JOIN registrant_note n ON n.registrant_id = r.id`;

/** A registrant by id, with their arrival. */
export function registrantWithArrivalSync(core: Core, id: string): RegistrantWithArrival | undefined {
  return statement(core, `${REGISTRANT_WITH_ARRIVAL} WHERE r.id = ?`).get(id) as RegistrantWithArrival | undefined;
}

/** A registrant by the registration system's reference number or barcode, with their arrival. */
export function registrantWithArrivalByRefSync(core: Core, ref: string): RegistrantWithArrival | undefined {
  return statement(core, `${REGISTRANT_WITH_ARRIVAL} WHERE r.ref = ? OR r.barcode = ? LIMIT 1`).get(ref, ref) as RegistrantWithArrival | undefined;
}

/**
 * Every registrant (or those with the ids given) as the door's search and scans need them, with their note in force, in no order.
 * The door searches names and organisations only: the list goes to the
 * door screen's memory, and no email goes with it.
 */
export function doorEntriesSync(core: Core, ids?: readonly string[]): DoorEntry[] {
  const rows = statement(
    core,
    `SELECT r.id, r.name, r.organisation, r.status, r.ref, r.barcode, ${NOTE_IN_FORCE} AS note
     FROM registrant r LEFT JOIN registrant_note n ON n.registrant_id = r.id
     WHERE @ids IS NULL OR r.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: ids === undefined ? null : JSON.stringify(ids) }) as Omit<DoorEntry, 'searchText'>[];
  return rows.map((row) => ({ ...row, searchText: doorSearchText(row.name, row.organisation) }));
}

/** SQL requiring every word (bound as @w0, @w1 …) in the folded search text. */
function matchAll(words: readonly string[]): string {
  return words.length === 0 ? '1' : words.map((_, i) => `instr(r.search_text, @w${i}) > 0`).join(' AND ');
}

function wordParams(words: readonly string[]): Record<string, string> {
  return Object.fromEntries(words.map((w, i) => [`w${i}`, w]));
}

/** The organiser's list's columns, a registrant with their arrival. */
const REGISTRANT_ROW = `SELECT r.id, r.ref, r.name, r.organisation, r.email, r.status, a.arrived_at AS arrivedAt, ${NOTE_IN_FORCE} AS note
  FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id LEFT JOIN registrant_note n ON n.registrant_id = r.id`;

/** One registrant as the organiser's list shows them; undefined when there is no such registrant. */
export function registrantRowSync(core: Core, id: string): RegistrantRow | undefined {
  return statement(core, `${REGISTRANT_ROW} WHERE r.id = ?`).get(id) as RegistrantRow | undefined;
}

/** A page of the registrant list for the organiser, by name, with the total that match. */
export function listRegistrantsSync(core: Core, page: RegistrantPage): { total: number; items: RegistrantRow[] } {
  const words = searchWords(page.query ?? '').slice(0, MAX_SEARCH_WORDS);
  const arrival = page.arrival === undefined ? '' : ` AND a.registrant_id IS ${page.arrival === 'arrived' ? 'NOT ' : ''}NULL`;
  const where = `${matchAll(words)} AND (@status IS NULL OR r.status = @status)${arrival}`;
  const params = { ...wordParams(words), status: page.status ?? null };
  const { total } = statement(core, `SELECT COUNT(*) AS total FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id WHERE ${where}`).get(params) as { total: number };
  const items = statement(
    core,
    `${REGISTRANT_ROW}
     WHERE ${where}
     ORDER BY r.name COLLATE NOCASE, r.id
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: page.limit ?? 100, offset: page.offset ?? 0 }) as RegistrantRow[];
  return { total, items };
}

/** Head counts for the screen. */
export interface Counts {
  readonly total: number;
  /** Confirmed registrants: who is expected at the door. */
  readonly expected: number;
  readonly arrived: number;
  readonly waitlisted: number;
  readonly cancelled: number;
}

/** Counts registrants by status, and arrivals: from the running figures (door_tally) that triggers on this table and attendance keep. */
export function countsSync(core: Core): Counts {
  return statement(core, 'SELECT total, confirmed AS expected, arrived, waitlisted, cancelled FROM door_tally').get() as Counts;
}

/**
 * One row per registrant with their arrival and how many times more they were
 * let in, sorted by name: the report operation's rows and the attendance report's people.
 */
export function reportRowsSync(core: Core): RegistrantAttendance[] {
  return statement(
    core,
    `SELECT r.id, r.name, r.email, r.organisation, r.status, a.arrived_at AS arrivedAt, a.kiosk_name AS kiosk,
            COALESCE(a.duplicates, 0) AS extraAdmissions
     FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id
     ORDER BY r.name COLLATE NOCASE, r.id`,
  ).all() as RegistrantAttendance[];
}

/** Every registrant's status, by id. */
export function registrantStatusesSync(core: Core): { readonly id: string; readonly status: RegistrantStatus }[] {
  return statement(core, 'SELECT id, status FROM registrant ORDER BY id').all() as { id: string; status: RegistrantStatus }[];
}

/** The codes of everyone who is not cancelled, sorted by name. */
export function activeCodeRowsSync(core: Core): CodeRow[] {
  return statement(core, "SELECT id, name, email, status, code FROM registrant WHERE status != 'cancelled' ORDER BY name COLLATE NOCASE, id").all() as CodeRow[];
}

/** One registrant's code, or undefined when there is no such registrant. */
export function codeRowOfSync(core: Core, registrantId: string): CodeRow | undefined {
  return statement(core, 'SELECT id, name, email, status, code FROM registrant WHERE id = ?').get(registrantId) as CodeRow | undefined;
}

/** Removes the list and its history. */
export function clearRegistrantsSync(core: Core): void {
  statement(core, 'DELETE FROM registrant').run();
  statement(core, 'DELETE FROM list_revision').run();
}

/** Everything stored about one registrant, as a request for access shows it. */
export interface StoredRegistrantRecord extends RegistrantFields {
  readonly id: string;
  /** The note in force: the organiser's latest, or the list's. */
  readonly note: string | null;
  readonly code: string;
  readonly listRevision: number;
  readonly updatedAt: string;
}

/** Everything stored about one registrant; undefined when there is no such registrant. */
export function registrantRecordSync(core: Core, id: string): StoredRegistrantRecord | undefined {
  return statement(
    core,
    `SELECT r.id, r.ref, r.barcode, r.name, r.email, r.organisation, r.role, r.status, r.dietary, ${NOTE_IN_FORCE} AS note,
       r.code, r.list_revision AS listRevision, r.updated_at AS updatedAt
     FROM registrant r LEFT JOIN registrant_note n ON n.registrant_id = r.id WHERE r.id = ?`,
  ).get(id) as StoredRegistrantRecord | undefined;
}

/**
 * Blanks a registrant's personal fields and everything derived from them
 * (search text, identity, hash): kept are the id, the status and the list
 * revision, which the counts need.
 */
const BLANK_PERSONAL_FIELDS = `ref = NULL, barcode = NULL, person_key = '', name = '', email = NULL, organisation = NULL, role = NULL,
  dietary = NULL, note = NULL, code = '', search_text = '', content_hash = ''`;

/** How many registrants' personal data this kiosk holds: those not blanked yet. */
export function registrantsWithPersonalDataSync(core: Core): number {
  return (statement(core, "SELECT COUNT(*) AS n FROM registrant WHERE name != '' OR code != '' OR email IS NOT NULL OR note IS NOT NULL").get() as { n: number }).n;
}

/** Blanks every registrant's personal fields. */
export function blankAllRegistrantsSync(core: Core): void {
  statement(core, `UPDATE registrant SET ${BLANK_PERSONAL_FIELDS}`).run();
}

/** Blanks one registrant's personal fields; false when there is no such registrant. */
export function blankRegistrantSync(core: Core, id: string): boolean {
  return statement(core, `UPDATE registrant SET ${BLANK_PERSONAL_FIELDS} WHERE id = ?`).run(id).changes > 0;
}
