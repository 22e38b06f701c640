/**
 * The core of one kiosk: its data directory's database, its identity and the
 * event it serves. Every service takes a Core.
 */
import crypto, { type KeyObject } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { idFromBytes } from '../../shared/ids.js';
import { UserError } from '../../shared/i18n.js';
import type { Settings } from '../../shared/contract.js';
import { openDatabaseSync } from './database.js';
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

interface EventRow {
  id: string;
  name: string;
  date: string;
  capacity: number | null;
  public_key: Buffer;
  private_key: Buffer | null;
  event_key: string;
}

const DEFAULT_LANGUAGE = 'nb';

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

/** One kiosk's data directory, opened. */
export class Core {
  readonly db: Database;
  readonly dataDir: string;
  private ownKioskId: string;
  /** Parsed keys, by event id: parsing costs more than reading the row, and an event's keys never change. */
  private keys: { readonly eventId: string; readonly publicKey: KeyObject; readonly privateKey: KeyObject | null } | undefined;
  private readonly statements = new Map<string, Statement>();
  private checkpoints: NodeJS.Timeout | undefined;

  private constructor(db: Database, dataDir: string) {
    this.db = db;
    this.dataDir = dataDir;
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
    this.statement("INSERT OR IGNORE INTO meta (key, value) VALUES ('kiosk_id', ?)").run(idFromBytes(randomIdBytes()));
    return this.metaSync('kiosk_id')!;
  }

  /**
   * Removes the event and everything that belongs to it (the list, the log,
   * the outbox, the hub and its peers, the PIN, the certificate), keeping
   * only the kiosk's name and language; the kiosk gets a new id. One
   * transaction, then a VACUUM so the removed rows leave the file too.
   */
  wipeEventSync(): void {
    const kioskOwn = ['kiosk_name', 'language'];
    this.db.transaction(() => {
      for (const table of ['attendance', 'log', 'registrant', 'list_revision', 'event_setting', 'mail_outbox', 'peer', 'hub', 'event']) {
        this.db.prepare(`DELETE FROM ${table}`).run();
      }
      this.db.prepare(`DELETE FROM meta WHERE key NOT IN (${kioskOwn.map(() => '?').join(', ')})`).run(...kioskOwn);
      this.ownKioskId = this.kioskIdSync();
    })();
    this.keys = undefined;
    this.db.exec('VACUUM');
  }

  /** Opens the data directory, creating and migrating its database as needed. */
  static openSync(dataDir: string): Core {
    return new Core(openDatabaseSync(dataDir), dataDir);
  }

  /** A prepared statement, prepared once per Core. */
  statement(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /**
   * The event, or null when none is set up yet. Read afresh each time: another
   * process on the same data directory (the command line) may have renamed it.
   */
  eventSync(): EventRecord | null {
    const row = this.statement('SELECT * FROM event WHERE singleton = 1').get() as EventRow | undefined;
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
    this.db.transaction(() => {
      const existing = this.statement('SELECT name FROM event').get() as { name: string } | undefined;
      if (existing) throw new UserError('eventExists', { name: existing.name });
      const keys = generateEventKeyPair();
      this.statement(
        `INSERT INTO event (singleton, id, name, date, capacity, public_key, private_key, event_key, created_at)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        idFromBytes(randomIdBytes()),
        input.name.trim(),
        input.date,
        input.capacity,
        keys.publicKey,
        keys.privateKey,
        crypto.randomBytes(24).toString('base64url'),
        new Date().toISOString(),
      );
    })();
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
    this.statement(
      'UPDATE event SET name = COALESCE(?, name), date = COALESCE(?, date), capacity = CASE WHEN ? THEN ? ELSE capacity END WHERE singleton = 1',
    ).run(changes.name?.trim() ?? null, changes.date ?? null, changes.capacity === undefined ? 0 : 1, changes.capacity ?? null);
    return this.requireEventSync();
  }

  /**
   * Takes on an event created on another kiosk (joining its hub): the public
   * key to check codes with, never the private one.
   */
  adoptEventSync(event: { readonly id: string; readonly name: string; readonly date: string; readonly capacity: number | null; readonly publicKey: Buffer; readonly eventKey: string }): void {
    const existing = this.statement('SELECT name FROM event').get() as { name: string } | undefined;
    if (existing) throw new UserError('eventExists', { name: existing.name });
    publicKeyFromDer(event.publicKey);
    this.statement(
      `INSERT INTO event (singleton, id, name, date, capacity, public_key, private_key, event_key, created_at)
       VALUES (1, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    ).run(event.id, event.name, event.date, event.capacity, event.publicKey, event.eventKey, new Date().toISOString());
  }

  /** The event's public key as stored (SPKI DER), to hand to joining kiosks. */
  publicKeyDerSync(): Buffer {
    return (this.statement('SELECT public_key FROM event WHERE singleton = 1').get() as { public_key: Buffer }).public_key;
  }

  /** The kiosk's settings. */
  settingsSync(): Settings {
    const language = this.metaSync('language');
    return {
      kioskName: this.metaSync('kiosk_name') ?? `Kiosk ${this.kioskId.slice(0, 4)}`,
      language: language === 'en' ? 'en' : DEFAULT_LANGUAGE,
    };
  }

  /** Changes some of the kiosk's settings. */
  updateSettingsSync(changes: Partial<Settings>): Settings {
    this.db.transaction(() => {
      if (changes.kioskName !== undefined) this.setMetaSync('kiosk_name', changes.kioskName.trim());
      if (changes.language !== undefined) this.setMetaSync('language', changes.language);
    })();
    return this.settingsSync();
  }

  /**
   * Moves the write-ahead log into the database file between operations,
   * instead of inside whichever scan happens to fill it: a long-running kiosk
   * calls this once. Scans stay durable either way (the log is synced).
   */
  checkpointInBackground(intervalMs: number = CHECKPOINT_INTERVAL_MS): void {
    this.db.pragma('wal_autocheckpoint = 0');
    clearInterval(this.checkpoints);
    this.checkpoints = setInterval(() => this.db.pragma('wal_checkpoint(PASSIVE)'), intervalMs);
    this.checkpoints.unref();
  }

  /** SQLite's data_version: it changes when another connection (another process) commits to the database. */
  dataVersionSync(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Closes the database. */
  closeSync(): void {
    clearInterval(this.checkpoints);
    this.db.close();
  }

  /** A value of this kiosk's own (not the event's) key/value store. */
  metaSync(key: string): string | undefined {
    return (this.statement('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  /** Stores a value of this kiosk's own key/value store. */
  setMetaSync(key: string, value: string): void {
    this.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
