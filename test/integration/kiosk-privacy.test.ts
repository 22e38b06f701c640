/**
 * What the event key gives away (the key is on every kiosk and in the pairing
 * code): a kiosk gets what its station needs and no more. The door screen's
 * list over HTTP and the hub's snapshot, round answers and sync files over
 * HTTPS carry no registrant's email or role, a joined kiosk's database file
 * holds none of the emails, and the organiser's list — behind the PIN, on the
 * organiser's kiosk — still finds people by email.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { postToPeer } from '../../electron/core/sync/pinned-client.js';
import { syncWithHub } from '../../electron/core/sync/sync-client.js';
import { syncFileContentSync } from '../../electron/core/sync/sync-file.js';
import { parsePairingCode } from '../../shared/sync-protocol.js';
import { apiClient, organiserClient } from '../helpers/http.js';
import { eventDir, joinedKiosk, startHub } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const PEOPLE = 60;
const PIN = '246810';

describe('personal data on the kiosks', () => {
  it('gives the door screen, the joining kiosk and the sync file no email or role, and leaves none in a joined kiosk’s files', async () => {
    const hub = await startHub(eventDir(PEOPLE));
    try {
      const registrants = readRawSync(hub.core.dataDir, (db) => db.prepare('SELECT email, role FROM registrant').all() as { email: string | null; role: string | null }[]);
      const emails = registrants.map((r) => r.email).filter((e): e is string => e !== null);
      expect(emails.length).toBeGreaterThan(PEOPLE / 2);
      const contains = (text: string): string[] => emails.filter((email) => text.toLowerCase().includes(email.toLowerCase()));

      // The hub's own door screen, over HTTP with the event key.
      const key = hub.core.requireEventSync().eventKey;
      const doorList = JSON.stringify(await apiClient(hub.kiosk.url, { key })('doorList', {}));
      expect(contains(doorList)).toEqual([]);

      // What any holder of the pairing code gets from the hub over HTTPS.
      const pairing = parsePairingCode(hub.code)!;
      const snapshot = (await postToPeer(pairing, '/sync/snapshot', {})) as { registrants: { email: unknown; role: unknown }[] };
      expect(snapshot.registrants).toHaveLength(PEOPLE);
      expect(snapshot.registrants.filter((r) => r.email !== null || r.role !== null)).toEqual([]);
      expect(contains(JSON.stringify(snapshot))).toEqual([]);
      expect(contains(JSON.stringify(syncFileContentSync(hub.core)))).toEqual([]);

      // A joined kiosk, synced, holds none of them, in any of its files.
      const kiosk = await joinedKiosk(hub.code, 'Inngang P');
      await syncWithHub(kiosk);
      kiosk.checkpointSync('TRUNCATE');
      const { dataDir } = kiosk;
      kiosk.closeSync();
      const bytes = fs
        .readdirSync(dataDir)
        .map((file) => fs.readFileSync(path.join(dataDir, file)).toString('latin1'))
        .join('\n');
      expect(contains(bytes)).toEqual([]);

      // The organiser, behind the PIN on the organiser's kiosk, still finds people by email.
      setPinSync(hub.core, PIN);
      const organiser = await organiserClient(hub.kiosk.url, key, PIN);
      const found = await organiser('registrants', { query: emails[0]! });
      expect(found.items.map((r) => r.email)).toContain(emails[0]);
    } finally {
      await hub.close();
    }
  });
});
