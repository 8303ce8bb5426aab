// The packaged app's Electron fuses (issue 8): electron-builder flips them from electron-builder.yml,
// which this reads and checks against electron-builder's own schema for the option names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

const config = load(readFileSync('electron-builder.yml', 'utf8')) as {
  electronFuses?: Record<string, boolean>;
  asar?: boolean;
};
const require = createRequire(import.meta.url);
const scheme = require('app-builder-lib/scheme.json') as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('electron fuses in the packaged app', () => {
  it('turns off Node in the app and its debugging doors, and loads the app only from a checked ASAR', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names only fuses electron-builder knows (a misspelt one would be silently ignored)', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses ?? {}).filter((k) => !known.includes(k))).toEqual([]);
  });
});
