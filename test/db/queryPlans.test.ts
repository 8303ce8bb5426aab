import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { migrate } from '../../db/migrate';

const db = openDatabase(':memory:');
migrate(db);
db.exec('ANALYZE');

const plan = (sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

/** The queries every scan and every desk refresh runs must stay on their indexes as the tables grow. */
describe('hot queries use their indexes', () => {
  it('finds a reservation by its QR token', () => {
    expect(plan('SELECT id FROM reservations WHERE token = ?', 'LK1X')).toMatch(
      /USING INDEX sqlite_autoindex_reservations_\d/,
    );
  });
  it("lists a day's reservations", () => {
    expect(plan('SELECT id FROM reservations WHERE day = ? ORDER BY created_at', '2026-11-23')).toMatch(
      /USING INDEX reservations_day_status/,
    );
  });
  it('replays a double-submitted form by its request key', () => {
    expect(plan('SELECT id FROM reservations WHERE request_key = ?', 'k')).toMatch(
      /USING INDEX sqlite_autoindex_reservations_\d/,
    );
  });
  it('finds a returning visitor by e-mail', () => {
    expect(plan('SELECT id FROM visitors WHERE email = ? AND phone_e164 = ?', 'a', 'b')).toMatch(
      /USING INDEX visitors_(email|phone)/,
    );
  });
  it('lists open visits without scanning closed ones', () => {
    expect(plan("SELECT id FROM visits WHERE status <> 'closed'")).toMatch(/USING (COVERING )?INDEX visits_/);
  });
  it('counts free desks from the open-desk index', () => {
    expect(
      plan(`SELECT count(*) FROM desks d WHERE d.active = 1
            AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.desk_number = d.number AND v.status <> 'closed')`),
    ).toMatch(/USING (COVERING )?INDEX visits_open_desk/);
  });
  it('reads unpushed outbox operations in order', () => {
    expect(plan('SELECT * FROM outbox WHERE pushed_at IS NULL ORDER BY seq LIMIT 100')).toMatch(
      /outbox_unpushed|USING INTEGER PRIMARY KEY/,
    );
  });
});
