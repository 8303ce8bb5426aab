// Bundles the Node side with esbuild: the loopback host, the Electron main process (ESM) and the
// preload (one CommonJS file, as a sandboxed preload must be). npm packages stay external: native
// modules (better-sqlite3, node-hid, serialport) are loaded from node_modules (unpacked from asar).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['electron/host/server.ts'],
  outfile: 'dist/host/server.mjs',
  format: 'esm',
  packages: 'external',
});

if (existsSync('electron/main/main.ts')) {
  await build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    packages: 'external',
  });
}
if (existsSync('electron/preload/preload.ts')) {
  await build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    // A sandboxed preload can require only 'electron' and a few built-ins: everything else is inlined.
    external: ['electron'],
  });
}

for (const dir of ['dist/host/migrations', 'dist/electron/migrations']) {
  mkdirSync(dir, { recursive: true });
  cpSync('db/migrations', dir, { recursive: true });
}
