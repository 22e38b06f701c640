/**
 * The banner of every station's screen, the door's included: the event, this
 * kiosk and its station, how many are inside against the room's capacity,
 * the station's own figures, the time, the language, the organiser screens
 * and the link to the hub.
 */
import { memo, type ReactNode } from 'react';
import type { Station } from '../../../shared/stations.js';
import { useText } from '../app-context.js';
import { LanguageSwitch } from '../language-switch.js';
import { Clock } from '../volunteer/clock.js';
import { SyncLine } from '../volunteer/sync-line.js';
import { useEventInfo } from '../volunteer/use-kiosk-figures.js';
import { CapacityGauge } from './capacity-gauge.js';
import { STATION_NAME } from './station-name.js';

interface StationBarProps {
  readonly station: Station;
  readonly onOrganiser: () => void;
  /** The station's own figures. */
  readonly children?: ReactNode;
}

/** The page's banner at a station. */
export const StationBar = memo(function StationBar({ station, onOrganiser, children }: StationBarProps) {
  const t = useText();
  const info = useEventInfo();
  return (
    <header className="volunteer-bar">
      <div className="volunteer-event">
        <h1>{info?.name ?? t('appName')}</h1>
        <p>
          {info?.kioskName && `${t('volunteerKiosk', { name: info.kioskName })} · `}
          <strong className="station-name">{t('stationHeader', { station: t(STATION_NAME[station]) })}</strong>
        </p>
      </div>
      {/* One above the other: side by side they would push the buttons onto a line of their own. */}
      <div className="station-figures-box">
        <CapacityGauge />
        {children}
      </div>
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
