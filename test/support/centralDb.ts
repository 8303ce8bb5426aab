// A central database of its own for one test file: cloned from the migrated template on the real
// PostgreSQL (CI), or an embedded PGlite in a temporary folder when none is configured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openCentralDatabase, type CentralDatabase } from '../../server/db/open';
import { migrateCentral } from '../../server/db/migrate';
import { templateName } from './centralTemplate';
import { pgAdmin } from './pgAdmin';

let made = 0;

export interface TestCentralDb extends CentralDatabase {
  /** The database's own URL (PostgreSQL only): what a server child process is given. */
  readonly url: string | null;
}

export async function freshCentralDb(options: { maxConnections?: number } = {}): Promise<TestCentralDb> {
  const adminUrl = inject('centralTemplateUrl');
  if (adminUrl) {
    const name = `loket_t_${inject('centralRunId')}_${process.env.VITEST_POOL_ID ?? 0}_${process.pid}_${++made}`;
    await pgAdmin(adminUrl, `CREATE DATABASE "${name}" TEMPLATE ${templateName(inject('centralRunId'))}`);
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    const url = u.toString();
    const central = await openCentralDatabase({ url, maxConnections: options.maxConnections ?? 4 });
    return {
      ...central,
      url,
      close: async () => {
        await central.close();
        await pgAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-central-'));
  const central = await openCentralDatabase({ dataDir });
  await migrateCentral(central.db as never);
  return {
    ...central,
    url: null,
    close: async () => {
      await central.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
