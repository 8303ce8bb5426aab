// vitest globalSetup: when a PostgreSQL is configured (LOKET_TEST_PG_URL, set by .ci/run), build a
// migrated template database once per run; every test file then clones its own database from it in a
// fraction of a second (centralDb.ts). Without one, the central tests fall back to an embedded PGlite,
// unless LOKET_REQUIRE_PG says the run must prove itself on the real server (CI).
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openCentralDatabase } from '../../server/db/open';
import { migrateCentral } from '../../server/db/migrate';

export const TEMPLATE = 'loket_tpl';

const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.LOKET_TEST_PG_URL;
  if (!url) {
    if (process.env.LOKET_REQUIRE_PG) throw new Error('LOKET_REQUIRE_PG is set but LOKET_TEST_PG_URL is not');
    project.provide('centralTemplateUrl', null);
    return async () => undefined;
  }
  await admin(url, async (c) => {
    await c.query(`ALTER DATABASE ${TEMPLATE} IS_TEMPLATE false`).catch(() => undefined);
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE} TEMPLATE template0 ENCODING 'UTF8'`);
  });
  const central = await openCentralDatabase({ url: withDatabase(url, TEMPLATE), maxConnections: 1 });
  await migrateCentral(central.db as never);
  await central.close(); // a template with a live connection cannot be copied
  await admin(url, (c) => c.query(`ALTER DATABASE ${TEMPLATE} IS_TEMPLATE true`));
  project.provide('centralTemplateUrl', url);
  return async () => {
    await admin(url, async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'loket\\_t\\_%'`,
      );
      for (const { datname } of rows)
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    centralTemplateUrl: string | null;
  }
}
