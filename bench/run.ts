/**
 * `npm run bench`: measures the core's figures on generated registrants and
 * prints them against their targets. A missed target is reported, not fatal;
 * only a figure that cannot be measured makes the exit status non-zero.
 *
 *   node dist/bench/run.js [--registrants N | --quick] [--only NAME-SUBSTRING …]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { BenchData } from './bench-data.js';
import type { Figure } from './figure.js';
import { browserFigures } from './figures/browser.js';
import { countsFigures } from './figures/counts.js';
import { doorDayFigures } from './figures/door-day.js';
import { importFigures } from './figures/import.js';
import { mailFigures } from './figures/mail.js';
import { pouchdbReferenceFigures } from './figures/pouchdb-reference.js';
import { purgeFigures } from './figures/purge.js';
import { reportFigures } from './figures/report.js';
import { scanFigures } from './figures/scan.js';
import { searchFigures } from './figures/search.js';
import { startPaintFigures } from './figures/start-paint.js';
import { startUpFigures } from './figures/start-up.js';
import { stationPaintFigures } from './figures/station-paint.js';
import { syncFigures } from './figures/sync.js';
import { xlsxReaderReferenceFigures } from './figures/xlsx-reader-reference.js';
import { ReportTable } from './report.js';

const DEFAULT_REGISTRANTS = 20_000;
const QUICK_REGISTRANTS = 2_000;
// Warm-up takes the first few hundred codes and queries; fewer registrants leave nothing to time.
const MIN_REGISTRANTS = 1_000;
const EXIT_BAD_USAGE = 2;

const USAGE = `Usage: node dist/bench/run.js [--registrants N | --quick] [--only NAME-SUBSTRING …]

  --registrants N   Registrants to generate (default: BENCH_REGISTRANTS, else ${DEFAULT_REGISTRANTS})
  --quick           ${QUICK_REGISTRANTS} registrants
  --only TEXT       Only the figures whose name contains TEXT (repeatable)`;

/** Every figure, in the order they run. Later figures add themselves here. */
function allFigures(data: BenchData): Figure[] {
  return [...importFigures(data), ...xlsxReaderReferenceFigures(data), ...scanFigures(data), ...searchFigures(data), ...countsFigures(data), ...doorDayFigures(data), ...browserFigures(data), ...stationPaintFigures(data), ...startUpFigures(), ...startPaintFigures(), ...mailFigures(), ...syncFigures(data), ...reportFigures(data), ...purgeFigures(data), ...pouchdbReferenceFigures(data)];
}

interface Options {
  readonly registrants: number;
  readonly only: readonly string[];
}

/** --registrants wins over --quick, which wins over BENCH_REGISTRANTS. */
function parseOptions(args: string[], env: NodeJS.ProcessEnv): Options {
  const { values } = parseArgs({
    args,
    options: {
      registrants: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const text = values.registrants ?? (values.quick ? String(QUICK_REGISTRANTS) : env.BENCH_REGISTRANTS);
  const registrants = text === undefined ? DEFAULT_REGISTRANTS : Number(text);
  if (!Number.isSafeInteger(registrants) || registrants < MIN_REGISTRANTS) {
    throw new Error(`registrants must be a whole number of at least ${MIN_REGISTRANTS}, got ${text}`);
  }
  return { registrants, only: values.only.map((s) => s.toLowerCase()) };
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = EXIT_BAD_USAGE;
    return;
  }
  const data = new BenchData(options.registrants);
  // Ctrl-C lands between figures' synchronous steps, so the temp folder is not in use.
  process.once('SIGINT', () => {
    data.cleanup();
    process.exit(130);
  });
  try {
    const figures = allFigures(data).filter((f) => options.only.length === 0 || options.only.some((s) => f.name.toLowerCase().includes(s)));
    if (figures.length === 0) {
      console.error(`No figure matches --only ${options.only.join(', ')}; the figures are:\n  ${allFigures(data).map((f) => f.name).join('\n  ')}`);
      process.exitCode = EXIT_BAD_USAGE;
      return;
    }
    // The machine's load and the data's disk both move the tail figures.
    const title =
      `Innsjekk bench — ${options.registrants.toLocaleString('en-US')} registrants (Node ${process.version}, ${os.availableParallelism()} cores)\n` +
      `load average ${os.loadavg()[0]!.toFixed(1)} at start; data directories under ${os.tmpdir()} (set TMPDIR to move them)`;
    const report = new ReportTable(title, figures);
    for (const figure of figures) {
      try {
        report.row(figure, await figure.run());
      } catch (error) {
        report.error(figure, error);
      }
    }
    if (!report.end()) process.exitCode = 1;
  } finally {
    data.cleanup();
  }
}

await main();
