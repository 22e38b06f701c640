/**
 * Reading the registrant list: search at the door, counts, the report and
 * single registrants.
 */
import type { RegistrantStatus } from '../../shared/domain.js';
import type { RegistrantRow, ReportRow } from '../../shared/contract.js';
import { UserError } from '../../shared/i18n.js';
import { compareByName, DEFAULT_SEARCH_LIMIT, MAX_SEARCH_WORDS, RegistrantIndex, type Searchable } from '../../shared/registrant-search.js';
import { searchWords } from '../../shared/search-text.js';
import type { Core } from './core.js';
import { listRevisionSync } from './sync/event-exchange.js';

/** One search result. */
export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  readonly arrivedAt: string | null;
}

/** A registrant as the door sees them: what the search ranks by, and the codes a scan may find them by besides the token. */
export interface DoorEntry extends Searchable {
  readonly organisation: string | null;
  readonly ref: string | null;
  readonly barcode: string | null;
}

/** The registrants in memory, indexed for the search, for as long as the list revision stays the same. */
const doorIndexes = new WeakMap<Core, { readonly revision: number; readonly index: RegistrantIndex<DoorEntry> }>();

/** Every registrant, indexed for the search (its list sorted by compareByName), and the list revision they are of. */
export function doorIndexSync(core: Core): { readonly revision: number; readonly index: RegistrantIndex<DoorEntry> } {
  // Every change to the list (an import here or in another process, a list from the hub) raises the revision.
  const revision = listRevisionSync(core);
  const cached = doorIndexes.get(core);
  if (cached?.revision === revision) return cached;
  const entries = (
    core.statement('SELECT id, name, organisation, status, ref, barcode, search_text AS searchText FROM registrant').all() as DoorEntry[]
  ).sort(compareByName);
  const indexed = { revision, index: new RegistrantIndex(entries) };
  doorIndexes.set(core, indexed);
  return indexed;
}

/**
 * Finds registrants whose name, organisation or email contain every word of
 * the query, ranked by RegistrantIndex, with their arrival.
 *
 * It runs at every keystroke at the door, so it scans an in-memory copy of
 * the list rather than the database.
 */
export function searchSync(core: Core, query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  const hits = doorIndexSync(core).index.search(query, limit);
  if (hits.length === 0) return [];
  const arrivals = new Map(
    (core
      .statement('SELECT registrant_id, arrived_at FROM attendance WHERE registrant_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(hits.map((h) => h.id))) as { registrant_id: string; arrived_at: string }[]).map((a) => [a.registrant_id, a.arrived_at]),
  );
  return hits.map(({ id, name, organisation, status }) => ({ id, name, organisation, status, arrivedAt: arrivals.get(id) ?? null }));
}

/** SQL requiring every word (bound as @w0, @w1 …) in the folded search text. */
function matchAll(words: readonly string[]): string {
  return words.length === 0 ? '1' : words.map((_, i) => `instr(r.search_text, @w${i}) > 0`).join(' AND ');
}

function wordParams(words: readonly string[]): Record<string, string> {
  return Object.fromEntries(words.map((w, i) => [`w${i}`, w]));
}

/** Which page of the registrant list to show. */
export interface RegistrantPage {
  readonly query?: string;
  readonly status?: RegistrantStatus;
  readonly offset?: number;
  readonly limit?: number;
}

/** A page of the registrant list for the organiser, by name, with the total that match. */
export function listRegistrantsSync(core: Core, page: RegistrantPage): { total: number; items: RegistrantRow[] } {
  const words = searchWords(page.query ?? '').slice(0, MAX_SEARCH_WORDS);
  const where = `${matchAll(words)} AND (@status IS NULL OR r.status = @status)`;
  const params = { ...wordParams(words), status: page.status ?? null };
  const { total } = core.statement(`SELECT COUNT(*) AS total FROM registrant r WHERE ${where}`).get(params) as { total: number };
  const items = core
    .statement(
      `SELECT r.id, r.ref, r.name, r.organisation, r.email, r.status, a.arrived_at AS arrivedAt
       FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id
       WHERE ${where}
       ORDER BY r.name COLLATE NOCASE, r.id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: page.limit ?? 100, offset: page.offset ?? 0 }) as RegistrantRow[];
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

/** Counts registrants by status, and arrivals. */
export function countsSync(core: Core): Counts {
  return core
    .statement(
      `SELECT COUNT(*) AS total,
              COALESCE(SUM(status = 'confirmed'), 0) AS expected,
              COALESCE(SUM(status = 'waitlisted'), 0) AS waitlisted,
              COALESCE(SUM(status = 'cancelled'), 0) AS cancelled,
              (SELECT COUNT(*) FROM attendance) AS arrived
       FROM registrant`,
    )
    .get() as Counts;
}

/** One row per registrant with their arrival, sorted by name. */
export function reportSync(core: Core): ReportRow[] {
  core.requireEventSync();
  return core
    .statement(
      `SELECT r.id, r.name, r.email, r.organisation, r.status, a.arrived_at AS arrivedAt, a.kiosk_name AS kiosk
       FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id
       ORDER BY r.name COLLATE NOCASE, r.id`,
    )
    .all() as ReportRow[];
}

/** A registrant's code and what is printed with it. */
export interface CodeRow {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly status: RegistrantStatus;
  readonly code: string;
}

/** The codes of everyone who is not cancelled, sorted by name. */
export function codeRowsSync(core: Core): CodeRow[] {
  core.requireEventSync();
  return core
    .statement("SELECT id, name, email, status, code FROM registrant WHERE status != 'cancelled' ORDER BY name COLLATE NOCASE, id")
    .all() as CodeRow[];
}

/** One registrant's code. */
export function codeRowSync(core: Core, registrantId: string): CodeRow {
  const row = core.statement('SELECT id, name, email, status, code FROM registrant WHERE id = ?').get(registrantId) as CodeRow | undefined;
  if (!row) throw new UserError('registrantNotFound', { id: registrantId.slice(0, 20) });
  return row;
}
