// The copy made before a schema upgrade (issue 8): a kill while it is being written leaves nothing
// that passes for a backup, the next start makes a proper one, and old copies do not pile up.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_GENERATIONS, backupBeforeUpgrade, loadMigrations, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';

const T0 = Date.parse('2026-11-23T09:00:00+07:00');
const child = fileURLToPath(new URL('./fixtures/migrateChild.ts', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A kiosk's database one version behind, holding enough data that copying it takes a while. */
function earlierDatabase(megabytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'loket-backup-'));
  dirs.push(dir);
  const file = join(dir, 'loket.sqlite');
  const db = openDatabase(file);
  const all = loadMigrations();
  migrate(db, all.slice(0, all.length - 1), T0);
  db.exec('CREATE TABLE ballast (id INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO ballast (data) VALUES (randomblob(4096))');
  db.transaction(() => {
    for (let i = 0; i < megabytes * 256; i++) insert.run();
  })();
  db.close();
  return file;
}

const backups = (file: string) => readdirSync(join(file, '..')).filter((f) => f.endsWith('.bak'));

describe('the pre-upgrade backup', () => {
  it('killed while copying: no file passes for a backup, and the next start makes a checked one', async () => {
    const file = earlierDatabase(120);
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, String(T0)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    const partial = `${file}.v${loadMigrations().length - 1}-${T0}.bak.partial`;
    // Kill it the moment the copy is under way (the temporary file exists), as a power cut would.
    const deadline = Date.now() + 30_000;
    while (!existsSync(partial)) {
      if (proc.exitCode !== null) throw new Error(`the copy finished before it could be killed: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`no copy started: ${stderr}`);
      await new Promise((r) => setImmediate(r));
    }
    proc.kill('SIGKILL');
    await exited;
    expect(backups(file)).toEqual([]);

    const db = openDatabase(file);
    const result = migrate(db, undefined, T0 + 1);
    db.close();
    expect(result.backup).toBe(`${file}.v${loadMigrations().length - 1}-${T0 + 1}.bak`);
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    const copy = new Database(result.backup!, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(loadMigrations().length - 1);
    copy.close();
  }, 60_000);

  it(`keeps only the newest ${BACKUP_GENERATIONS} copies`, () => {
    const file = earlierDatabase(1);
    const db = openDatabase(file);
    for (let i = 1; i <= BACKUP_GENERATIONS + 2; i++) backupBeforeUpgrade(db, 4, T0 + i);
    db.close();
    expect(backups(file).sort()).toEqual([3, 4, 5].map((i) => `loket.sqlite.v4-${T0 + i}.bak`).sort());
  });

  it('a stray file that is not a database never becomes a backup', () => {
    const file = earlierDatabase(1);
    // A half-written copy from an earlier attempt is cleared away before a new one is made.
    writeFileSync(`${file}.v4-${T0}.bak.partial`, 'not a database');
    const db = openDatabase(file);
    backupBeforeUpgrade(db, 4, T0 + 10);
    db.close();
    expect(readdirSync(join(file, '..')).filter((f) => f.includes('.bak'))).toEqual([
      `loket.sqlite.v4-${T0 + 10}.bak`,
    ]);
  });
});
