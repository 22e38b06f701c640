/**
 * The core of one kiosk: its data directory's database, its identity and the
 * event it serves. Every service takes a Core.
 */
import crypto, { type KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { idFromBytes } from '../../shared/ids.js';
import { UserError } from '../../shared/i18n.js';
import type { Settings } from '../../shared/contract.js';
import { openDatabaseSync } from './database.js';
import { attachDatabase } from './store/connection.js';
import { clearHubSync } from './store/hub-store.js';
import { clearLogSync } from './store/log-store.js';
import { clearEventSync, dropPrivateKeySync, eventRowSync, initialMetaValueSync, insertEventSync, metaValueSync, setMetaValueSync, updateEventRowSync } from './store/meta-store.js';
import { clearOutboxSync } from './store/outbox-store.js';
import { clearStationsSync } from './store/station-store.js';
import { clearRegistrantsSync } from './store/registrants-store.js';
import { generateEventKeyPair, privateKeyFromDer, publicKeyFromDer, randomIdBytes } from './tokens.js';

const CHECKPOINT_INTERVAL_MS = 5000;

/** The event this data directory serves. */
export interface EventRecord {
  readonly id: string;
  readonly name: string;
  readonly date: string;
  readonly capacity: number | null;
  /** The shared secret every API request must carry. */
  readonly eventKey: string;
  readonly publicKey: KeyObject;
  /** Only on the organiser's machine, where the event was created. */
  readonly privateKey: KeyObject | null;
}

/** What `init` needs to create an event. */
export interface NewEvent {
  readonly name: string;
  readonly date: string;
  readonly capacity: number | null;
}

const DEFAULT_LANGUAGE = 'nb';
/** The meta keys of what belongs to the kiosk rather than to its event. */
const KIOSK_ID_KEY = 'kiosk_id';
const KIOSK_NAME_KEY = 'kiosk_name';
const LANGUAGE_KEY = 'language';

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Refuses a capacity that is not a whole number above 0; null means no limit. */
function checkCapacity(capacity: number | null): void {
  if (capacity !== null && (!Number.isInteger(capacity) || capacity <= 0)) throw new UserError('badCapacity', { value: String(capacity) });
}

/**
 * One kiosk's data directory, opened. Its database is its own: the stores
 * (store/) hold every statement on it, and use cases that write several
 * stores' tables at once run them in `transaction`.
 */
export class Core {
  readonly #database: Database;
  readonly dataDir: string;
  private ownKioskId: string;
  /** Parsed keys, by event id: parsing costs more than reading the row, and an event's keys never change. */
  private keys: { readonly eventId: string; readonly publicKey: KeyObject; readonly privateKey: KeyObject | null } | undefined;
  private checkpoints: NodeJS.Timeout | undefined;

  private constructor(database: Database, dataDir: string) {
    this.#database = database;
    this.dataDir = dataDir;
    attachDatabase(this, database);
    this.ownKioskId = this.kioskIdSync();
  }

  /**
   * This kiosk's id: made with the data directory, and made anew only when
   * the kiosk leaves its event, so its numbering can start again at 1
   * without clashing with the events it made before.
   */
  get kioskId(): string {
    return this.ownKioskId;
  }

  private kioskIdSync(): string {
    return initialMetaValueSync(this, KIOSK_ID_KEY, idFromBytes(randomIdBytes()));
  }

  /**
   * Removes the event and everything that belongs to it (the list, the log,
   * the outbox, the hub and its peers, the PIN, the certificate), keeping
   * only the kiosk's name and language; the kiosk gets a new id. One
   * transaction, then compactSync so the removed rows leave the files too.
   */
  wipeEventSync(): void {
    this.transaction(() => {
      clearStationsSync(this);
      clearLogSync(this);
      // The outbox before the list: its rows refer to registrants.
      clearOutboxSync(this);
      clearRegistrantsSync(this);
      clearHubSync(this);
      clearEventSync(this, [KIOSK_NAME_KEY, LANGUAGE_KEY]);
      this.ownKioskId = this.kioskIdSync();
    });
    this.keys = undefined;
    this.compactSync();
  }

  /**
   * Removes the event's private signing key (a purge: no code is made after
   * it); the public key still checks the codes made before.
   */
  dropSigningKeySync(): void {
    dropPrivateKeySync(this);
    this.keys = undefined;
  }

  /**
   * Rewrites the database file without its free pages (a VACUUM, its copy
   * kept in memory rather than in a temporary file) and empties the
   * write-ahead log's file, so no deleted or overwritten row remains in the
   * bytes of any file of the data directory. False when another process
   * reading the database kept the log from being emptied: call again later.
   */
  compactSync(): boolean {
    this.#database.pragma('temp_store = MEMORY');
    this.#database.exec('VACUUM');
    return this.emptyLogSync();
  }

  /** Moves the write-ahead log into the database and empties its file; false when a reader in another process kept it from that. */
  emptyLogSync(): boolean {
    const [result] = this.#database.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  }

  /** Opens the data directory, creating and migrating its database as needed. */
  static openSync(dataDir: string): Core {
    return new Core(openDatabaseSync(dataDir), dataDir);
  }

  /** Runs `work` in one transaction (inside another one: a savepoint), for use cases that write several stores' tables. */
  transaction<T>(work: () => T): T {
    return this.#database.transaction(work)();
  }

  /**
   * The event, or null when none is set up yet. Read afresh each time: another
   * process on the same data directory (the command line) may have renamed it.
   */
  eventSync(): EventRecord | null {
    const row = eventRowSync(this);
    if (!row) return null;
    if (this.keys?.eventId !== row.id) {
      this.keys = {
        eventId: row.id,
        publicKey: publicKeyFromDer(row.public_key),
        privateKey: row.private_key ? privateKeyFromDer(row.private_key) : null,
      };
    }
    return { id: row.id, name: row.name, date: row.date, capacity: row.capacity, eventKey: row.event_key, publicKey: this.keys.publicKey, privateKey: this.keys.privateKey };
  }

  /** The event; a clear error when none is set up. */
  requireEventSync(): EventRecord {
    const event = this.eventSync();
    if (!event) throw new UserError('noEvent');
    return event;
  }

  /** Creates the event and its keys; refuses when there is one already. */
  createEventSync(input: NewEvent): EventRecord {
    if (!input.name.trim()) throw new UserError('missingName');
    if (!isIsoDate(input.date)) throw new UserError('badDate', { value: input.date });
    checkCapacity(input.capacity);
    this.transaction(() => {
      this.refuseSecondEventSync();
      const keys = generateEventKeyPair();
      insertEventSync(
        this,
        {
          id: idFromBytes(randomIdBytes()),
          name: input.name.trim(),
          date: input.date,
          capacity: input.capacity,
          public_key: keys.publicKey,
          private_key: keys.privateKey,
          event_key: crypto.randomBytes(24).toString('base64url'),
        },
        new Date().toISOString(),
      );
    });
    return this.requireEventSync();
  }

  /**
   * Renames or moves the event, or changes its capacity (null: no limit); its
   * id and keys, and so every issued code, stay valid.
   */
  updateEventSync(changes: { readonly name?: string; readonly date?: string; readonly capacity?: number | null }): EventRecord {
    this.requireEventSync();
    if (changes.name !== undefined && !changes.name.trim()) throw new UserError('missingName');
    if (changes.date !== undefined && !isIsoDate(changes.date)) throw new UserError('badDate', { value: changes.date });
    if (changes.capacity !== undefined) checkCapacity(changes.capacity);
    updateEventRowSync(this, { ...changes, name: changes.name?.trim() });
    return this.requireEventSync();
  }

  /**
   * Takes on an event created on another kiosk (joining its hub): the public
   * key to check codes with, never the private one.
   */
  adoptEventSync(event: { readonly id: string; readonly name: string; readonly date: string; readonly capacity: number | null; readonly publicKey: Buffer; readonly eventKey: string }): void {
    this.refuseSecondEventSync();
    publicKeyFromDer(event.publicKey);
    insertEventSync(
      this,
      { id: event.id, name: event.name, date: event.date, capacity: event.capacity, public_key: event.publicKey, private_key: null, event_key: event.eventKey },
      new Date().toISOString(),
    );
  }

  private refuseSecondEventSync(): void {
    const existing = eventRowSync(this);
    if (existing) throw new UserError('eventExists', { name: existing.name });
  }

  /** The event's public key as stored (SPKI DER), to hand to joining kiosks. */
  publicKeyDerSync(): Buffer {
    return eventRowSync(this)!.public_key;
  }

  /** The kiosk's settings. */
  settingsSync(): Settings {
    const language = metaValueSync(this, LANGUAGE_KEY);
    return {
      kioskName: metaValueSync(this, KIOSK_NAME_KEY) ?? `Kiosk ${this.kioskId.slice(0, 4)}`,
      language: language === 'en' ? 'en' : DEFAULT_LANGUAGE,
    };
  }

  /** Changes some of the kiosk's settings. */
  updateSettingsSync(changes: Partial<Settings>): Settings {
    this.transaction(() => {
      if (changes.kioskName !== undefined) setMetaValueSync(this, KIOSK_NAME_KEY, changes.kioskName.trim());
      if (changes.language !== undefined) setMetaValueSync(this, LANGUAGE_KEY, changes.language);
    });
    return this.settingsSync();
  }

  /**
   * Moves the write-ahead log into the database file between operations,
   * instead of inside whichever scan happens to fill it: a long-running kiosk
   * calls this once. Scans stay durable either way (the log is synced).
   */
  checkpointInBackground(intervalMs: number = CHECKPOINT_INTERVAL_MS): void {
    this.#database.pragma('wal_autocheckpoint = 0');
    clearInterval(this.checkpoints);
    this.checkpoints = setInterval(() => this.checkpointSync(), intervalMs);
    this.checkpoints.unref();
  }

  /** Moves the write-ahead log into the database file now; TRUNCATE also empties the log's file. */
  checkpointSync(mode: 'PASSIVE' | 'TRUNCATE' = 'PASSIVE'): void {
    this.#database.pragma(`wal_checkpoint(${mode})`);
  }

  /**
   * How long each commit waits for the disk from now on (PRAGMA synchronous).
   * FULL, as opened, keeps an acknowledged arrival through a power cut; only
   * the bench and tests, which run many kiosks on one disk, ask for less.
   */
  setSynchronousSync(level: 'FULL' | 'NORMAL' | 'OFF'): void {
    this.#database.pragma(`synchronous = ${level}`);
  }

  /** SQLite's data_version: it changes when another connection (another process) commits to the database. */
  dataVersionSync(): number {
    return this.#database.pragma('data_version', { simple: true }) as number;
  }

  /** Closes the database. */
  closeSync(): void {
    clearInterval(this.checkpoints);
    this.#database.close();
  }
}
