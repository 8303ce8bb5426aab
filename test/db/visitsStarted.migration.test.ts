// Migration 21 drops visits_started: visits_recap begins with started_at, so the visits of a period
// are still read through an index (queryPlans.test.ts holds the statements to it), and a check-in
// writes one index less.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';

const all = loadMigrations();
const version = all.findIndex((m) => m.name.includes('_visits_started_dropped')) + 1;

describe('migration 21: visits_started dropped', () => {
  it('removes the index from a file of the previous version', () => {
    expect(version).toBe(21);
    const db = openDatabase(':memory:');
    migrate(db, all.slice(0, version - 1));
    const indexes = () =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visits'").pluck().all();
    expect(indexes()).toContain('visits_started');
    migrate(db, all.slice(0, version));
    expect(indexes()).not.toContain('visits_started');
    db.close();
  });
});
