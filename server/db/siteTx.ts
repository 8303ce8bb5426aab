// Every write to a site's records happens inside `withSiteTx`, which first takes the site's advisory
// lock. That makes the change log's positions commit-ordered per site (a pull cursor cannot step over
// a row that commits late, sync.md §3.5 option a) and turns the site-wide rules (a desk's one holder,
// a day's capacity) into plain reads, also across several server processes on one database.
import { sql, type Kysely, type Transaction } from 'kysely';
import { markTransaction } from './open';
import type { ServerDb } from './schema';

declare const siteLocked: unique symbol;
/** A transaction that holds one site's lock: the only kind the change-log writer accepts. */
export type SiteTx = Transaction<ServerDb> & { readonly [siteLocked]: string };

/** 'LK': the advisory-lock namespace of site locks, apart from Kysely's migration lock. */
const SITE_LOCK_CLASS = 19531;

export function withSiteTx<T>(
  db: Kysely<ServerDb>,
  siteId: string,
  fn: (tx: SiteTx) => Promise<T>,
): Promise<T> {
  return markTransaction(() =>
    db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${SITE_LOCK_CLASS}, hashtext(${siteId}))`.execute(trx);
      return fn(trx as SiteTx);
    }),
  );
}

/** A read-only or site-less transaction (device bookkeeping), still guarded against nested use. */
export function withTx<T>(db: Kysely<ServerDb>, fn: (tx: Transaction<ServerDb>) => Promise<T>): Promise<T> {
  return markTransaction(() => db.transaction().execute(fn));
}

export interface ChangeRow {
  readonly entityType: string;
  readonly entityId: string;
  readonly version: number;
  readonly row: Record<string, unknown>;
}

/**
 * Records' new states for the site's kiosks to pull, collected while a push is applied and written
 * in one statement at its end (in the order they were made), inside the same locked transaction.
 */
export class ChangeLogWriter {
  readonly #rows: {
    site_id: string;
    entity_type: string;
    entity_id: string;
    version: number;
    row: string;
    origin_op_id: string | null;
    at: number;
  }[] = [];

  constructor(
    private readonly tx: SiteTx,
    private readonly siteId: string,
  ) {}

  add(change: ChangeRow, originOpId: string | null, at: number): void {
    this.#rows.push({
      site_id: this.siteId,
      entity_type: change.entityType,
      entity_id: change.entityId,
      version: change.version,
      row: JSON.stringify(change.row),
      origin_op_id: originOpId,
      at,
    });
  }

  async flush(): Promise<void> {
    // A few thousand rows a statement keeps well under PostgreSQL's 65 535 parameters.
    for (let i = 0; i < this.#rows.length; i += 2000)
      await this.tx
        .insertInto('change_log')
        .values(this.#rows.slice(i, i + 2000))
        .execute();
    this.#rows.length = 0;
  }
}
