/**
 * The organiser's live overview, kept up to date by following the log: each
 * call reads only the events stored since the last (a scan here, a sync
 * round's batch), so the figures stay quick however long the day. The
 * stations' figures are asked of the stations (stationCountsSync) only when
 * the new events hold something besides the door's scans.
 */
import type { RegistrantStatus } from '../../../shared/domain.js';
import { UNCOUNTED_KINDS } from '../../../shared/event-log.js';
import { osloInstant } from '../../../shared/oslo-clock.js';
import { arrivalQuarters, quarterOf } from '../../../shared/report/build-report.js';
import type { LiveOverview, OverviewKiosk } from '../../../shared/report/overview-model.js';
import { ONLINE_WINDOW_MS } from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { stationCountsSync } from '../stations/station-counts.js';
import { doorCountsSync } from '../door-day/door-state.js';
import { eventSettingsSync } from '../event-settings.js';
import { peersSync } from '../store/hub-store.js';
import { lunchExpectedSync } from '../store/station-store.js';
import { arrivalsSync, arrivalTimesSync, duplicateCountSync, logAfterSync, logCursorSync } from '../store/log-store.js';
import { listRevisionSync, registrantStatusesSync } from '../store/registrants-store.js';

const QUARTER_MS = 15 * 60_000;
/** The door's kinds of event: they change no station's figures. */
const DOOR_KINDS: ReadonlySet<string> = new Set(['checkin', 'scan']);
/** The kinds that are no scan (kioskScansSync leaves out the same). */
const UNCOUNTED: ReadonlySet<string> = new Set(UNCOUNTED_KINDS);
/** Above this many registrants, reading every arrival is quicker than reading theirs by id. */
const READ_ALL_ABOVE = 1000;

interface KioskTally {
  readonly kioskId: string;
  kiosk: string;
  readonly station: string;
  scans: number;
  lastScanAt: string | null;
}

/** Where `value` goes in the ascending `sorted`: the index of the first item not below it. */
function insertionPoint(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What the overview has read so far of one event's log and list, and the counts kept from it. */
class OverviewState {
  lastRowid = 0;
  listRevision = -1;
  confirmed = 0;
  waitlisted = 0;
  confirmedArrived = 0;
  readonly statuses = new Map<string, RegistrantStatus>();
  /** Each arrived registrant's arrival, in milliseconds. */
  readonly arrivals = new Map<string, number>();
  /** The same arrivals in order, to count those of the last quarter of an hour. */
  readonly arrivalTimes: number[] = [];
  readonly perQuarter = new Map<number, number>();
  readonly kiosks = new Map<string, KioskTally>();
  /** The stations' figures as last asked for; null when events since may have changed them. */
  stations: { hanging: number; flagged: number; lunchServed: number } | null = null;

  constructor(readonly eventId: string) {}

  setArrival(registrantId: string, arrivedAt: string | null): void {
    const confirmed = this.statuses.get(registrantId) === 'confirmed' ? 1 : 0;
    const before = this.arrivals.get(registrantId);
    if (before !== undefined) {
      const quarter = quarterOf(before);
      this.perQuarter.set(quarter, (this.perQuarter.get(quarter) ?? 0) - 1);
      this.arrivalTimes.splice(insertionPoint(this.arrivalTimes, before), 1);
      this.arrivals.delete(registrantId);
      this.confirmedArrived -= confirmed;
    }
    if (arrivedAt === null) return;
    const ms = Date.parse(arrivedAt);
    const quarter = quarterOf(ms);
    this.arrivals.set(registrantId, ms);
    this.arrivalTimes.splice(insertionPoint(this.arrivalTimes, ms), 0, ms);
    this.perQuarter.set(quarter, (this.perQuarter.get(quarter) ?? 0) + 1);
    this.confirmedArrived += confirmed;
  }

  /** Arrivals after `from` up to and including `to`. */
  arrivalsBetween(from: number, to: number): number {
    return insertionPoint(this.arrivalTimes, to + 1) - insertionPoint(this.arrivalTimes, from + 1);
  }

  /** Takes in the log's rows stored since the last call, and the arrivals they changed. */
  followSync(core: Core): void {
    const rows = logAfterSync(core, this.lastRowid);
    if (rows.length === 0) return;
    const touched = new Set<string>();
    for (const row of rows) {
      this.lastRowid = row.rowid;
      if (!DOOR_KINDS.has(row.kind)) this.stations = null;
      if (row.registrantId !== null && row.kind !== 'scan') touched.add(row.registrantId);
      if (UNCOUNTED.has(row.kind)) continue;
      const key = `${row.kioskId}\u0001${row.station}`;
      let tally = this.kiosks.get(key);
      if (!tally) {
        tally = { kioskId: row.kioskId, kiosk: row.kiosk, station: row.station, scans: 0, lastScanAt: null };
        this.kiosks.set(key, tally);
      }
      tally.scans++;
      if (tally.lastScanAt === null || row.at >= tally.lastScanAt) {
        tally.lastScanAt = row.at;
        tally.kiosk = row.kiosk;
      }
    }
    // The arrivals of the registrants the new events name: at the start thousands, read all at once.
    const ids = [...touched];
    const arrivedAt = ids.length > READ_ALL_ABOVE ? new Map(arrivalsSync(core).map((a) => [a.registrantId, a.at])) : arrivalTimesSync(core, ids);
    for (const id of ids) this.setArrival(id, arrivedAt.get(id) ?? null);
  }

  /** Reads the statuses again when the list has changed, and counts by them. */
  statusesSync(core: Core): void {
    const revision = listRevisionSync(core);
    if (revision === this.listRevision) return;
    this.statuses.clear();
    this.confirmed = 0;
    this.waitlisted = 0;
    for (const { id, status } of registrantStatusesSync(core)) {
      this.statuses.set(id, status);
      if (status === 'confirmed') this.confirmed++;
      else if (status === 'waitlisted') this.waitlisted++;
    }
    this.confirmedArrived = 0;
    for (const id of this.arrivals.keys()) if (this.statuses.get(id) === 'confirmed') this.confirmedArrived++;
    this.listRevision = revision;
  }

  /** The stations' figures, asked for again only when events since the last time may have changed them. */
  stationsSync(core: Core): NonNullable<OverviewState['stations']> {
    if (this.stations === null) {
      const { cloak, lunch } = stationCountsSync(core);
      this.stations = { hanging: cloak.hanging, flagged: cloak.flagged.length, lunchServed: lunch.served };
    }
    return this.stations;
  }
}

const states = new WeakMap<Core, OverviewState>();

/** The state for the data directory's event; begun again for another event, or when the log was wiped. */
function stateFor(core: Core, eventId: string): OverviewState {
  let state = states.get(core);
  if (!state || state.eventId !== eventId || logCursorSync(core) < state.lastRowid) {
    state = new OverviewState(eventId);
    states.set(core, state);
  }
  return state;
}

function kioskRows(core: Core, state: OverviewState, now: number): OverviewKiosk[] {
  const peers = new Map(peersSync(core).map((p) => [p.kioskId, p]));
  const rows: OverviewKiosk[] = [...state.kiosks.values()].map((k) => {
    const peer = peers.get(k.kioskId);
    const sync = k.kioskId === core.kioskId ? 'this' : !peer ? 'unknown' : now - Date.parse(peer.lastSeenAt) < ONLINE_WINDOW_MS ? 'online' : 'offline';
    return { kioskId: k.kioskId, kiosk: k.kiosk, station: k.station, scans: k.scans, lastScanAt: k.lastScanAt, sync, lastSeenAt: peer?.lastSeenAt ?? null };
  });
  // Kiosks that have synced but scanned nobody yet are there too.
  for (const peer of peers.values()) {
    if (rows.some((r) => r.kioskId === peer.kioskId)) continue;
    const sync = now - Date.parse(peer.lastSeenAt) < ONLINE_WINDOW_MS ? 'online' : 'offline';
    rows.push({ kioskId: peer.kioskId, kiosk: peer.kioskName, station: '', scans: 0, lastScanAt: null, sync, lastSeenAt: peer.lastSeenAt });
  }
  return rows.sort((a, b) => b.scans - a.scans || a.kiosk.localeCompare(b.kiosk, 'nb'));
}

/** The overview's figures now. */
export function liveOverviewSync(core: Core, now: Date = new Date()): LiveOverview {
  return core.transaction((): LiveOverview => {
    const event = core.requireEventSync();
    const state = stateFor(core, event.id);
    state.statusesSync(core);
    state.followSync(core);

    const { confirmed, waitlisted } = state;
    const nowMs = now.getTime();
    const lastQuarterArrivals = state.arrivalsBetween(nowMs - QUARTER_MS, nowMs);
    const notYetArrived = confirmed - state.confirmedArrived;
    const settings = eventSettingsSync(core);
    const startsAtMs = osloInstant(event.date, settings.starts);
    const expectedBeforeStart =
      startsAtMs > nowMs && lastQuarterArrivals > 0 ? Math.min(notYetArrived, Math.round((lastQuarterArrivals * (startsAtMs - nowMs)) / QUARTER_MS)) : null;
    const arrived = state.arrivals.size;
    const stations = state.stationsSync(core);
    // The door's running head counts: one row however long the day.
    const door = doorCountsSync(core);
    return {
      at: now.toISOString(),
      capacity: event.capacity,
      confirmedOrWaitlisted: confirmed + waitlisted,
      confirmed,
      arrived,
      notYetArrived,
      inside: door.inside,
      exits: door.exits,
      arrivals: arrivalQuarters(state.perQuarter),
      lastQuarterArrivals,
      expectedBeforeStart,
      startsAt: new Date(startsAtMs).toISOString(),
      kiosks: kioskRows(core, state, nowMs),
      admittedTwice: duplicateCountSync(core),
      waitingAtDoor: door.waitingAtDoor,
      waitlistAdmissions: door.waitlistAdmitted,
      walkIns: door.walkIns,
      forcedAdmissions: door.forced,
      cloakroomHanging: stations.hanging,
      flaggedTags: stations.flagged,
      // Read each time: an arrival changes it, and the door's events do not ask the stations again.
      lunchServed: { served: stations.lunchServed, expected: lunchExpectedSync(core) },
    };
  });
}
