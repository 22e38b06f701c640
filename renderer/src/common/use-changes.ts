/**
 * Keeping what a screen shows fresh: the door list's changes, the counts and
 * the sync status at the door; the sync overview, a sending in progress and
 * the followed registration list for the organiser. The screen asks at once,
 * again whenever the kiosk says one of its topics changed (the change feed),
 * and now and then in case a change went unheard. Each caller's `refresh`
 * asks for what it shows, so this hook alone decides when.
 */
import { useEffect, useEffectEvent } from 'react';
import type { ChangeTopic } from '../../../shared/contract.js';
import { useApp } from '../app-context.js';

/** The slow check behind the change feed. */
const FALLBACK_MS = 30_000;

/** Calls `refresh` now, on every change of one of `topics`, and every FALLBACK_MS, while `active`; stops when the screen closes. */
export function useChanges(topics: readonly ChangeTopic[], refresh: () => void, active = true): void {
  const { changes } = useApp();
  // Reaches the latest `refresh` and topics, so that new ones do not subscribe again.
  const onChange = useEffectEvent((changed: readonly ChangeTopic[] | null) => {
    if (changed === null || changed.some((topic) => topics.includes(topic))) refresh();
  });
  useEffect(() => {
    if (!active) return;
    onChange(null);
    const unsubscribe = changes.subscribe((changed) => onChange(changed));
    const timer = setInterval(() => onChange(null), FALLBACK_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [changes, active]);
}
