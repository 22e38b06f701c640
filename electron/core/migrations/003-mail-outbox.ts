/**
 * Migration 3: the confirmation emails' outbox, one row per registrant and
 * kind of email, so sending can resume after a failure and never sends twice.
 */
import type { Database } from 'better-sqlite3';

/** Adds the mail_outbox table. */
export function migrate003MailOutbox(db: Database): void {
  db.exec(`
    CREATE TABLE mail_outbox (
      registrant_id TEXT NOT NULL REFERENCES registrant (id),
      kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'waitlist')),
      state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
      -- Set when a send is claimed and kept when it succeeds; a retry after an
      -- unclear failure reuses it, so the recipient's mail system can drop a duplicate.
      message_id TEXT,
      reason TEXT,
      attempts INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (registrant_id, kind)
    ) STRICT;
    CREATE INDEX mail_outbox_state ON mail_outbox (state);
  `);
}
