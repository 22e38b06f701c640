/**
 * The live overview: whether the day is going well, readable on a projector.
 * Arrivals against the list and the room, the arrival curve (drawn, and as a
 * table for screen readers), the pace of the last quarter of an hour, each
 * kiosk and its connection, and those let in twice. It updates itself when
 * the kiosk says the door or the sync has changed.
 */
import { useCallback, useId, useState, type ReactNode } from 'react';
import type { ChangeTopic, LiveOverviewResponse } from '../../../shared/contract.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useApp, useText } from '../app-context.js';
import { ErrorMessage, TableScroll } from '../common/form-parts.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useAction } from '../common/use-action.js';
import { useChanges } from '../common/use-changes.js';
import { DoorDayFigures } from './door-day-figures.js';
import { FocusHeading } from './focus-heading.js';
import { whenText } from './time-text.js';

const TOPICS: readonly ChangeTopic[] = ['door', 'sync', 'event'];

/** What this overview does not show yet, named as the report names it (the door's full day is in its own panel above). */
const NOT_RECORDED: readonly UiTextKey[] = ['reportFigureCloakroom', 'reportFigureLunch'];

type Overview = LiveOverviewResponse;
type Text = ReturnType<typeof useText>;

/** The section; `onShowKiosks` opens the kiosks section, where those let in twice are listed. */
export function OverviewScreen({ onShowKiosks }: { readonly onShowKiosks: () => void }) {
  const { api } = useApp();
  const t = useText();
  const { error, run } = useAction();
  const [overview, setOverview] = useState<Overview | null>(null);

  const refresh = useCallback(() => {
    void run(() => api.overview({})).then((loaded) => loaded && setOverview(loaded));
  }, [api, run]);
  useChanges(TOPICS, refresh);

  return (
    <div className="org-overview">
      <FocusHeading level={1}>{t('overviewTitle')}</FocusHeading>
      <ErrorMessage error={error} />
      <DoorDayFigures />
      {overview ? <Figures overview={overview} t={t} onShowKiosks={onShowKiosks} /> : !error && <p>{t('loading')}</p>}
    </div>
  );
}

function Figures({ overview, t, onShowKiosks }: { readonly overview: Overview; readonly t: Text; readonly onShowKiosks: () => void }) {
  const now = Date.parse(overview.at);
  const inside = overview.capacity === null ? String(overview.inside) : t('overviewOfCapacity', { count: overview.inside, capacity: overview.capacity });
  return (
    <>
      <p>{t('overviewUpdated', { when: whenText(t, overview.at, now) })}</p>
      <dl className="org-overview-figures">
        <Figure term={t('overviewConfirmed')} value={String(overview.confirmed)} />
        <Figure term={t('overviewArrived')} value={String(overview.arrived)} />
        <Figure term={t('overviewNotYet')} value={String(overview.notYetArrived)} />
        <Figure term={t('overviewInside')} value={inside} note={t('reportNotePeakFromArrivals')} />
        <Figure term={t('overviewLastQuarter')} value={String(overview.lastQuarterArrivals)} />
        <Figure
          term={t('overviewExpected', { time: osloTime(overview.startsAt) })}
          value={overview.expectedBeforeStart === null ? t('overviewNoEstimate') : String(overview.expectedBeforeStart)}
        />
        <Figure term={t('overviewAdmittedTwice')} value={String(overview.admittedTwice)}>
          {overview.admittedTwice > 0 && (
            <button type="button" className="button" onClick={onShowKiosks}>
              {t('overviewShowTwice')}
            </button>
          )}
        </Figure>
      </dl>
      <p className="org-overview-unrecorded">
        <strong>{t('overviewNotRecordedTitle')}:</strong> {NOT_RECORDED.map((key) => t(key)).join(', ')}.
      </p>
      <ArrivalCurve overview={overview} t={t} />
      <Kiosks overview={overview} t={t} now={now} />
    </>
  );
}

function Figure({ term, value, note, children }: { readonly term: string; readonly value: string; readonly note?: string; readonly children?: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <span className="org-overview-value">{value}</span>
        {note && <span className="org-overview-note">{note}</span>}
        {children}
      </dd>
    </div>
  );
}

/** Bars per quarter of an hour, drawn for the eye; the same numbers in a table for screen readers. */
function ArrivalCurve({ overview, t }: { readonly overview: Overview; readonly t: Text }) {
  const quarters = overview.arrivals;
  if (quarters.length === 0) return <p>{t('overviewNoArrivals')}</p>;
  const max = Math.max(1, ...quarters.map((q) => q.arrivals));
  const width = 100 / quarters.length;
  const labelEvery = Math.max(1, Math.ceil(quarters.length / 12));
  return (
    <section>
      <h2>{t('reportTableArrivals')}</h2>
      <svg className="org-overview-chart" viewBox="0 0 100 44" preserveAspectRatio="none" aria-hidden="true">
        {quarters.map((q, i) => {
          const height = (q.arrivals / max) * 36;
          return <rect key={q.start} x={i * width + width * 0.1} y={38 - height} width={width * 0.8} height={height} />;
        })}
      </svg>
      <ol className="org-overview-axis" aria-hidden="true">
        {quarters.map((q, i) => (
          <li key={q.start}>{i % labelEvery === 0 ? osloTime(q.start) : ''}</li>
        ))}
      </ol>
      <table className="visually-hidden">
        <caption>{t('overviewArrivalsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportColumnQuarter')}</th>
            <th scope="col">{t('reportColumnArrivals')}</th>
            <th scope="col">{t('reportColumnCumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.start}>
              <th scope="row">{osloTime(q.start)}</th>
              <td>{q.arrivals}</td>
              <td>{q.cumulative}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function syncText(t: Text, kiosk: Overview['kiosks'][number], now: number): string {
  switch (kiosk.sync) {
    case 'this':
      return t('overviewSyncThis');
    case 'online':
      return t('overviewSyncOnline');
    case 'offline':
      return t('overviewSyncOffline', { when: kiosk.lastSeenAt ? whenText(t, kiosk.lastSeenAt, now) : '' });
    default:
      return t('overviewSyncUnknown');
  }
}

function Kiosks({ overview, t, now }: { readonly overview: Overview; readonly t: Text; readonly now: number }) {
  const captionId = useId();
  if (overview.kiosks.length === 0) return <p>{t('overviewNoKiosks')}</p>;
  return (
    <TableScroll labelId={captionId}>
      <table className="org-table">
        <caption id={captionId}>{t('overviewKiosksTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportColumnKiosk')}</th>
            <th scope="col">{t('reportColumnStation')}</th>
            <th scope="col">{t('reportColumnScans')}</th>
            <th scope="col">{t('overviewColumnLastScan')}</th>
            <th scope="col">{t('overviewColumnSync')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.kiosks.map((k) => (
            <tr key={`${k.kioskId} ${k.station}`}>
              <th scope="row">{k.kiosk}</th>
              <td>{k.station}</td>
              <td>{k.scans}</td>
              <td>{k.lastScanAt ? whenText(t, k.lastScanAt, now) : ''}</td>
              <td>{syncText(t, k, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
