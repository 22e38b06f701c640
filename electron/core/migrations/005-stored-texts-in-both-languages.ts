/**
 * Migration 5: the failures kept with rows (why an email was not sent, why the
 * last round with the hub or the last check of a followed list failed) are
 * kept in both languages, as JSON {message, messageEn}. Texts kept before
 * were Norwegian only; they stay as they were, in both places.
 */
import type { Database } from 'better-sqlite3';

export function migrate005StoredTextsInBothLanguages(db: Database): void {
  db.exec(`
    UPDATE mail_outbox SET reason = json_object('message', reason, 'messageEn', reason) WHERE reason IS NOT NULL;
    UPDATE hub SET last_error = json_object('message', last_error, 'messageEn', last_error) WHERE last_error IS NOT NULL;
    UPDATE meta SET value = json_set(value, '$.lastError', json_object('message', value ->> '$.lastError', 'messageEn', value ->> '$.lastError'))
      WHERE key = 'list_follow' AND json_valid(value) AND value ->> '$.lastError' IS NOT NULL;
  `);
}
