// Bundles the Node side with esbuild: the loopback host, the Electron main process (ESM) and the
// preload (one CommonJS file, as a sandboxed preload must be). Only native modules (better-sqlite3,
// node-hid, serialport) stay external, loaded from node_modules (unpacked from the asar).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning' };
/**
 * The ESM programs are split: what a dynamic import() names (the PDF, workbook and chart machinery,
 * about three quarters of the code) becomes its own file beside the entry, read and compiled only when
 * an officer first asks for a document, so a start parses a quarter of the code and the host's memory
 * holds no report library it has not used. Chunks sit beside the entry so import.meta.url still names
 * the entry's folder (the migrations, the renderer).
 */
const splitEsm = (outdir) => {
  // A chunk's name is its content's hash: the last build's would be left beside this one's.
  if (existsSync(outdir))
    for (const file of readdirSync(outdir)) if (file.startsWith('chunk-')) rmSync(`${outdir}/${file}`);
  return {
    format: 'esm',
    splitting: true,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
  };
};
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
  ...splitEsm('dist/host'),
  external: [...native, ...readsOwnFiles],
  banner: requireShim,
});

if (existsSync('electron/main/main.ts')) {
  await build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    ...splitEsm('dist/electron'),
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
  ...splitEsm('dist/server'),
  external: [...native, ...readsOwnFiles, '@electric-sql/pglite', 'pg'],
  banner: requireShim,
});

for (const dir of ['dist/host/migrations', 'dist/electron/migrations']) {
  mkdirSync(dir, { recursive: true });
  cpSync('db/migrations', dir, { recursive: true });
}
