/**
 * The organiser screens, behind the PIN: the server refuses their operations
 * without a session too, so the gate is a courtesy, not the lock.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../app-context.js';
import { OrganiserLockContext } from '../common/use-action.js';
import { OrganiserShell } from './organiser-shell.js';
import { PinGate } from './pin-gate.js';
import { useEscapeKey } from './use-escape-key.js';

/**
 * Import, registrant list and settings, once the PIN is given. `onLeave` back
 * to check-in; `onLeftEvent` once the kiosk has left the event (its PIN and
 * sessions went with it, so there is nothing to lock).
 */
export function OrganiserScreens({ pinSet, onLeave, onLeftEvent }: {
  readonly pinSet: boolean;
  readonly onLeave: () => void;
  readonly onLeftEvent: (eventName: string) => void;
}) {
  const { api } = useApp();
  const [unlocked, setUnlocked] = useState(false);
  const [pinKnown, setPinKnown] = useState(pinSet);
  // The PIN may have been set since the app started (`innsjekk pin` on this machine): ask again.
  useEffect(() => {
    void api
      .status({})
      .then((status) => setPinKnown((known) => known || status.pinSet))
      .catch(() => undefined);
  }, [api]);
  const [notice, setNotice] = useState<unknown>(null);
  const relock = useCallback((reason: unknown) => {
    setNotice(reason);
    setUnlocked(false);
  }, []);
  const unlock = useCallback(() => {
    setNotice(null);
    setUnlocked(true);
  }, []);
  const leave = useCallback(() => {
    if (!unlocked) return onLeave();
    // Leave even when locking fails: the session has lapsed already, or the kiosk is gone and it lapses by itself.
    void api
      .organiserLock({})
      .catch(() => undefined)
      .finally(onLeave);
  }, [api, unlocked, onLeave]);
  useEscapeKey(leave, unlocked);

  if (!unlocked) return <PinGate pinSet={pinKnown} notice={notice} onUnlocked={unlock} onLeave={leave} />;
  return (
    <OrganiserLockContext.Provider value={relock}>
      <OrganiserShell onLeave={leave} onLeftEvent={onLeftEvent} />
    </OrganiserLockContext.Provider>
  );
}
