// Bundles the Node side with esbuild: the loopback host, the Electron main process (ESM) and the
// preload (one CommonJS file, as a sandboxed preload must be). Only native modules (better-sqlite3,
// node-hid, serialport) stay external, loaded from node_modules (unpacked from the asar).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning' };
/**
 * Native modules stay in node_modules (unpacked from the asar); every pure-JS package is bundled, so
 * a start does not resolve and read hundreds of files one by one (about a third of the host's start).
 */
const native = ['better-sqlite3', 'node-hid', 'serialport', '@serialport/*', 'electron'];
/** pdfmake reads its Roboto font files (and pdfkit its metrics) from its own package folder at run time. */
const readsOwnFiles = ['pdfmake'];
/** CommonJS packages inside an ESM bundle still call require() for Node's built-ins. */
const requireShim = {
  js: "import { createRequire as __loketCreateRequire } from 'node:module'; const require = __loketCreateRequire(import.meta.url);",
};

await build({
  ...common,
  entryPoints: ['electron/host/server.ts'],
  outfile: 'dist/host/server.mjs',
  format: 'esm',
  external: [...native, ...readsOwnFiles],
  banner: requireShim,
});

if (existsSync('electron/main/main.ts')) {
  await build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    external: [...native, ...readsOwnFiles],
    banner: requireShim,
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

// The central server: PGlite loads its WebAssembly and data files from its own package folder at run
// time, so it stays external (bundled inline it fails with ENOENT), and `pg` with it.
await build({
  ...common,
  entryPoints: ['server/main.ts'],
  outfile: 'dist/server/main.mjs',
  format: 'esm',
  external: [...native, ...readsOwnFiles, '@electric-sql/pglite', 'pg'],
  banner: requireShim,
});

for (const dir of ['dist/host/migrations', 'dist/electron/migrations']) {
  mkdirSync(dir, { recursive: true });
  cpSync('db/migrations', dir, { recursive: true });
}
