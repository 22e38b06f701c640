/**
 * Importing the registration list: the first import into an empty data
 * directory, from CSV and from XLSX, and the re-import of an unchanged file.
 */
import type { ImportSummary } from '../../shared/contract.js';
import type { Core } from '../../electron/core/core.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement, Target } from '../figure.js';
import { timeSync } from '../measure.js';

/** Each import is a second's work or so: a few runs, after one untimed run. */
const RUNS = 3;
const UNDER_2_S: Target = { stat: 'max', underMs: 2000 };

type Expect = (summary: ImportSummary) => boolean;

/** The import figures for the generated list. */
export function importFigures(data: BenchData): Figure[] {
  const rows = data.registrants.toLocaleString('en-US');
  const allAdded: Expect = (s) => s.added === data.registrants && s.rejected.length === 0;
  const allUnchanged: Expect = (s) => s.unchanged === data.registrants && s.added + s.updated + s.cancelled === 0;
  return [
    {
      name: `import CSV (${rows} rows)`,
      target: UNDER_2_S,
      run: async () => firstImports(data, 'deltakere.csv', data.csv(), allAdded),
    },
    {
      name: `re-import CSV, all unchanged`,
      target: UNDER_2_S,
      run: async () =>
        data.withFreshCore((core) => {
          importChecked(core, 'deltakere.csv', data.csv(), allAdded);
          return repeat(() => importChecked(core, 'deltakere.csv', data.csv(), allUnchanged));
        }),
    },
    {
      name: `import XLSX (${rows} rows)`,
      target: UNDER_2_S,
      run: async () => firstImports(data, 'deltakere.xlsx', await data.xlsx(), allAdded),
    },
  ];
}

/** Imports into a fresh data directory per run. */
function firstImports(data: BenchData, fileName: string, bytes: Uint8Array, expect: Expect): Measurement {
  return repeat(() => data.withFreshCore((core) => importChecked(core, fileName, bytes, expect)));
}

/** One untimed run to warm up, then RUNS timed ones. */
function repeat(timedRun: () => number): Measurement {
  timedRun();
  return { samples: Array.from({ length: RUNS }, () => timedRun()), note: 'after 1 warm-up run' };
}

/** Times one import and makes sure it did what the figure says. */
function importChecked(core: Core, fileName: string, bytes: Uint8Array, expect: Expect): number {
  const { ms, value } = timeSync(() => importRegistrantsSync(core, bytes, { fileName, dryRun: false }));
  if (!expect(value)) {
    const { added, updated, unchanged, cancelled, rejected } = value;
    throw new Error(`unexpected import of ${fileName}: ${JSON.stringify({ added, updated, unchanged, cancelled, rejected: rejected.length })}`);
  }
  return ms;
}
