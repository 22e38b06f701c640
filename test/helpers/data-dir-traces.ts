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

/** The texts that occur in the bytes: one pass, looking each position's first four bytes up among the texts' (a search per text reads the file a thousand times over). */
function textsIn(bytes: Buffer, texts: readonly string[]): string[] {
  const byPrefix = new Map<number, { readonly text: string; readonly needle: Buffer }[]>();
  const found = new Set<string>();
  for (const text of texts) {
    const needle = Buffer.from(text, 'utf8');
    if (needle.length < 4) {
      if (bytes.includes(needle)) found.add(text);
      continue;
    }
    const prefix = needle.readUInt32LE(0);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), { text, needle }]);
  }
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const candidates = byPrefix.get(bytes.readUInt32LE(at));
    if (!candidates) continue;
    for (const { text, needle } of candidates) if (bytes.compare(needle, 0, needle.length, at, at + needle.length) === 0) found.add(text);
  }
  return texts.filter((text) => found.has(text));
}

/** Each of the texts found in the raw bytes of a file of the directory, and where: none after a purge. */
export function tracesInDirSync(dir: string, texts: readonly string[]): { readonly file: string; readonly text: string }[] {
  return filesUnder(dir).flatMap(({ file, bytes }) => textsIn(bytes, texts).map((text) => ({ file, text })));
}

/** The names of the files in a directory, for a message. */
export function fileNamesSync(dir: string): string[] {
  return filesUnder(dir).map(({ file }) => file).sort();
}
