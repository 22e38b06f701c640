/**
 * Running the built `innsjekk` command as a user would: a child process with
 * arguments, its exit code and its two output streams.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { AttendanceReport, RegistrantRow } from '../../shared/report/report-model.js';

/** The built command; `npm run build` (or `npm test`) makes it. */
export const CLI_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'electron', 'cli.js');

/** What one run of the command did. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON. */
  json<T>(): T;
}

/** Where a run keeps its data. */
export interface CliOptions {
  readonly dataDir: string;
  /** False to leave out `--data-dir`, for runs without a command; the directory still comes from INNSJEKK_DATA_DIR. */
  readonly dataDirFlag?: boolean;
  /** More environment for the run, such as TZ. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs `innsjekk ARGS --data-dir DIR`; resolves whatever the exit code. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  // Set even with the flag, so that no run can ever reach the user's real data directory.
  const env = { ...process.env, ...options.env, INNSJEKK_DATA_DIR: options.dataDir };
  const dataDirArgs = options.dataDirFlag === false ? [] : ['--data-dir', options.dataDir];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI_PATH, ...args, ...dataDirArgs],
      { env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        if (code === null) {
          reject(new Error(`innsjekk ${args.join(' ')} did not exit normally: ${error?.message ?? ''}\n${stderr}`));
          return;
        }
        resolve({ code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T });
      },
    );
  });
}

/** Runs the command and expects success; returns its JSON output. */
export async function runCliJson<T>(args: readonly string[], options: CliOptions): Promise<T> {
  const result = await runCli([...args, '--json'], options);
  expect(result.code, `innsjekk ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.json<T>();
}

/** Expects a refusal for bad input or usage: exit 2, nothing on stdout, the given message on stderr. */
export function expectBadInput(result: CliResult, messagePart: string): void {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
  expect(result.stderr).toContain(messagePart);
}

/** The organiser PIN initEvent sets. */
export const TEST_PIN = '246813';

/** Creates an event, with the organiser PIN TEST_PIN, in the data directory with `innsjekk init`. */
export async function initEvent(dataDir: string, name = 'Lokaldemokratikonferansen 2026'): Promise<void> {
  await runCliJson(['init', '--name', name, '--date', '2026-03-12', '--pin', TEST_PIN], { dataDir });
}

/** Room for a test that runs the command several times on a busy machine. */
export const CLI_TEST_TIMEOUT = 30_000;

/** The attendance report's row for every registrant, as `innsjekk report --format json` writes it. */
export async function reportRegistrants(dataDir: string): Promise<RegistrantRow[]> {
  const report = await runCliJson<AttendanceReport>(['report', '--format', 'json'], { dataDir });
  return [...(report.people?.registrants ?? [])];
}
