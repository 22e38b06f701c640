/**
 * Releasing the waitlist's places at the door by hand, besides the release
 * time in the event's settings: from then on the entrance admits from the
 * queue while there are free places.
 */
import { useCallback, useState } from 'react';
import type { ChangeTopic, WaitlistQueue } from '../../../shared/contract.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useApp, useText } from '../app-context.js';
import { FormSection } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { useChanges } from '../common/use-changes.js';

/** The queue and the release change with the door and the settings. */
const TOPICS: readonly ChangeTopic[] = ['door', 'event'];

/** Where the release stands, and the button to release now. */
export function WaitlistRelease() {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [queue, setQueue] = useState<WaitlistQueue | null>(null);
  const refresh = useCallback(() => {
    void run(() => api.waitlist({})).then((loaded) => loaded && setQueue(loaded));
  }, [api, run]);
  useChanges(TOPICS, refresh);
  const release = (): void => {
    void run(() => api.waitlistRelease({})).then((released) => released && setQueue(released));
  };
  const releaseAt = queue?.door.waitlistReleaseAt;
  const state = !queue
    ? null
    : queue.released
      ? t('waitlistReleasedState', { waiting: queue.queue.length, free: queue.freePlaces ?? '–' })
      : releaseAt
        ? t('waitlistReleaseAtState', { time: osloTime(releaseAt), waiting: queue.queue.length })
        : t('waitlistNotReleasedState', { waiting: queue.queue.length });
  return (
    <FormSection title={t('waitlistReleaseTitle')} intro={t('waitlistReleaseIntro')} submitText={t('waitlistReleaseNow')} busy={busy} error={error} status={state} onSubmit={release}>
      {null}
    </FormSection>
  );
}
