/**
 * The cloakroom's and the lunch counter's counts, kept fresh with the log.
 */
import { useCallback, useState } from 'react';
import type { ChangeTopic, StationCounts } from '../../../shared/contract.js';
import { useApp } from '../app-context.js';
import { useChanges } from '../common/use-changes.js';
import { useLatestOnly } from '../common/use-latest-only.js';

/** Records here and at other kiosks (as they sync) change the counts. */
const LOG_TOPICS: readonly ChangeTopic[] = ['door'];

/** The stations' counts (null until the first answer), and a way to ask at once after a record. */
export function useStationCounts(): { readonly counts: StationCounts | null; readonly refresh: () => void } {
  const { api } = useApp();
  const [counts, setCounts] = useState<StationCounts | null>(null);
  const requests = useLatestOnly();
  // A failed refresh keeps the last answer: the next change asks again.
  const refresh = useCallback(() => requests.track(api.stationCounts({}), setCounts, () => {}), [api, requests]);
  useChanges(LOG_TOPICS, refresh);
  return { counts, refresh };
}
