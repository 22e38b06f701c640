/**
 * The screens before the kiosk can check anyone in: no event yet, no key, or
 * no answer from the kiosk.
 */
import { useEffect, useRef, useState } from 'react';
import { DEMO_PIN } from '../../shared/domain.js';
import type { View } from './app.js';
import { useApp, useText } from './app-context.js';
import { SetupEventForm } from './common/setup-event-form.js';
import { JoinHubForm } from './join-hub-form.js';

/** Offers the demo event, setting up a real one, or joining another kiosk. */
export function WelcomeScreen({ leftEvent = null, onReady }: {
  /** The event the kiosk has just left, if it came here by leaving one. */
  readonly leftEvent?: string | null;
  /** The event exists: remember its key and open the given view (the organiser's, to import a real event's list). */
  readonly onReady: (eventKey: string, next: View) => void;
}) {
  const { api } = useApp();
  const t = useText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Come here by leaving an event, the focus starts at the top, where the screen says so.
  useEffect(() => {
    if (leftEvent !== null) headingRef.current?.focus();
  }, [leftEvent]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const startDemo = (): void => {
    setBusy(true);
    setError(null);
    api
      .setupDemo({})
      .then(({ eventKey }) => onReady(eventKey, 'volunteer'))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <main className="welcome">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('welcomeTitle')}
      </h1>
      {leftEvent !== null && (
        <p role="status" className="welcome-left">
          {t('welcomeLeft', { event: leftEvent })}
        </p>
      )}
      <p>{t('welcomeIntro')}</p>
      <ul className="welcome-choices">
        <li>
          <button type="button" className="button primary" onClick={startDemo} disabled={busy}>
            {t('welcomeDemo')}
          </button>
          <p>{t('welcomeDemoHelp', { pin: DEMO_PIN })}</p>
        </li>
        <li>
          <SetupEventForm onCreated={(eventKey) => onReady(eventKey, 'organiser')} />
        </li>
        <li>
          <JoinHubForm onJoined={(eventKey) => onReady(eventKey, 'volunteer')} />
        </li>
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}

/** Says how to open the kiosk with its event key. */
export function NeedKeyScreen() {
  const t = useText();
  return (
    <main className="welcome">
      <h1>{t('needKeyTitle')}</h1>
      <p>{t('needKeyHelp')}</p>
    </main>
  );
}

/** Says what went wrong, with a way to try again. */
export function ErrorScreen({ message, onRetry }: { readonly message: string; readonly onRetry: () => void }) {
  const t = useText();
  return (
    <main className="welcome">
      <h1>{t('errorTitle')}</h1>
      <p role="alert">{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </main>
  );
}
