// Migration 16 (recaps) on a kiosk database that already holds the previous version's visits and
// reservations: the revisions' table and the report's indexes arrive, the data stays, and the table
// keeps its rules whatever a bug in the code above it would write.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';

const all = loadMigrations();
const version = all.findIndex((m) => m.name.includes('recaps')) + 1;
const upTo = (n: number) => all.slice(0, n);

const revision = (over: Record<string, unknown> = {}) => ({
  id: 'rev-1',
  period_kind: 'month',
  period_key: '2026-11',
  revision: 1,
  supersedes: null,
  status: 'submitted',
  record: '{}',
  submitted_at: 1,
  updated_at: 1,
  ...over,
});
const INSERT = `INSERT INTO recaps (id, period_kind, period_key, revision, supersedes, status, record, submitted_at, updated_at)
  VALUES (:id, :period_kind, :period_key, :revision, :supersedes, :status, :record, :submitted_at, :updated_at)`;

describe('migration 16: recaps', () => {
  it('is the sixteenth migration and adds the table and indexes to a database holding visits, keeping them', () => {
    expect(version).toBe(16);
    const db = openDatabase(':memory:');
    migrate(db, upTo(version - 1));
    db.exec(`
      INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
      INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
      INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, created_at, updated_at)
        VALUES ('r', 'v', '2026-11-23', 1, 'completed', 't', 'kiosk', 0, 0);
      INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status, closed_at, close_kind)
        VALUES ('vi', 'r', 1, 10, 20, 'closed', 15, 'confirmed');
    `);
    migrate(db, upTo(version));
    expect(db.prepare('PRAGMA user_version').pluck().get()).toBe(version);
    expect(db.prepare('SELECT id FROM visits').pluck().all()).toEqual(['vi']);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['visits_recap', 'reservations_came', 'recaps_period']));
    // The existing visit is in the new covering index (the report reads it from there).
    expect(
      db.prepare('SELECT count(*) FROM visits INDEXED BY visits_recap WHERE started_at >= 0').pluck().get(),
    ).toBe(1);
    db.prepare(INSERT).run(revision());
    expect(db.prepare('SELECT status FROM recaps').pluck().all()).toEqual(['submitted']);
  });

  it('refuses a revision the rules do not allow', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(version));
    for (const bad of [
      { id: 'a', status: 'approved' },
      { id: 'b', period_kind: 'week' },
      { id: 'c', revision: 0 },
      { id: 'd', record: 'not json' },
    ])
      expect(() => db.prepare(INSERT).run(revision(bad))).toThrow(/CHECK constraint failed/);
    db.prepare(INSERT).run(revision());
    expect(() => db.prepare(INSERT).run(revision())).toThrow(/UNIQUE constraint failed/);
  });
});
