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
}

/** One background sender for an opened data directory. */
export function createMailSender(core: Core, transportFor: (smtpUrl: string) => MailTransport = (url) => smtpTransport(url)): MailSender {
  let running = false;
  let stopped: MailProgress['stopped'] = null;
  const status = (): MailProgress => {
    const now = mailStatusSync(core);
    return { queued: now.queued, sent: now.sent, failed: [...now.failed], running, stopped };
  };
  return {
    status,
    start({ from, smtpUrl, only, rate }) {
      if (running) throw new UserError('mailRunning');
      const transport = transportFor(smtpUrl);
      let run;
      try {
        run = startMailRun(core, { from, transport, only, rate });
      } catch (error) {
        transport.close();
        throw error;
      }
      running = true;
      stopped = null;
      run.finished
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
          running = false;
          transport.close();
        });
      return status();
    },
  };
}
