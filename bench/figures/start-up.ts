/**
 * The `innsjekk` command's start-up: a whole `node dist/electron/cli.js --help`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Figure, Measurement } from '../figure.js';
import { sampleEachSync } from '../measure.js';

const RUNS = 10;
// This module runs from dist/bench/figures/, next to the built command.
const CLI = fileURLToPath(new URL('../../electron/cli.js', import.meta.url));

/** The start-up figure; no target is stated for it. */
export function startUpFigures(): Figure[] {
  return [{ name: 'innsjekk --help (start-up)', run: async () => startUps() }];
}

function startUps(): Measurement {
  const runs = Array.from({ length: RUNS }, (_, i) => i);
  const samples = sampleEachSync(
    { warmUp: runs.slice(0, 1), timed: runs },
    () => spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }),
    (result) => {
      if (result.status !== 0) throw new Error(`innsjekk --help exited with ${result.status}: ${result.stderr}`);
    },
  );
  return { samples, note: 'after 1 warm-up run' };
}
