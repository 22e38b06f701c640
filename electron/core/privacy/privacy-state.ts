/**
 * What a kiosk keeps about its personal data's deletion: the purge record,
 * the anonymous report kept from before the purge, whether the files still
 * wait to be rewritten, and the files Innsjekk wrote outside the data
 * directory (which the organiser deletes).
 */
import type { PurgeAction } from '../../../shared/event-log.js';
import type { Core } from '../core.js';
import { deleteMetaValueSync, metaValueSync, setMetaValueSync } from '../store/meta-store.js';

const PURGE_RECORD_KEY = 'privacy_purge';
const KEPT_REPORT_KEY = 'privacy_kept_report';
const COMPACT_PENDING_KEY = 'privacy_compact_pending';
const WRITTEN_FILES_KEY = 'privacy_written_files';

/** How a kiosk's purge came about: asked for here, or the organiser's kiosk's purge reaching it (`hub`). */
export type PurgeCause = PurgeAction | 'hub';

/** When this kiosk's personal data was deleted, on which kiosk, how many people's, and by which action. */
export interface PurgeRecord {
  readonly at: string;
  readonly kioskId: string;
  readonly kioskName: string;
  readonly people: number;
  readonly action: PurgeCause;
}

/** The purge record; null while the kiosk holds its personal data. */
export function purgeRecordSync(core: Core): PurgeRecord | null {
  const stored = metaValueSync(core, PURGE_RECORD_KEY);
  return stored === undefined ? null : (JSON.parse(stored) as PurgeRecord);
}

/** Stores the purge record and the anonymous report kept from before it. Call inside the purge's transaction. */
export function recordPurgeSync(core: Core, record: PurgeRecord, anonymousReportJson: string): void {
  setMetaValueSync(core, PURGE_RECORD_KEY, JSON.stringify(record));
  setMetaValueSync(core, KEPT_REPORT_KEY, anonymousReportJson);
}

/** The anonymous report as it was stored before the purge, as JSON; undefined before a purge. */
export function keptReportJsonSync(core: Core): string | undefined {
  return metaValueSync(core, KEPT_REPORT_KEY);
}

/** Marks the files as holding deleted rows until compacted (in the transaction that deleted them), or as compacted. */
export function setCompactPendingSync(core: Core, pending: boolean): void {
  if (pending) setMetaValueSync(core, COMPACT_PENDING_KEY, '1');
  else deleteMetaValueSync(core, COMPACT_PENDING_KEY);
}

/** True when personal data was deleted and the files have not been rewritten since. */
export function compactPendingSync(core: Core): boolean {
  return metaValueSync(core, COMPACT_PENDING_KEY) !== undefined;
}

/** What Innsjekk wrote outside the data directory. */
export const WRITTEN_FILE_KINDS = ['report', 'codes', 'sync-file', 'eml'] as const;
export type WrittenFileKind = (typeof WRITTEN_FILE_KINDS)[number];

/** A file (or folder) Innsjekk wrote outside the data directory, with personal data in it. */
export interface WrittenFile {
  /** The full path; for a file saved from the organiser screens, the name it was offered under (where it went, the browser knows). */
  readonly path: string;
  readonly kind: WrittenFileKind;
  /** Saved from the organiser screens rather than written by the command line. */
  readonly fromScreens: boolean;
  readonly at: string;
}

/** Every file written outside the data directory, oldest first. */
export function writtenFilesSync(core: Core): WrittenFile[] {
  const stored = metaValueSync(core, WRITTEN_FILES_KEY);
  return stored === undefined ? [] : (JSON.parse(stored) as WrittenFile[]);
}

/** Records a file written outside the data directory (once per path and kind), so the organiser can delete it when the data goes. */
export function recordWrittenFileSync(core: Core, file: Omit<WrittenFile, 'at'>): void {
  const others = writtenFilesSync(core).filter((f) => f.path !== file.path || f.kind !== file.kind);
  setMetaValueSync(core, WRITTEN_FILES_KEY, JSON.stringify([...others, { ...file, at: new Date().toISOString() }]));
}
