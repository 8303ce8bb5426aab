// Migration 12 (complaints) on a kiosk database that already holds the previous version's data, and
// the rules its table keeps whatever a bug in the code above it would write.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';

const all = loadMigrations();
const version = all.findIndex((m) => m.name.includes('complaints')) + 1;
const upTo = (n: number) => all.slice(0, n);

const insert = (over: Record<string, unknown> = {}) => {
  const row = {
    id: 'c1',
    ticket: 'ADU-0000-0001-Y',
    secret_hash: 'h',
    service_id: 'coworking',
    body: 'Kursi patah.',
    channel: 'kiosk',
    lang: 'id',
    status: 'new',
    filed_at: 1,
    updated_at: 1,
    ...over,
  };
  const cols = Object.keys(row);
  return [
    `INSERT INTO complaints (${cols.join(', ')}) VALUES (${cols.map((c) => `:${c}`).join(', ')})`,
    row,
  ] as const;
};

describe('migration 12: complaints', () => {
  it('is the twelfth migration and adds the table to a database holding earlier data, keeping it', () => {
    expect(version).toBe(12);
    const db = openDatabase(':memory:');
    migrate(db, upTo(version - 1));
    db.exec(`
      INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
      INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
      INSERT INTO reservations (id, visitor_id, day, status, token, source, created_at, updated_at)
        VALUES ('r', 'v', '2026-11-23', 'booked', 't', 'kiosk', 0, 0);
    `);
    migrate(db, upTo(version));
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    expect(db.prepare('SELECT id FROM reservations').pluck().all()).toEqual(['r']);
    expect(db.prepare('PRAGMA user_version').pluck().get()).toBe(version);
    const [sql, row] = insert();
    db.prepare(sql).run(row);
    expect(
      db
        .prepare('SELECT contact_name, contact_email, contact_phone, contact_erased_at FROM complaints')
        .get(),
    ).toEqual({
      contact_name: '',
      contact_email: '',
      contact_phone: '',
      contact_erased_at: null,
    });
  });

  it('refuses an unknown status or channel, a state without its facts, a second use of a request key', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(version));
    const run = (over: Record<string, unknown>) => {
      const [sql, row] = insert(over);
      return () => db.prepare(sql).run(row);
    };
    expect(run({ id: 'a', status: 'open' })).toThrow(/CHECK/);
    expect(run({ id: 'b', channel: 'email' })).toThrow(/CHECK/);
    expect(run({ id: 'c', status: 'assigned' })).toThrow(/CHECK/);
    expect(run({ id: 'd', status: 'answered', assigned_to: 'o' })).toThrow(/CHECK/);
    expect(run({ id: 'e', status: 'closed' })).toThrow(/CHECK/);
    expect(run({ id: 'f', filed_at: 'yesterday' })).toThrow(/cannot store TEXT value in INTEGER column/);
    run({ id: 'g', request_key: 'k1' })();
    expect(run({ id: 'h', request_key: 'k1' })).toThrow(/UNIQUE/);
    run({ id: 'i', status: 'closed', closed_at: 5, close_note: 'Ganda' })();
  });

  it('finds open complaints and the contacts due for retention through their indexes', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(version));
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan("SELECT id FROM complaints WHERE status = 'new' ORDER BY filed_at")).toMatch(
      /complaints_status_filed/,
    );
    expect(plan('SELECT id FROM complaints WHERE filed_at >= 1 AND filed_at < 2')).toMatch(
      /complaints_filed/,
    );
    expect(plan("SELECT id FROM complaints WHERE ticket = 'ADU-0000-0001-Y'")).toMatch(/complaints_ticket/);
  });
});
