/**
 * Asking the kiosk again and again while a screen is open: the sync overview,
 * a sending in progress, the followed registration list.
 */
import { useEffect, useRef } from 'react';

/** Calls `poll` at once and then every `intervalMs` while `active`; stops when the screen closes. */
export function usePolling(poll: () => void, intervalMs: number, active = true): void {
  // The latest callback, so that a new one does not restart the timer.
  const latest = useRef(poll);
  useEffect(() => {
    latest.current = poll;
  }, [poll]);
  useEffect(() => {
    if (!active) return;
    latest.current();
    const timer = setInterval(() => latest.current(), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, active]);
}
