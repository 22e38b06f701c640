/**
 * Sending the confirmation emails, resumably: every email's state is stored in
 * the outbox, each email is claimed, sent and marked in steps of their own, so
 * a run that stops half-way is simply run again and sends only the rest.
 */
import type { MailKind } from '../../../shared/domain.js';
import { storedText, UserError, type StoredText } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { eventSettingsSync } from '../event-settings.js';
import { codeRowSync } from '../registrants.js';
import { composeMailFor } from './compose.js';
import { isMailAddress, newMessageId, parseMailbox, SendFailure, type MailTransport } from './transport.js';

/** One registrant whose email did not go, and why. */
export interface MailFailure {
  readonly id: string;
  readonly reason: StoredText;
}

/** Where the emails stand for everyone who should have one (all but the cancelled). */
export interface MailStatus {
  readonly queued: number;
  readonly sent: number;
  readonly failed: readonly MailFailure[];
}

/** What a run did. */
export interface SendSummary {
  /** Emails this run was to send. */
  readonly total: number;
  readonly sent: number;
  readonly failed: readonly MailFailure[];
}

/** How to send. */
export interface SendOptions {
  /** The sender, `navn@domene.no` or `Navn <navn@domene.no>`. */
  readonly from: string;
  readonly transport: MailTransport;
  /** Send to this registrant alone, again even when already sent. */
  readonly only?: string;
  /** Emails per second at most. */
  readonly rate?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops taking new emails; those on their way finish. */
  readonly signal?: AbortSignal;
}

/** A run under way. */
export interface MailRun {
  readonly total: number;
  /** Resolves when the run is done; rejects with a UserError when it had to stop. */
  readonly finished: Promise<SendSummary>;
}

/**
 * A claim older than this belongs to a run that died; longer than any one
 * SMTP exchange can take with the transport's timeouts.
 */
const CLAIM_LEASE_MS = 5 * 60_000;

interface PendingRow {
  id: string;
  name: string;
  email: string | null;
  code: string;
  kind: MailKind;
}

/** Each registrant's current email: a confirmation when confirmed, else word of the waitlist. */
const CURRENT_MAIL = `
  SELECT r.id, r.name, r.email, r.code,
         CASE r.status WHEN 'confirmed' THEN 'confirmation' ELSE 'waitlist' END AS kind,
         o.state, o.reason
  FROM registrant r
  LEFT JOIN mail_outbox o ON o.registrant_id = r.id
   AND o.kind = CASE r.status WHEN 'confirmed' THEN 'confirmation' ELSE 'waitlist' END
  WHERE r.status != 'cancelled'`;

/** Where the emails stand; a registrant without an outbox row yet counts as queued. */
export function mailStatusSync(core: Core): MailStatus {
  core.requireEventSync();
  const counts = core
    .statement(`SELECT COALESCE(SUM(state = 'sent'), 0) AS sent, COALESCE(SUM(state IS NULL OR state = 'queued'), 0) AS queued FROM (${CURRENT_MAIL})`)
    .get() as { sent: number; queued: number };
  const failed = core.statement(`SELECT id, reason FROM (${CURRENT_MAIL}) WHERE state = 'failed' ORDER BY name COLLATE NOCASE, id`).all() as {
    id: string;
    reason: string;
  }[];
  return { queued: counts.queued, sent: counts.sent, failed: failed.map((f) => ({ id: f.id, reason: JSON.parse(f.reason) as StoredText })) };
}

/** Queues the run's emails in one transaction and returns them. */
function queueSync(core: Core, only: string | undefined): PendingRow[] {
  return core.db.transaction((): PendingRow[] => {
    const now = new Date().toISOString();
    if (only !== undefined) {
      const found = codeRowSync(core, only);
      if (found.status === 'cancelled') throw new UserError('mailCancelledRegistrant', { id: only });
      const row = core.statement(`SELECT id, name, email, code, kind FROM (${CURRENT_MAIL}) WHERE id = ?`).get(only) as PendingRow;
      // A resend on purpose is a new email with a new Message-ID.
      core
        .statement(
          `INSERT INTO mail_outbox (registrant_id, kind, state, updated_at) VALUES (?, ?, 'queued', ?)
           ON CONFLICT (registrant_id, kind) DO UPDATE SET state = 'queued', message_id = NULL, reason = NULL, updated_at = excluded.updated_at`,
        )
        .run(row.id, row.kind, now);
      return [row];
    }
    core
      .statement(
        `INSERT INTO mail_outbox (registrant_id, kind, state, updated_at)
         SELECT id, kind, 'queued', ? FROM (${CURRENT_MAIL}) WHERE state IS NULL`,
      )
      .run(now);
    return core.statement(`SELECT id, name, email, code, kind FROM (${CURRENT_MAIL}) WHERE state != 'sent' ORDER BY name COLLATE NOCASE, id`).all() as PendingRow[];
  })();
}

/**
 * Takes one email for this run; null when it is sent already or another run
 * is sending it right now. A claim left by a run that died is taken over with
 * the same Message-ID, so a mail system that got it once can drop the copy.
 */
function claimSync(core: Core, row: PendingRow, messageId: string): string | null {
  const now = Date.now();
  const claimed = core
    .statement(
      `UPDATE mail_outbox SET state = 'queued', attempts = attempts + 1, message_id = COALESCE(message_id, ?), reason = NULL, updated_at = ?
       WHERE registrant_id = ? AND kind = ?
         AND (state = 'failed' OR (state = 'queued' AND (message_id IS NULL OR updated_at < ?)))
       RETURNING message_id`,
    )
    .get(messageId, new Date(now).toISOString(), row.id, row.kind, new Date(now - CLAIM_LEASE_MS).toISOString()) as { message_id: string } | undefined;
  return claimed?.message_id ?? null;
}

function markSentSync(core: Core, row: PendingRow, messageId: string): void {
  core
    .statement("UPDATE mail_outbox SET state = 'sent', message_id = ?, reason = NULL, updated_at = ? WHERE registrant_id = ? AND kind = ?")
    .run(messageId, new Date().toISOString(), row.id, row.kind);
}

function markFailedSync(core: Core, row: PendingRow, reason: StoredText): void {
  core
    .statement("UPDATE mail_outbox SET state = 'failed', reason = ?, updated_at = ? WHERE registrant_id = ? AND kind = ?")
    .run(JSON.stringify(reason), new Date().toISOString(), row.id, row.kind);
}

/** Spaces out starts so that no more than `rate` emails begin in any second. */
function pacer(rate: number | undefined): () => Promise<void> {
  if (rate === undefined) return async () => {};
  const interval = 1000 / rate;
  let next = Date.now();
  return async () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + interval;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  };
}

/**
 * Checks the options and queues the emails at once (throwing a UserError on
 * bad input), then sends in the background: everyone not cancelled who has
 * not had their current email, or the one registrant of `only`.
 */
export function startMailRun(core: Core, options: SendOptions): MailRun {
  const event = core.requireEventSync();
  const from = parseMailbox(options.from);
  if (options.rate !== undefined && !(Number.isFinite(options.rate) && options.rate > 0)) {
    throw new UserError('badMailRate', { value: String(options.rate) });
  }
  const settings = eventSettingsSync(core);
  const pending = queueSync(core, options.only);
  const { transport } = options;
  const pace = pacer(options.rate);

  /** Sends one email; throws when the run must stop. */
  const sendOne = async (row: PendingRow): Promise<'sent' | 'skipped' | MailFailure> => {
    const email = row.email?.trim() ?? '';
    if (!isMailAddress(email)) {
      const reason = storedText(email === '' ? 'mailReasonNoEmail' : 'mailReasonBadEmail');
      markFailedSync(core, row, reason);
      return { id: row.id, reason };
    }
    // Paced before the claim, so that a slow rate never outlasts a claim's lease.
    await pace();
    const messageId = claimSync(core, row, newMessageId(from));
    if (messageId === null) return 'skipped';
    try {
      const content = await composeMailFor({ kind: row.kind, eventId: event.id, settings, registrant: row, now: new Date() });
      const sentId = await transport.send({ registrantId: row.id, kind: row.kind, from, to: { name: row.name, address: email }, messageId, content });
      markSentSync(core, row, sentId);
      return 'sent';
    } catch (error) {
      markFailedSync(core, row, error instanceof SendFailure ? error.reason : storedText('mailReasonUnexpected'));
      if (!(error instanceof SendFailure) || error.stopsRun) throw error;
      return { id: row.id, reason: error.reason };
    }
  };

  const run = async (): Promise<SendSummary> => {
    const failed: MailFailure[] = [];
    let sent = 0;
    let done = 0;
    let next = 0;
    // What stopped the run: a SendFailure that lets no email through, or an unexpected error.
    let stop: unknown = null;
    const worker = async (): Promise<void> => {
      while (stop === null && options.signal?.aborted !== true && next < pending.length) {
        const row = pending[next++]!;
        try {
          const outcome = await sendOne(row);
          if (outcome === 'sent') sent++;
          else if (outcome !== 'skipped') failed.push(outcome);
        } catch (error) {
          stop = error;
        }
        options.onProgress?.(++done, pending.length);
      }
    };
    options.onProgress?.(0, pending.length);
    if (pending.length > 0) {
      try {
        await transport.verify();
      } catch (error) {
        stop = error;
      }
      await Promise.all(Array.from({ length: Math.min(transport.concurrency, pending.length) }, worker));
    }
    if (stop instanceof SendFailure && stop.stopsRun) {
      throw new UserError(stop.stopsRun.key, { ...stop.stopsRun.params, sent: mailStatusSync(core).sent }, 'internal');
    }
    if (stop !== null) throw stop;
    if (options.signal?.aborted) throw new UserError('mailInterrupted', { sent: mailStatusSync(core).sent }, 'internal');
    return { total: pending.length, sent, failed };
  };

  return { total: pending.length, finished: run() };
}
