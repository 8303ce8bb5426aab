import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
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

/** How many pre-upgrade copies are kept next to the database; older ones are removed. */
export const BACKUP_GENERATIONS = 3;

/**
 * A consistent copy of the database before its schema changes. VACUUM INTO writes a temporary file
 * that is checked (`quick_check`) and only then renamed to `<db>.v<N>-<time>.bak`: a kill or power cut
 * while copying leaves a `.partial` file, never one that passes for a backup. Partial files from an
 * earlier attempt are removed, and only the newest BACKUP_GENERATIONS copies are kept.
 */
export function backupBeforeUpgrade(db: Db, fromVersion: number, now: number): string {
  const file = db.name;
  const dir = dirname(file);
  const base = basename(file);
  for (const f of readdirSync(dir))
    if (f.startsWith(`${base}.`) && f.endsWith('.bak.partial')) rmSync(join(dir, f));
  const backup = `${file}.v${fromVersion}-${now}.bak`;
  const partial = `${backup}.partial`;
  db.prepare('VACUUM INTO ?').run(partial);
  const copy = new Database(partial, { readonly: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the backup ${partial} failed its check: ${String(check)}`);
  } finally {
    copy.close();
  }
  renameSync(partial, backup);
  const generations = readdirSync(dir)
    .filter((f) => f.startsWith(`${base}.v`) && f.endsWith('.bak'))
    .map((f) => ({ f, at: Number(/-(\d+)\.bak$/.exec(f)?.[1] ?? 0) }))
    .sort((a, b) => b.at - a.at);
  for (const old of generations.slice(BACKUP_GENERATIONS)) rmSync(join(dir, old.f));
  return backup;
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction together with the
 * `user_version` bump, so a power cut leaves the database at a whole version. A file database
 * that already holds data is first copied (backupBeforeUpgrade).
 */
export function migrate(db: Db, migrations = loadMigrations(), now = Date.now()): MigrateResult {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  if (from === latest) return { from, to: from };

  const backup =
    from > 0 && db.name !== ':memory:' && db.name !== '' ? backupBeforeUpgrade(db, from, now) : undefined;
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return backup ? { from, to: latest, backup } : { from, to: latest };
}
