/**
 * A purge killed part-way (SIGKILL, as a power cut or a killed process would
 * end it) leaves either all the personal data or none of it, never a list
 * half deleted, and the next `innsjekk purge` completes it: no name remains
 * in the bytes of any file.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import { Core } from '../../electron/core/core.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { runCli } from '../helpers/cli.js';
import { startCli } from '../helpers/cli-process.js';
import { tracesInDirSync } from '../helpers/data-dir-traces.js';
import { eventDir, waitFor } from '../helpers/kiosk-cluster.js';
import { openRawSync, readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const PEOPLE = 8000;
const KILL_TIMEOUT = 240_000;
/** The longest a random kill waits after the purge says it deletes: about as long as the deleting takes here. */
const MAX_KILL_DELAY_MS = 400;

/** Every registrant's name, to look for in the files' bytes. */
function namesSync(dir: string): string[] {
  return readRawSync(dir, (db) => db.prepare('SELECT name FROM registrant ORDER BY id').pluck().all() as string[]);
}

/** A day's log: everyone arrives at a kiosk, and every tenth arrival is undone with a reason naming the person. */
function dayOfEventsSync(dir: string): LogEvent[] {
  const rows = readRawSync(dir, (db) => db.prepare('SELECT id, name FROM registrant ORDER BY id').all() as { id: string; name: string }[]);
  const events: LogEvent[] = [];
  const at = (i: number): string => new Date(Date.UTC(2026, 2, 12, 8) + i * 500).toISOString();
  rows.forEach(({ id, name }, i) => {
    const base = { kioskId: 'DOOR0001', at: at(events.length), kioskName: 'Inngang 1', station: 'inngang', registrantId: id };
    const seq = events.length + 1;
    events.push({ ...base, id: eventId('DOOR0001', seq), seq, kind: 'checkin', details: { by: 'token' } });
    if (i % 10 === 0) events.push({ ...base, id: eventId('DOOR0001', seq + 1), seq: seq + 1, kind: 'undo', details: { target: eventId('DOOR0001', seq), reason: `feil person: ${name}` } });
  });
  return events;
}

/** A data directory with the list and the day's log, ready to purge. */
function dayDir(): { readonly dir: string; readonly names: string[] } {
  const dir = eventDir(PEOPLE);
  const core = Core.openSync(dir);
  try {
    applyEventsSync(core, dayOfEventsSync(dir));
  } finally {
    core.closeSync();
  }
  return { dir, names: namesSync(dir) };
}

/** How much of the list still has its names: all, none, or (never) some. */
function namesLeftSync(dir: string): 'all' | 'none' | number {
  const left = readRawSync(dir, (db) => db.prepare("SELECT COUNT(*) FROM registrant WHERE name != ''").pluck().get() as number);
  const reasonsLeft = readRawSync(dir, (db) => db.prepare("SELECT COUNT(*) FROM log WHERE kind = 'undo' AND details ->> '$.reason' != ''").pluck().get() as number);
  if (left === PEOPLE && reasonsLeft === PEOPLE / 10) return 'all';
  if (left === 0 && reasonsLeft === 0) return 'none';
  return left;
}

/** Waits until the purge process has said the text on stderr. */
function saidSync(purge: ReturnType<typeof startCli>, text: string): Promise<true> {
  return waitFor(`the purge to say «${text}»`, () => (purge.output().stderr.includes(text) ? true : undefined), 60_000, 2);
}

describe('a purge killed part-way', { timeout: KILL_TIMEOUT }, () => {
  const base = dayDir();

  it('leaves all the data or none of it when killed while it deletes, and the next run completes', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const dir = tempDir();
      fs.cpSync(base.dir, dir, { recursive: true });
      const purge = startCli(['purge', '--confirm', String(PEOPLE)], dir);
      await saidSync(purge, 'Sletter persondataene');
      const delay = Math.floor(Math.random() * MAX_KILL_DELAY_MS);
      await sleep(delay);
      const exit = await purge.stop('SIGKILL');
      // Killed (null), or done before the kill landed (0): never failed.
      expect([null, 0], `killed ${delay} ms after it began deleting`).toContain(exit);
      const left = namesLeftSync(dir);
      expect(['all', 'none'], `killed ${delay} ms after it began deleting`).toContain(left);

      const again = await runCli(['purge', '--confirm', String(PEOPLE), '--json'], { dataDir: dir });
      expect(again.code, again.stderr).toBe(0);
      expect(namesLeftSync(dir)).toBe('none');
      expect(tracesInDirSync(dir, base.names)).toEqual([]);
    }
  });

  it('leaves none of the data when killed while it rewrites the files, and the next run rewrites them', async () => {
    const dir = tempDir();
    fs.cpSync(base.dir, dir, { recursive: true });
    // A reader in another process keeps the write-ahead log from being emptied: the purge waits for it there.
    const reader = openRawSync(dir);
    try {
      reader.prepare('BEGIN').run();
      reader.prepare('SELECT COUNT(*) FROM registrant').get();
      const purge = startCli(['purge', '--confirm', String(PEOPLE)], dir);
      await saidSync(purge, 'Skriver om databasefilene');
      expect(await purge.stop('SIGKILL')).toBeNull();
    } finally {
      reader.close();
    }
    expect(namesLeftSync(dir)).toBe('none');
    // The deleted rows are still in the bytes of the files: the rewriting is what a second run finishes.
    expect(tracesInDirSync(dir, base.names).length).toBeGreaterThan(0);

    const again = await runCli(['purge', '--json'], { dataDir: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.json<{ purgedNow: boolean; record: { people: number } }>()).toMatchObject({ purgedNow: false, record: { people: PEOPLE } });
    expect(tracesInDirSync(dir, base.names)).toEqual([]);
  });
});
