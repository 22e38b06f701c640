/**
 * The end-of-day attendance report in each format, for the whole list and a
 * day of 60,000 events from three kiosks: arrivals spread over the morning,
 * repeated scans, refusals, people let in twice and undone admissions.
 */
import type { Core } from '../../electron/core/core.js';
import { liveOverviewSync } from '../../electron/core/report/live-overview.js';
import { reportFile } from '../../electron/core/report/report-file.js';
import { arrivalsSync, eventCountSync } from '../../electron/core/store/log-store.js';
import { countsSync, registrantStatusesSync } from '../../electron/core/store/registrants-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import type { ReportFormat } from '../../shared/report/report-model.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement, Target } from '../figure.js';
import { timeSync } from '../measure.js';

const EVENTS = 60_000;
const RUNS = 5;
const KIOSKS = ['BENCHK01', 'BENCHK02', 'BENCHK03'] as const;
const DAY_START_MS = Date.parse('2026-03-12T07:30:00Z');
const MORNING_S = 3 * 3600;

const TARGETS: Readonly<Record<ReportFormat, Target>> = {
  pdf: { stat: 'median', underMs: 2000 },
  xlsx: { stat: 'median', underMs: 1000 },
  csv: { stat: 'median', underMs: 1000 },
  json: { stat: 'median', underMs: 1000 },
};

const OVERVIEW_SCANS = 500;
const OVERVIEW_WARM_UP = 50;
let overviewRuns = 0;

/** The report figures, one per format, and the live overview's. */
export function reportFigures(data: BenchData): Figure[] {
  const day = (): Core => data.keptCore('report-day', fillDaySync);
  return [
    ...(['pdf', 'xlsx', 'csv', 'json'] as const).map((format) => ({
      name: `report ${format.toUpperCase()} (${data.registrants.toLocaleString('en-US')} registrants, ${EVENTS.toLocaleString('en-US')} events)`,
      target: TARGETS[format],
      run: async () => timeReports(day(), format),
    })),
    {
      name: 'live overview, after each scan',
      target: { stat: 'p99', underMs: 5 },
      run: async () => timeOverview(day()),
    },
  ];
}

/** Events of one kiosk, numbered on from its last. */
class KioskLog {
  readonly events: LogEvent[] = [];

  constructor(
    private readonly kioskId: string,
    private readonly name: string,
  ) {}

  add(kind: 'checkin' | 'scan' | 'undo', registrantId: string, atMs: number, details: LogEvent['details']): string {
    const seq = this.events.length + 1;
    const id = eventId(this.kioskId, seq);
    const at = new Date(atMs).toISOString();
    this.events.push({ id, kioskId: this.kioskId, seq, at, kioskName: this.name, station: 'inngang', kind, registrantId, details } as LogEvent);
    return id;
  }
}

/** A day at three kiosks: most of the confirmed arrive; some are scanned again, let in twice, or undone and let in again. */
function fillDaySync(core: Core): void {
  const registrants = registrantStatusesSync(core);
  const logs = KIOSKS.map((id, i) => new KioskLog(id, `Inngang ${i + 1}`));
  const total = (): number => logs.reduce((sum, log) => sum + log.events.length, 0);
  const arrived: { id: string; atMs: number }[] = [];
  registrants.forEach(({ id, status }, i) => {
    const log = logs[i % logs.length]!;
    const other = logs[(i + 1) % logs.length]!;
    const atMs = DAY_START_MS + ((i * 7919) % MORNING_S) * 1000;
    if (status !== 'confirmed') {
      log.add('scan', id, atMs, { by: 'token', verdict: status });
      return;
    }
    if (i % 7 === 0) return;
    const first = log.add('checkin', id, atMs, { by: 'token' });
    if (i % 101 === 0) {
      log.add('undo', id, atMs + 20_000, { target: first, reason: 'feil person' });
      log.add('checkin', id, atMs + 40_000, { by: 'search' });
    }
    if (i % 53 === 0) other.add('checkin', id, atMs + 90_000, { by: 'ref' });
    arrived.push({ id, atMs });
  });
  // Codes shown again later in the day, until the day holds its events.
  for (let n = 0; total() < EVENTS; n++) {
    const { id, atMs } = arrived[(n * 31) % arrived.length]!;
    logs[n % logs.length]!.add('scan', id, atMs + 3_600_000 + n * 10, { by: 'token', verdict: 'already' });
  }
  applyEventsSync(core, logs.flatMap((log) => log.events));
}

/** One untimed run, then RUNS timed ones, each checked for what it must hold. */
async function timeReports(core: Core, format: ReportFormat): Promise<Measurement> {
  const once = async (): Promise<{ ms: number; size: number }> => {
    const start = process.hrtime.bigint();
    const file = await reportFile(core, { format });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (file.bytes.length < 10_000) throw new Error(`the ${format} report is only ${file.bytes.length} bytes`);
    return { ms, size: file.bytes.length };
  };
  await once();
  const runs: { ms: number; size: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const events = eventCountSync(core);
  const { arrived: arrivals } = countsSync(core);
  return {
    samples: runs.map((r) => r.ms),
    note: `after 1 warm-up run; ${events.toLocaleString('en-US')} events, ${arrivals.toLocaleString('en-US')} arrivals; ${(runs[0]!.size / 1024).toFixed(0)} KiB`,
  };
}

/** The overview asked for after each of a stream of new arrivals, as the screen does when the door changes; only the asking is timed. */
function timeOverview(core: Core): Measurement {
  const arrived = new Set(arrivalsSync(core).map((a) => a.registrantId));
  const waiting = registrantStatusesSync(core)
    .filter((r) => r.status === 'confirmed' && !arrived.has(r.id))
    .map((r) => r.id);
  if (waiting.length < OVERVIEW_WARM_UP + OVERVIEW_SCANS) throw new Error(`only ${waiting.length} registrants left to arrive`);
  // A kiosk of its own each run, so that a second run's events are new too.
  const kiosk = new KioskLog(`BENCHO${String(++overviewRuns).padStart(2, '0')}`, 'Inngang 4');
  const startMs = DAY_START_MS + MORNING_S * 1000;
  const arriveAndAsk = (id: string): { ms: number; arrived: number } => {
    kiosk.add('checkin', id, startMs + kiosk.events.length * 1000, { by: 'token' });
    applyEventsSync(core, kiosk.events.slice(-1));
    const { ms, value } = timeSync(() => liveOverviewSync(core));
    return { ms, arrived: value.arrived };
  };
  // The first call reads the whole day, as when the screen opens; then the warm-up.
  liveOverviewSync(core);
  for (const id of waiting.slice(0, OVERVIEW_WARM_UP)) arriveAndAsk(id);
  const runs = waiting.slice(OVERVIEW_WARM_UP, OVERVIEW_WARM_UP + OVERVIEW_SCANS).map(arriveAndAsk);
  const expected = runs[0]!.arrived + runs.length - 1;
  if (runs[runs.length - 1]!.arrived !== expected) throw new Error(`the overview says ${runs[runs.length - 1]!.arrived} arrived, not ${expected}`);
  return { samples: runs.map((r) => r.ms), note: `after ${OVERVIEW_WARM_UP} warm-up scans; ${expected.toLocaleString('en-US')} arrived at the end` };
}
