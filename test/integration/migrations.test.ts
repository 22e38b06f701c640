import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateSync, SCHEMA_VERSION } from '../../electron/core/migrations/index.js';

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
