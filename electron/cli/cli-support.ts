/**
 * What every `innsjekk` command shares: reading its arguments, writing its
 * output, exit codes and the progress bar.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { text } from '../../shared/i18n.js';
import { osloWhen, type Moment } from '../../shared/oslo-time.js';
import { Core } from '../core/core.js';
import { resolveDataDir } from '../core/database.js';

/** Exit code: success. */
export const EXIT_OK = 0;
/** Exit code: a failure other than bad input. */
export const EXIT_FAILURE = 1;
/** Exit code: bad input or usage. */
export const EXIT_BAD_INPUT = 2;

/** Wrong use of the command; shown with a pointer to the help. */
export class UsageError extends Error {}

/** One command: its arguments after the command name. */
export type Command = (args: string[]) => Promise<void> | void;

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Parsed option values. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** A command's parsed arguments. */
export interface Invocation {
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

/** Parses a command's arguments with the options every command has. */
export function parse(args: string[], options: ParseArgsConfig['options']): Invocation {
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

/** Writes the result on stdout: JSON with --json, else the text for people. */
export function print(inv: Invocation, json: unknown, human: string): void {
  process.stdout.write(inv.json ? `${JSON.stringify(json, null, 2)}\n` : `${human}\n`);
}

/**
 * A moment as a person reads it, in Oslo time whatever the machine's time
 * zone: "kl. 09:12" today, "11.03. kl. 09:12" another day. JSON keeps ISO 8601.
 */
export function momentText(at: Moment, now: Moment = Date.now()): string {
  return osloWhen((key, params) => text(key, params), at, now);
}

/** Writes a message for people on stderr. */
export function info(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** A one-line progress bar on stderr, drawn only when a person is watching. */
export function progressBar(label: string): (done: number, total: number) => void {
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

/** The one positional argument; a UsageError when there are none or more. */
export function onePositional(inv: Invocation, what: string): string {
  const [value, ...rest] = inv.positionals;
  if (value === undefined || rest.length > 0) throw new UsageError(`Oppgi nøyaktig én ${what}.`);
  return value;
}

/** Runs work on the data directory's core, closing it afterwards. */
export function withCore<T>(inv: Invocation, work: (core: Core) => T): T {
  const core = Core.openSync(inv.dataDir);
  try {
    return work(core);
  } finally {
    core.closeSync();
  }
}
