/**
 * Everything Innsjekk writes stays with its owner: the data directory and its
 * database (with SQLite's -wal and -shm while a kiosk runs), reports, codes,
 * sync files and emails, made by the real `innsjekk` command; a data
 * directory left readable by an older version is closed up when next opened;
 * and the PIN is stored as a slow hash, also one stored before.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runCli, runCliJson } from '../helpers/cli.js';
import { startCli, type CliProcess } from '../helpers/cli-process.js';
import { csvBytes, NORWEGIAN_HEADER, NORWEGIAN_REGISTRANTS, writeFile } from '../helpers/csv.js';
import { apiClient, postRaw } from '../helpers/http.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const PIN = '48219305';

let serving: CliProcess | undefined;
afterEach(async () => {
  await serving?.stop();
  serving = undefined;
});

/** The permission bits of a file or folder, as `ls -l` counts them (0o600, 0o700). */
function modeOf(file: string): string {
  return `0o${(fs.statSync(file).mode & 0o777).toString(8)}`;
}

/** Every file and folder under `dir` (itself included), with its mode. */
function modesUnder(dir: string): Record<string, string> {
  const modes: Record<string, string> = { '.': modeOf(dir) };
  for (const entry of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) modes[entry] = modeOf(path.join(dir, entry));
  return modes;
}

/** Runs the command and expects it to succeed. */
async function run(args: readonly string[], dataDir: string): Promise<void> {
  const result = await runCli(args, { dataDir });
  expect(result.code, `innsjekk ${args.join(' ')}: ${result.stderr}`).toBe(0);
}

/** A data directory with an event, its PIN and a few registrants, made by the command. */
async function preparedDataDir(): Promise<string> {
  const dataDir = tempDir();
  await runCliJson(['init', '--name', 'Lokaldemokratikonferansen', '--date', '2026-03-12', '--pin', PIN], { dataDir });
  const list = writeFile(tempDir(), 'liste.csv', csvBytes([NORWEGIAN_HEADER, ...NORWEGIAN_REGISTRANTS]));
  await runCliJson(['import', list], { dataDir });
  return dataDir;
}

/** Serves the data directory with `innsjekk serve`; resolves to its address and event key. */
async function serve(dataDir: string): Promise<{ url: string; key: string }> {
  serving = startCli(['serve', '--json', '--port', '0'], dataDir);
  const { url, kioskUrl } = JSON.parse(await serving.firstLine) as { url: string; kioskUrl: string };
  return { url, key: new URLSearchParams(new URL(kioskUrl).hash.slice(1)).get('key') ?? '' };
}

describe('files Innsjekk writes', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('are readable by their owner only: the data directory and the database, also while a kiosk runs', async () => {
    const dataDir = await preparedDataDir();
    await serve(dataDir);
    // The database runs in WAL mode: its -wal and -shm are there while the kiosk is open.
    expect(modesUnder(dataDir)).toEqual({ '.': '0o700', 'innsjekk.sqlite': '0o600', 'innsjekk.sqlite-wal': '0o600', 'innsjekk.sqlite-shm': '0o600' });
  });

  it('are readable by their owner only: reports, codes and codes.csv, sync files and emails, in folders it makes', async () => {
    const dataDir = await preparedDataDir();
    const out = tempDir();
    await runCliJson(['codes', '--out', path.join(out, 'koder', 'nye')], { dataDir });
    await run(['report', '--format', 'csv', '--out', path.join(out, 'oppmøte.csv')], dataDir);
    await runCliJson(['sync-export', path.join(out, 'hendelser.json')], { dataDir });
    await runCliJson(['mail', '--from', 'Konferansen <post@example.no>', '--eml-dir', path.join(out, 'epost')], { dataDir });

    const modes = modesUnder(out);
    const files = Object.entries(modes).filter(([name]) => /\.(png|svg|csv|json|eml)$/.test(name));
    expect(files.map(([name]) => path.extname(name)).sort()).toEqual(expect.arrayContaining(['.csv', '.eml', '.json', '.png', '.svg']));
    expect(files.filter(([, mode]) => mode !== '0o600')).toEqual([]);
    expect({ koder: modes.koder, nye: modes[path.join('koder', 'nye')], epost: modes.epost }).toEqual({ koder: '0o700', nye: '0o700', epost: '0o700' });
  });

  it('close up a data directory an older version left readable to others, and a report written over', async () => {
    const dataDir = await preparedDataDir();
    const report = path.join(tempDir(), 'oppmøte.csv');
    fs.writeFileSync(report, 'gammel rapport');
    fs.chmodSync(report, 0o644);
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(path.join(dataDir, 'innsjekk.sqlite'), 0o644);

    await run(['report', '--format', 'csv', '--out', report], dataDir);
    expect(modesUnder(dataDir)).toEqual({ '.': '0o700', 'innsjekk.sqlite': '0o600' });
    expect(modeOf(report)).toBe('0o600');
  });
});

describe('the stored PIN', { timeout: CLI_TEST_TIMEOUT }, () => {
  /** The stored hash of the PIN, as it lies in the database. */
  function storedPin(dataDir: string): string {
    const db = new BetterSqlite3(path.join(dataDir, 'innsjekk.sqlite'), { readonly: true });
    try {
      return (db.prepare("SELECT value FROM meta WHERE key = 'organiser_pin'").get() as { value: string }).value;
    } finally {
      db.close();
    }
  }

  it('is a scrypt hash costing 128 MB a guess', async () => {
    const dataDir = tempDir();
    await runCliJson(['init', '--name', 'Lokaldemokratikonferansen', '--date', '2026-03-12', '--pin', PIN], { dataDir });
    const stored = JSON.parse(storedPin(dataDir)) as { cost: { N: number; r: number; p: number }; salt: string; hash: string };
    expect(stored.cost).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(128 * stored.cost.N * stored.cost.r).toBe(128 * 1024 * 1024);
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    expect(JSON.stringify(stored)).not.toContain(PIN);
  });

  it('from an older version (fast scrypt, four digits) is made slow on opening, and the same PIN still opens', async () => {
    const dataDir = await preparedDataDir();
    // The database as version 5 left it, with the PIN 4821 hashed the old way.
    const db = new BetterSqlite3(path.join(dataDir, 'innsjekk.sqlite'));
    const salt = crypto.randomBytes(16);
    const legacy = `scrypt:${salt.toString('base64')}:${crypto.scryptSync('4821', salt, 32).toString('base64')}`;
    db.prepare("UPDATE meta SET value = ? WHERE key = 'organiser_pin'").run(legacy);
    db.pragma('user_version = 5');
    db.close();

    const { url, key } = await serve(dataDir);
    const stored = storedPin(dataDir);
    expect(stored).not.toContain(legacy.split(':')[2]);
    expect((JSON.parse(stored) as { cost: { N: number } }).cost.N).toBe(2 ** 17);

    const wrong = await postRaw(url, 'organiserUnlock', JSON.stringify({ pin: '4822' }), { key });
    expect((wrong.body as { error: { key: string } }).error.key).toBe('wrongPin');
    const { session } = await apiClient(url, { key })('organiserUnlock', { pin: '4821' });
    expect((await apiClient(url, { key, organiserSession: session })('report', {})).length).toBe(NORWEGIAN_REGISTRANTS.length);
  });
});
