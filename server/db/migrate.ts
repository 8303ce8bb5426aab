// Brings the central database to the newest schema with Kysely's Migrator (which holds its own
// advisory lock, so two server processes starting together migrate once). Migrations are modules
// in code, not files read at run time, so the bundled server carries them.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as central0001 from './migrations/0001_central';
import * as central0002 from './migrations/0002_audit';
import * as central0003 from './migrations/0003_portal';
import * as central0004 from './migrations/0004_admin';
import * as central0005 from './migrations/0005_guestbook';
import * as central0006 from './migrations/0006_standards';
import * as central0007 from './migrations/0007_survey';
import * as central0008 from './migrations/0008_complaints';
import * as central0009 from './migrations/0009_inventory';
import * as central0010 from './migrations/0010_recaps';
import * as central0011 from './migrations/0011_files';

const migrations: Record<string, Migration> = {
  '0001_central': central0001,
  '0002_audit': central0002,
  '0003_portal': central0003,
  '0004_admin': central0004,
  '0005_guestbook': central0005,
  '0006_standards': central0006,
  '0007_survey': central0007,
  '0008_complaints': central0008,
  '0009_inventory': central0009,
  '0010_recaps': central0010,
  '0011_files': central0011,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** A database migrated by a newer server than this one: refuse rather than guess. */
export class CentralDatabaseTooNewError extends Error {
  constructor(readonly unknownMigrations: readonly string[]) {
    super(
      `the central database has migrations this server does not know (${unknownMigrations.join(', ')}): ` +
        'run a newer Loket server',
    );
    this.name = 'CentralDatabaseTooNewError';
  }
}

export async function migrateCentral(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const known = await migrator.getMigrations();
  const { error } = await migrator.migrateToLatest();
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/corrupted migrations/.test(message)) {
      const applied = await db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute()
        .then((rows) => (rows as { name: string }[]).map((r) => r.name));
      const unknown = applied.filter((name) => !known.some((m) => m.name === name));
      if (unknown.length > 0) throw new CentralDatabaseTooNewError(unknown);
    }
    throw error instanceof Error ? error : new Error(message);
  }
}
