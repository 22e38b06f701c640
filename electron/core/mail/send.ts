/**
 * Sending the confirmation emails, resumably: every email's state is stored in
 * the outbox, each email is claimed, sent and marked in steps of their own, so
 * a run that stops half-way is simply run again and sends only the rest.
 */
import { storedText, UserError, type StoredText } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { eventSettingsSync } from '../event-settings.js';
import { codeRowSync } from '../registrants.js';
import {
  claimMailSync,
  currentMailOfSync,
  failedMailsSync,
  mailCountsSync,
  markMailFailedSync,
  markMailSentSync,
  queueNewMailSync,
  requeueMailSync,
  unsentMailSync,
  type PendingMail,
} from '../store/outbox-store.js';
import { composeMailFor } from './compose.js';
import { isMailAddress, newMessageId, parseMailbox, SendFailure, type MailTransport } from './transport.js';
import { refuseWhenPurgedSync } from '../privacy/purge.js';

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

/** Where the emails stand; a registrant without an outbox row yet counts as queued. */
export function mailStatusSync(core: Core): MailStatus {
  core.requireEventSync();
  const { queued, sent } = mailCountsSync(core);
  return { queued, sent, failed: failedMailsSync(core) };
}

/** Queues the run's emails in one transaction and returns them. */
function queueSync(core: Core, only: string | undefined): PendingMail[] {
  return core.transaction((): PendingMail[] => {
    const now = new Date().toISOString();
    if (only !== undefined) {
      const found = codeRowSync(core, only);
      if (found.status === 'cancelled') throw new UserError('mailCancelledRegistrant', { id: only });
      const mail = currentMailOfSync(core, only);
      // A resend on purpose is a new email with a new Message-ID.
      requeueMailSync(core, mail, now);
      return [mail];
    }
    queueNewMailSync(core, now);
    return unsentMailSync(core);
  });
}

/**
 * Takes one email for this run; null when it is sent already or another run
 * is sending it right now. A claim left by a run that died is taken over with
 * the same Message-ID, so a mail system that got it once can drop the copy.
 */
function claimSync(core: Core, mail: PendingMail, messageId: string): string | null {
  const now = Date.now();
  return claimMailSync(core, mail, messageId, new Date(now).toISOString(), new Date(now - CLAIM_LEASE_MS).toISOString());
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
  refuseWhenPurgedSync(core);
  const from = parseMailbox(options.from);
  if (options.rate !== undefined && !(Number.isFinite(options.rate) && options.rate > 0)) {
    throw new UserError('badMailRate', { value: String(options.rate) });
  }
  const settings = eventSettingsSync(core);
  const pending = queueSync(core, options.only);
  const { transport } = options;
  const pace = pacer(options.rate);

  /** Sends one email; throws when the run must stop. */
  const sendOne = async (row: PendingMail): Promise<'sent' | 'skipped' | MailFailure> => {
    const email = row.email?.trim() ?? '';
    if (!isMailAddress(email)) {
      const reason = storedText(email === '' ? 'mailReasonNoEmail' : 'mailReasonBadEmail');
      markMailFailedSync(core, row, reason, new Date().toISOString());
      return { id: row.id, reason };
    }
    // Paced before the claim, so that a slow rate never outlasts a claim's lease.
    await pace();
    const messageId = claimSync(core, row, newMessageId(from));
    if (messageId === null) return 'skipped';
    try {
      const content = await composeMailFor({ kind: row.kind, eventId: event.id, settings, registrant: row, now: new Date() });
      const sentId = await transport.send({ registrantId: row.id, kind: row.kind, from, to: { name: row.name, address: email }, messageId, content });
      markMailSentSync(core, row, sentId, new Date().toISOString());
      return 'sent';
    } catch (error) {
      markMailFailedSync(core, row, error instanceof SendFailure ? error.reason : storedText('mailReasonUnexpected'), new Date().toISOString());
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
