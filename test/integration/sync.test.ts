/**
 * Sync between kiosks in this process: real Cores on data directories of
 * their own, a real HTTPS hub on 127.0.0.1, and what the sync service and the
 * pairing code's certificate pin refuse.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventId } from '../../shared/event-log.js';
import { formatPairingCode, parsePairingCode, type PairingCode } from '../../shared/sync-protocol.js';
import { checkInByIdSync, scanSync, undoLastCheckinSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { codeRowsSync, type CodeRow } from '../../electron/core/registrants.js';
import { hubSync, peersSync } from '../../electron/core/store/hub-store.js';
import { listRevisionSync } from '../../electron/core/store/registrants-store.js';
import { BackgroundSync } from '../../electron/core/sync/background-sync.js';
import { conflictsSync } from '../../electron/core/sync/conflicts.js';
import { PeerError, postToPeer } from '../../electron/core/sync/pinned-client.js';
import { joinSync, roundRequestSync, syncStatusSync, syncWithHub } from '../../electron/core/sync/sync-client.js';
import { snapshotSync } from '../../electron/core/sync/sync-service.js';
import { tlsIdentity } from '../../electron/core/sync/tls-identity.js';
import { MAX_BODY_BYTES } from '../../electron/request-body.js';
import {
  attendanceSync,
  eventDir,
  eventIdsSync,
  expectSameRecord,
  importFictitiousSync,
  joinedKiosk,
  LOOPBACK,
  startHub,
  waitFor,
  type RunningHub,
} from '../helpers/kiosk-cluster.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const REGISTRANTS = 40;
const HUB_UNREACHABLE = 'Får ikke kontakt med arrangørens kiosk.';
const WRONG_CERTIFICATE = 'Sertifikatet til arrangørens kiosk stemmer ikke med tilkoblingskoden. Ikke koble til';
const WRONG_KEY = 'Arrangørens kiosk godtar ikke arrangementsnøkkelen.';

/** The confirmed registrants of a kiosk's list, each test taking people of its own. */
function confirmedOf(core: Core): (index: number) => CodeRow {
  const rows = codeRowsSync(core).filter((r) => r.status === 'confirmed');
  return (index) => {
    const row = rows[index];
    if (!row) throw new Error(`the list has fewer than ${index + 1} confirmed registrants`);
    return row;
  };
}

/** Waits a little, so that two scans never share a millisecond and "earliest" is the scan made first. */
const nextMillisecond = (): Promise<unknown> => sleep(5);

describe('kiosks syncing through the hub', () => {
  let hubDir: string;
  let hub: RunningHub;
  let a: Core;
  let b: Core;
  let person: (index: number) => CodeRow;

  beforeAll(async () => {
    hubDir = eventDir(REGISTRANTS);
    hub = await startHub(hubDir);
    [a, b] = await Promise.all([joinedKiosk(hub.code, 'Inngang A'), joinedKiosk(hub.code, 'Inngang B')]);
    person = confirmedOf(hub.core);
  });
  afterAll(async () => {
    a.closeSync();
    b.closeSync();
    await hub.close();
  });

  it('gives a joined kiosk the event, its public key and the list — never the private key', () => {
    const ours = a.requireEventSync();
    const theirs = hub.core.requireEventSync();
    expect({ id: ours.id, name: ours.name, eventKey: ours.eventKey }).toEqual({ id: theirs.id, name: theirs.name, eventKey: theirs.eventKey });
    expect(ours.publicKey.equals(theirs.publicKey)).toBe(true);
    expect(ours.privateKey).toBeNull();
    const privateDer = theirs.privateKey!.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(JSON.stringify(snapshotSync(hub.core))).not.toContain(privateDer.slice(-40));
    // The kiosk holds the hub's list without the emails, which only the organiser's kiosk needs.
    expect(codeRowsSync(a)).toEqual(codeRowsSync(hub.core).map((r) => ({ ...r, email: null })));
    expect(syncStatusSync(a)).toMatchObject({ hub: hub.url, pending: 0, events: 0, listRevision: listRevisionSync(hub.core) });
  });

  it('brings every scan to every kiosk exactly once, and a round with nothing new moves nothing', async () => {
    const scans = [scanSync(a, person(0).code), scanSync(b, person(1).code), scanSync(hub.core, person(2).code)];
    expect(scans.map((s) => s.verdict)).toEqual(['welcome', 'welcome', 'welcome']);

    expect(await syncWithHub(a)).toEqual({ sent: 1, received: 1 });
    expect(await syncWithHub(b)).toEqual({ sent: 1, received: 2 });
    expect(await syncWithHub(a)).toEqual({ sent: 0, received: 1 });
    expect(await syncWithHub(b)).toEqual({ sent: 0, received: 0 });

    expectSameRecord([hub.core, a, b]);
    expect(eventIdsSync(a)).toHaveLength(3);
    expect(attendanceSync(b).map((r) => r.checkinId).sort()).toEqual([eventId(a.kioskId, 1), eventId(b.kioskId, 1), eventId(hub.core.kioskId, 1)].sort());
    for (const kiosk of [a, b]) expect(syncStatusSync(kiosk)).toMatchObject({ online: true, pending: 0, lastError: null, conflicts: 0 });
    // A kiosk that already has someone says so, with where they came in.
    expect(scanSync(b, person(0).code)).toMatchObject({ verdict: 'already', firstArrival: { at: scans[0]!.at, kiosk: 'Inngang A' } });
  });

  it('keeps checking in while the hub is down; the same person let in at two kiosks is one arrival (the earliest) and one flagged duplicate', async () => {
    const { port, url, code } = hub;
    await hub.close();

    const alone = scanSync(a, person(3).code);
    const first = scanSync(b, person(4).code);
    await nextMillisecond();
    const second = scanSync(a, person(4).code);
    // Apart, neither kiosk can know: both let the person in.
    expect([alone.verdict, first.verdict, second.verdict]).toEqual(['welcome', 'welcome', 'welcome']);

    await expect(syncWithHub(a)).rejects.toThrow(HUB_UNREACHABLE);
    await expect(syncWithHub(b)).rejects.toThrow(HUB_UNREACHABLE);
    expect(syncStatusSync(a)).toMatchObject({
      online: false,
      pending: 2,
      lastError: { message: expect.stringContaining(HUB_UNREACHABLE), messageEn: expect.stringContaining("Cannot reach the organiser's kiosk.") },
    });
    // B's "already" scan of the previous test waits too.
    expect(syncStatusSync(b)).toMatchObject({ online: false, pending: 2 });

    // Back on the same port with the stored certificate: the pairing code still holds.
    hub = await startHub(hubDir, port);
    expect([hub.url, hub.code]).toEqual([url, code]);
    await syncWithHub(a);
    await syncWithHub(b);
    await syncWithHub(a);

    expectSameRecord([hub.core, a, b]);
    const twice = person(4);
    for (const kiosk of [hub.core, a, b]) {
      expect(conflictsSync(kiosk)).toEqual([
        {
          registrant: { id: twice.id, name: twice.name },
          scans: [
            { kiosk: 'Inngang B', at: first.at },
            { kiosk: 'Inngang A', at: second.at },
          ],
        },
      ]);
      expect(attendanceSync(kiosk).find((r) => r.registrantId === twice.id)).toEqual({ registrantId: twice.id, checkinId: eventId(b.kioskId, 3), duplicates: 1 });
    }
    expect(syncStatusSync(a)).toMatchObject({ online: true, pending: 0, lastError: null, conflicts: 1 });
  });

  it('takes an admission back on every kiosk when one kiosk undoes it, leaving the other admission as the arrival', async () => {
    const twice = person(4);
    expect(undoLastCheckinSync(b, 'feil person')).toMatchObject({ id: twice.id });
    await syncWithHub(b);
    await syncWithHub(a);

    expectSameRecord([hub.core, a, b]);
    for (const kiosk of [hub.core, a, b]) {
      expect(conflictsSync(kiosk)).toEqual([]);
      expect(attendanceSync(kiosk).find((r) => r.registrantId === twice.id)).toEqual({ registrantId: twice.id, checkinId: eventId(a.kioskId, 3), duplicates: 0 });
    }
  });

  it('brings a longer list on the hub to the kiosks with the next round', async () => {
    importFictitiousSync(hub.core, REGISTRANTS + 5);
    expect(listRevisionSync(hub.core)).toBeGreaterThan(listRevisionSync(a));
    await syncWithHub(a);
    expect(listRevisionSync(a)).toBe(listRevisionSync(hub.core));
    // The kiosk holds the hub's list without the emails, which only the organiser's kiosk needs.
    expect(codeRowsSync(a)).toEqual(codeRowsSync(hub.core).map((r) => ({ ...r, email: null })));
    // Someone only on the new list can be checked in at once, offline.
    const newcomer = codeRowsSync(hub.core).find((r) => !codeRowsSync(b).some((old) => old.id === r.id));
    expect(newcomer).toBeDefined();
    expect(checkInByIdSync(a, newcomer!.id).registrant?.id).toBe(newcomer!.id);
  });

  it('stops background sync for good when stopped in the middle of a round', async () => {
    const kiosk = await joinedKiosk(hub.code, 'Inngang C');
    const lastSeen = (): string | undefined =>
      peersSync(hub.core).find((peer) => peer.kioskId === kiosk.kioskId)?.lastSeenAt;
    const background = new BackgroundSync(kiosk, 20);
    try {
      background.start();
      // The hub answered the first round; the kiosk has yet to read the answer.
      await waitFor('the first round at the hub', lastSeen, 10_000, 2);
      await background.stop();
      const stoppedAt = lastSeen();
      background.nudge();
      await sleep(300);
      expect(lastSeen()).toBe(stoppedAt);
    } finally {
      await background.stop();
      kiosk.closeSync();
    }
  });
});

/** What a POST to the hub's sync service answered. */
interface RawAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** POSTs a body as is to the hub (a stream goes chunked unless the headers declare a length), with the given headers. */
function postRaw(hubUrl: string, path: string, body: string | Readable, headers: Readonly<Record<string, string>> = {}): Promise<RawAnswer> {
  const url = new URL(path, hubUrl);
  const length = typeof body === 'string' ? { 'content-length': String(Buffer.byteLength(body)) } : {};
  return new Promise((resolve, reject) => {
    // The pin is not under test here: the self-signed certificate is taken as it is. And a connection
    // of its own, so that one left waiting for a declared body never carries the next request.
    const options = { method: 'POST', headers: { 'content-type': 'application/json', ...length, ...headers }, rejectUnauthorized: false, agent: false };
    const request = https.request(url, options, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        request.destroy();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Not JSON: kept as text, for the assertion to show.
        }
        resolve({ status: response.statusCode ?? 0, body: parsed });
      });
    });
    request.on('error', reject);
    if (typeof body === 'string') request.end(body);
    else body.pipe(request);
  });
}

const MEGABYTE = 1024 * 1024;

/**
 * A chunked body `beyond` bytes over MAX_BODY_BYTES, then held open as a slow
 * client's would be. With more than a byte over, the client is still sending
 * when the hub answers.
 */
async function* oversized(start: string, beyond = 1): AsyncGenerator<Buffer> {
  yield Buffer.from(start);
  for (let left = MAX_BODY_BYTES + beyond - Buffer.byteLength(start); left > 0; left -= MEGABYTE) yield Buffer.alloc(Math.min(left, MEGABYTE), ' ');
  await sleep(10_000, undefined, { ref: false });
}

describe('the sync service and the pairing code refuse', () => {
  let hub: RunningHub;
  let pairing: PairingCode;
  let kiosk: Core;
  /** A valid round: the kiosk's one new check-in. */
  let round: unknown;

  /** Everything a refused request could have written on the hub. */
  const stored = (): unknown => ({
    events: eventIdsSync(hub.core),
    attendance: attendanceSync(hub.core),
    peers: peersSync(hub.core),
  });

  beforeAll(async () => {
    hub = await startHub(eventDir(5));
    pairing = parsePairingCode(hub.code)!;
    kiosk = await joinedKiosk(hub.code, 'Inngang A');
    checkInByIdSync(kiosk, confirmedOf(kiosk)(0).id);
    round = roundRequestSync(kiosk, {}).request;
  });
  afterAll(async () => {
    kiosk.closeSync();
    await hub.close();
  });

  it('a wrong event key with 401, writing nothing; the right key then goes through', async () => {
    const before = stored();
    const wrongKey = `${pairing.eventKey.slice(0, -1)}${pairing.eventKey.endsWith('A') ? 'B' : 'A'}`;
    for (const path of ['/sync/round', '/sync/snapshot']) {
      await expect(postToPeer({ ...pairing, eventKey: wrongKey }, path, round)).rejects.toMatchObject({ failure: 'unauthorized', status: 401 });
    }
    expect((await postRaw(hub.url, '/sync/round', JSON.stringify(round))).status).toBe(401);
    expect((await postRaw(hub.url, '/sync/round', JSON.stringify(round), { authorization: `Bearer ${pairing.eventKey}x` })).status).toBe(401);

    const stranger = Core.openSync(tempDir());
    try {
      await expect(joinSync(stranger, formatPairingCode({ ...pairing, eventKey: wrongKey }))).rejects.toThrow(WRONG_KEY);
      expect([stranger.eventSync(), hubSync(stranger)]).toEqual([null, null]);
    } finally {
      stranger.closeSync();
    }
    expect(stored()).toEqual(before);

    await postToPeer(pairing, '/sync/round', round);
    expect(eventIdsSync(hub.core)).toEqual([eventId(kiosk.kioskId, 1)]);
  });

  it('a body that is not a round with 400, and one over MAX_BODY_BYTES with 413, writing nothing', async () => {
    checkInByIdSync(kiosk, confirmedOf(kiosk)(1).id);
    const valid = roundRequestSync(kiosk, {}).request;
    const [event] = valid.events;
    expect(event).toBeDefined();
    const before = stored();
    const key = { authorization: `Bearer ${pairing.eventKey}` };
    const malformed = [
      '{"eventId": ',
      JSON.stringify({ ...valid, events: 'alle' }),
      // An event whose time is not a time.
      JSON.stringify({ ...valid, events: [event!.with(2, 'i går')] }),
      // An admission with the details of an undo.
      JSON.stringify({ ...valid, events: [event!.with(7, { target: 'x', reason: 'y' })] }),
      // A round of another event.
      JSON.stringify({ ...valid, eventId: 'ANNETARR' }),
    ];
    for (const body of malformed) {
      const answer = await postRaw(hub.url, '/sync/round', body, key);
      expect(answer, body.slice(0, 80)).toMatchObject({ status: 400, body: { error: { key: expect.any(String) } } });
    }

    // Refused on the declared length alone, before the body is read.
    const declared = { ...key, 'content-length': String(MAX_BODY_BYTES + 1) };
    expect((await postRaw(hub.url, '/sync/round', Readable.from([JSON.stringify(valid)]), declared)).status).toBe(413);
    // Without a declared length the hub counts what arrives.
    expect((await postRaw(hub.url, '/sync/round', Readable.from(oversized(JSON.stringify(valid))), key)).status).toBe(413);
    // A client that goes on sending past the limit gets the answer too, not a reset.
    expect((await postRaw(hub.url, '/sync/round', Readable.from(oversized(JSON.stringify(valid), 8 * MEGABYTE)), key)).status).toBe(413);
    expect(stored()).toEqual(before);

    // The same round at its normal size goes through.
    expect((await postRaw(hub.url, '/sync/round', JSON.stringify(valid), key)).status).toBe(200);
    expect(eventIdsSync(hub.core)).toContain(eventId(kiosk.kioskId, 2));
  });

  it('a certificate other than the pinned one before a single byte is sent, and join stops with the Norwegian message', async () => {
    const other = Core.openSync(tempDir());
    const impostorIdentity = await tlsIdentity(other).finally(() => other.closeSync());
    expect(impostorIdentity.fingerprint).not.toBe(pairing.fingerprint);
    // Records what each connection sends, and answers as a hub would.
    const received: string[] = [];
    const impostor = tls.createServer({ cert: impostorIdentity.cert, key: impostorIdentity.key }, (socket) => {
      const index = received.push('') - 1;
      socket.on('error', () => undefined);
      socket.on('data', (chunk: Buffer) => {
        received[index] += chunk.toString('utf8');
        socket.end('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}');
      });
    });
    let connections = 0;
    impostor.on('connection', () => connections++);
    await new Promise<void>((resolve) => impostor.listen(0, LOOPBACK, resolve));
    const pinnedToHub: PairingCode = { ...pairing, url: `https://${LOOPBACK}:${(impostor.address() as AddressInfo).port}` };
    const stranger = Core.openSync(tempDir());
    try {
      const refusal = await postToPeer(pinnedToHub, '/sync/round', round).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(PeerError);
      expect(refusal).toMatchObject({ failure: 'certificate' });

      await expect(joinSync(stranger, formatPairingCode(pinnedToHub), 'Inngang X')).rejects.toThrow(WRONG_CERTIFICATE);
      expect([stranger.eventSync(), hubSync(stranger)]).toEqual([null, null]);

      // Pinned to the impostor's own certificate, the same request does go out, event key and all.
      await expect(postToPeer({ ...pinnedToHub, fingerprint: impostorIdentity.fingerprint }, '/sync/round', round)).resolves.toEqual({});
      // Three connections reached the impostor; only the last one said anything.
      expect(connections).toBe(3);
      const spoken = received.filter((text) => text !== '');
      expect(spoken).toHaveLength(1);
      expect(spoken[0]).toContain(`Bearer ${pairing.eventKey}`);
    } finally {
      stranger.closeSync();
      await new Promise((resolve) => impostor.close(resolve));
    }
  });
});
