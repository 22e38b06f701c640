/**
 * The information desk for one registrant: check them in by hand or undo
 * their arrival, each with why, let them in from the waitlist (the reason
 * kept), and correct a misspelt name or organisation.
 * Escape closes it, and only it.
 */
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { RegistrantRow } from '../../../shared/contract.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, StatusMessage, TextField } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { FocusHeading } from './focus-heading.js';

/** Closes a panel on Escape, and keeps the key from the organiser screens, which would leave on it. */
export function closeOnEscape(onClose: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
}

/** A form of the panel under its own heading, submitted by its one button. */
function DeskForm({ title, submitText, onSubmit, children }: {
  readonly title: string;
  readonly submitText: string;
  readonly onSubmit: () => void;
  readonly children: ReactNode;
}) {
  return (
    <form
      className="org-desk-form"
      aria-label={title}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3>{title}</h3>
      {children}
      <div className="org-actions">
        <button type="submit" className="button primary">
          {submitText}
        </button>
      </div>
    </form>
  );
}

/** The desk's actions for one registrant; `onChanged` hears the registrant as the kiosk has them after each. */
export function RegistrantDesk({ registrant, onChanged, onClose }: {
  readonly registrant: RegistrantRow;
  readonly onChanged: (changed: RegistrantRow) => void;
  readonly onClose: () => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [reason, setReason] = useState('');
  const [admittedBy, setAdmittedBy] = useState('');
  const [name, setName] = useState(registrant.name);
  const [organisation, setOrganisation] = useState(registrant.organisation ?? '');
  const [done, setDone] = useState<string | null>(null);

  const act = (work: () => Promise<RegistrantRow>, said: (changed: RegistrantRow) => string): void => {
    if (busy) return;
    setDone(null);
    void run(work).then((changed) => {
      if (!changed) return;
      setReason('');
      setDone(said(changed));
      onChanged(changed);
    });
  };
  const arrived = registrant.arrivedAt !== null;

  return (
    <section className="org-code org-desk" onKeyDown={closeOnEscape(onClose)}>
      <FocusHeading level={2}>{t('deskTitle', { name: registrant.name })}</FocusHeading>
      <p>{arrived ? t('deskArrivedAt', { time: osloTime(registrant.arrivedAt!) }) : t('deskNotArrivedYet')}</p>
      {arrived && (
        <DeskForm
          title={t('deskUndoTitle')}
          submitText={t('deskUndo')}
          onSubmit={() => act(() => api.deskUndoArrival({ registrantId: registrant.id, reason }), (r) => t('deskUndone', { name: r.name }))}
        >
          <TextField label={t('deskUndoReason')} value={reason} onValue={setReason} autoComplete="off" />
        </DeskForm>
      )}
      {!arrived && registrant.status === 'confirmed' && (
        <DeskForm
          title={t('deskCheckInTitle')}
          submitText={t('deskCheckIn')}
          onSubmit={() => act(() => api.deskCheckIn({ registrantId: registrant.id, reason }), (r) => t('deskCheckedIn', { name: r.name }))}
        >
          <TextField label={t('deskCheckInReason')} value={reason} onValue={setReason} autoComplete="off" />
        </DeskForm>
      )}
      {!arrived && registrant.status === 'waitlisted' && (
        <DeskForm
          title={t('deskWaitlistTitle')}
          submitText={t('deskWaitlistAdmit')}
          onSubmit={() =>
            act(
              async () => {
                // No PIN: the core takes the desk's open organiser session for it, and records who and why if the admission needs it.
                const admitted = await api.waitlistAdmit({ registrantId: registrant.id, reason, override: { pin: '', by: admittedBy, reason } });
                return { ...registrant, arrivedAt: admitted.at };
              },
              (r) => t('deskWaitlistAdmitted', { name: r.name }),
            )
          }
        >
          <p className="org-hint">{t('deskWaitlistHint')}</p>
          <TextField label={t('deskWaitlistReason')} value={reason} onValue={setReason} autoComplete="off" maxLength={500} />
          <TextField label={t('deskWaitlistBy')} value={admittedBy} onValue={setAdmittedBy} autoComplete="off" maxLength={100} />
        </DeskForm>
      )}
      {!arrived && registrant.status === 'cancelled' && <p>{t('deskNotConfirmedNote')}</p>}
      <DeskForm
        title={t('deskCorrectTitle')}
        submitText={t('deskCorrect')}
        onSubmit={() =>
          act(
            () => api.deskCorrect({ registrantId: registrant.id, name, organisation: organisation.trim() === '' ? undefined : organisation }),
            (r) => t('deskCorrected', { name: [r.name, r.organisation].filter(Boolean).join(', ') }),
          )
        }
      >
        <p className="org-hint">{t('deskCorrectHint')}</p>
        <TextField label={t('fieldName')} value={name} onValue={setName} autoComplete="off" />
        <TextField label={t('fieldOrganisation')} value={organisation} onValue={setOrganisation} autoComplete="off" />
      </DeskForm>
      <ErrorMessage error={error} />
      <StatusMessage>{done}</StatusMessage>
      <div className="org-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('deskClose')}
        </button>
      </div>
    </section>
  );
}
