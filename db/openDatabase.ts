import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';

export type Db = SqliteDatabase;

/**
 * Opens the kiosk's SQLite file with the pragmas a front desk needs to survive a power cut:
 * WAL so the officer's board can read while a check-in writes, and synchronous=FULL because
 * better-sqlite3's WAL default (NORMAL) can roll back a committed check-in on power loss.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Two screens (kiosk and desk) and the print queue may write at once; wait rather than fail.
  db.pragma('busy_timeout = 5000');
  return db;
}
