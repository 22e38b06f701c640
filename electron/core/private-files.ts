/**
 * Files and folders only their owner can read. Everything Innsjekk writes
 * holds personal data or keys (the database, reports, codes, sync files,
 * emails), so other users of the machine get no access to any of it.
 *
 * On Windows the modes mean little: there the user's own folders keep
 * others out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/i18n.js';

/** Read and write for the owner only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Open for the owner only. */
export const PRIVATE_DIR_MODE = 0o700;

/** Writes a file only its owner can read; an existing file is made private before anything is written into it. */
export function writePrivateFileSync(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'w', PRIVATE_FILE_MODE);
  try {
    // The mode given to open applies only to a new file.
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
    fs.writeFileSync(fd, data);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a folder (with any missing parents) only its owner can open; a folder that exists is left as it is. */
export function makePrivateDirSync(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** Creates an empty file only its owner can read, unless it exists. */
export function createPrivateFileSync(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
}

/**
 * Makes a data directory private, creating it if needed, and those of the
 * named files in it that exist; refuses a directory it cannot make private.
 */
export function makePrivateDataDirSync(dir: string, files: readonly string[]): void {
  makePrivateDirSync(dir);
  try {
    fs.chmodSync(dir, PRIVATE_DIR_MODE);
    for (const name of files) {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) fs.chmodSync(file, PRIVATE_FILE_MODE);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') throw new UserError('dataDirNotPrivate', { dir }, 'internal');
    throw error;
  }
}
