/**
 * Moving this kiosk to another station: behind the PIN, as every organiser screen.
 */
import { useEffect, useState } from 'react';
import { STATIONS, type Station } from '../../../shared/stations.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, FormSection, SelectField } from '../common/form-parts.js';
import { useAction } from '../common/use-action.js';
import { STATION_NAME } from '../stations/station-name.js';

/** The station switch. */
export function StationSwitch() {
  const { api } = useApp();
  const t = useText();
  const { busy, error, run } = useAction();
  const [station, setStation] = useState<Station | null>(null);
  const [done, setDone] = useState<Station | null>(null);
  useEffect(() => {
    void run(() => api.stationGet({})).then((loaded) => loaded && setStation(loaded.station));
  }, [api, run]);
  if (!station) return <ErrorMessage error={error} />;

  const save = (): void => {
    setDone(null);
    void run(() => api.stationSet({ station })).then((saved) => saved && setDone(saved.station));
  };
  return (
    <FormSection
      title={t('stationSwitchTitle')}
      intro={t('stationSwitchIntro')}
      submitText={t('stationSwitchSubmit')}
      busy={busy}
      error={error}
      status={done ? t('stationSwitchDone', { station: t(STATION_NAME[done]) }) : null}
      onSubmit={save}
    >
      <SelectField
        label={t('stationSwitchLabel')}
        value={station}
        choices={STATIONS.map((s) => ({ value: s, label: t(STATION_NAME[s]) }))}
        onValue={(value) => setStation(STATIONS.find((s) => s === value) ?? station)}
      />
    </FormSection>
  );
}
