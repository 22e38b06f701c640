/**
 * `innsjekk start` (what `npm start` runs) on a machine without the Electron
 * binary: it says so in one line and serves the browser kiosk instead, on an
 * empty data directory the welcome screen's setup.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../electron/launch.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/server.js';
import { CLI_TEST_TIMEOUT } from '../helpers/cli.js';
import { startCli } from '../helpers/cli-process.js';
import { postRaw } from '../helpers/http.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const ELECTRON_MISSING = /^Electron er ikke installert på denne maskinen, så kiosken kjører i nettleseren i stedet\. Åpne (http:\/\/127\.0\.0\.1:\d+\/) i en nettleser\.$/;

// Where Electron is installed, `start` opens its window instead: nothing here applies.
describe.skipIf(electronBinary() !== null)('innsjekk start without Electron', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('serves the browser kiosk on an empty data directory: the page, its policy, and an unconfigured kiosk', async () => {
    const kiosk = startCli(['start', '--port', '0', '--json'], tempDir());
    try {
      const { url, kioskUrl } = JSON.parse(await kiosk.firstLine) as { url: string; kioskUrl: string };
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // No event yet, so no key to carry.
      expect(kioskUrl).toBe(`${url}/`);

      const page = await fetch(kioskUrl);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const html = await page.text();
      const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/.exec(html)?.[1];
      expect(script, html).toBeDefined();
      const bundle = await fetch(`${url}/${script}`);
      expect([bundle.status, bundle.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);

      // The screens ask for the status first; unconfigured, they show the welcome screen.
      const status = await postRaw(url, 'status', '{}', {});
      expect(status).toMatchObject({ status: 200, body: { configured: false, eventName: null, pinSet: false } });

      // --json keeps stdout to the one JSON line; the notice goes to stderr.
      expect(kiosk.output().stderr).toMatch(/^Electron er ikke installert[^\n]*\n$/);
    } finally {
      expect(await kiosk.stop()).toBe(0);
    }
  });

  it('says in exactly one plain Norwegian line that Electron is missing, with the address to open', async () => {
    const kiosk = startCli(['start', '--port', '0'], tempDir());
    try {
      const line = await kiosk.firstLine;
      const address = ELECTRON_MISSING.exec(line)?.[1];
      expect(address, line).toBeDefined();
      // Still running and serving, and nothing more said.
      expect((await fetch(address!)).status).toBe(200);
      expect(kiosk.output()).toEqual({ stdout: `${line}\n`, stderr: '' });
    } finally {
      expect(await kiosk.stop()).toBe(0);
    }
  });
});
