import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';

const all = loadMigrations();
const upTo = (version: number) => all.slice(0, version);

/** Each migration, applied to a database that already holds data from the version before it. */
describe('migration by migration', () => {
  it('0002 adds the durable print queue, keeping every earlier row', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(1));
    db.prepare("INSERT INTO desks (number, label) VALUES (1, 'Meja 1')").run();
    migrate(db, upTo(2));
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    db.prepare(
      `INSERT INTO print_jobs (id, printer_id, kind, doc, state, next_attempt_at, created_at, updated_at)
       VALUES ('j', 'p', 'testPage', '{}', 'queued', 0, 0, 0)`,
    ).run();
    expect(() => db.prepare("UPDATE print_jobs SET state = 'lost' WHERE id = 'j'").run()).toThrow(/CHECK/);
  });

  it('0003 gives every existing visit an empty problem list', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(2));
    db.exec(`
      INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
      INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
      INSERT INTO reservations (id, visitor_id, day, status, token, source, created_at, updated_at)
        VALUES ('r', 'v', '2026-11-23', 'completed', 't', 'kiosk', 0, 0);
      INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status, closed_at, close_kind)
        VALUES ('a', 'r', 1, 0, 1, 'closed', 1, 'confirmed');
    `);
    migrate(db, upTo(3));
    expect(db.prepare('SELECT problems FROM visits').pluck().get()).toBe('[]');
  });
});
