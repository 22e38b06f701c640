/**
 * Migration 1: the event, its registrants, the event log and the attendance
 * derived from it.
 */
import type { Database } from 'better-sqlite3';

export function migrate001Initial(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE event (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      date TEXT NOT NULL,
      capacity INTEGER,
      public_key BLOB NOT NULL,
      private_key BLOB,
      event_key TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE registrant (
      id TEXT PRIMARY KEY,
      ref TEXT,
      barcode TEXT,
      person_key TEXT NOT NULL,
      name TEXT NOT NULL,
      email TEXT,
      organisation TEXT,
      role TEXT,
      status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
      dietary TEXT,
      code TEXT NOT NULL,
      search_text TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      list_revision INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX registrant_ref ON registrant (ref) WHERE ref IS NOT NULL;
    CREATE INDEX registrant_barcode ON registrant (barcode) WHERE barcode IS NOT NULL;
    CREATE INDEX registrant_person_key ON registrant (person_key);

    CREATE TABLE log (
      id TEXT PRIMARY KEY,
      kiosk_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      kiosk_name TEXT NOT NULL,
      station TEXT NOT NULL,
      kind TEXT NOT NULL,
      registrant_id TEXT,
      details TEXT NOT NULL,
      UNIQUE (kiosk_id, seq)
    ) STRICT;
    CREATE INDEX log_registrant ON log (registrant_id);

    CREATE TABLE attendance (
      registrant_id TEXT PRIMARY KEY,
      arrived_at TEXT NOT NULL,
      kiosk_id TEXT NOT NULL,
      kiosk_name TEXT NOT NULL,
      checkin_id TEXT NOT NULL,
      duplicates INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE list_revision (
      revision INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      source TEXT NOT NULL,
      added INTEGER NOT NULL,
      updated INTEGER NOT NULL,
      unchanged INTEGER NOT NULL,
      cancelled INTEGER NOT NULL,
      rejected INTEGER NOT NULL
    ) STRICT;
  `);
}
