// vitest globalSetup: when a PostgreSQL is configured (LOKET_TEST_PG_URL, set by .ci/run), build a
// migrated template database for this run; every test file then clones its own database from it in a
// fraction of a second (centralDb.ts). Without one, the central tests fall back to an embedded PGlite,
// unless LOKET_REQUIRE_PG says the run must prove itself on the real server (CI).
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openCentralDatabase } from '../../server/db/open';
import { migrateCentral } from '../../server/db/migrate';

/**
 * Each run builds its own template (loket_tpl_<run>) and drops it at its end: two runs on one cluster
 * (two checkouts, CI beside a developer) would otherwise rebuild one template under each other, each
 * with its own migrations.
 */
export const templateName = (run: string): string => `loket_tpl_${run}`;

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
    project.provide('centralRunId', `${process.pid}`);
    return async () => undefined;
  }
  const run = `${process.pid}`;
  const template = templateName(run);
  await admin(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8'`);
  });
  const central = await openCentralDatabase({ url: withDatabase(url, template), maxConnections: 1 });
  await migrateCentral(central.db as never);
  await central.close(); // a template with a live connection cannot be copied
  await admin(url, (c) => c.query(`ALTER DATABASE ${template} IS_TEMPLATE true`));
  project.provide('centralTemplateUrl', url);
  // Only this run's databases are dropped at its end: another run on the same cluster (a second
  // checkout, another engineer's run) keeps its own.
  project.provide('centralRunId', run);
  return async () => {
    await admin(url, async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'loket\\_t\\_${run}\\_%'`,
      );
      for (const { datname } of rows)
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
      await c.query(`ALTER DATABASE ${template} IS_TEMPLATE false`);
      await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    centralTemplateUrl: string | null;
    /** Names this run's cloned databases (loket_t_<run>_…), so its teardown drops only those. */
    centralRunId: string;
  }
}
