/**
 * Following the registration system: the attendee list fetched from an
 * address again and again until the event starts, and imported whenever it
 * changed. A failed fetch leaves the list as it is and is recorded for the
 * organiser screens; a hub spreads each new list to the kiosks by its revision.
 */
import crypto from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { storedText, type ImportSummary } from '../../../shared/contract.js';
import { UserError, type StoredText } from '../../../shared/i18n.js';
import type { ColumnMapping } from '../../../shared/import-mapping.js';
import type { Core } from '../core.js';
import { eventSettingsSync } from '../event-settings.js';
import { metaValueSync, setMetaValueSync } from '../store/meta-store.js';
import { listRevisionSync } from '../store/registrants-store.js';
import { importRegistrantsSync } from './import-registrants.js';
import { MAX_IMPORT_BYTES } from './read-table.js';

/** Where the list comes from. */
export interface ListSource {
  /** An http:// or https:// address. */
  readonly url: string;
  /** Sent as `Authorization: Bearer`; held in memory only, never stored. */
  readonly token?: string;
  readonly mapping?: ColumnMapping;
}

/** What one check of the list found. */
export type CheckResult =
  | { readonly outcome: 'changed'; readonly at: string; readonly listRevision: number; readonly summary: ImportSummary }
  | { readonly outcome: 'unchanged'; readonly at: string; readonly listRevision: number }
  | { readonly outcome: 'failed'; readonly at: string; readonly listRevision: number; readonly error: UserError };

/** How to check. */
export interface CheckOptions {
  /** Fetch and import even when the list has not changed: the organiser asked for an import. */
  readonly force?: boolean;
  /** Report what would change, and change nothing, the follow state included. */
  readonly dryRun?: boolean;
  /** Abandons the check (following was stopped); the check then rejects. */
  readonly signal?: AbortSignal;
  /** How long the registration system may take to send the list. */
  readonly timeoutMs?: number;
  /** How many cancellations the organiser confirmed for a forced import (ImportOptions.allowCancel); an unforced check confirms none. */
  readonly allowCancel?: number;
}

/** What the organiser screens show about the followed list. */
export interface FollowStatus {
  /** The address, without credentials; null when no list was ever fetched. */
  readonly url: string | null;
  readonly lastCheckedAt: string | null;
  readonly lastChangedAt: string | null;
  /** Why the latest check failed; null when it succeeded. */
  readonly lastError: StoredText | null;
  readonly lastErrorAt: string | null;
  readonly listRevision: number;
}

const FOLLOW_KEY = 'list_follow';
const FETCH_TIMEOUT_MS = 30_000;
const MB = 1024 * 1024;
/** The longest delay setTimeout takes; a longer one fires at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** Query parameters that look like a secret are blanked in the address that is stored and shown. */
const SECRET_PARAMETER = /token|key|secret|pass|auth|sig/i;
const ACCEPT = 'text/csv, application/json, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5';

const followState = z.object({
  url: z.string(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** The last good list's bytes, hashed, for servers that send neither ETag nor Last-Modified. */
  contentHash: z.string().nullable(),
  /** The mapping it was imported with, as JSON. */
  mapping: z.string(),
  /** The list revision its import made. */
  importedRevision: z.number().int().nullable(),
  lastCheckedAt: z.string().nullable(),
  lastChangedAt: z.string().nullable(),
  lastError: storedText.nullable(),
  lastErrorAt: z.string().nullable(),
});
type FollowState = z.infer<typeof followState>;

/** A list's address to fetch, and the form of it that may be stored and shown. */
export interface ListAddress {
  /** Without user and password: fetch refuses them in the address. */
  readonly url: URL;
  readonly shown: string;
  readonly host: string;
  readonly basicAuth: string | null;
}

/** True when the text is an http:// or https:// address rather than a file name. */
export function isListUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** Reads a list's address; a UserError when it is no valid http:// or https:// address. */
export function listAddress(text: string): ListAddress {
  let url: URL;
  let basicAuth: string | null = null;
  try {
    url = new URL(text);
    if (url.username || url.password) {
      basicAuth = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    }
  } catch {
    throw new UserError('badListUrl', { value: text });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') throw new UserError('badListUrl', { value: text });
  url.username = '';
  url.password = '';
  const shown = new URL(url);
  for (const name of new Set(shown.searchParams.keys())) if (SECRET_PARAMETER.test(name)) shown.searchParams.set(name, '***');
  return { url, shown: shown.href, host: url.host, basicAuth };
}

const OSLO_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

/** Oslo's offset from UTC at a moment: "GMT+01:00" in winter, "GMT+02:00" in summer. */
function osloOffsetMs(moment: number): number {
  const name = OSLO_OFFSET.formatToParts(moment).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const [, sign, hours, minutes] = /^GMT([+-])(\d\d):(\d\d)$/.exec(name) ?? [];
  return sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/** A wall-clock time (HH:MM) in Oslo on a date (YYYY-MM-DD), as a moment. */
export function osloTime(date: string, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offset at the wall time read as UTC is wrong only in the hours around a change of clocks, which a second look settles.
  return new Date(wall - osloOffsetMs(wall - osloOffsetMs(wall)));
}

/** When the event starts: its date at the `starts` setting, Oslo time. */
export function eventStartSync(core: Core): Date {
  const { date, starts } = eventSettingsSync(core);
  return osloTime(date, starts);
}

function storedStateSync(core: Core): FollowState | null {
  const text = metaValueSync(core, FOLLOW_KEY);
  if (text === undefined) return null;
  try {
    return followState.parse(JSON.parse(text));
  } catch {
    // A state some other version wrote: the next check starts afresh.
    return null;
  }
}

/** The followed list's address, its last check, change and failure, and the list revision. */
export function followStatusSync(core: Core): FollowStatus {
  const state = storedStateSync(core);
  return {
    url: state?.url ?? null,
    lastCheckedAt: state?.lastCheckedAt ?? null,
    lastChangedAt: state?.lastChangedAt ?? null,
    lastError: state?.lastError ?? null,
    lastErrorAt: state?.lastErrorAt ?? null,
    listRevision: listRevisionSync(core),
  };
}

/** A list as fetched: its bytes (null: not modified since the last fetch) and what to ask with next time. */
interface Download {
  readonly bytes: Uint8Array | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

function httpFailure(status: number, address: ListAddress): UserError {
  if (status === 401 || status === 403) return new UserError('listAccessDenied', { host: address.host, status });
  if (status === 404 || status === 410) return new UserError('listNotFound', { url: address.shown, status });
  return new UserError('listServerError', { host: address.host, status }, 'internal');
}

/** The body, refused once it passes the import limit: by its declared length, or while it streams. */
async function readCapped(response: Response, address: ListAddress): Promise<Uint8Array> {
  const tooLarge = new UserError('listTooLarge', { host: address.host, limit: MAX_IMPORT_BYTES / MB });
  if (Number(response.headers.get('content-length')) > MAX_IMPORT_BYTES) {
    await response.body?.cancel();
    throw tooLarge;
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return Buffer.concat(chunks);
    size += chunk.value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader?.cancel();
      throw tooLarge;
    }
    chunks.push(chunk.value);
  }
}

/** Why a connection failed, as the system names it (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED …). */
function networkDetail(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return error instanceof Error ? error.message : String(error);
}

async function downloadList(address: ListAddress, token: string | undefined, last: FollowState | null, options: CheckOptions): Promise<Download> {
  const headers = new Headers({ accept: ACCEPT });
  const authorization = token ? `Bearer ${token}` : address.basicAuth;
  if (authorization) headers.set('authorization', authorization);
  if (last?.etag) headers.set('if-none-match', last.etag);
  if (last?.lastModified) headers.set('if-modified-since', last.lastModified);
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  // A timer of our own, cleared when the download ends: AbortSignal.timeout's would outlive it, and a stopped kiosk.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    const response = await fetch(address.url, { headers, signal: options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal });
    const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    if (response.status === 304) return { bytes: null, ...validators };
    if (!response.ok) {
      await response.body?.cancel();
      throw httpFailure(response.status, address);
    }
    return { bytes: await readCapped(response, address), ...validators };
  } catch (error) {
    if (error instanceof UserError || options.signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new UserError('listTimeout', { host: address.host, seconds: timeoutMs / 1000 }, 'internal');
    throw new UserError('listUnreachable', { host: address.host, detail: networkDetail(error) }, 'internal');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches the list once and, when it changed since the last good fetch,
 * imports it (in one transaction with the follow state, so a fatal problem
 * changes nothing). The server is asked with the ETag and Last-Modified it
 * gave last time; one that gives neither has its bytes compared. A failed
 * fetch or an unreadable list is recorded and returned, never thrown; only a
 * bad address, a missing event or stopping (the signal) throw.
 */
export async function fetchListOnce(core: Core, source: ListSource, options: CheckOptions = {}): Promise<CheckResult> {
  const address = listAddress(source.url);
  core.requireEventSync();
  const mapping = JSON.stringify(source.mapping ?? {});
  const stored = storedStateSync(core);
  const previous = stored?.url === address.shown ? stored : null;
  // The last fetch speaks for the list Innsjekk holds only if nothing else was imported since, and with the same mapping.
  const unforced = !options.force && !options.dryRun;
  const last = unforced && previous?.mapping === mapping && previous.importedRevision === listRevisionSync(core) ? previous : null;
  const at = new Date().toISOString();
  const record = (changes: Partial<FollowState>): void => {
    if (options.dryRun) return;
    const base: FollowState = previous ?? {
      url: address.shown,
      etag: null,
      lastModified: null,
      contentHash: null,
      mapping,
      importedRevision: null,
      lastCheckedAt: null,
      lastChangedAt: null,
      lastError: null,
      lastErrorAt: null,
    };
    setMetaValueSync(core, FOLLOW_KEY, JSON.stringify({ ...base, ...changes, lastCheckedAt: at }));
  };
  try {
    const download = await downloadList(address, source.token, last, options);
    const contentHash = download.bytes && crypto.createHash('sha256').update(download.bytes).digest('base64url');
    if (download.bytes === null || (last !== null && contentHash === last.contentHash)) {
      record({ etag: download.etag ?? last?.etag ?? null, lastModified: download.lastModified ?? last?.lastModified ?? null, lastError: null, lastErrorAt: null });
      return { outcome: 'unchanged', at, listRevision: listRevisionSync(core) };
    }
    const bytes = download.bytes;
    const summary = core.transaction((): ImportSummary => {
      let imported: ImportSummary;
      try {
        imported = importRegistrantsSync(core, bytes, {
          fileName: address.shown,
          mapping: source.mapping,
          dryRun: options.dryRun ?? false,
          allowCancel: unforced ? 0 : options.allowCancel,
        });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        // An organiser who asked for the import confirms the cancellations by their number; nobody is there to confirm a check's.
        if (error.key === 'importNeedsCancelConfirmation' && !unforced) throw error;
        const reason = error.key === 'importNeedsCancelConfirmation' ? new UserError('listWouldCancelMany', error.params) : error;
        throw new UserError('listImportFailed', { reason: reason.message }, reason.kind);
      }
      record({
        etag: download.etag,
        lastModified: download.lastModified,
        contentHash,
        mapping,
        importedRevision: imported.listRevision,
        lastChangedAt: at,
        lastError: null,
        lastErrorAt: null,
      });
      return imported;
    });
    return { outcome: 'changed', at, listRevision: summary.listRevision, summary };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const failure =
      error instanceof UserError
        ? error
        : new UserError('listCheckFailed', { detail: error instanceof Error ? error.message : String(error) }, 'internal');
    record({ lastError: failure.stored(), lastErrorAt: at });
    return { outcome: 'failed', at, listRevision: listRevisionSync(core), error: failure };
  }
}

/** How to follow a list. */
export interface FollowOptions {
  /** Minutes between checks; fractions allowed. */
  readonly intervalMinutes: number;
  /** When to stop checking: the event's start; a function is asked again before each wait, so a moved start counts. */
  readonly until: Date | (() => Date);
  /** Called after every check. */
  readonly onResult: (result: CheckResult) => void;
}

/** Why following ended. */
export type FollowEnd = 'eventStarted' | 'stopped';

/** A list being followed. */
export interface Follow {
  /** Settles when following ends; rejects only when onResult throws. */
  readonly finished: Promise<FollowEnd>;
  /** Stops following, abandoning a fetch under way; resolves once it has ended. */
  stop(): Promise<void>;
}

/**
 * Checks the list now and then every interval until the event starts or
 * following is stopped. The first check always runs, so following a list
 * once the event is under way imports it once. Throws at once for a bad
 * address or a missing event, which no check could get past.
 */
export function followList(core: Core, source: ListSource, options: FollowOptions): Follow {
  listAddress(source.url);
  core.requireEventSync();
  const stopping = new AbortController();
  const { signal } = stopping;
  const intervalMs = Math.min(options.intervalMinutes * 60_000, MAX_DELAY_MS);
  const until = (): number => (typeof options.until === 'function' ? options.until() : options.until).getTime();
  const run = async (): Promise<FollowEnd> => {
    for (;;) {
      try {
        options.onResult(await fetchListOnce(core, source, { signal }));
      } catch (error) {
        if (signal.aborted) return 'stopped';
        throw error;
      }
      const left = until() - Date.now();
      if (left <= 0) return 'eventStarted';
      await sleep(Math.min(intervalMs, left), undefined, { signal }).catch(() => undefined);
      if (signal.aborted) return 'stopped';
      if (Date.now() >= until()) return 'eventStarted';
    }
  };
  const finished = run();
  return {
    finished,
    stop: async () => {
      stopping.abort();
      await finished.catch(() => undefined);
    },
  };
}
