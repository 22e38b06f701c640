/**
 * What every `innsjekk` command shares: reading its arguments, writing its
 * output, exit codes and the progress bar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { text } from '../../shared/i18n.js';
import { osloWhen, type Moment } from '../../shared/oslo-time.js';
import { Core } from '../core/core.js';
import { DATABASE_FILE, DATABASE_FILES, resolveDataDir } from '../core/database.js';

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

/**
 * Runs work on the data directory's core, for a command that sets the
 * directory up (`init`): when the work fails, the database it created is
 * removed again, and the directory too if it made it, so a typo leaves no
 * empty database behind for the next command to trip over.
 */
export function withNewCore<T>(inv: Invocation, work: (core: Core) => T): T {
  const hadDirectory = fs.existsSync(inv.dataDir);
  const hadDatabase = fs.existsSync(path.join(inv.dataDir, DATABASE_FILE));
  try {
    return withCore(inv, work);
  } catch (error) {
    if (!hadDatabase) for (const file of DATABASE_FILES) fs.rmSync(path.join(inv.dataDir, file), { force: true });
    if (!hadDirectory && fs.readdirSync(inv.dataDir).length === 0) fs.rmdirSync(inv.dataDir);
    throw error;
  }
}

/** How many single-letter edits turn one word into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The name nearest to a misspelt one: at most two edits away, and fewer than half its letters; undefined when none is that near. */
export function nearestName(misspelt: string, names: readonly string[]): string | undefined {
  const word = misspelt.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (distance <= 2 && distance * 2 < Math.max(word.length, 2) && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Asks the person at the terminal a yes-or-no question; null when nobody can answer (no terminal). */
export async function askAtTerminal(question: string): Promise<boolean | null> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return null;
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(j|ja|y|yes)$/i.test((await terminal.question(`${question} (j/N) `)).trim());
  } finally {
    terminal.close();
  }
}
