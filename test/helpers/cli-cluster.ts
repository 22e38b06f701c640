/**
 * A hub and two kiosks as separate CLI processes on their own data
 * directories: the hub serves the demo event, kiosks A and B join it.
 */
import type { ResponseOf, StationCounts } from '../../shared/contract.js';
import { runCliJson } from './cli.js';
import { startCli, type CliProcess } from './cli-process.js';
import { LOOPBACK, type ServeLine } from './kiosk-cluster.js';
import { tempDir } from './temp-dir.js';

/** What `innsjekk counts --json` prints: the head counts and the stations'. */
export type CliCounts = ResponseOf<'counts'> & StationCounts;

/** The hub and kiosks A and B: `start` in beforeAll, `stop` in afterAll. */
export function cliHubAndTwoKiosks(kioskName: string) {
  const dirs = { hub: tempDir(), A: tempDir(), B: tempDir() };
  let hub: CliProcess | undefined;
  const run = <T>(dir: string, args: readonly string[]) => runCliJson<T>(args, { dataDir: dir });
  return {
    dirs,
    run,
    counts: (dir: string) => run<CliCounts>(dir, ['counts']),
    /** A sync round of each kiosk in turn, then the first again, so each holds what the other sent. */
    syncAll: async (): Promise<void> => {
      for (const dir of [dirs.A, dirs.B, dirs.A]) await run(dir, ['sync', '--once']);
    },
    /** Sets up the demo event on the hub, serves it, and joins A and B as «{kioskName} A» and «… B». */
    start: async (): Promise<void> => {
      await run(dirs.hub, ['demo']);
      hub = startCli(['serve', '--hub', '--host', LOOPBACK, '--port', '0', '--kiosk-port', '0', '--json'], dirs.hub);
      const { pairingCode } = JSON.parse(await hub.firstLine) as ServeLine;
      await Promise.all((['A', 'B'] as const).map((name) => run(dirs[name], ['join', pairingCode!, '--kiosk', `${kioskName} ${name}`])));
    },
    stop: async (): Promise<void> => {
      await hub?.stop();
    },
  };
}
