/**
 * Unlocking while the PIN changes under it: a guess is checked against the
 * PIN that holds when its (slow) hash is done, so a PIN replaced, or gone
 * with the event the kiosk left, opens nothing.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core.js';
import { OrganiserSessions, setPinSync } from '../../electron/core/organiser-access.js';
import { metaValueSync } from '../../electron/core/store/meta-store.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const OLD_PIN = '246813';
const NEW_PIN = '97531864';

describe('an unlock while the PIN changes', () => {
  let core: Core;
  let sessions: OrganiserSessions;

  beforeEach(() => {
    core = Core.openSync(tempDir());
    core.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null });
    setPinSync(core, OLD_PIN);
    sessions = new OrganiserSessions(core);
  });
  afterEach(() => core.closeSync());

  it('opens nothing with a PIN that went with the event while it was checked, and counts nothing', async () => {
    const unlocking = sessions.unlock(OLD_PIN, 'network');
    // Runs once the attempt has read the PIN and handed the hash to the thread pool.
    setImmediate(() => core.wipeEventSync());
    await expect(unlocking).rejects.toMatchObject({ key: 'noPinSet' });
    expect(metaValueSync(core, 'pin_lockout_network')).toBeUndefined();
  });

  it('checks the guess against the PIN set while it was checked', async () => {
    const unlocking = sessions.unlock(OLD_PIN, 'this-machine');
    setImmediate(() => setPinSync(core, NEW_PIN));
    await expect(unlocking).rejects.toMatchObject({ key: 'wrongPin' });
    expect(await sessions.unlock(NEW_PIN, 'this-machine')).toMatch(/^[\w-]{20,}$/);
  });
});
