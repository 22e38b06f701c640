/**
 * The registration list Innsjekk follows from the registration system's
 * address: when it was last checked and changed, and a warning when the
 * latest fetch failed (the last good list stays in force).
 */
import { useCallback, useId, useState } from 'react';
import type { ChangeTopic, ResponseOf } from '../../../shared/contract.js';
import { useApp, useStoredText, useText } from '../app-context.js';
import { ErrorMessage, Fact } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { useChanges } from '../common/use-changes.js';
import { whenAndAgoText, whenText } from './time-text.js';

/** Each check of the followed list, failed or not, is told as a change of the list. */
const TOPICS: readonly ChangeTopic[] = ['door'];

type FollowStatus = ResponseOf<'followStatus'>;

/** Nothing until a list has been fetched from an address. */
export function FollowStatusPanel() {
  const { api } = useApp();
  const t = useText();
  const inLanguage = useStoredText();
  const { error, run } = useAction();
  const headingId = useId();
  const [follow, setFollow] = useState<{ readonly status: FollowStatus; readonly now: number } | null>(null);
  // The failure already there when the screen opened: shown, but not announced as news.
  const [known, setKnown] = useState<string | null | undefined>(undefined);

  const refresh = useCallback(() => {
    void run(() => api.followStatus({})).then((status) => {
      if (!status) return;
      setFollow({ status, now: Date.now() });
      setKnown((k) => (k === undefined ? status.lastErrorAt : k));
    });
  }, [api, run]);
  useChanges(TOPICS, refresh);

  if (!follow?.status.url) return <ErrorMessage error={error} />;
  const { status, now } = follow;
  const failedAt = status.lastError !== null && status.lastErrorAt !== null ? status.lastErrorAt : null;
  return (
    <section className="org-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('followTitle')}</h2>
      <p>{t('followIntro')}</p>
      <dl className="org-facts">
        <Fact term={t('followUrl')}>{status.url}</Fact>
        <Fact term={t('followLastChecked')}>{status.lastCheckedAt ? whenAndAgoText(t, status.lastCheckedAt, now) : t('followNever')}</Fact>
        <Fact term={t('followLastChanged')}>{status.lastChangedAt ? whenAndAgoText(t, status.lastChangedAt, now) : t('followNever')}</Fact>
      </dl>
      {failedAt && (
        <p className="org-warning" role={failedAt === known ? undefined : 'alert'}>
          {t(status.lastChangedAt ? 'followFailed' : 'followFailedNoList', {
            when: whenText(t, failedAt, now),
            error: status.lastError ? inLanguage(status.lastError) : '',
            listWhen: status.lastChangedAt ? whenText(t, status.lastChangedAt, now) : '',
          })}
        </p>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
