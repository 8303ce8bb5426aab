// Schema 9, the guest book: applied to a kiosk database that holds version 8's data, it keeps that
// data, its table refuses rows that break the guest book's rules, and the guest book's hot queries
// use their indexes rather than reading the table row by row.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';

const all = loadMigrations();
const version = (name: string) => all.find((m) => m.name.endsWith(`_${name}.sql`))!.version;
const GUESTBOOK = version('guestbook');
const upTo = (n: number) => all.filter((m) => m.version <= n);

function migratedWithData() {
  const db = openDatabase(':memory:');
  migrate(db, upTo(GUESTBOOK - 1));
  db.exec(`
    INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
    INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
  `);
  migrate(db, upTo(GUESTBOOK));
  return db;
}

const insert = (db: ReturnType<typeof openDatabase>, over: Record<string, unknown> = {}) => {
  const row = {
    id: 'g1',
    day: '2026-11-23',
    queue_prefix: 'A',
    queue_seq: 1,
    queue_number: 'A-001',
    full_name: 'Budi Santoso',
    phone_e164: '+6281234567890',
    purpose_service: 'data',
    purpose_other: null,
    with_letter: 0,
    consent_version: 'v',
    registered_at: 0,
    status: 'waiting',
    close_kind: null,
    request_key: null,
    ...over,
  };
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO guests (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(
    row,
  );
};

describe(`migration ${GUESTBOOK}: the guest book`, () => {
  it('keeps the data of the version before and adds an empty guest book', () => {
    const db = migratedWithData();
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    expect(db.prepare('SELECT full_name FROM visitors').pluck().all()).toEqual(['A B']);
    expect(db.prepare('SELECT count(*) FROM guests').pluck().get()).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(GUESTBOOK);
  });

  it('refuses a row that breaks the rules: bad status, no purpose or two, closed without how, a second request key', () => {
    const db = migratedWithData();
    insert(db, { request_key: 'k1' });
    expect(() => insert(db, { id: 'g2', status: 'called' })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 'g2', purpose_service: null })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 'g2', purpose_other: 'dan lain' })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 'g2', status: 'closed' })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 'g2', day: '23-11-2026' })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 'g2', queue_seq: 0 })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 'g2', request_key: 'k1' })).toThrow(/UNIQUE/);
    expect(() => insert(db, { id: 'g2', with_letter: 'ya' })).toThrow();
    insert(db, { id: 'g2', status: 'closed', close_kind: 'left' });
    // Anonymised, the purpose text may be blank but the row stays.
    db.prepare(
      "UPDATE guests SET full_name = '', phone_e164 = NULL, anonymised_at = 1 WHERE id = 'g2'",
    ).run();
    expect(db.prepare('SELECT count(*) FROM guests').pluck().get()).toBe(2);
  });

  it.each([
    [
      'the queue',
      "SELECT * FROM guests WHERE status IN ('waiting', 'served') ORDER BY registered_at, id LIMIT 500",
      [],
      'guests_open',
    ],
    [
      'a day',
      'SELECT * FROM guests WHERE day >= ? AND day <= ? ORDER BY registered_at LIMIT 10',
      ['2026-11-23', '2026-11-23'],
      'guests_day',
    ],
    [
      'the next number',
      'SELECT max(queue_seq) FROM guests WHERE day = ? AND queue_prefix = ?',
      ['2026-11-23', 'A'],
      'guests_queue',
    ],
    [
      'a returning guest',
      'SELECT full_name FROM guests WHERE phone_e164 = ? AND anonymised_at IS NULL ORDER BY registered_at DESC LIMIT 1',
      ['+62812'],
      'guests_phone',
    ],
    [
      'the retention walk',
      'SELECT id FROM guests WHERE anonymised_at IS NULL AND day < ? ORDER BY day LIMIT 20',
      ['2025-01-01'],
      'guests_to_anonymise',
    ],
  ])('finds %s through its index', (_what, sql, params, index) => {
    const db = migratedWithData();
    for (let i = 0; i < 200; i++)
      insert(db, {
        id: `g${i}`,
        day: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
        queue_seq: i + 1,
        queue_number: `A-${i + 1}`,
        phone_e164: `+62812${i}`,
        status: i % 10 === 0 ? 'waiting' : 'closed',
        close_kind: i % 10 === 0 ? null : 'done',
        registered_at: i,
      });
    db.exec('ANALYZE');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
    expect(plan).not.toMatch(/SCAN guests(?! USING)/);
  });
});
