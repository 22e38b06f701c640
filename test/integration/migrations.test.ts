import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateSync, SCHEMA_VERSION } from '../../electron/core/migrations/index.js';
import { pinMatches } from '../../electron/core/pin-hash.js';
import { personKey } from '../../shared/import-mapping.js';
import { foldForIdentity, foldForSearch, searchWords } from '../../shared/search-text.js';

const dirs: string[] = [];
function tempDatabase(): BetterSqlite3.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-migrate-'));
  dirs.push(dir);
  return new BetterSqlite3(path.join(dir, 'test.sqlite'));
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 1: initial schema', () => {
  it('creates STRICT tables on an empty file and records the version', () => {
    const db = tempDatabase();
    migrateSync(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['attendance', 'event', 'list_revision', 'log', 'meta', 'registrant']));
    // STRICT: a text where an integer belongs is refused, not silently stored.
    expect(() => db.prepare("INSERT INTO log (id, kiosk_id, seq, at, kiosk_name, station, kind, details) VALUES ('x', 'k', 'not a number', 't', 'n', 's', 'checkin', '{}')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare("INSERT INTO registrant (id, person_key, name, status, code, search_text, content_hash, list_revision, updated_at) VALUES ('a', 'k', 'n', 'maybe', 'c', 's', 'h', 1, 't')").run()).toThrow(/CHECK constraint/);
    db.close();
  });

  it('is applied once: migrating again changes nothing', () => {
    const db = tempDatabase();
    migrateSync(db);
    db.prepare("INSERT INTO meta (key, value) VALUES ('kiosk_id', 'ABC')").run();
    migrateSync(db);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'kiosk_id'").get()).toEqual({ value: 'ABC' });
    db.close();
  });

  it('refuses a database from a newer program', () => {
    const db = tempDatabase();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrateSync(db)).toThrow(/nyere enn dette programmet/);
    db.close();
  });
});

describe('migrations 2 to 5: event settings, the mail outbox, sync, failures in both languages', () => {
  /** A database file at `version` with an event and two registrants in it, closed; returns its path. */
  function fileAt(version: number): string {
    const db = tempDatabase();
    migrateSync(db, version);
    db.prepare("INSERT INTO event (singleton, id, name, date, capacity, public_key, private_key, event_key, created_at) VALUES (1, 'EVENT001', 'Lokaldemokratikonferansen', '2026-03-12', NULL, x'00', NULL, 'key', 't')").run();
    const registrant = db.prepare(
      "INSERT INTO registrant (id, person_key, name, email, status, code, search_text, content_hash, list_revision, updated_at) VALUES (?, ?, ?, ?, ?, 'IJ:code', 's', 'h', 1, 't')",
    );
    registrant.run('REG00001', 'kari', 'Kari Ødegård', 'kari@example.no', 'confirmed');
    registrant.run('REG00002', 'per', 'Per Hansen', null, 'waitlisted');
    const file = db.name;
    db.close();
    return file;
  }

  function rows(db: BetterSqlite3.Database): unknown {
    return { event: db.prepare('SELECT id, name, date FROM event').all(), registrants: db.prepare('SELECT id, name, email, status FROM registrant ORDER BY id').all() };
  }

  it('2: a file at version 1 with rows keeps them, and gains a working event_setting table', () => {
    const file = fileAt(1);
    const before = new BetterSqlite3(file);
    const kept = rows(before);
    before.close();

    const db = new BetterSqlite3(file);
    migrateSync(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(rows(db)).toEqual(kept);
    const set = db.prepare('INSERT INTO event_setting (key, value, updated_at) VALUES (?, ?, ?)');
    set.run('venue', 'Oslo rådhus', 't');
    expect(db.prepare('SELECT value FROM event_setting WHERE key = ?').get('venue')).toEqual({ value: 'Oslo rådhus' });
    expect(() => set.run('venue', 'Et annet sted', 't')).toThrow(/UNIQUE constraint/);
    // STRICT: a blob is not a setting.
    expect(() => set.run('ends', Buffer.from('15:30'), 't')).toThrow(/cannot store BLOB value in TEXT column/);
    db.close();
  });

  it('3: a file at version 2 with rows keeps them, and gains a working mail_outbox', () => {
    const file = fileAt(2);
    const before = new BetterSqlite3(file);
    before.prepare("INSERT INTO event_setting (key, value, updated_at) VALUES ('starts', '10:00', 't')").run();
    const kept = rows(before);
    before.close();

    const db = new BetterSqlite3(file);
    db.pragma('foreign_keys = ON');
    migrateSync(db, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(rows(db)).toEqual(kept);
    expect(db.prepare('SELECT key, value FROM event_setting').all()).toEqual([{ key: 'starts', value: '10:00' }]);

    const add = db.prepare('INSERT INTO mail_outbox (registrant_id, kind, state, message_id, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    add.run('REG00001', 'confirmation', 'sent', '<a@example.no>', null, 't');
    add.run('REG00001', 'waitlist', 'sent', '<b@example.no>', null, 't');
    add.run('REG00002', 'waitlist', 'failed', null, 'mangler e-postadresse', 't');
    expect(db.prepare("SELECT registrant_id, kind, state, attempts FROM mail_outbox WHERE registrant_id = 'REG00001' ORDER BY kind").all()).toEqual([
      { registrant_id: 'REG00001', kind: 'confirmation', state: 'sent', attempts: 0 },
      { registrant_id: 'REG00001', kind: 'waitlist', state: 'sent', attempts: 0 },
    ]);
    // One row per registrant and kind; known states and kinds only; registrants that exist only.
    expect(() => add.run('REG00001', 'confirmation', 'queued', null, null, 't')).toThrow(/UNIQUE constraint/);
    expect(() => add.run('REG00002', 'confirmation', 'sending', null, null, 't')).toThrow(/CHECK constraint/);
    expect(() => add.run('REG00002', 'reminder', 'queued', null, null, 't')).toThrow(/CHECK constraint/);
    expect(() => add.run('NOBODY00', 'confirmation', 'queued', null, null, 't')).toThrow(/FOREIGN KEY constraint/);
    expect(() => db.prepare("UPDATE mail_outbox SET attempts = 'many'").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('4: a file at version 3 with rows and a check-in keeps them, and gains working peer and hub tables', () => {
    const file = fileAt(3);
    const before = new BetterSqlite3(file);
    before
      .prepare("INSERT INTO log (id, kiosk_id, seq, at, kiosk_name, station, kind, registrant_id, details) VALUES ('KIOSK001-1', 'KIOSK001', 1, '2026-03-12T09:05:00.000Z', 'Inngang 1', 'inngang', 'checkin', 'REG00001', ?)")
      .run(JSON.stringify({ by: 'token' }));
    const kept = { ...(rows(before) as object), log: before.prepare('SELECT * FROM log').all() };
    before.close();

    const db = new BetterSqlite3(file);
    migrateSync(db, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect({ ...(rows(db) as object), log: db.prepare('SELECT * FROM log').all() }).toEqual(kept);
    db.prepare("INSERT INTO peer (kiosk_id, kiosk_name, last_seen_at, list_revision, events) VALUES ('KIOSK002', 'Inngang 2', 't', 1, 5)").run();
    expect(db.prepare('SELECT kiosk_name, events FROM peer').all()).toEqual([{ kiosk_name: 'Inngang 2', events: 5 }]);
    db.prepare("INSERT INTO hub (singleton, url, fingerprint, vector) VALUES (1, 'https://10.0.0.5:4681', 'AB', '{}')").run();
    // One hub only, and STRICT columns.
    expect(() => db.prepare("INSERT INTO hub (singleton, url, fingerprint, vector) VALUES (2, 'x', 'y', '{}')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE peer SET events = 'many'").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('5: a file at version 4 keeps its failures, now in both languages, and everything else as it was', () => {
    const file = fileAt(4);
    const before = new BetterSqlite3(file);
    const add = before.prepare('INSERT INTO mail_outbox (registrant_id, kind, state, message_id, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    add.run('REG00001', 'confirmation', 'sent', '<a@example.no>', null, 't');
    add.run('REG00002', 'waitlist', 'failed', null, 'mangler e-postadresse', 't');
    before.prepare("INSERT INTO hub (singleton, url, fingerprint, vector, last_error) VALUES (1, 'https://10.0.0.5:4681', 'AB', '{}', 'Får ikke kontakt med arrangørkiosken.')").run();
    const follow = { url: 'https://example.no/liste.csv', etag: null, lastCheckedAt: 't2', lastError: 'Listen kunne ikke hentes (HTTP 503).', lastErrorAt: 't2' };
    before.prepare("INSERT INTO meta (key, value) VALUES ('list_follow', ?), ('kiosk_id', 'KIOSK001')").run(JSON.stringify(follow));
    const kept = rows(before);
    before.close();

    const db = new BetterSqlite3(file);
    migrateSync(db, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(rows(db)).toEqual(kept);
    const both = (text: string): unknown => ({ message: text, messageEn: text });
    const reasons = db.prepare('SELECT registrant_id, reason FROM mail_outbox ORDER BY registrant_id').all() as { registrant_id: string; reason: string | null }[];
    expect(reasons.map((r) => ({ ...r, reason: r.reason === null ? null : JSON.parse(r.reason) }))).toEqual([
      { registrant_id: 'REG00001', reason: null },
      { registrant_id: 'REG00002', reason: both('mangler e-postadresse') },
    ]);
    expect(JSON.parse(db.prepare('SELECT last_error FROM hub').pluck().get() as string)).toEqual(both('Får ikke kontakt med arrangørkiosken.'));
    const meta = db.prepare('SELECT key, value FROM meta ORDER BY key').all() as { key: string; value: string }[];
    expect(meta.find((m) => m.key === 'kiosk_id')?.value).toBe('KIOSK001');
    expect(JSON.parse(meta.find((m) => m.key === 'list_follow')!.value)).toEqual({ ...follow, lastError: both('Listen kunne ikke hentes (HTTP 503).') });
    db.close();
  });
});

describe('migration 6: the PIN hash made slow', () => {
  it('wraps a PIN hashed the old, fast way, so the same PIN still opens and the old hash is gone', async () => {
    const db = tempDatabase();
    migrateSync(db, 5);
    const salt = crypto.randomBytes(16);
    const oldHash = crypto.scryptSync('4821', salt, 32).toString('base64');
    db.prepare("INSERT INTO meta (key, value) VALUES ('organiser_pin', ?), ('kiosk_id', 'KIOSK001')").run(`scrypt:${salt.toString('base64')}:${oldHash}`);

    migrateSync(db, 6);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    const stored = db.prepare("SELECT value FROM meta WHERE key = 'organiser_pin'").pluck().get() as string;
    expect(stored).not.toContain(oldHash);
    expect(JSON.parse(stored)).toMatchObject({ cost: { N: 2 ** 17, r: 8, p: 1 } });
    expect(await pinMatches(stored, '4821')).toBe(true);
    expect(await pinMatches(stored, '4822')).toBe(false);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'kiosk_id'").pluck().get()).toBe('KIOSK001');
    db.close();
  });

  it('leaves a kiosk without a PIN without one', () => {
    const db = tempDatabase();
    migrateSync(db, 6);
    expect(db.prepare("SELECT COUNT(*) FROM meta WHERE key = 'organiser_pin'").pluck().get()).toBe(0);
  });
});

describe('migration 7: the search text folds "ae" to "a"', () => {
  it('brings search texts folded before to the fold a search uses now, and leaves the person keys', () => {
    const db = tempDatabase();
    migrateSync(db, 6);
    const people = [
      { id: 'REG00001', name: 'Kari Sæther', organisation: 'Træna kommune', email: 'kari.saether@traena.kommune.no' },
      { id: 'REG00002', name: 'Per Aasen', organisation: null, email: null },
    ];
    const oldSearchText = (p: (typeof people)[number]): string => [p.name, p.organisation, p.email].filter((x) => x !== null).map(foldForIdentity).join(' ');
    const insert = db.prepare(
      "INSERT INTO registrant (id, person_key, name, organisation, email, status, code, search_text, content_hash, list_revision, updated_at) VALUES (?, ?, ?, ?, ?, 'confirmed', 'IJ:code', ?, 'h', 1, 't')",
    );
    for (const p of people) insert.run(p.id, personKey(p.name, p.email), p.name, p.organisation, p.email, oldSearchText(p));
    expect(oldSearchText(people[0]!)).toContain('saether');

    migrateSync(db, 7);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    const stored = db.prepare('SELECT id, person_key AS personKey, search_text AS searchText FROM registrant ORDER BY id').all();
    expect(stored).toEqual(
      people.map((p) => ({
        id: p.id,
        personKey: personKey(p.name, p.email),
        searchText: [p.name, p.organisation, p.email].filter((x) => x !== null).map(foldForSearch).join(' '),
      })),
    );
    expect(searchWords('sather').every((w) => (stored[0] as { searchText: string }).searchText.includes(w))).toBe(true);
    db.close();
  });
});

describe('migration 8: the stations read the log by kind, undos by their target, the cloakroom by tag', () => {
  it('keeps a day of events at version 7, and answers the stations from the indexes, not a pass over the log', () => {
    const db = tempDatabase();
    migrateSync(db, 7);
    const add = db.prepare('INSERT INTO log (id, kiosk_id, seq, at, kiosk_name, station, kind, registrant_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    add.run('KIOSK001-1', 'KIOSK001', 1, '2026-03-12T09:05:00.000Z', 'Inngang 1', 'inngang', 'checkin', 'REG00001', JSON.stringify({ by: 'token' }));
    add.run('KIOSK001-2', 'KIOSK001', 2, '2026-03-12T09:06:00.000Z', 'Inngang 1', 'inngang', 'undo', 'REG00001', JSON.stringify({ target: 'KIOSK001-1', reason: 'feil person' }));
    const kept = db.prepare('SELECT * FROM log ORDER BY id').all();

    migrateSync(db, 8);
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT * FROM log ORDER BY id').all()).toEqual(kept);
    const plan = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan("SELECT * FROM log WHERE kind = 'lunch'")).toContain('USING INDEX log_kind');
    expect(plan("SELECT id FROM log WHERE kind = 'undo' AND details ->> '$.target' = 'KIOSK001-1'")).toContain('USING INDEX log_undo_target');
    expect(db.prepare("SELECT id FROM log WHERE kind = 'undo' AND details ->> '$.target' = 'KIOSK001-1'").pluck().all()).toEqual(['KIOSK001-2']);
    expect(plan("SELECT * FROM log WHERE kind IN ('cloak_in', 'cloak_out') AND details ->> '$.tag' = 214")).toContain('USING INDEX log_cloak_tag');
    // The derived tables start empty (a log from before holds no station events), STRICT.
    expect(db.prepare('SELECT COUNT(*) FROM cloak_hand_in').pluck().get()).toBe(0);
    expect(() => db.prepare("INSERT INTO lunch_serving (id, registrant_id, again) VALUES ('x', NULL, 2)").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO cloak_hand_in (id, tag, at, kiosk_name) VALUES ('x', 'to', 't', 'k')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    // Still STRICT: a tag is details, the columns keep their types.
    expect(() => add.run('KIOSK001-3', 'KIOSK001', 'three', 't', 'Garderobe', 'garderobe', 'cloak_in', null, '{}')).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });
});

describe('migration 9: the door on a full day', () => {
  it('keeps a day at version 8, counts it in the running tally, queues its waitlisted scans, and keeps the tally with later changes', () => {
    const db = tempDatabase();
    migrateSync(db, 8);
    const registrant = db.prepare(
      "INSERT INTO registrant (id, person_key, name, status, code, search_text, content_hash, list_revision, updated_at) VALUES (?, ?, ?, ?, 'IJ:code', 's', 'h', 1, 't')",
    );
    registrant.run('REG00001', 'kari', 'Kari Nordmann', 'confirmed');
    registrant.run('REG00002', 'per', 'Per Venter', 'waitlisted');
    registrant.run('REG00003', 'aud', 'Aud Borte', 'cancelled');
    const add = db.prepare('INSERT INTO log (id, kiosk_id, seq, at, kiosk_name, station, kind, registrant_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    add.run('KIOSK001-1', 'KIOSK001', 1, '2026-03-12T09:05:00.000Z', 'Inngang 1', 'inngang', 'checkin', 'REG00001', JSON.stringify({ by: 'token' }));
    add.run('KIOSK001-2', 'KIOSK001', 2, '2026-03-12T09:06:00.000Z', 'Inngang 1', 'inngang', 'scan', 'REG00002', JSON.stringify({ by: 'token', verdict: 'waitlisted' }));
    add.run('KIOSK001-3', 'KIOSK001', 3, '2026-03-12T09:07:00.000Z', 'Inngang 1', 'inngang', 'scan', 'REG00002', JSON.stringify({ by: 'token', verdict: 'waitlisted' }));
    db.prepare("INSERT INTO attendance (registrant_id, arrived_at, kiosk_id, kiosk_name, checkin_id, duplicates) VALUES ('REG00001', '2026-03-12T09:05:00.000Z', 'KIOSK001', 'Inngang 1', 'KIOSK001-1', 0)").run();
    const kept = { log: db.prepare('SELECT * FROM log ORDER BY id').all(), registrants: db.prepare('SELECT id, name, status FROM registrant ORDER BY id').all() };

    migrateSync(db, 9);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect({ log: db.prepare('SELECT * FROM log ORDER BY id').all(), registrants: db.prepare('SELECT id, name, status FROM registrant ORDER BY id').all() }).toEqual(kept);
    const tally = () => db.prepare('SELECT total, confirmed, waitlisted, cancelled, walk_ins, arrived, inside, exits FROM door_tally').get();
    expect(tally()).toEqual({ total: 3, confirmed: 1, waitlisted: 1, cancelled: 1, walk_ins: 0, arrived: 1, inside: 1, exits: 0 });
    expect(db.prepare('SELECT registrant_id, since FROM door_wait').all()).toEqual([{ registrant_id: 'REG00002', since: '2026-03-12T09:06:00.000Z' }]);
    expect(db.prepare("SELECT inside, exits, reentries, from_waitlist, forced, note FROM attendance JOIN registrant ON id = registrant_id").get()).toEqual({ inside: 1, exits: 0, reentries: 0, from_waitlist: 0, forced: 0, note: null });

    // The triggers keep the tally: a status changed, a registrant gone, an attendance row replaced.
    db.prepare("UPDATE registrant SET status = 'confirmed' WHERE id = 'REG00002'").run();
    db.prepare("DELETE FROM registrant WHERE id = 'REG00003'").run();
    db.prepare("DELETE FROM attendance WHERE registrant_id = 'REG00001'").run();
    db.prepare("INSERT INTO attendance (registrant_id, arrived_at, kiosk_id, kiosk_name, checkin_id, duplicates, inside, exits) VALUES ('REG00001', 't', 'KIOSK001', 'Inngang 1', 'KIOSK001-1', 0, 0, 1)").run();
    expect(tally()).toEqual({ total: 2, confirmed: 2, waitlisted: 0, cancelled: 0, walk_ins: 0, arrived: 1, inside: 0, exits: 1 });

    // Run again on a database rewound to version 8, as the migration 6 test does: no harm, the tally counted afresh.
    db.pragma('user_version = 8');
    migrateSync(db);
    expect(tally()).toEqual({ total: 2, confirmed: 2, waitlisted: 0, cancelled: 0, walk_ins: 0, arrived: 1, inside: 0, exits: 1 });
    db.close();
  });
});

describe('migration 10: the stations count from running totals', () => {
  it('derives the totals from the rows at version 9, and keeps them as arrivals, lunches and the list change', () => {
    const db = tempDatabase();
    migrateSync(db, 9);
    const registrant = db.prepare(
      "INSERT INTO registrant (id, person_key, name, organisation, status, dietary, code, search_text, content_hash, list_revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'IJ:code', 's', 'h', 1, 't')",
    );
    registrant.run('REG00001', 'kari', 'Kari Ødegård', 'Vågå kommune', 'confirmed', 'Glutenfri');
    registrant.run('REG00002', 'per', 'Per Hansen', null, 'confirmed', 'Glutenfri');
    registrant.run('REG00003', 'ola', 'Ola Nordmann', null, 'waitlisted', null);
    const arrive = db.prepare("INSERT INTO attendance (registrant_id, arrived_at, kiosk_id, kiosk_name, checkin_id, duplicates) VALUES (?, 't', 'KIOSK001', 'Inngang 1', ?, 0)");
    arrive.run('REG00001', 'KIOSK001-1');
    arrive.run('REG00002', 'KIOSK001-2');
    const serve = db.prepare('INSERT INTO lunch_serving (id, registrant_id, again) VALUES (?, ?, ?)');
    serve.run('LUNCH001-1', 'REG00001', 0);
    serve.run('LUNCH001-2', 'REG00003', 0);
    serve.run('LUNCH001-3', null, 0);
    serve.run('LUNCH001-4', 'REG00001', 1);
    const handIn = db.prepare("INSERT INTO cloak_hand_in (id, tag, registrant_id, at, kiosk_name, collected_id, collected_at) VALUES (?, ?, ?, ?, 'Garderobe', ?, NULL)");
    handIn.run('CLOAK001-1', 214, 'REG00001', '2026-03-12T09:10:00.000Z', null);
    handIn.run('CLOAK001-2', 7, null, '2026-03-12T09:11:00.000Z', null);
    handIn.run('CLOAK001-3', 9, 'REG00002', '2026-03-12T09:12:00.000Z', 'CLOAK001-4');
    const kept = db.prepare('SELECT * FROM cloak_hand_in ORDER BY id').all();

    migrateSync(db, 10);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare('SELECT * FROM cloak_hand_in ORDER BY id').all()).toEqual(kept);
    const dietary = () => db.prepare('SELECT * FROM dietary_total ORDER BY dietary').all();
    // Kari and Per arrived with gluten-free lunches, Kari has eaten; Ola ate without arriving.
    expect(dietary()).toEqual([
      { dietary: '', arrived: 0, eaten_arrived: 0, eaten_not_arrived: 1 },
      { dietary: 'Glutenfri', arrived: 2, eaten_arrived: 1, eaten_not_arrived: 0 },
    ]);
    const uncollected = () => db.prepare('SELECT tag, id, owner_id, name, organisation FROM cloak_uncollected ORDER BY tag, at').all();
    expect(uncollected()).toEqual([
      { tag: 7, id: 'CLOAK001-2', owner_id: null, name: null, organisation: null },
      { tag: 214, id: 'CLOAK001-1', owner_id: 'REG00001', name: 'Kari Ødegård', organisation: 'Vågå kommune' },
    ]);

    // The list changes a guest's dietary column and name: the totals and the hanging tag follow, whoever wrote it.
    db.prepare("UPDATE registrant SET dietary = 'Vegetar', name = 'Kari Ødegård Berg' WHERE id = 'REG00001'").run();
    expect(dietary()).toEqual([
      { dietary: '', arrived: 0, eaten_arrived: 0, eaten_not_arrived: 1 },
      { dietary: 'Glutenfri', arrived: 1, eaten_arrived: 0, eaten_not_arrived: 0 },
      { dietary: 'Vegetar', arrived: 1, eaten_arrived: 1, eaten_not_arrived: 0 },
    ]);
    expect(uncollected()[1]).toMatchObject({ owner_id: 'REG00001', name: 'Kari Ødegård Berg' });
    db.prepare("DELETE FROM registrant WHERE id = 'REG00001'").run();
    expect(uncollected()[1]).toMatchObject({ owner_id: null, name: null });
    const afterDelete = [
      { dietary: '', arrived: 1, eaten_arrived: 1, eaten_not_arrived: 1 },
      { dietary: 'Glutenfri', arrived: 1, eaten_arrived: 0, eaten_not_arrived: 0 },
    ];
    expect(dietary().filter((row) => (row as { arrived: number }).arrived > 0)).toEqual(afterDelete);

    const plan = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan("SELECT COUNT(*) FROM registrant WHERE status = 'cancelled'")).toContain('COVERING INDEX registrant_status');
    expect(plan('SELECT COUNT(*) FROM lunch_serving WHERE registrant_id IS NULL')).toContain('INDEX lunch_serving_anonymous');
    expect(plan('SELECT COUNT(*) FROM lunch_serving WHERE again = 1')).toContain('INDEX lunch_serving_again');
    expect(plan('SELECT tag, at FROM cloak_uncollected ORDER BY tag, at')).not.toContain('TEMP B-TREE');
    expect(() => db.prepare("INSERT INTO lunch_guest (registrant_id, dietary, arrived, eaten) VALUES ('x', '', 2, 0)").run()).toThrow(/CHECK constraint/);

    // Run again on a database rewound to version 9 (as private-files.test does), it derives the same totals.
    db.pragma('user_version = 9');
    migrateSync(db, 10);
    expect(dietary()).toEqual(afterDelete);
    db.close();
  });
});

describe('migration 11: the lunches expected follow the exits', () => {
  it('counts the lunch guests at version 10 again: one who went out without lunch is no longer expected, one fed stays', () => {
    const db = tempDatabase();
    migrateSync(db, 10);
    const registrant = db.prepare(
      "INSERT INTO registrant (id, person_key, name, status, dietary, code, search_text, content_hash, list_revision, updated_at) VALUES (?, ?, ?, 'confirmed', ?, 'IJ:code', 's', 'h', 1, 't')",
    );
    registrant.run('REG00001', 'kari', 'Kari Inne', 'Glutenfri');
    registrant.run('REG00002', 'per', 'Per Ute', 'Glutenfri');
    registrant.run('REG00003', 'ola', 'Ola Mett', 'Glutenfri');
    const arrive = db.prepare("INSERT INTO attendance (registrant_id, arrived_at, kiosk_id, kiosk_name, checkin_id, duplicates, inside, exits) VALUES (?, 't', 'KIOSK001', 'Inngang 1', ?, 0, ?, ?)");
    arrive.run('REG00001', 'KIOSK001-1', 1, 0);
    arrive.run('REG00002', 'KIOSK001-2', 0, 1);
    arrive.run('REG00003', 'KIOSK001-3', 0, 1);
    db.prepare("INSERT INTO lunch_serving (id, registrant_id, again) VALUES ('LUNCH001-1', 'REG00003', 0)").run();
    // As migration 10 counted them, every arrival expected.
    db.pragma('user_version = 9');
    migrateSync(db, 10);
    const dietary = () => db.prepare('SELECT * FROM dietary_total ORDER BY dietary').all();
    expect(dietary()).toEqual([{ dietary: 'Glutenfri', arrived: 3, eaten_arrived: 1, eaten_not_arrived: 0 }]);

    migrateSync(db, 11);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.prepare('SELECT registrant_id, arrived, eaten FROM lunch_guest ORDER BY registrant_id').all()).toEqual([
      { registrant_id: 'REG00001', arrived: 1, eaten: 0 },
      { registrant_id: 'REG00003', arrived: 1, eaten: 1 },
    ]);
    expect(dietary()).toEqual([{ dietary: 'Glutenfri', arrived: 2, eaten_arrived: 1, eaten_not_arrived: 0 }]);

    // Run again on a database rewound to version 9 (as private-files.test does): the same.
    db.pragma('user_version = 9');
    migrateSync(db);
    expect(dietary()).toEqual([{ dietary: 'Glutenfri', arrived: 2, eaten_arrived: 1, eaten_not_arrived: 0 }]);
    db.close();
  });
});
