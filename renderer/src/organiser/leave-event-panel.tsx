/**
 * Leaving the event, set apart at the end of the settings: a first step that
 * names the event and asks to confirm, and, when check-ins that no other
 * kiosk holds would be lost, a second step that names how many.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useApp, useText } from '../app-context.js';
import { isFailure } from '../api/api-error.js';
import { ErrorMessage, StatusMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { FocusHeading } from './focus-heading.js';

/** Where the organiser is: not started, asked to confirm, or told how many check-ins would be lost. */
type LeaveStep = { readonly kind: 'start' } | { readonly kind: 'confirm' } | { readonly kind: 'loss'; readonly count: number };

/** The kiosk's answer to a leave: gone from the event, or refused while `count` check-ins would be lost. */
type LeaveOutcome = { readonly eventName: string } | { readonly wouldLose: number };

/** The danger zone; `onLeft` once the kiosk has left the event. */
export function LeaveEventPanel({ eventName, onLeft }: { readonly eventName: string; readonly onLeft: (eventName: string) => void }) {
  const { api } = useApp();
  const t = useText();
  const headingId = useId();
  const { busy, error, run } = useAction();
  const [step, setStep] = useState<LeaveStep>({ kind: 'start' });
  const [cancelled, setCancelled] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);

  // Back from a step, the focus returns to the button that opened it.
  useEffect(() => {
    if (cancelled && step.kind === 'start') startRef.current?.focus();
  }, [cancelled, step]);

  const begin = (): void => {
    setCancelled(false);
    setStep({ kind: 'confirm' });
  };
  const cancel = (): void => {
    setCancelled(true);
    setStep({ kind: 'start' });
  };
  const leave = (confirmLoss?: number): void => {
    if (busy) return;
    void run(async (): Promise<LeaveOutcome> => {
      try {
        return await api.leaveEvent(confirmLoss === undefined ? {} : { confirmLoss });
      } catch (failure) {
        if (isFailure(failure, 'leaveWouldLose')) return { wouldLose: Number(failure.params.count) };
        throw failure;
      }
    }).then((outcome) => {
      if (!outcome) return;
      if ('wouldLose' in outcome) setStep({ kind: 'loss', count: outcome.wouldLose });
      else onLeft(outcome.eventName);
    });
  };

  let progress = null;
  if (busy) progress = t('leaveBusy');
  else if (cancelled) progress = t('leaveCancelled');
  return (
    <section className="org-section org-danger" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('leaveTitle')}</h2>
      <p>{t('leaveIntro')}</p>
      {step.kind === 'start' && (
        <div className="org-actions">
          <button ref={startRef} type="button" className="button danger" onClick={begin}>
            {t('leaveStart')}
          </button>
        </div>
      )}
      {step.kind === 'confirm' && (
        <>
          <FocusHeading level={3}>{t('leaveConfirmTitle', { event: eventName })}</FocusHeading>
          <p>{t('leaveConfirmText', { event: eventName })}</p>
          <div className="org-actions">
            <button type="button" className="button danger" onClick={() => leave()}>
              {t('leaveConfirm', { event: eventName })}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('leaveCancel')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'loss' && (
        // A new count (a scan came in meanwhile) is a new step: its heading takes the focus again.
        <div key={step.count}>
          <FocusHeading level={3}>{t(step.count === 1 ? 'leaveLossTitleOne' : 'leaveLossTitleMany', { count: step.count })}</FocusHeading>
          <p>{t('leaveLossText')}</p>
          <div className="org-actions">
            <button type="button" className="button danger" onClick={() => leave(step.count)}>
              {t(step.count === 1 ? 'leaveLossConfirmOne' : 'leaveLossConfirmMany', { count: step.count })}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('leaveCancel')}
            </button>
          </div>
        </div>
      )}
      <StatusMessage>{progress}</StatusMessage>
      <ErrorMessage error={error} />
    </section>
  );
}
