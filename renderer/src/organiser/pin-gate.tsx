/**
 * The door to the organiser screens: the PIN, or, on a kiosk that has none,
 * where to set one (never here: the first to type a PIN at the door would
 * otherwise become the organiser).
 */
import { useState, type FormEvent } from 'react';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage } from '../common/form-parts.js';
import { PinField } from '../common/pin-fields.js';
import { useAction } from '../common/use-action.js';

/** Asks for the PIN and opens an organiser session. */
export function PinGate({ pinSet, notice, onUnlocked, onLeave }: {
  /** False on a kiosk without a PIN: the gate says how to set one instead. */
  readonly pinSet: boolean;
  /** Why the screens locked themselves, if they did. */
  readonly notice: unknown;
  readonly onUnlocked: () => void;
  readonly onLeave: () => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [pin, setPin] = useState('');
  const [tried, setTried] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    void run(() => api.organiserUnlock({ pin })).then((session) => {
      if (session) return onUnlocked();
      setPin('');
    });
  };

  const leaveButton = (
    <button type="button" className="button" onClick={onLeave}>
      {t('organiserLeave')}
    </button>
  );
  if (!pinSet) {
    return (
      <main className="org-gate">
        <h1>{t('pinMissingTitle')}</h1>
        <p>{t('pinMissingIntro')}</p>
        <div className="org-actions">{leaveButton}</div>
      </main>
    );
  }
  return (
    <main className="org-gate">
      <form onSubmit={submit} noValidate>
        {/* The PIN field, not the heading, takes focus: typing the PIN is all this screen is for. */}
        <h1>{t('pinTitle')}</h1>
        <p>{t('pinIntro')}</p>
        <PinField label={t('pinLabel')} autoComplete="current-password" autoFocus value={pin} onValue={setPin} />
        <ErrorMessage error={tried ? error : notice} />
        <div className="org-actions">
          <button type="submit" className="button primary">
            {t('pinSubmit')}
          </button>
          {leaveButton}
        </div>
      </form>
    </main>
  );
}
