// A test central server with the letters' file API: the real HTTP application on loopback, its
// database migrated to schema 11 (run here until migrate.ts lists 0011_files) and the file routes
// mounted where app.ts mounts them (/v1/sync/files).
import { Hono } from 'hono';
import { sql, type Kysely } from 'kysely';
import { up as filesMigration } from '../../server/db/migrations/0011_files';
import { letterFileRoutes } from '../../server/files/fileRoutes';
import { listenOnLoopback, startTestCentral, type TestCentral } from './central';

export interface LetterCentral {
  readonly server: TestCentral;
  readonly url: string;
  /** Failures the file routes threw (answered 503): a test expects none. */
  readonly errors: unknown[];
  /** The status of the next answer to a file request, once the server has finished with it. */
  nextAnswer(): Promise<number>;
  close(): Promise<void>;
}

/** Adds the letters' table to a central database that lacks it (a template made before 0011). */
export async function ensureLetterTable(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    present: boolean;
  }>`SELECT to_regclass('letter_files') IS NOT NULL AS present`.execute(db);
  if (!rows[0]?.present) await filesMigration(db);
}

export async function startLetterCentral(): Promise<LetterCentral> {
  const server = await startTestCentral();
  await ensureLetterTable(server.central.db as never);
  const errors: unknown[] = [];
  const waiting: ((status: number) => void)[] = [];
  const front = new Hono();
  front.use('/v1/sync/files/*', async (c, next) => {
    await next();
    for (const resolve of waiting.splice(0)) resolve(c.res.status);
  });
  // Until app.ts mounts the file routes (beside /v1, before the pages, whose cross-site guard
  // answers any PUT 403), they are mounted here in front of the whole application, as there.
  if (!server.app.routes.some((r) => r.path.startsWith('/v1/sync/files')))
    front.route('/v1/sync/files', letterFileRoutes(server.central.db, server.clock));
  front.route('/', server.app);
  front.onError((error, c) => {
    errors.push(error);
    return c.json({ error: 'unavailable', message: 'try again later' }, 503);
  });
  const http = await listenOnLoopback(front.fetch);
  return {
    server,
    url: http.url,
    errors,
    nextAnswer: () => new Promise<number>((resolve) => waiting.push(resolve)),
    close: async () => {
      await http.close();
      await server.close();
    },
  };
}
