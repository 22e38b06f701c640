/**
 * The station screens' banner: the event, this kiosk and its station, the
 * station's own figures, the time, the language and the organiser screens.
 */
import type { Station } from '../../../shared/stations.js';
import { useText } from '../app-context.js';
import { LanguageSwitch } from '../language-switch.js';
import { Clock } from '../volunteer/clock.js';
import { SyncLine } from '../volunteer/sync-line.js';
import { useEventInfo } from '../volunteer/use-kiosk-figures.js';
import { STATION_NAME } from './station-name.js';

/** The page's banner at a station. */
export function StationBar({ station, figures, onOrganiser }: { readonly station: Station; readonly figures: string; readonly onOrganiser: () => void }) {
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
      <p className="volunteer-counts station-figures">{figures}</p>
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
}
