/**
 * Personal data, in the settings: the day it is deleted from every kiosk,
 * deleting it now (a confirmation that names how many people's), whether and
 * when it was deleted, and the files written outside the data folder that
 * the organiser deletes.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { ResponseOf } from '../../../shared/contract.js';
import type { EventSettings } from '../../../shared/domain.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { osloDay, osloTime } from '../../../shared/oslo-time.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, StatusMessage } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { EventSettingsForm } from './event-settings-form.js';
import { FocusHeading } from './focus-heading.js';
import type { EventInfo } from './organiser-shell.js';

type PrivacyStatus = ResponseOf<'privacyStatus'>;
type PurgeRecord = NonNullable<PrivacyStatus['purged']>;

const ACTION_TEXT: Readonly<Record<PurgeRecord['action'], UiTextKey>> = {
  command: 'purgeActionCommand',
  screens: 'purgeActionScreens',
  retention: 'purgeActionRetention',
  hub: 'purgeActionHub',
};

const FILE_KIND_TEXT: Readonly<Record<PrivacyStatus['files'][number]['kind'], UiTextKey>> = {
  report: 'writtenFileReport',
  codes: 'writtenFileCodes',
  'sync-file': 'writtenFileSyncFile',
  eml: 'writtenFileEml',
};

/** The retention date's form and the purge; `onSaved` as the other event settings forms. */
export function PrivacyPanel({ saved, onSaved }: { readonly saved: EventSettings; readonly onSaved: (settings: EventSettings, event: EventInfo) => void }) {
  const { api } = useApp();
  const t = useText();
  const headingId = useId();
  const { busy, error, run } = useAction();
  const [status, setStatus] = useState<PrivacyStatus | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const load = useCallback(() => {
    void run(() => api.privacyStatus({})).then((loaded) => loaded && setStatus(loaded));
  }, [api, run]);
  useEffect(load, [load]);

  const purge = (count: number): void => {
    void run(() => api.purge({ confirmPeople: count })).then((outcome) => {
      if (!outcome) return;
      setConfirming(null);
      load();
    });
  };

  const purged = status?.purged ?? null;
  let progress = null;
  if (busy && confirming !== null) progress = t('purgeBusy');
  else if (cancelled) progress = t('purgeCancelled');
  return (
    <>
      <EventSettingsForm
        title={t('privacyTitle')}
        intro={`${t('privacyIntro')} ${t('privacyRetainHint')}`}
        keys={['retainUntil']}
        saved={saved}
        onSaved={(settings, event) => {
          onSaved(settings, event);
          load();
        }}
      />
      <section className="org-section org-danger" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('purgeTitle')}</h2>
        {status?.retainUntil && !purged && <p>{t('privacyRetainDate', { date: status.retainUntil })}</p>}
        {purged && (
          <p>
            {t('purgeDone', {
              people: purged.people,
              at: `${osloDay(purged.at).date}${osloDay(purged.at).year} ${osloTime(purged.at)}`,
              kiosk: purged.kioskName,
              action: t(ACTION_TEXT[purged.action]),
            })}
          </p>
        )}
        {status && !purged && confirming === null && (
          <div className="org-actions">
            <button
              type="button"
              className="button danger"
              onClick={() => {
                setCancelled(false);
                setConfirming(status.people);
              }}
            >
              {t('purgeStart')}
            </button>
          </div>
        )}
        {confirming !== null && (
          <>
            <FocusHeading level={3}>{t('purgeConfirmTitle', { count: confirming })}</FocusHeading>
            <p>{t('purgeConfirmText')}</p>
            <div className="org-actions">
              <button type="button" className="button danger" disabled={busy} onClick={() => purge(confirming)}>
                {t('purgeConfirmButton', { count: confirming })}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setConfirming(null);
                  setCancelled(true);
                }}
              >
                {t('purgeCancel')}
              </button>
            </div>
          </>
        )}
        <StatusMessage>{progress}</StatusMessage>
        <ErrorMessage error={error} />
        {status && (
          <>
            <h3>{t('writtenFilesTitle')}</h3>
            {status.files.length === 0 ? (
              <p>{t('writtenFilesNone')}</p>
            ) : (
              <ul>
                {status.files.map((f) => (
                  <li key={`${f.kind} ${f.path}`}>
                    <code>{f.path}</code> ({t(FILE_KIND_TEXT[f.kind])}
                    {f.fromScreens ? `, ${t('writtenFileFromScreens')}` : ''})
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}
