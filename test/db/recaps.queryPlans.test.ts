// The recap's hot queries read their indexes (0016_recaps.sql, 0018_recap_days.sql): a day's visits
// from the covering index visits_recap, its reservations from the covering (day, status) index, its
// users through the reservation's primary key, the days kept by their key, the month's users named
// by the visitor's key; none scans visits or reservations whole. And a busy month (21,000 visits of
// 3,000 users) submitted as a revision fits a push with room to spare.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DAY_RESERVATIONS,
  DAY_CAME,
  DAY_VISITS,
  STORED_DAYS,
  STORED_DAYS_WITH_USERS,
} from '../../electron/services/recaps/recapDays';
import { NAMED_USERS, PERIOD_VISITORS } from '../../electron/services/recaps/recapFigures';
import { MAX_PUSH_BYTES } from '../../shared/sync/protocol';
import { localDayRange } from '../../shared/rules/siteCalendar';
import type { Result } from '../../shared/result';
import { makeTestCore, type TestCore } from '../support/testCore';

let t: TestCore;
const { start: START, end: END } = localDayRange('2026-11-02', 'Asia/Pontianak');

beforeAll(async () => {
  t = await makeTestCore(Date.parse('2026-12-02T10:00:00+07:00'));
  const db = t.core.db;
  // A busy month straight into the tables: 1,000 visits on each of November's 21 weekdays.
  db.transaction(() => {
    const visitor = db.prepare(
      `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at)
       VALUES (?, ?, ?, '+6281200000000', 0, 'test', 0)`,
    );
    for (let v = 0; v < 3_000; v++)
      visitor.run(`vis-${v}`, `Pengguna Coworking Nomor ${String(v).padStart(4, '0')}`, `p${v}@contoh.id`);
    const reservation = db.prepare(
      `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'completed', ?, 'portal', 0, 0)`,
    );
    const visit = db.prepare(
      `INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status, closed_at, close_kind)
       VALUES (?, ?, ?, ?, ?, 'closed', ?, 'confirmed')`,
    );
    let n = 0;
    for (let d = 1; d <= 30; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}`;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const start = localDayRange(day, 'Asia/Pontianak').start + 7 * 3_600_000;
      for (let i = 0; i < 1_000; i++, n++) {
        const desk = (i % 12) + 1;
        reservation.run(`r${n}`, `vis-${n % 3_000}`, day, desk, `LK1Q${n}`);
        const at = start + (i % 480) * 60_000;
        visit.run(`v${n}`, `r${n}`, desk, at, at + 420 * 60_000, at + 90 * 60_000);
      }
    }
  })();
});
afterAll(() => t.core.close());

const plan = (sql: string, ...args: unknown[]) =>
  (t.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

describe('the recap’s hot queries', () => {
  it.each([
    [
      'a day’s visits',
      DAY_VISITS,
      [START, END],
      /SEARCH v USING COVERING INDEX visits_recap \(started_at>\? AND started_at<\?\)/,
    ],
    [
      'a day’s reservations by status',
      DAY_RESERVATIONS,
      ['2026-11-02'],
      /SEARCH r USING COVERING INDEX reservations_day_status \(day=\?\)/,
    ],
    [
      'the days kept of a period',
      STORED_DAYS,
      ['2026-11-01', '2026-11-30'],
      /SEARCH recap_days USING INDEX sqlite_autoindex_recap_days_1 \(day>\? AND day<\?\)/,
    ],
    [
      'the days kept of a month, with their users',
      STORED_DAYS_WITH_USERS,
      ['2026-11-01', '2026-11-30'],
      /SEARCH recap_days USING INDEX sqlite_autoindex_recap_days_1 \(day>\? AND day<\?\)/,
    ],
    [
      'the different visitors of a quarter or year',
      PERIOD_VISITORS,
      ['2026-10-01', '2026-12-31'],
      /SEARCH r USING COVERING INDEX reservations_came \(day>\? AND day<\?\)/,
    ],
  ])('%s read their index, never the whole table', (_name, sql, args, expected) => {
    const p = plan(sql, ...args);
    expect(p).toMatch(expected);
    expect(p).not.toMatch(/SCAN (v|r|visits|reservations)\b(?! USING)/);
  });

  it('the users of a day: the visits and the reservations someone came for, each one range of an index', () => {
    expect(plan(DAY_VISITS, START, END)).toMatch(/SEARCH v USING COVERING INDEX visits_recap/);
    const p = plan(DAY_CAME, '2026-11-02');
    expect(p).toMatch(/SEARCH r USING COVERING INDEX reservations_came \(day=\?\)/);
    expect(p).not.toMatch(/SCAN r\b(?! USING)/);
  });

  it('the users of a month named: each visitor by its key', () => {
    const p = plan(NAMED_USERS, '[["vis-1",1,60]]');
    expect(p).toMatch(/SEARCH vr USING INDEX sqlite_autoindex_visitors_1 \(id=\?\)/);
    expect(p).not.toMatch(/SCAN vr\b/);
  });
});

describe('a busy month submitted', () => {
  it('fits a push: the snapshot of 21,000 visits and 3,000 users is well under MAX_PUSH_BYTES', async () => {
    const r = (await t.core.call(
      'recaps.submit',
      { periodKind: 'month', period: '2026-11' },
      { session: t.admin!.session },
    )) as Result<{
      totals: { visits: number; visitors: number };
    }>;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.totals).toMatchObject({ visits: 21_000, visitors: 3_000 });
    const op = t.core.db.prepare("SELECT * FROM outbox WHERE op_type = 'recap.submitted'").get() as Record<
      string,
      unknown
    >;
    const envelope = JSON.stringify({ ...op, payload: JSON.parse(String(op.payload)) });
    expect(envelope.length).toBeGreaterThan(100_000);
    expect(envelope.length).toBeLessThan(MAX_PUSH_BYTES / 2);
  });
});
