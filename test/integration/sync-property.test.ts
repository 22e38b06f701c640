/**
 * Sync as a property: whatever the kiosks scan, however the network splits
 * and heals, whichever rounds run — repeated, in any order, with the answer
 * lost or the batch cut short or damaged — once every kiosk has synced they
 * all hold the same events, none lost and none twice, and the same arrivals.
 * And a sync process killed in the middle of a round leaves a database that
 * opens, and a sync that completes the next time.
 */
import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compareEvents, eventId, type LogEvent, type LogEventOf } from '../../shared/event-log.js';
import { MAX_EVENTS_PER_MESSAGE, roundResponse, syncFile, type RoundRequestMessage, type VersionVector, type WireEvent } from '../../shared/sync-protocol.js';
import { peersSync } from '../../electron/core/store/hub-store.js';
import { eventFromRow, eventsAboveSync, versionVectorSync, type LogRow } from '../../electron/core/store/log-store.js';
import { checkInByIdSync, scanSync, undoLastCheckinSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { codeRowsSync } from '../../electron/core/registrants.js';
import { listRevisionSync, registrantsAboveSync } from '../../electron/core/store/registrants-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { roundRequestSync, syncWithHub } from '../../electron/core/sync/sync-client.js';
import { syncRoundSync } from '../../electron/core/sync/sync-service.js';
import { UserError } from '../../shared/i18n.js';
import { runCli } from '../helpers/cli.js';
import { startCli } from '../helpers/cli-process.js';
import {
  attendanceSync,
  eventDir,
  eventIdsSync,
  expectSameRecord,
  joinedKiosk,
  kiosksWithGapsSync,
  LOOPBACK,
  startHub,
  waitFor,
  type AttendanceRow,
  type RunningHub,
} from '../helpers/kiosk-cluster.js';
import { readRawSync, writeRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** Few people, so that kiosks apart often let the same person in. */
const PEOPLE = 8;
const KIOSK_NAMES = ['Inngang A', 'Inngang B', 'Inngang C'];
/** Node 0 is the hub, the others the kiosks joined to it. */
const NODES = KIOSK_NAMES.length + 1;
const RUNS = 25;
/** Runs that would start after this pass without running, so a slow machine runs fewer. */
const PROPERTY_BUDGET_MS = 35_000;

type Fault = 'none' | 'lostReply' | 'gap' | 'corrupt';
type Step =
  | { readonly kind: 'scan'; readonly node: number; readonly person: number; readonly by: 'code' | 'search' }
  | { readonly kind: 'undo'; readonly node: number }
  /** Which nodes can reach each other: those in the same group. */
  | { readonly kind: 'split'; readonly groups: readonly number[] }
  | { readonly kind: 'round'; readonly client: number; readonly server: number; readonly fault: Fault; readonly pick: number }
  /** A real round over HTTPS, kiosk to hub, as the kiosk's background sync runs it. */
  | { readonly kind: 'https'; readonly kiosk: number }
  /** A sync file carried on a stick: no network needed. */
  | { readonly kind: 'file'; readonly from: number; readonly to: number };

const node = fc.nat(NODES - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('scan' as const), node, person: fc.nat(PEOPLE - 1), by: fc.constantFrom('code' as const, 'search' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), node }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('split' as const), groups: fc.array(fc.nat(2), { minLength: NODES, maxLength: NODES }) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('round' as const),
      client: node,
      server: node,
      fault: fc.constantFrom<Fault>('none', 'none', 'lostReply', 'gap', 'corrupt'),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('https' as const), kiosk: fc.integer({ min: 1, max: NODES - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), from: node, to: node }) },
);

/** A day that takes every path at least once, run before the random ones. */
const EXAMPLE_DAY: Step[] = [
  { kind: 'split', groups: [0, 1, 2, 0] },
  { kind: 'scan', node: 1, person: 0, by: 'code' },
  { kind: 'scan', node: 2, person: 0, by: 'search' },
  { kind: 'scan', node: 1, person: 1, by: 'code' },
  { kind: 'scan', node: 1, person: 2, by: 'search' },
  { kind: 'round', client: 1, server: 2, fault: 'none', pick: 0 },
  { kind: 'round', client: 3, server: 0, fault: 'none', pick: 0 },
  { kind: 'split', groups: [0, 0, 0, 0] },
  { kind: 'round', client: 1, server: 0, fault: 'gap', pick: 1 },
  { kind: 'round', client: 1, server: 0, fault: 'corrupt', pick: 0 },
  { kind: 'round', client: 2, server: 0, fault: 'lostReply', pick: 0 },
  { kind: 'https', kiosk: 2 },
  { kind: 'undo', node: 1 },
  { kind: 'file', from: 1, to: 3 },
];

/** What the days went through, to be sure the property is not vacuous. */
const seen = { conflicts: 0, gapsRefused: 0, damageRefused: 0, lostReplies: 0, https: 0, files: 0 };

/** A message as it comes off the network: a copy, shared with nobody. */
const overTheWire = <T>(message: T): T => JSON.parse(JSON.stringify(message)) as T;

/** The error a call throws, or null. */
function failureOf(work: () => unknown): unknown {
  try {
    work();
    return null;
  } catch (error) {
    return error;
  }
}

/**
 * Rounds between two kiosks in this process until neither lacks anything,
 * as syncWithHub runs them with the hub (the list does not change during
 * these days); returns what the serving side said it held.
 */
function syncPairSync(client: Core, server: Core, known: VersionVector): VersionVector {
  let vector = known;
  for (let round = 0; round < 10; round++) {
    const { request, more } = roundRequestSync(client, vector);
    const response = roundResponse.parse(overTheWire(syncRoundSync(server, overTheWire(request))));
    applyEventsSync(client, response.events);
    vector = response.vector;
    if (!response.more && !more) return vector;
  }
  throw new Error('the rounds did not come to an end');
}

/** Who has arrived, worked out independently of the code under test: admissions not undone, earliest first. */
function expectedAttendance(events: readonly LogEvent[]): AttendanceRow[] {
  const undone = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.details.target] : [])));
  const admissions = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (e.kind !== 'checkin' || undone.has(e.id)) continue;
    admissions.set(e.registrantId!, [...(admissions.get(e.registrantId!) ?? []), e]);
  }
  return [...admissions]
    .map(([registrantId, list]) => ({ registrantId, checkinId: [...list].sort(compareEvents)[0]!.id, duplicates: list.length - 1 }))
    .sort((x, y) => (x.registrantId < y.registrantId ? -1 : 1));
}

/** The data directories every day starts from: a hub and its kiosks, joined, with no events yet. */
interface Template {
  readonly hubDir: string;
  readonly kioskDirs: readonly string[];
  readonly port: number;
}

/** A hub and its kiosks for one day, on copies of the template. */
interface Cluster {
  readonly hub: RunningHub;
  /** The hub's core first, then the kiosks'. */
  readonly nodes: readonly Core[];
  close(): Promise<void>;
}

async function openCluster(template: Template): Promise<Cluster> {
  const copy = (dir: string): string => {
    const to = tempDir();
    fs.cpSync(dir, to, { recursive: true });
    return to;
  };
  // The same port as the template's hub: the kiosks' pairing names it.
  const hub = await startHub(copy(template.hubDir), template.port);
  const nodes = [hub.core, ...template.kioskDirs.map((dir) => Core.openSync(copy(dir)))];
  // Durability across power cuts is not under test here, and waiting for the disk would take most of the time.
  for (const core of nodes) core.setSynchronousSync('OFF');
  return {
    hub,
    nodes,
    close: async () => {
      for (const core of nodes.slice(1)) core.closeSync();
      await hub.close();
    },
  };
}

/** Carries every event a kiosk holds to another on a sync file, as `sync-export` and `sync-import` do. */
function carryFileSync(from: Core, to: Core): void {
  const file = syncFile.parse(
    overTheWire({
      format: 'innsjekk-sync-2',
      eventId: from.requireEventSync().id,
      kioskId: from.kioskId,
      exportedAt: new Date().toISOString(),
      events: eventsAboveSync(from, {}, Number.MAX_SAFE_INTEGER).events,
      registrants: registrantsAboveSync(from, 0),
      listRevision: listRevisionSync(from),
    }),
  );
  applyEventsSync(to, file.events);
}

/** Everything a refused round could have written. */
const stored = (core: Core): unknown => ({ events: eventIdsSync(core), attendance: attendanceSync(core) });

/** A round that goes wrong on the way, with `target` the event it goes wrong at; checks the server takes it as it should. */
function faultyRoundSync(server: Core, request: RoundRequestMessage, fault: Exclude<Fault, 'none'>, target: WireEvent): void {
  if (fault === 'lostReply') {
    // The server applied the round; its answer never reached the client.
    syncRoundSync(server, overTheWire(request));
    seen.lostReplies++;
    return;
  }
  const before = stored(server);
  if (fault === 'gap') {
    // The batch arrives without one of its events: refused whole if that leaves a gap, else just a shorter batch.
    const [kioskId, seq] = target;
    const held = versionVectorSync(server)[kioskId] ?? 0;
    const leavesGap = seq > held && request.events.some(([k, s]) => k === kioskId && s > seq);
    const failure = failureOf(() => syncRoundSync(server, overTheWire({ ...request, events: request.events.filter((e) => e !== target) })));
    if (!leavesGap) {
      expect(failure).toBeNull();
      return;
    }
    expect(failure).toBeInstanceOf(UserError);
    expect(failure).toMatchObject({ key: 'syncGap' });
    seen.gapsRefused++;
  } else {
    // One event damaged on the way: its time no longer reads as a time.
    const damaged = { ...request, events: request.events.map((e) => (e === target ? e.with(2, '2026-13-45T99:00:00Z') : e)) };
    expect(failureOf(() => syncRoundSync(server, overTheWire(damaged)))).toBeInstanceOf(z.ZodError);
    seen.damageRefused++;
  }
  expect(stored(server)).toEqual(before);
}

/** Runs one day: its steps, then healing and syncing to a fixed point; checks the record is whole on every kiosk. */
async function liveDay(template: Template, steps: readonly Step[]): Promise<void> {
  const cluster = await openCluster(template);
  try {
    const { nodes } = cluster;
    const at = (index: number): Core => nodes[index]!;
    const hub = at(0);
    const codes = codeRowsSync(hub).map((r) => r.code);
    const ids = codeRowsSync(hub).map((r) => r.id);
    const groups = nodes.map(() => 0);
    const connected = (x: number, y: number): boolean => x !== y && groups[x] === groups[y];
    /** What each client last heard a serving side hold. */
    const known = new Map<string, VersionVector>();
    const knownOf = (client: number, server: number): VersionVector => known.get(`${client}>${server}`) ?? {};
    const syncPair = (client: number, server: number): void => {
      known.set(`${client}>${server}`, syncPairSync(at(client), at(server), knownOf(client, server)));
    };
    /** Every event any kiosk wrote, read back as written. */
    const created: LogEvent[] = [];
    const record = (core: Core, act: () => unknown): void => {
      const before = versionVectorSync(core)[core.kioskId] ?? 0;
      act();
      const rows = readRawSync(core.dataDir, (db) => db.prepare('SELECT * FROM log WHERE kiosk_id = ? AND seq > ? ORDER BY seq').all(core.kioskId, before) as LogRow[]);
      created.push(...rows.map(eventFromRow));
    };

    for (const s of steps) {
      if (s.kind === 'scan') {
        const kiosk = at(s.node);
        record(kiosk, () => (s.by === 'code' ? scanSync(kiosk, codes[s.person % codes.length]!) : checkInByIdSync(kiosk, ids[s.person % ids.length]!)));
      } else if (s.kind === 'undo') {
        record(at(s.node), () => undoLastCheckinSync(at(s.node), 'feil person'));
      } else if (s.kind === 'split') {
        s.groups.forEach((g, i) => (groups[i] = g));
      } else if (s.kind === 'https' && connected(s.kiosk, 0)) {
        await syncWithHub(at(s.kiosk));
        seen.https++;
      } else if (s.kind === 'file' && s.from !== s.to) {
        carryFileSync(at(s.from), at(s.to));
        seen.files++;
      } else if (s.kind === 'round' && connected(s.client, s.server)) {
        const { request } = roundRequestSync(at(s.client), knownOf(s.client, s.server));
        const target = request.events[s.pick % Math.max(1, request.events.length)];
        if (s.fault === 'none' || target === undefined) syncPair(s.client, s.server);
        else faultyRoundSync(at(s.server), request, s.fault, target);
      }
    }

    // The network heals: every kiosk syncs with the hub until nobody lacks anything.
    const vectors = (): string[] => nodes.map((core) => JSON.stringify(versionVectorSync(core)));
    const settled = (): boolean => new Set(vectors()).size === 1;
    for (let pass = 0; pass < 3 && !settled(); pass++) {
      for (let k = 1; k < NODES; k++) syncPair(k, 0);
    }
    expect(settled(), vectors().join('\n')).toBe(true);
    // And the kiosks' own rounds over HTTPS find nothing more to fetch.
    for (let k = 1; k < NODES; k++) expect((await syncWithHub(at(k))).received).toBe(0);

    const writtenIds = created.map((e) => e.id).sort();
    expect(new Set(writtenIds).size, 'an event id was written twice').toBe(writtenIds.length);
    for (const core of nodes) expect(eventIdsSync(core)).toEqual(writtenIds);
    expectSameRecord(nodes);
    const expected = expectedAttendance(created);
    expect(attendanceSync(hub)).toEqual(expected);
    if (expected.some((r) => r.duplicates > 0)) seen.conflicts++;
  } finally {
    await cluster.close();
  }
}

describe('sync as a property', () => {
  let template: Template;

  beforeAll(async () => {
    const hubDir = eventDir(PEOPLE);
    const hub = await startHub(hubDir);
    const kiosks = await Promise.all(KIOSK_NAMES.map((name) => joinedKiosk(hub.code, name)));
    template = { hubDir, kioskDirs: kiosks.map((k) => k.dataDir), port: hub.port };
    for (const kiosk of kiosks) kiosk.closeSync();
    await hub.close();
  });

  it('every kiosk ends with the same events, none lost and none twice, and the same arrivals', async () => {
    const deadline = Date.now() + PROPERTY_BUDGET_MS;
    let days = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40, size: 'medium' }), async (steps) => {
        if (Date.now() > deadline) return;
        days++;
        await liveDay(template, steps);
      }),
      { numRuns: RUNS, examples: [[EXAMPLE_DAY]] },
    );
    expect(days).toBeGreaterThan(1);
    expect(Object.entries(seen).filter(([, count]) => count === 0)).toEqual([]);
  }, PROPERTY_BUDGET_MS + 30_000);
});

/** Kiosks that are not in the room, whose events the hub already holds. */
const ELSEWHERE = ['ANDRE001', 'ANDRE002'];
/** Together a little more than two messages hold: the sync takes three rounds, so after any first round there is another to ask for. */
const EVENTS_ELSEWHERE = MAX_EVENTS_PER_MESSAGE + 1000;
const MAX_KILL_DELAY_MS = 150;

/**
 * A TCP relay in front of the hub that lets a number of connections through
 * and holds the next one unanswered. Each round is one connection, so a sync
 * process that has had its allowed rounds is certainly still running,
 * waiting for the next: a kill then always lands in the middle of the sync.
 */
interface RoundGate {
  readonly url: string;
  /** Lets `rounds` more connections through; resolves when the one after them is held. */
  allow(rounds: number): Promise<void>;
  close(): Promise<void>;
}

async function roundGate(hubPort: number): Promise<RoundGate> {
  let allowed = Infinity;
  let heldOne = (): void => {};
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (allowed <= 0) {
      heldOne();
      return;
    }
    allowed--;
    const upstream = net.connect(hubPort, LOOPBACK);
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  return {
    url: `https://${LOOPBACK}:${(server.address() as net.AddressInfo).port}`,
    allow: (rounds) => {
      allowed = rounds;
      return new Promise((resolve) => (heldOne = resolve));
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A kiosk's events: it admits each person once, then scans people already in. */
function eventsOf(kioskId: string, count: number, people: readonly string[]): LogEvent[] {
  const start = Date.parse('2026-03-12T07:30:00Z');
  return Array.from({ length: count }, (_, i): LogEvent => {
    const base = { id: eventId(kioskId, i + 1), kioskId, seq: i + 1, at: new Date(start + i * 100).toISOString(), kioskName: `Kiosk ${kioskId}`, station: 'inngang' };
    const registrantId = people[i % people.length]!;
    const checkin: LogEventOf<'checkin'> = { ...base, kind: 'checkin', registrantId, details: { by: 'token' } };
    const scan: LogEventOf<'scan'> = { ...base, kind: 'scan', registrantId, details: { by: 'token', verdict: 'already' } };
    return i < people.length ? checkin : scan;
  });
}

describe('a sync process killed in the middle of a round', () => {
  it('leaves a database that opens without a gap, and the next sync completes', async () => {
    const hub = await startHub(eventDir(PEOPLE));
    const gate = await roundGate(hub.port);
    try {
      const people = codeRowsSync(hub.core).map((r) => r.id);
      applyEventsSync(hub.core, ELSEWHERE.flatMap((id) => eventsOf(id, EVENTS_ELSEWHERE, people)));
      const kiosk = await joinedKiosk(hub.code, 'Inngang K');
      for (const id of people.slice(0, 3)) checkInByIdSync(kiosk, id);
      // The kiosk reaches the hub through the gate; the pinned certificate is the hub's own, relayed.
      writeRawSync(kiosk.dataDir, (db) => db.prepare('UPDATE hub SET url = ? WHERE singleton = 1').run(gate.url));
      const own = eventIdsSync(kiosk);
      const { dataDir, kioskId } = kiosk;
      kiosk.closeSync();
      const hubHeld = new Set(eventIdsSync(hub.core));
      const lastSeen = (): string =>
        peersSync(hub.core).find((peer) => peer.kioskId === kioskId)?.lastSeenAt ?? '';

      const reopenedSync = <T>(check: (reopened: Core) => T): T => {
        const reopened = Core.openSync(dataDir);
        try {
          expect(readRawSync(dataDir, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
          expect(kiosksWithGapsSync(reopened)).toEqual([]);
          const held = eventIdsSync(reopened);
          expect(held.filter((id) => !hubHeld.has(id) && !own.includes(id))).toEqual([]);
          return check(reopened);
        } finally {
          reopened.closeSync();
        }
      };

      // Killed while it takes in the hub's first answer, or just after, at a random moment.
      const firstAsked = gate.allow(1);
      const before = lastSeen();
      const first = startCli(['sync', '--once'], dataDir);
      await waitFor("the hub's first answer", () => (lastSeen() !== before ? true : undefined), 20_000, 2);
      const delay = Math.floor(Math.random() * MAX_KILL_DELAY_MS);
      await Promise.race([sleep(delay), firstAsked]);
      expect(await first.stop('SIGKILL'), `killed ${delay} ms after the first answer`).toBeNull();
      const storedFirst = reopenedSync((reopened) => eventIdsSync(reopened).length);

      // Restarted, killed the moment it asks for its next round: the answer before is stored, and no kill takes it back.
      const nextAsked = gate.allow(1);
      const second = startCli(['sync', '--once'], dataDir);
      await nextAsked;
      expect(await second.stop('SIGKILL')).toBeNull();
      reopenedSync((reopened) => expect(eventIdsSync(reopened).length).toBeGreaterThanOrEqual(Math.max(storedFirst, MAX_EVENTS_PER_MESSAGE)));

      gate.allow(Infinity).catch(() => undefined);
      const done = await runCli(['sync', '--once', '--json'], { dataDir });
      expect(done.code, done.stderr).toBe(0);
      const synced = Core.openSync(dataDir);
      try {
        expectSameRecord([hub.core, synced]);
        expect(eventIdsSync(synced)).toHaveLength(ELSEWHERE.length * EVENTS_ELSEWHERE + own.length);
      } finally {
        synced.closeSync();
      }
    } finally {
      await gate.close();
      await hub.close();
    }
  }, 90_000);
});
