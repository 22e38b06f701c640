/**
 * The table `mail_outbox` (every email's state, per registrant and kind):
 * the only module with SQL for it. Its reads join `registrant` (the
 * registrants store's), whose status decides which email is a registrant's
 * current one; it writes no other table.
 */
import type { MailKind } from '../../../shared/domain.js';
import type { StoredText } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { statement } from './connection.js';

/** An email to send: who to, with what code, of which kind. */
export interface PendingMail {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly code: string;
  readonly kind: MailKind;
}

/** Each registrant's current email (a confirmation when confirmed, else word of the waitlist) and its state; none for the cancelled. */
const CURRENT_MAIL = `
  SELECT r.id, r.name, r.email, r.code,
         CASE r.status WHEN 'confirmed' THEN 'confirmation' ELSE 'waitlist' END AS kind,
         o.state, o.reason
  FROM registrant r
  LEFT JOIN mail_outbox o ON o.registrant_id = r.id
   AND o.kind = CASE r.status WHEN 'confirmed' THEN 'confirmation' ELSE 'waitlist' END
  WHERE r.status != 'cancelled'`;

/** How many current emails went, and how many wait (a registrant without an outbox row yet counts as waiting). */
export function mailCountsSync(core: Core): { sent: number; queued: number } {
  return statement(
    core,
    `SELECT COALESCE(SUM(state = 'sent'), 0) AS sent, COALESCE(SUM(state IS NULL OR state = 'queued'), 0) AS queued FROM (${CURRENT_MAIL})`,
  ).get() as { sent: number; queued: number };
}

/** The current emails that failed, and why, by the registrant's name. */
export function failedMailsSync(core: Core): { id: string; reason: StoredText }[] {
  const rows = statement(core, `SELECT id, reason FROM (${CURRENT_MAIL}) WHERE state = 'failed' ORDER BY name COLLATE NOCASE, id`).all() as {
    id: string;
    reason: string;
  }[];
  return rows.map((f) => ({ id: f.id, reason: JSON.parse(f.reason) as StoredText }));
}

/** A registrant's current email; the registrant must exist and not be cancelled. */
export function currentMailOfSync(core: Core, registrantId: string): PendingMail {
  return statement(core, `SELECT id, name, email, code, kind FROM (${CURRENT_MAIL}) WHERE id = ?`).get(registrantId) as PendingMail;
}

/** Queues an email again as a new one: a new Message-ID when it is claimed, whatever became of the last. */
export function requeueMailSync(core: Core, mail: PendingMail, now: string): void {
  statement(
    core,
    `INSERT INTO mail_outbox (registrant_id, kind, state, updated_at) VALUES (?, ?, 'queued', ?)
     ON CONFLICT (registrant_id, kind) DO UPDATE SET state = 'queued', message_id = NULL, reason = NULL, updated_at = excluded.updated_at`,
  ).run(mail.id, mail.kind, now);
}

/** Queues every current email that has no state yet. */
export function queueNewMailSync(core: Core, now: string): void {
  statement(
    core,
    `INSERT INTO mail_outbox (registrant_id, kind, state, updated_at)
     SELECT id, kind, 'queued', ? FROM (${CURRENT_MAIL}) WHERE state IS NULL`,
  ).run(now);
}

/** Every current email not sent, by the registrant's name. */
export function unsentMailSync(core: Core): PendingMail[] {
  return statement(core, `SELECT id, name, email, code, kind FROM (${CURRENT_MAIL}) WHERE state != 'sent' ORDER BY name COLLATE NOCASE, id`).all() as PendingMail[];
}

/**
 * Claims an email for sending, with `messageId` unless it has one already;
 * null when it is sent, or claimed since `staleBefore` by another run.
 */
export function claimMailSync(core: Core, mail: PendingMail, messageId: string, now: string, staleBefore: string): string | null {
  const claimed = statement(
    core,
    `UPDATE mail_outbox SET state = 'queued', attempts = attempts + 1, message_id = COALESCE(message_id, ?), reason = NULL, updated_at = ?
     WHERE registrant_id = ? AND kind = ?
       AND (state = 'failed' OR (state = 'queued' AND (message_id IS NULL OR updated_at < ?)))
     RETURNING message_id`,
  ).get(messageId, now, mail.id, mail.kind, staleBefore) as { message_id: string } | undefined;
  return claimed?.message_id ?? null;
}

/** Records an email as sent, under the Message-ID it went with. */
export function markMailSentSync(core: Core, mail: PendingMail, messageId: string, now: string): void {
  statement(core, "UPDATE mail_outbox SET state = 'sent', message_id = ?, reason = NULL, updated_at = ? WHERE registrant_id = ? AND kind = ?").run(
    messageId,
    now,
    mail.id,
    mail.kind,
  );
}

/** Records why an email did not go. */
export function markMailFailedSync(core: Core, mail: PendingMail, reason: StoredText, now: string): void {
  statement(core, "UPDATE mail_outbox SET state = 'failed', reason = ?, updated_at = ? WHERE registrant_id = ? AND kind = ?").run(
    JSON.stringify(reason),
    now,
    mail.id,
    mail.kind,
  );
}

/** Removes every email's state. */
export function clearOutboxSync(core: Core): void {
  statement(core, 'DELETE FROM mail_outbox').run();
}

/** One registrant's emails, every kind, as stored: what a request for access shows. */
export function mailOfSync(core: Core, registrantId: string): { kind: MailKind; state: string; messageId: string | null; attempts: number; updatedAt: string }[] {
  return statement(
    core,
    'SELECT kind, state, message_id AS messageId, attempts, updated_at AS updatedAt FROM mail_outbox WHERE registrant_id = ? ORDER BY kind',
  ).all(registrantId) as { kind: MailKind; state: string; messageId: string | null; attempts: number; updatedAt: string }[];
}

/** Removes one registrant's emails' state. */
export function clearMailOfSync(core: Core, registrantId: string): void {
  statement(core, 'DELETE FROM mail_outbox WHERE registrant_id = ?').run(registrantId);
}
