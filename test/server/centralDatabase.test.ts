// Opening the central database: the guards that keep a wrong use from hanging or corrupting it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CentralDatabaseTooNewError, migrateCentral } from '../../server/db/migrate';
import { DataFolderInUseError, lockDataFolder, NestedConnectionError } from '../../server/db/open';
import { withSiteTx } from '../../server/db/siteTx';
import { freshCentralDb, type TestCentralDb } from '../support/centralDb';

let central: TestCentralDb;
beforeAll(async () => {
  central = await freshCentralDb();
});
afterAll(() => central.close());

describe('the central database', () => {
  it('refuses a query on the database handle inside a transaction instead of hanging or running outside it', async () => {
    await central.db.insertInto('sites').values({ id: 'guard', name: 'Guard', created_at: 0 }).execute();
    const attempt = withSiteTx(central.db, 'guard', async () => {
      await central.db.selectFrom('sites').select('id').execute(); // `db`, where `tx` was meant
    });
    await expect(attempt).rejects.toBeInstanceOf(NestedConnectionError);
    // The pool is still usable afterwards.
    expect(await central.db.selectFrom('sites').select('id').where('id', '=', 'guard').execute()).toEqual([
      { id: 'guard' },
    ]);
  });

  it('refuses a database migrated by a newer server, naming what it does not know', async () => {
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01')`.execute(
      central.db,
    );
    const error = await migrateCentral(central.db as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CentralDatabaseTooNewError);
    expect((error as CentralDatabaseTooNewError).unknownMigrations).toEqual(['9999_from_the_future']);
  });

  it('lets only one process hold an embedded database folder (PGlite itself does not lock it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-pglite-lock-'));
    try {
      const unlock = lockDataFolder(dir);
      // Another server process holds it: its pid is in the lock file and it is alive (this one's
      // parent stands in for it: a pid that is certainly running and is not ours).
      writeFileSync(join(dir, 'loket-server.pid'), String(process.ppid));
      expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
      // A holder that died (no such process) leaves a stale file: the next start takes the folder.
      writeFileSync(join(dir, 'loket-server.pid'), '2147483646');
      const again = lockDataFolder(dir);
      expect(readFileSync(join(dir, 'loket-server.pid'), 'utf8')).toBe(String(process.pid));
      again();
      unlock();
      expect(existsSync(join(dir, 'loket-server.pid'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
