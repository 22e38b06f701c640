/**
 * What the door screen shows about the event: its name, this kiosk's name,
 * and how many have arrived, kept fresh.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/contract.js';
import { useApp } from '../app-context.js';
import { useLatestOnly } from './use-latest-only.js';

/** Other kiosks check people in too; this often the figures catch up. */
const COUNTS_REFRESH_MS = 5000;

/** The counts, and a way to refresh them at once (after a scan or an undo). */
export function useCounts(): { readonly counts: ResponseOf<'counts'> | null; readonly refresh: () => void } {
  const { api } = useApp();
  const [counts, setCounts] = useState<ResponseOf<'counts'> | null>(null);
  const track = useLatestOnly();
  // A failed refresh keeps the last figures: the next one comes within seconds.
  const refresh = useCallback(() => track(api.counts({}), setCounts, () => {}), [api, track]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, COUNTS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { counts, refresh };
}

/** The event's and this kiosk's names; null until they arrive. */
export function useEventInfo(): ResponseOf<'eventInfo'> | null {
  const { api } = useApp();
  const [info, setInfo] = useState<ResponseOf<'eventInfo'> | null>(null);
  useEffect(() => {
    let current = true;
    // Without an answer the bar just lacks the names; scans say what is wrong.
    api.eventInfo({}).then(
      (value) => current && setInfo(value),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api]);
  return info;
}
