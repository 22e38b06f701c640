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
import { KioskReady } from './kiosk-ready.js';

/** Offers the demo event, setting up a real one, or joining another kiosk. */
export function WelcomeScreen({ leftEvent = null, addressOf = null, onReady }: {
  /** The event the kiosk has just left, if it came here by leaving one. */
  readonly leftEvent?: string | null;
  /** The kiosk's full address with an event key, in a browser; null where there is no address (Electron). */
  readonly addressOf?: ((eventKey: string) => string) | null;
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
  // A real event set up or joined in a browser: its address is shown before going on.
  const [ready, setReady] = useState<{ readonly eventKey: string; readonly next: View } | null>(null);
  const settled = (eventKey: string, next: View): void => (addressOf ? setReady({ eventKey, next }) : onReady(eventKey, next));
  const startDemo = (): void => {
    setBusy(true);
    setError(null);
    api
      .setupDemo({})
      .then(({ eventKey }) => onReady(eventKey, 'volunteer'))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  if (ready && addressOf) return <KioskReady address={addressOf(ready.eventKey)} onContinue={() => onReady(ready.eventKey, ready.next)} />;
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
          <SetupEventForm onCreated={(eventKey) => settled(eventKey, 'organiser')} />
        </li>
        <li>
          <JoinHubForm onJoined={(eventKey) => settled(eventKey, 'volunteer')} />
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
