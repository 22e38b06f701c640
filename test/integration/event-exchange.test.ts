import { afterAll, describe, expect, it } from 'vitest';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import { Core } from '../../electron/core/core.js';
import { eventsAboveJsonSync, eventsAboveSync } from '../../electron/core/store/log-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** `count` admissions of kiosk `kioskId`, with a name and an undo reason that need escaping in JSON. */
function eventsOf(kioskId: string, count: number): LogEvent[] {
  return Array.from({ length: count }, (_, i): LogEvent => {
    const base = { id: eventId(kioskId, i + 1), kioskId, seq: i + 1, at: `2026-03-12T08:0${i % 10}:00.000Z`, kioskName: 'Inngang "Øst"\\\n🎉', station: 'inngang', registrantId: `R${i}` };
    return i % 3 === 2
      ? { ...base, kind: 'undo', details: { target: eventId(kioskId, i), reason: 'feil person – «ups»\t' } }
      : { ...base, kind: 'checkin', details: { by: 'token' } };
  });
}

describe('the events above a vector', () => {
  it('are the same events whether read as arrays or written as JSON by SQLite', () => {
    const core = Core.openSync(tempDir());
    try {
      applyEventsSync(core, [...eventsOf('KIOSK001', 7), ...eventsOf('KIOSK002', 5)]);
      for (const [vector, limit] of [[{}, 100], [{ KIOSK001: 3 }, 100], [{ KIOSK001: 7, KIOSK002: 1 }, 100], [{}, 9], [{ KIOSK001: 2 }, 5]] as const) {
        const asArrays = eventsAboveSync(core, vector, limit);
        const asJson = eventsAboveJsonSync(core, vector, limit);
        expect(JSON.parse(asJson.json)).toEqual(asArrays.events);
        expect({ count: asJson.count, more: asJson.more }).toEqual({ count: asArrays.events.length, more: asArrays.more });
      }
      expect(eventsAboveJsonSync(core, { KIOSK001: 2 }, 5)).toMatchObject({ count: 5, more: true });
      expect(eventsAboveJsonSync(core, { KIOSK001: 7, KIOSK002: 5 }, 5)).toEqual({ json: '[]', count: 0, more: false });
    } finally {
      core.closeSync();
    }
  });
});
