/**
 * How this kiosk keeps in touch with the hub, in one line under the bar:
 * online or not, how long since the last sync, what waits to upload and the
 * list's revision; and a notice when someone has been let in twice.
 */
import { useState } from 'react';
import { useText } from '../app-context.js';
import { useSyncStatus, type SyncFigures } from './use-kiosk-figures.js';

/** Past this many seconds the time since the last sync reads in minutes. */
const SECONDS_SHOWN = 120;

/** The time since the last sync, in seconds or minutes. */
function sinceText(t: ReturnType<typeof useText>, status: SyncFigures): string {
  if (status.lastSyncAt === null) return t('syncLineNever');
  const seconds = Math.max(0, Math.round((status.checkedAt - Date.parse(status.lastSyncAt)) / 1000));
  return seconds < SECONDS_SHOWN ? t('syncLineAgoSeconds', { seconds }) : t('syncLineAgoMinutes', { minutes: Math.floor(seconds / 60) });
}

/** A joined kiosk's link to the hub: the word and the icon say it, not the colour alone. */
function HubLink({ status }: { readonly status: SyncFigures }) {
  const t = useText();
  return (
    <>
      <span className="sync-state" data-online={status.online}>
        <span aria-hidden="true">{status.online ? '✔' : '✖'}</span> {t(status.online ? 'syncLineOnline' : 'syncLineOffline')}
      </span>
      <span>{sinceText(t, status)}</span>
      {status.pending > 0 && <span>{t('syncLinePending', { count: status.pending })}</span>}
      <span>{t('syncLineList', { revision: status.listRevision })}</span>
      {!status.online && <span className="sync-next">{t('syncLineOfflineNext')}</span>}
    </>
  );
}

/**
 * The sync line. On the hub (no hub of its own, but other kiosks' events)
 * it just says so; a stand-alone kiosk shows nothing.
 */
export function SyncLine() {
  const t = useText();
  const status = useSyncStatus();
  // Conflicts already dismissed; a new one brings the notice back.
  const [dismissed, setDismissed] = useState(0);
  if (!status) return null;
  const isHub = status.hub === null && Object.keys(status.vector).some((kiosk) => kiosk !== status.kioskId);
  const conflicts = status.conflicts > dismissed ? status.conflicts : 0;
  return (
    <div className="sync-line">
      {status.hub !== null && (
        <p className="sync-figures">
          <HubLink status={status} />
        </p>
      )}
      {isHub && <p className="sync-figures">{t('syncLineIsHub')}</p>}
      {/* The region stays in place so that a new notice is announced. */}
      <div role="status" className="sync-conflicts">
        {conflicts > 0 && (
          <p className="notice">
            {t(conflicts === 1 ? 'syncLineConflictOne' : 'syncLineConflictMany', { count: conflicts })}{' '}
            <button type="button" className="button" onClick={() => setDismissed(status.conflicts)}>
              {t('syncLineConflictDismiss')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
