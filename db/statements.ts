import type { Statement } from 'better-sqlite3';
import type { Db } from './openDatabase';

const caches = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

/**
 * The statement for `sql` on `db`, prepared on first use and reused after: a check-in runs a dozen
 * statements, and preparing them again on every call costs more than running them. Queries keep
 * their SQL in module constants, so the cache holds one entry per distinct query. A statement that is
 * `.pluck()`ed must always be used plucked (the mode sticks to the cached statement).
 */
export function prepared(db: Db, sql: string): Statement<unknown[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
