/**
 * Importing the registration list: the first time, and again and again as
 * newer exports arrive, without losing anyone's code or arrival.
 */
import { REGISTRANT_FIELDS, type RegistrantField } from '../../../shared/domain.js';
import { idFromBytes } from '../../../shared/ids.js';
import { storedText, UserError, type StoredText } from '../../../shared/i18n.js';
import {
  createRowReader,
  detectMapping,
  personKey,
  type ColumnMapping,
  type ImportRecord,
} from '../../../shared/import-mapping.js';
import type { ImportSummary } from '../../../shared/contract.js';
import { cancellationAllowed, cancellationNeedsConfirmation, reviewImport, type Cancellation } from '../../../shared/import-review.js';
import type { Core } from '../core.js';
import {
  applyCorrectionsSync,
  cancelRegistrantsSync,
  codeRowOfSync,
  importedListRevisionSync,
  putRegistrantSync,
  recordListRevisionSync,
  registrantContentHash,
  storedRegistrantsSync,
  type StoredRegistrant,
} from '../store/registrants-store.js';
import { issueTokensSync, randomIdBytes } from '../tokens.js';
import { readTableSync, type Table } from './read-table.js';
import { refuseWhenPurgedSync } from '../privacy/purge.js';

/** How to import. */
export interface ImportOptions {
  readonly fileName: string;
  /** Columns named by the organiser; they win over detection. */
  readonly mapping?: ColumnMapping;
  /** Report what would change, and change nothing. */
  readonly dryRun: boolean;
  /**
   * How many cancellations the organiser confirmed (the screens' confirmation
   * step, `--allow-cancel N`): an import that would cancel more than a small
   * share of the list, or anyone who has arrived, is refused unless it
   * cancels at most this many, so a truncated export never cancels half the
   * conference unasked. Absent: none confirmed. A dry run is never refused.
   */
  readonly allowCancel?: number;
}

const PREVIEW_ROWS = 5;

/** The organiser's mapping over the detected one, checked against the file's columns. */
export function resolveMapping(columns: readonly string[], explicit: ColumnMapping | undefined): ColumnMapping {
  const mapping: ColumnMapping = detectMapping(columns);
  for (const [field, column] of Object.entries(explicit ?? {})) {
    if (!(REGISTRANT_FIELDS as readonly string[]).includes(field)) {
      throw new UserError('unknownMappingField', { field, fields: REGISTRANT_FIELDS.join(', ') });
    }
    if (column === undefined) continue;
    // An empty column: the organiser says no column feeds this field, whatever detection guessed.
    if (column === '') {
      delete mapping[field as RegistrantField];
      continue;
    }
    if (!columns.includes(column)) throw new UserError('unknownMappingColumn', { column, columns: columns.join(', ') });
    for (const other of REGISTRANT_FIELDS) if (mapping[other] === column) delete mapping[other];
    mapping[field as RegistrantField] = column;
  }
  if (!mapping.name && !mapping.firstName && !mapping.lastName) {
    throw new UserError('noNameColumn', { columns: columns.join(', ') });
  }
  return mapping;
}

function preview(table: Table): Record<string, string>[] {
  return table.rows.slice(0, PREVIEW_ROWS).map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row.cells[i] ?? ''])));
}

/**
 * Reads a registration export and brings the registrant list in line with it,
 * in one transaction: new people get an id and a signed code, changed people
 * are updated in place, and people missing from the file are cancelled (never
 * deleted, so their code and any arrival stay).
 */
export function importRegistrantsSync(core: Core, bytes: Uint8Array, options: ImportOptions): ImportSummary {
  const event = core.requireEventSync();
  // A purged kiosk takes in no list again: the data is to stay gone.
  refuseWhenPurgedSync(core);
  const table = readTableSync(bytes, options.fileName);
  const mapping = resolveMapping(table.columns, options.mapping);
  const readRow = createRowReader(table.columns, mapping);

  const byIdentity = new Map<string, ImportRecord>();
  const rejected: { row: number; reason: StoredText }[] = [];
  const protectedRefs = new Set<string>();
  for (const row of table.rows) {
    const result = readRow(row.rowNumber, row.cells);
    if ('rejected' in result) {
      rejected.push({ row: row.rowNumber, reason: storedText(result.rejected.reason, result.rejected.params) });
      if (result.rejected.ref) protectedRefs.add(result.rejected.ref);
      continue;
    }
    const r = result.record;
    // A repeated row is the same person; the later row has the newer data.
    byIdentity.set(r.ref ? `ref:${r.ref}` : `person:${personKey(r.name, r.email)}`, r);
  }

  return core.transaction((): ImportSummary => {
    const stored = storedRegistrantsSync(core);
    const byRef = new Map<string, StoredRegistrant>();
    const byPerson = new Map<string, StoredRegistrant[]>();
    const ids = new Set<string>();
    for (const s of stored) {
      ids.add(s.id);
      if (s.ref) byRef.set(s.ref, s);
      const list = byPerson.get(s.person_key) ?? [];
      list.push(s);
      byPerson.set(s.person_key, list);
    }
    const matched = new Set<string>();
    const findStored = (r: ImportRecord): StoredRegistrant | undefined => {
      if (r.ref) {
        const hit = byRef.get(r.ref);
        if (hit) return hit;
      }
      return byPerson.get(personKey(r.name, r.email))?.find((s) => !matched.has(s.id) && (s.ref === null || r.ref === null));
    };

    const revision = importedListRevisionSync(core) + 1;
    const now = new Date().toISOString();
    const counts = { added: 0, updated: 0, unchanged: 0, cancelled: 0 };
    const inserts: ImportRecord[] = [];
    const updates: { stored: StoredRegistrant; record: ImportRecord }[] = [];
    for (const r of byIdentity.values()) {
      const existing = findStored(r);
      if (!existing) {
        inserts.push(r);
        continue;
      }
      matched.add(existing.id);
      // Cancelling someone missing from a list keeps their hash, so one who is back needs the status compared too.
      if (existing.content_hash === registrantContentHash(r) && existing.status === r.status) counts.unchanged++;
      else updates.push({ stored: existing, record: r });
    }
    const toCancel = stored.filter(
      (s) => !matched.has(s.id) && s.status !== 'cancelled' && !(s.ref && protectedRefs.has(s.ref)),
    );
    counts.added = inserts.length;
    counts.updated = updates.length;
    counts.cancelled = toCancel.length;
    const cancellation: Cancellation = {
      count: toCancel.length,
      arrived: toCancel.filter((s) => s.arrived).length,
      active: stored.filter((s) => s.status !== 'cancelled').length,
    };
    const summary: ImportSummary = {
      ...counts,
      cancelledArrived: cancellation.arrived,
      confirmCancel: cancellationNeedsConfirmation(cancellation),
      flags: reviewImport([...byIdentity.values()].map(({ rowNumber, name, email, status }) => ({ rowNumber, name, email, status })), event.capacity),
      rejected,
      columns: [...table.columns],
      mapping,
      preview: preview(table),
      listRevision: revision,
    };
    if (options.dryRun) return summary;
    if (!cancellationAllowed(cancellation, options.allowCancel ?? 0)) {
      throw new UserError('importNeedsCancelConfirmation', { count: cancellation.count, total: cancellation.active, arrived: cancellation.arrived });
    }

    if (inserts.length > 0 && !event.privateKey) throw new UserError('noSigningKey');
    const issuedAt = Math.floor(Date.now() / 1000);
    const newIds = inserts.map(() => {
      let id: string;
      do id = idFromBytes(randomIdBytes());
      while (ids.has(id));
      ids.add(id);
      return id;
    });
    const codes = issueTokensSync(event.privateKey!, newIds.map((registrantId) => ({ eventId: event.id, registrantId, issuedAt })));
    inserts.forEach((r, i) => putRegistrantSync(core, r, newIds[i]!, codes[i]!, revision, now));
    // A changed registrant keeps their code; it is read for them alone, as most imports change few.
    for (const u of updates) putRegistrantSync(core, u.record, u.stored.id, codeRowOfSync(core, u.stored.id)!.code, revision, now);
    // The list's new spelling of someone the desk corrected gives way to the correction again.
    if (updates.length > 0) applyCorrectionsSync(core, updates.map((u) => u.stored.id));
    cancelRegistrantsSync(core, toCancel.map((s) => s.id), revision, now);
    recordListRevisionSync(core, { revision, at: now, source: options.fileName, ...counts, rejected: rejected.length });
    return summary;
  });
}
