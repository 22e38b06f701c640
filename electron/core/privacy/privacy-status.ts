/**
 * What a kiosk says about its personal data: how many people's it holds,
 * the day it deletes them, whether and when it did, and the files written
 * outside the data directory that the organiser deletes.
 */
import type { Core } from '../core.js';
import { purgeRecordSync, writtenFilesSync, type PurgeRecord, type WrittenFile } from './privacy-state.js';
import { peopleToPurgeSync } from './purge.js';
import { retentionDateSync } from './retention.js';

/** The kiosk's personal data, in a few numbers. */
export interface PrivacyStatus {
  /** How many people's personal data this kiosk holds. */
  readonly people: number;
  /** The day it is deleted (YYYY-MM-DD, Oslo); null without an event. */
  readonly retainUntil: string | null;
  /** Whether and when it was deleted; null while held. */
  readonly purged: PurgeRecord | null;
  readonly files: readonly WrittenFile[];
}

/** The kiosk's privacy status. */
export function privacyStatusSync(core: Core): PrivacyStatus {
  return core.transaction(() => ({
    people: core.eventSync() ? peopleToPurgeSync(core) : 0,
    retainUntil: core.eventSync() ? retentionDateSync(core) : null,
    purged: purgeRecordSync(core),
    files: writtenFilesSync(core),
  }));
}
