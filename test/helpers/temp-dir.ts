/**
 * Temporary directories for tests, removed together when a test file is done.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

/** A new empty directory under the system's temp folder. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-'));
  created.push(dir);
  return dir;
}

/** Removes every directory tempDir() made; call it from afterAll. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
