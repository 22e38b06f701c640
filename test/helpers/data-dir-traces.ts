/**
 * Searching the raw bytes of every file in a data directory, as someone with
 * the borrowed laptop's disk could: the database, its WAL and shared-memory
 * files, anything else beside them.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Every file under a directory, with its bytes. */
function filesUnder(dir: string): { readonly file: string; readonly bytes: Buffer }[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => ({ file: path.relative(dir, file), bytes: fs.readFileSync(file) }));
}

/** Each of the texts found in the raw bytes of a file of the directory, and where: none after a purge. */
export function tracesInDirSync(dir: string, texts: readonly string[]): { readonly file: string; readonly text: string }[] {
  const files = filesUnder(dir);
  return texts.flatMap((text) => files.filter(({ bytes }) => bytes.includes(Buffer.from(text, 'utf8'))).map(({ file }) => ({ file, text })));
}

/** The names of the files in a directory, for a message. */
export function fileNamesSync(dir: string): string[] {
  return filesUnder(dir).map(({ file }) => file).sort();
}
