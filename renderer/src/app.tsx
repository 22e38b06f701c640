/**
 * The app: the welcome screen until there is an event, then the screen of
 * the kiosk's station, and the organiser screens behind the PIN.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Api, KioskStatus } from '../../shared/contract.js';
import type { ChangeSource } from './api/change-source.js';
import type { Language } from '../../shared/i18n.js';
import { AppContext, type AppContextValue } from './app-context.js';
import { OrganiserScreens } from './organiser/organiser-screens.js';
import { KioskScreen } from './stations/kiosk-screen.js';
import { ErrorScreen, NeedKeyScreen, WelcomeScreen } from './welcome-screen.js';

/** How the screens reach the kiosk. */
export interface Transport {
  readonly api: Api;
  readonly changes: ChangeSource;
  /** False in a browser opened without the event key. */
  readonly hasKey: () => boolean;
  readonly rememberKey: (key: string) => void;
  /** The kiosk's full address with an event key, where it has one (the browser shell); null in Electron. */
  readonly addressOf: ((eventKey: string) => string) | null;
}

/** Which screen an event's kiosk shows. */
export type View = 'volunteer' | 'organiser';

/** The whole app. */
export function App({ transport }: { readonly transport: Transport }) {
  const [status, setStatus] = useState<KioskStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('nb');
  const [view, setView] = useState<View>('volunteer');
  // The event this kiosk has just left, for the welcome screen to say so.
  const [leftEvent, setLeftEvent] = useState<string | null>(null);

  const refreshStatus = useCallback(() => {
    setFailure(null);
    transport.api
      .status({})
      .then((s) => {
        setStatus(s);
        setLanguage(s.language);
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [transport]);
  useEffect(refreshStatus, [refreshStatus]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const context = useMemo<AppContextValue>(() => ({ api: transport.api, changes: transport.changes, language, setLanguage }), [transport, language]);
  let screen;
  if (failure !== null) screen = <ErrorScreen message={failure} onRetry={refreshStatus} />;
  else if (status === null) screen = null;
  else if (!status.configured) {
    screen = (
      <WelcomeScreen
        leftEvent={leftEvent}
        addressOf={transport.addressOf}
        onReady={(key, next) => (transport.rememberKey(key), setLeftEvent(null), setView(next), refreshStatus())}
      />
    );
  }
  else if (!transport.hasKey()) screen = <NeedKeyScreen />;
  else if (view === 'organiser') {
    screen = (
      <OrganiserScreens
        pinSet={status.pinSet}
        onLeave={() => (setView('volunteer'), refreshStatus())}
        onLeftEvent={(eventName) => (setLeftEvent(eventName), setView('volunteer'), refreshStatus())}
      />
    );
  }
  else screen = <KioskScreen onOrganiser={() => setView('organiser')} />;
  return <AppContext.Provider value={context}>{screen}</AppContext.Provider>;
}
