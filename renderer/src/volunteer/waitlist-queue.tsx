/**
 * The waitlist's queue at the entrance: who waits at the door and since when,
 * the free places once the waitlist is released, the next one admitted in one
 * tap, or a particular one with the reason kept. Before the release (or with
 * no free place) admitting takes the organiser PIN.
 */
import { useCallback, useId, useState } from 'react';
import type { ChangeTopic, Override, ScanResult, WaitlistQueue } from '../../../shared/contract.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, FormSection, TextField } from '../common/form-parts.js';
import { ScreenProblem, useAction } from '../common/use-action.js';
import { useChanges } from '../common/use-changes.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import { NO_OVERRIDE, OverrideFields, overrideToSend } from './override-fields.js';

/** A scan of the waitlisted, an admission, an exit and the release (a setting) change the queue. */
const QUEUE_TOPICS: readonly ChangeTopic[] = ['door', 'event'];

type Waiting = WaitlistQueue['queue'][number];

/** Whether admitting from the queue now takes the organiser PIN. */
function needsPin(queue: WaitlistQueue): boolean {
  return !queue.released || (queue.freePlaces !== null && queue.freePlaces <= 0);
}

/** The line on the places: free ones once released, else when they will be. */
function placesLine(t: ReturnType<typeof useText>, queue: WaitlistQueue): string | null {
  if (!queue.released) return queue.door.waitlistReleaseAt ? t('queueReleasedAt', { time: osloTime(queue.door.waitlistReleaseAt) }) : t('queueNotReleased');
  return queue.freePlaces === null ? null : t('queueReleased', { free: Math.max(0, queue.freePlaces) });
}

/** The queue panel; `onAdmitted` shows the admission as the door's verdict. */
export function WaitlistQueuePanel({ onAdmitted }: { readonly onAdmitted: (result: ScanResult) => void }) {
  const { api } = useApp();
  const t = useText();
  const headingId = useId();
  const [queue, setQueue] = useState<WaitlistQueue | null>(null);
  const requests = useLatestOnly();
  // A failed refresh keeps the last answer: the next change asks again.
  const refresh = useCallback(() => requests.track(api.waitlist({}), setQueue, () => {}), [api, requests]);
  useChanges(QUEUE_TOPICS, refresh);
  const { busy, error, run } = useAction();
  /** Who is being admitted through the form: the next one (null) or someone picked. */
  const [admitting, setAdmitting] = useState<{ readonly picked: Waiting | null } | null>(null);
  const [draft, setDraft] = useState<Override>(NO_OVERRIDE);

  // Shown while someone waits: an event without a waitlist at the door has no use for it.
  const [next] = queue?.queue ?? [];
  if (!queue || !next) return null;
  const pinNeeded = needsPin(queue);

  const admit = (picked: Waiting | null): void => {
    void run(() => {
      const reason = draft.reason.trim();
      if (picked && reason === '') throw new ScreenProblem('queueNeedsReason');
      return api.waitlistAdmit({
        ...(picked ? { registrantId: picked.registrant.id, reason } : {}),
        ...(pinNeeded ? { override: overrideToSend(draft) } : {}),
      });
    }).then((result) => {
      if (!result) return;
      setAdmitting(null);
      setDraft(NO_OVERRIDE);
      onAdmitted(result);
      refresh();
    });
  };
  // The next one in one tap where no PIN is needed; else, or for someone picked, the form.
  const start = (picked: Waiting | null): void => {
    if (!picked && !pinNeeded) admit(null);
    else setAdmitting({ picked });
  };
  const places = placesLine(t, queue);
  return (
    <section className="panel door-queue" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('queueHeading')}</h2>
      {places && <p className="queue-places">{places}</p>}
      <p className="queue-next">{t('queueNext', { name: next.registrant.name, since: osloTime(next.since) })}</p>
      <button type="button" className="button primary" disabled={busy} onClick={() => start(null)}>
        {t('queueAdmitNext')}
      </button>
      {queue.queue.length > 1 && (
        <ol className="queue-list" start={2}>
          {queue.queue.slice(1).map((waiting) => (
            <li key={waiting.registrant.id}>
              {t('queueLine', { name: waiting.registrant.name, time: osloTime(waiting.since) })}{' '}
              <button type="button" className="button" disabled={busy} onClick={() => start(waiting)}>
                {t('queueAdmitThis', { name: waiting.registrant.name })}
              </button>
            </li>
          ))}
        </ol>
      )}
      {!admitting && <ErrorMessage error={error} />}
      {admitting && (
        <FormSection
          title={admitting.picked ? t('queueAdmitThis', { name: admitting.picked.registrant.name }) : t('queueAdmitNext')}
          intro={pinNeeded ? t('overrideIntro') : undefined}
          submitText={t('overrideSubmit')}
          busy={busy}
          error={error}
          status={null}
          onSubmit={() => admit(admitting.picked)}
        >
          {pinNeeded ? (
            <OverrideFields draft={draft} onDraft={setDraft} reasonLabel={admitting.picked ? t('queueAdmitReason') : undefined} />
          ) : (
            <TextField label={t('queueAdmitReason')} autoComplete="off" maxLength={500} value={draft.reason} onValue={(reason) => setDraft({ ...draft, reason })} />
          )}
          <button type="button" className="button" onClick={() => setAdmitting(null)}>
            {t('overrideCancel')}
          </button>
        </FormSection>
      )}
    </section>
  );
}
