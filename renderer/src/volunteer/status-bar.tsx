/**
 * The bar always on screen: the event, this kiosk, arrivals, the time, the
 * language, the way to the organiser screens and the link to the hub.
 */
import { memo } from 'react';
import type { ResponseOf } from '../../../shared/contract.js';
import { useText } from '../app-context.js';
import { LanguageSwitch } from '../language-switch.js';
import { Clock } from './clock.js';
import { SyncLine } from './sync-line.js';

interface StatusBarProps {
  readonly eventName: string;
  readonly kioskName: string;
  readonly counts: ResponseOf<'counts'> | null;
  readonly onOrganiser: () => void;
}

/** The page's banner. */
export const StatusBar = memo(function StatusBar({ eventName, kioskName, counts, onOrganiser }: StatusBarProps) {
  const t = useText();
  return (
    <header className="volunteer-bar">
      <div className="volunteer-event">
        <h1>{eventName}</h1>
        {kioskName && <p>{t('volunteerKiosk', { name: kioskName })}</p>}
      </div>
      <p className="volunteer-counts" data-arrived={counts?.arrived}>
        {counts && (counts.total === 0 ? t('volunteerNoRegistrants') : t('volunteerCounts', { arrived: counts.arrived, expected: counts.expected }))}
      </p>
      <Clock />
      <div className="volunteer-actions">
        <LanguageSwitch />
        <button type="button" className="button" onClick={onOrganiser}>
          {t('volunteerOrganiser')}
        </button>
      </div>
      <SyncLine />
    </header>
  );
});
