// The harness's programs, bundled once per run with esbuild the way build/scripts/bundle.mjs bundles
// the shipped ones: a kiosk or server process then starts in about 0.7 s instead of 2–3 s under tsx,
// which is what lets a run restart processes after every SIGKILL and still do a thousand schedules an
// hour. Built from the source tree each time, so they are never stale. They live under
// node_modules/.cache (git-ignored) so that the native and external packages resolve from there.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Native modules and the packages that load files of their own at run time (PGlite, pdfmake's fonts)
 * stay in node_modules, as in build/scripts/bundle.mjs.
 */
const EXTERNAL = [
  'better-sqlite3',
  'node-hid',
  'serialport',
  '@serialport/*',
  'electron',
  '@electric-sql/pglite',
  'pg',
  'pdfmake',
];
/** CommonJS packages inside an ESM bundle still call require() for Node's built-ins. */
const REQUIRE_SHIM =
  "import { createRequire as __loketCreateRequire } from 'node:module'; const require = __loketCreateRequire(import.meta.url);";

export interface FaultPrograms {
  readonly kiosk: string;
  readonly server: string;
  remove(): void;
}

let builds = 0;

export async function bundleFaultPrograms(): Promise<FaultPrograms> {
  const dir = join(ROOT, 'node_modules', '.cache', 'loket-faults', `${process.pid}-${++builds}`);
  mkdirSync(dir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: EXTERNAL,
    banner: { js: REQUIRE_SHIM },
    logLevel: 'warning',
    absWorkingDir: ROOT,
  } as const;
  const kiosk = join(dir, 'kiosk.mjs');
  const server = join(dir, 'server.mjs');
  await Promise.all([
    build({ ...common, entryPoints: ['test/support/faults/kioskProcess.ts'], outfile: kiosk }),
    build({ ...common, entryPoints: ['server/main.ts'], outfile: server }),
  ]);
  // The kiosk's SQL migrations are read from a folder next to its module (db/migrate.ts).
  cpSync(join(ROOT, 'db', 'migrations'), join(dir, 'migrations'), { recursive: true });
  return { kiosk, server, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
