// Opens the central database: a real PostgreSQL when a URL is given (CI, production), otherwise an
// embedded PGlite in a data folder (a newcomer's first run). Both are reached through `pg`'s pool and
// Kysely's stock PostgreSQL dialect, so the code and the types it sees are the same on both.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { ServerDb } from './schema';

// int8 (bigserial positions, epoch milliseconds, versions) as JS numbers on both backends; a value
// past 2^53 would be silently wrong, so it is refused instead.
pg.types.setTypeParser(pg.types.builtins.INT8, (text: string) => {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${text} is beyond 2^53`);
  return n;
});

export interface CentralDatabase {
  readonly db: Kysely<ServerDb>;
  readonly kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/** A transaction on this async path and whether it holds its connection yet. */
const inTransaction = new AsyncLocalStorage<{ connected: boolean }>();

/**
 * Runs `fn`, which opens one transaction (siteTx.ts); the transaction's own checkout is the only one
 * allowed on its async path.
 */
export const markTransaction = <T>(fn: () => Promise<T>): Promise<T> =>
  inTransaction.run({ connected: false }, fn);

export class NestedConnectionError extends Error {
  constructor() {
    super('a query used the database handle inside a transaction: use the transaction (trx) instead');
    this.name = 'NestedConnectionError';
  }
}

/**
 * PGlite has one session, so its pool has one connection and a query on `db` inside a transaction
 * would wait for ever; on PostgreSQL it would silently run outside the transaction. Both are the same
 * bug, so the pool refuses a checkout made from inside a transaction, on either backend.
 */
function guardNestedCheckout(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  (pool as { connect: () => Promise<pg.PoolClient> }).connect = () => {
    const transaction = inTransaction.getStore();
    if (transaction?.connected) return Promise.reject(new NestedConnectionError());
    if (transaction) transaction.connected = true;
    return connect();
  };
}

export class DataFolderInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(`the database folder ${folder} is in use by process ${pid}: stop it first, or set DATABASE_URL`);
    this.name = 'DataFolderInUseError';
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** PGlite does not lock its folder, and two processes writing it would corrupt it: a pid file does. */
export function lockDataFolder(folder: string): () => void {
  const file = join(folder, 'loket-server.pid');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder !== process.pid && Number.isInteger(holder) && holder > 0 && isAlive(holder))
      throw new DataFolderInUseError(folder, holder);
    writeFileSync(file, String(process.pid)); // left by a process that died
  }
  return () => rmSync(file, { force: true });
}

export interface OpenOptions {
  /** postgres://… — when absent, PGlite in `dataDir`. */
  readonly url?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly maxConnections?: number;
}

export async function openCentralDatabase(options: OpenOptions): Promise<CentralDatabase> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // A broken idle connection (the database restarted) must not take the server down.
    pool.on('error', () => undefined);
    // Nor one that breaks while checked out: pg emits that on the client, where nobody listens, and
    // the process ended (found by the fault harness, test/faults/). Its query fails all the same, so
    // the request is answered 503, and the pool drops the dead client when it is released.
    pool.on('connect', (client) => client.on('error', () => undefined));
    guardNestedCheckout(pool);
    const db = new Kysely<ServerDb>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if (!options.dataDir) throw new Error('the central database needs DATABASE_URL or a data folder');
  const folder = join(options.dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  const unlock = lockDataFolder(options.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const pglite = await PGlite.create(folder);
    // One connection: the pool's queue is what serialises transactions on PGlite's single session.
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
    guardNestedCheckout(pool);
    const db = new Kysely<ServerDb>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await db.destroy();
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
