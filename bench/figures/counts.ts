/**
 * The counts every screen asks for after each change: the head counts, the
 * cloakroom and the lunch counter, on the whole list and a day's log of
 * 60,000 events from several kiosks (arrivals, refused scans, hand-ins and
 * collections, lunches, undos).
 */
import { eventId, type LogEvent } from '../../shared/event-log.js';
import type { Core } from '../../electron/core/core.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { stationCountsSync } from '../../electron/core/stations/station-counts.js';
import { doorCountsSync } from '../../electron/core/door-day/door-state.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { readRawSync } from '../../test/helpers/raw-database.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement } from '../figure.js';
import { sampleEachSync } from '../measure.js';

const DAY_EVENTS = 60_000;
const TIMED_COUNTS = 1000;
const WARM_UP_COUNTS = 100;
/** The tags of the cloakroom: more hand-ins than tags, so tags are used again after collection. */
const TAGS = 800;

/** The counts figure. */
export function countsFigures(data: BenchData): Figure[] {
  return [{ name: 'counts (head counts, cloakroom, lunch; 60,000 events)', target: { stat: 'p99', underMs: 2 }, run: async () => data.withFreshCore((core) => countDay(core, data)) }];
}

/**
 * A day's events as four kiosks record them: the door admits most of the
 * confirmed and refuses some scans, the cloakroom takes coats against tags
 * and hands most back, the lunch counter serves most arrivals (some twice,
 * some without a code), and each kiosk undoes a few; in all DAY_EVENTS.
 */
export function dayOfEvents(ids: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  const seqs = new Map<string, number>();
  const add = (kioskId: string, station: string, fields: Pick<LogEvent, 'kind' | 'registrantId' | 'details'>): LogEvent => {
    const seq = (seqs.get(kioskId) ?? 0) + 1;
    seqs.set(kioskId, seq);
    const at = new Date(Date.UTC(2026, 2, 12, 8) + events.length * 500).toISOString();
    const event = { id: eventId(kioskId, seq), kioskId, seq, at, kioskName: `${station} ${kioskId}`, station, ...fields } as LogEvent;
    events.push(event);
    return event;
  };
  const hanging = new Map<number, LogEvent>();
  for (let i = 0; events.length < DAY_EVENTS; i++) {
    const id = ids[i % ids.length]!;
    const round = Math.floor(i / ids.length);
    if (round === 0) {
      const admitted = add('DOOR0001', 'inngang', { kind: 'checkin', registrantId: id, details: { by: 'token' } });
      if (i % 50 === 0) add('DOOR0001', 'inngang', { kind: 'undo', registrantId: id, details: { target: admitted.id, reason: 'feil person' } });
      if (i % 9 === 0) add('DOOR0001', 'inngang', { kind: 'scan', registrantId: id, details: { by: 'token', verdict: 'already' } });
    } else if (round === 1) {
      const tag = (i % TAGS) + 1;
      const earlier = hanging.get(tag);
      if (earlier) add('CLOAK001', 'garderobe', { kind: 'cloak_out', registrantId: earlier.registrantId, details: { tag, handIn: earlier.id } });
      const withCode = i % 20 !== 0;
      hanging.set(tag, add('CLOAK001', 'garderobe', { kind: 'cloak_in', registrantId: withCode ? id : null, details: { tag, by: withCode ? 'token' : 'none' } }));
    } else {
      const served = add('LUNCH001', 'lunsj', { kind: 'lunch', registrantId: id, details: { by: 'token', again: round > 2 } });
      if (i % 40 === 0) add('LUNCH001', 'lunsj', { kind: 'undo', registrantId: id, details: { target: served.id, reason: 'feil knapp' } });
      if (i % 15 === 0) add('LUNCH001', 'lunsj', { kind: 'lunch', registrantId: null, details: { by: 'none', again: false } });
    }
  }
  return events;
}

function countDay(core: Core, data: BenchData): Measurement {
  importRegistrantsSync(core, data.csv(), { fileName: 'deltakere.csv', dryRun: false });
  const ids = readRawSync(core.dataDir, (db) => db.prepare("SELECT id FROM registrant WHERE status = 'confirmed' ORDER BY id").pluck().all() as string[]);
  applyEventsSync(core, dayOfEvents(ids));
  const runs = Array.from({ length: WARM_UP_COUNTS + TIMED_COUNTS }, (_, i) => i);
  const samples = sampleEachSync(
    { warmUp: runs.slice(0, WARM_UP_COUNTS), timed: runs.slice(WARM_UP_COUNTS) },
    () => ({ ...doorCountsSync(core), ...stationCountsSync(core) }),
    (counts) => {
      if (counts.arrived === 0 || counts.cloak.handedIn === 0 || counts.lunch.served === 0) throw new Error('the day left nothing to count');
    },
  );
  const last = { ...doorCountsSync(core), ...stationCountsSync(core) };
  return { samples, note: `${last.arrived} arrived, ${last.cloak.hanging} coats hanging, ${last.lunch.served} lunches` };
}
