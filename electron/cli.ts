#!/usr/bin/env node
/**
 * The `innsjekk` command: the organiser's and the tests' way into the core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ScanResult } from '../shared/contract.js';
import { REGISTRANT_FIELDS, type RegistrantField } from '../shared/domain.js';
import { UserError } from '../shared/i18n.js';
import type { ColumnMapping } from '../shared/import-mapping.js';
import { Core } from './core/core.js';
import { resolveDataDir } from './core/database.js';

/** Exit codes: success, other failure, bad input or usage. */
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_BAD_INPUT = 2;

class UsageError extends Error {}

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

const USAGE = `Bruk: innsjekk KOMMANDO [valg]

Kommandoer:
  init --name NAVN --date ÅÅÅÅ-MM-DD [--capacity N]   Opprett arrangementet og nøklene
  import FIL [--dry-run] [--map felt=Kolonne …]       Les inn deltakerlisten (CSV eller XLSX)
  codes --out MAPPE                                   Lag QR-koder (PNG og SVG) og codes.csv
  scan KODE [--kiosk NAVN] [--station NAVN]           Registrer en skanning
  undo [--kiosk NAVN] [--reason TEKST]                Angre siste innsjekking på kiosken
  search TEKST                                        Søk på navn, organisasjon eller e-post
  report --format csv|json [--out FIL]                Oppmøterapport
  serve [--port N] [--host H]                         Start kiosken i nettleseren (og HTTP-API-et)
  start [--port N]                                    Start kiosken (Electron, ellers i nettleseren)
  demo                                                Fyll datamappen med et demoarrangement

Valg for alle kommandoer:
  --data-dir MAPPE   Datamappen (ellers INNSJEKK_DATA_DIR eller brukerens programdatamappe)
  --json             Maskinlesbar utdata på stdout; meldinger på stderr
  -h, --help         Vis denne hjelpen

Felt for --map: ${REGISTRANT_FIELDS.join(', ')}`;

type Values = Record<string, string | boolean | string[] | undefined>;

interface Invocation {
  readonly values: Values;
  readonly positionals: string[];
  readonly json: boolean;
  readonly dataDir: string;
}

/** parseArgs explains itself in English; the organiser reads Norwegian. */
function usageErrorFrom(error: unknown): UsageError {
  const text = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const option = /'(-[^' ]*)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`Ukjent valg «${option}».`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(text.includes('does not take') ? `Valget «${option}» tar ingen verdi.` : `Valget «${option}» mangler en verdi.`);
  }
  return new UsageError(`Ugyldige argumenter (${text}).`);
}

function parse(args: string[], options: ParseArgsConfig['options']): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const values = parsed.values as Values;
  return {
    values,
    positionals: parsed.positionals,
    json: values.json === true,
    dataDir: resolveDataDir(values['data-dir'] as string | undefined),
  };
}

function print(inv: Invocation, json: unknown, human: string): void {
  process.stdout.write(inv.json ? `${JSON.stringify(json, null, 2)}\n` : `${human}\n`);
}

function info(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** A one-line progress bar on stderr, drawn only when a person is watching. */
function progressBar(label: string): (done: number, total: number) => void {
  if (!process.stdout.isTTY || !process.stderr.isTTY) return () => {};
  let last = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === last && done !== total) return;
    last = percent;
    const filled = Math.round(percent / 5);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}

function onePositional(inv: Invocation, what: string): string {
  const [value, ...rest] = inv.positionals;
  if (value === undefined || rest.length > 0) throw new UsageError(`Oppgi nøyaktig én ${what}.`);
  return value;
}

function withCore<T>(inv: Invocation, work: (core: Core) => T): T {
  const core = Core.openSync(inv.dataDir);
  try {
    return work(core);
  } finally {
    core.closeSync();
  }
}

function parseMapping(entries: string[] | undefined): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const entry of entries ?? []) {
    const eq = entry.indexOf('=');
    const field = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!(REGISTRANT_FIELDS as readonly string[]).includes(field)) {
      throw new UserError('unknownMappingField', { field: field || entry, fields: REGISTRANT_FIELDS.join(', ') });
    }
    mapping[field as RegistrantField] = entry.slice(eq + 1).trim();
  }
  return mapping;
}

const VERDICT_TEXT: Readonly<Record<ScanResult['verdict'], string>> = {
  welcome: 'Velkommen',
  already: 'Allerede sjekket inn',
  waitlisted: 'Står på venteliste – send til informasjonsdisken',
  cancelled: 'Avmeldt – send til informasjonsdisken',
  invalid: 'Ukjent kode – søk på navn eller send til informasjonsdisken',
  wrong_event: 'Koden gjelder et annet arrangement – send til informasjonsdisken',
};

function describeScan(result: ScanResult): string {
  const who = result.registrant ? `: ${result.registrant.name}${result.registrant.organisation ? ` (${result.registrant.organisation})` : ''}` : '';
  const first = result.firstArrival ? ` – kom ${result.firstArrival.at} ved ${result.firstArrival.kiosk}` : '';
  return `${VERDICT_TEXT[result.verdict]}${who}${first}`;
}

type Command = (args: string[]) => Promise<void> | void;

const DEFAULT_PORT = 4680;

/** Serves the browser kiosk until the process is stopped. */
async function serveKiosk(inv: Invocation): Promise<{ url: string; kioskUrl: string }> {
  const port = Number(inv.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port må være et tall mellom 0 og 65535.');
  const { startKioskServer } = await import('./kiosk-server.js');
  const kiosk = await startKioskServer(inv.dataDir, { host: inv.values.host as string, port }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`Porten ${port} er allerede i bruk (kjører Innsjekk allerede?). Velg en annen med --port.`);
    }
    throw error;
  });
  const stop = (): void => {
    void kiosk.close().then(() => process.exit(EXIT_OK));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return kiosk;
}

const commands: Readonly<Record<string, Command>> = {
  init(args) {
    const inv = parse(args, { name: { type: 'string' }, date: { type: 'string' }, capacity: { type: 'string' } });
    const capacityText = inv.values.capacity as string | undefined;
    const capacity = capacityText === undefined ? null : /^\d+$/.test(capacityText) ? Number(capacityText) : NaN;
    if (Number.isNaN(capacity)) throw new UserError('badCapacity', { value: capacityText ?? '' });
    const event = withCore(inv, (core) =>
      core.createEventSync({ name: (inv.values.name as string | undefined) ?? '', date: (inv.values.date as string | undefined) ?? '', capacity }),
    );
    print(inv, { id: event.id, name: event.name, date: event.date, capacity: event.capacity, dataDir: inv.dataDir }, `Opprettet «${event.name}» (${event.date}) i ${inv.dataDir}`);
  },

  async import(args) {
    const inv = parse(args, { 'dry-run': { type: 'boolean', default: false }, map: { type: 'string', multiple: true } });
    const file = onePositional(inv, 'fil');
    const mapping = parseMapping(inv.values.map as string[] | undefined);
    const { importRegistrantsSync } = await import('./core/import/import-registrants.js');
    const { MAX_IMPORT_BYTES } = await import('./core/import/read-table.js');
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      throw new UserError('fileMissing', { file });
    }
    if (size > MAX_IMPORT_BYTES) {
      throw new UserError('fileTooLarge', { size: (size / 1048576).toFixed(1), limit: MAX_IMPORT_BYTES / 1048576 });
    }
    const bytes = fs.readFileSync(file);
    const dryRun = inv.values['dry-run'] === true;
    const summary = withCore(inv, (core) => importRegistrantsSync(core, bytes, { fileName: path.basename(file), mapping, dryRun }));
    const { added, updated, unchanged, cancelled, rejected } = summary;
    const lines = [
      `${dryRun ? 'Prøvekjøring – ingenting er lagret. ' : ''}Nye: ${added}, endret: ${updated}, uendret: ${unchanged}, avmeldt: ${cancelled}, avvist: ${rejected.length}`,
      ...rejected.map((r) => `  rad ${r.row}: ${r.reason}`),
    ];
    print(inv, { added, updated, unchanged, cancelled, rejected }, lines.join('\n'));
  },

  async codes(args) {
    const inv = parse(args, { out: { type: 'string' } });
    const out = inv.values.out as string | undefined;
    if (!out) throw new UsageError('Oppgi mappen kodene skal skrives til med --out MAPPE.');
    const { exportCodesToDir } = await import('./core/codes.js');
    const core = Core.openSync(inv.dataDir);
    try {
      const count = await exportCodesToDir(core, path.resolve(out), progressBar('Lager koder'));
      print(inv, { count, out: path.resolve(out) }, `Skrev ${count} koder til ${path.resolve(out)}`);
    } finally {
      core.closeSync();
    }
  },

  async scan(args) {
    const inv = parse(args, { kiosk: { type: 'string' }, station: { type: 'string' } });
    const code = onePositional(inv, 'kode');
    const { scanSync } = await import('./core/checkin.js');
    const result = withCore(inv, (core) =>
      scanSync(core, code, { kioskName: inv.values.kiosk as string | undefined, station: inv.values.station as string | undefined }),
    );
    print(inv, result, describeScan(result));
  },

  async undo(args) {
    const inv = parse(args, { kiosk: { type: 'string' }, reason: { type: 'string' } });
    const { undoLastCheckinSync } = await import('./core/checkin.js');
    const undone = withCore(inv, (core) =>
      undoLastCheckinSync(core, (inv.values.reason as string | undefined) ?? '', { kioskName: inv.values.kiosk as string | undefined }),
    );
    print(inv, { undone }, undone ? `Angret innsjekkingen av ${undone.name}` : 'Ingen innsjekking å angre på denne kiosken.');
  },

  async search(args) {
    const inv = parse(args, { limit: { type: 'string' } });
    const query = inv.positionals.join(' ');
    if (!query.trim()) throw new UsageError('Oppgi hva du søker etter.');
    const { searchSync } = await import('./core/registrants.js');
    const hits = withCore(inv, (core) => {
      core.requireEventSync();
      return searchSync(core, query, Number(inv.values.limit ?? 20) || 20);
    });
    const human = hits.length === 0 ? 'Ingen treff.' : hits.map((h) => `${h.id}  ${h.name}${h.organisation ? ` – ${h.organisation}` : ''}  [${h.status}${h.arrivedAt ? `, kom ${h.arrivedAt}` : ''}]`).join('\n');
    print(inv, hits.map(({ id, name, organisation, status, arrivedAt }) => ({ id, name, organisation, status, arrivedAt })), human);
  },

  async report(args) {
    const inv = parse(args, { format: { type: 'string', default: 'csv' }, out: { type: 'string' } });
    const format = inv.values.format as string;
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format må være csv eller json.');
    const { reportSync } = await import('./core/registrants.js');
    const { toCsv } = await import('../shared/csv.js');
    const rows = withCore(inv, (core) => reportSync(core));
    const text =
      format === 'json'
        ? `${JSON.stringify(rows, null, 2)}\n`
        : toCsv(['id', 'name', 'email', 'organisation', 'status', 'arrivedAt', 'kiosk'], rows.map((r) => [r.id, r.name, r.email, r.organisation, r.status, r.arrivedAt, r.kiosk]));
    const out = inv.values.out as string | undefined;
    if (out) {
      fs.writeFileSync(out, text);
      info(`Skrev rapporten (${rows.length} deltakere) til ${out}`);
    } else {
      process.stdout.write(text);
    }
  },

  async serve(args) {
    const inv = parse(args, { port: { type: 'string', default: String(DEFAULT_PORT) }, host: { type: 'string', default: '127.0.0.1' } });
    const kiosk = await serveKiosk(inv);
    // One line: the process keeps running, so a reader takes the first line as the whole answer.
    process.stdout.write(inv.json ? `${JSON.stringify({ url: kiosk.url, kioskUrl: kiosk.kioskUrl })}\n` : `Innsjekk kjører på ${kiosk.kioskUrl}\n`);
  },

  async start(args) {
    const inv = parse(args, { port: { type: 'string', default: String(DEFAULT_PORT) }, host: { type: 'string', default: '127.0.0.1' } });
    const { electronBinary, launchElectron } = await import('./launch.js');
    const binary = electronBinary();
    if (binary) {
      process.exitCode = await launchElectron(binary, inv.dataDir);
      return;
    }
    const kiosk = await serveKiosk(inv);
    process.stdout.write(
      inv.json
        ? `${JSON.stringify({ url: kiosk.url, kioskUrl: kiosk.kioskUrl })}\n`
        : `Electron finnes ikke på denne maskinen – nettleserkiosken kjører i stedet: åpne ${kiosk.kioskUrl}\n`,
    );
  },

  async demo(args) {
    const inv = parse(args, {});
    const { createDemoEventSync } = await import('./core/demo.js');
    const summary = withCore(inv, (core) => createDemoEventSync(core));
    print(inv, summary, `Demoarrangementet «${summary.name}» er klart med ${summary.registrants} påmeldte i ${inv.dataDir}`);
  },
};

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    // A usage error: stdout stays clean for whoever reads it.
    info(USAGE);
    return EXIT_BAD_INPUT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (name.startsWith('-')) {
    info('Skriv kommandoen før valgene, for eksempel «innsjekk report --format csv --data-dir MAPPE». Se «innsjekk --help».');
    return EXIT_BAD_INPUT;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    info(`Ukjent kommando «${name}». Se «innsjekk --help».`);
    return EXIT_BAD_INPUT;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  try {
    await command(args);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      info(`${error.message} Se «innsjekk --help».`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof UserError) {
      info(error.message);
      return error.kind === 'input' ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }
    info(`Noe gikk galt: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILURE;
  }
}

process.exitCode = await main(process.argv.slice(2));
