/**
 * The door to the organiser screens: the PIN, or the choice of one the first
 * time they are opened on a kiosk without a PIN.
 */
import { useState, type FormEvent } from 'react';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { NewPinFields, newPinProblem, PinField } from './pin-fields.js';

/** Asks for the PIN (or a new one) and opens an organiser session. */
export function PinGate({ choosing, notice, onUnlocked, onLeave }: {
  /** True when the kiosk has no PIN yet: this one becomes it. */
  readonly choosing: boolean;
  /** Why the screens locked themselves, if they did. */
  readonly notice: unknown;
  readonly onUnlocked: () => void;
  readonly onLeave: () => void;
}) {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    void run(async () => {
      const problem = choosing ? newPinProblem(pin, repeat) : null;
      if (problem) throw problem;
      return api.organiserUnlock({ pin });
    }).then((session) => {
      if (session) return onUnlocked();
      setPin('');
      setRepeat('');
    });
  };

  return (
    <main className="org-gate">
      <form onSubmit={submit} noValidate>
        {/* The PIN field, not the heading, takes focus: typing the PIN is all this screen is for. */}
        <h1>{t(choosing ? 'pinChooseTitle' : 'pinTitle')}</h1>
        <p>{t(choosing ? 'pinChooseIntro' : 'pinIntro')}</p>
        {choosing ? (
          <NewPinFields pin={pin} repeat={repeat} onPin={setPin} onRepeat={setRepeat} autoFocus />
        ) : (
          <PinField label={t('pinLabel')} autoComplete="current-password" autoFocus value={pin} onValue={setPin} />
        )}
        <ErrorMessage error={tried ? error : notice} />
        <div className="org-actions">
          <button type="submit" className="button primary">
            {t(choosing ? 'pinChooseSubmit' : 'pinSubmit')}
          </button>
          <button type="button" className="button" onClick={onLeave}>
            {t('organiserLeave')}
          </button>
        </div>
      </form>
    </main>
  );
}
