import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './openDatabase';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The database was written by a newer Loket: opening it could corrupt data the newer app relies on. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This database was written by a newer version of Loket (schema ${found}; this app knows up to ${known}). ` +
        'Install the newer Loket, or restore a backup made by this version.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Where the numbered SQL files are: next to this module in the source tree, and copied next to
 * each bundle by build/scripts/bundle.mjs.
 */
export function defaultMigrationsDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [join(here, 'migrations'), join(here, '..', '..', 'db', 'migrations')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

/** Reads `NNNN_name.sql` files; the numbers must run 1, 2, 3… with no gap or repeat. */
export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} is out of sequence: expected ${i + 1}`);
  });
  return migrations;
}

export interface MigrateResult {
  readonly from: number;
  readonly to: number;
  /** Path of the consistent copy made before changing the schema, when there was one. */
  readonly backup?: string;
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction together with the
 * `user_version` bump, so a power cut leaves the database at a whole version. A file database
 * that already holds data is first copied with VACUUM INTO (a consistent snapshot, even in WAL).
 */
export function migrate(db: Db, migrations = loadMigrations(), now = Date.now()): MigrateResult {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  if (from === latest) return { from, to: from };

  let backup: string | undefined;
  if (from > 0 && db.name !== ':memory:' && db.name !== '') {
    backup = `${db.name}.v${from}-${now}.bak`;
    db.prepare('VACUUM INTO ?').run(backup);
  }
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return backup ? { from, to: latest, backup } : { from, to: latest };
}
