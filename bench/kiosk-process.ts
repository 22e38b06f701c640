/**
 * One kiosk of the converge figure, in a process of its own as on its own
 * laptop: it opens its data directory and, as the bench asks, scans codes and
 * answers with how many scans stored an event, or runs sync rounds with the
 * hub and answers with what it and the hub hold.
 *
 * Run by bench/figures/sync.ts with fork(); not a command of its own.
 */
import { Core } from '../electron/core/core.js';
import { hubSync } from '../electron/core/store/hub-store.js';
import { versionVectorSync } from '../electron/core/store/log-store.js';
import { syncWithHub } from '../electron/core/sync/sync-client.js';
import type { VersionVector } from '../shared/sync-protocol.js';
import { scanTalliedSync, type ScanTally } from './scan-tally.js';

/** What the kiosk says after each sync: its vector, and the hub's as the hub last said it. */
export interface KioskReport {
  readonly vector: VersionVector;
  readonly hubVector: VersionVector;
  /** CPU milliseconds this process spent on the sync. */
  readonly cpuMs: number;
}

/** What the bench asks: scans, a sync now, or the end. */
export type KioskCommand = { readonly scan: readonly string[] } | 'sync' | 'exit';

const [dataDir] = process.argv.slice(2);
if (!dataDir || !process.send) throw new Error('usage: fork(kiosk-process.js, [DATA_DIR])');
const core = Core.openSync(dataDir);
// On its own machine a kiosk waits for its own disk; here ten kiosks share one, and one's fsync would stall the others.
core.setSynchronousSync('NORMAL');
// As the kiosk's own server does: the log's WAL is copied back between rounds, not inside one.
core.checkpointInBackground();

process.on('message', (command: KioskCommand) => {
  if (command === 'exit') {
    core.closeSync();
    process.disconnect();
    return;
  }
  if (command !== 'sync') {
    const tally: ScanTally = scanTalliedSync(core, command.scan);
    // At a door these scans take hours, and the background checkpoint copies them into the database as they come;
    // here they come all at once, so that copy is done now rather than counted in the sync that follows.
    core.checkpointSync('TRUNCATE');
    process.send!(tally);
    return;
  }
  const cpu = process.cpuUsage();
  syncWithHub(core).then(
    () => {
      const { user, system } = process.cpuUsage(cpu);
      const report: KioskReport = { vector: versionVectorSync(core), hubVector: hubSync(core)!.vector, cpuMs: (user + system) / 1000 };
      process.send!(report);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
});
process.send({ ready: true });
