/**
 * The email section: sending the confirmations (and word of the waitlist)
 * through the organiser's mail server, following the sending, sending again
 * to one person, and the emails' texts.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { ChangeTopic, MailProgress } from '../../../shared/contract.js';
import { useApp, useStoredText, useText } from '../app-context.js';
import { ErrorMessage, FormSection, TableScroll, TextField } from '../common/form-parts.js';
import { isFailure } from '../api/api-error.js';
import { ScreenProblem, useAction } from '../common/use-action.js';
import { useChanges } from '../common/use-changes.js';
import { FocusHeading } from './focus-heading.js';
import { MailTemplates } from './mail-templates.js';

/** Each email sent, and the end of a sending, is told as a change. */
const TOPICS: readonly ChangeTopic[] = ['mail'];
/** The contract's limit on the rate. */
const MAX_RATE = 1000;

/**
 * The mail server's address with the password put in, for this one request.
 * Checked here first, so the organiser learns which field to fix.
 */
function smtpUrlWithPassword(text: string, password: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new ScreenProblem('mailSmtpUrlFormat');
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') throw new ScreenProblem('mailSmtpUrlFormat');
  // The address field shows what is typed, so a password does not belong there.
  if (url.password) throw new ScreenProblem('mailSmtpUrlPassword');
  if (password) {
    if (!url.username) throw new ScreenProblem('mailPasswordWithoutUser');
    // Encoded whole: the kiosk decodes it, and a % or @ in a password must survive.
    url.password = encodeURIComponent(password);
  }
  return url.href;
}

/** Emails per second typed in: undefined when left empty (as fast as the server takes them). */
function parseRate(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const rate = Number(trimmed);
  if (!Number.isFinite(rate) || rate <= 0 || rate > MAX_RATE) throw new ScreenProblem('mailRateFormat');
  return rate;
}

/** The kiosk's "bad SMTP address", in the screen's words (the kiosk's own speak of the command line). */
function screenFailure(error: unknown): unknown {
  return isFailure(error, 'badSmtpUrl') ? new ScreenProblem('mailSmtpUrlFormat') : error;
}

/** The whole email section. */
export function MailScreen() {
  const t = useText();
  return (
    <>
      <FocusHeading level={1}>{t('mailTitle')}</FocusHeading>
      <MailSending />
      <MailTemplates />
    </>
  );
}

/** The sending form, and where the emails stand. */
function MailSending() {
  const { api } = useApp();
  const t = useText();
  const sending = useAction();
  const { error: pollError, run: runPoll } = useAction();
  const [from, setFrom] = useState('');
  const [smtpUrl, setSmtpUrl] = useState('');
  const [password, setPassword] = useState('');
  const [rate, setRate] = useState('');
  const [progress, setProgress] = useState<MailProgress | null>(null);
  // True once a sending started from this screen, so that its end is told.
  const [started, setStarted] = useState(false);

  const refresh = useCallback(() => {
    void runPoll(() => api.mailStatus({})).then((status) => status && setProgress(status));
  }, [api, runPoll]);
  useChanges(TOPICS, refresh);

  const send = (only?: string): void => {
    void sending
      .run(async () => {
        const request = { from: from.trim(), smtpUrl: smtpUrlWithPassword(smtpUrl, password), only, rate: parseRate(rate) };
        // The password goes with this request only; it is not kept on the page.
        setPassword('');
        return api.mailSend(request).catch((error: unknown) => {
          throw screenFailure(error);
        });
      })
      .then((status) => {
        if (!status) return;
        setStarted(true);
        setProgress(status);
      });
  };

  const running = progress?.running === true;
  let outcome: string | null = null;
  if (running) outcome = t('mailSendingNow');
  else if (started && progress) outcome = t('mailDone', { sent: progress.sent, failed: progress.failed.length });
  return (
    <>
      <FormSection
        title={t('mailSendTitle')}
        intro={t('mailSendIntro')}
        submitText={t('mailSendSubmit')}
        busy={sending.busy || running}
        error={sending.error}
        status={outcome}
        onSubmit={() => send()}
      >
        <TextField label={t('mailFrom')} hint={t('mailFromHint')} autoComplete="off" spellCheck={false} value={from} onValue={setFrom} />
        <TextField label={t('mailSmtpUrl')} hint={t('mailSmtpUrlHint')} autoComplete="off" spellCheck={false} value={smtpUrl} onValue={setSmtpUrl} />
        <TextField label={t('mailPassword')} hint={t('mailPasswordHint')} type="password" autoComplete="off" value={password} onValue={setPassword} />
        <TextField label={t('mailRate')} hint={t('mailRateHint')} inputMode="decimal" autoComplete="off" value={rate} onValue={setRate} />
      </FormSection>
      <ErrorMessage error={pollError} />
      {progress && <MailProgressView progress={progress} resendDisabled={sending.busy || running} onResend={send} />}
    </>
  );
}

/** The run's stop as an error, so that it is shown like any failure, in the screen's language. */
function stoppedError(stopped: MailProgress['stopped']): Error | null {
  return stopped && Object.assign(new Error(stopped.message), { messageEn: stopped.messageEn });
}

/** The progress bar, the counts, and who did not get their email and why. */
function MailProgressView({ progress, resendDisabled, onResend }: {
  readonly progress: MailProgress;
  readonly resendDisabled: boolean;
  readonly onResend: (registrantId: string) => void;
}) {
  const t = useText();
  const headingId = useId();
  const barId = useId();
  const total = progress.queued + progress.sent + progress.failed.length;
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mailProgressTitle')}</h2>
      <label htmlFor={barId} className="org-progress-text">
        {t('mailProgress', { sent: progress.sent, total })}
      </label>
      <progress id={barId} className="org-progress" max={Math.max(total, 1)} value={progress.sent} />
      <ul className="org-counts">
        <li>{t('mailQueued', { count: progress.queued })}</li>
        <li>{t('mailSent', { count: progress.sent })}</li>
        <li>{t('mailFailed', { count: progress.failed.length })}</li>
      </ul>
      {!progress.running && <ErrorMessage error={stoppedError(progress.stopped)} />}
      {progress.failed.length > 0 && <FailedMails failed={progress.failed} resendDisabled={resendDisabled} onResend={onResend} />}
    </section>
  );
}

/** The emails that did not go, with the person's name, the reason and a button to send again. */
function FailedMails({ failed, resendDisabled, onResend }: {
  readonly failed: MailProgress['failed'];
  readonly resendDisabled: boolean;
  readonly onResend: (registrantId: string) => void;
}) {
  const { api } = useApp();
  const t = useText();
  const inLanguage = useStoredText();
  const { error, run } = useAction();
  const captionId = useId();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  // Names come from the report, fetched again only when someone unknown fails.
  const unknown = failed
    .filter((f) => !names.has(f.id))
    .map((f) => f.id)
    .join(' ');
  useEffect(() => {
    if (!unknown) return;
    void run(() => api.report({})).then((rows) => rows && setNames(new Map(rows.map((r) => [r.id, r.name]))));
  }, [api, run, unknown]);

  return (
    <>
      <p>{t('mailFailedIntro')}</p>
      <ErrorMessage error={error} />
      <TableScroll labelId={captionId}>
        <table className="org-table">
          <caption id={captionId}>{t('mailFailedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnName')}</th>
              <th scope="col">{t('columnRegistrantId')}</th>
              <th scope="col">{t('columnReason')}</th>
              <th scope="col">{t('columnResend')}</th>
            </tr>
          </thead>
          <tbody>
            {failed.map((f) => {
              const name = names.get(f.id) ?? f.id;
              return (
                <tr key={f.id}>
                  <th scope="row">{name}</th>
                  <td>{f.id}</td>
                  <td>{inLanguage(f.reason)}</td>
                  <td>
                    <button type="button" className="button" disabled={resendDisabled} aria-label={t('mailResendTo', { name })} onClick={() => onResend(f.id)}>
                      {t('mailResend')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
