/**
 * The kiosk's screen for its station: the entrance's, the exit's, the
 * cloakroom's or the lunch counter's; it follows the organiser's switch as soon as it is made.
 */
import { useCallback, useState } from 'react';
import type { ChangeTopic } from '../../../shared/contract.js';
import type { Station } from '../../../shared/stations.js';
import { useApp } from '../app-context.js';
import { useChanges } from '../common/use-changes.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import { VolunteerScreen } from '../volunteer/volunteer-screen.js';
import { CloakroomScreen } from './cloakroom-screen.js';
import { KioskCountsProvider } from './kiosk-counts.js';
import { LunchScreen } from './lunch-screen.js';

/** The station is one of the kiosk's settings. */
const STATION_TOPICS: readonly ChangeTopic[] = ['event'];

/** The screen of the station this kiosk works. */
export function KioskScreen({ onOrganiser }: { readonly onOrganiser: () => void }) {
  const { api } = useApp();
  const [station, setStation] = useState<Station | null>(null);
  const requests = useLatestOnly();
  // Until the kiosk answers, nothing: a flash of the wrong station's screen would mislead.
  const refresh = useCallback(() => requests.track(api.stationGet({}), (answer) => setStation(answer.station), () => setStation((known) => known ?? 'inngang')), [api, requests]);
  useChanges(STATION_TOPICS, refresh);
  return <KioskCountsProvider>{stationScreen(station, onOrganiser)}</KioskCountsProvider>;
}

/** The screen for the station, or nothing before the kiosk has said which. */
function stationScreen(station: Station | null, onOrganiser: () => void) {
  if (station === 'garderobe') return <CloakroomScreen onOrganiser={onOrganiser} />;
  if (station === 'lunsj') return <LunchScreen onOrganiser={onOrganiser} />;
  if (station === 'inngang' || station === 'utgang') return <VolunteerScreen key={station} station={station} onOrganiser={onOrganiser} />;
  return null;
}
