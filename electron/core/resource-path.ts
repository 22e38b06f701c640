/**
 * Files shipped in resources/ (the municipality list, the report's fonts),
 * found from the TypeScript source, from dist/ and from the packaged app alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a file under resources/, found by walking up from this module's folder. */
export function resourcePath(...parts: string[]): string {
  const relative = path.join('resources', ...parts);
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find ${relative} above ${start}`);
  }
}
