import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { checkInByIdSync, scanSync, undoLastCheckinSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { createDemoEventSync } from '../../electron/core/demo.js';
import { doorChangesSync, doorListSync } from '../../electron/core/door-list.js';
import { searchSync } from '../../electron/core/registrants.js';
import { recordListRevisionSync } from '../../electron/core/store/registrants-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { generateEventKeyPair, issueToken, privateKeyFromDer } from '../../electron/core/tokens.js';
import type { ScanResult } from '../../shared/contract.js';
import type { RegistrantStatus } from '../../shared/domain.js';
import { DoorReplica } from '../../shared/door-replica.js';
import { parseToken } from '../../shared/token.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

let core: Core;
beforeEach(() => {
  core = Core.openSync(tempDir());
  createDemoEventSync(core);
  return () => core.closeSync();
});
afterAll(removeTempDirs);

interface Row {
  readonly id: string;
  readonly code: string;
  readonly ref: string | null;
}

/** Registrants of a status, in id order. */
function rows(status: RegistrantStatus): Row[] {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT id, code, ref FROM registrant WHERE status = ? ORDER BY id').all(status) as Row[]);
}

/** What a verdict says on screen: the time of the scan aside. */
function shown(result: ScanResult | null): unknown {
  return result && { verdict: result.verdict, registrant: result.registrant, firstArrival: result.firstArrival, kiosk: result.kiosk };
}

/** The door screen's side: the list from the core, and the event's key in WebCrypto as the screen imports it. */
async function screenDoor(): Promise<{ readonly replica: DoorReplica; readonly verdict: (code: string) => Promise<ScanResult | null> }> {
  const list = doorListSync(core);
  const replica = new DoorReplica(list);
  const key = await crypto.subtle.importKey('raw', Buffer.from(list.publicKey, 'base64'), { name: 'Ed25519' }, false, ['verify']);
  const verdict = async (code: string): Promise<ScanResult | null> => {
    const token = parseToken(code);
    const valid = token && token.eventId === replica.eventId ? await crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(token.signature), new Uint8Array(token.signedBytes)) : undefined;
    return replica.scanVerdict(code, new Date(), valid);
  };
  return { replica, verdict };
}

describe('the door list', () => {
  it("lets the screen foretell every verdict of the core's, given the core's answers and changes", async () => {
    const { replica, verdict } = await screenDoor();
    const [guest, second, third] = rows('confirmed');
    const event = core.requireEventSync();
    const foreign = issueToken(privateKeyFromDer(generateEventKeyPair().privateKey), { eventId: event.id, registrantId: guest!.id, issuedAt: 1_760_000_000 });
    const otherEvent = issueToken(privateKeyFromDer(generateEventKeyPair().privateKey), { eventId: 'ZZZZZZZZ', registrantId: guest!.id, issuedAt: 1_760_000_000 });

    /** Scans at the core, having asked the screen's copy first; the copy then takes in the answer. */
    const scan = async (code: string): Promise<ScanResult> => {
      const foretold = await verdict(code);
      const result = scanSync(core, code);
      expect(shown(foretold), code.slice(0, 12)).toEqual(shown(result));
      replica.recordAnswer(result);
      return result;
    };
    expect((await scan(guest!.code)).verdict).toBe('welcome');
    // The scanner sends it again at once: this kiosk's own admission, welcomed again.
    expect((await scan(guest!.code)).verdict).toBe('welcome');
    expect((await scan(rows('waitlisted')[0]!.code)).verdict).toBe('waitlisted');
    expect((await scan(rows('cancelled')[0]!.code)).verdict).toBe('cancelled');
    expect((await scan(foreign)).verdict).toBe('invalid');
    expect((await scan(otherEvent)).verdict).toBe('wrong_event');
    expect((await scan('NOSUCHREF42')).verdict).toBe('invalid');
    expect(second!.ref).not.toBeNull();
    expect((await scan(second!.ref!)).verdict).toBe('welcome');

    // Another kiosk admits someone; until the copy hears of it, it guesses welcome and the core corrects it.
    applyEventsSync(core, [
      { id: 'OTHERKSK-1', kioskId: 'OTHERKSK', seq: 1, at: new Date().toISOString(), kioskName: 'Inngang 3', station: 'inngang', kind: 'checkin', registrantId: third!.id, details: { by: 'token' } },
    ]);
    expect((await verdict(third!.code))?.verdict).toBe('welcome');
    expect(replica.applyChanges(replica.cursor, doorChangesSync(core, replica.cursor))).toBe(true);
    expect((await scan(third!.code)).firstArrival?.kiosk).toBe('Inngang 3');

    // An undo, taken in through the changes: welcome again.
    undoLastCheckinSync(core, 'feil person');
    replica.applyChanges(replica.cursor, doorChangesSync(core, replica.cursor));
    const foretold = replica.pickVerdict(guest!.id, new Date());
    expect(shown(foretold)).toEqual(shown(checkInByIdSync(core, guest!.id)));
  });

  it('gives the changes after a cursor only, and the list revision that tells the screen to read the list again', () => {
    const list = doorListSync(core);
    const [guest, other] = rows('confirmed');
    expect(doorChangesSync(core, list.cursor)).toEqual({ listRevision: list.listRevision, cursor: list.cursor, arrivals: [], registrants: [], door: list.door, waiting: [] });
    const welcome = scanSync(core, guest!.code, { kioskName: 'Inngang 1' });
    // A refusal changes no arrival.
    scanSync(core, rows('waitlisted')[0]!.code);
    const changes = doorChangesSync(core, list.cursor);
    expect(changes.arrivals).toEqual([{ registrantId: guest!.id, arrival: { at: welcome.at, kioskId: core.kioskId, kioskName: 'Inngang 1', inside: true } }]);
    expect(changes.cursor).toBeGreaterThan(list.cursor);
    scanSync(core, other!.code);
    expect(doorChangesSync(core, changes.cursor).arrivals.map((a) => a.registrantId)).toEqual([other!.id]);
    recordListRevisionSync(core, { revision: 99, at: 'now', source: 'test', added: 0, updated: 0, unchanged: 0, cancelled: 0, rejected: 0 });
    expect(doorChangesSync(core, changes.cursor).listRevision).toBe(99);
  });

  it("holds every registrant, sorted so that the screen's search gives the core's results", async () => {
    scanSync(core, rows('confirmed')[3]!.code);
    const { replica } = await screenDoor();
    expect(doorListSync(core).registrants).toHaveLength(600);
    for (const query of ['a', 'ol', 'hansen', 'kommune', 'ø', 'oe', 'per k', 'zzz', 'ks.no', '', 'aas', 'sather', 'sæther', 'ødegård', 'ås']) {
      expect(replica.search(query, 10), query).toEqual(searchSync(core, query, 10));
    }
  });
});
