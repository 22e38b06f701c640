/**
 * `innsjekk init --pin`: the organiser PIN set up with the event, or refused
 * before anything is created.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core.js';
import { OrganiserSessions } from '../../electron/core/organiser-access.js';
import { CLI_TEST_TIMEOUT, expectBadInput, runCli, runCliJson } from '../helpers/cli.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('innsjekk init --pin', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('refuses a PIN that is not 6 to 12 digits, and creates no event', async () => {
    const dataDir = tempDir();
    for (const pin of ['123', '4821', '12345', '1234567890123', '12a456']) {
      expectBadInput(
        await runCli(['init', '--name', 'Konferansen', '--date', '2026-03-12', '--pin', pin], { dataDir }),
        'PIN-koden må være 6 til 12 sifre, for eksempel --pin 482193.',
      );
    }
    const core = Core.openSync(dataDir);
    try {
      expect(core.eventSync()).toBeNull();
    } finally {
      core.closeSync();
    }
  });

  it('sets the PIN that opens the organiser screens', async () => {
    const dataDir = tempDir();
    const created = await runCliJson<{ pinSet: boolean }>(['init', '--name', 'Konferansen', '--date', '2026-03-12', '--pin', '482193'], { dataDir });
    expect(created.pinSet).toBe(true);
    const core = Core.openSync(dataDir);
    try {
      const sessions = new OrganiserSessions(core);
      await expect(sessions.unlock('4821', 'this-machine')).rejects.toThrow('Feil PIN');
      expect(await sessions.unlock('482193', 'this-machine')).toMatch(/^[\w-]{20,}$/);
    } finally {
      core.closeSync();
    }
  });
});
