// Watches which SQL the core prepares, and with which arguments each statement first runs, by
// wrapping better-sqlite3's `prepare` for the length of a test.
import Database from 'better-sqlite3';
import type { Db } from '../../db/openDatabase';

export interface TracedStatement {
  readonly sql: string;
  /** The arguments of its first run, to explain its plan with real values; undefined if it never ran. */
  args?: unknown[];
  /** Each run: whether a transaction was open at the time. */
  readonly runs: { readonly inTransaction: boolean }[];
}

export interface StatementTrace {
  /** Every SQL text prepared since the trace began, in order, repeats included. */
  readonly prepared: string[];
  /** Each distinct statement once, with its first run's arguments. */
  readonly statements: Map<string, TracedStatement>;
  stop(): void;
}

type Prepare = Db['prepare'];
const RUNNERS = ['run', 'get', 'all', 'iterate'] as const;

/** Traces one database, or (without one) every database opened while the trace runs. */
export function traceStatements(db?: Db): StatementTrace {
  const prepared: string[] = [];
  const statements = new Map<string, TracedStatement>();
  const target = (db ?? Database.prototype) as { prepare: Prepare };
  const original = target.prepare;
  target.prepare = function (this: Db, sql: string) {
    prepared.push(sql);
    const stmt = original.call(this, sql) as unknown as Record<string, (...args: unknown[]) => unknown>;
    const traced: TracedStatement = statements.get(sql) ?? { sql, runs: [] };
    statements.set(sql, traced);
    for (const name of RUNNERS) {
      const run = stmt[name]!.bind(stmt);
      stmt[name] = (...args: unknown[]) => {
        traced.args ??= args;
        traced.runs.push({ inTransaction: this.inTransaction });
        return run(...args);
      };
    }
    return stmt;
  } as unknown as Prepare;
  return {
    prepared,
    statements,
    stop: () => {
      target.prepare = original;
    },
  };
}
