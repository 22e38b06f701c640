/**
 * The built `innsjekk` command as a long-running process (`serve`, `start`):
 * its first line of output, everything it wrote, and stopping it.
 */
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { CLI_PATH } from './cli.js';

/** A running `innsjekk` process. */
export interface CliProcess {
  /** The process id, e.g. to read its memory use from /proc. */
  readonly pid: number;
  /** The first line on stdout; rejects with stderr when the process ends without one. */
  readonly firstLine: Promise<string>;
  /** Everything written so far. */
  output(): { readonly stdout: string; readonly stderr: string };
  /** Stops it with SIGTERM (or the given signal); resolves to its exit code, null when the signal ended it. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `innsjekk ARGS --data-dir DIR`, with INNSJEKK_DATA_DIR set too so nothing reaches the user's own data; `env` adds variables. */
export function startCli(args: readonly string[], dataDir: string, env: Readonly<Record<string, string>> = {}): CliProcess {
  const child = spawn(process.execPath, [CLI_PATH, ...args, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, INNSJEKK_DATA_DIR: dataDir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const firstLine = new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then((code) => reject(new Error(`innsjekk ${args.join(' ')} ended (${code}) without output; stderr: ${stderr}`)));
  });
  // A caller that never reads the first line (a process killed early) leaves no unhandled rejection behind.
  firstLine.catch(() => undefined);
  return {
    pid: child.pid ?? 0,
    firstLine,
    output: () => ({ stdout, stderr }),
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}
