/**
 * Starting the Electron kiosk from `npm start`, when Electron is there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Electron binary, or null when it is not installed.
 *
 * The electron package's own entry would try to download a missing binary;
 * this only looks, so a machine without it falls back at once.
 */
export function electronBinary(): string | null {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(packageDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Runs the Electron kiosk on a data directory; resolves to its exit code. */
export function launchElectron(binary: string, dataDir: string): Promise<number> {
  // The project folder: Electron reads package.json there for the app's name and its main script.
  const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [appDir], { stdio: 'inherit', env: { ...process.env, INNSJEKK_DATA_DIR: dataDir } });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}
