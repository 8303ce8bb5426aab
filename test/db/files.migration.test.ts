// Migration 19 (letter files) on a kiosk database holding the previous version's data: the table of
// uploaded letters arrives, the data stays, and the table keeps its rules whatever a bug in the code
// above it would write.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';

const all = loadMigrations();
const version = all.findIndex((m) => m.name === '0019_files.sql') + 1;
const upTo = (n: number) => all.slice(0, n);

const SHA = 'ab'.repeat(32);
const letter = (over: Record<string, unknown> = {}) => ({
  sha256: SHA,
  mime: 'application/pdf',
  size: 1234,
  name: 'surat.pdf',
  stored_at: 1,
  uploaded_at: null,
  problem: null,
  ...over,
});
const INSERT = `INSERT INTO letter_files (sha256, mime, size, name, stored_at, uploaded_at, problem)
  VALUES (:sha256, :mime, :size, :name, :stored_at, :uploaded_at, :problem)`;

describe('migration 19: letter files', () => {
  it('is the nineteenth migration and adds the table to a database holding data, keeping it', () => {
    expect(version).toBe(19);
    const db = openDatabase(':memory:');
    migrate(db, upTo(version - 1));
    db.exec(`INSERT INTO desks (number, label) VALUES (1, 'Meja 1');`);
    migrate(db, upTo(version));
    expect(db.prepare('PRAGMA user_version').pluck().get()).toBe(version);
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    db.prepare(INSERT).run(letter());
    db.prepare(INSERT).run(letter({ sha256: 'cd'.repeat(32), mime: 'image/jpeg', uploaded_at: 5 }));
    // The pending uploads are read through their partial index.
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT sha256 FROM letter_files WHERE uploaded_at IS NULL ORDER BY (problem IS NOT NULL), stored_at LIMIT 10',
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/letter_files_pending/);
    expect(db.prepare('SELECT sha256 FROM letter_files WHERE uploaded_at IS NULL').pluck().all()).toEqual([
      SHA,
    ]);
  });

  it('refuses a row the rules do not allow', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(version));
    for (const bad of [
      { sha256: 'AB'.repeat(32) },
      { sha256: 'ab'.repeat(31) },
      { sha256: `${'ab'.repeat(31)}zz` },
      { mime: 'text/html' },
      { size: 0 },
      { size: 5 * 1024 * 1024 + 1 },
      { name: '' },
      { name: 'x'.repeat(121) },
      { problem: 'lost' },
    ])
      expect(() => db.prepare(INSERT).run(letter(bad)), JSON.stringify(bad)).toThrow(
        /CHECK constraint failed/,
      );
    expect(() => db.prepare(INSERT).run(letter({ size: 'twelve' }))).toThrow(/cannot store TEXT value/);
    db.prepare(INSERT).run(letter({ name: '📄'.repeat(60) }));
    expect(() => db.prepare(INSERT).run(letter())).toThrow(/UNIQUE constraint failed/);
  });
});
