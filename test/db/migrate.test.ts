import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/openDatabase';
import { DatabaseTooNewError, loadMigrations, migrate } from '../../db/migrate';
import { createKioskCore } from '../../electron/services/core/kioskCore';
import { createTestLog } from '../support/testLog';

const open: Db[] = [];
const track = (db: Db) => (open.push(db), db);
afterEach(() => open.splice(0).forEach((db) => db.open && db.close()));
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'loket-db-')), 'loket.sqlite');

describe('openDatabase', () => {
  it('opens a file with the pragmas that survive a power cut', () => {
    const db = track(openDatabase(tempFile()));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });
});

describe('migrate', () => {
  it('brings a new database to the latest schema with STRICT tables', () => {
    const db = track(openDatabase(':memory:'));
    const result = migrate(db);
    expect(result).toEqual({ from: 0, to: loadMigrations().length });
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    for (const name of [
      'visitors',
      'reservations',
      'desks',
      'lockers',
      'visits',
      'settings',
      'audit_log',
      'outbox',
    ]) {
      const table = tables.find((t) => t.name === name);
      expect(table?.sql, name).toMatch(/\)\s*STRICT\s*$/);
    }
    expect(migrate(db)).toEqual({ from: result.to, to: result.to }); // idempotent
  });

  it('refuses, with a clear message, a database written by a newer Loket, and leaves it untouched', () => {
    const file = tempFile();
    const db = track(openDatabase(file));
    migrate(db);
    const latest = loadMigrations().length;
    db.pragma(`user_version = ${latest + 3}`);
    db.close();
    const log = createTestLog().log;
    expect(() => createKioskCore({ dbFile: file, version: 't', log })).toThrow(DatabaseTooNewError);
    expect(() => createKioskCore({ dbFile: file, version: 't', log })).toThrow(/newer version of Loket/);
    const again = track(openDatabase(file));
    expect(again.pragma('user_version', { simple: true })).toBe(latest + 3);
  });

  it('copies a database that holds data before changing its schema', () => {
    const file = tempFile();
    const db = track(openDatabase(file));
    const all = loadMigrations();
    expect(all.length, 'a later schema to upgrade to').toBeGreaterThan(1);
    migrate(db, all.slice(0, 1));
    db.prepare("INSERT INTO desks (number, label) VALUES (1, 'Meja 1')").run();
    const result = migrate(db);
    expect(result.backup && existsSync(result.backup)).toBe(true);
    const copy = track(openDatabase(result.backup!));
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT label FROM desks').pluck().get()).toBe('Meja 1');
  });

  it('rolls a failing migration back whole, leaving the previous version', () => {
    const db = track(openDatabase(':memory:'));
    const broken = [
      ...loadMigrations(),
      {
        version: 99,
        name: '0099_broken.sql',
        sql: 'CREATE TABLE half (id INTEGER) STRICT; INSERT INTO nowhere VALUES (1);',
      },
    ].map((m, i) => ({ ...m, version: i + 1 }));
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(broken.length - 1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  });
});

describe('schema rules', () => {
  it('lets a desk have only one open visit, whatever the code above does', () => {
    const db = track(openDatabase(':memory:'));
    migrate(db);
    db.exec(`
      INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
      INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
      INSERT INTO reservations (id, visitor_id, day, status, token, source, created_at, updated_at)
        VALUES ('r1', 'v', '2026-11-23', 'checked_in', 't1', 'kiosk', 0, 0), ('r2', 'v', '2026-11-23', 'checked_in', 't2', 'kiosk', 0, 0);
      INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status) VALUES ('a', 'r1', 1, 0, 1, 'open');
    `);
    expect(() =>
      db
        .prepare(
          "INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status) VALUES ('b', 'r2', 1, 0, 1, 'open')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });
});
