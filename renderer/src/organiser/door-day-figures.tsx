/**
 * The door on a full day in the organiser's overview: being over capacity
 * (kiosks apart cannot stop each other from passing the limit, so it shows
 * after sync), the admissions forced with the PIN, and the day's exits,
 * walk-ins and waitlist at the door.
 */
import { useCallback, useId, useState } from 'react';
import type { ChangeTopic, Counts } from '../../../shared/contract.js';
import { useApp, useText } from '../app-context.js';
import { useChanges } from '../common/use-changes.js';
import { useLatestOnly } from '../common/use-latest-only.js';

/** Records here and synced from other kiosks change the figures. */
const TOPICS: readonly ChangeTopic[] = ['door', 'sync', 'event'];

/** The figures, with the over-capacity warning on top when there is one. */
export function DoorDayFigures() {
  const { api } = useApp();
  const t = useText();
  const headingId = useId();
  const [counts, setCounts] = useState<Counts | null>(null);
  const requests = useLatestOnly();
  // A failed refresh keeps the last answer: the next change asks again.
  const refresh = useCallback(() => requests.track(api.counts({}), setCounts, () => {}), [api, requests]);
  useChanges(TOPICS, refresh);
  if (!counts) return null;
  const figures: readonly (readonly [string, number])[] = [
    [t('doorDayForced'), counts.forced],
    [t('reportFigureWaitlistAdmissions'), counts.waitlistAdmitted],
    [t('overviewWaiting'), counts.waitingAtDoor],
    [t('reportFigureWalkIns'), counts.walkIns],
    [t('doorDayExits'), counts.exits],
    [t('doorDayReentries'), counts.reentries],
  ];
  return (
    <section className="door-day-figures" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('doorDayHeading')}</h2>
      <div role="status">
        {counts.overCapacity > 0 && counts.capacity !== null && (
          <p className="notice door-day-over" data-over={counts.overCapacity}>
            <span aria-hidden="true">⚠ </span>
            {t('doorDayOverCapacity', { over: counts.overCapacity, inside: counts.inside, capacity: counts.capacity, forced: counts.forced })}
          </p>
        )}
      </div>
      <dl className="org-overview-figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <span className="org-overview-value">{value}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
