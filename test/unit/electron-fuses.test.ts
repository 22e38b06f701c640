/**
 * The packaged app's Electron fuses, as electron-builder flips them from
 * package.json: no way to run the binary as plain Node or to inject options
 * into it, and only the app's own (integrity-checked) archive is loaded.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface BuildSettings {
  readonly asar?: boolean;
  readonly electronFuses?: Readonly<Record<string, boolean>>;
}

const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { readonly build: BuildSettings };
const require = createRequire(import.meta.url);

/** The fuse names electron-builder knows: a misspelt one would be ignored without a word. */
function knownFuses(): string[] {
  const scheme = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
    definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
  };
  return Object.keys(scheme.definitions.FuseOptionsV1.properties);
}

describe('the Electron fuses in the electron-builder settings', () => {
  it('turn off running as Node, NODE_OPTIONS and the inspector, and turn on cookie encryption and the ASAR checks', () => {
    expect(packageJson.build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('name only fuses electron-builder knows, and package the app as the ASAR archive they check', () => {
    expect(knownFuses()).toEqual(expect.arrayContaining(Object.keys(packageJson.build.electronFuses ?? {})));
    expect(packageJson.build.asar).toBe(true);
  });
});
