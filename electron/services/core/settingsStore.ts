import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';

const READ = 'SELECT value FROM settings WHERE key = ?';
const WRITE =
  'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ' +
  'ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at';

/** Typed access to the key/value settings table (values are JSON). Writes happen inside commands. */
export function readSetting<T>(db: Db, key: string, fallback: T): T {
  const row = prepared(db, READ).get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function writeSetting(db: Db, key: string, value: unknown, now: number): void {
  prepared(db, WRITE).run(key, JSON.stringify(value), now);
}
