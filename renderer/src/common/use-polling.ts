/**
 * Asking the kiosk again and again while a screen is open: the door list's
 * changes, the counts and the sync status at the door; the sync overview, a
 * sending in progress and the followed registration list for the organiser.
 * Each caller's `poll` refreshes what it shows, so this hook alone decides
 * when that happens.
 */
import { useEffect, useEffectEvent } from 'react';

/** Calls `poll` at once and then every `intervalMs` while `active`; stops when the screen closes. */
export function usePolling(poll: () => void, intervalMs: number, active = true): void {
  // Reaches the latest `poll`, so that a new one does not restart the timer.
  const onTick = useEffectEvent(poll);
  useEffect(() => {
    if (!active) return;
    onTick();
    const timer = setInterval(() => onTick(), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, active]);
}
