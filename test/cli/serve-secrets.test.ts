/**
 * What `innsjekk serve --hub` gives away (issue: the event key in the
 * terminal, and the hub on every interface): the line it prints to a log
 * holds neither the event key nor the pairing code, the hub's network port
 * serves only the sync routes (never the screens' API), and the whole
 * address comes only from `innsjekk status`, asked for.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core.js';
import { runCli } from '../helpers/cli.js';
import { startCli } from '../helpers/cli-process.js';
import { eventDir } from '../helpers/kiosk-cluster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('innsjekk serve --hub', () => {
  it('prints no secret where no person reads, serves the hub port no screens API, and gives the address to whoever asks', async () => {
    const dataDir = eventDir(5);
    const core = Core.openSync(dataDir);
    const eventKey = core.requireEventSync().eventKey;
    core.closeSync();
    const hub = startCli(['serve', '--hub', '--host', '127.0.0.1', '--port', '0', '--kiosk-port', '0'], dataDir);
    try {
      const line = await hub.firstLine;
      expect(line).toMatch(/^Innsjekk kjører på http:\/\/127\.0\.0\.1:\d+\/ .*og deler arrangementet på (https:\/\/127\.0\.0\.1:\d+)/);
      expect(line).not.toContain(eventKey);
      expect(line).not.toContain('IJPAIR:');

      const hubUrl = /(https:\/\/127\.0\.0\.1:\d+)/.exec(line)![1]!;
      const kioskUrl = /^Innsjekk kjører på (http:\/\/127\.0\.0\.1:\d+)\//.exec(line)![1]!;
      const ask = (base: string, path: string): Promise<number> =>
        fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${eventKey}`, 'content-type': 'application/json' }, body: '{}' }).then((r) => r.status);
      // The hub's certificate is self-signed: this asks what is served there, without checking whose it is.
      const https = await import('node:https');
      const hubStatus = await new Promise<number>((resolve, reject) => {
        const request = https.request(`${hubUrl}/api/status`, { method: 'POST', rejectUnauthorized: false, headers: { authorization: `Bearer ${eventKey}`, 'content-type': 'application/json' } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end('{}');
      });
      expect(hubStatus).toBe(404);
      expect(await ask(kioskUrl, '/api/status')).toBe(200);

      const status = await runCli(['status'], { dataDir });
      expect(status.code, status.stderr).toBe(0);
      expect(status.stdout).toContain(`${kioskUrl}/#key=${eventKey}`);
    } finally {
      await hub.stop();
    }
  });
});
