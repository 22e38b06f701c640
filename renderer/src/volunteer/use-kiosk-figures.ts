/**
 * What the door screen shows about the event: its name, this kiosk's name,
 * how many have arrived and how the kiosk keeps in touch with the hub, kept
 * fresh.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ChangeTopic, ResponseOf } from '../../../shared/contract.js';
import { useApp } from '../app-context.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import { useChanges } from '../common/use-changes.js';

/** Arrivals and exits here and at other kiosks change the counts, and so does the room's capacity (the event). */
const COUNT_TOPICS: readonly ChangeTopic[] = ['door', 'event'];
/** A round with the hub changes the sync status, and so does a scan waiting to upload. */
const SYNC_TOPICS: readonly ChangeTopic[] = ['sync', 'door'];

/** An operation's latest answer, asked for again when one of `topics` changes, and a way to ask at once. */
function useFresh<T>(topics: readonly ChangeTopic[], ask: () => Promise<T>): { readonly value: T | null; readonly refresh: () => void } {
  const [value, setValue] = useState<T | null>(null);
  const requests = useLatestOnly();
  // A failed refresh keeps the last answer: the next change asks again.
  const refresh = useCallback(() => requests.track(ask(), setValue, () => {}), [ask, requests]);
  useChanges(topics, refresh);
  return { value, refresh };
}

/** The counts, and a way to refresh them at once (after a scan or an undo). */
export function useCounts(): { readonly counts: ResponseOf<'counts'> | null; readonly refresh: () => void } {
  const { api } = useApp();
  const { value, refresh } = useFresh(COUNT_TOPICS, useCallback(() => api.counts({}), [api]));
  return { counts: value, refresh };
}

/** The sync status, and when the kiosk gave it (milliseconds), to tell how long ago the last sync was. */
export type SyncFigures = ResponseOf<'syncStatus'> & { readonly checkedAt: number };

/** Whether this kiosk is in touch with the hub, and what waits to upload; null until the first answer. */
export function useSyncStatus(): SyncFigures | null {
  const { api } = useApp();
  return useFresh(SYNC_TOPICS, useCallback(() => api.syncStatus({}).then((status) => ({ ...status, checkedAt: Date.now() })), [api])).value;
}

/** The event's and this kiosk's names; null until they arrive. */
export function useEventInfo(): ResponseOf<'eventInfo'> | null {
  const { api } = useApp();
  const [info, setInfo] = useState<ResponseOf<'eventInfo'> | null>(null);
  const requests = useLatestOnly();
  // Without an answer the bar just lacks the names; scans say what is wrong.
  useEffect(() => requests.track(api.eventInfo({}), setInfo, () => {}), [api, requests]);
  return info;
}
