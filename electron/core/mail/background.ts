/**
 * Sending from the organiser screens: one run at a time, in the background,
 * its progress read with mailStatus while the screen shows a bar.
 */
import type { MailProgress, RequestOf } from '../../../shared/contract.js';
import { storedText, UserError } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { mailStatusSync, startMailRun } from './send.js';
import { smtpTransport, type MailTransport } from './transport.js';

/** The screens' handle on sending. */
export interface MailSender {
  status(): MailProgress;
  /** Starts a run; throws a UserError at once on bad input or while a run is going. */
  start(request: RequestOf<'mailSend'>): MailProgress;
  /** Stops taking new emails and waits for those on their way; what was sent is stored, and a later run sends the rest. */
  stop(): Promise<void>;
}

/** How the sender sends, and whom it tells of progress. */
export interface MailSenderOptions {
  readonly transportFor?: (smtpUrl: string) => MailTransport;
  /** Called as each email is done and when a run ends, so the screens can show progress without asking. */
  readonly onChange?: () => void;
}

/** One background sender for an opened data directory. */
export function createMailSender(core: Core, { transportFor = (url) => smtpTransport(url), onChange = () => {} }: MailSenderOptions = {}): MailSender {
  let current: { readonly stopping: AbortController; readonly ended: Promise<void> } | null = null;
  let stopped: MailProgress['stopped'] = null;
  const status = (): MailProgress => {
    const now = mailStatusSync(core);
    return { queued: now.queued, sent: now.sent, failed: [...now.failed], running: current !== null, stopped };
  };
  return {
    status,
    start({ from, smtpUrl, only, rate }) {
      if (current) throw new UserError('mailRunning');
      const transport = transportFor(smtpUrl);
      let run;
      const stopping = new AbortController();
      try {
        run = startMailRun(core, { from, transport, only, rate, signal: stopping.signal, onProgress: onChange });
      } catch (error) {
        transport.close();
        throw error;
      }
      stopped = null;
      const ended = run.finished
        .catch((error: unknown) => {
          if (error instanceof UserError) {
            stopped = error.stored();
            return;
          }
          // Only the kind of failure: a message could hold attendee data.
          console.error(`innsjekk: sending stopped: ${error instanceof Error ? error.name : 'unknown error'}`);
          stopped = storedText('mailFailedUnexpectedly');
        })
        .finally(() => {
          current = null;
          transport.close();
          onChange();
        });
      current = { stopping, ended: ended.then(() => undefined) };
      return status();
    },
    async stop() {
      current?.stopping.abort();
      await current?.ended;
    },
  };
}
